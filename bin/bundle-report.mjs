// The JavaScript a visitor downloads before the first page appears, gzipped as it travels, against
// the budget of product.md (≤ 250 KB). Reads a Vite build (default dist/web): the entry script of
// index.html and the chunks it preloads are the initial load; every other chunk comes later, when
// a page needs it. Exits 1 over budget, 2 without a build.
//
//   node bin/bundle-report.mjs [dist/web]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 250 * 1024;
const ASSETS = 'assets';

/** The attributes of every `<name …>` tag, as maps; the order of attributes does not matter. */
function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map(([, attributes]) => {
    const map = new Map();
    for (const [, key, , quoted, bare] of attributes.matchAll(
      /([\w-]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      map.set(key.toLowerCase(), quoted ?? bare ?? '');
    }
    return map;
  });
}

/**
 * The scripts of the first load, as paths inside the build: the module entry and its
 * modulepreload links (Vite lists every chunk the entry imports statically). Addresses
 * elsewhere (another host) are not part of the bundle.
 */
function initialScripts(html) {
  const entries = tags(html, 'script')
    .filter((a) => a.get('type') === 'module' && a.get('src'))
    .map((a) => a.get('src'));
  const preloads = tags(html, 'link')
    .filter((a) => (a.get('rel') ?? '').split(/\s+/).includes('modulepreload') && a.get('href'))
    .map((a) => a.get('href'));
  const local = [...entries, ...preloads]
    .filter((address) => !/^[a-z]+:|^\/\//i.test(address))
    .map((address) => address.split(/[?#]/)[0].replace(/^\.?\//, ''));
  return [...new Set(local)];
}

function measure(dir, file) {
  const bytes = readFileSync(path.join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (bytes) =>
  `${(bytes / 1024).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;

const files = (count) => `${count} ${count === 1 ? 'bestand' : 'bestanden'}`;

function table(rows) {
  const width = Math.max(...rows.map((row) => row.file.length), 'Samen'.length);
  const line = (name, raw, gzip) =>
    `  ${name.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)} gzip`;
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return [
    ...rows.map((row) => line(row.file, row.raw, row.gzip)),
    line('Samen', sum('raw'), sum('gzip')),
  ].join('\n');
}

function bundleReport(dir) {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    return { code: 2, text: `Geen build in ${dir}: draai eerst npm run build.` };
  }
  const initialFiles = initialScripts(readFileSync(index, 'utf8'));
  const missing = initialFiles.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length) {
    return {
      code: 2,
      text: `index.html noemt scripts die niet in ${dir} staan: ${missing.join(', ')}.`,
    };
  }
  const initial = initialFiles.map((file) => measure(dir, file));
  const assets = existsSync(path.join(dir, ASSETS)) ? readdirSync(path.join(dir, ASSETS)) : [];
  const lazy = assets
    .map((name) => `${ASSETS}/${name}`)
    .filter((file) => file.endsWith('.js') && !initialFiles.includes(file))
    .map((file) => measure(dir, file))
    .sort((a, b) => b.gzip - a.gzip);
  const total = initial.reduce((sum, row) => sum + row.gzip, 0);
  const share = Math.round((total / BUDGET) * 100);
  const verdict =
    total > BUDGET
      ? `Te groot: de initiële JavaScript is ${kb(total)} gzip, meer dan het budget van ${kb(BUDGET)}.`
      : `Binnen het budget: ${kb(total)} gzip van ${kb(BUDGET)} (${share}%).`;
  const text = [
    `Bundelrapport van ${path.relative(root, dir) || dir} (gzip, zlib-standaardniveau)`,
    '',
    `Initiële JavaScript: de entry en wat die statisch importeert (${files(initial.length)})`,
    table(initial),
    '',
    lazy.length
      ? `Later geladen, per pagina (${files(lazy.length)})\n${table(lazy)}`
      : 'Later geladen: geen bestanden.',
    '',
    verdict,
  ].join('\n');
  return { code: total > BUDGET ? 1 : 0, text };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'web'));
  const { code, text } = bundleReport(dir);
  (code === 2 ? console.error : console.log)(text);
  process.exitCode = code;
}
