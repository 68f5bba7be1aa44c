/**
 * Activities as the web app writes them: the columns of the activities file (data-formats.md §4)
 * as fields. An activity is known by its location, name and start date; posting those again
 * with other values changes it, and filling in `tot` ends it.
 */
import type { Activiteit } from '../contracts/activiteiten.js';
import type { ActiviteitInvoer } from './queries.js';

/**
 * What the form page passes along to the location page after saving, for the activities
 * section to say so.
 */
export interface ActiviteitSavedState {
  activiteit?: { actie: 'nieuw' | 'gewijzigd'; naam: string };
}

export function activiteitSavedFrom(
  state: unknown,
): { actie: 'nieuw' | 'gewijzigd'; naam: string } | undefined {
  const saved = (state as ActiviteitSavedState | null)?.activiteit;
  if (!saved || typeof saved.naam !== 'string') return undefined;
  return saved.actie === 'nieuw' || saved.actie === 'gewijzigd' ? saved : undefined;
}

/** The fields of the form, in the order of the file. */
export const ACTIVITEIT_VELDEN = [
  'naam',
  'partner',
  'categorie',
  'leeftijd_van',
  'leeftijd_tot',
  'frequentie_per_week',
  'van',
  'tot',
  'bereik',
] as const;
export type ActiviteitVeld = (typeof ACTIVITEIT_VELDEN)[number];

/** One string per activity, for keys and lookups. */
export function activiteitKey(activiteit: Pick<Activiteit, 'locatie' | 'naam' | 'van'>): string {
  return JSON.stringify([activiteit.locatie, activiteit.naam, activiteit.van]);
}

/** Where an activity is changed: its identity goes in the query, names may hold any character. */
export function editPath(activiteit: Pick<Activiteit, 'locatie' | 'naam' | 'van'>): string {
  const query = new URLSearchParams({ naam: activiteit.naam, van: activiteit.van });
  return `/locaties/${encodeURIComponent(activiteit.locatie)}/activiteiten/wijzigen?${query}`;
}

const text = (value: string | number | null) => (value === null ? '' : String(value));

/** An activity as the form shows it: every value as the file would have it. */
export function veldenOf(activiteit: Activiteit): Record<ActiviteitVeld, string> {
  return {
    naam: activiteit.naam,
    partner: text(activiteit.partner),
    categorie: activiteit.categorie,
    leeftijd_van: text(activiteit.leeftijdVan),
    leeftijd_tot: text(activiteit.leeftijdTot),
    frequentie_per_week: text(activiteit.frequentiePerWeek),
    van: activiteit.van,
    tot: text(activiteit.tot),
    bereik: text(activiteit.bereik),
  };
}

/** What is posted: the location and every field, trimmed; a decimal comma becomes a point. */
export function invoerOf(
  locatie: string,
  velden: Record<ActiviteitVeld, string>,
): ActiviteitInvoer {
  const invoer: ActiviteitInvoer = { locatie };
  for (const veld of ACTIVITEIT_VELDEN) invoer[veld] = velden[veld].trim();
  invoer.frequentie_per_week = invoer.frequentie_per_week!.replace(',', '.');
  return invoer;
}
