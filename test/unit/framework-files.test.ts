/**
 * The files in frameworks/: every version validates (so CI checks them through `npm test`), the
 * committed JSON Schema is the one the code generates, and the baseline carries every norm of
 * the baseline table in domain.md with its kind and default.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/contracts/locale.js';
import { normsOf } from '../../src/domain/framework/model.js';
import {
  defaultFrameworksDir,
  frameworkFiles,
  loadFrameworks,
  readFramework,
} from '../../src/server/features/kaders/library.js';
import { frameworkJsonSchema } from '../../src/server/features/kaders/schema.js';
import { formatLineIssue } from '../../src/server/features/kaders/yaml.js';

describe('frameworks/', () => {
  it('holds at least the baseline, and every file validates', () => {
    const files = frameworkFiles(defaultFrameworksDir);
    expect(files).toContain('kwaliteitskader-2025.1.yaml');
    for (const file of files) {
      const result = readFramework(readFileSync(path.join(defaultFrameworksDir, file), 'utf8'));
      expect(result.ok ? [] : result.issues.map(formatLineIssue), file).toEqual([]);
    }
    expect(() => loadFrameworks(defaultFrameworksDir)).not.toThrow();
  });

  it('commits the JSON Schema that the code generates', () => {
    const committed = JSON.parse(
      readFileSync(path.join(defaultFrameworksDir, 'kwaliteitskader.schema.json'), 'utf8'),
    );
    expect(
      committed,
      'Maak het opnieuw: npx kindkader kader schema > frameworks/kwaliteitskader.schema.json && npx biome format --write frameworks',
    ).toEqual(frameworkJsonSchema());
  });
});

describe('the baseline 2025.1', () => {
  const baseline = loadFrameworks(defaultFrameworksDir).find((f) => f.version === '2025.1')!;
  const norms = new Map(normsOf(baseline).map(({ norm }) => [norm.id, norm]));

  it('has one theme per recommendation R1–R8', () => {
    expect(baseline.themes.map((t) => [t.id, t.recommendation])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`R${n}`, n]),
    );
  });

  /** domain.md, "Baseline norms": id, kind, level and the default. */
  const TABLE: [string, string, string, Record<string, unknown>][] = [
    ['R1.1', 'threshold', 'location', { attribute: 'capaciteit', max: 150 }],
    ['R1.2', 'fact', 'location', { fact: 'aparte_slaapruimte_kinderen' }],
    ['R1.3', 'fact', 'location', { fact: 'zelf_koken' }],
    ['R1.4', 'manual', 'location', {}],
    ['R2.1', 'lifetime', 'location', { minYears: 5 }],
    ['R2.2', 'distance', 'location', { facility: 'basisschool', maxKm: 2 }],
    ['R2.3', 'distance', 'location', { facility: 'huisarts_gza', maxKm: 5 }],
    [
      'R2.4',
      'indicator',
      'location',
      { indicator: 'transfers12m.shareAtLeast2', comparison: 'atMost', target: 0.1 },
    ],
    [
      'R3.1',
      'type',
      'location',
      {
        forbiddenTypes: ['crisisnoodopvang'],
        forbiddenSubtypes: ['sporthal', 'evenementenhal', 'hotel', 'schip'],
        appliesWhen: { childrenPresent: true },
      },
    ],
    [
      'R3.2',
      'indicator',
      'location',
      { indicator: 'daysInNood.km.median', comparison: 'atMost', target: 14, ceiling: 183 },
    ],
    ['R4.1', 'threshold', 'location', { attribute: 'activiteiten_per_week', min: 1 }],
    ['R4.2', 'fact', 'location', { fact: 'kinderraad' }],
    ['R4.3', 'fact', 'municipality', { fact: 'jeugdregelingen_toegankelijk' }],
    [
      'R5.1',
      'indicator',
      'location',
      { indicator: 'daysToSchool.notEnrolledOver90', comparison: 'atMost', target: 0 },
    ],
    ['R5.2', 'fact', 'location', { fact: 'school_buiten_locatie' }],
    [
      'R5.3',
      'indicator',
      'location',
      { indicator: 'daysToJgz.km.oneMinusS42', comparison: 'atLeast', target: 0.9 },
    ],
    [
      'R5.4',
      'indicator',
      'location',
      { indicator: 'gzaRegistered.share', comparison: 'atLeast', target: 0.95 },
    ],
    [
      'R6.1',
      'indicator',
      'location',
      { indicator: 'turning18.shareWithPlan', comparison: 'atLeast', target: 1 },
    ],
    ['R7.1', 'fact', 'location', { fact: 'afsluitbare_woonruimte_gezinnen' }],
    ['R7.2', 'fact', 'location', { fact: 'gescheiden_sanitair' }],
    ['R7.3', 'fact', 'location', { fact: 'terugtrekplek_kinderen' }],
    ['R7.4', 'fact', 'location', { fact: 'contactpersoon_kind' }],
    ['R8.1', 'threshold', 'municipality', { attribute: 'spreidingswet_realisatie', min: 1 }],
    [
      'R8.2',
      'indicator',
      'municipality',
      { indicator: 'daysToHousing.km.median', comparison: 'atMost', target: 98 },
    ],
  ];

  it('carries every norm of the baseline table, in order, with its kind and default', () => {
    expect([...norms.keys()]).toEqual(TABLE.map(([id]) => id));
    for (const [id, kind, level, values] of TABLE) {
      expect(norms.get(id), id).toMatchObject({ kind, level, ...values });
    }
  });

  it('marks the proposals as instelbaar and gives every norm an explanation and source in both languages', () => {
    const instelbaar = [...norms.values()]
      .filter((n) => n.source.kind === 'instelbaar')
      .map((n) => n.id);
    expect(instelbaar).toEqual(['R2.2', 'R2.3', 'R2.4', 'R3.2', 'R5.3', 'R5.4', 'R6.1', 'R8.2']);
    for (const norm of norms.values()) {
      for (const text of [norm.title, norm.explanation, norm.source.text]) {
        expect(text.nl.length, norm.id).toBeGreaterThan(0);
        expect(text.en.length, norm.id).toBeGreaterThan(0);
      }
    }
  });

  it('asks an assessor where the table says manual', () => {
    expect(norms.get('R1.4')).toMatchObject({
      kind: 'manual',
      assessment: { nl: expect.any(String) },
    });
    expect(norms.get('R7.3')).toMatchObject({
      kind: 'fact',
      assessment: { nl: expect.any(String) },
    });
  });
});
