/**
 * A municipality's adoption of a framework version (domain.md: "A municipality adopts a
 * framework version, and may: tighten a threshold, add a norm, or mark a norm as not adopted
 * with a reason"), the rules an adoption must meet, and the effective framework it yields.
 */
import {
  checkIndicatorBounds,
  checkLocalNormId,
  checkNorm,
  duplicateId,
  type Issue,
  type Path,
} from './check.js';
import {
  type Framework,
  type IndicatorNorm,
  type LocatieType,
  type Norm,
  type NormKind,
  normsOf,
  type Subtype,
  type Theme,
} from './model.js';

/** The parameters a tightening may set, each only stricter than the baseline's. */
export interface TightenedValues {
  max?: number;
  min?: number;
  maxKm?: number;
  minYears?: number;
  target?: number;
  warning?: number;
  /** Only more: the baseline's forbidden types plus others. */
  forbiddenTypes?: LocatieType[];
  forbiddenSubtypes?: Subtype[];
}

export interface Tightening extends TightenedValues {
  norm: string;
  /** Why, in the municipality's words; optional. */
  reason?: string;
}

export interface NotAdopted {
  norm: string;
  /** Mandatory: a municipality that leaves a norm out says why. */
  reason: string;
}

/** A norm the municipality adds, under one of the framework's themes (its id says which). */
export type LocalNorm = Norm;

export interface Adoption {
  /** The CBS code; in a file it says whose adoption it is. */
  municipality?: string;
  /** The adopted framework version. */
  framework: string;
  tightened: Tightening[];
  notAdopted: NotAdopted[];
  localNorms: LocalNorm[];
}

type NumericParameter = 'max' | 'min' | 'maxKm' | 'minYears' | 'target' | 'warning';
type ListParameter = 'forbiddenTypes' | 'forbiddenSubtypes';
export const TIGHTENED_PARAMETERS = [
  'max',
  'min',
  'maxKm',
  'minYears',
  'target',
  'warning',
  'forbiddenTypes',
  'forbiddenSubtypes',
] as const satisfies readonly (NumericParameter | ListParameter)[];
export type TightenedParameter = (typeof TIGHTENED_PARAMETERS)[number];

/** Which way is stricter: a lower number, a higher number, or more items in a list. */
export type Stricter = 'lower' | 'higher' | 'more';

/** The parameters of a norm that an adoption may tighten, and which way is stricter. */
export function tightenable(norm: Norm): Partial<Record<TightenedParameter, Stricter>> {
  switch (norm.kind) {
    case 'threshold':
      return norm.max !== undefined ? { max: 'lower' } : { min: 'higher' };
    case 'distance':
      return { maxKm: 'lower' };
    case 'lifetime':
      return { minYears: 'higher' };
    case 'type':
      return { forbiddenTypes: 'more', forbiddenSubtypes: 'more' };
    case 'indicator': {
      const way = norm.comparison === 'atMost' ? 'lower' : 'higher';
      return norm.warning !== undefined ? { target: way, warning: way } : { target: way };
    }
    case 'fact':
    case 'manual':
      return {};
  }
}

const KIND_NAMES: Record<NormKind, string> = {
  fact: 'feitnorm',
  threshold: 'drempelnorm',
  distance: 'afstandsnorm',
  lifetime: 'levensduurnorm',
  type: 'typenorm',
  indicator: 'indicatornorm',
  manual: 'beoordelingsnorm',
};

/** The norm with the tightening's values in place of the baseline's. */
export function applyTightening(norm: Norm, tightening: TightenedValues): Norm {
  const changed: Record<string, unknown> = { ...norm };
  for (const parameter of TIGHTENED_PARAMETERS) {
    if (tightening[parameter] !== undefined) changed[parameter] = tightening[parameter];
  }
  return changed as unknown as Norm;
}

/** Everything wrong with an adoption of `baseline`, with the path of each offending field. */
export function checkAdoption(baseline: Framework, adoption: Adoption): Issue[] {
  const issues: Issue[] = [];
  const baselineNorms = new Map(normsOf(baseline).map(({ norm }) => [norm.id, norm]));
  const unknownNorm = (id: string, path: Path): boolean => {
    if (baselineNorms.has(id)) return false;
    issues.push({
      path,
      message: `norm ${id} bestaat niet in versie ${baseline.version} van het kwaliteitskader`,
    });
    return true;
  };
  if (adoption.framework !== baseline.version) {
    issues.push({
      path: ['framework'],
      message: `dit is versie ${baseline.version}, niet ${adoption.framework}`,
    });
  }

  const notAdoptedIds = new Set(adoption.notAdopted.map((n) => n.norm));
  const tightenedSeen = new Map<string, Path>();
  adoption.tightened.forEach((tightening, i) => {
    const path: Path = ['tightened', i];
    if (unknownNorm(tightening.norm, [...path, 'norm'])) return;
    if (tightenedSeen.has(tightening.norm)) {
      issues.push({
        path: [...path, 'norm'],
        message: `${tightening.norm} is al eerder aangescherpt; zet alles wat u aan deze norm aanscherpt in één aanscherping`,
      });
    }
    tightenedSeen.set(tightening.norm, path);
    if (notAdoptedIds.has(tightening.norm)) {
      issues.push({
        path: [...path, 'norm'],
        message: `${tightening.norm} staat ook bij notAdopted: een norm die u niet overneemt, kunt u niet aanscherpen`,
      });
    }
    issues.push(...checkTightening(baselineNorms.get(tightening.norm)!, tightening, path));
  });

  const notAdoptedSeen = new Set<string>();
  adoption.notAdopted.forEach((entry, i) => {
    const path: Path = ['notAdopted', i];
    if (unknownNorm(entry.norm, [...path, 'norm'])) return;
    if (notAdoptedSeen.has(entry.norm)) {
      issues.push({
        path: [...path, 'norm'],
        message: `${entry.norm} staat twee keer bij notAdopted`,
      });
    }
    notAdoptedSeen.add(entry.norm);
    if (!entry.reason.trim()) {
      issues.push({
        path: [...path, 'reason'],
        message: `geef een reden waarom ${entry.norm} niet wordt overgenomen`,
      });
    }
  });

  const themeIds = baseline.themes.map((t) => t.id);
  const ids = new Map<string, Path>([...baselineNorms.keys()].map((id) => [id, ['baseline']]));
  adoption.localNorms.forEach((norm, i) => {
    const path: Path = ['localNorms', i];
    const idIssues = checkLocalNormId(norm.id, themeIds, [...path, 'id']);
    issues.push(...idIssues);
    if (!idIssues.length) issues.push(...duplicateId(norm.id, [...path, 'id'], ids));
    issues.push(...checkNorm(norm, path));
  });
  return issues;
}

function checkTightening(norm: Norm, tightening: Tightening, path: Path): Issue[] {
  const issues: Issue[] = [];
  const allowed = tightenable(norm);
  const given = TIGHTENED_PARAMETERS.filter((p) => tightening[p] !== undefined);
  const kindName = KIND_NAMES[norm.kind];
  if (!Object.keys(allowed).length) {
    return [
      {
        path: [...path, 'norm'],
        message: `${norm.id} is een ${kindName}: daaraan valt niets aan te scherpen; neem hem niet over met een reden, of voeg een lokale norm toe`,
      },
    ];
  }
  const choices = Object.keys(allowed).join(' of ');
  if (!given.length) {
    return [{ path, message: `noem wat u aan ${norm.id} aanscherpt: ${choices}` }];
  }
  for (const parameter of given) {
    const way = allowed[parameter];
    const at = [...path, parameter];
    if (!way) {
      issues.push({
        path: at,
        message: `${parameter} hoort niet bij ${norm.id} (een ${kindName}); aan te scherpen is ${choices}`,
      });
      continue;
    }
    const current = (norm as unknown as Record<string, unknown>)[parameter];
    const next = tightening[parameter];
    const message =
      way === 'more'
        ? notMore(current as string[], next as string[])
        : notStricter(current as number, next as number, way);
    if (message) issues.push({ path: at, message: `${norm.id}: ${message}` });
  }
  if (norm.kind === 'indicator' && !issues.length) {
    issues.push(
      ...checkIndicatorBounds(applyTightening(norm, tightening) as IndicatorNorm, path).map(
        (issue) => ({ ...issue, message: `${norm.id}: ${issue.message}` }),
      ),
    );
  }
  return issues;
}

function notStricter(baseline: number, value: number, way: 'lower' | 'higher'): string | null {
  if (value === baseline) {
    return `${value} is gelijk aan de basiswaarde; laat deze aanscherping weg`;
  }
  const stricter = way === 'lower' ? value < baseline : value > baseline;
  if (stricter) return null;
  return `${value} is niet strenger dan de basiswaarde ${baseline}: een gemeente mag alleen aanscherpen (${way === 'lower' ? 'een lagere' : 'een hogere'} waarde)`;
}

function notMore(baseline: readonly string[], value: readonly string[]): string | null {
  const missing = baseline.filter((item) => !value.includes(item));
  if (missing.length) {
    return `${missing.join(', ')} ontbreekt: een aanscherping houdt alles van de basis en voegt toe`;
  }
  if (value.length === new Set(baseline).size && new Set(value).size === value.length) {
    return 'voegt niets toe aan de basis; laat deze aanscherping weg';
  }
  return null;
}

/** Where a norm of the effective framework comes from. */
export type NormOrigin = 'baseline' | 'tightened' | 'local';

/** A norm as it holds for the municipality. */
export type EffectiveNorm = Norm & {
  origin: NormOrigin;
  /** For a tightened norm: the baseline's own version, to show both. */
  baseline?: Norm;
  /** The municipality's reason for a tightening, when it gave one. */
  reason?: string;
};

export interface EffectiveTheme extends Omit<Theme, 'norms'> {
  norms: EffectiveNorm[];
}

export interface EffectiveFramework extends Omit<Framework, 'themes'> {
  /** null: the baseline as it is, for a municipality that has adopted nothing. */
  municipality: string | null;
  themes: EffectiveTheme[];
  /** Baseline norms the municipality did not adopt: they are not evaluated. */
  notAdopted: { theme: string; norm: Norm; reason: string }[];
}

/**
 * The framework that holds for a municipality: the baseline without the norms it did not
 * adopt, with its tightenings in place, and its local norms after each theme's own. The
 * adoption must have passed `checkAdoption` against this baseline.
 */
export function effectiveFramework(
  baseline: Framework,
  adoption: Adoption | null,
  municipality: string | null = adoption?.municipality ?? null,
): EffectiveFramework {
  if (adoption && adoption.framework !== baseline.version) {
    throw new Error(
      `De aanname gaat over versie ${adoption.framework}, het kader is versie ${baseline.version}.`,
    );
  }
  const tightened = new Map(adoption?.tightened.map((t) => [t.norm, t]));
  const notAdopted = new Map(adoption?.notAdopted.map((n) => [n.norm, n.reason]));
  const local = adoption?.localNorms ?? [];
  return {
    version: baseline.version,
    title: baseline.title,
    description: baseline.description,
    municipality,
    themes: baseline.themes.map(({ norms, ...theme }) => ({
      ...theme,
      norms: [
        ...norms
          .filter((norm) => !notAdopted.has(norm.id))
          .map((norm): EffectiveNorm => {
            const tightening = tightened.get(norm.id);
            if (!tightening) return { ...norm, origin: 'baseline' };
            return {
              ...applyTightening(norm, tightening),
              origin: 'tightened',
              baseline: norm,
              ...(tightening.reason ? { reason: tightening.reason } : {}),
            };
          }),
        ...local
          .filter((norm) => norm.id.startsWith(`${theme.id}.`))
          .map((norm): EffectiveNorm => ({ ...norm, origin: 'local' })),
      ],
    })),
    notAdopted: normsOf(baseline)
      .filter(({ norm }) => notAdopted.has(norm.id))
      .map(({ theme, norm }) => ({ theme, norm, reason: notAdopted.get(norm.id)! })),
  };
}

/** One row of baseline beside local version: what changed, if anything. */
export type Deviation = 'none' | 'tightened' | 'notAdopted' | 'local';

export interface ComparedNorm {
  theme: string;
  id: string;
  deviation: Deviation;
  /** null for a local norm. */
  baseline: Norm | null;
  /** null for a norm not adopted. */
  local: Norm | null;
  /** The municipality's reason (mandatory when not adopted). */
  reason: string | null;
}

/** Baseline and local version side by side, norm by norm, in the framework's order. */
export function compareWithBaseline(
  baseline: Framework,
  adoption: Adoption | null,
): ComparedNorm[] {
  const effective = effectiveFramework(baseline, adoption);
  const reasons = new Map(effective.notAdopted.map((n) => [n.norm.id, n.reason]));
  return baseline.themes.flatMap((theme) => {
    const local = new Map(
      effective.themes.find((t) => t.id === theme.id)!.norms.map((n) => [n.id, n]),
    );
    const fromBaseline = theme.norms.map((norm): ComparedNorm => {
      const effectiveNorm = local.get(norm.id);
      if (!effectiveNorm) {
        return {
          theme: theme.id,
          id: norm.id,
          deviation: 'notAdopted',
          baseline: norm,
          local: null,
          reason: reasons.get(norm.id) ?? null,
        };
      }
      return {
        theme: theme.id,
        id: norm.id,
        deviation: effectiveNorm.origin === 'tightened' ? 'tightened' : 'none',
        baseline: norm,
        local: withoutOrigin(effectiveNorm),
        reason: effectiveNorm.reason ?? null,
      };
    });
    const added = [...local.values()]
      .filter((norm) => norm.origin === 'local')
      .map(
        (norm): ComparedNorm => ({
          theme: theme.id,
          id: norm.id,
          deviation: 'local',
          baseline: null,
          local: withoutOrigin(norm),
          reason: null,
        }),
      );
    return [...fromBaseline, ...added];
  });
}

function withoutOrigin({ origin: _o, baseline: _b, reason: _r, ...norm }: EffectiveNorm): Norm {
  return norm as Norm;
}
