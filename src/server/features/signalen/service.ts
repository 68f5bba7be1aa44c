import type { z } from 'zod';
import type {
  SignaalDrempels,
  SignaalDrempelsVanLocatie,
  Signalenlijst,
  SignalenQuery,
} from '../../../contracts/signalen.js';
import { toDay } from '../../../domain/dates.js';
import type { Action, Actor } from '../../../domain/permissions.js';
import { DEFAULT_THRESHOLDS, signalsAt, type Thresholds } from '../../../domain/signals.js';
import { authorize } from '../../authorize.js';
import { type ExportFormat, type ExportTable, markedAsDemo } from '../../exports.js';
import { notFound } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import type { IndicatorenService } from '../indicatoren/service.js';
import type { LocatiesRepo } from '../locaties/repo.js';
import { signalTable } from './export-table.js';
import type { SignalenRepo, StoredThresholds } from './repo.js';

type Query = z.infer<typeof SignalenQuery>;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const thresholdsOf = (stored: StoredThresholds | undefined): Thresholds => ({
  ...DEFAULT_THRESHOLDS,
  ...stored?.waarden,
});

/**
 * The signal list of a location's staff: the children at their own locations that need action,
 * from the indicators' prepared journeys. Every read and export is audited, with counts only.
 */
export function createSignalenService(
  repo: SignalenRepo,
  locaties: LocatiesRepo,
  indicatoren: Pick<IndicatorenService, 'current' | 'resolvePeildatum'>,
  audit: AuditService,
  isDemo: () => boolean,
) {
  /** The action on one location: its role first, then whether it exists, then its scope. */
  async function authorizeLocation(actor: Actor, action: Action, code: string) {
    authorize(actor, action);
    const municipality = await locaties.municipalityOf(code);
    if (municipality === null) throw notFound(`Er is geen locatie met code ${code}.`);
    authorize(actor, action, { kind: 'location', code, municipality });
  }

  async function compute(actor: Actor, query: Query): Promise<Signalenlijst> {
    authorize(actor, 'signalen.lezen');
    if (query.locatie !== undefined)
      await authorizeLocation(actor, 'signalen.lezen', query.locatie);
    const own = actor.kind === 'user' ? [...actor.locations].sort() : [];
    const codes = query.locatie !== undefined ? [query.locatie] : own;
    const peildatum = await indicatoren.resolvePeildatum(query.peildatum);
    const [data, stored] = await Promise.all([indicatoren.current(), repo.thresholds(codes)]);
    const thresholds = new Map(codes.map((code) => [code, thresholdsOf(stored.get(code))]));

    const t = toDay(peildatum);
    const population = new Map(codes.map((code) => [code, 0]));
    const items: Signalenlijst['items'] = [];
    for (const child of data.children) {
      const found = signalsAt(child, t, thresholds);
      if (!found) continue;
      population.set(found.location, population.get(found.location)! + 1);
      if (!found.signals.length) continue;
      items.push({
        pseudoniem: data.pseudonyms[child.id]!,
        leeftijd: found.age,
        amv: found.unaccompanied,
        locatie: found.location,
        signalen: found.signals.map((s) => ({
          soort: s.kind,
          waarde: s.value,
          drempel: s.threshold,
        })),
      });
    }
    // Per location, the children with the most signals first: where to start.
    items.sort(
      (a, b) =>
        byCode(a.locatie, b.locatie) ||
        b.signalen.length - a.signalen.length ||
        byCode(a.pseudoniem, b.pseudoniem),
    );
    return {
      peildatum,
      locaties: [...population].map(([code, aantalKinderen]) => ({ code, aantalKinderen })),
      aantalKinderen: [...population.values()].reduce((sum, n) => sum + n, 0),
      items,
    };
  }

  /** Who read or exported which list; counts only, never the pseudonyms on it. */
  const record = (actor: Actor, actie: string, list: Signalenlijst, extra = {}) =>
    audit.record({
      actor,
      actie,
      objectSoort: 'locatie',
      objectId: list.locaties.map((l) => l.code).join(','),
      uitkomst: 'gelukt',
      details: {
        peildatum: list.peildatum,
        aantal: list.items.length,
        kinderen: list.aantalKinderen,
        ...extra,
      },
    });

  async function stored(code: string): Promise<SignaalDrempelsVanLocatie> {
    const row = (await repo.thresholds([code])).get(code);
    return {
      locatie: code,
      drempels: thresholdsOf(row),
      standaard: DEFAULT_THRESHOLDS,
      gewijzigdOp: row?.gewijzigdOp.toISOString() ?? null,
      gewijzigdDoor: row?.gewijzigdDoor ?? null,
    };
  }

  return {
    async list(actor: Actor, query: Query): Promise<Signalenlijst> {
      const list = await compute(actor, query);
      await record(actor, 'signalen.lijst', list);
      return list;
    },

    /** The list as a table for a spreadsheet, and the file's name without extension. */
    async export(
      actor: Actor,
      query: Query,
      format: ExportFormat,
    ): Promise<{ table: ExportTable; name: string }> {
      const list = await compute(actor, query);
      const names = await repo.names(list.locaties.map((l) => l.code));
      await record(actor, 'signalen.export', list, { formaat: format });
      const table = signalTable(list, names);
      return { table: isDemo() ? markedAsDemo(table) : table, name: `signalen-${list.peildatum}` };
    },

    async thresholds(actor: Actor, code: string) {
      await authorizeLocation(actor, 'signalen.lezen', code);
      return stored(code);
    },

    async setThresholds(actor: Actor, code: string, drempels: SignaalDrempels) {
      await authorizeLocation(actor, 'signalen.instellen', code);
      const before = await stored(code);
      // Typed as the domain's: the compiler keeps the contract's kinds and the domain's alike.
      const waarden: Thresholds = drempels;
      await repo.saveThresholds(code, waarden, actor.kind === 'user' ? actor.email : null);
      await audit.record({
        actor,
        actie: 'signalen.drempels-wijzigen',
        objectSoort: 'locatie',
        objectId: code,
        uitkomst: 'gelukt',
        details: { oud: before.drempels, nieuw: waarden },
      });
      return stored(code);
    },
  };
}

export type SignalenService = ReturnType<typeof createSignalenService>;
