import type { IndicatorTabel } from '../../../contracts/indicatoren.js';
import { addMonths, isIsoDate } from '../../../domain/dates.js';
import {
  type LocationInfo,
  type PreparedChild,
  prepareChild,
} from '../../../domain/indicators/child.js';
import { computeTables, type IndicatorTables } from '../../../domain/indicators/compute.js';
import { curvesOf } from '../../../domain/indicators/curves.js';
import { type PublishedSet, publishedSet } from '../../../domain/indicators/suppression.js';
import {
  type RawTable,
  type ScopeType,
  unsuppressedTable,
} from '../../../domain/indicators/table.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { invalid, notFound, ProblemError } from '../../problem.js';
import type { IndicatorenRepo } from './repo.js';

export interface Prepared {
  version: string;
  children: PreparedChild[];
  /** The pseudonym of each child, by its id: for the signal list of its location's staff. */
  pseudonyms: string[];
  locations: Map<string, LocationInfo>;
  municipalities: string[];
  /** Positions in the computed tables, so a request finds its table without a scan. */
  locationIndex: Map<string, number>;
  municipalityIndex: Map<string, number>;
}

interface AtPeildatum {
  tables: IndicatorTables;
  published?: PublishedSet;
}

export type ScopeRequest = { type: ScopeType; code: string };

const VERSION_CHECK_MS = 1000;

/** How many peildata stay computed: a 24-month series and a few single dates. */
const CACHED_PEILDATA = 40;
export const MAX_MONTHS = 24;

const notPublished = () =>
  new ProblemError(
    403,
    'niet-gepubliceerd',
    'Niet gepubliceerd',
    'Cijfers over de kinderen van één locatie zijn alleen voor de medewerkers van die locatie. Buiten de locatie gelden de gepubliceerde landelijke en gemeentelijke cijfers, met onderdrukking van kleine aantallen.',
  );

export function parseScope(raw: string): ScopeRequest {
  if (raw === 'all') return { type: 'all', code: 'all' };
  if (/^GM\d{4}$/i.test(raw)) return { type: 'gemeente', code: raw.toUpperCase() };
  return { type: 'locatie', code: raw };
}

/**
 * The indicators: computed once per data version and peildatum for every scope; the published
 * set suppressed once per peildatum and served identically to every audience.
 */
export function createIndicatorenService(
  repo: IndicatorenRepo,
  defaultPeildatum: () => Promise<string>,
  now: () => number = () => performance.now(),
) {
  let prepared: Promise<Prepared> | null = null;
  const peildata = new Map<string, AtPeildatum>();
  /**
   * Asking the database for its data version costs a query per request, and PGlite answers one
   * query at a time. In-process writes say so at once (`dataChanged`); writes by another
   * process (the CLI) are noticed within VERSION_CHECK_MS.
   */
  let versionCheckedAt = Number.NEGATIVE_INFINITY;
  let defaultDate: { value: Promise<string>; at: number } | null = null;

  async function load(version: string): Promise<Prepared> {
    const [locations, municipalities] = await Promise.all([
      repo.locations(),
      repo.municipalityCodes(),
    ]);
    const rows = await repo.children();
    const children = rows.map((child, id) =>
      prepareChild(id, child.birthMonth, child.events, locations),
    );
    const pseudonyms = rows.map((child) => child.pseudonym);
    const positions = (codes: Iterable<string>) => new Map([...codes].map((c, i) => [c, i]));
    return {
      version,
      children,
      pseudonyms,
      locations,
      municipalities,
      locationIndex: positions(locations.keys()),
      municipalityIndex: positions(municipalities),
    };
  }

  /** The prepared journeys of the current data; reloaded after every import or rollback. */
  async function current(): Promise<Prepared> {
    const cached = prepared && (await prepared.catch(() => null));
    if (cached && now() - versionCheckedAt < VERSION_CHECK_MS) return cached;
    versionCheckedAt = now();
    const version = await repo.dataVersion();
    if (cached?.version === version) return cached;
    peildata.clear();
    prepared = load(version);
    return prepared;
  }

  /**
   * The tables at a peildatum. The published set needs the nation and the municipalities only;
   * location tables are computed when a location's staff first asks.
   */
  async function at(
    peildatum: string,
    withLocations = false,
  ): Promise<AtPeildatum & { data: Prepared }> {
    const data = await current();
    let entry = peildata.get(peildatum);
    if (!entry || (withLocations && !entry.tables.locations.length && data.locations.size)) {
      const tables = computeTables(
        data.children,
        data.locations,
        data.municipalities,
        peildatum,
        withLocations,
      );
      // The same children give the same national and municipal tables: keep a published set.
      entry = { tables, published: entry?.published };
      if (peildata.size >= CACHED_PEILDATA) peildata.delete(peildata.keys().next().value!);
      peildata.set(peildatum, entry);
    }
    return { ...entry, data };
  }

  async function published(peildatum: string): Promise<PublishedSet> {
    const entry = await at(peildatum);
    entry.published ??= publishedSet(peildatum, entry.tables.national, entry.tables.municipal);
    // The cache entry, not the copy from `at`, keeps the set for the next caller.
    peildata.get(peildatum)!.published = entry.published;
    return entry.published;
  }

  async function resolvePeildatum(raw: string | undefined): Promise<string> {
    if (raw === undefined) {
      if (!defaultDate || now() - defaultDate.at >= VERSION_CHECK_MS)
        defaultDate = { value: defaultPeildatum(), at: now() };
      return defaultDate.value;
    }
    if (!isIsoDate(raw)) {
      throw invalid([
        { path: 'query.peildatum', message: `'${raw}' is geen bestaande datum (JJJJ-MM-DD).` },
      ]);
    }
    return raw;
  }

  /** Who may see a location's table: its own staff (and the local operator's CLI). */
  async function locationTable(actor: Actor, code: string, peildatum: string) {
    if (actor.kind !== 'cli' && (actor.kind !== 'user' || actor.role !== 'locatie')) {
      throw notPublished();
    }
    const entry = await at(peildatum, true);
    const info = entry.data.locations.get(code);
    if (!info) throw notFound(`Er is geen locatie met code '${code}'.`);
    authorize(actor, 'indicatoren.locatie-lezen', {
      kind: 'location',
      code,
      municipality: info.municipality,
    });
    return unsuppressedTable(rawTable(entry, { type: 'locatie', code })) as IndicatorTabel;
  }

  /** The exact table of a scope from computed tables; 404 for an unknown municipality. */
  function rawTable(entry: AtPeildatum & { data: Prepared }, scope: ScopeRequest): RawTable {
    const { tables, data } = entry;
    if (scope.type === 'all') return tables.national;
    const codes = scope.type === 'locatie' ? data.locationIndex : data.municipalityIndex;
    const index = codes.get(scope.code);
    const kind = scope.type === 'locatie' ? 'locatie' : 'gemeente';
    if (index === undefined) throw notFound(`Er is geen ${kind} met code '${scope.code}'.`);
    return (scope.type === 'locatie' ? tables.locations : tables.municipal)[index]!;
  }

  async function publishedTable(scope: ScopeRequest, peildatum: string) {
    const set = await published(peildatum);
    if (scope.type === 'all') return set.national;
    const table = set.municipal[scope.code];
    if (!table) throw notFound(`Er is geen gemeente met code '${scope.code}'.`);
    return table;
  }

  async function table(
    actor: Actor,
    scope: ScopeRequest,
    peildatum: string,
  ): Promise<IndicatorTabel> {
    if (scope.type === 'locatie') return locationTable(actor, scope.code, peildatum);
    authorize(actor, 'indicatoren.lezen');
    return publishedTable(scope, peildatum);
  }

  return {
    parseScope,
    resolvePeildatum,

    /** The data or the demo peildatum changed in this process: check both on the next call. */
    dataChanged() {
      versionCheckedAt = Number.NEGATIVE_INFINITY;
      defaultDate = null;
    },

    /** The table of one scope as the actor may see it. */
    async table(actor: Actor, rawScope: string, rawPeildatum?: string) {
      return table(actor, parseScope(rawScope), await resolvePeildatum(rawPeildatum));
    },

    async publishedSet(actor: Actor, rawPeildatum?: string): Promise<PublishedSet> {
      authorize(actor, 'indicatoren.lezen');
      return published(await resolvePeildatum(rawPeildatum));
    },

    /** Monthly peildata from `months` months before the peildatum up to it, oldest first. */
    async series(actor: Actor, rawScope: string, rawPeildatum?: string, months = MAX_MONTHS) {
      const scope = parseScope(rawScope);
      const last = await resolvePeildatum(rawPeildatum);
      const dates = Array.from({ length: months + 1 }, (_, i) => addMonths(last, i - months));
      const items = [];
      for (const date of dates) items.push(await table(actor, scope, date));
      return {
        scope: { type: scope.type, code: scope.type === 'all' ? 'all' : scope.code },
        items,
      };
    },

    /** For the local operator: the exact table of any scope. */
    async unsuppressed(
      actor: Actor,
      rawScope: string,
      rawPeildatum?: string,
    ): Promise<IndicatorTabel> {
      authorize(actor, 'indicatoren.locatie-lezen');
      const scope = parseScope(rawScope);
      const peildatum = await resolvePeildatum(rawPeildatum);
      if (scope.type === 'locatie') return locationTable(actor, scope.code, peildatum);
      return unsuppressedTable(rawTable(await at(peildatum), scope)) as IndicatorTabel;
    },

    /** The Kaplan–Meier curves of a scope, as the actor may see them. */
    async curves(actor: Actor, rawScope: string, rawPeildatum?: string) {
      const scope = parseScope(rawScope);
      const peildatum = await resolvePeildatum(rawPeildatum);
      // The same checks as the table of the scope.
      await table(actor, scope, peildatum);
      const published = scope.type !== 'locatie';
      const raw = rawTable(await at(peildatum, !published), scope);
      return { peildatum, scope, suppressed: published, curves: curvesOf(raw, published) };
    },

    /**
     * For the framework evaluation (server-internal, no route): every location's exact table at
     * a peildatum, by location code. The caller decides who may read which figures.
     */
    async locationTables(peildatum: string): Promise<ReadonlyMap<string, RawTable>> {
      const { tables, data } = await at(peildatum, true);
      return new Map([...data.locations.keys()].map((code, i) => [code, tables.locations[i]!]));
    },

    /**
     * Computes what the first visitor of the dashboard would wait for: the journeys, the
     * published set at the default peildatum and the national two-year series. Run in the
     * background after start and after each import, so a dashboard opens from the cache.
     */
    async warmUp(): Promise<void> {
      await this.series({ kind: 'cli' }, 'all', undefined, MAX_MONTHS);
    },

    /** The prepared journeys, for the signal list. */
    current,
  };
}

export type IndicatorenService = ReturnType<typeof createIndicatorenService>;
