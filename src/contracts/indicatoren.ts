/**
 * The indicator table and the published set of indicators-api.md, as zod schemas for the
 * OpenAPI document and for checking responses. Key order is the contract's published order.
 */
import { z } from 'zod';

const Geheim = z.literal('x').describe('onderdrukt (geheim)');
const Count = z.union([z.number().int().min(0), Geheim]);
const Share = z.union([z.number().min(0).max(1), Geheim, z.null()]);
const Median = z.union([z.number().min(0), Geheim, z.null()]);
const KmMedian = z.union([z.number().int().min(0), z.literal('niet bereikt'), Geheim, z.null()]);
const KmValue = z.union([z.number().min(0).max(1), z.literal('niet schatbaar'), Geheim, z.null()]);

const kmBlock = (values: readonly string[]) =>
  z.object({
    spells: Count,
    children: Count,
    events: Count,
    censored: z.object({ peildatum: Count, exit: Count, achttien: Count }),
    median: KmMedian,
    ...Object.fromEntries(values.map((v) => [v, KmValue])),
  });

const counts = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Count])) as Record<K, typeof Count>);

export const IndicatorTabel = z
  .object({
    peildatum: z.string(),
    scope: z.object({ type: z.enum(['all', 'gemeente', 'locatie']), code: z.string() }),
    suppressed: z.boolean(),
    children: z.object({
      count: Count,
      byType: counts([
        'azc',
        'col',
        'pol',
        'kwv',
        'gezinslocatie',
        'kleinschalig',
        'noodopvang',
        'tgo',
        'crisisnoodopvang',
      ]),
      bySubtype: counts([
        'sporthal',
        'evenementenhal',
        'hotel',
        'schip',
        'paviljoen',
        'kantoor',
        'overig',
        'geen',
      ]),
      byUnaccompanied: counts(['unaccompanied', 'accompanied']),
    }),
    childrenInNood: z.object({
      count: Count,
      shareInNood: Share,
      childrenInNoodUnaccompanied: Count,
      shareInNoodUnaccompanied: Share,
    }),
    transfers12m: z.object({
      children: Count,
      totalTransfers: z.number().int().min(0).optional().describe('Niet in de publicatieset'),
      mean: z.number().min(0).nullable().optional().describe('Niet in de publicatieset'),
      distribution: counts(['0', '1', '2', '3', '4+']),
      atLeast2: Count,
      shareAtLeast2: Share,
      max: z.number().int().min(0).nullable().optional().describe('Niet in de publicatieset'),
    }),
    daysInNood: z.object({
      current: z.object({
        count: Count,
        medianSpellDays: Median,
        medianEpisodeDays: Median,
        over183: Count,
        shareOver183: Share,
      }),
      km: kmBlock(['S14', 'S90', 'S183']),
    }),
    daysToSchool: z.object({
      km: kmBlock(['oneMinusS30', 'oneMinusS90']),
      notEnrolledOver90: Count,
    }),
    daysToJgz: z.object({ km: kmBlock(['oneMinusS42', 'oneMinusS90']) }),
    gzaRegistered: z.object({ count: Count, share: Share }),
    turning18: z.object({
      count: Count,
      unaccompanied: Count,
      withPlan: Count,
      shareWithPlan: Share,
    }),
    statusWaiting: z.object({ count: Count, median: Median, over98: Count, shareOver98: Share }),
    daysToHousing: z.object({ km: kmBlock(['oneMinusS98', 'oneMinusS183']) }),
  })
  .meta({
    id: 'IndicatorTabel',
    description:
      'De indicatoren I1–I10 van één bereik op één peildatum (indicators-api.md §2–§4). "x" = onderdrukt.',
  });

export const Publicatieset = z
  .object({
    peildatum: z.string(),
    suppressed: z.literal(true),
    national: IndicatorTabel,
    municipal: z.record(z.string().regex(/^GM\d{4}$/), IndicatorTabel),
  })
  .meta({
    id: 'Publicatieset',
    description: 'De landelijke tabel en de 342 gemeentelijke tabellen, samen onderdrukt.',
  });

export const Peildatum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD')
  .describe('De peildatum, JJJJ-MM-DD; standaard vandaag (in demomodus de demopeildatum)');

export const Reeks = z
  .object({
    scope: z.object({ type: z.enum(['all', 'gemeente', 'locatie']), code: z.string() }),
    items: z.array(IndicatorTabel),
  })
  .meta({ id: 'IndicatorReeks', description: 'Tabellen op opeenvolgende maandelijkse peildata' });

export type IndicatorTabel = z.infer<typeof IndicatorTabel>;

const Curve = z.object({
  measure: z
    .enum(['S', 'oneMinusS'])
    .describe('S: nog zonder gebeurtenis; oneMinusS: aandeel met de gebeurtenis'),
  points: z.array(
    z.object({
      day: z.number().int().min(0),
      value: z.number().min(0).max(1),
      atRisk: z.number().int().optional(),
      events: z.number().int().optional(),
      censored: z.number().int().optional(),
    }),
  ),
});

export const Curven = z
  .object({
    peildatum: z.string(),
    scope: z.object({ type: z.enum(['all', 'gemeente', 'locatie']), code: z.string() }),
    suppressed: z.boolean(),
    curves: z.object({
      daysInNood: Curve,
      daysToSchool: Curve,
      daysToJgz: Curve,
      daysToHousing: Curve,
    }),
  })
  .meta({
    id: 'KaplanMeierCurven',
    description:
      'De Kaplan–Meier-curven van I4, I5, I6 en I10. Buiten de locatie alleen de dagen die regel 4 van de onthullingscontrole toelaat, afgerond op twee decimalen.',
  });
