import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCount,
  formatDays,
  formatNumber,
  formatPercent,
  formatShare,
  type Language,
} from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import {
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';

/** A figure as the API sends it: a number, `x` (geheim), null (.), or a word of the KM figures. */
export type FigureValue = number | string | null | undefined;

/**
 * How a figure reads: a count (`16.492`), a share (`33,3%`), days (`212,5 dagen`), a mean, or a
 * Kaplan–Meier value (a fraction shown as a percentage).
 */
export type FigureKind = 'count' | 'share' | 'days' | 'mean' | 'kmValue';

export function formatValue(value: number, kind: FigureKind, language: Language): string {
  switch (kind) {
    case 'count':
      return formatCount(value, language);
    case 'share':
      return formatShare(value, language);
    case 'days':
      return formatDays(value, language);
    case 'mean':
      return formatNumber(value, language, 2);
    case 'kmValue':
      return formatPercent(value, language, 1);
  }
}

/** `x`, `.`, `niet bereikt` and `niet schatbaar` in words, for texts such as a chart's summary. */
export function useFigureText(): (value: FigureValue, kind: FigureKind) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (value, kind) => {
    if (value === null || value === undefined) return t('indicatoren.figure.nietTeBerekenen');
    if (value === 'x') return t('indicatoren.figure.geheim');
    if (value === 'niet bereikt') return t('indicatoren.figure.nietBereikt');
    if (value === 'niet schatbaar') return t('indicatoren.figure.nietSchatbaar');
    if (typeof value === 'string') return value;
    return formatValue(value, kind, language);
  };
}

/**
 * A figure on screen, CBS notation: `x` for geheim and `.` for niet te berekenen, each with its
 * meaning for screen readers (the legend on the page explains them to everyone).
 */
export function Figure({ value, kind }: { value: FigureValue; kind: FigureKind }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (value === null || value === undefined) {
    return <Sign sign="." meaning={t('indicatoren.figure.nietTeBerekenen')} />;
  }
  if (value === 'x') return <Sign sign="x" meaning={t('indicatoren.figure.geheim')} />;
  if (value === 'niet bereikt') return <>{t('indicatoren.figure.nietBereikt')}</>;
  if (value === 'niet schatbaar') return <>{t('indicatoren.figure.nietSchatbaar')}</>;
  if (typeof value === 'string') return <>{value}</>;
  return <span className="kk-nowrap">{formatValue(value, kind, language)}</span>;
}

function Sign({ sign, meaning }: { sign: string; meaning: string }) {
  return (
    <span className="kk-figure-sign" title={meaning}>
      <span aria-hidden="true">{sign}</span>
      <span className="kk-visually-hidden">{meaning}</span>
    </span>
  );
}

export interface FigureRow {
  key: string;
  label: ReactNode;
  value: FigureValue;
  kind: FigureKind;
}

/** The figures of an indicator as a two-column table: what it is, and the value. */
export function FiguresTable({ caption, rows }: { caption: string; rows: readonly FigureRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="kk-figures">
      <Table caption={caption}>
        <TableColumns
          columns={[
            t('indicatoren.figure.column'),
            { label: t('indicatoren.figure.value'), numeric: true },
          ]}
        />
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              <TableCell numeric>
                <Figure value={row.value} kind={row.kind} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
