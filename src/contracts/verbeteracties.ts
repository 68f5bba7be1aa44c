/**
 * The improvement actions (verbeteracties) of a municipality, across the assessments of its
 * locations: for the municipal dashboard and the council report.
 */
import { z } from 'zod';
import { ACTIE_STATUSSEN, BEOORDELING_STATUSSEN } from './beoordelingen.js';

const Tekst = z.object({ nl: z.string(), en: z.string() });

export const GemeenteVerbeteractie = z
  .object({
    id: z.number().int(),
    locatie: z.object({ code: z.string(), naam: z.string() }),
    beoordeling: z
      .object({
        id: z.number().int(),
        van: z.string(),
        tot: z.string(),
        status: z.enum(BEOORDELING_STATUSSEN),
      })
      .describe('De beoordeling waarin de actie is vastgelegd'),
    norm: z
      .object({ id: z.string(), titel: Tekst })
      .nullable()
      .describe('De norm die de actie verbetert; null voor de beoordeling als geheel'),
    omschrijving: z.string(),
    eigenaar: z.string(),
    deadline: z.string().describe('JJJJ-MM-DD'),
    status: z.enum(ACTIE_STATUSSEN),
  })
  .meta({ id: 'GemeenteVerbeteractie' });

export const GemeenteVerbeteracties = z
  .object({
    gemeente: z.object({ code: z.string(), naam: z.string() }),
    items: z
      .array(GemeenteVerbeteractie)
      .describe(
        'Eerst wat open of in uitvoering is (eerste deadline eerst), dan wat is afgerond (laatste deadline eerst)',
      ),
  })
  .meta({ id: 'GemeenteVerbeteracties' });

export type GemeenteVerbeteractieDto = z.infer<typeof GemeenteVerbeteractie>;
