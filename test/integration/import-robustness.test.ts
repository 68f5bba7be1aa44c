/** Imports are all-or-nothing: a broken stream, a huge file and a killed process leave no trace. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.js';
import { type TestApp, testApp } from '../support/app.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { CLI, importText } from '../support/imports.js';

const root = path.resolve(import.meta.dirname, '../..');
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await importText(t, 'locaties', 'code,naam,gemeente,type,capaciteit\nAZC,Azc,GM0014,azc,100');
});
afterAll(() => t.close());

const count = async (db: Database['db'], table: string) =>
  Number(
    (
      (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

function eventsFile(children: number): string {
  const lines = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie,soort'];
  for (let i = 0; i < children; i++) {
    lines.push(
      `K${i},2015-01,nee,instroom,2025-01-10,AZC,`,
      `K${i},2015-01,nee,jgz_intake,2025-01-20,,`,
      `K${i},2015-01,nee,uitstroom,2025-03-01,,woning`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('all or nothing', () => {
  it('writes nothing when the file breaks off half-way', async () => {
    const before = await count(t.database.db, 'import_batches');
    async function* broken() {
      yield Buffer.from(
        'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie\nX1,2015-01,nee,instroom,2025-01-10,AZC\n',
      );
      throw new Error('verbinding verbroken');
    }
    await expect(
      t.ctx.imports.run(CLI, 'gebeurtenissen', Readable.from(broken()), { fileName: 'half.csv' }),
    ).rejects.toThrow('verbinding verbroken');
    expect(await count(t.database.db, 'import_batches')).toBe(before);
    expect(await count(t.database.db, 'gebeurtenissen')).toBe(0);
  });

  it('streams a 100 MB file', async () => {
    const filler = 'x'.repeat(100_000);
    function* rows() {
      yield Buffer.from('code,naam,gemeente,type,capaciteit,opmerking\n');
      for (let i = 0; i < 1000; i++)
        yield Buffer.from(`GROOT-${i},Groot ${i},GM0014,azc,10,${filler}\n`);
    }
    const report = await t.ctx.imports.run(CLI, 'locaties', Readable.from(rows()), {
      fileName: 'groot.csv',
    });
    expect(report).toMatchObject({ geschreven: true, telling: { rijen: 1000, nieuw: 1000 } });
    expect(report.meldingen.map((m) => m.melding)).toContain(
      'onbekende kolommen worden genegeerd: opmerking',
    );
  });
});

describe('an import killed with SIGKILL', () => {
  let dir: string;
  let database: TestDatabase | null = null;
  const env: NodeJS.ProcessEnv = { ...process.env };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kindkader-kill-'));
    env.KINDKADER_DATA_DIR = path.join(dir, 'db');
    delete env.DATABASE_URL;
    if (process.env.TEST_DATABASE_URL) {
      database = await testDatabase();
      env.DATABASE_URL = database.url!;
    }
    writeFileSync(
      path.join(dir, 'locaties.csv'),
      'code,naam,gemeente,type,capaciteit\nAZC,Azc,GM0014,azc,100\n',
    );
    writeFileSync(path.join(dir, 'groot.csv'), eventsFile(60_000));
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]): ChildProcess =>
    spawn(process.execPath, [path.join(root, 'bin/kindkader.mjs'), ...args], {
      env,
      cwd: root,
      stdio: 'ignore',
    });
  const finished = (child: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );

  async function inspect() {
    const opened = env.DATABASE_URL
      ? await openDatabase({ kind: 'postgresql', url: env.DATABASE_URL })
      : await openDatabase({ kind: 'pglite', dataDir: env.KINDKADER_DATA_DIR! });
    try {
      const batches = Number(
        (
          (await opened.db.execute(
            sql`select count(*)::int as n from import_batches where soort = 'gebeurtenissen'`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]!.n,
      );
      return {
        batches,
        events: await count(opened.db, 'gebeurtenissen'),
        stays: await count(opened.db, 'verblijven'),
        children: await count(opened.db, 'kinderen'),
      };
    } finally {
      await opened.close();
    }
  }

  it('leaves no batch, no rows and no derived data, and the same import then succeeds', async () => {
    expect((await finished(cli('import', 'locaties', path.join(dir, 'locaties.csv')))).code).toBe(
      0,
    );
    const child = cli('import', 'gebeurtenissen', path.join(dir, 'groot.csv'));
    const exit = finished(child);
    // Kill once the import is well under way: the database is open and rows are being staged.
    await new Promise((r) => setTimeout(r, 6000));
    child.kill('SIGKILL');
    expect(await exit).toEqual({ code: null, signal: 'SIGKILL' });
    if (!env.DATABASE_URL) expect(existsSync(`${env.KINDKADER_DATA_DIR}.lock`)).toBe(true);
    expect(await inspect()).toEqual({ batches: 0, events: 0, stays: 0, children: 0 });
    expect(
      (await finished(cli('import', 'gebeurtenissen', path.join(dir, 'groot.csv')))).code,
    ).toBe(0);
    expect(await inspect()).toEqual({
      batches: 1,
      events: 180_000,
      stays: 60_000,
      children: 60_000,
    });
  }, 180_000);
});
