/** The activities format (data-formats.md §4). */
import { type Parsed, parseDate, parseDecimal, parseEnum, parseWholeNumber } from './fields.js';
import type { FieldIssue } from './locaties.js';

export const ACTIVITEIT_COLUMNS = {
  required: ['locatie', 'naam', 'categorie', 'frequentie_per_week', 'van'],
  optional: ['partner', 'leeftijd_van', 'leeftijd_tot', 'tot', 'bereik'],
} as const;

export const CATEGORIEEN = ['sport', 'kunst', 'spel', 'huiswerk', 'inspraak', 'overig'] as const;

export interface Activity {
  locatie: string;
  naam: string;
  partner: string | null;
  categorie: (typeof CATEGORIEEN)[number];
  leeftijdVan: number | null;
  leeftijdTot: number | null;
  frequentiePerWeek: number;
  van: string;
  tot: string | null;
  bereik: number | null;
}

export function parseActivityRow(
  cells: Readonly<Record<string, string>>,
  context: { commaDecimals: boolean; locationExists: (code: string) => boolean },
): { row: Activity | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const error = (column: string, message: string) =>
    issues.push({ column, message, severity: 'error' });
  const cell = (column: string) => cells[column] ?? '';
  const take = <T>(column: string, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    error(column, parsed.message);
    return null;
  };
  const required = (column: string) => {
    if (!cell(column)) error(column, 'is verplicht en is leeg');
    return cell(column) || null;
  };
  const optional = <T>(column: string, parse: (raw: string) => Parsed<T>) =>
    cell(column) ? take(column, parse(cell(column))) : null;

  const locatie = required('locatie');
  if (locatie && !context.locationExists(locatie))
    error('locatie', `'${locatie}' is geen bekende locatiecode`);
  const naam = required('naam');
  const categorieRaw = required('categorie');
  const categorie = categorieRaw ? take('categorie', parseEnum(categorieRaw, CATEGORIEEN)) : null;
  const frequentieRaw = required('frequentie_per_week');
  const frequentie = frequentieRaw
    ? take('frequentie_per_week', parseDecimal(frequentieRaw, context.commaDecimals))
    : null;
  if (frequentie !== null && frequentie <= 0)
    error('frequentie_per_week', 'moet groter dan 0 zijn');
  const vanRaw = required('van');
  const van = vanRaw ? take('van', parseDate(vanRaw)) : null;
  const tot = optional('tot', parseDate);
  if (van && tot && tot < van) error('tot', `${tot} ligt vóór van ${van}`);
  const leeftijdVan = optional('leeftijd_van', parseWholeNumber);
  const leeftijdTot = optional('leeftijd_tot', parseWholeNumber);
  if (leeftijdVan !== null && leeftijdTot !== null && leeftijdTot < leeftijdVan) {
    error('leeftijd_tot', `${leeftijdTot} is lager dan leeftijd_van ${leeftijdVan}`);
  }
  const bereik = optional('bereik', parseWholeNumber);
  if (issues.length || !locatie || !naam || !categorie || frequentie === null || !van)
    return { row: null, issues };
  return {
    row: {
      locatie,
      naam,
      partner: cell('partner') || null,
      categorie,
      leeftijdVan,
      leeftijdTot,
      frequentiePerWeek: frequentie,
      van,
      tot,
      bereik,
    },
    issues,
  };
}
