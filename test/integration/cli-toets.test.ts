/** `kindkader toets`: a location against its framework on the terminal, as a table or as JSON. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  dir = mkdtempSync(path.join(tmpdir(), 'kindkader-cli-toets-'));
  env = { ...process.env, KINDKADER_DATA_DIR: path.join(dir, 'db'), NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) {
    database = await testDatabase();
    env.DATABASE_URL = database.url!;
  }
  const locaties = file('locaties.csv', [
    'code,naam,gemeente,type,capaciteit,open_tot,zelf_koken',
    'CLI-AZC,Azc Opdrachtregel,GM0014,azc,400,2027-01-01,ja',
  ]);
  const gebeurtenissen = file('gebeurtenissen.csv', [
    'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie',
    'CLI-K1,2015-01,nee,instroom,2025-03-01,CLI-AZC',
    'CLI-K2,2016-01,nee,instroom,2025-03-01,CLI-AZC',
    'CLI-K2,2016-01,nee,gza_inschrijving,2025-03-02,',
  ]);
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

describe('kindkader toets', () => {
  it('prints a Dutch table with the location’s own figures', async () => {
    const result = await run(['toets', '--locatie', 'CLI-AZC', '--peildatum', '2025-07-17']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Toetsing van Azc Opdrachtregel (CLI-AZC), Groningen; status open');
    expect(out).toContain(
      'Peildatum 17-07-2025; kwaliteitskader 2025.1, basisversie (de gemeente heeft nog geen versie aangenomen)',
    );
    expect(out).toMatch(
      /R1\.1 +voldoet niet +Kleinschalig\n +Capaciteit 400 plaatsen \(norm ≤ 150\)\.\n +Te veranderen: capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen/,
    );
    // As the local operator: the figures of the location.
    expect(out).toContain(
      'Aandeel kinderen ingeschreven bij GZA (I7): 50% (norm ≥ 95%; 1 van 2 kinderen).',
    );
    expect(out).toMatch(
      /Totaal: \d+ voldoet, 0 voldoet deels, \d+ voldoet niet, \d+ onbekend, \d+ n\.v\.t\./,
    );
  }, 60_000);

  it('gives the scorecard as JSON with --json', async () => {
    const result = await run([
      'toets',
      '--locatie',
      'CLI-AZC',
      '--peildatum',
      '2025-07-17',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const card = JSON.parse(result.stdout);
    expect(card).toMatchObject({
      peildatum: '2025-07-17',
      cijfers: true,
      locatie: { code: 'CLI-AZC' },
    });
    expect(card.uitkomsten).toHaveLength(21);
  }, 60_000);

  it('names an unknown location, and a missing option', async () => {
    const unknown = await run(['toets', '--locatie', 'BESTAAT-NIET']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Fout: Er is geen locatie met code BESTAAT-NIET.');
    const missing = await run(['toets']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('de verplichte optie');
  }, 60_000);
});
