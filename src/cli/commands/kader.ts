import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { createFrameworkLibrary, readFramework } from '../../server/features/kaders/library.js';
import { frameworkJsonSchema } from '../../server/features/kaders/schema.js';
import { readAdoption } from '../../server/features/kaders/service.js';
import { formatLineIssue, type LineIssue } from '../../server/features/kaders/yaml.js';

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/** A municipality's file names the version it adopts at the top (`framework:`); a version does not. */
const isAdoption = (text: string) => /^framework\s*:/m.test(text);

/** Checks a file without a database: the frameworks in frameworks/ are all it needs. */
function validate(file: string): number {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new Error(`het bestand '${file}' bestaat niet`);
  }
  const text = readFileSync(file, 'utf8');
  let summary: string;
  let issues: LineIssue[];
  if (isAdoption(text)) {
    const result = readAdoption(createFrameworkLibrary(), text, null);
    issues = result.ok ? [] : result.issues;
    summary = result.ok
      ? `gemeentelijk kader op basis van versie ${result.value.framework}: ${count(result.value.tightened.length, 'aanscherping', 'aanscherpingen')}, ${count(result.value.notAdopted.length, 'norm', 'normen')} niet overgenomen, ${count(result.value.localNorms.length, 'lokale norm', 'lokale normen')}`
      : '';
  } else {
    const result = readFramework(text);
    issues = result.ok ? [] : result.issues;
    summary = result.ok
      ? `kwaliteitskader versie ${result.value.version}: ${count(result.value.themes.length, 'thema', 'thema’s')}, ${count(
          result.value.themes.reduce((sum, theme) => sum + theme.norms.length, 0),
          'norm',
          'normen',
        )}`
      : '';
  }
  if (!issues.length) {
    console.log(`${file} is geldig: ${summary}.`);
    return 0;
  }
  console.error(`${file} is niet geldig (${count(issues.length, 'fout', 'fouten')}):`);
  for (const issue of issues) console.error(`  ${formatLineIssue(issue)}`);
  return 1;
}

export function registerKader(program: Command) {
  const command = program
    .command('kader')
    .description('het kwaliteitskader: bestanden controleren, het schema tonen');
  command
    .command('valideer <bestand>')
    .description(
      'controleer een versie van het kwaliteitskader, of het kader van een gemeente, in YAML; elke fout met regel, veld en reden',
    )
    .action((file: string) => {
      process.exitCode = validate(file);
    });
  command
    .command('schema')
    .description('het JSON Schema van een kaderbestand (frameworks/kwaliteitskader.schema.json)')
    .action(() => {
      console.log(JSON.stringify(frameworkJsonSchema(), null, 2));
    });
}
