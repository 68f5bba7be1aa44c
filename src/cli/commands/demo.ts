import type { Command } from 'commander';
import { withContext } from '../database.js';

export function registerDemo(program: Command) {
  program
    .command('demo')
    .description('de landelijke demodata (fictief) aanmaken en inlezen via de gewone import')
    .option('--seed <n>', 'startwaarde: dezelfde seed geeft dezelfde data', '1')
    .option('--schaal <1|10>', '10 maakt tien keer zoveel kinderen, voor benchmarks', '1')
    .action(async (options: { seed: string; schaal: string }) => {
      const seed = Number(options.seed);
      if (!Number.isInteger(seed))
        throw new Error(`--seed moet een geheel getal zijn, niet '${options.seed}'`);
      if (options.schaal !== '1' && options.schaal !== '10')
        throw new Error(`--schaal is 1 of 10, niet '${options.schaal}'`);
      const started = Date.now();
      const result = await withContext((ctx) =>
        ctx.demo.generate(
          { kind: 'cli' },
          {
            seed,
            scale: Number(options.schaal) as 1 | 10,
            onProgress: (step, rows) => {
              if (process.stderr.isTTY)
                process.stderr.write(`\r${step}: ${rows.toLocaleString('nl-NL')} rijen`);
            },
          },
        ),
      );
      if (process.stderr.isTTY) process.stderr.write('\n');
      for (const report of result.reports) {
        console.log(
          `${report.soort}: batch ${report.batchId}, ${report.telling.nieuw.toLocaleString('nl-NL')} nieuw, ${report.telling.aanwezig.toLocaleString('nl-NL')} al aanwezig`,
        );
      }
      console.log(
        `Demodata — fictief. Demo-peildatum: ${result.peildatum}. Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    });
}
