import type { Db } from '../../../db/client.js';
import {
  type Category,
  DUO_COLUMNS,
  type Facility,
  GENERIC_COLUMNS,
  mapDuoColumns,
  parseGenericFacility,
  placeDuoRow,
} from '../../../domain/import/voorzieningen.js';
import { authorize } from '../../authorize.js';
import type { Format } from '../imports/engine.js';
import { createVoorzieningenRepo } from './repo.js';

export type FacilityVariant = 'generiek' | 'duo-po' | 'duo-vo';

export interface FacilityOptions {
  variant: FacilityVariant;
  /** postcode → [lat, lon], for DUO files, which carry addresses only. */
  postcodes?: ReadonlyMap<string, [number, number]>;
}

const DUO_CATEGORY: Record<Exclude<FacilityVariant, 'generiek'>, Category> = {
  'duo-po': 'basisschool',
  'duo-vo': 'vo_isk',
};

/** Facilities (data-formats.md §3). A later row with the same key replaces the facility. */
export function voorzieningenFormat(): Format {
  return {
    soort: 'voorzieningen',
    columns: {
      required: [],
      optional: [...GENERIC_COLUMNS.required, ...GENERIC_COLUMNS.optional, ...DUO_COLUMNS.optional],
    },
    authorize: (actor) => authorize(actor, 'voorzieningen.schrijven'),

    async start({ db, batchId, log, options }) {
      const { variant, postcodes = new Map() } = (options ?? {
        variant: 'generiek',
      }) as FacilityOptions;
      const facilities: { rij: number; facility: Facility }[] = [];
      let headerChecked = false;
      let usable = true;
      let unplaced = 0;
      let duoMap: ReturnType<typeof mapDuoColumns>['map'] = {};
      return {
        row(row, header) {
          if (!headerChecked) {
            headerChecked = true;
            const missing =
              variant === 'generiek'
                ? GENERIC_COLUMNS.required.filter((c) => !header.columns.includes(c))
                : mapDuoColumns(header.columns).missing;
            for (const column of missing) {
              log.add({
                rij: 1,
                kolom: column,
                ernst: 'fout',
                melding: `de verplichte kolom '${column}' ontbreekt`,
              });
            }
            usable = missing.length === 0;
            if (variant !== 'generiek') duoMap = mapDuoColumns(header.columns).map;
          }
          if (!usable) return;
          if (variant === 'generiek') {
            const { facility, issues } = parseGenericFacility(row.cells, header.separator === ';');
            for (const issue of issues)
              log.add({ rij: row.row, kolom: issue.column, ernst: 'fout', melding: issue.message });
            if (facility && !log.rowsWithErrors.has(row.row))
              facilities.push({ rij: row.row, facility });
            return;
          }
          const placed = placeDuoRow(row.cells, duoMap, DUO_CATEGORY[variant], postcodes, true);
          if (placed.facility) facilities.push({ rij: row.row, facility: placed.facility });
          else {
            unplaced++;
            log.add({
              rij: row.row,
              kolom: 'postcode',
              ernst: 'waarschuwing',
              melding: placed.reason!,
            });
          }
        },

        async finish() {
          await createVoorzieningenRepo(db).insert(batchId, facilities);
          return { nieuw: facilities.length, bijgewerkt: 0, aanwezig: 0, overgeslagen: unplaced };
        },
      };
    },

    async rollback(db: Db, batchId: number) {
      await createVoorzieningenRepo(db).deleteBatch(batchId);
      return { dependents: [] };
    },
  };
}
