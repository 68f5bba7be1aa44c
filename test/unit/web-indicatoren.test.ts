import { describe, expect, it } from 'vitest';
import {
  FRAME,
  niceAxis,
  niceMaximum,
  PLOT_HEIGHT,
  PLOT_WIDTH,
  segments,
  stepPath,
} from '../../src/web/components/indicatoren/chartScale.js';
import {
  formatCount,
  formatDays,
  formatFigure,
  formatMonthShort,
  formatShare,
} from '../../src/web/format.js';

describe('indicator figures as text', () => {
  it('writes counts the Dutch way, x for geheim and . for what cannot be computed', () => {
    expect(formatCount(16492)).toBe('16.492');
    expect(formatCount(16492, 'en')).toBe('16,492');
    expect(formatCount(0)).toBe('0');
    expect(formatCount('x')).toBe('x');
    expect(formatCount(null)).toBe('.');
  });

  it('writes shares as percentages with one decimal, always', () => {
    expect(formatShare(0.333)).toMatch(/^33,3\s?%$/);
    expect(formatShare(0.333, 'en')).toMatch(/^33\.3\s?%$/);
    expect(formatShare(0.27)).toMatch(/^27,0\s?%$/);
    expect(formatShare(1)).toMatch(/^100,0\s?%$/);
    expect(formatShare('x')).toBe('x');
    expect(formatShare(null)).toBe('.');
  });

  it('writes days with their unit, medians to half a day', () => {
    expect(formatDays(212.5)).toBe('212,5 dagen');
    expect(formatDays(1)).toBe('1 dag');
    expect(formatDays(14, 'en')).toBe('14 days');
  });

  it('passes the words of the Kaplan–Meier figures on for translation', () => {
    expect(formatFigure('niet bereikt', String)).toBe('niet bereikt');
    expect(formatFigure(undefined, String)).toBe('.');
  });

  it('writes the month of a peildatum short, for an axis', () => {
    expect(formatMonthShort('2024-07-17')).toBe('jul 2024');
    expect(formatMonthShort('2025-03-17')).toBe('mrt 2025');
    expect(formatMonthShort('2025-03-17', 'en')).toBe('Mar 2025');
    expect(formatMonthShort('geen datum')).toBe('geen datum');
  });
});

describe('chart scales', () => {
  it('rounds an axis maximum up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMaximum(16492)).toBe(20000);
    expect(niceMaximum(2003)).toBe(2500);
    expect(niceMaximum(0.333, true)).toBe(0.5);
    expect(niceMaximum(0.87, true)).toBe(1);
    expect(niceMaximum(0)).toBe(1);
  });

  it('puts ticks at round steps', () => {
    const shares = niceAxis(0.333, true);
    expect(shares.maximum).toBe(0.5);
    expect(shares.ticks.map((tick) => Math.round(tick * 100))).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceAxis(16492).ticks).toEqual([0, 5000, 10000, 15000, 20000]);
  });

  it('draws an exact curve from day 0 and a published one from its first published day', () => {
    const bottom = FRAME.top + PLOT_HEIGHT;
    const right = FRAME.left + PLOT_WIDTH;
    const exact = stepPath(
      {
        measure: 'oneMinusS',
        points: [
          { day: 0, value: 0.5 },
          { day: 365, value: 1 },
        ],
      },
      false,
    );
    expect(exact).toBe(
      `M${FRAME.left},${bottom}H${FRAME.left}V${FRAME.top + PLOT_HEIGHT / 2}H${right}V${FRAME.top}`,
    );
    const published = stepPath({ measure: 'S', points: [{ day: 365, value: 0 }] }, true);
    expect(published).toBe(`M${right},${bottom}`);
    expect(stepPath({ measure: 'S', points: [] }, true)).toBe('');
  });

  it('breaks a trend line where a figure is missing, instead of drawing a zero', () => {
    const runs = segments([{ value: 1 }, { value: null }, { value: 2 }, { value: 3 }]);
    expect(runs).toEqual([[{ value: 1 }], [{ value: 2 }, { value: 3 }]]);
  });
});
