/** The downloads' pure parts: indicator rows, the demo note, and the installation default. */
import { describe, expect, it } from 'vitest';
import type { IndicatorTabel } from '../../src/contracts/indicatoren.js';
import { emptyRawTable, unsuppressedTable } from '../../src/domain/indicators/table.js';
import { configFromEnv } from '../../src/server/config.js';
import { markedAsDemo } from '../../src/server/exports.js';
import { indicatorRows } from '../../src/server/features/exporten/indicator-rows.js';
import { seriesTable } from '../../src/server/features/exporten/tables.js';

const exact = () =>
  unsuppressedTable(emptyRawTable('2025-07-17', { type: 'all', code: 'all' })) as IndicatorTabel;

function leafPaths(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('indicatorRows', () => {
  it('gives every figure of an exact table a row with its indicator and a Dutch description', () => {
    const { peildatum: _p, scope: _s, suppressed: _u, ...figures } = exact();
    const rows = indicatorRows(exact());
    expect(rows.map((row) => row[2])).toEqual(leafPaths(figures));
    for (const [indicator, label] of rows) {
      expect(indicator).toMatch(/^I([1-9]|10)$/);
      expect(label).toMatch(/^[A-Z]/);
    }
    expect(new Set(rows.map((row) => row[1])).size).toBe(rows.length);
    expect(rows.find((row) => row[2] === 'daysToHousing.km.oneMinusS183')?.[0]).toBe('I10');
  });

  it('keeps "x" and the words of the contract, and writes "not computable" as "."', () => {
    const table = exact();
    table.children.count = 'x';
    table.daysToSchool.km.median = 'niet bereikt';
    table.gzaRegistered.share = null;
    const value = (path: string) => indicatorRows(table).find((row) => row[2] === path)?.[3];
    expect(value('children.count')).toBe('x');
    expect(value('daysToSchool.km.median')).toBe('niet bereikt');
    expect(value('gzaRegistered.share')).toBe('.');
    expect(value('transfers12m.distribution.4+')).toBe(0);
  });

  it('refuses a figure it has no description for, rather than leave it out', () => {
    const table = exact() as IndicatorTabel & { gzaRegistered: Record<string, unknown> };
    table.gzaRegistered.nieuw = 1;
    expect(() => indicatorRows(table)).toThrow('geen omschrijving voor gzaRegistered.nieuw');
  });
});

describe('the tables', () => {
  it('follows the same five figures per month as the trend section', () => {
    const table = seriesTable([exact()]);
    expect(table.columns).toHaveLength(8);
    expect(table.rows[0]!.slice(0, 3)).toEqual(['2025-07-17', 'landelijk', 'nee']);
  });

  it('marks every row of demo data in a column of its own', () => {
    const marked = markedAsDemo({ title: 'T', columns: ['a'], rows: [[1], [2]] });
    expect(marked.columns).toEqual(['a', 'Let op']);
    expect(marked.rows).toEqual([
      [1, 'Demodata — fictief'],
      [2, 'Demodata — fictief'],
    ]);
  });
});

describe('KINDKADER_OPENBARE_WEERGAVE', () => {
  it('opens the public view by default and closes it with uit', () => {
    expect(configFromEnv({}).publicViewDefault).toBe(true);
    expect(configFromEnv({ KINDKADER_OPENBARE_WEERGAVE: 'aan' }).publicViewDefault).toBe(true);
    expect(configFromEnv({ KINDKADER_OPENBARE_WEERGAVE: 'uit' }).publicViewDefault).toBe(false);
    expect(() => configFromEnv({ KINDKADER_OPENBARE_WEERGAVE: 'off' })).toThrow(
      "KINDKADER_OPENBARE_WEERGAVE moet 'aan' of 'uit' zijn, niet 'off'",
    );
  });
});
