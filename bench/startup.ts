/**
 * Start-up budgets: first `npm start` on an empty data directory < 60 s, restart on an existing
 * one < 5 s, and the idle server's resident memory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

class DemoModeMissing extends Error {
  constructor() {
    super('npm start draait niet in demomodus');
  }
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    if (response.ok && !(await response.json()).demo) throw new DemoModeMissing();
    return response.ok;
  } catch (error) {
    if (error instanceof DemoModeMissing) throw error;
    return false;
  }
}

async function startAndWait(
  dataDir: string,
  port: number,
): Promise<{ child: ChildProcess; seconds: number }> {
  const started = performance.now();
  // As a user's shell: no NODE_ENV at all.
  const { NODE_ENV: _, ...shell } = process.env;
  const child = spawn(process.execPath, [path.join(root, 'bin/start.mjs')], {
    env: { ...shell, KINDKADER_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  while (!(await healthy(port))) {
    if (child.exitCode !== null) throw new Error(`server stopte met code ${child.exitCode}`);
    if (performance.now() - started > 120_000)
      throw new Error('server niet binnen 120 s bereikbaar');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, seconds: (performance.now() - started) / 1000 };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
}

export async function benchStartup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kindkader-bench-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  try {
    // A fresh clone has no web build: make the first start build it, as it would there.
    const stamp = path.join(root, 'dist/web/.bron-hash');
    if (existsSync(stamp)) writeFileSync(stamp, 'verouderd');
    const first = await startAndWait(dataDir, port);
    await stop(first.child);
    const restart = await startAndWait(dataDir, port);
    await new Promise((r) => setTimeout(r, 5000));
    const rss = residentMb(restart.child.pid!);
    await stop(restart.child);
    return [
      {
        metric: 'eerste start (webbuild, migraties, demodata) → bereikbaar',
        value: first.seconds,
        unit: 's',
        budget: 60,
      },
      {
        metric: 'herstart op bestaande datamap → bereikbaar',
        value: restart.seconds,
        unit: 's',
        budget: 5,
      },
      { metric: 'geheugen (RSS) van de rustende server', value: rss, unit: 'MB', budget: null },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
