import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  ActieStatus,
  BeoordelingDto,
  BeoordelingSamenvattingDto,
  Uitkomst,
} from '../../../contracts/beoordelingen.js';
import { API_BASE, apiFetch, csrfHeader, queryString } from '../../api.js';
import { toApiError } from '../../problem.js';
import { queryClient } from '../../queryClient.js';

const LIST_KEY = 'beoordelingen';
const ONE_KEY = 'beoordeling';

/** The server refuses larger files (413); checking first saves sending them for nothing. */
export const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024;

export function useBeoordelingen(code: string) {
  return useQuery({
    queryKey: [LIST_KEY, code],
    queryFn: () =>
      apiFetch<{ items: BeoordelingSamenvattingDto[] }>(
        `/locaties/${encodeURIComponent(code)}/beoordelingen`,
      ),
    staleTime: 0,
  });
}

export function useBeoordeling(id: number) {
  return useQuery({
    queryKey: [ONE_KEY, id],
    queryFn: () => apiFetch<BeoordelingDto>(`/beoordelingen/${id}`),
    staleTime: 0,
  });
}

/** Every write answers with the whole assessment: show it at once, and refresh the history. */
function saved(beoordeling: BeoordelingDto) {
  queryClient.setQueryData([ONE_KEY, beoordeling.id], beoordeling);
  void queryClient.invalidateQueries({ queryKey: [LIST_KEY, beoordeling.locatie.code] });
}

export function useCreateBeoordeling(code: string) {
  return useMutation({
    mutationFn: (periode: { van: string; tot: string }) =>
      apiFetch<BeoordelingDto>(`/locaties/${encodeURIComponent(code)}/beoordelingen`, {
        method: 'POST',
        body: periode,
      }),
    onSuccess: saved,
  });
}

export function useScoreNorm(id: number) {
  return useMutation({
    mutationFn: (oordeel: {
      norm: string;
      uitkomst: Uitkomst;
      onderbouwing: string;
      revisie: number;
    }) => {
      const { norm, ...body } = oordeel;
      return apiFetch<BeoordelingDto>(`/beoordelingen/${id}/normen/${encodeURIComponent(norm)}`, {
        method: 'PUT',
        body,
      });
    },
    onSuccess: saved,
  });
}

export interface ActieInvoer {
  norm: string | null;
  omschrijving: string;
  eigenaar: string;
  deadline: string;
  status: ActieStatus;
}

export function useSaveActie(id: number) {
  return useMutation({
    mutationFn: ({
      actieId,
      invoer,
      revisie,
    }: {
      actieId: number | null;
      invoer: ActieInvoer;
      revisie: number;
    }) => {
      if (actieId === null) {
        return apiFetch<BeoordelingDto>(`/beoordelingen/${id}/acties`, {
          method: 'POST',
          body: { ...invoer, revisie },
        });
      }
      const { norm: _, ...wijziging } = invoer;
      return apiFetch<BeoordelingDto>(`/beoordelingen/${id}/acties/${actieId}`, {
        method: 'PATCH',
        body: { ...wijziging, revisie },
      });
    },
    onSuccess: saved,
  });
}

export function useVaststellen(id: number) {
  return useMutation({
    mutationFn: (revisie: number) =>
      apiFetch<BeoordelingDto>(`/beoordelingen/${id}/vaststellen`, {
        method: 'POST',
        body: { revisie },
      }),
    onSuccess: saved,
  });
}

const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Sends the file as the raw body; the server decides by its content what it is. */
export function useUploadBijlage(id: number) {
  return useMutation({
    mutationFn: async ({ norm, file, revisie }: { norm: string; file: File; revisie: number }) => {
      const url = `${API_BASE}/beoordelingen/${id}/bijlagen${queryString({
        norm,
        bestandsnaam: file.name,
        revisie,
      })}`;
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          'Content-Type': TYPES.includes(file.type) ? file.type : 'application/octet-stream',
          ...csrfHeader('POST'),
        },
        body: file,
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw toApiError(response.status, body);
      return body as BeoordelingDto;
    },
    onSuccess: saved,
  });
}

export const bijlageUrl = (id: number, bijlageId: number) =>
  `${API_BASE}/beoordelingen/${id}/bijlagen/${bijlageId}`;
