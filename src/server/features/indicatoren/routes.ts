import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  Curven,
  IndicatorTabel,
  Peildatum,
  Publicatieset,
  Reeks,
} from '../../../contracts/indicatoren.js';
import { problems, typed } from '../../responses.js';
import { type IndicatorenService, MAX_MONTHS } from './service.js';

const Scope = z
  .string()
  .min(1)
  .max(64)
  .default('all')
  .describe('`all` (landelijk), een CBS-gemeentecode `GMdddd`, of een locatiecode');

export function indicatorenRoutes(app: FastifyInstance, service: IndicatorenService) {
  typed(app).get(
    `${API_PREFIX}/indicatoren`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'indicatorenOpvragen',
        summary: 'De indicatoren I1–I10 van een bereik op een peildatum',
        description:
          'Landelijk en per gemeente: de tabel uit de publicatieset (onderdrukt, voor iedereen gelijk). Per locatie: alleen voor de medewerkers van die locatie, ononderdrukt; anderen krijgen 403.',
        querystring: z.object({ peildatum: Peildatum.optional(), scope: Scope }),
        response: { 200: IndicatorTabel, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.table(request.actor, request.query.scope, request.query.peildatum),
  );
  typed(app).get(
    `${API_PREFIX}/indicatoren/publicatieset`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'publicatiesetOpvragen',
        summary: 'De publicatieset: de landelijke en de 342 gemeentelijke tabellen',
        description: 'Samen onderdrukt volgens de regels van de onthullingscontrole; openbaar.',
        querystring: z.object({ peildatum: Peildatum.optional() }),
        response: { 200: Publicatieset, ...problems(401, 422) },
      },
    },
    (request) => service.publishedSet(request.actor, request.query.peildatum),
  );
  typed(app).get(
    `${API_PREFIX}/indicatoren/reeks`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'indicatorreeksOpvragen',
        summary: 'Een maandelijkse reeks tabellen van één bereik, tot 24 maanden terug',
        description:
          'Peildata op dezelfde dag van de maand (of de laatste dag van een kortere maand), oudste eerst, tot en met de peildatum.',
        querystring: z.object({
          peildatum: Peildatum.optional(),
          scope: Scope,
          maanden: z.coerce.number().int().min(1).max(MAX_MONTHS).default(12),
        }),
        response: { 200: Reeks, ...problems(401, 403, 404, 422) },
      },
    },
    (request) =>
      service.series(
        request.actor,
        request.query.scope,
        request.query.peildatum,
        request.query.maanden,
      ),
  );
  typed(app).get(
    `${API_PREFIX}/indicatoren/curven`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'kaplanMeierCurvenOpvragen',
        summary: 'De Kaplan–Meier-curven van een bereik, om te tekenen',
        description:
          'Zelfde toegang als de tabel. Buiten de locatie alleen de dagen die de onthullingscontrole toelaat.',
        querystring: z.object({ peildatum: Peildatum.optional(), scope: Scope }),
        response: { 200: Curven, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.curves(request.actor, request.query.scope, request.query.peildatum),
  );
}
