import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, type TestApp, testApp } from '../support/app.js';

let t: TestApp;
let clock = new Date('2026-11-27T10:00:00Z');

beforeAll(async () => {
  t = await testApp({ now: () => clock });
});
afterAll(() => t.close());

const login = (email: string, wachtwoord: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { email, wachtwoord }, headers });

describe('logging in', () => {
  it('sets an opaque HttpOnly, SameSite=Strict cookie and returns who, organisation, role, scope', async () => {
    const response = await login(DEMO.gemeente, DEMO_PASSWORD);
    expect(response.statusCode).toBe(201);
    const header = [response.headers['set-cookie']].flat().join(';');
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).not.toMatch(/Secure/i);
    const body = response.json();
    expect(body.gebruiker).toMatchObject({ email: DEMO.gemeente, rol: 'gemeente', demo: true });
    expect(body.bereik).toMatchObject({
      soort: 'gemeente',
      gemeenteCode: 'GM0014',
      kindgegevens: false,
    });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const behindProxy = await testApp({ trustProxy: true });
    try {
      const response = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/v1/sessie',
        payload: { email: DEMO.monitor, wachtwoord: DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.statusCode).toBe(201);
      expect([response.headers['set-cookie']].flat().join(';')).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('says only that e-mail or password is wrong, in Dutch, as problem+json', async () => {
    for (const [email, password] of [
      [DEMO.monitor, 'fout-wachtwoord'],
      ['bestaat-niet@example.nl', 'fout-wachtwoord'],
    ] as const) {
      const response = await login(email, password);
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json().detail).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    }
  });

  it('locks an address for 15 minutes after 5 failures, even for the right password, then lets it in', async () => {
    const email = DEMO.locatie;
    for (let i = 0; i < 5; i++) expect((await login(email, 'fout')).statusCode).toBe(401);
    const locked = await login(email, DEMO_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json().detail).toMatch(/15 minuten geblokkeerd/);
    clock = new Date(clock.getTime() + 14 * 60_000);
    expect((await login(email, DEMO_PASSWORD)).statusCode).toBe(429);
    clock = new Date(clock.getTime() + 61_000);
    expect((await login(email, DEMO_PASSWORD)).statusCode).toBe(201);
  });

  it('locks unknown addresses the same way, so that a lock-out does not reveal accounts', async () => {
    for (let i = 0; i < 5; i++) await login('onbekend@example.nl', 'fout');
    expect((await login('onbekend@example.nl', 'fout')).statusCode).toBe(429);
  });

  it('limits login attempts per client address, whatever the account', async () => {
    const limited = await testApp({ loginAttemptsPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/sessie',
          payload: { email: `a${i}@example.nl`, wachtwoord: 'x' },
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses malformed login bodies with field paths', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      payload: { email: 3 },
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.wachtwoord']));
  });
});

describe('a session', () => {
  it('expires after an hour without activity, with a Dutch 401 that says so', async () => {
    const { cookie } = await t.login(DEMO.monitor);
    expect((await t.app.inject({ url: '/api/v1/sessie', headers: { cookie } })).statusCode).toBe(
      200,
    );
    clock = new Date(clock.getTime() + 61 * 60_000);
    const response = await t.app.inject({ url: '/api/v1/sessie', headers: { cookie } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      title: 'Sessie verlopen',
      type: 'urn:kindkader:probleem:sessie-verlopen',
    });
  });

  it('ends at logout', async () => {
    const { cookie, csrf } = await t.login(DEMO.monitor);
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessie',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/sessie', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request with a session but without or with a wrong token', async () => {
    const { cookie, csrf } = await t.login(DEMO.beheerder);
    for (const token of [undefined, 'verkeerd', `${csrf}x`]) {
      const response = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/sessie',
        headers: { cookie, ...(token ? { 'x-csrf-token': token } : {}) },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().title).toBe('Ongeldig CSRF-token');
    }
    // The session still works: nothing was done.
    expect((await t.app.inject({ url: '/api/v1/sessie', headers: { cookie } })).statusCode).toBe(
      200,
    );
  });

  it("does not accept another session's token", async () => {
    const a = await t.login(DEMO.beheerder);
    const b = await t.login(DEMO.beheerder);
    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessie',
      headers: { cookie: a.cookie, 'x-csrf-token': b.csrf },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('changing the password', () => {
  it('needs the current password, ends other sessions and lets the new one in', async () => {
    await t.ctx.gebruikers.create(
      { kind: 'cli' },
      {
        email: 'wissel@example.nl',
        rol: 'monitor',
        organisatie: 'Inspectie',
        wachtwoord: 'eerste-wachtwoord',
      },
    );
    const other = await t.login('wissel@example.nl', 'eerste-wachtwoord');
    const me = await t.login('wissel@example.nl', 'eerste-wachtwoord');
    const put = (body: object) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/account/wachtwoord',
        payload: body,
        headers: { cookie: me.cookie, 'x-csrf-token': me.csrf },
      });
    const wrong = await put({
      huidigWachtwoord: 'niet-goed',
      nieuwWachtwoord: 'tweede-wachtwoord',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('body.huidigWachtwoord');
    const short = await put({ huidigWachtwoord: 'eerste-wachtwoord', nieuwWachtwoord: 'kort' });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors[0]).toMatchObject({
      path: 'body.nieuwWachtwoord',
      message: 'een wachtwoord heeft minstens 12 tekens',
    });
    expect(
      (await put({ huidigWachtwoord: 'eerste-wachtwoord', nieuwWachtwoord: 'tweede-wachtwoord' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/sessie', headers: { cookie: other.cookie } })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/v1/sessie', headers: { cookie: me.cookie } })).statusCode,
    ).toBe(200);
    expect((await login('wissel@example.nl', 'eerste-wachtwoord')).statusCode).toBe(401);
    expect((await login('wissel@example.nl', 'tweede-wachtwoord')).statusCode).toBe(201);
  });
});
