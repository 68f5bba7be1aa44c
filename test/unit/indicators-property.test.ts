/**
 * I1–I10 for random valid journeys, against an oracle that reads domain.md day by day: it
 * replays the movements itself into the end-of-day location L(d) and the reception period of
 * every date, and derives every figure from L and the milestones by the definitions, without
 * the stays, pieces and spells of the code. Also the identities of indicators-api.md §4 and the
 * additivity of the counts defined on P and of I10 across scopes (§5).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Day, fromDay, toDay } from '../../src/domain/dates.js';
import type { LocatieType, Subtype } from '../../src/domain/import/locaties.js';
import {
  type ChildEvent,
  type LocationInfo,
  type PreparedChild,
  prepareChild,
} from '../../src/domain/indicators/child.js';
import { computeTables } from '../../src/domain/indicators/compute.js';
import { kaplanMeier, type Outcome, type Subject } from '../../src/domain/indicators/km.js';
import {
  atLeast2,
  emptyRawTable,
  type RawTable,
  type Scope,
  unsuppressedTable,
} from '../../src/domain/indicators/table.js';
import { type EventType, isMovement, MILESTONES } from '../../src/domain/journey.js';

type TypePeriod = [vanaf: string | null, type: LocatieType, subtype: Subtype | null];
const location = (municipality: string, ...periods: TypePeriod[]): LocationInfo => ({
  municipality,
  periods: periods.map(([vanaf, type, subtype]) => ({ vanaf, type, subtype })),
});
const LOCATIONS = new Map<string, LocationInfo>([
  ['A1', location('GM0001', [null, 'azc', null])],
  ['N1', location('GM0001', [null, 'noodopvang', 'hotel'])],
  [
    'W1',
    location(
      'GM0001',
      [null, 'azc', null],
      ['2024-09-01', 'noodopvang', 'paviljoen'],
      ['2025-02-01', 'azc', null],
    ),
  ],
  ['T2', location('GM0002', [null, 'tgo', null])],
  ['C2', location('GM0002', [null, 'crisisnoodopvang', 'sporthal'])],
  ['K2', location('GM0002', [null, 'kwv', null])],
  ['F3', location('GM0003', [null, 'noodopvang', 'schip'], ['2025-03-01', 'kleinschalig', null])],
  ['G3', location('GM0003', [null, 'gezinslocatie', null])],
]);
const CODES = [...LOCATIONS.keys()];
const MUNICIPALITIES = ['GM0001', 'GM0002', 'GM0003', 'GM0004'];
const NOOD = new Set(['noodopvang', 'tgo', 'crisisnoodopvang']);

const FIRST = toDay('2024-03-01');
const LAST = toDay('2025-12-31');
const WINDOW = 365;

// ---------------------------------------------------------------------------------------------
// Random valid journeys.

interface RawChild {
  birthMonth: string;
  events: ChildEvent[];
}

const arbMove = fc.record({
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 150 })),
  kind: fc.integer({ min: 0, max: 11 }),
  loc: fc.integer({ min: 0, max: CODES.length - 1 }),
  soort: fc.constantFrom('woning', 'woning', 'vertrek', 'terugkeer', 'overig'),
  amv: fc.option(fc.boolean(), { nil: undefined }),
});
const arbMilestone = fc.record({
  type: fc.constantFrom(...MILESTONES, 'onderwijs_start', 'onderwijs_einde', 'vergunning'),
  day: fc.integer({ min: 0, max: LAST - FIRST }),
  // Near a movement date, so that milestones often share a date with movements.
  nearMove: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  amv: fc.boolean(),
  slot: fc.integer({ min: 0, max: 30 }),
});
const arbChild = fc.record({
  birthMonth: fc.constantFrom(
    '2006-04',
    '2006-11',
    '2007-03',
    '2007-06',
    '2007-09',
    '2007-12',
    '2010-05',
    '2019-01',
    '2019-08',
    '2020-03',
    '2020-06',
    '2023-11',
  ),
  amv: fc.boolean(),
  start: fc.integer({ min: 0, max: 400 }),
  moves: fc.array(arbMove, { maxLength: 9 }),
  milestones: fc.array(arbMilestone, { maxLength: 10 }),
});

type Plan = typeof arbChild extends fc.Arbitrary<infer U> ? U : never;

function buildChild(plan: Plan): RawChild {
  const events: ChildEvent[] = [];
  const moveDays: Day[] = [];
  let order = 0;
  const push = (type: EventType, day: Day, loc: string | null, extra: Partial<ChildEvent> = {}) => {
    order += 2;
    events.push({
      type,
      date: fromDay(day),
      location: loc,
      soort: null,
      amv: plan.amv,
      ignored: false,
      order,
      ...extra,
    });
    moveDays.push(day);
  };
  let day = FIRST + plan.start;
  let current: string | null = null;
  for (const m of plan.moves) {
    day += m.gap;
    if (day > LAST) break;
    const loc = CODES[m.loc]!;
    const other = CODES[(m.loc + 1) % CODES.length]!;
    const amv = m.amv === undefined ? {} : { amv: m.amv };
    if (current === null) {
      push('instroom', day, loc, amv);
      current = loc;
    } else if (m.kind <= 4) {
      push('verhuizing', day, loc, { ...amv, ignored: loc === current });
      current = loc;
    } else if (m.kind <= 7) {
      push('uitstroom', day, m.kind === 7 ? current : null, { ...amv, soort: m.soort });
      current = null;
    } else if (m.kind === 8) {
      // An administrative re-entry: out and in again on one date.
      push('uitstroom', day, null, { soort: m.soort });
      push('instroom', day, loc, amv);
      current = loc;
    } else if (m.kind === 9) {
      // Passing through a location on one date.
      push('verhuizing', day, loc, { ignored: loc === current });
      push('verhuizing', day, other, { ignored: other === loc });
      current = other;
    } else if (m.kind === 10) {
      // Arriving somewhere and leaving reception on one date.
      if (loc !== current) push('verhuizing', day, loc);
      push('uitstroom', day, null, { soort: m.soort });
      current = null;
    } else {
      push('verhuizing', day, loc, { ignored: loc === current });
      push('verhuizing', day, current === loc ? other : current, {});
      current = current === loc ? other : current;
    }
  }
  plan.milestones.forEach((m, j) => {
    const near =
      m.nearMove === undefined ? undefined : moveDays[m.nearMove % (moveDays.length || 1)];
    const d = near ?? FIRST + m.day;
    events.push({
      type: m.type,
      date: fromDay(d),
      location: null,
      soort: m.type === 'onderwijs_start' ? 'po' : null,
      amv: m.type === 'amv_wijziging' ? m.amv : plan.amv,
      ignored: false,
      order: 2 * m.slot + 1 + j / 100,
    });
  });
  return { birthMonth: plan.birthMonth, events };
}

// ---------------------------------------------------------------------------------------------
// The oracle: L(d) and the reception period of d by replaying, then the definitions.

interface Derived {
  id: number;
  birthMonth: string;
  rows: ChildEvent[];
  /** End-of-day location per day from FIRST − 1 to LAST + 1. */
  at: (d: Day) => string | null;
  /** Index of the reception period that d lies in (arrival and departure days count). */
  periodOf: (d: Day) => number | null;
  periodStart: Day[];
  periodEnd: (Day | null)[];
  exitFrom: (string | null)[];
  exitSoort: (string | null)[];
  /** Milestones in reception, by date and import order. */
  ms: { type: EventType; day: Day; order: number; period: number }[];
}

function derive(id: number, raw: RawChild): Derived {
  const byDay = new Map<Day, ChildEvent[]>();
  for (const e of raw.events) {
    if (!isMovement(e.type) || e.ignored) continue;
    const d = toDay(e.date);
    byDay.set(d, [...(byDay.get(d) ?? []), e]);
  }
  const locs: (string | null)[] = [];
  const periods: (number | null)[] = [];
  const periodStart: Day[] = [];
  const periodEnd: (Day | null)[] = [];
  const exitFrom: (string | null)[] = [];
  const exitSoort: (string | null)[] = [];
  let current: string | null = null;
  let open = false;
  for (let d = FIRST - 1; d <= LAST + 1; d++) {
    let closing = false;
    let from: string | null = null;
    let soort: string | null = null;
    for (const e of (byDay.get(d) ?? []).sort((a, b) => a.order - b.order)) {
      if (e.type === 'instroom' && current === null) {
        current = e.location;
        if (closing) closing = false;
        else if (!open) {
          open = true;
          periodStart.push(d);
          periodEnd.push(null);
          exitFrom.push(null);
          exitSoort.push(null);
        }
      } else if (e.type === 'verhuizing' && current !== null && e.location !== current) {
        current = e.location;
      } else if (e.type === 'uitstroom' && current !== null) {
        from = current;
        soort = e.soort;
        current = null;
        closing = true;
      }
    }
    locs.push(current);
    periods.push(open ? periodStart.length - 1 : null);
    if (closing) {
      const p = periodStart.length - 1;
      periodEnd[p] = d;
      exitFrom[p] = from;
      exitSoort[p] = soort;
      open = false;
    }
  }
  const idx = (d: Day) => Math.min(Math.max(d - (FIRST - 1), 0), locs.length - 1);
  const periodOf = (d: Day) => periods[idx(d)]!;
  const ms = raw.events
    .filter((e) => !isMovement(e.type) && periodOf(toDay(e.date)) !== null)
    .map((e) => ({
      type: e.type,
      day: toDay(e.date),
      order: e.order,
      period: periodOf(toDay(e.date))!,
    }))
    .sort((a, b) => a.day - b.day || a.order - b.order);
  return {
    id,
    birthMonth: raw.birthMonth,
    rows: raw.events,
    at: (d) => (d < FIRST - 1 ? null : locs[idx(d)]!),
    periodOf,
    periodStart,
    periodEnd,
    exitFrom,
    exitSoort,
    ms,
  };
}

/** Age on d, from the first day of the birth month, by calendar arithmetic. */
function age(birthMonth: string, d: Day): number {
  const date = new Date(d * 86_400_000);
  const [by, bm] = birthMonth.split('-').map(Number) as [number, number];
  let years = date.getUTCFullYear() - by;
  if (date.getUTCMonth() + 1 < bm) years--;
  return years;
}
/** The first day on which the age is `years`. */
function birthday(birthMonth: string, years: number): Day {
  const [by, bm] = birthMonth.split('-').map(Number) as [number, number];
  return Date.UTC(by + years, bm - 1, 1) / 86_400_000;
}

function typeOn(loc: string, d: Day) {
  let found = LOCATIONS.get(loc)!.periods[0]!;
  for (const p of LOCATIONS.get(loc)!.periods)
    if (p.vanaf === null || toDay(p.vanaf) <= d) found = p;
  return found;
}
const isNood = (loc: string | null, d: Day) => loc !== null && NOOD.has(typeOn(loc, d).type);

function unaccompanied(c: Derived, t: Day): boolean {
  let best: ChildEvent | null = null;
  const rank = (e: ChildEvent) => [toDay(e.date), e.type === 'amv_wijziging' ? 1 : 0, e.order];
  const later = (a: ChildEvent, b: ChildEvent) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
    return false;
  };
  for (const e of c.rows) {
    if (e.ignored || toDay(e.date) > t) continue;
    if (!best || later(e, best)) best = e;
  }
  return best!.amv;
}

function enrolledOn(c: Derived, period: number, d: Day, strictlyBefore: boolean): boolean {
  const school = c.ms.filter(
    (m) =>
      (m.type === 'onderwijs_start' || m.type === 'onderwijs_einde') &&
      m.period === period &&
      (strictlyBefore ? m.day < d : m.day <= d),
  );
  return school.at(-1)?.type === 'onderwijs_start';
}

interface OracleScope {
  scope: Scope;
  has: (loc: string | null) => boolean;
}

/** Follow-up end: the earliest; on one day event, exit, achttien, peildatum. */
function end(
  start: Day,
  candidates: { day: Day | null; outcome: Outcome }[],
  child: number,
): Subject {
  const rank: Record<Outcome, number> = { event: 0, exit: 1, achttien: 2, peildatum: 3 };
  let best: { day: Day; outcome: Outcome } | null = null;
  for (const c of candidates) {
    if (c.day === null) continue;
    if (!best || c.day < best.day || (c.day === best.day && rank[c.outcome] < rank[best.outcome]))
      best = { day: c.day, outcome: c.outcome };
  }
  return { time: best!.day - start, outcome: best!.outcome, child };
}

function oracleTable(children: Derived[], s: OracleScope, t: Day): RawTable {
  const table = emptyRawTable(fromDay(t), s.scope);
  const km: Record<'nood' | 'school' | 'jgz' | 'housing', Subject[]> = {
    nood: [],
    school: [],
    jgz: [],
    housing: [],
  };
  const inWindow = (d: Day) => d > t - WINDOW && d <= t;
  for (const c of children) {
    const b5 = birthday(c.birthMonth, 5);
    const b18 = birthday(c.birthMonth, 18);
    const L = c.at;

    // P(t, S).
    if (age(c.birthMonth, t) <= 17 && L(t) !== null && s.has(L(t))) {
      const loc = L(t)!;
      const typed = typeOn(loc, t);
      const amv = unaccompanied(c, t);
      const ch = table.children;
      ch.count++;
      ch.byType[typed.type]++;
      ch.bySubtype[typed.subtype ?? 'geen']++;
      ch.byUnaccompanied[amv ? 'unaccompanied' : 'accompanied']++;
      let transfers = 0;
      for (let d = t - WINDOW + 1; d <= t; d++) {
        if (L(d - 1) !== null && L(d) !== null && L(d - 1) !== L(d)) transfers++;
      }
      const tr = table.transfers12m;
      tr.totalTransfers += transfers;
      tr.distribution[transfers >= 4 ? '4+' : (String(transfers) as '0')]++;
      tr.max = Math.max(tr.max ?? 0, transfers);
      if (isNood(loc, t)) {
        table.childrenInNood.count++;
        if (amv) table.childrenInNood.childrenInNoodUnaccompanied++;
        let spell = t;
        while (s.has(L(spell - 1)) && isNood(L(spell - 1), spell - 1)) spell--;
        let episode = t;
        while (isNood(L(episode - 1), episode - 1)) episode--;
        table.daysInNood.spellDays.push(t - spell);
        table.daysInNood.episodeDays.push(t - episode);
      }
      const period = c.periodOf(t)!;
      if (age(c.birthMonth, t) >= 5 && !enrolledOn(c, period, t, false)) {
        const lastEnd = c.ms.filter((m) => m.type === 'onderwijs_einde' && m.day <= t).at(-1);
        const since = Math.max(c.periodStart[period]!, b5, lastEnd?.day ?? -Infinity);
        if (t - since > 90) table.daysToSchool.notEnrolledOver90++;
      }
      if (c.ms.some((m) => m.type === 'gza_inschrijving' && m.period === period && m.day <= t))
        table.gzaRegistered.count++;
      if (b18 > t && b18 <= t + 90) {
        table.turning18.count++;
        if (amv) {
          table.turning18.unaccompanied++;
          if (c.ms.some((m) => m.type === 'perspectiefplan_18' && m.day <= t))
            table.turning18.withPlan++;
        }
      }
      const permit = c.ms.find((m) => m.type === 'vergunning');
      if (permit && permit.day <= t) table.statusWaiting.days.push(t - permit.day);
    }

    // Spells in S and NOOD spells in S, day by day, from their first date in the window.
    for (let d = t - WINDOW + 1; d <= t; d++) {
      const inS = (x: Day) => s.has(L(x));
      const inNoodS = (x: Day) => inS(x) && isNood(L(x), x);
      const exitOf = (pred: (x: Day) => boolean, from: Day) => {
        let e = from;
        while (pred(e) && e <= LAST + 1) e++;
        return e;
      };
      // I4 (b).
      if (inNoodS(d) && !inNoodS(d - 1) && age(c.birthMonth, d) <= 17) {
        const e = exitOf(inNoodS, d);
        const event = L(e) !== null && !isNood(L(e), e);
        km.nood.push(
          end(
            d,
            [
              { day: e, outcome: event ? 'event' : 'exit' },
              { day: b18, outcome: 'achttien' },
              { day: t, outcome: 'peildatum' },
            ],
            c.id,
          ),
        );
      }
      if (!inS(d)) continue;
      const spellStart = (() => {
        let x = d;
        while (inS(x - 1)) x--;
        return x;
      })();
      const e = exitOf(inS, d);
      const belongs = (m: { day: Day }) => m.day >= spellStart && m.day < e;
      // I5 (a): the entry is d when d is the spell's first date at 5–17, or d is the 5th
      // birthday inside the spell.
      const a = age(c.birthMonth, d);
      const entry = (d === spellStart && a >= 5 && a <= 17) || (d === b5 && d > spellStart);
      if (entry) {
        const period = c.periodOf(d)!;
        const endsOnEntry = c.ms.some((m) => m.type === 'onderwijs_einde' && m.day === d);
        if (!(enrolledOn(c, period, d, true) && !endsOnEntry)) {
          const start = c.ms.find((m) => m.type === 'onderwijs_start' && m.day >= d && belongs(m));
          km.school.push(
            end(
              d,
              [
                { day: start?.day ?? null, outcome: 'event' },
                { day: e, outcome: 'exit' },
                { day: b18, outcome: 'achttien' },
                { day: t, outcome: 'peildatum' },
              ],
              c.id,
            ),
          );
        }
      }
      // I6.
      if (d === spellStart && a <= 17) {
        const intakes = c.ms.filter((m) => m.type === 'jgz_intake');
        if (!intakes.some((m) => m.day < d)) {
          const first = intakes.find(belongs);
          km.jgz.push(
            end(
              d,
              [
                { day: first?.day ?? null, outcome: 'event' },
                { day: e, outcome: 'exit' },
                { day: b18, outcome: 'achttien' },
                { day: t, outcome: 'peildatum' },
              ],
              c.id,
            ),
          );
        }
      }
    }

    // I10.
    const permit = c.ms.find((m) => m.type === 'vergunning');
    if (permit && inWindow(permit.day) && age(c.birthMonth, permit.day) <= 17) {
      const where = L(permit.day) ?? c.exitFrom[permit.period]!;
      if (s.has(where)) {
        const pe = c.periodEnd[permit.period] ?? null;
        km.housing.push(
          end(
            permit.day,
            [
              { day: pe, outcome: c.exitSoort[permit.period] === 'woning' ? 'event' : 'exit' },
              { day: t, outcome: 'peildatum' },
            ],
            c.id,
          ),
        );
      }
    }
  }
  table.daysInNood.km = kaplanMeier(km.nood);
  table.daysToSchool.km = kaplanMeier(km.school);
  table.daysToJgz.km = kaplanMeier(km.jgz);
  table.daysToHousing.km = kaplanMeier(km.housing);
  return table;
}

function scopes(): OracleScope[] {
  return [
    { scope: { type: 'all', code: 'all' }, has: (l) => l !== null },
    ...MUNICIPALITIES.map(
      (code): OracleScope => ({
        scope: { type: 'gemeente', code },
        has: (l) => l !== null && LOCATIONS.get(l)!.municipality === code,
      }),
    ),
    ...CODES.map(
      (code): OracleScope => ({ scope: { type: 'locatie', code }, has: (l) => l === code }),
    ),
  ];
}

const arbPeildatum = fc.oneof(
  fc.integer({ min: toDay('2024-06-01'), max: LAST }),
  // First days of months: birthdays fall on them.
  fc
    .integer({ min: 0, max: 18 })
    .map((m) =>
      toDay(`${2024 + Math.floor((m + 5) / 12)}-${String(((m + 5) % 12) + 1).padStart(2, '0')}-01`),
    ),
);

// ---------------------------------------------------------------------------------------------

describe('indicators against a day-by-day oracle', () => {
  it('agrees on every figure of every scope', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(arbChild, { minLength: 1, maxLength: 6 }),
        fc.array(arbPeildatum, { minLength: 1, maxLength: 3 }),
        (plans, peildata) => {
          const raws = plans.map(buildChild);
          const prepared = raws.map((r, i) => prepareChild(i, r.birthMonth, r.events, LOCATIONS));
          const derived = raws.map((r, i) => derive(i, r));
          for (const t of peildata) {
            const tables = computeTables(prepared, LOCATIONS, MUNICIPALITIES, fromDay(t));
            const got = [tables.national, ...tables.municipal, ...tables.locations];
            const all = scopes();
            all.forEach((s, i) => {
              const want = oracleTable(derived, s, t);
              const label = `${s.scope.code} at ${fromDay(t)}`;
              expect(unsuppressedTable(got[i]!), label).toEqual(unsuppressedTable(want));
              for (const key of [
                'daysInNood',
                'daysToSchool',
                'daysToJgz',
                'daysToHousing',
              ] as const)
                expect(got[i]![key].km.steps, `${label} ${key}`).toEqual(want[key].km.steps);
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('identities of indicators-api.md §4 and additivity across scopes', () => {
  it('hold for random journeys', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbChild, { minLength: 0, maxLength: 8 }), arbPeildatum, (plans, t) => {
        const prepared: PreparedChild[] = plans
          .map(buildChild)
          .map((r, i) => prepareChild(i, r.birthMonth, r.events, LOCATIONS));
        const tables = computeTables(prepared, LOCATIONS, MUNICIPALITIES, fromDay(t));
        const sum = (ts: RawTable[], f: (x: ReturnType<typeof unsuppressedTable>) => number) =>
          ts.reduce((n, x) => n + f(unsuppressedTable(x)), 0);
        for (const raw of [tables.national, ...tables.municipal, ...tables.locations]) {
          const u = unsuppressedTable(raw);
          const c = u.children;
          const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
          expect(total(c.byType)).toBe(c.count);
          expect(total(c.bySubtype)).toBe(c.count);
          expect(c.byUnaccompanied.unaccompanied + c.byUnaccompanied.accompanied).toBe(c.count);
          expect(u.transfers12m.children).toBe(c.count);
          expect(total(u.transfers12m.distribution)).toBe(c.count);
          expect(u.childrenInNood.count).toBe(
            c.byType.noodopvang + c.byType.tgo + c.byType.crisisnoodopvang,
          );
          expect(u.daysInNood.current.count).toBe(u.childrenInNood.count);
          expect(u.transfers12m.atLeast2).toBe(atLeast2(u.transfers12m.distribution));
          expect(u.transfers12m.max === null).toBe(c.count === 0);
          if (c.count === 0) {
            expect(u.transfers12m.mean).toBeNull();
            expect(u.childrenInNood.shareInNood).toBeNull();
            expect(u.gzaRegistered.share).toBeNull();
            expect(u.daysInNood.current.medianSpellDays).toBeNull();
            expect(u.statusWaiting.median).toBeNull();
          }
          if (raw.scope.type === 'all') {
            expect(u.daysInNood.current.medianEpisodeDays).toBe(
              u.daysInNood.current.medianSpellDays,
            );
          }
          for (const key of ['daysInNood', 'daysToSchool', 'daysToJgz', 'daysToHousing'] as const) {
            const km = raw[key].km;
            expect(km.spells).toBe(
              km.events + km.censored.peildatum + km.censored.exit + km.censored.achttien,
            );
            expect(km.children).toBeLessThanOrEqual(km.spells);
          }
          expect(raw.daysToHousing.km.children).toBe(raw.daysToHousing.km.spells);
          expect(raw.daysToHousing.km.censored.achttien).toBe(0);
          expect(u.turning18.withPlan).toBeLessThanOrEqual(u.turning18.unaccompanied);
          expect(u.turning18.unaccompanied).toBeLessThanOrEqual(u.turning18.count);
          expect(u.gzaRegistered.count).toBeLessThanOrEqual(c.count);
        }
        // Counts on P and of I10: national = Σ municipal = Σ locations.
        const additive: ((x: ReturnType<typeof unsuppressedTable>) => number)[] = [
          (x) => x.children.count,
          (x) => x.children.byType.tgo,
          (x) => x.children.bySubtype.geen,
          (x) => x.children.byUnaccompanied.unaccompanied,
          (x) => x.childrenInNood.count,
          (x) => x.childrenInNood.childrenInNoodUnaccompanied,
          (x) => x.transfers12m.distribution['1'],
          (x) => x.transfers12m.atLeast2,
          (x) => x.daysInNood.current.over183,
          (x) => x.daysToSchool.notEnrolledOver90,
          (x) => x.gzaRegistered.count,
          (x) => x.turning18.count,
          (x) => x.turning18.withPlan,
          (x) => x.statusWaiting.count,
          (x) => x.statusWaiting.over98,
          (x) => x.daysToHousing.km.spells as number,
          (x) => x.daysToHousing.km.events as number,
          (x) => (x.daysToHousing.km.censored as { exit: number }).exit,
        ];
        for (const f of additive) {
          const national = f(unsuppressedTable(tables.national));
          expect(sum(tables.municipal, f)).toBe(national);
          expect(sum(tables.locations, f)).toBe(national);
        }
      }),
      { numRuns: 150 },
    );
  });
});
