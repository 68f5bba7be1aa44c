/**
 * I1–I10 on small hand-made journeys, checked against domain.md ("Child journeys: derivation
 * rules", "Indicators at peildatum t for scope S", "Kaplan–Meier") and the JSON of
 * indicators-api.md §2–§4. Every figure below is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../src/domain/dates.js';
import { LOCATIE_TYPES, type LocatieType, type Subtype } from '../../src/domain/import/locaties.js';
import {
  type ChildEvent,
  type LocationInfo,
  type PreparedChild,
  prepareChild,
} from '../../src/domain/indicators/child.js';
import { computeTables } from '../../src/domain/indicators/compute.js';
import { plainMedian, SUBTYPE_KEYS, unsuppressedTable } from '../../src/domain/indicators/table.js';
import type { EventType } from '../../src/domain/journey.js';

// ---------------------------------------------------------------------------------------------
// Fixture: locations of different types and subtypes in three municipalities (and an empty one).

type TypePeriod = [vanaf: string | null, type: LocatieType, subtype: Subtype | null];
const location = (municipality: string, ...periods: TypePeriod[]): LocationInfo => ({
  municipality,
  periods: periods.map(([vanaf, type, subtype]) => ({ vanaf, type, subtype })),
});

const LOCATIONS = new Map<string, LocationInfo>([
  ['AZC1', location('GM0001', [null, 'azc', null])],
  ['NO1', location('GM0001', [null, 'noodopvang', 'hotel'])],
  ['NO1B', location('GM0001', [null, 'noodopvang', null])],
  ['KWV1', location('GM0001', [null, 'kwv', null])],
  ['TGO2', location('GM0002', [null, 'tgo', null])],
  ['CNO2', location('GM0002', [null, 'crisisnoodopvang', 'sporthal'])],
  ['COL2', location('GM0002', [null, 'col', null])],
  // A regular azc that becomes a TGO on 2025-04-01.
  ['REV2', location('GM0002', [null, 'azc', null], ['2025-04-01', 'tgo', null])],
  // A noodopvang on a ship that becomes a regular small location on 2025-03-01.
  [
    'FLIP3',
    location('GM0003', [null, 'noodopvang', 'schip'], ['2025-03-01', 'kleinschalig', null]),
  ],
  ['GEZ3', location('GM0003', [null, 'gezinslocatie', null])],
  ['POL3', location('GM0003', [null, 'pol', 'kantoor'])],
]);
const MUNICIPALITIES = ['GM0001', 'GM0002', 'GM0003', 'GM0004'];
const LOCATION_CODES = [...LOCATIONS.keys()];

// ---------------------------------------------------------------------------------------------
// Journeys.

interface Row {
  type: EventType;
  date: string;
  location?: string | null;
  soort?: string | null;
  amv?: boolean;
  ignored?: boolean;
}
const inn = (date: string, location: string, amv?: boolean): Row => ({
  type: 'instroom',
  date,
  location,
  amv,
});
const mv = (date: string, location: string, ignored = false): Row => ({
  type: 'verhuizing',
  date,
  location,
  ignored,
});
const out = (date: string, soort = 'vertrek'): Row => ({ type: 'uitstroom', date, soort });
const ms = (type: EventType, date: string, amv?: boolean): Row => ({ type, date, amv });

let nextId = 0;
let nextOrder = 0;
/** A prepared child; rows are imported in the order given, with `amv` as default. */
function child(birthMonth: string, rows: Row[], amv = false): PreparedChild {
  const events: ChildEvent[] = rows.map((r) => ({
    type: r.type,
    date: r.date,
    location: r.location ?? null,
    soort: r.soort ?? null,
    amv: r.amv ?? amv,
    ignored: r.ignored ?? false,
    order: nextOrder++,
  }));
  return prepareChild(nextId++, birthMonth, events, LOCATIONS);
}

/** The unsuppressed tables of every scope at peildatum t. */
function at(t: string, ...children: PreparedChild[]) {
  const raw = computeTables(children, LOCATIONS, MUNICIPALITIES, t);
  return {
    raw,
    all: unsuppressedTable(raw.national),
    gm: (code: string) => unsuppressedTable(raw.municipal[MUNICIPALITIES.indexOf(code)]!),
    loc: (code: string) => unsuppressedTable(raw.locations[LOCATION_CODES.indexOf(code)]!),
  };
}
type Table = ReturnType<typeof unsuppressedTable>;
type KmKey = 'daysInNood' | 'daysToSchool' | 'daysToJgz' | 'daysToHousing';

/** A KM block's counts: [spells, children, events, peildatum, exit, achttien]. */
function counts(table: Table, key: KmKey): number[] {
  const b = table[key].km as {
    spells: number;
    children: number;
    events: number;
    censored: { peildatum: number; exit: number; achttien: number };
  };
  return [
    b.spells,
    b.children,
    b.events,
    b.censored.peildatum,
    b.censored.exit,
    b.censored.achttien,
  ];
}
/** A KM curve's steps: [day, events, censored]. */
function steps(tables: ReturnType<typeof at>, scope: 'all' | string, key: KmKey): number[][] {
  const raw =
    scope === 'all'
      ? tables.raw.national
      : scope.startsWith('GM')
        ? tables.raw.municipal[MUNICIPALITIES.indexOf(scope)]!
        : tables.raw.locations[LOCATION_CODES.indexOf(scope)]!;
  return raw[key].km.steps.map((s) => [s.time, s.events, s.censored]);
}
const days = (from: string, to: string) => toDay(to) - toDay(from);

const T = '2025-06-30'; // window (2024-06-30, 2025-06-30]

// ---------------------------------------------------------------------------------------------

describe('fixture arithmetic', () => {
  it('uses the day counts quoted in the comments', () => {
    expect(days('2024-06-30', T)).toBe(365);
    expect(days('2025-01-10', T)).toBe(171);
    expect(days('2025-01-01', T)).toBe(180);
    expect(days('2024-12-01', T)).toBe(211);
    expect(days('2025-03-01', T)).toBe(121);
    expect(days('2025-04-01', T)).toBe(90);
    expect(days('2024-12-29', T)).toBe(183);
    expect(days('2025-01-10', '2025-03-01')).toBe(50);
    expect(days('2025-03-24', T)).toBe(98);
    expect(days('2025-07-03', '2025-10-01')).toBe(90);
  });
});

describe('plainMedian', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(plainMedian([])).toBeNull();
    expect(plainMedian([7])).toBe(7);
    expect(plainMedian([9, 1, 4])).toBe(4);
    expect(plainMedian([10, 1, 4, 3])).toBe(3.5);
    expect(plainMedian([2, 2])).toBe(2);
  });
});

describe('I1: the population P(t, S) and the end-of-day location', () => {
  it('collapses same-day movements to the end-of-day location', () => {
    // c1 arrives in AZC1 and moves on to NO1 the same day: AZC1 never counts.
    const c1 = child('2015-01', [inn('2025-01-10', 'AZC1'), mv('2025-01-10', 'NO1')]);
    // c2 goes to NO1 and back the same day: NO1 never counts and there is no transfer.
    const c2 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      mv('2025-02-01', 'NO1'),
      mv('2025-02-01', 'AZC1'),
    ]);
    // c3 passes through TGO2 on its way to CNO2: one transfer, TGO2 never counts.
    const c3 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      mv('2025-02-01', 'TGO2'),
      mv('2025-02-01', 'CNO2'),
    ]);
    const r = at(T, c1, c2, c3);
    expect(r.all.children.count).toBe(3);
    expect(r.loc('NO1').children.count).toBe(1);
    expect(r.loc('AZC1').children.count).toBe(1);
    expect(r.loc('CNO2').children.count).toBe(1);
    expect(r.loc('TGO2').children.count).toBe(0);
    expect(r.all.transfers12m.distribution).toEqual({ '0': 2, '1': 1, '2': 0, '3': 0, '4+': 0 });

    // Spells: AZC1 has those of c2 (unbroken) and c3; c1 was never there at the end of a day.
    expect(counts(r.loc('AZC1'), 'daysToJgz')).toEqual([2, 2, 0, 1, 1, 0]);
    expect(steps(r, 'AZC1', 'daysToJgz')).toEqual([
      [22, 0, 1], // c3 leaves on 2025-02-01
      [171, 0, 1], // c2 at t
    ]);
    expect(counts(r.loc('NO1'), 'daysToJgz')).toEqual([1, 1, 0, 1, 0, 0]);
    expect(counts(r.loc('NO1'), 'daysInNood')).toEqual([1, 1, 0, 1, 0, 0]);
    expect(counts(r.loc('TGO2'), 'daysInNood')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(counts(r.loc('TGO2'), 'daysToJgz')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.loc('NO1').daysInNood.current.medianSpellDays).toBe(171);
  });

  it('counts a child where it is at the end of the peildatum', () => {
    const moved = child('2015-01', [inn('2025-01-10', 'AZC1'), mv(T, 'GEZ3')]);
    const left = child('2015-01', [inn('2025-01-10', 'AZC1'), out(T)]);
    const arrived = child('2015-01', [inn(T, 'NO1')]);
    const r = at(T, moved, left, arrived);
    expect(r.all.children.count).toBe(2);
    expect(r.loc('AZC1').children.count).toBe(0);
    expect(r.loc('GEZ3').children.count).toBe(1);
    expect(r.gm('GM0003').children.count).toBe(1);
    expect(r.loc('NO1').children.count).toBe(1);
    // The transfer on t lies in the window.
    expect(r.all.transfers12m.distribution).toEqual({ '0': 1, '1': 1, '2': 0, '3': 0, '4+': 0 });
    // Arrived on t: 0 days in NOOD.
    expect(r.loc('NO1').daysInNood.current).toMatchObject({
      count: 1,
      medianSpellDays: 0,
      medianEpisodeDays: 0,
    });
    // The day before, both were still in AZC1.
    expect(at('2025-06-29', moved, left, arrived).loc('AZC1').children.count).toBe(2);
  });

  it('counts minors by age from the first day of the birth month (18th birthday on t: not a minor)', () => {
    const t = '2025-07-03'; // t + 90 = 2025-10-01
    const turned = child('2007-07', [inn('2025-01-10', 'AZC1')]); // 18 on 2025-07-01
    const edge = child('2007-10', [inn('2025-01-10', 'AZC1'), ms('perspectiefplan_18', t)], true); // 18 on t + 90
    const later = child('2007-11', [inn('2025-01-10', 'AZC1')]); // 18 on 2025-11-01
    const soon = child(
      '2007-08',
      [inn('2025-01-10', 'AZC1'), ms('perspectiefplan_18', '2025-07-04')],
      true,
    );
    const baby = child('2025-07', [inn('2025-07-02', 'AZC1')]); // age 0
    const r = at(t, turned, edge, later, soon, baby);
    expect(r.all.children.count).toBe(4);
    expect(r.all.turning18).toEqual({
      count: 2,
      unaccompanied: 2,
      withPlan: 1,
      shareWithPlan: 0.5,
    });
    // The day before its 18th birthday a child is 17; on it, 18.
    expect(at('2025-06-30', turned).all.children.count).toBe(1);
    expect(at('2025-06-30', turned).all.turning18.count).toBe(1);
    expect(at('2025-07-01', turned).all.children.count).toBe(0);
    const r2 = at('2025-10-01', turned, edge, later, soon, baby);
    expect(r2.all.children.count).toBe(2); // later and baby
    expect(r2.all.turning18).toMatchObject({ count: 1, unaccompanied: 0, withPlan: 0 });
    expect(r2.all.turning18.shareWithPlan).toBeNull();
  });

  it('splits by type and subtype valid on t, and by unaccompanied, listing every key', () => {
    const flip = child('2015-01', [inn('2025-02-01', 'FLIP3')]);
    const hotel = child('2015-01', [inn('2025-02-01', 'NO1')], true);
    const sporthal = child('2015-01', [inn('2025-02-01', 'CNO2')], true);
    const kwv = child('2010-01', [inn('2025-02-01', 'KWV1')], true);
    const pol = child('2015-01', [inn('2025-02-01', 'POL3')]);
    const r = at(T, flip, hotel, sporthal, kwv, pol);
    expect(r.all.children).toEqual({
      count: 5,
      byType: {
        azc: 0,
        col: 0,
        pol: 1,
        kwv: 1,
        gezinslocatie: 0,
        kleinschalig: 1,
        noodopvang: 1,
        tgo: 0,
        crisisnoodopvang: 1,
      },
      bySubtype: {
        sporthal: 1,
        evenementenhal: 0,
        hotel: 1,
        schip: 0,
        paviljoen: 0,
        kantoor: 1,
        overig: 0,
        geen: 2,
      },
      byUnaccompanied: { unaccompanied: 3, accompanied: 2 },
    });
    expect(Object.keys(r.all.children.byType)).toEqual([...LOCATIE_TYPES]);
    expect(Object.keys(r.all.children.bySubtype)).toEqual([...SUBTYPE_KEYS]);
    expect(r.all.childrenInNood).toEqual({
      count: 2,
      shareInNood: 0.4,
      childrenInNoodUnaccompanied: 2,
      shareInNoodUnaccompanied: 2 / 3,
    });
    // Before 2025-03-01 FLIP3 is a noodopvang on a ship.
    const before = at('2025-02-15', flip).loc('FLIP3');
    expect(before.children.byType.noodopvang).toBe(1);
    expect(before.children.bySubtype.schip).toBe(1);
    expect(before.childrenInNood.count).toBe(1);
    expect(r.loc('FLIP3').childrenInNood.count).toBe(0);
    expect(r.loc('FLIP3').childrenInNood.shareInNood).toBe(0);
  });

  it('gives an empty scope zeros and nulls (indicators-api.md §4)', () => {
    const r = at(T, child('2015-01', [inn('2025-01-01', 'AZC1')]));
    const empty = r.gm('GM0004');
    expect(empty.children.count).toBe(0);
    expect(empty.transfers12m).toMatchObject({ children: 0, totalTransfers: 0, max: null });
    expect(empty.transfers12m.mean).toBeNull();
    expect(empty.transfers12m.shareAtLeast2).toBeNull();
    expect(empty.childrenInNood.shareInNood).toBeNull();
    expect(empty.childrenInNood.shareInNoodUnaccompanied).toBeNull();
    expect(empty.daysInNood.current).toEqual({
      count: 0,
      medianSpellDays: null,
      medianEpisodeDays: null,
      over183: 0,
      shareOver183: null,
    });
    expect(empty.gzaRegistered.share).toBeNull();
    expect(empty.statusWaiting).toEqual({ count: 0, median: null, over98: 0, shareOver98: null });
    for (const key of ['daysInNood', 'daysToSchool', 'daysToJgz', 'daysToHousing'] as const) {
      const block = empty[key].km as Record<string, unknown>;
      expect(counts(empty, key)).toEqual([0, 0, 0, 0, 0, 0]);
      for (const [k, v] of Object.entries(block)) {
        if (!['spells', 'children', 'events', 'censored'].includes(k)) expect(v).toBeNull();
      }
    }
  });

  it('writes the keys of indicators-api.md §2–§3 in the published order', () => {
    const table = at(T).all;
    expect(Object.keys(table)).toEqual([
      'peildatum',
      'scope',
      'suppressed',
      'children',
      'childrenInNood',
      'transfers12m',
      'daysInNood',
      'daysToSchool',
      'daysToJgz',
      'gzaRegistered',
      'turning18',
      'statusWaiting',
      'daysToHousing',
    ]);
    expect(table.peildatum).toBe(T);
    expect(table.scope).toEqual({ type: 'all', code: 'all' });
    expect(table.suppressed).toBe(false);
    expect(Object.keys(table.transfers12m)).toEqual([
      'children',
      'totalTransfers',
      'mean',
      'distribution',
      'atLeast2',
      'shareAtLeast2',
      'max',
    ]);
    expect(Object.keys(table.daysInNood.current)).toEqual([
      'count',
      'medianSpellDays',
      'medianEpisodeDays',
      'over183',
      'shareOver183',
    ]);
    const kmKeys = ['spells', 'children', 'events', 'censored', 'median'];
    expect(Object.keys(table.daysInNood.km)).toEqual([...kmKeys, 'S14', 'S90', 'S183']);
    expect(Object.keys(table.daysToSchool.km)).toEqual([...kmKeys, 'oneMinusS30', 'oneMinusS90']);
    expect(Object.keys(table.daysToSchool)).toEqual(['km', 'notEnrolledOver90']);
    expect(Object.keys(table.daysToJgz.km)).toEqual([...kmKeys, 'oneMinusS42', 'oneMinusS90']);
    expect(Object.keys(table.daysToHousing.km)).toEqual([...kmKeys, 'oneMinusS98', 'oneMinusS183']);
    expect(Object.keys(table.daysInNood.km.censored as object)).toEqual([
      'peildatum',
      'exit',
      'achttien',
    ]);
    expect(Object.keys(table.turning18)).toEqual([
      'count',
      'unaccompanied',
      'withPlan',
      'shareWithPlan',
    ]);
    expect(Object.keys(table.statusWaiting)).toEqual(['count', 'median', 'over98', 'shareOver98']);
    expect(scopeOf('GM0002')).toEqual({ type: 'gemeente', code: 'GM0002' });
    expect(scopeOf('NO1')).toEqual({ type: 'locatie', code: 'NO1' });
  });
});

function scopeOf(code: string) {
  const r = at(T);
  return code.startsWith('GM') ? r.gm(code).scope : r.loc(code).scope;
}

describe('unaccompanied at t', () => {
  it('takes the latest row ≤ t; on one date an amv_wijziging wins over a later import', () => {
    const wins = child('2015-01', [
      inn('2025-01-10', 'AZC1', false),
      ms('amv_wijziging', '2025-03-01', true),
      ms('jgz_intake', '2025-03-01', false), // imported later, but not an amv_wijziging
    ]);
    expect(at('2025-02-28', wins).all.children.byUnaccompanied.unaccompanied).toBe(0);
    expect(at('2025-03-01', wins).all.children.byUnaccompanied.unaccompanied).toBe(1);
    expect(at(T, wins).all.children.byUnaccompanied.unaccompanied).toBe(1);
  });

  it('otherwise the row imported last on the date, and never a row after t', () => {
    const last = child('2015-01', [
      inn('2025-01-10', 'AZC1', true),
      ms('gza_inschrijving', '2025-03-01', true),
      ms('jgz_intake', '2025-03-01', false),
      ms('amv_wijziging', '2025-07-01', true),
    ]);
    expect(at('2025-02-28', last).all.children.byUnaccompanied.unaccompanied).toBe(1);
    expect(at(T, last).all.children.byUnaccompanied).toEqual({ unaccompanied: 0, accompanied: 1 });
    expect(at('2025-07-01', last).all.children.byUnaccompanied.unaccompanied).toBe(1);
  });

  it('ignores an ignored verhuizing row', () => {
    const ignored = child('2015-01', [
      inn('2025-01-10', 'AZC1', false),
      { ...mv('2025-04-01', 'AZC1', true), amv: true },
    ]);
    const r = at(T, ignored);
    expect(r.all.children.byUnaccompanied.unaccompanied).toBe(0);
    expect(r.all.transfers12m.distribution['0']).toBe(1);
  });
});

describe('I3: transfers in the window (t − 365, t]', () => {
  const a = child('2015-01', [
    inn('2024-01-01', 'AZC1'),
    mv('2024-06-30', 'KWV1'), // t − 365: outside
    mv('2024-07-01', 'AZC1'), // t − 364: inside
    mv(T, 'GEZ3'), // on t: inside
  ]);
  // Out and back in on a later date: no transfer.
  const b = child('2015-01', [
    inn('2025-01-01', 'AZC1'),
    out('2025-02-01'),
    inn('2025-03-01', 'NO1'),
  ]);
  // Out and in again on the same date at another location: L(d − 1) and L(d) differ.
  const c = child('2015-01', [
    inn('2025-01-01', 'AZC1'),
    out('2025-02-01'),
    inn('2025-02-01', 'NO1'),
  ]);
  const d = child('2015-01', [
    inn('2025-01-01', 'AZC1'),
    mv('2025-02-01', 'NO1'),
    mv('2025-03-01', 'NO1B'),
    mv('2025-04-01', 'TGO2'),
    mv('2025-05-01', 'COL2'),
    mv('2025-07-05', 'AZC1'), // after t
  ]);
  // A verhuizing to the current location is ignored.
  const e = child('2015-01', [inn('2025-01-01', 'AZC1'), mv('2025-02-01', 'AZC1', true)]);

  it('counts per member of P, wherever the transfers happened', () => {
    const r = at(T, a, b, c, d, e);
    expect(r.all.transfers12m).toEqual({
      children: 5,
      totalTransfers: 7,
      mean: 1.4,
      distribution: { '0': 2, '1': 1, '2': 1, '3': 0, '4+': 1 },
      atLeast2: 2,
      shareAtLeast2: 0.4,
      max: 4,
    });
    // a's transfers in AZC1 and KWV1 count in GEZ3, where it is at t.
    expect(r.loc('GEZ3').transfers12m).toMatchObject({ children: 1, totalTransfers: 2, max: 2 });
    expect(r.gm('GM0002').transfers12m).toMatchObject({
      children: 1,
      totalTransfers: 4,
      distribution: { '0': 0, '1': 0, '2': 0, '3': 0, '4+': 1 },
      atLeast2: 1,
      shareAtLeast2: 1,
      max: 4,
    });
    expect(r.gm('GM0001').transfers12m).toMatchObject({
      children: 3,
      totalTransfers: 1,
      distribution: { '0': 2, '1': 1, '2': 0, '3': 0, '4+': 0 },
      max: 1,
    });
  });

  it('moves the window with t', () => {
    // On 2025-06-29 the move of 2024-06-30 is inside and the one on t not yet made; on
    // 2025-07-01 the move of 2024-07-01 has left the window.
    const r = at('2025-06-29', a);
    expect(r.all.transfers12m.totalTransfers).toBe(2);
    expect(at('2025-07-01', a).all.transfers12m.totalTransfers).toBe(1);
  });
});

describe('I4 (a): days in NOOD at t, per spell in S and per episode', () => {
  // a: AZC1 → TGO2 (GM0002) on 2024-12-01 → NO1 (GM0001) on 2025-01-01 → NO1B on 2025-03-01.
  const a = child('2015-01', [
    inn('2024-11-01', 'AZC1'),
    mv('2024-12-01', 'TGO2'),
    mv('2025-01-01', 'NO1'),
    mv('2025-03-01', 'NO1B'),
  ]);
  // b: FLIP3 stops being NOOD on 2025-03-01.
  const b = child('2015-01', [inn('2025-01-01', 'FLIP3')]);
  // c: REV2 becomes a TGO on 2025-04-01: 90 days.
  const c = child('2015-01', [inn('2025-02-01', 'REV2')]);
  // d: left and came back a day later: the episode restarts on 2025-01-02 (179 days).
  const d = child('2015-01', [
    inn('2024-10-01', 'NO1'),
    out('2025-01-01'),
    inn('2025-01-02', 'NO1'),
  ]);
  // e: out and in on the same date: the episode continues from 2024-10-01 (272 days).
  const e = child('2015-01', [
    inn('2024-10-01', 'NO1'),
    out('2025-01-01'),
    inn('2025-01-01', 'NO1'),
  ]);
  const f = child('2015-01', [inn('2024-12-29', 'TGO2')]); // exactly 183 days
  const g = child('2015-01', [inn('2024-12-28', 'CNO2')]); // 184 days

  it('measures the spell in S and the episode that may have begun outside S', () => {
    const r = at(T, a, b, c, d, e, f, g);
    // National: spell = episode: 90, 179, 183, 184, 211, 272 → median (183 + 184) / 2.
    expect(r.all.daysInNood.current).toEqual({
      count: 6,
      medianSpellDays: 183.5,
      medianEpisodeDays: 183.5,
      over183: 3,
      shareOver183: 0.5,
    });
    expect(r.all.childrenInNood.count).toBe(6);
    // GM0001: a (spell 180 since NO1, episode 211), d (179, 179), e (272, 272).
    expect(r.gm('GM0001').daysInNood.current).toEqual({
      count: 3,
      medianSpellDays: 180,
      medianEpisodeDays: 211,
      over183: 2,
      shareOver183: 2 / 3,
    });
    // GM0002: c (90), f (183), g (184).
    expect(r.gm('GM0002').daysInNood.current).toEqual({
      count: 3,
      medianSpellDays: 183,
      medianEpisodeDays: 183,
      over183: 1,
      shareOver183: 1 / 3,
    });
    // NO1B: a since 2025-03-01 (121 days), episode 211.
    expect(r.loc('NO1B').daysInNood.current).toEqual({
      count: 1,
      medianSpellDays: 121,
      medianEpisodeDays: 211,
      over183: 1,
      shareOver183: 1,
    });
    expect(r.loc('NO1').daysInNood.current).toMatchObject({
      count: 2,
      medianSpellDays: (179 + 272) / 2,
    });
    expect(r.loc('REV2').daysInNood.current.medianSpellDays).toBe(90);
    expect(r.gm('GM0003').daysInNood.current.count).toBe(0);
    expect(r.gm('GM0003').children.count).toBe(1);
  });
});

describe('I4 (b): Kaplan–Meier over NOOD spells in S', () => {
  it('ends a spell with an event (regular reception, type change) or censors it by cause', () => {
    // a: NO1 → AZC1 after 40 days: event.
    const a = child('2015-01', [inn('2025-01-01', 'NO1'), mv('2025-02-10', 'AZC1')]);
    // b: NO1 → TGO2 (NOOD outside GM0001) after 20 days → COL2 40 days later.
    const b = child('2015-01', [
      inn('2025-01-01', 'NO1'),
      mv('2025-01-21', 'TGO2'),
      mv('2025-03-02', 'COL2'),
    ]);
    // c: FLIP3 becomes kleinschalig on 2025-03-01, 28 days after arrival: event.
    const c = child('2015-01', [inn('2025-02-01', 'FLIP3')]);
    // d: leaves reception from CNO2 after 14 days: exit.
    const d = child('2015-01', [inn('2025-05-01', 'CNO2'), out('2025-05-15')]);
    // e: turns 18 on 2025-03-01, 28 days after arrival in NO1.
    const e = child('2007-03', [inn('2025-02-01', 'NO1')]);
    // f: still in TGO2 at t, after 29 days.
    const f = child('2015-01', [inn('2025-06-01', 'TGO2')]);
    const r = at(T, a, b, c, d, e, f);

    // NO1 and GM0001: a event 40, b exit 20, e achttien 28.
    for (const table of [r.loc('NO1'), r.gm('GM0001')]) {
      expect(table.daysInNood.km).toEqual({
        spells: 3,
        children: 3,
        events: 1,
        censored: { peildatum: 0, exit: 1, achttien: 1 },
        median: 40,
        S14: 1,
        S90: 0,
        S183: 0,
      });
    }
    // GM0002: b's TGO2 spell (event after 40 days), d exit 14, f peildatum 29.
    expect(counts(r.gm('GM0002'), 'daysInNood')).toEqual([3, 3, 1, 1, 1, 0]);
    expect(steps(r, 'GM0002', 'daysInNood')).toEqual([
      [14, 0, 1],
      [29, 0, 1],
      [40, 1, 0],
    ]);
    expect(counts(r.loc('TGO2'), 'daysInNood')).toEqual([2, 2, 1, 1, 0, 0]);
    expect(counts(r.loc('CNO2'), 'daysInNood')).toEqual([1, 1, 0, 0, 1, 0]);
    expect(r.loc('FLIP3').daysInNood.km).toMatchObject({ spells: 1, events: 1, median: 28 });
    // National: b's spell goes on in TGO2 and ends in COL2 after 60 days.
    // Day 14: exit (6 at risk); day 28: 1 event of 5 → 4/5, and achttien; day 29: peildatum;
    // day 40: 1 of 2 → 2/5; day 60: 1 of 1 → 0.
    expect(steps(r, 'all', 'daysInNood')).toEqual([
      [14, 0, 1],
      [28, 1, 1],
      [29, 0, 1],
      [40, 1, 0],
      [60, 1, 0],
    ]);
    expect(r.all.daysInNood.km).toEqual({
      spells: 6,
      children: 6,
      events: 3,
      censored: { peildatum: 1, exit: 1, achttien: 1 },
      median: 40,
      S14: 1,
      S90: 0,
      S183: 0,
    });
  });

  it('takes spells whose first date is in the window, of children then minors', () => {
    const g = child('2015-01', [inn('2024-06-30', 'NO1B')]); // first date t − 365: outside
    const h = child('2015-01', [inn('2024-07-01', 'NO1B')]); // t − 364: inside, 364 days
    const adult = child('2006-12', [inn('2025-01-01', 'NO1')]); // 18 on 2024-12-01
    const n = child('2015-01', [inn(T, 'NO1')]); // starts on t: censored on day 0
    const o = child('2015-01', [inn('2025-07-01', 'NO1')]); // after t
    // q: REV2 turns NOOD on 2025-04-01: the NOOD spell starts then (90 days at t).
    const q = child('2015-01', [inn('2025-02-01', 'REV2')]);
    const r = at(T, g, h, adult, n, o, q);
    expect(r.all.daysInNood.km).toEqual({
      spells: 3,
      children: 3,
      events: 0,
      censored: { peildatum: 3, exit: 0, achttien: 0 },
      median: 'niet bereikt',
      S14: 1,
      S90: 1,
      S183: 1,
    });
    expect(steps(r, 'all', 'daysInNood')).toEqual([
      [0, 0, 1],
      [90, 0, 1],
      [364, 0, 1],
    ]);
    // NO1: only n, censored on day 0; S(14) cannot be estimated.
    expect(r.loc('NO1').daysInNood.km).toEqual({
      spells: 1,
      children: 1,
      events: 0,
      censored: { peildatum: 1, exit: 0, achttien: 0 },
      median: 'niet bereikt',
      S14: 'niet schatbaar',
      S90: 'niet schatbaar',
      S183: 'niet schatbaar',
    });
    expect(counts(r.loc('NO1B'), 'daysInNood')).toEqual([1, 1, 0, 1, 0, 0]);
    expect(counts(r.loc('REV2'), 'daysInNood')).toEqual([1, 1, 0, 1, 0, 0]);
    // g is still in P and in I4 (a), just not in the cohort.
    expect(r.loc('NO1B').daysInNood.current.count).toBe(2);
  });

  it('breaks ties: event beats censoring; exit, then achttien, then peildatum', () => {
    // i: moves to AZC1 on its 18th birthday (2025-02-01), 22 days in: event.
    const i = child('2007-02', [inn('2025-01-10', 'NO1'), mv('2025-02-01', 'AZC1')]);
    // j: leaves reception on its 18th birthday (2025-04-01), 31 days in: exit.
    const j = child('2007-04', [inn('2025-03-01', 'NO1B'), out('2025-04-01')]);
    // j2: moves to TGO2 on its 18th birthday (2025-05-01): exit in GM0001, achttien nationally.
    const j2 = child('2007-05', [inn('2025-04-01', 'NO1'), mv('2025-05-01', 'TGO2')]);
    // m: moves to AZC1 on t: event, not peildatum.
    const m = child('2015-01', [inn('2025-06-20', 'NO1B'), mv(T, 'AZC1')]);
    // x: leaves reception on t: exit, not peildatum.
    const x = child('2015-01', [inn('2025-06-20', 'CNO2'), out(T)]);
    const r = at(T, i, j, j2, m, x);
    expect(counts(r.gm('GM0001'), 'daysInNood')).toEqual([4, 4, 2, 0, 2, 0]);
    expect(steps(r, 'GM0001', 'daysInNood')).toEqual([
      [10, 1, 0],
      [22, 1, 0],
      [30, 0, 1],
      [31, 0, 1],
    ]);
    expect(counts(r.all, 'daysInNood')).toEqual([5, 5, 2, 0, 2, 1]);
    expect(counts(r.gm('GM0002'), 'daysInNood')).toEqual([1, 1, 0, 0, 1, 0]);
    // TGO2 spell of j2 starts on its 18th birthday: not a minor then.
    expect(counts(r.loc('TGO2'), 'daysInNood')).toEqual([0, 0, 0, 0, 0, 0]);

    // Achttien on t beats peildatum.
    const y = child('2007-07', [inn('2025-06-01', 'TGO2')]);
    const r2 = at('2025-07-01', y);
    expect(counts(r2.all, 'daysInNood')).toEqual([1, 1, 0, 0, 0, 1]);
    expect(steps(r2, 'all', 'daysInNood')).toEqual([[30, 0, 1]]);
    // A NOOD → regular type change on the 18th birthday is an event.
    const z = child('2007-03', [inn('2025-02-01', 'FLIP3')]);
    expect(counts(at(T, z).loc('FLIP3'), 'daysInNood')).toEqual([1, 1, 1, 0, 0, 0]);
  });
});

describe('I5 (a): Kaplan–Meier from cohort entry to school', () => {
  it('enters on the first date of a spell at 5–17, or on the 5th birthday inside the spell', () => {
    // s1: aged 10, school after 30 days.
    const s1 = child('2015-01', [inn('2025-01-10', 'AZC1'), ms('onderwijs_start', '2025-02-09')]);
    // s2: 5 on 2025-03-01 inside its AZC1 spell; school on 2025-03-15: 14 days.
    const s2 = child('2020-03', [inn('2024-11-01', 'AZC1'), ms('onderwijs_start', '2025-03-15')]);
    // s3: 5 on 2025-05-01, the day it moves KWV1 → GEZ3: no entry in KWV1 or GM0001 (the
    // birthday is their exit date); entry in GEZ3, GM0003 and nationally; no school: 60 days.
    const s3 = child('2020-05', [inn('2025-01-01', 'KWV1'), mv('2025-05-01', 'GEZ3')]);
    // s4: 5 only after t: no entry.
    const s4 = child('2020-08', [inn('2025-01-01', 'AZC1')]);
    const r = at(T, s1, s2, s3, s4);
    expect(steps(r, 'AZC1', 'daysToSchool')).toEqual([
      [14, 1, 0],
      [30, 1, 0],
    ]);
    expect(r.loc('AZC1').daysToSchool.km).toEqual({
      spells: 2,
      children: 2,
      events: 2,
      censored: { peildatum: 0, exit: 0, achttien: 0 },
      median: 14,
      oneMinusS30: 1,
      oneMinusS90: 1,
    });
    expect(counts(r.loc('KWV1'), 'daysToSchool')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(counts(r.gm('GM0001'), 'daysToSchool')).toEqual([2, 2, 2, 0, 0, 0]);
    expect(counts(r.loc('GEZ3'), 'daysToSchool')).toEqual([1, 1, 0, 1, 0, 0]);
    expect(steps(r, 'GEZ3', 'daysToSchool')).toEqual([[60, 0, 1]]);
    expect(steps(r, 'all', 'daysToSchool')).toEqual([
      [14, 1, 0],
      [30, 1, 0],
      [60, 0, 1],
    ]);
    // 1 − S(30) = 2/3; S(90): the last time is 60 and S = 1/3 → niet schatbaar.
    expect(r.all.daysToSchool.km).toMatchObject({
      median: 30,
      oneMinusS30: 2 / 3,
      oneMinusS90: 'niet schatbaar',
    });
  });

  it('leaves out a child still enrolled at entry, unless an onderwijs_einde is dated on it', () => {
    // s4: school from 2025-01-20 in AZC1, moves to GEZ3 on 2025-03-01 still enrolled.
    const s4 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      ms('onderwijs_start', '2025-01-20'),
      mv('2025-03-01', 'GEZ3'),
    ]);
    // s5: the same to POL3, leaving school on the entry date and starting a new one 4 days on.
    const s5 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      ms('onderwijs_start', '2025-01-20'),
      mv('2025-03-01', 'POL3'),
      ms('onderwijs_einde', '2025-03-01'),
      ms('onderwijs_start', '2025-03-05'),
    ]);
    // s12: started school at 4 (2025-02-01) before its 5th birthday (2025-04-01): enrolled at
    // entry, left out.
    const s12 = child('2020-04', [inn('2025-01-01', 'AZC1'), ms('onderwijs_start', '2025-02-01')]);
    const r = at(T, s4, s5, s12);
    expect(counts(r.loc('GEZ3'), 'daysToSchool')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(counts(r.loc('POL3'), 'daysToSchool')).toEqual([1, 1, 1, 0, 0, 0]);
    expect(steps(r, 'GM0003', 'daysToSchool')).toEqual([[4, 1, 0]]);
    // AZC1 and nationally: s4 and s5 entered on 2025-01-10, school after 10 days.
    expect(steps(r, 'AZC1', 'daysToSchool')).toEqual([[10, 2, 0]]);
    expect(steps(r, 'all', 'daysToSchool')).toEqual([[10, 2, 0]]);
    expect(r.all.daysToSchool.km).toMatchObject({ spells: 2, median: 10, oneMinusS30: 1 });
  });

  it('takes the first onderwijs_start that belongs to the spell (not on its exit date)', () => {
    // s6: AZC1 → TGO2 on 2025-03-01 with a school start that day: exit in AZC1 after 50 days,
    // day-0 event in TGO2, an event after 50 days nationally.
    const s6 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      mv('2025-03-01', 'TGO2'),
      ms('onderwijs_start', '2025-03-01'),
    ]);
    // s14: a school start on the departure day belongs to no spell: exit after 31 days.
    const s14 = child('2015-01', [
      inn('2025-01-01', 'NO1B'),
      ms('onderwijs_start', '2025-02-01'),
      out('2025-02-01'),
    ]);
    const r = at(T, s6, s14);
    expect(steps(r, 'AZC1', 'daysToSchool')).toEqual([[50, 0, 1]]);
    expect(counts(r.loc('AZC1'), 'daysToSchool')).toEqual([1, 1, 0, 0, 1, 0]);
    expect(r.loc('TGO2').daysToSchool.km).toMatchObject({
      spells: 1,
      events: 1,
      median: 0,
      oneMinusS30: 1,
    });
    expect(steps(r, 'GM0001', 'daysToSchool')).toEqual([
      [31, 0, 1],
      [50, 0, 1],
    ]);
    expect(steps(r, 'all', 'daysToSchool')).toEqual([
      [31, 0, 1],
      [50, 1, 0],
    ]);
    expect(counts(r.all, 'daysToSchool')).toEqual([2, 2, 1, 0, 1, 0]);
  });

  it('treats each reception period on its own, and ignores milestones outside reception', () => {
    // s7: enrolled in its first period; a new period after re-entry is a new entry, not left out.
    const s7 = child('2015-01', [
      inn('2024-09-01', 'COL2'),
      ms('onderwijs_start', '2024-09-10'),
      out('2024-12-01'),
      inn('2025-01-05', 'COL2'),
    ]);
    // s13: a school start while out of reception counts for nothing.
    const s13 = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      out('2025-02-01'),
      ms('onderwijs_start', '2025-02-10'),
      inn('2025-03-01', 'AZC1'),
    ]);
    const r = at(T, s7, s13);
    expect(counts(r.loc('COL2'), 'daysToSchool')).toEqual([2, 1, 1, 1, 0, 0]);
    expect(steps(r, 'COL2', 'daysToSchool')).toEqual([
      [9, 1, 0],
      [176, 0, 1],
    ]);
    expect(steps(r, 'AZC1', 'daysToSchool')).toEqual([
      [31, 0, 1],
      [121, 0, 1],
    ]);
    expect(counts(r.all, 'daysToSchool')).toEqual([4, 2, 1, 2, 1, 0]);
  });

  it('censors at the 18th birthday, and counts a school start on it or on t as an event', () => {
    const s9 = child('2007-04', [inn('2025-02-01', 'AZC1')]); // 18 on 2025-04-01: 59 days
    const s10 = child('2007-05', [inn('2025-03-01', 'GEZ3'), ms('onderwijs_start', '2025-05-01')]);
    const s11 = child('2015-01', [inn('2025-06-01', 'KWV1'), ms('onderwijs_start', T)]);
    // s15: no school, leaves reception on its 18th birthday (2025-03-01): exit.
    const s15 = child('2007-03', [inn('2025-02-01', 'POL3'), out('2025-03-01')]);
    // s16: entry on t, no school: censored on day 0, still in the cohort.
    const s16 = child('2015-01', [inn(T, 'COL2')]);
    const r = at(T, s9, s10, s11, s15, s16);
    expect(steps(r, 'all', 'daysToSchool')).toEqual([
      [0, 0, 1],
      [28, 0, 1],
      [29, 1, 0],
      [59, 0, 1],
      [61, 1, 0],
    ]);
    expect(counts(r.all, 'daysToSchool')).toEqual([5, 5, 2, 1, 1, 1]);
    expect(counts(r.loc('AZC1'), 'daysToSchool')).toEqual([1, 1, 0, 0, 0, 1]);
    expect(counts(r.loc('POL3'), 'daysToSchool')).toEqual([1, 1, 0, 0, 1, 0]);
    expect(counts(r.loc('COL2'), 'daysToSchool')).toEqual([1, 1, 0, 1, 0, 0]);
  });

  it('counts only entries in the window', () => {
    const early = child('2015-01', [inn('2024-06-30', 'AZC1')]); // t − 365
    const first = child('2015-01', [inn('2024-07-01', 'GEZ3')]); // t − 364
    // Entry on the 5th birthday, 2024-07-01, inside a spell from before the window.
    const birthday = child('2019-07', [inn('2024-01-01', 'POL3')]);
    const r = at(T, early, first, birthday);
    expect(counts(r.loc('AZC1'), 'daysToSchool')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(steps(r, 'GM0003', 'daysToSchool')).toEqual([[364, 0, 2]]);
  });
});

describe('I5 (b): notEnrolledOver90', () => {
  it('counts from the start of the current reception period', () => {
    const c = child('2015-01', [inn('2025-03-01', 'AZC1')]);
    expect(at('2025-05-30', c).all.daysToSchool.notEnrolledOver90).toBe(0); // 90 days
    expect(at('2025-05-31', c).all.daysToSchool.notEnrolledOver90).toBe(1); // 91 days
  });

  it('counts from the 5th birthday, and not before it', () => {
    const c = child('2020-03', [inn('2024-06-01', 'AZC1')]); // 5 on 2025-03-01
    expect(at('2025-02-28', c).all.daysToSchool.notEnrolledOver90).toBe(0);
    expect(at('2025-05-30', c).all.daysToSchool.notEnrolledOver90).toBe(0);
    expect(at('2025-05-31', c).all.daysToSchool.notEnrolledOver90).toBe(1);
  });

  it('counts from the last onderwijs_einde; an enrolled child never counts', () => {
    const c = child('2015-01', [
      inn('2024-06-01', 'AZC1'),
      ms('onderwijs_start', '2024-07-01'),
      ms('onderwijs_einde', '2025-04-01'),
    ]);
    expect(at('2025-03-31', c).all.daysToSchool.notEnrolledOver90).toBe(0); // enrolled
    expect(at(T, c).all.daysToSchool.notEnrolledOver90).toBe(0); // 90 days
    expect(at('2025-07-01', c).all.daysToSchool.notEnrolledOver90).toBe(1); // 91 days
    // Start and einde on one date: import order decides.
    const endLast = child('2015-01', [
      inn('2024-06-01', 'AZC1'),
      ms('onderwijs_start', '2024-07-01'),
      ms('onderwijs_einde', '2024-07-01'),
    ]);
    const startLast = child('2015-01', [
      inn('2024-06-01', 'AZC1'),
      ms('onderwijs_einde', '2024-07-01'),
      ms('onderwijs_start', '2024-07-01'),
    ]);
    expect(at(T, endLast).all.daysToSchool.notEnrolledOver90).toBe(1);
    expect(at(T, startLast).all.daysToSchool.notEnrolledOver90).toBe(0);
  });

  it('starts again after a real re-entry, not after an administrative one', () => {
    const real = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      out('2025-04-30'),
      inn('2025-05-01', 'AZC1'),
    ]);
    const admin = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      out('2025-05-01'),
      inn('2025-05-01', 'AZC1'),
    ]);
    expect(at(T, real).all.daysToSchool.notEnrolledOver90).toBe(0);
    expect(at(T, admin).all.daysToSchool.notEnrolledOver90).toBe(1);
    // Enrolled in an earlier period does not make it enrolled now.
    const earlier = child('2015-01', [
      inn('2024-01-01', 'AZC1'),
      ms('onderwijs_start', '2024-02-01'),
      out('2024-12-01'),
      inn('2025-01-01', 'GEZ3'),
    ]);
    expect(at(T, earlier).loc('GEZ3').daysToSchool.notEnrolledOver90).toBe(1);
  });

  it('counts only children aged 5–17 at t, in the scope of L(t)', () => {
    const young = child('2020-08', [inn('2024-01-01', 'AZC1')]); // 4 at t
    const c = child('2015-01', [inn('2025-01-01', 'NO1')]);
    const r = at(T, young, c);
    expect(r.all.daysToSchool.notEnrolledOver90).toBe(1);
    expect(r.loc('NO1').daysToSchool.notEnrolledOver90).toBe(1);
    expect(r.loc('AZC1').daysToSchool.notEnrolledOver90).toBe(0);
  });
});

describe('I6: Kaplan–Meier from entry to the JGZ intake', () => {
  it('follows spells without an earlier intake in reception', () => {
    // j1: intake after 42 days.
    const j1 = child('2015-01', [inn('2025-01-10', 'AZC1'), ms('jgz_intake', '2025-02-21')]);
    // j2: intake in AZC1 (22 days), then GEZ3 on 2025-03-01: that spell is left out.
    const j2 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      ms('jgz_intake', '2025-02-01'),
      mv('2025-03-01', 'GEZ3'),
    ]);
    // j3: intake on the day it moves to POL3: not before the POL3 entry, and it belongs to the
    // POL3 spell (day 0), not to the AZC1 spell that ends (exit after 50 days).
    const j3 = child('2015-01', [
      inn('2025-01-10', 'AZC1'),
      mv('2025-03-01', 'POL3'),
      ms('jgz_intake', '2025-03-01'),
    ]);
    const r = at(T, j1, j2, j3);
    expect(steps(r, 'AZC1', 'daysToJgz')).toEqual([
      [22, 1, 0],
      [42, 1, 0],
      [50, 0, 1],
    ]);
    expect(r.loc('AZC1').daysToJgz.km).toEqual({
      spells: 3,
      children: 3,
      events: 2,
      censored: { peildatum: 0, exit: 1, achttien: 0 },
      median: 42,
      oneMinusS42: 2 / 3,
      oneMinusS90: 'niet schatbaar',
    });
    expect(counts(r.loc('GEZ3'), 'daysToJgz')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.loc('POL3').daysToJgz.km).toMatchObject({ spells: 1, events: 1, median: 0 });
    expect(steps(r, 'GM0003', 'daysToJgz')).toEqual([[0, 1, 0]]);
    expect(steps(r, 'all', 'daysToJgz')).toEqual([
      [22, 1, 0],
      [42, 1, 0],
      [50, 1, 0],
    ]);
  });

  it('looks at intakes in reception in any earlier period, not outside reception', () => {
    // j4: intake in a first period; the spell after re-entry is left out.
    const j4 = child('2015-01', [
      inn('2024-08-01', 'COL2'),
      ms('jgz_intake', '2024-08-05'),
      out('2024-09-01'),
      inn('2025-01-01', 'COL2'),
    ]);
    // j5: an intake while out of reception does not leave the next spell out.
    const j5 = child('2015-01', [
      inn('2024-08-01', 'KWV1'),
      out('2024-09-01'),
      ms('jgz_intake', '2024-10-01'),
      inn('2025-01-01', 'KWV1'),
    ]);
    const adult = child('2006-12', [inn('2025-01-01', 'AZC1')]); // 18 at entry
    const early = child('2015-01', [inn('2024-06-30', 'GEZ3')]); // entry t − 365
    const r = at(T, j4, j5, adult, early);
    expect(steps(r, 'COL2', 'daysToJgz')).toEqual([[4, 1, 0]]);
    expect(steps(r, 'KWV1', 'daysToJgz')).toEqual([
      [31, 0, 1],
      [180, 0, 1],
    ]);
    expect(counts(r.loc('KWV1'), 'daysToJgz')).toEqual([2, 1, 0, 1, 1, 0]);
    expect(counts(r.loc('AZC1'), 'daysToJgz')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(counts(r.loc('GEZ3'), 'daysToJgz')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('follows spells entering and leaving a scope', () => {
    // AZC1 → NO1 (GM0001) → TGO2 (GM0002) → NO1; intake on 2025-04-10.
    const c = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      mv('2025-02-01', 'NO1'),
      mv('2025-03-01', 'TGO2'),
      mv('2025-04-01', 'NO1'),
      ms('jgz_intake', '2025-04-10'),
    ]);
    const r = at(T, c);
    expect(steps(r, 'all', 'daysToJgz')).toEqual([[99, 1, 0]]);
    expect(steps(r, 'GM0001', 'daysToJgz')).toEqual([
      [9, 1, 0],
      [59, 0, 1],
    ]);
    expect(counts(r.gm('GM0001'), 'daysToJgz')).toEqual([2, 1, 1, 0, 1, 0]);
    expect(steps(r, 'AZC1', 'daysToJgz')).toEqual([[31, 0, 1]]);
    expect(steps(r, 'NO1', 'daysToJgz')).toEqual([
      [9, 1, 0],
      [28, 0, 1],
    ]);
    expect(steps(r, 'GM0002', 'daysToJgz')).toEqual([[31, 0, 1]]);
    // The same journey for I4 (b): NOOD spells in GM0001: NO1 (exit to TGO2), NO1 again.
    expect(steps(r, 'GM0001', 'daysInNood')).toEqual([
      [28, 0, 1],
      [90, 0, 1],
    ]);
    expect(steps(r, 'all', 'daysInNood')).toEqual([[149, 0, 1]]);
  });
});

describe('I6: ties and import order', () => {
  it('counts an intake on t or on the 18th birthday as an event, one on arrival day too', () => {
    // An intake on t: event, not peildatum (10 days).
    const onT = child('2015-01', [inn('2025-06-20', 'AZC1'), ms('jgz_intake', T)]);
    // An intake on the 18th birthday (2025-04-01): event, not achttien (31 days).
    const on18 = child('2007-04', [inn('2025-03-01', 'AZC1'), ms('jgz_intake', '2025-04-01')]);
    // No intake, leaves on its 18th birthday (2025-05-01): exit, not achttien (30 days).
    const out18 = child('2007-05', [inn('2025-04-01', 'AZC1'), out('2025-05-01')]);
    // An intake imported before the instroom of its date still comes after it: day 0.
    const first = child('2015-01', [ms('jgz_intake', '2025-02-01'), inn('2025-02-01', 'AZC1')]);
    const r = at(T, onT, on18, out18, first);
    expect(steps(r, 'AZC1', 'daysToJgz')).toEqual([
      [0, 1, 0],
      [10, 1, 0],
      [30, 0, 1],
      [31, 1, 0],
    ]);
    expect(counts(r.loc('AZC1'), 'daysToJgz')).toEqual([4, 4, 3, 0, 1, 0]);
    // 4 at risk: day 0 → 3/4; day 10 → 1/2 (median 10); day 30 censored; day 31 → 0.
    expect(r.loc('AZC1').daysToJgz.km).toMatchObject({
      median: 10,
      oneMinusS42: 1,
      oneMinusS90: 1,
    });
  });
});

describe('I7: GZA registration in the current reception period', () => {
  it('counts a gza_inschrijving of the current period on or before t', () => {
    const onArrival = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      ms('gza_inschrijving', '2025-01-01'),
    ]);
    const earlierPeriod = child('2015-01', [
      inn('2024-10-01', 'AZC1'),
      ms('gza_inschrijving', '2024-11-01'),
      out('2024-12-01'),
      inn('2025-01-01', 'AZC1'),
    ]);
    const afterT = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      ms('gza_inschrijving', '2025-07-01'),
    ]);
    const onDeparture = child('2015-01', [
      inn('2024-10-01', 'AZC1'),
      ms('gza_inschrijving', '2024-12-01'),
      out('2024-12-01'),
      inn('2025-01-01', 'AZC1'),
    ]);
    const adminReentry = child('2015-01', [
      inn('2024-10-01', 'AZC1'),
      ms('gza_inschrijving', '2024-11-01'),
      out('2025-01-01'),
      inn('2025-01-01', 'AZC1'),
    ]);
    const outside = child('2015-01', [
      inn('2024-10-01', 'AZC1'),
      out('2024-12-01'),
      ms('gza_inschrijving', '2024-12-15'),
      inn('2025-01-01', 'AZC1'),
    ]);
    const onT = child('2015-01', [inn('2025-01-01', 'AZC1'), ms('gza_inschrijving', T)]);
    const r = at(T, onArrival, earlierPeriod, afterT, onDeparture, adminReentry, outside, onT);
    expect(r.loc('AZC1').gzaRegistered).toEqual({ count: 3, share: 3 / 7 });
    expect(r.all.gzaRegistered).toEqual({ count: 3, share: 3 / 7 });
  });
});

describe('I8: turning 18 within 90 days', () => {
  it('counts plans in reception in any period on or before t, not outside reception', () => {
    const t = '2025-07-03';
    const earlierPeriod = child(
      '2007-08',
      [
        inn('2024-01-01', 'AZC1'),
        ms('perspectiefplan_18', '2024-03-01'),
        out('2024-06-01'),
        inn('2024-08-01', 'AZC1'),
      ],
      true,
    );
    const outside = child(
      '2007-09',
      [
        inn('2024-01-01', 'AZC1'),
        out('2024-06-01'),
        ms('perspectiefplan_18', '2024-07-01'),
        inn('2024-08-01', 'AZC1'),
      ],
      true,
    );
    const accompanied = child('2007-09', [
      inn('2024-01-01', 'GEZ3'),
      ms('perspectiefplan_18', '2025-01-01'),
    ]);
    // Unaccompanied since an amv_wijziging before t.
    const became = child('2007-08', [
      inn('2024-01-01', 'GEZ3', false),
      ms('amv_wijziging', '2025-02-01', true),
    ]);
    const r = at(t, earlierPeriod, outside, accompanied, became);
    expect(r.all.turning18).toEqual({
      count: 4,
      unaccompanied: 3,
      withPlan: 1,
      shareWithPlan: 1 / 3,
    });
    expect(r.loc('GEZ3').turning18).toEqual({
      count: 2,
      unaccompanied: 1,
      withPlan: 0,
      shareWithPlan: 0,
    });
  });
});

describe('I9: waiting with a permit', () => {
  it('measures from the earliest permit in reception, in any period', () => {
    const v1 = child('2015-01', [inn('2025-01-01', 'AZC1'), ms('vergunning', '2025-03-24')]); // 98
    const v2 = child('2015-01', [inn('2025-01-01', 'AZC1'), ms('vergunning', '2025-03-23')]); // 99
    // A permit while out of reception does not count: 30 days from 2025-05-31.
    const v3 = child('2015-01', [
      ms('vergunning', '2024-12-15'),
      inn('2025-01-01', 'AZC1'),
      ms('vergunning', '2025-05-31'),
    ]);
    // A permit in an earlier period counts: 486 days.
    const v4 = child('2015-01', [
      inn('2024-01-01', 'AZC1'),
      ms('vergunning', '2024-03-01'),
      out('2024-06-01'),
      inn('2024-08-01', 'AZC1'),
    ]);
    // Two permits: the earliest, 149 days.
    const v5 = child('2015-01', [
      inn('2025-01-01', 'GEZ3'),
      ms('vergunning', '2025-02-01'),
      ms('vergunning', '2025-04-01'),
    ]);
    const v6 = child('2015-01', [inn('2025-01-01', 'GEZ3'), ms('vergunning', '2025-07-01')]); // after t
    const v7 = child('2015-01', [inn('2025-01-01', 'GEZ3'), ms('vergunning', T)]); // 0
    expect(days('2024-03-01', T)).toBe(486);
    const r = at(T, v1, v2, v3, v4, v5, v6, v7);
    // 0, 30, 98, 99, 149, 486 → median (98 + 99) / 2; over 98: 99, 149, 486.
    expect(r.all.statusWaiting).toEqual({ count: 6, median: 98.5, over98: 3, shareOver98: 0.5 });
    // AZC1: 30, 98, 99, 486 → 98.5; GEZ3: 0, 149 → 74.5.
    expect(r.loc('AZC1').statusWaiting).toEqual({
      count: 4,
      median: 98.5,
      over98: 2,
      shareOver98: 0.5,
    });
    expect(r.gm('GM0003').statusWaiting).toEqual({
      count: 2,
      median: 74.5,
      over98: 1,
      shareOver98: 0.5,
    });
  });
});

describe('I10: Kaplan–Meier from the earliest permit to housing', () => {
  // h1: AZC1, permit 2025-02-01, housed 2025-03-01: event after 28 days.
  const h1 = child('2015-01', [
    inn('2025-01-01', 'AZC1'),
    ms('vergunning', '2025-02-01'),
    out('2025-03-01', 'woning'),
  ]);
  // h2: permit on the day it moves NO1 → GEZ3 and leaves for a house: placed in GEZ3, day 0.
  const h2 = child('2015-01', [
    inn('2025-01-01', 'NO1'),
    ms('vergunning', '2025-04-01'),
    mv('2025-04-01', 'GEZ3'),
    out('2025-04-01', 'woning'),
  ]);
  // h3: leaves TGO2 otherwise (vertrek) after 30 days: exit.
  const h3 = child('2015-01', [
    inn('2025-01-01', 'TGO2'),
    ms('vergunning', '2025-02-01'),
    out('2025-03-03', 'vertrek'),
  ]);
  // h4: still in TGO2 at t, 29 days after its permit.
  const h4 = child('2015-01', [inn('2025-01-01', 'TGO2'), ms('vergunning', '2025-06-01')]);
  // h5: turns 18 on 2025-03-01, after its permit; not censored then: housed after 59 days.
  const h5 = child('2007-03', [
    inn('2025-01-01', 'KWV1'),
    ms('vergunning', '2025-02-01'),
    out('2025-04-01', 'woning'),
  ]);
  // h6: 18 on the date of its permit: left out.
  const h6 = child('2007-02', [inn('2025-01-01', 'KWV1'), ms('vergunning', '2025-02-01')]);
  // h7: earliest permit before the window (a later one inside does not count): left out.
  const h7 = child('2015-01', [
    inn('2024-01-01', 'COL2'),
    ms('vergunning', '2024-06-30'),
    ms('vergunning', '2024-08-01'),
  ]);
  // h8: a permit while out of reception does not count; housed 10 days after the one inside.
  const h8 = child('2015-01', [
    ms('vergunning', '2024-12-01'),
    inn('2025-01-01', 'COL2'),
    ms('vergunning', '2025-02-01'),
    out('2025-02-11', 'woning'),
  ]);
  // h9: an uitstroom woning followed the same day by an instroom is ignored: 149 days at t.
  const h9 = child('2015-01', [
    inn('2025-01-01', 'COL2'),
    ms('vergunning', '2025-02-01'),
    out('2025-03-01', 'woning'),
    inn('2025-03-01', 'COL2'),
  ]);
  // h10: permit on the day it moves AZC1 → NO1B: placed in NO1B.
  const h10 = child('2015-01', [
    inn('2025-01-01', 'AZC1'),
    mv('2025-02-01', 'NO1B'),
    ms('vergunning', '2025-02-01'),
  ]);
  // h12: arrives in POL3, gets its permit and leaves for a house on one day: POL3, day 0.
  const h12 = child('2015-01', [
    inn('2025-05-01', 'POL3'),
    ms('vergunning', '2025-05-01'),
    out('2025-05-01', 'woning'),
  ]);
  const all = [h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h12];

  it('follows each child from its permit until housing, censored at another uitstroom or t', () => {
    const r = at(T, ...all);
    // Day 0: 2 of 9 → 7/9; day 10: 1 of 7 → 2/3; day 28: 1 of 6 → 5/9; day 29 and 30 censored;
    // day 59: 1 of 3 → 10/27; day 149: 2 censored.
    expect(steps(r, 'all', 'daysToHousing')).toEqual([
      [0, 2, 0],
      [10, 1, 0],
      [28, 1, 0],
      [29, 0, 1],
      [30, 0, 1],
      [59, 1, 0],
      [149, 0, 2],
    ]);
    expect(r.all.daysToHousing.km).toEqual({
      spells: 9,
      children: 9,
      events: 5,
      censored: { peildatum: 3, exit: 1, achttien: 0 },
      median: 59,
      oneMinusS98: 17 / 27,
      oneMinusS183: 'niet schatbaar',
    });
  });

  it('places a child at its location on the permit date, or where it left from', () => {
    const r = at(T, ...all);
    expect(counts(r.gm('GM0001'), 'daysToHousing')).toEqual([3, 3, 2, 1, 0, 0]);
    expect(counts(r.gm('GM0002'), 'daysToHousing')).toEqual([4, 4, 1, 2, 1, 0]);
    expect(counts(r.gm('GM0003'), 'daysToHousing')).toEqual([2, 2, 2, 0, 0, 0]);
    expect(counts(r.gm('GM0004'), 'daysToHousing')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.loc('GEZ3').daysToHousing.km).toMatchObject({ spells: 1, events: 1, median: 0 });
    expect(r.loc('POL3').daysToHousing.km).toMatchObject({
      spells: 1,
      events: 1,
      median: 0,
      oneMinusS98: 1,
      oneMinusS183: 1,
    });
    expect(counts(r.loc('NO1'), 'daysToHousing')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(counts(r.loc('NO1B'), 'daysToHousing')).toEqual([1, 1, 0, 1, 0, 0]);
    expect(counts(r.loc('AZC1'), 'daysToHousing')).toEqual([1, 1, 1, 0, 0, 0]);
    expect(counts(r.loc('KWV1'), 'daysToHousing')).toEqual([1, 1, 1, 0, 0, 0]);
    expect(counts(r.loc('COL2'), 'daysToHousing')).toEqual([2, 2, 1, 1, 0, 0]);
    expect(counts(r.loc('TGO2'), 'daysToHousing')).toEqual([2, 2, 0, 1, 1, 0]);
  });

  it('ends the follow-up with the exit of the permit’s reception period, and at t', () => {
    // Housed on t: event; left otherwise on t: exit.
    const onT = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      ms('vergunning', '2025-06-20'),
      out(T, 'woning'),
    ]);
    const leftT = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      ms('vergunning', '2025-06-20'),
      out(T, 'terugkeer'),
    ]);
    // Left after its permit, came back later: the follow-up ended at the first uitstroom.
    const back = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      ms('vergunning', '2025-02-01'),
      out('2025-02-15', 'overig'),
      inn('2025-03-01', 'AZC1'),
    ]);
    // Housed after t: censored at t.
    const later = child('2015-01', [
      inn('2025-01-01', 'AZC1'),
      ms('vergunning', '2025-06-20'),
      out('2025-07-10', 'woning'),
    ]);
    const r = at(T, onT, leftT, back, later);
    expect(steps(r, 'AZC1', 'daysToHousing')).toEqual([
      [10, 1, 2],
      [14, 0, 1],
    ]);
    expect(counts(r.loc('AZC1'), 'daysToHousing')).toEqual([4, 4, 1, 1, 2, 0]);
  });
});

describe('milestones on arrival and departure days', () => {
  it('keeps a same-day arrival and departure in reception for milestones, but never in P', () => {
    const c = child('2015-01', [
      inn('2025-03-01', 'AZC1'),
      ms('gza_inschrijving', '2025-03-01'),
      ms('vergunning', '2025-03-01'),
      out('2025-03-01', 'vertrek'),
    ]);
    const r = at('2025-03-01', c);
    expect(r.all.children.count).toBe(0);
    expect(counts(r.all, 'daysToJgz')).toEqual([0, 0, 0, 0, 0, 0]);
    // The permit lies in reception: the I10 cohort has it, placed in AZC1, exit on day 0.
    expect(counts(r.loc('AZC1'), 'daysToHousing')).toEqual([1, 1, 0, 0, 1, 0]);
  });
});

describe('a worked scenario: the whole table of one municipality', () => {
  it('matches every figure of GM0001', () => {
    const t = T;
    // p: in NO1 since 2025-05-01, unaccompanied, 10 years old, no school, GZA, intake after 5 days.
    const p = child(
      '2015-01',
      [
        inn('2025-05-01', 'NO1'),
        ms('gza_inschrijving', '2025-05-02'),
        ms('jgz_intake', '2025-05-06'),
      ],
      true,
    );
    // q: in AZC1 since 2024-12-01 after NO1B (2024-11-01), school from 2025-01-10, permit
    // 2025-06-01, 17 years old (18 on 2025-09-01), accompanied.
    const q = child('2007-09', [
      inn('2024-11-01', 'NO1B'),
      mv('2024-12-01', 'AZC1'),
      ms('onderwijs_start', '2025-01-10'),
      ms('vergunning', '2025-06-01'),
    ]);
    const r = at(t, p, q);
    expect(r.gm('GM0001')).toEqual({
      peildatum: t,
      scope: { type: 'gemeente', code: 'GM0001' },
      suppressed: false,
      children: {
        count: 2,
        byType: {
          azc: 1,
          col: 0,
          pol: 0,
          kwv: 0,
          gezinslocatie: 0,
          kleinschalig: 0,
          noodopvang: 1,
          tgo: 0,
          crisisnoodopvang: 0,
        },
        bySubtype: {
          sporthal: 0,
          evenementenhal: 0,
          hotel: 1,
          schip: 0,
          paviljoen: 0,
          kantoor: 0,
          overig: 0,
          geen: 1,
        },
        byUnaccompanied: { unaccompanied: 1, accompanied: 1 },
      },
      childrenInNood: {
        count: 1,
        shareInNood: 0.5,
        childrenInNoodUnaccompanied: 1,
        shareInNoodUnaccompanied: 1,
      },
      transfers12m: {
        children: 2,
        totalTransfers: 1,
        mean: 0.5,
        distribution: { '0': 1, '1': 1, '2': 0, '3': 0, '4+': 0 },
        atLeast2: 0,
        shareAtLeast2: 0,
        max: 1,
      },
      daysInNood: {
        current: {
          count: 1,
          medianSpellDays: 60,
          medianEpisodeDays: 60,
          over183: 0,
          shareOver183: 0,
        },
        // p's spell (peildatum, 60 days) and q's NO1B spell (event after 30 days).
        km: {
          spells: 2,
          children: 2,
          events: 1,
          censored: { peildatum: 1, exit: 0, achttien: 0 },
          median: 30,
          S14: 1,
          S90: 'niet schatbaar',
          S183: 'niet schatbaar',
        },
      },
      daysToSchool: {
        // p: entry 2025-05-01, no school (60 days); q: entry 2024-11-01, school after 70 days.
        // Day 60: p censored; day 70: q's event with 1 at risk → S = 0.
        km: {
          spells: 2,
          children: 2,
          events: 1,
          censored: { peildatum: 1, exit: 0, achttien: 0 },
          median: 70,
          oneMinusS30: 0,
          oneMinusS90: 1,
        },
        notEnrolledOver90: 0,
      },
      // p: intake after 5 days; q: no intake since 2024-11-01 (241 days).
      daysToJgz: {
        km: {
          spells: 2,
          children: 2,
          events: 1,
          censored: { peildatum: 1, exit: 0, achttien: 0 },
          median: 5,
          oneMinusS42: 0.5,
          oneMinusS90: 0.5,
        },
      },
      gzaRegistered: { count: 1, share: 0.5 },
      // q turns 18 on 2025-09-01, within (t, t + 90], accompanied.
      turning18: { count: 1, unaccompanied: 0, withPlan: 0, shareWithPlan: null },
      statusWaiting: { count: 1, median: 29, over98: 0, shareOver98: 0 },
      daysToHousing: {
        km: {
          spells: 1,
          children: 1,
          events: 0,
          censored: { peildatum: 1, exit: 0, achttien: 0 },
          median: 'niet bereikt',
          oneMinusS98: 'niet schatbaar',
          oneMinusS183: 'niet schatbaar',
        },
      },
    });
  });
});
