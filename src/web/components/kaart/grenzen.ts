/**
 * The municipality boundaries shipped in `data/` (CBS via cartomap/nl, CC BY 4.0), loaded once
 * and only by the pages that draw a map: the file and d3-geo stay out of the first bundle.
 */
import { useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import grenzenUrl from '../../../../data/gemeente-2025.topojson?url';

export interface GemeenteProps {
  statcode: string;
  statnaam: string;
}

export type GemeenteFeature = Feature<Geometry, GemeenteProps>;

async function load(): Promise<GemeenteFeature[]> {
  const response = await fetch(grenzenUrl);
  if (!response.ok) throw new Error(`De kaart kon niet worden geladen (${response.status}).`);
  const topology = (await response.json()) as Topology<{
    gemeente_2025: GeometryCollection<GemeenteProps>;
  }>;
  const collection = feature(topology, topology.objects.gemeente_2025) as FeatureCollection<
    Geometry,
    GemeenteProps
  >;
  return collection.features;
}

export function useGemeenteGrenzen() {
  return useQuery({ queryKey: ['kaart', 'gemeenten'], queryFn: load, staleTime: Infinity });
}
