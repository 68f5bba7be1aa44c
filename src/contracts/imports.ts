import { z } from 'zod';

export const IMPORT_SOORTEN = [
  'locaties',
  'voorzieningen',
  'gebeurtenissen',
  'activiteiten',
] as const;
export const ImportSoort = z.enum(IMPORT_SOORTEN).describe('Wat er wordt ingelezen');
export type ImportSoort = z.infer<typeof ImportSoort>;

export const Melding = z
  .object({
    rij: z
      .number()
      .int()
      .describe('Rijnummer zoals een spreadsheet het toont: de kopregel is rij 1'),
    kolom: z.string().nullable(),
    ernst: z.enum(['fout', 'waarschuwing']),
    melding: z.string().describe('Nederlandse reden'),
  })
  .meta({ id: 'Melding' });
export type Melding = z.infer<typeof Melding>;

export const Telling = z
  .object({
    rijen: z.number().int().describe('Gelezen rijen (zonder kopregel en lege rijen)'),
    nieuw: z.number().int(),
    bijgewerkt: z.number().int(),
    aanwezig: z.number().int().describe('Rijen die al aanwezig waren (niets gewijzigd)'),
    overgeslagen: z
      .number()
      .int()
      .describe('Rijen niet geschreven wegens fouten (alleen met accepteerGeldige)'),
    fouten: z.number().int(),
    waarschuwingen: z.number().int(),
  })
  .meta({ id: 'Telling' });
export type Telling = z.infer<typeof Telling>;

export const MAX_MELDINGEN = 1000;

export const ImportRapport = z
  .object({
    batchId: z
      .number()
      .int()
      .nullable()
      .describe('Het nummer van de batch, of null als er niets is geschreven'),
    soort: ImportSoort,
    bestandsnaam: z.string(),
    sha256: z.string(),
    proefrun: z.boolean(),
    geschreven: z.boolean(),
    telling: Telling,
    meldingen: z.array(Melding).describe(`De eerste ${MAX_MELDINGEN} meldingen, fouten eerst`),
    meldingenAfgekapt: z.boolean(),
  })
  .meta({ id: 'ImportRapport' });
export type ImportRapport = z.infer<typeof ImportRapport>;

export const ImportOpties = z.object({
  proefrun: z
    .enum(['ja', 'nee'])
    .default('nee')
    .describe('ja: alleen controleren, niets schrijven'),
  accepteerGeldige: z
    .enum(['ja', 'nee'])
    .default('nee')
    .describe('ja: geldige rijen schrijven en de rest rapporteren'),
  bestandsnaam: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe('De naam van het bestand, voor de batch'),
});

export const Batch = z
  .object({
    id: z.number().int(),
    soort: ImportSoort,
    bestandsnaam: z.string(),
    sha256: z.string(),
    door: z.string().describe('E-mailadres van wie importeerde, of cli'),
    aangemaaktOp: z.string(),
    teruggedraaidOp: z.string().nullable(),
    telling: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Batch' });
export type Batch = z.infer<typeof Batch>;

export const BatchLijst = z.object({ items: z.array(Batch) }).meta({ id: 'BatchLijst' });

/** How a message reads in the CLI and the web: `rij 17, kolom datum: …`. */
export function formatMelding(m: Melding): string {
  return `rij ${m.rij}${m.kolom ? `, kolom ${m.kolom}` : ''}: ${m.melding}`;
}
