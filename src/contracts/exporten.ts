/** The query strings of the table downloads: each the query of its JSON route plus `formaat`. */
import { z } from 'zod';
import { AuditQuery } from './audit.js';
import { GemeentenQuery } from './gemeenten.js';
import { Peildatum } from './indicatoren.js';
import { EXPORT_FORMATEN } from './signalen.js';

const Formaat = z
  .enum(EXPORT_FORMATEN)
  .default('csv')
  .describe('csv (puntkomma, UTF-8 met BOM, voor Nederlandse Excel) of xlsx');

export const IndicatorScope = z
  .string()
  .min(1)
  .max(64)
  .default('all')
  .describe('`all` (landelijk), een CBS-gemeentecode `GMdddd`, of een locatiecode');

export const FormaatQuery = z.object({ formaat: Formaat });

export const IndicatorenExportQuery = z.object({
  scope: IndicatorScope,
  peildatum: Peildatum.optional(),
  formaat: Formaat,
});

export const PeildatumExportQuery = z.object({ peildatum: Peildatum.optional(), formaat: Formaat });

export const GemeentenExportQuery = z.object({ zoek: GemeentenQuery.shape.zoek, formaat: Formaat });

export const AuditExportQuery = AuditQuery.omit({ pagina: true, paginaGrootte: true }).extend({
  formaat: Formaat,
});
