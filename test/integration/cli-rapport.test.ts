/** `kindkader rapport`: the council report of a municipality written to a PDF file. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../support/database.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let database: TestDatabase | null = null;
let env: NodeJS.ProcessEnv;

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/kindkader.mjs'), ...args], {
      env,
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function file(name: string, lines: string[]): string {
  const full = path.join(dir, name);
  writeFileSync(full, lines.join('\n'));
  return full;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kindkader-cli-rapport-'));
  env = { ...process.env, KINDKADER_DATA_DIR: path.join(dir, 'db'), NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) {
    database = await testDatabase();
    env.DATABASE_URL = database.url!;
  }
  const locaties = file('locaties.csv', [
    'code,naam,gemeente,type,capaciteit,open_tot',
    'CLI-RAP,Azc Rapport,GM0014,azc,400,2027-01-01',
  ]);
  const children = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie'];
  for (let i = 1; i <= 12; i++) children.push(`CR-${i},2014-01,nee,instroom,2025-03-01,CLI-RAP`);
  const gebeurtenissen = file('gebeurtenissen.csv', children);
  for (const [soort, path] of [
    ['locaties', locaties],
    ['gebeurtenissen', gebeurtenissen],
  ]) {
    const result = await run(['import', soort!, path!]);
    if (result.code !== 0) throw new Error(result.stderr);
  }
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.close();
});

describe('kindkader rapport', () => {
  it('writes the report as a PDF and says where', async () => {
    const out = path.join(dir, 'rapport.pdf');
    const result = await run([
      'rapport',
      '--gemeente',
      'gm0014',
      '--peildatum',
      '2025-07-17',
      '--uit',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Raadsrapportage van Gemeente Groningen \(GM0014\), peildatum 17-07-2025, geschreven naar .*rapport\.pdf \(\d+ kB\)\.\n$/,
    );
    const pdf = readFileSync(out).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(Number(pdf.match(/\/Type \/Pages\n\/Count (\d+)/)?.[1])).toBeGreaterThan(2);
  }, 60_000);

  it('names an unknown municipality, a malformed code, a folder that does not exist and a missing option', async () => {
    const out = path.join(dir, 'niet.pdf');
    const unknown = await run(['rapport', '--gemeente', 'GM9999', '--uit', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('Fout: Er is geen gemeente met code GM9999.\n');
    const malformed = await run(['rapport', '--gemeente', 'Groningen', '--uit', out]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain("Fout: 'Groningen' is geen CBS-gemeentecode");
    expect(existsSync(out)).toBe(false);
    const folder = path.join(dir, 'bestaat-niet', 'r.pdf');
    const noFolder = await run(['rapport', '--gemeente', 'GM0014', '--uit', folder]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain(`Fout: kan ${folder} niet schrijven: de map`);
    const missing = await run(['rapport', '--gemeente', 'GM0014']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('de verplichte optie --uit <bestand> ontbreekt');
  }, 120_000);
});
