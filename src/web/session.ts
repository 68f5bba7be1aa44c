import { useMutation, useQuery } from '@tanstack/react-query';
import type { Rol } from '../contracts/roles.js';
import type { Inloggen, Sessie, WachtwoordWijzigen } from '../contracts/sessie.js';
import { apiFetch, SESSIE_KEY } from './api.js';
import { ApiError } from './problem.js';
import { queryClient } from './queryClient.js';

/** Query keys whose data belongs to one account; they must not outlive its session. */
const PRIVATE_KEYS = [
  'audit',
  'gebruikers',
  'locaties',
  'locatie',
  'imports',
  'activiteiten',
  'kinderen',
  'kind',
  'signalen',
  'signaaldrempels',
  'gemeentekader',
  'toetsing',
];

/** The current session, or null when nobody is logged in (the server answers 401). */
async function fetchSessie(): Promise<Sessie | null> {
  try {
    return await apiFetch<Sessie>('/sessie');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSessie() {
  return useQuery({ queryKey: SESSIE_KEY, queryFn: fetchSessie, staleTime: 60_000 });
}

export function hasRole(sessie: Sessie | null | undefined, rol: Rol): boolean {
  return sessie?.gebruiker.rol === rol;
}

function forgetPrivateData(): void {
  queryClient.removeQueries({
    predicate: (query) => PRIVATE_KEYS.includes(String(query.queryKey[0])),
  });
}

export function useLogin() {
  return useMutation({
    mutationFn: (input: Inloggen) => apiFetch<Sessie>('/sessie', { method: 'POST', body: input }),
    onSuccess: (sessie) => {
      forgetPrivateData();
      queryClient.setQueryData(SESSIE_KEY, sessie);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => apiFetch<void>('/sessie', { method: 'DELETE' }),
    onSettled: () => {
      forgetPrivateData();
      queryClient.setQueryData(SESSIE_KEY, null);
      void queryClient.invalidateQueries({ queryKey: SESSIE_KEY });
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: WachtwoordWijzigen) =>
      apiFetch<void>('/account/wachtwoord', { method: 'PUT', body: input }),
    // The server may have renewed the session and its CSRF token.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIE_KEY }),
  });
}
