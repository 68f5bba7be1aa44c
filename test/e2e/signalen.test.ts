/**
 * The signal list in a real browser: the demo location account sees the children at its
 * locations that need action, downloads the list, changes a threshold of one location and
 * follows a signal to the child's page; a municipality sees no signals at all. axe-core on every
 * page. Skipped (with a message) where no Chromium is installed, except in CI.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PEILDATUM_KEY } from '../../src/server/features/demo/service.js';
import { createGebruikersRepo } from '../../src/server/features/gebruikers/repo.js';
import { createSettingsRepo } from '../../src/server/features/installatie/settings-repo.js';
import { pseudonymiserFromKey } from '../../src/server/pseudonym.js';
import { DEMO, TEST_PSEUDONYM_KEY } from '../support/app.js';
import {
  axe,
  type BrowserApp,
  describeInBrowser,
  focusedText,
  startBrowserApp,
  tableRows,
} from '../support/browser.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

const pseudonym = pseudonymiserFromKey(TEST_PSEUDONYM_KEY);
const KIND_NOOD = pseudonym('BRON-NOOD');
const KIND_AMV = pseudonym('BRON-AMV');

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
/** A pseudonym in a table cell: shortened on screen, whole for screen readers. */
const pseudonymCell = (value: string) => `${value.slice(0, 8)}…${value}`;

const LOCATIONS = [
  'code,naam,gemeente,type,capaciteit',
  'SG-AZC,AZC Signalen,GM0014,azc,200',
  'SG-NOOD,Noodopvang Signalen,GM0014,noodopvang,80',
].join('\n');

const EVENTS = [
  'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie,soort',
  // 188 days in noodopvang on 17-07-2025, not at school, no JGZ intake.
  'BRON-NOOD,2014-05,nee,instroom,2025-01-10,SG-NOOD,',
  // Unaccompanied, 18 on 01-09-2025, without a perspectiefplan.
  'BRON-AMV,2007-09,ja,instroom,2024-12-01,SG-AZC,',
  'BRON-AMV,2007-09,ja,jgz_intake,2024-12-05,,',
  'BRON-AMV,2007-09,ja,onderwijs_start,2024-12-10,,isk',
  // Settled: on no list.
  'BRON-RUST,2010-03,nee,instroom,2025-06-01,SG-AZC,',
  'BRON-RUST,2010-03,nee,jgz_intake,2025-06-05,,',
  'BRON-RUST,2010-03,nee,onderwijs_start,2025-06-10,,vo',
].join('\n');

const CAPTION = 'Kinderen met een signaal';
const NOOD_SIGNALEN = [
  '188 dagen niet naar school (drempel 60)',
  'Geen JGZ-intake, 188 dagen na instroom (drempel 42)',
];

describeInBrowser('the signal list in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    // Before logging in, the app asks for a session and gets a 401.
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: /status of 401/ });
    expect(errorsOf(await importText(app.t, 'locaties', LOCATIONS))).toEqual([]);
    expect(errorsOf(await importText(app.t, 'gebeurtenissen', EVENTS))).toEqual([]);
    // What loading the demo set does for the demo account: its locations and the peildatum.
    const db = app.t.database.db;
    const account = await createGebruikersRepo(db).byEmail(DEMO.locatie);
    await createGebruikersRepo(db).setLocations(account!.id, ['SG-AZC', 'SG-NOOD']);
    await createSettingsRepo(db).set(DEMO_PEILDATUM_KEY, '2025-07-17');
  }, 120_000);

  afterAll(() => app?.close());

  it('shows location staff the children that need action, and lets them set the thresholds', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.locatie);
    const main = page.locator('main');

    await nav(page).getByRole('link', { name: 'Signalen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Signalen');
    expect(await page.title()).toBe('Signalen — Kindkader');
    await expect
      .poll(() => main.textContent())
      .toContain('2 kinderen met een signaal, van 3 op uw locaties');
    expect(await main.textContent()).toContain('Signalen op 17-07-2025');
    expect(await main.textContent()).toContain(
      'Elke keer dat u deze gegevens bekijkt, wordt dat vastgelegd',
    );
    expect(await tableRows(page, CAPTION)).toEqual([
      [
        pseudonymCell(KIND_AMV),
        '17 jaar',
        'AZC Signalen (SG-AZC)',
        'Wordt over 46 dagen 18, zonder perspectiefplan (drempel 90 dagen)',
      ],
      [
        pseudonymCell(KIND_NOOD),
        '11 jaar',
        'Noodopvang Signalen (SG-NOOD)',
        ['188 dagen in noodopvang (drempel 90)', ...NOOD_SIGNALEN].join(''),
      ],
    ]);
    expect(await main.textContent()).toContain(
      'Kies hierboven één locatie om haar drempels te zien en te wijzigen.',
    );
    expect(await axe(page, 'locatie-signalen')).toEqual([]);

    // The list as a spreadsheet.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: 'Download Excel (XLSX) van Wie nu aandacht nodig heeft' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('signalen-2025-07-17.xlsx');

    // One location: its children, and its thresholds.
    await page.getByLabel('Locatie', { exact: true }).selectOption('SG-NOOD');
    await expect
      .poll(() => main.textContent())
      .toContain('1 kind met een signaal op Noodopvang Signalen (SG-NOOD), van 1 daar');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toContain('Drempels van Noodopvang Signalen (SG-NOOD)');
    const noodopvang = page.getByLabel('Dagen in noodopvang', { exact: true });
    await expect.poll(() => noodopvang.inputValue()).toBe('90');
    expect(await axe(page, 'locatie-signalen-drempels')).toEqual([]);

    // Our own check first: whole days from 1 to 730.
    await noodopvang.fill('0');
    await page.getByRole('button', { name: 'Drempels opslaan' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('Dagen in noodopvang: vul een heel aantal dagen in van 1 tot en met 730.');
    expect(await axe(page, 'locatie-signalen-drempels-fout')).toEqual([]);

    // 188 days are no longer too long at this location; the list follows at once.
    await noodopvang.fill('200');
    await page.getByRole('button', { name: 'Drempels opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('De drempels zijn opgeslagen. De lijst hierboven gebruikt ze al.');
    await expect
      .poll(() => tableRows(page, CAPTION))
      .toEqual([
        [
          pseudonymCell(KIND_NOOD),
          '11 jaar',
          'Noodopvang Signalen (SG-NOOD)',
          NOOD_SIGNALEN.join(''),
        ],
      ]);
    expect(await main.textContent()).toMatch(/Laatst gewijzigd op \d\d-\d\d-\d{4} \d\d:\d\d door/);
    expect(await axe(page, 'locatie-signalen-drempels-opgeslagen')).toEqual([]);

    // A signal leads to the child's page.
    await page.getByRole('link', { name: KIND_NOOD }).click();
    await expect.poll(() => page.url()).toBe(`${app.base}/kinderen/${KIND_NOOD}`);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe(`Kind ${KIND_NOOD.slice(0, 8)}…`);
    await expect
      .poll(() => main.textContent())
      .toContain('Huidige locatieNoodopvang Signalen (SG-NOOD)');

    const audit = await app.t.ctx.audit.page(CLI, { pagina: 1, paginaGrootte: 100 });
    const actions = audit.items.map((item) => item.actie);
    expect(actions).toContain('signalen.lijst');
    expect(actions).toContain('signalen.export');
    expect(actions).toContain('signalen.drempels-wijzigen');
    expect(problems).toEqual([]);
  });

  it('shows a municipality no signals', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    expect(await nav(page).getByRole('link', { name: 'Signalen' }).count()).toBe(0);
    await page.goto(`${app.base}/signalen`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Geen toegang');
    expect(await axe(page, 'gemeente-signalen')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
