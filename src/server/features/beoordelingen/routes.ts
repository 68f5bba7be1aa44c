import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  ActieWijziging,
  Beoordeling,
  BeoordelingLijst,
  BeoordelingWijziging,
  NieuweActie,
  NieuweBeoordeling,
  NormOordeel,
  Vaststelling,
} from '../../../contracts/beoordelingen.js';
import { LocatieCode } from '../../../contracts/locaties.js';
import { MAX_ATTACHMENT_BYTES } from '../../../domain/framework/assessment.js';
import { ProblemError } from '../../problem.js';
import { problems, typed } from '../../responses.js';
import type { BeoordelingenService } from './service.js';

/** Attachments arrive as the raw body; `application/octet-stream` is parsed as a stream already. */
const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
/** The file plus room for a request's own overhead; the 10 MB rule itself is the service's. */
const ATTACHMENT_BODY_LIMIT = MAX_ATTACHMENT_BYTES + 64 * 1024;

const Id = z.coerce.number().int().positive().describe('Het nummer van de beoordeling');
const Params = z.object({ id: Id });
const TAGS = ['Beoordelingen'];

/**
 * The body as bytes, or null as soon as it passes the limit: a file over 10 MB is refused
 * without reading (or storing) the rest.
 */
async function readLimited(body: unknown, limit: number): Promise<Uint8Array | null> {
  if (Buffer.isBuffer(body)) return body.length > limit ? null : body;
  if (!body || typeof (body as Readable).on !== 'function') {
    throw new ProblemError(
      415,
      'soort-inhoud',
      'Soort inhoud niet ondersteund',
      'Stuur het bestand als request body met Content-Type application/pdf, image/jpeg, image/png of application/octet-stream.',
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as Readable) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      (body as Readable).destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function beoordelingenRoutes(app: FastifyInstance, service: BeoordelingenService) {
  app.addContentTypeParser(ATTACHMENT_TYPES, (_request, payload, done) => done(null, payload));

  typed(app).get(
    `${API_PREFIX}/locaties/:code/beoordelingen`,
    {
      schema: {
        tags: TAGS,
        operationId: 'beoordelingenOpvragen',
        summary: 'De beoordelingen van een locatie: de geschiedenis met de trend',
        description:
          'Nieuwste periode eerst, elk met het aantal normen per uitkomst. Voor gemeente (eigen gemeente), locatie (eigen locaties), monitor en beheerder.',
        params: z.object({ code: LocatieCode }),
        response: { 200: BeoordelingLijst, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.list(request.actor, request.params.code),
  );
  typed(app).post(
    `${API_PREFIX}/locaties/:code/beoordelingen`,
    {
      schema: {
        tags: TAGS,
        operationId: 'beoordelingAanmaken',
        summary: 'Een beoordeling van de locatie over een periode beginnen (concept)',
        description:
          'De automatische uitkomsten van het geldende kader van de gemeente op de einddatum zijn ingevuld; de normen van de beoordelaar wachten op een oordeel. Voor gemeente (eigen gemeente) en locatie (eigen locaties). Gelogd.',
        params: z.object({ code: LocatieCode }),
        body: NieuweBeoordeling,
        response: { 201: Beoordeling, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.create(request.actor, request.params.code, request.body)),
  );
  typed(app).get(
    `${API_PREFIX}/beoordelingen/:id`,
    {
      schema: {
        tags: TAGS,
        operationId: 'beoordelingOpvragen',
        summary: 'Eén beoordeling: normen, bijlagen, verbeteracties en wat u ermee mag',
        description:
          'Per norm de automatische uitkomst met haar zin, of het oordeel van de beoordelaar met onderbouwing. `mijnRol` zegt of u mag wijzigen en vaststellen, en zo niet, waarom.',
        params: Params,
        response: { 200: Beoordeling, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.get(request.actor, request.params.id),
  );
  typed(app).patch(
    `${API_PREFIX}/beoordelingen/:id`,
    {
      schema: {
        tags: TAGS,
        operationId: 'beoordelingWijzigen',
        summary: 'De periode van een beoordeling wijzigen',
        description:
          'Een nieuwe einddatum vult de automatische uitkomsten opnieuw in; oordelen van de beoordelaar blijven staan. 409 als de revisie verouderd is of de beoordeling is vastgesteld.',
        params: Params,
        body: BeoordelingWijziging,
        response: { 200: Beoordeling, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) => service.changePeriod(request.actor, request.params.id, request.body),
  );
  typed(app).put(
    `${API_PREFIX}/beoordelingen/:id/normen/:normId`,
    {
      schema: {
        tags: TAGS,
        operationId: 'normBeoordelen',
        summary: 'Het oordeel van de beoordelaar over één norm, met onderbouwing',
        description:
          'Alleen voor normen van de beoordelaar (manual, en feiten met een beoordeling zoals R7.3); de onderbouwing is verplicht. 409 als de revisie verouderd is of de beoordeling is vastgesteld. Gelogd.',
        params: z.object({ id: Id, normId: z.string().min(1).max(20) }),
        body: NormOordeel,
        response: { 200: Beoordeling, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) =>
      service.score(request.actor, request.params.id, request.params.normId, request.body),
  );
  typed(app).post(
    `${API_PREFIX}/beoordelingen/:id/bijlagen`,
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        operationId: 'bijlageToevoegen',
        summary: 'Een bijlage bij een norm: PDF, JPEG of PNG tot 10 MB, als request body',
        description:
          'Wat het bestand is, bepalen de eerste bytes, niet de naam of het Content-Type. Een ander bestand (422) of een groter bestand (413) wordt geweigerd; er wordt dan niets opgeslagen. Gelogd.',
        params: Params,
        querystring: z.object({
          norm: z.string().min(1).max(20).describe('De norm waar de bijlage bij hoort'),
          bestandsnaam: z.string().max(200).optional().describe('De naam van het bestand'),
          revisie: z.coerce.number().int().positive().describe('De revisie waarop u voortbouwt'),
        }),
        response: { 201: Beoordeling, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const declared = Number(request.headers['content-length'] ?? 0);
      const bytes =
        declared > MAX_ATTACHMENT_BYTES
          ? null
          : await readLimited(request.body, MAX_ATTACHMENT_BYTES);
      const { norm, bestandsnaam, revisie } = request.query;
      const result = await service.attach(request.actor, request.params.id, {
        norm,
        bestandsnaam: bestandsnaam ?? 'bijlage',
        revisie,
        bytes,
      });
      return reply.code(201).send(result);
    },
  );
  typed(app).get(
    `${API_PREFIX}/beoordelingen/:id/bijlagen/:bijlageId`,
    {
      schema: {
        tags: TAGS,
        operationId: 'bijlageDownloaden',
        summary: 'Een bijlage downloaden',
        description: 'Als bijlage (Content-Disposition: attachment), met het echte type. Gelogd.',
        params: z.object({ id: Id, bijlageId: z.coerce.number().int().positive() }),
        response: {
          200: {
            description: 'Het bestand',
            content: {
              'application/pdf': { schema: z.string().describe('Het bestand') },
              'image/jpeg': { schema: z.string().describe('Het bestand') },
              'image/png': { schema: z.string().describe('Het bestand') },
            },
          },
          ...problems(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const file = await service.download(
        request.actor,
        request.params.id,
        request.params.bijlageId,
      );
      // The documented body is a string schema; the bytes go out as they are.
      return (reply as FastifyReply)
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.bestandsnaam}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
  typed(app).post(
    `${API_PREFIX}/beoordelingen/:id/acties`,
    {
      schema: {
        tags: TAGS,
        operationId: 'verbeteractieToevoegen',
        summary: 'Een verbeteractie: omschrijving, eigenaar, deadline en status',
        description:
          'Bij een norm van de beoordeling, of (zonder norm) bij de beoordeling als geheel. Gelogd.',
        params: Params,
        body: NieuweActie,
        response: { 201: Beoordeling, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.addAction(request.actor, request.params.id, request.body)),
  );
  typed(app).patch(
    `${API_PREFIX}/beoordelingen/:id/acties/:actieId`,
    {
      schema: {
        tags: TAGS,
        operationId: 'verbeteractieWijzigen',
        summary: 'Een verbeteractie wijzigen, bijvoorbeeld haar status',
        description: 'Alleen de velden die u meestuurt, veranderen. Gelogd.',
        params: z.object({ id: Id, actieId: z.coerce.number().int().positive() }),
        body: ActieWijziging,
        response: { 200: Beoordeling, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) =>
      service.changeAction(request.actor, request.params.id, request.params.actieId, request.body),
  );
  typed(app).post(
    `${API_PREFIX}/beoordelingen/:id/vaststellen`,
    {
      schema: {
        tags: TAGS,
        operationId: 'beoordelingVaststellen',
        summary: 'De beoordeling vaststellen (vier ogen); daarna is ze niet meer te wijzigen',
        description:
          'Door een tweede persoon: niet wie de beoordeling aanmaakte of als laatste wijzigde (403). Elke norm van de beoordelaar moet een uitkomst hebben (409). Gelogd.',
        params: Params,
        body: Vaststelling,
        response: { 200: Beoordeling, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) => service.adopt(request.actor, request.params.id, request.body.revisie),
  );
}
