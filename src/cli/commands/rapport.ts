import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatDate } from '../../domain/framework/wording.js';
import type { Actor } from '../../domain/permissions.js';
import { withContext } from '../database.js';

/** The local operator: the evaluation per location and the actions included, never a location's figures. */
const CLI: Actor = { kind: 'cli' };

interface Options {
  gemeente: string;
  peildatum?: string;
  uit: string;
}

/** The file system's reasons in words a person at a terminal reads. */
function writeProblem(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? `de map ${path.dirname(file)} bestaat niet`
      : code === 'EACCES' || code === 'EPERM'
        ? 'geen toestemming om daar te schrijven'
        : code === 'EISDIR'
          ? 'dat is een map'
          : (error as Error).message;
  return new Error(`kan ${file} niet schrijven: ${reason}`);
}

export function registerRapport(program: Command) {
  program
    .command('rapport')
    .description(
      'maak de raadsrapportage van een gemeente als PDF: gepubliceerde cijfers met grafieken, de toetsing per locatie en de verbeteracties',
    )
    .requiredOption('--gemeente <code>', 'de CBS-code van de gemeente, zoals GM0014')
    .option('--peildatum <datum>', 'JJJJ-MM-DD; standaard vandaag, in demomodus de demopeildatum')
    .requiredOption('--uit <bestand>', 'het PDF-bestand dat wordt geschreven')
    .action(async (options: Options) => {
      const code = options.gemeente.trim().toUpperCase();
      if (!/^GM\d{4}$/.test(code)) {
        throw new Error(
          `'${options.gemeente}' is geen CBS-gemeentecode: GM gevolgd door vier cijfers, zoals GM0014`,
        );
      }
      const report = await withContext((ctx) => ctx.rapport.pdf(CLI, code, options.peildatum));
      const file = path.resolve(options.uit);
      await writeFile(file, report.pdf).catch((error) => {
        throw writeProblem(file, error);
      });
      console.log(
        `Raadsrapportage van ${report.subject}, peildatum ${formatDate(report.peildatum, 'nl')}, geschreven naar ${file} (${Math.ceil(report.pdf.length / 1024)} kB).`,
      );
    });
}
