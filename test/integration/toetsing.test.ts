/**
 * The evaluation against the kwaliteitskader through the API, on a small import: outcomes and
 * sentences, onbekend where data are missing, who sees a location's figures, the matrix of a
 * municipality, the municipality's own adoption, and the locatietoets as PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

const PEILDATUM = '2025-07-17';
const STAFF = { email: 'cpk-toets@example.nl', password: 'wachtwoord-toets-123' };
// De Regenboog lies 3,4 km due north of the azc; the GP 1 km.
const AZC = { lat: 53.2, lon: 6.56 };
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;
const north = (km: number) => (AZC.lat + km / KM_PER_DEGREE).toFixed(6);

let t: TestApp;
let staff: Login;
let gemeente: Login;

async function get(login: Login | null, url: string) {
  return t.app.inject({
    method: 'GET',
    url,
    headers: login ? { cookie: login.cookie } : {},
  });
}

interface Uitkomst {
  norm: string;
  uitkomst: string;
  toelichting: { nl: string; en: string };
  verandering: { nl: string; en: string } | null;
}
const outcome = (items: Uitkomst[], id: string) => items.find((u) => u.norm === id)!;

async function load(soort: 'locaties' | 'voorzieningen' | 'gebeurtenissen', rows: string[]) {
  const report = await importText(t, soort, rows.join('\n'));
  if (!report.geschreven) throw new Error(errorsOf(report).join('\n'));
}

beforeAll(async () => {
  t = await testApp();
  await load('locaties', [
    'code,naam,gemeente,type,subtype,status,capaciteit,open_sinds,open_tot,lat,lon,adres,plaats,aparte_slaapruimte_kinderen,zelf_koken,kinderraad',
    `TOETS-AZC,Azc De Toets,GM0014,azc,,open,400,2020-01-01,2027-01-01,${AZC.lat},${AZC.lon},Toetsweg 1,Groningen,ja,nee,ja`,
    'TOETS-HAL,Sporthal De Nood,GM0014,crisisnoodopvang,sporthal,open,100,2025-01-01,2025-12-31,,,,,nee,nee,',
    `TOETS-NIEUW,Voorgestelde locatie Noord,GM0014,azc,,voorgesteld,400,2026-01-01,2027-01-01,${AZC.lat},${AZC.lon},Nieuwe Weg 2,Groningen,ja,ja,`,
    'TOETS-ELDERS,Azc Elders,GM0363,azc,,open,100,2020-01-01,2035-01-01,52.37,4.89,,,ja,ja,ja',
  ]);
  await load('voorzieningen', [
    'categorie,naam,lat,lon',
    `basisschool,De Regenboog,${north(3.4)},${AZC.lon}`,
    `basisschool,Verre School,${north(9)},${AZC.lon}`,
    `huisarts_gza,Huisartsenpraktijk Noord,${north(1)},${AZC.lon}`,
  ]);
  // Four children at the azc, three of them registered with GZA; one in the sports hall.
  const events = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie'];
  for (const i of [1, 2, 3, 4]) {
    events.push(`TK-${i},2015-0${i},nee,instroom,2025-03-01,TOETS-AZC`);
    if (i < 4) events.push(`TK-${i},2015-0${i},nee,gza_inschrijving,2025-03-05,`);
  }
  events.push('TK-5,2016-05,nee,instroom,2025-06-01,TOETS-HAL');
  await load('gebeurtenissen', events);

  await t.ctx.gebruikers.create(CLI, {
    email: STAFF.email,
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['TOETS-AZC'],
    wachtwoord: STAFF.password,
  });
  staff = await t.login(STAFF.email, STAFF.password);
  gemeente = await t.login(DEMO.gemeente);
});

afterAll(() => t.close());

describe('the scorecard of a location', () => {
  it('gives every location norm an outcome with its sentence, and what would have to change', async () => {
    const response = await get(staff, `/api/v1/locaties/TOETS-AZC/toetsing?peildatum=${PEILDATUM}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      peildatum: PEILDATUM,
      kader: { versie: '2025.1', aangenomen: false },
      locatie: { code: 'TOETS-AZC', type: 'azc', status: 'open', gemeenteNaam: 'Groningen' },
      cijfers: true,
    });
    const items: Uitkomst[] = body.uitkomsten;
    expect(items).toHaveLength(21);
    expect(outcome(items, 'R1.1')).toEqual({
      norm: 'R1.1',
      uitkomst: 'voldoet_niet',
      toelichting: {
        nl: 'Capaciteit 400 plaatsen (norm ≤ 150).',
        en: 'Capacity 400 places (norm ≤ 150).',
      },
      verandering: {
        nl: 'capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen',
        en: 'reduce the capacity from 400 to at most 150 places',
      },
    });
    expect(outcome(items, 'R2.2')).toMatchObject({
      uitkomst: 'voldoet_niet',
      toelichting: { nl: 'Dichtstbijzijnde basisschool op 3,4 km (norm ≤ 2 km): De Regenboog.' },
      verandering: { nl: 'een basisschool binnen 2 km (nu 3,4 km)' },
    });
    expect(outcome(items, 'R2.3')).toMatchObject({
      uitkomst: 'voldoet',
      toelichting: {
        nl: 'Dichtstbijzijnde huisarts of GZA-praktijk op 1 km (norm ≤ 5 km): Huisartsenpraktijk Noord.',
      },
    });
    expect(outcome(items, 'R1.2').uitkomst).toBe('voldoet');
    expect(outcome(items, 'R1.3').uitkomst).toBe('voldoet_niet');
    expect(outcome(items, 'R2.1').toelichting.nl).toContain('Gepland open tot 01-01-2027');
    expect(body.telling).toEqual({
      voldoet: expect.any(Number),
      voldoet_deels: expect.any(Number),
      voldoet_niet: expect.any(Number),
      onbekend: expect.any(Number),
      nvt: expect.any(Number),
    });
    expect(Object.values(body.telling as Record<string, number>).reduce((a, b) => a + b)).toBe(21);
  });

  it('is onbekend where data are missing, never voldoet', async () => {
    const items: Uitkomst[] = (
      await get(gemeente, `/api/v1/locaties/TOETS-HAL/toetsing?peildatum=${PEILDATUM}`)
    ).json().uitkomsten;
    expect(outcome(items, 'R2.2')).toMatchObject({
      uitkomst: 'onbekend',
      toelichting: {
        nl: 'De coördinaten van de locatie ontbreken, dus de afstand tot een basisschool is niet te bepalen.',
      },
    });
    expect(outcome(items, 'R7.4')).toMatchObject({
      uitkomst: 'onbekend',
      toelichting: { nl: 'Een Contactpersoon Kind: onbekend; dit feit is niet ingevuld.' },
    });
    expect(outcome(items, 'R4.1').uitkomst).toBe('onbekend');
    expect(outcome(items, 'R1.4').uitkomst).toBe('onbekend');
  });

  it('forbids a sports hall while a child is there, without counting the children outside', async () => {
    const items: Uitkomst[] = (
      await get(gemeente, `/api/v1/locaties/TOETS-HAL/toetsing?peildatum=${PEILDATUM}`)
    ).json().uitkomsten;
    expect(outcome(items, 'R3.1')).toMatchObject({
      uitkomst: 'voldoet_niet',
      toelichting: {
        nl: 'Type crisisnoodopvang in een sporthal, terwijl er kinderen verblijven; kinderen horen niet in crisisnoodopvang, sporthal, evenementenhal, hotel of schip.',
      },
    });
  });

  it('shows the location’s staff its figures, and the gemeente the outcome without them', async () => {
    const url = `/api/v1/locaties/TOETS-AZC/toetsing?peildatum=${PEILDATUM}`;
    const own = outcome((await get(staff, url)).json().uitkomsten, 'R5.4');
    expect(own).toMatchObject({
      uitkomst: 'voldoet_niet',
      toelichting: {
        nl: 'Aandeel kinderen ingeschreven bij GZA (I7): 75% (norm ≥ 95%; 3 van 4 kinderen).',
      },
      verandering: {
        nl: 'Aandeel kinderen ingeschreven bij GZA (I7): verhogen tot ten minste 95% (nu 75%)',
      },
    });
    const outside = (await get(gemeente, url)).json();
    expect(outside.cijfers).toBe(false);
    expect(outcome(outside.uitkomsten, 'R5.4')).toEqual({
      norm: 'R5.4',
      uitkomst: 'voldoet_niet',
      toelichting: {
        nl: 'Aandeel kinderen ingeschreven bij GZA (I7): voldoet niet (norm ≥ 95%). De cijfers van één locatie zijn alleen voor de eigen medewerkers.',
        en: "Share of children registered with GZA (I7): does not meet the norm (norm ≥ 95%). A single location's figures are for its own staff only.",
      },
      verandering: {
        nl: 'Aandeel kinderen ingeschreven bij GZA (I7): verhogen tot ten minste 95%',
        en: 'Share of children registered with GZA (I7): raise to at least 95%',
      },
    });
    // No figure of the children anywhere in what the gemeente reads.
    const text = JSON.stringify(outside.uitkomsten);
    expect(text).not.toMatch(/75|van 4 kinderen|of 4 children/);
  });

  it('refuses an invalid peildatum and an unknown location', async () => {
    expect(
      (await get(gemeente, '/api/v1/locaties/TOETS-AZC/toetsing?peildatum=2025-02-30')).statusCode,
    ).toBe(422);
    expect((await get(gemeente, '/api/v1/locaties/BESTAAT-NIET/toetsing')).statusCode).toBe(404);
  });
});

describe('the matrix of a municipality', () => {
  it('gives the gemeente every location with outcomes, and the municipal norms', async () => {
    const response = await get(
      gemeente,
      `/api/v1/gemeenten/GM0014/toetsing?peildatum=${PEILDATUM}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.gemeente).toEqual({ code: 'GM0014', naam: 'Groningen' });
    expect(body.locaties.map((l: { locatie: { code: string } }) => l.locatie.code).sort()).toEqual([
      'TOETS-AZC',
      'TOETS-HAL',
      'TOETS-NIEUW',
    ]);
    expect(body.locaties.every((l: { cijfers: boolean }) => !l.cijfers)).toBe(true);
    expect(body.gemeentenormen.map((u: Uitkomst) => [u.norm, u.uitkomst])).toEqual([
      ['R4.3', 'onbekend'],
      ['R8.1', 'onbekend'],
      ['R8.2', 'nvt'],
    ]);
    expect(body.kader.normen).toHaveLength(24);
    expect(body.kader.themas).toHaveLength(8);
  });

  it('gives a locatie account the rows of its own locations only, with figures', async () => {
    const body = (
      await get(staff, `/api/v1/gemeenten/GM0014/toetsing?peildatum=${PEILDATUM}`)
    ).json();
    expect(body.locaties).toHaveLength(1);
    expect(body.locaties[0]).toMatchObject({ locatie: { code: 'TOETS-AZC' }, cijfers: true });
    expect((await get(staff, '/api/v1/gemeenten/GM0363/toetsing')).statusCode).toBe(403);
  });

  it('evaluates against the framework the municipality adopted', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/gemeenten/GM0014/kader',
      headers: { cookie: gemeente.cookie, 'x-csrf-token': gemeente.csrf },
      payload: {
        kader: {
          framework: '2025.1',
          tightened: [{ norm: 'R2.3', maxKm: 0.5, reason: 'Zorg om de hoek' }],
          notAdopted: [{ norm: 'R1.3', reason: 'Maaltijden worden verzorgd' }],
        },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const body = (
      await get(gemeente, `/api/v1/locaties/TOETS-AZC/toetsing?peildatum=${PEILDATUM}`)
    ).json();
    expect(body.kader.aangenomen).toBe(true);
    expect(
      body.kader.normen.find((n: { norm: { id: string } }) => n.norm.id === 'R2.3'),
    ).toMatchObject({
      herkomst: 'tightened',
      norm: { maxKm: 0.5 },
    });
    expect(outcome(body.uitkomsten, 'R2.3')).toMatchObject({
      uitkomst: 'voldoet_niet',
      toelichting: {
        nl: 'Dichtstbijzijnde huisarts of GZA-praktijk op 1 km (norm ≤ 0,5 km): Huisartsenpraktijk Noord.',
      },
    });
    expect(body.uitkomsten.some((u: Uitkomst) => u.norm === 'R1.3')).toBe(false);
  });
});

describe('the locatietoets of a proposed location', () => {
  it('evaluates it as if children were present, and leaves indicator norms for after opening', async () => {
    const items: Uitkomst[] = (
      await get(gemeente, `/api/v1/locaties/TOETS-NIEUW/toetsing?peildatum=${PEILDATUM}`)
    ).json().uitkomsten;
    expect(outcome(items, 'R1.1').uitkomst).toBe('voldoet_niet');
    expect(outcome(items, 'R2.1').verandering?.nl).toBe(
      'de locatie open houden tot ten minste 17-07-2030 (nu gepland tot 01-01-2027)',
    );
    expect(outcome(items, 'R2.4').uitkomst).toBe('nvt');
    expect(outcome(items, 'R3.1').uitkomst).toBe('voldoet');
  });

  it('downloads the advice as a PDF, and records the export', async () => {
    const response = await get(
      gemeente,
      `/api/v1/locaties/TOETS-NIEUW/toets.pdf?peildatum=${PEILDATUM}`,
    );
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="locatietoets-TOETS-NIEUW.pdf"',
    );
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(response.rawPayload.length).toBeGreaterThan(10_000);
    const audit = await t.ctx.audit.page(CLI, {
      actie: 'locatietoets.exporteren',
      pagina: 1,
      paginaGrootte: 10,
    });
    expect(audit.items[0]).toMatchObject({ objectId: 'TOETS-NIEUW', uitkomst: 'gelukt' });
  });
});
