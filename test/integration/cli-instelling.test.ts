/** `kindkader instelling openbare-weergave`: the operator's switch, and the installation default. */
import { spawn } from 'node:child_process';
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
  dataDir = mkdtempSync(path.join(tmpdir(), 'kindkader-instelling-'));
  env = { ...process.env, KINDKADER_DATA_DIR: dataDir, NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  delete env.KINDKADER_OPENBARE_WEERGAVE;
  if (process.env.TEST_DATABASE_URL) {
    database = await testDatabase();
    env.DATABASE_URL = database.url!;
  }
});

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.close();
});

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/kindkader.mjs'), ...args], {
      env: { ...env, ...extraEnv },
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const command = ['instelling', 'openbare-weergave'];

describe('kindkader instelling openbare-weergave', () => {
  it('shows the installation default while nobody has set it', async () => {
    const shown = await run(command);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^Openbare weergave: aan \(standaard van deze installatie/);
    const closed = await run(command, { KINDKADER_OPENBARE_WEERGAVE: 'uit' });
    expect(closed.stdout).toMatch(/^Openbare weergave: uit \(standaard/);
    const wrong = await run(command, { KINDKADER_OPENBARE_WEERGAVE: 'nee' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("KINDKADER_OPENBARE_WEERGAVE moet 'aan' of 'uit' zijn");
  });

  it('switches it, which then holds whatever the default', async () => {
    const off = await run([...command, 'uit']);
    expect(off.code, off.stderr).toBe(0);
    expect(off.stdout).toMatch(/^Openbare weergave: uit \(gewijzigd op .* door cli\)/);
    const shown = await run(command, { KINDKADER_OPENBARE_WEERGAVE: 'aan' });
    expect(shown.stdout).toMatch(/^Openbare weergave: uit \(gewijzigd/);
  });

  it('refuses any other value', async () => {
    const wrong = await run([...command, 'misschien']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("de waarde is aan of uit, niet 'misschien'");
  });
});
