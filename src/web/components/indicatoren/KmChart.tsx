import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import {
  FRAME,
  KM_DAYS,
  PLOT_HEIGHT,
  PLOT_WIDTH,
  round,
  stepPath,
  ticks,
  xScale,
  yScale,
} from './chartScale.js';
import type { KmCurve } from './queries.js';

const DAY_TICKS = [0, 60, 120, 180, 240, 300, 365];
const CENSOR_MARK = 6;

export interface KmChartProps {
  curve: KmCurve;
  /** What the chart shows, in one or two sentences: the image's accessible name. */
  summary: string;
  /** The days whose values the table reports (14, 90, 183 …): drawn as dashed lines. */
  referenceDays: readonly number[];
  /** Published curves only hold the days disclosure control allows, without counts. */
  published: boolean;
}

/** An accessible SVG step chart: `role="img"` with a summary; the table beside it has the data. */
export function KmChart({ curve, summary, referenceDays, published }: KmChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const x = xScale(KM_DAYS);
  const y = yScale(1);
  const path = stepPath(curve, published);
  const visible = curve.points.filter((point) => point.day <= KM_DAYS);
  const censored = published
    ? []
    : curve.points.filter((point) => (point.censored ?? 0) > 0 && point.day <= KM_DAYS);
  const bottom = FRAME.top + PLOT_HEIGHT;

  return (
    <svg
      className="kk-chart"
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMidYMid meet"
    >
      <g className="kk-chart__grid">
        {ticks(1).map((value) => (
          <g key={value}>
            <line
              x1={FRAME.left}
              x2={FRAME.left + PLOT_WIDTH}
              y1={round(y(value))}
              y2={round(y(value))}
              className={value === 0.5 ? 'kk-chart__gridline--half' : undefined}
            />
            <text x={FRAME.left - 8} y={round(y(value))} dy="0.35em" textAnchor="end">
              {formatPercent(value, language, 0)}
            </text>
          </g>
        ))}
        {DAY_TICKS.map((day) => (
          <text key={day} x={round(x(day))} y={bottom + 20} textAnchor="middle">
            {formatNumber(day, language, 0)}
          </text>
        ))}
        <text x={FRAME.left + PLOT_WIDTH / 2} y={FRAME.height - 6} textAnchor="middle">
          {t('indicatoren.km.xAxis')}
        </text>
      </g>
      <g className="kk-chart__reference">
        {referenceDays.map((day) => (
          <g key={day}>
            <line x1={round(x(day))} x2={round(x(day))} y1={FRAME.top} y2={bottom} />
            <text x={round(x(day))} y={FRAME.top - 8} textAnchor="middle">
              {t('indicatoren.km.dayMark', { dag: formatNumber(day, language, 0) })}
            </text>
          </g>
        ))}
      </g>
      <line
        className="kk-chart__axis"
        x1={FRAME.left}
        x2={FRAME.left + PLOT_WIDTH}
        y1={bottom}
        y2={bottom}
      />
      <line className="kk-chart__axis" x1={FRAME.left} x2={FRAME.left} y1={FRAME.top} y2={bottom} />
      {path && <path className="kk-chart__line" d={path} />}
      {/* A single published day is a point, not a line. */}
      {visible.length === 1 && (
        <circle
          className="kk-chart__marker"
          cx={round(x(visible[0]!.day))}
          cy={round(y(visible[0]!.value))}
          r={4.5}
        />
      )}
      {censored.map((point) => (
        <line
          key={point.day}
          className="kk-chart__censor"
          x1={round(x(point.day))}
          x2={round(x(point.day))}
          y1={round(y(point.value) - CENSOR_MARK)}
          y2={round(y(point.value) + CENSOR_MARK)}
        />
      ))}
    </svg>
  );
}
