import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  beoordelingBijlagen,
  beoordelingen,
  beoordelingNormen,
  locaties,
  verbeteracties,
} from '../../../db/schema.js';
import type { QueryScope } from '../../../domain/permissions.js';

export type BeoordelingRow = typeof beoordelingen.$inferSelect;
export type NormRow = typeof beoordelingNormen.$inferSelect;
export type ActieRow = typeof verbeteracties.$inferSelect;
type NewNorm = Omit<typeof beoordelingNormen.$inferInsert, 'beoordelingId'>;

/** Who writes, and when: stamped on the assessment with every write. */
export interface Writer {
  id: number | null;
  email: string | null;
  at: Date;
}

/** The actor's scope, on the assessment's location (joined), in SQL. */
function scopeCondition(scope: QueryScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'municipality':
      return eq(locaties.gemeenteCode, scope.code);
    case 'locations':
      return scope.codes.length ? inArray(locaties.code, [...scope.codes]) : eq(locaties.code, '');
    case 'none':
      return eq(locaties.code, '');
  }
}

const HEAD = {
  beoordeling: beoordelingen,
  locatieNaam: locaties.naam,
  gemeenteCode: locaties.gemeenteCode,
};

const ATTACHMENT_COLUMNS = {
  id: beoordelingBijlagen.id,
  normId: beoordelingBijlagen.normId,
  bestandsnaam: beoordelingBijlagen.bestandsnaam,
  mediaType: beoordelingBijlagen.mediaType,
  grootte: beoordelingBijlagen.grootte,
  sha256: beoordelingBijlagen.sha256,
  toegevoegdOp: beoordelingBijlagen.toegevoegdOp,
  toegevoegdDoor: beoordelingBijlagen.toegevoegdDoor,
};

export function createBeoordelingenRepo(db: Db) {
  return {
    /** A location's name and municipality, whatever the caller's scope: for the permission check. */
    async location(code: string) {
      const [row] = await db
        .select({ code: locaties.code, naam: locaties.naam, gemeenteCode: locaties.gemeenteCode })
        .from(locaties)
        .where(eq(locaties.code, code));
      return row ?? null;
    },

    /** Where an assessment is, whatever the caller's scope: for the permission check only. */
    async locate(id: number) {
      const [row] = await db
        .select({ code: locaties.code, gemeenteCode: locaties.gemeenteCode })
        .from(beoordelingen)
        .innerJoin(locaties, eq(locaties.code, beoordelingen.locatieCode))
        .where(eq(beoordelingen.id, id));
      return row ?? null;
    },

    /** A location's assessments within the scope, latest period first. */
    async list(code: string, scope: QueryScope) {
      return db
        .select(HEAD)
        .from(beoordelingen)
        .innerJoin(locaties, eq(locaties.code, beoordelingen.locatieCode))
        .where(and(eq(beoordelingen.locatieCode, code), scopeCondition(scope)))
        .orderBy(desc(beoordelingen.tot), desc(beoordelingen.id));
    },

    async head(id: number, scope: QueryScope) {
      const [row] = await db
        .select(HEAD)
        .from(beoordelingen)
        .innerJoin(locaties, eq(locaties.code, beoordelingen.locatieCode))
        .where(and(eq(beoordelingen.id, id), scopeCondition(scope)));
      return row ?? null;
    },

    /** The outcomes of the norms of some assessments, for their counts. */
    async outcomes(ids: number[]) {
      if (!ids.length) return [];
      return db
        .select({
          beoordelingId: beoordelingNormen.beoordelingId,
          uitkomst: beoordelingNormen.uitkomst,
        })
        .from(beoordelingNormen)
        .where(inArray(beoordelingNormen.beoordelingId, ids));
    },

    async norms(id: number): Promise<NormRow[]> {
      return db
        .select()
        .from(beoordelingNormen)
        .where(eq(beoordelingNormen.beoordelingId, id))
        .orderBy(asc(beoordelingNormen.volgorde));
    },

    async attachments(id: number) {
      return db
        .select(ATTACHMENT_COLUMNS)
        .from(beoordelingBijlagen)
        .where(eq(beoordelingBijlagen.beoordelingId, id))
        .orderBy(asc(beoordelingBijlagen.id));
    },

    async attachment(id: number, attachmentId: number) {
      const [row] = await db
        .select({ ...ATTACHMENT_COLUMNS, inhoud: beoordelingBijlagen.inhoud })
        .from(beoordelingBijlagen)
        .where(
          and(eq(beoordelingBijlagen.beoordelingId, id), eq(beoordelingBijlagen.id, attachmentId)),
        );
      return row ?? null;
    },

    async actions(id: number): Promise<ActieRow[]> {
      return db
        .select()
        .from(verbeteracties)
        .where(eq(verbeteracties.beoordelingId, id))
        .orderBy(asc(verbeteracties.id));
    },

    async create(
      head: { locatieCode: string; van: string; tot: string; kaderVersie: string },
      norms: NewNorm[],
      writer: Writer,
    ): Promise<number> {
      const [row] = await db
        .insert(beoordelingen)
        .values({
          ...head,
          status: 'concept',
          revisie: 1,
          aangemaaktOp: writer.at,
          aangemaaktDoorId: writer.id,
          aangemaaktDoor: writer.email,
          gewijzigdOp: writer.at,
          gewijzigdDoorId: writer.id,
          gewijzigdDoor: writer.email,
        })
        .returning({ id: beoordelingen.id });
      const id = row!.id;
      if (norms.length) {
        await db.insert(beoordelingNormen).values(norms.map((n) => ({ ...n, beoordelingId: id })));
      }
      return id;
    },

    /**
     * Claims the next revision of a concept assessment, in one statement: only when it is still
     * at `expected`, so that two writers cannot both go ahead. Null when someone else was first
     * or it has been adopted. Call inside the transaction that makes the change.
     */
    async claim(
      id: number,
      expected: number,
      writer: Writer,
      adopt = false,
    ): Promise<number | null> {
      const [row] = await db
        .update(beoordelingen)
        .set({
          revisie: expected + 1,
          gewijzigdOp: writer.at,
          gewijzigdDoorId: writer.id,
          gewijzigdDoor: writer.email,
          ...(adopt
            ? {
                status: 'vastgesteld' as const,
                vastgesteldOp: writer.at,
                vastgesteldDoor: writer.email,
              }
            : {}),
        })
        .where(
          and(
            eq(beoordelingen.id, id),
            eq(beoordelingen.revisie, expected),
            eq(beoordelingen.status, 'concept'),
          ),
        )
        .returning({ revisie: beoordelingen.revisie });
      return row?.revisie ?? null;
    },

    async setPeriod(id: number, period: { van: string; tot: string }) {
      await db.update(beoordelingen).set(period).where(eq(beoordelingen.id, id));
    },

    /** The automatic outcomes again, after the period's end date moved; assessors' scores stay. */
    async setAutomatic(
      id: number,
      evaluations: { normId: string; uitkomst: string; toelichting: { nl: string; en: string } }[],
    ) {
      for (const e of evaluations) {
        await db
          .update(beoordelingNormen)
          .set({
            automatischeUitkomst: e.uitkomst,
            toelichting: e.toelichting,
            uitkomst: sql`case when ${beoordelingNormen.soort} = 'automatisch' then ${e.uitkomst} else ${beoordelingNormen.uitkomst} end`,
          })
          .where(
            and(eq(beoordelingNormen.beoordelingId, id), eq(beoordelingNormen.normId, e.normId)),
          );
      }
    },

    async score(id: number, normId: string, uitkomst: string, onderbouwing: string) {
      await db
        .update(beoordelingNormen)
        .set({ uitkomst, onderbouwing })
        .where(and(eq(beoordelingNormen.beoordelingId, id), eq(beoordelingNormen.normId, normId)));
    },

    async addAttachment(values: Omit<typeof beoordelingBijlagen.$inferInsert, 'id'>) {
      const [row] = await db
        .insert(beoordelingBijlagen)
        .values(values)
        .returning({ id: beoordelingBijlagen.id });
      return row!.id;
    },

    async addAction(values: Omit<typeof verbeteracties.$inferInsert, 'id'>) {
      const [row] = await db
        .insert(verbeteracties)
        .values(values)
        .returning({ id: verbeteracties.id });
      return row!.id;
    },

    async action(id: number, actionId: number): Promise<ActieRow | null> {
      const [row] = await db
        .select()
        .from(verbeteracties)
        .where(and(eq(verbeteracties.beoordelingId, id), eq(verbeteracties.id, actionId)));
      return row ?? null;
    },

    async updateAction(
      actionId: number,
      values: Partial<Pick<ActieRow, 'omschrijving' | 'eigenaar' | 'deadline' | 'status'>>,
    ) {
      await db.update(verbeteracties).set(values).where(eq(verbeteracties.id, actionId));
    },
  };
}

export type BeoordelingenRepo = ReturnType<typeof createBeoordelingenRepo>;
