import { Readable, Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import { ProblemError } from '../../problem.js';

export const UPLOAD_TYPES = [
  'text/csv',
  'application/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

/** Uploads are streamed, never buffered; this stops one that grows beyond the limit. */
export function limitSize(source: Readable, maxBytes: number): Readable {
  let bytes = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        done(
          new ProblemError(
            413,
            'te-groot',
            'Verzoek te groot',
            `Het bestand is groter dan ${Math.round(maxBytes / 1_048_576)} MB.`,
          ),
        );
      } else {
        done(null, chunk);
      }
    },
  });
  source.on('error', (error) => limited.destroy(error));
  return source.pipe(limited);
}

type Cell = string | number | boolean | null | undefined;

/**
 * JSON rows posted to the API become the CSV they stand for, so that they pass the one import
 * path with exactly the same rules as a file.
 */
export function rowsAsCsv(rows: readonly Record<string, Cell>[]): Readable {
  const columns: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  }
  return streamAsCsv(rows, columns);
}

/** Rows produced one by one (the demo set) as CSV with the given columns. */
export function streamAsCsv(rows: Iterable<Record<string, Cell>>, columns: string[]): Readable {
  const text = (value: Cell) => (value === null || value === undefined ? '' : String(value));
  function* lines() {
    for (const row of rows) yield columns.map((c) => text(row[c]));
  }
  const output = stringify({ header: true, columns, quoted: true });
  const source = Readable.from(lines());
  source.on('error', (error) => output.destroy(error));
  return source.pipe(output);
}
