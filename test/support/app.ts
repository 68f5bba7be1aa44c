import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { createContext } from '../../src/server/context.js';
import { DEMO_PASSWORD } from '../../src/server/features/installatie/service.js';
import { testDatabase } from './database.js';

export const DEMO = {
  beheerder: 'beheerder@demo.kindkader.nl',
  gemeente: 'gemeente@demo.kindkader.nl',
  locatie: 'locatie@demo.kindkader.nl',
  monitor: 'monitor@demo.kindkader.nl',
} as const;
export { DEMO_PASSWORD };

/** A fixed key, so that tests can compute the pseudonym of a source id. */
export const TEST_PSEUDONYM_KEY = 'test-sleutel-die-alleen-in-tests-wordt-gebruikt';

export interface Login {
  cookie: string;
  csrf: string;
}

/** A prepared database (migrations, reference data, demo accounts) and an app on it. */
export async function testApp(
  options: {
    trustProxy?: boolean;
    now?: () => Date;
    loginAttemptsPerMinute?: number;
    webDir?: string | null;
  } = {},
) {
  const database = await testDatabase();
  const ctx = createContext(
    database,
    {
      sessionIdleMinutes: 60,
      sessionMaxHours: 12,
      production: false,
      pseudonymKey: TEST_PSEUDONYM_KEY,
    },
    options.now,
  );
  await ctx.installatie.prepare();
  const app = await buildApp(ctx, {
    webDir: options.webDir ?? null,
    trustProxy: options.trustProxy,
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 1000,
  });
  await app.ready();

  async function login(email: string, password = DEMO_PASSWORD): Promise<Login> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      payload: { email, wachtwoord: password },
    });
    if (response.statusCode !== 201)
      throw new Error(`inloggen mislukt: ${response.statusCode} ${response.body}`);
    return { cookie: sessionCookie(response), csrf: response.json().csrfToken };
  }

  return {
    app,
    ctx,
    database,
    login,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie'] ?? []]
    .flat()
    .find((c) => c.startsWith('kindkader_sessie='));
  if (!header) throw new Error('geen sessiecookie in het antwoord');
  return header.split(';')[0]!;
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
