import { useQuery } from '@tanstack/react-query';
import type { GemeentenOverzicht } from '../../../contracts/dashboard.js';
import { apiFetch } from '../../api.js';
import { useIndicatorTabel, useReeks } from '../indicatoren/queries.js';
import { useTopologie } from '../kaart/topologie.js';

/** A dashboard's trend: two years of monthly peildata. */
export const DASHBOARD_MONTHS = 24;

/** The published set's headline figures per municipality: public, the same for everyone. */
export function useGemeentenOverzicht(peildatum: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['dashboard', 'gemeenten', peildatum],
    queryFn: () =>
      apiFetch<GemeentenOverzicht>('/dashboard/gemeenten', {
        query: { peildatum: peildatum || undefined },
      }),
    staleTime: 5 * 60_000,
  });
}

/**
 * What a dashboard shows first, asked for at once by the page's small wrapper, before the
 * dashboard's own bundle has arrived: its table, its series, the boundaries and, nationally, the
 * municipalities' figures. The dashboard then reads the same queries from the cache.
 */
export function useDashboardRequests(scope: string, peildatum: string, national: boolean) {
  useIndicatorTabel(scope, peildatum);
  useReeks(scope, peildatum, DASHBOARD_MONTHS, true);
  useTopologie();
  useGemeentenOverzicht(peildatum, national);
}
