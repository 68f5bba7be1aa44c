/**
 * The shipped municipality boundaries as the file has them (TopoJSON; CBS via cartomap/nl,
 * CC BY 4.0). Fetching is apart from drawing, so that a page can ask for the file before the
 * map's own code (d3-geo, topojson-client) has arrived.
 */
import { useQuery } from '@tanstack/react-query';
import type { GeometryCollection, Topology } from 'topojson-specification';
import grenzenUrl from '../../../../data/gemeente-2025.topojson?url';

export type GemeenteTopologie = Topology<{
  gemeente_2025: GeometryCollection<{ statcode: string; statnaam: string }>;
}>;

async function load(): Promise<GemeenteTopologie> {
  const response = await fetch(grenzenUrl);
  if (!response.ok) throw new Error(`De kaart kon niet worden geladen (${response.status}).`);
  return (await response.json()) as GemeenteTopologie;
}

export function useTopologie() {
  return useQuery({ queryKey: ['kaart', 'gemeenten'], queryFn: load, staleTime: Infinity });
}
