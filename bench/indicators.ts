/**
 * Indicator budgets (issue: indicators): the full set at one peildatum for every location, every
 * municipality and the nation, suppression of the published set included, on the demo data
 * (< 1 s) and on the ten-fold data (< 10 s). The budget holds for computing a peildatum, which is
 * what a request for a new peildatum costs; loading and preparing the journeys happens once per
 * data version, in the background after start and after each import (docs/indicatoren.md,
 * "Snelheid"), and is measured cold and reported beside it, with the sum of the two.
 * Further: a 24-month series (< 2 s); DuckDB computing I1–I3 from the same
 * derived rows as a cross-check of the definitions and a yardstick for speed; and the published
 * table over HTTP under 50 concurrent clients (p95 < 100 ms), beside a bare Fastify route.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import type { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import { type Database, openDatabase } from '../src/db/client.js';
import { fromDay, toDay } from '../src/domain/dates.js';
import { LOCATIE_TYPES, NOOD_TYPES } from '../src/domain/import/locaties.js';
import {
  type LocationInfo,
  type PreparedChild,
  pieceAt,
  unaccompaniedOn,
} from '../src/domain/indicators/child.js';
import { computeTables } from '../src/domain/indicators/compute.js';
import { publishedSet } from '../src/domain/indicators/suppression.js';
import {
  DISTRIBUTION_KEYS,
  type DistributionKey,
  type RawTable,
  SUBTYPE_KEYS,
} from '../src/domain/indicators/table.js';
import type { Actor } from '../src/domain/permissions.js';
import { buildApp } from '../src/server/app.js';
import { createContext } from '../src/server/context.js';
import { DEMO_PEILDATUM_KEY } from '../src/server/features/demo/service.js';
import {
  createIndicatorenRepo,
  type IndicatorenRepo,
} from '../src/server/features/indicatoren/repo.js';
import { createIndicatorenService } from '../src/server/features/indicatoren/service.js';
import { createSettingsRepo } from '../src/server/features/installatie/settings-repo.js';
import { loadPseudonymKey } from '../src/server/pseudonym.js';
import { type BenchResult, cli } from './imports.js';

const CLI: Actor = { kind: 'cli' };
const MUNICIPALITY = 'GM0014';
/** Runs of (b), each on its own peildatum a week apart, so that no cache helps. */
const RUNS = 5;
const HTTP = { connections: 50, duration: 10 };

const ms = (started: number) => performance.now() - started;
/** CPU time of this process since `from`: on a busy machine the wall time says less. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const weeksBefore = (peildatum: string, weeks: number) => fromDay(toDay(peildatum) - 7 * weeks);

/** The repo as the service sees it, with the time spent in each of its calls added up. */
function timedRepo(repo: IndicatorenRepo, spent: Record<string, number>): IndicatorenRepo {
  const timed: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(repo)) {
    timed[name] = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await (call as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        spent[name] = (spent[name] ?? 0) + ms(started);
      }
    };
  }
  return timed as IndicatorenRepo;
}

async function demoPeildatum(database: Database): Promise<string> {
  const peildatum = await createSettingsRepo(database.db).get<string>(DEMO_PEILDATUM_KEY);
  if (!peildatum) throw new Error('de database heeft geen demo-peildatum');
  return peildatum;
}

// ---------------------------------------------------------------------------------------------
// 1. The full set: (a) loading the journeys, (b) one peildatum, (c) both

interface Loaded {
  children: PreparedChild[];
  locations: Map<string, LocationInfo>;
  municipalities: string[];
}

export async function benchFullSet(
  database: Database,
  peildatum: string,
  label: string,
  budget: number,
): Promise<{ results: BenchResult[]; loaded: Loaded }> {
  const spent: Record<string, number> = {};
  const service = createIndicatorenService(
    timedRepo(createIndicatorenRepo(database.db), spent),
    async () => peildatum,
  );
  // (a) The first request after an import: the journeys from the database, prepared.
  let started = performance.now();
  let cpu = process.cpuUsage();
  const loaded = await service.current();
  const load = ms(started);
  const loadCpu = cpuMs(cpu);
  const fromDatabase =
    (spent.dataVersion ?? 0) +
    Math.max(spent.locations ?? 0, spent.municipalityCodes ?? 0) +
    (spent.children ?? 0);

  // (b) A new peildatum with the journeys in memory: all tables, then the published set.
  const runs: number[] = [];
  const runsCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    started = performance.now();
    cpu = process.cpuUsage();
    await service.publishedSet(CLI, weeksBefore(peildatum, i));
    runs.push(ms(started));
    runsCpu.push(cpuMs(cpu));
  }
  const perPeildatum = median(runs);

  // The two steps of (b) apart, on peildata of their own.
  const compute: number[] = [];
  const suppress: number[] = [];
  for (let i = RUNS; i < RUNS + 3; i++) {
    const date = weeksBefore(peildatum, i);
    started = performance.now();
    const tables = computeTables(loaded.children, loaded.locations, loaded.municipalities, date);
    compute.push(ms(started));
    started = performance.now();
    publishedSet(date, tables.national, tables.municipal);
    suppress.push(ms(started));
  }

  const scope = `${loaded.locations.size} locaties, ${loaded.municipalities.length} gemeenten, land`;
  return {
    loaded,
    results: [
      {
        metric: `indicatorset ${label} (${scope}), nieuwe peildatum: (b) tabellen + onderdrukking (mediaan van ${RUNS})`,
        value: perPeildatum,
        unit: 'ms',
        budget,
      },
      {
        metric: '  (c) = (a) + (b): eerste verzoek in een vers proces, reizen nog niet geladen',
        value: load + perPeildatum,
        unit: 'ms',
        budget: null,
      },
      {
        metric: '      CPU-tijd van (a) + (b) (dit proces, alle threads)',
        value: loadCpu + median(runsCpu),
        unit: 'ms',
        budget: null,
      },
      {
        metric: `  (a) ${loaded.children.length.toLocaleString('nl-NL')} reizen laden + voorbereiden (koud)`,
        value: load,
        unit: 'ms',
        budget: null,
      },
      {
        metric: '      waarvan lezen uit de database (repo: query + ontleden)',
        value: fromDatabase,
        unit: 'ms',
        budget: null,
      },
      {
        metric: '      waarvan voorbereiden (prepareChild)',
        value: load - fromDatabase,
        unit: 'ms',
        budget: null,
      },
      {
        metric: `      eerste peildatum (${peildatum}, koude JIT)`,
        value: runs[0]!,
        unit: 'ms',
        budget: null,
      },
      {
        metric: '      waarvan computeTables (mediaan van 3)',
        value: median(compute),
        unit: 'ms',
        budget: null,
      },
      {
        metric: '      waarvan publishedSet (onderdrukking, mediaan van 3)',
        value: median(suppress),
        unit: 'ms',
        budget: null,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. A 24-month series of one municipality

export async function benchSeries(database: Database, peildatum: string): Promise<BenchResult[]> {
  const service = createIndicatorenService(
    createIndicatorenRepo(database.db),
    async () => peildatum,
  );
  await service.current();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const series = await service.series(CLI, MUNICIPALITY, peildatum, 24);
  const took = ms(started);
  const tookCpu = cpuMs(cpu);
  if (series.items.length !== 25) throw new Error(`reeks met ${series.items.length} peildata`);
  return [
    {
      metric: `reeks 24 maanden ${MUNICIPALITY} (25 peildata, reizen geladen, niets in cache)`,
      value: took,
      unit: 'ms',
      budget: 2000,
    },
    {
      metric: '      CPU-tijd (dit proces, alle threads)',
      value: tookCpu,
      unit: 'ms',
      budget: null,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 3. I1–I3 by DuckDB from the derived rows, against our engine

/** I1–I3 of one scope, in a form both sides can give. */
interface I1to3 {
  children: number;
  byType: Record<string, number>;
  bySubtype: Record<string, number>;
  unaccompanied: number;
  nood: number;
  noodUnaccompanied: number;
  totalTransfers: number;
  distribution: Record<DistributionKey, number>;
  max: number | null;
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
const emptyI1to3 = (): I1to3 => ({
  children: 0,
  byType: zeros(LOCATIE_TYPES),
  bySubtype: zeros(SUBTYPE_KEYS),
  unaccompanied: 0,
  nood: 0,
  noodUnaccompanied: 0,
  totalTransfers: 0,
  distribution: zeros(DISTRIBUTION_KEYS) as Record<DistributionKey, number>,
  max: null,
});

const fromRawTable = (raw: RawTable): I1to3 => ({
  children: raw.children.count,
  byType: { ...raw.children.byType },
  bySubtype: { ...raw.children.bySubtype },
  unaccompanied: raw.children.byUnaccompanied.unaccompanied,
  nood: raw.childrenInNood.count,
  noodUnaccompanied: raw.childrenInNood.childrenInNoodUnaccompanied,
  totalTransfers: raw.transfers12m.totalTransfers,
  distribution: { ...raw.transfers12m.distribution },
  max: raw.transfers12m.max,
});

/**
 * I1–I3 only, from the prepared journeys with the engine's own building blocks (`pieceAt`,
 * `unaccompaniedOn`, the replayed transfers): what our engine does for these three, without
 * the rest of `computeTables`.
 */
function engineI1to3(loaded: Loaded, peildatum: string): Map<string, I1to3> {
  const t = toDay(peildatum);
  const scopes = new Map<string, I1to3>([['all', emptyI1to3()]]);
  for (const code of loaded.municipalities) scopes.set(code, emptyI1to3());
  for (const child of loaded.children) {
    const piece = pieceAt(child, t);
    if (!piece || t >= child.birth18) continue;
    const unaccompanied = unaccompaniedOn(child, t) === true;
    const transfers = child.transfers.filter((d) => d > t - 365 && d <= t).length;
    const bucket = (transfers >= 4 ? '4+' : String(transfers)) as DistributionKey;
    const municipality = loaded.locations.get(piece.location)!.municipality;
    for (const s of [scopes.get('all')!, scopes.get(municipality)!]) {
      s.children++;
      s.byType[piece.type]!++;
      s.bySubtype[piece.subtype ?? 'geen']!++;
      if (unaccompanied) s.unaccompanied++;
      if (piece.nood) {
        s.nood++;
        if (unaccompanied) s.noodUnaccompanied++;
      }
      s.totalTransfers += transfers;
      s.distribution[bucket]++;
      s.max = Math.max(s.max ?? 0, transfers);
    }
  }
  return scopes;
}

/** The derived rows DuckDB starts from, with their column types. */
const COPIED = {
  verblijven: {
    query: 'select kind, locatie, begin, eind from verblijven',
    columns: { kind: 'VARCHAR', locatie: 'VARCHAR', begin: 'DATE', eind: 'DATE' },
  },
  locatie_perioden: {
    query: 'select locatie_code, vanaf, type, subtype from locatie_perioden',
    columns: { locatie_code: 'VARCHAR', vanaf: 'DATE', type: 'VARCHAR', subtype: 'VARCHAR' },
  },
  locaties: {
    query: 'select code, gemeente_code from locaties',
    columns: { code: 'VARCHAR', gemeente_code: 'VARCHAR' },
  },
  kinderen: {
    query: 'select pseudoniem, geboortemaand from kinderen',
    columns: { pseudoniem: 'VARCHAR', geboortemaand: 'VARCHAR' },
  },
  gebeurtenissen: {
    query: 'select kind, id, datum, gebeurtenis, amv, genegeerd from gebeurtenissen',
    columns: {
      kind: 'VARCHAR',
      id: 'BIGINT',
      datum: 'DATE',
      gebeurtenis: 'VARCHAR',
      amv: 'BOOLEAN',
      genegeerd: 'BOOLEAN',
    },
  },
} as const;

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * I1–I3 for the nation and every municipality, from the stays, the type history, the
 * locations, the children and (for the amv rule) the events; domain.md, "Child journeys".
 */
const I1_TO_3 = `
with
  -- The type of a location on t: the period with the latest vanaf ≤ t (null: from the
  -- beginning), else the earliest period.
  typering as (
    select locatie_code,
      coalesce(
        max_by({'type': type, 'subtype': subtype}, coalesce(vanaf, date '0001-01-01'))
          filter (where vanaf is null or vanaf <= $t),
        min_by({'type': type, 'subtype': subtype}, coalesce(vanaf, date '0001-01-01'))
      ) as p
    from locatie_perioden group by locatie_code),
  -- Unaccompanied at t: the latest usable row dated ≤ t (an amv_wijziging wins on its date,
  -- else the row imported last); before the first row, the earliest.
  amv as (
    select kind,
      coalesce(
        max_by(amv, {'d': datum, 'w': gebeurtenis = 'amv_wijziging', 'id': id})
          filter (where datum <= $t),
        min_by(amv, {'d': datum, 'w': gebeurtenis = 'amv_wijziging', 'id': id})
      ) as amv
    from gebeurtenissen where not genegeerd group by kind),
  -- A transfer: a stay that begins on the day the previous one at another location ends.
  overplaatsingen as (
    select b.kind, count(*) as n
    from verblijven a join verblijven b
      on b.kind = a.kind and b.begin = a.eind and b.locatie <> a.locatie
    where b.begin > $t - 365 and b.begin <= $t
    group by b.kind),
  -- P(t): minors whose end-of-day location on t is a location.
  populatie as (
    select l.gemeente_code as gemeente, t.p.type as type, coalesce(t.p.subtype, 'geen') as subtype,
      coalesce(a.amv, false) as amv, t.p.type in (${sqlList(NOOD_TYPES)}) as nood,
      coalesce(o.n, 0) as transfers
    from verblijven v
      join kinderen k on k.pseudoniem = v.kind
      join locaties l on l.code = v.locatie
      join typering t on t.locatie_code = v.locatie
      left join amv a on a.kind = v.kind
      left join overplaatsingen o on o.kind = v.kind
    where v.begin <= $t and (v.eind is null or $t < v.eind)
      and $t < (k.geboortemaand || '-01')::date + interval '18 years')
select grouping(gemeente) = 1 as landelijk, gemeente,
  count(*)::int as children,
  map_entries(histogram(type)) as by_type,
  map_entries(histogram(subtype)) as by_subtype,
  count(*) filter (where amv)::int as unaccompanied,
  count(*) filter (where nood)::int as nood,
  count(*) filter (where nood and amv)::int as nood_unaccompanied,
  sum(transfers)::int as total_transfers,
  max(transfers)::int as max,
  count(*) filter (where transfers = 0)::int as d0,
  count(*) filter (where transfers = 1)::int as d1,
  count(*) filter (where transfers = 2)::int as d2,
  count(*) filter (where transfers = 3)::int as d3,
  count(*) filter (where transfers >= 4)::int as d4
from populatie
group by grouping sets ((), (gemeente))`;

interface DuckRow {
  landelijk: boolean;
  gemeente: string | null;
  children: number;
  by_type: { key: string; value: number | bigint }[];
  by_subtype: { key: string; value: number | bigint }[];
  unaccompanied: number;
  nood: number;
  nood_unaccompanied: number;
  total_transfers: number;
  max: number;
  d0: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
}

function fromDuckRow(row: DuckRow): I1to3 {
  const s = emptyI1to3();
  s.children = row.children;
  for (const { key, value } of row.by_type) s.byType[key] = Number(value);
  for (const { key, value } of row.by_subtype) s.bySubtype[key] = Number(value);
  s.unaccompanied = row.unaccompanied;
  s.nood = row.nood;
  s.noodUnaccompanied = row.nood_unaccompanied;
  s.totalTransfers = row.total_transfers;
  s.max = row.max;
  s.distribution = { '0': row.d0, '1': row.d1, '2': row.d2, '3': row.d3, '4+': row.d4 };
  return s;
}

/** Copies the derived rows from PGlite into an in-memory DuckDB, through CSV files. */
async function copyToDuckDb(database: Database, dir: string) {
  const pglite = (database.db as unknown as { $client: PGlite }).$client;
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  for (const [table, { query, columns }] of Object.entries(COPIED)) {
    const result = await pglite.query(`copy (${query}) to '/dev/blob' with (format csv, header)`);
    const file = path.join(dir, `${table}.csv`);
    writeFileSync(file, Buffer.from(await result.blob!.arrayBuffer()));
    const types = Object.entries(columns)
      .map(([name, type]) => `'${name}': '${type}'`)
      .join(', ');
    await duck.run(
      `create table ${table} as select * from read_csv('${file}', header = true, columns = {${types}})`,
    );
    rmSync(file);
  }
  return { instance, duck };
}

/** Compares two sets of I1–I3 by scope; returns a line per difference. */
function differences(
  expected: ReadonlyMap<string, I1to3>,
  actual: ReadonlyMap<string, I1to3>,
  expectedName: string,
  actualName: string,
): string[] {
  const lines: string[] = [];
  for (const scope of new Set([...expected.keys(), ...actual.keys()])) {
    const a = JSON.stringify(expected.get(scope) ?? emptyI1to3());
    const b = JSON.stringify(actual.get(scope) ?? emptyI1to3());
    if (a !== b) lines.push(`  ${scope}:\n    ${expectedName}: ${a}\n    ${actualName}: ${b}`);
  }
  return lines;
}

export async function benchDuckDb(
  database: Database,
  peildatum: string,
  loaded: Loaded,
  label: string,
  dir: string,
): Promise<BenchResult[]> {
  const { instance, duck } = await copyToDuckDb(database, dir);
  try {
    const rows: DuckRow[] = [];
    const duckTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const reader = await duck.runAndReadAll(I1_TO_3.replaceAll('$t', `date '${peildatum}'`));
      const read = reader.getRowObjectsJS() as unknown as DuckRow[];
      duckTimes.push(ms(started));
      rows.splice(0, rows.length, ...read);
    }
    const duckdb = new Map(rows.map((r) => [r.landelijk ? 'all' : r.gemeente!, fromDuckRow(r)]));

    const engineTimes: number[] = [];
    let subset = new Map<string, I1to3>();
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      subset = engineI1to3(loaded, peildatum);
      engineTimes.push(ms(started));
    }
    // The check is against the real code path: computeTables, which the API serves from.
    const tables = computeTables(
      loaded.children,
      loaded.locations,
      loaded.municipalities,
      peildatum,
    );
    const engine = new Map<string, I1to3>([['all', fromRawTable(tables.national)]]);
    for (const [i, raw] of tables.municipal.entries())
      engine.set(loaded.municipalities[i]!, fromRawTable(raw));

    const all = differences(duckdb, engine, 'DuckDB', 'computeTables');
    const national = all.filter((l) => l.startsWith('  all:'));
    const bench = differences(duckdb, subset, 'DuckDB', 'engine I1–I3 (bench)');
    if (all.length || bench.length) {
      console.error(
        [
          '',
          `!!! KRUISCONTROLE I1–I3 MISLUKT (${label}, peildatum ${peildatum}) !!!`,
          `DuckDB en onze engine verschillen in ${all.length} bereik(en) (landelijk: ${national.length ? 'JA' : 'nee'}):`,
          ...all.slice(0, 6),
          ...(all.length > 6 ? [`  … en nog ${all.length - 6}`] : []),
          ...(bench.length
            ? ['DuckDB en de I1–I3-lus van de bench verschillen ook:', ...bench.slice(0, 3)]
            : []),
          '',
        ].join('\n'),
      );
    }
    const duckMs = median(duckTimes);
    const engineMs = median(engineTimes);
    const nat = engine.get('all')!;
    return [
      {
        metric: `DuckDB I1–I3 land + ${duckdb.size - 1} gemeenten, ${label} (alleen query)`,
        value: duckMs,
        unit: 'ms',
        budget: null,
      },
      {
        metric: `onze engine I1–I3, ${label} (reizen in geheugen)`,
        value: engineMs,
        unit: 'ms',
        budget: null,
      },
      {
        metric: '  verhouding onze engine / DuckDB',
        value: engineMs / duckMs,
        unit: '×',
        budget: null,
      },
      {
        metric: `  kruiscontrole I1–I3 (${nat.children} kinderen, ${nat.nood} in NOOD): afwijkende bereiken`,
        value: all.length,
        unit: '',
        budget: 1,
      },
    ];
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The published table over HTTP, beside a bare Fastify route

interface LoadRun {
  latencies: number[];
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/**
 * autocannon in a worker thread: the server keeps this thread's event loop to itself. Every
 * response time comes from the instance's 'response' event. Off the main thread autocannon
 * answers its raw result (histograms encoded), so the rate is counted here.
 */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannon);
const latencies = [];
const instance = autocannon(workerData.options, (error, result) => {
  if (error) throw error;
  parentPort.postMessage({
    latencies,
    requestsPerSecond: latencies.length / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  });
});
instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
`;

function load(url: string): Promise<LoadRun> {
  const worker = new Worker(LOAD_WORKER, {
    eval: true,
    workerData: {
      autocannon: createRequire(import.meta.url).resolve('autocannon'),
      options: { url, ...HTTP },
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (run: LoadRun) => {
      void worker.terminate();
      if (run.non2xx || run.errors || run.timeouts)
        reject(
          new Error(
            `${url}: ${run.non2xx} niet-2xx, ${run.errors} fouten, ${run.timeouts} time-outs`,
          ),
        );
      else resolve(run);
    });
    worker.once('error', reject);
  });
}

function p95(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function warmUp(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

export async function benchHttp(database: Database, dataDir: string): Promise<BenchResult[]> {
  const ctx = createContext(database, {
    sessionIdleMinutes: 60,
    sessionMaxHours: 12,
    production: false,
    pseudonymKey: loadPseudonymKey(process.env, dataDir),
  });
  await ctx.installatie.prepare();
  const app = await buildApp(ctx, { webDir: null });
  const bare = Fastify();
  bare.get('/kaal', async () => ({ status: 'ok', peildatum: '2025-07-17', aantal: 42 }));
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
    const url = `${base}/api/v1/indicatoren?scope=${MUNICIPALITY}`;
    await warmUp(url);
    const indicators = await load(url);
    await warmUp(`${bareBase}/kaal`);
    const plain = await load(`${bareBase}/kaal`);
    const setting = `${HTTP.connections} clients, ${HTTP.duration} s`;
    return [
      {
        metric: `GET /api/v1/indicatoren?scope=${MUNICIPALITY}, ${setting}: p95`,
        value: p95(indicators.latencies),
        unit: 'ms',
        budget: 100,
      },
      {
        metric: `  doorvoer (${indicators.latencies.length.toLocaleString('nl-NL')} verzoeken)`,
        value: indicators.requestsPerSecond,
        unit: 'req/s',
        budget: null,
      },
      {
        metric: `kale Fastify-route, ${setting}: doorvoer`,
        value: plain.requestsPerSecond,
        unit: 'req/s',
        budget: null,
      },
      { metric: '  p95 kale route', value: p95(plain.latencies), unit: 'ms', budget: null },
      {
        metric: '  verhouding doorvoer indicatoren / kale route',
        value: indicators.requestsPerSecond / plain.requestsPerSecond,
        unit: '×',
        budget: null,
      },
    ];
  } finally {
    await app.close();
    await bare.close();
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * 1 and 3 share the prepared journeys; returning only the rows lets them go before the series
 * and the server load their own, as a server holds one copy.
 */
async function fullSetAndDuckDb(
  database: Database,
  peildatum: string,
  label: string,
  budget: number,
  csvDir: string,
): Promise<BenchResult[]> {
  const full = await benchFullSet(database, peildatum, label, budget);
  return [...full.results, ...(await benchDuckDb(database, peildatum, full.loaded, label, csvDir))];
}

export async function benchIndicators(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'kindkader-bench-indicatoren-'));
  try {
    const dataDirs = { 1: path.join(dir, 'demo-1'), 10: path.join(dir, 'demo-10') } as const;
    for (const scale of [1, 10] as const) {
      await cli(['demo', '--schaal', String(scale)], {
        KINDKADER_DATA_DIR: dataDirs[scale],
        DATABASE_URL: '',
      });
    }
    const csvDir = path.join(dir, 'csv');
    mkdirSync(csvDir);
    for (const scale of [1, 10] as const) {
      const label = scale === 1 ? 'demodata' : 'tienvoudige demodata';
      const database = await openDatabase({ kind: 'pglite', dataDir: dataDirs[scale] });
      try {
        const peildatum = await demoPeildatum(database);
        const budget = scale === 1 ? 1000 : 10_000;
        results.push(...(await fullSetAndDuckDb(database, peildatum, label, budget, csvDir)));
        if (scale === 1) {
          results.push(...(await benchSeries(database, peildatum)));
          results.push(...(await benchHttp(database, dataDirs[scale])));
        }
      } finally {
        await database.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
