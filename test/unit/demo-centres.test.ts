/**
 * Demo locations lie in their own municipality, so that a map pin shows them where they are
 * said to be; and giving points changes nothing else in the set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/domain/demo.js';
import { municipalityCentres } from '../../src/server/reference/centres.js';

const topology = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../data/gemeente-2025.topojson'), 'utf8'),
) as Topology<{ gemeente_2025: GeometryCollection<{ statcode: string }> }>;
const shapes = new Map(
  (
    feature(topology, topology.objects.gemeente_2025) as FeatureCollection<
      Geometry,
      { statcode: string }
    >
  ).features.map((f) => [f.properties.statcode, f]),
);
const municipalities = [...shapes.keys()].sort();

describe('demo locations on the map', () => {
  const centres = municipalityCentres();

  it('has a point inside every one of the 342 municipalities', () => {
    expect(centres.size).toBe(342);
    for (const [code, point] of centres) expect(geoContains(shapes.get(code)!, point)).toBe(true);
  });

  it('places every location within half a kilometre of its municipality’s point', () => {
    const set = generateDemo({ seed: 1, scale: 1, municipalities, centres });
    for (const row of set.locations) {
      const [lon, lat] = centres.get(row.gemeente!)!;
      expect(Math.abs(Number(row.lon) - lon)).toBeLessThanOrEqual(0.0041);
      expect(Math.abs(Number(row.lat) - lat)).toBeLessThanOrEqual(0.0026);
    }
  });

  it('changes nothing but the coordinates', () => {
    const strip = (rows: Record<string, string>[]) =>
      rows.map(({ lat: _lat, lon: _lon, ...rest }) => rest);
    const withPoints = generateDemo({ seed: 1, scale: 1, municipalities, centres });
    const without = generateDemo({ seed: 1, scale: 1, municipalities });
    expect(strip(withPoints.locations)).toEqual(strip(without.locations));
    expect([...withPoints.events()].slice(0, 500)).toEqual([...without.events()].slice(0, 500));
  });
});
