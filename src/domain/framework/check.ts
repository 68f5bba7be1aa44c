/**
 * The rules a framework must meet beyond its shape (which the file reader checks): ids that
 * are unique and belong to their theme, parameters that fit the norm's kind and level, a warning
 * band on the right side of its target. Each issue carries the path of the offending field, so
 * that a reader can name its line.
 */
import {
  FACTS,
  type Framework,
  INDICATOR_PATHS,
  type IndicatorNorm,
  LOCAL_NORM_ID_PATTERN,
  MUNICIPALITY_FACTS,
  type Norm,
  THEME_ID_PATTERN,
  THRESHOLD_ATTRIBUTES,
  themeOf,
} from './model.js';

export type Path = (string | number)[];

export interface Issue {
  path: Path;
  message: string;
}

export function checkFramework(framework: Framework): Issue[] {
  const issues: Issue[] = [];
  const themeIds = new Map<string, number>();
  const normIds = new Map<string, Path>();
  framework.themes.forEach((theme, t) => {
    const themePath: Path = ['themes', t];
    if (!THEME_ID_PATTERN.test(theme.id)) {
      issues.push({
        path: [...themePath, 'id'],
        message: `'${theme.id}' is geen thema-id; gebruik R en het nummer van de aanbeveling, zoals R3`,
      });
    } else if (theme.id !== `R${theme.recommendation}`) {
      issues.push({
        path: [...themePath, 'recommendation'],
        message: `thema ${theme.id} hoort bij aanbeveling ${theme.id.slice(1)}, niet bij ${theme.recommendation}`,
      });
    }
    const earlier = themeIds.get(theme.id);
    if (earlier !== undefined) {
      issues.push({
        path: [...themePath, 'id'],
        message: `thema ${theme.id} komt twee keer voor (ook als thema ${earlier + 1})`,
      });
    }
    themeIds.set(theme.id, t);
    theme.norms.forEach((norm, n) => {
      const path: Path = [...themePath, 'norms', n];
      const pattern = new RegExp(`^${theme.id}\\.\\d+$`);
      if (!pattern.test(norm.id)) {
        issues.push({
          path: [...path, 'id'],
          message: `'${norm.id}' past niet bij thema ${theme.id}; gebruik ${theme.id}.1, ${theme.id}.2, …`,
        });
      }
      issues.push(...duplicateId(norm.id, [...path, 'id'], normIds));
      issues.push(...checkNorm(norm, path));
    });
  });
  return issues;
}

/** A norm id seen before is a clash; records the id otherwise. */
export function duplicateId(id: string, path: Path, seen: Map<string, Path>): Issue[] {
  const earlier = seen.get(id);
  if (earlier)
    return [{ path, message: `norm-id ${id} komt al eerder voor; elke norm heeft een eigen id` }];
  seen.set(id, path);
  return [];
}

/** Checks a local norm's id: `<thema>.L<n>` of an existing theme. */
export function checkLocalNormId(id: string, themeIds: readonly string[], path: Path): Issue[] {
  if (!LOCAL_NORM_ID_PATTERN.test(id)) {
    return [
      {
        path,
        message: `'${id}' is geen id voor een lokale norm; gebruik het thema, een L en een nummer, zoals R4.L1`,
      },
    ];
  }
  if (!themeIds.includes(themeOf(id))) {
    return [{ path, message: `thema ${themeOf(id)} bestaat niet in dit kader` }];
  }
  return [];
}

/** The rules of one norm that depend on its kind and level. */
export function checkNorm(norm: Norm, path: Path): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string, message: string) => issues.push({ path: [...path, field], message });
  const locationOnly = () => {
    if (norm.level !== 'location') {
      at('level', `een ${norm.kind}-norm gaat over een locatie; zet level op location`);
    }
  };
  if (norm.appliesWhen?.locationTypes && norm.level !== 'location') {
    at('appliesWhen', 'locationTypes kan alleen bij een norm op het niveau location');
  }
  switch (norm.kind) {
    case 'fact': {
      const allowed: readonly string[] = norm.level === 'location' ? FACTS : MUNICIPALITY_FACTS;
      if (!allowed.includes(norm.fact)) {
        at(
          'fact',
          `'${norm.fact}' is geen feit van een ${norm.level === 'location' ? 'locatie' : 'gemeente'}; kies uit ${allowed.join(', ')}`,
        );
      }
      break;
    }
    case 'threshold': {
      const attribute = THRESHOLD_ATTRIBUTES[norm.attribute];
      if (attribute.level !== norm.level) {
        at(
          'attribute',
          `${norm.attribute} is een kenmerk op het niveau ${attribute.level}, niet ${norm.level}`,
        );
      }
      if ((norm.max === undefined) === (norm.min === undefined)) {
        at(
          norm.max === undefined ? 'max' : 'min',
          'een drempelnorm heeft precies één van max of min',
        );
      }
      if (norm.attribute === 'activiteiten_per_week' && !norm.activities) {
        at(
          'activities',
          'activiteiten_per_week heeft activities nodig: welke categorieën en leeftijdsgroepen',
        );
      }
      if (norm.attribute !== 'activiteiten_per_week' && norm.activities) {
        at(
          'activities',
          `activities hoort alleen bij activiteiten_per_week, niet bij ${norm.attribute}`,
        );
      }
      norm.activities?.ageGroups.forEach((group, g) => {
        if (group.from > group.to) {
          issues.push({
            path: [...path, 'activities', 'ageGroups', g],
            message: `leeftijdsgroep ${group.from}–${group.to}: from is groter dan to`,
          });
        }
      });
      if (attribute.unit === 'share')
        issues.push(
          ...shareRange(norm.max ?? norm.min, path, norm.max !== undefined ? 'max' : 'min'),
        );
      break;
    }
    case 'distance':
    case 'lifetime':
    case 'type':
      locationOnly();
      if (norm.kind === 'type' && !norm.forbiddenTypes.length && !norm.forbiddenSubtypes.length) {
        at('forbiddenTypes', 'noem minstens één verboden type of subtype');
      }
      break;
    case 'indicator':
      issues.push(...checkIndicatorBounds(norm, path));
      break;
    case 'manual':
      break;
  }
  return issues;
}

/** A share lies between 0 and 1 (0.1 = 10%). */
function shareRange(value: number | undefined, path: Path, field: string): Issue[] {
  if (value === undefined || (value >= 0 && value <= 1)) return [];
  return [
    {
      path: [...path, field],
      message: `${value} is geen aandeel; een aandeel ligt tussen 0 en 1 (0.1 = 10%)`,
    },
  ];
}

/**
 * Target, warning and ceiling of an indicator norm lie in that order, from strict to loose:
 * for `atMost` target ≤ warning ≤ ceiling, for `atLeast` the other way round.
 */
export function checkIndicatorBounds(
  norm: Pick<IndicatorNorm, 'indicator' | 'comparison' | 'target' | 'warning' | 'ceiling'>,
  path: Path,
): Issue[] {
  const issues: Issue[] = [];
  const { comparison, target, warning, ceiling } = norm;
  const looser = (a: number, b: number) => (comparison === 'atMost' ? a >= b : a <= b);
  const side = comparison === 'atMost' ? 'groter dan of gelijk aan' : 'kleiner dan of gelijk aan';
  if (warning !== undefined && !looser(warning, target)) {
    issues.push({
      path: [...path, 'warning'],
      message: `de waarschuwingsgrens ${warning} moet ${side} de target ${target} zijn`,
    });
  }
  if (ceiling !== undefined) {
    for (const [field, value] of [
      ['target', target],
      ['warning', warning],
    ] as const) {
      if (value !== undefined && !looser(ceiling, value)) {
        issues.push({
          path: [...path, field],
          message: `${field} ${value} ligt voorbij de harde grens (ceiling) ${ceiling}`,
        });
      }
    }
  }
  if (INDICATOR_PATHS[norm.indicator]?.unit === 'share') {
    for (const field of ['target', 'warning', 'ceiling'] as const) {
      issues.push(...shareRange(norm[field], path, field));
    }
  }
  return issues;
}
