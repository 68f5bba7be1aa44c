/**
 * Disclosure control (domain.md, "Disclosure control"): the national table and the municipal
 * tables of one peildatum become the published set of indicators-api.md §5. The counts of all
 * tables are suppressed together, because a reader combines the national table with the
 * municipal ones; shares, medians and KM figures then follow from the counts and from rule 4.
 * docs/onderdrukking.md explains the choices made where domain.md leaves room.
 */
import { LOCATIE_TYPES, type LocatieType, NOOD_TYPES } from '../import/locaties.js';
import { fraction, roundHalfAway } from './fraction.js';
import { eventsUpTo, type KmCurve, kmMedian, subjectsAfter } from './km.js';
import {
  atLeast2,
  DISTRIBUTION_KEYS,
  type DistributionKey,
  KM_VALUES,
  type KmIndicator,
  kmValue,
  over,
  plainMedian,
  type RawTable,
  type Scope,
  SUBTYPE_KEYS,
  type SubtypeKey,
} from './table.js';

export type Suppressed = 'x';
export type PublishedCount = number | Suppressed;
export type PublishedShare = number | Suppressed | null;
export type PublishedMedian = number | Suppressed | null;
export type PublishedKmMedian = number | 'niet bereikt' | Suppressed | null;
export type PublishedKmValue = number | Suppressed | null;

type KmValueKey<I extends KmIndicator> = (typeof KM_VALUES)[I][number][0];
export type PublishedKmBlock<I extends KmIndicator> = {
  spells: PublishedCount;
  children: PublishedCount;
  events: PublishedCount;
  censored: { peildatum: PublishedCount; exit: PublishedCount; achttien: PublishedCount };
  median: PublishedKmMedian;
} & { [K in KmValueKey<I>]: PublishedKmValue };

/** A table of the published set (indicators-api.md §2–§3 in the published forms of §1). */
export interface PublishedTable {
  peildatum: string;
  scope: Scope;
  suppressed: true;
  children: {
    count: PublishedCount;
    byType: Record<LocatieType, PublishedCount>;
    bySubtype: Record<SubtypeKey, PublishedCount>;
    byUnaccompanied: { unaccompanied: PublishedCount; accompanied: PublishedCount };
  };
  childrenInNood: {
    count: PublishedCount;
    shareInNood: PublishedShare;
    childrenInNoodUnaccompanied: PublishedCount;
    shareInNoodUnaccompanied: PublishedShare;
  };
  transfers12m: {
    children: PublishedCount;
    distribution: Record<DistributionKey, PublishedCount>;
    atLeast2: PublishedCount;
    shareAtLeast2: PublishedShare;
  };
  daysInNood: {
    current: {
      count: PublishedCount;
      medianSpellDays: PublishedMedian;
      medianEpisodeDays: PublishedMedian;
      over183: PublishedCount;
      shareOver183: PublishedShare;
    };
    km: PublishedKmBlock<'daysInNood'>;
  };
  daysToSchool: { km: PublishedKmBlock<'daysToSchool'>; notEnrolledOver90: PublishedCount };
  daysToJgz: { km: PublishedKmBlock<'daysToJgz'> };
  gzaRegistered: { count: PublishedCount; share: PublishedShare };
  turning18: {
    count: PublishedCount;
    unaccompanied: PublishedCount;
    withPlan: PublishedCount;
    shareWithPlan: PublishedShare;
  };
  statusWaiting: {
    count: PublishedCount;
    median: PublishedMedian;
    over98: PublishedCount;
    shareOver98: PublishedShare;
  };
  daysToHousing: { km: PublishedKmBlock<'daysToHousing'> };
}

/** The published set of indicators-api.md §5. */
export interface PublishedSet {
  peildatum: string;
  suppressed: true;
  national: PublishedTable;
  municipal: Record<string, PublishedTable>;
}

// ---------------------------------------------------------------------------------------------
// Cells and relations of one table

/**
 * A count cell, named by the key path of its first position in the table. A number that appears
 * in several places (`transfers12m.children`, `daysInNood.current.count`,
 * `daysToHousing.km.children`) is the cell of its first position.
 */
interface CountCell {
  kind: 'count';
  path: string;
  value: (raw: RawTable) => number;
  /** national = Σ municipal holds for it (indicators-api.md §5). */
  additive: boolean;
}

/** A share's hidden complement, denominator − numerator, positioned at the share. */
interface ComplementCell {
  kind: 'complement';
  path: string;
}

type Cell = CountCell | ComplementCell;

interface ShareDefinition {
  path: string;
  numerator: string;
  denominator: string;
}

const SHARES: readonly ShareDefinition[] = [
  {
    path: 'childrenInNood.shareInNood',
    numerator: 'childrenInNood.count',
    denominator: 'children.count',
  },
  {
    path: 'childrenInNood.shareInNoodUnaccompanied',
    numerator: 'childrenInNood.childrenInNoodUnaccompanied',
    denominator: 'children.byUnaccompanied.unaccompanied',
  },
  {
    path: 'transfers12m.shareAtLeast2',
    numerator: 'transfers12m.atLeast2',
    denominator: 'children.count',
  },
  {
    path: 'daysInNood.current.shareOver183',
    numerator: 'daysInNood.current.over183',
    denominator: 'childrenInNood.count',
  },
  { path: 'gzaRegistered.share', numerator: 'gzaRegistered.count', denominator: 'children.count' },
  {
    path: 'turning18.shareWithPlan',
    numerator: 'turning18.withPlan',
    denominator: 'turning18.unaccompanied',
  },
  {
    path: 'statusWaiting.shareOver98',
    numerator: 'statusWaiting.over98',
    denominator: 'statusWaiting.count',
  },
];

const CENSORING = ['peildatum', 'exit', 'achttien'] as const;
const KM_INDICATORS = Object.keys(KM_VALUES) as KmIndicator[];

const count = (path: string, value: (raw: RawTable) => number, additive = true): CountCell => ({
  kind: 'count',
  path,
  value,
  additive,
});
const complement = (path: string): ComplementCell => ({ kind: 'complement', path });

/** Only the counts of I10 are additive across scopes; those of I4b, I5a and I6 are not. */
function kmCells(indicator: KmIndicator): Cell[] {
  const additive = indicator === 'daysToHousing';
  const prefix = `${indicator}.km`;
  const km = (raw: RawTable) => raw[indicator].km;
  return [
    count(`${prefix}.spells`, (raw) => km(raw).spells, additive),
    ...(additive ? [] : [count(`${prefix}.children`, (raw) => km(raw).children, false)]),
    count(`${prefix}.events`, (raw) => km(raw).events, additive),
    ...CENSORING.map((cause) =>
      count(`${prefix}.censored.${cause}`, (raw) => km(raw).censored[cause], additive),
    ),
  ];
}

/** Every cell of a table, in published order. */
const CELLS: readonly Cell[] = [
  count('children.count', (raw) => raw.children.count),
  ...LOCATIE_TYPES.map((type) =>
    count(`children.byType.${type}`, (raw) => raw.children.byType[type]),
  ),
  ...SUBTYPE_KEYS.map((subtype) =>
    count(`children.bySubtype.${subtype}`, (raw) => raw.children.bySubtype[subtype]),
  ),
  count(
    'children.byUnaccompanied.unaccompanied',
    (raw) => raw.children.byUnaccompanied.unaccompanied,
  ),
  count('children.byUnaccompanied.accompanied', (raw) => raw.children.byUnaccompanied.accompanied),
  count('childrenInNood.count', (raw) => raw.childrenInNood.count),
  complement('childrenInNood.shareInNood'),
  count(
    'childrenInNood.childrenInNoodUnaccompanied',
    (raw) => raw.childrenInNood.childrenInNoodUnaccompanied,
  ),
  complement('childrenInNood.shareInNoodUnaccompanied'),
  ...DISTRIBUTION_KEYS.map((n) =>
    count(`transfers12m.distribution.${n}`, (raw) => raw.transfers12m.distribution[n]),
  ),
  count('transfers12m.atLeast2', (raw) => atLeast2(raw.transfers12m.distribution)),
  complement('transfers12m.shareAtLeast2'),
  count('daysInNood.current.over183', (raw) => over(raw.daysInNood.episodeDays, 183)),
  complement('daysInNood.current.shareOver183'),
  ...kmCells('daysInNood'),
  ...kmCells('daysToSchool'),
  count('daysToSchool.notEnrolledOver90', (raw) => raw.daysToSchool.notEnrolledOver90),
  ...kmCells('daysToJgz'),
  count('gzaRegistered.count', (raw) => raw.gzaRegistered.count),
  complement('gzaRegistered.share'),
  count('turning18.count', (raw) => raw.turning18.count),
  count('turning18.unaccompanied', (raw) => raw.turning18.unaccompanied),
  count('turning18.withPlan', (raw) => raw.turning18.withPlan),
  complement('turning18.shareWithPlan'),
  count('statusWaiting.count', (raw) => raw.statusWaiting.days.length),
  count('statusWaiting.over98', (raw) => over(raw.statusWaiting.days, 98)),
  complement('statusWaiting.shareOver98'),
  ...kmCells('daysToHousing'),
];
const CELL_COUNT = CELLS.length;
const CELL_INDEX = new Map(CELLS.map((cell, index) => [cell.path, index]));
const cellIndex = (path: string) => CELL_INDEX.get(path)!;
const isAdditive = (cell: number) => {
  const c = CELLS[cell]!;
  return c.kind === 'count' && c.additive;
};

/** total = Σ parts, by cell index. */
interface Relation {
  total: number;
  parts: readonly number[];
}

const relation = (total: string, parts: readonly string[]): Relation => ({
  total: cellIndex(total),
  parts: parts.map(cellIndex),
});
const prefixed = (prefix: string, keys: readonly string[]) => keys.map((k) => `${prefix}.${k}`);

/** The sum relations within a table; a share's relation holds its complement. */
const RELATIONS: readonly Relation[] = [
  relation('children.count', prefixed('children.byType', LOCATIE_TYPES)),
  relation('children.count', prefixed('children.bySubtype', SUBTYPE_KEYS)),
  relation(
    'children.count',
    prefixed('children.byUnaccompanied', ['unaccompanied', 'accompanied']),
  ),
  relation('childrenInNood.count', prefixed('children.byType', NOOD_TYPES)),
  relation('children.count', prefixed('transfers12m.distribution', DISTRIBUTION_KEYS)),
  relation('transfers12m.atLeast2', prefixed('transfers12m.distribution', ['2', '3', '4+'])),
  ...KM_INDICATORS.map((indicator) =>
    relation(
      `${indicator}.km.spells`,
      prefixed(`${indicator}.km`, ['events', ...prefixed('censored', CENSORING)]),
    ),
  ),
  ...SHARES.map((share) => relation(share.denominator, [share.numerator, share.path])),
];
const relationCells = (r: Relation) => [r.total, ...r.parts];
const RELATIONS_WITH_PART: readonly (readonly Relation[])[] = CELLS.map((_, cell) =>
  RELATIONS.filter((r) => r.parts.includes(cell)),
);

/** The true value of every cell of a table, in published order. */
function cellValues(raw: RawTable): number[] {
  const values = CELLS.map((cell) => (cell.kind === 'count' ? cell.value(raw) : 0));
  for (const share of SHARES) {
    values[cellIndex(share.path)] =
      values[cellIndex(share.denominator)]! - values[cellIndex(share.numerator)]!;
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Linear algebra over the unknown cells of one table

/** A table's relations as rows over its unknown cells (the columns); shown cells are constants. */
interface System {
  /** The cell of each column. */
  unknowns: readonly number[];
  /** One row per relation of RELATIONS, in that order. */
  rows: readonly (readonly number[])[];
}

/**
 * What a table's relations determine depends only on which of its cells are unknown, and the
 * tables of a set share few such patterns: each pattern is analysed once.
 */
interface Analysis {
  system: System;
  determined?: boolean[];
  fewest: Map<number, Relation[][]>;
}
const ANALYSES = new Map<string, Analysis>();
const MAX_ANALYSES = 20_000;

function analysisOf(isUnknown: (cell: number) => boolean): Analysis {
  const unknowns: number[] = [];
  for (let cell = 0; cell < CELL_COUNT; cell++) if (isUnknown(cell)) unknowns.push(cell);
  const key = unknowns.join();
  let analysis = ANALYSES.get(key);
  if (!analysis) {
    if (ANALYSES.size >= MAX_ANALYSES) ANALYSES.clear();
    analysis = { system: systemOver(unknowns), fewest: new Map() };
    ANALYSES.set(key, analysis);
  }
  return analysis;
}

function systemOver(unknowns: readonly number[]): System {
  const column = new Int16Array(CELL_COUNT).fill(-1);
  unknowns.forEach((cell, col) => {
    column[cell] = col;
  });
  const rows = RELATIONS.map((r) => {
    const row = new Array<number>(unknowns.length).fill(0);
    if (column[r.total]! >= 0) row[column[r.total]!] = 1;
    for (const part of r.parts) if (column[part]! >= 0) row[column[part]!] = -1;
    return row;
  });
  return { unknowns, rows };
}

/**
 * Row-reduces integer rows to reduced echelon form, exactly: rows are combined by
 * cross-multiplication and divided by their gcd, which keeps the ±1 relations small.
 */
function reducedEchelon(rows: readonly (readonly number[])[]): number[][] {
  const m = rows.filter((row) => row.some((v) => v !== 0)).map((row) => [...row]);
  const width = m[0]?.length ?? 0;
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivotRow = rank;
    while (pivotRow < m.length && m[pivotRow]![col] === 0) pivotRow++;
    if (pivotRow === m.length) continue;
    [m[rank], m[pivotRow]] = [m[pivotRow]!, m[rank]!];
    const pivot = m[rank]!;
    for (let i = 0; i < m.length; i++) {
      if (i !== rank && m[i]![col] !== 0) eliminate(m[i]!, pivot, col);
    }
    rank++;
  }
  return m;
}

/** Clears `row[col]` with the pivot row, in place, and divides out the row's common factor. */
function eliminate(row: number[], pivot: readonly number[], col: number): void {
  const factor = row[col]!;
  const scale = pivot[col]!;
  let common = 0;
  for (let j = 0; j < row.length; j++) {
    row[j] = row[j]! * scale - pivot[j]! * factor;
    common = gcd(common, Math.abs(row[j]!));
  }
  if (common > 1) for (let j = 0; j < row.length; j++) row[j]! /= common;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The columns whose value the rows determine: e_col lies in the row space exactly when the
 * reduced echelon form has a row whose only non-zero entry is that column.
 */
function determinedColumns(rows: readonly (readonly number[])[], width: number): boolean[] {
  const determined = new Array<boolean>(width).fill(false);
  for (const row of reducedEchelon(rows)) {
    const only = soleNonZero(row);
    if (only !== undefined) determined[only] = true;
  }
  return determined;
}

function soleNonZero(row: readonly number[]): number | undefined {
  let found: number | undefined;
  for (let col = 0; col < row.length; col++) {
    if (!row[col]) continue;
    if (found !== undefined) return undefined;
    found = col;
  }
  return found;
}

/** The cells of a table whose value its shown cells and relations determine. */
function determinedCells(system: System): boolean[] {
  const determined = new Array<boolean>(CELL_COUNT).fill(false);
  determinedColumns(system.rows, system.unknowns.length).forEach((d, col) => {
    if (d) determined[system.unknowns[col]!] = true;
  });
  return determined;
}

/**
 * Every combination of the fewest relations that determines the unknown `cell`. Only relations
 * connected to it through unknowns can take part, and in a combination of the fewest every other
 * unknown occurs at least twice, or it could not cancel.
 */
function fewestDeterminingCombinations(cell: number, system: System): Relation[][] {
  const target = system.unknowns.indexOf(cell);
  const width = system.unknowns.length;
  const candidates = connectedRelations(target, system.rows);
  for (let size = 1; size <= candidates.length; size++) {
    const found = [...combinations(candidates, size)].filter((combination) => {
      const rows = combination.map((r) => system.rows[r]!);
      return othersCancel(target, rows, width) && determinedColumns(rows, width)[target];
    });
    if (found.length) return found.map((combination) => combination.map((r) => RELATIONS[r]!));
  }
  return [];
}

function connectedRelations(target: number, rows: readonly (readonly number[])[]): number[] {
  const columns = new Set([target]);
  const chosen = new Set<number>();
  for (let grown = true; grown; ) {
    grown = false;
    rows.forEach((row, r) => {
      if (chosen.has(r) || !row.some((v, col) => v !== 0 && columns.has(col))) return;
      chosen.add(r);
      row.forEach((v, col) => {
        if (v) columns.add(col);
      });
      grown = true;
    });
  }
  return [...chosen].sort((a, b) => a - b);
}

function othersCancel(target: number, rows: readonly (readonly number[])[], width: number) {
  const occurrences = new Array<number>(width).fill(0);
  for (const row of rows) {
    row.forEach((v, col) => {
      if (v) occurrences[col]!++;
    });
  }
  return occurrences.every((n, col) => (col === target ? n >= 1 : n !== 1));
}

function* combinations<T>(items: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++) {
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

// ---------------------------------------------------------------------------------------------
// Rules 1 and 2 over the whole set

const isPrimary = (value: number) => value >= 1 && value <= 4;

const tableOf = (position: number) => Math.floor(position / CELL_COUNT);
const cellOf = (position: number) => position % CELL_COUNT;

/**
 * The count cells to suppress in each table (national first, then municipal by code). A cell is
 * identified across the set by its published position: table × CELL_COUNT + cell.
 */
class CountSuppression {
  private readonly value: Int32Array;
  /** 1 where the count is "x". */
  private readonly hidden: Uint8Array;
  /** Per table, the analysis of its unknowns; cleared by a change. */
  private readonly analyses: (Analysis | undefined)[];
  /** Per cell, in how many tables it is hidden, and of the municipal ones their number and sum. */
  private readonly hiddenTables = new Array<number>(CELL_COUNT).fill(0);
  private readonly hiddenMunicipal = new Array<number>(CELL_COUNT).fill(0);
  private readonly hiddenMunicipalSum = new Array<number>(CELL_COUNT).fill(0);

  constructor(private readonly values: readonly (readonly number[])[]) {
    this.value = new Int32Array(values.length * CELL_COUNT);
    values.forEach((row, table) => {
      this.value.set(row, table * CELL_COUNT);
    });
    this.hidden = new Uint8Array(this.value.length);
    this.analyses = values.map(() => undefined);
    for (let position = 0; position < this.value.length; position++) {
      if (CELLS[cellOf(position)]!.kind === 'count' && isPrimary(this.value[position]!)) {
        this.hide(position);
      }
    }
  }

  /**
   * Handles exposed cells in published order. Suppressing more never exposes a cell that was not
   * exposed, except the newly suppressed one, so the scan need only step back to that cell.
   */
  run(): boolean[][] {
    for (let position = 0; position < this.value.length; ) {
      const fix = this.fixFor(position);
      if (fix === undefined) {
        position++;
      } else {
        this.hide(fix);
        position = Math.min(position, fix);
      }
    }
    return this.values.map((_, table) =>
      Array.from(this.hidden.subarray(table * CELL_COUNT, (table + 1) * CELL_COUNT), Boolean),
    );
  }

  private hide(position: number): void {
    const [table, cell] = [tableOf(position), cellOf(position)];
    this.hidden[position] = 1;
    this.analyses[table] = undefined;
    if (!isAdditive(cell)) return;
    this.hiddenTables[cell]!++;
    if (table === 0) return;
    this.hiddenMunicipal[cell]!++;
    this.hiddenMunicipalSum[cell]! += this.value[position]!;
  }

  /** The cell to suppress because the cell at `position` is exposed, or undefined. */
  private fixFor(position: number): number | undefined {
    if (!this.isProtected(position)) return undefined;
    const through =
      this.exposedWithinTable(position) ??
      this.onlyHiddenAcrossTables(position) ??
      this.forcedToOnes(position);
    if (!through) return undefined;
    let smallest: number | undefined;
    for (const p of through) {
      if (this.isUnknown(p) || this.value[p] === 0) continue;
      if (smallest === undefined || this.value[p]! < this.value[smallest]!) smallest = p;
      else if (this.value[p] === this.value[smallest] && p < smallest) smallest = p;
    }
    if (smallest === undefined) throw new Error(`No shown count to suppress for ${position}`);
    return smallest;
  }

  /** A complement is protected only when 1–4; every suppressed count is. */
  private isProtected(position: number): boolean {
    return CELLS[cellOf(position)]!.kind === 'complement'
      ? isPrimary(this.value[position]!)
      : this.hidden[position] === 1;
  }

  /** Rule 2 (a): the cells of the fewest relations within the table that determine it. */
  private exposedWithinTable(position: number): number[] | undefined {
    const [table, cell] = [tableOf(position), cellOf(position)];
    const analysis = this.analysisOf(table);
    analysis.determined ??= determinedCells(analysis.system);
    if (!analysis.determined[cell]) return undefined;
    let fewest = analysis.fewest.get(cell);
    if (!fewest) {
      fewest = fewestDeterminingCombinations(cell, analysis.system);
      analysis.fewest.set(cell, fewest);
    }
    return fewest.flat().flatMap((r) => this.positionsIn(table, r));
  }

  /** Rule 2 (b): the only suppressed cell in its relation national = Σ municipal. */
  private onlyHiddenAcrossTables(position: number): number[] | undefined {
    const cell = cellOf(position);
    return isAdditive(cell) && this.hiddenTables[cell] === 1 ? this.acrossTables(cell) : undefined;
  }

  /**
   * Rule 2 (c): the cells of every relation with a shown total in which the suppressed counts
   * must all be 1. A complement counts as at least 0 and is not one of them.
   */
  private forcedToOnes(position: number): number[] | undefined {
    const [table, cell] = [tableOf(position), cellOf(position)];
    if (CELLS[cell]!.kind === 'complement') return undefined;
    const through = RELATIONS_WITH_PART[cell]!.filter((r) =>
      this.forcesOnesWithin(table, r),
    ).flatMap((r) => this.positionsIn(table, r));
    if (table > 0 && isAdditive(cell) && this.forcesOnesAcrossTables(cell)) {
      through.push(...this.acrossTables(cell));
    }
    return through.length ? through : undefined;
  }

  private forcesOnesWithin(table: number, r: Relation): boolean {
    const base = table * CELL_COUNT;
    if (this.isUnknown(base + r.total)) return false;
    let knownSum = this.value[base + r.total]!;
    let suppressedCounts = 0;
    for (const part of r.parts) {
      if (!this.isUnknown(base + part)) knownSum -= this.value[base + part]!;
      else if (CELLS[part]!.kind === 'count') suppressedCounts++;
    }
    return suppressedCounts > 0 && knownSum === suppressedCounts;
  }

  private forcesOnesAcrossTables(cell: number): boolean {
    return !this.hidden[cell] && this.hiddenMunicipalSum[cell] === this.hiddenMunicipal[cell];
  }

  private analysisOf(table: number): Analysis {
    this.analyses[table] ??= analysisOf((cell) => this.isUnknown(table * CELL_COUNT + cell));
    return this.analyses[table];
  }

  private isUnknown(position: number): boolean {
    return CELLS[cellOf(position)]!.kind === 'complement' || this.hidden[position] === 1;
  }

  private acrossTables(cell: number): number[] {
    return this.values.map((_, table) => table * CELL_COUNT + cell);
  }

  private positionsIn(table: number, r: Relation): number[] {
    return relationCells(r).map((cell) => table * CELL_COUNT + cell);
  }
}

// ---------------------------------------------------------------------------------------------
// Rules 3 and 4 and the published JSON

const MIN_CHILDREN_FOR_MEDIAN = 10;
const MIN_EVENTS = 5;
const MIN_AT_RISK_AFTER = 5;

/**
 * Rule 4. Every value of a plain median is a child's. An empty cohort or list gives `null`, which
 * is never replaced; the other checks come before the (exact, so costly) figures themselves.
 */
function publishedPlainMedian(days: readonly number[]): PublishedMedian {
  if (!days.length) return null;
  return days.length < MIN_CHILDREN_FOR_MEDIAN ? 'x' : plainMedian(days);
}

function publishedKmMedian(curve: KmCurve): PublishedKmMedian {
  if (!curve.spells) return null;
  if (curve.children < MIN_CHILDREN_FOR_MEDIAN) return 'x';
  const median = kmMedian(curve)!;
  const events = median === 'niet bereikt' ? curve.events : eventsUpTo(curve, median);
  return events >= MIN_EVENTS ? median : 'x';
}

/** A value that is `niet schatbaar` has nobody at risk after x, so it is always suppressed. */
function publishedKmValue(curve: KmCurve, x: number, oneMinus: boolean): PublishedKmValue {
  if (!curve.spells) return null;
  if (eventsUpTo(curve, x) < MIN_EVENTS || subjectsAfter(curve, x) < MIN_AT_RISK_AFTER) return 'x';
  const value = kmValue(curve, x, oneMinus);
  return typeof value === 'object' && value !== null ? roundHalfAway(value, 2) : 'x';
}

const KM_COUNTS = ['spells', 'children', 'events'] as const;

/** The cells of `prefix.key` for each key, looked up once: paths built anew cost a hash each. */
const GROUP_CELLS = new Map<string, number[]>();
function groupCells(prefix: string, keys: readonly string[]): number[] {
  let cells = GROUP_CELLS.get(prefix);
  if (!cells) {
    cells = keys.map((key) => cellIndex(`${prefix}.${key}`));
    GROUP_CELLS.set(prefix, cells);
  }
  return cells;
}

function publishedTable(
  raw: RawTable,
  values: readonly number[],
  hidden: readonly boolean[],
): PublishedTable {
  const countAt = (path: string): PublishedCount => {
    const cell = cellIndex(path);
    return hidden[cell] ? 'x' : values[cell]!;
  };
  const countsAt = <K extends string>(prefix: string, keys: readonly K[]) => {
    const cells = groupCells(prefix, keys);
    return Object.fromEntries(
      keys.map((key, i) => [key, hidden[cells[i]!] ? 'x' : values[cells[i]!]!]),
    ) as Record<K, PublishedCount>;
  };
  const shareAt = (path: string): PublishedShare => {
    const share = SHARES.find((s) => s.path === path)!;
    const numerator = countAt(share.numerator);
    const denominator = countAt(share.denominator);
    if (denominator === 0) return null;
    if (numerator === 'x' || denominator === 'x') return 'x';
    return roundHalfAway(fraction(numerator, denominator), 3);
  };
  const kmBlock = <I extends KmIndicator>(indicator: I): PublishedKmBlock<I> => {
    const curve = raw[indicator].km;
    // daysToHousing.km.children is the cell of its spells (one subject per child).
    const housing = indicator === 'daysToHousing';
    const counts = countsAt(`${indicator}.km`, housing ? ['spells', 'events'] : KM_COUNTS);
    const block: Record<string, unknown> = {
      spells: counts.spells,
      children: housing ? counts.spells : counts.children,
      events: counts.events,
      censored: countsAt(`${indicator}.km.censored`, CENSORING),
      median: publishedKmMedian(curve),
    };
    for (const [key, x, oneMinus] of KM_VALUES[indicator]) {
      block[key] = publishedKmValue(curve, x, oneMinus);
    }
    return block as PublishedKmBlock<I>;
  };
  const children = countAt('children.count');
  const inNood = countAt('childrenInNood.count');
  return {
    peildatum: raw.peildatum,
    scope: { type: raw.scope.type, code: raw.scope.code },
    suppressed: true,
    children: {
      count: children,
      byType: countsAt('children.byType', LOCATIE_TYPES),
      bySubtype: countsAt('children.bySubtype', SUBTYPE_KEYS),
      byUnaccompanied: countsAt('children.byUnaccompanied', ['unaccompanied', 'accompanied']),
    },
    childrenInNood: {
      count: inNood,
      shareInNood: shareAt('childrenInNood.shareInNood'),
      childrenInNoodUnaccompanied: countAt('childrenInNood.childrenInNoodUnaccompanied'),
      shareInNoodUnaccompanied: shareAt('childrenInNood.shareInNoodUnaccompanied'),
    },
    transfers12m: {
      children,
      distribution: countsAt('transfers12m.distribution', DISTRIBUTION_KEYS),
      atLeast2: countAt('transfers12m.atLeast2'),
      shareAtLeast2: shareAt('transfers12m.shareAtLeast2'),
    },
    daysInNood: {
      current: {
        count: inNood,
        medianSpellDays: publishedPlainMedian(raw.daysInNood.spellDays),
        medianEpisodeDays: publishedPlainMedian(raw.daysInNood.episodeDays),
        over183: countAt('daysInNood.current.over183'),
        shareOver183: shareAt('daysInNood.current.shareOver183'),
      },
      km: kmBlock('daysInNood'),
    },
    daysToSchool: {
      km: kmBlock('daysToSchool'),
      notEnrolledOver90: countAt('daysToSchool.notEnrolledOver90'),
    },
    daysToJgz: { km: kmBlock('daysToJgz') },
    gzaRegistered: { count: countAt('gzaRegistered.count'), share: shareAt('gzaRegistered.share') },
    turning18: {
      ...countsAt('turning18', ['count', 'unaccompanied', 'withPlan']),
      shareWithPlan: shareAt('turning18.shareWithPlan'),
    },
    statusWaiting: {
      count: countAt('statusWaiting.count'),
      median: publishedPlainMedian(raw.statusWaiting.days),
      over98: countAt('statusWaiting.over98'),
      shareOver98: shareAt('statusWaiting.shareOver98'),
    },
    daysToHousing: { km: kmBlock('daysToHousing') },
  };
}

// ---------------------------------------------------------------------------------------------
// The published set

/**
 * The suppression reasons from the relations of indicators-api.md §4–§5; a set whose tables break
 * them would be suppressed on false premises, so it is refused.
 */
function assertConsistent(tables: readonly RawTable[], values: readonly number[][]): void {
  const fail = (scope: Scope, what: string) => {
    throw new Error(`Published set: ${scope.type} ${scope.code}: ${what}`);
  };
  tables.forEach((raw, table) => {
    const v = values[table]!;
    for (const r of RELATIONS) {
      const sum = r.parts.reduce((s, part) => s + v[part]!, 0);
      if (v[r.total] !== sum) fail(raw.scope, `${CELLS[r.total]!.path} ≠ Σ of its parts`);
    }
    for (const share of SHARES) {
      if (v[cellIndex(share.path)]! < 0) fail(raw.scope, `${share.numerator} > its denominator`);
    }
    const inNood = raw.childrenInNood.count;
    if (
      raw.daysInNood.spellDays.length !== inNood ||
      raw.daysInNood.episodeDays.length !== inNood
    ) {
      fail(raw.scope, 'daysInNood.current.count ≠ childrenInNood.count');
    }
    if (raw.daysToHousing.km.children !== raw.daysToHousing.km.spells) {
      fail(raw.scope, 'daysToHousing.km.children ≠ spells');
    }
  });
  CELLS.forEach((c, cell) => {
    if (!isAdditive(cell)) return;
    const sum = values.slice(1).reduce((s, v) => s + v[cell]!, 0);
    if (values[0]![cell] !== sum) fail(tables[0]!.scope, `${c.path} ≠ Σ municipal`);
  });
}

function assertScopes(peildatum: string, national: RawTable, municipal: readonly RawTable[]): void {
  if (national.scope.type !== 'all' || national.scope.code !== 'all') {
    throw new Error('Published set: the national table must have scope all/all');
  }
  for (const raw of [national, ...municipal]) {
    if (raw.peildatum !== peildatum) throw new Error(`Published set: peildatum ${raw.peildatum}`);
  }
  const codes = new Set<string>();
  for (const raw of municipal) {
    if (raw.scope.type !== 'gemeente' || codes.has(raw.scope.code)) {
      throw new Error(`Published set: unexpected municipal scope ${raw.scope.code}`);
    }
    codes.add(raw.scope.code);
  }
}

const byCode = (a: RawTable, b: RawTable) =>
  a.scope.code < b.scope.code ? -1 : a.scope.code > b.scope.code ? 1 : 0;

/**
 * The published set of one peildatum: the national table (scope all) and one table per
 * municipality, suppressed together by rules 1–4 of domain.md.
 */
export function publishedSet(
  peildatum: string,
  national: RawTable,
  municipal: readonly RawTable[],
): PublishedSet {
  assertScopes(peildatum, national, municipal);
  const tables = [national, ...[...municipal].sort(byCode)];
  const values = tables.map(cellValues);
  assertConsistent(tables, values);
  const hidden = new CountSuppression(values).run();
  const published = tables.map((raw, table) => publishedTable(raw, values[table]!, hidden[table]!));
  return {
    peildatum,
    suppressed: true,
    national: published[0]!,
    municipal: Object.fromEntries(published.slice(1).map((t) => [t.scope.code, t])),
  };
}
