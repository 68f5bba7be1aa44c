import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import { API_PREFIX, API_VERSION } from '../../contracts/api.js';

const VERSION_HEADER: OpenAPIV3.HeaderObject = {
  description: 'De volledige versie van de API',
  schema: { type: 'string', example: API_VERSION },
};

/**
 * Paths relative to the server `/api/v1`, and the `API-Version` header on every response, as
 * the NL API Design Rules ask.
 */
/** Upload bodies are streamed past the schema validator, so their request body is described here. */
const UPLOAD_BODY: OpenAPIV3.RequestBodyObject = {
  required: true,
  description: 'Het bestand zelf, of JSON-rijen met dezelfde kolommen',
  content: {
    'text/csv': { schema: { type: 'string', format: 'binary' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: { type: 'string', format: 'binary' },
    },
    'application/json': {
      schema: {
        type: 'object',
        required: ['rijen'],
        properties: {
          rijen: { type: 'array', items: { type: 'object', additionalProperties: true } },
        },
      },
    },
  },
};

function finish(document: OpenAPIV3.Document): OpenAPIV3.Document {
  const paths: OpenAPIV3.PathsObject = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      if ((operation as OpenAPIV3.OperationObject).operationId === 'importeren') {
        (operation as OpenAPIV3.OperationObject).requestBody = UPLOAD_BODY;
      }
      const responses = (operation as OpenAPIV3.OperationObject).responses;
      if (!responses) continue;
      for (const response of Object.values(responses)) {
        const r = response as OpenAPIV3.ResponseObject;
        r.headers = { 'API-Version': VERSION_HEADER, ...r.headers };
      }
    }
    // @fastify/swagger already strips the server's path; older versions did not.
    paths[path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) || '/' : path] = item;
  }
  const finished = { ...document, paths };
  // The generator inlines route schemas; registered schemas nobody refers to (from the paths,
  // or from a schema that is referred to) would only clutter the document.
  const schemas = finished.components?.schemas ?? {};
  const used = new Set<string>();
  const collect = (node: unknown) => {
    for (const match of JSON.stringify(node).matchAll(/#\/components\/schemas\/([\w-]+)"/g)) {
      if (!used.has(match[1]!)) {
        used.add(match[1]!);
        collect(schemas[match[1]!]);
      }
    }
  };
  collect(finished.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return finished;
}

export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kindkader API',
        description:
          'Kindkader maakt kindvriendelijke asielopvang meetbaar en aantoonbaar. Fouten volgen RFC 9457 (application/problem+json); wijzigende verzoeken met een sessie dragen de header X-CSRF-Token.',
        version: API_VERSION,
        contact: {
          name: 'Kindkader',
          url: 'https://github.com/kindkader/kindkader',
          email: 'kindkader@example.org',
        },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: API_PREFIX, description: 'Deze installatie' }],
      tags: [
        { name: 'Systeem', description: 'Gezondheid van de dienst' },
        { name: 'Gemeenten', description: 'De gemeenten van Nederland (CBS, 2025)' },
        { name: 'Sessie', description: 'Inloggen, uitloggen en het eigen account' },
        { name: 'Beheer', description: 'Accounts en het auditlog' },
        { name: 'Import', description: 'Bestanden inlezen, batches tonen en terugdraaien' },
        { name: 'Locaties', description: 'Opvanglocaties en hun feiten' },
        {
          name: 'Kinderen',
          description: 'Gepseudonimiseerde gegevens per kind, alleen voor de eigen locatie',
        },
        {
          name: 'Kwaliteitskader',
          description: 'De versies van het kwaliteitskader en het kader dat elke gemeente aannam',
        },
        {
          name: 'Beoordelingen',
          description:
            'Beoordelingen van een locatie over een periode: oordelen, bijlagen, verbeteracties, vaststellen',
        },
      ],
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: 'kindkader_sessie' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => finish(jsonSchemaTransformObject(input) as OpenAPIV3.Document),
  });
  await app.register(swaggerUi, {
    routePrefix: `${API_PREFIX}/docs`,
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: false },
  });
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => app.swagger());
}
