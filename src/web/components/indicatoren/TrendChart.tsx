import { useTranslation } from 'react-i18next';
import { FRAME, PLOT_HEIGHT, PLOT_WIDTH, round, segments, yScale } from './chartScale.js';

export interface TrendPoint {
  /** The peildatum, `YYYY-MM-DD`. */
  date: string;
  /** The month on the axis, e.g. `jul 2024`. */
  label: string;
  /** null where the figure is suppressed (`x`) or cannot be computed (`.`): a gap, not a zero. */
  value: number | null;
  /** How a gap is marked: `x` suppressed (geheim), `.` cannot be computed. */
  gap?: 'x' | '.';
}

export interface TrendChartProps {
  points: readonly TrendPoint[];
  /** The value axis: from 0 (always) to `maximum`, with labelled ticks. */
  axis: { maximum: number; ticks: readonly number[] };
  /** A tick value as text: `25%`, `2.000`. */
  formatTick: (value: number) => string;
  summary: string;
}

/** At most this many month labels on the axis; the table beside the chart has every month. */
const MAX_LABELS = 7;
const MARKER_RADIUS = 4.5;

/**
 * A line chart of one figure per month (SVG, `role="img"` with a summary); points without a
 * value are gaps, marked on the axis with `x` or `.`, never drawn as zero.
 */
export function TrendChart({ points, axis, formatTick, summary }: TrendChartProps) {
  const { t } = useTranslation();
  const y = yScale(axis.maximum);
  const step = points.length > 1 ? PLOT_WIDTH / (points.length - 1) : 0;
  const x = (index: number) => FRAME.left + (points.length > 1 ? index * step : PLOT_WIDTH / 2);
  const bottom = FRAME.top + PLOT_HEIGHT;
  const every = Math.max(1, Math.ceil(points.length / MAX_LABELS));
  const indexed = points.map((point, index) => ({ ...point, index }));
  const labelled = indexed.filter((point) => (points.length - 1 - point.index) % every === 0);

  return (
    <svg
      className="kk-chart"
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMidYMid meet"
    >
      <g className="kk-chart__grid">
        {axis.ticks.map((value) => (
          <g key={value}>
            <line
              x1={FRAME.left}
              x2={FRAME.left + PLOT_WIDTH}
              y1={round(y(value))}
              y2={round(y(value))}
            />
            <text x={FRAME.left - 8} y={round(y(value))} dy="0.35em" textAnchor="end">
              {formatTick(value)}
            </text>
          </g>
        ))}
        {labelled.map((point, index) => (
          <text
            key={point.date}
            // Every other month label gives way on a narrow screen; the last one always stays.
            className={(labelled.length - 1 - index) % 2 === 1 ? 'kk-chart__minor' : undefined}
            x={round(x(point.index))}
            y={bottom + 20}
            textAnchor="middle"
          >
            {point.label}
          </text>
        ))}
        <text x={FRAME.left + PLOT_WIDTH / 2} y={FRAME.height - 6} textAnchor="middle">
          {t('indicatoren.trend.xAxis')}
        </text>
      </g>
      <line
        className="kk-chart__axis"
        x1={FRAME.left}
        x2={FRAME.left + PLOT_WIDTH}
        y1={bottom}
        y2={bottom}
      />
      <line className="kk-chart__axis" x1={FRAME.left} x2={FRAME.left} y1={FRAME.top} y2={bottom} />
      {segments(indexed).map((run) => (
        <polyline
          key={run[0]!.date}
          className="kk-chart__line"
          points={run
            .map((point) => `${round(x(point.index))},${round(y(point.value ?? 0))}`)
            .join(' ')}
        />
      ))}
      {indexed.map((point) =>
        point.value === null ? (
          <text
            key={point.date}
            className="kk-chart__gap"
            x={round(x(point.index))}
            y={bottom - 6}
            textAnchor="middle"
          >
            {point.gap ?? '.'}
          </text>
        ) : (
          <circle
            key={point.date}
            className="kk-chart__marker"
            cx={round(x(point.index))}
            cy={round(y(point.value))}
            r={MARKER_RADIUS}
          />
        ),
      )}
    </svg>
  );
}
