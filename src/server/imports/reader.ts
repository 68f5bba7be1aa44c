/**
 * Reads a CSV or XLSX import file as a stream of rows with spreadsheet row numbers, applying the
 * file-level rules of data-formats.md ("Reading a file"). Nothing is held in memory beyond the
 * current row.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export interface FileIssue {
  row: number;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface Header {
  columns: string[];
  separator: ';' | ',' | null; // null for XLSX
  issues: FileIssue[];
  /** False when the header has errors: the rows are then not validated. */
  usable: boolean;
}

export interface Row {
  row: number;
  cells: Record<string, string>;
  issues: FileIssue[];
}

export type ReadEvent =
  | { kind: 'header'; header: Header }
  | { kind: 'row'; row: Row }
  | { kind: 'notice'; issue: FileIssue };

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'een aanhalingsteken wordt niet gesloten',
  CSV_INVALID_CLOSING_QUOTE: 'na een afsluitend aanhalingsteken volgt geen scheidingsteken',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'na een afsluitend aanhalingsteken volgt geen scheidingsteken',
  CSV_MAX_RECORD_SIZE: 'een rij is te lang',
};

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The separator is `;` when the header line (outside quotes) holds more `;` than `,`. */
export function detectSeparator(headerLine: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function checkHeader(raw: string[], spec: ColumnSpec, separator: Header['separator']): Header {
  const columns = raw.map((c) => c.trim().toLowerCase());
  const issues: FileIssue[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (column && seen.has(column)) {
      issues.push({
        row: 1,
        column,
        message: `de kolom '${column}' staat er meer dan eens in`,
        severity: 'error',
      });
    }
    seen.add(column);
  }
  for (const column of spec.required) {
    if (!seen.has(column)) {
      issues.push({
        row: 1,
        column,
        message: `de verplichte kolom '${column}' ontbreekt`,
        severity: 'error',
      });
    }
  }
  const known = new Set([...spec.required, ...spec.optional]);
  const unknown = columns.filter((c) => c && !known.has(c));
  if (unknown.length) {
    issues.push({
      row: 1,
      column: null,
      message: `onbekende kolommen worden genegeerd: ${unknown.join(', ')}`,
      severity: 'warning',
    });
  }
  return { columns, separator, issues, usable: !issues.some((i) => i.severity === 'error') };
}

function toRow(rowNumber: number, header: Header, values: string[]): Row | null {
  const trimmed = values.map((v) => v.trim());
  if (trimmed.every((v) => v === '')) return null; // blank rows are skipped
  const issues: FileIssue[] = [];
  const extra = trimmed.slice(header.columns.length).filter((v) => v !== '');
  if (extra.length) {
    issues.push({
      row: rowNumber,
      column: null,
      message: `de rij heeft meer gevulde velden (${header.columns.length + extra.length}) dan de kop kolommen (${header.columns.length})`,
      severity: 'error',
    });
  }
  const cells: Record<string, string> = {};
  header.columns.forEach((column, index) => {
    if (!column) return;
    const value = trimmed[index] ?? '';
    if (value.includes('\uFFFD')) {
      issues.push({
        row: rowNumber,
        column,
        message: 'bevat bytes die geen UTF-8 zijn',
        severity: 'error',
      });
    }
    cells[column] = value;
  });
  return { row: rowNumber, cells, issues };
}

/** Reads the start of the stream, enough to tell XLSX from CSV and to find the header line. */
async function peek(source: Readable): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
    if (chunk.includes(0x0a)) break;
  }
  return { head: Buffer.concat(chunks), rest: iterator };
}

async function* replay(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (head.length) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

export class FileError extends Error {
  constructor(readonly issue: FileIssue) {
    super(issue.message);
  }
}

/**
 * Yields the header once, then every non-blank row. A broken file (no header, bad quoting, an
 * unreadable workbook) throws a `FileError` naming the row.
 */
export async function* readRows(source: Readable, spec: ColumnSpec): AsyncGenerator<ReadEvent> {
  const { head, rest } = await peek(source);
  if (head.subarray(0, 4).equals(XLSX_MAGIC)) {
    yield* readXlsx(replay(head, rest), spec);
    return;
  }
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  if (!text.trim()) {
    throw new FileError({
      row: 1,
      column: null,
      message: 'het bestand is leeg: er is geen kopregel',
      severity: 'error',
    });
  }
  const separator = detectSeparator(firstLine);
  const parser = parse({
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  });
  const input = replay(head, rest);
  (async () => {
    try {
      for await (const chunk of input) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let header: Header | null = null;
  let rowNumber = 0;
  try {
    for await (const { record } of parser as AsyncIterable<{ record: string[] }>) {
      rowNumber++;
      if (!header) {
        header = checkHeader(record, spec, separator);
        yield { kind: 'header', header };
        continue;
      }
      const row = toRow(rowNumber, header, record);
      if (row) yield { kind: 'row', row };
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    const reason = CSV_ERRORS[(error as { code?: string }).code ?? ''] ?? 'de opmaak klopt niet';
    throw new FileError({
      row: rowNumber + 1,
      column: null,
      message: `het bestand is geen geldige CSV vanaf deze rij: ${reason}`,
      severity: 'error',
    });
  }
  if (!header) {
    throw new FileError({
      row: 1,
      column: null,
      message: 'het bestand is leeg: er is geen kopregel',
      severity: 'error',
    });
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function* readXlsx(
  input: AsyncIterable<Buffer>,
  spec: ColumnSpec,
): AsyncGenerator<ReadEvent> {
  const { Readable } = await import('node:stream');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(input), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheets = 0;
  let header: Header | null = null;
  try {
    for await (const worksheet of reader) {
      sheets++;
      if (sheets > 1) {
        // Later sheets are read past, not used; their rows must still be consumed.
        for await (const _ of worksheet) {
        }
        continue;
      }
      for await (const row of worksheet) {
        const values: string[] = [];
        const raw = row.values as ExcelJS.CellValue[];
        for (let i = 1; i < raw.length; i++) values.push(cellText(raw[i]));
        if (!header) {
          header = checkHeader(values, spec, null);
          if (row.number !== 1) {
            header.issues.push({
              row: row.number,
              column: null,
              message: `de kopregel staat op rij ${row.number}`,
              severity: 'warning',
            });
          }
          yield { kind: 'header', header };
          continue;
        }
        const parsed = toRow(row.number, header, values);
        if (parsed) yield { kind: 'row', row: parsed };
      }
    }
  } catch (error) {
    throw new FileError({
      row: 1,
      column: null,
      message: `het XLSX-bestand kan niet worden gelezen (${(error as Error).message})`,
      severity: 'error',
    });
  }
  if (!header) {
    throw new FileError({
      row: 1,
      column: null,
      message: 'het werkblad is leeg: er is geen kopregel',
      severity: 'error',
    });
  }
  if (sheets > 1) {
    yield {
      kind: 'notice',
      issue: {
        row: 1,
        column: null,
        message: `het bestand heeft ${sheets} werkbladen; alleen het eerste is gelezen`,
        severity: 'warning',
      },
    };
  }
}
