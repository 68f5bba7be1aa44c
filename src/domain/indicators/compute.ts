/**
 * I1–I10 at one peildatum for the nation, every municipality and every location in one pass
 * over the prepared journeys (domain.md, "Indicators at peildatum t for scope S").
 */
import { type Day, toDay } from '../dates.js';
import {
  LEVELS,
  type Level,
  type LocationInfo,
  type Milestone,
  type PreparedChild,
  periodIndexAt,
  pieceAt,
  type Spell,
  scopeKey,
  spellAt,
  unaccompaniedOn,
} from './child.js';
import { type FollowUp, followUp, KmCohort, type Outcome } from './km.js';
import { type DistributionKey, emptyRawTable, type KmIndicator, type RawTable } from './table.js';

/** The window (t − 365, t]. */
const WINDOW = 365;

export interface IndicatorTables {
  national: RawTable;
  /** One per municipality asked for, in the order given. */
  municipal: RawTable[];
  /** One per location known, in the order given; none when not asked for. */
  locations: RawTable[];
}

interface Scoped {
  table: RawTable;
  km: Record<KmIndicator, KmCohort>;
}

export function computeTables(
  children: readonly PreparedChild[],
  locations: ReadonlyMap<string, LocationInfo>,
  municipalities: readonly string[],
  peildatum: string,
  /** False: the nation and municipalities only (the published set), empty location tables. */
  withLocations = true,
): IndicatorTables {
  const t = toDay(peildatum);
  // One map per level: a location code may look like a municipality code.
  const scoped: Record<Level, Map<string, Scoped>> = {
    all: new Map(),
    gemeente: new Map(),
    locatie: new Map(),
  };
  const open = (level: Level, code: string) => {
    const s: Scoped = {
      table: emptyRawTable(peildatum, { type: level, code }),
      km: {
        daysInNood: new KmCohort(),
        daysToSchool: new KmCohort(),
        daysToJgz: new KmCohort(),
        daysToHousing: new KmCohort(),
      },
    };
    scoped[level].set(code, s);
    return s;
  };
  const national = open('all', 'all');
  const municipal = municipalities.map((code) => open('gemeente', code));
  const located = withLocations ? [...locations.keys()].map((code) => open('locatie', code)) : [];
  const levels = withLocations ? LEVELS : LEVELS.filter((level) => level !== 'locatie');
  const byLocation = new Map(
    [...locations].map(([code, info]) => [
      code,
      levels.map((level) => scoped[level].get(scopeKey(level, code, info))!),
    ]),
  );
  const scopesOf = (location: string): Scoped[] => byLocation.get(location)!;

  for (const child of children) {
    // Only a child with a day in reception in the window (t − 365, t] adds to any figure.
    if (child.firstDay > t || (child.lastDay !== null && child.lastDay <= t - WINDOW)) continue;
    countPopulation(child, t, scopesOf);
    for (const level of levels) {
      const atLevel = scoped[level];
      for (const spell of child.noodSpells[level]) {
        const subject = noodSpellSubject(child, spell, t);
        if (subject !== null) atLevel.get(spell.key)!.km.daysInNood.add(subject, child.id);
      }
      for (const spell of child.spells[level]) {
        if (spell.start > t || (spell.end !== null && spell.end <= t - WINDOW)) continue;
        const school = schoolEntrySubject(child, spell, t);
        const jgz = jgzSubject(child, spell, t);
        if (school === null && jgz === null) continue;
        const { km } = atLevel.get(spell.key)!;
        if (school !== null) km.daysToSchool.add(school, child.id);
        if (jgz !== null) km.daysToJgz.add(jgz, child.id);
      }
    }
    const housing = housingSubject(child, t);
    if (housing) {
      for (const s of scopesOf(housing.location)) s.km.daysToHousing.add(housing.subject, child.id);
    }
  }

  const all = [national, ...municipal, ...located];
  for (const { table, km } of all) {
    table.daysInNood.km = km.daysInNood.curve();
    table.daysToSchool.km = km.daysToSchool.curve();
    table.daysToJgz.km = km.daysToJgz.curve();
    table.daysToHousing.km = km.daysToHousing.curve();
  }
  return {
    national: national.table,
    municipal: municipal.map((s) => s.table),
    locations: located.map((s) => s.table),
  };
}

/** I1–I3, I4 (a), I5 (b), I7–I9: the members of P(t, S) for the three scopes of L(t). */
function countPopulation(
  child: PreparedChild,
  t: Day,
  scopesOf: (location: string) => Scoped[],
): void {
  const piece = pieceAt(child, t);
  if (!piece || t >= child.birth18) return;
  const unaccompanied = unaccompaniedOn(child, t) === true;
  const transfers = transfersInWindow(child, t);
  const bucket: DistributionKey = transfers >= 4 ? '4+' : (String(transfers) as DistributionKey);
  const period = periodIndexAt(child.periods, t);
  const notEnrolled = daysNotEnrolled(child, period, t);
  let gza = false;
  for (const m of child.milestones.gza_inschrijving) gza ||= m.period === period && m.date <= t;
  const turning18 = child.birth18 > t && child.birth18 <= t + 90;
  const plan = (child.milestones.perspectiefplan_18[0]?.date ?? Number.POSITIVE_INFINITY) <= t;
  const permit = child.milestones.vergunning[0];
  const episode = piece.nood ? spellAt(child.noodSpells.all, t) : null;
  const scopes = scopesOf(piece.location);

  for (let i = 0; i < scopes.length; i++) {
    const level = LEVELS[i]!;
    const table = scopes[i]!.table;
    const c = table.children;
    c.count++;
    c.byType[piece.type]++;
    c.bySubtype[piece.subtype ?? 'geen']++;
    c.byUnaccompanied[unaccompanied ? 'unaccompanied' : 'accompanied']++;
    const tr = table.transfers12m;
    tr.totalTransfers += transfers;
    tr.distribution[bucket]++;
    tr.max = Math.max(tr.max ?? 0, transfers);
    if (episode) {
      table.childrenInNood.count++;
      if (unaccompanied) table.childrenInNood.childrenInNoodUnaccompanied++;
      const spell = spellAt(child.noodSpells[level], t)!;
      table.daysInNood.spellDays.push(t - spell.start);
      table.daysInNood.episodeDays.push(t - episode.start);
    }
    if (notEnrolled !== null && notEnrolled > 90) table.daysToSchool.notEnrolledOver90++;
    if (gza) table.gzaRegistered.count++;
    if (turning18) {
      table.turning18.count++;
      if (unaccompanied) {
        table.turning18.unaccompanied++;
        if (plan) table.turning18.withPlan++;
      }
    }
    if (permit && permit.date <= t) table.statusWaiting.days.push(t - permit.date);
  }
}

/** I3: the child's transfers in the window (t − 365, t], wherever they happened. */
export function transfersInWindow(child: PreparedChild, t: Day): number {
  let n = 0;
  for (const d of child.transfers) if (d > t - WINDOW && d <= t) n++;
  return n;
}

/**
 * I5 (b): the days a child of school age has not been enrolled at t, counted from the latest of
 * the start of its current reception period (index `period`), its 5th birthday and its last
 * `onderwijs_einde`; null when it is under 5 or enrolled. The signal list counts the same way.
 */
export function daysNotEnrolled(child: PreparedChild, period: number, t: Day): number | null {
  if (t < child.birth5 || isEnrolled(child, period, t)) return null;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const m of child.milestones.onderwijs_einde) if (m.date <= t) lastEnd = m.date;
  return t - Math.max(child.periods[period]!.start, child.birth5, lastEnd);
}

/**
 * Enrolled on date d: the latest school event of the reception period on or before d (same
 * date: import order) is an `onderwijs_start`. `before` excludes d itself.
 */
function isEnrolled(child: PreparedChild, period: number, d: Day, before = false): boolean {
  const start = latestSchoolEvent(child.milestones.onderwijs_start, period, d, before);
  const end = latestSchoolEvent(child.milestones.onderwijs_einde, period, d, before);
  if (!start) return false;
  return !end || start.date > end.date || (start.date === end.date && start.order > end.order);
}

function latestSchoolEvent(
  list: readonly Milestone[],
  period: number,
  d: Day,
  before: boolean,
): Milestone | null {
  let latest: Milestone | null = null;
  for (const m of list) {
    if (m.period !== period || (before ? m.date >= d : m.date > d)) continue;
    if (!latest || m.date > latest.date || (m.date === latest.date && m.order > latest.order)) {
      latest = m;
    }
  }
  return latest;
}

const inWindow = (d: Day, t: Day) => d > t - WINDOW && d <= t;

/**
 * The end of a follow-up from `start`: the earliest of the event, the exit, the 18th birthday
 * and the peildatum. Checked from the lowest priority up with ≤, so that on one day the event
 * beats the exit, the exit the 18th birthday, and that the peildatum (domain.md).
 */
function followUpFrom(
  start: Day,
  t: Day,
  exit: { day: Day; outcome: Outcome } | null,
  birth18: Day | null,
  eventDay: Day | null,
): FollowUp {
  let day = t;
  let outcome: Outcome = 'peildatum';
  if (birth18 !== null && birth18 <= day) {
    day = birth18;
    outcome = 'achttien';
  }
  if (exit && exit.day <= day) {
    day = exit.day;
    outcome = exit.outcome;
  }
  if (eventDay !== null && eventDay <= day) {
    day = eventDay;
    outcome = 'event';
  }
  return followUp(day - start, outcome);
}

/** I4 (b): a NOOD spell in S with its first date in the window, of a child then a minor. */
function noodSpellSubject(child: PreparedChild, spell: Spell, t: Day): FollowUp | null {
  if (!inWindow(spell.start, t) || spell.start >= child.birth18) return null;
  let exit: { day: Day; outcome: Outcome } | null = null;
  if (spell.end !== null) {
    const next = pieceAt(child, spell.end);
    exit = { day: spell.end, outcome: next && !next.nood ? 'event' : 'exit' };
  }
  return followUpFrom(spell.start, t, exit, child.birth18, null);
}

/** I5 (a): the cohort entry of a spell in S, if it has one in the window. */
function schoolEntrySubject(child: PreparedChild, spell: Spell, t: Day): FollowUp | null {
  let entry: Day;
  if (spell.start >= child.birth18) return null;
  if (spell.start >= child.birth5) entry = spell.start;
  else if (spell.end === null || child.birth5 < spell.end) entry = child.birth5;
  else return null;
  if (!inWindow(entry, t)) return null;
  const period = periodIndexAt(child.periods, entry);
  const endsOnEntry = child.milestones.onderwijs_einde.some(
    (m) => m.period === period && m.date === entry,
  );
  if (isEnrolled(child, period, entry, true) && !endsOnEntry) return null;
  const start = child.milestones.onderwijs_start.find(
    (m) => m.date >= entry && (spell.end === null || m.date < spell.end),
  );
  return spellFollowUp(child, spell, entry, t, start?.date ?? null);
}

/** I6: a spell in S with its first date in the window, without an earlier JGZ intake. */
function jgzSubject(child: PreparedChild, spell: Spell, t: Day): FollowUp | null {
  if (!inWindow(spell.start, t) || spell.start >= child.birth18) return null;
  const intakes = child.milestones.jgz_intake;
  if (intakes.some((m) => m.date < spell.start)) return null;
  const first = intakes.find((m) => spell.end === null || m.date < spell.end);
  return spellFollowUp(child, spell, spell.start, t, first?.date ?? null);
}

/** I5 and I6 end their follow-up at the exit from the spell, the 18th birthday or t. */
function spellFollowUp(
  child: PreparedChild,
  spell: Spell,
  entry: Day,
  t: Day,
  eventDay: Day | null,
): FollowUp {
  const exit = spell.end === null ? null : { day: spell.end, outcome: 'exit' as const };
  return followUpFrom(entry, t, exit, child.birth18, eventDay);
}

/**
 * I10: from the earliest permit in reception, in the window, of a child then a minor; placed at
 * its location that day, or where it left from when it left reception that day.
 */
function housingSubject(
  child: PreparedChild,
  t: Day,
): { location: string; subject: FollowUp } | null {
  const permit = child.milestones.vergunning[0];
  if (!permit || !inWindow(permit.date, t) || permit.date >= child.birth18) return null;
  const period = child.periods[permit.period]!;
  const location = pieceAt(child, permit.date)?.location ?? period.exitFrom;
  if (location === null) return null;
  const exit =
    period.end === null
      ? null
      : { day: period.end, outcome: (period.exitSoort === 'woning' ? 'event' : 'exit') as Outcome };
  // Not censored at 18: the household is housed together.
  return {
    location,
    subject: followUpFrom(permit.date, t, exit, null, null),
  };
}
