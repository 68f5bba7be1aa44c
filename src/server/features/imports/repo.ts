import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { gebruikers, importBatches } from '../../../db/schema.js';

export type BatchRow = typeof importBatches.$inferSelect;

export function createImportsRepo(db: Db) {
  return {
    async insert(batch: typeof importBatches.$inferInsert): Promise<number> {
      const [row] = await db
        .insert(importBatches)
        .values(batch)
        .returning({ id: importBatches.id });
      return row!.id;
    },

    async finalise(id: number, sha256: string, telling: Record<string, number>): Promise<void> {
      await db.update(importBatches).set({ sha256, telling }).where(eq(importBatches.id, id));
    },

    async byId(id: number): Promise<BatchRow | null> {
      const [row] = await db.select().from(importBatches).where(eq(importBatches.id, id));
      return row ?? null;
    },

    /** All batches, or those made by members of one organisation (and the CLI never). */
    async list(organisationId: number | null): Promise<BatchRow[]> {
      const query = db.select({ batch: importBatches }).from(importBatches);
      const rows =
        organisationId === null
          ? await query.orderBy(desc(importBatches.id))
          : await query
              .where(
                inArray(
                  importBatches.actorId,
                  db
                    .select({ id: gebruikers.id })
                    .from(gebruikers)
                    .where(eq(gebruikers.organisatieId, organisationId)),
                ),
              )
              .orderBy(desc(importBatches.id));
      return rows.map((r) => r.batch);
    },

    async markRolledBack(id: number, at: Date): Promise<void> {
      await db.update(importBatches).set({ teruggedraaidOp: at }).where(eq(importBatches.id, id));
    },
  };
}

export type ImportsRepo = ReturnType<typeof createImportsRepo>;
