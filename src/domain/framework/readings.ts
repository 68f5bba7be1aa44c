/**
 * What an indicator norm reads from an indicator table: the value at its path, or why there is
 * none. A location's own table is exact (its staff see it unsuppressed); a municipality's is its
 * table in the published set, so that an outcome shown to anyone rests only on published
 * figures (domain.md, "Disclosure control").
 */
import type { Fraction } from '../indicators/fraction.js';
import { fraction } from '../indicators/fraction.js';
import { type KmCurve, kmMedian, survivalAt } from '../indicators/km.js';
import type { PublishedTable } from '../indicators/suppression.js';
import {
  atLeast2,
  KM_VALUES,
  type KmIndicator,
  kmValue,
  over,
  type RawTable,
} from '../indicators/table.js';
import { decimalFraction } from './exact.js';
import { INDICATOR_PATHS, type IndicatorPath, type Text } from './model.js';
import { formatNumber, INDICATOR_WORDS } from './wording.js';

/** domain.md: a norm on a Kaplan–Meier figure is onbekend below this many children, for everyone. */
export const MIN_KM_COHORT = 10;

export type Reading =
  /** No population: no children, a share without denominator, an empty cohort (→ nvt). */
  | { state: 'empty' }
  /** `x` in the published set. */
  | { state: 'suppressed' }
  /** A Kaplan–Meier cohort of fewer than 10 children; `children` when it may be quoted. */
  | { state: 'small-cohort'; children: number | null }
  /** A Kaplan–Meier value that cannot be estimated (*niet schatbaar*). */
  | { state: 'not-estimable' }
  /** The value, exact, with the counts behind it when the reader may see them. */
  | { state: 'value'; value: Fraction; detail: Text | null }
  /**
   * A Kaplan–Meier median *niet bereikt*: S stays above 0,5, so the median lies beyond every day
   * x for which S(x) can be estimated. `estimable(x)` says whether it can.
   */
  | { state: 'not-reached'; estimable: (days: number) => boolean; detail: Text | null };

const EMPTY: Reading = { state: 'empty' };

type KmRead = { median: true } | { median: false; x: number; complement: boolean };

/** How a path is read: a share, a count, or a Kaplan–Meier figure of one indicator. */
function kmPath(path: IndicatorPath): { indicator: KmIndicator; read: KmRead } | null {
  if (!INDICATOR_PATHS[path].kaplanMeier) return null;
  const [indicator, , key] = path.split('.') as [KmIndicator, 'km', string];
  if (key === 'median') return { indicator, read: { median: true } };
  const [, x, complement] = KM_VALUES[indicator].find(([name]) => name === key)!;
  return { indicator, read: { median: false, x, complement } };
}

const ofWord = { nl: 'van', en: 'of' } as const;

function shareReading(num: number, den: number, path: IndicatorPath): Reading {
  if (den === 0) return EMPTY;
  const population = INDICATOR_WORDS[path].population;
  return {
    state: 'value',
    value: fraction(num, den),
    detail: {
      nl: `${formatNumber(num, 'nl')} ${ofWord.nl} ${formatNumber(den, 'nl')} ${population.nl}`,
      en: `${formatNumber(num, 'en')} ${ofWord.en} ${formatNumber(den, 'en')} ${population.en}`,
    },
  };
}

const cohortDetail = (children: number): Text => ({
  nl: `cohort van ${formatNumber(children, 'nl')} kinderen`,
  en: `cohort of ${formatNumber(children, 'en')} children`,
});

function rawKmReading(curve: KmCurve, read: KmRead): Reading {
  if (curve.children === 0) return EMPTY;
  if (curve.children < MIN_KM_COHORT) return { state: 'small-cohort', children: curve.children };
  const detail = cohortDetail(curve.children);
  if (read.median) {
    const median = kmMedian(curve);
    if (median === 'niet bereikt') {
      return {
        state: 'not-reached',
        estimable: (days) => {
          const survival = survivalAt(curve, days);
          return survival !== null && typeof survival === 'object';
        },
        detail,
      };
    }
    return median === null ? EMPTY : { state: 'value', value: fraction(median, 1), detail };
  }
  const value = kmValue(curve, read.x, read.complement);
  if (value === null) return EMPTY;
  if (value === 'niet schatbaar') return { state: 'not-estimable' };
  return { state: 'value', value, detail };
}

/** The exact value at `path` in a location's own table. */
export function readRaw(raw: RawTable, path: IndicatorPath): Reading {
  const km = kmPath(path);
  if (km) return rawKmReading(raw[km.indicator].km, km.read);
  const children = raw.children.count;
  switch (path) {
    case 'childrenInNood.shareInNood':
      return shareReading(raw.childrenInNood.count, children, path);
    case 'childrenInNood.shareInNoodUnaccompanied':
      return shareReading(
        raw.childrenInNood.childrenInNoodUnaccompanied,
        raw.children.byUnaccompanied.unaccompanied,
        path,
      );
    case 'transfers12m.shareAtLeast2':
      return shareReading(atLeast2(raw.transfers12m.distribution), children, path);
    case 'daysInNood.current.shareOver183':
      return shareReading(
        over(raw.daysInNood.episodeDays, 183),
        raw.daysInNood.spellDays.length,
        path,
      );
    case 'daysToSchool.notEnrolledOver90':
      return {
        state: 'value',
        value: fraction(raw.daysToSchool.notEnrolledOver90, 1),
        detail: null,
      };
    case 'gzaRegistered.share':
      return shareReading(raw.gzaRegistered.count, children, path);
    case 'turning18.shareWithPlan':
      return shareReading(raw.turning18.withPlan, raw.turning18.unaccompanied, path);
    case 'statusWaiting.shareOver98':
      return shareReading(over(raw.statusWaiting.days, 98), raw.statusWaiting.days.length, path);
    default:
      throw new Error(`indicatorpad ${path} wordt niet gelezen`);
  }
}

/** A value of the published set at a key path (`daysToJgz.km.oneMinusS42`). */
function publishedAt(table: PublishedTable, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);
}

function publishedNumber(value: unknown, detail: Text | null): Reading {
  if (value === null) return EMPTY;
  if (value === 'x') return { state: 'suppressed' };
  return { state: 'value', value: decimalFraction(value as number), detail };
}

/** The published value at `path` in a municipality's (or the nation's) published table. */
export function readPublished(table: PublishedTable, path: IndicatorPath): Reading {
  const km = kmPath(path);
  if (!km) return publishedNumber(publishedAt(table, path), null);
  const block = publishedAt(table, `${km.indicator}.km`) as Record<string, unknown>;
  const children = block.children as number | 'x';
  if (children === 0) return EMPTY;
  if (children === 'x') return { state: 'suppressed' };
  if (children < MIN_KM_COHORT) return { state: 'small-cohort', children };
  const detail = cohortDetail(children);
  if (!km.read.median) {
    const key = KM_VALUES[km.indicator].find(([, x]) => x === (km.read as { x: number }).x)![0];
    return publishedNumber(block[key], detail);
  }
  const median = block.median;
  if (median !== 'niet bereikt') return publishedNumber(median, detail);
  // Only the published S(x) tell whether S(x) can be estimated: at their own days.
  return {
    state: 'not-reached',
    estimable: (days) => {
      const at = KM_VALUES[km.indicator].find(([, x]) => x === days);
      return at !== undefined && typeof block[at[0]] === 'number';
    },
    detail,
  };
}
