import { API_VERSION } from '../../../contracts/api.js';
import type { Gezondheid } from '../../../contracts/health.js';
import { type Database, migrationVersion } from '../../../db/client.js';
import { DEMO_PEILDATUM_KEY } from '../demo/service.js';
import type { InstallatieService } from '../installatie/service.js';
import type { SettingsRepo } from '../installatie/settings-repo.js';

export function createHealthService(
  database: Database,
  installatie: InstallatieService,
  settings: SettingsRepo,
) {
  return {
    async get(): Promise<Gezondheid> {
      const version = await migrationVersion(database.db);
      return {
        status: 'ok',
        versie: API_VERSION,
        database: {
          soort: database.kind,
          migratie: version.latest,
          migratiesToegepast: version.applied,
        },
        demo: installatie.isDemo(),
        demoPeildatum: installatie.isDemo() ? await settings.get<string>(DEMO_PEILDATUM_KEY) : null,
      };
    },
  };
}
