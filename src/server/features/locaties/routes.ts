import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import { Locatie, LocatieCode, LocatieLijst } from '../../../contracts/locaties.js';
import { problems, typed } from '../../responses.js';
import type { LocatiesService } from './service.js';

const Invoer = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .describe(
    'De kolommen van het locatiebestand (code, naam, gemeente, type, capaciteit, …) als velden',
  );

export function locatieRoutes(app: FastifyInstance, service: LocatiesService) {
  typed(app).get(
    `${API_PREFIX}/locaties`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'locatiesOpvragen',
        summary: 'De locaties binnen het bereik van het account',
        description:
          'Gemeente: de eigen gemeente; locatie: de eigen locaties; monitor en beheerder: alle.',
        response: { 200: LocatieLijst, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await service.list(request.actor) }),
  );
  typed(app).get(
    `${API_PREFIX}/locaties/:code`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'locatieOpvragen',
        summary: 'Eén locatie met haar feiten en type-geschiedenis',
        description: 'Eén locatie met haar feiten en type-geschiedenis.',
        params: z.object({ code: LocatieCode }),
        response: { 200: Locatie, ...problems(401, 403, 404) },
      },
    },
    (request) => service.get(request.actor, request.params.code),
  );
  typed(app).post(
    `${API_PREFIX}/locaties`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'locatieOpslaan',
        summary: 'Een locatie toevoegen of wijzigen met een formulier',
        description:
          'Volgt precies de regels van het locatiebestand; wordt een importbatch van één rij.',
        body: Invoer,
        response: { 200: Locatie, 201: Locatie, ...problems(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { locatie, created } = await service.save(request.actor, request.body);
      return reply.code(created ? 201 : 200).send(locatie);
    },
  );
}
