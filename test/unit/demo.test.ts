import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/domain/dates.js';
import { DEMO_CHILDREN, DEMO_PEILDATUM, generateDemo } from '../../src/domain/demo.js';
import { NOOD_TYPES } from '../../src/domain/import/locaties.js';
import { type EventType, locationOn, replayJourney } from '../../src/domain/journey.js';

const municipalities = readFileSync(
  path.resolve(import.meta.dirname, '../../data/gemeenten-2025.csv'),
  'utf8',
)
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(',')[0]!);

describe('the national demo data set', () => {
  const set = generateDemo({ seed: 1, scale: 1, municipalities });
  const byChild = new Map<string, Record<string, string>[]>();
  for (const row of set.events()) {
    const rows = byChild.get(row.kind_id!) ?? [];
    rows.push(row);
    byChild.set(row.kind_id!, rows);
  }

  it('reproduces the seed figures at the demo peildatum (I1 ± 2 %, NOOD shares ± 2 points)', () => {
    const types = new Map(set.locations.map((l) => [l.code!, l.type!]));
    let children = 0;
    let inNood = 0;
    let unaccompanied = 0;
    let unaccompaniedInNood = 0;
    for (const rows of byChild.values()) {
      const journey = replayJourney(
        rows.map((r, order) => ({
          type: r.gebeurtenis as EventType,
          date: r.datum!,
          location: r.locatie || null,
          order,
        })),
      );
      expect(journey.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const location = locationOn(journey.stays, DEMO_PEILDATUM);
      if (!location || ageOn(rows[0]!.geboortemaand!, DEMO_PEILDATUM) > 17) continue;
      children++;
      const nood = NOOD_TYPES.includes(types.get(location) as never);
      if (nood) inNood++;
      if (rows[0]!.amv === 'ja') {
        unaccompanied++;
        if (nood) unaccompaniedInNood++;
      }
    }
    expect(Math.abs(children - DEMO_CHILDREN) / DEMO_CHILDREN).toBeLessThan(0.02);
    expect(Math.abs(inNood / children - 1 / 3)).toBeLessThan(0.02);
    expect(Math.abs(unaccompaniedInNood / unaccompanied - 0.5)).toBeLessThan(0.02);
  });

  it('spreads locations of every type over every province, with few crisisnoodopvang', () => {
    const provinces = new Map(
      readFileSync(path.resolve(import.meta.dirname, '../../data/gemeenten-2025.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => [line.split(',')[0]!, line.split(',').at(-2)!]),
    );
    expect(new Set(set.locations.map((l) => provinces.get(l.gemeente!))).size).toBe(12);
    expect(new Set(set.locations.map((l) => l.type)).size).toBe(9);
    expect(set.locations.filter((l) => l.type === 'crisisnoodopvang').length).toBeLessThanOrEqual(
      5,
    );
    expect(set.locations.every((l) => l.naam!.includes('fictief'))).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const digest = (seed: number) => {
      const hash = createHash('sha256');
      let n = 0;
      for (const row of generateDemo({ seed, scale: 1, municipalities }).events()) {
        hash.update(JSON.stringify(row));
        if (++n === 5000) break;
      }
      return hash.digest('hex');
    };
    expect(digest(1)).toBe(digest(1));
    expect(digest(2)).not.toBe(digest(1));
  });

  it('has transfers from 0 up to 8 a year and some children turning 18 within 90 days', () => {
    let maxPerYear = 0;
    let none = 0;
    let turning18 = 0;
    for (const rows of byChild.values()) {
      const moves = rows.filter((r) => r.gebeurtenis === 'verhuizing');
      if (!moves.length) none++;
      const perYear = new Map<string, number>();
      for (const m of moves)
        perYear.set(m.datum!.slice(0, 4), (perYear.get(m.datum!.slice(0, 4)) ?? 0) + 1);
      maxPerYear = Math.max(maxPerYear, ...perYear.values());
      const age = ageOn(rows[0]!.geboortemaand!, DEMO_PEILDATUM);
      if (age === 17 && ageOn(rows[0]!.geboortemaand!, '2025-10-15') === 18) turning18++;
    }
    expect(none).toBeGreaterThan(0);
    expect(maxPerYear).toBeGreaterThanOrEqual(3);
    expect(maxPerYear).toBeLessThanOrEqual(9);
    expect(turning18).toBeGreaterThan(50);
  });
});
