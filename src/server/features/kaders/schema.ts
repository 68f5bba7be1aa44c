/**
 * The file format of a framework version and of a municipality's adoption, as zod schemas: they
 * check the shape of a YAML file or API body, document the API, and generate the JSON Schema in
 * frameworks/kwaliteitskader.schema.json. The enumerations come from the domain model, so that
 * the schema and the model cannot drift apart; the rules across fields live in
 * domain/framework/check.ts and adoption.ts.
 *
 * Field order in each object is the order of the written YAML: parsing puts keys in this order.
 */
import { z } from 'zod';
import {
  ACTIVITY_CATEGORIES,
  COMPARISONS,
  FACILITY_CATEGORIES,
  FACTS,
  INDICATOR_PATHS,
  LEVELS,
  LOCATIE_TYPES,
  MUNICIPALITY_FACTS,
  type NORM_KINDS,
  SOURCE_KINDS,
  SUBTYPES,
  THRESHOLD_ATTRIBUTES,
  VERSION_PATTERN,
} from '../../../domain/framework/model.js';

const keys = <K extends string>(record: Record<K, unknown>) => Object.keys(record) as [K, ...K[]];

const Text = z
  .strictObject({
    nl: z.string().trim().min(1, 'is leeg'),
    en: z.string().trim().min(1, 'is leeg'),
  })
  .meta({ id: 'KaderTekst', description: 'Een tekst in het Nederlands (nl) en het Engels (en)' });

const Version = z
  .string()
  .regex(VERSION_PATTERN, 'een versie is een jaar, een punt en een nummer, zoals "2025.1"')
  .describe('De versie: jaar.nummer, tussen aanhalingstekens, zoals "2025.1"');

const NonNegative = z.number().nonnegative();

const Source = z
  .strictObject({
    kind: z.enum(SOURCE_KINDS).describe('seed, law, policy of instelbaar (een voorstel)'),
    text: Text,
  })
  .describe('Waar de norm of haar getal vandaan komt');

const AppliesWhen = z
  .strictObject({
    childrenPresent: z
      .boolean()
      .optional()
      .describe('Alleen als er kinderen zijn (een voorgestelde locatie telt als ja)'),
    locationTypes: z
      .array(z.enum(LOCATIE_TYPES))
      .min(1)
      .optional()
      .describe('Alleen voor locaties van deze typen'),
  })
  .describe('Wanneer de norm geldt; anders is de uitkomst n.v.t.');

/** The fields every norm has, around the kind-specific ones. */
const head = {
  id: z.string().describe('R3.1 voor een norm van het basiskader, R3.L1 voor een lokale norm'),
  title: Text,
  explanation: Text,
  level: z.enum(LEVELS).describe('location (per locatie) of municipality (per gemeente)'),
};
const tail = { source: Source, appliesWhen: AppliesWhen.optional() };

const norm = <K extends (typeof NORM_KINDS)[number], S extends z.ZodRawShape>(
  kind: K,
  shape: S,
  description: string,
) => z.strictObject({ ...head, kind: z.literal(kind), ...shape, ...tail }).describe(description);

const ActivitySelection = z.strictObject({
  categories: z.array(z.enum(ACTIVITY_CATEGORIES)).min(1),
  ageGroups: z
    .array(
      z.strictObject({
        from: z.number().int().min(0).max(17),
        to: z.number().int().min(0).max(17),
      }),
    )
    .min(1),
});

export const NormDocument = z
  .discriminatedUnion('kind', [
    norm(
      'fact',
      {
        fact: z.enum([...FACTS, ...MUNICIPALITY_FACTS]),
        assessment: Text.optional().describe('Wat een beoordelaar naast het feit beoordeelt'),
      },
      'Een feit van de locatie (of gemeente): ja voldoet, nee voldoet niet, leeg is onbekend',
    ),
    norm(
      'threshold',
      {
        attribute: z.enum(keys(THRESHOLD_ATTRIBUTES)),
        max: NonNegative.optional(),
        min: NonNegative.optional(),
        activities: ActivitySelection.optional(),
      },
      'Een kenmerk tegen precies één van max (≤) of min (≥)',
    ),
    norm(
      'distance',
      { facility: z.enum(FACILITY_CATEGORIES), maxKm: z.number().positive() },
      'Hemelsbrede afstand tot de dichtstbijzijnde voorziening van een categorie',
    ),
    norm('lifetime', { minYears: NonNegative }, 'Geplande sluitingsdatum min peildatum, in jaren'),
    norm(
      'type',
      {
        forbiddenTypes: z.array(z.enum(LOCATIE_TYPES)).default([]),
        forbiddenSubtypes: z.array(z.enum(SUBTYPES)).default([]),
      },
      'Verboden typen en subtypen van de locatie',
    ),
    norm(
      'indicator',
      {
        indicator: z.enum(keys(INDICATOR_PATHS)),
        comparison: z.enum(COMPARISONS).describe('atMost (≤) of atLeast (≥)'),
        target: NonNegative,
        warning: NonNegative.optional().describe(
          'Tussen target en warning: voldoet deels (waarschuwingsband)',
        ),
        ceiling: NonNegative.optional().describe('Harde grens uit wet of inspectie'),
      },
      'Een indicator van de reis van kinderen tegen een doel; aandelen als fractie (0.1 = 10%)',
    ),
    norm('manual', { assessment: Text }, 'Het oordeel van een beoordelaar, met onderbouwing'),
  ])
  .meta({ id: 'KaderNorm' });

const ThemeDocument = z
  .strictObject({
    id: z.string().describe('R1 … R8'),
    recommendation: z.number().int().min(1).describe('Het nummer van de aanbeveling'),
    title: Text,
    explanation: Text,
    norms: z.array(NormDocument).min(1),
  })
  .meta({ id: 'KaderThema' });

export const FrameworkDocument = z
  .strictObject({
    version: Version,
    title: Text,
    description: Text,
    themes: z.array(ThemeDocument).min(1),
  })
  .meta({
    id: 'Kwaliteitskader',
    title: 'Kwaliteitskader kindvriendelijke asielopvang',
    description:
      'Een versie van het kwaliteitskader: thema’s (één per aanbeveling) met normen. Zie docs/kwaliteitskader.md.',
  });

const Reason = z.string().trim().min(1, 'een reden is verplicht en mag niet leeg zijn');

const TighteningDocument = z.strictObject({
  norm: z.string().describe('Het id van de norm in het basiskader'),
  max: NonNegative.optional(),
  min: NonNegative.optional(),
  maxKm: z.number().positive().optional(),
  minYears: NonNegative.optional(),
  target: NonNegative.optional(),
  warning: NonNegative.optional(),
  forbiddenTypes: z.array(z.enum(LOCATIE_TYPES)).optional(),
  forbiddenSubtypes: z.array(z.enum(SUBTYPES)).optional(),
  reason: Reason.optional().describe('Waarom, in de woorden van de gemeente'),
});

const NotAdoptedDocument = z.strictObject({
  norm: z.string().describe('Het id van de norm in het basiskader'),
  reason: Reason.describe('Verplicht: waarom de gemeente deze norm niet overneemt'),
});

export const AdoptionDocument = z
  .strictObject({
    municipality: z
      .string()
      .regex(/^GM\d{4}$/, 'een CBS-code zoals GM0014')
      .optional()
      .describe('De gemeente (CBS-code) van wie dit kader is'),
    framework: Version.describe('De aangenomen versie van het kwaliteitskader, zoals "2025.1"'),
    tightened: z.array(TighteningDocument).default([]).describe('Aangescherpte normen'),
    notAdopted: z.array(NotAdoptedDocument).default([]).describe('Niet overgenomen normen'),
    localNorms: z.array(NormDocument).default([]).describe('Eigen normen van de gemeente'),
  })
  .meta({
    id: 'GemeentelijkKader',
    description:
      'De aanname van een versie van het kwaliteitskader door een gemeente, met aanscherpingen, niet overgenomen normen en lokale normen.',
  });

/** The JSON Schema of a framework file, as committed in frameworks/. */
export function frameworkJsonSchema(): unknown {
  return z.toJSONSchema(FrameworkDocument, { io: 'input', target: 'draft-2020-12' });
}

export const KaderVersies = z
  .object({
    items: z.array(
      z.object({
        version: z.string(),
        title: Text,
        description: Text,
        themes: z.number().int().describe('Aantal thema’s'),
        norms: z.number().int().describe('Aantal normen'),
      }),
    ),
  })
  .meta({ id: 'KaderVersies', description: 'De versies van het kwaliteitskader' });

export const GemeenteKaderStand = z
  .object({
    gemeente: z.object({ code: z.string(), naam: z.string() }),
    kader: AdoptionDocument.nullable().describe(
      'null: de gemeente heeft nog geen versie aangenomen',
    ),
    revisie: z
      .number()
      .int()
      .describe('Telt de wijzigingen; stuur hem mee bij het opslaan (0: nog niets aangenomen)'),
    gewijzigdOp: z.string().nullable(),
    gewijzigdDoor: z.string().nullable(),
  })
  .meta({
    id: 'GemeenteKaderStand',
    description: 'Het aangenomen kader van een gemeente, met wie het het laatst wijzigde',
  });

export const GemeenteKaderInvoer = z
  .object({
    kader: AdoptionDocument,
    revisie: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'De revisie waarop de wijziging voortbouwt; is het kader intussen gewijzigd, dan volgt 409',
      ),
  })
  .meta({ id: 'GemeenteKaderInvoer' });
