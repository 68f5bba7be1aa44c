import { z } from 'zod';

export const Gezondheid = z
  .object({
    status: z.literal('ok'),
    versie: z.string(),
    database: z.object({
      soort: z.enum(['pglite', 'postgresql']),
      migratie: z.string().nullable().describe('De laatst toegepaste migratie'),
      migratiesToegepast: z.number().int(),
    }),
    demo: z.boolean().describe('Draait deze installatie met fictieve demodata'),
    demoPeildatum: z
      .string()
      .nullable()
      .describe(
        'In demomodus: de peildatum van de demodata, de standaardpeildatum van web, API en CLI',
      ),
  })
  .meta({ id: 'Gezondheid' });
export type Gezondheid = z.infer<typeof Gezondheid>;
