import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../../contracts/api.js';
import { OpenbareWeergave, OpenbareWeergaveWijziging } from '../../../contracts/instellingen.js';
import { problems, typed } from '../../responses.js';
import type { InstellingenService } from './service.js';

export function instellingenRoutes(app: FastifyInstance, service: InstellingenService) {
  typed(app).get(
    `${API_PREFIX}/instellingen/openbare-weergave`,
    {
      schema: {
        tags: ['Beheer'],
        operationId: 'openbareWeergaveOpvragen',
        summary: 'Of de cijfers openbaar zijn, ook zonder in te loggen',
        description:
          'Voor iedereen, zodat de website een bezoeker zonder account kan vertellen waarom hij geen cijfers ziet. Staat de openbare weergave uit, dan krijgt een bezoeker zonder sessie 401 op de landelijke en gemeentelijke cijfers; het kwaliteitskader en de lijst van gemeenten blijven openbaar.',
        response: { 200: OpenbareWeergave, ...problems() },
      },
    },
    (request) => service.getPublicView(request.actor),
  );
  typed(app).put(
    `${API_PREFIX}/instellingen/openbare-weergave`,
    {
      schema: {
        tags: ['Beheer'],
        operationId: 'openbareWeergaveWijzigen',
        summary: 'De openbare weergave van de cijfers aan- of uitzetten (alleen beheerder, gelogd)',
        description:
          'Geldt direct voor elk volgend verzoek zonder sessie. Wie is ingelogd, ziet de cijfers van zijn rol zoals altijd.',
        body: OpenbareWeergaveWijziging,
        response: { 200: OpenbareWeergave, ...problems(400, 401, 403, 415, 422) },
      },
    },
    (request) => service.setPublicView(request.actor, request.body.aan),
  );
}
