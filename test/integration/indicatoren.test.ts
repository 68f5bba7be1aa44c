/**
 * The indicator API as each audience meets it: the published set identical for everyone, a
 * location's exact figures for its own staff only, the contract's keys in order, and figures
 * that follow the data after every import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI, importText } from '../support/imports.js';

const T = '2025-07-17';
let t: TestApp;
const logins: Record<string, Login> = {};

function get(url: string, login?: Login) {
  return t.app.inject({ method: 'GET', url, headers: login ? { cookie: login.cookie } : {} });
}

/** Twelve children at an azc of the locatie account, three in a NOOD location, two elsewhere. */
function journeys(): string {
  const rows = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie'];
  for (let i = 1; i <= 12; i++)
    rows.push(`K${i},2015-0${(i % 9) + 1},nee,instroom,2025-03-01,AZC-1`);
  for (let i = 1; i <= 3; i++) rows.push(`N${i},2012-01,ja,instroom,2025-06-01,NOO-1`);
  rows.push(
    'E1,2010-05,nee,instroom,2025-01-01,ELDERS-A',
    'E2,2011-05,nee,instroom,2025-01-01,ELDERS-A',
  );
  return rows.join('\n');
}

beforeAll(async () => {
  t = await testApp();
  await importText(
    t,
    'locaties',
    [
      'code,naam,gemeente,type,subtype,capaciteit',
      'AZC-1,Azc Een,GM0014,azc,,400',
      'NOO-1,Noodopvang,GM0014,noodopvang,hotel,100',
      'ELDERS-A,Elders,GM0363,azc,,200',
    ].join('\n'),
  );
  const report = await importText(t, 'gebeurtenissen', journeys());
  if (!report.geschreven) throw new Error(JSON.stringify(report.meldingen));
  await t.ctx.gebruikers.create(CLI, {
    email: 'staf@azc.example.nl',
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['AZC-1', 'NOO-1'],
    wachtwoord: 'wachtwoord-staf-123',
  });
  for (const role of ['gemeente', 'monitor', 'beheerder'] as const)
    logins[role] = await t.login(DEMO[role]);
  logins.locatie = await t.login('staf@azc.example.nl', 'wachtwoord-staf-123');
});

afterAll(() => t.close());

describe('the indicator API', () => {
  it('serves the published set in the contract: 342 municipalities in code order, suppressed', async () => {
    const set = (await get(`/api/v1/indicatoren/publicatieset?peildatum=${T}`)).json();
    expect(Object.keys(set)).toEqual(['peildatum', 'suppressed', 'national', 'municipal']);
    expect(set.suppressed).toBe(true);
    const codes = Object.keys(set.municipal);
    expect(codes).toHaveLength(342);
    expect(codes).toEqual([...codes].sort());
    expect(set.national.children.count).toBe(17);
    // GM0014 holds 15 children, of whom 3 in NOOD: a count of 1–4 is "x".
    expect(set.municipal.GM0014.childrenInNood.count).toBe('x');
    // GM0363's 2 children are "x"; with the national 17 shown, GM0014's 15 would give them
    // away (national = Σ municipal), so the smaller of the two shown cells goes too.
    expect(set.municipal.GM0014.children.count).toBe('x');
    expect(set.municipal.GM0014.childrenInNood.shareInNood).toBe('x');
    expect(set.municipal.GM0363.children.count).toBe('x');
    expect(set.national.transfers12m).not.toHaveProperty('totalTransfers');
    expect(set.national.transfers12m).not.toHaveProperty('mean');
    expect(set.national.transfers12m).not.toHaveProperty('max');
    // A municipality without children: zeros and nulls, never "x".
    const empty = set.municipal.GM0034;
    expect(empty.children.count).toBe(0);
    expect(empty.childrenInNood.shareInNood).toBeNull();
    expect(empty.daysToSchool.km.median).toBeNull();
  });

  it('gives every audience the same published tables', async () => {
    const bodies = await Promise.all(
      [undefined, logins.gemeente, logins.locatie, logins.monitor, logins.beheerder].map(
        async (login) => [
          (await get(`/api/v1/indicatoren?scope=GM0014&peildatum=${T}`, login)).body,
          (await get(`/api/v1/indicatoren?scope=all&peildatum=${T}`, login)).body,
        ],
      ),
    );
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    const set = (await get(`/api/v1/indicatoren/publicatieset?peildatum=${T}`)).json();
    expect(JSON.parse(bodies[0]![0]!)).toEqual(set.municipal.GM0014);
    expect(JSON.parse(bodies[0]![1]!)).toEqual(set.national);
  });

  it("gives a location's staff its exact table, and everyone else a Dutch 403", async () => {
    const own = await get(`/api/v1/indicatoren?scope=NOO-1&peildatum=${T}`, logins.locatie);
    expect(own.statusCode).toBe(200);
    const table = own.json();
    expect(table.suppressed).toBe(false);
    expect(table.scope).toEqual({ type: 'locatie', code: 'NOO-1' });
    expect(table.children.count).toBe(3);
    expect(table.childrenInNood.count).toBe(3);
    expect(table.children.bySubtype.hotel).toBe(3);
    expect(table.childrenInNood.shareInNoodUnaccompanied).toBe(1);
    expect(table.transfers12m.max).toBe(0);
    expect(table.daysInNood.current.medianSpellDays).toBe(46);
    for (const login of [undefined, logins.gemeente, logins.monitor, logins.beheerder]) {
      const refused = await get(`/api/v1/indicatoren?scope=NOO-1&peildatum=${T}`, login);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().detail).toContain('alleen voor de medewerkers van die locatie');
    }
    const elsewhere = await get(
      `/api/v1/indicatoren?scope=ELDERS-A&peildatum=${T}`,
      logins.locatie,
    );
    expect(elsewhere.statusCode).toBe(403);
  });

  it('keeps the keys of the contract in its order', async () => {
    const table = (
      await get(`/api/v1/indicatoren?scope=AZC-1&peildatum=${T}`, logins.locatie)
    ).json();
    expect(Object.keys(table)).toEqual([
      'peildatum',
      'scope',
      'suppressed',
      'children',
      'childrenInNood',
      'transfers12m',
      'daysInNood',
      'daysToSchool',
      'daysToJgz',
      'gzaRegistered',
      'turning18',
      'statusWaiting',
      'daysToHousing',
    ]);
    expect(Object.keys(table.transfers12m)).toEqual([
      'children',
      'totalTransfers',
      'mean',
      'distribution',
      'atLeast2',
      'shareAtLeast2',
      'max',
    ]);
    expect(Object.keys(table.daysInNood.km)).toEqual([
      'spells',
      'children',
      'events',
      'censored',
      'median',
      'S14',
      'S90',
      'S183',
    ]);
    expect(Object.keys(table.daysToHousing.km).slice(-2)).toEqual(['oneMinusS98', 'oneMinusS183']);
  });

  it('answers bad parameters in Dutch', async () => {
    const badDate = await get('/api/v1/indicatoren?peildatum=2025-02-30');
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().errors[0].message).toContain('geen bestaande datum');
    expect((await get('/api/v1/indicatoren?scope=GM9999')).statusCode).toBe(404);
    expect((await get('/api/v1/indicatoren/reeks?maanden=25')).statusCode).toBe(422);
  });

  it('gives a monthly series, oldest first', async () => {
    const series = (
      await get(`/api/v1/indicatoren/reeks?scope=all&peildatum=${T}&maanden=5`)
    ).json();
    expect(series.items.map((i: { peildatum: string }) => i.peildatum)).toEqual([
      '2025-02-17',
      '2025-03-17',
      '2025-04-17',
      '2025-05-17',
      '2025-06-17',
      '2025-07-17',
    ]);
    expect(series.items[0].children.count).toBe('x');
    expect(series.items[5].children.count).toBe(17);
  });

  it('follows the data after an import', async () => {
    const before = (
      await get(`/api/v1/indicatoren?scope=AZC-1&peildatum=${T}`, logins.locatie)
    ).json();
    await importText(
      t,
      'gebeurtenissen',
      'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie\nK99,2016-01,nee,instroom,2025-07-01,AZC-1',
    );
    const after = (
      await get(`/api/v1/indicatoren?scope=AZC-1&peildatum=${T}`, logins.locatie)
    ).json();
    expect(after.children.count).toBe(before.children.count + 1);
  });
});
