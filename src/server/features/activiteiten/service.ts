import type { Activiteit } from '../../../contracts/activiteiten.js';
import { type Actor, scopeOf } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { invalid } from '../../problem.js';
import type { ImportsService } from '../imports/service.js';
import { rowsAsCsv } from '../imports/upload.js';
import type { ActiviteitenRepo } from './repo.js';

export type ActiviteitInvoer = Record<string, string | number | boolean | null>;

export function createActiviteitenService(repo: ActiviteitenRepo, imports: ImportsService) {
  return {
    async list(actor: Actor): Promise<Activiteit[]> {
      authorize(actor, 'locaties.lezen');
      return repo.list(scopeOf(actor));
    },

    /** Adds, edits or ends (by setting `tot`) one activity: a one-row import. */
    async save(actor: Actor, input: ActiviteitInvoer): Promise<{ created: boolean }> {
      const report = await imports.run(actor, 'activiteiten', rowsAsCsv([input]), {
        fileName: 'formulier',
      });
      if (!report.geschreven) {
        throw invalid(
          report.meldingen
            .filter((m) => m.ernst === 'fout')
            .map((m) => ({ path: m.kolom ? `body.${m.kolom}` : 'body', message: m.melding })),
          'De activiteit is niet opgeslagen.',
        );
      }
      return { created: report.telling.nieuw > 0 };
    },
  };
}

export type ActiviteitenService = ReturnType<typeof createActiviteitenService>;
