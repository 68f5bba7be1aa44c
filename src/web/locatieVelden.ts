/**
 * The values of the locations file (data-formats.md §2) as the web app offers them in forms and
 * shows them on pages. They mirror the server's rules; the server stays the judge of a value.
 */
import type { ImportSoort } from '../contracts/imports.js';
import type { Rol } from '../contracts/roles.js';

export const LOCATIE_TYPES = [
  'azc',
  'col',
  'pol',
  'kwv',
  'gezinslocatie',
  'kleinschalig',
  'noodopvang',
  'tgo',
  'crisisnoodopvang',
] as const;
export type LocatieType = (typeof LOCATIE_TYPES)[number];

export const SUBTYPES = [
  'sporthal',
  'evenementenhal',
  'hotel',
  'schip',
  'paviljoen',
  'kantoor',
  'overig',
] as const;
export type Subtype = (typeof SUBTYPES)[number];

export const STATUSES = ['voorgesteld', 'open', 'gesloten'] as const;
export type Status = (typeof STATUSES)[number];

export const BEHEERDERS = ['coa', 'gemeente', 'overig'] as const;
export type Beheerder = (typeof BEHEERDERS)[number];

/** Yes/no facts about a location; missing or null means not known, never "no". */
export const FEITEN = [
  'aparte_slaapruimte_kinderen',
  'zelf_koken',
  'afsluitbare_woonruimte_gezinnen',
  'gescheiden_sanitair',
  'terugtrekplek_kinderen',
  'speelvoorziening',
  'contactpersoon_kind',
  'kinderraad',
  'school_buiten_locatie',
] as const;
export type Feit = (typeof FEITEN)[number];

/** What a fact is in the file and the form: `ja`, `nee` or empty for not known. */
export const FEIT_WAARDEN = ['ja', 'nee', ''] as const;
export type FeitWaarde = (typeof FEIT_WAARDEN)[number];

/** The kinds of import the server reads, in the order the import page offers them. */
export const AVAILABLE_IMPORTS = [
  'locaties',
  'activiteiten',
  'gebeurtenissen',
  'voorzieningen',
] as const satisfies readonly ImportSoort[];

/** Who may import what; the server refuses the rest with a 403. */
const IMPORTERS: Record<ImportSoort, readonly Rol[]> = {
  locaties: ['gemeente', 'locatie'],
  activiteiten: ['gemeente', 'locatie'],
  // Child-journey events: only the staff of the locations themselves.
  gebeurtenissen: ['locatie'],
  // Facilities are public reference data: the operator and municipalities load them.
  voorzieningen: ['beheerder', 'gemeente'],
};

/** The columns of each kind of file (data-formats.md), for the help on the import page. */
export const IMPORT_COLUMNS: Record<
  ImportSoort,
  { required: readonly string[]; optional: readonly string[] }
> = {
  locaties: {
    required: ['code', 'naam', 'gemeente', 'type', 'capaciteit'],
    optional: [
      'geldig_vanaf',
      'subtype',
      'status',
      'open_sinds',
      'open_tot',
      'beheerder',
      'adres',
      'postcode',
      'plaats',
      'lat',
      'lon',
      ...FEITEN,
    ],
  },
  activiteiten: {
    required: ['locatie', 'naam', 'categorie', 'frequentie_per_week', 'van'],
    optional: ['partner', 'leeftijd_van', 'leeftijd_tot', 'tot', 'bereik'],
  },
  gebeurtenissen: {
    required: ['kind_id', 'geboortemaand', 'amv', 'gebeurtenis', 'datum'],
    optional: ['gezin_id', 'locatie', 'soort'],
  },
  voorzieningen: {
    required: ['categorie', 'naam', 'lat', 'lon'],
    optional: ['bron'],
  },
};

/** The kinds of file the role may import, in the page's order; none for the monitor. */
export function importsFor(rol: Rol | undefined): ImportSoort[] {
  if (rol === undefined) return [];
  return AVAILABLE_IMPORTS.filter((soort) => IMPORTERS[soort].includes(rol));
}

/** What an activity is about (data-formats.md §4). */
export const ACTIVITEIT_CATEGORIEEN = [
  'sport',
  'kunst',
  'spel',
  'huiswerk',
  'inspraak',
  'overig',
] as const;
export type ActiviteitCategorie = (typeof ACTIVITEIT_CATEGORIEEN)[number];

/** The events of a child's journey (data-formats.md §1): moves first, then milestones. */
export const GEBEURTENISSEN = [
  'instroom',
  'verhuizing',
  'uitstroom',
  'onderwijs_start',
  'onderwijs_einde',
  'jgz_intake',
  'gza_inschrijving',
  'vergunning',
  'perspectiefplan_18',
  'amv_wijziging',
] as const;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

/** The `soort` of an outflow or a school start, in words. */
export const GEBEURTENIS_SOORTEN = [
  'woning',
  'vertrek',
  'terugkeer',
  'overig',
  'po',
  'so',
  'isk',
  'vo',
  'mbo',
] as const;

const WRITERS: readonly Rol[] = ['gemeente', 'locatie'];
const IMPORT_READERS: readonly Rol[] = ['beheerder', 'gemeente', 'locatie'];

/** Only municipalities and location staff add and change locations; others get a 403. */
export function canWriteLocaties(rol: Rol | undefined): boolean {
  return rol !== undefined && WRITERS.includes(rol);
}

/** Municipalities and location staff add, change and end the activities of their locations. */
export function canWriteActiviteiten(rol: Rol | undefined): boolean {
  return rol !== undefined && WRITERS.includes(rol);
}

/**
 * Child-level data (pseudonymised) is for the staff of the child's own location only; the server
 * answers 403 to every other role.
 */
export function canSeeKinderen(rol: Rol | undefined): boolean {
  return rol === 'locatie';
}

/** Who sees the import page and its batches; the operator imports only facilities. */
export function canSeeImports(rol: Rol | undefined): boolean {
  return rol !== undefined && IMPORT_READERS.includes(rol);
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** true → ja, false → nee, null or missing → not known. */
export function feitWaarde(value: boolean | null | undefined): FeitWaarde {
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  return '';
}
