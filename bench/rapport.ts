/**
 * Council report budget (issue 6): the PDF of the municipality with the most children in the
 * demo data, < 5 s. Made as the local operator (the evaluation per location and the actions
 * included), through the service the route and the CLI use. The budget holds for the cold case
 * — a fresh context, so that reading the journeys, the 25 monthly published sets of the trend
 * and the evaluation of the locations count too; the other two show where the time goes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/client.js';
import type { Actor } from '../src/domain/permissions.js';
import { createContext } from '../src/server/context.js';
import { DEMO_PEILDATUM_KEY } from '../src/server/features/demo/service.js';
import { createSettingsRepo } from '../src/server/features/installatie/settings-repo.js';
import { loadPseudonymKey } from '../src/server/pseudonym.js';
import { type BenchResult, cli } from './imports.js';

const CLI: Actor = { kind: 'cli' };

export async function benchRapport(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kindkader-bench-rapport-'));
  const dataDir = path.join(dir, 'demo');
  try {
    await cli(['demo'], { KINDKADER_DATA_DIR: dataDir, DATABASE_URL: '' });
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
      const largest = async () => {
        const set = await (await fresh()).indicatoren.publishedSet(CLI, peildatum);
        const counted = Object.entries(set.municipal).map(([code, table]) => ({
          code,
          children: typeof table.children.count === 'number' ? table.children.count : 0,
        }));
        return counted.sort((a, b) => b.children - a.children)[0]!;
      };
      const biggest = await largest();
      const timed = async (ctx: Awaited<ReturnType<typeof fresh>>) => {
        const started = performance.now();
        const { pdf } = await ctx.rapport.pdf(CLI, biggest.code, peildatum);
        const ms = performance.now() - started;
        if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('geen PDF');
        const pages = Number(pdf.toString('latin1').match(/\/Type \/Pages\n\/Count (\d+)/)?.[1]);
        return { ms, pages, kb: Math.round(pdf.length / 1024) };
      };

      // (a) Nothing in memory: the journeys are read and prepared first.
      const cold = await timed(await fresh());
      // (b) As a running server has it: the journeys prepared, no peildatum computed yet.
      const running = await fresh();
      await running.indicatoren.current();
      const b = await timed(running);
      // (c) Everything of the peildatum and the trend computed.
      const warm = await timed(running);

      return [
        {
          metric: `raadsrapportage ${biggest.code} (${biggest.children.toLocaleString('nl-NL')} kinderen, ${cold.pages} pagina's, ${cold.kb} kB), koud`,
          value: cold.ms,
          unit: 'ms',
          budget: 5000,
        },
        {
          metric: '  reizen geladen, peildatum en reeks nog niet berekend',
          value: b.ms,
          unit: 'ms',
          budget: null,
        },
        {
          metric: '  warm: peildatum, reeks en toetsing al in het geheugen',
          value: warm.ms,
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
