/**
 * Child-journey events (data-formats.md §1). Rows are pseudonymised as they are read and wait in
 * a staging table inside the import's transaction; the checks that need the whole file (repeats,
 * birth months, sequences) then run per child in pages, so memory stays flat however large the
 * file.
 */
import { amsterdamDate } from '../../../domain/dates.js';
import { GEBEURTENIS_COLUMNS, parseEventRow } from '../../../domain/import/gebeurtenissen.js';
import {
  type EventType,
  type JourneyEvent,
  type JourneyIssue,
  locationOn,
  replayJourney,
  type Stay,
} from '../../../domain/journey.js';
import { decide } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import type { Pseudonymiser } from '../../pseudonym.js';
import type { Format, FormatContext } from '../imports/engine.js';
import { createKinderenRepo, type StagedEvent } from './repo.js';

const STAGE_CHUNK = 5000;
const CHILD_PAGE = 10_000;

const SEQUENCE_MESSAGES: Record<JourneyIssue['code'], string> = {
  'no-open-stay': 'er is geen open verblijf om te verplaatsen of te beëindigen',
  'stay-open': 'instroom terwijl het kind al op een locatie verblijft',
  'other-location': 'uitstroom noemt een andere locatie dan waar het kind verblijft',
  'move-to-current': 'verhuizing naar de locatie waar het kind al verblijft: genegeerd',
  'milestone-outside-reception':
    'mijlpaal buiten een opvangperiode: bewaard, maar telt niet mee in de indicatoren',
};

/** Stored rows sort before new ones; new ones keep file order. */
const NEW_ROW_ORDER = 2 ** 40;

/** A child's rows usually follow each other: remembering the last id saves most HMACs. */
function rememberingLast(pseudonymise: Pseudonymiser): Pseudonymiser {
  let lastId: string | null = null;
  let lastPseudonym = '';
  return (id) => {
    if (id !== lastId) {
      lastId = id;
      lastPseudonym = pseudonymise(id);
    }
    return lastPseudonym;
  };
}

export function gebeurtenissenFormat(pseudonymise: Pseudonymiser, now: () => Date): Format {
  const childPseudonym = rememberingLast(pseudonymise);
  const familyPseudonym = rememberingLast(pseudonymise);
  return {
    soort: 'gebeurtenissen',
    columns: { required: GEBEURTENIS_COLUMNS.required, optional: GEBEURTENIS_COLUMNS.optional },
    authorize: (actor) => authorize(actor, 'gebeurtenissen.schrijven'),

    async start({ db, actor, batchId, log }: FormatContext) {
      const repo = createKinderenRepo(db);
      await repo.createStaging();
      const locations = new Map((await repo.locationStatuses()).map((l) => [l.code, l]));
      const inScope = (code: string, municipality: string) =>
        decide(actor, 'gebeurtenissen.schrijven', { kind: 'location', code, municipality }).allowed;
      const today = amsterdamDate(now());
      let pending: StagedEvent[] = [];
      const childrenWithFieldErrors = new Set<string>();
      const flush = async () => {
        await repo.stage(pending);
        pending = [];
      };
      const error = (rij: number, kolom: string | null, melding: string) =>
        log.add({ rij, kolom, ernst: 'fout', melding });
      const warn = (rij: number, kolom: string | null, melding: string) =>
        log.add({ rij, kolom, ernst: 'waarschuwing', melding });

      return {
        async row(row) {
          const parsed = parseEventRow(row.cells, {
            today,
            locationExists: (code) => locations.has(code),
          });
          for (const issue of parsed.issues) error(row.row, issue.column, issue.message);
          const event = parsed.row;
          let outOfScope = false;
          const location = event?.location ? locations.get(event.location) : undefined;
          if (event && location) {
            outOfScope = !inScope(location.code, location.gemeenteCode);
            if (outOfScope) {
              error(
                row.row,
                'locatie',
                `locatie '${location.code}' valt buiten de locaties waarvoor uw account geldt`,
              );
            } else if (event.type === 'instroom' || event.type === 'verhuizing') {
              if (location.status !== 'open') {
                warn(
                  row.row,
                  'locatie',
                  `locatie '${location.code}' heeft status ${location.status}`,
                );
              } else if (
                (location.openSinds && event.date < location.openSinds) ||
                (location.openTot && event.date > location.openTot)
              ) {
                warn(
                  row.row,
                  'datum',
                  `${event.date} ligt buiten de openingsperiode van locatie '${location.code}'`,
                );
              }
            }
          }
          const sourceId = row.cells.kind_id ?? '';
          if (sourceId && log.rowsWithErrors.has(row.row))
            childrenWithFieldErrors.add(childPseudonym(sourceId));
          if (!event) return; // no identifiable child: skipped on its own
          const readerErrors = row.issues.some((i) => i.severity === 'error');
          pending.push({
            rij: row.row,
            kind: childPseudonym(event.sourceChildId),
            geboortemaand: event.birthMonth,
            amv: event.unaccompanied,
            gezin: event.sourceFamilyId ? familyPseudonym(event.sourceFamilyId) : null,
            gebeurtenis: event.type,
            datum: event.date,
            locatie: event.location,
            soort: event.soort,
            deelname: parsed.takesPartInSequence && !readerErrors && !outOfScope,
            fout: log.rowsWithErrors.has(row.row),
          });
          if (pending.length >= STAGE_CHUNK) await flush();
        },

        async finish({ acceptValid }) {
          await flush();
          await repo.indexStaging();
          // Repeats take no part in the sequence rules: a repeat with other values is one error.
          const duplicates: number[] = [];
          const conflicting: number[] = [];
          for (const d of await repo.duplicatesInFile()) {
            if (d.same) {
              duplicates.push(d.rij);
              warn(d.rij, null, `dezelfde gebeurtenis als rij ${d.eerste}: al aanwezig`);
            } else {
              conflicting.push(d.rij);
              error(
                d.rij,
                null,
                `dezelfde gebeurtenis als rij ${d.eerste}, maar met een andere geboortemaand, amv of gezin_id`,
              );
            }
          }
          for (const d of await repo.duplicatesStored()) {
            if (d.same) {
              duplicates.push(d.rij);
              warn(d.rij, null, 'al aanwezig');
            } else {
              conflicting.push(d.rij);
              error(
                d.rij,
                null,
                `dezelfde gebeurtenis staat al in batch ${d.batch} (${d.bestand}, rij ${d.storedRij}) met een andere geboortemaand, amv of gezin_id; draai die batch terug om te corrigeren`,
              );
            }
          }
          const aanwezig = duplicates.length;
          await repo.markDuplicates([...duplicates, ...conflicting]);
          for (const c of await repo.birthMonthConflicts()) {
            error(
              c.rij,
              'geboortemaand',
              `verschilt van de eerdere rijen van dit kind (${c.expected})`,
            );
          }

          // Sequence rules, per child, over its stored and new events together.
          const derived: { kind: string; stay: Stay }[] = [];
          const changedChildren: string[] = [];
          const childrenWithErrors: string[] = [...childrenWithFieldErrors];
          const ignored: number[] = [];
          let after = '';
          for (;;) {
            const children = await repo.stagedChildren(after, CHILD_PAGE);
            if (!children.length) break;
            after = children.at(-1)!;
            const stored = groupBy(await repo.storedEventsOf(children), (e) => e.kind);
            const staged = groupBy(await repo.stagedEventsOf(children), (e) => e.kind);
            for (const child of children) {
              const old = stored.get(child) ?? [];
              const fresh = (staged.get(child) ?? []).filter((e) => e.deelname && !e.dubbel);
              const events: JourneyEvent[] = [
                ...old.map((e) => toJourney(e.gebeurtenis, e.datum, e.locatie, e.id)),
                ...fresh.map((e) =>
                  toJourney(e.gebeurtenis, e.datum, e.locatie, NEW_ROW_ORDER + e.rij),
                ),
              ];
              const before = old.length
                ? replayJourney(old.map((e) => toJourney(e.gebeurtenis, e.datum, e.locatie, e.id)))
                : null;
              const knownBefore = new Set(before?.issues.map((i) => `${i.order}:${i.code}`));
              const journey = replayJourney(events);
              for (const e of fresh) {
                // A row without a location happens where the child is that day (or leaves from).
                const where =
                  e.locatie ??
                  locationOn(journey.stays, e.datum) ??
                  journey.stays.find((st) => st.end === e.datum)?.location;
                const location = where ? locations.get(where) : undefined;
                if (!e.locatie && location && !inScope(location.code, location.gemeenteCode)) {
                  error(
                    e.rij,
                    'gebeurtenis',
                    `het kind verblijft op ${e.datum} op locatie '${location.code}', buiten de locaties waarvoor uw account geldt`,
                  );
                }
              }
              for (const issue of journey.issues) {
                if (issue.order >= NEW_ROW_ORDER) {
                  const rij = issue.order - NEW_ROW_ORDER;
                  if (issue.severity === 'error')
                    error(rij, 'gebeurtenis', SEQUENCE_MESSAGES[issue.code]);
                  else {
                    warn(
                      rij,
                      issue.code === 'move-to-current' ? 'locatie' : 'datum',
                      SEQUENCE_MESSAGES[issue.code],
                    );
                    if (issue.code === 'move-to-current') ignored.push(rij);
                  }
                } else if (
                  issue.severity === 'error' &&
                  !knownBefore.has(`${issue.order}:${issue.code}`)
                ) {
                  // A new row broke a stored one: reported on the child's first new row.
                  const storedRow = old.find((e) => e.id === issue.order)!;
                  const firstNew = fresh[0]?.rij ?? 0;
                  error(
                    firstNew,
                    'gebeurtenis',
                    `maakt rij ${storedRow.rij} van ${storedRow.bestandsnaam} (batch ${storedRow.batchId}) ongeldig: ${SEQUENCE_MESSAGES[issue.code]}`,
                  );
                }
              }
              const hasErrors =
                childrenWithFieldErrors.has(child) ||
                (staged.get(child) ?? []).some((e) => log.rowsWithErrors.has(e.rij));
              if (hasErrors) childrenWithErrors.push(child);
              else if (fresh.length) {
                changedChildren.push(child);
                for (const stay of journey.stays) derived.push({ kind: child, stay });
              }
            }
            // The stays of every changed child without errors, derived in the same pass. With
            // errors and without accept-valid the transaction is rolled back anyway.
            await repo.replaceStays(changedChildren, derived);
            derived.length = 0;
            changedChildren.length = 0;
          }
          await repo.markSkipped('genegeerd', ignored);
          // Rows with an error found after staging (repeats, birth months, sequences) are never written.
          await repo.markSkipped('fout', [...log.rowsWithErrors]);
          const overgeslagen = acceptValid ? await repo.skipChildren(childrenWithErrors) : 0;
          const nieuw = await repo.commitStaged(batchId);
          return { nieuw, bijgewerkt: 0, aanwezig, overgeslagen };
        },
      };
    },

    async rollback(db, batchId) {
      const repo = createKinderenRepo(db);
      const dependents = new Set<number>();
      let after = '';
      const affected: string[] = [];
      for (;;) {
        const children = await repo.childrenOfBatch(batchId, after, CHILD_PAGE);
        if (!children.length) break;
        after = children.at(-1)!;
        affected.push(...children);
        const remaining = groupBy(await repo.storedEventsOf(children, batchId), (e) => e.kind);
        for (const events of remaining.values()) {
          const journey = replayJourney(
            events.map((e) => toJourney(e.gebeurtenis, e.datum, e.locatie, e.id)),
          );
          for (const issue of journey.issues) {
            if (issue.severity === 'error')
              dependents.add(events.find((e) => e.id === issue.order)!.batchId);
          }
        }
      }
      if (dependents.size) return { dependents: [...dependents].sort((a, b) => a - b) };
      await repo.deleteBatch(batchId);
      for (let i = 0; i < affected.length; i += CHILD_PAGE)
        await deriveStays(repo, affected.slice(i, i + CHILD_PAGE));
      return { dependents: [] };
    },
  };
}

async function deriveStays(repo: ReturnType<typeof createKinderenRepo>, children: string[]) {
  const events = groupBy(await repo.storedEventsOf(children), (e) => e.kind);
  const stays = children.flatMap((kind) =>
    replayJourney(
      (events.get(kind) ?? []).map((e) => toJourney(e.gebeurtenis, e.datum, e.locatie, e.id)),
    ).stays.map((stay) => ({ kind, stay })),
  );
  await repo.replaceStays(children, stays);
}

function toJourney(
  type: string,
  date: string,
  location: string | null,
  order: number,
): JourneyEvent {
  return { type: type as EventType, date, location, order };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
