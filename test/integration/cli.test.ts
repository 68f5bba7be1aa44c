/** The `kindkader` CLI and a production start, as separate processes on a shared database. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../support/database.js';

const root = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
let database: TestDatabase | null = null;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kindkader-cli-'));
  env = { ...process.env, KINDKADER_DATA_DIR: dataDir, NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) {
    // An empty PostgreSQL database of its own; the processes below migrate it.
    database = await testDatabase();
    env.DATABASE_URL = database.url!;
  }
});

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.close();
});

function run(args: string[], input?: string, extraEnv: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/kindkader.mjs'), ...args], {
      env: { ...env, ...extraEnv },
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(input ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kindkader CLI', () => {
  it('lists its commands in Dutch', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: kindkader');
    expect(help.stdout).toContain('gebruiker');
    expect(help.stdout).toContain('Opdrachten:');
  });

  it('adds an account with the password from stdin and lists it', async () => {
    const added = await run(
      [
        'gebruiker',
        'toevoegen',
        '--email',
        'Beheer@Example.nl',
        '--rol',
        'beheerder',
        '--organisatie',
        'Beheer',
        '--wachtwoord-stdin',
      ],
      'een-sterk-wachtwoord\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('beheer@example.nl toegevoegd');
    const list = await run(['gebruiker', 'lijst']);
    expect(list.stdout).toMatch(/beheer@example\.nl\s+beheerder\s+Beheer/);
    expect(list.stdout).not.toContain('demo.kindkader.nl');
  });

  it('fails with a Dutch message and a non-zero code on bad input', async () => {
    const badRole = await run(
      [
        'gebruiker',
        'toevoegen',
        '--email',
        'x@example.nl',
        '--rol',
        'koning',
        '--organisatie',
        'X',
        '--wachtwoord-stdin',
      ],
      'een-sterk-wachtwoord',
    );
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/^Fout: De invoer is niet geldig\.\n\s+rol: /);
    const ambiguous = await run(
      [
        'gebruiker',
        'toevoegen',
        '--email',
        'y@example.nl',
        '--rol',
        'gemeente',
        '--organisatie',
        'Bergen',
        '--wachtwoord-stdin',
      ],
      'een-sterk-wachtwoord',
    );
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain("'Bergen' is dubbelzinnig; kies een van GM0373, GM0893");
    const missing = await run(['gebruiker', 'toevoegen', '--rol', 'monitor']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('de verplichte optie --email <adres> ontbreekt');
    const unknown = await run(['toveren']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('onbekende opdracht');
  });
});

describe('a production start', () => {
  function startServer(extraEnv: NodeJS.ProcessEnv): {
    child: ChildProcess;
    output: Promise<{ code: number | null; text: string }>;
  } {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/server/main.ts')],
      {
        env: { ...env, NODE_ENV: 'production', PORT: '0', ...extraEnv },
        cwd: root,
      },
    );
    let text = '';
    child.stdout!.on('data', (d) => (text += d));
    child.stderr!.on('data', (d) => (text += d));
    return {
      child,
      output: new Promise((resolve) => child.on('close', (code) => resolve({ code, text }))),
    };
  }

  it('without a beheerder prints how to create one and exits non-zero', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'kindkader-prod-'));
    try {
      const extra: NodeJS.ProcessEnv = { KINDKADER_DATA_DIR: fresh };
      let db: TestDatabase | null = null;
      if (process.env.TEST_DATABASE_URL) {
        db = await testDatabase();
        extra.DATABASE_URL = db.url!;
      }
      const { output } = startServer(extra);
      const { code, text } = await output;
      await db?.close();
      expect(code).toBe(1);
      expect(text).toContain('er is nog geen beheerder-account');
      expect(text).toContain('npx kindkader gebruiker toevoegen');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('with a beheerder serves, without demo accounts', async () => {
    const { child, output } = startServer({});
    let text = '';
    child.stdout!.on('data', (d) => (text += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`start duurde te lang:\n${text}`)), 30_000);
      child.stdout!.on('data', () => {
        if (text.includes('Kindkader draait op')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(text).not.toContain('DEMOMODUS');
    child.kill('SIGTERM');
    expect((await output).code).toBe(0);
  });
});

describe('npm start', () => {
  it('serves in demo mode from a shell without NODE_ENV', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'kindkader-start-'));
    const { NODE_ENV: _, DATABASE_URL: __, ...shell } = process.env;
    const child = spawn(process.execPath, [path.join(root, 'bin/start.mjs')], {
      env: { ...shell, KINDKADER_DATA_DIR: path.join(fresh, 'db'), PORT: '0', LOG_LEVEL: 'warn' },
      cwd: root,
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    const exited = new Promise((resolve) => child.on('close', resolve));
    try {
      await expect.poll(() => text, { timeout: 90_000, interval: 500 }).toContain('DEMOMODUS');
      expect(text).toMatch(/Kindkader draait op http:\/\/127\.0\.0\.1:\d+/);
      expect(text).toContain('demo-peildatum 2025-07-17');
    } finally {
      child.kill('SIGTERM');
      await exited;
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);
});
