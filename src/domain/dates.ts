/**
 * Calendar days as whole numbers (days since 1970-01-01), so that "day x after d" is plain
 * subtraction. Dates in the domain are Europe/Amsterdam calendar dates written `YYYY-MM-DD`.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True for a real calendar date `YYYY-MM-DD` (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromDay(toDay(value)) === value;
}

/**
 * Completed years between the first day of the birth month (`YYYY-MM`) and `date`.
 * domain.md: "Age on date d: completed years between the first day of the birth month and d".
 */
export function ageOn(birthMonth: string, date: string): number {
  const [by, bm] = birthMonth.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  // The birth "day" is the 1st, so the birthday has passed once the month is reached.
  return y - by - (m < bm ? 1 : 0);
}

/** The date on which a child born in `birthMonth` turns `years` (the 1st of that month). */
export function birthdayOf(birthMonth: string, years: number): string {
  const [by, bm] = birthMonth.split('-').map(Number) as [number, number];
  return `${String(by + years).padStart(4, '0')}-${String(bm).padStart(2, '0')}-01`;
}

/** Today's date in Europe/Amsterdam, as `YYYY-MM-DD`. */
export function amsterdamDate(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The same day `months` months later (or earlier), clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
