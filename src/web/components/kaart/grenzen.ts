/** The municipality boundaries as features to draw, converted once per loaded file. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import { useTopologie } from './topologie.js';

export interface GemeenteProps {
  statcode: string;
  statnaam: string;
}

export type GemeenteFeature = Feature<Geometry, GemeenteProps>;

export function useGemeenteGrenzen() {
  const topologie = useTopologie();
  const features = useMemo(
    () =>
      topologie.data
        ? (
            feature(topologie.data, topologie.data.objects.gemeente_2025) as FeatureCollection<
              Geometry,
              GemeenteProps
            >
          ).features
        : undefined,
    [topologie.data],
  );
  return { ...topologie, data: features };
}
