/**
 * A location's page in a real browser: its pin on a map of its municipality, its scorecard and
 * its activities for everyone who may see the location; the way to its child indicators and its
 * signal list for its own staff only, without the browser of anyone else even asking for child
 * data (domain.md, disclosure control). Printed, the charts of its indicators come with their
 * tables in full. axe-core on every page. Skipped (with a message) where no Chromium is
 * installed, except in CI.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PEILDATUM_KEY } from '../../src/server/features/demo/service.js';
import { createGebruikersRepo } from '../../src/server/features/gebruikers/repo.js';
import { createSettingsRepo } from '../../src/server/features/installatie/settings-repo.js';
import { DEMO } from '../support/app.js';
import {
  axe,
  type BrowserApp,
  describeInBrowser,
  startBrowserApp,
  tableRows,
} from '../support/browser.js';
import { errorsOf, importText } from '../support/imports.js';

/** The session check answers 401 while nobody is logged in; the browser logs it. */
const EXPECTED_STATUS = /status of 401/;
/** The first indicator request of a peildatum is computed on the server. */
const SLOW = 120_000;

const AZC = 'LT-AZC';

const LOCATIONS = [
  'code,naam,gemeente,type,status,capaciteit,open_sinds,lat,lon,zelf_koken',
  `${AZC},Azc Zuiderpark,GM0014,azc,open,300,2020-01-01,53.2,6.56,ja`,
  'LT-KLEIN,Paviljoen Noord,GM0014,kleinschalig,open,60,2021-01-01,,,ja',
].join('\n');

const EVENTS = [
  'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie,soort',
  // Not at school and no JGZ intake, 137 days after arrival on 17-07-2025: a signal.
  `LT-1,2014-05,nee,instroom,2025-03-02,${AZC},`,
  `LT-2,2012-02,nee,instroom,2024-09-01,${AZC},`,
  'LT-2,2012-02,nee,jgz_intake,2024-09-10,,',
  'LT-2,2012-02,nee,onderwijs_start,2024-09-20,,vo',
  `LT-3,2016-08,nee,instroom,2024-11-15,${AZC},`,
  'LT-3,2016-08,nee,jgz_intake,2024-11-20,,',
  'LT-3,2016-08,nee,onderwijs_start,2024-12-02,,po',
].join('\n');

const ACTIVITIES = [
  'locatie,naam,categorie,frequentie_per_week,van,partner',
  `${AZC},Voetbal op woensdag,sport,1,2025-01-01,SV Zuid`,
].join('\n');

const main = (page: Page) => page.locator('main');
const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });

/** The browser's requests to the API, as paths with their query. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(url.pathname + url.search);
  });
  return seen;
}

/** What every reader of the location sees: map with pin, brief scorecard, activities. */
async function sharedParts(page: Page) {
  await expect.poll(() => page.locator('h1').textContent()).toBe('Azc Zuiderpark');
  const map = section(page, 'Ligging').locator('svg[role="img"]');
  await map.waitFor();
  expect(await map.getAttribute('aria-label')).toBe(
    'Kaart van gemeente Groningen met een speld op de plek van Azc Zuiderpark',
  );
  expect(await map.locator('.kk-kaart__pin').count()).toBe(1);
  expect(await map.locator('.kk-kaart__gemeente').count()).toBe(1);

  const scorekaart = section(page, 'Scorekaart: het kwaliteitskader');
  await expect.poll(() => scorekaart.textContent()).toContain('Peildatum 17-07-2025.');
  // Compact: the norm and its outcome; explanation, threshold and source on the full page.
  const r1 = await tableRows(page, 'Normen van thema R1');
  expect(r1[0]).toEqual(['R1.1 Kleinschalig', '✗Voldoet niet']);
  expect(
    await scorekaart
      .getByRole('link', { name: /^Alle normen met toelichting/ })
      .getAttribute('href'),
  ).toBe(`/locaties/${AZC}/toetsing`);

  await expect
    .poll(async () => (await tableRows(page, 'Activiteiten op Azc Zuiderpark')).map((r) => r[0]))
    .toEqual(['Voetbal op woensdagmet SV Zuid']);
}

describeInBrowser("a location's page in the browser", () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
    expect(errorsOf(await importText(app.t, 'locaties', LOCATIONS))).toEqual([]);
    expect(errorsOf(await importText(app.t, 'gebeurtenissen', EVENTS))).toEqual([]);
    expect(errorsOf(await importText(app.t, 'activiteiten', ACTIVITIES))).toEqual([]);
    // What loading the demo set does for the demo account: its locations and the peildatum.
    const db = app.t.database.db;
    const account = await createGebruikersRepo(db).byEmail(DEMO.locatie);
    await createGebruikersRepo(db).setLocations(account!.id, [AZC, 'LT-KLEIN']);
    await createSettingsRepo(db).set(DEMO_PEILDATUM_KEY, '2025-07-17');
  }, SLOW);

  afterAll(() => app?.close());

  it('shows its own staff the map, scorecard and activities, and the way to its children', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.locatie);
    await page.goto(`${app.base}/locaties/${AZC}`);
    await sharedParts(page);
    expect(await main(page).textContent()).toContain(
      'U ziet de cijfers over de kinderen van deze locatie, omdat u er werkt.',
    );

    const kinderen = section(page, 'Kinderen op deze locatie');
    expect(
      await kinderen
        .getByRole('link', { name: 'Cijfers over de kinderen op deze locatie' })
        .getAttribute('href'),
    ).toBe(`/indicatoren/locaties/${AZC}`);
    const signalen = kinderen.getByRole('link', { name: 'Signalenlijst: 1 kind met een signaal' });
    await signalen.waitFor();
    expect(await signalen.getAttribute('href')).toBe(`/signalen?locatie=${AZC}`);
    expect(await kinderen.textContent()).toContain('wordt dat vastgelegd in het auditlogboek');
    // Sections in the order of the page: facts, map, scorecard, activities, children.
    const headings = await main(page).getByRole('heading', { level: 2 }).allTextContents();
    const order = [
      'Voorzieningen voor kinderen',
      'Ligging',
      'Scorekaart: het kwaliteitskader',
      'Activiteiten',
      'Kinderen op deze locatie',
    ].map((heading) => headings.indexOf(heading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
    expect(problems).toEqual([]);
    expect(await axe(page, 'locatie-eigen')).toEqual([]);

    // Printed: the map and the scorecard's tables, without the navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await section(page, 'Ligging').locator('svg').isVisible()).toBe(true);
    expect(await page.locator('table', { hasText: 'Normen van thema R1' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // A location without coordinates says so, in one sentence, and loads no map.
    await page.goto(`${app.base}/locaties/LT-KLEIN`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Paviljoen Noord');
    await expect
      .poll(() => section(page, 'Ligging').textContent())
      .toBe(
        'LiggingVan deze locatie zijn geen coördinaten bekend, dus er staat geen speld op de kaart.',
      );
    expect(await axe(page, 'locatie-zonder-coordinaten')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it(
    "prints a location's charts with their tables in full, and nothing to click",
    async () => {
      const { page, problems } = await app.newPage();
      await app.login(page, DEMO.locatie);
      await page.goto(`${app.base}/locaties/${AZC}`);
      await page.getByRole('link', { name: 'Cijfers over de kinderen op deze locatie' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Cijfers van Azc Zuiderpark');
      await page.locator('.kk-trend svg[role="img"]').nth(4).waitFor({ timeout: SLOW });
      await page.locator('.kk-km .kk-points').first().waitFor({ timeout: SLOW });
      expect(await axe(page, 'locatie-indicatoren')).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      const charts = page.locator('svg.kk-chart');
      expect(await charts.count()).toBeGreaterThanOrEqual(5);
      for (const chart of await charts.all()) expect(await chart.isVisible()).toBe(true);
      // Every table of points prints whole: no box that would have to be scrolled.
      const boxes = page.locator('.kk-points');
      expect(await boxes.count()).toBeGreaterThanOrEqual(5);
      for (const box of await boxes.all()) {
        expect(await box.locator('table').isVisible()).toBe(true);
        const { scroll, client } = await box.evaluate((element) => ({
          scroll: element.scrollHeight,
          client: element.clientHeight,
        }));
        expect(scroll).toBeLessThanOrEqual(client + 1);
      }
      expect(
        await page
          .locator('table', { hasText: 'Kinderen in de opvang (I1) per maand' })
          .isVisible(),
      ).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
      expect(await page.getByLabel('Peildatum', { exact: true }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Cijfers tonen' }).isVisible()).toBe(false);

      // Before printing every <details> opens; afterwards it is as the reader left it.
      const states = await page.evaluate(() => {
        const target = document.querySelector('main')!;
        const closed = document.createElement('details');
        closed.innerHTML = '<summary>Toon de gegevens als tabel</summary><table></table>';
        const open = document.createElement('details');
        open.open = true;
        target.append(closed, open);
        window.dispatchEvent(new Event('beforeprint'));
        const printing = [closed.open, open.open];
        window.dispatchEvent(new Event('afterprint'));
        const after = [closed.open, open.open];
        closed.remove();
        open.remove();
        return { printing, after };
      });
      expect(states).toEqual({ printing: [true, true], after: [false, true] });
      expect(problems).toEqual([]);
    },
    2 * SLOW,
  );

  it('shows a municipality the same map, scorecard and activities, but asks nothing about children', async () => {
    const { page, problems } = await app.newPage();
    const requests = apiRequests(page);
    await app.login(page, DEMO.gemeente);
    await page.goto(`${app.base}/locaties/${AZC}`);
    await sharedParts(page);
    expect(await main(page).textContent()).toContain(
      'Bij normen op indicatoren ziet u alleen de uitkomst.',
    );
    expect(await page.getByRole('heading', { name: 'Kinderen op deze locatie' }).count()).toBe(0);
    expect(
      await page.getByRole('link', { name: 'Cijfers over de kinderen op deze locatie' }).count(),
    ).toBe(0);
    expect(await page.getByRole('link', { name: /^Signalenlijst/ }).count()).toBe(0);
    expect(await axe(page, 'locatie-gemeente')).toEqual([]);

    // The browser asked for the location and its scorecard, never for child data.
    expect(requests).toContain(`/api/v1/locaties/${AZC}`);
    expect(requests.some((r) => r.startsWith(`/api/v1/locaties/${AZC}/toetsing`))).toBe(true);
    const childData = requests.filter(
      (r) =>
        r.startsWith('/api/v1/kinderen') ||
        r.startsWith('/api/v1/signalen') ||
        (r.startsWith('/api/v1/indicatoren') &&
          new URLSearchParams(r.split('?')[1]).get('scope') === AZC),
    );
    expect(childData).toEqual([]);
    expect(problems).toEqual([]);
  });
});
