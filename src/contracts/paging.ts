import { z } from 'zod';

export const PagingQuery = z.object({
  pagina: z.coerce.number().int().min(1).default(1).describe('Paginanummer, vanaf 1'),
  paginaGrootte: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe('Aantal items per pagina (1–500)'),
});

export const PageMeta = z.object({
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  totaal: z.number().int().describe('Totaal aantal items bij deze filters'),
});
