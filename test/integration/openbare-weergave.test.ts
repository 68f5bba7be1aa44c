/**
 * The public view setting: read by anyone, switched by the beheerder only (CSRF, audited), and
 * while it is off a visitor without a login gets 401 on every public figure — never on the
 * framework or the municipalities — while every account keeps its figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSettingsRepo } from '../../src/server/features/installatie/settings-repo.js';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI } from '../support/imports.js';

const T = '2025-07-17';
const URL = '/api/v1/instellingen/openbare-weergave';
const OFF_TEXT = 'De openbare weergave staat uit. Log in om de cijfers te zien.';

/** Every route that serves public figures, as a visitor would ask. */
const FIGURES = [
  `/api/v1/indicatoren?peildatum=${T}`,
  `/api/v1/indicatoren?scope=GM0014&peildatum=${T}`,
  `/api/v1/indicatoren/publicatieset?peildatum=${T}`,
  `/api/v1/indicatoren/reeks?scope=GM0014&peildatum=${T}&maanden=2`,
  `/api/v1/indicatoren/curven?peildatum=${T}`,
  `/api/v1/indicatoren/export?peildatum=${T}&formaat=csv`,
  `/api/v1/indicatoren/reeks/export?peildatum=${T}&maanden=2&formaat=xlsx`,
  `/api/v1/dashboard/gemeenten?peildatum=${T}`,
];
/** Public whatever the setting: a policy document and reference data. */
const ALWAYS_PUBLIC = [
  '/api/v1/kaders',
  '/api/v1/kaders/2025.1',
  '/api/v1/gemeenten',
  '/api/v1/gemeenten/GM0014',
  '/api/v1/gemeenten/export?formaat=csv',
  URL,
];

let t: TestApp;
let beheerder: Login;
let monitor: Login;

beforeAll(async () => {
  t = await testApp();
  beheerder = await t.login(DEMO.beheerder);
  monitor = await t.login(DEMO.monitor);
});

afterAll(() => t.close());

const get = (url: string, login?: Login) =>
  t.app.inject({ method: 'GET', url, headers: login ? { cookie: login.cookie } : {} });

function put(aan: unknown, login?: Login, csrf = login?.csrf) {
  return t.app.inject({
    method: 'PUT',
    url: URL,
    headers: {
      ...(login ? { cookie: login.cookie } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
    },
    payload: { aan },
  });
}

describe('the public view setting', () => {
  it('is on by default, and anyone may read so', async () => {
    const response = await get(URL);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      aan: true,
      bron: 'standaard',
      gewijzigdOp: null,
      gewijzigdDoor: null,
    });
    for (const url of FIGURES) expect((await get(url)).statusCode, url).toBe(200);
  });

  it('is switched by the beheerder only, with the CSRF token of the session', async () => {
    expect((await put(false)).statusCode).toBe(401);
    expect((await put(false, monitor)).statusCode).toBe(403);
    const withoutToken = await put(false, beheerder, '');
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().type).toBe('urn:kindkader:probleem:csrf');
    expect((await put('nee', beheerder)).statusCode).toBe(422);
    expect((await get(URL)).json().aan).toBe(true);
  });

  it('closes every public figure to visitors without a login at once, and says why', async () => {
    const response = await put(false, beheerder);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      aan: false,
      bron: 'instelling',
      gewijzigdDoor: DEMO.beheerder,
    });
    for (const url of FIGURES) {
      const refused = await get(url);
      expect(refused.statusCode, url).toBe(401);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({
        type: 'urn:kindkader:probleem:openbare-weergave-uit',
        detail: OFF_TEXT,
      });
    }
    for (const url of ALWAYS_PUBLIC) expect((await get(url)).statusCode, url).toBe(200);
    expect((await get(URL)).json().aan).toBe(false);
  });

  it('leaves every account its figures while it is off', async () => {
    for (const url of FIGURES) expect((await get(url, monitor)).statusCode, url).toBe(200);
  });

  it('records each switch in the audit log, with before and after', async () => {
    const { items } = await t.ctx.audit.page(CLI, {
      actie: 'instellingen.openbare-weergave',
      pagina: 1,
      paginaGrootte: 10,
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actorEmail: DEMO.beheerder,
      objectSoort: 'instelling',
      objectId: 'openbare-weergave',
      uitkomst: 'gelukt',
      details: { van: 'aan', naar: 'uit' },
    });
  });

  it('opens the figures again when switched on', async () => {
    expect((await put(true, beheerder)).statusCode).toBe(200);
    for (const url of FIGURES) expect((await get(url)).statusCode, url).toBe(200);
  });

  it('notices a change by another process (the CLI) within a second', async () => {
    await t.ctx.instellingen.getPublicView(CLI);
    // The CLI's own context writes the same table; this process learns it from the database.
    const other = createSettingsRepo(t.database.db);
    await other.set('openbare-weergave', {
      aan: false,
      gewijzigdOp: new Date().toISOString(),
      gewijzigdDoor: 'cli',
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await get(FIGURES[0]!)).statusCode).toBe(401);
  });
});
