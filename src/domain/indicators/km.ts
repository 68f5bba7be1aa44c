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

/** Sorts `subjects` in place: the callers build them for this alone. */
export function kaplanMeier(subjects: Subject[]): KmCurve {
  const censored = { peildatum: 0, exit: 0, achttien: 0 };
  const sorted = subjects.sort((a, b) => a.time - b.time);
  const children = new Set<number>();
  const steps: KmStep[] = [];
  let events = 0;
  let atRisk = sorted.length;
  let survival = 1;
  for (let i = 0; i < sorted.length; ) {
    const time = sorted[i]!.time;
    let stepEvents = 0;
    let stepCensored = 0;
    for (; i < sorted.length && sorted[i]!.time === time; i++) {
      const subject = sorted[i]!;
      children.add(subject.child);
      if (subject.outcome === 'event') stepEvents++;
      else {
        stepCensored++;
        censored[subject.outcome]++;
      }
    }
    events += stepEvents;
    if (stepEvents) survival *= (atRisk - stepEvents) / atRisk;
    steps.push({ time, events: stepEvents, censored: stepCensored, atRisk, survival });
    atRisk -= stepEvents + stepCensored;
  }
  return { spells: sorted.length, children: children.size, events, censored, steps };
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
