import type { AuditQuery, AuditRegel } from '../../../contracts/audit.js';
import type { Gemeente } from '../../../contracts/gemeenten.js';
import { amsterdamDate } from '../../../domain/dates.js';
import type { Actor } from '../../../domain/permissions.js';
import { type ExportFormat, type ExportTable, markedAsDemo } from '../../exports.js';
import { invalid } from '../../problem.js';
import type { ActiviteitenService } from '../activiteiten/service.js';
import type { AuditService } from '../audit/service.js';
import type { GemeentenService } from '../gemeenten/service.js';
import type { IndicatorenService } from '../indicatoren/service.js';
import type { LocatiesService } from '../locaties/service.js';
import type { ToetsingService } from '../toetsing/service.js';
import {
  activiteitenTable,
  auditTable,
  gemeentenTable,
  indicatorTable,
  locatiesTable,
  seriesTable,
  toetsingTable,
} from './tables.js';

export interface ExportenDeps {
  indicatoren: IndicatorenService;
  toetsing: ToetsingService;
  locaties: LocatiesService;
  activiteiten: ActiviteitenService;
  gemeenten: GemeentenService;
  audit: AuditService;
  isDemo: () => boolean;
  now: () => Date;
}

export interface Download {
  table: ExportTable;
  /** The file's name without extension. */
  name: string;
}

/** The largest page the list routes give; a download reads them all. */
const PAGE = 500;
/** More would make the server hold too large a file at once: narrow the period instead. */
export const MAX_AUDIT_ROWS = 100_000;

/** A code as part of a file name: nothing a header or a file system could misread. */
const fileSafe = (text: string) => text.replace(/[^\w.-]+/g, '_');

/**
 * Every table of the site as a download. Each export calls the very service method that answers
 * the table's JSON route for the same caller, so it is refused, scoped and suppressed exactly as
 * that (never a second path to the numbers); then it is audited, with what and in which format.
 */
export function createExportenService(deps: ExportenDeps) {
  const today = () => amsterdamDate(deps.now());
  const demo = (table: ExportTable) => (deps.isDemo() ? markedAsDemo(table) : table);

  async function done(
    actor: Actor,
    format: ExportFormat,
    what: { tabel: string; objectSoort: string; objectId: string; details?: object },
    download: Download,
  ): Promise<Download> {
    await deps.audit.record({
      actor,
      actie: `${what.tabel}.exporteren`,
      objectSoort: what.objectSoort,
      objectId: what.objectId,
      uitkomst: 'gelukt',
      details: { formaat: format, rijen: download.table.rows.length, ...what.details },
    });
    return download;
  }

  return {
    /** A scope's indicator table: a locatie account its own location exact, others published. */
    async indicatoren(
      actor: Actor,
      query: { scope: string; peildatum?: string },
      format: ExportFormat,
    ) {
      const table = await deps.indicatoren.table(actor, query.scope, query.peildatum);
      const gebied = table.scope.type === 'all' ? 'landelijk' : table.scope.code;
      return done(
        actor,
        format,
        {
          tabel: 'indicatoren',
          objectSoort: 'indicatoren',
          objectId: gebied,
          details: { peildatum: table.peildatum, onderdrukt: table.suppressed },
        },
        {
          table: demo(indicatorTable(table)),
          name: `indicatoren-${fileSafe(gebied)}-${table.peildatum}`,
        },
      );
    },

    async reeks(
      actor: Actor,
      query: { scope: string; peildatum?: string; maanden: number },
      format: ExportFormat,
    ) {
      const reeks = await deps.indicatoren.series(
        actor,
        query.scope,
        query.peildatum,
        query.maanden,
      );
      const gebied = reeks.scope.type === 'all' ? 'landelijk' : reeks.scope.code;
      const peildatum = reeks.items.at(-1)!.peildatum;
      return done(
        actor,
        format,
        {
          tabel: 'indicatorreeks',
          objectSoort: 'indicatoren',
          objectId: gebied,
          details: { peildatum, maanden: query.maanden },
        },
        {
          table: demo(seriesTable(reeks.items)),
          name: `indicatoren-per-maand-${fileSafe(gebied)}-${peildatum}`,
        },
      );
    },

    async toetsing(
      actor: Actor,
      code: string,
      peildatum: string | undefined,
      format: ExportFormat,
    ) {
      const toetsing = await deps.toetsing.municipality(actor, code, peildatum);
      return done(
        actor,
        format,
        {
          tabel: 'toetsing',
          objectSoort: 'gemeente',
          objectId: code,
          details: { peildatum: toetsing.peildatum, locaties: toetsing.locaties.length },
        },
        {
          table: demo(toetsingTable(toetsing)),
          name: `toetsing-${code}-${toetsing.peildatum}`,
        },
      );
    },

    async locaties(actor: Actor, format: ExportFormat) {
      const locaties = await deps.locaties.list(actor);
      return done(
        actor,
        format,
        { tabel: 'locaties', objectSoort: 'locatie', objectId: 'bereik' },
        { table: demo(locatiesTable(locaties)), name: `locaties-${today()}` },
      );
    },

    async activiteiten(actor: Actor, code: string, format: ExportFormat) {
      // The location's own check first: 404 for an unknown one, 403 outside the scope.
      await deps.locaties.get(actor, code);
      const activiteiten = (await deps.activiteiten.list(actor)).filter((a) => a.locatie === code);
      return done(
        actor,
        format,
        { tabel: 'activiteiten', objectSoort: 'locatie', objectId: code },
        {
          table: demo(activiteitenTable(activiteiten)),
          name: `activiteiten-${fileSafe(code)}-${today()}`,
        },
      );
    },

    /** Reference data, public: not demo data even in demo mode. */
    async gemeenten(actor: Actor, zoek: string | undefined, format: ExportFormat) {
      const items: Gemeente[] = [];
      for (let pagina = 1; ; pagina++) {
        const page = await deps.gemeenten.list(actor, { zoek, pagina, paginaGrootte: PAGE });
        items.push(...page.items);
        if (page.items.length < PAGE) break;
      }
      return done(
        actor,
        format,
        {
          tabel: 'gemeenten',
          objectSoort: 'gemeente',
          objectId: 'lijst',
          details: zoek ? { zoek } : {},
        },
        { table: gemeentenTable(items), name: `gemeenten-${today()}` },
      );
    },

    /** The audit log under the page's filters, newest first: the beheerder's own record. */
    async audit(
      actor: Actor,
      filter: Omit<AuditQuery, 'pagina' | 'paginaGrootte'>,
      format: ExportFormat,
    ) {
      // Newest first: a row written meanwhile shifts the pages by one, hence by id.
      const regels = new Map<number, AuditRegel>();
      for (let pagina = 1; ; pagina++) {
        const page = await deps.audit.page(actor, { ...filter, pagina, paginaGrootte: PAGE });
        if (page.totaal > MAX_AUDIT_ROWS) {
          throw invalid(
            [{ path: 'query.van', message: 'kies een kortere periode (van, tot)' }],
            `Het auditlog heeft bij deze filters ${page.totaal} regels; een download kan er hoogstens ${MAX_AUDIT_ROWS} bevatten.`,
          );
        }
        for (const regel of page.items) regels.set(regel.id, regel);
        if (page.items.length < PAGE) break;
      }
      return done(
        actor,
        format,
        { tabel: 'audit', objectSoort: 'auditlog', objectId: 'filter', details: { filter } },
        { table: auditTable([...regels.values()]), name: `auditlog-${today()}` },
      );
    },
  };
}

export type ExportenService = ReturnType<typeof createExportenService>;
