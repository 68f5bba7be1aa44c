import {
  applyLocationRow,
  LOCATIE_COLUMNS,
  type LocationRow,
  type LocationState,
  parseLocationRow,
} from '../../../domain/import/locaties.js';
import { resolveMunicipality } from '../../../domain/names.js';
import { type Actor, decide } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { createGemeentenRepo } from '../gemeenten/repo.js';
import type { Format, FormatContext } from '../imports/engine.js';
import { createKinderenRepo } from '../kinderen/repo.js';
import { createLocatiesRepo } from './repo.js';

interface Entry {
  rij: number;
  code: string;
  row: LocationRow | null;
}

function inScope(actor: Actor, code: string, municipality: string): boolean {
  return decide(actor, 'locaties.schrijven', { kind: 'location', code, municipality }).allowed;
}

/** Locations (data-formats.md §2): identity `code`; a row for a known code updates it. */
export function locatiesFormat(): Format {
  return {
    soort: 'locaties',
    columns: { required: LOCATIE_COLUMNS.required, optional: LOCATIE_COLUMNS.optional },
    authorize: (actor) => authorize(actor, 'locaties.schrijven'),

    async start({ db, batchId, actor, log }: FormatContext) {
      const repo = createLocatiesRepo(db);
      // Everything inside the import goes through its transaction: on PGlite a query outside it
      // would wait for the transaction forever.
      const { municipalities, aliases } = await createGemeentenRepo(db).names();
      const entries: Entry[] = [];
      const firstRowOfCode = new Map<string, number>();
      const codesWithErrors = new Set<string>();

      return {
        row(row, header) {
          const { row: parsed, issues } = parseLocationRow(row.cells, {
            columns: new Set(header.columns),
            commaDecimals: header.separator === ';',
            resolveMunicipality: (input) => resolveMunicipality(input, municipalities, aliases),
          });
          for (const issue of issues) {
            log.add({
              rij: row.row,
              kolom: issue.column,
              ernst: issue.severity === 'error' ? 'fout' : 'waarschuwing',
              melding: issue.message,
            });
          }
          const code = row.cells.code ?? '';
          const earlier = firstRowOfCode.get(code);
          if (code && earlier !== undefined) {
            log.add({
              rij: row.row,
              kolom: 'code',
              ernst: 'fout',
              melding: `de code '${code}' staat ook op rij ${earlier}; elke locatie één keer per bestand`,
            });
          } else if (code) {
            firstRowOfCode.set(code, row.row);
          }
          if (log.rowsWithErrors.has(row.row)) codesWithErrors.add(code);
          entries.push({ rij: row.row, code, row: parsed });
        },

        async finish({ acceptValid }) {
          const codes = [...new Set(entries.map((e) => e.code).filter(Boolean))];
          const states = new Map<string, LocationState>(await repo.states(codes));
          const applied: {
            rij: number;
            row: LocationRow;
            outcome: 'new' | 'updated' | 'unchanged';
          }[] = [];
          for (const entry of entries) {
            if (!entry.row) continue;
            const { code } = entry;
            const before = states.get(code) ?? null;
            const previousMunicipality = before?.values.gemeenteCode;
            if (
              !inScope(actor, code, entry.row.values.gemeenteCode!) ||
              (previousMunicipality && !inScope(actor, code, previousMunicipality))
            ) {
              log.add({
                rij: entry.rij,
                kolom: before ? 'code' : 'gemeente',
                ernst: 'fout',
                melding: `locatie '${code}' valt buiten de gemeente of locaties waarvoor uw account geldt`,
              });
              codesWithErrors.add(code);
              continue;
            }
            const result = applyLocationRow(before, entry.row);
            if (result.outcome === 'error') {
              for (const issue of result.issues)
                log.add({
                  rij: entry.rij,
                  kolom: issue.column,
                  ernst: 'fout',
                  melding: issue.message,
                });
              codesWithErrors.add(code);
              continue;
            }
            if (result.outcome === 'unchanged') {
              log.add({
                rij: entry.rij,
                kolom: null,
                ernst: 'waarschuwing',
                melding: `locatie '${code}' is al aanwezig met deze gegevens`,
              });
            }
            states.set(code, result.state);
            applied.push({ rij: entry.rij, row: entry.row, outcome: result.outcome });
          }
          // With --accept-valid all rows of a location with any error are skipped, so that no
          // half-applied history remains; without it the transaction is rolled back anyway.
          const kept = applied.filter((a) => !codesWithErrors.has(a.row.code));
          const changed = kept.filter((a) => a.outcome !== 'unchanged');
          for (const code of new Set(changed.map((a) => a.row.code))) {
            await repo.save(code, states.get(code)!, batchId);
          }
          await repo.insertRows(batchId, changed);
          return {
            nieuw: changed.filter((a) => a.outcome === 'new').length,
            bijgewerkt: changed.filter((a) => a.outcome === 'updated').length,
            aanwezig: kept.length - changed.length,
            overgeslagen: acceptValid
              ? entries.filter((e) => codesWithErrors.has(e.code)).length
              : 0,
          };
        },
      };
    },

    async rollback(db, batchId) {
      const repo = createLocatiesRepo(db);
      const codes = await repo.codesOfBatch(batchId);
      const remaining = await repo.rowsExcept(codes, batchId);
      // A later batch that changed the same locations built on this one.
      const dependents = [
        ...new Set(remaining.filter((r) => r.batchId > batchId).map((r) => r.batchId)),
      ];
      if (dependents.length) return { dependents: dependents.sort((a, b) => a - b) };
      const states = new Map<string, LocationState | null>(codes.map((c) => [c, null]));
      for (const { row } of remaining) {
        const result = applyLocationRow(states.get(row.code) ?? null, row);
        if (result.outcome !== 'error') states.set(row.code, result.state);
      }
      const removed = [...states].filter(([, state]) => state === null).map(([code]) => code);
      const stranded = await createKinderenRepo(db).batchesAtLocations(removed);
      if (stranded.length) return { dependents: stranded.sort((a, b) => a - b) };
      await repo.deleteRowsOfBatch(batchId);
      for (const [code, state] of states) {
        const last = remaining.filter((r) => r.row.code === code).at(-1);
        if (state && last) await repo.save(code, state, last.batchId);
        else await repo.remove(code);
      }
      return { dependents: [] };
    },
  };
}
