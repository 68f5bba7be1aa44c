/**
 * An assessment in a real browser: a municipality starts one from the location page, scores the
 * assessor norms with evidence and an attachment, adds an improvement action, and may not adopt
 * it itself; a colleague adopts it. axe-core on every step.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../support/app.js';
import {
  axe,
  type BrowserApp,
  describeInBrowser,
  focusedText,
  startBrowserApp,
} from '../support/browser.js';
import { CLI, importText } from '../support/imports.js';

/** Answers the test provokes on purpose; the browser logs them as console errors. */
const EXPECTED_STATUS = /status of (401|422)/;
const COLLEGA = { email: 'collega-e2e@example.nl', password: 'wachtwoord-collega-e2e' };

async function score(page: Page, norm: string, uitkomst: string, onderbouwing: string) {
  await page
    .getByRole('group', { name: `Uitkomst van ${norm}` })
    .getByLabel(uitkomst, { exact: true })
    .check();
  await page.getByLabel(`Onderbouwing van ${norm}`).fill(onderbouwing);
  await page.getByRole('button', { name: `Oordeel over ${norm} opslaan` }).click();
  await page.getByText(`Het oordeel over ${norm} is opgeslagen.`).waitFor();
}

describeInBrowser('assessments in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
    await importText(
      app.t,
      'locaties',
      'code,naam,gemeente,type,status,capaciteit,open_sinds,open_tot\nBEO-E2E,Azc Beoordeling E2E,GM0014,azc,open,120,2020-01-01,2030-01-01',
    );
    await importText(
      app.t,
      'gebeurtenissen',
      'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie\nBE2E-1,2016-01,nee,instroom,2025-02-01,BEO-E2E',
    );
    await app.t.ctx.gebruikers.create(CLI, {
      email: COLLEGA.email,
      rol: 'gemeente',
      organisatie: 'GM0014',
      wachtwoord: COLLEGA.password,
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('is started, scored with evidence, given an action, and adopted by a second person', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    await page.goto(`${app.base}/locaties/BEO-E2E`);
    await page.getByRole('heading', { name: 'Beoordelingen' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(
      'Er zijn nog geen beoordelingen van deze locatie.',
    );

    await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
    await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul de begindatum in.');
    expect(await axe(page, 'beoordeling-nieuw-fouten')).toEqual([]);
    await page.getByLabel('Van', { exact: true }).fill('2025-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2025-06-30');
    await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();

    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Beoordeling van Azc Beoordeling E2E');
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Capaciteit 120 plaatsen (norm ≤ 150).');
    const adopt = page.getByRole('button', { name: 'Vaststellen' });
    expect(await adopt.isDisabled()).toBe(true);
    expect(await main.textContent()).toContain('U hebt deze beoordeling aangemaakt.');
    expect(await axe(page, 'beoordeling-concept')).toEqual([]);

    // Without an outcome and evidence: an error summary naming both.
    await page.getByRole('button', { name: 'Oordeel over R1.4 opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Kies een uitkomst.');
    expect(await axe(page, 'beoordeling-oordeel-fouten')).toEqual([]);
    await score(page, 'R1.4', 'Voldoet deels', 'Bezocht op 12 juni: eigen kamers, geen gordijnen.');
    await score(page, 'R7.3', 'Voldoet', 'Stiltekamer en speelhoek gezien.');

    // A file that is not what it claims is refused; a PDF is kept.
    const upload = page.getByLabel('Bijlage bij R1.4');
    await upload.setInputFiles({
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from('geen plaatje'),
    });
    await page.getByRole('button', { name: 'Bijlage bij R1.4 toevoegen' }).click();
    await page.getByText('Het bestand is geen PDF, JPEG of PNG').waitFor();
    await upload.setInputFiles({
      name: 'verslag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nverslag\n'),
    });
    await page.getByRole('button', { name: 'Bijlage bij R1.4 toevoegen' }).click();
    await page.getByRole('link', { name: 'verslag.pdf' }).waitFor();

    await page.getByRole('button', { name: 'Verbeteractie toevoegen' }).click();
    await page.getByLabel('Norm', { exact: true }).selectOption('R1.4');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Gordijnen in de gezinskamers');
    await page.getByLabel('Eigenaar', { exact: true }).fill('Locatiemanager');
    await page.getByLabel('Deadline', { exact: true }).fill('2025-09-01');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('cell', { name: 'Locatiemanager' }).waitFor();
    expect(await axe(page, 'beoordeling-ingevuld')).toEqual([]);
    const url = page.url();
    expect(problems).toEqual([]);

    // A colleague adopts it; then it is locked.
    const second = await app.newPage();
    await app.login(second.page, COLLEGA.email, COLLEGA.password);
    await second.page.goto(url);
    const adoptByColleague = second.page.getByRole('button', { name: 'Vaststellen' });
    await adoptByColleague.waitFor();
    expect(await adoptByColleague.isDisabled()).toBe(false);
    await adoptByColleague.click();
    await second.page
      .getByText('Deze beoordeling is vastgesteld en daarom niet meer te wijzigen.')
      .waitFor();
    expect(await second.page.getByRole('button', { name: /Oordeel over/ }).count()).toBe(0);
    expect(await axe(second.page, 'beoordeling-vastgesteld')).toEqual([]);
    expect(second.problems).toEqual([]);
  }, 120_000);
});
