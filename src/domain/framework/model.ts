/**
 * The kwaliteitskader as data (domain.md, "Framework baseline"): a framework version → themes
 * (one per recommendation R1–R8) → norms. A norm says what is measured (its `kind` and the
 * parameters of that kind), at which level, where it comes from, and when it applies.
 *
 * This module holds only the shape and its vocabularies. Reading a YAML file into it lives in
 * the server (server/features/kaders/document.ts), the checks a parsed framework must pass in
 * ./check.ts, a municipality's adoption in ./adoption.ts.
 */
import { CATEGORIEEN as ACTIVITY_CATEGORIES } from '../import/activiteiten.js';
import {
  FACTS,
  type Fact,
  LOCATIE_TYPES,
  type LocatieType,
  SUBTYPES,
  type Subtype,
} from '../import/locaties.js';
import { type Category, CATEGORIES as FACILITY_CATEGORIES } from '../import/voorzieningen.js';

export type { Category as FacilityCategory, Fact, LocatieType, Subtype };
export { ACTIVITY_CATEGORIES, FACILITY_CATEGORIES, FACTS, LOCATIE_TYPES, SUBTYPES };
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** Every text of the framework exists in Dutch and English. */
export interface Text {
  nl: string;
  en: string;
}

export const NORM_KINDS = [
  'fact',
  'threshold',
  'distance',
  'lifetime',
  'type',
  'indicator',
  'manual',
] as const;
export type NormKind = (typeof NORM_KINDS)[number];

/** Whether a norm is evaluated per location or once for the municipality. */
export const LEVELS = ['location', 'municipality'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Where a norm (or its number) comes from. `instelbaar`: the number is a proposal rather than
 * law or policy (domain.md); the text then names the recommendation the norm serves.
 */
export const SOURCE_KINDS = ['seed', 'law', 'policy', 'instelbaar'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  kind: SourceKind;
  text: Text;
}

/**
 * When a norm applies; every condition given must hold, otherwise the outcome is `nvt`.
 * `childrenPresent`: members of P(t, scope) are present — for a location with status
 * `voorgesteld` (the locatietoets) this counts as met: the toets asks whether it is fit for
 * children. `locationTypes`: the location's type at t is one of these.
 */
export interface AppliesWhen {
  childrenPresent?: boolean;
  locationTypes?: LocatieType[];
}

/** Facts about a municipality (not a location), for municipal `fact` norms. */
export const MUNICIPALITY_FACTS = ['jeugdregelingen_toegankelijk'] as const;
export type MunicipalityFact = (typeof MUNICIPALITY_FACTS)[number];

/**
 * The numeric attributes a `threshold` norm compares, per level, with their unit.
 * - `capaciteit`: the location's places.
 * - `activiteiten_per_week`: from the activity register — for each age group of the norm's
 *   `activities`, the weekly frequency summed over the current activities in its categories
 *   whose age range overlaps the group; the attribute is the lowest of these sums.
 * - `spreidingswet_realisatie`: the municipality's realised places ÷ its fair share under the
 *   Spreidingswet (a fraction: 1 = 100%).
 */
export const THRESHOLD_ATTRIBUTES = {
  capaciteit: { level: 'location', unit: 'places' },
  activiteiten_per_week: { level: 'location', unit: 'perWeek' },
  spreidingswet_realisatie: { level: 'municipality', unit: 'share' },
} as const satisfies Record<string, { level: Level; unit: Unit }>;
export type ThresholdAttribute = keyof typeof THRESHOLD_ATTRIBUTES;

/**
 * Units of measured values. Shares are fractions of 1 (0.1 = 10%), as in the indicator tables;
 * days are whole days.
 */
export type Unit = 'places' | 'perWeek' | 'share' | 'days' | 'count' | 'km' | 'years';

/**
 * The indicator values an `indicator` norm may compare, by their key path in the indicator
 * table (indicators-api.md), with the indicator they belong to and their unit. A Kaplan–Meier
 * value follows the KM rules of domain.md (cohort < 10 → onbekend; median "niet bereikt").
 */
export const INDICATOR_PATHS = {
  'childrenInNood.shareInNood': { indicator: 'I2', unit: 'share', kaplanMeier: false },
  'childrenInNood.shareInNoodUnaccompanied': {
    indicator: 'I2',
    unit: 'share',
    kaplanMeier: false,
  },
  'transfers12m.shareAtLeast2': { indicator: 'I3', unit: 'share', kaplanMeier: false },
  'daysInNood.current.shareOver183': { indicator: 'I4', unit: 'share', kaplanMeier: false },
  'daysInNood.km.median': { indicator: 'I4', unit: 'days', kaplanMeier: true },
  'daysToSchool.km.median': { indicator: 'I5', unit: 'days', kaplanMeier: true },
  'daysToSchool.km.oneMinusS90': { indicator: 'I5', unit: 'share', kaplanMeier: true },
  'daysToSchool.notEnrolledOver90': { indicator: 'I5', unit: 'count', kaplanMeier: false },
  'daysToJgz.km.median': { indicator: 'I6', unit: 'days', kaplanMeier: true },
  'daysToJgz.km.oneMinusS42': { indicator: 'I6', unit: 'share', kaplanMeier: true },
  'gzaRegistered.share': { indicator: 'I7', unit: 'share', kaplanMeier: false },
  'turning18.shareWithPlan': { indicator: 'I8', unit: 'share', kaplanMeier: false },
  'statusWaiting.shareOver98': { indicator: 'I9', unit: 'share', kaplanMeier: false },
  'daysToHousing.km.median': { indicator: 'I10', unit: 'days', kaplanMeier: true },
  'daysToHousing.km.oneMinusS98': { indicator: 'I10', unit: 'share', kaplanMeier: true },
} as const satisfies Record<string, { indicator: string; unit: Unit; kaplanMeier: boolean }>;
export type IndicatorPath = keyof typeof INDICATOR_PATHS;

/** `atMost`: the value must be ≤ the target (lower is better); `atLeast`: ≥ (higher is better). */
export const COMPARISONS = ['atMost', 'atLeast'] as const;
export type Comparison = (typeof COMPARISONS)[number];

interface NormBase {
  /** `R3.1` for a baseline norm of theme R3; `R3.L1` for a municipality's local norm. */
  id: string;
  title: Text;
  explanation: Text;
  level: Level;
  source: Source;
  appliesWhen?: AppliesWhen;
}

/** A boolean fact: `true` → voldoet, `false` → voldoet_niet, unknown → onbekend. */
export interface FactNorm extends NormBase {
  kind: 'fact';
  /** A location fact (FACTS) at level location; a MUNICIPALITY_FACTS key at level municipality. */
  fact: Fact | MunicipalityFact;
  /** What an assessor judges besides the fact (domain.md "fact + manual"), when anything. */
  assessment?: Text;
}

/** Which activities count for `activiteiten_per_week`, and for which age groups. */
export interface ActivitySelection {
  categories: ActivityCategory[];
  /** Ages in completed years, both ends inclusive. */
  ageGroups: { from: number; to: number }[];
}

/** A numeric attribute against exactly one of `max` (≤) or `min` (≥). */
export interface ThresholdNorm extends NormBase {
  kind: 'threshold';
  attribute: ThresholdAttribute;
  max?: number;
  min?: number;
  /** Required for `activiteiten_per_week`, absent otherwise. */
  activities?: ActivitySelection;
}

/** Straight-line distance from the location to the nearest facility of a category. */
export interface DistanceNorm extends NormBase {
  kind: 'distance';
  facility: Category;
  maxKm: number;
}

/** The planned closing date (`open_tot`) minus the peildatum, in years. */
export interface LifetimeNorm extends NormBase {
  kind: 'lifetime';
  minYears: number;
}

/**
 * The location's type and subtype at t must not be among these (while the norm applies). At
 * least one of the two lists is non-empty.
 */
export interface TypeNorm extends NormBase {
  kind: 'type';
  forbiddenTypes: LocatieType[];
  forbiddenSubtypes: Subtype[];
}

/**
 * A journey indicator of the location or municipality against `target`. With `warning`, a value
 * that misses the target but meets the warning is `voldoet_deels` (the warning band). `ceiling`
 * is a hard limit from law or inspection: the warning band never reaches beyond it, and no
 * adoption can move target or warning past it.
 */
export interface IndicatorNorm extends NormBase {
  kind: 'indicator';
  indicator: IndicatorPath;
  comparison: Comparison;
  target: number;
  warning?: number;
  ceiling?: number;
}

/** An assessor's judgment with evidence text. */
export interface ManualNorm extends NormBase {
  kind: 'manual';
  /** What the assessor looks at. */
  assessment: Text;
}

export type Norm =
  | FactNorm
  | ThresholdNorm
  | DistanceNorm
  | LifetimeNorm
  | TypeNorm
  | IndicatorNorm
  | ManualNorm;

export interface Theme {
  /** `R1` … `R8`. */
  id: string;
  /** The number of the Werkgroep's recommendation the theme carries. */
  recommendation: number;
  title: Text;
  explanation: Text;
  norms: Norm[];
}

export interface Framework {
  /** `YYYY.N`, e.g. `2025.1`; the file is `frameworks/kwaliteitskader-<version>.yaml`. */
  version: string;
  title: Text;
  description: Text;
  themes: Theme[];
}

export const VERSION_PATTERN = /^\d{4}\.\d+$/;
export const THEME_ID_PATTERN = /^R\d+$/;
export const LOCAL_NORM_ID_PATTERN = /^R\d+\.L\d+$/;

/** The theme a norm id belongs to: `R3` for `R3.1` and `R3.L2`. */
export const themeOf = (normId: string): string => normId.split('.')[0]!;

/** All norms of a framework, in order, with their theme. */
export function normsOf<N extends Norm>(framework: {
  themes: readonly { id: string; norms: readonly N[] }[];
}): { theme: string; norm: N }[] {
  return framework.themes.flatMap((theme) =>
    theme.norms.map((norm) => ({ theme: theme.id, norm })),
  );
}

/** The bound of a threshold norm: which side is allowed and the number. */
export function thresholdBound(norm: ThresholdNorm): { bound: 'max' | 'min'; value: number } {
  return norm.max !== undefined
    ? { bound: 'max', value: norm.max }
    : { bound: 'min', value: norm.min! };
}

/** The unit of the number a norm compares, for showing it. */
export function unitOf(norm: Norm): Unit | null {
  switch (norm.kind) {
    case 'threshold':
      return THRESHOLD_ATTRIBUTES[norm.attribute].unit;
    case 'distance':
      return 'km';
    case 'lifetime':
      return 'years';
    case 'indicator':
      return INDICATOR_PATHS[norm.indicator].unit;
    default:
      return null;
  }
}
