/**
 * Assessments (beoordelingen) of a location for a period, as the API sends and receives them.
 * Every write carries `revisie`: the revision it was based on (docs/beoordelingen.md).
 */
import { z } from 'zod';

const Tekst = z.object({ nl: z.string(), en: z.string() });
const Datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'geen bestaande datum');

export const UITKOMSTEN = ['voldoet', 'voldoet_deels', 'voldoet_niet', 'onbekend', 'nvt'] as const;
export const BEOORDELING_STATUSSEN = ['concept', 'vastgesteld'] as const;
export const ACTIE_STATUSSEN = ['open', 'in_uitvoering', 'afgerond'] as const;

export const Revisie = z
  .number()
  .int()
  .positive()
  .describe('De revisie van de beoordeling waarop deze wijziging voortbouwt');

const Telling = z
  .object(
    Object.fromEntries(UITKOMSTEN.map((o) => [o, z.number().int()])) as Record<
      (typeof UITKOMSTEN)[number],
      z.ZodNumber
    >,
  )
  .describe('Het aantal normen per uitkomst; een nog niet beoordeelde norm telt als onbekend');

export const BeoordelingNorm = z
  .object({
    norm: z.string().describe('Het id van de norm, zoals R1.4'),
    thema: z.string(),
    titel: Tekst,
    soort: z
      .enum(['automatisch', 'beoordelaar'])
      .describe('automatisch: uit de gegevens; beoordelaar: een oordeel met onderbouwing'),
    vraag: Tekst.nullable().describe('Waar de beoordelaar op let'),
    automatischeUitkomst: z.enum(UITKOMSTEN),
    toelichting: Tekst.describe('De zin van de automatische toetsing op de einddatum'),
    uitkomst: z
      .enum(UITKOMSTEN)
      .nullable()
      .describe('De uitkomst; null zolang de beoordelaar de norm niet heeft beoordeeld'),
    onderbouwing: z.string().nullable(),
  })
  .meta({ id: 'BeoordelingNorm' });

export const Bijlage = z
  .object({
    id: z.number().int(),
    norm: z.string(),
    bestandsnaam: z.string(),
    mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    grootte: z.number().int().describe('In bytes'),
    sha256: z.string(),
    toegevoegdOp: z.string(),
    toegevoegdDoor: z.string().nullable(),
  })
  .meta({ id: 'Bijlage' });

export const Verbeteractie = z
  .object({
    id: z.number().int(),
    norm: z.string().nullable().describe('De norm; null voor de beoordeling als geheel'),
    omschrijving: z.string(),
    eigenaar: z.string(),
    deadline: z.string(),
    status: z.enum(ACTIE_STATUSSEN),
  })
  .meta({ id: 'Verbeteractie' });

const Kop = {
  id: z.number().int(),
  locatie: z.object({ code: z.string(), naam: z.string(), gemeenteCode: z.string() }),
  van: z.string(),
  tot: z.string(),
  kaderVersie: z.string(),
  status: z.enum(BEOORDELING_STATUSSEN),
  revisie: z.number().int(),
  aangemaaktOp: z.string(),
  aangemaaktDoor: z.string().nullable(),
  gewijzigdOp: z.string(),
  gewijzigdDoor: z.string().nullable(),
  vastgesteldOp: z.string().nullable(),
  vastgesteldDoor: z.string().nullable(),
  telling: Telling,
};

export const BeoordelingSamenvatting = z.object(Kop).meta({ id: 'BeoordelingSamenvatting' });

export const BeoordelingLijst = z
  .object({
    items: z
      .array(BeoordelingSamenvatting)
      .describe('Nieuwste periode eerst; de telling per beoordeling is de trend'),
  })
  .meta({ id: 'BeoordelingLijst' });

export const Beoordeling = z
  .object({
    ...Kop,
    mijnRol: z
      .object({
        magWijzigen: z.boolean(),
        magVaststellen: z.boolean(),
        waaromNiet: z
          .string()
          .nullable()
          .describe('Waarom u niet mag vaststellen, in het Nederlands'),
      })
      .describe('Wat de vrager met deze beoordeling mag'),
    normen: z.array(BeoordelingNorm),
    bijlagen: z.array(Bijlage),
    acties: z.array(Verbeteractie),
  })
  .meta({ id: 'Beoordeling' });

export const NieuweBeoordeling = z
  .object({ van: Datum, tot: Datum })
  .refine((b) => b.van <= b.tot, { path: ['tot'], message: 'tot ligt vóór van' })
  .meta({ id: 'NieuweBeoordeling' });

export const BeoordelingWijziging = z
  .object({ van: Datum.optional(), tot: Datum.optional(), revisie: Revisie })
  .meta({ id: 'BeoordelingWijziging' });

export const NormOordeel = z
  .object({
    uitkomst: z.enum(UITKOMSTEN),
    onderbouwing: z
      .string()
      .trim()
      .min(1, 'de onderbouwing is verplicht')
      .max(10_000, 'de onderbouwing is langer dan 10.000 tekens'),
    revisie: Revisie,
  })
  .meta({ id: 'NormOordeel' });

const ActieVelden = {
  norm: z.string().min(1).nullable().optional(),
  omschrijving: z.string().trim().min(1, 'de omschrijving is verplicht').max(2000),
  eigenaar: z.string().trim().min(1, 'de eigenaar is verplicht').max(200),
  deadline: Datum,
  status: z.enum(ACTIE_STATUSSEN),
};

export const NieuweActie = z
  .object({ ...ActieVelden, status: ActieVelden.status.default('open'), revisie: Revisie })
  .meta({ id: 'NieuweVerbeteractie' });

export const ActieWijziging = z
  .object({
    omschrijving: ActieVelden.omschrijving.optional(),
    eigenaar: ActieVelden.eigenaar.optional(),
    deadline: Datum.optional(),
    status: ActieVelden.status.optional(),
    revisie: Revisie,
  })
  .meta({ id: 'VerbeteractieWijziging' });

export const Vaststelling = z.object({ revisie: Revisie }).meta({ id: 'Vaststelling' });

export type BeoordelingDto = z.infer<typeof Beoordeling>;
export type BeoordelingSamenvattingDto = z.infer<typeof BeoordelingSamenvatting>;
export type Uitkomst = (typeof UITKOMSTEN)[number];
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
