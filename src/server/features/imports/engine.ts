/**
 * The one import path for every format, file, API post, form and demo set: read → validate →
 * write in one transaction → report. With errors (or a dry run) the transaction is rolled back,
 * so nothing is half-written; a killed process leaves no trace either.
 */
import { createHash } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import {
  type ImportRapport,
  type ImportSoort,
  MAX_MELDINGEN,
  type Melding,
  type Telling,
} from '../../../contracts/imports.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../domain/permissions.js';
import {
  type ColumnSpec,
  FileError,
  type Header,
  type Row,
  readRows,
} from '../../imports/reader.js';
import { type AuditService, actorColumns } from '../audit/service.js';
import { createImportsRepo } from './repo.js';

export interface Issue {
  rij: number;
  kolom: string | null;
  ernst: 'fout' | 'waarschuwing';
  melding: string;
}

/** Collects every issue's count, and the first MAX_MELDINGEN of each kind for the report. */
export class IssueLog {
  private errors: Melding[] = [];
  private warnings: Melding[] = [];
  errorCount = 0;
  warningCount = 0;
  readonly rowsWithErrors = new Set<number>();

  add(issue: Issue): void {
    if (issue.ernst === 'fout') {
      this.errorCount++;
      this.rowsWithErrors.add(issue.rij);
      if (this.errors.length < MAX_MELDINGEN) this.errors.push(issue);
    } else {
      this.warningCount++;
      if (this.warnings.length < MAX_MELDINGEN) this.warnings.push(issue);
    }
  }

  report(): { meldingen: Melding[]; afgekapt: boolean } {
    const byRow = (a: Melding, b: Melding) => a.rij - b.rij;
    const all = [...this.errors.sort(byRow), ...this.warnings.sort(byRow)];
    return {
      meldingen: all.slice(0, MAX_MELDINGEN),
      afgekapt: this.errorCount + this.warningCount > MAX_MELDINGEN,
    };
  }
}

export interface Counts {
  nieuw: number;
  bijgewerkt: number;
  aanwezig: number;
  overgeslagen: number;
}

/** What a format does with its rows inside the import's transaction. */
export interface FormatSession {
  /** Field-level parsing of one row; issues go to the log. */
  row(row: Row, header: Header): Promise<void> | void;
  /** Sequence rules, idempotency and the writes of the valid rows. */
  finish(options: { acceptValid: boolean }): Promise<Counts>;
}

export interface FormatContext {
  /** Options of this kind of import (the DUO variant and postcode table of facilities). */
  options: unknown;
  db: Db;
  batchId: number;
  actor: Actor;
  log: IssueLog;
}

export interface Format {
  soort: ImportSoort;
  columns: ColumnSpec;
  /** Checked before any work: may the actor import this kind of file at all? */
  authorize(actor: Actor): void;
  start(context: FormatContext): Promise<FormatSession> | FormatSession;
  /**
   * Removes a batch's rows and derives again what was derived from them. Returns the batches
   * whose rows would become invalid without it: then nothing may change.
   */
  rollback(db: Db, batchId: number): Promise<{ dependents: number[] }>;
}

export interface ImportOptions {
  fileName: string;
  dryRun?: boolean;
  acceptValid?: boolean;
  /** Passed to the format: see FormatContext.options. */
  formatOptions?: unknown;
  /** Called now and then with the number of rows read, for progress bars. */
  onProgress?: (rows: number) => void;
}

class Rollback extends Error {}

export function createImportEngine(db: Db, auditFor: (db: Db) => AuditService) {
  const audit = auditFor(db);
  return {
    async run(
      actor: Actor,
      format: Format,
      source: Readable,
      options: ImportOptions,
    ): Promise<ImportRapport> {
      format.authorize(actor);
      const hash = createHash('sha256');
      const tapped = source.pipe(
        new PassThrough({
          transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        }),
      );
      // A source that breaks off fails the import (and so rolls it back) wherever the reading is.
      let sourceError: Error | null = null;
      source.on('error', (error) => {
        sourceError = error;
        tapped.destroy(error);
      });
      tapped.on('error', () => {});
      const log = new IssueLog();
      let rows = 0;
      let counts: Counts = { nieuw: 0, bijgewerkt: 0, aanwezig: 0, overgeslagen: 0 };
      let batchId: number | null = null;
      const dryRun = options.dryRun ?? false;
      const acceptValid = options.acceptValid ?? false;

      const report = (written: boolean): ImportRapport => {
        const { meldingen, afgekapt } = log.report();
        const telling: Telling = {
          rijen: rows,
          ...counts,
          fouten: log.errorCount,
          waarschuwingen: log.warningCount,
        };
        return {
          batchId: written ? batchId : null,
          soort: format.soort,
          bestandsnaam: options.fileName,
          sha256: hash.copy().digest('hex'),
          proefrun: dryRun,
          geschreven: written,
          telling,
          meldingen,
          meldingenAfgekapt: afgekapt,
        };
      };

      try {
        await db.transaction(async (tx) => {
          const batches = createImportsRepo(tx);
          batchId = await batches.insert({
            soort: format.soort,
            bestandsnaam: options.fileName,
            sha256: '',
            ...actorColumns(actor),
            telling: {},
          });
          const session = await format.start({
            db: tx,
            batchId,
            actor,
            log,
            options: options.formatOptions,
          });
          let usable = true;
          let header: Header | null = null;
          try {
            for await (const event of readRows(tapped, format.columns)) {
              if (event.kind === 'header') {
                header = event.header;
                for (const issue of header.issues) log.add(toIssue(issue));
                usable = header.usable;
                // With a broken header the rows are not validated.
                if (!usable) break;
              } else if (event.kind === 'notice') {
                log.add(toIssue(event.issue));
              } else {
                rows++;
                if (rows % 10_000 === 0) options.onProgress?.(rows);
                for (const issue of event.row.issues) log.add(toIssue(issue));
                await session.row(event.row, header!);
              }
            }
          } catch (error) {
            if (!(error instanceof FileError)) throw error;
            log.add(toIssue(error.issue));
            usable = false;
          }
          if (sourceError) throw sourceError;
          options.onProgress?.(rows);
          if (usable) counts = await session.finish({ acceptValid });
          const failed = !usable || (log.errorCount > 0 && !acceptValid);
          if (failed || dryRun) throw new Rollback();
          const final = report(true);
          // The hash is known only once the whole file is read.
          await batches.finalise(batchId, final.sha256, final.telling);
          await auditFor(tx).record({
            actor,
            actie: `import.${format.soort}`,
            objectSoort: 'import_batch',
            objectId: String(batchId),
            uitkomst: 'gelukt',
            details: { bestandsnaam: options.fileName, ...final.telling },
          });
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
        const rejected = report(false);
        if (!dryRun) {
          await audit.record({
            actor,
            actie: `import.${format.soort}`,
            uitkomst: 'mislukt',
            details: { bestandsnaam: options.fileName, ...rejected.telling },
          });
        }
        return rejected;
      }
      return report(true);
    },
  };
}

function toIssue(issue: {
  row: number;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}): Issue {
  return {
    rij: issue.row,
    kolom: issue.column,
    ernst: issue.severity === 'error' ? 'fout' : 'waarschuwing',
    melding: issue.message,
  };
}

export type ImportEngine = ReturnType<typeof createImportEngine>;
