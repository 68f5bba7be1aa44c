/**
 * An indicator table (indicators-api.md) as rows for a spreadsheet: one row per figure, with the
 * indicator it belongs to, a Dutch description and its key path in the JSON. Values are the
 * table's own: "x" stays "x", and "not computable" (null) is written "." as on the site.
 */
import type { IndicatorTabel } from '../../../contracts/indicatoren.js';
import type { ExportCell } from '../../exports.js';

const INDICATOR_OF: Record<string, string> = {
  children: 'I1',
  childrenInNood: 'I2',
  transfers12m: 'I3',
  daysInNood: 'I4',
  daysToSchool: 'I5',
  daysToJgz: 'I6',
  gzaRegistered: 'I7',
  turning18: 'I8',
  statusWaiting: 'I9',
  daysToHousing: 'I10',
};

const TYPES = {
  azc: 'azc',
  col: 'col',
  pol: 'pol',
  kwv: 'kwv',
  gezinslocatie: 'gezinslocatie',
  kleinschalig: 'kleinschalig',
  noodopvang: 'noodopvang',
  tgo: 'tgo',
  crisisnoodopvang: 'crisisnoodopvang',
};
const SUBTYPES = {
  sporthal: 'sporthal',
  evenementenhal: 'evenementenhal',
  hotel: 'hotel',
  schip: 'schip',
  paviljoen: 'paviljoen',
  kantoor: 'kantoor',
  overig: 'overig gebouw',
  geen: 'gewoon opvanggebouw (geen bijzonder gebouw)',
};
const TIMES = { '0': 'geen', '1': '1 keer', '2': '2 keer', '3': '3 keer', '4+': '4 keer of vaker' };

const prefixed = (path: string, prefix: string, labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${path}.${k}`, `${prefix}${v}`]));

/** A Kaplan–Meier block: its cohort, its outcomes and its curve values at fixed days. */
function km(
  path: string,
  words: { spells: string; events: string; peildatum: string; exit: string; median: string },
  values: Record<string, string>,
): Record<string, string> {
  return {
    [`${path}.spells`]: words.spells,
    [`${path}.children`]: `${words.spells}: verschillende kinderen`,
    [`${path}.events`]: words.events,
    [`${path}.censored.peildatum`]: words.peildatum,
    [`${path}.censored.exit`]: words.exit,
    [`${path}.censored.achttien`]: `${words.spells}: 18 geworden`,
    [`${path}.median`]: `${words.median} (dagen, Kaplan–Meier)`,
    ...prefixed(path, '', values),
  };
}

const LABELS: Record<string, string> = {
  'children.count': 'Kinderen in de opvang',
  ...prefixed('children.byType', 'Kinderen per soort opvang: ', TYPES),
  ...prefixed('children.bySubtype', 'Kinderen per soort gebouw: ', SUBTYPES),
  'children.byUnaccompanied.unaccompanied': 'Kinderen alleenstaand (amv)',
  'children.byUnaccompanied.accompanied': 'Kinderen met ouders of familie',
  'childrenInNood.count': 'Kinderen in noodopvang',
  'childrenInNood.shareInNood': 'Aandeel van alle kinderen in noodopvang (0–1)',
  'childrenInNood.childrenInNoodUnaccompanied': 'Alleenstaande kinderen (amv) in noodopvang',
  'childrenInNood.shareInNoodUnaccompanied':
    'Aandeel van alle alleenstaande kinderen in noodopvang (0–1)',
  'transfers12m.children': 'Kinderen in de opvang (overplaatsingen in de afgelopen 12 maanden)',
  'transfers12m.totalTransfers': 'Overplaatsingen in totaal',
  'transfers12m.mean': 'Gemiddeld aantal overplaatsingen per kind',
  ...prefixed('transfers12m.distribution', 'Kinderen naar aantal overplaatsingen: ', TIMES),
  'transfers12m.atLeast2': 'Kinderen met 2 of meer overplaatsingen',
  'transfers12m.shareAtLeast2': 'Aandeel kinderen met 2 of meer overplaatsingen (0–1)',
  'transfers12m.max': 'Hoogste aantal overplaatsingen van één kind',
  'daysInNood.current.count': 'Kinderen nu in noodopvang',
  'daysInNood.current.medianSpellDays': 'Mediane duur tot nu, op deze locaties (dagen)',
  'daysInNood.current.medianEpisodeDays': 'Mediane duur tot nu, in alle noodopvang samen (dagen)',
  'daysInNood.current.over183': 'Kinderen langer dan 183 dagen in noodopvang',
  'daysInNood.current.shareOver183': 'Aandeel langer dan 183 dagen in noodopvang (0–1)',
  ...km(
    'daysInNood.km',
    {
      spells: 'Verblijven in noodopvang, begonnen in de afgelopen 12 maanden',
      events: 'Doorgeplaatst naar gewone opvang',
      peildatum: 'Op de peildatum nog in noodopvang',
      exit: 'Vertrokken uit de opvang of naar noodopvang elders',
      median: 'Mediane duur in noodopvang',
    },
    {
      S14: 'Aandeel nog in noodopvang na 14 dagen (0–1)',
      S90: 'Aandeel nog in noodopvang na 90 dagen (0–1)',
      S183: 'Aandeel nog in noodopvang na 183 dagen (0–1)',
    },
  ),
  ...km(
    'daysToSchool.km',
    {
      spells: 'Aankomsten van kinderen van 5 tot en met 17 jaar in de afgelopen 12 maanden',
      events: 'Op school ingeschreven',
      peildatum: 'Op de peildatum nog niet op school ingeschreven',
      exit: 'Vertrokken voordat ze op school waren ingeschreven',
      median: 'Mediane tijd tot inschrijving op school',
    },
    {
      oneMinusS30: 'Aandeel binnen 30 dagen op school (0–1)',
      oneMinusS90: 'Aandeel binnen 90 dagen op school (0–1)',
    },
  ),
  'daysToSchool.notEnrolledOver90': 'Kinderen die nu langer dan 90 dagen niet op school staan',
  ...km(
    'daysToJgz.km',
    {
      spells: 'Aankomsten van kinderen zonder eerdere JGZ-intake in de afgelopen 12 maanden',
      events: 'JGZ-intake gehad',
      peildatum: 'Op de peildatum nog geen JGZ-intake',
      exit: 'Vertrokken voor de JGZ-intake',
      median: 'Mediane tijd tot de JGZ-intake',
    },
    {
      oneMinusS42: 'Aandeel binnen 42 dagen een JGZ-intake (0–1)',
      oneMinusS90: 'Aandeel binnen 90 dagen een JGZ-intake (0–1)',
    },
  ),
  'gzaRegistered.count': 'Kinderen ingeschreven bij de huisarts (GZA)',
  'gzaRegistered.share': 'Aandeel kinderen ingeschreven bij GZA (0–1)',
  'turning18.count': 'Kinderen die binnen 90 dagen 18 worden',
  'turning18.unaccompanied': 'Van hen alleenstaand (amv)',
  'turning18.withPlan': 'Alleenstaand en met een perspectiefplan',
  'turning18.shareWithPlan': 'Aandeel alleenstaande jongeren met een perspectiefplan (0–1)',
  'statusWaiting.count': 'Kinderen met een verblijfsvergunning, nog in de opvang',
  'statusWaiting.median': 'Mediane wachttijd sinds de vergunning (dagen)',
  'statusWaiting.over98': 'Kinderen die langer dan 98 dagen op een woning wachten',
  'statusWaiting.shareOver98': 'Aandeel dat langer dan 98 dagen wacht (0–1)',
  ...km(
    'daysToHousing.km',
    {
      spells: 'Kinderen met een verblijfsvergunning uit de afgelopen 12 maanden',
      events: 'Naar een woning verhuisd',
      peildatum: 'Op de peildatum nog in de opvang',
      exit: 'Vertrokken, maar niet naar een woning',
      median: 'Mediane tijd van vergunning tot woning',
    },
    {
      oneMinusS98: 'Aandeel binnen 98 dagen in een woning (0–1)',
      oneMinusS183: 'Aandeel binnen 183 dagen in een woning (0–1)',
    },
  ),
};

export const INDICATOR_COLUMNS = ['Indicator', 'Omschrijving', 'Sleutel', 'Waarde'] as const;

/** A figure as the spreadsheet shows it. */
export function cell(value: unknown): ExportCell {
  if (value === null) return '.';
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`geen cijfer: ${JSON.stringify(value)}`);
}

function* leaves(node: unknown, path: string): Generator<[string, unknown]> {
  if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) yield* leaves(child, `${path}.${key}`);
  } else {
    yield [path, node];
  }
}

/** Every figure of the table, in the contract's order. */
export function indicatorRows(table: IndicatorTabel): ExportCell[][] {
  const rows: ExportCell[][] = [];
  for (const [group, indicator] of Object.entries(INDICATOR_OF)) {
    for (const [path, value] of leaves(table[group as keyof IndicatorTabel], group)) {
      const label = LABELS[path];
      // A figure added to the contract must get its Dutch description here too.
      if (label === undefined) throw new Error(`geen omschrijving voor ${path}`);
      rows.push([indicator, label, path, cell(value)]);
    }
  }
  return rows;
}
