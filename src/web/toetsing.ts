/**
 * The evaluation against the kwaliteitskader in the web: a municipality's matrix, a location's
 * scorecard, the locatietoets. The shapes are the API's (server/features/toetsing/schema.ts);
 * norms and outcomes use the domain's types.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Outcome } from '../domain/framework/evaluate.js';
import type { Norm, Text } from '../domain/framework/model.js';
import { API_BASE, apiFetch, queryString } from './api.js';

/** Worst first: the order in which a reader wants to see outcomes. */
export const OUTCOME_ORDER = [
  'voldoet_niet',
  'voldoet_deels',
  'onbekend',
  'voldoet',
  'nvt',
] as const satisfies readonly Outcome[];

export interface Uitkomst {
  norm: string;
  uitkomst: Outcome;
  toelichting: Text;
  verandering: Text | null;
}

export interface ToetsLocatie {
  code: string;
  naam: string;
  gemeenteCode: string;
  gemeenteNaam: string;
  type: string;
  subtype: string | null;
  status: 'voorgesteld' | 'open' | 'gesloten';
  capaciteit: number;
  openSinds: string | null;
  openTot: string | null;
  adres: string | null;
  postcode: string | null;
  plaats: string | null;
}

export interface LocatieUitkomsten {
  locatie: ToetsLocatie;
  /** The sentences quote the location's figures (its own staff only). */
  cijfers: boolean;
  uitkomsten: Uitkomst[];
  telling: Record<Outcome, number>;
}

export interface ToetsKader {
  versie: string;
  aangenomen: boolean;
  themas: { id: string; title: Text }[];
  normen: { thema: string; herkomst: 'baseline' | 'tightened' | 'local'; norm: Norm }[];
}

export interface Locatietoetsing extends LocatieUitkomsten {
  peildatum: string;
  kader: ToetsKader;
}

export interface Gemeentetoetsing {
  peildatum: string;
  gemeente: { code: string; naam: string };
  kader: ToetsKader;
  gemeentenormen: Uitkomst[];
  locaties: LocatieUitkomsten[];
}

/** Outcomes belong to what an account saw: kept briefly, forgotten at logout with the rest. */
export function useLocatieToetsing(code: string, peildatum: string) {
  return useQuery({
    queryKey: ['toetsing', 'locatie', code, peildatum],
    queryFn: () =>
      apiFetch<Locatietoetsing>(`/locaties/${encodeURIComponent(code)}/toetsing`, {
        query: { peildatum: peildatum || undefined },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useGemeenteToetsing(code: string, peildatum: string) {
  return useQuery({
    queryKey: ['toetsing', 'gemeente', code, peildatum],
    queryFn: () =>
      apiFetch<Gemeentetoetsing>(`/gemeenten/${encodeURIComponent(code)}/toetsing`, {
        query: { peildatum: peildatum || undefined },
      }),
    placeholderData: keepPreviousData,
  });
}

export const toetsPdfUrl = (code: string, peildatum: string) =>
  `${API_BASE}/locaties/${encodeURIComponent(code)}/toets.pdf${queryString({ peildatum: peildatum || undefined })}`;
