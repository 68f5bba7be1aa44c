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
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Run {
  seconds: number;
  peakMb: number;
}

/** Runs `kindkader demo` in a child process, sampling its peak resident memory (VmHWM). */
async function demoImport(scale: 1 | 10, env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin/kindkader.mjs'), 'demo', '--schaal', String(scale)],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
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
  if (code !== 0) throw new Error(`kindkader demo --schaal ${scale} mislukte: ${stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 };
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
async function copyBaseline(url: string, scale: 1 | 10, dir: string): Promise<number> {
  const set = generateDemo({ seed: 1, scale, municipalities: ['GM0014', 'GM0363', 'GM0518'] });
  const columns = [...GEBEURTENIS_COLUMNS.required, ...GEBEURTENIS_COLUMNS.optional];
  const lines = [columns.join(',')];
  for (const row of set.events()) lines.push(columns.map((c) => row[c] ?? '').join(','));
  const file = path.join(dir, 'gebeurtenissen.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
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
  const results: { metric: string; value: number; unit: string; budget: number | null }[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'kindkader-bench-import-'));
  try {
    for (const scale of [1, 10] as const) {
      const dataDir = path.join(dir, `pglite-${scale}`);
      const run = await demoImport(scale, { KINDKADER_DATA_DIR: dataDir, DATABASE_URL: '' });
      results.push(
        {
          metric: `demo-import schaal ${scale}, PGlite`,
          value: run.seconds,
          unit: 's',
          budget: scale === 10 ? 60 : null,
        },
        {
          metric: `  piekgeheugen (RSS), PGlite`,
          value: run.peakMb,
          unit: 'MB',
          budget: scale === 10 ? 1024 : null,
        },
      );
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (await postgresReachable()) {
      for (const scale of [1, 10] as const) {
        await withFreshDatabase(async (url) => {
          const run = await demoImport(scale, {
            DATABASE_URL: url,
            KINDKADER_DATA_DIR: path.join(dir, 'pg'),
          });
          results.push(
            {
              metric: `demo-import schaal ${scale}, PostgreSQL`,
              value: run.seconds,
              unit: 's',
              budget: scale === 10 ? 60 : null,
            },
            {
              metric: `  piekgeheugen (RSS), PostgreSQL`,
              value: run.peakMb,
              unit: 'MB',
              budget: scale === 10 ? 500 : null,
            },
          );
          const copy = await copyBaseline(url, scale, dir);
          results.push(
            {
              metric: `  COPY van dezelfde rijen in een kale tabel`,
              value: copy,
              unit: 's',
              budget: null,
            },
            {
              metric: `  verhouding import / COPY`,
              value: run.seconds / copy,
              unit: '×',
              budget: null,
            },
          );
        });
      }
    } else {
      console.log(`Geen PostgreSQL op ${ADMIN_URL}: alleen PGlite gemeten.`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
