import {
  ACTIVITEIT_COLUMNS,
  type Activity,
  parseActivityRow,
} from '../../../domain/import/activiteiten.js';
import { decide } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import type { Format } from '../imports/engine.js';
import { createActiviteitenRepo, keyOf } from './repo.js';

/**
 * Activities (data-formats.md §4). Identity: location, name and start date. As with locations, a
 * later row of the same identity changes the activity (the web form edits and ends activities
 * this way); an identical row is al aanwezig.
 */
export function activiteitenFormat(): Format {
  return {
    soort: 'activiteiten',
    columns: { required: ACTIVITEIT_COLUMNS.required, optional: ACTIVITEIT_COLUMNS.optional },
    authorize: (actor) => authorize(actor, 'activiteiten.schrijven'),

    async start({ db, batchId, actor, log }) {
      const repo = createActiviteitenRepo(db);
      const locations = new Map((await repo.locations()).map((l) => [l.code, l.gemeenteCode]));
      const entries: { rij: number; activity: Activity }[] = [];
      const firstRow = new Map<string, number>();
      return {
        row(row, header) {
          const { row: activity, issues } = parseActivityRow(row.cells, {
            commaDecimals: header.separator === ';',
            locationExists: (code) => locations.has(code),
          });
          for (const issue of issues)
            log.add({ rij: row.row, kolom: issue.column, ernst: 'fout', melding: issue.message });
          if (!activity) return;
          const municipality = locations.get(activity.locatie)!;
          if (
            !decide(actor, 'activiteiten.schrijven', {
              kind: 'location',
              code: activity.locatie,
              municipality,
            }).allowed
          ) {
            log.add({
              rij: row.row,
              kolom: 'locatie',
              ernst: 'fout',
              melding: `locatie '${activity.locatie}' valt buiten de gemeente of locaties waarvoor uw account geldt`,
            });
            return;
          }
          const key = keyOf(activity);
          const earlier = firstRow.get(key);
          if (earlier !== undefined) {
            log.add({
              rij: row.row,
              kolom: 'naam',
              ernst: 'fout',
              melding: `dezelfde activiteit (locatie, naam, van) staat ook op rij ${earlier}`,
            });
            return;
          }
          firstRow.set(key, row.row);
          if (!log.rowsWithErrors.has(row.row)) entries.push({ rij: row.row, activity });
        },

        async finish() {
          const stored = await repo.current(entries.map((e) => e.activity));
          const changed = entries.filter((e) => {
            const before = stored.get(keyOf(e.activity));
            // jsonb does not keep key order: compare field by field.
            if (before && sameActivity(before, e.activity)) {
              log.add({ rij: e.rij, kolom: null, ernst: 'waarschuwing', melding: 'al aanwezig' });
              return false;
            }
            return true;
          });
          await repo.insert(batchId, changed);
          const nieuw = changed.filter((e) => !stored.has(keyOf(e.activity))).length;
          return {
            nieuw,
            bijgewerkt: changed.length - nieuw,
            aanwezig: entries.length - changed.length,
            overgeslagen: 0,
          };
        },
      };
    },

    async rollback(db, batchId) {
      // The previous version of each activity becomes current again; nothing depends on it.
      await createActiviteitenRepo(db).deleteBatch(batchId);
      return { dependents: [] };
    },
  };
}

function sameActivity(a: Activity, b: Activity): boolean {
  return (Object.keys(b) as (keyof Activity)[]).every((key) => a[key] === b[key]);
}
