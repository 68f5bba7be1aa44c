/**
 * The Kaplan–Meier product-limit estimator on whole days (domain.md, "Kaplan–Meier"): an event
 * on day 0 counts, a subject censored on day 0 stays in the cohort, and on one day events come
 * before censorings, so that a subject censored on day x is still at risk for the events of x.
 */
import { atMost, type Fraction, fraction, ONE, times } from './fraction.js';

export type Outcome = 'event' | 'peildatum' | 'exit' | 'achttien';

export interface Subject {
  /** Days from the start of follow-up to its end. */
  time: number;
  outcome: Outcome;
  /** The child, to count distinct children. */
  child: number;
}

/** One day on which some subject's follow-up ended. */
export interface KmStep {
  time: number;
  events: number;
  censored: number;
  /** Subjects whose follow-up lasted at least until this day. */
  atRisk: number;
  /** S just after this day, in floating point: for drawing; `survivalAt` gives it exactly. */
  survival: number;
}

export interface KmCurve {
  spells: number;
  children: number;
  events: number;
  censored: { peildatum: number; exit: number; achttien: number };
  steps: KmStep[];
}

export type KmValue = Fraction | 'niet schatbaar' | null;
export type KmMedian = number | 'niet bereikt' | null;

export function kaplanMeier(subjects: readonly Subject[]): KmCurve {
  const censored = { peildatum: 0, exit: 0, achttien: 0 };
  let events = 0;
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const s of subjects) {
    const step = byTime.get(s.time) ?? { events: 0, censored: 0 };
    if (s.outcome === 'event') {
      step.events++;
      events++;
    } else {
      step.censored++;
      censored[s.outcome]++;
    }
    byTime.set(s.time, step);
  }
  const times_ = [...byTime.keys()].sort((a, b) => a - b);
  let atRisk = subjects.length;
  let survival = 1;
  const steps: KmStep[] = [];
  for (const time of times_) {
    const step = byTime.get(time)!;
    if (step.events) survival *= (atRisk - step.events) / atRisk;
    steps.push({ time, ...step, atRisk, survival });
    atRisk -= step.events + step.censored;
  }
  return {
    spells: subjects.length,
    children: new Set(subjects.map((s) => s.child)).size,
    events,
    censored,
    steps,
  };
}

/**
 * S(x): reported only when some subject's event or censoring time is ≥ x, or S has reached 0;
 * otherwise *niet schatbaar*. `null` for an empty cohort.
 */
export function survivalAt(curve: KmCurve, x: number): KmValue {
  if (!curve.spells) return null;
  const last = curve.steps.at(-1)!;
  const survival = exactSurvival(curve.steps, (step) => step.time <= x);
  if (last.time >= x || survival.num === 0n) return survival;
  return 'niet schatbaar';
}

/**
 * The product over the steps taken, as an exact fraction. Only the few reported values need
 * it; the curve itself is kept in floating point.
 */
function exactSurvival(steps: readonly KmStep[], taken: (step: KmStep) => boolean): Fraction {
  let survival = ONE;
  for (const step of steps) {
    if (!taken(step)) break;
    if (step.events) survival = times(survival, fraction(step.atRisk - step.events, step.atRisk));
  }
  return survival;
}

export function oneMinus(value: KmValue): KmValue {
  return value === null || typeof value === 'string'
    ? value
    : { num: value.den - value.num, den: value.den };
}

const HALF = fraction(1, 2);

/** The smallest day with S ≤ 0,5, compared exactly; *niet bereikt* when S never gets there. */
export function kmMedian(curve: KmCurve): KmMedian {
  if (!curve.spells) return null;
  for (const step of curve.steps) {
    if (!step.events || step.survival > 0.5 + 1e-9) continue;
    // Close to one half, floating point cannot tell; the exact product can.
    if (step.survival >= 0.5 - 1e-9 && !atMost(exactUpTo(curve, step.time), HALF)) continue;
    return step.time;
  }
  return 'niet bereikt';
}

const exactUpTo = (curve: KmCurve, time: number) =>
  exactSurvival(curve.steps, (step) => step.time <= time);

/** Events on or before day x (disclosure rule 4). */
export function eventsUpTo(curve: KmCurve, x: number): number {
  let n = 0;
  for (const step of curve.steps) if (step.time <= x) n += step.events;
  return n;
}

/** Subjects whose event or censoring time is later than x (disclosure rule 4). */
export function subjectsAfter(curve: KmCurve, x: number): number {
  let n = 0;
  for (const step of curve.steps) if (step.time > x) n += step.events + step.censored;
  return n;
}
