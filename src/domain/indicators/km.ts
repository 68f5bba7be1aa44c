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

const OUTCOMES: readonly Outcome[] = ['event', 'peildatum', 'exit', 'achttien'];
const OUTCOME_CODE: Record<Outcome, number> = { event: 0, peildatum: 1, exit: 2, achttien: 3 };

/**
 * A subject's follow-up, its time and outcome, packed in one small integer: a 24-month series
 * gathers millions of them, and numbers cost no allocation.
 */
export type FollowUp = number;

export const followUp = (time: number, outcome: Outcome): FollowUp =>
  time * 4 + OUTCOME_CODE[outcome];

/** The subjects of one Kaplan–Meier cohort, gathered as they are found. */
export class KmCohort {
  private readonly followUps: number[] = [];
  private distinctChildren = 0;
  private lastChild = Number.NaN;

  /** A child's subjects must be added one after the other, so that children count once. */
  add(subject: FollowUp, child: number): void {
    this.followUps.push(subject);
    if (child !== this.lastChild) {
      this.distinctChildren++;
      this.lastChild = child;
    }
  }

  curve(): KmCurve {
    const censored = { peildatum: 0, exit: 0, achttien: 0 };
    const sorted = Int32Array.from(this.followUps).sort();
    const steps: KmStep[] = [];
    let events = 0;
    let atRisk = sorted.length;
    let survival = 1;
    for (let i = 0; i < sorted.length; ) {
      const time = sorted[i]! >> 2;
      let stepEvents = 0;
      let stepCensored = 0;
      for (; i < sorted.length && sorted[i]! >> 2 === time; i++) {
        const outcome = OUTCOMES[sorted[i]! & 3]!;
        if (outcome === 'event') stepEvents++;
        else {
          stepCensored++;
          censored[outcome]++;
        }
      }
      events += stepEvents;
      if (stepEvents) survival *= (atRisk - stepEvents) / atRisk;
      steps.push({ time, events: stepEvents, censored: stepCensored, atRisk, survival });
      atRisk -= stepEvents + stepCensored;
    }
    return {
      spells: sorted.length,
      children: this.distinctChildren,
      events,
      censored,
      steps,
    };
  }
}

/** The curve of subjects given in any order. */
export function kaplanMeier(subjects: readonly Subject[]): KmCurve {
  const cohort = new KmCohort();
  for (const s of [...subjects].sort((a, b) => a.child - b.child)) {
    cohort.add(followUp(s.time, s.outcome), s.child);
  }
  return cohort.curve();
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
