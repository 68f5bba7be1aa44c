/**
 * The one place where dates and numbers become text. Dutch conventions by default
 * (`27-11-2026`, `16.623`, `33,3%`); times always in the Netherlands' own time zone, whatever the
 * browser's zone is.
 */

export type Language = 'nl' | 'en';

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DATE_SEPARATORS: Record<Language, string> = { nl: '-', en: '/' };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsInAmsterdam(date: Date): Parts {
  const parts: Record<string, string> = {};
  for (const part of amsterdamParts.formatToParts(date)) parts[part.type] = part.value;
  return {
    day: parts.day ?? '',
    month: parts.month ?? '',
    year: parts.year ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `2026-11-27` or a Date → `27-11-2026` (nl) / `27/11/2026` (en). A bare calendar date is taken
 * as written: converting it through a time zone could move it to the day before. Input that is
 * no date comes back unchanged rather than breaking the page it is shown on.
 */
export function formatDate(value: string | Date, language: Language = 'nl'): string {
  const separator = DATE_SEPARATORS[language];
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) return [match[3], match[2], match[1]].join(separator);
  }
  const date = toDate(value);
  if (!date) return String(value);
  const { day, month, year } = partsInAmsterdam(date);
  return [day, month, year].join(separator);
}

/** An instant (ISO 8601 or Date) → `27-11-2026 14:05`, as the clock in Amsterdam showed it. */
export function formatDateTime(value: string | Date, language: Language = 'nl'): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { day, month, year, hour, minute } = partsInAmsterdam(date);
  return `${[day, month, year].join(DATE_SEPARATORS[language])} ${hour}:${minute}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** 16623 → `16.623` (nl) / `16,623` (en). */
export function formatNumber(
  value: number,
  language: Language = 'nl',
  maximumFractionDigits = 1,
): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** A fraction: 0.333 → `33,3%` (nl) / `33.3%` (en). */
export function formatPercent(
  fraction: number,
  language: Language = 'nl',
  maximumFractionDigits = 1,
): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** `['A', 'B', 'C']` → `A, B en C` (nl) / `A, B and C` (en). */
export function formatList(items: readonly string[], language: Language = 'nl'): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A month (`2015-03`, as a birth month is kept) → `maart 2015` (nl) / `March 2015` (en). Read in
 * UTC, so no time zone can move it to the month before. Input that is no month comes back
 * unchanged.
 */
export function formatMonth(value: string, language: Language = 'nl'): string {
  const match = MONTH_ONLY.exec(value);
  if (!match) return value;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return value;
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    monthFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), month - 1, 1)));
}

/**
 * A figure of an indicator table (indicators-api.md §1) as text, CBS notation: `x` for a
 * suppressed figure (geheim), `.` for one that cannot be computed (null). Other words the API
 * uses (`niet bereikt`, `niet schatbaar`) come back as they are, for the caller to translate.
 */
export function formatFigure(
  value: number | string | null | undefined,
  format: (value: number) => string,
): string {
  if (value === null || value === undefined) return '.';
  if (typeof value === 'string') return value;
  return format(value);
}

/** A count of children: 16492 → `16.492`; `x` and `.` as in {@link formatFigure}. */
export function formatCount(
  value: number | string | null | undefined,
  language: Language = 'nl',
): string {
  return formatFigure(value, (n) => formatNumber(n, language, 0));
}

/**
 * A share (a fraction of 1) to one decimal of a percent, always with that decimal so that a
 * column of shares lines up: 0.333 → `33,3%`, 0.27 → `27,0%`; `x` and `.` as in
 * {@link formatFigure}.
 */
export function formatShare(
  value: number | string | null | undefined,
  language: Language = 'nl',
): string {
  return formatFigure(value, (n) =>
    numberFormat(language, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(n),
  );
}

/**
 * A number of days, with its unit: 212.5 → `212,5 dagen` (nl) / `212.5 days` (en), 1 → `1 dag`.
 * Medians of whole days may end in ,5; everything else is whole days.
 */
export function formatDays(value: number, language: Language = 'nl'): string {
  return numberFormat(language, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

const shortMonthFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * The month of a date, short, for the axis of a chart: `2024-07-17` → `jul 2024` (nl) /
 * `Jul 2024` (en). Input that is no date comes back unchanged.
 */
export function formatMonthShort(value: string, language: Language = 'nl'): string {
  const match = DATE_ONLY.exec(value) ?? MONTH_ONLY.exec(value);
  if (!match) return value;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return value;
  let format = shortMonthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    shortMonthFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), month - 1, 1)));
}
