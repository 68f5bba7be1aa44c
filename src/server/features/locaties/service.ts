import type { Locatie } from '../../../contracts/locaties.js';
import type { Period } from '../../../domain/import/locaties.js';
import { type Actor, scopeOf } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { invalid, notFound } from '../../problem.js';
import type { ImportsService } from '../imports/service.js';
import { rowsAsCsv } from '../imports/upload.js';
import type { LocatiesRepo } from './repo.js';

type Row = Awaited<ReturnType<LocatiesRepo['list']>>[number];

function toLocatie({ locatie, gemeenteNaam }: Row, periods: Period[]): Locatie {
  const { laatsteBatchId: _, ...values } = locatie;
  const current = periods.at(-1);
  return {
    ...values,
    gemeenteNaam,
    type: current?.type ?? 'onbekend',
    subtype: current?.subtype ?? null,
    perioden: periods,
  };
}

export type LocatieInvoer = Record<string, string | number | boolean | null>;

export function createLocatiesService(repo: LocatiesRepo, imports: ImportsService) {
  const service = {
    async list(actor: Actor): Promise<Locatie[]> {
      authorize(actor, 'locaties.lezen');
      const rows = await repo.list(scopeOf(actor));
      const periods = await repo.periods(rows.map((r) => r.locatie.code));
      return rows.map((r) => toLocatie(r, periods.get(r.locatie.code) ?? []));
    },

    async get(actor: Actor, code: string): Promise<Locatie> {
      authorize(actor, 'locaties.lezen');
      const municipality = await repo.municipalityOf(code);
      if (municipality === null) throw notFound(`Er is geen locatie met code ${code}.`);
      authorize(actor, 'locaties.lezen', { kind: 'location', code, municipality });
      const row = await repo.get(code, scopeOf(actor));
      if (!row) throw notFound(`Er is geen locatie met code ${code}.`);
      const periods = await repo.periods([code]);
      return toLocatie(row, periods.get(code) ?? []);
    },

    /**
     * Creates or changes one location from a form: a one-row import, so that the form obeys
     * exactly the rules of a file, and is listed and can be rolled back like one.
     */
    async save(
      actor: Actor,
      input: LocatieInvoer,
    ): Promise<{ locatie: Locatie; created: boolean }> {
      const code = String(input.code ?? '').trim();
      const existed = code !== '' && (await repo.municipalityOf(code)) !== null;
      const report = await imports.run(actor, 'locaties', rowsAsCsv([input]), {
        fileName: 'formulier',
      });
      if (!report.geschreven) {
        throw invalid(
          report.meldingen
            .filter((m) => m.ernst === 'fout')
            .map((m) => ({ path: m.kolom ? `body.${m.kolom}` : 'body', message: m.melding })),
          'De locatie is niet opgeslagen.',
        );
      }
      return { locatie: await service.get(actor, code), created: !existed };
    },
  };
  return service;
}

export type LocatiesService = ReturnType<typeof createLocatiesService>;
