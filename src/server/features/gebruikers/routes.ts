import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../../contracts/api.js';
import { GebruikersLijst } from '../../../contracts/gebruikers.js';
import { problems, typed } from '../../responses.js';
import type { GebruikersService } from './service.js';

export function gebruikersRoutes(app: FastifyInstance, service: GebruikersService) {
  typed(app).get(
    `${API_PREFIX}/gebruikers`,
    {
      schema: {
        tags: ['Beheer'],
        operationId: 'gebruikersOpvragen',
        summary: 'Alle accounts (alleen beheerder)',
        description: 'Alle accounts (alleen beheerder)',
        response: { 200: GebruikersLijst, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await service.list(request.actor) }),
  );
}
