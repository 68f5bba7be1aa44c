/** Facilities for the distance norms (data-formats.md §3): the generic CSV and DUO school files. */
import { parseDecimal, parseEnum } from './fields.js';
import type { FieldIssue } from './locaties.js';

export const CATEGORIES = [
  'basisschool',
  'vo_isk',
  'huisarts_gza',
  'jgz',
  'supermarkt',
  'ov_halte',
  'sport',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const GENERIC_COLUMNS = {
  required: ['categorie', 'naam', 'lat', 'lon'],
  optional: ['bron'],
} as const;

/** DUO's column names differ between vintages: each field lists the names it goes by. */
const DUO_FIELDS = {
  brin: ['brin nummer', 'instellingscode', 'brinnummer'],
  vestiging: ['vestigingsnummer', 'vestigingscode'],
  naam: ['vestigingsnaam', 'naam vestiging'],
  straat: ['straatnaam'],
  huisnummer: ['huisnummer-toevoeging', 'huisnummer'],
  postcode: ['postcode'],
  plaats: ['plaatsnaam'],
  gemeente: ['gemeentenummer', 'gemeentenaam'],
  lat: ['lat', 'latitude', 'breedtegraad'],
  lon: ['lon', 'longitude', 'lengtegraad'],
} as const;

export const DUO_COLUMNS = {
  required: [] as string[],
  optional: Object.values(DUO_FIELDS).flat(),
};

export interface Facility {
  sleutel: string;
  categorie: Category;
  naam: string;
  lat: number;
  lon: number;
  bron: string | null;
}

const NL = { lat: [50.7, 53.7], lon: [3.2, 7.3] } as const;
const inNl = (lat: number, lon: number) =>
  lat >= NL.lat[0] && lat <= NL.lat[1] && lon >= NL.lon[0] && lon <= NL.lon[1];

export function parseGenericFacility(
  cells: Readonly<Record<string, string>>,
  commaDecimals: boolean,
) {
  const issues: FieldIssue[] = [];
  const error = (column: string, message: string) =>
    issues.push({ column, message, severity: 'error' });
  const categorie = parseEnum(cells.categorie ?? '', CATEGORIES);
  if (!categorie.ok)
    error('categorie', cells.categorie ? categorie.message : 'is verplicht en is leeg');
  const naam = cells.naam ?? '';
  if (!naam) error('naam', 'is verplicht en is leeg');
  const lat = parseDecimal(cells.lat ?? '', commaDecimals);
  const lon = parseDecimal(cells.lon ?? '', commaDecimals);
  if (!lat.ok) error('lat', lat.message);
  if (!lon.ok) error('lon', lon.message);
  if (lat.ok && lon.ok && !inNl(lat.value, lon.value))
    error('lat', `${lat.value}, ${lon.value} ligt niet in Nederland`);
  if (issues.length || !categorie.ok || !lat.ok || !lon.ok) return { facility: null, issues };
  const facility: Facility = {
    sleutel: `${categorie.value}|${naam}|${lat.value}|${lon.value}`,
    categorie: categorie.value,
    naam,
    lat: lat.value,
    lon: lon.value,
    bron: cells.bron || null,
  };
  return { facility, issues };
}

/** Which DUO field each of the file's columns feeds, or an error naming what is missing. */
export function mapDuoColumns(columns: readonly string[]): {
  map: Partial<Record<keyof typeof DUO_FIELDS, string>>;
  missing: string[];
} {
  const map: Partial<Record<keyof typeof DUO_FIELDS, string>> = {};
  for (const [field, names] of Object.entries(DUO_FIELDS) as [
    keyof typeof DUO_FIELDS,
    readonly string[],
  ][]) {
    const found = names.find((name) => columns.includes(name));
    if (found) map[field] = found;
  }
  const missing = (['naam', 'postcode'] as const)
    .filter((f) => !map[f])
    .map((f) => DUO_FIELDS[f][0]);
  return { map, missing };
}

export const normalisePostcode = (raw: string) => raw.replace(/\s+/g, '').toUpperCase();

/**
 * A DUO row placed by its own coordinates or by its postcode; `null` with a reason when it cannot
 * be placed (reported, never dropped silently).
 */
export function placeDuoRow(
  cells: Readonly<Record<string, string>>,
  map: ReturnType<typeof mapDuoColumns>['map'],
  categorie: Category,
  postcodes: ReadonlyMap<string, [number, number]>,
  commaDecimals: boolean,
): { facility: Facility | null; reason: string | null } {
  const get = (field: keyof typeof DUO_FIELDS) => (map[field] ? (cells[map[field]!] ?? '') : '');
  const naam = get('naam');
  if (!naam) return { facility: null, reason: 'de vestigingsnaam ontbreekt' };
  const id = `${get('brin')}${get('vestiging')}` || naam;
  let position: [number, number] | undefined;
  const lat = parseDecimal(get('lat'), commaDecimals);
  const lon = parseDecimal(get('lon'), commaDecimals);
  if (lat.ok && lon.ok && inNl(lat.value, lon.value)) position = [lat.value, lon.value];
  const postcode = normalisePostcode(get('postcode'));
  position ??= postcodes.get(postcode);
  if (!position) {
    return {
      facility: null,
      reason: postcode
        ? `kan niet worden geplaatst: postcode ${postcode} staat niet in de postcodetabel`
        : 'kan niet worden geplaatst: geen coördinaten en geen postcode',
    };
  }
  return {
    facility: {
      sleutel: `duo:${categorie}:${id}`,
      categorie,
      naam,
      lat: position[0],
      lon: position[1],
      bron: 'DUO',
    },
    reason: null,
  };
}
