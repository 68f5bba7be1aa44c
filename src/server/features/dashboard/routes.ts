import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  GemeentenOverzicht,
  GemeentenOverzichtExportQuery,
  GemeentenOverzichtQuery,
} from '../../../contracts/dashboard.js';
import { sendExport } from '../../exports.js';
import { problems, typed } from '../../responses.js';
import type { DashboardService } from './service.js';

const Bestand = z.string().describe('Het bestand');

export function dashboardRoutes(app: FastifyInstance, service: DashboardService) {
  typed(app).get(
    `${API_PREFIX}/dashboard/gemeenten`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'gemeentenOverzichtOpvragen',
        summary: 'De kerncijfers van elke gemeente, voor kaart en tabel',
        description:
          'Uit de publicatieset (onderdrukt, voor iedereen gelijk): per gemeente zes kerncijfers. Gesorteerd op naam.',
        querystring: GemeentenOverzichtQuery,
        response: { 200: GemeentenOverzicht, ...problems(401, 422) },
      },
    },
    (request) => service.overview(request.actor, request.query.peildatum),
  );
  typed(app).get(
    `${API_PREFIX}/dashboard/gemeenten/export`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'gemeentenOverzichtExporteren',
        summary: 'De kerncijfers van elke gemeente als CSV of XLSX (gelogd)',
        description:
          'Dezelfde onderdrukte cijfers als het overzicht; "x" blijft "x". CSV met puntkomma en BOM.',
        querystring: GemeentenOverzichtExportQuery,
        response: {
          200: {
            description: 'Het bestand, als bijlage',
            content: {
              'text/csv': { schema: Bestand },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: Bestand,
              },
            },
          },
          ...problems(401, 422),
        },
      },
    },
    async (request, reply) => {
      const { formaat, peildatum } = request.query;
      const { table, name } = await service.exportOverview(request.actor, peildatum, formaat);
      return sendExport(reply, table, formaat, name);
    },
  );
}
