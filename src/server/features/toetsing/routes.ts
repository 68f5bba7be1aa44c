import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import { GemeenteCode } from '../../../contracts/gemeenten.js';
import { Peildatum } from '../../../contracts/indicatoren.js';
import { LocatieCode } from '../../../contracts/locaties.js';
import { problems, typed } from '../../responses.js';
import { Gemeentetoetsing, Locatietoetsing } from './schema.js';
import type { ToetsingService } from './service.js';

const Query = z.object({ peildatum: Peildatum.optional() });

export function toetsingRoutes(app: FastifyInstance, service: ToetsingService) {
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code/toetsing`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'gemeenteToetsingOpvragen',
        summary: 'Alle locaties van een gemeente getoetst aan haar kwaliteitskader',
        description:
          'Per locatie en per norm een uitkomst met toelichting, en de normen op gemeenteniveau (uit de publicatieset). Voor gemeente (eigen gemeente), monitor en beheerder; een locatie-account krijgt de rijen van zijn eigen locaties. Buiten de locatie noemen indicatornormen van één locatie alleen de uitkomst, geen cijfers.',
        params: z.object({ code: GemeenteCode }),
        querystring: Query,
        response: { 200: Gemeentetoetsing, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.municipality(request.actor, request.params.code, request.query.peildatum),
  );
  typed(app).get(
    `${API_PREFIX}/locaties/:code/toetsing`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'locatieToetsingOpvragen',
        summary: 'Eén locatie getoetst aan het kwaliteitskader van haar gemeente',
        description:
          'De scorekaart: per norm de uitkomst, één zin met de cijfers erachter en wat er moet veranderen. De eigen medewerkers van de locatie zien haar cijfers; anderen binnen hun bereik zien bij indicatornormen alleen de uitkomst.',
        params: z.object({ code: LocatieCode }),
        querystring: Query,
        response: { 200: Locatietoetsing, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.location(request.actor, request.params.code, request.query.peildatum),
  );
  typed(app).get(
    `${API_PREFIX}/locaties/:code/toets.pdf`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'locatietoetsDownloaden',
        summary: 'De locatietoets als PDF: het advies voor de gemeenteraad',
        description:
          'Wat de locatie haalt, waar ze niet aan voldoet en wat er moet veranderen. Een rapport verlaat de locatie: het noemt nooit cijfers van de kinderen van één locatie, wie het ook maakt. Gelogd.',
        params: z.object({ code: LocatieCode }),
        querystring: Query,
        response: {
          200: {
            description: 'Het advies als PDF, als bijlage',
            content: { 'application/pdf': { schema: z.string().describe('Het PDF-bestand') } },
          },
          ...problems(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await service.advicePdf(
        request.actor,
        request.params.code,
        request.query.peildatum,
      );
      // The documented body is a string schema; the bytes go out as they are.
      return (reply as FastifyReply)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(pdf);
    },
  );
}
