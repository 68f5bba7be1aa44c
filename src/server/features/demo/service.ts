import type { ImportRapport } from '../../../contracts/imports.js';
import { generateDemo } from '../../../domain/demo.js';
import { ACTIVITEIT_COLUMNS } from '../../../domain/import/activiteiten.js';
import { GEBEURTENIS_COLUMNS } from '../../../domain/import/gebeurtenissen.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { municipalityCentres } from '../../reference/centres.js';
import type { GebruikersRepo } from '../gebruikers/repo.js';
import type { GemeentenRepo } from '../gemeenten/repo.js';
import type { ImportsService } from '../imports/service.js';
import { rowsAsCsv, streamAsCsv } from '../imports/upload.js';
import { DEMO_ACCOUNTS } from '../installatie/service.js';
import type { SettingsRepo } from '../installatie/settings-repo.js';

export const DEMO_PEILDATUM_KEY = 'demo.peildatum';

export interface DemoResult {
  peildatum: string;
  reports: ImportRapport[];
}

export function createDemoService(
  imports: ImportsService,
  gemeenten: GemeentenRepo,
  users: GebruikersRepo,
  settings: SettingsRepo,
) {
  return {
    /** Generates the national demo set and imports it through the ordinary import path. */
    async generate(
      actor: Actor,
      options: { seed: number; scale: 1 | 10; onProgress?: (step: string, rows: number) => void },
    ): Promise<DemoResult> {
      authorize(actor, 'gebruikers.beheren');
      const { municipalities } = await gemeenten.names();
      const set = generateDemo({
        seed: options.seed,
        scale: options.scale,
        municipalities: municipalities.map((m) => m.code),
        centres: municipalityCentres(),
      });
      const reports: ImportRapport[] = [];
      const run = async (
        soort: 'locaties' | 'gebeurtenissen' | 'activiteiten',
        source: NodeJS.ReadableStream,
        fileName: string,
      ) => {
        const report = await imports.run(actor, soort, source as never, {
          fileName,
          onProgress: (rows) => options.onProgress?.(soort, rows),
        });
        if (!report.geschreven) {
          const first = report.meldingen.find((m) => m.ernst === 'fout');
          throw new Error(
            `de demodata (${soort}) konden niet worden ingelezen: rij ${first?.rij}: ${first?.melding}`,
          );
        }
        reports.push(report);
      };
      await run('locaties', rowsAsCsv(set.locations), `demo-locaties-seed${options.seed}.csv`);
      await run(
        'gebeurtenissen',
        streamAsCsv(set.events(), [
          ...GEBEURTENIS_COLUMNS.required,
          ...GEBEURTENIS_COLUMNS.optional,
        ]),
        `demo-gebeurtenissen-seed${options.seed}-schaal${options.scale}.csv`,
      );
      await run(
        'activiteiten',
        streamAsCsv(set.activities, [
          ...ACTIVITEIT_COLUMNS.required,
          ...ACTIVITEIT_COLUMNS.optional,
        ]),
        `demo-activiteiten-seed${options.seed}.csv`,
      );
      const locatie = DEMO_ACCOUNTS.find((a) => a.rol === 'locatie')!;
      const account = await users.byEmail(locatie.email);
      if (account) await users.setLocations(account.id, set.demoLocations);
      await settings.set(DEMO_PEILDATUM_KEY, set.peildatum);
      return { peildatum: set.peildatum, reports };
    },

    peildatum: () => settings.get<string>(DEMO_PEILDATUM_KEY),
  };
}

export type DemoService = ReturnType<typeof createDemoService>;
