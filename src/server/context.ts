import type { Database, Db } from '../db/client.js';
import { amsterdamDate } from '../domain/dates.js';
import type { Config } from './config.js';
import { activiteitenFormat } from './features/activiteiten/import-format.js';
import { createActiviteitenRepo } from './features/activiteiten/repo.js';
import { createActiviteitenService } from './features/activiteiten/service.js';
import { createAuditRepo } from './features/audit/repo.js';
import { createAuditService } from './features/audit/service.js';
import { createBeoordelingenService } from './features/beoordelingen/service.js';
import { createDashboardService } from './features/dashboard/service.js';
import { createDemoService, DEMO_PEILDATUM_KEY } from './features/demo/service.js';
import { createExportenService } from './features/exporten/service.js';
import { createGebruikersRepo } from './features/gebruikers/repo.js';
import { createGebruikersService } from './features/gebruikers/service.js';
import { createGemeentenRepo } from './features/gemeenten/repo.js';
import { createGemeentenService } from './features/gemeenten/service.js';
import { createHealthService } from './features/health/service.js';
import { createImportEngine } from './features/imports/engine.js';
import { createImportsService } from './features/imports/service.js';
import { createIndicatorenRepo } from './features/indicatoren/repo.js';
import { createIndicatorenService } from './features/indicatoren/service.js';
import { createInstallatieService } from './features/installatie/service.js';
import { createSettingsRepo } from './features/installatie/settings-repo.js';
import { createInstellingenService } from './features/instellingen/service.js';
import { createFrameworkLibrary } from './features/kaders/library.js';
import { createKadersRepo } from './features/kaders/repo.js';
import { createKadersService } from './features/kaders/service.js';
import { gebeurtenissenFormat } from './features/kinderen/import-format.js';
import { createKinderenRepo } from './features/kinderen/repo.js';
import { createKinderenService } from './features/kinderen/service.js';
import { locatiesFormat } from './features/locaties/import-format.js';
import { createLocatiesRepo } from './features/locaties/repo.js';
import { createLocatiesService } from './features/locaties/service.js';
import { createRapportRepo } from './features/rapport/repo.js';
import { createRapportService } from './features/rapport/service.js';
import { createSessieRepo } from './features/sessie/repo.js';
import { createSessieService } from './features/sessie/service.js';
import { createSignalenRepo } from './features/signalen/repo.js';
import { createSignalenService } from './features/signalen/service.js';
import { createToetsingRepo } from './features/toetsing/repo.js';
import { createToetsingService } from './features/toetsing/service.js';
import { voorzieningenFormat } from './features/voorzieningen/import-format.js';
import { createVoorzieningenRepo } from './features/voorzieningen/repo.js';
import { pseudonymiserFromKey } from './pseudonym.js';

export type ContextOptions = Pick<
  Config,
  'sessionIdleMinutes' | 'sessionMaxHours' | 'production'
> & {
  /** The key for pseudonymising child and family ids (never logged). */
  pseudonymKey: string;
  /** Until a beheerder switches it: whether visitors without a login see figures (default on). */
  publicViewDefault?: boolean;
};

/** The one composition root: the server and the CLI get their services from here. */
export function createContext(
  database: Database,
  config: ContextOptions,
  /** The clock; tests move it to expire sessions and lock-outs. */
  now: () => Date = () => new Date(),
) {
  const { db } = database;
  const auditFor = (on: Db) => createAuditService(createAuditRepo(on));
  const audit = auditFor(db);
  const gebruikersRepo = createGebruikersRepo(db);
  const gemeentenRepo = createGemeentenRepo(db);
  const gemeenten = createGemeentenService(gemeentenRepo);
  const gebruikers = createGebruikersService(gebruikersRepo, gemeenten, audit);
  const sessie = createSessieService(createSessieRepo(db), gebruikersRepo, audit, {
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
    now,
  });
  const installatie = createInstallatieService(database, gebruikersRepo, gebruikers, config);
  const health = createHealthService(database, installatie, createSettingsRepo(db));
  const pseudonymise = pseudonymiserFromKey(config.pseudonymKey);
  const imports = createImportsService(
    db,
    createImportEngine(db, auditFor),
    {
      locaties: locatiesFormat(),
      voorzieningen: voorzieningenFormat(),
      gebeurtenissen: gebeurtenissenFormat(pseudonymise, now),
      activiteiten: activiteitenFormat(),
    },
    auditFor,
    now,
  );
  const locaties = createLocatiesService(createLocatiesRepo(db), imports);
  const settings = createSettingsRepo(db);
  /** The default peildatum: the demo set's in demo mode, else today (Europe/Amsterdam). */
  const defaultPeildatum = async () =>
    (installatie.isDemo() ? await settings.get<string>(DEMO_PEILDATUM_KEY) : null) ??
    amsterdamDate(now());
  const kinderen = createKinderenService(
    createKinderenRepo(db),
    createLocatiesRepo(db),
    audit,
    pseudonymise,
    defaultPeildatum,
  );
  const activiteiten = createActiviteitenService(createActiviteitenRepo(db), imports);
  const indicatoren = createIndicatorenService(createIndicatorenRepo(db), defaultPeildatum);
  imports.onChange(() => indicatoren.dataChanged());
  const signalen = createSignalenService(
    createSignalenRepo(db),
    createLocatiesRepo(db),
    indicatoren,
    audit,
    () => installatie.isDemo(),
  );
  const frameworks = createFrameworkLibrary();
  const kaders = createKadersService(db, frameworks, auditFor, now);
  const toetsing = createToetsingService({
    repo: createToetsingRepo(db),
    locaties: createLocatiesRepo(db),
    activiteiten: createActiviteitenRepo(db),
    voorzieningen: createVoorzieningenRepo(db),
    kaders: createKadersRepo(db),
    library: frameworks,
    indicatoren,
    dataVersion: createIndicatorenRepo(db).dataVersion,
    audit,
    isDemo: () => installatie.isDemo(),
  });
  const beoordelingen = createBeoordelingenService({ db, toetsing, auditFor, now });
  const rapport = createRapportService({
    repo: createRapportRepo(db),
    locaties: createLocatiesRepo(db),
    indicatoren,
    toetsing,
    audit,
    isDemo: () => installatie.isDemo(),
    now,
  });
  const dashboard = createDashboardService(indicatoren, gemeentenRepo, audit, () =>
    installatie.isDemo(),
  );
  const demo = createDemoService(imports, gemeentenRepo, gebruikersRepo, settings);
  const instellingen = createInstellingenService(settings, audit, {
    publicViewDefault: config.publicViewDefault ?? true,
    now,
  });
  const exporten = createExportenService({
    indicatoren,
    toetsing,
    locaties,
    activiteiten,
    gemeenten,
    audit,
    isDemo: () => installatie.isDemo(),
    now,
  });
  return {
    database,
    audit,
    gemeenten,
    gebruikers,
    sessie,
    installatie,
    health,
    imports,
    locaties,
    kinderen,
    activiteiten,
    indicatoren,
    signalen,
    kaders,
    toetsing,
    beoordelingen,
    rapport,
    dashboard,
    demo,
    instellingen,
    exporten,
  };
}

export type Context = ReturnType<typeof createContext>;
