/** Small helpers for the SVG charts: scales and "nice" axis maxima. No chart library. */

/** The frame every chart is drawn in (viewBox units); the SVG scales to the width it gets. */
export const FRAME = {
  width: 640,
  height: 300,
  top: 28,
  right: 36,
  bottom: 52,
  left: 72,
} as const;

export const PLOT_WIDTH = FRAME.width - FRAME.left - FRAME.right;
export const PLOT_HEIGHT = FRAME.height - FRAME.top - FRAME.bottom;

/** A linear map from [0, max] onto the plot's width, left to right. */
export function xScale(max: number): (value: number) => number {
  return (value) => FRAME.left + (max > 0 ? (value / max) * PLOT_WIDTH : 0);
}

/** A linear map from [0, max] onto the plot's height, bottom to top. */
export function yScale(max: number): (value: number) => number {
  return (value) => FRAME.top + PLOT_HEIGHT - (max > 0 ? (value / max) * PLOT_HEIGHT : 0);
}

/** Rounds to two decimals of a viewBox unit: shorter paths, no visible difference. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) that is at least `value`;
 * for shares never more than 1 (100 %). An axis that starts at 0 and ends there shows the data
 * without exaggerating or flattening it.
 */
export function niceMaximum(value: number, share = false): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    if (candidate >= value - 1e-12) return share ? Math.min(candidate, 1) : candidate;
  }
  return share ? 1 : 10 * power;
}

/**
 * An axis from 0 to a nice maximum at least `value`, with ticks at round steps: a maximum of
 * 2.5 or 5 (times a power of ten) in five steps, one of 1 or 2 in four.
 */
export function niceAxis(value: number, share = false): { maximum: number; ticks: number[] } {
  const maximum = niceMaximum(value, share);
  const leading = maximum / 10 ** Math.floor(Math.log10(maximum));
  const steps = Math.abs(leading - 2.5) < 1e-9 || Math.abs(leading - 5) < 1e-9 ? 5 : 4;
  return { maximum, ticks: ticks(maximum, steps) };
}

/** `count` + 1 evenly spaced ticks from 0 to `max`. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, index) => (max * index) / count);
}

/** Kaplan–Meier curves are drawn over the window of one year. */
export const KM_DAYS = 365;

/** A Kaplan–Meier curve as the API sends it (only what drawing needs). */
export interface StepCurve {
  measure: 'S' | 'oneMinusS';
  points: readonly { day: number; value: number }[];
}

/**
 * The step path of a Kaplan–Meier curve: flat until the next day with an event, then straight
 * down (S) or up (1 − S). An exact curve starts at day 0 from 100 % (S) or 0 % (1 − S); a
 * published one only at its first published day, because the days before it are not published.
 */
export function stepPath(curve: StepCurve, published: boolean): string {
  const x = xScale(KM_DAYS);
  const y = yScale(1);
  const points = curve.points.filter((point) => point.day <= KM_DAYS);
  if (points.length === 0) return '';
  const first = points[0]!;
  const parts: string[] = [];
  if (published) {
    parts.push(`M${round(x(first.day))},${round(y(first.value))}`);
  } else {
    parts.push(`M${round(x(0))},${round(y(curve.measure === 'S' ? 1 : 0))}`);
    parts.push(`H${round(x(first.day))}V${round(y(first.value))}`);
  }
  for (const point of points.slice(1)) {
    parts.push(`H${round(x(point.day))}V${round(y(point.value))}`);
  }
  return parts.join('');
}

/** Runs of consecutive known values: each is drawn as one line, gaps stay empty. */
export function segments<T extends { value: number | null }>(points: readonly T[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(point);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
