import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  Gemeente,
  GemeenteCode,
  GemeentenPagina,
  GemeentenQuery,
} from '../../../contracts/gemeenten.js';
import { problems, typed } from '../../responses.js';
import type { GemeentenService } from './service.js';

export function gemeentenRoutes(app: FastifyInstance, service: GemeentenService) {
  typed(app).get(
    `${API_PREFIX}/gemeenten`,
    {
      schema: {
        tags: ['Gemeenten'],
        operationId: 'gemeentenZoeken',
        summary: 'De 342 gemeenten van 2025 (CBS), met zoeken op naam, alias of code',
        description: 'De 342 gemeenten van 2025 (CBS), met zoeken op naam, alias of code',
        querystring: GemeentenQuery,
        response: { 200: GemeentenPagina, ...problems(422) },
      },
    },
    (request) => service.list(request.actor, request.query),
  );
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code`,
    {
      schema: {
        tags: ['Gemeenten'],
        operationId: 'gemeenteOpvragen',
        summary: 'Eén gemeente',
        description: 'Eén gemeente',
        params: z.object({ code: GemeenteCode }),
        response: { 200: Gemeente, ...problems(404, 422) },
      },
    },
    (request) => service.get(request.actor, request.params.code),
  );
}
