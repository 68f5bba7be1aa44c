import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  beoordelingen,
  beoordelingNormen,
  gemeenten,
  locaties,
  verbeteracties,
} from '../../../db/schema.js';
import type { QueryScope } from '../../../domain/permissions.js';

/** The actor's scope on the location, in SQL. */
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

export function createRapportRepo(db: Db) {
  return {
    async municipalityName(code: string): Promise<string | null> {
      const [row] = await db
        .select({ naam: gemeenten.naam })
        .from(gemeenten)
        .where(eq(gemeenten.code, code));
      return row?.naam ?? null;
    },

    /** The codes of the municipality's locations within the scope. */
    async locationCodes(municipality: string, scope: QueryScope): Promise<string[]> {
      const rows = await db
        .select({ code: locaties.code })
        .from(locaties)
        .where(and(eq(locaties.gemeenteCode, municipality), scopeCondition(scope)));
      return rows.map((r) => r.code);
    },

    /** Every improvement action of the assessments of the municipality's locations in scope. */
    async actions(municipality: string, scope: QueryScope) {
      return db
        .select({
          id: verbeteracties.id,
          normId: verbeteracties.normId,
          normTitel: beoordelingNormen.titel,
          omschrijving: verbeteracties.omschrijving,
          eigenaar: verbeteracties.eigenaar,
          deadline: verbeteracties.deadline,
          status: verbeteracties.status,
          beoordelingId: beoordelingen.id,
          van: beoordelingen.van,
          tot: beoordelingen.tot,
          beoordelingStatus: beoordelingen.status,
          locatieCode: locaties.code,
          locatieNaam: locaties.naam,
        })
        .from(verbeteracties)
        .innerJoin(beoordelingen, eq(beoordelingen.id, verbeteracties.beoordelingId))
        .innerJoin(locaties, eq(locaties.code, beoordelingen.locatieCode))
        .leftJoin(
          beoordelingNormen,
          and(
            eq(beoordelingNormen.beoordelingId, verbeteracties.beoordelingId),
            eq(beoordelingNormen.normId, verbeteracties.normId),
          ),
        )
        .where(and(eq(locaties.gemeenteCode, municipality), scopeCondition(scope)));
    },
  };
}

export type RapportRepo = ReturnType<typeof createRapportRepo>;
