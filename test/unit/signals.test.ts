/**
 * The rules of the signal list (docs/signalen.md) on small hand-made journeys, each at its
 * threshold and one day (or transfer) past it.
 */
import { describe, expect, it } from 'vitest';
import { type Day, fromDay, toDay } from '../../src/domain/dates.js';
import type { LocatieType } from '../../src/domain/import/locaties.js';
import {
  type ChildEvent,
  type LocationInfo,
  prepareChild,
} from '../../src/domain/indicators/child.js';
import type { EventType } from '../../src/domain/journey.js';
import {
  DEFAULT_THRESHOLDS,
  type SignalKind,
  signalsAt,
  type Thresholds,
} from '../../src/domain/signals.js';

const location = (type: LocatieType): LocationInfo => ({
  municipality: 'GM0014',
  periods: [{ vanaf: null, type, subtype: null }],
});
const LOCATIONS = new Map<string, LocationInfo>([
  ['AZC', location('azc')],
  ['AZC2', location('azc')],
  ['NOOD', location('noodopvang')],
  ['TGO', location('tgo')],
  ['ELDERS', location('azc')],
]);
/** The locations of the list: every location but ELDERS, with the default thresholds. */
const OWN = new Map<string, Thresholds>(
  ['AZC', 'AZC2', 'NOOD', 'TGO'].map((code) => [code, DEFAULT_THRESHOLDS]),
);

const ARRIVAL = '2025-01-01';
/** The day `n` days after `date`. */
const plus = (date: string, n: number): string => fromDay(toDay(date) + n);

type Row = [type: EventType, date: string, location?: string | null];

function child(birthMonth: string, rows: Row[], amv = false) {
  const events: ChildEvent[] = rows.map(([type, date, loc], order) => ({
    type,
    date,
    location: loc ?? null,
    soort: type === 'onderwijs_start' ? 'po' : type === 'uitstroom' ? 'vertrek' : null,
    amv,
    ignored: false,
    order,
  }));
  return prepareChild(0, birthMonth, events, LOCATIONS);
}

/** The signals of kind `kind` at t, as [value, threshold] pairs (none, or one). */
function signal(
  prepared: ReturnType<typeof child>,
  t: string,
  kind: SignalKind,
  thresholds = OWN,
): number[][] {
  const result = signalsAt(prepared, toDay(t) as Day, thresholds);
  return (result?.signals ?? []).filter((s) => s.kind === kind).map((s) => [s.value, s.threshold]);
}

/** A school-age child, enrolled and seen by the JGZ, so that only the rule under test speaks. */
const settled = (date: string): Row[] => [
  ['jgz_intake', date],
  ['onderwijs_start', date],
];

describe('who is on the list', () => {
  it('takes minors whose end-of-day location at t is one of the given locations', () => {
    const kid = child('2015-03', [['instroom', ARRIVAL, 'AZC'], ...settled(ARRIVAL)]);
    expect(signalsAt(kid, toDay('2025-07-17'), OWN)).toEqual({
      location: 'AZC',
      age: 10,
      unaccompanied: false,
      signals: [],
    });
  });

  it('leaves out children elsewhere, out of reception, and those of 18', () => {
    const elders = child('2015-03', [['instroom', ARRIVAL, 'ELDERS']]);
    expect(signalsAt(elders, toDay('2025-07-17'), OWN)).toBeNull();
    const gone = child('2015-03', [
      ['instroom', ARRIVAL, 'AZC'],
      ['uitstroom', '2025-03-01'],
    ]);
    expect(signalsAt(gone, toDay('2025-07-17'), OWN)).toBeNull();
    // On its departure day the child has no end-of-day location.
    expect(signalsAt(gone, toDay('2025-03-01'), OWN)).toBeNull();
    const adult = child('2007-07', [['instroom', ARRIVAL, 'NOOD']]);
    expect(signalsAt(adult, toDay('2025-06-30'), OWN)).not.toBeNull();
    expect(signalsAt(adult, toDay('2025-07-01'), OWN)).toBeNull();
  });

  it('counts the age in completed years from the first of the birth month', () => {
    const kid = child('2015-08', [['instroom', ARRIVAL, 'AZC']]);
    expect(signalsAt(kid, toDay('2025-07-31'), OWN)?.age).toBe(9);
    expect(signalsAt(kid, toDay('2025-08-01'), OWN)?.age).toBe(10);
  });

  it('uses the thresholds of the location where the child is', () => {
    const kid = child('2015-03', [['instroom', ARRIVAL, 'NOOD'], ...settled(ARRIVAL)]);
    const strict = new Map(OWN).set('NOOD', { ...DEFAULT_THRESHOLDS, noodopvang: 10 });
    expect(signal(kid, plus(ARRIVAL, 11), 'noodopvang', strict)).toEqual([[11, 10]]);
    expect(signal(kid, plus(ARRIVAL, 11), 'noodopvang')).toEqual([]);
  });
});

describe('(a) in noodopvang longer than N days', () => {
  const kid = child('2015-03', [
    ['instroom', ARRIVAL, 'NOOD'],
    ...settled(ARRIVAL),
    // To another NOOD location: the same episode goes on.
    ['verhuizing', '2025-02-01', 'TGO'],
  ]);

  it('counts the days of the current NOOD episode, also at an earlier NOOD location', () => {
    expect(signal(kid, plus(ARRIVAL, 90), 'noodopvang')).toEqual([]);
    expect(signal(kid, plus(ARRIVAL, 91), 'noodopvang')).toEqual([[91, 90]]);
  });

  it('ends with a move to regular reception, and starts again on a return', () => {
    const moved = child('2015-03', [
      ['instroom', ARRIVAL, 'NOOD'],
      ...settled(ARRIVAL),
      ['verhuizing', '2025-05-01', 'AZC'],
      ['verhuizing', '2025-06-01', 'NOOD'],
    ]);
    expect(signal(moved, '2025-05-15', 'noodopvang')).toEqual([]);
    expect(signal(moved, plus('2025-06-01', 91), 'noodopvang')).toEqual([[91, 90]]);
  });
});

describe('(b) school age and not enrolled N days after arrival', () => {
  it('counts from the start of the reception period', () => {
    const kid = child('2015-03', [
      ['instroom', ARRIVAL, 'AZC'],
      ['jgz_intake', ARRIVAL],
    ]);
    expect(signal(kid, plus(ARRIVAL, 60), 'onderwijs')).toEqual([]);
    expect(signal(kid, plus(ARRIVAL, 61), 'onderwijs')).toEqual([[61, 60]]);
  });

  it('counts from the 5th birthday, and not before it', () => {
    const kid = child('2020-03', [
      ['instroom', '2024-06-01', 'AZC'],
      ['jgz_intake', '2024-06-01'],
    ]);
    expect(signal(kid, '2025-02-28', 'onderwijs')).toEqual([]);
    expect(signal(kid, plus('2025-03-01', 60), 'onderwijs')).toEqual([]);
    expect(signal(kid, plus('2025-03-01', 61), 'onderwijs')).toEqual([[61, 60]]);
  });

  it('counts from the last onderwijs_einde, and not while enrolled', () => {
    const kid = child('2015-03', [
      ['instroom', ARRIVAL, 'AZC'],
      ...settled(ARRIVAL),
      ['onderwijs_einde', '2025-04-01'],
    ]);
    expect(signal(kid, '2025-03-31', 'onderwijs')).toEqual([]);
    expect(signal(kid, plus('2025-04-01', 60), 'onderwijs')).toEqual([]);
    expect(signal(kid, plus('2025-04-01', 61), 'onderwijs')).toEqual([[61, 60]]);
  });
});

describe('(c) no JGZ intake N days after the start of the reception period', () => {
  it('signals after 42 days without an intake', () => {
    const kid = child('2015-03', [
      ['instroom', ARRIVAL, 'AZC'],
      ['onderwijs_start', ARRIVAL],
    ]);
    expect(signal(kid, plus(ARRIVAL, 42), 'jgz')).toEqual([]);
    expect(signal(kid, plus(ARRIVAL, 43), 'jgz')).toEqual([[43, 42]]);
  });

  it('is satisfied by an intake on or before t in the current period only', () => {
    const kid = child('2015-03', [
      ['instroom', '2024-01-01', 'AZC'],
      ['jgz_intake', '2024-01-05'],
      ['uitstroom', '2024-06-01'],
      ['instroom', ARRIVAL, 'AZC'],
      ['onderwijs_start', ARRIVAL],
      ['jgz_intake', plus(ARRIVAL, 50)],
    ]);
    expect(signal(kid, plus(ARRIVAL, 49), 'jgz')).toEqual([[49, 42]]);
    expect(signal(kid, plus(ARRIVAL, 50), 'jgz')).toEqual([]);
  });
});

describe('(d) three or more transfers in the last 12 months', () => {
  const kid = child('2015-03', [
    ['instroom', '2024-01-01', 'AZC'],
    ...settled('2024-01-01'),
    ['verhuizing', '2024-07-01', 'AZC2'],
    ['verhuizing', '2025-01-01', 'AZC'],
    ['verhuizing', '2025-03-01', 'AZC2'],
  ]);

  it('counts transfers in (t − 365, t]', () => {
    // 2025-07-01 − 365 = 2024-07-01: that transfer has just left the window.
    expect(signal(kid, '2025-06-30', 'overplaatsingen')).toEqual([[3, 3]]);
    expect(signal(kid, '2025-07-01', 'overplaatsingen')).toEqual([]);
  });

  it('takes the threshold as "at least"', () => {
    const four = new Map(OWN).set('AZC2', { ...DEFAULT_THRESHOLDS, overplaatsingen: 4 });
    expect(signal(kid, '2025-06-30', 'overplaatsingen', four)).toEqual([]);
    const two = new Map(OWN).set('AZC2', { ...DEFAULT_THRESHOLDS, overplaatsingen: 2 });
    expect(signal(kid, '2025-07-01', 'overplaatsingen', two)).toEqual([[2, 2]]);
  });
});

describe('(e) unaccompanied, turning 18 within N days, without a perspectiefplan', () => {
  // Turns 18 on 2025-10-01.
  const rows: Row[] = [['instroom', ARRIVAL, 'AZC'], ...settled(ARRIVAL)];

  it('signals from N days before the 18th birthday', () => {
    const kid = child('2007-10', rows, true);
    expect(signal(kid, plus('2025-10-01', -91), 'perspectiefplan')).toEqual([]);
    expect(signal(kid, plus('2025-10-01', -90), 'perspectiefplan')).toEqual([[90, 90]]);
    expect(signal(kid, '2025-09-30', 'perspectiefplan')).toEqual([[1, 90]]);
  });

  it('not for accompanied children, nor with a plan on or before t', () => {
    expect(signal(child('2007-10', rows), '2025-09-01', 'perspectiefplan')).toEqual([]);
    const planned = child('2007-10', [...rows, ['perspectiefplan_18', '2025-09-01']], true);
    expect(signal(planned, '2025-08-31', 'perspectiefplan')).toEqual([[31, 90]]);
    expect(signal(planned, '2025-09-01', 'perspectiefplan')).toEqual([]);
  });
});

describe('(f) a status holder waiting longer than N days', () => {
  it('counts from the earliest permit in reception', () => {
    const kid = child('2015-03', [
      ['instroom', ARRIVAL, 'AZC'],
      ...settled(ARRIVAL),
      ['vergunning', '2025-02-01'],
      ['vergunning', '2025-04-01'],
    ]);
    expect(signal(kid, '2025-01-31', 'huisvesting')).toEqual([]);
    expect(signal(kid, plus('2025-02-01', 98), 'huisvesting')).toEqual([]);
    expect(signal(kid, plus('2025-02-01', 99), 'huisvesting')).toEqual([[99, 98]]);
  });

  it('ignores a permit outside reception', () => {
    const kid = child('2015-03', [
      ['vergunning', '2024-06-01'],
      ['instroom', ARRIVAL, 'AZC'],
      ...settled(ARRIVAL),
    ]);
    expect(signal(kid, '2025-07-17', 'huisvesting')).toEqual([]);
  });
});

it('lists several signals of one child in a fixed order', () => {
  const kid = child('2007-10', [['instroom', ARRIVAL, 'NOOD']], true);
  const result = signalsAt(kid, toDay('2025-07-17'), OWN);
  expect(result?.signals.map((s) => s.kind)).toEqual([
    'noodopvang',
    'onderwijs',
    'jgz',
    'perspectiefplan',
  ]);
});
