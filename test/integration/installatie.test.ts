import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/server/context.js';
import { DEMO_ACCOUNTS } from '../../src/server/features/installatie/service.js';
import { TEST_PSEUDONYM_KEY } from '../support/app.js';
import { type TestDatabase, testDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

const context = (production: boolean) =>
  createContext(database, {
    sessionIdleMinutes: 60,
    sessionMaxHours: 12,
    production,
    pseudonymKey: TEST_PSEUDONYM_KEY,
  });

describe('start-up preparation', () => {
  it('in demo mode creates one demo account per role, once', async () => {
    const ctx = context(false);
    expect(await ctx.installatie.prepare()).toEqual({
      demo: true,
      demoAccountsCreated: true,
      needsBeheerder: false,
    });
    expect(await ctx.installatie.prepare()).toEqual({
      demo: true,
      demoAccountsCreated: false,
      needsBeheerder: false,
    });
    const users = await ctx.gebruikers.list({ kind: 'cli' });
    expect(users.map((u) => u.rol).sort()).toEqual(['beheerder', 'gemeente', 'locatie', 'monitor']);
    expect(users.every((u) => u.demo)).toBe(true);
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
  });

  it('in production without a real beheerder refuses to serve and removes demo accounts', async () => {
    const ctx = context(true);
    expect(await ctx.installatie.prepare()).toEqual({
      demo: false,
      demoAccountsCreated: false,
      needsBeheerder: true,
    });
    expect(await ctx.gebruikers.list({ kind: 'cli' })).toEqual([]);
  });

  it('leaves demo mode for good once a real beheerder exists', async () => {
    const ctx = context(false);
    await ctx.installatie.prepare();
    await ctx.gebruikers.create(
      { kind: 'cli' },
      {
        email: 'beheer@example.nl',
        rol: 'beheerder',
        organisatie: 'Beheer',
        wachtwoord: 'een-echt-wachtwoord',
      },
    );
    expect(await ctx.installatie.prepare()).toEqual({
      demo: false,
      demoAccountsCreated: false,
      needsBeheerder: false,
    });
    expect((await ctx.gebruikers.list({ kind: 'cli' })).map((u) => u.email)).toEqual([
      'beheer@example.nl',
    ]);
    expect((await ctx.health.get()).demo).toBe(false);
  });
});
