import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../contracts/api.js';
import {
  AuditExportQuery,
  FormaatQuery,
  GemeentenExportQuery,
  IndicatorenExportQuery,
  PeildatumExportQuery,
} from '../../../contracts/exporten.js';
import { GemeenteCode } from '../../../contracts/gemeenten.js';
import { LocatieCode } from '../../../contracts/locaties.js';
import { type ExportFormat, sendExport } from '../../exports.js';
import { problems, typed } from '../../responses.js';
import { MAX_MONTHS } from '../indicatoren/service.js';
import type { Download, ExportenService } from './service.js';

const Bestand = z.string().describe('Het bestand');

const ReeksExportQuery = IndicatorenExportQuery.extend({
  maanden: z.coerce.number().int().min(1).max(MAX_MONTHS).default(12),
});

/** The documented answer of every download, and the problems its JSON route can give. */
const file = (...statuses: number[]) => ({
  200: {
    description: 'Het bestand, als bijlage',
    content: {
      'text/csv': { schema: Bestand },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: Bestand },
    },
  },
  ...problems(...statuses, 422),
});

const FORMAT_NOTE =
  'CSV met puntkomma en BOM (opent direct in Nederlandse Excel) of XLSX; tekst die een spreadsheet als formule zou lezen, krijgt een enkel aanhalingsteken ervoor. Gelogd.';

const send = (reply: FastifyReply, format: ExportFormat) => (download: Download) =>
  sendExport(reply, download.table, format, download.name);

export function exportenRoutes(app: FastifyInstance, service: ExportenService) {
  typed(app).get(
    `${API_PREFIX}/indicatoren/export`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'indicatorenExporteren',
        summary: 'De indicatoren I1–I10 van een bereik als CSV of XLSX',
        description: `Eén rij per cijfer: indicator, omschrijving, sleutel in de JSON en waarde ("x" = onderdrukt, "." = niet te berekenen). Dezelfde toegang en onderdrukking als GET /indicatoren. ${FORMAT_NOTE}`,
        querystring: IndicatorenExportQuery,
        response: file(401, 403, 404),
      },
    },
    async (request, reply) => {
      const { formaat, ...query } = request.query;
      return service.indicatoren(request.actor, query, formaat).then(send(reply, formaat));
    },
  );
  typed(app).get(
    `${API_PREFIX}/indicatoren/reeks/export`,
    {
      schema: {
        tags: ['Indicatoren'],
        operationId: 'indicatorreeksExporteren',
        summary: 'De ontwikkeling per maand van een bereik als CSV of XLSX',
        description: `Eén rij per peildatum met de kerncijfers die de site per maand volgt. Dezelfde toegang en onderdrukking als GET /indicatoren/reeks. ${FORMAT_NOTE}`,
        querystring: ReeksExportQuery,
        response: file(401, 403, 404),
      },
    },
    async (request, reply) => {
      const { formaat, ...query } = request.query;
      return service.reeks(request.actor, query, formaat).then(send(reply, formaat));
    },
  );
  typed(app).get(
    `${API_PREFIX}/gemeenten/:code/toetsing/export`,
    {
      schema: {
        tags: ['Kwaliteitskader'],
        operationId: 'gemeenteToetsingExporteren',
        summary: 'De toetsing van de locaties van een gemeente als CSV of XLSX',
        description: `Eén rij per locatie en norm, daarna de normen op gemeenteniveau. Dezelfde toegang als GET /gemeenten/{code}/toetsing: buiten de locatie noemen toelichtingen geen cijfers van één locatie. ${FORMAT_NOTE}`,
        params: z.object({ code: GemeenteCode }),
        querystring: PeildatumExportQuery,
        response: file(401, 403, 404),
      },
    },
    async (request, reply) => {
      const { formaat, peildatum } = request.query;
      return service
        .toetsing(request.actor, request.params.code, peildatum, formaat)
        .then(send(reply, formaat));
    },
  );
  typed(app).get(
    `${API_PREFIX}/locaties/export`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'locatiesExporteren',
        summary: 'De locaties binnen het bereik van het account als CSV of XLSX',
        description: `Dezelfde locaties als GET /locaties. ${FORMAT_NOTE}`,
        querystring: FormaatQuery,
        response: file(401, 403),
      },
    },
    async (request, reply) => {
      const { formaat } = request.query;
      return service.locaties(request.actor, formaat).then(send(reply, formaat));
    },
  );
  typed(app).get(
    `${API_PREFIX}/locaties/:code/activiteiten/export`,
    {
      schema: {
        tags: ['Locaties'],
        operationId: 'locatieActiviteitenExporteren',
        summary: 'Het activiteitenaanbod van één locatie als CSV of XLSX',
        description: `Dezelfde activiteiten als op de pagina van de locatie; wie de locatie niet mag zien, krijgt 403. ${FORMAT_NOTE}`,
        params: z.object({ code: LocatieCode }),
        querystring: FormaatQuery,
        response: file(401, 403, 404),
      },
    },
    async (request, reply) => {
      const { formaat } = request.query;
      return service
        .activiteiten(request.actor, request.params.code, formaat)
        .then(send(reply, formaat));
    },
  );
  typed(app).get(
    `${API_PREFIX}/gemeenten/export`,
    {
      schema: {
        tags: ['Gemeenten'],
        operationId: 'gemeentenExporteren',
        summary: 'De gemeenten als CSV of XLSX, met dezelfde zoekopdracht als de lijst',
        description: `Openbaar, zoals GET /gemeenten. ${FORMAT_NOTE}`,
        querystring: GemeentenExportQuery,
        response: file(),
      },
    },
    async (request, reply) => {
      const { formaat, zoek } = request.query;
      return service.gemeenten(request.actor, zoek, formaat).then(send(reply, formaat));
    },
  );
  typed(app).get(
    `${API_PREFIX}/audit/export`,
    {
      schema: {
        tags: ['Beheer'],
        operationId: 'auditlogExporteren',
        summary: 'Het auditlog als CSV of XLSX (alleen beheerder), met de filters van de lijst',
        description: `Alle regels bij de filters, nieuwste eerst, tot 100.000 regels. ${FORMAT_NOTE}`,
        querystring: AuditExportQuery,
        response: file(401, 403),
      },
    },
    async (request, reply) => {
      const { formaat, ...filter } = request.query;
      return service.audit(request.actor, filter, formaat).then(send(reply, formaat));
    },
  );
}
