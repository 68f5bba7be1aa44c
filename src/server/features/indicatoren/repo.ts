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
     * event, because PGlite hands over rows slowly and this is every event there is: a line per
     * child (its pseudonym once), events apart by the record separator, fields by the unit
     * separator. The location is last and JSON-quoted, and JSON escapes control characters, so
     * no code can break the separators.
     */
    async children(): Promise<{ pseudonym: string; birthMonth: string; events: ChildEvent[] }[]> {
      const result = await db.execute(sql`
        select string_agg(c.line, E'\n' order by c.kind) as s from (
          select g.kind, concat(g.kind, E'\x1f', (array_agg(g.geboortemaand order by g.id))[1],
            E'\x1e', string_agg(concat_ws(E'\x1f', g.id, g.gebeurtenis, g.datum,
              coalesce(g.soort, ''), g.amv::int, g.genegeerd::int,
              coalesce(to_json(g.locatie)::text, '')), E'\x1e' order by g.id)) as line
          from ${gebeurtenissen} g group by g.kind) c`);
      const text = rowsOf<{ s: string | null }>(result)[0]?.s;
      if (!text) return [];
      return text.split('\n').map((line) => {
        const [head, ...rows] = line.split('\x1e');
        const [pseudonym, birthMonth] = head!.split('\x1f') as [string, string];
        const events = rows.map((row): ChildEvent => {
          const f = row.split('\x1f');
          return {
            order: Number(f[0]),
            type: f[1] as EventType,
            date: f[2]!,
            soort: f[3] || null,
            amv: f[4] === '1',
            ignored: f[5] === '1',
            location: f[6] ? (JSON.parse(f[6]) as string) : null,
          };
        });
        return { pseudonym, birthMonth, events };
      });
    },
  };
}

export type IndicatorenRepo = ReturnType<typeof createIndicatorenRepo>;
