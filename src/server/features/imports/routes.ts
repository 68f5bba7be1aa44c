import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  Batch,
  BatchLijst,
  ImportOpties,
  ImportRapport,
  ImportSoort,
} from '../../../contracts/imports.js';
import { invalid } from '../../problem.js';
import { problems, typed } from '../../responses.js';
import type { ImportsService } from './service.js';
import { limitSize, rowsAsCsv, UPLOAD_TYPES } from './upload.js';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const JsonRijen = z.object({
  rijen: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))
    .max(10_000),
});

export function importRoutes(app: FastifyInstance, service: ImportsService) {
  // Files arrive as the raw request body and are read as a stream by the import itself.
  app.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => done(null, payload));

  typed(app).post(
    `${API_PREFIX}/imports/:soort`,
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ['Import'],
        operationId: 'importeren',
        summary: 'Een bestand (CSV of XLSX als request body) of JSON-rijen inlezen',
        description:
          'Stuur het bestand als body met Content-Type text/csv of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, of JSON `{"rijen": [{"kolom": "waarde"}]}`. Met fouten wordt niets geschreven (200, `geschreven: false`), tenzij accepteerGeldige=ja. Geschreven: 201.',
        params: z.object({ soort: ImportSoort }),
        querystring: ImportOpties,
        response: {
          200: ImportRapport,
          201: ImportRapport,
          ...problems(400, 401, 403, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const isJson = (request.headers['content-type'] ?? '').startsWith('application/json');
      let source: Readable;
      if (isJson) {
        const parsed = JsonRijen.safeParse(request.body);
        if (!parsed.success) {
          throw invalid(
            parsed.error.issues.map((i) => ({
              path: ['body', ...i.path].join('.'),
              message: i.message,
            })),
            'Verwacht JSON in de vorm {"rijen": [{"kolom": "waarde"}]}.',
          );
        }
        source = rowsAsCsv(parsed.data.rijen);
      } else {
        source = limitSize(request.body as Readable, MAX_UPLOAD_BYTES);
      }
      const report = await service.run(request.actor, request.params.soort, source, {
        fileName: request.query.bestandsnaam ?? (isJson ? 'api.json' : 'upload'),
        dryRun: request.query.proefrun === 'ja',
        acceptValid: request.query.accepteerGeldige === 'ja',
      });
      return reply.code(report.geschreven ? 201 : 200).send(report);
    },
  );

  typed(app).get(
    `${API_PREFIX}/import-batches`,
    {
      schema: {
        tags: ['Import'],
        operationId: 'importbatchesOpvragen',
        summary: 'De importbatches (beheerder: alle; anderen: die van de eigen organisatie)',
        description: 'Wie, wanneer, welk bestand, sha256 en aantallen; ook teruggedraaide batches.',
        response: { 200: BatchLijst, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await service.list(request.actor) }),
  );

  typed(app).delete(
    `${API_PREFIX}/import-batches/:id`,
    {
      schema: {
        tags: ['Import'],
        operationId: 'importbatchTerugdraaien',
        summary: 'Een importbatch terugdraaien',
        description:
          'Verwijdert de rijen van de batch en leidt opnieuw af wat ervan was afgeleid. Geweigerd (409) als latere batches erop voortbouwen; die worden genoemd.',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: Batch, ...problems(401, 403, 404, 409, 422) },
      },
    },
    (request) => service.rollback(request.actor, request.params.id),
  );
}
