import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import { LocatieCode } from '../../../contracts/locaties.js';
import {
  SignaalDrempels,
  SignaalDrempelsVanLocatie,
  SignalenExportQuery,
  Signalenlijst,
  SignalenQuery,
} from '../../../contracts/signalen.js';
import { sendExport } from '../../exports.js';
import { problems, typed } from '../../responses.js';
import type { SignalenService } from './service.js';

const Bestand = z.string().describe('Het bestand');

export function signalenRoutes(app: FastifyInstance, service: SignalenService) {
  typed(app).get(
    `${API_PREFIX}/signalen`,
    {
      schema: {
        tags: ['Kinderen'],
        operationId: 'signalenOpvragen',
        summary: 'De signaleringslijst: kinderen op de eigen locaties die aandacht nodig hebben',
        description:
          'Alleen rol locatie, alleen de eigen locaties; gepseudonimiseerd en gelogd. Per kind de signalen met het aantal dagen (of overplaatsingen) en de drempel van de locatie.',
        querystring: SignalenQuery,
        response: { 200: Signalenlijst, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.list(request.actor, request.query),
  );
  typed(app).get(
    `${API_PREFIX}/signalen/export`,
    {
      schema: {
        tags: ['Kinderen'],
        operationId: 'signalenExporteren',
        summary: 'De signaleringslijst als CSV of XLSX (gelogd)',
        description:
          'Eén rij per signaal, met Nederlandse kolomnamen. CSV met puntkomma en BOM, zodat Excel het direct opent.',
        querystring: SignalenExportQuery,
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
          ...problems(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const { formaat, ...query } = request.query;
      const { table, name } = await service.export(request.actor, query, formaat);
      return sendExport(reply, table, formaat, name);
    },
  );
  typed(app).get(
    `${API_PREFIX}/locaties/:code/signaaldrempels`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'signaaldrempelsOpvragen',
        summary: 'De drempels van de signaleringslijst van een locatie',
        description: 'Alleen voor de medewerkers van de locatie.',
        params: z.object({ code: LocatieCode }),
        response: { 200: SignaalDrempelsVanLocatie, ...problems(401, 403, 404) },
      },
    },
    (request) => service.thresholds(request.actor, request.params.code),
  );
  typed(app).put(
    `${API_PREFIX}/locaties/:code/signaaldrempels`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'signaaldrempelsWijzigen',
        summary: 'De drempels van de signaleringslijst van een locatie wijzigen (gelogd)',
        description:
          'Alle drempels tegelijk: dagen tussen 1 en 730, overplaatsingen tussen 2 en 20.',
        params: z.object({ code: LocatieCode }),
        body: SignaalDrempels,
        response: { 200: SignaalDrempelsVanLocatie, ...problems(400, 401, 403, 404, 415, 422) },
      },
    },
    (request) => service.setThresholds(request.actor, request.params.code, request.body),
  );
}
