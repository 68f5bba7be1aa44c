/**
 * A point inside every municipality, from the shipped boundaries (data/gemeente-2025.topojson,
 * CBS via cartomap/nl, CC BY 4.0): the centroid where it lies inside, else the point of a grid
 * over the municipality that lies inside and nearest to it (a crescent's centroid lies outside).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const FILE = path.resolve(import.meta.dirname, '../../../data/gemeente-2025.topojson');
const GRID = 12;

export function municipalityCentres(): Map<string, [number, number]> {
  const topology = JSON.parse(readFileSync(FILE, 'utf8')) as Topology<{
    gemeente_2025: GeometryCollection<{ statcode: string }>;
  }>;
  const { features } = feature(topology, topology.objects.gemeente_2025) as FeatureCollection<
    Geometry,
    { statcode: string }
  >;
  return new Map(
    features.map((f) => {
      const centroid = geoCentroid(f);
      if (geoContains(f, centroid)) return [f.properties.statcode, centroid];
      const [[west, south], [east, north]] = geoBounds(f);
      let best: [number, number] = centroid;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let i = 0; i <= GRID; i++) {
        for (let j = 0; j <= GRID; j++) {
          const point: [number, number] = [
            west + ((east - west) * i) / GRID,
            south + ((north - south) * j) / GRID,
          ];
          const distance = (point[0] - centroid[0]) ** 2 + (point[1] - centroid[1]) ** 2;
          if (distance < bestDistance && geoContains(f, point)) {
            best = point;
            bestDistance = distance;
          }
        }
      }
      return [f.properties.statcode, best];
    }),
  );
}
