/**
 * A child's journey prepared once for every peildatum: its stays typed by location history,
 * its spells per scope level, its reception periods and the milestones that lie in reception
 * (domain.md, "Child journeys: derivation rules"). Dates are day numbers here.
 */
import { birthdayOf, type Day, toDay } from '../dates.js';
import type { LocatieType, Subtype } from '../import/locaties.js';
import { NOOD_TYPES } from '../import/locaties.js';
import {
  type EventType,
  isMovement,
  type MILESTONES,
  replayJourney,
  typedStays,
} from '../journey.js';

export interface ChildEvent {
  type: EventType;
  date: string;
  location: string | null;
  soort: string | null;
  amv: boolean;
  /** A `verhuizing` to the current location, stored but taking no part. */
  ignored: boolean;
  /** Import order. */
  order: number;
}

export interface LocationInfo {
  municipality: string;
  /** Type history, ordered by `vanaf` (null = from the beginning). */
  periods: readonly { vanaf: string | null; type: LocatieType; subtype: Subtype | null }[];
}

export type Level = 'all' | 'gemeente' | 'locatie';
export const LEVELS: readonly Level[] = ['all', 'gemeente', 'locatie'];

/** A run of days at one location with one type: the typed stay pieces. `end` is exclusive. */
export interface Piece {
  location: string;
  start: Day;
  end: Day | null;
  type: LocatieType;
  subtype: Subtype | null;
  nood: boolean;
}

/** A spell in a scope: `key` is the scope's code at its level, `end` the exit date (exclusive). */
export interface Spell {
  key: string;
  start: Day;
  end: Day | null;
}

export interface Period {
  start: Day;
  /** The departure date (inclusive), or null while open. */
  end: Day | null;
  exitFrom: string | null;
  exitSoort: string | null;
}

export interface Milestone {
  date: Day;
  order: number;
  /** Index of the reception period it lies in. */
  period: number;
}

export type MilestoneType = (typeof MILESTONES)[number];

export interface PreparedChild {
  id: number;
  birth5: Day;
  birth18: Day;
  pieces: Piece[];
  transfers: Day[];
  periods: Period[];
  /** Milestones in reception only: the others take no part in any indicator. */
  milestones: Record<MilestoneType, Milestone[]>;
  /** Where the amv value changes, ranked as `unaccompaniedAt` ranks rows: a quick look-up. */
  amvTimeline: { date: Day; unaccompanied: boolean }[];
  /** The first and last day in reception: a peildatum whose window misses them needs no work. */
  firstDay: Day;
  lastDay: Day | null;
  spells: Record<Level, Spell[]>;
  noodSpells: Record<Level, Spell[]>;
}

const NOOD = new Set<string>(NOOD_TYPES);

/** Parsing dates is most of preparing; a journey set has only a few thousand distinct ones. */
const DAYS = new Map<string, Day>();
function dayOf(iso: string): Day {
  let day = DAYS.get(iso);
  if (day === undefined) {
    day = toDay(iso);
    DAYS.set(iso, day);
  }
  return day;
}

/** A literal, not built from MILESTONES: an object of fixed shape is much cheaper, 20.000 times. */
function emptyMilestones(): Record<MilestoneType, Milestone[]> {
  return {
    onderwijs_start: [],
    onderwijs_einde: [],
    jgz_intake: [],
    gza_inschrijving: [],
    vergunning: [],
    perspectiefplan_18: [],
    amv_wijziging: [],
  } satisfies Record<(typeof MILESTONES)[number], Milestone[]>;
}

/** The day of the birthday `years` after the birth month (the first of that month). */
function birthdayDay(birthMonth: string, years: number): Day {
  let day = BIRTHDAYS.get(birthMonth)?.[years];
  if (day === undefined) {
    day = toDay(birthdayOf(birthMonth, years));
    const known = BIRTHDAYS.get(birthMonth) ?? [];
    known[years] = day;
    BIRTHDAYS.set(birthMonth, known);
  }
  return day;
}
const BIRTHDAYS = new Map<string, Day[]>();

export function scopeKey(level: Level, location: string, info: LocationInfo): string {
  return level === 'all' ? 'all' : level === 'gemeente' ? info.municipality : location;
}

export function prepareChild(
  id: number,
  birthMonth: string,
  events: readonly ChildEvent[],
  locations: ReadonlyMap<string, LocationInfo>,
): PreparedChild {
  const journey = replayJourney(events.filter((e) => !e.ignored));
  const periods: Period[] = journey.periods.map((p) => ({
    start: dayOf(p.start),
    end: p.end === null ? null : dayOf(p.end),
    exitFrom: p.exit?.from ?? null,
    exitSoort: p.exit?.soort ?? null,
  }));
  const pieces: Piece[] = typedStays(journey.stays, (code) =>
    locations.get(code)!.periods.map((p) => ({ vanaf: p.vanaf, value: p })),
  ).map((s) => ({
    location: s.location,
    start: dayOf(s.start),
    end: s.end === null ? null : dayOf(s.end),
    type: s.value.type,
    subtype: s.value.subtype,
    nood: NOOD.has(s.value.type),
  }));

  const milestones = emptyMilestones();
  const ordered = [...events].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.order - b.order,
  );
  for (const event of ordered) {
    if (isMovement(event.type)) continue;
    const date = dayOf(event.date);
    const period = periodIndexAt(periods, date);
    if (period >= 0)
      milestones[event.type as MilestoneType].push({ date, order: event.order, period });
  }

  const spells = {} as Record<Level, Spell[]>;
  const noodSpells = {} as Record<Level, Spell[]>;
  for (const level of LEVELS) {
    const key = (p: Piece) => scopeKey(level, p.location, locations.get(p.location)!);
    spells[level] = runs(pieces, key);
    noodSpells[level] = runs(
      pieces.filter((p) => p.nood),
      key,
    );
  }

  return {
    id,
    birth5: birthdayDay(birthMonth, 5),
    birth18: birthdayDay(birthMonth, 18),
    pieces,
    transfers: journey.transfers.map(dayOf),
    periods,
    milestones,
    amvTimeline: amvTimeline(events),
    firstDay: periods[0]?.start ?? Number.POSITIVE_INFINITY,
    lastDay: periods.length ? periods.at(-1)!.end : Number.NEGATIVE_INFINITY,
    spells,
    noodSpells,
  };
}

/**
 * The rows of `unaccompaniedAt` in its order of precedence (date, an `amv_wijziging` after other
 * rows of its date, then import order), ignored rows left out. Of a run of rows with one value
 * only the first is kept: the latest row on or before a date then still gives that date's value.
 */
function amvTimeline(events: readonly ChildEvent[]): PreparedChild['amvTimeline'] {
  const ranked = events
    .filter((e) => !e.ignored)
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        Number(a.type === 'amv_wijziging') - Number(b.type === 'amv_wijziging') ||
        a.order - b.order,
    );
  const rows: PreparedChild['amvTimeline'] = [];
  for (const e of ranked) {
    if (rows.at(-1)?.unaccompanied !== e.amv) {
      rows.push({ date: dayOf(e.date), unaccompanied: e.amv });
    }
  }
  return rows;
}

/** Unaccompanied at t (domain.md): as `unaccompaniedAt` in journey.ts, on the ranked rows. */
export function unaccompaniedOn(child: PreparedChild, t: Day): boolean | null {
  const rows = child.amvTimeline;
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.date <= t) return rows[i]!.unaccompanied;
  return rows[0]?.unaccompanied ?? null;
}

/** Maximal runs of adjacent pieces with the same scope key. */
function runs(pieces: readonly Piece[], key: (p: Piece) => string): Spell[] {
  const out: Spell[] = [];
  for (const piece of pieces) {
    const k = key(piece);
    const last = out.at(-1);
    if (last && last.key === k && last.end === piece.start) last.end = piece.end;
    else out.push({ key: k, start: piece.start, end: piece.end });
  }
  return out;
}

/** The reception period that `date` lies in (arrival and departure days count), or -1. */
export function periodIndexAt(periods: readonly Period[], date: Day): number {
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i]!;
    if (p.start <= date) return p.end === null || date <= p.end ? i : -1;
  }
  return -1;
}

/** The typed piece holding the end-of-day location on `date`. */
export function pieceAt(child: PreparedChild, date: Day): Piece | null {
  for (const piece of child.pieces) {
    if (piece.start > date) return null;
    if (piece.end === null || date < piece.end) return piece;
  }
  return null;
}

export function spellAt(spells: readonly Spell[], date: Day): Spell | null {
  for (const spell of spells) {
    if (spell.start > date) return null;
    if (spell.end === null || date < spell.end) return spell;
  }
  return null;
}
