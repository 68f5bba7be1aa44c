import { openDatabase } from '../db/client.js';
import { buildApp } from './app.js';
import { configFromEnv } from './config.js';
import { createContext } from './context.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './features/installatie/service.js';
import { loadPseudonymKey } from './pseudonym.js';

/** `npm start`: prepare the database, then serve the API and the web app. */
async function main() {
  const started = Date.now();
  const config = configFromEnv();
  const database = await openDatabase(config.database);
  const ctx = createContext(database, {
    ...config,
    pseudonymKey: loadPseudonymKey(process.env, config.dataDir),
  });
  const preparation = await ctx.installatie.prepare();
  if (preparation.needsBeheerder) {
    console.error(
      [
        'Kindkader start niet: er is nog geen beheerder-account en NODE_ENV=production.',
        'Maak er eerst een aan, bijvoorbeeld:',
        '  npx kindkader gebruiker toevoegen --email beheer@example.nl --rol beheerder --organisatie "Beheer"',
        'De opdracht vraagt om het wachtwoord (of gebruik --wachtwoord-stdin).',
      ].join('\n'),
    );
    await database.close();
    process.exit(1);
  }
  if (preparation.demo && !(await ctx.demo.peildatum())) {
    console.log('Eerste start in demomodus: de landelijke demodata (fictief) worden aangemaakt…');
    const { peildatum, reports } = await ctx.demo.generate({ kind: 'cli' }, { seed: 1, scale: 1 });
    const rows = reports.map((r) => `${r.soort} ${r.telling.nieuw}`).join(', ');
    console.log(`Demodata ingelezen (${rows}); demo-peildatum ${peildatum}.`);
  }
  const app = await buildApp(ctx, {
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    trustProxy: config.trustProxy,
  });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  // In the background, after start and after every import or rollback: no visitor should wait
  // for the journeys to load or for the two-year series.
  const warmUp = () =>
    ctx.indicatoren.warmUp().catch((error: unknown) => {
      app.log.warn({ err: error }, 'Voorberekenen van de indicatoren mislukt');
    });
  ctx.imports.onChange(() => void warmUp());
  void warmUp();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const lines = [
    ``,
    `Kindkader draait op http://${shownHost}:${port}  (database: ${database.kind}, klaar in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  if (preparation.demo) {
    lines.push(
      '',
      'DEMOMODUS — Demodata, fictief. Demo-accounts (wachtwoord voor alle accounts: ' +
        DEMO_PASSWORD +
        '):',
      ...DEMO_ACCOUNTS.map((a) => `  ${a.rol.padEnd(10)} ${a.email}`),
      '',
      'Maak een echte beheerder aan (npx kindkader gebruiker toevoegen --rol beheerder …) om de demomodus te verlaten.',
    );
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(
    `Kindkader kon niet starten: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
