/** `kindkader kader valideer` and `kindkader kader schema`, as a user runs them. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kindkader-kader-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // Validating needs no database: point it nowhere, so a stray write would show.
    const child = spawn(process.execPath, [path.join(root, 'bin/kindkader.mjs'), ...args], {
      env: { ...process.env, KINDKADER_DATA_DIR: path.join(dir, 'db') },
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function file(name: string, content: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

describe('kindkader kader', () => {
  it('says the baseline is valid and summarises it', async () => {
    const result = await run(['kader', 'valideer', 'frameworks/kwaliteitskader-2025.1.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      'frameworks/kwaliteitskader-2025.1.yaml is geldig: kwaliteitskader versie 2025.1: 8 thema’s, 24 normen.',
    );
  });

  it('lists every error of a framework with its line and exits 1', async () => {
    const broken = file(
      'kapot.yaml',
      [
        'version: "2030.1"',
        'title: { nl: Proef, en: Test }',
        'description: { nl: Proef, en: Test }',
        'themes:',
        '  - id: R1',
        '    recommendation: 1',
        '    title: { nl: Thuis, en: Home }',
        '    explanation: { nl: Uitleg, en: Explanation }',
        '    norms:',
        '      - id: R1.1',
        '        title: { nl: Klein, en: Small }',
        '        explanation: { nl: Uitleg, en: Explanation }',
        '        level: location',
        '        kind: drempel',
        '        source: { kind: seed, text: { nl: R1, en: R1 } }',
        '      - id: R1.2',
        '        title: { nl: Klein, en: Small }',
        '        explanation: { nl: Uitleg, en: Explanation }',
        '        level: location',
        '        kind: threshold',
        '        attribute: capaciteit',
        "        max: 'veel'",
        '        source: { kind: seed, text: { nl: R1, en: R1 } }',
      ].join('\n'),
    );
    const result = await run(['kader', 'valideer', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${broken} is niet geldig (2 fouten):`,
      "  regel 14, veld themes[0].norms[0].kind: onbekende normsoort 'drempel'; kies uit fact, threshold, distance, lifetime, type, indicator, manual",
      "  regel 22, veld themes[0].norms[1].max: moet een getal zijn, maar is de tekst 'veel'",
    ]);
  });

  it("checks a municipality's file against the version it adopts", async () => {
    const good = file(
      'groningen.yaml',
      'municipality: GM0014\nframework: "2025.1"\ntightened:\n  - norm: R1.1\n    max: 100\n',
    );
    const ok = await run(['kader', 'valideer', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim()).toBe(
      `${good} is geldig: gemeentelijk kader op basis van versie 2025.1: 1 aanscherping, 0 normen niet overgenomen, 0 lokale normen.`,
    );
    const looser = file(
      'ruimer.yaml',
      'framework: "2025.1"\ntightened:\n  - norm: R1.1\n    max: 300\n',
    );
    const refused = await run(['kader', 'valideer', looser]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'regel 4, veld tightened[0].max: R1.1: 300 is niet strenger dan de basiswaarde 150',
    );
  });

  it('names a file that does not exist', async () => {
    const result = await run(['kader', 'valideer', 'bestaat-niet.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("Fout: het bestand 'bestaat-niet.yaml' bestaat niet");
  });

  it('prints the JSON Schema of a framework file', async () => {
    const result = await run(['kader', 'schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ $ref: '#/$defs/Kwaliteitskader' });
  });
});
