// Builds the web app when its sources changed since the last build, so that `npm start` on a
// fresh clone serves a current production build without a separate build step.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'web');
const stampFile = path.join(outDir, '.bron-hash');
const sources = ['src/web', 'src/contracts', 'vite.config.ts', 'package-lock.json'];

function* files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const source of sources) {
    for (const file of files(source))
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** True when dist/web was built from exactly the current sources. */
export function webBuildIsCurrent() {
  return (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === sourceHash() &&
    existsSync(path.join(outDir, 'index.html'))
  );
}

export async function ensureWebBuild({ force = false } = {}) {
  if (!force && webBuildIsCurrent()) return false;
  const hash = sourceHash();
  console.log('Webapplicatie bouwen…');
  const { build } = await import('vite');
  await build({
    root: path.join(root, 'src/web'),
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
  });
  writeFileSync(stampFile, hash);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureWebBuild({ force: process.argv.includes('--force') });
}
