import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import { GemeenteCode } from '../../../contracts/gemeenten.js';
import { Peildatum } from '../../../contracts/indicatoren.js';
import { GemeenteVerbeteracties } from '../../../contracts/verbeteracties.js';
import { problems, typed } from '../../responses.js';
import type { RapportService } from './service.js';

export function rapportRoutes(app: FastifyInstance, service: RapportService) {
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code/rapport.pdf`,
    {
      schema: {
        tags: ['Gemeenten'],
        operationId: 'raadsrapportageDownloaden',
        summary: 'De raadsrapportage van een gemeente als PDF',
        description:
          'Samenvatting in gewone taal, kerncijfers met grafieken, de tabel I1–I10 naast het land, de toetsing per locatie, de verbeteracties, bronnen en definities. Alleen gepubliceerde (onderdrukte) cijfers, dus voor iedereen die de gepubliceerde indicatoren mag lezen. De toetsing per locatie en de verbeteracties staan er alleen in voor wie ze mag inzien. Gelogd.',
        params: z.object({ code: GemeenteCode }),
        querystring: z.object({ peildatum: Peildatum.optional() }),
        response: {
          200: {
            description: 'De raadsrapportage als PDF, als bijlage',
            content: { 'application/pdf': { schema: z.string().describe('Het PDF-bestand') } },
          },
          ...problems(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await service.pdf(
        request.actor,
        request.params.code,
        request.query.peildatum,
      );
      // The documented body is a string schema; the bytes go out as they are.
      return (reply as FastifyReply)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(pdf);
    },
  );
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code/verbeteracties`,
    {
      schema: {
        tags: ['Beoordelingen'],
        operationId: 'gemeenteVerbeteractiesOpvragen',
        summary: 'De verbeteracties van alle beoordelingen van de locaties van een gemeente',
        description:
          'Open en afgerond, met locatie, norm, eigenaar, deadline en status; eerst wat open staat. Voor gemeente (eigen gemeente), monitor en beheerder; een locatie-account krijgt de acties van zijn eigen locaties in de gemeente.',
        params: z.object({ code: GemeenteCode }),
        response: { 200: GemeenteVerbeteracties, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.actions(request.actor, request.params.code),
  );
}
