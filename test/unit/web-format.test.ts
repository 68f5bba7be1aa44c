import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../src/web/format.js';

describe('formatDate', () => {
  it('writes a calendar date the Dutch way', () => {
    expect(formatDate('2026-11-27')).toBe('27-11-2026');
    expect(formatDate('2026-01-05', 'nl')).toBe('05-01-2026');
  });

  it('writes the English date day first, with slashes', () => {
    expect(formatDate('2026-11-27', 'en')).toBe('27/11/2026');
  });

  it('takes a Date as the day it is in Amsterdam', () => {
    // 23:30 UTC on the 26th is already the 27th in Amsterdam (CET, UTC+1).
    expect(formatDate(new Date('2026-11-26T23:30:00Z'))).toBe('27-11-2026');
    // In summer (CEST, UTC+2) 22:30 UTC is past midnight too.
    expect(formatDate(new Date('2026-07-01T22:30:00Z'))).toBe('02-07-2026');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('geen datum')).toBe('geen datum');
  });
});

describe('formatDateTime', () => {
  it('shows winter time as UTC+1', () => {
    expect(formatDateTime('2026-11-27T13:05:00Z')).toBe('27-11-2026 14:05');
    expect(formatDateTime('2026-11-27T13:05:00Z', 'en')).toBe('27/11/2026 14:05');
  });

  it('shows summer time as UTC+2', () => {
    expect(formatDateTime('2026-07-01T12:05:00.000Z')).toBe('01-07-2026 14:05');
  });

  it('jumps from 02:00 to 03:00 when summer time starts (29 March 2026)', () => {
    expect(formatDateTime('2026-03-29T00:59:00Z')).toBe('29-03-2026 01:59');
    expect(formatDateTime('2026-03-29T01:00:00Z')).toBe('29-03-2026 03:00');
  });

  it('repeats 02:00–03:00 when summer time ends (25 October 2026)', () => {
    expect(formatDateTime('2026-10-25T00:30:00Z')).toBe('25-10-2026 02:30');
    expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25-10-2026 02:30');
    expect(formatDateTime('2026-10-25T02:00:00Z')).toBe('25-10-2026 03:00');
  });

  it('uses a 24-hour clock with leading zeros', () => {
    expect(formatDateTime(new Date('2026-01-01T23:07:00Z'))).toBe('02-01-2026 00:07');
  });
});

describe('formatNumber', () => {
  it('groups thousands with a dot in Dutch and a comma in English', () => {
    expect(formatNumber(16623)).toBe('16.623');
    expect(formatNumber(16623, 'en')).toBe('16,623');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(342)).toBe('342');
  });

  it('uses a decimal comma in Dutch', () => {
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(1234567.891, 'nl', 2)).toBe('1.234.567,89');
  });
});

describe('formatPercent', () => {
  it('turns a fraction into a percentage with one decimal', () => {
    expect(formatPercent(0.333)).toBe('33,3%');
    expect(formatPercent(0.333, 'en')).toBe('33.3%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });
});

describe('formatMonth', () => {
  it('writes a month in words, lower case in Dutch', () => {
    expect(formatMonth('2015-03')).toBe('maart 2015');
    expect(formatMonth('2024-12', 'nl')).toBe('december 2024');
    expect(formatMonth('2015-03', 'en')).toBe('March 2015');
  });

  it('keeps January in its own year, whatever the time zone', () => {
    expect(formatMonth('2020-01')).toBe('januari 2020');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatMonth('2015-13')).toBe('2015-13');
    expect(formatMonth('maart')).toBe('maart');
  });
});
