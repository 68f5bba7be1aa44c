import { asc, count, max, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../../db/client.js';
import {
  gebeurtenissen,
  gemeenten,
  importBatches,
  locatiePerioden,
  locaties,
} from '../../../db/schema.js';
import type { LocatieType, Subtype } from '../../../domain/import/locaties.js';
import type { ChildEvent, LocationInfo } from '../../../domain/indicators/child.js';
import type { EventType } from '../../../domain/journey.js';

/** What the indicators are computed from: every location and every child's stored events. */
export function createIndicatorenRepo(db: Db) {
  return {
    /**
     * Changes whenever an import or a rollback changes the data, also one made by another
     * process (the CLI), so that cached figures are never stale.
     */
    async dataVersion(): Promise<string> {
      const [row] = await db
        .select({ last: max(importBatches.id), rolledBack: count(importBatches.teruggedraaidOp) })
        .from(importBatches);
      return `${row?.last ?? 0}:${row?.rolledBack ?? 0}`;
    },

    async municipalityCodes(): Promise<string[]> {
      const rows = await db
        .select({ code: gemeenten.code })
        .from(gemeenten)
        .orderBy(asc(gemeenten.code));
      return rows.map((r) => r.code);
    },

    async locations(): Promise<Map<string, LocationInfo>> {
      const map = new Map<
        string,
        { municipality: string; periods: LocationInfo['periods'][number][] }
      >();
      for (const r of await db
        .select({ code: locaties.code, gemeente: locaties.gemeenteCode })
        .from(locaties)
        .orderBy(asc(locaties.code))) {
        map.set(r.code, { municipality: r.gemeente, periods: [] });
      }
      const periods = await db
        .select()
        .from(locatiePerioden)
        .orderBy(asc(locatiePerioden.locatieCode), sql`${locatiePerioden.vanaf} asc nulls first`);
      for (const p of periods) {
        map.get(p.locatieCode)?.periods.push({
          vanaf: p.vanaf,
          type: p.type as LocatieType,
          subtype: p.subtype as Subtype | null,
        });
      }
      return map;
    },

    /**
     * Every child with its events in import order. One aggregated text instead of a row per
     * event: PGlite hands over rows slowly, and this is every event there is. The location is
     * last and JSON-quoted, so no code can break the line or field separators.
     */
    async children(): Promise<{ pseudonym: string; birthMonth: string; events: ChildEvent[] }[]> {
      const result = await db.execute(sql`
        select string_agg(
          concat_ws('|', g.kind, g.geboortemaand, g.id, g.gebeurtenis, g.datum,
            coalesce(g.soort, ''), g.amv::int, g.genegeerd::int, coalesce(to_json(g.locatie)::text, '')),
          E'\n' order by g.kind, g.id) as s
        from ${gebeurtenissen} g`);
      const text = rowsOf<{ s: string | null }>(result)[0]?.s;
      const children: { pseudonym: string; birthMonth: string; events: ChildEvent[] }[] = [];
      if (!text) return children;
      let current = '';
      let events: ChildEvent[] = [];
      for (const line of text.split('\n')) {
        const f = line.split('|', 8);
        if (f[0] !== current) {
          current = f[0]!;
          events = [];
          children.push({ pseudonym: current, birthMonth: f[1]!, events });
        }
        const rest = line.slice(f.join('|').length + 1);
        events.push({
          order: Number(f[2]),
          type: f[3] as EventType,
          date: f[4]!,
          soort: f[5] || null,
          amv: f[6] === '1',
          ignored: f[7] === '1',
          location: rest ? (JSON.parse(rest) as string) : null,
        });
      }
      return children;
    },
  };
}

export type IndicatorenRepo = ReturnType<typeof createIndicatorenRepo>;
