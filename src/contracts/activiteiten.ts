import { z } from 'zod';

export const Activiteit = z
  .object({
    locatie: z.string(),
    naam: z.string(),
    partner: z.string().nullable(),
    categorie: z.enum(['sport', 'kunst', 'spel', 'huiswerk', 'inspraak', 'overig']),
    leeftijdVan: z.number().int().nullable(),
    leeftijdTot: z.number().int().nullable(),
    frequentiePerWeek: z.number(),
    van: z.string(),
    tot: z.string().nullable().describe('Einddatum; leeg: loopt nog'),
    bereik: z.number().int().nullable().describe('Gebruikelijk aantal kinderen'),
  })
  .meta({ id: 'Activiteit' });
export type Activiteit = z.infer<typeof Activiteit>;

export const ActiviteitenLijst = z
  .object({ items: z.array(Activiteit) })
  .meta({ id: 'ActiviteitenLijst' });
