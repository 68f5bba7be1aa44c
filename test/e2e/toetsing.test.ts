/**
 * The evaluation against the kwaliteitskader in a real browser, as a municipality: the matrix of
 * its locations with filters, a location's scorecard (outcomes without a location's figures),
 * and the locatietoets of a proposed location with its PDF. axe-core on every page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../support/app.js';
import {
  axe,
  type BrowserApp,
  describeInBrowser,
  startBrowserApp,
  tableRows,
} from '../support/browser.js';
import { importText } from '../support/imports.js';

/** The session check answers 401 while nobody is logged in; the browser logs it. */
const EXPECTED_STATUS = /status of 401/;
const PEILDATUM = '2025-07-17';

describeInBrowser('the evaluation against the framework in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
    const rows = async (
      soort: 'locaties' | 'voorzieningen' | 'gebeurtenissen',
      lines: string[],
    ) => {
      const report = await importText(app.t, soort, lines.join('\n'));
      if (!report.geschreven) throw new Error(JSON.stringify(report.meldingen));
    };
    await rows('locaties', [
      'code,naam,gemeente,type,subtype,status,capaciteit,open_sinds,open_tot,lat,lon,zelf_koken',
      'E2E-AZC,Azc Noorderpark,GM0014,azc,,open,400,2020-01-01,2031-01-01,53.2,6.56,ja',
      'E2E-HAL,Sporthal Oost,GM0014,crisisnoodopvang,sporthal,open,100,2025-01-01,2025-12-31,53.21,6.6,nee',
      'E2E-NIEUW,Paviljoen Zuid,GM0014,kleinschalig,,voorgesteld,120,2026-01-01,2032-01-01,53.19,6.55,ja',
    ]);
    await rows('voorzieningen', ['categorie,naam,lat,lon', 'basisschool,De Regenboog,53.205,6.56']);
    await rows('gebeurtenissen', [
      'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie',
      'E2E-K1,2016-03,nee,instroom,2025-03-01,E2E-AZC',
      'E2E-K2,2017-04,nee,instroom,2025-06-01,E2E-HAL',
    ]);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows the matrix, a scorecard and the locatietoets of a proposed location', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    const main = page.locator('main');

    // From the municipality's page to its matrix.
    await page.goto(`${app.base}/gemeenten/GM0014`);
    await page
      .getByRole('link', { name: 'Locaties in Groningen getoetst aan het kwaliteitskader' })
      .click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Toetsing van de locaties in Groningen');
    await page.getByLabel('Peildatum').fill(PEILDATUM);
    await page.getByRole('button', { name: 'Toetsen' }).click();
    await expect.poll(() => main.textContent()).toContain('Peildatum 17-07-2025.');
    expect(await main.textContent()).toContain(
      'Bij normen op indicatoren ziet u alleen de uitkomst.',
    );
    const caption = 'Uitkomst per locatie en norm in Groningen';
    await expect.poll(async () => (await tableRows(page, caption)).length).toBe(3);
    const hal = (await tableRows(page, caption)).find((row) =>
      row[0]!.startsWith('Sporthal Oost'),
    )!;
    // Location, then R1.1 …: the sports hall fails R3.1 (the ninth norm).
    expect(hal[0]).toBe('Sporthal Oostcrisisnoodopvang (sporthal)');
    expect(hal[9]).toBe('✗Voldoet niet');
    expect(await axe(page, 'gemeente-toetsing-matrix')).toEqual([]);

    // Filters: one theme, then only locations with an outcome, then one type.
    await page.getByLabel('Thema').selectOption('R3');
    await expect.poll(async () => (await tableRows(page, caption))[0]!.length).toBe(3);
    await page.getByLabel('Locaties met uitkomst').selectOption('voldoet_niet');
    await expect
      .poll(() => page.locator('.kk-result-count').textContent())
      .toBe('1 van 3 locaties');
    await page.getByLabel('Locaties met uitkomst').selectOption('');
    await page.getByLabel('Type opvang').selectOption('azc');
    await expect
      .poll(async () => (await tableRows(page, caption)).map((r) => r[0]))
      .toEqual(['Azc Noorderparkazc']);
    expect(await axe(page, 'gemeente-toetsing-matrix-filters')).toEqual([]);

    // The scorecard: per theme, the outcome with its sentence, threshold and source.
    await page.getByRole('link', { name: 'Azc Noorderpark' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Toetsing van Azc Noorderpark');
    expect(await main.textContent()).toContain('Peildatum 17-07-2025.');
    const r1 = await tableRows(page, 'Normen van thema R1');
    expect(r1[0]).toEqual([
      'R1.1 Kleinschalig',
      '✗Voldoet niet',
      'Capaciteit 400 plaatsen (norm ≤ 150).Te veranderen: capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen.',
      'Capaciteit ≤ 150 plaatsen',
      expect.stringContaining('Beleid: COA'),
    ]);
    const r2 = await tableRows(page, 'Normen van thema R2');
    expect(r2[1]![2]).toBe('Dichtstbijzijnde basisschool op 0,6 km (norm ≤ 2 km): De Regenboog.');
    // An indicator norm of a single location: the outcome, no figures for the gemeente.
    expect(r2[3]![2]).toContain(
      'De cijfers van één locatie zijn alleen voor de eigen medewerkers.',
    );
    expect(await axe(page, 'gemeente-toetsing-locatie')).toEqual([]);

    // The locatietoets of the proposed location: printable, with a PDF.
    await page.goto(`${app.base}/locaties/E2E-NIEUW`);
    await page.getByRole('link', { name: 'Locatietoets: advies voor de gemeenteraad' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Locatietoets: Paviljoen Zuid');
    expect(await main.textContent()).toContain(
      'Advies aan de gemeenteraad van Groningen over de voorgestelde opvanglocatie Paviljoen Zuid (E2E-NIEUW).',
    );
    expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'De locatie',
      'Samenvatting',
      'Wat moet er veranderen',
      'Wat is nog onbekend',
      'Waaraan de locatie voldoet',
      'Nog niet te toetsen of niet van toepassing',
    ]);
    const pdf = page.getByRole('link', { name: 'Download als PDF' });
    const href = (await pdf.getAttribute('href'))!;
    expect(href).toBe('/api/v1/locaties/E2E-NIEUW/toets.pdf');
    const bytes = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      return [response.status, (await response.text()).slice(0, 5)];
    }, href);
    expect(bytes).toEqual([200, '%PDF-']);
    expect(await axe(page, 'gemeente-locatietoets')).toEqual([]);

    // Printed, only the advice remains: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByText('Demodata — fictief').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    expect(problems).toEqual([]);
  });
});
