import type { Command } from 'commander';
import { ROLLEN, type Rol } from '../../contracts/roles.js';
import type { NewUser } from '../../server/features/gebruikers/service.js';
import { withContext } from '../database.js';
import { promptPassword, readPasswordFromStdin } from '../password-input.js';

const CLI = { kind: 'cli' } as const;

interface AddOptions {
  email: string;
  rol: string;
  organisatie: string;
  organisatieSoort?: string;
  locatie?: string[];
  wachtwoordStdin?: boolean;
}

async function askPassword(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return readPasswordFromStdin();
  const password = await promptPassword('Wachtwoord (minstens 12 tekens): ');
  const again = await promptPassword('Herhaal het wachtwoord: ');
  if (again !== password) throw new Error('de twee wachtwoorden verschillen');
  return password;
}

export function registerGebruiker(program: Command) {
  const gebruiker = program.command('gebruiker').description('accounts toevoegen en tonen');

  gebruiker
    .command('toevoegen')
    .description('een account toevoegen (vraagt om het wachtwoord)')
    .requiredOption('--email <adres>', 'e-mailadres, tevens inlognaam')
    .requiredOption('--rol <rol>', `rol: ${ROLLEN.join(', ')}`)
    .requiredOption(
      '--organisatie <naam>',
      'organisatie; bij rol gemeente de CBS-code of naam van de gemeente (GM0363, Amsterdam)',
    )
    .option(
      '--organisatie-soort <soort>',
      'gemeente, coa, operator, monitor of beheer (standaard volgt uit de rol)',
    )
    .option('--locatie <code...>', 'locatiecode(s) waarvoor een account met rol locatie werkt')
    .option(
      '--wachtwoord-stdin',
      'lees het wachtwoord van standaardinvoer in plaats van het te vragen',
    )
    .action(async (options: AddOptions) => {
      const wachtwoord = await askPassword(options.wachtwoordStdin);
      const input: NewUser = {
        email: options.email,
        rol: options.rol as Rol,
        organisatie: options.organisatie,
        organisatieSoort: options.organisatieSoort as NewUser['organisatieSoort'],
        locaties: options.locatie ?? [],
        wachtwoord,
      };
      const created = await withContext((ctx) => ctx.gebruikers.create(CLI, input));
      console.log(
        `Account ${created.email} toegevoegd (rol ${created.rol}, organisatie ${created.organisatie.naam}).`,
      );
    });

  gebruiker
    .command('lijst')
    .description('alle accounts tonen')
    .action(async () => {
      const users = await withContext((ctx) => ctx.gebruikers.list(CLI));
      if (!users.length) {
        console.log('Er zijn nog geen accounts.');
        return;
      }
      for (const u of users) {
        const locations = u.locatieCodes.length ? `  locaties: ${u.locatieCodes.join(', ')}` : '';
        const demo = u.demo ? ' (demo)' : '';
        console.log(
          `${u.email.padEnd(36)} ${u.rol.padEnd(10)} ${u.organisatie.naam}${demo}${locations}`,
        );
      }
    });
}
