import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { pseudonymiserFromKey } from '../../src/server/pseudonym.js';
import { DEMO, TEST_PSEUDONYM_KEY, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

let t: TestApp;
const pseudonym = pseudonymiserFromKey(TEST_PSEUDONYM_KEY);
const HEADER = 'kind_id,geboortemaand,amv,gezin_id,gebeurtenis,datum,locatie,soort';
const events = (...rows: string[]) => [HEADER, ...rows].join('\n');
const warningsOf = (report: Awaited<ReturnType<typeof importText>>) =>
  report.meldingen
    .filter((m) => m.ernst === 'waarschuwing')
    .map((m) => `rij ${m.rij}: ${m.melding}`);

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  t = await testApp();
  const report = await importText(
    t,
    'locaties',
    [
      'code,naam,gemeente,type,subtype,capaciteit,status,open_sinds,open_tot',
      'AZC,Azc,GM0014,azc,,300,open,2020-01-01,',
      'NOOD,Nood,GM0014,noodopvang,hotel,100,open,2024-01-01,2025-12-31',
      'PLAN,Gepland,GM0014,azc,,100,voorgesteld,,',
    ].join('\n'),
  );
  expect(report.geschreven).toBe(true);
});
afterAll(() => t.close());

describe('importing child-journey events', () => {
  it('pseudonymises child and family ids at the edge and keeps only the birth month', async () => {
    const report = await importText(
      t,
      'gebeurtenissen',
      events(
        'BRON-001,2015-03,nee,GEZIN-9,instroom,2025-01-10,AZC,',
        'BRON-001,2015-03,nee,GEZIN-9,verhuizing,2025-03-01,NOOD,',
      ),
    );
    expect(report).toMatchObject({ geschreven: true, telling: { nieuw: 2 } });
    const stored = await rows<{ kind: string; gezin: string; geboortemaand: string }>(
      sql`select kind, gezin, geboortemaand from gebeurtenissen`,
    );
    expect(stored[0]).toEqual({
      kind: pseudonym('BRON-001'),
      gezin: pseudonym('GEZIN-9'),
      geboortemaand: '2015-03',
    });
    expect(pseudonym('BRON-001')).toMatch(/^[0-9a-f]{32}$/);
    // Nowhere in the database does a source id appear.
    const dump =
      JSON.stringify(await rows(sql`select * from gebeurtenissen`)) +
      JSON.stringify(await rows(sql`select * from kinderen`)) +
      JSON.stringify(await rows(sql`select * from audit_log`)) +
      JSON.stringify(await rows(sql`select * from import_batches`));
    expect(dump).not.toContain('BRON-001');
    expect(dump).not.toContain('GEZIN-9');
    const stays = await rows<{ locatie: string; begin: string; eind: string | null }>(
      sql`select locatie, begin::text, eind::text from verblijven where kind = ${pseudonym('BRON-001')} order by begin`,
    );
    expect(stays).toEqual([
      { locatie: 'AZC', begin: '2025-01-10', eind: '2025-03-01' },
      { locatie: 'NOOD', begin: '2025-03-01', eind: null },
    ]);
  });

  it('reports the same file again as al aanwezig, and a repeat with other values as an error', async () => {
    const again = await importText(
      t,
      'gebeurtenissen',
      events('BRON-001,2015-03,nee,GEZIN-9,instroom,2025-01-10,AZC,'),
    );
    expect(again.telling).toMatchObject({ nieuw: 0, aanwezig: 1, fouten: 0 });
    expect(warningsOf(again)).toEqual(['rij 2: al aanwezig']);
    const different = await importText(
      t,
      'gebeurtenissen',
      events('BRON-001,2015-03,ja,GEZIN-9,instroom,2025-01-10,AZC,'),
    );
    const twiceInFile = await importText(
      t,
      'gebeurtenissen',
      events(
        'DUBBEL,2014-01,nee,,instroom,2025-01-10,AZC,',
        'DUBBEL,2014-01,nee,,instroom,2025-01-10,AZC,',
        'DUBBEL,2014-01,ja,,instroom,2025-01-10,AZC,',
      ),
    );
    expect(warningsOf(twiceInFile)).toEqual(['rij 3: dezelfde gebeurtenis als rij 2: al aanwezig']);
    expect(errorsOf(twiceInFile)).toEqual([
      'rij 4, kolom -: dezelfde gebeurtenis als rij 2, maar met een andere geboortemaand, amv of gezin_id',
    ]);
    expect(errorsOf(different)[0]).toMatch(
      /^rij 2, kolom -: dezelfde gebeurtenis staat al in batch \d+ \(gebeurtenissen\.csv, rij 2\) met een andere/,
    );
  });

  it('reports every field rule with row, column and a Dutch reason — without ever quoting the child id', async () => {
    const report = await importText(
      t,
      'gebeurtenissen',
      events(
        ',2015-03,nee,,instroom,2025-01-10,AZC,',
        'F2,2015-3,misschien,,landing,2025-02-30,AZC,',
        'F3,2015-03,nee,,instroom,2099-01-01,AZC,',
        'F4,2015-03,nee,,instroom,1999-12-31,AZC,',
        'F5,2015-03,nee,,instroom,2015-02-28,AZC,',
        'F6,2099-01,nee,,instroom,2025-01-10,AZC,',
        'F7,2015-03,nee,,instroom,2025-01-10,ONBEKEND,',
        'F8,2015-03,nee,,instroom,2025-01-10,,',
        'F9,2015-03,nee,,uitstroom,2025-01-10,,',
        'F10,2015-03,nee,,onderwijs_start,2025-01-10,,hbo',
        'F11,2015-03,nee,,jgz_intake,2025-01-10,,po',
      ),
    );
    expect(report.geschreven).toBe(false);
    expect(errorsOf(report)).toEqual([
      'rij 2, kolom kind_id: is verplicht en is leeg',
      "rij 3, kolom geboortemaand: '2015-3' is geen geldige maand (JJJJ-MM)",
      "rij 3, kolom amv: 'misschien' is geen ja of nee",
      "rij 3, kolom gebeurtenis: 'landing' is geen toegestane waarde (kies uit: instroom, verhuizing, uitstroom, onderwijs_start, onderwijs_einde, jgz_intake, gza_inschrijving, vergunning, perspectiefplan_18, amv_wijziging)",
      "rij 3, kolom datum: '2025-02-30' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)",
      'rij 4, kolom datum: 2099-01-01 ligt in de toekomst',
      'rij 5, kolom datum: 1999-12-31 ligt vóór 2000-01-01',
      'rij 6, kolom datum: 2015-02-28 ligt vóór de geboortemaand 2015-03',
      'rij 7, kolom geboortemaand: 2099-01 ligt na de huidige maand',
      "rij 8, kolom locatie: 'ONBEKEND' is geen bekende locatiecode",
      'rij 9, kolom locatie: is verplicht bij instroom',
      'rij 10, kolom soort: is verplicht bij uitstroom (woning, vertrek, terugkeer, overig)',
      "rij 11, kolom soort: 'hbo' is geen toegestane waarde (kies uit: po, so, isk, vo, mbo)",
      'rij 12, kolom soort: hoort leeg te zijn bij jgz_intake',
    ]);
    expect(JSON.stringify(report)).not.toMatch(/F\d+/);
  });

  it('checks sequences over stored and new rows together, with one error per mistake', async () => {
    await importText(t, 'gebeurtenissen', events('S1,2012-01,ja,,instroom,2025-01-10,AZC,'));
    const report = await importText(
      t,
      'gebeurtenissen',
      events(
        'S1,2012-01,ja,,instroom,2025-02-01,NOOD,',
        'S2,2012-01,nee,,verhuizing,2025-02-01,AZC,',
        'S3,2012-01,nee,,instroom,2025-02-01,AZC,',
        'S3,2012-01,nee,,uitstroom,2025-03-01,NOOD,woning',
        'S4,2012-01,nee,,instroom,2025-02-01,ONBEKEND,',
        'S4,2012-01,nee,,uitstroom,2025-03-01,,vertrek',
        'S5,2012-01,nee,,instroom,2025-02-01,AZC,',
        'S5,2012-02,nee,,jgz_intake,2025-02-03,,',
      ),
    );
    expect(errorsOf(report)).toEqual([
      'rij 2, kolom gebeurtenis: instroom terwijl het kind al op een locatie verblijft',
      'rij 3, kolom gebeurtenis: er is geen open verblijf om te verplaatsen of te beëindigen',
      'rij 5, kolom gebeurtenis: uitstroom noemt een andere locatie dan waar het kind verblijft',
      // The unknown location is one error; the uitstroom after it is not a second one.
      "rij 6, kolom locatie: 'ONBEKEND' is geen bekende locatiecode",
      'rij 9, kolom geboortemaand: verschilt van de eerdere rijen van dit kind (2012-01)',
    ]);
  });

  it('reports on the new row when it makes a stored row invalid, naming that row', async () => {
    await importText(
      t,
      'gebeurtenissen',
      events(
        'B1,2012-01,nee,,instroom,2025-01-10,AZC,',
        'B1,2012-01,nee,,verhuizing,2025-03-01,NOOD,',
      ),
      {
        fileName: 'eerste.csv',
      },
    );
    const report = await importText(
      t,
      'gebeurtenissen',
      events('B1,2012-01,nee,,uitstroom,2025-02-01,,woning'),
    );
    expect(errorsOf(report)).toEqual([
      expect.stringMatching(
        /^rij 2, kolom gebeurtenis: maakt rij 3 van eerste\.csv \(batch \d+\) ongeldig: er is geen open verblijf/,
      ),
    ]);
  });

  it('warns but keeps: a move to the current location (ignored), a milestone outside reception, a proposed location, a date outside the opening period', async () => {
    const report = await importText(
      t,
      'gebeurtenissen',
      events(
        'W1,2012-01,nee,,instroom,2025-01-10,AZC,',
        'W1,2012-01,nee,,verhuizing,2025-02-01,AZC,',
        'W1,2012-01,nee,,uitstroom,2025-03-01,,woning',
        'W1,2012-01,nee,,jgz_intake,2025-04-01,,',
        'W2,2012-01,nee,,instroom,2025-01-10,PLAN,',
        'W3,2012-01,nee,,instroom,2023-06-01,NOOD,',
      ),
    );
    expect(report).toMatchObject({ geschreven: true, telling: { nieuw: 6, fouten: 0 } });
    expect(warningsOf(report)).toEqual([
      'rij 3: verhuizing naar de locatie waar het kind al verblijft: genegeerd',
      'rij 5: mijlpaal buiten een opvangperiode: bewaard, maar telt niet mee in de indicatoren',
      "rij 6: locatie 'PLAN' heeft status voorgesteld",
      "rij 7: 2023-06-01 ligt buiten de openingsperiode van locatie 'NOOD'",
    ]);
    const ignored = await rows<{ genegeerd: boolean }>(
      sql`select genegeerd from gebeurtenissen where kind = ${pseudonym('W1')} and gebeurtenis = 'verhuizing'`,
    );
    expect(ignored).toEqual([{ genegeerd: true }]);
  });

  it('with accept-valid skips every row of a child with an error, and rows without a child on their own', async () => {
    const report = await importText(
      t,
      'gebeurtenissen',
      events(
        'A1,2012-01,nee,,instroom,2025-01-10,AZC,',
        'A2,2012-01,nee,,instroom,2025-01-10,AZC,',
        'A2,2012-01,nee,,jgz_intake,2025-13-01,,',
        ',2012-01,nee,,jgz_intake,2025-01-11,,',
      ),
      { acceptValid: true },
    );
    expect(report).toMatchObject({
      geschreven: true,
      telling: { nieuw: 1, overgeslagen: 1, fouten: 2 },
    });
    const children = await rows<{ kind: string }>(
      sql`select distinct kind from gebeurtenissen where kind in (${pseudonym('A1')}, ${pseudonym('A2')})`,
    );
    expect(children).toEqual([{ kind: pseudonym('A1') }]);
  });

  it('keeps a locatie user to its own locations', async () => {
    await t.ctx.gebruikers.create(CLI, {
      email: 'cpk@example.nl',
      rol: 'locatie',
      organisatie: 'COA',
      locaties: ['AZC'],
      wachtwoord: 'wachtwoord-van-cpk',
    });
    const { cookie, csrf } = await t.login('cpk@example.nl', 'wachtwoord-van-cpk');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/gebeurtenissen',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' },
      payload: events(
        'L1,2012-01,nee,,instroom,2025-01-10,AZC,',
        'L2,2012-01,nee,,instroom,2025-01-10,NOOD,',
        'L1,2012-01,nee,,jgz_intake,2025-01-12,,',
      ),
    });
    expect(errorsOf(response.json())).toEqual([
      "rij 3, kolom locatie: locatie 'NOOD' valt buiten de locaties waarvoor uw account geldt",
    ]);
    const gemeente = await t.login(DEMO.gemeente);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/gebeurtenissen',
      headers: {
        cookie: gemeente.cookie,
        'x-csrf-token': gemeente.csrf,
        'content-type': 'text/csv',
      },
      payload: events('L1,2012-01,nee,,instroom,2025-01-10,AZC,'),
    });
    expect(refused.statusCode).toBe(403);
  });

  it('rolls back a batch and derives the stays again; refuses while a later batch needs it', async () => {
    const first = await importText(
      t,
      'gebeurtenissen',
      events('R1,2012-01,nee,,instroom,2025-01-10,AZC,'),
    );
    const second = await importText(
      t,
      'gebeurtenissen',
      events('R1,2012-01,nee,,verhuizing,2025-02-10,NOOD,'),
    );
    await expect(t.ctx.imports.rollback(CLI, first.batchId!)).rejects.toThrow(
      `de batches ${second.batchId} bouwen erop voort`,
    );
    await t.ctx.imports.rollback(CLI, second.batchId!);
    const stays = await rows<{ locatie: string; eind: string | null }>(
      sql`select locatie, eind from verblijven where kind = ${pseudonym('R1')}`,
    );
    expect(stays).toEqual([{ locatie: 'AZC', eind: null }]);
    await t.ctx.imports.rollback(CLI, first.batchId!);
    expect(await rows(sql`select * from verblijven where kind = ${pseudonym('R1')}`)).toEqual([]);
    expect(await rows(sql`select * from kinderen where pseudoniem = ${pseudonym('R1')}`)).toEqual(
      [],
    );
  });
});

describe('the child page', () => {
  it('shows a child to the staff of its location, audits every view, and never logs the source id', async () => {
    await importText(
      t,
      'gebeurtenissen',
      events(
        'PAGINA-1,2011-06,ja,,instroom,2025-01-10,AZC,',
        'PAGINA-1,2011-06,ja,,onderwijs_start,2025-02-10,,isk',
      ),
    );
    const lines: string[] = [];
    const logged = await buildApp(t.ctx, {
      webDir: null,
      logger: {
        level: 'info',
        stream: new Writable({ write: (chunk, _e, done) => done(void lines.push(String(chunk))) }),
      },
    });
    try {
      const login = await logged.inject({
        method: 'POST',
        url: '/api/v1/sessie',
        payload: { email: 'cpk@example.nl', wachtwoord: 'wachtwoord-van-cpk' },
      });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
      const found = await logged.inject({
        method: 'POST',
        url: '/api/v1/kinderen/zoeken',
        headers,
        payload: { bronId: 'PAGINA-1' },
      });
      expect(found.json()).toEqual({ pseudoniem: pseudonym('PAGINA-1') });
      const page = await logged.inject({
        url: `/api/v1/kinderen/${pseudonym('PAGINA-1')}`,
        headers,
      });
      expect(page.json()).toMatchObject({
        geboortemaand: '2011-06',
        amv: true,
        huidigeLocatie: 'AZC',
        verblijven: [{ locatie: 'AZC', begin: '2025-01-10', eind: null, type: 'azc' }],
      });
      const list = await logged.inject({ url: '/api/v1/kinderen', headers });
      expect(list.json().items.map((k: { pseudoniem: string }) => k.pseudoniem)).toContain(
        pseudonym('PAGINA-1'),
      );
      const missing = await logged.inject({
        method: 'POST',
        url: '/api/v1/kinderen/zoeken',
        headers,
        payload: { bronId: 'BESTAAT-NIET' },
      });
      expect(missing.statusCode).toBe(404);
      expect(lines.join('')).not.toContain('PAGINA-1');
      expect(lines.join('')).not.toContain('BESTAAT-NIET');
    } finally {
      await logged.close();
    }
    const audit = await rows<{ actie: string; uitkomst: string; object_id: string | null }>(
      sql`select actie, uitkomst, object_id from audit_log where actie like 'kind%' order by id`,
    );
    expect(audit).toEqual([
      { actie: 'kind.zoeken', uitkomst: 'gelukt', object_id: pseudonym('PAGINA-1') },
      { actie: 'kind.bekijken', uitkomst: 'gelukt', object_id: pseudonym('PAGINA-1') },
      { actie: 'kinderen.lijst', uitkomst: 'gelukt', object_id: 'AZC' },
      { actie: 'kind.zoeken', uitkomst: 'geweigerd', object_id: null },
    ]);
  });
});
