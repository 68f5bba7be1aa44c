import { z } from 'zod';

export const OpenbareWeergave = z
  .object({
    aan: z
      .boolean()
      .describe(
        'true: iedereen ziet de landelijke en gemeentelijke cijfers, ook zonder in te loggen',
      ),
    bron: z
      .enum(['instelling', 'standaard'])
      .describe(
        'instelling: door een beheerder gezet; standaard: nooit gezet, dus de standaard van de installatie (KINDKADER_OPENBARE_WEERGAVE)',
      ),
    gewijzigdOp: z.string().nullable().describe('ISO 8601; null als het nooit is gewijzigd'),
    gewijzigdDoor: z
      .string()
      .nullable()
      .describe('Het e-mailadres van de beheerder, of `cli`; null als het nooit is gewijzigd'),
  })
  .meta({ id: 'OpenbareWeergave' });
export type OpenbareWeergave = z.infer<typeof OpenbareWeergave>;

export const OpenbareWeergaveWijziging = z
  .object({ aan: z.boolean().describe('true: aan; false: uit') })
  .strict()
  .meta({ id: 'OpenbareWeergaveWijziging' });
export type OpenbareWeergaveWijziging = z.infer<typeof OpenbareWeergaveWijziging>;
