import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Curven, IndicatorTabel, Reeks } from '../../../contracts/indicatoren.js';
import { apiFetch } from '../../api.js';
import { LOCATIE_KEY } from '../../queries.js';

export type Tabel = IndicatorTabel;
export type CurvenAntwoord = z.infer<typeof Curven>;
export type ReeksAntwoord = z.infer<typeof Reeks>;
export type KmCurve = CurvenAntwoord['curves']['daysInNood'];

export const NATIONAL = 'all';

export type ScopeKind = 'all' | 'gemeente' | 'locatie';

/** `all`, a CBS code (`GM0014`, any case) or else a location code: as the API reads `scope`. */
export function scopeKind(scope: string): ScopeKind {
  if (scope === NATIONAL) return 'all';
  return /^GM\d{4}$/i.test(scope) ? 'gemeente' : 'locatie';
}

/**
 * National and municipal tables are public (the published set, the same for everyone). A
 * location's table is exact and for its own staff only: its key starts with the location key,
 * so that it is forgotten at logout with the rest of the account's data and refreshed after an
 * import changes that location's data.
 */
function key(scope: string, what: string, ...rest: (string | number)[]) {
  return scopeKind(scope) === 'locatie'
    ? [LOCATIE_KEY, scope, 'indicatoren', what, ...rest]
    : ['indicatoren', what, scope.toUpperCase(), ...rest];
}

/** The first request for a peildatum is computed on the server (seconds); later ones are cached. */
const INDICATOR_QUERY = { staleTime: 5 * 60_000 } as const;

/** `peildatum` empty: the server's default (today, or the demo set's peildatum in demo mode). */
export function useIndicatorTabel(scope: string, peildatum: string) {
  return useQuery({
    queryKey: key(scope, 'tabel', peildatum),
    queryFn: () =>
      apiFetch<Tabel>('/indicatoren', { query: { scope, peildatum: peildatum || undefined } }),
    ...INDICATOR_QUERY,
  });
}

/**
 * Asked only once the table has come: the same permission applies, and the server then has the
 * peildatum computed already.
 */
export function useKmCurven(scope: string, peildatum: string, enabled: boolean) {
  return useQuery({
    queryKey: key(scope, 'curven', peildatum),
    queryFn: () =>
      apiFetch<CurvenAntwoord>('/indicatoren/curven', {
        query: { scope, peildatum: peildatum || undefined },
      }),
    enabled,
    ...INDICATOR_QUERY,
  });
}

export function useReeks(scope: string, peildatum: string, maanden: number, enabled: boolean) {
  return useQuery({
    queryKey: key(scope, 'reeks', peildatum, maanden),
    queryFn: () =>
      apiFetch<ReeksAntwoord>('/indicatoren/reeks', {
        query: { scope, peildatum: peildatum || undefined, maanden },
      }),
    enabled,
    ...INDICATOR_QUERY,
  });
}
