/**
 * The locations format (data-formats.md §2): parsing one row, and applying rows in order to a
 * location's stored state, with its type/subtype history.
 */
import type { Resolution } from '../names.js';
import {
  type Parsed,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseEnum,
  parseWholeNumber,
} from './fields.js';

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
export const NOOD_TYPES: readonly LocatieType[] = ['noodopvang', 'tgo', 'crisisnoodopvang'];

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
export const BEHEERDERS = ['coa', 'gemeente', 'overig'] as const;
export const FACTS = [
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
export type Fact = (typeof FACTS)[number];

export const LOCATIE_COLUMNS = {
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
    ...FACTS,
  ],
} as const;

/** The stored values of a location (without its type history). */
export interface LocationValues {
  naam: string;
  gemeenteCode: string;
  status: (typeof STATUSES)[number];
  capaciteit: number;
  openSinds: string | null;
  openTot: string | null;
  beheerder: (typeof BEHEERDERS)[number] | null;
  adres: string | null;
  postcode: string | null;
  plaats: string | null;
  lat: number | null;
  lon: number | null;
  feiten: Partial<Record<Fact, boolean | null>>;
}

export interface Period {
  /** null: from the beginning. */
  vanaf: string | null;
  type: LocatieType;
  subtype: Subtype | null;
}

export interface LocationState {
  values: LocationValues;
  periods: Period[];
}

/** A parsed row: only the columns present in the file. */
export interface LocationRow {
  code: string;
  values: Partial<LocationValues>;
  type: LocatieType;
  /** undefined: column absent (keep); null: empty (no special building). */
  subtype: Subtype | null | undefined;
  geldigVanaf: string | null;
}

export interface FieldIssue {
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParseContext {
  /** The columns of the file's header. */
  columns: ReadonlySet<string>;
  commaDecimals: boolean;
  resolveMunicipality: (input: string) => Resolution;
}

const NL_BOUNDS = { lat: [50.7, 53.7], lon: [3.2, 7.3] } as const;

export function parseLocationRow(
  cells: Readonly<Record<string, string>>,
  context: ParseContext,
): { row: LocationRow | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const present = (column: string) => context.columns.has(column);
  const error = (column: string, message: string) =>
    issues.push({ column, message, severity: 'error' });
  const take = <T>(column: string, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    error(column, parsed.message);
    return undefined;
  };
  /** Optional column: undefined when absent, null when empty. */
  const optional = <T>(column: string, parse: (raw: string) => Parsed<T>): T | null | undefined => {
    if (!present(column)) return undefined;
    const raw = cells[column] ?? '';
    return raw === '' ? null : take(column, parse(raw));
  };
  const required = (column: string): string | undefined => {
    const raw = cells[column] ?? '';
    if (raw === '') error(column, 'is verplicht en is leeg');
    return raw === '' ? undefined : raw;
  };

  const code = required('code');
  const naam = required('naam');
  const gemeenteRaw = required('gemeente');
  const typeRaw = required('type');
  const capaciteitRaw = required('capaciteit');

  let gemeenteCode: string | undefined;
  if (gemeenteRaw !== undefined) {
    const resolution = context.resolveMunicipality(gemeenteRaw);
    if (resolution.ok) gemeenteCode = resolution.code;
    else if (resolution.reason === 'ambiguous') {
      error(
        'gemeente',
        `'${gemeenteRaw}' is dubbelzinnig; gebruik een van de codes ${resolution.candidates.join(', ')}`,
      );
    } else
      error(
        'gemeente',
        `'${gemeenteRaw}' is geen bekende gemeente (naam of CBS-code zoals GM0363)`,
      );
  }
  const type = typeRaw === undefined ? undefined : take('type', parseEnum(typeRaw, LOCATIE_TYPES));
  const capaciteit =
    capaciteitRaw === undefined ? undefined : take('capaciteit', parseWholeNumber(capaciteitRaw));
  const subtype = optional('subtype', (raw) => parseEnum(raw, SUBTYPES));
  const statusRaw = present('status') ? (cells.status ?? '') : undefined;
  const status =
    statusRaw === undefined
      ? undefined
      : statusRaw === ''
        ? 'open'
        : take('status', parseEnum(statusRaw, STATUSES));
  const openSinds = optional('open_sinds', parseDate);
  const openTot = optional('open_tot', parseDate);
  const beheerder = optional('beheerder', (raw) => parseEnum(raw, BEHEERDERS));
  const geldigVanaf = optional('geldig_vanaf', parseDate) ?? null;
  const lat = optional('lat', (raw) => parseDecimal(raw, context.commaDecimals));
  const lon = optional('lon', (raw) => parseDecimal(raw, context.commaDecimals));
  const text = (column: string) => (present(column) ? cells[column] || null : undefined);

  if (typeof lat === 'number' && (lat < NL_BOUNDS.lat[0] || lat > NL_BOUNDS.lat[1])) {
    error('lat', `${lat} ligt niet in Nederland (${NL_BOUNDS.lat[0]}–${NL_BOUNDS.lat[1]})`);
  }
  if (typeof lon === 'number' && (lon < NL_BOUNDS.lon[0] || lon > NL_BOUNDS.lon[1])) {
    error('lon', `${lon} ligt niet in Nederland (${NL_BOUNDS.lon[0]}–${NL_BOUNDS.lon[1]})`);
  }
  if ((lat === null || lat === undefined) !== (lon === null || lon === undefined)) {
    error(
      lat === null || lat === undefined ? 'lat' : 'lon',
      'lat en lon horen samen: vul beide in of geen van beide',
    );
  }
  if (openSinds && openTot && openTot < openSinds)
    error('open_tot', `${openTot} ligt vóór open_sinds ${openSinds}`);

  const feiten: Partial<Record<Fact, boolean | null>> = {};
  for (const fact of FACTS) {
    const value = optional(fact, parseBoolean);
    if (value !== undefined) feiten[fact] = value;
  }

  if (issues.some((i) => i.severity === 'error') || !code || !type) return { row: null, issues };
  const values: Partial<LocationValues> = { naam, gemeenteCode, capaciteit };
  const assign = <K extends keyof LocationValues>(key: K, value: LocationValues[K] | undefined) => {
    if (value !== undefined) values[key] = value;
  };
  assign('status', status);
  assign('openSinds', openSinds);
  assign('openTot', openTot);
  assign('beheerder', beheerder);
  assign('adres', text('adres'));
  assign('postcode', text('postcode'));
  assign('plaats', text('plaats'));
  assign('lat', lat);
  assign('lon', lon);
  if (Object.keys(feiten).length) values.feiten = feiten;
  return { row: { code, values, type, subtype, geldigVanaf }, issues };
}

const EMPTY: LocationValues = {
  naam: '',
  gemeenteCode: '',
  status: 'open',
  capaciteit: 0,
  openSinds: null,
  openTot: null,
  beheerder: null,
  adres: null,
  postcode: null,
  plaats: null,
  lat: null,
  lon: null,
  feiten: {},
};

export type ApplyResult =
  | { outcome: 'new' | 'updated'; state: LocationState }
  | { outcome: 'unchanged'; state: LocationState }
  | { outcome: 'error'; issues: FieldIssue[] };

function sameValues(a: LocationValues, b: LocationValues): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(values: LocationValues) {
  const feiten = Object.fromEntries(
    Object.entries(values.feiten).sort(([x], [y]) => (x < y ? -1 : 1)),
  );
  return { ...values, feiten };
}

/**
 * Applies one row to a location's state (null for a new location). A change of type or subtype
 * needs `geldig_vanaf` after the start of the current period and starts a new period.
 */
export function applyLocationRow(state: LocationState | null, row: LocationRow): ApplyResult {
  const effectiveSubtype =
    row.subtype === undefined ? (state?.periods.at(-1)?.subtype ?? null) : row.subtype;
  if (row.type === 'crisisnoodopvang' && !effectiveSubtype) {
    return {
      outcome: 'error',
      issues: [
        {
          column: 'subtype',
          message: 'is verplicht bij type crisisnoodopvang (sporthal, hotel, schip, …)',
          severity: 'error',
        },
      ],
    };
  }
  if (!state) {
    const values = { ...EMPTY, ...row.values, feiten: { ...row.values.feiten } };
    const period: Period = { vanaf: null, type: row.type, subtype: row.subtype ?? null };
    return { outcome: 'new', state: { values, periods: [period] } };
  }
  const values: LocationValues = {
    ...state.values,
    ...row.values,
    feiten: { ...state.values.feiten, ...row.values.feiten },
  };
  const current = state.periods.at(-1)!;
  const subtype = row.subtype === undefined ? current.subtype : row.subtype;
  let periods = state.periods;
  if (row.type !== current.type || subtype !== current.subtype) {
    if (!row.geldigVanaf) {
      return {
        outcome: 'error',
        issues: [
          {
            column: 'geldig_vanaf',
            message: `het type of subtype verandert (${describe(current)} → ${describe({ type: row.type, subtype })}); vul geldig_vanaf in`,
            severity: 'error',
          },
        ],
      };
    }
    if (current.vanaf !== null && row.geldigVanaf <= current.vanaf) {
      return {
        outcome: 'error',
        issues: [
          {
            column: 'geldig_vanaf',
            message: `${row.geldigVanaf} ligt niet na het begin van de huidige periode (${current.vanaf}); draai de import terug om de geschiedenis te corrigeren`,
            severity: 'error',
          },
        ],
      };
    }
    periods = [...state.periods, { vanaf: row.geldigVanaf, type: row.type, subtype }];
  }
  if (periods === state.periods && sameValues(values, state.values)) {
    return { outcome: 'unchanged', state };
  }
  return { outcome: 'updated', state: { values, periods } };
}

function describe(period: { type: string; subtype: string | null }): string {
  return period.subtype ? `${period.type}/${period.subtype}` : period.type;
}

/** The type and subtype valid on `date`. */
export function periodOn(periods: readonly Period[], date: string): Period {
  let found = periods[0]!;
  for (const period of periods) if (period.vanaf === null || period.vanaf <= date) found = period;
  return found;
}
