/**
 * The automatic evaluation of the kwaliteitskader (domain.md, "Framework baseline"): every norm
 * of a municipality's effective framework, for one location (its `location` norms) or for the
 * municipality (its `municipality` norms), at a peildatum. Each outcome carries one sentence in
 * Dutch and English with the numbers that produced it — as far as the audience may see them
 * (domain.md, "Disclosure control") — and, where a norm is not met, what would have to change
 * (the locatietoets). docs/toetsing.md explains the choices made where domain.md leaves room.
 */
import { addMonths, toDay } from '../dates.js';
import type { Activity } from '../import/activiteiten.js';
import type { Fact, Period, Subtype } from '../import/locaties.js';
import type { Category } from '../import/voorzieningen.js';
import { type Fraction, toNumber } from '../indicators/fraction.js';
import type { PublishedTable } from '../indicators/suppression.js';
import type { RawTable } from '../indicators/table.js';
import type { EffectiveFramework, EffectiveNorm } from './adoption.js';
import { compare, decimalFraction, sum } from './exact.js';
import {
  type DistanceNorm,
  type FactNorm,
  INDICATOR_PATHS,
  type IndicatorNorm,
  type LifetimeNorm,
  type MunicipalityFact,
  normsOf,
  type Text,
  type ThresholdNorm,
  type TypeNorm,
  thresholdBound,
  type Unit,
} from './model.js';
import { type Reading, readPublished, readRaw } from './readings.js';
import {
  ACTIVITY_NAMES,
  FACILITY_NAMES,
  FACT_NAMES,
  formatBeside,
  formatDate,
  formatDays,
  formatList,
  formatNumber,
  formatShare,
  INDICATOR_WORDS,
  type Language,
  MUNICIPALITY_FACT_NAMES,
  SUBTYPE_NAMES,
  TYPE_NAMES,
} from './wording.js';

export const OUTCOMES = ['voldoet', 'voldoet_deels', 'voldoet_niet', 'onbekend', 'nvt'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Who reads an evaluation of a location. `location-staff`: the location's own staff (and the
 * local operator), who see its figures unsuppressed. `outside`: everyone else, and every export
 * and report whoever makes it; for them an indicator norm of the location shows its outcome but
 * not its numbers.
 */
export type Audience = 'location-staff' | 'outside';

export interface Evaluation {
  norm: string;
  theme: string;
  outcome: Outcome;
  /** One sentence with the numbers behind the outcome, as far as the audience may see them. */
  explanation: Text;
  /** What would have to change to meet the norm; only for voldoet_niet and voldoet_deels. */
  change: Text | null;
  /** The explanation leaves out figures that this audience may not see. */
  figuresWithheld: boolean;
}

export interface FacilityPoint {
  name: string;
  lat: number;
  lon: number;
}
export type Facilities = ReadonlyMap<Category, readonly FacilityPoint[]>;

/** A location as the evaluation needs it (the stored location, with its type history). */
export interface LocationUnderTest {
  code: string;
  status: 'voorgesteld' | 'open' | 'gesloten';
  capacity: number;
  /** The planned closing date (`open_tot`). */
  openUntil: string | null;
  lat: number | null;
  lon: number | null;
  facts: Partial<Record<Fact, boolean | null>>;
  periods: readonly Period[];
}

export interface LocationData {
  location: LocationUnderTest;
  /** The location's own indicator table at the peildatum, exact. */
  indicators: RawTable;
  /** The location's activities as registered (current version of each). */
  activities: readonly Activity[];
  facilities: Facilities;
}

export interface MunicipalityData {
  /** The municipality's table in the published set of the peildatum. */
  published: PublishedTable;
  facts: Partial<Record<MunicipalityFact, boolean | null>>;
  /** Realised places ÷ fair share under the Spreidingswet; null while unknown. */
  spreidingswetRealisation: number | null;
}

// ---------------------------------------------------------------------------------------------
// Sentences

const say = (sentence: (l: Language) => string): Text => ({
  nl: sentence('nl'),
  en: sentence('en'),
});
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const SIGN = { max: '≤', min: '≥' } as const;

function formatValue(value: number, unit: Unit, l: Language, bound?: number): string {
  const beside = (format: (n: number, d: number) => string, decimals: number) =>
    bound === undefined ? format(value, decimals) : formatBeside(value, bound, format, decimals);
  switch (unit) {
    case 'share':
      return beside((n, d) => formatShare(n, l, d), 1);
    case 'days':
      return formatDays(value, l);
    case 'km':
      return `${beside((n, d) => formatNumber(n, l, d), 1)} km`;
    case 'years':
      return `${formatNumber(value, l, 1)} ${l === 'nl' ? 'jaar' : value === 1 ? 'year' : 'years'}`;
    case 'places':
      return `${formatNumber(value, l)} ${l === 'nl' ? 'plaatsen' : 'places'}`;
    case 'perWeek':
      return `${beside((n, d) => formatNumber(n, l, d), 1)} ${l === 'nl' ? 'keer per week' : 'times a week'}`;
    case 'count':
      return formatNumber(value, l);
  }
}

/** "norm ≤ 14 dagen; tot en met 183 dagen voldoet deels". */
function indicatorBound(norm: IndicatorNorm, l: Language): string {
  const unit = INDICATOR_PATHS[norm.indicator].unit;
  const sign = norm.comparison === 'atMost' ? '≤' : '≥';
  const target = `norm ${sign} ${formatValue(norm.target, unit, l)}`;
  if (norm.warning === undefined) return target;
  const warning = formatValue(norm.warning, unit, l);
  return l === 'nl'
    ? `${target}; ${norm.comparison === 'atMost' ? 'tot en met' : 'vanaf'} ${warning} voldoet deels`
    : `${target}; ${norm.comparison === 'atMost' ? 'up to' : 'from'} ${warning} partly met`;
}

// ---------------------------------------------------------------------------------------------
// The outcome of one norm

interface Result {
  outcome: Outcome;
  explanation: Text;
  change?: Text;
  figuresWithheld?: boolean;
}

const result = (outcome: Outcome, explanation: Text, change?: Text): Result => ({
  outcome,
  explanation,
  ...(change ? { change } : {}),
});

/** The type and subtype a location has on a date: its period with the latest start on or before it. */
export function typeAt(periods: readonly Period[], date: string): Period | null {
  let current: Period | null = periods[0] ?? null;
  for (const period of periods) if (period.vanaf === null || period.vanaf <= date) current = period;
  return current;
}

/** Great-circle distance in km on the mean Earth radius (haversine): "straight-line km". */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function nearest(
  points: readonly FacilityPoint[],
  from: { lat: number; lon: number },
): { facility: FacilityPoint; km: number } | null {
  let best: { facility: FacilityPoint; km: number } | null = null;
  for (const facility of points) {
    const km = haversineKm(from, facility);
    if (!best || km < best.km) best = { facility, km };
  }
  return best;
}

function factResult(name: Text, value: boolean | null | undefined, assessment: boolean): Result {
  if (value === true && assessment) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl'
          ? `${capitalise(name.nl)}: ja; het deel dat een beoordelaar toetst, is nog niet beoordeeld.`
          : `${capitalise(name.en)}: yes; the part an assessor judges has not been assessed yet.`,
      ),
    );
  }
  if (value === true) {
    return result(
      'voldoet',
      say((l) => `${capitalise(name[l])}: ${l === 'nl' ? 'ja' : 'yes'}.`),
    );
  }
  if (value === false) {
    return result(
      'voldoet_niet',
      say((l) => `${capitalise(name[l])}: ${l === 'nl' ? 'nee' : 'no'}.`),
      say((l) => (l === 'nl' ? `zorgen voor ${name.nl}` : `provide ${name.en}`)),
    );
  }
  return result(
    'onbekend',
    say((l) =>
      l === 'nl'
        ? `${capitalise(name.nl)}: onbekend; dit feit is niet ingevuld.`
        : `${capitalise(name.en)}: unknown; this fact has not been filled in.`,
    ),
  );
}

function capacityResult(norm: ThresholdNorm, capacity: number): Result {
  const { bound, value } = thresholdBound(norm);
  const met = bound === 'max' ? capacity <= value : capacity >= value;
  const explanation = say((l) =>
    l === 'nl'
      ? `Capaciteit ${formatNumber(capacity, l)} plaatsen (norm ${SIGN[bound]} ${formatNumber(value, l)}).`
      : `Capacity ${formatNumber(capacity, l)} places (norm ${SIGN[bound]} ${formatNumber(value, l)}).`,
  );
  if (met) return result('voldoet', explanation);
  return result(
    'voldoet_niet',
    explanation,
    say((l) =>
      l === 'nl'
        ? `capaciteit ${bound === 'max' ? 'terugbrengen' : 'verhogen'} van ${formatNumber(capacity, l)} naar ten ${bound === 'max' ? 'hoogste' : 'minste'} ${formatNumber(value, l)} plaatsen`
        : `${bound === 'max' ? 'reduce' : 'raise'} the capacity from ${formatNumber(capacity, l)} to at ${bound === 'max' ? 'most' : 'least'} ${formatNumber(value, l)} places`,
    ),
  );
}

/**
 * The activity register's weekly offer: per age group of the norm, the frequencies of the
 * activities current at t in its categories whose ages overlap the group, added up exactly;
 * the attribute is the lowest of these sums (model.ts, THRESHOLD_ATTRIBUTES).
 */
function activitiesResult(norm: ThresholdNorm, activities: readonly Activity[], t: string): Result {
  if (!activities.length) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl'
          ? 'Er zijn geen activiteiten van deze locatie geregistreerd.'
          : 'No activities of this location are registered.',
      ),
    );
  }
  const selection = norm.activities!;
  const current = activities.filter(
    (a) =>
      selection.categories.includes(a.categorie) && a.van <= t && (a.tot === null || a.tot >= t),
  );
  const perGroup = selection.ageGroups.map((group) => ({
    group,
    perWeek: sum(
      current
        .filter(
          (a) => (a.leeftijdVan ?? 0) <= group.to && (a.leeftijdTot ?? Infinity) >= group.from,
        )
        .map((a) => decimalFraction(a.frequentiePerWeek)),
    ),
  }));
  const { bound, value } = thresholdBound(norm);
  const boundFraction = decimalFraction(value);
  const lowest = perGroup.reduce((a, b) => (compare(b.perWeek, a.perWeek) < 0 ? b : a));
  const side = compare(lowest.perWeek, boundFraction);
  const met = bound === 'max' ? side <= 0 : side >= 0;
  const categories = (l: Language) =>
    formatList(
      selection.categories.map((c) => ACTIVITY_NAMES[c][l]),
      l,
      l === 'nl' ? 'of' : 'or',
    );
  const ages = (g: { from: number; to: number }) => `${g.from}–${g.to}`;
  const explanation = say((l) => {
    const offers = perGroup
      .map(({ group, perWeek }) =>
        l === 'nl'
          ? `${formatNumber(toNumber(perWeek), l, 2)} keer voor ${ages(group)} jaar`
          : `${formatNumber(toNumber(perWeek), l, 2)} times for ages ${ages(group)}`,
      )
      .join(', ');
    return l === 'nl'
      ? `Wekelijks aanbod ${categories(l)}: ${offers} (norm ${SIGN[bound]} ${formatNumber(value, l, 2)} per leeftijdsgroep).`
      : `Weekly ${categories(l)}: ${offers} (norm ${SIGN[bound]} ${formatNumber(value, l, 2)} per age group).`;
  });
  if (met) return result('voldoet', explanation);
  return result(
    'voldoet_niet',
    explanation,
    say((l) =>
      l === 'nl'
        ? `het wekelijkse aanbod ${categories(l)} voor ${ages(lowest.group)} jaar naar ten ${bound === 'max' ? 'hoogste' : 'minste'} ${formatNumber(value, l, 2)} keer`
        : `bring the weekly ${categories(l)} for ages ${ages(lowest.group)} to at ${bound === 'max' ? 'most' : 'least'} ${formatNumber(value, l, 2)} times`,
    ),
  );
}

function spreidingswetResult(norm: ThresholdNorm, realisation: number | null): Result {
  const { bound, value } = thresholdBound(norm);
  if (realisation === null) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl'
          ? 'Het aandeel van de gemeente volgens de Spreidingswet en de gerealiseerde plaatsen zijn niet bekend in Kindkader.'
          : "The municipality's share under the Spreidingswet and its realised places are not known to Kindkader.",
      ),
    );
  }
  const side = compare(decimalFraction(realisation), decimalFraction(value));
  const met = bound === 'max' ? side <= 0 : side >= 0;
  const explanation = say((l) =>
    l === 'nl'
      ? `Gerealiseerd: ${formatValue(realisation, 'share', l, value)} van het aandeel volgens de Spreidingswet (norm ${SIGN[bound]} ${formatShare(value, l)}).`
      : `Realised: ${formatValue(realisation, 'share', l, value)} of the share under the Spreidingswet (norm ${SIGN[bound]} ${formatShare(value, l)}).`,
  );
  return met ? result('voldoet', explanation) : result('voldoet_niet', explanation);
}

function distanceResult(norm: DistanceNorm, data: LocationData): Result {
  const { lat, lon } = data.location;
  const names = FACILITY_NAMES[norm.facility];
  if (lat === null || lon === null) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl'
          ? `De coördinaten van de locatie ontbreken, dus de afstand tot een ${names.one.nl} is niet te bepalen.`
          : `The location's coordinates are missing, so the distance to a ${names.one.en} cannot be determined.`,
      ),
    );
  }
  const found = nearest(data.facilities.get(norm.facility) ?? [], { lat, lon });
  if (!found) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl'
          ? `Er zijn geen ${names.many.nl} bekend in Kindkader; lees de voorzieningen in.`
          : `No ${names.many.en} are known to Kindkader; import the facilities.`,
      ),
    );
  }
  const km = (l: Language) => formatValue(found.km, 'km', l, norm.maxKm);
  const maxKm = (l: Language) => formatValue(norm.maxKm, 'km', l);
  const explanation = say((l) =>
    l === 'nl'
      ? `Dichtstbijzijnde ${names.one.nl} op ${km(l)} (norm ≤ ${maxKm(l)}): ${found.facility.name}.`
      : `Nearest ${names.one.en} at ${km(l)} (norm ≤ ${maxKm(l)}): ${found.facility.name}.`,
  );
  if (found.km <= norm.maxKm) return result('voldoet', explanation);
  return result(
    'voldoet_niet',
    explanation,
    say((l) =>
      l === 'nl'
        ? `een ${names.one.nl} binnen ${maxKm(l)} (nu ${km(l)})`
        : `a ${names.one.en} within ${maxKm(l)} (now ${km(l)})`,
    ),
  );
}

/**
 * The planned closing date against the peildatum plus the minimum, in calendar months: 5 years
 * after 17-07-2025 is 17-07-2030. The years in the sentence are days ÷ 365,25.
 */
function lifetimeResult(norm: LifetimeNorm, openUntil: string | null, t: string): Result {
  const years = (l: Language) => formatValue(norm.minYears, 'years', l);
  if (openUntil === null) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl'
          ? `Er is geen geplande sluitingsdatum bekend, dus de resterende looptijd is niet te bepalen (norm ≥ ${years(l)}).`
          : `No planned closing date is known, so the remaining lifetime cannot be determined (norm ≥ ${years(l)}).`,
      ),
    );
  }
  const required = addMonths(t, Math.ceil(norm.minYears * 12 - 1e-9));
  const remaining = (toDay(openUntil) - toDay(t)) / 365.25;
  const until = (l: Language) => formatDate(openUntil, l);
  const stated = (l: Language) =>
    remaining <= 0
      ? l === 'nl'
        ? `Gepland open tot ${until(l)}, niet na de peildatum`
        : `Planned to stay open until ${until(l)}, not after the reference date`
      : l === 'nl'
        ? `Gepland open tot ${until(l)}: nog ${formatValue(remaining, 'years', l)} na de peildatum`
        : `Planned to stay open until ${until(l)}: ${formatValue(remaining, 'years', l)} after the reference date`;
  if (openUntil >= required) {
    return result(
      'voldoet',
      say((l) => `${stated(l)} (norm ≥ ${years(l)}).`),
    );
  }
  return result(
    'voldoet_niet',
    say((l) =>
      l === 'nl'
        ? `${stated(l)}; de norm (≥ ${years(l)}) vraagt open tot ten minste ${formatDate(required, l)}.`
        : `${stated(l)}; the norm (≥ ${years(l)}) asks for opening until at least ${formatDate(required, l)}.`,
    ),
    say((l) =>
      l === 'nl'
        ? `de locatie open houden tot ten minste ${formatDate(required, l)} (nu gepland tot ${until(l)})`
        : `keep the location open until at least ${formatDate(required, l)} (now planned until ${until(l)})`,
    ),
  );
}

function typeResult(norm: TypeNorm, context: LocationContext): Result {
  const period = context.period;
  if (!period) {
    return result(
      'onbekend',
      say((l) =>
        l === 'nl' ? 'Het type van de locatie is niet bekend.' : 'The location type is not known.',
      ),
    );
  }
  const type = TYPE_NAMES[period.type];
  const building = (subtype: Subtype | null, l: Language) =>
    subtype
      ? l === 'nl'
        ? ` in een ${SUBTYPE_NAMES[subtype].nl}`
        : ` in a ${SUBTYPE_NAMES[subtype].en}`
      : l === 'nl'
        ? ' zonder bijzonder gebouw'
        : ' without a special building';
  const described = (l: Language) => `${type[l]}${building(period.subtype, l)}`;
  const badType = norm.forbiddenTypes.includes(period.type);
  const badSubtype = period.subtype !== null && norm.forbiddenSubtypes.includes(period.subtype);
  if (!badType && !badSubtype) {
    return result(
      'voldoet',
      say((l) =>
        l === 'nl'
          ? `Type ${described(l)}: geen verboden type of gebouw.`
          : `Type ${described(l)}: no forbidden type or building.`,
      ),
    );
  }
  const forbidden = (l: Language) =>
    formatList(
      [
        ...norm.forbiddenTypes.map((t) => TYPE_NAMES[t][l]),
        ...norm.forbiddenSubtypes.map((s) => SUBTYPE_NAMES[s][l]),
      ],
      l,
      l === 'nl' ? 'of' : 'or',
    );
  const children = (l: Language) => {
    if (context.proposed) return '';
    if (context.childCount === 0) return '';
    if (context.audience === 'outside') {
      return l === 'nl' ? ', terwijl er kinderen verblijven' : ', while children stay there';
    }
    const n = formatNumber(context.childCount, l);
    return l === 'nl'
      ? `, terwijl er ${n} ${context.childCount === 1 ? 'kind verblijft' : 'kinderen verblijven'}`
      : `, while ${n} ${context.childCount === 1 ? 'child stays' : 'children stay'} there`;
  };
  const change = say((l) =>
    formatList(
      [
        ...(badType
          ? [
              l === 'nl'
                ? `een ander type opvang dan ${type.nl}`
                : `a type of reception other than ${type.en}`,
            ]
          : []),
        ...(badSubtype
          ? [
              l === 'nl'
                ? `een ander gebouw dan een ${SUBTYPE_NAMES[period.subtype!].nl}`
                : `a building other than a ${SUBTYPE_NAMES[period.subtype!].en}`,
            ]
          : []),
      ],
      l,
    ),
  );
  return result(
    'voldoet_niet',
    say((l) =>
      l === 'nl'
        ? `${context.proposed ? 'Voorgesteld als' : 'Type'} ${described(l)}${children(l)}; kinderen horen niet in ${forbidden(l)}.`
        : `${context.proposed ? 'Proposed as' : 'Type'} ${described(l)}${children(l)}; children do not belong in ${forbidden(l)}.`,
    ),
    change,
  );
}

/** An indicator value against target and warning band, exactly. */
function judge(norm: IndicatorNorm, value: Fraction): Outcome {
  const meets = (bound: number) => {
    const side = compare(value, decimalFraction(bound));
    return norm.comparison === 'atMost' ? side <= 0 : side >= 0;
  };
  if (meets(norm.target)) return 'voldoet';
  return norm.warning !== undefined && meets(norm.warning) ? 'voldoet_deels' : 'voldoet_niet';
}

/**
 * A Kaplan–Meier median *niet bereikt* lies beyond every day whose S can be estimated
 * (domain.md: `voldoet_niet` when S(x) > 0,5 can be estimated, `onbekend` when it cannot).
 */
function judgeNotReached(norm: IndicatorNorm, estimable: (days: number) => boolean): Outcome {
  if (norm.comparison === 'atLeast') return estimable(norm.target) ? 'voldoet' : 'onbekend';
  if (!estimable(norm.target)) return 'onbekend';
  if (norm.warning === undefined || estimable(norm.warning)) return 'voldoet_niet';
  return 'onbekend';
}

const OUTCOME_WORDS: Record<Outcome, Text> = {
  voldoet: { nl: 'voldoet', en: 'meets the norm' },
  voldoet_deels: { nl: 'voldoet deels', en: 'partly meets the norm' },
  voldoet_niet: { nl: 'voldoet niet', en: 'does not meet the norm' },
  onbekend: { nl: 'onbekend', en: 'unknown' },
  nvt: { nl: 'niet van toepassing', en: 'not applicable' },
};

const WITHHELD: Text = {
  nl: 'De cijfers van één locatie zijn alleen voor de eigen medewerkers.',
  en: "A single location's figures are for its own staff only.",
};

/**
 * An indicator norm. `shown`: whether the figures may be quoted (a location's own staff, or a
 * municipal norm read from the published set); otherwise the sentence names the outcome and
 * the norm but no figure of the location.
 */
function indicatorResult(norm: IndicatorNorm, reading: Reading, shown: boolean): Result {
  const words = INDICATOR_WORDS[norm.indicator];
  const unit = INDICATOR_PATHS[norm.indicator].unit;
  const bound = (l: Language) => indicatorBound(norm, l);
  const withheld = (outcome: Outcome, reason: Text | null): Result => ({
    outcome,
    explanation: say((l) =>
      reason
        ? `${words.label[l]}: ${reason[l]} ${WITHHELD[l]}`
        : `${words.label[l]}: ${OUTCOME_WORDS[outcome][l]} (${bound(l)}). ${WITHHELD[l]}`,
    ),
    figuresWithheld: true,
  });
  switch (reading.state) {
    case 'empty':
      return result(
        'nvt',
        say((l) =>
          l === 'nl'
            ? `${words.label.nl}: niets te toetsen; er zijn geen ${words.population.nl}.`
            : `${words.label.en}: nothing to assess; there are no ${words.population.en}.`,
        ),
      );
    case 'suppressed':
      return result(
        'onbekend',
        say((l) =>
          l === 'nl'
            ? `${words.label.nl}: het cijfer is onderdrukt in de publicatieset (x), dus niet te toetsen (${bound(l)}).`
            : `${words.label.en}: the figure is suppressed in the published set (x), so it cannot be assessed (${bound(l)}).`,
        ),
      );
    case 'small-cohort': {
      const n = shown ? reading.children : null;
      return result(
        'onbekend',
        say((l) =>
          l === 'nl'
            ? `${words.label.nl}: te weinig kinderen om te toetsen (${n === null ? 'minder dan 10' : `${formatNumber(n, l)}, minder dan 10,`} in het cohort).`
            : `${words.label.en}: too few children to assess (${n === null ? 'fewer than 10' : `${formatNumber(n, l)}, fewer than 10,`} in the cohort).`,
        ),
      );
    }
    case 'not-estimable':
      return shown
        ? result(
            'onbekend',
            say((l) =>
              l === 'nl'
                ? `${words.label.nl}: niet schatbaar; de kinderen zijn nog niet lang genoeg gevolgd (${bound(l)}).`
                : `${words.label.en}: cannot be estimated; the children have not been followed long enough (${bound(l)}).`,
            ),
          )
        : withheld('onbekend', { nl: 'niet schatbaar.', en: 'cannot be estimated.' });
    case 'not-reached': {
      const outcome = judgeNotReached(norm, reading.estimable);
      const change = missed(outcome) ? indicatorChange(norm, null) : undefined;
      if (!shown) return { ...withheld(outcome, null), ...(change ? { change } : {}) };
      const detail = (l: Language) => (reading.detail ? `; ${reading.detail[l]}` : '');
      return result(
        outcome,
        say((l) =>
          l === 'nl'
            ? `${words.label.nl}: mediaan niet bereikt, meer dan de helft wacht nog${outcome === 'onbekend' ? '; niet te schatten of die binnen de norm valt' : ''} (${bound(l)}${detail(l)}).`
            : `${words.label.en}: median not reached, more than half are still waiting${outcome === 'onbekend' ? '; cannot be estimated whether it lies within the norm' : ''} (${bound(l)}${detail(l)}).`,
        ),
        change,
      );
    }
    case 'value': {
      const outcome = judge(norm, reading.value);
      const change = missed(outcome)
        ? indicatorChange(norm, shown ? reading.value : null)
        : undefined;
      if (!shown) return { ...withheld(outcome, null), ...(change ? { change } : {}) };
      const value = toNumber(reading.value);
      const detail = (l: Language) => (reading.detail ? `; ${reading.detail[l]}` : '');
      return result(
        outcome,
        say(
          (l) =>
            `${words.label[l]}: ${formatValue(value, unit, l, norm.target)} (${bound(l)}${detail(l)}).`,
        ),
        change,
      );
    }
  }
}

/** Outcomes that come with what would have to change. */
const missed = (outcome: Outcome) => outcome === 'voldoet_niet' || outcome === 'voldoet_deels';

function indicatorChange(norm: IndicatorNorm, now: Fraction | null): Text {
  const words = INDICATOR_WORDS[norm.indicator];
  const unit = INDICATOR_PATHS[norm.indicator].unit;
  const lower = norm.comparison === 'atMost';
  return say((l) => {
    const target = formatValue(norm.target, unit, l);
    const current =
      now === null
        ? ''
        : ` (${l === 'nl' ? 'nu' : 'now'} ${formatValue(toNumber(now), unit, l, norm.target)})`;
    return l === 'nl'
      ? `${words.label.nl}: ${lower ? 'terugbrengen tot ten hoogste' : 'verhogen tot ten minste'} ${target}${current}`
      : `${words.label.en}: ${lower ? 'bring down to at most' : 'raise to at least'} ${target}${current}`;
  });
}

const NOT_ASSESSED: Text = {
  nl: 'Nog niet beoordeeld: dit oordeelt een beoordelaar, met onderbouwing.',
  en: 'Not assessed yet: an assessor judges this, with evidence.',
};

// ---------------------------------------------------------------------------------------------
// A location

interface LocationContext {
  data: LocationData;
  peildatum: string;
  audience: Audience;
  period: Period | null;
  /** Members of P(t, location). */
  childCount: number;
  /** Status `voorgesteld`: the locatietoets asks whether the place is fit for children. */
  proposed: boolean;
}

function notApplicable(norm: EffectiveNorm, context: LocationContext): Text | null {
  const when = norm.appliesWhen;
  const type = context.period?.type;
  if (when?.locationTypes && type && !when.locationTypes.includes(type)) {
    return say((l) =>
      l === 'nl'
        ? `Geldt niet voor een locatie van het type ${TYPE_NAMES[type].nl}.`
        : `Does not apply to a location of type ${TYPE_NAMES[type].en}.`,
    );
  }
  if (when?.childrenPresent && !context.proposed && context.childCount === 0) {
    return say((l) =>
      l === 'nl'
        ? 'Op de peildatum verblijven er geen kinderen op deze locatie.'
        : 'No children stay at this location on the reference date.',
    );
  }
  return null;
}

function locationNorm(norm: EffectiveNorm, context: LocationContext): Result {
  const nvt = notApplicable(norm, context);
  if (nvt) return result('nvt', nvt);
  const { location } = context.data;
  switch (norm.kind) {
    case 'fact':
      return factResult(
        FACT_NAMES[(norm as FactNorm).fact as Fact],
        location.facts[norm.fact as Fact],
        norm.assessment !== undefined,
      );
    case 'threshold':
      return norm.attribute === 'capaciteit'
        ? capacityResult(norm, location.capacity)
        : activitiesResult(norm, context.data.activities, context.peildatum);
    case 'distance':
      return distanceResult(norm, context.data);
    case 'lifetime':
      return lifetimeResult(norm, location.openUntil, context.peildatum);
    case 'type':
      return typeResult(norm, context);
    case 'indicator':
      if (context.proposed) {
        return result(
          'nvt',
          say((l) =>
            l === 'nl'
              ? 'Nog niet te toetsen: een voorgestelde locatie heeft nog geen kinderen. Deze norm geldt zodra er kinderen wonen.'
              : 'Cannot be assessed yet: a proposed location has no children. This norm applies once children live there.',
          ),
        );
      }
      return indicatorResult(
        norm,
        readRaw(context.data.indicators, norm.indicator),
        context.audience === 'location-staff',
      );
    case 'manual':
      return result('onbekend', NOT_ASSESSED);
  }
}

function toEvaluation(theme: string, norm: EffectiveNorm, r: Result): Evaluation {
  return {
    norm: norm.id,
    theme,
    outcome: r.outcome,
    explanation: r.explanation,
    change: r.change ?? null,
    figuresWithheld: r.figuresWithheld ?? false,
  };
}

/**
 * Every `location` norm of the framework for one location at peildatum `t`, in the framework's
 * order, worded for `audience`.
 */
export function evaluateLocation(
  framework: EffectiveFramework,
  data: LocationData,
  t: string,
  audience: Audience,
): Evaluation[] {
  const context: LocationContext = {
    data,
    peildatum: t,
    audience,
    period: typeAt(data.location.periods, t),
    childCount: data.indicators.children.count,
    proposed: data.location.status === 'voorgesteld',
  };
  return normsOf(framework)
    .filter(({ norm }) => norm.level === 'location')
    .map(({ theme, norm }) => toEvaluation(theme, norm, locationNorm(norm, context)));
}

// ---------------------------------------------------------------------------------------------
// A municipality

function municipalityNorm(norm: EffectiveNorm, data: MunicipalityData): Result {
  if (norm.appliesWhen?.childrenPresent && data.published.children.count === 0) {
    return result(
      'nvt',
      say((l) =>
        l === 'nl'
          ? 'Op de peildatum verblijven er geen kinderen in de opvang in deze gemeente.'
          : 'No children stay in reception in this municipality on the reference date.',
      ),
    );
  }
  switch (norm.kind) {
    case 'fact':
      return factResult(
        MUNICIPALITY_FACT_NAMES[norm.fact as MunicipalityFact],
        data.facts[norm.fact as MunicipalityFact],
        norm.assessment !== undefined,
      );
    case 'threshold':
      return spreidingswetResult(norm, data.spreidingswetRealisation);
    case 'indicator':
      // Published figures may be quoted to anyone.
      return indicatorResult(norm, readPublished(data.published, norm.indicator), true);
    case 'manual':
      return result('onbekend', NOT_ASSESSED);
    default:
      throw new Error(`een ${norm.kind}-norm gaat over een locatie, niet over een gemeente`);
  }
}

/**
 * Every `municipality` norm of the framework at peildatum t, from the municipality's published
 * table: the same sentence for every audience.
 */
export function evaluateMunicipality(
  framework: EffectiveFramework,
  data: MunicipalityData,
): Evaluation[] {
  return normsOf(framework)
    .filter(({ norm }) => norm.level === 'municipality')
    .map(({ theme, norm }) => toEvaluation(theme, norm, municipalityNorm(norm, data)));
}

/** How many evaluations have each outcome, every outcome listed. */
export function countOutcomes(evaluations: readonly Evaluation[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const e of evaluations) counts[e.outcome]++;
  return counts;
}
