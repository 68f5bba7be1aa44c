/**
 * Framework budget (issue 5): evaluating every location of the demo data against the framework
 * at one peildatum, < 2 s. Measured through the service a request uses — each municipality's
 * matrix (its locations and its own norms) — on a fresh context, so that loading the journeys,
 * computing the indicators and the published set count too; then again with those cached.
 * Before measuring, a national set of facilities of DUO's size is imported, so that the
 * distance norms have real work to do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/client.js';
import { random } from '../src/domain/demo.js';
import type { Actor } from '../src/domain/permissions.js';
import { createContext } from '../src/server/context.js';
import { DEMO_PEILDATUM_KEY } from '../src/server/features/demo/service.js';
import { createSettingsRepo } from '../src/server/features/installatie/settings-repo.js';
import { loadPseudonymKey } from '../src/server/pseudonym.js';
import { type BenchResult, cli } from './imports.js';

const CLI: Actor = { kind: 'cli' };
/** About as many primary schools as DUO lists, and as many GP practices as the country has. */
const FACILITIES = { basisschool: 6_300, huisarts_gza: 4_800 } as const;

/** Facilities at random places in the Netherlands' bounding box, deterministic. */
function facilitiesCsv(): string {
  const rnd = random(5);
  const rows = ['categorie,naam,lat,lon'];
  for (const [category, count] of Object.entries(FACILITIES)) {
    for (let i = 0; i < count; i++) {
      const lat = (50.8 + rnd() * 2.6).toFixed(5);
      const lon = (3.5 + rnd() * 3.5).toFixed(5);
      rows.push(`${category},${category} ${i + 1} (fictief),${lat},${lon}`);
    }
  }
  return rows.join('\n');
}

export async function benchKader(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kindkader-bench-kader-'));
  const dataDir = path.join(dir, 'demo');
  const env = { KINDKADER_DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    await cli(['demo'], env);
    const file = path.join(dir, 'voorzieningen.csv');
    writeFileSync(file, facilitiesCsv());
    await cli(['import', 'voorzieningen', file], env);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const peildatum = (await createSettingsRepo(database.db).get<string>(DEMO_PEILDATUM_KEY))!;
      const fresh = async () => {
        const ctx = createContext(database, {
          sessionIdleMinutes: 60,
          sessionMaxHours: 12,
          production: false,
          pseudonymKey: loadPseudonymKey(process.env, dataDir),
        });
        await ctx.installatie.prepare();
        return ctx;
      };
      const timed = async (work: () => Promise<{ locaties: { uitkomsten: unknown[] }[] }>) => {
        const started = performance.now();
        const { locaties } = await work();
        const outcomes = locaties.reduce((n, l) => n + l.uitkomsten.length, 0);
        return { ms: performance.now() - started, locations: locaties.length, outcomes };
      };

      // (a) Nothing in memory: the journeys are read and prepared first.
      const cold = await fresh();
      const a = await timed(() => cold.toetsing.everyLocation(CLI, peildatum));
      // (b) As a running server has it: the journeys prepared, this peildatum not yet computed.
      const running = await fresh();
      await running.indicatoren.current();
      const b = await timed(() => running.toetsing.everyLocation(CLI, peildatum));
      // (c) Everything of this peildatum computed and the facilities read.
      const c = await timed(() => running.toetsing.everyLocation(CLI, peildatum));

      const facilities = (FACILITIES.basisschool + FACILITIES.huisarts_gza).toLocaleString('nl-NL');
      return [
        {
          metric: `toetsing van alle ${b.locations} demolocaties aan het kader (${b.outcomes.toLocaleString('nl-NL')} uitkomsten, ${facilities} voorzieningen): reizen geladen, nieuwe peildatum`,
          value: b.ms,
          unit: 'ms',
          budget: 2000,
        },
        {
          metric: '  koud: eerst de reizen lezen en voorbereiden',
          value: a.ms,
          unit: 'ms',
          budget: null,
        },
        {
          metric: '  warm: indicatoren van de peildatum en voorzieningen al in het geheugen',
          value: c.ms,
          unit: 'ms',
          budget: null,
        },
      ];
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
