/**
 * `npm run screenshots`: every main page on the demo data set (fictitious), as the role that
 * uses it, at 1280 and 390 px wide, into docs/screenshots/ (linked from the README). Uses the
 * same browser set-up as the browser tests: the system Chromium and a test app.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO } from '../test/support/app.js';
import { startBrowserApp } from '../test/support/browser.js';
import { CLI } from '../test/support/imports.js';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');
const WIDTHS = [1280, 390] as const;

type Who = keyof typeof DEMO | null;

/** name, who, address, and what to wait for before the picture is taken. */
const PAGES: [string, Who, string, string][] = [
  ['dashboard-landelijk', null, '/dashboard', '.kk-kaart__svg path >> nth=341'],
  ['dashboard-gemeente', 'gemeente', '/dashboard/gemeenten/GM0014', '.kk-kaart__pin'],
  ['dashboard-gemeente-publiek', null, '/dashboard/gemeenten/GM0014', '.kk-card svg >> nth=5'],
  ['indicatoren-landelijk', null, '/indicatoren', '.kk-trend svg >> nth=4'],
  ['locatie', 'gemeente', '/locaties/DEMO-AZC-001', '.kk-kaart__pin'],
  ['indicatoren-locatie', 'locatie', '/indicatoren/locaties/DEMO-NOO-203', '.kk-km svg >> nth=3'],
  ['signalen', 'locatie', '/signalen', 'table'],
  ['toetsing-gemeente', 'gemeente', '/gemeenten/GM0014/toetsing', 'table'],
  ['instellingen', 'beheerder', '/instellingen', 'form'],
];

const app = await startBrowserApp({ locale: 'nl-NL', tolerate: /status of (401|403)/ });
try {
  await app.t.ctx.demo.generate(CLI, { seed: 1, scale: 1 });
  mkdirSync(OUT, { recursive: true });
  const pages = new Map<Who, Page>();
  for (const [name, who, url, ready] of PAGES) {
    let page = pages.get(who);
    if (!page) {
      page = (await app.newPage()).page;
      if (who) await app.login(page, DEMO[who]);
      pages.set(who, page);
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.base}${url}`);
      await page.locator(ready).first().waitFor({ timeout: 180_000 });
      await page.waitForLoadState('networkidle');
      const file = path.join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(process.cwd(), file)}`);
    }
  }
} finally {
  await app.close();
}
