/**
 * The public view in a real browser: the beheerder switches it off on the settings page, a
 * visitor without a login then reads why there are no figures and finds the way in, and after
 * logging in sees the figures with their downloads. axe-core on every page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../support/app.js';
import { axe, type BrowserApp, describeInBrowser, startBrowserApp } from '../support/browser.js';

/** The session check of a visitor, and the figures refused while the public view is off. */
const EXPECTED_STATUS = /status of 401/;
const SLOW = 60_000;

const main = (page: Page) => page.locator('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

describeInBrowser('the public view in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
  }, 180_000);

  afterAll(() => app?.close());

  it('lets the beheerder switch the public view off', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.beheerder);
    await nav(page).getByRole('link', { name: 'Instellingen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Instellingen');
    expect(await page.title()).toBe('Instellingen — Kindkader');
    await expect
      .poll(() => main(page).textContent())
      .toContain('De openbare weergave staat aan. Dat is de standaard van deze installatie');
    expect(await axe(page, 'instellingen')).toEqual([]);

    await page.getByLabel('Uit: alleen wie is ingelogd ziet de cijfers').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Opgeslagen. De openbare weergave staat uit');
    expect(await main(page).textContent()).toContain(`gewijzigd door ${DEMO.beheerder}`);
    expect(await axe(page, 'instellingen-uit')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('tells a visitor why there are no figures, and brings them back after logging in', async () => {
    const { page, problems } = await app.newPage();
    await page.goto(`${app.base}/indicatoren`);
    const message = main(page).getByRole('heading', { name: 'De cijfers zijn niet openbaar' });
    await message.waitFor({ timeout: SLOW });
    expect(await main(page).textContent()).toContain(
      'De openbare weergave staat uit. Log in om de cijfers te zien.',
    );
    // No date to choose for figures that are not there.
    expect(await page.getByLabel('Peildatum').count()).toBe(0);
    expect(await axe(page, 'indicatoren-openbaar-uit')).toEqual([]);

    await main(page).getByRole('link', { name: 'Inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(DEMO.monitor);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('.kk-headline').waitFor({ timeout: SLOW });
    expect(new URL(page.url()).pathname).toBe('/indicatoren');
    expect(await page.locator('h1').textContent()).toBe('Landelijke cijfers');

    // Logged in, the figures come with their downloads, named after their table.
    const csv = main(page).getByRole('link', { name: 'Download CSV van de indicatoren I1–I10' });
    const href = new URL((await csv.getAttribute('href'))!, app.base);
    expect(href.pathname).toBe('/api/v1/indicatoren/export');
    expect(href.searchParams.get('scope')).toBe('all');
    expect(href.searchParams.get('formaat')).toBe('csv');
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    expect(download.suggestedFilename()).toMatch(/^indicatoren-landelijk-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await axe(page, 'indicatoren-na-inloggen')).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);
});
