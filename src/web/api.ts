import type { Sessie } from '../contracts/sessie.js';
import { ApiError, toApiError } from './problem.js';
import { queryClient } from './queryClient.js';

export const API_BASE = '/api/v1';
export const SESSIE_KEY = ['sessie'] as const;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | undefined | null>;

interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: QueryParams;
}

/** Empty filters are left out, so the server applies its own defaults. */
export function queryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The session's CSRF token as a header, for every request that changes something. */
export function csrfHeader(method: Method): Record<string, string> {
  if (method === 'GET') return {};
  const token = queryClient.getQueryData<Sessie | null>(SESSIE_KEY)?.csrfToken;
  return token ? { 'X-CSRF-Token': token } : {};
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeader(method) };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${queryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, '', '');
  }
  const body = await readBody(response);
  if (!response.ok) {
    // A session that ran out shows up as a 401 on any call: let the whole app see it is logged out.
    if (response.status === 401 && path !== '/sessie') {
      void queryClient.invalidateQueries({ queryKey: SESSIE_KEY });
    }
    throw toApiError(response.status, body);
  }
  return body as T;
}
