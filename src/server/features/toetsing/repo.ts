import type { Db } from '../../../db/client.js';
import { gemeenteKaders } from '../../../db/schema.js';

export function createToetsingRepo(db: Db) {
  return {
    /**
     * The revision of every municipality's adoption: one cheap query that tells which cached
     * effective frameworks still hold. A municipality missing here adopted nothing.
     */
    async adoptionRevisions(): Promise<Map<string, number>> {
      const rows = await db
        .select({ code: gemeenteKaders.gemeenteCode, revisie: gemeenteKaders.revisie })
        .from(gemeenteKaders);
      return new Map(rows.map((r) => [r.code, r.revisie]));
    },
  };
}

export type ToetsingRepo = ReturnType<typeof createToetsingRepo>;
