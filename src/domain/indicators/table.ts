/**
 * The indicators I1–I10 of one scope at one peildatum, exact and before any disclosure control
 * (domain.md, "Indicators at peildatum t"). `unsuppressedTable` writes the JSON of
 * indicators-api.md §2–§4; the published set (suppression.ts) starts from the same values.
 */
import { LOCATIE_TYPES, type LocatieType, SUBTYPES, type Subtype } from '../import/locaties.js';
import { type Fraction, fraction, toNumber } from './fraction.js';
import { type KmCurve, type KmMedian, type KmValue, kmMedian, oneMinus, survivalAt } from './km.js';

export type ScopeType = 'all' | 'gemeente' | 'locatie';
export interface Scope {
  type: ScopeType;
  code: string;
}

export const SUBTYPE_KEYS = [...SUBTYPES, 'geen'] as const;
export type SubtypeKey = Subtype | 'geen';
export const DISTRIBUTION_KEYS = ['0', '1', '2', '3', '4+'] as const;
export type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];

/** The KM values of each KM block, in API order: `S<x>` or `oneMinusS<x>`. */
export const KM_VALUES = {
  daysInNood: [
    ['S14', 14, false],
    ['S90', 90, false],
    ['S183', 183, false],
  ],
  daysToSchool: [
    ['oneMinusS30', 30, true],
    ['oneMinusS90', 90, true],
  ],
  daysToJgz: [
    ['oneMinusS42', 42, true],
    ['oneMinusS90', 90, true],
  ],
  daysToHousing: [
    ['oneMinusS98', 98, true],
    ['oneMinusS183', 183, true],
  ],
} as const satisfies Record<string, readonly (readonly [string, number, boolean])[]>;
export type KmIndicator = keyof typeof KM_VALUES;

export interface RawTable {
  peildatum: string;
  scope: Scope;
  children: {
    count: number;
    byType: Record<LocatieType, number>;
    bySubtype: Record<SubtypeKey, number>;
    byUnaccompanied: { unaccompanied: number; accompanied: number };
  };
  childrenInNood: { count: number; childrenInNoodUnaccompanied: number };
  transfers12m: {
    totalTransfers: number;
    distribution: Record<DistributionKey, number>;
    max: number | null;
  };
  daysInNood: {
    /** Per child in NOOD at t: days since its current NOOD spell in the scope, and episode. */
    spellDays: number[];
    episodeDays: number[];
    km: KmCurve;
  };
  daysToSchool: { km: KmCurve; notEnrolledOver90: number };
  daysToJgz: { km: KmCurve };
  gzaRegistered: { count: number };
  turning18: { count: number; unaccompanied: number; withPlan: number };
  statusWaiting: { days: number[] };
  daysToHousing: { km: KmCurve };
}

export const atLeast2 = (d: Record<DistributionKey, number>) => d['2'] + d['3'] + d['4+'];
export const over = (days: readonly number[], limit: number) =>
  days.filter((d) => d > limit).length;

/** The plain median: the mean of the two middle values when the count is even. */
export function plainMedian(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const share = (num: number, den: number) => (den ? num / den : null);

const kmValueJson = (v: KmValue) => (v === null || typeof v === 'string' ? v : toNumber(v));

export function kmValue(curve: KmCurve, x: number, complement: boolean): KmValue {
  const s = survivalAt(curve, x);
  return complement ? oneMinus(s) : s;
}

export function kmCounts(curve: KmCurve) {
  return {
    spells: curve.spells,
    children: curve.children,
    events: curve.events,
    censored: { ...curve.censored },
  };
}

function kmBlockJson(curve: KmCurve, indicator: KmIndicator) {
  const block: Record<string, unknown> = { ...kmCounts(curve), median: kmMedian(curve) };
  for (const [key, x, complement] of KM_VALUES[indicator]) {
    block[key] = kmValueJson(kmValue(curve, x, complement));
  }
  return block;
}

/** The table of indicators-api.md §2, unsuppressed: exact values, for a location's staff. */
export function unsuppressedTable(raw: RawTable) {
  const c = raw.children;
  const nood = raw.childrenInNood;
  const dist = raw.transfers12m.distribution;
  const inNood = raw.daysInNood.spellDays.length;
  const over183 = over(raw.daysInNood.episodeDays, 183);
  const waiting = raw.statusWaiting.days.length;
  const over98 = over(raw.statusWaiting.days, 98);
  return {
    peildatum: raw.peildatum,
    scope: { ...raw.scope },
    suppressed: false,
    children: {
      count: c.count,
      byType: { ...c.byType },
      bySubtype: { ...c.bySubtype },
      byUnaccompanied: { ...c.byUnaccompanied },
    },
    childrenInNood: {
      count: nood.count,
      shareInNood: share(nood.count, c.count),
      childrenInNoodUnaccompanied: nood.childrenInNoodUnaccompanied,
      shareInNoodUnaccompanied: share(
        nood.childrenInNoodUnaccompanied,
        c.byUnaccompanied.unaccompanied,
      ),
    },
    transfers12m: {
      children: c.count,
      totalTransfers: raw.transfers12m.totalTransfers,
      mean: share(raw.transfers12m.totalTransfers, c.count),
      distribution: { ...dist },
      atLeast2: atLeast2(dist),
      shareAtLeast2: share(atLeast2(dist), c.count),
      max: raw.transfers12m.max,
    },
    daysInNood: {
      current: {
        count: inNood,
        medianSpellDays: plainMedian(raw.daysInNood.spellDays),
        medianEpisodeDays: plainMedian(raw.daysInNood.episodeDays),
        over183,
        shareOver183: share(over183, inNood),
      },
      km: kmBlockJson(raw.daysInNood.km, 'daysInNood'),
    },
    daysToSchool: {
      km: kmBlockJson(raw.daysToSchool.km, 'daysToSchool'),
      notEnrolledOver90: raw.daysToSchool.notEnrolledOver90,
    },
    daysToJgz: { km: kmBlockJson(raw.daysToJgz.km, 'daysToJgz') },
    gzaRegistered: {
      count: raw.gzaRegistered.count,
      share: share(raw.gzaRegistered.count, c.count),
    },
    turning18: {
      ...raw.turning18,
      shareWithPlan: share(raw.turning18.withPlan, raw.turning18.unaccompanied),
    },
    statusWaiting: {
      count: waiting,
      median: plainMedian(raw.statusWaiting.days),
      over98,
      shareOver98: share(over98, waiting),
    },
    daysToHousing: { km: kmBlockJson(raw.daysToHousing.km, 'daysToHousing') },
  };
}

export type UnsuppressedTable = ReturnType<typeof unsuppressedTable>;

export function emptyRawTable(peildatum: string, scope: Scope): RawTable {
  const zeros = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const emptyKm = (): KmCurve => ({
    spells: 0,
    children: 0,
    events: 0,
    censored: { peildatum: 0, exit: 0, achttien: 0 },
    steps: [],
  });
  return {
    peildatum,
    scope,
    children: {
      count: 0,
      byType: zeros(LOCATIE_TYPES),
      bySubtype: zeros(SUBTYPE_KEYS),
      byUnaccompanied: { unaccompanied: 0, accompanied: 0 },
    },
    childrenInNood: { count: 0, childrenInNoodUnaccompanied: 0 },
    transfers12m: { totalTransfers: 0, distribution: zeros(DISTRIBUTION_KEYS), max: null },
    daysInNood: { spellDays: [], episodeDays: [], km: emptyKm() },
    daysToSchool: { km: emptyKm(), notEnrolledOver90: 0 },
    daysToJgz: { km: emptyKm() },
    gzaRegistered: { count: 0 },
    turning18: { count: 0, unaccompanied: 0, withPlan: 0 },
    statusWaiting: { days: [] },
    daysToHousing: { km: emptyKm() },
  };
}

export type { Fraction, KmMedian };
export { fraction };
