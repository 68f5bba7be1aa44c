import type { Command } from 'commander';
import type { OpenbareWeergave } from '../../contracts/instellingen.js';
import { withContext } from '../database.js';

const describe = (setting: OpenbareWeergave) =>
  [
    `Openbare weergave: ${setting.aan ? 'aan' : 'uit'}`,
    setting.bron === 'standaard'
      ? ' (standaard van deze installatie, nooit gewijzigd)'
      : ` (gewijzigd op ${setting.gewijzigdOp} door ${setting.gewijzigdDoor})`,
    setting.aan
      ? '. Iedereen ziet de landelijke en gemeentelijke cijfers, ook zonder in te loggen.'
      : '. Alleen wie is ingelogd ziet cijfers; het kwaliteitskader en de gemeenten blijven openbaar.',
  ].join('');

export function registerInstelling(program: Command) {
  const instelling = program
    .command('instelling')
    .description('instellingen van deze installatie tonen of wijzigen (gelogd)');
  instelling
    .command('openbare-weergave')
    .description(
      'de cijfers openbaar (aan) of alleen voor wie is ingelogd (uit); zonder waarde: tonen',
    )
    .argument('[aan|uit]', 'aan of uit')
    .action(async (value: string | undefined) => {
      if (value !== undefined && value !== 'aan' && value !== 'uit') {
        throw new Error(`de waarde is aan of uit, niet '${value}'`);
      }
      const setting = await withContext((ctx) =>
        value === undefined
          ? ctx.instellingen.getPublicView({ kind: 'cli' })
          : ctx.instellingen.setPublicView({ kind: 'cli' }, value === 'aan'),
      );
      console.log(describe(setting));
    });
}
