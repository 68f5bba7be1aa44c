/**
 * The values of the import files (data-formats.md) and who may do what, as the web app offers
 * them in forms and navigation. They come from the domain, so web and server cannot drift apart;
 * the server stays the judge of every value and request.
 */
import type { ImportSoort } from '../contracts/imports.js';
import type { Rol } from '../contracts/roles.js';
import { ACTIVITEIT_COLUMNS, CATEGORIEEN } from '../domain/import/activiteiten.js';
import {
  GEBEURTENIS_COLUMNS,
  ONDERWIJS_SOORTEN,
  UITSTROOM_SOORTEN,
} from '../domain/import/gebeurtenissen.js';
import {
  BEHEERDERS,
  FACTS,
  LOCATIE_COLUMNS,
  LOCATIE_TYPES,
  STATUSES,
  SUBTYPES,
} from '../domain/import/locaties.js';
import { GENERIC_COLUMNS } from '../domain/import/voorzieningen.js';
import { EVENT_TYPES } from '../domain/journey.js';
import { type Action, IMPORT_ACTIONS, rolesAllowed } from '../domain/permissions.js';

export { BEHEERDERS, LOCATIE_TYPES, STATUSES, SUBTYPES };
export type LocatieType = (typeof LOCATIE_TYPES)[number];
export type Subtype = (typeof SUBTYPES)[number];
export type Status = (typeof STATUSES)[number];
export type Beheerder = (typeof BEHEERDERS)[number];

/** Yes/no facts about a location; missing or null means not known, never "no". */
export const FEITEN = FACTS;
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

/** The columns of each kind of file (data-formats.md), for the help on the import page. */
export const IMPORT_COLUMNS: Record<
  ImportSoort,
  { required: readonly string[]; optional: readonly string[] }
> = {
  locaties: LOCATIE_COLUMNS,
  activiteiten: ACTIVITEIT_COLUMNS,
  gebeurtenissen: GEBEURTENIS_COLUMNS,
  voorzieningen: GENERIC_COLUMNS,
};

const may = (action: Action, rol: Rol | undefined) =>
  rol !== undefined && rolesAllowed(action).includes(rol);

/** The kinds of file the role may import, in the page's order; none for the monitor. */
export function importsFor(rol: Rol | undefined): ImportSoort[] {
  if (rol === undefined) return [];
  return AVAILABLE_IMPORTS.filter((soort) => may(IMPORT_ACTIONS[soort], rol));
}

/** What an activity is about (data-formats.md §4). */
export const ACTIVITEIT_CATEGORIEEN = CATEGORIEEN;
export type ActiviteitCategorie = (typeof ACTIVITEIT_CATEGORIEEN)[number];

/** The events of a child's journey (data-formats.md §1): moves first, then milestones. */
export const GEBEURTENISSEN = EVENT_TYPES;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

/** The `soort` of an outflow or a school start, in words. */
export const GEBEURTENIS_SOORTEN = [...UITSTROOM_SOORTEN, ...ONDERWIJS_SOORTEN] as const;

/** Only municipalities and location staff add and change locations; others get a 403. */
export function canWriteLocaties(rol: Rol | undefined): boolean {
  return may('locaties.schrijven', rol);
}

/** Municipalities and location staff add, change and end the activities of their locations. */
export function canWriteActiviteiten(rol: Rol | undefined): boolean {
  return may('activiteiten.schrijven', rol);
}

export function canWriteBeoordelingen(rol: Rol | undefined): boolean {
  return may('beoordelingen.schrijven', rol);
}

/**
 * Child-level data (pseudonymised) is for the staff of the child's own location only; the server
 * answers 403 to every other role.
 */
export function canSeeKinderen(rol: Rol | undefined): boolean {
  return may('kinderen.lezen', rol);
}

/** The signal list of the own locations, and its thresholds: location staff only. */
export function canSeeSignalen(rol: Rol | undefined): boolean {
  return may('signalen.lezen', rol);
}

/** Who sees the import page and its batches; the operator imports only facilities. */
export function canSeeImports(rol: Rol | undefined): boolean {
  return may('imports.lezen', rol);
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
