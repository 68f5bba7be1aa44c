import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { gemeenteKaderAfwijkingen, gemeenteKaders, gemeenten } from '../../../db/schema.js';
import type { Adoption } from '../../../domain/framework/adoption.js';

export interface StoredAdoption {
  adoption: Adoption;
  revisie: number;
  gewijzigdOp: Date;
  gewijzigdDoor: string | null;
}

type Deviation = typeof gemeenteKaderAfwijkingen.$inferInsert;

/** The adoption as rows: one per tightened, not adopted or local norm, in the file's order. */
function toRows(code: string, adoption: Adoption): Deviation[] {
  const rows: Omit<Deviation, 'volgorde'>[] = [
    ...adoption.tightened.map(({ norm, reason, ...values }) => ({
      gemeenteCode: code,
      normId: norm,
      soort: 'aanscherping' as const,
      waarden: values,
      reden: reason ?? null,
    })),
    ...adoption.notAdopted.map(({ norm, reason }) => ({
      gemeenteCode: code,
      normId: norm,
      soort: 'niet_aangenomen' as const,
      waarden: {},
      reden: reason,
    })),
    ...adoption.localNorms.map((norm) => ({
      gemeenteCode: code,
      normId: norm.id,
      soort: 'lokale_norm' as const,
      waarden: norm as unknown as Record<string, unknown>,
      reden: null,
    })),
  ];
  return rows.map((row, volgorde) => ({ ...row, volgorde }));
}

/**
 * The adoption from its rows. The values come back as stored (jsonb does not keep key order);
 * the service reads them through the file schema, which puts every key in its place.
 */
function fromRows(versie: string, code: string, rows: Deviation[]): Adoption {
  const adoption: Adoption = {
    municipality: code,
    framework: versie,
    tightened: [],
    notAdopted: [],
    localNorms: [],
  };
  for (const row of rows) {
    if (row.soort === 'aanscherping') {
      adoption.tightened.push({
        norm: row.normId,
        ...row.waarden,
        ...(row.reden ? { reason: row.reden } : {}),
      });
    } else if (row.soort === 'niet_aangenomen') {
      adoption.notAdopted.push({ norm: row.normId, reason: row.reden ?? '' });
    } else {
      adoption.localNorms.push(row.waarden as unknown as Adoption['localNorms'][number]);
    }
  }
  return adoption;
}

export function createKadersRepo(db: Db) {
  return {
    async municipalityName(code: string): Promise<string | null> {
      const [row] = await db
        .select({ naam: gemeenten.naam })
        .from(gemeenten)
        .where(eq(gemeenten.code, code));
      return row?.naam ?? null;
    },

    async get(code: string): Promise<StoredAdoption | null> {
      const [head] = await db
        .select()
        .from(gemeenteKaders)
        .where(eq(gemeenteKaders.gemeenteCode, code));
      if (!head) return null;
      const rows = await db
        .select()
        .from(gemeenteKaderAfwijkingen)
        .where(eq(gemeenteKaderAfwijkingen.gemeenteCode, code))
        .orderBy(asc(gemeenteKaderAfwijkingen.volgorde));
      return {
        adoption: fromRows(head.kaderVersie, code, rows),
        revisie: head.revisie,
        gewijzigdOp: head.gewijzigdOp,
        gewijzigdDoor: head.gewijzigdDoor,
      };
    },

    /**
     * Replaces the municipality's adoption as a whole; call inside a transaction. With
     * `expected`, only when the stored revision is still that one (0: none stored yet), so that
     * two people editing at once cannot overwrite each other unseen. Gives the new revision, or
     * null when someone else wrote first.
     */
    async replace(
      code: string,
      adoption: Adoption,
      write: { expected: number | null; door: string | null; at: Date },
    ): Promise<number | null> {
      const values = {
        kaderVersie: adoption.framework,
        gewijzigdOp: write.at,
        gewijzigdDoor: write.door,
      };
      const insert = db
        .insert(gemeenteKaders)
        .values({ gemeenteCode: code, revisie: 1, ...values });
      let written: { revisie: number }[];
      if (write.expected === null) {
        written = await insert
          .onConflictDoUpdate({
            target: gemeenteKaders.gemeenteCode,
            set: { ...values, revisie: sql`${gemeenteKaders.revisie} + 1` },
          })
          .returning({ revisie: gemeenteKaders.revisie });
      } else if (write.expected === 0) {
        written = await insert.onConflictDoNothing().returning({ revisie: gemeenteKaders.revisie });
      } else {
        written = await db
          .update(gemeenteKaders)
          .set({ ...values, revisie: write.expected + 1 })
          .where(
            and(eq(gemeenteKaders.gemeenteCode, code), eq(gemeenteKaders.revisie, write.expected)),
          )
          .returning({ revisie: gemeenteKaders.revisie });
      }
      if (!written.length) return null;
      await db
        .delete(gemeenteKaderAfwijkingen)
        .where(eq(gemeenteKaderAfwijkingen.gemeenteCode, code));
      const rows = toRows(code, adoption);
      if (rows.length) await db.insert(gemeenteKaderAfwijkingen).values(rows);
      return written[0]!.revisie;
    },
  };
}

export type KadersRepo = ReturnType<typeof createKadersRepo>;
