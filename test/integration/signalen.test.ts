/**
 * The signal list of a location's staff: who is on it at a peildatum, how the location's
 * thresholds change it, its CSV and XLSX exports, and the audit log of every read and change.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEILDATUM_KEY } from '../../src/server/features/demo/service.js';
import { createSettingsRepo } from '../../src/server/features/installatie/settings-repo.js';
import { pseudonymiserFromKey } from '../../src/server/pseudonym.js';
import { DEMO, type Login, TEST_PSEUDONYM_KEY, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

const pseudonym = pseudonymiserFromKey(TEST_PSEUDONYM_KEY);
const T = '2025-07-17';

const LOCATIONS = [
  'code,naam,gemeente,type,capaciteit',
  'SG-AZC,AZC Signalen,GM0014,azc,200',
  // A name that a spreadsheet would run as a formula.
  'SG-NOOD,=2+3 Noodopvang,GM0014,noodopvang,80',
  'SG-ELDERS,Elders,GM0363,azc,100',
].join('\n');

const EVENTS = [
  'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie,soort',
  // 188 days in noodopvang at T, never at school, never seen by the JGZ.
  'K1,2014-05,nee,instroom,2025-01-10,SG-NOOD,',
  // Settled: no signal, but on the list's population.
  'K2,2010-03,nee,instroom,2025-06-01,SG-AZC,',
  'K2,2010-03,nee,jgz_intake,2025-06-05,,',
  'K2,2010-03,nee,onderwijs_start,2025-06-10,,vo',
  // Unaccompanied, 18 on 2025-09-01 (46 days after T), no perspectiefplan.
  'K3,2007-09,ja,instroom,2024-12-01,SG-AZC,',
  'K3,2007-09,ja,jgz_intake,2024-12-05,,',
  'K3,2007-09,ja,onderwijs_start,2024-12-10,,isk',
  // Three transfers in the last 12 months, in noodopvang again since 2025-03-01 (138 days).
  'K4,2012-01,nee,instroom,2024-06-01,SG-AZC,',
  'K4,2012-01,nee,jgz_intake,2024-06-05,,',
  'K4,2012-01,nee,onderwijs_start,2024-06-10,,po',
  'K4,2012-01,nee,verhuizing,2024-10-01,SG-NOOD,',
  'K4,2012-01,nee,verhuizing,2025-01-01,SG-AZC,',
  'K4,2012-01,nee,verhuizing,2025-03-01,SG-NOOD,',
  // A status holder waiting 138 days since the permit.
  'K6,2013-06,nee,instroom,2024-06-01,SG-AZC,',
  'K6,2013-06,nee,jgz_intake,2024-06-05,,',
  'K6,2013-06,nee,onderwijs_start,2024-06-10,,po',
  'K6,2013-06,nee,vergunning,2025-03-01,,',
  // At another location: never on this list.
  'K5,2016-02,nee,instroom,2025-01-10,SG-ELDERS,',
].join('\n');

const CPK = { email: 'cpk-signalen@example.nl', wachtwoord: 'wachtwoord-van-cpk' };
const ELDERS = { email: 'elders-signalen@example.nl', wachtwoord: 'wachtwoord-elders' };

const DEFAULTS = {
  noodopvang: 90,
  onderwijs: 60,
  jgz: 42,
  overplaatsingen: 3,
  perspectiefplan: 90,
  huisvesting: 98,
};

let t: TestApp;
let cpk: Login;
let elders: Login;

beforeAll(async () => {
  t = await testApp();
  expect(errorsOf(await importText(t, 'locaties', LOCATIONS))).toEqual([]);
  expect(errorsOf(await importText(t, 'gebeurtenissen', EVENTS))).toEqual([]);
  await t.ctx.gebruikers.create(CLI, {
    ...CPK,
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['SG-NOOD', 'SG-AZC'],
  });
  await t.ctx.gebruikers.create(CLI, {
    ...ELDERS,
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['SG-ELDERS'],
  });
  cpk = await t.login(CPK.email, CPK.wachtwoord);
  elders = await t.login(ELDERS.email, ELDERS.wachtwoord);
});
afterAll(() => t.close());

const get = (login: Login | null, url: string) =>
  t.app.inject({ method: 'GET', url, headers: login ? { cookie: login.cookie } : {} });

const putThresholds = (login: Login, code: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/locaties/${code}/signaaldrempels`,
    headers: { cookie: login.cookie, 'x-csrf-token': login.csrf },
    payload,
  });

const signal = (soort: string, waarde: number, drempel: number) => ({ soort, waarde, drempel });
const byPseudonym = (a: { pseudoniem: string }, b: { pseudoniem: string }) =>
  a.pseudoniem.localeCompare(b.pseudoniem);

const AZC_ITEMS = [
  {
    pseudoniem: pseudonym('K3'),
    leeftijd: 17,
    amv: true,
    locatie: 'SG-AZC',
    signalen: [signal('perspectiefplan', 46, 90)],
  },
  {
    pseudoniem: pseudonym('K6'),
    leeftijd: 12,
    amv: false,
    locatie: 'SG-AZC',
    signalen: [signal('huisvesting', 138, 98)],
  },
].sort(byPseudonym);
const NOOD_ITEMS = [
  {
    pseudoniem: pseudonym('K1'),
    leeftijd: 11,
    amv: false,
    locatie: 'SG-NOOD',
    signalen: [signal('noodopvang', 188, 90), signal('onderwijs', 188, 60), signal('jgz', 188, 42)],
  },
  {
    pseudoniem: pseudonym('K4'),
    leeftijd: 13,
    amv: false,
    locatie: 'SG-NOOD',
    signalen: [signal('noodopvang', 138, 90), signal('overplaatsingen', 3, 3)],
  },
];

describe('the signal list', () => {
  it('lists the children at the own locations with a signal, most signals first per location', async () => {
    const response = await get(cpk, `/api/v1/signalen?peildatum=${T}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      peildatum: T,
      locaties: [
        { code: 'SG-AZC', aantalKinderen: 3 },
        { code: 'SG-NOOD', aantalKinderen: 2 },
      ],
      aantalKinderen: 5,
      items: [...AZC_ITEMS, ...NOOD_ITEMS],
    });
  });

  it('narrows to one own location', async () => {
    const response = await get(cpk, `/api/v1/signalen?locatie=SG-AZC&peildatum=${T}`);
    expect(response.json()).toEqual({
      peildatum: T,
      locaties: [{ code: 'SG-AZC', aantalKinderen: 3 }],
      aantalKinderen: 3,
      items: AZC_ITEMS,
    });
    const other = await get(elders, `/api/v1/signalen?peildatum=${T}`);
    expect(other.json().items.map((i: { pseudoniem: string }) => i.pseudoniem)).toEqual([
      pseudonym('K5'),
    ]);
  });

  it('refuses other locations, unknown ones, bad dates and every other role', async () => {
    expect((await get(cpk, '/api/v1/signalen?locatie=SG-ELDERS')).statusCode).toBe(403);
    expect((await get(cpk, '/api/v1/signalen?locatie=ONBEKEND')).statusCode).toBe(404);
    const badDate = await get(cpk, '/api/v1/signalen?peildatum=2025-02-30');
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().errors).toEqual([
      { path: 'query.peildatum', message: "'2025-02-30' is geen bestaande datum (JJJJ-MM-DD)." },
    ]);
    expect((await get(null, '/api/v1/signalen')).statusCode).toBe(401);
    const gemeente = await t.login(DEMO.gemeente);
    expect((await get(gemeente, '/api/v1/signalen')).statusCode).toBe(403);
    expect((await get(gemeente, '/api/v1/signalen/export')).statusCode).toBe(403);
  });

  it('takes the demo peildatum when none is asked for', async () => {
    await createSettingsRepo(t.database.db).set(DEMO_PEILDATUM_KEY, T);
    // Written behind the services' back, so tell them, as an import would.
    t.ctx.indicatoren.dataChanged();
    const response = await get(cpk, '/api/v1/signalen');
    expect(response.json()).toMatchObject({ peildatum: T, aantalKinderen: 5 });
  });
});

describe('thresholds per location', () => {
  it('are the defaults until the location changes them, and change the list', async () => {
    const before = await get(cpk, '/api/v1/locaties/SG-NOOD/signaaldrempels');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      locatie: 'SG-NOOD',
      drempels: DEFAULTS,
      standaard: DEFAULTS,
      gewijzigdOp: null,
      gewijzigdDoor: null,
    });

    const changed = { ...DEFAULTS, noodopvang: 150, overplaatsingen: 2 };
    const response = await putThresholds(cpk, 'SG-NOOD', changed);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      locatie: 'SG-NOOD',
      drempels: changed,
      gewijzigdDoor: CPK.email,
    });
    expect(response.json().gewijzigdOp).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // K1 stays on the list with 188 > 150 days; K4's 138 days no longer count, its transfers do.
    const list = await get(cpk, `/api/v1/signalen?locatie=SG-NOOD&peildatum=${T}`);
    expect(list.json().items).toEqual([
      {
        ...NOOD_ITEMS[0],
        signalen: [
          signal('noodopvang', 188, 150),
          signal('onderwijs', 188, 60),
          signal('jgz', 188, 42),
        ],
      },
      { ...NOOD_ITEMS[1], signalen: [signal('overplaatsingen', 3, 2)] },
    ]);
    // The other location keeps its own.
    const azc = await get(cpk, '/api/v1/locaties/SG-AZC/signaaldrempels');
    expect(azc.json().drempels).toEqual(DEFAULTS);

    const audit = await t.ctx.audit.page(CLI, {
      actie: 'signalen.drempels-wijzigen',
      pagina: 1,
      paginaGrootte: 10,
    });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actorEmail: CPK.email,
      objectSoort: 'locatie',
      objectId: 'SG-NOOD',
      uitkomst: 'gelukt',
      details: { oud: DEFAULTS, nieuw: changed },
    });

    // Back to the defaults, for the tests below.
    expect((await putThresholds(cpk, 'SG-NOOD', DEFAULTS)).statusCode).toBe(200);
  });

  it('must be whole days of 1 to 730, and 2 to 20 transfers', async () => {
    const response = await putThresholds(cpk, 'SG-NOOD', {
      ...DEFAULTS,
      noodopvang: 0,
      onderwijs: 731,
      jgz: 4.5,
      overplaatsingen: 1,
      huisvesting: '98',
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths.sort()).toEqual(
      [
        'body.huisvesting',
        'body.jgz',
        'body.noodopvang',
        'body.onderwijs',
        'body.overplaatsingen',
      ].sort(),
    );
    expect(response.json().errors).toContainEqual({
      path: 'body.overplaatsingen',
      message: 'minstens 2 overplaatsingen',
    });
    const missing = await putThresholds(cpk, 'SG-NOOD', { noodopvang: 100 });
    expect(missing.statusCode).toBe(422);
    const high = await putThresholds(cpk, 'SG-NOOD', { ...DEFAULTS, overplaatsingen: 21 });
    expect(high.json().errors).toEqual([
      { path: 'body.overplaatsingen', message: 'hoogstens 20 overplaatsingen' },
    ]);
  });

  it("are only for the location's own staff", async () => {
    expect((await putThresholds(cpk, 'SG-ELDERS', DEFAULTS)).statusCode).toBe(403);
    expect((await putThresholds(cpk, 'ONBEKEND', DEFAULTS)).statusCode).toBe(404);
    expect((await get(elders, '/api/v1/locaties/SG-NOOD/signaaldrempels')).statusCode).toBe(403);
    const gemeente = await t.login(DEMO.gemeente);
    expect((await putThresholds(gemeente, 'SG-NOOD', DEFAULTS)).statusCode).toBe(403);
    const withoutCsrf = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/locaties/SG-NOOD/signaaldrempels',
      headers: { cookie: cpk.cookie },
      payload: DEFAULTS,
    });
    expect(withoutCsrf.statusCode).toBe(403);
  });
});

const HEADER = [
  'Peildatum',
  'Pseudoniem',
  'Leeftijd',
  'Amv',
  'Locatiecode',
  'Locatie',
  'Signaal',
  'Waarde',
  'Eenheid',
  'Drempel',
  // The test app runs in demo mode: every row of a file says so.
  'Let op',
];
const FICTIEF = 'Demodata — fictief';

describe('exports', () => {
  it('give a CSV for Dutch Excel: BOM, semicolons, Dutch headers, formulas neutralised', async () => {
    const response = await get(cpk, `/api/v1/signalen/export?formaat=csv&peildatum=${T}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="signalen-${T}.csv"`,
    );
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER.join(';'));
    // One row per signal: 1 + 1 at the azc, 3 + 2 at the noodopvang.
    expect(lines).toHaveLength(1 + 7);
    expect(lines).toContain(
      [T, pseudonym('K3'), 17, 'ja', 'SG-AZC', 'AZC Signalen', 'Bijna 18 zonder perspectiefplan']
        .concat([46, 'dagen tot 18 jaar', 90, FICTIEF])
        .join(';'),
    );
    expect(lines).toContain(
      [T, pseudonym('K4'), 13, 'nee', 'SG-NOOD', "'=2+3 Noodopvang", 'Vaak overgeplaatst']
        .concat([3, 'overplaatsingen in 12 maanden', 3, FICTIEF])
        .join(';'),
    );
    expect(lines.filter((line) => line.includes(';=2+3'))).toEqual([]);
  });

  it('give an XLSX that reads back, with numbers as numbers and formulas neutralised', async () => {
    const response = await get(
      cpk,
      `/api/v1/signalen/export?formaat=xlsx&locatie=SG-NOOD&peildatum=${T}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="signalen-${T}.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Signalen')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1)).toEqual([
      [T, pseudonym('K1'), 11, 'nee', 'SG-NOOD', "'=2+3 Noodopvang", 'Lang in noodopvang'].concat([
        188,
        'dagen in noodopvang',
        90,
        FICTIEF,
      ]),
      [T, pseudonym('K1'), 11, 'nee', 'SG-NOOD', "'=2+3 Noodopvang", 'Niet naar school'].concat([
        188,
        'dagen zonder onderwijs',
        60,
        FICTIEF,
      ]),
      [T, pseudonym('K1'), 11, 'nee', 'SG-NOOD', "'=2+3 Noodopvang", 'Geen JGZ-intake'].concat([
        188,
        'dagen sinds instroom',
        42,
        FICTIEF,
      ]),
      [T, pseudonym('K4'), 13, 'nee', 'SG-NOOD', "'=2+3 Noodopvang", 'Lang in noodopvang'].concat([
        138,
        'dagen in noodopvang',
        90,
        FICTIEF,
      ]),
      [T, pseudonym('K4'), 13, 'nee', 'SG-NOOD', "'=2+3 Noodopvang", 'Vaak overgeplaatst'].concat([
        3,
        'overplaatsingen in 12 maanden',
        3,
        FICTIEF,
      ]),
    ]);
  });

  it('refuses an unknown format', async () => {
    expect((await get(cpk, '/api/v1/signalen/export?formaat=pdf')).statusCode).toBe(422);
  });
});

describe('the audit log', () => {
  it('has every read and export, with locations and counts but no pseudonyms', async () => {
    const page = await t.ctx.audit.page(CLI, { pagina: 1, paginaGrootte: 100 });
    const entries = page.items.filter((item) => item.actie.startsWith('signalen.'));
    expect(
      entries.find((e) => e.actie === 'signalen.lijst' && e.objectId === 'SG-AZC,SG-NOOD'),
    ).toMatchObject({
      actorEmail: CPK.email,
      objectSoort: 'locatie',
      uitkomst: 'gelukt',
      details: { peildatum: T, aantal: 4, kinderen: 5 },
    });
    expect(
      entries.filter((e) => e.actie === 'signalen.export').map((e) => [e.objectId, e.details]),
    ).toEqual(
      expect.arrayContaining([
        ['SG-AZC,SG-NOOD', { peildatum: T, aantal: 4, kinderen: 5, formaat: 'csv' }],
        ['SG-NOOD', { peildatum: T, aantal: 2, kinderen: 2, formaat: 'xlsx' }],
      ]),
    );
    const text = JSON.stringify(entries);
    for (const kind of ['K1', 'K3', 'K4', 'K6']) expect(text).not.toContain(pseudonym(kind));
  });
});
