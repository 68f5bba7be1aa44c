/**
 * I1–I10 at one peildatum for the nation, every municipality and every location in one pass
 * over the prepared journeys (domain.md, "Indicators at peildatum t for scope S").
 */
import { type Day, fromDay, toDay } from '../dates.js';
import { unaccompaniedAt } from '../journey.js';
import {
  LEVELS,
  type Level,
  type LocationInfo,
  type Milestone,
  type PreparedChild,
  pieceAt,
  type Spell,
  scopeKey,
  spellAt,
} from './child.js';
import { kaplanMeier, type Outcome, type Subject } from './km.js';
import { type DistributionKey, emptyRawTable, type KmIndicator, type RawTable } from './table.js';

/** The window (t − 365, t]. */
const WINDOW = 365;

export interface IndicatorTables {
  national: RawTable;
  /** One per municipality asked for, in the order given. */
  municipal: RawTable[];
  /** One per location known, in the order given. */
  locations: RawTable[];
}

interface Scoped {
  table: RawTable;
  km: Record<KmIndicator, Subject[]>;
}

export function computeTables(
  children: readonly PreparedChild[],
  locations: ReadonlyMap<string, LocationInfo>,
  municipalities: readonly string[],
  peildatum: string,
): IndicatorTables {
  const t = toDay(peildatum);
  // Keyed by level as well: a location code may look like a municipality code.
  const scoped = new Map<string, Scoped>();
  const open = (type: RawTable['scope']['type'], code: string) => {
    const s: Scoped = {
      table: emptyRawTable(peildatum, { type, code }),
      km: { daysInNood: [], daysToSchool: [], daysToJgz: [], daysToHousing: [] },
    };
    scoped.set(`${type}:${code}`, s);
    return s;
  };
  const national = open('all', 'all');
  const municipal = municipalities.map((code) => open('gemeente', code));
  const located = [...locations.keys()].map((code) => open('locatie', code));
  const scopeAt = (level: Level, key: string) => scoped.get(`${level}:${key}`)!;
  const scopesOf = (location: string): Scoped[] =>
    LEVELS.map((level) => scopeAt(level, scopeKey(level, location, locations.get(location)!)));

  for (const child of children) {
    countPopulation(child, t, scopesOf);
    for (const level of LEVELS) {
      for (const spell of child.noodSpells[level]) {
        const subject = noodSpellSubject(child, spell, t);
        if (subject) scopeAt(level, spell.key).km.daysInNood.push(subject);
      }
      for (const spell of child.spells[level]) {
        const school = schoolEntrySubject(child, spell, t);
        if (school) scopeAt(level, spell.key).km.daysToSchool.push(school);
        const jgz = jgzSubject(child, spell, t);
        if (jgz) scopeAt(level, spell.key).km.daysToJgz.push(jgz);
      }
    }
    const housing = housingSubject(child, t);
    if (housing) {
      for (const s of scopesOf(housing.location)) s.km.daysToHousing.push(housing.subject);
    }
  }

  for (const { table, km } of scoped.values()) {
    table.daysInNood.km = kaplanMeier(km.daysInNood);
    table.daysToSchool.km = kaplanMeier(km.daysToSchool);
    table.daysToJgz.km = kaplanMeier(km.daysToJgz);
    table.daysToHousing.km = kaplanMeier(km.daysToHousing);
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
  const unaccompanied = unaccompaniedAt(child.amvRows, fromDay(t)) === true;
  const transfers = child.transfers.filter((d) => d > t - WINDOW && d <= t).length;
  const bucket: DistributionKey = transfers >= 4 ? '4+' : (String(transfers) as DistributionKey);
  const period = child.periods.findIndex((p) => p.start <= t && (p.end === null || t <= p.end));
  const inPeriod = (m: Milestone) => m.period === period && m.date <= t;
  const schoolAge = t >= child.birth5;
  const enrolled = schoolAge && isEnrolled(child, period, t);
  const lastEnd = child.milestones.onderwijs_einde.filter((m) => m.date <= t).at(-1)?.date;
  const notEnrolledSince = Math.max(
    child.periods[period]!.start,
    child.birth5,
    lastEnd ?? -Infinity,
  );
  const gza = child.milestones.gza_inschrijving.some(inPeriod);
  const turning18 = child.birth18 > t && child.birth18 <= t + 90;
  const plan = child.milestones.perspectiefplan_18.some((m) => m.date <= t);
  const permit = child.milestones.vergunning[0];
  const episode = piece.nood ? spellAt(child.noodSpells.all, t) : null;

  LEVELS.forEach((level, i) => {
    const table = scopesOf(piece.location)[i]!.table;
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
    if (schoolAge && !enrolled && t - notEnrolledSince > 90) table.daysToSchool.notEnrolledOver90++;
    if (gza) table.gzaRegistered.count++;
    if (turning18) {
      table.turning18.count++;
      if (unaccompanied) {
        table.turning18.unaccompanied++;
        if (plan) table.turning18.withPlan++;
      }
    }
    if (permit && permit.date <= t) table.statusWaiting.days.push(t - permit.date);
  });
}

/**
 * Enrolled on date d: the latest school event of the reception period on or before d (same
 * date: import order) is an `onderwijs_start`. `before` excludes d itself.
 */
function isEnrolled(child: PreparedChild, period: number, d: Day, before = false): boolean {
  let latest: { m: Milestone; start: boolean } | null = null;
  const consider = (m: Milestone, start: boolean) => {
    if (m.period !== period || (before ? m.date >= d : m.date > d)) return;
    if (!latest || m.date > latest.m.date || (m.date === latest.m.date && m.order > latest.m.order))
      latest = { m, start };
  };
  for (const m of child.milestones.onderwijs_start) consider(m, true);
  for (const m of child.milestones.onderwijs_einde) consider(m, false);
  return (latest as { start: boolean } | null)?.start ?? false;
}

const inWindow = (d: Day, t: Day) => d > t - WINDOW && d <= t;

/**
 * The end of a follow-up from `start`: the milestone event on `eventDay` (it beats a censoring
 * on the same day), else the exit, the 18th birthday or the peildatum, in that order.
 */
function followUp(
  start: Day,
  t: Day,
  exit: { day: Day; outcome: Outcome } | null,
  birth18: Day | null,
  eventDay: Day | null,
): { time: number; outcome: Outcome } {
  const candidates: { day: Day; outcome: Outcome }[] = [];
  if (eventDay !== null) candidates.push({ day: eventDay, outcome: 'event' });
  if (exit) candidates.push(exit);
  if (birth18 !== null) candidates.push({ day: birth18, outcome: 'achttien' });
  candidates.push({ day: t, outcome: 'peildatum' });
  // Earliest day wins; on one day the order pushed above is the priority of domain.md.
  const end = candidates.reduce((a, b) => (b.day < a.day ? b : a));
  return { time: end.day - start, outcome: end.outcome };
}

/** I4 (b): a NOOD spell in S with its first date in the window, of a child then a minor. */
function noodSpellSubject(child: PreparedChild, spell: Spell, t: Day): Subject | null {
  if (!inWindow(spell.start, t) || spell.start >= child.birth18) return null;
  let exit: { day: Day; outcome: Outcome } | null = null;
  if (spell.end !== null) {
    const next = pieceAt(child, spell.end);
    exit = { day: spell.end, outcome: next && !next.nood ? 'event' : 'exit' };
  }
  return { ...followUp(spell.start, t, exit, child.birth18, null), child: child.id };
}

/** I5 (a): the cohort entry of a spell in S, if it has one in the window. */
function schoolEntrySubject(child: PreparedChild, spell: Spell, t: Day): Subject | null {
  let entry: Day;
  if (spell.start >= child.birth18) return null;
  if (spell.start >= child.birth5) entry = spell.start;
  else if (spell.end === null || child.birth5 < spell.end) entry = child.birth5;
  else return null;
  if (!inWindow(entry, t)) return null;
  const period = child.periods.findIndex(
    (p) => p.start <= entry && (p.end === null || entry <= p.end),
  );
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
function jgzSubject(child: PreparedChild, spell: Spell, t: Day): Subject | null {
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
): Subject {
  const exit = spell.end === null ? null : { day: spell.end, outcome: 'exit' as const };
  return { ...followUp(entry, t, exit, child.birth18, eventDay), child: child.id };
}

/**
 * I10: from the earliest permit in reception, in the window, of a child then a minor; placed at
 * its location that day, or where it left from when it left reception that day.
 */
function housingSubject(
  child: PreparedChild,
  t: Day,
): { location: string; subject: Subject } | null {
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
    subject: { ...followUp(permit.date, t, exit, null, null), child: child.id },
  };
}
