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

/** The kinds of import the server can read today; the others answer 501 for now. */
export const AVAILABLE_IMPORTS = ['locaties'] as const satisfies readonly ImportSoort[];

const WRITERS: readonly Rol[] = ['gemeente', 'locatie'];
const IMPORT_READERS: readonly Rol[] = ['beheerder', 'gemeente', 'locatie'];

/** Only municipalities and location staff add and change locations; others get a 403. */
export function canWriteLocaties(rol: Rol | undefined): boolean {
  return rol !== undefined && WRITERS.includes(rol);
}

/** Who sees the import page and its batches; the operator rolls back but does not import. */
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
