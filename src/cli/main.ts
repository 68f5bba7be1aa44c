import { Command, CommanderError, Help } from 'commander';
import '../contracts/locale.js';
import { ProblemError } from '../server/problem.js';
import { registerDemo } from './commands/demo.js';
import { registerGebruiker } from './commands/gebruiker.js';
import { registerImport } from './commands/import.js';
import { registerIndicatoren } from './commands/indicatoren.js';
import { registerInstelling } from './commands/instelling.js';
import { registerKader } from './commands/kader.js';
import { registerRapport } from './commands/rapport.js';
import { registerToets } from './commands/toets.js';

/** Commander speaks English; its headings and own errors are translated here. */
const HEADINGS: [string, string][] = [
  ['Usage:', 'Gebruik:'],
  ['Options:', 'Opties:'],
  ['Commands:', 'Opdrachten:'],
  ['Arguments:', 'Argumenten:'],
  ['[options]', '[opties]'],
  ['[command]', '[opdracht]'],
];

function translateCommanderError(error: CommanderError): string {
  const quoted = error.message.match(/'([^']+)'/)?.[1] ?? '';
  switch (error.code) {
    case 'commander.missingMandatoryOptionValue':
      return `de verplichte optie ${quoted} ontbreekt`;
    case 'commander.optionMissingArgument':
      return `de optie ${quoted} heeft een waarde nodig`;
    case 'commander.unknownOption':
      return `onbekende optie ${quoted}`;
    case 'commander.unknownCommand':
      return `onbekende opdracht ${quoted}; zie kindkader --help`;
    case 'commander.missingArgument':
      return `het argument ${quoted} ontbreekt`;
    case 'commander.excessArguments':
      return 'te veel argumenten';
    default:
      return error.message.replace(/^error: /, '');
  }
}

export function buildProgram(): Command {
  const program = new Command('kindkader')
    .description('Kindkader: kindvriendelijke asielopvang meetbaar en aantoonbaar')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .showHelpAfterError('(zie kindkader --help)');
  program.configureHelp({
    formatHelp: (cmd, helper) =>
      HEADINGS.reduce(
        (text, [en, nl]) => text.replaceAll(en, nl),
        Help.prototype.formatHelp.call(helper, cmd, helper),
      ),
  });
  registerGebruiker(program);
  registerImport(program);
  registerDemo(program);
  registerIndicatoren(program);
  registerKader(program);
  registerToets(program);
  registerRapport(program);
  registerInstelling(program);
  for (const command of program.commands) {
    command.helpOption('-h, --help', 'toon deze hulp');
    command.helpCommand('help [opdracht]', 'toon hulp bij een opdracht');
  }
  program.exitOverride();
  program.configureOutput({ writeErr: () => {} });
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput({ writeErr: () => {} });
    for (const sub of command.commands) {
      sub.helpOption('-h, --help', 'toon deze hulp');
      sub.exitOverride();
      sub.configureOutput({ writeErr: () => {} });
    }
  }
  return program;
}

function describe(error: unknown): string {
  if (error instanceof ProblemError) {
    const fields = error.errors?.map((e) => `  ${e.path}: ${e.message}`) ?? [];
    return [error.detail, ...fields].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    // A command that completed but must report failure (an import refused) sets exitCode.
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
      )
        return 0;
      console.error(`Fout: ${translateCommanderError(error)} (zie kindkader --help)`);
      return 2;
    }
    console.error(`Fout: ${describe(error)}`);
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
