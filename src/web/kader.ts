/**
 * The kwaliteitskader in the web: the versions (public), a municipality's adoption, and
 * changing it. The shapes are the domain's (domain/framework), as the API sends them.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Adoption } from '../domain/framework/adoption.js';
import type { Framework, Text } from '../domain/framework/model.js';
import { API_BASE, apiFetch, csrfHeader, SESSIE_KEY } from './api.js';
import { ApiError, toApiError } from './problem.js';
import { queryClient } from './queryClient.js';

export interface KaderVersie {
  version: string;
  title: Text;
  description: Text;
  themes: number;
  norms: number;
}

/** GET /gemeenten/{code}/kader. */
export interface GemeenteKaderStand {
  gemeente: { code: string; naam: string };
  /** null: nothing adopted yet. */
  kader: Adoption | null;
  /** Counts the writes; a save names the one it builds on (0: nothing adopted yet). */
  revisie: number;
  gewijzigdOp: string | null;
  gewijzigdDoor: string | null;
}

const KADER_VERSIES_KEY = ['kader-versies'] as const;
/** A municipality's adoption belongs to what an account saw; it is forgotten at logout. */
export const GEMEENTEKADER_KEY = 'gemeentekader';

export function useKaderVersies() {
  return useQuery({
    queryKey: KADER_VERSIES_KEY,
    queryFn: () => apiFetch<{ items: KaderVersie[] }>('/kaders'),
    staleTime: 60 * 60_000,
  });
}

/** A version never changes once published: read once. */
export function useKader(version: string | undefined) {
  return useQuery({
    queryKey: ['kader', version],
    queryFn: () => apiFetch<Framework>(`/kaders/${encodeURIComponent(version!)}`),
    enabled: Boolean(version),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useGemeenteKader(code: string) {
  return useQuery({
    queryKey: [GEMEENTEKADER_KEY, code],
    queryFn: () => apiFetch<GemeenteKaderStand>(`/gemeenten/${encodeURIComponent(code)}/kader`),
    staleTime: 0,
  });
}

export const kaderYamlUrl = (code: string) =>
  `${API_BASE}/gemeenten/${encodeURIComponent(code)}/kader.yaml`;

/** Replaces the adoption; `revisie` is the one it builds on, so that no change is lost unseen. */
export function useSaveGemeenteKader(code: string) {
  return useMutation({
    mutationFn: ({ kader, revisie }: { kader: Adoption; revisie: number }) =>
      apiFetch<GemeenteKaderStand>(`/gemeenten/${encodeURIComponent(code)}/kader`, {
        method: 'PUT',
        body: { kader, revisie },
      }),
    onSuccess: (stand) => queryClient.setQueryData([GEMEENTEKADER_KEY, code], stand),
  });
}

/** Reads a YAML file in as the adoption; the server answers every problem with its line. */
export function useUploadGemeenteKader(code: string) {
  return useMutation({
    mutationFn: async (yaml: string): Promise<GemeenteKaderStand> => {
      let response: Response;
      try {
        response = await fetch(kaderYamlUrl(code), {
          method: 'PUT',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/yaml',
            ...csrfHeader('PUT'),
          },
          credentials: 'same-origin',
          body: yaml,
        });
      } catch {
        throw new ApiError(0, '', '');
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        if (response.status === 401) void queryClient.invalidateQueries({ queryKey: SESSIE_KEY });
        throw toApiError(response.status, body);
      }
      return body as GemeenteKaderStand;
    },
    onSuccess: (stand) => queryClient.setQueryData([GEMEENTEKADER_KEY, code], stand),
  });
}
