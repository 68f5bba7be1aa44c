/**
 * Tables as files to download: CSV for Dutch Excel, or XLSX. Every text cell is neutralised,
 * so that a value from an import can never run as a formula in the reader's spreadsheet.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export type ExportCell = string | number | null;
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportTable {
  /** The sheet's name in XLSX. */
  title: string;
  columns: readonly string[];
  rows: readonly (readonly ExportCell[])[];
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A text that a spreadsheet would read as a formula (CSV injection, OWASP) gets a leading single
 * quote, which spreadsheets show as text. Tab and carriage return are OWASP's other two triggers.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const safe = (cell: ExportCell): ExportCell => (typeof cell === 'string' ? safeCell(cell) : cell);

/**
 * Dutch Excel opens a CSV with a double click only as `;`-separated with a decimal comma, and
 * reads it as UTF-8 only after a byte order mark.
 */
export function toCsv(table: ExportTable): Buffer {
  const text = stringify(
    [table.columns, ...table.rows].map((row) => row.map(safe)),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      cast: { number: (value) => String(value).replace('.', ',') },
    },
  );
  return Buffer.from(text, 'utf8');
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title);
  sheet.addRow(table.columns.map(safe));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(safe));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends the table as a download named `name` plus the format's extension. */
export async function sendExport(
  reply: FastifyReply,
  table: ExportTable,
  format: ExportFormat,
  name: string,
): Promise<FastifyReply> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(body);
}

/** In demo mode every row says so: a file travels further than the page with its banner. */
export function markedAsDemo(table: ExportTable): ExportTable {
  return {
    ...table,
    columns: [...table.columns, 'Let op'],
    rows: table.rows.map((row) => [...row, 'Demodata — fictief']),
  };
}
