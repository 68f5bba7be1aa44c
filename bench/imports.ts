/**
 * Import budgets (issue: data in): the demo set, and the ten-fold set (≈1 M events) < 60 s with
 * its peak resident memory, on PGlite and — when one answers — on PostgreSQL, where the same
 * event rows are also loaded with plain `COPY` for comparison.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDemo } from '../src/domain/demo.js';
import { GEBEURTENIS_COLUMNS } from '../src/domain/import/gebeurtenissen.js';

const root = path.resolve(import.meta.dirname, '..');
const MUNICIPALITIES = readFileSync(
  path.join(path.resolve(import.meta.dirname, '..'), 'data/gemeenten-2025.csv'),
  'utf8',
)
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(',')[0]!);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A row of the benchmark table; no budget: reported only. */
export interface BenchResult {
  metric: string;
  value: number;
  unit: string;
  budget: number | null;
}

interface Run {
  seconds: number;
  peakMb: number;
}

/** Writes the demo set's locations and events as the CSV files a user would import. */
function writeDemoFiles(
  scale: 1 | 10,
  dir: string,
): { locations: string; events: string; rows: number } {
  const set = generateDemo({ seed: 1, scale, municipalities: MUNICIPALITIES });
  const csv = (rows: Iterable<Record<string, string>>, columns: string[]) => {
    const lines = [columns.join(',')];
    for (const row of rows) lines.push(columns.map((c) => row[c] ?? '').join(','));
    return { text: `${lines.join('\n')}\n`, rows: lines.length - 1 };
  };
  const locationColumns = Object.keys(set.locations[0]!);
  const locations = path.join(dir, `locaties-${scale}.csv`);
  writeFileSync(locations, csv(set.locations, locationColumns).text);
  const events = path.join(dir, `gebeurtenissen-${scale}.csv`);
  const eventCsv = csv(set.events(), [
    ...GEBEURTENIS_COLUMNS.required,
    ...GEBEURTENIS_COLUMNS.optional,
  ]);
  writeFileSync(events, eventCsv.text);
  return { locations, events, rows: eventCsv.rows };
}

/** Runs a `kindkader` command in a child process, sampling its peak resident memory (VmHWM). */
export async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/kindkader.mjs'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0));
    } catch {
      // the process has just ended
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`kindkader ${args.join(' ')} mislukte: ${stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 };
}

/** Imports the locations, then times the events import on its own. */
async function importEvents(
  files: ReturnType<typeof writeDemoFiles>,
  env: NodeJS.ProcessEnv,
): Promise<Run> {
  await cli(['import', 'locaties', files.locations], env);
  return cli(['import', 'gebeurtenissen', files.events], env);
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function withFreshDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `kindkader_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Plain COPY of the same event rows into a bare table: the floor any import is measured against. */
async function copyBaseline(url: string, file: string): Promise<number> {
  const columns = [...GEBEURTENIS_COLUMNS.required, ...GEBEURTENIS_COLUMNS.optional];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `create table kale_gebeurtenissen (${columns.map((c) => `${c} text`).join(', ')})`,
  );
  await client.end();
  const started = performance.now();
  execFileSync('psql', [
    url,
    '-q',
    '-c',
    `\\copy kale_gebeurtenissen from '${file}' with (format csv, header true)`,
  ]);
  return (performance.now() - started) / 1000;
}

export async function benchImports() {
  const results: BenchResult[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'kindkader-bench-import-'));
  try {
    const postgres = await postgresReachable();
    for (const scale of [1, 10] as const) {
      const files = writeDemoFiles(scale, dir);
      const label = `import ${files.rows.toLocaleString('nl-NL')} gebeurtenissen (schaal ${scale})`;
      const pglite = await importEvents(files, {
        KINDKADER_DATA_DIR: path.join(dir, `pglite-${scale}`),
        DATABASE_URL: '',
      });
      results.push(
        {
          metric: `${label}, PGlite`,
          value: pglite.seconds,
          unit: 's',
          budget: scale === 10 ? 60 : null,
        },
        { metric: '  piekgeheugen (RSS), PGlite', value: pglite.peakMb, unit: 'MB', budget: 1024 },
      );
      rmSync(path.join(dir, `pglite-${scale}`), { recursive: true, force: true });
      if (!postgres) continue;
      await withFreshDatabase(async (url) => {
        const run = await importEvents(files, {
          DATABASE_URL: url,
          KINDKADER_DATA_DIR: path.join(dir, 'pg'),
        });
        const copy = await copyBaseline(url, files.events);
        results.push(
          {
            metric: `${label}, PostgreSQL`,
            value: run.seconds,
            unit: 's',
            budget: scale === 10 ? 60 : null,
          },
          {
            metric: '  piekgeheugen (RSS), PostgreSQL',
            value: run.peakMb,
            unit: 'MB',
            budget: 500,
          },
          {
            metric: '  COPY van dezelfde rijen in een kale tabel',
            value: copy,
            unit: 's',
            budget: null,
          },
          {
            metric: '  verhouding import / COPY',
            value: run.seconds / copy,
            unit: '×',
            budget: null,
          },
        );
      });
    }
    if (!postgres) console.log(`Geen PostgreSQL op ${ADMIN_URL}: alleen PGlite gemeten.`);
    // The whole demo as `kindkader demo` makes it: generated, written and read back in one process.
    const demo = await cli(['demo'], {
      KINDKADER_DATA_DIR: path.join(dir, 'demo'),
      DATABASE_URL: '',
    });
    results.push({
      metric: 'kindkader demo (schaal 1, alles), PGlite',
      value: demo.seconds,
      unit: 's',
      budget: null,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
