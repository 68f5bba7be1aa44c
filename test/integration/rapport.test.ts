/**
 * The council report through the API on a small demo-like data set: a PDF of several pages for
 * anyone who may read the published figures, only published figures in it (a count of 1–4 is
 * `x`, never a number), the evaluation and the improvement actions only for readers who may see
 * them, and the municipality's improvement actions as JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/permissions.js';
import { FIGURE_ROWS, valueAt } from '../../src/domain/rapport/figures.js';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

const T = '2025-07-17';
const VISITOR: Actor = { kind: 'anonymous', publicView: true };
const STAFF = { email: 'cpk-rapport@example.nl', password: 'wachtwoord-rapport-123' };

let t: TestApp;
let gemeente: Login;
let monitor: Login;

async function load(soort: 'locaties' | 'gebeurtenissen', rows: string[]) {
  const report = await importText(t, soort, rows.join('\n'));
  if (!report.geschreven) throw new Error(errorsOf(report).join('\n'));
}

const get = (url: string, login?: Login) =>
  t.app.inject({ method: 'GET', url, headers: login ? { cookie: login.cookie } : {} });

/** Every whole number a text states, leaving out the dates and the percentages. */
const numbersIn = (text: string) =>
  [
    ...text
      .replace(/\b\d{2}-\d{2}-\d{4}\b/g, ' ')
      .replace(/\d+(,\d+)?%/g, '%')
      .matchAll(/(?<![\d,.])\d+(?![\d,.]*\d)/g),
  ].map((m) => Number(m[0]));

beforeAll(async () => {
  t = await testApp();
  await load('locaties', [
    'code,naam,gemeente,type,status,capaciteit,open_sinds,open_tot',
    'RAP-AZC,Azc Rapport,GM0014,azc,open,400,2020-01-01,2027-01-01',
    'RAP-NOOD,Noodopvang Rapport,GM0014,noodopvang,open,60,2025-01-01,2025-12-31',
    'RAP-ELDERS,Azc Elders,GM0363,azc,open,300,2020-01-01,2035-01-01',
  ]);
  // 40 children at the azc (6 of them alone), 3 in noodopvang, 30 elsewhere in the country.
  const events = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie'];
  for (let i = 1; i <= 40; i++)
    events.push(`RA-${i},2012-01,${i <= 6 ? 'ja' : 'nee'},instroom,2024-11-01,RAP-AZC`);
  for (let i = 1; i <= 3; i++) events.push(`RN-${i},2013-02,nee,instroom,2025-06-01,RAP-NOOD`);
  for (let i = 1; i <= 30; i++) events.push(`RE-${i},2014-03,nee,instroom,2025-01-10,RAP-ELDERS`);
  await load('gebeurtenissen', events);

  let assessment = await t.ctx.beoordelingen.create(CLI, 'RAP-AZC', {
    van: '2025-01-01',
    tot: '2025-06-30',
  });
  for (const action of [
    {
      omschrijving: 'Kamers opdelen',
      eigenaar: 'Gemeente',
      deadline: '2025-05-01',
      status: 'afgerond',
    },
    { omschrijving: 'Capaciteit verlagen', eigenaar: 'COA', deadline: '2025-10-01', norm: 'R1.1' },
  ] as const) {
    assessment = await t.ctx.beoordelingen.addAction(CLI, assessment.id, {
      status: 'open',
      ...action,
      revisie: assessment.revisie,
    });
  }
  await t.ctx.gebruikers.create(CLI, {
    email: STAFF.email,
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['RAP-NOOD'],
    wachtwoord: STAFF.password,
  });
  gemeente = await t.login(DEMO.gemeente);
  monitor = await t.login(DEMO.monitor);
}, 120_000);

afterAll(() => t.close());

describe('the council report as a PDF', () => {
  it('is a PDF of several pages for a visitor without a login, and the download is audited', async () => {
    const response = await get(`/api/v1/gemeenten/GM0014/rapport.pdf?peildatum=${T}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="raadsrapportage-GM0014-${T}.pdf"`,
    );
    const pdf = response.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = Number(pdf.match(/\/Type \/Pages\n\/Count (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(pdf).toContain('/Lang (nl-NL)');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).toContain(
      '(Raadsrapportage kindvriendelijke asielopvang, gemeente Groningen, peildatum 17-07-2025)',
    );

    const audit = await t.ctx.audit.page(CLI, {
      actie: 'raadsrapportage.exporteren',
      pagina: 1,
      paginaGrootte: 10,
    });
    expect(audit.items[0]).toMatchObject({
      actorSoort: 'anoniem',
      objectSoort: 'gemeente',
      objectId: 'GM0014',
      uitkomst: 'gelukt',
    });
  });

  it('takes the indicators’ default peildatum, and names an unknown municipality in Dutch', async () => {
    const byDefault = await get('/api/v1/gemeenten/GM0014/rapport.pdf', gemeente);
    expect(byDefault.statusCode).toBe(200);
    const peildatum = await t.ctx.indicatoren.resolvePeildatum(undefined);
    expect(byDefault.headers['content-disposition']).toContain(`GM0014-${peildatum}.pdf`);

    const unknown = await get(`/api/v1/gemeenten/GM9999/rapport.pdf?peildatum=${T}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json().detail).toBe('Er is geen gemeente met code GM9999.');
    const badDate = await get('/api/v1/gemeenten/GM0014/rapport.pdf?peildatum=2025-02-30');
    expect(badDate.statusCode).toBe(422);
  });

  it('follows the public view setting: closed to visitors without a login while it is off', async () => {
    await t.ctx.instellingen.setPublicView(CLI, false);
    try {
      const closed = await get(`/api/v1/gemeenten/GM0014/rapport.pdf?peildatum=${T}`);
      expect(closed.statusCode).toBe(401);
      expect(
        (await get(`/api/v1/gemeenten/GM0014/rapport.pdf?peildatum=${T}`, monitor)).statusCode,
      ).toBe(200);
    } finally {
      await t.ctx.instellingen.setPublicView(CLI, true);
    }
  });
});

describe('what the report says', () => {
  it('writes x for every count of 1–4, in the table, the bars, the trend and the summary', async () => {
    const exact = await t.ctx.indicatoren.unsuppressed(CLI, 'GM0014', T);
    const published = (await t.ctx.indicatoren.publishedSet(CLI, T)).municipal.GM0014!;
    const model = await t.ctx.rapport.model(VISITOR, 'GM0014', T);

    const small = FIGURE_ROWS.map((row, i) => ({ row, cell: model.table.rows[i]! })).filter(
      ({ row }) => {
        const value = valueAt(exact, row.path);
        return row.unit === 'count' && typeof value === 'number' && value >= 1 && value <= 4;
      },
    );
    // The data set has them: 3 children in noodopvang.
    expect(small.map(({ row }) => row.path)).toContain('childrenInNood.count');
    for (const { cell } of small) expect(cell.gemeente).toBe('x');
    for (const [i, row] of FIGURE_ROWS.entries()) {
      if (valueAt(published, row.path) === 'x') expect(model.table.rows[i]!.gemeente).toBe('x');
    }
    expect(model.byType.bars.find((b) => b.label === 'noodopvang')).toMatchObject({
      value: null,
      text: 'x',
    });
    const nood = model.trends[0]!.lines[1]!;
    expect(nood.values.at(-1)).toBeNull();

    const summary = model.summary.join(' ');
    expect(summary).toContain('hoeveel van hen in noodopvang woonden, is niet gepubliceerd');
    expect(numbersIn(summary).filter((n) => n >= 1 && n <= 4)).toEqual([]);
    expect(model.cover.lines).toContain('Demodata — fictief');
  });

  it('leaves out the evaluation and the actions for a visitor, and says where they are', async () => {
    const model = await t.ctx.rapport.model(VISITOR, 'GM0014', T);
    expect(model.compliance.locations).toEqual([]);
    expect(model.compliance.intro).toContain('alleen te zien voor ingelogde accounts');
    expect(model.actions.rows).toEqual([]);
  });

  it('gives the operator every location’s outcomes, without figures, and the actions open first', async () => {
    const model = await t.ctx.rapport.model(CLI, 'GM0014', T);
    expect(model.compliance.locations.map((l) => l.title)).toEqual([
      'Azc Rapport (RAP-AZC)',
      'Noodopvang Rapport (RAP-NOOD)',
    ]);
    const azc = model.compliance.locations[0]!;
    expect(azc.facts).toBe('azc · open');
    expect(azc.failing[0]).toEqual({
      norm: 'R1.1 Kleinschalig',
      outcome: 'voldoet niet',
      change: 'Te veranderen: capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen.',
    });
    expect(model.actions.rows.map((a) => [a.omschrijving, a.norm, a.status])).toEqual([
      ['Capaciteit verlagen', 'R1.1 Kleinschalig', 'open'],
      ['Kamers opdelen', 'de beoordeling als geheel', 'afgerond'],
    ]);
  });

  it('gives a location’s staff the rows of its own locations only', async () => {
    const staff = await t.login(STAFF.email, STAFF.password);
    const session = await t.ctx.sessie.resolve(staff.cookie.split('=')[1]!);
    const model = await t.ctx.rapport.model(session!.actor, 'GM0014', T);
    expect(model.compliance.locations.map((l) => l.title)).toEqual([
      'Noodopvang Rapport (RAP-NOOD)',
    ]);
    expect(model.compliance.intro).toContain('alleen de locaties waarvoor uw account werkt');
    expect(model.actions.rows).toEqual([]);
  });
});

describe('the municipality’s improvement actions', () => {
  it('lists open and done actions with location, norm, owner, deadline and status', async () => {
    const response = await get('/api/v1/gemeenten/GM0014/verbeteracties', gemeente);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const body = response.json();
    expect(body.gemeente).toEqual({ code: 'GM0014', naam: 'Groningen' });
    expect(body.items).toMatchObject([
      {
        locatie: { code: 'RAP-AZC', naam: 'Azc Rapport' },
        beoordeling: { van: '2025-01-01', tot: '2025-06-30', status: 'concept' },
        norm: { id: 'R1.1', titel: { nl: 'Kleinschalig' } },
        omschrijving: 'Capaciteit verlagen',
        eigenaar: 'COA',
        deadline: '2025-10-01',
        status: 'open',
      },
      { norm: null, omschrijving: 'Kamers opdelen', status: 'afgerond' },
    ]);
  });

  it('is for the roles that read assessments, within their scope', async () => {
    expect((await get('/api/v1/gemeenten/GM0014/verbeteracties')).statusCode).toBe(401);
    expect((await get('/api/v1/gemeenten/GM0014/verbeteracties', monitor)).statusCode).toBe(200);
    expect((await get('/api/v1/gemeenten/GM0363/verbeteracties', gemeente)).statusCode).toBe(403);
    const unknown = await get('/api/v1/gemeenten/GM9999/verbeteracties', monitor);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Er is geen gemeente met code GM9999.');
  });
});
