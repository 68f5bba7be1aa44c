import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  Kind,
  KindGevonden,
  KindLijst,
  KindZoeken,
  Pseudoniem,
} from '../../../contracts/kinderen.js';
import { problems, typed } from '../../responses.js';
import type { KinderenService } from './service.js';

export function kinderenRoutes(app: FastifyInstance, service: KinderenService) {
  typed(app).get(
    `${API_PREFIX}/kinderen`,
    {
      schema: {
        tags: ['Kinderen'],
        operationId: 'kinderenOpvragen',
        summary: 'De kinderen die nu op de eigen locaties verblijven (alleen rol locatie; gelogd)',
        description: 'Gepseudonimiseerd; elke opvraging komt in het auditlog.',
        response: { 200: KindLijst, ...problems(401, 403) },
      },
    },
    (request) => service.list(request.actor),
  );
  typed(app).get(
    `${API_PREFIX}/kinderen/:pseudoniem`,
    {
      schema: {
        tags: ['Kinderen'],
        operationId: 'kindOpvragen',
        summary: 'De reis van één kind: verblijven en mijlpalen (alleen de eigen locatie; gelogd)',
        description: 'Alleen voor medewerkers van de locatie waar het kind nu verblijft.',
        params: z.object({ pseudoniem: Pseudoniem }),
        response: { 200: Kind, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.get(request.actor, request.params.pseudoniem),
  );
  typed(app).post(
    `${API_PREFIX}/kinderen/zoeken`,
    {
      schema: {
        tags: ['Kinderen'],
        operationId: 'kindZoeken',
        summary: 'Een kind vinden met de id uit het bronsysteem',
        description:
          'De server berekent het pseudoniem; de id zelf wordt niet bewaard en niet gelogd.',
        body: KindZoeken,
        response: { 200: KindGevonden, ...problems(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    (request) => service.findBySourceId(request.actor, request.body.bronId),
  );
}
