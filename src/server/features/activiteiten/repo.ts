import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { activiteitRijen, locaties } from '../../../db/schema.js';
import type { Activity } from '../../../domain/import/activiteiten.js';
import type { QueryScope } from '../../../domain/permissions.js';

export function createActiviteitenRepo(db: Db) {
  /** The latest row of each identity among batches not rolled back. */
  const current = (where: ReturnType<typeof sql> | undefined) => sql`
    select distinct on (r.locatie, r.naam, r.van) r.locatie, r.naam, r.van::text as van, r.waarden, r.batch_id as "batchId"
    from activiteit_rijen r join import_batches b on b.id = r.batch_id
    where b.teruggedraaid_op is null ${where ? sql`and ${where}` : sql``}
    order by r.locatie, r.naam, r.van, r.batch_id desc, r.rij desc`;

  return {
    async current(keys: { locatie: string; naam: string; van: string }[]) {
      if (!keys.length) return new Map<string, Activity>();
      const locations = [...new Set(keys.map((k) => k.locatie))];
      const result = await db.execute(current(sql`r.locatie in (${sql.join(locations, sql`, `)})`));
      const map = new Map<string, Activity>();
      for (const r of (result as unknown as { rows: { waarden: Activity }[] }).rows)
        map.set(keyOf(r.waarden), r.waarden);
      return map;
    },

    async insert(batchId: number, rows: { rij: number; activity: Activity }[]): Promise<void> {
      if (!rows.length) return;
      await db.insert(activiteitRijen).values(
        rows.map(({ rij, activity }) => ({
          batchId,
          rij,
          locatie: activity.locatie,
          naam: activity.naam,
          van: activity.van,
          waarden: activity as unknown as Record<string, unknown>,
        })),
      );
    },

    async deleteBatch(batchId: number): Promise<void> {
      await db.delete(activiteitRijen).where(eq(activiteitRijen.batchId, batchId));
    },

    async list(scope: QueryScope): Promise<Activity[]> {
      const where =
        scope.kind === 'all'
          ? undefined
          : scope.kind === 'municipality'
            ? sql`r.locatie in (select code from locaties where gemeente_code = ${scope.code})`
            : scope.kind === 'locations' && scope.codes.length
              ? sql`r.locatie in (${sql.join([...scope.codes], sql`, `)})`
              : sql`false`;
      const result = await db.execute(current(where));
      return (result as unknown as { rows: { waarden: Activity }[] }).rows.map((r) => r.waarden);
    },

    async locations() {
      return db.select({ code: locaties.code, gemeenteCode: locaties.gemeenteCode }).from(locaties);
    },
  };
}

export const keyOf = (a: { locatie: string; naam: string; van: string }) =>
  `${a.locatie}\u0000${a.naam}\u0000${a.van}`;

export type ActiviteitenRepo = ReturnType<typeof createActiviteitenRepo>;
