import { Readable } from 'node:stream';
import type { ImportRapport, ImportSoort } from '../../src/contracts/imports.js';
import type { TestApp } from './app.js';

export const CLI = { kind: 'cli' } as const;

/** Imports text (or bytes) as the CLI would. */
export function importText(
  t: TestApp,
  soort: ImportSoort,
  content: string | Buffer,
  options: { dryRun?: boolean; acceptValid?: boolean; fileName?: string } = {},
): Promise<ImportRapport> {
  return t.ctx.imports.run(CLI, soort, Readable.from([Buffer.from(content)]), {
    fileName: options.fileName ?? `${soort}.csv`,
    ...options,
  });
}

/** The messages of a report as `rij N, kolom K: …` lines, errors only. */
export const errorsOf = (report: ImportRapport) =>
  report.meldingen
    .filter((m) => m.ernst === 'fout')
    .map((m) => `rij ${m.rij}, kolom ${m.kolom ?? '-'}: ${m.melding}`);
