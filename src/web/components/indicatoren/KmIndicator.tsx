import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList, formatNumber, formatPercent } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { KM_DAYS } from './chartScale.js';
import { type FigureRow, FiguresTable, type FigureValue, useFigureText } from './Figure.js';
import { KmChart } from './KmChart.js';
import type { KmCurve, Tabel } from './queries.js';

export type KmIndicatorId = 'i4' | 'i5' | 'i6' | 'i10';

type KmBlock =
  | Tabel['daysInNood']['km']
  | Tabel['daysToSchool']['km']
  | Tabel['daysToJgz']['km']
  | Tabel['daysToHousing']['km'];

/** The KM values each indicator reports, with the day each is about (indicators-api.md §2). */
export const KM_VALUES: Record<KmIndicatorId, readonly (readonly [string, number])[]> = {
  i4: [
    ['S14', 14],
    ['S90', 90],
    ['S183', 183],
  ],
  i5: [
    ['oneMinusS30', 30],
    ['oneMinusS90', 90],
  ],
  i6: [
    ['oneMinusS42', 42],
    ['oneMinusS90', 90],
  ],
  i10: [
    ['oneMinusS98', 98],
    ['oneMinusS183', 183],
  ],
};

interface KmIndicatorProps {
  id: KmIndicatorId;
  block: KmBlock;
  /** undefined while the curves are on their way. */
  curve: KmCurve | undefined;
  curveError: boolean;
  published: boolean;
}

/**
 * A Kaplan–Meier figure: what it measures, the cohort and its outcomes (spells, children,
 * events, censored by cause, median and the reported values), and the curve as a step chart
 * with every point of it in a table beside it.
 */
export function KmIndicator({ id, block, curve, curveError, published }: KmIndicatorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t(`indicatoren.${id}.km.title`);
  const values = block as unknown as Record<string, FigureValue>;
  const rows: FigureRow[] = [
    { key: 'spells', label: t(`indicatoren.${id}.km.spells`), value: block.spells, kind: 'count' },
    { key: 'children', label: t('indicatoren.km.children'), value: block.children, kind: 'count' },
    { key: 'events', label: t(`indicatoren.${id}.km.events`), value: block.events, kind: 'count' },
    {
      key: 'peildatum',
      label: t(`indicatoren.${id}.km.peildatum`),
      value: block.censored.peildatum,
      kind: 'count',
    },
    {
      key: 'exit',
      label: t(`indicatoren.${id}.km.exit`),
      value: block.censored.exit,
      kind: 'count',
    },
    {
      key: 'achttien',
      label: t('indicatoren.km.achttien'),
      value: block.censored.achttien,
      kind: 'count',
    },
    { key: 'median', label: t(`indicatoren.${id}.km.median`), value: block.median, kind: 'days' },
    ...KM_VALUES[id].map(
      ([key, dagen]): FigureRow => ({
        key,
        label: t(`indicatoren.${id}.km.value`, { dagen }),
        value: values[key],
        kind: 'kmValue',
      }),
    ),
  ];

  return (
    <section aria-labelledby={headingId} className="kk-km">
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      <Paragraph>{t(`indicatoren.${id}.km.what`)}</Paragraph>
      <div className={published ? 'kk-chart-grid' : 'kk-chart-grid kk-chart-grid--wide-data'}>
        <div className="kk-chart-grid__chart">
          {curve ? (
            <KmCurveChart id={id} curve={curve} rows={rows} published={published} />
          ) : curveError ? null : (
            <Paragraph role="status">{t('indicatoren.km.loading')}</Paragraph>
          )}
          <FiguresTable caption={t('indicatoren.km.blockCaption', { titel: title })} rows={rows} />
        </div>
        <div className="kk-chart-grid__data">
          {curve && <PointsTable id={id} curve={curve} published={published} />}
        </div>
      </div>
    </section>
  );
}

function KmCurveChart({
  id,
  curve,
  rows,
  published,
}: {
  id: KmIndicatorId;
  curve: KmCurve;
  rows: readonly FigureRow[];
  published: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const points = curve.points.filter((point) => point.day <= KM_DAYS);
  if (points.length === 0) return <Paragraph>{t('indicatoren.km.noPoints')}</Paragraph>;
  const first = formatNumber(points[0]!.day, language, 0);
  const last = formatNumber(points.at(-1)!.day, language, 0);
  const median = rows.find((row) => row.key === 'median');
  const reported = rows.filter((row) => row.kind === 'kmValue');
  const summary = [
    `${t(`indicatoren.${id}.km.chart`)}.`,
    published ? t('indicatoren.km.summaryRange', { van: first, tot: last }) : '',
    t('indicatoren.km.summaryMedian', { mediaan: figureText(median?.value, 'days') }),
    t('indicatoren.km.summaryValues', {
      waarden: formatList(
        reported.map((row) =>
          t('indicatoren.km.valueAt', {
            label: String(row.label),
            waarde: figureText(row.value, 'kmValue'),
          }),
        ),
        language,
      ),
    }),
    t('indicatoren.km.summaryTable'),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <p className="kk-chart-title" aria-hidden="true">
        {t(`indicatoren.${id}.km.chart`)}
      </p>
      <KmChart
        curve={curve}
        summary={summary}
        referenceDays={KM_VALUES[id].map(([, day]) => day)}
        published={published}
      />
      <Paragraph className="kk-chart-note">
        {published
          ? t('indicatoren.km.publishedNote', { van: first, tot: last })
          : t('indicatoren.km.exactNote')}
      </Paragraph>
    </>
  );
}

function PointsTable({
  id,
  curve,
  published,
}: {
  id: KmIndicatorId;
  curve: KmCurve;
  published: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = (value: number | undefined) =>
    value === undefined ? '' : formatNumber(value, language, 0);
  if (curve.points.length === 0) return null;
  return (
    <section
      className="kk-points kk-points--tall"
      aria-label={t('indicatoren.km.pointsScroll')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <Table
        caption={t('indicatoren.km.pointsCaption', { titel: t(`indicatoren.${id}.km.title`) })}
      >
        <TableColumns
          columns={[
            { label: t('indicatoren.km.day'), numeric: true },
            { label: t(`indicatoren.${id}.km.measure`), numeric: true },
            ...(published
              ? []
              : [
                  { label: t('indicatoren.km.atRisk'), numeric: true as const },
                  { label: t('indicatoren.km.eventsColumn'), numeric: true as const },
                  { label: t('indicatoren.km.censoredColumn'), numeric: true as const },
                ]),
          ]}
        />
        <TableBody>
          {curve.points.map((point) => (
            <TableRow key={point.day}>
              <TableHeaderCell scope="row" numeric>
                {formatNumber(point.day, language, 0)}
              </TableHeaderCell>
              <TableCell numeric>
                {formatPercent(point.value, language, published ? 0 : 1)}
              </TableCell>
              {!published && (
                <>
                  <TableCell numeric>{count(point.atRisk)}</TableCell>
                  <TableCell numeric>{count(point.events)}</TableCell>
                  <TableCell numeric>{count(point.censored)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
