/**
 * The Kaplan–Meier estimator against domain.md ("Kaplan–Meier"): whole days, an event on day 0
 * counts, a subject censored on day 0 stays in the cohort, events before censorings on one day,
 * S(x) only where it can be estimated, the median computed exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Fraction, fraction, toNumber } from '../../src/domain/indicators/fraction.js';
import {
  eventsUpTo,
  type KmCurve,
  kaplanMeier,
  kmMedian,
  type Outcome,
  oneMinus,
  type Subject,
  subjectsAfter,
  survivalAt,
} from '../../src/domain/indicators/km.js';

let nextChild = 0;
const subject = (time: number, outcome: Outcome = 'event', child = nextChild++): Subject => ({
  time,
  outcome,
  child,
});
const ev = (time: number, child?: number) => subject(time, 'event', child);
const cens = (time: number, outcome: Outcome = 'peildatum', child?: number) =>
  subject(time, outcome, child);

/** S(x) as a reduced fraction `[num, den]`, or the string / null as returned. */
function s(curve: KmCurve, x: number): [number, number] | string | null {
  const v = survivalAt(curve, x);
  return v === null || typeof v === 'string' ? v : reduced(v);
}
function reduced(f: Fraction): [number, number] {
  const g = (a: bigint, b: bigint): bigint => (b ? g(b, a % b) : a);
  const d = g(f.num, f.den) || 1n;
  return [Number(f.num / d), Number(f.den / d)];
}

describe('kaplanMeier: counts', () => {
  it('counts spells, distinct children, events and censorings by cause', () => {
    const curve = kaplanMeier([
      ev(3, 1),
      cens(5, 'exit', 1),
      ev(4, 2),
      cens(0, 'peildatum', 3),
      cens(9, 'achttien', 4),
      cens(9, 'exit', 5),
    ]);
    expect(curve.spells).toBe(6);
    expect(curve.children).toBe(5);
    expect(curve.events).toBe(2);
    expect(curve.censored).toEqual({ peildatum: 1, exit: 2, achttien: 1 });
    expect(curve.spells).toBe(
      curve.events + curve.censored.peildatum + curve.censored.exit + curve.censored.achttien,
    );
  });

  it('gives an empty cohort null for S(x) and the median', () => {
    const curve = kaplanMeier([]);
    expect(curve).toMatchObject({ spells: 0, children: 0, events: 0, steps: [] });
    expect(survivalAt(curve, 0)).toBeNull();
    expect(survivalAt(curve, 14)).toBeNull();
    expect(oneMinus(survivalAt(curve, 14))).toBeNull();
    expect(kmMedian(curve)).toBeNull();
  });
});

describe('kaplanMeier: the product-limit estimate', () => {
  // Times: 1 event, 2 event, 2 censored, 3 event, 5 censored.
  // S(1) = 4/5; S(2) = 4/5 · 3/4 = 3/5 (the subject censored on day 2 is at risk on day 2);
  // S(3) = 3/5 · 1/2 = 3/10.
  const curve = kaplanMeier([ev(1), ev(2), cens(2), ev(3), cens(5, 'exit')]);

  it('multiplies (n − d)/n over the event days', () => {
    expect(s(curve, 0)).toEqual([1, 1]);
    expect(s(curve, 1)).toEqual([4, 5]);
    expect(s(curve, 2)).toEqual([3, 5]);
    expect(s(curve, 3)).toEqual([3, 10]);
    expect(s(curve, 4)).toEqual([3, 10]);
    expect(s(curve, 5)).toEqual([3, 10]);
  });

  it('keeps the subjects at risk per step', () => {
    expect(curve.steps.map((st) => [st.time, st.events, st.censored, st.atRisk])).toEqual([
      [1, 1, 0, 5],
      [2, 1, 1, 4],
      [3, 1, 0, 2],
      [5, 0, 1, 1],
    ]);
  });

  it('reports S(x) beyond the last time as niet schatbaar, unless S reached 0', () => {
    // The last follow-up ends on day 5: S(5) is estimable, S(6) not.
    expect(s(curve, 6)).toBe('niet schatbaar');
    expect(oneMinus(survivalAt(curve, 6))).toBe('niet schatbaar');
    const toZero = kaplanMeier([ev(1), ev(4)]);
    expect(s(toZero, 4)).toEqual([0, 1]);
    expect(s(toZero, 183)).toEqual([0, 1]);
    expect(reduced(oneMinus(survivalAt(toZero, 183)) as Fraction)).toEqual([1, 1]);
  });

  it('counts a censoring time ≥ x as making S(x) estimable', () => {
    const c = kaplanMeier([ev(2), cens(14)]);
    expect(s(c, 14)).toEqual([1, 2]);
    expect(s(c, 15)).toBe('niet schatbaar');
  });

  it('gives 1 − S(x) as the share with the event on or before day x', () => {
    expect(reduced(oneMinus(survivalAt(curve, 2)) as Fraction)).toEqual([2, 5]);
    expect(reduced(oneMinus(survivalAt(curve, 0)) as Fraction)).toEqual([0, 1]);
  });
});

describe('kaplanMeier: day 0 and ties', () => {
  it('counts an event on day 0', () => {
    const curve = kaplanMeier([ev(0), ev(0), cens(3), cens(3)]);
    expect(s(curve, 0)).toEqual([1, 2]);
    expect(kmMedian(curve)).toBe(0);
  });

  it('keeps a subject censored on day 0 in the cohort and at risk on day 0', () => {
    // Day 0: 4 at risk, 1 event → 3/4; the censored one leaves after day 0.
    // Day 4: 2 at risk, 2 events → 0.
    const curve = kaplanMeier([ev(0), cens(0, 'peildatum'), ev(4), ev(4)]);
    expect(curve.spells).toBe(4);
    expect(curve.censored.peildatum).toBe(1);
    expect(curve.steps[0]).toMatchObject({ time: 0, events: 1, censored: 1, atRisk: 4 });
    expect(s(curve, 0)).toEqual([3, 4]);
    expect(s(curve, 4)).toEqual([0, 1]);
    expect(kmMedian(curve)).toBe(4);
  });

  it('a cohort only censored on day 0 has S = 1 and the median not reached', () => {
    const curve = kaplanMeier([cens(0, 'peildatum'), cens(0, 'exit')]);
    expect(s(curve, 0)).toEqual([1, 1]);
    expect(s(curve, 1)).toBe('niet schatbaar');
    expect(kmMedian(curve)).toBe('niet bereikt');
  });

  it('puts events before censorings on the same day', () => {
    // If the censoring came first, S(3) would be 0; with events first it is 1/2.
    const curve = kaplanMeier([ev(3), cens(3, 'exit')]);
    expect(s(curve, 3)).toEqual([1, 2]);
    // S exactly 0,5 counts for the median.
    expect(kmMedian(curve)).toBe(3);
  });
});

describe('kmMedian', () => {
  it('is the smallest time with S ≤ 0,5', () => {
    // S(1) = 3/4, S(2) = 1/2 → median 2, not 2.5 or 3.
    expect(kmMedian(kaplanMeier([ev(1), ev(2), ev(3), ev(4)]))).toBe(2);
    // S(1) = 2/3, S(5) = 1/3.
    expect(kmMedian(kaplanMeier([ev(1), ev(5), ev(9)]))).toBe(5);
  });

  it('is computed exactly, where floating point would miss 0,5', () => {
    // 10 subjects: 2 events on day 1, 1 on day 2, 2 on day 3, 5 censored on day 10.
    // S(3) = 8/10 · 7/8 · 5/7 = 1/2 exactly; in floating point 0.5000000000000001.
    const subjects = [ev(1), ev(1), ev(2), ev(3), ev(3)];
    for (let i = 0; i < 5; i++) subjects.push(cens(10));
    const curve = kaplanMeier(subjects);
    expect((8 / 10) * (7 / 8) * (5 / 7)).toBeGreaterThan(0.5);
    expect(s(curve, 3)).toEqual([1, 2]);
    expect(kmMedian(curve)).toBe(3);
  });

  it('is niet bereikt when S stays above 0,5', () => {
    expect(kmMedian(kaplanMeier([ev(1), cens(5), cens(5)]))).toBe('niet bereikt');
    expect(kmMedian(kaplanMeier([cens(1), cens(2)]))).toBe('niet bereikt');
  });

  it('is reached after censorings have shrunk the risk set', () => {
    // Day 1: 1 of 4 → 3/4; censored 2 and 3; day 5: 1 of 1 → 0.
    expect(kmMedian(kaplanMeier([ev(1), cens(2), cens(3), ev(5)]))).toBe(5);
  });
});

describe('eventsUpTo and subjectsAfter (disclosure rule 4)', () => {
  const curve = kaplanMeier([ev(0), ev(14), cens(14), ev(15), cens(20, 'exit')]);
  it('counts the events on or before day x', () => {
    expect(eventsUpTo(curve, 13)).toBe(1);
    expect(eventsUpTo(curve, 14)).toBe(2);
    expect(eventsUpTo(curve, 15)).toBe(3);
  });
  it('counts the subjects whose time is later than x', () => {
    expect(subjectsAfter(curve, 14)).toBe(2);
    expect(subjectsAfter(curve, 13)).toBe(4);
    expect(subjectsAfter(curve, 20)).toBe(0);
  });
});

describe('kaplanMeier against the definition (random cohorts)', () => {
  const arbSubjects = fc.array(
    fc.record({
      time: fc.integer({ min: 0, max: 30 }),
      outcome: fc.constantFrom<Outcome>('event', 'event', 'peildatum', 'exit', 'achttien'),
      child: fc.integer({ min: 0, max: 8 }),
    }),
    { maxLength: 25 },
  );

  /** S(x) = Π over event days u ≤ x of (1 − d_u / n_u), n_u = subjects with time ≥ u. */
  function reference(subjects: readonly Subject[], x: number): Fraction {
    let f = fraction(1, 1);
    const days = [...new Set(subjects.filter((v) => v.outcome === 'event').map((v) => v.time))];
    for (const u of days.sort((a, b) => a - b)) {
      if (u > x) break;
      const d = subjects.filter((v) => v.outcome === 'event' && v.time === u).length;
      const n = subjects.filter((v) => v.time >= u).length;
      f = { num: f.num * BigInt(n - d), den: f.den * BigInt(n) };
    }
    return f;
  }
  const same = (a: Fraction, b: Fraction) => a.num * b.den === b.num * a.den;

  it('matches the product-limit formula, the estimability rule and the exact median', () => {
    fc.assert(
      fc.property(arbSubjects, (subjects) => {
        const curve = kaplanMeier(subjects);
        expect(curve.spells).toBe(subjects.length);
        expect(curve.children).toBe(new Set(subjects.map((v) => v.child)).size);
        expect(curve.events + curve.censored.peildatum + curve.censored.exit).toBe(
          subjects.length - curve.censored.achttien,
        );
        if (!subjects.length) return;
        const maxTime = Math.max(...subjects.map((v) => v.time));
        let median: number | 'niet bereikt' = 'niet bereikt';
        for (let x = 0; x <= 32; x++) {
          const ref = reference(subjects, x);
          if (median === 'niet bereikt' && 2n * ref.num <= ref.den) median = x;
          const got = survivalAt(curve, x);
          if (maxTime >= x || ref.num === 0n) {
            expect(typeof got).toBe('object');
            expect(same(got as Fraction, ref)).toBe(true);
            expect(toNumber(got as Fraction)).toBeCloseTo(toNumber(ref), 12);
          } else {
            expect(got).toBe('niet schatbaar');
          }
        }
        expect(kmMedian(curve)).toBe(median);
      }),
      { numRuns: 300 },
    );
  });
});
