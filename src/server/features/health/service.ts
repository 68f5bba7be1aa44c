import { API_VERSION } from '../../../contracts/api.js';
import type { Gezondheid } from '../../../contracts/health.js';
import { type Database, migrationVersion } from '../../../db/client.js';
import type { InstallatieService } from '../installatie/service.js';

export function createHealthService(database: Database, installatie: InstallatieService) {
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
      };
    },
  };
}
