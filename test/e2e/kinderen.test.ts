/**
 * Children and activities in a real browser. A location's staff see the children now at their
 * locations, look one up by the source system's id and follow its journey; a municipality adds,
 * changes and ends an activity of a location and sees no children at all. The system Chromium
 * driven by playwright-core, axe-core on every page. Skipped (with a message) where no Chromium
 * is installed, except in CI (KINDKADER_BROWSERTESTS=verplicht).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

/** Answers the test provokes on purpose; the browser logs them as console errors. */
const EXPECTED_STATUS = /status of (401|404|422)/;

const CPK = { email: 'cpk@example.nl', wachtwoord: 'wachtwoord-van-cpk' } as const;
const KIND_1 = pseudonym('BRON-1');
const KIND_2 = pseudonym('BRON-2');

/** The main navigation. */
const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** A pseudonym in a table cell: shortened on screen, whole for screen readers. */
const pseudonymCell = (value: string) => `${value.slice(0, 8)}…${value}`;

const LOCATIONS = [
  'code,naam,gemeente,type,subtype,capaciteit',
  'KK-AZC,AZC Kindkader,GM0014,azc,,200',
  'KK-NOOD,Noodopvang Hotel Kindkader,GM0014,noodopvang,hotel,80',
].join('\n');

const EVENTS = [
  'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie,soort',
  'BRON-1,2015-03,nee,instroom,2025-01-10,KK-AZC,',
  'BRON-1,2015-03,nee,jgz_intake,2025-01-20,,',
  'BRON-1,2015-03,nee,onderwijs_start,2025-02-01,,po',
  'BRON-1,2015-03,nee,verhuizing,2025-03-01,KK-NOOD,',
  'BRON-2,2009-11,ja,instroom,2025-02-15,KK-AZC,',
  // A move to where the child already is: kept, but ignored.
  'BRON-2,2009-11,ja,verhuizing,2025-04-01,KK-AZC,',
].join('\n');

describeInBrowser('children and activities in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    // A Dutch browser: date fields speak Dutch too.
    app = await startBrowserApp({ locale: 'nl-NL', tolerate: EXPECTED_STATUS });
    expect(errorsOf(await importText(app.t, 'locaties', LOCATIONS))).toEqual([]);
    expect(errorsOf(await importText(app.t, 'gebeurtenissen', EVENTS))).toEqual([]);
    await app.t.ctx.gebruikers.create(CLI, {
      email: CPK.email,
      rol: 'locatie',
      organisatie: 'COA',
      locaties: ['KK-AZC', 'KK-NOOD'],
      wachtwoord: CPK.wachtwoord,
    });
  }, 120_000);

  afterAll(() => app?.close());

  it("shows a location's staff the children now there, finds one by its source id and shows its journey", async () => {
    const { page, problems } = await app.newPage();
    // In demo mode the banner names the demo set's peildatum (this server has no demo set).
    await page.route('**/api/v1/health', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        json: { ...(await response.json()), demo: true, demoPeildatum: '2025-07-17' },
      });
    });
    await app.login(page, CPK.email, CPK.wachtwoord);
    const main = page.locator('main');
    expect(await page.locator('.kk-demo-banner').textContent()).toContain(
      'Demodata — fictief · peildatum 17-07-2025',
    );

    // The home page and the navigation lead to the children; reading them is logged, and the
    // page says so.
    expect(await page.getByRole('link', { name: 'Naar de kinderen op uw locaties' }).count()).toBe(
      1,
    );
    await nav(page).getByRole('link', { name: 'Kinderen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kinderen');
    expect(await page.title()).toBe('Kinderen — Kindkader');
    await expect.poll(() => main.textContent()).toContain('2 kinderen');
    expect(await main.textContent()).toContain(
      'Elke keer dat u deze gegevens bekijkt, wordt dat vastgelegd',
    );
    const caption = 'Kinderen die nu op uw locaties verblijven';
    const rows = await tableRows(page, caption);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual([
      pseudonymCell(KIND_1),
      expect.stringMatching(/^\d+ jaar$/),
      'nee',
      'Noodopvang Hotel Kindkader (KK-NOOD)',
      '01-03-2025',
    ]);
    expect(rows).toContainEqual([
      pseudonymCell(KIND_2),
      expect.stringMatching(/^\d+ jaar$/),
      'ja',
      'AZC Kindkader (KK-AZC)',
      '15-02-2025',
    ]);
    expect(await axe(page, 'locatie-kinderen')).toEqual([]);

    // Only the children at one location.
    await page.getByLabel('Locatie', { exact: true }).selectOption('KK-AZC');
    await expect
      .poll(() => main.textContent())
      .toContain('1 kind op AZC Kindkader (KK-AZC), van 2 in totaal');
    expect((await tableRows(page, caption)).map((row) => row[0])).toEqual([pseudonymCell(KIND_2)]);
    expect(await axe(page, 'locatie-kinderen-filter')).toEqual([]);

    // Looking up an id that is not here: the server's Dutch message, focused; the id is gone.
    const bronId = page.getByLabel('Id uit het bronsysteem (bijvoorbeeld COA)');
    expect(await bronId.getAttribute('autocomplete')).toBe('off');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul de id uit het bronsysteem in.');
    await bronId.fill('BRON-ONBEKEND');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('Er is geen kind met deze id op de locaties waarvoor uw account geldt.');
    expect(await bronId.inputValue()).toBe('');
    expect(await axe(page, 'locatie-kinderen-niet-gevonden')).toEqual([]);

    // Looking up BRON-1 leads to its page, by pseudonym; the id is never in the address.
    await bronId.fill('BRON-1');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => page.url()).toBe(`${app.base}/kinderen/${KIND_1}`);
    const kort = `${KIND_1.slice(0, 8)}…`;
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Kind ${kort}`);
    expect(await page.title()).toBe(`Kind ${kort} — Kindkader`);
    await expect.poll(() => main.textContent()).toContain('Geboortemaandmaart 2015');
    const text = await main.textContent();
    expect(text).toContain(`Pseudoniem${KIND_1}`);
    expect(text).toContain('Alleenstaande minderjarige (amv)nee');
    expect(text).toContain('Huidige locatieNoodopvang Hotel Kindkader (KK-NOOD)');
    expect(text).toContain('Elke keer dat u deze gegevens bekijkt, wordt dat vastgelegd');
    expect(await tableRows(page, `Verblijven van kind ${kort}`)).toEqual([
      ['AZC Kindkader (KK-AZC)', 'azc', '10-01-2025', '01-03-2025'],
      ['Noodopvang Hotel Kindkader (KK-NOOD)', 'noodopvang', '01-03-2025', 'nu'],
    ]);
    const events = await tableRows(page, `Gebeurtenissen van kind ${kort}`);
    expect(events.map((row) => row.slice(0, 3))).toEqual([
      ['10-01-2025', 'Instroom in de opvang', '—'],
      ['20-01-2025', 'Intake jeugdgezondheidszorg (JGZ)', '—'],
      ['01-02-2025', 'Begin van onderwijs', 'primair onderwijs'],
      ['01-03-2025', 'Verhuizing', '—'],
    ]);
    expect(events[0]![3]).toBe('AZC Kindkader (KK-AZC)');
    expect(events[3]![3]).toBe('Noodopvang Hotel Kindkader (KK-NOOD)');
    expect(await axe(page, 'locatie-kind')).toEqual([]);

    // Back to the list, and on to the other child by its link.
    await page.getByRole('link', { name: 'Terug naar de kinderen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kinderen');
    await page.getByRole('link', { name: KIND_2 }).click();
    await expect.poll(() => main.textContent()).toContain('Geboortemaandnovember 2009');
    expect(await main.textContent()).toContain('Alleenstaande minderjarige (amv)ja');
    const kort2 = `${KIND_2.slice(0, 8)}…`;
    expect(await tableRows(page, `Gebeurtenissen van kind ${kort2}`)).toEqual([
      ['15-02-2025', 'Instroom in de opvang', '—', 'AZC Kindkader (KK-AZC)', ''],
      ['01-04-2025', 'Verhuizing', '—', 'AZC Kindkader (KK-AZC)', 'Genegeerd: telt niet mee'],
    ]);
    expect(await axe(page, 'locatie-kind-genegeerd')).toEqual([]);

    // A pseudonym that is not (or no longer) at the own locations.
    await page.goto(`${app.base}/kinderen/${'0'.repeat(32)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kind niet gevonden');
    expect(await main.textContent()).toContain('Er is geen kind met dit pseudoniem');
    expect(await axe(page, 'locatie-kind-niet-gevonden')).toEqual([]);

    // Every read and look-up is in the audit log, the source id nowhere.
    const audit = await app.t.ctx.audit.page(CLI, { pagina: 1, paginaGrootte: 100 });
    const actions = audit.items.map((item) => item.actie);
    expect(actions).toContain('kinderen.lijst');
    expect(actions).toContain('kind.zoeken');
    expect(actions).toContain('kind.bekijken');
    expect(JSON.stringify(audit)).not.toContain('BRON-1');

    // Location staff import events, but not facilities.
    await page.getByRole('link', { name: 'Importeren' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Importeren');
    const soort = page.getByLabel('Wat leest u in?');
    expect(await soort.locator('option').allTextContents()).toEqual([
      'Locaties',
      'Activiteiten',
      'Gebeurtenissen',
    ]);
    await soort.selectOption('gebeurtenissen');
    await expect
      .poll(() => main.textContent())
      .toContain('Kolommen van een bestand met gebeurtenissen');
    expect(await main.textContent()).toContain('worden bij het inlezen meteen gepseudonimiseerd');
    expect(await axe(page, 'locatie-importeren-gebeurtenissen')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lets a municipality add, change and end an activity, and shows it no children', async () => {
    const { page, problems } = await app.newPage();
    await app.login(page, DEMO.gemeente);
    const main = page.locator('main');

    // No children for a municipality: not in the navigation, and the page says no.
    expect(await nav(page).getByRole('link', { name: 'Kinderen' }).count()).toBe(0);
    expect(await nav(page).getByRole('link', { name: 'Locaties' }).count()).toBe(1);
    await page.goto(`${app.base}/kinderen`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Geen toegang');
    expect(await page.title()).toBe('Geen toegang — Kindkader');
    expect(await axe(page, 'gemeente-kinderen')).toEqual([]);
    await page.goto(`${app.base}/kinderen/${KIND_1}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Geen toegang');

    // The location's page has an activities section, still empty.
    await page.goto(`${app.base}/locaties/KK-AZC`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('AZC Kindkader');
    await expect
      .poll(() => main.textContent())
      .toContain('Er zijn nog geen activiteiten voor deze locatie.');
    await page.getByRole('link', { name: 'Activiteit toevoegen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Activiteit toevoegen');
    expect(await page.title()).toBe('Activiteit toevoegen — Kindkader');
    expect(await axe(page, 'gemeente-activiteit-nieuw')).toEqual([]);

    // Our own checks first, then the server's.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul de naam van de activiteit in.');
    expect(await focusedText(page)).toContain('Kies de categorie.');
    expect(await axe(page, 'gemeente-activiteit-nieuw-fout')).toEqual([]);
    await page.getByLabel(/^Naam/).fill('Voetbaltraining');
    await page.getByLabel('Partner').fill('VV Kindkader');
    await page.getByLabel(/^Categorie/).selectOption('sport');
    await page.getByLabel('Leeftijd van').fill('8');
    await page.getByLabel('Leeftijd tot').fill('6');
    await page.getByLabel(/^Aantal keer per week/).fill('1,5');
    await page.getByLabel('Bereik').fill('12');
    await page.getByLabel(/^Begindatum/).fill('2025-02-01');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('De activiteit is niet opgeslagen');
    expect(await focusedText(page)).toContain('Leeftijd tot: 6 is lager dan leeftijd_van 8');
    await page.getByRole('link', { name: /^Leeftijd tot:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('activiteit-leeftijd-tot');
    expect(await axe(page, 'gemeente-activiteit-nieuw-serverfout')).toEqual([]);
    await page.getByLabel('Leeftijd tot').fill('14');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => focusedText(page)).toBe('De activiteit Voetbaltraining is toegevoegd.');
    await expect.poll(() => page.locator('h1').textContent()).toBe('AZC Kindkader');
    const caption = 'Activiteiten op AZC Kindkader';
    await expect
      .poll(() => tableRows(page, caption))
      .toEqual([
        [
          'Voetbaltrainingmet VV Kindkader',
          'Sport en bewegen',
          '8 tot 14 jaar',
          '1,5 × per week',
          'sinds 01-02-2025',
          '12 kinderen',
          'Wijzigen VoetbaltrainingBeëindigen Voetbaltraining',
        ],
      ]);
    expect(await axe(page, 'gemeente-locatie-activiteiten')).toEqual([]);

    // Change it: name and start date are its identity and stay as they are.
    await page.getByRole('link', { name: 'Wijzigen Voetbaltraining' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Voetbaltraining wijzigen');
    expect(await page.getByLabel(/^Naam/).inputValue()).toBe('Voetbaltraining');
    expect(await page.getByLabel(/^Naam/).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('Bereik').inputValue()).toBe('12');
    expect(await axe(page, 'gemeente-activiteit-wijzigen')).toEqual([]);
    await page.getByLabel('Bereik').fill('15');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => focusedText(page))
      .toBe('De wijzigingen in Voetbaltraining zijn opgeslagen.');
    await expect.poll(async () => (await tableRows(page, caption))[0]?.[5]).toBe('15 kinderen');

    // End it: a small form asks the end date.
    await page.getByRole('button', { name: 'Beëindigen Voetbaltraining' }).click();
    await expect.poll(() => focusedText(page)).toBe('Voetbaltraining beëindigen');
    expect(await axe(page, 'gemeente-activiteit-beeindigen')).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => focusedText(page)).toBe('Beëindigen Voetbaltraining');
    await page.getByRole('button', { name: 'Beëindigen Voetbaltraining' }).click();
    await page.getByRole('button', { name: 'Beëindigen', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('activiteit-tot');
    expect(await main.textContent()).toContain('Vul de einddatum in.');
    await page.getByLabel('Einddatum').fill('2025-06-30');
    await page.getByRole('button', { name: 'Beëindigen', exact: true }).click();
    await expect.poll(() => focusedText(page)).toBe('De activiteit Voetbaltraining is beëindigd.');
    await expect
      .poll(async () => (await tableRows(page, caption))[0]?.[4])
      .toBe('01-02-2025 tot 30-06-2025 beëindigd');
    expect(await page.getByRole('button', { name: 'Beëindigen Voetbaltraining' }).count()).toBe(0);
    expect(await axe(page, 'gemeente-activiteit-beeindigd')).toEqual([]);

    // The server has it as one activity, ended, with the changed reach.
    const activities = await page.evaluate(async () => {
      const response = await fetch('/api/v1/activiteiten', { credentials: 'same-origin' });
      return ((await response.json()) as { items: unknown[] }).items;
    });
    expect(activities).toEqual([
      {
        locatie: 'KK-AZC',
        naam: 'Voetbaltraining',
        partner: 'VV Kindkader',
        categorie: 'sport',
        leeftijdVan: 8,
        leeftijdTot: 14,
        frequentiePerWeek: 1.5,
        van: '2025-02-01',
        tot: '2025-06-30',
        bereik: 15,
      },
    ]);
    expect(problems).toEqual([]);
  });
});
