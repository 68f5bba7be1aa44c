import { z } from 'zod';

export const LocatieCode = z.string().trim().min(1).max(100).describe('De code van de locatie');

export const Periode = z.object({
  vanaf: z.string().nullable().describe('Vanaf deze datum; null: vanaf het begin'),
  type: z.string(),
  subtype: z.string().nullable(),
});

export const Locatie = z
  .object({
    code: z.string(),
    naam: z.string(),
    gemeenteCode: z.string(),
    gemeenteNaam: z.string(),
    type: z.string().describe('Het huidige type'),
    subtype: z.string().nullable(),
    status: z.enum(['voorgesteld', 'open', 'gesloten']),
    capaciteit: z.number().int(),
    openSinds: z.string().nullable(),
    openTot: z.string().nullable(),
    beheerder: z.string().nullable(),
    adres: z.string().nullable(),
    postcode: z.string().nullable(),
    plaats: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    feiten: z
      .record(z.string(), z.boolean().nullable())
      .describe('Ontbrekend of null: onbekend, nooit nee'),
    perioden: z.array(Periode),
  })
  .meta({ id: 'Locatie' });
export type Locatie = z.infer<typeof Locatie>;

export const LocatieLijst = z.object({ items: z.array(Locatie) }).meta({ id: 'LocatieLijst' });
