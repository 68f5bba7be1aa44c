import { asc, count, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { gemeenteAliassen, gemeenten } from '../../../db/schema.js';

const columns = {
  code: gemeenten.code,
  naam: gemeenten.naam,
  provincieCode: gemeenten.provincieCode,
  provincieNaam: gemeenten.provincieNaam,
};

export function createGemeentenRepo(db: Db) {
  return {
    /** `normalisedTerm` is matched against names and aliases; `code` against the CBS code. */
    async search(normalisedTerm: string | null, offset: number, limit: number) {
      const condition = normalisedTerm
        ? or(
            ilike(gemeenten.zoeknaam, `%${normalisedTerm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
            eq(gemeenten.code, normalisedTerm.toUpperCase()),
          )
        : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select(columns)
          .from(gemeenten)
          .where(condition)
          .orderBy(asc(gemeenten.naam))
          .offset(offset)
          .limit(limit),
        db.select({ n: count() }).from(gemeenten).where(condition),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async names() {
      const [municipalities, aliases] = await Promise.all([
        db.select({ code: gemeenten.code, naam: gemeenten.naam }).from(gemeenten),
        db.select().from(gemeenteAliassen),
      ]);
      return { municipalities, aliases };
    },

    async byCode(code: string) {
      const [row] = await db.select(columns).from(gemeenten).where(eq(gemeenten.code, code));
      return row ?? null;
    },
  };
}

export type GemeentenRepo = ReturnType<typeof createGemeentenRepo>;
