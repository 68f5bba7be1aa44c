/**
 * The peildatum and the months of the trend, kept in the address: small, so that a page's
 * wrapper can start its requests before its own bundle has arrived.
 */
import { useSearchParams } from 'react-router';

export const MONTH_CHOICES = [3, 6, 12, 18, 24] as const;
export const DEFAULT_MONTHS = 12;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The peildatum and the months of the trend live in the address: a view can be shared. */
export function useIndicatorParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('peildatum') ?? '';
  const peildatum = DATE.test(raw) ? raw : '';
  const months = Number(params.get('maanden'));
  const maanden = (MONTH_CHOICES as readonly number[]).includes(months) ? months : DEFAULT_MONTHS;
  function update(next: { peildatum?: string; maanden?: number }) {
    const search = new URLSearchParams(params);
    if (next.peildatum !== undefined) {
      if (next.peildatum) search.set('peildatum', next.peildatum);
      else search.delete('peildatum');
    }
    if (next.maanden !== undefined) {
      if (next.maanden === DEFAULT_MONTHS) search.delete('maanden');
      else search.set('maanden', String(next.maanden));
    }
    setParams(search, { preventScrollReset: true });
  }
  return { peildatum, maanden, update };
}
