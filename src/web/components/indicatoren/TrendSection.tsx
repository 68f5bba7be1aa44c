import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api.js';
import { formatDate, formatMonthShort, formatNumber, formatPercent } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { Downloads } from '../Downloads.js';
import { ErrorMessage } from '../ErrorMessage.js';
import {
  Button,
  FormField,
  Heading,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { niceAxis } from './chartScale.js';
import { Figure, type FigureValue, useFigureText } from './Figure.js';
import { MONTH_CHOICES } from './params.js';
import type { ReeksAntwoord, Tabel } from './queries.js';
import { TrendChart, type TrendPoint } from './TrendChart.js';

/** The figures followed month by month: the headline of five indicators. */
const SERIES = [
  { key: 'children', kind: 'count', pick: (table: Tabel) => table.children.count },
  { key: 'shareInNood', kind: 'share', pick: (table: Tabel) => table.childrenInNood.shareInNood },
  {
    key: 'shareAtLeast2',
    kind: 'share',
    pick: (table: Tabel) => table.transfers12m.shareAtLeast2,
  },
  { key: 'gzaShare', kind: 'share', pick: (table: Tabel) => table.gzaRegistered.share },
  { key: 'statusWaiting', kind: 'count', pick: (table: Tabel) => table.statusWaiting.count },
] as const;

type Series = (typeof SERIES)[number];

interface TrendSectionProps {
  headingId: string;
  maanden: number;
  onMaanden: (maanden: number) => void;
  reeks: ReeksAntwoord | undefined;
  pending: boolean;
  error: unknown;
}

/** Monthly tables up to the peildatum, as line charts with their values in a table. */
export function TrendSection({
  headingId,
  maanden,
  onMaanden,
  reeks,
  pending,
  error,
}: TrendSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(maanden));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMaanden(Number(draft));
  }

  return (
    <section aria-labelledby={headingId} className="kk-indicator kk-trend">
      <Heading level={2} id={headingId}>
        {t('indicatoren.trend.title')}
      </Heading>
      <Paragraph className="kk-indicator__what">{t('indicatoren.trend.lead')}</Paragraph>
      <form onSubmit={onSubmit} className="kk-filters kk-indicator-form">
        <div className="kk-inline-input">
          <FormField label={t('indicatoren.trend.maanden')}>
            {({ invalid, ...control }) => (
              <Select
                {...control}
                invalid={invalid}
                name="maanden"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
              >
                {MONTH_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {t('indicatoren.trend.maandenOption', { count: choice })}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <Button type="submit" appearance="secondary-action">
            {t('indicatoren.trend.submit')}
          </Button>
        </div>
      </form>
      {pending && <Paragraph role="status">{t('indicatoren.trend.loading')}</Paragraph>}
      {error !== null && error !== undefined && <ErrorMessage error={error} />}
      {reeks &&
        SERIES.map((series) => <TrendSeries key={series.key} series={series} reeks={reeks} />)}
      {reeks && (
        <Downloads
          href={`${API_BASE}/indicatoren/reeks/export`}
          query={{ scope: reeks.scope.code, peildatum: reeks.items.at(-1)?.peildatum, maanden }}
          table={t('indicatoren.trend.title')}
        />
      )}
    </section>
  );
}

function TrendSeries({ series, reeks }: { series: Series; reeks: ReeksAntwoord }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const headingId = useId();
  const title = t(`indicatoren.trend.${series.key}`);
  const values: { date: string; value: FigureValue }[] = reeks.items.map((table) => ({
    date: table.peildatum,
    value: series.pick(table),
  }));
  const points: TrendPoint[] = values.map(({ date, value }) => ({
    date,
    label: formatMonthShort(date, language),
    value: typeof value === 'number' ? value : null,
    gap: value === 'x' ? 'x' : '.',
  }));
  const known = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const share = series.kind === 'share';
  const axis = niceAxis(Math.max(0, ...known), share);
  const formatTick = (value: number) =>
    share ? formatPercent(value, language, 0) : formatNumber(value, language, 0);
  const first = values[0];
  const last = values.at(-1);
  const gaps = points.length - known.length;
  const summary = [
    t('indicatoren.trend.summary', {
      titel: title,
      van: points[0]?.label ?? '',
      tot: points.at(-1)?.label ?? '',
    }),
    t('indicatoren.trend.summaryValues', {
      eerste: figureText(first?.value, series.kind),
      laatste: figureText(last?.value, series.kind),
    }),
    gaps > 0 ? t('indicatoren.trend.summaryGaps', { count: gaps }) : '',
    t('indicatoren.km.summaryTable'),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby={headingId} className="kk-trend-series">
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      <div className="kk-chart-grid">
        <div className="kk-chart-grid__chart">
          <TrendChart points={points} axis={axis} formatTick={formatTick} summary={summary} />
        </div>
        <div className="kk-chart-grid__data">
          <section
            className="kk-points"
            aria-label={t('indicatoren.trend.caption', { titel: title })}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
          >
            <Table caption={t('indicatoren.trend.caption', { titel: title })}>
              <TableColumns
                columns={[
                  t('indicatoren.trend.peildatum'),
                  { label: t('indicatoren.figure.value'), numeric: true },
                ]}
              />
              <TableBody>
                {values.map(({ date, value }) => (
                  <TableRow key={date}>
                    <TableHeaderCell scope="row">
                      <time dateTime={date}>{formatDate(date, language)}</time>
                    </TableHeaderCell>
                    <TableCell numeric>
                      <Figure value={value} kind={series.kind} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        </div>
      </div>
    </section>
  );
}
