import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Activiteit } from '../contracts/activiteiten.js';
import type { AuditPagina } from '../contracts/audit.js';
import type { Gebruiker } from '../contracts/gebruikers.js';
import type { Gemeente, GemeentenPagina } from '../contracts/gemeenten.js';
import type { Gezondheid } from '../contracts/health.js';
import type { Batch } from '../contracts/imports.js';
import type { Kind, KindGevonden, KindLijst } from '../contracts/kinderen.js';
import type { Locatie } from '../contracts/locaties.js';
import type {
  SignaalDrempels,
  SignaalDrempelsVanLocatie,
  Signalenlijst,
} from '../contracts/signalen.js';
import { apiFetch, type QueryParams } from './api.js';
import { queryClient } from './queryClient.js';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => apiFetch<Gezondheid>('/health'),
    staleTime: 5 * 60_000,
  });
}

export function useGemeenten(zoek: string) {
  return useQuery({
    queryKey: ['gemeenten', zoek],
    queryFn: () => apiFetch<GemeentenPagina>('/gemeenten', { query: { zoek } }),
    // Keep the table on screen while the next search is on its way, instead of flashing empty.
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}

export function useGemeente(code: string) {
  return useQuery({
    queryKey: ['gemeente', code],
    queryFn: () => apiFetch<Gemeente>(`/gemeenten/${encodeURIComponent(code)}`),
    staleTime: 10 * 60_000,
  });
}

export interface AuditFilters extends QueryParams {
  actie?: string;
  actor?: string;
  uitkomst?: string;
  van?: string;
  tot?: string;
  pagina?: number;
  paginaGrootte?: number;
}

export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: () => apiFetch<AuditPagina>('/audit', { query: filters }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useGebruikers() {
  return useQuery({
    queryKey: ['gebruikers'],
    queryFn: () => apiFetch<{ items: Gebruiker[] }>('/gebruikers'),
  });
}

export const LOCATIES_KEY = ['locaties'] as const;
export const LOCATIE_KEY = 'locatie';
export const IMPORTS_KEY = ['imports'] as const;
export const ACTIVITEITEN_KEY = ['activiteiten'] as const;
export const KINDEREN_KEY = ['kinderen'] as const;
export const KIND_KEY = 'kind';
export const SIGNALEN_KEY = ['signalen'] as const;
export const SIGNAALDREMPELS_KEY = 'signaaldrempels';

/** `enabled` false: not asked at all (an anonymous visitor may not read locations). */
export function useLocaties(enabled = true) {
  return useQuery({
    queryKey: LOCATIES_KEY,
    queryFn: () => apiFetch<{ items: Locatie[] }>('/locaties'),
    staleTime: 0,
    enabled,
  });
}

export function useLocatie(code: string) {
  return useQuery({
    queryKey: [LOCATIE_KEY, code],
    queryFn: () => apiFetch<Locatie>(`/locaties/${encodeURIComponent(code)}`),
    staleTime: 0,
  });
}

/** The columns of the locations file as fields; every value as the file would have it. */
export type LocatieInvoer = Record<string, string>;

/**
 * After a write (or a rollback), what was read about locations, activities, children and batches
 * may be out of date. Children are removed rather than refetched: every read of them is logged,
 * so they are read again only when a page asks for them.
 */
export function forgetLocationData(): Promise<void> {
  queryClient.removeQueries({ queryKey: KINDEREN_KEY });
  queryClient.removeQueries({ queryKey: [KIND_KEY] });
  queryClient.removeQueries({ queryKey: SIGNALEN_KEY });
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: LOCATIES_KEY }),
    queryClient.invalidateQueries({ queryKey: [LOCATIE_KEY] }),
    queryClient.invalidateQueries({ queryKey: IMPORTS_KEY }),
    queryClient.invalidateQueries({ queryKey: ACTIVITEITEN_KEY }),
    // The published national and municipal figures (a location's own are under LOCATIE_KEY).
    queryClient.invalidateQueries({ queryKey: ['indicatoren'] }),
    // Outcomes against the framework rest on all of the above.
    queryClient.invalidateQueries({ queryKey: ['toetsing'] }),
  ]).then(() => undefined);
}

export function useSaveLocatie() {
  return useMutation({
    mutationFn: (invoer: LocatieInvoer) =>
      apiFetch<Locatie>('/locaties', { method: 'POST', body: invoer }),
    onSuccess: async (locatie) => {
      await forgetLocationData();
      queryClient.setQueryData([LOCATIE_KEY, locatie.code], locatie);
    },
  });
}

export function useImportBatches() {
  return useQuery({
    queryKey: IMPORTS_KEY,
    queryFn: () => apiFetch<{ items: Batch[] }>('/import-batches'),
    staleTime: 0,
  });
}

export function useRollbackBatch() {
  return useMutation({
    mutationFn: (id: number) => apiFetch<Batch>(`/import-batches/${id}`, { method: 'DELETE' }),
    onSuccess: () => forgetLocationData(),
  });
}

export function useActiviteiten() {
  return useQuery({
    queryKey: ACTIVITEITEN_KEY,
    queryFn: () => apiFetch<{ items: Activiteit[] }>('/activiteiten'),
    staleTime: 0,
  });
}

/** The columns of the activities file as fields; every value as the file would have it. */
export type ActiviteitInvoer = Record<string, string>;

/** Adds, changes or ends (with `tot`) an activity; 201 for a new one, 200 for a change. */
export function useSaveActiviteit() {
  return useMutation({
    mutationFn: (invoer: ActiviteitInvoer) =>
      apiFetch<{ opgeslagen: true }>('/activiteiten', { method: 'POST', body: invoer }),
    onSuccess: () => forgetLocationData(),
  });
}

export type KindSamenvatting = z.infer<typeof KindLijst>['items'][number];
export type { Kind };

/**
 * Children: every read is written to the audit log, so they are read once per visit to a page,
 * never again in the background, and not kept once the page is left.
 */
const CHILD_QUERY = { staleTime: Number.POSITIVE_INFINITY, gcTime: 0 } as const;

export function useKinderen() {
  return useQuery({
    queryKey: KINDEREN_KEY,
    queryFn: () => apiFetch<z.infer<typeof KindLijst>>('/kinderen'),
    ...CHILD_QUERY,
  });
}

/** `enabled: false` for what cannot be a pseudonym: asking would only log a refusal. */
export function useKind(pseudoniem: string, enabled = true) {
  return useQuery({
    queryKey: [KIND_KEY, pseudoniem],
    queryFn: () => apiFetch<Kind>(`/kinderen/${encodeURIComponent(pseudoniem)}`),
    enabled,
    ...CHILD_QUERY,
  });
}

/** Looks a child up by the source system's id; the server hashes it and does not keep it. */
export function useZoekKind() {
  return useMutation({
    mutationFn: (bronId: string) =>
      apiFetch<z.infer<typeof KindGevonden>>('/kinderen/zoeken', {
        method: 'POST',
        body: { bronId },
      }),
  });
}

/** The signal list of the own locations: audited like every read of children. */
export function useSignalen() {
  return useQuery({
    queryKey: SIGNALEN_KEY,
    queryFn: () => apiFetch<Signalenlijst>('/signalen'),
    ...CHILD_QUERY,
  });
}

const drempelsPath = (code: string) => `/locaties/${encodeURIComponent(code)}/signaaldrempels`;

export function useSignaalDrempels(code: string) {
  return useQuery({
    queryKey: [SIGNAALDREMPELS_KEY, code],
    queryFn: () => apiFetch<SignaalDrempelsVanLocatie>(drempelsPath(code)),
    staleTime: 0,
  });
}

/** Saves a location's thresholds; the list is read again, as they decide who is on it. */
export function useSaveSignaalDrempels(code: string) {
  return useMutation({
    mutationFn: (drempels: SignaalDrempels) =>
      apiFetch<SignaalDrempelsVanLocatie>(drempelsPath(code), {
        method: 'PUT',
        body: drempels,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData([SIGNAALDREMPELS_KEY, code], saved);
      return queryClient.invalidateQueries({ queryKey: SIGNALEN_KEY });
    },
  });
}
