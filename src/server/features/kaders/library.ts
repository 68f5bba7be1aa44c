/**
 * The framework versions in frameworks/: versioned YAML files, reviewed like code (ADR 0010).
 * `kwaliteitskader-<versie>.yaml` holds version <versie>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFramework } from '../../../domain/framework/check.js';
import type { Framework } from '../../../domain/framework/model.js';
import { FrameworkDocument } from './schema.js';
import { formatLineIssue, type ReadResult, readYaml } from './yaml.js';

export const defaultFrameworksDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../frameworks',
);

const FILE_PATTERN = /^kwaliteitskader-(.+)\.yaml$/;

/** Reads one framework file: its shape, then the domain's rules. */
export function readFramework(text: string): ReadResult<Framework> {
  return readYaml<Framework>(text, FrameworkDocument, checkFramework);
}

/** The framework files of a directory, by file name. */
export function frameworkFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => FILE_PATTERN.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Every version in `dir`, oldest first. A file that does not validate, or whose version differs
 * from its name, stops the load: a broken framework must not be served as if it were whole.
 */
export function loadFrameworks(dir: string): Framework[] {
  return frameworkFiles(dir).map((name) => {
    const result = readFramework(readFileSync(path.join(dir, name), 'utf8'));
    if (!result.ok) {
      throw new Error(
        `Het kwaliteitskader ${name} is niet geldig:\n${result.issues.map(formatLineIssue).join('\n')}`,
      );
    }
    const expected = FILE_PATTERN.exec(name)![1];
    if (result.value.version !== expected) {
      throw new Error(`${name} bevat versie ${result.value.version}, niet ${expected}.`);
    }
    return result.value;
  });
}

/** The versions, read once on first use. */
export function createFrameworkLibrary(dir: string = defaultFrameworksDir) {
  let frameworks: Framework[] | null = null;
  const all = () => {
    frameworks ??= loadFrameworks(dir);
    return frameworks;
  };
  return {
    all,
    get: (version: string): Framework | undefined => all().find((f) => f.version === version),
  };
}

export type FrameworkLibrary = ReturnType<typeof createFrameworkLibrary>;
