import { and, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { gemeenten, locatiePerioden, locatieRijen, locaties } from '../../../db/schema.js';
import type { LocationRow, LocationState, Period } from '../../../domain/import/locaties.js';
import type { QueryScope } from '../../../domain/permissions.js';

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

export function createLocatiesRepo(db: Db) {
  async function periodsOf(codes: string[]): Promise<Map<string, Period[]>> {
    const map = new Map<string, Period[]>();
    if (!codes.length) return map;
    const rows = await db
      .select()
      .from(locatiePerioden)
      .where(inArray(locatiePerioden.locatieCode, codes))
      .orderBy(asc(locatiePerioden.locatieCode), asc(locatiePerioden.vanaf));
    for (const r of rows) {
      const list = map.get(r.locatieCode) ?? [];
      const period = { vanaf: r.vanaf, type: r.type, subtype: r.subtype } as Period;
      // null (from the beginning) sorts last in SQL; it belongs first.
      if (r.vanaf === null) list.unshift(period);
      else list.push(period);
      map.set(r.locatieCode, list);
    }
    return map;
  }

  return {
    /** The stored state of these locations. */
    async states(
      codes: string[],
    ): Promise<Map<string, LocationState & { laatsteBatchId: number }>> {
      const result = new Map<string, LocationState & { laatsteBatchId: number }>();
      if (!codes.length) return result;
      const [rows, periods] = await Promise.all([
        db.select().from(locaties).where(inArray(locaties.code, codes)),
        periodsOf(codes),
      ]);
      for (const { code, laatsteBatchId, ...values } of rows) {
        result.set(code, { values, periods: periods.get(code) ?? [], laatsteBatchId });
      }
      return result;
    },

    async save(code: string, state: LocationState, batchId: number): Promise<void> {
      const values = { ...state.values, laatsteBatchId: batchId };
      await db
        .insert(locaties)
        .values({ code, ...values })
        .onConflictDoUpdate({ target: locaties.code, set: values });
      await db.delete(locatiePerioden).where(eq(locatiePerioden.locatieCode, code));
      await db
        .insert(locatiePerioden)
        .values(state.periods.map((p) => ({ locatieCode: code, ...p })));
    },

    async remove(code: string): Promise<void> {
      await db.delete(locaties).where(eq(locaties.code, code));
    },

    async insertRows(batchId: number, rows: { rij: number; row: LocationRow }[]): Promise<void> {
      if (!rows.length) return;
      await db.insert(locatieRijen).values(
        rows.map(({ rij, row }) => ({
          batchId,
          rij,
          code: row.code,
          waarden: row as unknown as Record<string, unknown>,
        })),
      );
    },

    /** The stored rows of these locations in import order, except those of one batch. */
    async rowsExcept(codes: string[], batchId: number) {
      if (!codes.length) return [];
      const rows = await db
        .select()
        .from(locatieRijen)
        .where(and(inArray(locatieRijen.code, codes), ne(locatieRijen.batchId, batchId)))
        .orderBy(asc(locatieRijen.batchId), asc(locatieRijen.rij));
      return rows.map((r) => ({
        batchId: r.batchId,
        rij: r.rij,
        row: r.waarden as unknown as LocationRow,
      }));
    },

    async codesOfBatch(batchId: number): Promise<string[]> {
      const rows = await db
        .selectDistinct({ code: locatieRijen.code })
        .from(locatieRijen)
        .where(eq(locatieRijen.batchId, batchId));
      return rows.map((r) => r.code);
    },

    async deleteRowsOfBatch(batchId: number): Promise<void> {
      await db.delete(locatieRijen).where(eq(locatieRijen.batchId, batchId));
    },

    async list(scope: QueryScope) {
      return db
        .select({ locatie: locaties, gemeenteNaam: gemeenten.naam })
        .from(locaties)
        .innerJoin(gemeenten, eq(locaties.gemeenteCode, gemeenten.code))
        .where(scopeCondition(scope))
        .orderBy(asc(locaties.naam));
    },

    async periods(codes: string[]) {
      return periodsOf(codes);
    },

    async get(code: string, scope: QueryScope) {
      const [row] = await db
        .select({ locatie: locaties, gemeenteNaam: gemeenten.naam })
        .from(locaties)
        .innerJoin(gemeenten, eq(locaties.gemeenteCode, gemeenten.code))
        .where(and(eq(locaties.code, code), scopeCondition(scope)));
      return row ?? null;
    },

    /** Where a location is, whatever the caller's scope: for the permission check only. */
    async municipalityOf(code: string): Promise<string | null> {
      const [row] = await db
        .select({ g: locaties.gemeenteCode })
        .from(locaties)
        .where(eq(locaties.code, code));
      return row?.g ?? null;
    },
  };
}

export type LocatiesRepo = ReturnType<typeof createLocatiesRepo>;
