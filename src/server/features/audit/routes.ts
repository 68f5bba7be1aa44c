import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../../contracts/api.js';
import { AuditPagina, AuditQuery } from '../../../contracts/audit.js';
import { problems, typed } from '../../responses.js';
import type { AuditService } from './service.js';

export function auditRoutes(app: FastifyInstance, service: AuditService) {
  typed(app).get(
    `${API_PREFIX}/audit`,
    {
      schema: {
        tags: ['Beheer'],
        operationId: 'auditlogOpvragen',
        summary: 'Het auditlog (alleen beheerder), nieuwste eerst',
        description: 'Het auditlog (alleen beheerder), nieuwste eerst',
        querystring: AuditQuery,
        response: { 200: AuditPagina, ...problems(401, 403, 422) },
      },
    },
    (request) => service.page(request.actor, request.query),
  );
}
