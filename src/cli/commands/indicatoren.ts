import type { Command } from 'commander';
import type { IndicatorTabel } from '../../contracts/indicatoren.js';
import type { Actor } from '../../domain/permissions.js';
import { withContext } from '../database.js';

const CLI: Actor = { kind: 'cli' };

interface Options {
  peildatum?: string;
  scope: string;
  publicatieset?: boolean;
  onderdrukt?: boolean;
  json?: boolean;
}

const nl = (value: unknown, percent = false) =>
  typeof value === 'number'
    ? percent
      ? `${(value * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`
      : value.toLocaleString('nl-NL')
    : value === null
      ? '.'
      : String(value);

/** A few headline lines for a person at a terminal; `--json` gives the whole table. */
function summary(t: IndicatorTabel): string {
  return [
    `Peildatum ${t.peildatum}, bereik ${t.scope.code}${t.suppressed ? ' (publicatieset, onderdrukt: x = geheim)' : ' (niet onderdrukt)'}`,
    `I1 kinderen in de opvang: ${nl(t.children.count)}`,
    `I2 in noodopvang: ${nl(t.childrenInNood.count)} (${nl(t.childrenInNood.shareInNood, true)}); amv: ${nl(t.childrenInNood.shareInNoodUnaccompanied, true)}`,
    `I3 twee of meer overplaatsingen in 12 maanden: ${nl(t.transfers12m.atLeast2)} (${nl(t.transfers12m.shareAtLeast2, true)})`,
    `I4 mediane duur in nood tot nu: ${nl(t.daysInNood.current.medianEpisodeDays)} dagen; langer dan 183 dagen: ${nl(t.daysInNood.current.over183)}`,
    `I5 mediane dagen tot school: ${nl(t.daysToSchool.km.median)}; langer dan 90 dagen geen school: ${nl(t.daysToSchool.notEnrolledOver90)}`,
    `I6 mediane dagen tot JGZ-intake: ${nl(t.daysToJgz.km.median)}`,
    `I7 ingeschreven bij GZA: ${nl(t.gzaRegistered.share, true)}`,
    `I8 amv die binnen 90 dagen 18 worden: ${nl(t.turning18.unaccompanied)}, met perspectiefplan: ${nl(t.turning18.withPlan)}`,
    `I9 statushouders: ${nl(t.statusWaiting.count)}; mediane wachttijd ${nl(t.statusWaiting.median)} dagen`,
    `I10 mediane dagen van vergunning tot woning: ${nl(t.daysToHousing.km.median)}`,
  ].join('\n');
}

export function registerIndicatoren(program: Command) {
  program
    .command('indicatoren')
    .description(
      'de indicatoren I1–I10 van een bereik op een peildatum; als lokale beheerder niet onderdrukt, tenzij --onderdrukt',
    )
    .option('--peildatum <datum>', 'JJJJ-MM-DD; standaard vandaag, in demomodus de demopeildatum')
    .option('--scope <bereik>', 'all, een gemeentecode GMdddd of een locatiecode', 'all')
    .option('--publicatieset', 'de publicatieset: landelijk en 342 gemeenten, samen onderdrukt')
    .option('--onderdrukt', 'de tabel zoals gepubliceerd (onderdrukt), niet de exacte')
    .option('--json', 'de tabel als JSON volgens het indicatorcontract')
    .action(async (options: Options) => {
      const output = await withContext(async (ctx) => {
        const service = ctx.indicatoren;
        if (options.publicatieset) {
          // The published set exists only suppressed: that is what makes it publishable.
          return service.publishedSet(CLI, options.peildatum);
        }
        if (options.onderdrukt) {
          if (service.parseScope(options.scope).type === 'locatie')
            throw new Error(
              'een locatietabel wordt nooit onderdrukt gepubliceerd; laat --onderdrukt weg',
            );
          return service.table(CLI, options.scope, options.peildatum);
        }
        return service.unsuppressed(CLI, options.scope, options.peildatum);
      });
      if (options.json || options.publicatieset) {
        console.log(JSON.stringify(output, null, 2));
      } else {
        console.log(summary(output as IndicatorTabel));
      }
    });
}
