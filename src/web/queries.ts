import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditPagina } from '../contracts/audit.js';
import type { Gebruiker } from '../contracts/gebruikers.js';
import type { Gemeente, GemeentenPagina } from '../contracts/gemeenten.js';
import type { Gezondheid } from '../contracts/health.js';
import type { Batch } from '../contracts/imports.js';
import type { Locatie } from '../contracts/locaties.js';
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

export function useLocaties() {
  return useQuery({
    queryKey: LOCATIES_KEY,
    queryFn: () => apiFetch<{ items: Locatie[] }>('/locaties'),
    staleTime: 0,
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

/** After a write, what was read about locations and batches may be out of date. */
export function forgetLocationData(): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: LOCATIES_KEY }),
    queryClient.invalidateQueries({ queryKey: [LOCATIE_KEY] }),
    queryClient.invalidateQueries({ queryKey: IMPORTS_KEY }),
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
    queryFn: () => apiFetch<{ items: Batch[] }>('/imports'),
    staleTime: 0,
  });
}

export function useRollbackBatch() {
  return useMutation({
    mutationFn: (id: number) => apiFetch<Batch>(`/imports/${id}`, { method: 'DELETE' }),
    onSuccess: () => forgetLocationData(),
  });
}
