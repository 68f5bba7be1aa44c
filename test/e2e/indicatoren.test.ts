/**
 * The indicator pages in a real browser, on the national demo data set (fictitious): the
 * national and municipal figures for everyone (the published set, suppressed), a location's
 * exact figures for its own staff, and the server's Dutch explanation for everyone else.
 * Kaplan–Meier curves and monthly trends as SVG charts, each with its table. The system Chromium
 * driven by playwright-core, axe-core on every page. Skipped (with a message) where no Chromium
 * is installed, except in CI (KINDKADER_BROWSERTESTS=verplicht).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../support/app.js';
import {
  axe,
  type BrowserApp,
  describeInBrowser,
  startBrowserApp,
  tableRows,
} from '../support/browser.js';
import { CLI } from '../support/imports.js';

/**
 * 401: the session check of a visitor who is not logged in. 403: the location figures the test
 * asks for on purpose as a municipality.
 */
const EXPECTED_STATUS = /status of (401|403)/;

/** The first request for a peildatum is computed on the server; a 12-month trend is 13 of them. */
const SLOW = 180_000;

/** A location of the demo account `locatie` (demo data set, seed 1). */
const OWN_LOCATION = 'DEMO-NOO-203';
const GRONINGEN_LOCATION = 'DEMO-AZC-001';

const main = (page: Page) => page.locator('main');

/** The two cells of the row of `label` in the figures table with caption `caption`. */
async function figure(page: Page, caption: string, label: string): Promise<string | undefined> {
  const rows = await tableRows(page, caption);
  return rows.find((row) => row[0] === label)?.[1];
}

/** Waits until the curves (4) and the trend charts (5) are drawn. */
async function chartsDrawn(page: Page) {
  await page.locator('.kk-km svg[role="img"]').nth(3).waitFor({ timeout: SLOW });
  await page.locator('.kk-trend svg[role="img"]').nth(4).waitFor({ timeout: SLOW });
}

describeInBrowser('indicator pages in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
    // The national demo set, through the ordinary import path, as the first start does.
    await app.t.ctx.demo.generate(CLI, { seed: 1, scale: 1 });
  }, 300_000);

  afterAll(() => app?.close());

  it(
    'shows anyone the national figures of the demo set, in Dutch notation, with curves and trends',
    async () => {
      const { page, problems } = await app.newPage();
      await page.goto(`${app.base}/`);
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Cijfers' })
        .click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Landelijke cijfers');
      expect(await page.title()).toBe('Landelijke cijfers — Kindkader');

      // Fictitious data says so, on the page itself too.
      await expect
        .poll(() => main(page).textContent(), { timeout: SLOW })
        .toContain('Deze cijfers komen uit de demodata en zijn fictief');
      await page.locator('.kk-headline').waitFor({ timeout: SLOW });
      expect(await page.locator('.kk-headline').textContent()).toBe('16.492 kinderen in de opvang');
      const text = await main(page).textContent();
      expect(text).toContain('Peildatum17-07-2025');
      expect(text).toContain('Heel Nederland: alle opvanglocaties');
      // The legend of CBS notation.
      expect(text).toContain('geheim: onderdrukt');
      expect(text).toContain('niet te berekenen');
      expect(await page.getByLabel('Peildatum', { exact: true }).inputValue()).toBe('2025-07-17');

      const i2 = 'Kinderen in noodopvang: de cijfers';
      expect(await figure(page, i2, 'Kinderen in noodopvang')).toBe('5.493');
      expect(await figure(page, i2, 'Aandeel van alle kinderen in de opvang')).toMatch(
        /^33,3\s?%$/,
      );
      // I1 by type: a bar chart that is a table, counts and shares in Dutch notation.
      const byType = await tableRows(page, 'Kinderen per soort opvang');
      expect(byType).toHaveLength(9);
      expect(byType[0]).toEqual(['azc', '8.396', expect.stringMatching(/^50,9\s?%$/)]);
      // Published figures only: no totals, means or maxima of transfers.
      expect(text).not.toContain('Overplaatsingen in totaal');

      // Every Kaplan–Meier indicator has its chart (an image with a summary) and its tables.
      await chartsDrawn(page);
      const curves = page.locator('.kk-km svg[role="img"]');
      expect(await curves.count()).toBe(4);
      expect(await curves.first().getAttribute('aria-label')).toMatch(
        /^Aandeel kinderen dat na zoveel dagen nog in noodopvang is\. Curve van dag \d+ tot en met dag \d+\. Mediaan: .+\. .*Nog in noodopvang na 90 dagen: \d+\s?%/,
      );
      const block = await tableRows(
        page,
        'Hoe snel kinderen naar school gaan: cohort en uitkomsten',
      );
      expect(block.map((row) => row[0])).toEqual([
        'Aankomsten van kinderen van 5 tot en met 17 jaar in de afgelopen 12 maanden',
        'Verschillende kinderen',
        'Op school ingeschreven',
        'Op de peildatum nog niet ingeschreven',
        'Vertrokken voordat ze waren ingeschreven',
        '18 geworden',
        'Mediane tijd tot inschrijving',
        'Binnen 30 dagen op school',
        'Binnen 90 dagen op school',
      ]);
      expect(block[6]![1]).toMatch(/^\d+ dagen$|^niet bereikt$/);
      const points = await tableRows(
        page,
        'Hoe snel kinderen naar school gaan: de punten van de curve',
      );
      expect(points.length).toBeGreaterThan(10);
      expect(points[0]).toEqual([
        expect.stringMatching(/^\d+$/),
        expect.stringMatching(/^\d+\s?%$/),
      ]);

      // Trends: twelve months back by default, a chart and a table per figure.
      const trend = await tableRows(page, 'Kinderen in de opvang (I1) per maand');
      expect(trend).toHaveLength(13);
      expect(trend[0]![0]).toBe('17-07-2024');
      expect(trend[12]).toEqual(['17-07-2025', '16.492']);
      expect(problems).toEqual([]);
      expect(await axe(page, 'indicatoren-landelijk')).toEqual([]);

      // Another peildatum, kept in the address.
      await page.getByLabel('Peildatum', { exact: true }).fill('2025-01-17');
      await page.getByRole('button', { name: 'Cijfers tonen' }).click();
      await expect.poll(() => page.url()).toContain('peildatum=2025-01-17');
      await expect
        .poll(() => main(page).textContent(), { timeout: SLOW })
        .toContain('Peildatum17-01-2025');
      await expect
        .poll(() => page.locator('.kk-headline').textContent(), { timeout: SLOW })
        .toMatch(/^[\d.]+ kinderen in de opvang$/);
      expect(await page.locator('.kk-headline').textContent()).not.toContain('16.492');
      expect(problems).toEqual([]);
    },
    2 * SLOW,
  );

  it(
    "shows a municipality's published figures, suppressed where needed, from the municipality page and the chooser",
    async () => {
      const { page, problems } = await app.newPage();
      await page.goto(`${app.base}/gemeenten/GM0014`);
      await page
        .getByRole('link', { name: 'Cijfers over de kinderen in de opvang in Groningen' })
        .click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Cijfers van Groningen');
      await page.locator('.kk-headline').waitFor({ timeout: SLOW });
      const text = await main(page).textContent();
      expect(text).toContain('De opvanglocaties in gemeente Groningen (GM0014)');
      expect(text).toContain('Deze cijfers komen uit de demodata en zijn fictief');
      expect(await page.locator('.kk-headline').textContent()).toMatch(
        /^[\d.]+ kinderen in de opvang$/,
      );
      // A suppressed figure reads x, and says "geheim" to a screen reader.
      const signs = page.locator('.kk-figure-sign');
      expect(await signs.count()).toBeGreaterThan(0);
      expect(await signs.first().textContent()).toMatch(/^(xgeheim|\.niet te berekenen)$/);

      await chartsDrawn(page);
      expect(await page.locator('.kk-km svg[role="img"]').count()).toBe(4);
      const block = await tableRows(
        page,
        'Hoe snel kinderen uit noodopvang doorstromen: cohort en uitkomsten',
      );
      expect(block).toHaveLength(10);
      for (const [, value] of block)
        expect(value).toMatch(/^[\d.]+$|^x|^\.|dagen$|%$|^niet bereikt$/);
      expect((await tableRows(page, 'Aandeel kinderen in noodopvang (I2) per maand')).length).toBe(
        13,
      );
      expect(problems).toEqual([]);
      expect(await axe(page, 'indicatoren-gemeente')).toEqual([]);

      // The trend over 24 months instead of 12.
      await page.getByLabel('Periode', { exact: true }).selectOption('24');
      await page.getByRole('button', { name: 'Periode tonen' }).click();
      await expect.poll(() => page.url()).toContain('maanden=24');
      await expect
        .poll(async () => (await tableRows(page, 'Kinderen in de opvang (I1) per maand')).length, {
          timeout: SLOW,
        })
        .toBe(25);

      // The chooser leads to any other municipality, at the same peildatum.
      await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam' });
      await page.getByRole('button', { name: 'Cijfers van deze gemeente' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Cijfers van Amsterdam');
      expect(page.url()).toContain('/indicatoren/gemeenten/GM0363');
      await page.locator('.kk-headline').waitFor({ timeout: SLOW });
      expect(problems).toEqual([]);
    },
    2 * SLOW,
  );

  it(
    "shows a location's staff the exact figures of their own location",
    async () => {
      const { page, problems } = await app.newPage();
      await app.login(page, DEMO.locatie);
      await page.goto(`${app.base}/locaties/${OWN_LOCATION}`);
      await page.getByRole('link', { name: 'Cijfers over de kinderen op deze locatie' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Cijfers van Noodopvang 203 (fictief)');
      await page.locator('.kk-headline').waitFor({ timeout: SLOW });
      const text = await main(page).textContent();
      expect(text).toContain('Exacte cijfers, alleen voor de medewerkers van deze locatie');
      // Unsuppressed: the figures that are never published, and no x anywhere.
      const i3 = 'Overplaatsingen: de cijfers';
      expect(await figure(page, i3, 'Overplaatsingen in totaal')).toMatch(/^[\d.]+$/);
      expect(await figure(page, i3, 'Gemiddeld aantal overplaatsingen per kind')).toMatch(
        /^\d+(,\d+)?$/,
      );
      expect(await figure(page, i3, 'Hoogste aantal overplaatsingen van één kind')).toMatch(
        /^\d+$/,
      );
      expect(await page.locator('.kk-figure-sign', { hasText: 'geheim' }).count()).toBe(0);

      // Exact curves come with the numbers at risk, the events and the censored per day.
      await chartsDrawn(page);
      const points = await tableRows(
        page,
        'Hoe snel kinderen uit noodopvang doorstromen: de punten van de curve',
      );
      expect(points.length).toBeGreaterThan(0);
      expect(points[0]).toHaveLength(5);
      expect(problems).toEqual([]);
      expect(await axe(page, 'indicatoren-locatie')).toEqual([]);
    },
    2 * SLOW,
  );

  it("tells a municipality why it cannot see a location's figures", async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    // No link to them on the location page...
    await page.goto(`${app.base}/locaties/${GRONINGEN_LOCATION}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Azc 001 (fictief)');
    expect(
      await page.getByRole('link', { name: 'Cijfers over de kinderen op deze locatie' }).count(),
    ).toBe(0);
    // ...and asking anyway gives the server's Dutch explanation.
    await page.goto(`${app.base}/indicatoren/locaties/${GRONINGEN_LOCATION}`);
    const alert = page.locator('.utrecht-alert', { hasText: 'Deze cijfers kunt u niet inzien' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Cijfers over de kinderen van één locatie zijn alleen voor de medewerkers van die locatie.',
    );
    expect(await page.getByLabel('Peildatum', { exact: true }).count()).toBe(0);
    await expect
      .poll(() =>
        page.getByRole('link', { name: 'Naar de gepubliceerde cijfers van Groningen' }).count(),
      )
      .toBe(1);
    expect(problems).toEqual([]);
    expect(await axe(page, 'indicatoren-geen-toegang')).toEqual([]);
  });

  it(
    'speaks English too, with English number notation',
    async () => {
      const { page, problems } = await app.newPage();
      await page.goto(`${app.base}/indicatoren`);
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('National figures');
      await page.locator('.kk-headline').waitFor({ timeout: SLOW });
      expect(await page.locator('.kk-headline').textContent()).toBe('16,492 children in reception');
      expect(
        await figure(
          page,
          'Children in emergency reception: the figures',
          'Share of all children in reception',
        ),
      ).toMatch(/^33\.3\s?%$/);
      await chartsDrawn(page);
      expect(await axe(page, 'indicatoren-landelijk-en')).toEqual([]);
      expect(problems).toEqual([]);
    },
    SLOW,
  );
});
