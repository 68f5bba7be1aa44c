/**
 * The signal list (signaleringslijst): per child at a location, what its staff should act on now.
 * Each rule reads the prepared journey with the indicators' own definitions (domain.md), so that
 * a child on the list is a child the indicators count; docs/signalen.md explains the defaults.
 */
import { ageOn, type Day, fromDay } from './dates.js';
import {
  type PreparedChild,
  periodIndexAt,
  pieceAt,
  spellAt,
  unaccompaniedOn,
} from './indicators/child.js';
import { daysNotEnrolled, transfersInWindow } from './indicators/compute.js';

export const SIGNAL_KINDS = [
  'noodopvang',
  'onderwijs',
  'jgz',
  'overplaatsingen',
  'perspectiefplan',
  'huisvesting',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Per kind a number of days, except `overplaatsingen` (a number of transfers). */
export type Thresholds = Record<SignalKind, number>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  // R3.2: a child does not belong in noodopvang; after three months it surely should have moved.
  noodopvang: 90,
  // R5.1: school within 3 months (EU Reception Directive); a signal at 60 leaves a month to act.
  onderwijs: 60,
  // R5.3: the JGZ intake within 42 days.
  jgz: 42,
  // R2: few transfers; the third in a year is one too many.
  overplaatsingen: 3,
  // R6 (I8): who turns 18 within 90 days needs a perspectiefplan.
  perspectiefplan: 90,
  // R8.2: status holders housed within 98 days.
  huisvesting: 98,
};

export interface Signal {
  kind: SignalKind;
  /**
   * Days, or transfers for `overplaatsingen`; for `perspectiefplan` the days until the 18th
   * birthday.
   */
  value: number;
  threshold: number;
}

export interface ChildSignals {
  location: string;
  age: number;
  unaccompanied: boolean | null;
  /** In the order of SIGNAL_KINDS; empty when nothing calls for action. */
  signals: Signal[];
}

/**
 * The signals of a child at peildatum t, when it is a minor at t whose end-of-day location L(t)
 * is one of `thresholds`' keys (with that location's thresholds); null for any other child.
 */
export function signalsAt(
  child: PreparedChild,
  t: Day,
  thresholds: ReadonlyMap<string, Thresholds>,
): ChildSignals | null {
  const piece = pieceAt(child, t);
  if (!piece || t >= child.birth18) return null;
  const limits = thresholds.get(piece.location);
  if (!limits) return null;
  const unaccompanied = unaccompaniedOn(child, t);
  const period = periodIndexAt(child.periods, t);
  const signals: Signal[] = [];
  const add = (kind: SignalKind, value: number, raised: boolean) => {
    if (raised) signals.push({ kind, value, threshold: limits[kind] });
  };

  // (a) The current NOOD episode, wherever it began (I4 a `episodeDays`).
  const episode = piece.nood ? spellAt(child.noodSpells.all, t) : null;
  if (episode) add('noodopvang', t - episode.start, t - episode.start > limits.noodopvang);

  // (b) School age and not enrolled, counted as I5 (b) counts.
  const notEnrolled = daysNotEnrolled(child, period, t);
  if (notEnrolled !== null) add('onderwijs', notEnrolled, notEnrolled > limits.onderwijs);

  // (c) No JGZ intake in the current reception period (I6 measures the same 42 days).
  const arrived = t - child.periods[period]!.start;
  const intake = child.milestones.jgz_intake.some((m) => m.period === period && m.date <= t);
  add('jgz', arrived, !intake && arrived > limits.jgz);

  // (d) Transfers in the window (t − 365, t] (I3).
  const transfers = transfersInWindow(child, t);
  add('overplaatsingen', transfers, transfers >= limits.overplaatsingen);

  // (e) Unaccompanied, turning 18 soon, without a perspectiefplan in reception by t (I8).
  const until18 = child.birth18 - t;
  const plan = child.milestones.perspectiefplan_18.some((m) => m.date <= t);
  add(
    'perspectiefplan',
    until18,
    unaccompanied === true && !plan && until18 <= limits.perspectiefplan,
  );

  // (f) A status holder waiting since its earliest permit in reception (I9).
  const permit = child.milestones.vergunning[0];
  if (permit && permit.date <= t) {
    add('huisvesting', t - permit.date, t - permit.date > limits.huisvesting);
  }

  return { location: piece.location, age: ageAt(child, t), unaccompanied, signals };
}

/** Completed years at t; the prepared child keeps its birth month as its 18th birthday. */
function ageAt(child: PreparedChild, t: Day): number {
  const [year, month] = fromDay(child.birth18).split('-') as [string, string];
  const birthMonth = `${String(Number(year) - 18).padStart(4, '0')}-${month}`;
  return ageOn(birthMonth, fromDay(t));
}
