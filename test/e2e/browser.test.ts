/**
 * The web app in a real browser: the system Chromium driven by playwright-core, axe-core on every
 * page. Skipped (with a message) where no Chromium is installed, except in CI
 * (KINDKADER_BROWSERTESTS=verplicht), where a missing browser fails the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type TestApp, testApp } from '../support/app.js';

const root = path.resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.KINDKADER_CHROMIUM ?? '/usr/bin/chromium';
const required = process.env.KINDKADER_BROWSERTESTS === 'verplicht';
const available = existsSync(chromiumPath);
const screenshotDir = path.join(
  root,
  process.env.KINDKADER_SCREENSHOTS ?? 'test-results/screenshots',
);

if (!available && required) {
  throw new Error(
    `Browsertests zijn verplicht, maar ${chromiumPath} ontbreekt (apt-get install chromium).`,
  );
}
if (!available) {
  console.warn(
    `Browsertests overgeslagen: geen Chromium op ${chromiumPath} (installeer het Debian-pakket chromium).`,
  );
}

const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const ROLE_NAMES = {
  beheerder: 'Beheerder',
  gemeente: 'Gemeente',
  locatie: 'Locatie',
  monitor: 'Monitor',
} as const;

let t: TestApp;
let browser: Browser;
let base: string;

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`paginafout: ${error.message}`));
  page.on('console', (message) => {
    // The 401 of GET /sessie when logged out is how the app learns it is logged out.
    if (message.type() === 'error' && !/401/.test(message.text())) problems.push(message.text());
  });
  return { page, problems };
}

/** Runs axe (through the DevTools protocol, so the page keeps its CSP) and returns violations. */
async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          d: Document,
          o: object,
        ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  return violations;
}

async function login(page: Page, email: string) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-kindkader');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('Ingelogd als').waitFor();
}

describe.skipIf(!available)('in the browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'bin/web-build.mjs')], { stdio: 'inherit' });
    t = await testApp({ webDir: path.join(root, 'dist/web') });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the public pages in Dutch, with the demo banner, without accessibility violations', async () => {
    const { page, problems } = await newPage();
    for (const [name, url, heading] of [
      ['publiek-home', '/', 'Welkom bij Kindkader'],
      ['publiek-inloggen', '/inloggen', 'Inloggen'],
      ['publiek-gemeenten', '/gemeenten', 'Gemeenten'],
      ['publiek-gemeente', '/gemeenten/GM0014', 'Groningen'],
      ['publiek-onbekend', '/bestaat-niet', 'Pagina niet gevonden'],
    ] as const) {
      await page.goto(`${base}${url}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(heading);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByText('Demodata — fictief').count()).toBeGreaterThan(0);
      expect(await axe(page, name), name).toEqual([]);
    }
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).count()).toBe(1);
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('main#inhoud').count()).toBe(1);
    expect(await page.locator('footer').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('searches the municipalities', async () => {
    const { page } = await newPage();
    await page.goto(`${base}/gemeenten`);
    await expect.poll(() => page.getByText('342 gemeenten').count()).toBeGreaterThan(0);
    await page.getByLabel('Zoek een gemeente').fill('den haag');
    await expect.poll(() => page.getByRole('link', { name: "'s-Gravenhage" }).count()).toBe(1);
    expect(await axe(page, 'publiek-gemeenten-zoeken')).toEqual([]);
  });

  it('switches to English and back', async () => {
    const { page } = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).not.toBe('Welkom bij Kindkader');
    expect(await axe(page, 'publiek-home-en')).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welkom bij Kindkader');
  });

  for (const role of ['beheerder', 'gemeente', 'locatie', 'monitor'] as const) {
    it(`lets the ${role} log in, see who they are and what they may see, and log out`, async () => {
      const { page, problems } = await newPage();
      await login(page, DEMO[role]);
      const main = page.locator('main');
      await expect.poll(() => main.textContent()).toContain(DEMO[role]);
      expect(await main.textContent()).toContain(ROLE_NAMES[role]);
      expect(await axe(page, `${role}-home`)).toEqual([]);
      const pages: [string, string][] = [
        ['account', '/account'],
        ['gemeenten', '/gemeenten'],
      ];
      if (role === 'beheerder') pages.push(['audit', '/audit'], ['gebruikers', '/gebruikers']);
      for (const [name, url] of pages) {
        await page.goto(`${base}${url}`);
        await page.locator('h1').first().waitFor();
        expect(await axe(page, `${role}-${name}`), `${role} ${name}`).toEqual([]);
      }
      if (role === 'beheerder') {
        await page.goto(`${base}/audit`);
        await expect.poll(() => page.locator('table').first().textContent()).toContain('inloggen');
      } else {
        await page.goto(`${base}/audit`);
        await expect.poll(() => main.textContent()).toContain('Geen toegang');
      }
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await expect
        .poll(() => page.getByRole('link', { name: 'Inloggen' }).count())
        .toBeGreaterThan(0);
      await page.goto(`${base}/account`);
      await expect.poll(() => page.url()).toContain('/inloggen');
      expect(problems).toEqual([]);
    });
  }

  it('shows a Dutch error for a wrong password', async () => {
    const { page } = await newPage();
    await page.goto(`${base}/inloggen`);
    await page.getByLabel('E-mailadres').fill(DEMO.monitor);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('klopt niet');
    expect(await axe(page, 'publiek-inloggen-fout')).toEqual([]);
  });
});
