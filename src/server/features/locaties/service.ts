import type { Locatie } from '../../../contracts/locaties.js';
import type { Period } from '../../../domain/import/locaties.js';
import { type Actor, scopeOf } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { notFound } from '../../problem.js';
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

export function createLocatiesService(repo: LocatiesRepo) {
  return {
    async list(actor: Actor): Promise<Locatie[]> {
      authorize(actor, 'locaties.lezen');
      const rows = await repo.list(scopeOf(actor));
      const periods = await repo.periods(rows.map((r) => r.locatie.code));
      return rows.map((r) => toLocatie(r, periods.get(r.locatie.code) ?? []));
    },

    async get(actor: Actor, code: string): Promise<Locatie> {
      const municipality = await repo.municipalityOf(code);
      if (municipality === null) throw notFound(`Er is geen locatie met code ${code}.`);
      authorize(actor, 'locaties.lezen', { kind: 'location', code, municipality });
      const row = await repo.get(code, scopeOf(actor));
      if (!row) throw notFound(`Er is geen locatie met code ${code}.`);
      const periods = await repo.periods([code]);
      return toLocatie(row, periods.get(code) ?? []);
    },
  };
}

export type LocatiesService = ReturnType<typeof createLocatiesService>;
