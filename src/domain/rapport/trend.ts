/**
 * The 24-month trend lines of the council report, from a monthly series of published tables. A
 * suppressed month has no point: the line breaks there instead of guessing a value.
 */
import { formatDate } from '../framework/wording.js';

/** What a trend reads from a published table: the series' tables and the published set's alike. */
export interface TrendSource {
  peildatum: string;
  children: { count: number | string };
  childrenInNood: { count: number | string; shareInNood: number | string | null };
}

export interface Line {
  label: string;
  /** One value per month, oldest first; null where the figure is not published. */
  values: (number | null)[];
}

export interface TrendChart {
  title: string;
  unit: 'count' | 'share';
  /** The months as the axis writes them: `07-2025`. */
  months: string[];
  lines: Line[];
}

const numberOrNull = (value: number | string | null): number | null =>
  typeof value === 'number' ? value : null;

const monthLabel = (iso: string) => formatDate(iso, 'nl').slice(3);

/** The municipality's children and children in noodopvang, month by month. */
export function countTrend(municipal: readonly TrendSource[]): TrendChart {
  return {
    title: 'Kinderen in de opvang in de gemeente, per maand',
    unit: 'count',
    months: municipal.map((t) => monthLabel(t.peildatum)),
    lines: [
      {
        label: 'alle kinderen (I1)',
        values: municipal.map((t) => numberOrNull(t.children.count)),
      },
      {
        label: 'in noodopvang (I2)',
        values: municipal.map((t) => numberOrNull(t.childrenInNood.count)),
      },
    ],
  };
}

/** The share in noodopvang, the municipality beside the country. */
export function shareTrend(
  municipal: readonly TrendSource[],
  national: readonly TrendSource[],
): TrendChart {
  return {
    title: 'Aandeel kinderen in noodopvang (I2), gemeente en landelijk',
    unit: 'share',
    months: municipal.map((t) => monthLabel(t.peildatum)),
    lines: [
      {
        label: 'gemeente',
        values: municipal.map((t) => numberOrNull(t.childrenInNood.shareInNood)),
      },
      {
        label: 'landelijk',
        values: national.map((t) => numberOrNull(t.childrenInNood.shareInNood)),
      },
    ],
  };
}
