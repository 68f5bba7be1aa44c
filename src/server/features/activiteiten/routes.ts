import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ActiviteitenLijst } from '../../../contracts/activiteiten.js';
import { API_PREFIX } from '../../../contracts/api.js';
import { problems, typed } from '../../responses.js';
import type { ActiviteitenService } from './service.js';

const Invoer = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .describe(
    'De kolommen van het activiteitenbestand als velden (locatie, naam, categorie, frequentie_per_week, van, …)',
  );

export function activiteitenRoutes(app: FastifyInstance, service: ActiviteitenService) {
  typed(app).get(
    `${API_PREFIX}/activiteiten`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'activiteitenOpvragen',
        summary: 'Het activiteitenaanbod op de locaties binnen het bereik',
        description:
          'Per locatie: naam, partner, categorie, leeftijden, frequentie, looptijd en bereik.',
        response: { 200: ActiviteitenLijst, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await service.list(request.actor) }),
  );
  typed(app).post(
    `${API_PREFIX}/activiteiten`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'activiteitOpslaan',
        summary: 'Een activiteit toevoegen, wijzigen of beëindigen (tot invullen)',
        description:
          'Volgt de regels van het activiteitenbestand; wordt een importbatch van één rij.',
        body: Invoer,
        response: {
          200: z.object({ opgeslagen: z.literal(true) }),
          201: z.object({ opgeslagen: z.literal(true) }),
          ...problems(400, 401, 403, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { created } = await service.save(request.actor, request.body);
      return reply.code(created ? 201 : 200).send({ opgeslagen: true as const });
    },
  );
}
