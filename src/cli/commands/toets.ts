import type { Command } from 'commander';
import type { Outcome } from '../../domain/framework/evaluate.js';
import { formatDate } from '../../domain/framework/wording.js';
import type { Actor } from '../../domain/permissions.js';
import type { ToetsingService } from '../../server/features/toetsing/service.js';
import { withContext } from '../database.js';

/** The local operator: a location's figures included, as its own staff see them. */
const CLI: Actor = { kind: 'cli' };

interface Options {
  locatie: string;
  peildatum?: string;
  json?: boolean;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  voldoet: 'voldoet',
  voldoet_deels: 'voldoet deels',
  voldoet_niet: 'voldoet niet',
  onbekend: 'onbekend',
  nvt: 'n.v.t.',
};

type Scorecard = Awaited<ReturnType<ToetsingService['location']>>;

/** A table for a person at a terminal: norm, outcome, sentence, and what would have to change. */
function table(card: Scorecard): string {
  const { locatie, kader, telling } = card;
  const titles = new Map(kader.normen.map(({ norm }) => [norm.id, norm.title.nl]));
  const normWidth = Math.max(4, ...card.uitkomsten.map((u) => u.norm.length));
  const outcomeWidth = Math.max(...Object.values(OUTCOME_WORDS).map((w) => w.length));
  const indent = ' '.repeat(normWidth + outcomeWidth + 4);
  const lines = [
    `Toetsing van ${locatie.naam} (${locatie.code}), ${locatie.gemeenteNaam}; status ${locatie.status}`,
    `Peildatum ${formatDate(card.peildatum, 'nl')}; kwaliteitskader ${kader.versie}, ${kader.aangenomen ? 'zoals de gemeente het aannam' : 'basisversie (de gemeente heeft nog geen versie aangenomen)'}`,
    '',
    `${'Norm'.padEnd(normWidth)}  ${'Uitkomst'.padEnd(outcomeWidth)}  Toelichting`,
  ];
  for (const u of card.uitkomsten) {
    lines.push(
      `${u.norm.padEnd(normWidth)}  ${OUTCOME_WORDS[u.uitkomst].padEnd(outcomeWidth)}  ${titles.get(u.norm) ?? ''}`,
      `${indent}${u.toelichting.nl}`,
    );
    if (u.verandering) lines.push(`${indent}Te veranderen: ${u.verandering.nl}`);
  }
  lines.push(
    '',
    `Totaal: ${(Object.keys(OUTCOME_WORDS) as Outcome[]).map((o) => `${telling[o]} ${OUTCOME_WORDS[o]}`).join(', ')}`,
  );
  return lines.join('\n');
}

export function registerToets(program: Command) {
  program
    .command('toets')
    .description(
      'toets een locatie aan het kwaliteitskader van haar gemeente: per norm de uitkomst en de toelichting, met de cijfers van de locatie',
    )
    .requiredOption('--locatie <code>', 'de code van de locatie')
    .option('--peildatum <datum>', 'JJJJ-MM-DD; standaard vandaag, in demomodus de demopeildatum')
    .option('--json', 'de toetsing als JSON, zoals GET /api/v1/locaties/{code}/toetsing')
    .action(async (options: Options) => {
      const card = await withContext((ctx) =>
        ctx.toetsing.location(CLI, options.locatie, options.peildatum),
      );
      console.log(options.json ? JSON.stringify(card, null, 2) : table(card));
    });
}
