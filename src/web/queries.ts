import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditPagina } from '../contracts/audit.js';
import type { Gebruiker } from '../contracts/gebruikers.js';
import type { Gemeente, GemeentenPagina } from '../contracts/gemeenten.js';
import type { Gezondheid } from '../contracts/health.js';
import { apiFetch, type QueryParams } from './api.js';

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
