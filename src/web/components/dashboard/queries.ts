import { useQuery } from '@tanstack/react-query';
import type { GemeentenOverzicht } from '../../../contracts/dashboard.js';
import { apiFetch } from '../../api.js';

/** The published set's headline figures per municipality: public, the same for everyone. */
export function useGemeentenOverzicht(peildatum: string) {
  return useQuery({
    queryKey: ['dashboard', 'gemeenten', peildatum],
    queryFn: () =>
      apiFetch<GemeentenOverzicht>('/dashboard/gemeenten', {
        query: { peildatum: peildatum || undefined },
      }),
    staleTime: 5 * 60_000,
  });
}
