import { useMutation, useQuery } from '@tanstack/react-query';
import type { OpenbareWeergave } from '../contracts/instellingen.js';
import { apiFetch } from './api.js';
import { queryClient } from './queryClient.js';

const PATH = '/instellingen/openbare-weergave';
const KEY = ['instellingen', 'openbare-weergave'] as const;

/** Whether the figures are public: anyone may ask, so a visitor can be told why there are none. */
export function useOpenbareWeergave() {
  return useQuery({ queryKey: KEY, queryFn: () => apiFetch<OpenbareWeergave>(PATH) });
}

export function useSaveOpenbareWeergave() {
  return useMutation({
    mutationFn: (aan: boolean) =>
      apiFetch<OpenbareWeergave>(PATH, { method: 'PUT', body: { aan } }),
    onSuccess: (saved) => queryClient.setQueryData(KEY, saved),
  });
}
