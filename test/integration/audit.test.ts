import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type TestApp, testApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

let cookie: string | null = null;

async function auditPage(query: string) {
  cookie ??= (await t.login(DEMO.beheerder)).cookie;
  const response = await t.app.inject({ url: `/api/v1/audit?${query}`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const { db } = t.database;
    await db.execute(
      sql`insert into audit_log (actor_soort, actie, uitkomst) values ('systeem', 'test', 'gelukt')`,
    );
    for (const statement of [
      sql`update audit_log set actie = 'anders'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(db.execute(statement)).rejects.toThrow();
    }
    const result = await db.execute(
      sql`select count(*)::int as n from audit_log where actie = 'test'`,
    );
    expect((result as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
  });

  it('records successful and failed logins, with the address tried', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      payload: { email: 'poging@example.nl', wachtwoord: 'fout' },
    });
    await t.login(DEMO.monitor);
    cookie = null;
    const failed = await auditPage('actie=inloggen&uitkomst=mislukt');
    expect(
      failed.items.some((r: { actorEmail: string }) => r.actorEmail === 'poging@example.nl'),
    ).toBe(true);
    const ok = await auditPage(
      `actie=inloggen&uitkomst=gelukt&actor=${encodeURIComponent(DEMO.monitor)}`,
    );
    expect(ok.items[0]).toMatchObject({
      actorSoort: 'gebruiker',
      actorEmail: DEMO.monitor,
      uitkomst: 'gelukt',
    });
  });

  it('records writes made through the CLI as cli', async () => {
    await t.ctx.gebruikers.create(
      { kind: 'cli' },
      {
        email: 'nieuw@example.nl',
        rol: 'monitor',
        organisatie: 'Ombudsman',
        wachtwoord: 'lang-genoeg-wachtwoord',
      },
    );
    const page = await auditPage('actor=cli&actie=gebruiker.toevoegen');
    expect(page.items.map((r: { details: { email: string } }) => r.details.email)).toContain(
      'nieuw@example.nl',
    );
    expect(JSON.stringify(page)).not.toContain('lang-genoeg-wachtwoord');
  });

  it('pages newest first and filters by date in Europe/Amsterdam', async () => {
    const first = await auditPage('paginaGrootte=2&pagina=1');
    const second = await auditPage('paginaGrootte=2&pagina=2');
    expect(first.items).toHaveLength(2);
    expect(first.totaal).toBeGreaterThan(4);
    expect(first.items[1].id).toBeGreaterThan(second.items[0].id);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    expect((await auditPage(`van=${today}&tot=${today}`)).totaal).toBe(first.totaal);
    expect((await auditPage('tot=2020-01-01')).totaal).toBe(0);
  });
});
