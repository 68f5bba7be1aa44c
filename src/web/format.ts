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
