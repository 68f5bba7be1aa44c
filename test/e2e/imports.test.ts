/**
 * Importing locations in a real browser, as a municipality: check a file with an error (nothing
 * is written), read in a good one, see and edit the location, roll the batches back. The system
 * Chromium driven by playwright-core, axe-core on every page. Skipped (with a message) where no
 * Chromium is installed, except in CI (KINDKADER_BROWSERTESTS=verplicht).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../support/app.js';
import {
  axe,
  type BrowserApp,
  describeInBrowser,
  focusedText,
  startBrowserApp,
  tableRows,
} from '../support/browser.js';

let files: string;

/** Answers the test provokes on purpose; the browser logs them as console errors. */
const EXPECTED_STATUS = /status of (401|409|422)/;

/** Writes a file to upload and returns its path. */
function file(name: string, content: string): string {
  const full = path.join(files, name);
  writeFileSync(full, content);
  return full;
}

/** Locations as the server has them for this account, asked from inside the page (its cookie). */
const locationCodes = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/v1/locaties', { credentials: 'same-origin' });
    const body = (await response.json()) as { items: { code: string }[] };
    return body.items.map((item) => item.code);
  });

const HEADER = 'code,naam,gemeente,type,capaciteit,open_sinds,zelf_koken,kinderraad';
const GOOD_ROW = 'E2E-GRO-1,AZC E2E Groningen,GM0014,azc,120,2024-03-01,ja,nee';

describeInBrowser('importing locations in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    // A Dutch browser: date fields and the file button speak Dutch too.
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
    files = mkdtempSync(path.join(tmpdir(), 'kindkader-e2e-'));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('checks a file, reads it in, shows and edits the location, and rolls the batches back', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    const main = page.locator('main');

    // The navigation leads to the import page.
    await page.getByRole('link', { name: 'Importeren' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Importeren');
    expect(await page.title()).toBe('Importeren — Kindkader');
    await expect.poll(() => main.textContent()).toContain('Er zijn nog geen importbatches.');
    expect(await axe(page, 'gemeente-importeren')).toEqual([]);

    // Without a file: an error summary that links to the file field.
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => focusedText(page)).toContain('Kies een bestand.');
    expect(await axe(page, 'gemeente-importeren-geen-bestand')).toEqual([]);

    // A file with one bad row: the report names row 3, column and reason; nothing is written.
    const bad = file(
      'locaties-fout.csv',
      [HEADER, GOOD_ROW, 'E2E-GRO-2,Noodopvang E2E,GM0014,noodopvang,tien,,,'].join('\n'),
    );
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(bad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => focusedText(page)).toBe('Controlerapport');
    expect(await tableRows(page, 'Meldingen per rij')).toEqual([
      ['3', 'capaciteit', 'Fout', "'tien' is geen geheel getal van 0 of meer"],
    ]);
    expect(await main.textContent()).toContain('Er is 1 fout gevonden. Er wordt niets ingelezen');
    expect(await page.getByRole('button', { name: 'Bevestigen en inlezen' }).count()).toBe(0);
    expect(await locationCodes(page)).toEqual([]);
    expect(await axe(page, 'gemeente-importeren-fouten')).toEqual([]);

    // A good file: check, then confirm; the upload shows its progress while it runs.
    const good = file('locaties-goed.csv', [HEADER, GOOD_ROW].join('\n'));
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(good);
    expect(await page.getByRole('heading', { name: 'Controlerapport' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => focusedText(page)).toBe('Controlerapport');
    expect(await main.textContent()).toContain('Er zijn geen fouten gevonden.');
    expect(await locationCodes(page)).toEqual([]);
    expect(await axe(page, 'gemeente-importeren-gecontroleerd')).toEqual([]);

    let releaseUpload: () => void = () => {};
    const uploadHeld = new Promise<void>((resolve) => {
      releaseUpload = resolve;
    });
    const confirmUpload = /\/api\/v1\/imports\/locaties\?proefrun=nee/;
    await page.route(
      confirmUpload,
      async (route) => {
        await uploadHeld;
        await route.continue();
      },
      { times: 1 },
    );
    await page.getByRole('button', { name: 'Bevestigen en inlezen' }).click();
    await page.getByLabel('Voortgang van het verzenden').waitFor();
    expect(await page.getByRole('button', { name: 'Bezig met inlezen…' }).count()).toBe(1);
    releaseUpload();
    await expect.poll(() => focusedText(page)).toMatch(/^Ingelezen als batch \d+/);
    const batch = Number(/batch (\d+)/.exec(await focusedText(page))![1]);
    expect(await locationCodes(page)).toEqual(['E2E-GRO-1']);
    await expect
      .poll(() => tableRows(page, 'Importbatches'))
      .toEqual([
        [
          String(batch),
          'Locaties',
          'locaties-goed.csv',
          DEMO.gemeente,
          expect.stringMatching(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/),
          '1 rij: 1 nieuw',
          'Actief',
          `Terugdraaien batch ${batch}`,
        ],
      ]);
    expect(await axe(page, 'gemeente-importeren-ingelezen')).toEqual([]);

    // The location is in the list, with a Dutch number and a filter.
    await page.getByRole('link', { name: 'Locaties', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Locaties');
    await expect.poll(() => main.textContent()).toContain('1 locatie');
    expect(await tableRows(page, 'Locaties met code')).toEqual([
      ['AZC E2E Groningen', 'E2E-GRO-1', 'Groningen', 'azc', 'Open', '120'],
    ]);
    await page.getByLabel('Filter de locaties').fill('noodopvang');
    await expect.poll(() => main.textContent()).toContain('0 van 1 locaties gevonden');
    await page.getByLabel('Filter de locaties').fill('e2e-gro');
    await expect.poll(() => main.textContent()).toContain('1 van 1 locaties gevonden');
    expect(await axe(page, 'gemeente-locaties')).toEqual([]);

    // Its page: facts as ja / nee / onbekend, Dutch dates, the type history.
    await page.getByRole('link', { name: 'AZC E2E Groningen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('AZC E2E Groningen');
    expect(await page.title()).toBe('AZC E2E Groningen — Kindkader');
    const text = await main.textContent();
    expect(text).toContain('Zelf koken mogelijkja');
    expect(text).toContain('Kinderraadnee');
    expect(text).toContain('Speelvoorzieningonbekend');
    expect(text).toContain('Open sinds01-03-2024');
    expect(text).toContain('Capaciteit120 plaatsen');
    expect(await tableRows(page, 'Types van AZC E2E Groningen')).toEqual([
      ['vanaf het begin', 'azc', 'geen bijzonder gebouw'],
    ]);
    expect(await axe(page, 'gemeente-locatie')).toEqual([]);

    // Edit it: the server's message for a half coordinate lands on the field, then it saves.
    await page.getByRole('link', { name: 'Wijzigen AZC E2E Groningen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('AZC E2E Groningen wijzigen');
    expect(await page.getByLabel(/^Code/).inputValue()).toBe('E2E-GRO-1');
    expect(await axe(page, 'gemeente-locatie-wijzigen')).toEqual([]);
    await page.getByRole('textbox', { name: /^Capaciteit/ }).fill('150');
    await page.getByLabel('Breedtegraad').fill('53,2194');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('De locatie is niet opgeslagen');
    expect(await focusedText(page)).toContain('Lengtegraad: Lat en lon horen samen');
    await page.getByRole('link', { name: /^Lengtegraad:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('locatie-lon');
    expect(await axe(page, 'gemeente-locatie-wijzigen-fout')).toEqual([]);
    await page.getByLabel('Lengtegraad').fill('6,5665');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toBe('De wijzigingen zijn opgeslagen.');
    await expect.poll(() => page.locator('h1').textContent()).toBe('AZC E2E Groningen');
    expect(await main.textContent()).toContain('Capaciteit150 plaatsen');
    expect(await main.textContent()).toContain('53,2194° NB, 6,5665° OL');
    expect(await axe(page, 'gemeente-locatie-gewijzigd')).toEqual([]);

    // Roll back: the import batch first is refused, since the form's batch builds on it.
    await page.getByRole('link', { name: 'Importeren' }).click();
    await expect.poll(() => tableRows(page, 'Importbatches')).toHaveLength(2);
    const [formRow] = await tableRows(page, 'Importbatches');
    const formBatch = Number(formRow![0]);
    expect(formRow![2]).toBe('formulier');
    await page.getByRole('button', { name: `Terugdraaien batch ${batch}` }).click();
    await expect.poll(() => focusedText(page)).toBe(`Batch ${batch} terugdraaien?`);
    expect(await axe(page, 'gemeente-terugdraaien-bevestigen')).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Terugdraaien batch ${batch}`);
    await page.getByRole('button', { name: `Terugdraaien batch ${batch}` }).click();
    await page.getByRole('button', { name: 'Ja, terugdraaien' }).click();
    await expect.poll(() => focusedText(page)).toContain(`Batch ${batch} is niet teruggedraaid`);
    expect(await focusedText(page)).toContain(`de batches ${formBatch} bouwen erop voort`);
    expect(await axe(page, 'gemeente-terugdraaien-geweigerd')).toEqual([]);

    await page.getByRole('button', { name: `Terugdraaien batch ${formBatch}` }).click();
    await page.getByRole('button', { name: 'Ja, terugdraaien' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Batch ${formBatch} is teruggedraaid.`);
    await page.getByRole('button', { name: `Terugdraaien batch ${batch}` }).click();
    await page.getByRole('button', { name: 'Ja, terugdraaien' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Batch ${batch} is teruggedraaid.`);
    const rows = await tableRows(page, 'Importbatches');
    expect(rows.map((row) => row[6])).toEqual([
      expect.stringMatching(/^Teruggedraaid op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/),
      expect.stringMatching(/^Teruggedraaid op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/),
    ]);
    expect(rows.map((row) => row[7])).toEqual(['', '']);
    expect(await locationCodes(page)).toEqual([]);
    expect(await axe(page, 'gemeente-importeren-teruggedraaid')).toEqual([]);

    await page.getByRole('link', { name: 'Locaties', exact: true }).click();
    await expect.poll(() => main.textContent()).toContain('Er zijn nog geen locaties.');
    expect(problems).toEqual([]);
  });

  it('adds a location with the form and says so', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    await page.goto(`${app.base}/locaties`);
    await page.getByRole('link', { name: 'Nieuwe locatie' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nieuwe locatie');
    expect(await page.getByLabel('Gemeente').inputValue()).toBe('GM0014');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul de code van de locatie in.');
    expect(await axe(page, 'gemeente-locatie-nieuw-fout')).toEqual([]);
    await page.getByLabel(/^Code/).fill('E2E-FORM-1');
    await page.getByLabel('Naam').fill('Crisisnoodopvang Sporthal Noord');
    await page.getByLabel('Type opvang').selectOption('crisisnoodopvang');
    await page.getByLabel('Soort gebouw').selectOption('sporthal');
    await page.getByRole('textbox', { name: /^Capaciteit/ }).fill('1250');
    await page.getByLabel('Open sinds').fill('2025-01-15');
    await page
      .getByRole('group', { name: 'Speelvoorziening' })
      .getByRole('radio', { name: 'nee' })
      .check();
    expect(await axe(page, 'gemeente-locatie-nieuw')).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toBe('De locatie is toegevoegd.');
    const text = await page.locator('main').textContent();
    expect(text).toContain('Typecrisisnoodopvang (sporthal)');
    expect(text).toContain('Capaciteit1.250 plaatsen');
    expect(text).toContain('Speelvoorzieningnee');
    expect(text).toContain('Open sinds15-01-2025');
    expect(text).toContain('Coördinatenniet ingevuld');
    expect(await axe(page, 'gemeente-locatie-toegevoegd')).toEqual([]);
    // Reloading does not repeat the message.
    await page.reload();
    await page.locator('h1', { hasText: 'Crisisnoodopvang Sporthal Noord' }).waitFor();
    expect(await page.getByText('De locatie is toegevoegd.').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('lets the beheerder import only facilities and see the batches, and the monitor no import page', async () => {
    const beheerder = await app.newPage();
    await app.login(beheerder.page, DEMO.beheerder);
    await beheerder.page.getByRole('link', { name: 'Importeren' }).click();
    await expect.poll(() => beheerder.page.locator('h1').textContent()).toBe('Importeren');
    await beheerder.page.getByRole('heading', { name: 'Importbatches' }).waitFor();
    const soort = beheerder.page.getByLabel('Wat leest u in?');
    expect(await soort.locator('option').allTextContents()).toEqual(['Voorzieningen']);
    expect(await beheerder.page.getByLabel('Bestand', { exact: true }).count()).toBe(1);
    expect(await beheerder.page.locator('main').textContent()).toContain(
      'Kolommen van een bestand met voorzieningen',
    );
    expect(await axe(beheerder.page, 'beheerder-importeren')).toEqual([]);
    await beheerder.page.getByRole('link', { name: 'Locaties', exact: true }).click();
    await expect.poll(() => beheerder.page.locator('h1').textContent()).toBe('Locaties');
    await beheerder.page.getByRole('link', { name: 'Crisisnoodopvang Sporthal Noord' }).waitFor();
    expect(await beheerder.page.getByRole('link', { name: 'Nieuwe locatie' }).count()).toBe(0);
    expect(await axe(beheerder.page, 'beheerder-locaties')).toEqual([]);
    await beheerder.page.getByRole('link', { name: 'Crisisnoodopvang Sporthal Noord' }).click();
    await beheerder.page.getByRole('heading', { name: 'Geschiedenis van het type' }).waitFor();
    expect(await beheerder.page.getByRole('link', { name: /^Wijzigen/ }).count()).toBe(0);
    expect(await axe(beheerder.page, 'beheerder-locatie')).toEqual([]);
    await beheerder.page.getByRole('button', { name: 'English' }).click();
    await beheerder.page.getByRole('heading', { name: 'History of the type' }).waitFor();
    expect(await beheerder.page.locator('main').textContent()).toContain(
      'Typecrisis emergency shelter (sports hall)',
    );
    expect(await axe(beheerder.page, 'beheerder-locatie-en')).toEqual([]);
    await beheerder.page.getByRole('link', { name: 'Import', exact: true }).click();
    await beheerder.page.getByRole('heading', { name: 'Import batches' }).waitFor();
    expect(await axe(beheerder.page, 'beheerder-importeren-en')).toEqual([]);
    expect(beheerder.problems).toEqual([]);

    const monitor = await app.newPage();
    await app.login(monitor.page, DEMO.monitor);
    expect(await monitor.page.getByRole('link', { name: 'Importeren' }).count()).toBe(0);
    await monitor.page.goto(`${app.base}/importeren`);
    await expect.poll(() => monitor.page.locator('h1').textContent()).toBe('Geen toegang');
    expect(await axe(monitor.page, 'monitor-importeren')).toEqual([]);
    await monitor.page.goto(`${app.base}/locaties/nieuw`);
    await expect.poll(() => monitor.page.locator('h1').textContent()).toBe('Geen toegang');
    await monitor.page.goto(`${app.base}/locaties`);
    await monitor.page.getByRole('link', { name: 'Crisisnoodopvang Sporthal Noord' }).waitFor();
    expect(await axe(monitor.page, 'monitor-locaties')).toEqual([]);
    expect(monitor.problems).toEqual([]);
  });
});
