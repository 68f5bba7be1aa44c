import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { voorzieningRijen } from '../../../db/schema.js';
import type { Facility } from '../../../domain/import/voorzieningen.js';

export function createVoorzieningenRepo(db: Db) {
  return {
    async insert(
      batchId: number,
      rows: readonly { rij: number; facility: Facility }[],
    ): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insert(voorzieningRijen)
          .values(
            rows.slice(i, i + 1000).map(({ rij, facility }) => ({ batchId, rij, ...facility })),
          );
      }
    },

    async deleteBatch(batchId: number): Promise<void> {
      await db.delete(voorzieningRijen).where(eq(voorzieningRijen.batchId, batchId));
    },

    /**
     * Every facility as it stands: the latest row of each key (a rollback deletes its rows, so
     * every stored row belongs to a batch that counts).
     */
    async current(): Promise<Pick<Facility, 'categorie' | 'naam' | 'lat' | 'lon'>[]> {
      const rows = await db
        .selectDistinctOn([voorzieningRijen.sleutel], {
          categorie: voorzieningRijen.categorie,
          naam: voorzieningRijen.naam,
          lat: voorzieningRijen.lat,
          lon: voorzieningRijen.lon,
        })
        .from(voorzieningRijen)
        .orderBy(
          voorzieningRijen.sleutel,
          desc(voorzieningRijen.batchId),
          desc(voorzieningRijen.rij),
        );
      return rows as Pick<Facility, 'categorie' | 'naam' | 'lat' | 'lon'>[];
    },
  };
}

export type VoorzieningenRepo = ReturnType<typeof createVoorzieningenRepo>;
