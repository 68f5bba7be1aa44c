/** Disclosure control of the published set (domain.md, "Disclosure control"), rule by rule. */
import { describe, expect, it } from 'vitest';
import { type LocatieType, NOOD_TYPES } from '../../src/domain/import/locaties.js';
import { fraction, roundHalfAway } from '../../src/domain/indicators/fraction.js';
import { kaplanMeier, type Outcome, type Subject } from '../../src/domain/indicators/km.js';
import {
  type PublishedSet,
  type PublishedTable,
  publishedSet,
} from '../../src/domain/indicators/suppression.js';
import {
  type DistributionKey,
  emptyRawTable,
  type KmIndicator,
  kmValue,
  type RawTable,
  type Scope,
  type SubtypeKey,
} from '../../src/domain/indicators/table.js';

const PEILDATUM = '2025-06-30';

interface Child {
  type: LocatieType;
  subtype: SubtypeKey;
  unaccompanied: boolean;
  transfers: number;
  /** Days in NOOD, as spell and as episode; only read for a child at a NOOD location. */
  noodDays: number;
  notEnrolledOver90: boolean;
  gza: boolean;
  turning18: boolean;
  plan: boolean;
  statusDays: number | null;
}

const children = (n: number, overrides: Partial<Child> = {}): Child[] =>
  Array.from({ length: n }, () => ({
    type: 'azc',
    subtype: 'geen',
    unaccompanied: false,
    transfers: 0,
    noodDays: 10,
    notEnrolledOver90: false,
    gza: false,
    turning18: false,
    plan: false,
    statusDays: null,
    ...overrides,
  }));

type Cohorts = Partial<Record<KmIndicator, Subject[]>>;
interface Municipality {
  code: string;
  children?: Child[];
  km?: Cohorts;
}

let nextChild = 0;
/** Subjects of a KM cohort, each a different child. */
const subjects = (n: number, time: number, outcome: Outcome): Subject[] =>
  Array.from({ length: n }, () => ({ time, outcome, child: nextChild++ }));

const KM_INDICATORS: KmIndicator[] = ['daysInNood', 'daysToSchool', 'daysToJgz', 'daysToHousing'];

function rawTable(scope: Scope, kids: readonly Child[], cohorts: Cohorts): RawTable {
  const raw = emptyRawTable(PEILDATUM, scope);
  for (const c of kids) {
    raw.children.count++;
    raw.children.byType[c.type]++;
    raw.children.bySubtype[c.subtype]++;
    raw.children.byUnaccompanied[c.unaccompanied ? 'unaccompanied' : 'accompanied']++;
    const n = c.transfers >= 4 ? '4+' : (String(c.transfers) as DistributionKey);
    raw.transfers12m.distribution[n]++;
    raw.transfers12m.totalTransfers += c.transfers;
    raw.transfers12m.max = Math.max(raw.transfers12m.max ?? 0, c.transfers);
    if (NOOD_TYPES.includes(c.type)) {
      raw.childrenInNood.count++;
      if (c.unaccompanied) raw.childrenInNood.childrenInNoodUnaccompanied++;
      raw.daysInNood.spellDays.push(c.noodDays);
      raw.daysInNood.episodeDays.push(c.noodDays);
    }
    if (c.notEnrolledOver90) raw.daysToSchool.notEnrolledOver90++;
    if (c.gza) raw.gzaRegistered.count++;
    if (c.turning18) {
      raw.turning18.count++;
      if (c.unaccompanied) raw.turning18.unaccompanied++;
      if (c.unaccompanied && c.plan) raw.turning18.withPlan++;
    }
    if (c.statusDays !== null) raw.statusWaiting.days.push(c.statusDays);
  }
  for (const indicator of KM_INDICATORS) raw[indicator].km = kaplanMeier(cohorts[indicator] ?? []);
  return raw;
}

/** The national table holds every child and subject of the municipal ones. */
function rawSet(municipalities: readonly Municipality[]) {
  const municipal = municipalities.map((m) =>
    rawTable({ type: 'gemeente', code: m.code }, m.children ?? [], m.km ?? {}),
  );
  const allCohorts = Object.fromEntries(
    KM_INDICATORS.map((i) => [i, municipalities.flatMap((m) => m.km?.[i] ?? [])]),
  );
  const all = municipalities.flatMap((m) => m.children ?? []);
  return { national: rawTable({ type: 'all', code: 'all' }, all, allCohorts), municipal };
}

function publish(municipalities: readonly Municipality[]): PublishedSet {
  const { national, municipal } = rawSet(municipalities);
  return publishedSet(PEILDATUM, national, municipal);
}

const at = (table: PublishedTable, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], table);

/** Every leaf of a JSON object as `path`, in key order. */
const leafPaths = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const kmBlock = (prefix: string, values: string[]) =>
  [
    'spells',
    'children',
    'events',
    'censored.peildatum',
    'censored.exit',
    'censored.achttien',
    'median',
    ...values,
  ].map((k) => `${prefix}.km.${k}`);

const TABLE_LEAVES = [
  'peildatum',
  'scope.type',
  'scope.code',
  'suppressed',
  'children.count',
  ...[
    'azc',
    'col',
    'pol',
    'kwv',
    'gezinslocatie',
    'kleinschalig',
    'noodopvang',
    'tgo',
    'crisisnoodopvang',
  ].map((t) => `children.byType.${t}`),
  ...['sporthal', 'evenementenhal', 'hotel', 'schip', 'paviljoen', 'kantoor', 'overig', 'geen'].map(
    (s) => `children.bySubtype.${s}`,
  ),
  'children.byUnaccompanied.unaccompanied',
  'children.byUnaccompanied.accompanied',
  'childrenInNood.count',
  'childrenInNood.shareInNood',
  'childrenInNood.childrenInNoodUnaccompanied',
  'childrenInNood.shareInNoodUnaccompanied',
  'transfers12m.children',
  ...['0', '1', '2', '3', '4+'].map((n) => `transfers12m.distribution.${n}`),
  'transfers12m.atLeast2',
  'transfers12m.shareAtLeast2',
  'daysInNood.current.count',
  'daysInNood.current.medianSpellDays',
  'daysInNood.current.medianEpisodeDays',
  'daysInNood.current.over183',
  'daysInNood.current.shareOver183',
  ...kmBlock('daysInNood', ['S14', 'S90', 'S183']),
  ...kmBlock('daysToSchool', ['oneMinusS30', 'oneMinusS90']),
  'daysToSchool.notEnrolledOver90',
  ...kmBlock('daysToJgz', ['oneMinusS42', 'oneMinusS90']),
  'gzaRegistered.count',
  'gzaRegistered.share',
  'turning18.count',
  'turning18.unaccompanied',
  'turning18.withPlan',
  'turning18.shareWithPlan',
  'statusWaiting.count',
  'statusWaiting.median',
  'statusWaiting.over98',
  'statusWaiting.shareOver98',
  ...kmBlock('daysToHousing', ['oneMinusS98', 'oneMinusS183']),
];

describe('the published set', () => {
  it('has the keys of indicators-api.md §5 in order, municipalities by code', () => {
    const set = publish([
      { code: 'GM0363', children: children(12) },
      { code: 'GM0003' },
      { code: 'GM0014', children: children(7) },
    ]);
    expect(Object.keys(set)).toEqual(['peildatum', 'suppressed', 'national', 'municipal']);
    expect(set.peildatum).toBe(PEILDATUM);
    expect(set.suppressed).toBe(true);
    expect(Object.keys(set.municipal)).toEqual(['GM0003', 'GM0014', 'GM0363']);
    expect(set.national.scope).toEqual({ type: 'all', code: 'all' });
    expect(set.municipal.GM0014!.scope).toEqual({ type: 'gemeente', code: 'GM0014' });
    for (const table of [set.national, ...Object.values(set.municipal)]) {
      expect(leafPaths(table)).toEqual(TABLE_LEAVES);
      expect(table.suppressed).toBe(true);
    }
  });

  it('shows a municipality without children as zeros and nulls', () => {
    const empty = publish([{ code: 'GM0003' }, { code: 'GM0014', children: children(20) }])
      .municipal.GM0003!;
    for (const path of TABLE_LEAVES.slice(4)) {
      const value = at(empty, path);
      expect(value === 0 || value === null, path).toBe(true);
    }
  });

  it('refuses tables that break the relations it relies on', () => {
    const { national, municipal } = rawSet([{ code: 'GM0003', children: children(6) }]);
    national.children.count++;
    national.children.byType.azc++;
    national.children.bySubtype.geen++;
    national.children.byUnaccompanied.accompanied++;
    national.transfers12m.distribution['0']++;
    expect(() => publishedSet(PEILDATUM, national, municipal)).toThrow(
      /children.count ≠ Σ municipal/,
    );
    national.children.byType.azc--;
    expect(() => publishedSet(PEILDATUM, national, municipal)).toThrow(
      /children.count ≠ Σ of its parts/,
    );
  });

  it('refuses tables of another peildatum or scope', () => {
    const { national, municipal } = rawSet([{ code: 'GM0003', children: children(6) }]);
    expect(() => publishedSet('2025-07-01', national, municipal)).toThrow(/peildatum/);
    expect(() => publishedSet(PEILDATUM, municipal[0]!, [national])).toThrow(/scope/);
    expect(() => publishedSet(PEILDATUM, national, [municipal[0]!, municipal[0]!])).toThrow(
      /GM0003/,
    );
  });
});

describe('rule 1: counts of 1–4', () => {
  it('suppresses counts of 1–4, and shows 0 and counts that expose nothing', () => {
    const table = publish([
      { code: 'GM0003', children: [...children(20), ...children(3, { transfers: 1 })] },
      { code: 'GM0014', children: [...children(30), ...children(4, { transfers: 1 })] },
    ]).municipal.GM0003!;
    expect(table.transfers12m.distribution['1']).toBe('x');
    expect(table.transfers12m.distribution['2']).toBe(0);
    expect(table.children.byType.col).toBe(0);
    expect(table.children.count).toBe(23);
  });

  it('treats a number shown in several places as one cell', () => {
    const set = publish([
      { code: 'GM0003', children: children(3, { type: 'noodopvang' }) },
      {
        code: 'GM0014',
        children: children(20),
        km: { daysToHousing: subjects(2, 5, 'event') },
      },
      { code: 'GM0034', km: { daysToHousing: subjects(3, 5, 'event') } },
    ]);
    const nood = set.municipal.GM0003!;
    expect(nood.children.count).toBe('x');
    expect(nood.transfers12m.children).toBe('x');
    expect(nood.childrenInNood.count).toBe('x');
    expect(nood.daysInNood.current.count).toBe('x');
    const housing = set.municipal.GM0014!.daysToHousing.km;
    expect([housing.spells, housing.children]).toEqual(['x', 'x']);
  });
});

describe('rule 2 (a): derivable within a table', () => {
  it('suppresses the smallest shown count of the determining relation', () => {
    const set = publish([
      { code: 'GM0003', children: [...children(7), ...children(3, { type: 'col' })] },
      { code: 'GM0014', children: [...children(20), ...children(2, { type: 'col' })] },
    ]);
    const a = set.municipal.GM0003!.children;
    // col = count − azc, so azc (7 < count 10) goes too.
    expect([a.count, a.byType.azc, a.byType.col]).toEqual([10, 'x', 'x']);
    const b = set.municipal.GM0014!.children;
    expect([b.count, b.byType.azc, b.byType.col]).toEqual([22, 'x', 'x']);
    expect([set.national.children.byType.azc, set.national.children.byType.col]).toEqual([27, 5]);
  });

  it('breaks a tie between candidates in published order', () => {
    const kids = [...children(5), ...children(5, { type: 'col' }), ...children(3, { type: 'pol' })];
    const set = publish([
      { code: 'GM0003', children: kids },
      { code: 'GM0014', children: kids },
    ]);
    const byType = set.municipal.GM0003!.children.byType;
    expect([byType.azc, byType.col, byType.pol]).toEqual(['x', 5, 'x']);
  });

  it('protects a complement of 1–4 by suppressing its numerator', () => {
    const set = publish([
      {
        code: 'GM0003',
        children: [...children(10, { gza: true }), ...children(2)],
      },
      {
        code: 'GM0014',
        children: [...children(6, { gza: true }), ...children(14)],
      },
    ]);
    // 12 − 10 = 2 children without a registration: gza (10 < 12) is suppressed ...
    expect(set.municipal.GM0003!.gzaRegistered).toEqual({ count: 'x', share: 'x' });
    // ... and, being alone in national = Σ municipal, a second municipality's (rule 2 b).
    expect(set.municipal.GM0014!.gzaRegistered).toEqual({ count: 'x', share: 'x' });
    expect(set.national.gzaRegistered).toEqual({ count: 16, share: 0.5 });
  });

  it('lets a complement of 5 or more be derived', () => {
    const table = publish([
      { code: 'GM0003', children: [...children(10, { gza: true }), ...children(5)] },
    ]).municipal.GM0003!;
    expect(table.gzaRegistered).toEqual({ count: 10, share: 0.667 });
  });

  it('follows a derivation through several relations', () => {
    const kids = [
      ...children(3, { transfers: 0 }),
      ...children(10, { transfers: 1 }),
      ...children(2, { transfers: 2 }),
      ...children(6, { transfers: 3 }),
      ...children(7, { transfers: 4 }),
    ];
    const set = publish([
      { code: 'GM0003', children: kids },
      { code: 'GM0014', children: kids },
    ]);
    // "0" = count − "1" − atLeast2 takes two relations; their smallest shown counts go one by
    // one ("3", "4+", "1") until it no longer follows.
    const t = set.municipal.GM0003!.transfers12m;
    expect(t.distribution).toEqual({ '0': 'x', '1': 'x', '2': 'x', '3': 'x', '4+': 'x' });
    expect([t.children, t.atLeast2]).toEqual([28, 15]);
  });
});

describe('rule 2 (b): alone in national = Σ municipal', () => {
  it('suppresses the smallest shown count of the relation, ties in published order', () => {
    const set = publish([
      { code: 'GM0034', children: children(10, { notEnrolledOver90: true }) },
      { code: 'GM0014', children: children(10, { notEnrolledOver90: true }) },
      { code: 'GM0003', children: children(3, { notEnrolledOver90: true }) },
    ]);
    const shown = (code: string) => set.municipal[code]!.daysToSchool.notEnrolledOver90;
    expect([shown('GM0003'), shown('GM0014'), shown('GM0034')]).toEqual(['x', 'x', 10]);
    expect(set.national.daysToSchool.notEnrolledOver90).toBe(23);
  });

  it('applies to the counts of I10, not to those of the other KM blocks', () => {
    const set = publish([
      {
        code: 'GM0003',
        km: { daysToHousing: subjects(3, 5, 'event'), daysToSchool: subjects(3, 5, 'event') },
      },
      {
        code: 'GM0014',
        km: { daysToHousing: subjects(10, 5, 'event'), daysToSchool: subjects(10, 5, 'event') },
      },
    ]);
    const b = set.municipal.GM0014!;
    expect([b.daysToHousing.km.spells, b.daysToHousing.km.events]).toEqual(['x', 'x']);
    expect([b.daysToSchool.km.spells, b.daysToSchool.km.events]).toEqual([10, 10]);
  });

  it('tests (a) before (b)', () => {
    const set = publish([
      { code: 'GM0003', children: [...children(7), ...children(3, { type: 'col' })] },
      { code: 'GM0014', children: [...children(20), ...children(6, { type: 'col' })] },
    ]);
    // GM0003 col is exposed by (a) and by (b): first its azc goes (a), then GM0014's col (b),
    // which in turn exposes GM0014's col within its table (a).
    const a = set.municipal.GM0003!.children.byType;
    const b = set.municipal.GM0014!.children.byType;
    expect([a.azc, a.col, b.azc, b.col]).toEqual(['x', 'x', 'x', 'x']);
    expect(set.national.children.byType.col).toBe(9);
  });

  it('protects a suppressed national count', () => {
    const set = publish([
      { code: 'GM0003', children: children(3, { notEnrolledOver90: true }) },
      { code: 'GM0014', children: children(6) },
    ]);
    expect(set.national.daysToSchool.notEnrolledOver90).toBe('x');
    expect(set.municipal.GM0003!.daysToSchool.notEnrolledOver90).toBe('x');
    expect(set.municipal.GM0014!.daysToSchool.notEnrolledOver90).toBe(0);
  });
});

describe('rule 2 (c): suppressed cells that must all be 1', () => {
  it('within a table', () => {
    const kids = [
      ...children(10),
      ...children(1, { type: 'col' }),
      ...children(1, { type: 'pol' }),
    ];
    const set = publish([
      { code: 'GM0003', children: kids },
      { code: 'GM0014', children: kids },
    ]);
    const byType = set.municipal.GM0003!.children.byType;
    // col + pol = 12 − 10 = 2 would show both to be 1.
    expect([byType.azc, byType.col, byType.pol]).toEqual(['x', 'x', 'x']);
    expect(set.municipal.GM0003!.children.count).toBe(12);
  });

  it('across tables', () => {
    const set = publish([
      { code: 'GM0003', children: children(1, { notEnrolledOver90: true }) },
      { code: 'GM0014', children: children(1, { notEnrolledOver90: true }) },
      { code: 'GM0034', children: children(5, { notEnrolledOver90: true }) },
      { code: 'GM0037', children: children(8, { notEnrolledOver90: true }) },
    ]);
    const shown = (code: string) => set.municipal[code]!.daysToSchool.notEnrolledOver90;
    // national 15 − 8 − 5 = 2 would show both suppressed to be 1; the 5 goes.
    expect(['GM0003', 'GM0014', 'GM0034', 'GM0037'].map(shown)).toEqual(['x', 'x', 'x', 8]);
    expect(set.national.daysToSchool.notEnrolledOver90).toBe(15);
  });
});

describe('rule 3: shares', () => {
  it('rounds half away from zero on the exact fraction, to 3 decimals', () => {
    const table = publish([
      {
        code: 'GM0003',
        children: [...children(5, { gza: true }), ...children(11)],
      },
    ]).municipal.GM0003!;
    expect(table.gzaRegistered.share).toBe(0.313);
    expect(table.gzaRegistered.share).toBe(roundHalfAway(fraction(5, 16), 3));
    expect(table.childrenInNood.shareInNood).toBe(0);
  });

  it('suppresses a share whose numerator or denominator is suppressed', () => {
    const set = publish([
      {
        code: 'GM0003',
        children: [...children(5, { unaccompanied: true }), ...children(3)],
      },
      {
        code: 'GM0014',
        children: [...children(4, { unaccompanied: true, type: 'noodopvang' }), ...children(20)],
      },
    ]);
    // accompanied 3 would give unaccompanied 5 as 8 − 3: both are suppressed, and so is the
    // share over those 5, although its numerator 0 is shown.
    const a = set.municipal.GM0003!;
    expect(a.children.byUnaccompanied).toEqual({ unaccompanied: 'x', accompanied: 'x' });
    expect(a.childrenInNood.childrenInNoodUnaccompanied).toBe(0);
    expect(a.childrenInNood.shareInNoodUnaccompanied).toBe('x');
    const b = set.municipal.GM0014!.childrenInNood;
    expect([b.childrenInNoodUnaccompanied, b.shareInNoodUnaccompanied]).toEqual(['x', 'x']);
  });

  it('keeps null for a denominator of 0', () => {
    const table = publish([{ code: 'GM0003', children: children(8) }]).municipal.GM0003!;
    expect(table.childrenInNood.shareInNoodUnaccompanied).toBeNull();
    expect(table.daysInNood.current.shareOver183).toBeNull();
    expect(table.turning18.shareWithPlan).toBeNull();
    expect(table.statusWaiting.shareOver98).toBeNull();
  });
});

describe('rule 4: medians and KM figures', () => {
  it('suppresses a plain median over fewer than 10 children', () => {
    const set = publish([
      {
        code: 'GM0003',
        children: [
          ...children(9, { type: 'noodopvang', noodDays: 40, statusDays: 120 }),
          ...children(1, { statusDays: 120 }),
          ...children(10, { statusDays: 30 }),
        ],
      },
      { code: 'GM0014', children: children(10, { type: 'tgo', noodDays: 200 }) },
    ]);
    const a = set.municipal.GM0003!;
    expect(a.daysInNood.current.medianSpellDays).toBe('x');
    expect(a.daysInNood.current.medianEpisodeDays).toBe('x');
    expect(a.statusWaiting.median).toBe(75);
    const b = set.municipal.GM0014!;
    expect(b.daysInNood.current.medianSpellDays).toBe(200);
    expect(b.statusWaiting.median).toBeNull();
  });

  it('shows a KM median with at least 10 children and 5 events on or before it', () => {
    const cohort = [...subjects(6, 3, 'event'), ...subjects(4, 100, 'peildatum')];
    const block = publish([{ code: 'GM0003', km: { daysToJgz: cohort } }]).municipal.GM0003!
      .daysToJgz.km;
    expect(block.median).toBe(3);
  });

  it('suppresses a KM median with fewer than 10 children or 5 events up to it', () => {
    const fewChildren = [...subjects(6, 3, 'event'), ...subjects(3, 100, 'peildatum')];
    // After 6 exits on day 1, S(2) = 2/4 = 0.5: the median is 2, with 2 events.
    const fewEvents = [
      ...subjects(6, 1, 'exit'),
      ...subjects(2, 2, 'event'),
      ...subjects(2, 100, 'peildatum'),
    ];
    // S(3) = 6/10, never 0.5: not reached, with only 4 events in all.
    const notReached = [...subjects(4, 3, 'event'), ...subjects(6, 100, 'peildatum')];
    const set = publish([
      {
        code: 'GM0003',
        km: { daysToJgz: fewChildren, daysToSchool: fewEvents, daysInNood: notReached },
      },
    ]);
    const t = set.municipal.GM0003!;
    expect([t.daysToJgz.km.median, t.daysToSchool.km.median, t.daysInNood.km.median]).toEqual([
      'x',
      'x',
      'x',
    ]);
  });

  it('shows "niet bereikt" with at least 5 events in all', () => {
    const cohort = [...subjects(5, 3, 'event'), ...subjects(10, 100, 'peildatum')];
    const block = publish([{ code: 'GM0003', km: { daysInNood: cohort } }]).municipal.GM0003!
      .daysInNood.km;
    expect(block.median).toBe('niet bereikt');
  });

  it('shows a KM value with 5 events up to x and 5 subjects after x, rounded to 2 decimals', () => {
    const cohort = [
      ...subjects(5, 10, 'event'),
      ...subjects(2, 10, 'exit'),
      ...subjects(5, 20, 'event'),
      ...subjects(4, 120, 'peildatum'),
    ];
    const set = publish([{ code: 'GM0003', km: { daysInNood: cohort } }]);
    const block = set.municipal.GM0003!.daysInNood.km;
    const curve = kaplanMeier(cohort);
    expect(block.S14).toBe(roundHalfAway(kmValue(curve, 14, false) as never, 2));
    expect(block.S14).toBe(0.69);
    // After day 90 only 4 subjects remain.
    expect(block.S90).toBe('x');
    // Nobody is followed to day 183: niet schatbaar, and so suppressed.
    expect(block.S183).toBe('x');
  });

  it('suppresses a KM value with fewer than 5 events up to x', () => {
    const cohort = [...subjects(4, 10, 'event'), ...subjects(10, 200, 'event')];
    const block = publish([{ code: 'GM0003', km: { daysToSchool: cohort } }]).municipal.GM0003!
      .daysToSchool.km;
    expect([block.oneMinusS30, block.oneMinusS90]).toEqual(['x', 'x']);
  });

  it('keeps null for an empty cohort', () => {
    const block = publish([{ code: 'GM0003', children: children(5) }]).municipal.GM0003!
      .daysToHousing.km;
    expect([block.median, block.oneMinusS98, block.oneMinusS183]).toEqual([null, null, null]);
  });
});
