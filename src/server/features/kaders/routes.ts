import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import { GemeenteCode } from '../../../contracts/gemeenten.js';
import { problems, typed } from '../../responses.js';
import {
  FrameworkDocument,
  GemeenteKaderInvoer,
  GemeenteKaderStand,
  KaderVersies,
} from './schema.js';
import type { KadersService } from './service.js';

/** The media types a YAML file arrives with; browsers and tools differ. */
const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
/** A municipality's framework is a few pages of text; more is not a framework. */
const YAML_BODY_LIMIT = 256 * 1024;

const Versie = z.object({
  versie: z.string().min(1).describe('De versie van het kwaliteitskader, zoals 2025.1'),
});
const Code = z.object({ code: GemeenteCode });
const yamlContent = (description: string) => ({
  description,
  content: { 'application/yaml': { schema: z.string() } },
});

export function kaderRoutes(app: FastifyInstance, service: KadersService) {
  app.addContentTypeParser(
    YAML_TYPES,
    { parseAs: 'string', bodyLimit: YAML_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  typed(app).get(
    `${API_PREFIX}/kaders`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'kaderVersiesOpvragen',
        summary: 'De versies van het kwaliteitskader',
        description: 'Openbaar. Per versie de titel, beschrijving en het aantal thema’s en normen.',
        response: { 200: KaderVersies },
      },
    },
    (request) => service.versions(request.actor),
  );
  typed(app).get(
    `${API_PREFIX}/kaders/:versie`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'kaderOpvragen',
        summary: 'Eén versie van het kwaliteitskader',
        description:
          'Openbaar. Thema’s en normen met toelichting, bron, standaardwaarden en wanneer ze gelden, in het formaat van de YAML-bestanden in frameworks/.',
        params: Versie,
        response: { 200: FrameworkDocument, ...problems(404) },
      },
    },
    (request) => service.framework(request.actor, request.params.versie),
  );
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code/kader`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'gemeenteKaderOpvragen',
        summary: 'Het kwaliteitskader dat een gemeente heeft aangenomen',
        description:
          'Voor elk account. De aangenomen versie met aanscherpingen, niet overgenomen normen (met reden) en lokale normen.',
        params: Code,
        response: { 200: GemeenteKaderStand, ...problems(401, 403, 404, 422) },
      },
    },
    (request) => service.adoption(request.actor, request.params.code),
  );
  typed(app).put(
    `${API_PREFIX}/gemeenten/:code/kader`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'gemeenteKaderVastleggen',
        summary: 'Het kwaliteitskader van de eigen gemeente aannemen of wijzigen',
        description:
          'Alleen de rol gemeente, voor de eigen gemeente. Vervangt het hele kader; alles of niets. Aanscherpen mag alleen strenger dan het basiskader; wie een norm niet overneemt, geeft een reden. Met revisie: 409 als het kader intussen is gewijzigd.',
        params: Code,
        body: GemeenteKaderInvoer,
        response: { 200: GemeenteKaderStand, ...problems(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    (request) =>
      service.adopt(request.actor, request.params.code, {
        kader: request.body.kader,
        revisie: request.body.revisie,
      }),
  );
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code/kader.yaml`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'gemeenteKaderExporteren',
        summary: 'Het kwaliteitskader van een gemeente als YAML-bestand',
        description: 'Voor elk account; 404 zolang de gemeente niets heeft aangenomen.',
        params: Code,
        response: {
          200: yamlContent('Het kader als YAML, in te lezen met PUT'),
          ...problems(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const { yaml, fileName } = await service.exportYaml(request.actor, request.params.code);
      return reply
        .type('application/yaml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(yaml);
    },
  );
  typed(app).put(
    `${API_PREFIX}/gemeenten/:code/kader.yaml`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'gemeenteKaderInlezen',
        summary: 'Het kwaliteitskader van de eigen gemeente inlezen uit een YAML-bestand',
        description:
          'Alleen de rol gemeente, voor de eigen gemeente. Alles of niets: bij een fout wordt niets opgeslagen en noemt elke melding regel, veld en reden.',
        consumes: YAML_TYPES,
        params: Code,
        body: z.string().describe('Het YAML-bestand'),
        response: { 200: GemeenteKaderStand, ...problems(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    (request) => service.importYaml(request.actor, request.params.code, request.body),
  );
}
