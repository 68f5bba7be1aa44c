/** Parsing of single cells of an import file (data-formats.md, "Reading a file"). */
import { isIsoDate } from '../dates.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });
const quote = (raw: string) => `'${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}'`;

/** `YYYY-MM-DD` or `DD-MM-YYYY`, two-digit day and month; nothing else. */
export function parseDate(raw: string): Parsed<string> {
  const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(raw);
  const iso = dutch ? `${dutch[3]}-${dutch[2]}-${dutch[1]}` : raw;
  return isIsoDate(iso)
    ? ok(iso)
    : fail(`${quote(raw)} is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)`);
}

/** `YYYY-MM`. */
export function parseMonth(raw: string): Parsed<string> {
  const match = /^(\d{4})-(\d{2})$/.exec(raw);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    return fail(`${quote(raw)} is geen geldige maand (JJJJ-MM)`);
  }
  return ok(raw);
}

const TRUE = new Set(['ja', 'true', '1']);
const FALSE = new Set(['nee', 'false', '0']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const value = raw.toLowerCase();
  if (TRUE.has(value)) return ok(true);
  if (FALSE.has(value)) return ok(false);
  return fail(`${quote(raw)} is geen ja of nee`);
}

export function parseWholeNumber(raw: string): Parsed<number> {
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    return fail(`${quote(raw)} is geen geheel getal van 0 of meer`);
  }
  return ok(Number(raw));
}

/** Decimal point `.`; in a `;`-separated file also `,`. */
export function parseDecimal(raw: string, commaAllowed: boolean): Parsed<number> {
  const normalised = commaAllowed ? raw.replace(',', '.') : raw;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return fail(`${quote(raw)} is geen getal`);
  return ok(Number(normalised));
}

/** Enumerated values are case-insensitive. */
export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): Parsed<T> {
  const value = raw.toLowerCase() as T;
  return allowed.includes(value)
    ? ok(value)
    : fail(`${quote(raw)} is geen toegestane waarde (kies uit: ${allowed.join(', ')})`);
}
