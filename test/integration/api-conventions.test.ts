import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { DEMO, type TestApp, testApp } from '../support/app.js';
import { testDatabaseKind } from '../support/database.js';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors: { path: string; message: string }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => ProblemBody },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['api-version']).toBe('1.0.0');
  const body = response.json();
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:kindkader:probleem:/) });
  expect(body.title).toEqual(expect.any(String));
  expect(body.detail).toEqual(expect.any(String));
  expect(body.instance).toEqual(expect.stringMatching(/^\//));
  return body;
}

describe('API conventions', () => {
  it('sends API-Version on success responses', async () => {
    const response = await t.app.inject({ url: '/api/v1/gemeenten?paginaGrootte=1' });
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('answers an unknown route with a Dutch 404 problem', async () => {
    const body = expectProblem(await t.app.inject({ url: '/api/v1/bestaat-niet' }), 404);
    expect(body.detail).toBe('Er is niets op GET /api/v1/bestaat-niet.');
    expectProblem(await t.app.inject({ method: 'PATCH', url: '/api/v1/gemeenten' }), 404);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(expectProblem(response, 400).detail).toBe('De inhoud is geen geldige JSON.');
  });

  it('answers wrong types with 422 and the path of every wrong field', async () => {
    const body = expectProblem(
      await t.app.inject({ url: '/api/v1/gemeenten?pagina=nul&paginaGrootte=9999' }),
      422,
    );
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'querystring.pagina',
      'querystring.paginaGrootte',
    ]);
    expectProblem(await t.app.inject({ url: '/api/v1/gemeenten/Amsterdam' }), 422);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      payload: { email: 'a@b.nl', wachtwoord: 'x'.repeat(1_100_000) },
    });
    expectProblem(response, 413);
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      headers: { 'content-type': 'text/xml' },
      payload: '<x/>',
    });
    expectProblem(response, 415);
  });

  it('answers an unexpected failure with 500 and no stack trace or message', async () => {
    const app = await buildApp(
      {
        ...t.ctx,
        health: { get: () => Promise.reject(new Error('geheime interne fout op regel 12')) },
      },
      { webDir: null },
    );
    try {
      const response = await app.inject({ url: '/api/v1/health' });
      const body = expectProblem(response, 500);
      expect(response.body).not.toContain('geheime');
      expect(response.body).not.toMatch(/at \w+ \(|\.ts:\d+/);
      expect(body.title).toBe('Interne fout');
    } finally {
      await app.close();
    }
  });

  it('reports health: database kind and migration version', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { soort: testDatabaseKind, migratie: expect.stringMatching(/^\d{4}_/) },
      demo: true,
    });
  });

  it('publishes OpenAPI 3 with contact, relative to /api/v1, and rendered docs', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(document.openapi).toMatch(/^3\.0\.\d$/);
    expect(document.info.contact).toMatchObject({
      name: expect.any(String),
      url: expect.any(String),
      email: expect.any(String),
    });
    expect(document.servers[0].url).toBe('/api/v1');
    expect(Object.keys(document.paths)).toContain('/gemeenten/{code}');
    const login = document.paths['/sessie'].post;
    expect(login.responses['422'].content['application/problem+json']).toBeDefined();
    expect(login.responses['201'].headers['API-Version']).toBeDefined();
    const docs = await t.app.inject({ url: '/api/v1/docs/static/index.html' });
    expect(docs.statusCode).toBeLessThan(400);
  });

  it('compresses what is large enough to gain from it', async () => {
    const response = await t.app.inject({
      url: '/api/v1/gemeenten',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('sends strict security headers', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never returns a password hash', async () => {
    const { cookie } = await t.login(DEMO.beheerder);
    const response = await t.app.inject({ url: '/api/v1/gebruikers', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/argon2|wachtwoordHash/);
  });
});
