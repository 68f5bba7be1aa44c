import { z } from 'zod';
import { Peildatum } from './indicatoren.js';
import { LocatieCode } from './locaties.js';

/** The kinds of signal, in the order a child's signals are listed (docs/signalen.md). */
export const SIGNAAL_SOORTEN = [
  'noodopvang',
  'onderwijs',
  'jgz',
  'overplaatsingen',
  'perspectiefplan',
  'huisvesting',
] as const;
export const SignaalSoort = z.enum(SIGNAAL_SOORTEN);
export type SignaalSoort = z.infer<typeof SignaalSoort>;

/**
 * What a location may set. Two years at most: a threshold beyond that would never raise a signal
 * worth the name; one transfer is no pattern, and twenty in a year no longer a warning.
 */
export const DREMPEL_GRENZEN = {
  dagen: { min: 1, max: 730 },
  overplaatsingen: { min: 2, max: 20 },
} as const;
const { dagen, overplaatsingen } = DREMPEL_GRENZEN;

const Dagen = z
  .number()
  .int('een heel aantal dagen')
  .min(dagen.min, `minstens ${dagen.min} dag`)
  .max(dagen.max, `hoogstens ${dagen.max} dagen (twee jaar)`);

export const SignaalDrempels = z
  .object({
    noodopvang: Dagen.describe('Signaal na zoveel dagen in noodopvang (standaard 90)'),
    onderwijs: Dagen.describe('Signaal na zoveel dagen zonder onderwijs (standaard 60)'),
    jgz: Dagen.describe('Signaal na zoveel dagen zonder JGZ-intake (standaard 42)'),
    overplaatsingen: z
      .number()
      .int('een heel aantal overplaatsingen')
      .min(overplaatsingen.min, `minstens ${overplaatsingen.min} overplaatsingen`)
      .max(overplaatsingen.max, `hoogstens ${overplaatsingen.max} overplaatsingen`)
      .describe('Signaal bij zoveel overplaatsingen in 12 maanden (standaard 3)'),
    perspectiefplan: Dagen.describe(
      'Signaal voor een amv zonder perspectiefplan die binnen zoveel dagen 18 wordt (standaard 90)',
    ),
    huisvesting: Dagen.describe(
      'Signaal na zoveel dagen wachten op huisvesting sinds de vergunning (standaard 98)',
    ),
  })
  .meta({ id: 'SignaalDrempels' });
export type SignaalDrempels = z.infer<typeof SignaalDrempels>;

export const SignaalDrempelsVanLocatie = z
  .object({
    locatie: z.string(),
    drempels: SignaalDrempels,
    standaard: SignaalDrempels.describe('De standaarddrempels van Kindkader'),
    gewijzigdOp: z.string().nullable().describe('Null: de locatie gebruikt de standaard'),
    gewijzigdDoor: z.string().nullable(),
  })
  .meta({ id: 'SignaalDrempelsVanLocatie' });
export type SignaalDrempelsVanLocatie = z.infer<typeof SignaalDrempelsVanLocatie>;

export const Signaal = z
  .object({
    soort: SignaalSoort,
    waarde: z
      .number()
      .int()
      .describe(
        'Dagen (bij perspectiefplan: dagen tot de 18e verjaardag), of bij overplaatsingen het aantal',
      ),
    drempel: z.number().int(),
  })
  .meta({ id: 'Signaal' });

export const KindMetSignalen = z
  .object({
    pseudoniem: z.string(),
    leeftijd: z.number().int(),
    amv: z.boolean().nullable(),
    locatie: z.string().describe('Waar het kind aan het eind van de peildatum verblijft'),
    signalen: z.array(Signaal),
  })
  .meta({ id: 'KindMetSignalen' });

export const Signalenlijst = z
  .object({
    peildatum: z.string(),
    locaties: z.array(
      z.object({
        code: z.string(),
        aantalKinderen: z
          .number()
          .int()
          .describe('Minderjarigen op de locatie op de peildatum, met of zonder signaal'),
      }),
    ),
    aantalKinderen: z.number().int().describe('Samen, op alle locaties van de lijst'),
    items: z.array(KindMetSignalen),
  })
  .meta({ id: 'Signalenlijst' });
export type Signalenlijst = z.infer<typeof Signalenlijst>;

export const SignalenQuery = z.object({
  locatie: LocatieCode.optional().describe('Eén eigen locatie; zonder: alle eigen locaties'),
  peildatum: Peildatum.optional(),
});

export const EXPORT_FORMATEN = ['csv', 'xlsx'] as const;
export const SignalenExportQuery = SignalenQuery.extend({
  formaat: z.enum(EXPORT_FORMATEN).default('csv'),
});
