/**
 * The figures of the council report, read from tables of the published set and written in the
 * product's notation (CBS): `x` for a suppressed figure (geheim), `.` for one that cannot be
 * computed, Dutch numbers and percentages. Only published values come in, so a suppressed
 * figure can only ever come out as `x`.
 */
import { formatNumber, formatShare } from '../framework/wording.js';
import { LOCATIE_TYPES, type LocatieType } from '../import/locaties.js';
import type { PublishedTable } from '../indicators/suppression.js';

export const SUPPRESSED = 'x';
export const NOT_COMPUTABLE = '.';
export const LEGEND =
  'x = niet gepubliceerd (geheim): minder dan 5, of afgeschermd zodat een klein aantal niet terug te rekenen is. Een punt (.) = niet te berekenen: er is niemand om over te rekenen.';

/** A value of a published table: a number, `x`, `niet bereikt`, or null. */
export type PublishedValue = number | string | null;
export type Unit = 'count' | 'share' | 'days' | 'km-days' | 'km-share';

/** The value at a key path such as `childrenInNood.shareInNood`. */
export function valueAt(table: object, path: string): PublishedValue {
  let node: unknown = table;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new Error(`De tabel heeft geen waarde op ${path}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node === 'number' || typeof node === 'string') return node;
  throw new Error(`De waarde op ${path} is geen getal`);
}

const isNumber = (value: PublishedValue): value is number => typeof value === 'number';

/** One cell of a table in the report. */
export function formatValue(value: PublishedValue, unit: Unit): string {
  if (value === SUPPRESSED) return SUPPRESSED;
  if (value === null) return NOT_COMPUTABLE;
  if (value === 'niet bereikt') return 'niet bereikt';
  if (!isNumber(value)) return value;
  switch (unit) {
    case 'count':
      return formatNumber(value, 'nl');
    case 'share':
    case 'km-share':
      return formatShare(value, 'nl');
    case 'days':
    case 'km-days':
      return `${formatNumber(value, 'nl', 1)} ${value === 1 ? 'dag' : 'dagen'}`;
  }
}

export interface FigureRow {
  indicator: string;
  label: string;
  path: string;
  unit: Unit;
  /** A part of the row above it: shown indented. */
  part?: boolean;
}

/** The rows of the I1–I10 table, in the order of indicators-api.md. */
export const FIGURE_ROWS: readonly FigureRow[] = [
  { indicator: 'I1', label: 'Kinderen in de opvang', path: 'children.count', unit: 'count' },
  ...LOCATIE_TYPES.map((type) => ({
    indicator: 'I1',
    label: `in ${typeLabel(type)}`,
    path: `children.byType.${type}`,
    unit: 'count' as const,
    part: true,
  })),
  {
    indicator: 'I1',
    label: 'alleenstaande minderjarigen (amv)',
    path: 'children.byUnaccompanied.unaccompanied',
    unit: 'count',
    part: true,
  },
  { indicator: 'I2', label: 'Kinderen in noodopvang', path: 'childrenInNood.count', unit: 'count' },
  {
    indicator: 'I2',
    label: 'aandeel van alle kinderen',
    path: 'childrenInNood.shareInNood',
    unit: 'share',
    part: true,
  },
  {
    indicator: 'I2',
    label: 'amv in noodopvang',
    path: 'childrenInNood.childrenInNoodUnaccompanied',
    unit: 'count',
    part: true,
  },
  {
    indicator: 'I2',
    label: 'aandeel van alle amv',
    path: 'childrenInNood.shareInNoodUnaccompanied',
    unit: 'share',
    part: true,
  },
  {
    indicator: 'I3',
    label: 'Twee keer of vaker overgeplaatst in 12 maanden',
    path: 'transfers12m.atLeast2',
    unit: 'count',
  },
  {
    indicator: 'I3',
    label: 'aandeel van alle kinderen',
    path: 'transfers12m.shareAtLeast2',
    unit: 'share',
    part: true,
  },
  {
    indicator: 'I4',
    label: 'Nu in noodopvang: mediane duur sinds aankomst in noodopvang',
    path: 'daysInNood.current.medianEpisodeDays',
    unit: 'days',
  },
  {
    indicator: 'I4',
    label: 'langer dan 183 dagen in noodopvang',
    path: 'daysInNood.current.over183',
    unit: 'count',
    part: true,
  },
  {
    indicator: 'I4',
    label: 'aandeel van wie nu in noodopvang is',
    path: 'daysInNood.current.shareOver183',
    unit: 'share',
    part: true,
  },
  {
    indicator: 'I4',
    label: 'Mediane duur tot doorplaatsing uit noodopvang (Kaplan–Meier)',
    path: 'daysInNood.km.median',
    unit: 'km-days',
  },
  {
    indicator: 'I5',
    label: 'Mediane tijd tot school (Kaplan–Meier)',
    path: 'daysToSchool.km.median',
    unit: 'km-days',
  },
  {
    indicator: 'I5',
    label: 'binnen 90 dagen op school',
    path: 'daysToSchool.km.oneMinusS90',
    unit: 'km-share',
    part: true,
  },
  {
    indicator: 'I5',
    label: '5–17 jaar, langer dan 90 dagen niet ingeschreven',
    path: 'daysToSchool.notEnrolledOver90',
    unit: 'count',
    part: true,
  },
  {
    indicator: 'I6',
    label: 'JGZ-intake binnen 42 dagen (Kaplan–Meier)',
    path: 'daysToJgz.km.oneMinusS42',
    unit: 'km-share',
  },
  {
    indicator: 'I7',
    label: 'Ingeschreven bij een huisarts (GZA)',
    path: 'gzaRegistered.count',
    unit: 'count',
  },
  {
    indicator: 'I7',
    label: 'aandeel van alle kinderen',
    path: 'gzaRegistered.share',
    unit: 'share',
    part: true,
  },
  { indicator: 'I8', label: 'Wordt binnen 90 dagen 18', path: 'turning18.count', unit: 'count' },
  {
    indicator: 'I8',
    label: 'van wie amv',
    path: 'turning18.unaccompanied',
    unit: 'count',
    part: true,
  },
  {
    indicator: 'I8',
    label: 'aandeel amv met een perspectiefplan',
    path: 'turning18.shareWithPlan',
    unit: 'share',
    part: true,
  },
  {
    indicator: 'I9',
    label: 'Met verblijfsvergunning, nog in de opvang',
    path: 'statusWaiting.count',
    unit: 'count',
  },
  {
    indicator: 'I9',
    label: 'mediane wachttijd sinds de vergunning',
    path: 'statusWaiting.median',
    unit: 'days',
    part: true,
  },
  {
    indicator: 'I9',
    label: 'aandeel dat langer dan 98 dagen wacht',
    path: 'statusWaiting.shareOver98',
    unit: 'share',
    part: true,
  },
  {
    indicator: 'I10',
    label: 'Mediane tijd van vergunning tot woning (Kaplan–Meier)',
    path: 'daysToHousing.km.median',
    unit: 'km-days',
  },
  {
    indicator: 'I10',
    label: 'binnen 98 dagen gehuisvest',
    path: 'daysToHousing.km.oneMinusS98',
    unit: 'km-share',
    part: true,
  },
];

/** The name of a location type as a reader knows it. */
export function typeLabel(type: LocatieType): string {
  const names: Record<LocatieType, string> = {
    azc: 'azc',
    col: 'col (centrale ontvangst)',
    pol: 'pol (proces-opvang)',
    kwv: 'kwv (kinderwoonvoorziening)',
    gezinslocatie: 'gezinslocatie',
    kleinschalig: 'kleinschalige opvang',
    noodopvang: 'noodopvang',
    tgo: 'tgo (tijdelijke gemeentelijke opvang)',
    crisisnoodopvang: 'crisisnoodopvang',
  };
  return names[type];
}

export interface TableRow {
  indicator: string;
  label: string;
  part: boolean;
  gemeente: string;
  landelijk: string;
}

/** The I1–I10 table: the municipality's figure beside the national one. */
export function figureTable(municipal: PublishedTable, national: PublishedTable): TableRow[] {
  return FIGURE_ROWS.map((row) => ({
    indicator: row.indicator,
    label: row.label,
    part: row.part ?? false,
    gemeente: formatValue(valueAt(municipal, row.path), row.unit),
    landelijk: formatValue(valueAt(national, row.path), row.unit),
  }));
}

/** A bar of a chart: the published number, or null when it is suppressed. */
export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

/** Children per location type: a suppressed bar has no length, only its `x`. */
export function byTypeBars(table: PublishedTable): Bar[] {
  return LOCATIE_TYPES.map((type) => {
    const value = table.children.byType[type];
    return {
      label: typeLabel(type).replace(/ \(.*\)$/, ''),
      value: isNumber(value) ? value : null,
      text: formatValue(value, 'count'),
    };
  });
}
