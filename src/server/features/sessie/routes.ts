import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import { Inloggen, Sessie, WachtwoordWijzigen } from '../../../contracts/sessie.js';
import { setSessionCookie } from '../../plugins/session.js';
import { problems, typed } from '../../responses.js';
import type { SessieService } from './service.js';

const NoContent = z.undefined().describe('Gelukt, zonder inhoud');

export function sessieRoutes(
  app: FastifyInstance,
  service: SessieService,
  loginsPerMinute: number,
) {
  typed(app).post(
    `${API_PREFIX}/sessie`,
    {
      config: { createsSession: true, rateLimit: { max: loginsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['Sessie'],
        operationId: 'inloggen',
        summary: 'Inloggen: maakt een sessie (cookie) en geeft het CSRF-token',
        description: 'Inloggen: maakt een sessie (cookie) en geeft het CSRF-token',
        body: Inloggen,
        response: { 201: Sessie, ...problems(400, 401, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const { token, sessie } = await service.login(
        request.body.email,
        request.body.wachtwoord,
        request.ip,
      );
      setSessionCookie(request, reply, token);
      return reply.code(201).send(sessie);
    },
  );
  typed(app).get(
    `${API_PREFIX}/sessie`,
    {
      schema: {
        tags: ['Sessie'],
        operationId: 'sessieOpvragen',
        summary: 'De huidige sessie: wie, welke organisatie, welke rol, welk bereik',
        description: 'De huidige sessie: wie, welke organisatie, welke rol, welk bereik',
        response: { 200: Sessie, ...problems(401) },
      },
    },
    (request) => service.current(request.actor, request.session),
  );
  typed(app).delete(
    `${API_PREFIX}/sessie`,
    {
      schema: {
        tags: ['Sessie'],
        operationId: 'uitloggen',
        summary: 'Uitloggen',
        description: 'Uitloggen',
        response: { 204: NoContent, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      await service.logout(request.actor, request.session, request.ip);
      setSessionCookie(request, reply, null);
      return reply.code(204).send();
    },
  );
  typed(app).put(
    `${API_PREFIX}/account/wachtwoord`,
    {
      schema: {
        tags: ['Sessie'],
        operationId: 'wachtwoordWijzigen',
        summary: 'Eigen wachtwoord wijzigen; andere sessies van het account vervallen',
        description: 'Eigen wachtwoord wijzigen; andere sessies van het account vervallen',
        body: WachtwoordWijzigen,
        response: { 204: NoContent, ...problems(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      await service.changePassword(request.actor, request.session, request.body, request.ip);
      return reply.code(204).send();
    },
  );
}
