/**
 * Reading and writing the YAML files of the kwaliteitskader. Every problem — bad YAML, a field
 * of the wrong type, a rule of the domain — is reported in Dutch with the line it is on, the
 * field and the reason, so that whoever edits the file can find it.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Issue, Path } from '../../../domain/framework/check.js';

export interface LineIssue {
  /** 1-based; null when the problem has no place in the file (an empty file). */
  line: number | null;
  /** The field, e.g. `['themes', 0, 'norms', 2, 'max']`; empty for the whole file. */
  path: Path;
  message: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; issues: LineIssue[] };

/** `themes[0].norms[2].max`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** `regel 12, veld themes[0].norms[2].max: moet een getal zijn, …`. */
export function formatLineIssue(issue: LineIssue): string {
  const where = [
    issue.line === null ? null : `regel ${issue.line}`,
    issue.path.length ? `veld ${fieldName(issue.path)}` : null,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'deze sleutel staat twee keer in hetzelfde blok',
  TAB_AS_INDENT: 'inspringen met een tab; gebruik spaties',
  BAD_INDENT: 'de inspringing klopt niet',
  MISSING_CHAR: 'er ontbreekt een teken (een aanhalingsteken of haakje?)',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer regels; vergeet u een dubbele punt?',
  BLOCK_AS_IMPLICIT_KEY: 'een blok staat waar een sleutel hoort; vergeet u een dubbele punt?',
  UNEXPECTED_TOKEN: 'onverwacht teken',
};

/**
 * Parses `text` and checks it against `schema`, then against the domain's `rules`. Gives the
 * value only when there is no problem at all.
 */
export function readYaml<T>(
  text: string,
  schema: z.ZodType<T>,
  rules: (value: T) => Issue[] = () => [],
): ReadResult<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  if (doc.errors.length) {
    // One broken bracket makes the parser stumble several times on the same line; the first
    // message of a line says what is wrong there.
    const issues = new Map<number, LineIssue>();
    for (const error of doc.errors) {
      const line = lineAt(error.pos[0]);
      if (issues.has(line)) continue;
      issues.set(line, {
        line,
        path: [],
        message: `geen geldige YAML: ${YAML_ERRORS[error.code] ?? error.message.split('\n')[0]}`,
      });
    }
    return { ok: false, issues: [...issues.values()] };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    return {
      ok: false,
      issues: [{ line: null, path: [], message: 'het bestand is leeg' }],
    };
  }
  const placed = (path: Path, message: string): LineIssue => ({
    line: lineOf(doc, path, lineAt),
    path,
    message,
  });
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => placed([...(issue.path as Path), key], `onbekend veld '${key}'`))
        : [placed(issue.path as Path, dutchMessage(issue))],
    );
    return { ok: false, issues: sortByLine(issues) };
  }
  const broken = rules(parsed.data);
  if (broken.length) {
    return { ok: false, issues: sortByLine(broken.map((i) => placed(i.path, i.message))) };
  }
  return { ok: true, value: parsed.data };
}

const sortByLine = (issues: LineIssue[]) => issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/**
 * The line of the field at `path`: the line of its key (for a map entry) or item. A field that
 * is missing gets the line of the deepest block that exists, where it should have been.
 */
function lineOf(doc: Document, path: Path, lineAt: (offset: number) => number): number | null {
  let node: unknown = doc.contents;
  let line: number | null = rangeLine(node, lineAt);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      line = rangeLine(pair.key, lineAt) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, lineAt) ?? line;
    } else {
      break;
    }
  }
  return line;
}

function rangeLine(node: unknown, lineAt: (offset: number) => number): number | null {
  const range = (node as Node | null | undefined)?.range;
  return range ? lineAt(range[0]) : null;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'een getal',
  string: 'tekst',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een blok met velden',
};

function describeValue(value: unknown): string {
  if (value === null) return 'leeg';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'string') return `de tekst '${value}'`;
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'een blok met velden';
}

/** A value as the file has it: `'drempel'`, `12`. */
const quoted = (value: unknown) =>
  typeof value === 'string' ? `'${value}'` : describeValue(value);

/** Zod's issue in the words of someone editing the file. */
function dutchMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'ontbreekt';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const hint =
        issue.expected === 'string' && typeof input === 'number'
          ? `; zet het tussen aanhalingstekens, zoals "${input}"`
          : '';
      return `moet ${expected} zijn, maar is ${describeValue(input)}${hint}`;
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator === 'kind') {
        const kind = (input as Record<string, unknown> | undefined)?.kind;
        const choices = ((issue as { options?: string[] }).options ?? []).join(', ');
        return kind === undefined
          ? `ontbreekt; kies uit ${choices}`
          : `onbekende normsoort ${quoted(kind)}; kies uit ${choices}`;
      }
      return 'heeft geen geldige vorm';
    }
    case 'invalid_value':
      return `${quoted(input)} is geen geldige waarde; kies uit ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return 'de lijst is leeg';
      if (issue.origin === 'string') return 'is leeg';
      return `moet ${issue.inclusive ? 'minstens' : 'groter dan'} ${issue.minimum} zijn, maar is ${describeValue(input)}`;
    case 'too_big':
      return `mag ${issue.inclusive ? 'hoogstens' : 'kleiner dan'} ${issue.maximum} zijn, maar is ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

/** A value as a YAML document, with a comment on top. */
export function writeYaml(value: unknown, comment: string): string {
  const doc = new Document(value);
  doc.commentBefore = comment
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  return doc.toString({ lineWidth: 100 });
}
