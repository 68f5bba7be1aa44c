import type { Rol } from '../../../contracts/roles.js';
import type { Database } from '../../../db/client.js';
import { loadReferenceData } from '../../../db/reference-data.js';
import type { GebruikersRepo } from '../gebruikers/repo.js';
import type { GebruikersService } from '../gebruikers/service.js';

export const DEMO_PASSWORD = 'demo-kindkader';

export interface DemoAccount {
  email: string;
  rol: Rol;
  organisatie: string;
  locaties?: string[];
}

/** One demo account per role. The locatie account's codes are those of the demo data set. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'beheerder@demo.kindkader.nl',
    rol: 'beheerder',
    organisatie: 'Kindkader beheer (demo)',
  },
  { email: 'gemeente@demo.kindkader.nl', rol: 'gemeente', organisatie: 'GM0014' },
  { email: 'locatie@demo.kindkader.nl', rol: 'locatie', organisatie: 'COA (demo)' },
  {
    email: 'monitor@demo.kindkader.nl',
    rol: 'monitor',
    organisatie: 'Werkgroep Kind in azc (demo)',
  },
];

export interface Preparation {
  demo: boolean;
  /** Accounts created on this start (only in demo mode, only the first time). */
  demoAccountsCreated: boolean;
  /** Production start without any real beheerder: the caller must refuse to serve. */
  needsBeheerder: boolean;
}

export function createInstallatieService(
  database: Database,
  users: GebruikersRepo,
  gebruikers: GebruikersService,
  config: { production: boolean },
) {
  let demo = false;
  return {
    /** Migrations, reference data and demo accounts: everything needed before serving. */
    async prepare(): Promise<Preparation> {
      await database.migrate();
      await loadReferenceData(database.db);
      const realBeheerders = await users.countRealBeheerders();
      demo = !config.production && realBeheerders === 0;
      if (!demo) {
        await users.deleteDemo();
        return { demo, demoAccountsCreated: false, needsBeheerder: realBeheerders === 0 };
      }
      if ((await users.countDemo()) > 0)
        return { demo, demoAccountsCreated: false, needsBeheerder: false };
      for (const account of DEMO_ACCOUNTS) {
        await gebruikers.create(
          { kind: 'cli' },
          { ...account, locaties: account.locaties ?? [], wachtwoord: DEMO_PASSWORD, demo: true },
        );
      }
      return { demo, demoAccountsCreated: true, needsBeheerder: false };
    },

    isDemo: () => demo,
  };
}

export type InstallatieService = ReturnType<typeof createInstallatieService>;
