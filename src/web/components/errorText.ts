import type { TFunction } from 'i18next';
import { ApiError } from '../problem.js';

/** The server's own Dutch explanation when there is one, otherwise ours. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.detail) return error.detail;
  }
  return t('errors.unknown');
}
