/** The dashboards' compact views of the published set (indicators-api.md), for map and table. */
import { z } from 'zod';
import { Peildatum } from './indicatoren.js';
import { EXPORT_FORMATEN } from './signalen.js';

const Waarde = z
  .union([z.number(), z.string(), z.null()])
  .describe('Zoals in de publicatieset: een getal, "x" (onderdrukt), "niet bereikt" of null');

export const Kerncijfers = z
  .object({
    kinderen: Waarde.describe('I1: kinderen in de opvang op de peildatum'),
    aandeelInNood: Waarde.describe('I2: aandeel in noodopvang'),
    amvInNood: Waarde.describe('I2: alleenstaande minderjarigen in noodopvang'),
    aandeelTweeOverplaatsingen: Waarde.describe(
      'I3: aandeel met 2 of meer overplaatsingen in 12 maanden',
    ),
    dagenTotSchool: Waarde.describe('I5: mediane dagen tot inschrijving op school (Kaplan–Meier)'),
    dagenInNood: Waarde.describe('I4: mediane dagen in noodopvang (Kaplan–Meier)'),
  })
  .meta({ id: 'Kerncijfers' });

export const GemeentenOverzicht = z
  .object({
    peildatum: z.string(),
    items: z.array(
      z.object({
        code: z.string(),
        naam: z.string(),
        provincie: z.string(),
        kerncijfers: Kerncijfers,
      }),
    ),
  })
  .meta({ id: 'GemeentenOverzicht' });
export type GemeentenOverzicht = z.infer<typeof GemeentenOverzicht>;

export const GemeentenOverzichtQuery = z.object({ peildatum: Peildatum.optional() });
export const GemeentenOverzichtExportQuery = GemeentenOverzichtQuery.extend({
  formaat: z.enum(EXPORT_FORMATEN).default('csv'),
});
