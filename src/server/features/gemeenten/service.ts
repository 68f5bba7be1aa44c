import type { Gemeente, GemeentenPagina, GemeentenQuery } from '../../../contracts/gemeenten.js';
import { normaliseName, type Resolution, resolveMunicipality } from '../../../domain/names.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { notFound } from '../../problem.js';
import type { GemeentenRepo } from './repo.js';

export function createGemeentenService(repo: GemeentenRepo) {
  return {
    async list(actor: Actor, query: GemeentenQuery): Promise<GemeentenPagina> {
      authorize(actor, 'gemeenten.lezen');
      const { pagina, paginaGrootte } = query;
      const term = query.zoek ? normaliseName(query.zoek) : null;
      const { rows, total } = await repo.search(
        term || null,
        (pagina - 1) * paginaGrootte,
        paginaGrootte,
      );
      return { items: rows, pagina, paginaGrootte, totaal: total };
    },

    /** Resolves a typed municipality (code, name or alias); used by imports and the CLI. */
    async resolve(input: string): Promise<Resolution> {
      const { municipalities, aliases } = await repo.names();
      return resolveMunicipality(input, municipalities, aliases);
    },

    async get(actor: Actor, code: string): Promise<Gemeente> {
      authorize(actor, 'gemeenten.lezen');
      const row = await repo.byCode(code);
      if (!row) throw notFound(`Er is geen gemeente met code ${code}.`);
      return row;
    },
  };
}

export type GemeentenService = ReturnType<typeof createGemeentenService>;
