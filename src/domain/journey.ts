/**
 * Replaying a child's movement events into stays, reception periods and transfers
 * (domain.md, "Child journeys: derivation rules").
 */

export const MOVEMENTS = ['instroom', 'verhuizing', 'uitstroom'] as const;
export const MILESTONES = [
  'onderwijs_start',
  'onderwijs_einde',
  'jgz_intake',
  'gza_inschrijving',
  'vergunning',
  'perspectiefplan_18',
  'amv_wijziging',
] as const;
export const EVENT_TYPES = [...MOVEMENTS, ...MILESTONES] as const;
export type Movement = (typeof MOVEMENTS)[number];
export type EventType = (typeof EVENT_TYPES)[number];

export const isMovement = (type: EventType): type is Movement =>
  (MOVEMENTS as readonly string[]).includes(type);

export interface JourneyEvent {
  type: EventType;
  /** `YYYY-MM-DD`. */
  date: string;
  location: string | null;
  /** Import order: file order within a file, a later batch after an earlier one. */
  order: number;
  /** For an `uitstroom`: where the child went (`woning`, `vertrek`, …). */
  soort?: string | null;
}

export interface Stay {
  location: string;
  start: string;
  /** First date with a different end-of-day location (exclusive), or null while open. */
  end: string | null;
}

export interface ReceptionPeriod {
  start: string;
  /** The date of the `uitstroom` that ended it (inclusive), or null while open. */
  end: string | null;
  /** The `uitstroom` that ended it: where the child left from (even a same-day arrival), and to. */
  exit?: { from: string; soort: string | null };
}

export type JourneyIssue =
  | { order: number; severity: 'error'; code: 'no-open-stay' | 'stay-open' | 'other-location' }
  | { order: number; severity: 'warning'; code: 'move-to-current' | 'milestone-outside-reception' };

export interface Journey {
  stays: Stay[];
  periods: ReceptionPeriod[];
  /** Dates on which the child moved from one location to another. */
  transfers: string[];
  issues: JourneyIssue[];
}

/** Movements on a date first, in import order; then milestones, in import order. */
export function compareEvents(a: JourneyEvent, b: JourneyEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const am = isMovement(a.type) ? 0 : 1;
  const bm = isMovement(b.type) ? 0 : 1;
  return am - bm || a.order - b.order;
}

/**
 * Replays one child's events. An event that breaks a sequence rule is reported and takes no
 * part; the rest still replays, so that one mistake gives one error.
 */
export function replayJourney(events: readonly JourneyEvent[]): Journey {
  const sorted = [...events].sort(compareEvents);
  const stays: Stay[] = [];
  const periods: ReceptionPeriod[] = [];
  const transfers: string[] = [];
  const issues: JourneyIssue[] = [];

  let current: string | null = null; // the location after the movements so far
  let periodStart: string | null = null;
  let openStay: Stay | null = null;
  let exit: ReceptionPeriod['exit'];

  let i = 0;
  while (i < sorted.length) {
    const date = sorted[i]!.date;
    const before: string | null = current;
    let exitedToday = false;
    for (; i < sorted.length && sorted[i]!.date === date && isMovement(sorted[i]!.type); i++) {
      const event = sorted[i]!;
      if (event.type === 'instroom') {
        if (current !== null) {
          issues.push({ order: event.order, severity: 'error', code: 'stay-open' });
          continue;
        }
        current = event.location;
        // An uitstroom followed on the same date by an instroom is an administrative re-entry.
        if (exitedToday) exitedToday = false;
        else periodStart = date;
      } else if (event.type === 'verhuizing') {
        if (current === null) {
          issues.push({ order: event.order, severity: 'error', code: 'no-open-stay' });
        } else if (event.location === current) {
          issues.push({ order: event.order, severity: 'warning', code: 'move-to-current' });
        } else {
          current = event.location;
        }
      } else {
        if (current === null) {
          issues.push({ order: event.order, severity: 'error', code: 'no-open-stay' });
        } else if (event.location !== null && event.location !== current) {
          issues.push({ order: event.order, severity: 'error', code: 'other-location' });
        } else {
          exit = { from: current, soort: event.soort ?? null };
          current = null;
          exitedToday = true;
        }
      }
    }
    if (exitedToday && periodStart !== null) {
      periods.push({ start: periodStart, end: date, exit });
      periodStart = null;
    }
    if (current !== before) {
      if (openStay) openStay.end = date;
      openStay = current === null ? null : { location: current, start: date, end: null };
      if (openStay) stays.push(openStay);
      if (before !== null && current !== null) transfers.push(date);
    }
    // Milestones of this date: in reception when the date lies in a period (both ends count).
    for (; i < sorted.length && sorted[i]!.date === date; i++) {
      const inReception = periodStart !== null || periods.at(-1)?.end === date;
      if (!inReception) {
        issues.push({
          order: sorted[i]!.order,
          severity: 'warning',
          code: 'milestone-outside-reception',
        });
      }
    }
  }
  if (periodStart !== null) periods.push({ start: periodStart, end: null });
  return { stays, periods, transfers, issues };
}

/** The end-of-day location on `date`, from the stays of a replayed journey. */
export function locationOn(stays: readonly Stay[], date: string): string | null {
  for (const stay of stays) {
    if (stay.start <= date && (stay.end === null || date < stay.end)) return stay.location;
  }
  return null;
}

export interface AmvRow {
  date: string;
  type: EventType;
  unaccompanied: boolean;
  order: number;
  ignored: boolean;
}

/**
 * Unaccompanied at t (domain.md): the value of the child's row with the latest date ≤ t, ignoring
 * ignored `verhuizing` rows; on one date an `amv_wijziging` row wins, otherwise the row imported
 * last. Before its first row: the value of its earliest row.
 */
export function unaccompaniedAt(rows: readonly AmvRow[], t: string): boolean | null {
  const usable = rows.filter((r) => !r.ignored);
  if (!usable.length) return null;
  const rank = (r: AmvRow) => [r.date, r.type === 'amv_wijziging' ? 1 : 0, r.order] as const;
  const later = (a: AmvRow, b: AmvRow) => {
    const [ad, aw, ao] = rank(a);
    const [bd, bw, bo] = rank(b);
    return ad !== bd ? ad > bd : aw !== bw ? aw > bw : ao > bo;
  };
  let best: AmvRow | null = null;
  let earliest = usable[0]!;
  for (const row of usable) {
    if (later(earliest, row)) earliest = row;
    if (row.date <= t && (!best || later(row, best))) best = row;
  }
  return (best ?? earliest).unaccompanied;
}

/** A run of days of one kind, from `start` (inclusive) to `end` (exclusive), or open. */
export interface Run {
  start: string;
  end: string | null;
}

/**
 * The stays split at the type changes of their locations, each piece typed with the values
 * valid on its days (domain.md, "Location history").
 */
export function typedStays<T>(
  stays: readonly Stay[],
  periodsOf: (location: string) => readonly { vanaf: string | null; value: T }[],
): (Stay & { value: T })[] {
  const pieces: (Stay & { value: T })[] = [];
  for (const stay of stays) {
    const periods = periodsOf(stay.location);
    let start = stay.start;
    let value = valueOn(periods, start);
    for (const period of periods) {
      if (period.vanaf === null || period.vanaf <= stay.start) continue;
      if (stay.end !== null && period.vanaf >= stay.end) break;
      pieces.push({ ...stay, start, end: period.vanaf, value });
      start = period.vanaf;
      value = period.value;
    }
    pieces.push({ ...stay, start, value });
  }
  return pieces;
}

function valueOn<T>(periods: readonly { vanaf: string | null; value: T }[], date: string): T {
  let found = periods[0]!.value;
  for (const period of periods)
    if (period.vanaf === null || period.vanaf <= date) found = period.value;
  return found;
}

/**
 * NOOD episodes: maximal runs of days whose end-of-day location is of a NOOD type, whatever the
 * location or municipality (domain.md). `isNood` says it per location and date.
 */
export function noodEpisodes(
  stays: readonly Stay[],
  periodsOf: (location: string) => readonly { vanaf: string | null; value: boolean }[],
): Run[] {
  const episodes: Run[] = [];
  for (const piece of typedStays(stays, periodsOf)) {
    if (!piece.value) continue;
    const last = episodes.at(-1);
    // Consecutive NOOD pieces (a transfer between NOOD locations, a type change) form one episode.
    if (last && last.end === piece.start) last.end = piece.end;
    else episodes.push({ start: piece.start, end: piece.end });
  }
  return episodes;
}
