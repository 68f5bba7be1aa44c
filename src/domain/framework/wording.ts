/**
 * The words of an evaluation's sentences, in Dutch and English: numbers, dates and the names of
 * facts, types, facilities and indicators. Pure (no Intl), so that a sentence is the same on
 * the server, in the CLI and in a PDF, whatever locale data the machine has. Numbers follow the
 * product's notation: `16.623`, `3,4 km`, `12,5%`, `17-07-2025` in Dutch.
 */
import type { CATEGORIEEN } from '../import/activiteiten.js';
import type { Fact, LocatieType, Subtype } from '../import/locaties.js';
import type { Category } from '../import/voorzieningen.js';
import type { IndicatorPath, MunicipalityFact, Text } from './model.js';

export type Language = keyof Text;

const SEPARATORS: Record<Language, { thousands: string; decimal: string }> = {
  nl: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** Rounded half away from zero to at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction = ''] = rounded.toFixed(decimals).split('.') as [string, string?];
  const { thousands, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const trimmed = fraction.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/**
 * A measured value beside the bound it is compared with: with the usual decimals, and more when
 * rounding would make an unequal value look equal to the bound (2,04 km is not "2 km").
 */
export function formatBeside(
  value: number,
  bound: number,
  format: (n: number, decimals: number) => string,
  decimals: number,
): string {
  let d = decimals;
  while (value !== bound && d < decimals + 3 && format(value, d) === format(bound, d)) d++;
  return format(value, d);
}

/** A share (a fraction of 1) as a percentage, one decimal: 0.125 → `12,5%`. */
export const formatShare = (value: number, language: Language, decimals = 1) =>
  `${formatNumber(value * 100, language, decimals)}%`;

/** `2025-07-17` → `17-07-2025` (nl) / `17/07/2025` (en), as the web shows dates. */
export function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  return [d, m, y].join(language === 'nl' ? '-' : '/');
}

/** `a, b en c` / `a, b and c`. */
export function formatList(items: readonly string[], language: Language, last?: string): string {
  if (items.length < 2) return items.join('');
  const word = last ?? (language === 'nl' ? 'en' : 'and');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

export const formatDays = (days: number, language: Language) =>
  `${formatNumber(days, language, 1)} ${days === 1 ? (language === 'nl' ? 'dag' : 'day') : language === 'nl' ? 'dagen' : 'days'}`;

/** A location fact as a property of the location, in a sentence: "aparte slaapruimtes…". */
export const FACT_NAMES: Record<Fact, Text> = {
  aparte_slaapruimte_kinderen: {
    nl: 'aparte slaapruimtes voor kinderen',
    en: 'separate sleeping rooms for children',
  },
  zelf_koken: { nl: 'zelf koken', en: 'cooking for oneself' },
  afsluitbare_woonruimte_gezinnen: {
    nl: 'afsluitbare woonruimte voor gezinnen',
    en: 'lockable living space for families',
  },
  gescheiden_sanitair: { nl: 'gescheiden sanitair', en: 'separate sanitary facilities' },
  terugtrekplek_kinderen: {
    nl: 'terugtrekplekken voor kinderen',
    en: 'places for children to withdraw',
  },
  speelvoorziening: { nl: 'een speelvoorziening', en: 'a play facility' },
  contactpersoon_kind: {
    nl: 'een Contactpersoon Kind',
    en: 'a Contactpersoon Kind (child contact person)',
  },
  kinderraad: { nl: 'een kinderraad', en: "a children's council" },
  school_buiten_locatie: {
    nl: 'onderwijs op een school buiten de locatie',
    en: 'education at a school outside the location',
  },
};

export const MUNICIPALITY_FACT_NAMES: Record<MunicipalityFact, Text> = {
  jeugdregelingen_toegankelijk: {
    nl: 'gemeentelijke jeugdregelingen die openstaan voor kinderen in de opvang',
    en: 'municipal youth schemes open to children in reception',
  },
};

/** Types are written as the location list writes them (codes are Dutch words already). */
export const TYPE_NAMES: Record<LocatieType, Text> = {
  azc: { nl: 'azc', en: 'azc' },
  col: { nl: 'col', en: 'col' },
  pol: { nl: 'pol', en: 'pol' },
  kwv: { nl: 'kwv', en: 'kwv' },
  gezinslocatie: { nl: 'gezinslocatie', en: 'family location' },
  kleinschalig: { nl: 'kleinschalige opvang', en: 'small-scale reception' },
  noodopvang: { nl: 'noodopvang', en: 'emergency reception' },
  tgo: { nl: 'tgo', en: 'tgo' },
  crisisnoodopvang: { nl: 'crisisnoodopvang', en: 'crisis emergency reception' },
};

export const SUBTYPE_NAMES: Record<Subtype, Text> = {
  sporthal: { nl: 'sporthal', en: 'sports hall' },
  evenementenhal: { nl: 'evenementenhal', en: 'event hall' },
  hotel: { nl: 'hotel', en: 'hotel' },
  schip: { nl: 'schip', en: 'ship' },
  paviljoen: { nl: 'paviljoen', en: 'pavilion' },
  kantoor: { nl: 'kantoor', en: 'office' },
  overig: { nl: 'overig gebouw', en: 'other building' },
};

export const ACTIVITY_NAMES: Record<(typeof CATEGORIEEN)[number], Text> = {
  sport: { nl: 'sport', en: 'sport' },
  kunst: { nl: 'kunst', en: 'art' },
  spel: { nl: 'spel', en: 'play' },
  huiswerk: { nl: 'huiswerk', en: 'homework' },
  inspraak: { nl: 'inspraak', en: 'participation' },
  overig: { nl: 'overig', en: 'other' },
};

/** One facility of a category, and several (for "no … known"). */
export const FACILITY_NAMES: Record<Category, { one: Text; many: Text }> = {
  basisschool: {
    one: { nl: 'basisschool', en: 'primary school' },
    many: { nl: 'basisscholen', en: 'primary schools' },
  },
  vo_isk: {
    one: { nl: 'middelbare school of ISK', en: 'secondary school or ISK' },
    many: { nl: 'middelbare scholen of ISK’s', en: 'secondary schools or ISKs' },
  },
  huisarts_gza: {
    one: { nl: 'huisarts of GZA-praktijk', en: 'GP or GZA practice' },
    many: { nl: 'huisartsen of GZA-praktijken', en: 'GPs or GZA practices' },
  },
  jgz: {
    one: { nl: 'JGZ-vestiging', en: 'JGZ office' },
    many: { nl: 'JGZ-vestigingen', en: 'JGZ offices' },
  },
  supermarkt: {
    one: { nl: 'supermarkt', en: 'supermarket' },
    many: { nl: 'supermarkten', en: 'supermarkets' },
  },
  ov_halte: {
    one: { nl: 'ov-halte', en: 'public transport stop' },
    many: { nl: 'ov-haltes', en: 'public transport stops' },
  },
  sport: {
    one: { nl: 'sportvoorziening', en: 'sports facility' },
    many: { nl: 'sportvoorzieningen', en: 'sports facilities' },
  },
};

/**
 * What an indicator value is (`label`, opening a sentence) and, for a share or Kaplan–Meier
 * figure, whom it counts (`population`: "no … at the peildatum" when there are none).
 */
export const INDICATOR_WORDS: Record<IndicatorPath, { label: Text; population: Text }> = {
  'childrenInNood.shareInNood': {
    label: {
      nl: 'Aandeel kinderen in noodopvang (I2)',
      en: 'Share of children in emergency reception (I2)',
    },
    population: { nl: 'kinderen', en: 'children' },
  },
  'childrenInNood.shareInNoodUnaccompanied': {
    label: {
      nl: 'Aandeel alleenstaande minderjarigen in noodopvang (I2)',
      en: 'Share of unaccompanied minors in emergency reception (I2)',
    },
    population: { nl: 'alleenstaande minderjarigen', en: 'unaccompanied minors' },
  },
  'transfers12m.shareAtLeast2': {
    label: {
      nl: 'Aandeel kinderen met twee of meer overplaatsingen in 12 maanden (I3)',
      en: 'Share of children transferred twice or more in 12 months (I3)',
    },
    population: { nl: 'kinderen', en: 'children' },
  },
  'daysInNood.current.shareOver183': {
    label: {
      nl: 'Aandeel kinderen langer dan 183 dagen in noodopvang (I4)',
      en: 'Share of children in emergency reception for more than 183 days (I4)',
    },
    population: { nl: 'kinderen in noodopvang', en: 'children in emergency reception' },
  },
  'daysInNood.km.median': {
    label: {
      nl: 'Mediane duur in noodopvang (I4, Kaplan–Meier)',
      en: 'Median time in emergency reception (I4, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen die in de afgelopen 12 maanden in noodopvang kwamen',
      en: 'children who entered emergency reception in the last 12 months',
    },
  },
  'daysToSchool.km.median': {
    label: {
      nl: 'Mediane tijd tot school (I5, Kaplan–Meier)',
      en: 'Median time to school (I5, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen van 5–17 jaar die in de afgelopen 12 maanden aankwamen',
      en: 'children aged 5–17 who arrived in the last 12 months',
    },
  },
  'daysToSchool.km.oneMinusS90': {
    label: {
      nl: 'Aandeel binnen 90 dagen op school (I5, Kaplan–Meier)',
      en: 'Share at school within 90 days (I5, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen van 5–17 jaar die in de afgelopen 12 maanden aankwamen',
      en: 'children aged 5–17 who arrived in the last 12 months',
    },
  },
  'daysToSchool.notEnrolledOver90': {
    label: {
      nl: 'Kinderen van 5–17 jaar die langer dan 90 dagen niet op school staan ingeschreven (I5)',
      en: 'Children aged 5–17 not enrolled in school for more than 90 days (I5)',
    },
    population: { nl: 'kinderen van 5–17 jaar', en: 'children aged 5–17' },
  },
  'daysToJgz.km.median': {
    label: {
      nl: 'Mediane tijd tot de JGZ-intake (I6, Kaplan–Meier)',
      en: 'Median time to the JGZ intake (I6, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen die in de afgelopen 12 maanden aankwamen',
      en: 'children who arrived in the last 12 months',
    },
  },
  'daysToJgz.km.oneMinusS42': {
    label: {
      nl: 'Aandeel met een JGZ-intake binnen 42 dagen (I6, Kaplan–Meier)',
      en: 'Share with a JGZ intake within 42 days (I6, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen die in de afgelopen 12 maanden aankwamen',
      en: 'children who arrived in the last 12 months',
    },
  },
  'gzaRegistered.share': {
    label: {
      nl: 'Aandeel kinderen ingeschreven bij GZA (I7)',
      en: 'Share of children registered with GZA (I7)',
    },
    population: { nl: 'kinderen', en: 'children' },
  },
  'turning18.shareWithPlan': {
    label: {
      nl: 'Aandeel alleenstaande minderjarigen met een perspectiefplan vóór 18 (I8)',
      en: 'Share of unaccompanied minors with a plan before turning 18 (I8)',
    },
    population: {
      nl: 'alleenstaande minderjarigen die binnen 90 dagen 18 worden',
      en: 'unaccompanied minors turning 18 within 90 days',
    },
  },
  'statusWaiting.shareOver98': {
    label: {
      nl: 'Aandeel statushouders dat langer dan 98 dagen op een woning wacht (I9)',
      en: 'Share of status holders waiting more than 98 days for housing (I9)',
    },
    population: {
      nl: 'kinderen met een verblijfsvergunning',
      en: 'children with a residence permit',
    },
  },
  'daysToHousing.km.median': {
    label: {
      nl: 'Mediane tijd van vergunning tot woning (I10, Kaplan–Meier)',
      en: 'Median time from permit to housing (I10, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen die in de afgelopen 12 maanden een vergunning kregen',
      en: 'children granted a permit in the last 12 months',
    },
  },
  'daysToHousing.km.oneMinusS98': {
    label: {
      nl: 'Aandeel binnen 98 dagen gehuisvest (I10, Kaplan–Meier)',
      en: 'Share housed within 98 days (I10, Kaplan–Meier)',
    },
    population: {
      nl: 'kinderen die in de afgelopen 12 maanden een vergunning kregen',
      en: 'children granted a permit in the last 12 months',
    },
  },
};
