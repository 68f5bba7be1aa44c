/**
 * The headline figures (kerncijfers) of a dashboard, read from one table of the published set:
 * children in reception, in NOOD, unaccompanied in NOOD, transfers, time to school and time in
 * NOOD. Only reading: every value is the table's own, "x" and null included.
 */

export type HeadlineValue = number | string | null;

/** The figures, in the order the dashboards show them; `path` is the table's key path. */
export const HEADLINES = [
  { key: 'kinderen', path: 'children.count', unit: 'count' },
  { key: 'aandeelInNood', path: 'childrenInNood.shareInNood', unit: 'share' },
  { key: 'amvInNood', path: 'childrenInNood.childrenInNoodUnaccompanied', unit: 'count' },
  { key: 'aandeelTweeOverplaatsingen', path: 'transfers12m.shareAtLeast2', unit: 'share' },
  { key: 'dagenTotSchool', path: 'daysToSchool.km.median', unit: 'days' },
  { key: 'dagenInNood', path: 'daysInNood.km.median', unit: 'days' },
] as const;

export type HeadlineKey = (typeof HEADLINES)[number]['key'];
export type Headlines = Record<HeadlineKey, HeadlineValue>;

/** Any table of indicators-api.md (an object), read by key path. */
export function valueAt(table: object, path: string): HeadlineValue {
  let node: unknown = table;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new Error(`De tabel heeft geen waarde op ${path}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node === 'number' || typeof node === 'string') return node;
  throw new Error(`De waarde op ${path} is geen getal of teken`);
}

export function headlinesOf(table: object): Headlines {
  return Object.fromEntries(HEADLINES.map((h) => [h.key, valueAt(table, h.path)])) as Headlines;
}
