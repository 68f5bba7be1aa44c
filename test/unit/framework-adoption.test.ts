/**
 * A municipality's adoption of the baseline: only stricter, a reason for every norm left out,
 * local norms under their theme; and the effective framework that results.
 */
import { describe, expect, it } from 'vitest';
import '../../src/contracts/locale.js';
import {
  type Adoption,
  checkAdoption,
  compareWithBaseline,
  effectiveFramework,
  type LocalNorm,
  type Tightening,
} from '../../src/domain/framework/adoption.js';
import { normsOf } from '../../src/domain/framework/model.js';
import { createFrameworkLibrary } from '../../src/server/features/kaders/library.js';
import { readAdoption } from '../../src/server/features/kaders/service.js';
import { formatLineIssue } from '../../src/server/features/kaders/yaml.js';

const library = createFrameworkLibrary();
const baseline = library.get('2025.1')!;

const adoption = (parts: Partial<Adoption> = {}): Adoption => ({
  framework: '2025.1',
  tightened: [],
  notAdopted: [],
  localNorms: [],
  ...parts,
});

/** The messages for an adoption with these tightenings, with their field paths. */
const tightening = (...tightened: Tightening[]) =>
  checkAdoption(baseline, adoption({ tightened })).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

const localNorm = (overrides: Partial<LocalNorm> = {}): LocalNorm =>
  ({
    id: 'R4.L1',
    title: { nl: 'Zwemles', en: 'Swimming lessons' },
    explanation: { nl: 'Elk kind krijgt zwemles.', en: 'Every child gets swimming lessons.' },
    level: 'location',
    kind: 'manual',
    assessment: { nl: 'Zwemdiploma’s', en: 'Swimming certificates' },
    source: { kind: 'policy', text: { nl: 'Raadsbesluit 2025', en: 'Council decision 2025' } },
    ...overrides,
  }) as LocalNorm;

describe('tightening a norm', () => {
  it('accepts a stricter value of every tightenable kind', () => {
    expect(
      tightening(
        { norm: 'R1.1', max: 100, reason: 'Raadsbesluit' },
        { norm: 'R2.1', minYears: 10 },
        { norm: 'R2.2', maxKm: 1.5 },
        { norm: 'R3.1', forbiddenTypes: ['crisisnoodopvang', 'noodopvang', 'tgo'] },
        { norm: 'R3.2', target: 7, warning: 90 },
        { norm: 'R4.1', min: 2 },
        { norm: 'R5.4', target: 0.98 },
      ),
    ).toEqual([]);
  });

  it('refuses a looser or equal value, in Dutch, naming the baseline', () => {
    expect(
      tightening(
        { norm: 'R1.1', max: 200 },
        { norm: 'R2.2', maxKm: 2 },
        { norm: 'R2.1', minYears: 3 },
        { norm: 'R5.4', target: 0.9 },
      ),
    ).toEqual([
      'tightened.0.max: R1.1: 200 is niet strenger dan de basiswaarde 150: een gemeente mag alleen aanscherpen (een lagere waarde)',
      'tightened.1.maxKm: R2.2: 2 is gelijk aan de basiswaarde; laat deze aanscherping weg',
      'tightened.2.minYears: R2.1: 3 is niet strenger dan de basiswaarde 5: een gemeente mag alleen aanscherpen (een hogere waarde)',
      'tightened.3.target: R5.4: 0.9 is niet strenger dan de basiswaarde 0.95: een gemeente mag alleen aanscherpen (een hogere waarde)',
    ]);
  });

  it('keeps the warning band between target and hard ceiling', () => {
    expect(tightening({ norm: 'R3.2', warning: 10 })).toEqual([
      'tightened.0.warning: R3.2: de waarschuwingsgrens 10 moet groter dan of gelijk aan de target 14 zijn',
    ]);
    expect(tightening({ norm: 'R3.2', warning: 200 })).toEqual([
      'tightened.0.warning: R3.2: 200 is niet strenger dan de basiswaarde 183: een gemeente mag alleen aanscherpen (een lagere waarde)',
    ]);
  });

  it('refuses a warning band where the baseline has none: that would loosen the norm', () => {
    expect(tightening({ norm: 'R2.4', warning: 0.2 })).toEqual([
      'tightened.0.warning: warning hoort niet bij R2.4 (een indicatornorm); aan te scherpen is target',
    ]);
  });

  it('refuses a share above 100%', () => {
    expect(tightening({ norm: 'R5.4', target: 1.2 })).toEqual([
      'tightened.0.target: R5.4: 1.2 is geen aandeel; een aandeel ligt tussen 0 en 1 (0.1 = 10%)',
    ]);
  });

  it('keeps the forbidden types of the baseline and wants more', () => {
    expect(tightening({ norm: 'R3.1', forbiddenTypes: ['noodopvang'] })).toEqual([
      'tightened.0.forbiddenTypes: R3.1: crisisnoodopvang ontbreekt: een aanscherping houdt alles van de basis en voegt toe',
    ]);
    expect(tightening({ norm: 'R3.1', forbiddenTypes: ['crisisnoodopvang'] })).toEqual([
      'tightened.0.forbiddenTypes: R3.1: voegt niets toe aan de basis; laat deze aanscherping weg',
    ]);
  });

  it('explains that a fact cannot be tightened, and what can', () => {
    expect(tightening({ norm: 'R1.2', max: 1 })).toEqual([
      'tightened.0.norm: R1.2 is een feitnorm: daaraan valt niets aan te scherpen; neem hem niet over met een reden, of voeg een lokale norm toe',
    ]);
    expect(tightening({ norm: 'R1.1', maxKm: 1 })).toEqual([
      'tightened.0.maxKm: maxKm hoort niet bij R1.1 (een drempelnorm); aan te scherpen is max',
    ]);
    expect(tightening({ norm: 'R1.1' })).toEqual([
      'tightened.0: noem wat u aan R1.1 aanscherpt: max',
    ]);
  });

  it('refuses a norm the version does not have, and the same norm twice', () => {
    expect(
      tightening({ norm: 'R9.1', max: 1 }, { norm: 'R1.1', max: 120 }, { norm: 'R1.1', max: 100 }),
    ).toEqual([
      'tightened.0.norm: norm R9.1 bestaat niet in versie 2025.1 van het kwaliteitskader',
      'tightened.2.norm: R1.1 is al eerder aangescherpt; zet alles wat u aan deze norm aanscherpt in één aanscherping',
    ]);
  });
});

describe('not adopting a norm', () => {
  it('needs a reason, and cannot be combined with tightening the same norm', () => {
    const issues = checkAdoption(
      baseline,
      adoption({
        tightened: [{ norm: 'R1.1', max: 100 }],
        notAdopted: [
          { norm: 'R1.1', reason: 'Geen kleine panden' },
          { norm: 'R1.3', reason: '  ' },
          { norm: 'R1.3', reason: 'Dubbel' },
        ],
      }),
    ).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      'tightened.0.norm: R1.1 staat ook bij notAdopted: een norm die u niet overneemt, kunt u niet aanscherpen',
      'notAdopted.1.reason: geef een reden waarom R1.3 niet wordt overgenomen',
      'notAdopted.2.norm: R1.3 staat twee keer bij notAdopted',
    ]);
  });
});

describe('adding a local norm', () => {
  it('accepts a norm under an existing theme', () => {
    expect(checkAdoption(baseline, adoption({ localNorms: [localNorm()] }))).toEqual([]);
  });

  it('wants an id of the form R4.L1, under a theme that exists, used once', () => {
    const issues = checkAdoption(
      baseline,
      adoption({
        localNorms: [
          localNorm({ id: 'R4.1' }),
          localNorm({ id: 'R9.L1' }),
          localNorm({ id: 'R4.L1' }),
          localNorm({ id: 'R4.L1' }),
        ],
      }),
    ).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      "localNorms.0.id: 'R4.1' is geen id voor een lokale norm; gebruik het thema, een L en een nummer, zoals R4.L1",
      'localNorms.1.id: thema R9 bestaat niet in dit kader',
      'localNorms.3.id: norm-id R4.L1 komt al eerder voor; elke norm heeft een eigen id',
    ]);
  });

  it('checks a local norm like a baseline norm', () => {
    const issues = checkAdoption(
      baseline,
      adoption({
        localNorms: [
          localNorm({
            kind: 'distance',
            facility: 'jgz',
            maxKm: 3,
            level: 'municipality',
          } as Partial<LocalNorm>),
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'een distance-norm gaat over een locatie; zet level op location',
    ]);
  });
});

describe('the effective framework', () => {
  const local = adoption({
    municipality: 'GM0014',
    tightened: [{ norm: 'R1.1', max: 100, reason: 'Raadsbesluit 12-2025' }],
    notAdopted: [{ norm: 'R1.3', reason: 'De panden hebben geen keukens' }],
    localNorms: [localNorm()],
  });

  it('is the baseline itself without an adoption', () => {
    const effective = effectiveFramework(baseline, null);
    expect(effective.municipality).toBeNull();
    expect(normsOf(effective).map(({ norm }) => norm.origin)).toEqual(
      normsOf(baseline).map(() => 'baseline'),
    );
  });

  it('tightens, leaves out and adds, keeping the baseline beside each change', () => {
    const effective = effectiveFramework(baseline, local);
    expect(effective.municipality).toBe('GM0014');
    const r1 = effective.themes[0]!.norms;
    expect(r1.map((n) => [n.id, n.origin])).toEqual([
      ['R1.1', 'tightened'],
      ['R1.2', 'baseline'],
      ['R1.4', 'baseline'],
    ]);
    expect(r1[0]).toMatchObject({
      max: 100,
      reason: 'Raadsbesluit 12-2025',
      baseline: { max: 150 },
    });
    expect(effective.themes[3]!.norms.map((n) => [n.id, n.origin])).toEqual([
      ['R4.1', 'baseline'],
      ['R4.2', 'baseline'],
      ['R4.3', 'baseline'],
      ['R4.L1', 'local'],
    ]);
    expect(effective.notAdopted).toEqual([
      {
        theme: 'R1',
        norm: baseline.themes[0]!.norms[2],
        reason: 'De panden hebben geen keukens',
      },
    ]);
    // The baseline itself is untouched.
    expect(baseline.themes[0]!.norms[0]).toMatchObject({ max: 150 });
  });

  it('refuses an adoption of another version', () => {
    expect(() => effectiveFramework(baseline, { ...local, framework: '2024.1' })).toThrow(
      'De aanname gaat over versie 2024.1, het kader is versie 2025.1.',
    );
  });

  it('puts baseline and local version side by side with every deviation marked', () => {
    const rows = compareWithBaseline(baseline, local);
    expect(
      rows.filter((r) => r.deviation !== 'none').map((r) => [r.id, r.deviation, r.reason]),
    ).toEqual([
      ['R1.1', 'tightened', 'Raadsbesluit 12-2025'],
      ['R1.3', 'notAdopted', 'De panden hebben geen keukens'],
      ['R4.L1', 'local', null],
    ]);
    expect(rows).toHaveLength(25);
    const r11 = rows.find((r) => r.id === 'R1.1')!;
    expect(r11.baseline).toMatchObject({ max: 150 });
    expect(r11.local).toMatchObject({ max: 100 });
    expect(r11.local).not.toHaveProperty('origin');
  });
});

describe('reading an adoption file', () => {
  it('names line, field and reason of each problem, and whose file it is', () => {
    const text = [
      'municipality: GM0014', // 1
      'framework: "2025.1"', // 2
      'tightened:', // 3
      '  - norm: R1.1', // 4
      '    max: 180', // 5
      'notAdopted:', // 6
      '  - norm: R1.3', // 7
    ].join('\n');
    const result = readAdoption(library, text, 'GM0014');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatLineIssue)).toEqual([
      'regel 7, veld notAdopted[0].reason: ontbreekt',
    ]);
    const fixed = `${text}\n    reason: Geen keukens`;
    const second = readAdoption(library, fixed, 'GM0014');
    expect(second.ok ? [] : second.issues.map(formatLineIssue)).toEqual([
      'regel 5, veld tightened[0].max: R1.1: 180 is niet strenger dan de basiswaarde 150: een gemeente mag alleen aanscherpen (een lagere waarde)',
    ]);
    const elsewhere = readAdoption(library, fixed.replace('max: 180', 'max: 120'), 'GM0363');
    expect(elsewhere.ok ? [] : elsewhere.issues.map(formatLineIssue)).toEqual([
      'regel 1, veld municipality: dit kader is van GM0014, niet van GM0363; pas municipality aan of laat het weg',
    ]);
  });

  it('names a version that does not exist', () => {
    const result = readAdoption(library, 'framework: "2024.9"\n', null);
    expect(result.ok ? [] : result.issues.map(formatLineIssue)).toEqual([
      'regel 1, veld framework: versie 2024.9 bestaat niet; kies uit 2025.1',
    ]);
  });
});
