/**
 * The kwaliteitskader in a real browser: reading the framework (Dutch and English), and a
 * municipality adopting it with one tightened threshold — a looser one refused first — then
 * seeing baseline and local version side by side. axe-core on every page.
 */
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

/** The session check answers 401 while nobody is logged in; the browser logs it. */
const EXPECTED_STATUS = /status of 401/;

describeInBrowser('the kwaliteitskader in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows every theme and norm with explanation, source and default, in Dutch and English', async () => {
    const { page, problems } = await app.newPage();
    await page.goto(`${app.base}/`);
    await page.getByRole('link', { name: 'Kwaliteitskader' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kwaliteitskader');
    expect(await page.title()).toBe('Kwaliteitskader — Kindkader');
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Versie 2025.1: 8 thema’s en 24 normen.');
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'R1 · Opvang als tijdelijk thuis',
      'R2 · Weinig overplaatsingen, stabiele opvang op passende locaties',
      'R3 · Geen kinderen in (crisis)noodopvang',
      'R4 · Activiteiten en participatie',
      'R5 · Snelle toegang tot onderwijs en medische zorg',
      'R6 · Aandacht voor jongvolwassenen (18+)',
      'R7 · Werken met een kwaliteitskader',
      'R8 · De Spreidingswet uitvoeren en voorrang voor statushouders',
    ]);
    expect(await page.locator('main h3').count()).toBe(24);
    const r11 = page.getByRole('article', { name: 'R1.1 Kleinschalig' });
    const r11Text = await r11.textContent();
    expect(r11Text).toContain('De locatie heeft niet meer dan 150 plaatsen.');
    expect(r11Text).toContain('Norm (standaard)Capaciteit ≤ 150 plaatsen');
    expect(r11Text).toContain('Hoe getoetstDrempel op een kenmerk, per locatie');
    expect(r11Text).toContain('BronBeleid: COA:');
    expect(r11Text).toContain('GeldtAls er kinderen zijn');
    const r32 = await page.getByRole('article', { name: /^R3\.2/ }).textContent();
    expect(r32).toContain(
      'I4 mediane dagen in noodopvang (Kaplan–Meier) ≤ 14 dagen; voldoet deels tot 183 dagen; harde grens 183 dagen',
    );
    expect(r32).toContain('Instelbaar (voorstel)');
    expect(await axe(page, 'kwaliteitskader')).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Quality framework');
    const english = await page.getByRole('article', { name: 'R1.1 Small-scale' }).textContent();
    expect(english).toContain('Norm (default)Capacity ≤ 150 places');
    expect(english).toContain('The location has no more than 150 places.');
    expect(await axe(page, 'kwaliteitskader-en')).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kwaliteitskader');
    expect(problems).toEqual([]);
  });

  it('lets a municipality adopt the framework with one tightened threshold, looser refused', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    await page.getByRole('link', { name: 'Kwaliteitskader' }).click();
    await page.getByRole('link', { name: /^Het kader van uw gemeente, Groningen/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kwaliteitskader van Groningen');
    const main = page.locator('main');
    await expect
      .poll(() => main.textContent())
      .toContain('Groningen heeft nog geen versie van het kwaliteitskader aangenomen.');
    expect(await axe(page, 'gemeente-kader-nieuw')).toEqual([]);

    await page.getByRole('button', { name: 'Versie aannemen' }).click();
    await page.getByRole('heading', { name: 'Basiskader en lokaal kader' }).waitFor();
    expect(await main.textContent()).toContain('Geen afwijkingen van het basiskader.');
    expect(await main.textContent()).toContain(
      'Groningen heeft versie 2025.1 van het kwaliteitskader aangenomen.',
    );

    // Looser than the baseline: refused before anything is sent, on the field, in Dutch.
    await page.getByLabel('Norm', { exact: true }).first().selectOption('R1.1');
    await page.getByLabel('Nieuw maximum').fill('200');
    await page.getByRole('button', { name: 'Aanscherping opslaan' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('R1.1: 200 is niet strenger dan de basiswaarde 150');
    await page.getByRole('link', { name: /^R1\.1: 200 is niet strenger/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('aanscherpen-max');
    expect(await axe(page, 'gemeente-kader-aanscherpen-fout')).toEqual([]);

    await page.getByLabel('Nieuw maximum').fill('100');
    await page.getByLabel('Reden (niet verplicht)').fill('Raadsbesluit december 2025');
    await page.getByRole('button', { name: 'Aanscherping opslaan' }).click();
    await expect.poll(() => focusedText(page)).toBe('Opgeslagen. Het kader staat nu op revisie 2.');
    await expect.poll(() => main.textContent()).toContain('1 norm aangescherpt');
    const rows = await tableRows(page, 'R1 · Opvang als tijdelijk thuis: basiskader');
    expect(rows[0]).toEqual([
      'R1.1 Kleinschalig',
      'Capaciteit ≤ 150 plaatsen',
      'Capaciteit ≤ 100 plaatsen',
      'AangescherptReden: Raadsbesluit december 2025',
      'Aanscherping intrekken R1.1',
    ]);
    expect(rows[1]).toEqual([
      'R1.2 Aparte slaapruimtes voor kinderen',
      'Aparte slaapruimte voor kinderen: ja',
      'Aparte slaapruimte voor kinderen: ja',
      'Gelijk',
      '',
    ]);
    expect(
      await page.getByRole('link', { name: 'Download kader-GM0014.yaml' }).getAttribute('href'),
    ).toBe('/api/v1/gemeenten/GM0014/kader.yaml');
    expect(await axe(page, 'gemeente-kader-aangescherpt')).toEqual([]);
    expect(problems).toEqual([]);

    // Another account reads it, without the forms.
    const monitor = await app.newPage();
    await app.login(monitor.page, DEMO.monitor);
    await monitor.page.goto(`${app.base}/gemeenten/GM0014/kader`);
    await monitor.page.getByRole('heading', { name: 'Basiskader en lokaal kader' }).waitFor();
    expect(await monitor.page.locator('main').textContent()).toContain(
      'Alleen de gemeente zelf kan dit kader wijzigen.',
    );
    expect(await monitor.page.getByRole('button', { name: 'Aanscherping opslaan' }).count()).toBe(
      0,
    );
    const seen = await tableRows(monitor.page, 'R1 · Opvang als tijdelijk thuis: basiskader');
    expect(seen[0]!.slice(0, 4)).toEqual(rows[0]!.slice(0, 4));
    expect(await axe(monitor.page, 'monitor-gemeente-kader')).toEqual([]);
    expect(monitor.problems).toEqual([]);
  });
});
