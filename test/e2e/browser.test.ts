/**
 * The web app in a real browser: the system Chromium driven by playwright-core, axe-core on every
 * page. Skipped (with a message) where no Chromium is installed, except in CI
 * (KINDKADER_BROWSERTESTS=verplicht), where a missing browser fails the run.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../support/app.js';
import { axe, type BrowserApp, describeInBrowser, startBrowserApp } from '../support/browser.js';

const ROLE_NAMES = {
  beheerder: 'Beheerder',
  gemeente: 'Gemeente',
  locatie: 'Locatie',
  monitor: 'Monitor',
} as const;

describeInBrowser('in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    // The 401 of GET /sessie when logged out is how the app learns it is logged out.
    app = await startBrowserApp({ tolerate: /401/ });
  }, 120_000);

  afterAll(() => app?.close());

  it('shows the public pages in Dutch, with the demo banner, without accessibility violations', async () => {
    const { page, problems } = await app.newPage();
    for (const [name, url, heading] of [
      ['publiek-home', '/', 'Welkom bij Kindkader'],
      ['publiek-inloggen', '/inloggen', 'Inloggen'],
      ['publiek-gemeenten', '/gemeenten', 'Gemeenten'],
      ['publiek-gemeente', '/gemeenten/GM0014', 'Groningen'],
      ['publiek-onbekend', '/bestaat-niet', 'Pagina niet gevonden'],
    ] as const) {
      await page.goto(`${app.base}${url}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(heading);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      // The banner follows the health request, which may answer after the page's own data.
      await expect.poll(() => page.getByText('Demodata — fictief').count()).toBeGreaterThan(0);
      expect(await axe(page, name), name).toEqual([]);
    }
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).count()).toBe(1);
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('main#inhoud').count()).toBe(1);
    expect(await page.locator('footer').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('searches the municipalities', async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.base}/gemeenten`);
    await expect.poll(() => page.getByText('342 gemeenten').count()).toBeGreaterThan(0);
    await page.getByLabel('Zoek een gemeente').fill('den haag');
    await expect.poll(() => page.getByRole('link', { name: "'s-Gravenhage" }).count()).toBe(1);
    expect(await axe(page, 'publiek-gemeenten-zoeken')).toEqual([]);
  });

  it('switches to English and back', async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).not.toBe('Welkom bij Kindkader');
    expect(await axe(page, 'publiek-home-en')).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welkom bij Kindkader');
  });

  for (const role of ['beheerder', 'gemeente', 'locatie', 'monitor'] as const) {
    it(`lets the ${role} log in, see who they are and what they may see, and log out`, async () => {
      const { page, problems } = await app.newPage();
      await app.login(page, DEMO[role]);
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
        await page.goto(`${app.base}${url}`);
        await page.locator('h1').first().waitFor();
        expect(await axe(page, `${role}-${name}`), `${role} ${name}`).toEqual([]);
      }
      if (role === 'beheerder') {
        await page.goto(`${app.base}/audit`);
        await expect.poll(() => page.locator('table').first().textContent()).toContain('inloggen');
      } else {
        await page.goto(`${app.base}/audit`);
        await expect.poll(() => main.textContent()).toContain('Geen toegang');
      }
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await expect
        .poll(() => page.getByRole('link', { name: 'Inloggen' }).count())
        .toBeGreaterThan(0);
      await page.goto(`${app.base}/account`);
      await expect.poll(() => page.url()).toContain('/inloggen');
      expect(problems).toEqual([]);
    });
  }

  it('shows a Dutch error for a wrong password', async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.base}/inloggen`);
    await page.getByLabel('E-mailadres').fill(DEMO.monitor);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('klopt niet');
    expect(await axe(page, 'publiek-inloggen-fout')).toEqual([]);
  });
});
