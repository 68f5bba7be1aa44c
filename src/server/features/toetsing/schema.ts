/**
 * The evaluation against the kwaliteitskader as the API sends it: per norm an outcome with its
 * sentence (Dutch and English) and, where the norm is not met, what would have to change. The
 * norms themselves travel once, in the framework's own file format (KaderNorm).
 */
import { z } from 'zod';
import { OUTCOMES } from '../../../domain/framework/evaluate.js';
import { NormDocument } from '../kaders/schema.js';

const Tekst = z.object({ nl: z.string(), en: z.string() });

export const Uitkomst = z
  .object({
    norm: z.string().describe('Het id van de norm, zoals R2.2'),
    uitkomst: z
      .enum(OUTCOMES)
      .describe('voldoet, voldoet_deels, voldoet_niet, onbekend (gegevens ontbreken) of nvt'),
    toelichting: Tekst.describe(
      'Eén zin met de cijfers achter de uitkomst, voor zover u ze mag zien',
    ),
    verandering: Tekst.nullable().describe(
      'Wat er moet veranderen om te voldoen; alleen bij voldoet_niet en voldoet_deels',
    ),
  })
  .meta({ id: 'Normuitkomst' });

const Telling = z
  .object(
    Object.fromEntries(OUTCOMES.map((o) => [o, z.number().int()])) as Record<
      (typeof OUTCOMES)[number],
      z.ZodNumber
    >,
  )
  .describe('Het aantal normen per uitkomst');

const ToetsLocatie = z.object({
  code: z.string(),
  naam: z.string(),
  gemeenteCode: z.string(),
  gemeenteNaam: z.string(),
  type: z.string().describe('Het type op de peildatum'),
  subtype: z.string().nullable(),
  status: z.enum(['voorgesteld', 'open', 'gesloten']),
  capaciteit: z.number().int(),
  openSinds: z.string().nullable(),
  openTot: z.string().nullable(),
  adres: z.string().nullable(),
  postcode: z.string().nullable(),
  plaats: z.string().nullable(),
});

const LocatieUitkomsten = z.object({
  locatie: ToetsLocatie,
  cijfers: z
    .boolean()
    .describe(
      'true: de toelichtingen noemen de cijfers van de locatie (alleen voor haar eigen medewerkers); false: bij indicatornormen alleen de uitkomst',
    ),
  uitkomsten: z.array(Uitkomst),
  telling: Telling,
});

const Kader = z.object({
  versie: z.string().describe('De versie van het kwaliteitskader'),
  aangenomen: z
    .boolean()
    .describe('true: het kader zoals de gemeente het aannam; false: de basisversie'),
  themas: z.array(z.object({ id: z.string(), title: Tekst })),
  normen: z.array(
    z.object({
      thema: z.string(),
      herkomst: z
        .enum(['baseline', 'tightened', 'local'])
        .describe('uit het basiskader, aangescherpt door de gemeente, of een lokale norm'),
      norm: NormDocument,
    }),
  ),
});

export const Locatietoetsing = z
  .object({ peildatum: z.string(), kader: Kader, ...LocatieUitkomsten.shape })
  .meta({
    id: 'Locatietoetsing',
    description: 'De toetsing van één locatie aan het kwaliteitskader van haar gemeente',
  });

export const Gemeentetoetsing = z
  .object({
    peildatum: z.string(),
    gemeente: z.object({ code: z.string(), naam: z.string() }),
    kader: Kader,
    gemeentenormen: z
      .array(Uitkomst)
      .describe('De normen op gemeenteniveau, uit de publicatieset: voor iedereen gelijk'),
    locaties: z.array(LocatieUitkomsten).describe('De locaties die u mag zien, op naam'),
  })
  .meta({
    id: 'Gemeentetoetsing',
    description: 'Alle locaties van een gemeente, en de gemeente zelf, getoetst aan haar kader',
  });
