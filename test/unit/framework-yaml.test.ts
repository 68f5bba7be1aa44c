/**
 * Reading a framework file: every kind of bad input gets a Dutch message with its line, field
 * and reason, and nothing of the file is taken.
 */
import { describe, expect, it } from 'vitest';
import '../../src/contracts/locale.js';
import { readFramework } from '../../src/server/features/kaders/library.js';
import { formatLineIssue } from '../../src/server/features/kaders/yaml.js';

/** A small valid framework; line numbers below refer to this text. */
const lines = [
  'version: "2030.1"', // 1
  'title: { nl: Proef, en: Test }', // 2
  'description: { nl: Proefkader, en: Test framework }', // 3
  'themes:', // 4
  '  - id: R1', // 5
  '    recommendation: 1', // 6
  '    title: { nl: Thuis, en: Home }', // 7
  '    explanation: { nl: Uitleg, en: Explanation }', // 8
  '    norms:', // 9
  '      - id: R1.1', // 10
  '        title: { nl: Klein, en: Small }', // 11
  '        explanation: { nl: Uitleg, en: Explanation }', // 12
  '        level: location', // 13
  '        kind: threshold', // 14
  '        attribute: capaciteit', // 15
  '        max: 150', // 16
  '        source: { kind: policy, text: { nl: COA, en: COA } }', // 17
  '      - id: R1.2', // 18
  '        title: { nl: Koken, en: Cooking }', // 19
  '        explanation: { nl: Uitleg, en: Explanation }', // 20
  '        level: location', // 21
  '        kind: fact', // 22
  '        fact: zelf_koken', // 23
  '        source: { kind: seed, text: { nl: R1, en: R1 } }', // 24
];

/** The framework with line `n` (1-based) replaced by `replacement` (null: removed). */
function withLine(n: number, replacement: string | null): string {
  const copy = [...lines];
  if (replacement === null) copy.splice(n - 1, 1);
  else copy[n - 1] = replacement;
  return copy.join('\n');
}

function problems(text: string): string[] {
  const result = readFramework(text);
  if (result.ok) throw new Error('het bestand is geldig, maar er werd een fout verwacht');
  return result.issues.map(formatLineIssue);
}

describe('reading a framework file', () => {
  it('reads a valid file into the model', () => {
    const result = readFramework(lines.join('\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe('2030.1');
    expect(result.value.themes[0]!.norms.map((n) => [n.id, n.kind])).toEqual([
      ['R1.1', 'threshold'],
      ['R1.2', 'fact'],
    ]);
  });

  it('names the line of a threshold of the wrong type', () => {
    expect(problems(withLine(16, '        max: honderdvijftig'))).toEqual([
      "regel 16, veld themes[0].norms[0].max: moet een getal zijn, maar is de tekst 'honderdvijftig'",
    ]);
  });

  it('names the line of an unknown norm kind and lists the kinds', () => {
    expect(problems(withLine(22, '        kind: feit'))).toEqual([
      "regel 22, veld themes[0].norms[1].kind: onbekende normsoort 'feit'; kies uit fact, threshold, distance, lifetime, type, indicator, manual",
    ]);
  });

  it('names the line of a duplicate norm id', () => {
    expect(problems(withLine(18, '      - id: R1.1'))).toEqual([
      'regel 18, veld themes[0].norms[1].id: norm-id R1.1 komt al eerder voor; elke norm heeft een eigen id',
    ]);
  });

  it('names the line of a norm id that clashes with its theme', () => {
    expect(problems(withLine(18, '      - id: R2.1'))).toEqual([
      "regel 18, veld themes[0].norms[1].id: 'R2.1' past niet bij thema R1; gebruik R1.1, R1.2, …",
    ]);
  });

  it('puts a missing field on the line of the block it belongs in', () => {
    expect(problems(withLine(19, null))).toEqual([
      'regel 18, veld themes[0].norms[1].title: ontbreekt',
    ]);
  });

  it('names a missing English text', () => {
    expect(problems(withLine(11, '        title: { nl: Klein }'))).toEqual([
      'regel 11, veld themes[0].norms[0].title.en: ontbreekt',
    ]);
  });

  it('names an unknown field and the line it is on', () => {
    expect(problems(withLine(16, '        max: 150\n        maxKm: 2'))).toEqual([
      "regel 17, veld themes[0].norms[0].maxKm: onbekend veld 'maxKm'",
    ]);
  });

  it('asks for exactly one of max and min', () => {
    expect(problems(withLine(16, '        max: 150\n        min: 10'))).toEqual([
      'regel 17, veld themes[0].norms[0].min: een drempelnorm heeft precies één van max of min',
    ]);
  });

  it('names an unknown fact with the facts to choose from', () => {
    const [message] = problems(withLine(23, '        fact: zelfkoken'));
    expect(message).toMatch(
      /^regel 23, veld themes\[0\]\.norms\[1\]\.fact: 'zelfkoken' is geen geldige waarde; kies uit aparte_slaapruimte_kinderen, zelf_koken, /,
    );
  });

  it('asks to quote a version that YAML reads as a number', () => {
    expect(problems(withLine(1, 'version: 2030.1'))).toEqual([
      'regel 1, veld version: moet tekst zijn, maar is het getal 2030.1; zet het tussen aanhalingstekens, zoals "2030.1"',
    ]);
  });

  it('names the line of broken YAML', () => {
    // The parser notices the missing brace where the next line starts.
    expect(
      problems(withLine(17, '        source: { kind: policy, text: { nl: COA, en: COA }')),
    ).toEqual(['regel 18: geen geldige YAML: de inspringing klopt niet']);
  });

  it('names a key that appears twice in a block', () => {
    expect(problems(withLine(16, '        max: 150\n        max: 120'))).toEqual([
      'regel 17: geen geldige YAML: deze sleutel staat twee keer in hetzelfde blok',
    ]);
  });

  it('refuses an empty file', () => {
    expect(problems('')).toEqual(['het bestand is leeg']);
  });

  it('checks the warning band of an indicator norm against its target', () => {
    const indicator = [
      '        kind: indicator',
      '        indicator: transfers12m.shareAtLeast2',
      '        comparison: atMost',
      '        target: 0.1',
      '        warning: 0.05',
    ].join('\n');
    const text = withLine(14, indicator).replace(
      '        attribute: capaciteit\n        max: 150\n',
      '',
    );
    expect(problems(text)).toEqual([
      'regel 18, veld themes[0].norms[0].warning: de waarschuwingsgrens 0.05 moet groter dan of gelijk aan de target 0.1 zijn',
    ]);
  });

  it('reads a share as a fraction of 1', () => {
    const text = withLine(
      14,
      [
        '        kind: indicator',
        '        indicator: gzaRegistered.share',
        '        comparison: atLeast',
        '        target: 95',
      ].join('\n'),
    ).replace('        attribute: capaciteit\n        max: 150\n', '');
    expect(problems(text)).toEqual([
      'regel 17, veld themes[0].norms[0].target: 95 is geen aandeel; een aandeel ligt tussen 0 en 1 (0.1 = 10%)',
    ]);
  });

  it('keeps a location fact out of a municipal norm', () => {
    expect(problems(withLine(21, '        level: municipality'))).toEqual([
      "regel 23, veld themes[0].norms[1].fact: 'zelf_koken' is geen feit van een gemeente; kies uit jeugdregelingen_toegankelijk",
    ]);
  });
});
