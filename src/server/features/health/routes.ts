import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../../contracts/api.js';
import { Gezondheid } from '../../../contracts/health.js';
import { problems, typed } from '../../responses.js';
import type { createHealthService } from './service.js';

export function healthRoutes(
  app: FastifyInstance,
  service: ReturnType<typeof createHealthService>,
) {
  typed(app).get(
    `${API_PREFIX}/health`,
    {
      schema: {
        tags: ['Systeem'],
        operationId: 'gezondheidOpvragen',
        summary: 'Draait de dienst, op welke database en welke migratie',
        description: 'Draait de dienst, op welke database en welke migratie',
        response: { 200: Gezondheid, ...problems() },
      },
    },
    () => service.get(),
  );
}
