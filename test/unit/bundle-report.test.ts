/**
 * The bundle report (bin/bundle-report.mjs) on small builds of its own: which scripts count as
 * the first load, and the exit code CI acts on.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../bin/bundle-report.mjs');
const dirs: string[] = [];

function build(html: string | null, assets: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundelrapport-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'assets'));
  if (html !== null) writeFileSync(path.join(dir, 'index.html'), html);
  for (const [name, content] of Object.entries(assets))
    writeFileSync(path.join(dir, 'assets', name), content);
  return dir;
}

function run(dir: string) {
  const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  const text = result.stdout + result.stderr;
  const [initial = '', later = ''] = text.split('Later geladen');
  return { code: result.status, text, initial, later };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const HTML = `<!doctype html>
<html><head>
  <script src="/assets/entry-a1.js" crossorigin type="module"></script>
  <script type="module" src="https://cdn.example.org/elders.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/gedeeld-b2.js?v=1">
  <link href='/assets/klein-c3.js' rel='modulepreload'>
  <link rel="preload" href="/assets/lettertype.woff2" as="font">
  <link rel="stylesheet" href="/assets/index.css">
</head><body><script>console.log('inline')</script></body></html>`;

describe('bundle report', () => {
  it('counts the entry and its modulepreload links as the first load, every other chunk as later', () => {
    const dir = build(HTML, {
      'entry-a1.js': 'export const a = 1;\n'.repeat(200),
      'gedeeld-b2.js': 'export const b = 2;',
      'klein-c3.js': 'export const c = 3;',
      'pagina-d4.js': 'export const d = 4;',
      'index.css': 'body { color: black; }',
    });
    const report = run(dir);
    expect(report.code).toBe(0);
    expect(report.initial).toContain('(3 bestanden)');
    for (const file of ['entry-a1.js', 'gedeeld-b2.js', 'klein-c3.js'])
      expect(report.initial).toContain(`assets/${file}`);
    expect(report.initial).not.toContain('pagina-d4.js');
    expect(report.later).toContain('(1 bestand)');
    expect(report.later).toContain('assets/pagina-d4.js');
    // Neither a script on another host, nor a stylesheet, nor a font is part of the JavaScript.
    expect(report.text).not.toMatch(/elders|index\.css|lettertype/);
    expect(report.text).toMatch(/Binnen het budget: \d+,\d KB gzip van 250,0 KB \(0%\)\./);
  });

  it('fails over 250 KB of gzipped initial JavaScript, and passes just under it', () => {
    // Random bytes do not compress: gzip keeps them at their size (plus a few bytes).
    const over = run(
      build(HTML.replace(/<link[^>]*modulepreload[^>]*>/g, ''), {
        'entry-a1.js': randomBytes(251 * 1024),
      }),
    );
    expect(over.code).toBe(1);
    expect(over.text).toMatch(/Te groot: de initiële JavaScript is 251,\d KB gzip/);

    const under = run(
      build(HTML.replace(/<link[^>]*modulepreload[^>]*>/g, ''), {
        'entry-a1.js': randomBytes(249 * 1024),
      }),
    );
    expect(under.code).toBe(0);
  });

  it('says so when there is no build, or when index.html names a script that is missing', () => {
    const none = run(build(null, {}));
    expect(none.code).toBe(2);
    expect(none.text).toContain('draai eerst npm run build');

    const missing = run(build(HTML, { 'entry-a1.js': 'export {};' }));
    expect(missing.code).toBe(2);
    expect(missing.text).toContain('assets/gedeeld-b2.js, assets/klein-c3.js');
  });
});
