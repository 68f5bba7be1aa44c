import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { parse } from 'csv-parse';
import { formatMelding, type ImportRapport, type ImportSoort } from '../../contracts/imports.js';
import { normalisePostcode } from '../../domain/import/voorzieningen.js';
import type { FacilityOptions } from '../../server/features/voorzieningen/import-format.js';
import { withContext } from '../database.js';

const CLI = { kind: 'cli' } as const;

interface ImportFlags {
  dryRun?: boolean;
  acceptValid?: boolean;
  soort?: string;
  postcodes?: string;
}

/** The postcode table (CSV `postcode,lat,lon`) for placing DUO schools. */
async function readPostcodes(file: string): Promise<Map<string, [number, number]>> {
  if (!existsSync(file)) throw new Error(`het postcodebestand '${file}' bestaat niet`);
  const table = new Map<string, [number, number]>();
  const parser = createReadStream(file).pipe(
    parse({
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      delimiter: [',', ';'],
    }),
  );
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    line++;
    const lat = Number((record.lat ?? '').replace(',', '.'));
    const lon = Number((record.lon ?? '').replace(',', '.'));
    if (!record.postcode || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(
        `postcodebestand rij ${line}: verwacht de kolommen postcode, lat en lon met getallen`,
      );
    }
    table.set(normalisePostcode(record.postcode), [lat, lon]);
  }
  return table;
}

/** Prints the report; returns the exit code (1 when the file was refused). */
export function printReport(report: ImportRapport): number {
  const t = report.telling;
  const state = report.proefrun
    ? 'Proefrun: er is niets geschreven.'
    : report.geschreven
      ? `Ingelezen als batch ${report.batchId}.`
      : 'Er is niets geschreven: het bestand bevat fouten.';
  console.log(state);
  console.log(
    `${report.geschreven ? '' : '(niet geschreven) '}Rijen: ${t.rijen}; nieuw: ${t.nieuw}; bijgewerkt: ${t.bijgewerkt}; al aanwezig: ${t.aanwezig}; overgeslagen: ${t.overgeslagen}; fouten: ${t.fouten}; waarschuwingen: ${t.waarschuwingen}.`,
  );
  for (const melding of report.meldingen) {
    const line = `${melding.ernst === 'fout' ? 'FOUT' : 'let op'}  ${formatMelding(melding)}`;
    if (melding.ernst === 'fout') console.error(line);
    else console.log(line);
  }
  if (report.meldingenAfgekapt) {
    console.log(`… en meer: ${t.fouten} fouten en ${t.waarschuwingen} waarschuwingen in totaal.`);
  }
  return report.geschreven || (report.proefrun && t.fouten === 0) ? 0 : 1;
}

async function importFile(soort: ImportSoort, file: string, flags: ImportFlags): Promise<number> {
  let formatOptions: FacilityOptions | undefined;
  if (soort === 'voorzieningen') {
    const variant = flags.soort ?? 'generiek';
    if (!['generiek', 'duo-po', 'duo-vo'].includes(variant)) {
      throw new Error(`--soort is generiek, duo-po of duo-vo, niet '${variant}'`);
    }
    if (variant !== 'generiek' && !flags.postcodes) {
      console.log(
        'Let op: zonder --postcodes worden alleen DUO-rijen met eigen coördinaten geplaatst.',
      );
    }
    formatOptions = {
      variant: variant as FacilityOptions['variant'],
      postcodes: flags.postcodes ? await readPostcodes(flags.postcodes) : new Map(),
    };
  }
  if (!existsSync(file) || !statSync(file).isFile())
    throw new Error(`het bestand '${file}' bestaat niet`);
  const size = statSync(file).size;
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { format: `${soort} [{bar}] {percentage}% | {rows} rijen`, hideCursor: true },
        undefined,
      )
    : null;
  bar?.start(size, 0, { rows: 0 });
  let rows = 0;
  let bytes = 0;
  const source = createReadStream(file).pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        bar?.update(bytes, { rows });
        done(null, chunk);
      },
    }),
  );
  try {
    const report = await withContext((ctx) =>
      ctx.imports.run(CLI, soort, source, {
        fileName: path.basename(file),
        formatOptions,
        dryRun: flags.dryRun,
        acceptValid: flags.acceptValid,
        onProgress: (n) => {
          rows = n;
        },
      }),
    );
    bar?.update(size, { rows: report.telling.rijen });
    bar?.stop();
    return printReport(report);
  } catch (error) {
    bar?.stop();
    throw error;
  }
}

export function registerImport(program: Command) {
  const command = program.command('import').description('gegevens inlezen, tonen en terugdraaien');
  const kinds: [ImportSoort, string][] = [
    ['locaties', 'locaties inlezen (CSV of XLSX)'],
    [
      'gebeurtenissen',
      'gebeurtenissen van kinderen inlezen; kind_id en gezin_id worden direct gepseudonimiseerd',
    ],
    ['activiteiten', 'activiteiten per locatie inlezen'],
    ['voorzieningen', 'voorzieningen (scholen, huisartsen, …) inlezen voor de afstandsnormen'],
  ];
  for (const [soort, description] of kinds) {
    const sub = command.command(`${soort} <bestand>`).description(description);
    if (soort === 'voorzieningen') {
      sub
        .option(
          '--soort <soort>',
          'generiek (categorie,naam,lat,lon,bron), duo-po of duo-vo (DUO-scholenbestand)',
          'generiek',
        )
        .option('--postcodes <bestand>', 'CSV postcode,lat,lon om DUO-adressen te plaatsen');
    }
    sub
      .option('--dry-run', 'alleen controleren; niets schrijven')
      .option('--accept-valid', 'de geldige rijen schrijven en de rest rapporteren')
      .action(async (file: string, flags: ImportFlags) => {
        process.exitCode = await importFile(soort, file, flags);
      });
  }

  command
    .command('lijst')
    .description('alle importbatches tonen')
    .action(async () => {
      const batches = await withContext((ctx) => ctx.imports.list(CLI));
      if (!batches.length) console.log('Er zijn nog geen importbatches.');
      for (const b of batches) {
        const t = b.telling;
        const state = b.teruggedraaidOp
          ? `teruggedraaid ${b.teruggedraaidOp.slice(0, 10)}`
          : 'actief';
        console.log(
          `${String(b.id).padStart(5)}  ${b.aangemaaktOp.slice(0, 19).replace('T', ' ')}  ${b.soort.padEnd(14)} ${b.bestandsnaam}  door ${b.door}  rijen ${t.rijen ?? 0}, nieuw ${t.nieuw ?? 0}, bijgewerkt ${t.bijgewerkt ?? 0}  ${state}  sha256 ${b.sha256.slice(0, 12)}…`,
        );
      }
    });

  command
    .command('terugdraaien <batch>')
    .description('een importbatch terugdraaien; wat ervan was afgeleid wordt opnieuw afgeleid')
    .action(async (batch: string) => {
      const id = Number(batch);
      if (!Number.isInteger(id) || id <= 0) throw new Error(`'${batch}' is geen batchnummer`);
      const result = await withContext((ctx) => ctx.imports.rollback(CLI, id));
      console.log(`Batch ${result.id} (${result.soort}, ${result.bestandsnaam}) is teruggedraaid.`);
    });
}
