/**
 * The dashboards' municipality overview: every municipality's headline figures exactly as its
 * table in the published set has them ("x" included), the same for every audience, and its
 * export audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI, importText } from '../support/imports.js';

const T = '2025-07-17';
let t: TestApp;
let gemeente: Login;

function get(url: string, login?: Login) {
  return t.app.inject({ method: 'GET', url, headers: login ? { cookie: login.cookie } : {} });
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
  const rows = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie'];
  for (let i = 1; i <= 20; i++) rows.push(`K${i},2015-03,nee,instroom,2025-03-01,AZC-1`);
  for (let i = 1; i <= 3; i++) rows.push(`N${i},2012-01,ja,instroom,2025-06-01,NOO-1`);
  for (let i = 1; i <= 9; i++) rows.push(`E${i},2011-05,nee,instroom,2025-01-01,ELDERS-A`);
  const report = await importText(t, 'gebeurtenissen', rows.join('\n'));
  if (!report.geschreven) throw new Error(JSON.stringify(report.meldingen));
  gemeente = await t.login(DEMO.gemeente);
});

afterAll(() => t.close());

describe('the municipality overview', () => {
  it('has every municipality, by name, with the published table’s own values', async () => {
    const overview = (await get(`/api/v1/dashboard/gemeenten?peildatum=${T}`)).json();
    const set = (await get(`/api/v1/indicatoren/publicatieset?peildatum=${T}`)).json();
    expect(overview.peildatum).toBe(T);
    expect(overview.items).toHaveLength(342);
    for (const item of overview.items) {
      const table = set.municipal[item.code];
      expect(item.kerncijfers).toEqual({
        kinderen: table.children.count,
        aandeelInNood: table.childrenInNood.shareInNood,
        amvInNood: table.childrenInNood.childrenInNoodUnaccompanied,
        aandeelTweeOverplaatsingen: table.transfers12m.shareAtLeast2,
        dagenTotSchool: table.daysToSchool.km.median,
        dagenInNood: table.daysInNood.km.median,
      });
    }
    const byCode = (code: string) => overview.items.find((i: { code: string }) => i.code === code);
    expect(byCode('GM0014')).toMatchObject({ naam: 'Groningen', provincie: 'Groningen' });
    // Three unaccompanied children in NOOD: a primary suppression.
    expect(byCode('GM0014').kerncijfers.amvInNood).toBe('x');
    expect(byCode('GM0034').kerncijfers).toEqual({
      kinderen: 0,
      aandeelInNood: null,
      amvInNood: 0,
      aandeelTweeOverplaatsingen: null,
      dagenTotSchool: null,
      dagenInNood: null,
    });
  });

  it('is identical for an anonymous visitor and a logged-in user', async () => {
    const anonymous = await get(`/api/v1/dashboard/gemeenten?peildatum=${T}`);
    const loggedIn = await get(`/api/v1/dashboard/gemeenten?peildatum=${T}`, gemeente);
    expect(loggedIn.body).toBe(anonymous.body);
  });

  it('exports as CSV with "x" kept, and audits the export', async () => {
    const response = await get(
      `/api/v1/dashboard/gemeenten/export?peildatum=${T}&formaat=csv`,
      gemeente,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`kindkader-gemeenten-${T}.csv`);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Gemeentecode;Gemeente;Provincie;Kinderen in de opvang');
    expect(lines.find((l) => l.includes(';GM0014;'))).toMatch(/;x;/);
    expect(lines.find((l) => l.includes(';GM0034;'))).toBe(
      `${T};GM0034;Almere;Flevoland;0;;0;;;;Demodata — fictief`,
    );
    const audit = await t.ctx.audit.page(CLI, {
      actie: 'dashboard.gemeenten-exporteren',
      pagina: 1,
      paginaGrootte: 10,
    });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorEmail: DEMO.gemeente });
  });

  it('refuses a malformed peildatum in Dutch', async () => {
    const response = await get('/api/v1/dashboard/gemeenten?peildatum=17-07-2025');
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
