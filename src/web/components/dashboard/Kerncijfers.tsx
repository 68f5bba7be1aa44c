import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type HeadlineKey, headlinesOf } from '../../../domain/indicators/headline.js';
import { formatDate, formatMonthShort, formatNumber, formatPercent } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { niceAxis } from '../indicatoren/chartScale.js';
import { Figure, useFigureText } from '../indicatoren/Figure.js';
import type { ReeksAntwoord, Tabel } from '../indicatoren/queries.js';
import { TrendChart, type TrendPoint } from '../indicatoren/TrendChart.js';
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
import { HEADLINE_KEYS, HEADLINE_KIND } from './kerncijfers.js';

/**
 * The six headline figures of a scope at the peildatum, each with its course over the months
 * before it. Every card says what it counts; every chart has its values in a table that opens
 * on request and that screen readers always reach.
 */
export function Kerncijfers({
  table,
  reeks,
  reeksPending,
}: {
  table: Tabel;
  reeks: ReeksAntwoord | undefined;
  reeksPending: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const now = headlinesOf(table);
  const series = reeks?.items.map((item) => ({ date: item.peildatum, values: headlinesOf(item) }));
  return (
    <section aria-labelledby={headingId} className="kk-dashboard-section">
      <Heading level={2} id={headingId}>
        {t('dashboard.kerncijfers.title')}
      </Heading>
      <ul className="kk-cards">
        {HEADLINE_KEYS.map((key) => (
          <li key={key} className="kk-card">
            <Kerncijfer
              figure={key}
              value={now[key]}
              peildatum={table.peildatum}
              series={series?.map((s) => ({ date: s.date, value: s.values[key] }))}
              pending={reeksPending}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Kerncijfer({
  figure,
  value,
  peildatum,
  series,
  pending,
}: {
  figure: HeadlineKey;
  value: string | number | null;
  peildatum: string;
  series: { date: string; value: string | number | null }[] | undefined;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const kind = HEADLINE_KIND[figure];
  const title = t(`dashboard.kerncijfers.${figure}.title`);
  const points: TrendPoint[] | undefined = series?.map(({ date, value: v }) => ({
    date,
    label: formatMonthShort(date, language),
    value: typeof v === 'number' ? v : null,
    gap: v === 'x' ? 'x' : '.',
  }));
  const known = points?.flatMap((p) => (p.value === null ? [] : [p.value])) ?? [];
  const share = kind === 'share';
  const formatTick = (v: number) =>
    share ? formatPercent(v, language, 0) : formatNumber(v, language, 0);
  const summary = points?.length
    ? t('dashboard.kerncijfers.trendSummary', {
        titel: title,
        van: points[0]!.label,
        tot: points.at(-1)!.label,
        eerste: figureText(series![0]!.value, kind),
        laatste: figureText(series!.at(-1)!.value, kind),
      })
    : '';
  return (
    <article className="kk-card__body" aria-label={title}>
      <Heading level={3} className="kk-card__title">
        {title}
      </Heading>
      <p className="kk-card__value">
        <Figure value={value} kind={kind} />
      </p>
      <Paragraph className="kk-card__about">
        {t(`dashboard.kerncijfers.${figure}.populatie`)}{' '}
        {t('dashboard.kerncijfers.op', { datum: formatDate(peildatum, language) })}{' '}
        {t('dashboard.kerncijfers.bron')}
      </Paragraph>
      {pending && (
        <Paragraph className="kk-card__about">{t('dashboard.kerncijfers.trendLaden')}</Paragraph>
      )}
      {points && series && (
        <>
          <TrendChart
            points={points}
            axis={niceAxis(Math.max(0, ...known), share)}
            formatTick={formatTick}
            summary={summary}
          />
          <details className="kk-card__data">
            <summary>{t('dashboard.kerncijfers.alsTabel')}</summary>
            <Table caption={t('dashboard.kerncijfers.tabelCaption', { titel: title })}>
              <TableColumns
                columns={[
                  t('indicatoren.trend.peildatum'),
                  { label: t('indicatoren.figure.value'), numeric: true },
                ]}
              />
              <TableBody>
                {series.map(({ date, value: v }) => (
                  <TableRow key={date}>
                    <TableHeaderCell scope="row">
                      <time dateTime={date}>{formatDate(date, language)}</time>
                    </TableHeaderCell>
                    <TableCell numeric>
                      <Figure value={v} kind={kind} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </details>
        </>
      )}
    </article>
  );
}
