/**
 * Random published sets against a reader of the published JSON written apart from
 * suppression.ts: what can someone derive from the shown cells and the relations of domain.md?
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCATIE_TYPES, type LocatieType, NOOD_TYPES } from '../../src/domain/import/locaties.js';
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
  type RawTable,
  type Scope,
  SUBTYPE_KEYS,
  type SubtypeKey,
  unsuppressedTable,
} from '../../src/domain/indicators/table.js';

const PEILDATUM = '2025-06-30';

// ---------------------------------------------------------------------------------------------
// Random sets: municipalities of a few children, the national table holding them all

interface Child {
  type: LocatieType;
  subtype: SubtypeKey;
  unaccompanied: boolean;
  transfers: number;
  noodDays: number;
  notEnrolledOver90: boolean;
  gza: boolean;
  turning18: boolean;
  plan: boolean;
  statusDays: number | null;
}

const KM_INDICATORS: KmIndicator[] = ['daysInNood', 'daysToSchool', 'daysToJgz', 'daysToHousing'];
type Cohorts = Record<KmIndicator, Subject[]>;
interface Municipality {
  code: string;
  children: Child[];
  cohorts: Cohorts;
}

/** Mostly a few types and subtypes, so that small counts and their relations meet often. */
const childArbitrary: fc.Arbitrary<Child> = fc.record({
  type: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<LocatieType>('azc', 'noodopvang') },
    { weight: 1, arbitrary: fc.constantFrom(...LOCATIE_TYPES) },
  ),
  subtype: fc.oneof(
    { weight: 4, arbitrary: fc.constant<SubtypeKey>('geen') },
    { weight: 1, arbitrary: fc.constantFrom(...SUBTYPE_KEYS) },
  ),
  unaccompanied: fc.boolean(),
  transfers: fc.integer({ min: 0, max: 5 }),
  noodDays: fc.integer({ min: 0, max: 400 }),
  notEnrolledOver90: fc.boolean(),
  gza: fc.boolean(),
  turning18: fc.boolean(),
  plan: fc.boolean(),
  statusDays: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
});

const subjectArbitrary = (outcomes: Outcome[]) =>
  fc.record({
    time: fc.integer({ min: 0, max: 200 }),
    outcome: fc.constantFrom(...outcomes),
    /** Several spells of one child in I4–I6; renumbered per set below. */
    child: fc.integer({ min: 0, max: 8 }),
  });
const ALL_OUTCOMES: Outcome[] = ['event', 'peildatum', 'exit', 'achttien'];
const cohortsArbitrary: fc.Arbitrary<Cohorts> = fc.record({
  daysInNood: fc.array(subjectArbitrary(ALL_OUTCOMES), { maxLength: 14 }),
  daysToSchool: fc.array(subjectArbitrary(ALL_OUTCOMES), { maxLength: 14 }),
  daysToJgz: fc.array(subjectArbitrary(ALL_OUTCOMES), { maxLength: 14 }),
  daysToHousing: fc.array(subjectArbitrary(['event', 'peildatum', 'exit']), { maxLength: 14 }),
});

const municipalitiesArbitrary: fc.Arbitrary<Municipality[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 1999 }), { minLength: 3, maxLength: 8 })
  .chain((numbers) =>
    fc.tuple(
      ...numbers.map((n) =>
        fc.record({
          code: fc.constant(`GM${String(n).padStart(4, '0')}`),
          children: fc.array(childArbitrary, { maxLength: 16 }),
          cohorts: cohortsArbitrary,
        }),
      ),
    ),
  )
  .map(distinctChildren);

/** Children are distinct across municipalities; in I10 every subject is its own child. */
function distinctChildren(municipalities: Municipality[]): Municipality[] {
  return municipalities.map((m, i) => {
    const renumber = (s: Subject, j: number, indicator: KmIndicator) => ({
      ...s,
      child: indicator === 'daysToHousing' ? i * 1000 + j : i * 1000 + s.child,
    });
    const cohorts = Object.fromEntries(
      KM_INDICATORS.map((k) => [k, m.cohorts[k].map((s, j) => renumber(s, j, k))]),
    ) as Cohorts;
    return { ...m, cohorts };
  });
}

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
      raw.daysInNood.episodeDays.push(c.noodDays + 30);
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
  for (const indicator of KM_INDICATORS) raw[indicator].km = kaplanMeier(cohorts[indicator]);
  return raw;
}

function rawSet(municipalities: readonly Municipality[]) {
  const municipal = municipalities.map((m) =>
    rawTable({ type: 'gemeente', code: m.code }, m.children, m.cohorts),
  );
  const all = Object.fromEntries(
    KM_INDICATORS.map((k) => [k, municipalities.flatMap((m) => m.cohorts[k])]),
  ) as Cohorts;
  const national = rawTable(
    { type: 'all', code: 'all' },
    municipalities.flatMap((m) => m.children),
    all,
  );
  return { national, municipal };
}

// ---------------------------------------------------------------------------------------------
// The reader: cells by their JSON position, relations as domain.md lists them

const TYPES = LOCATIE_TYPES.map((t) => `children.byType.${t}`);
const SUBTYPES = SUBTYPE_KEYS.map((s) => `children.bySubtype.${s}`);
const DISTRIBUTION = ['0', '1', '2', '3', '4+'].map((n) => `transfers12m.distribution.${n}`);
const NOOD = ['noodopvang', 'tgo', 'crisisnoodopvang'].map((t) => `children.byType.${t}`);
const kmCounts = (indicator: KmIndicator) =>
  ['spells', 'children', 'events', 'censored.peildatum', 'censored.exit', 'censored.achttien'].map(
    (k) => `${indicator}.km.${k}`,
  );

/** Every position of a Count in a published table. */
const COUNT_POSITIONS = [
  'children.count',
  ...TYPES,
  ...SUBTYPES,
  'children.byUnaccompanied.unaccompanied',
  'children.byUnaccompanied.accompanied',
  'childrenInNood.count',
  'childrenInNood.childrenInNoodUnaccompanied',
  'transfers12m.children',
  ...DISTRIBUTION,
  'transfers12m.atLeast2',
  'daysInNood.current.count',
  'daysInNood.current.over183',
  ...kmCounts('daysInNood'),
  ...kmCounts('daysToSchool'),
  'daysToSchool.notEnrolledOver90',
  ...kmCounts('daysToJgz'),
  'gzaRegistered.count',
  'turning18.count',
  'turning18.unaccompanied',
  'turning18.withPlan',
  'statusWaiting.count',
  'statusWaiting.over98',
  ...kmCounts('daysToHousing'),
];

/** share, numerator, denominator. */
const SHARES: [string, string, string][] = [
  ['childrenInNood.shareInNood', 'childrenInNood.count', 'children.count'],
  [
    'childrenInNood.shareInNoodUnaccompanied',
    'childrenInNood.childrenInNoodUnaccompanied',
    'children.byUnaccompanied.unaccompanied',
  ],
  ['transfers12m.shareAtLeast2', 'transfers12m.atLeast2', 'transfers12m.children'],
  ['daysInNood.current.shareOver183', 'daysInNood.current.over183', 'daysInNood.current.count'],
  ['gzaRegistered.share', 'gzaRegistered.count', 'children.count'],
  ['turning18.shareWithPlan', 'turning18.withPlan', 'turning18.unaccompanied'],
  ['statusWaiting.shareOver98', 'statusWaiting.over98', 'statusWaiting.count'],
];
const complementOf = (share: string) => `complement of ${share}`;
const isComplement = (name: string) => name.startsWith('complement of ');

/** total = Σ parts. A number shown in two places is two positions equal to each other. */
const WITHIN: [string, string[]][] = [
  ['children.count', TYPES],
  ['children.count', SUBTYPES],
  [
    'children.count',
    ['children.byUnaccompanied.unaccompanied', 'children.byUnaccompanied.accompanied'],
  ],
  ['childrenInNood.count', NOOD],
  ['transfers12m.children', DISTRIBUTION],
  ['transfers12m.atLeast2', DISTRIBUTION.slice(2)],
  ...KM_INDICATORS.map((i): [string, string[]] => {
    const [spells, , ...rest] = kmCounts(i);
    return [spells!, rest];
  }),
  ...SHARES.map(([share, num, den]): [string, string[]] => [den, [num, complementOf(share)]]),
  ['transfers12m.children', ['children.count']],
  ['daysInNood.current.count', ['childrenInNood.count']],
  ['daysToHousing.km.children', ['daysToHousing.km.spells']],
];

/** national = Σ municipal (indicators-api.md §5). */
const ACROSS = [
  'children.count',
  ...TYPES,
  ...SUBTYPES,
  'children.byUnaccompanied.unaccompanied',
  'children.byUnaccompanied.accompanied',
  'childrenInNood.count',
  'childrenInNood.childrenInNoodUnaccompanied',
  'transfers12m.children',
  ...DISTRIBUTION,
  'transfers12m.atLeast2',
  'daysInNood.current.count',
  'daysInNood.current.over183',
  'daysToSchool.notEnrolledOver90',
  'gzaRegistered.count',
  'turning18.count',
  'turning18.unaccompanied',
  'turning18.withPlan',
  'statusWaiting.count',
  'statusWaiting.over98',
  ...kmCounts('daysToHousing'),
];

const at = (table: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], table);

/** A shown count, or undefined for "x" and for a complement. */
const shown = (table: PublishedTable, name: string): number | undefined => {
  if (isComplement(name)) return undefined;
  const value = at(table, name);
  return typeof value === 'number' ? value : undefined;
};

const bigAbs = (v: bigint) => (v < 0n ? -v : v);
const bigGcd = (a: bigint, b: bigint): bigint => (b ? bigGcd(b, a % b) : bigAbs(a));

/**
 * Rule 2 (a) as a reader would do it: Gauss–Jordan elimination with exact integers over the
 * unknowns ("x" and the complements), the shown cells moved to the right-hand side.
 * Returns the unknowns it derives, with their value.
 */
function derivedWithin(table: PublishedTable): Map<string, bigint> {
  const unknowns = [
    ...new Set(
      WITHIN.flatMap(([t, ps]) => [t, ...ps]).filter((n) => shown(table, n) === undefined),
    ),
  ];
  const column = new Map(unknowns.map((n, i) => [n, i]));
  const rows = WITHIN.map(([total, parts]) => {
    const row = new Array<bigint>(unknowns.length + 1).fill(0n);
    const add = (name: string, coefficient: bigint) => {
      const value = shown(table, name);
      if (value === undefined) row[column.get(name)!]! += coefficient;
      else row[unknowns.length]! -= coefficient * BigInt(value);
    };
    add(total, 1n);
    for (const part of parts) add(part, -1n);
    return row;
  });
  let rank = 0;
  for (let col = 0; col < unknowns.length; col++) {
    const pivotIndex = rows.findIndex((r, i) => i >= rank && r[col] !== 0n);
    if (pivotIndex < 0) continue;
    [rows[rank], rows[pivotIndex]] = [rows[pivotIndex]!, rows[rank]!];
    const pivot = rows[rank]!;
    rows.forEach((row, i) => {
      if (i === rank || row[col] === 0n) return;
      const f = row[col]!;
      const p = pivot[col]!;
      const combined = row.map((v, j) => v * p - pivot[j]! * f);
      const g = combined.reduce(bigGcd, 0n);
      rows[i] = g > 1n ? combined.map((v) => v / g) : combined;
    });
    rank++;
  }
  const derived = new Map<string, bigint>();
  for (const row of rows) {
    const nonZero = unknowns.flatMap((_, col) => (row[col] !== 0n ? [col] : []));
    if (nonZero.length !== 1) continue;
    const col = nonZero[0]!;
    derived.set(unknowns[col]!, row[unknowns.length]! / row[col]!);
  }
  return derived;
}

/** Rule 2 (c) for one relation: a shown total, and suppressed counts whose sum is their number. */
function forcedToOnes(total: number | undefined, parts: (number | 'x' | 'complement')[]) {
  if (total === undefined) return false;
  const suppressed = parts.filter((p) => p === 'x').length;
  const rest = parts.reduce<number>((s, p) => (typeof p === 'number' ? s - p : s), total);
  return suppressed > 0 && rest === suppressed;
}

/** Every way the reader finds a suppressed count (or a complement of 1–4). */
function exposures(set: PublishedSet): string[] {
  const tables: [string, PublishedTable][] = [
    ['national', set.national],
    ...Object.entries(set.municipal),
  ];
  const found: string[] = [];
  for (const [scope, table] of tables) {
    for (const [name, value] of derivedWithin(table)) {
      if (!isComplement(name) || (value >= 1n && value <= 4n)) {
        found.push(`(a) ${scope} ${name} = ${value}`);
      }
    }
    for (const [total, parts] of WITHIN) {
      const partValues = parts.map((p) =>
        isComplement(p) ? 'complement' : (shown(table, p) ?? 'x'),
      );
      if (forcedToOnes(shown(table, total), partValues)) found.push(`(c) ${scope} ${total}`);
    }
  }
  const municipal = Object.values(set.municipal);
  for (const path of ACROSS) {
    const hidden = tables.filter(([, t]) => shown(t, path) === undefined);
    if (hidden.length === 1) found.push(`(b) ${hidden[0]![0]} ${path}`);
    const parts = municipal.map((t) => shown(t, path) ?? 'x');
    if (forcedToOnes(shown(set.national, path), parts)) found.push(`(c) across ${path}`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Published against true values

function pairs(municipalities: readonly Municipality[]) {
  const { national, municipal } = rawSet(municipalities);
  const set = publishedSet(PEILDATUM, national, municipal);
  return [
    { truth: unsuppressedTable(national), published: set.national },
    ...municipal.map((raw) => ({
      truth: unsuppressedTable(raw),
      published: set.municipal[raw.scope.code]!,
    })),
  ];
}

const leafPaths = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const NOT_PUBLISHED = ['transfers12m.totalTransfers', 'transfers12m.mean', 'transfers12m.max'];

const runs = { numRuns: 200 };

describe('published sets of random municipalities', () => {
  it('expose no suppressed count to a reader (rule 2 a, b, c)', () => {
    fc.assert(
      fc.property(municipalitiesArbitrary, (municipalities) => {
        const { national, municipal } = rawSet(municipalities);
        expect(exposures(publishedSet(PEILDATUM, national, municipal))).toEqual([]);
      }),
      runs,
    );
  });

  it('suppress every count of 1–4 and show the others as their true value', () => {
    fc.assert(
      fc.property(municipalitiesArbitrary, (municipalities) => {
        for (const { truth, published } of pairs(municipalities)) {
          for (const path of COUNT_POSITIONS) {
            const value = at(truth, path) as number;
            const shownValue = at(published, path);
            if (value >= 1 && value <= 4) expect(shownValue, path).toBe('x');
            if (shownValue !== 'x') expect(shownValue, path).toBe(value);
          }
        }
      }),
      runs,
    );
  });

  it('never replace null or 0 by "x"', () => {
    fc.assert(
      fc.property(municipalitiesArbitrary, (municipalities) => {
        for (const { truth, published } of pairs(municipalities)) {
          for (const path of leafPaths(truth)) {
            if (NOT_PUBLISHED.includes(path)) continue;
            const value = at(truth, path);
            if (value === null) expect(at(published, path), path).toBeNull();
            if (value === 0 && COUNT_POSITIONS.includes(path)) {
              expect(at(published, path), path).toBe(0);
            }
          }
        }
      }),
      runs,
    );
  });

  it('suppress a share exactly when its numerator or denominator is, rounding the rest', () => {
    fc.assert(
      fc.property(municipalitiesArbitrary, (municipalities) => {
        for (const { truth, published } of pairs(municipalities)) {
          for (const [share, numerator, denominator] of SHARES) {
            const num = at(published, numerator);
            const den = at(published, denominator);
            const expected =
              at(truth, denominator) === 0
                ? null
                : num === 'x' || den === 'x'
                  ? 'x'
                  : roundHalfAway(fraction(num as number, den as number), 3);
            expect(at(published, share), share).toBe(expected);
          }
        }
      }),
      runs,
    );
  });

  it('are the same for the same tables in any order', () => {
    fc.assert(
      fc.property(
        municipalitiesArbitrary.chain((ms) =>
          fc.tuple(
            fc.constant(ms),
            fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
          ),
        ),
        ([municipalities, shuffled]) => {
          const { national, municipal } = rawSet(municipalities);
          const first = publishedSet(PEILDATUM, national, municipal);
          expect(publishedSet(PEILDATUM, national, municipal)).toEqual(first);
          const again = rawSet(shuffled);
          const reordered = publishedSet(PEILDATUM, again.national, again.municipal);
          expect(JSON.stringify(reordered)).toBe(JSON.stringify(first));
        },
      ),
      runs,
    );
  });
});
