import { z } from 'zod';
import { PageMeta, PagingQuery } from './paging.js';

export const GemeenteCode = z
  .string()
  .regex(/^GM\d{4}$/i, 'een CBS-gemeentecode is GM gevolgd door vier cijfers')
  .transform((s) => s.toUpperCase())
  .describe('CBS-gemeentecode, bijvoorbeeld GM0363');

export const Gemeente = z
  .object({
    code: z.string(),
    naam: z.string(),
    provincieCode: z.string(),
    provincieNaam: z.string(),
  })
  .meta({ id: 'Gemeente' });
export type Gemeente = z.infer<typeof Gemeente>;

export const GemeentenQuery = PagingQuery.extend({
  zoek: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Zoek op (een deel van) de naam of een bekende alias, of op de code'),
  paginaGrootte: PagingQuery.shape.paginaGrootte.default(500),
});
export type GemeentenQuery = z.infer<typeof GemeentenQuery>;

export const GemeentenPagina = z
  .object({ items: z.array(Gemeente) })
  .extend(PageMeta.shape)
  .meta({ id: 'GemeentenPagina' });
export type GemeentenPagina = z.infer<typeof GemeentenPagina>;
