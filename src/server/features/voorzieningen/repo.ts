import { eq } from 'drizzle-orm';
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
  };
}
