/**
 * The kwaliteitskader through the API: the versions, a municipality adopting and tightening,
 * export and import as YAML (all or nothing, errors with line numbers), lost updates refused,
 * and every change in the audit log with what changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';

let t: TestApp;
let gemeente: Login;
let elders: Login;
const URL = '/api/v1/gemeenten/GM0014/kader';

beforeAll(async () => {
  t = await testApp();
  await t.ctx.gebruikers.create(
    { kind: 'cli' },
    {
      email: 'amsterdam@example.nl',
      rol: 'gemeente',
      organisatie: 'GM0363',
      wachtwoord: 'wachtwoord-amsterdam-1',
    },
  );
  gemeente = await t.login(DEMO.gemeente);
  elders = await t.login('amsterdam@example.nl', 'wachtwoord-amsterdam-1');
});
afterAll(() => t.close());

const as = (login: Login) => ({ cookie: login.cookie, 'x-csrf-token': login.csrf });

const put = (body: unknown, login = gemeente) =>
  t.app.inject({ method: 'PUT', url: URL, headers: as(login), payload: body as object });

const putYaml = (yaml: string, login = gemeente) =>
  t.app.inject({
    method: 'PUT',
    url: `${URL}.yaml`,
    headers: { ...as(login), 'content-type': 'application/yaml' },
    payload: yaml,
  });

const read = async () => (await t.app.inject({ url: URL, headers: as(gemeente) })).json();

async function auditEntries(actie: string) {
  const page = await t.ctx.audit.page({ kind: 'cli' }, { actie, pagina: 1, paginaGrootte: 50 });
  return page.items;
}

const ADOPTION = {
  framework: '2025.1',
  tightened: [{ norm: 'R1.1', max: 100, reason: 'Raadsbesluit december 2025' }],
  notAdopted: [{ norm: 'R1.3', reason: 'De panden in onze gemeente hebben geen keukens' }],
  localNorms: [
    {
      id: 'R4.L1',
      title: { nl: 'Zwemles', en: 'Swimming lessons' },
      explanation: { nl: 'Elk kind kan zwemles krijgen.', en: 'Every child can take lessons.' },
      level: 'location',
      kind: 'manual',
      assessment: { nl: 'Aanbod en deelname', en: 'Offer and take-up' },
      source: { kind: 'policy', text: { nl: 'Gemeentelijk beleid', en: 'Municipal policy' } },
    },
  ],
};

describe('the framework versions', () => {
  it('are public: the baseline with its eight themes and 24 norms', async () => {
    const list = await t.app.inject({ url: '/api/v1/kaders' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ version: '2025.1', themes: 8, norms: 24 }),
    ]);
    const version = await t.app.inject({ url: '/api/v1/kaders/2025.1' });
    expect(version.statusCode).toBe(200);
    const r3 = version.json().themes[2];
    expect(r3.norms[0]).toMatchObject({ id: 'R3.1', kind: 'type', level: 'location' });
    expect(r3.norms[0].title.nl).toBe('Geen kinderen in sporthallen, hotelkamers of op schepen');
  });

  it('answer an unknown version with a Dutch 404', async () => {
    const response = await t.app.inject({ url: '/api/v1/kaders/2019.1' });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe('Er is geen versie 2019.1 van het kwaliteitskader.');
  });
});

describe("a municipality's adoption", () => {
  it('is empty before anything is adopted, and unknown municipalities are a 404', async () => {
    expect(await read()).toEqual({
      gemeente: { code: 'GM0014', naam: 'Groningen' },
      kader: null,
      revisie: 0,
      gewijzigdOp: null,
      gewijzigdDoor: null,
    });
    const unknown = await t.app.inject({
      url: '/api/v1/gemeenten/GM9999/kader',
      headers: as(gemeente),
    });
    expect(unknown.statusCode).toBe(404);
    const notYet = await t.app.inject({ url: `${URL}.yaml`, headers: as(gemeente) });
    expect(notYet.statusCode).toBe(404);
    expect(notYet.json().detail).toBe(
      'Gemeente Groningen heeft nog geen versie van het kwaliteitskader aangenomen.',
    );
  });

  it('refuses a looser threshold, a missing reason and a clashing id, and stores nothing', async () => {
    const response = await put({
      kader: {
        ...ADOPTION,
        tightened: [{ norm: 'R1.1', max: 200 }],
        localNorms: [{ ...ADOPTION.localNorms[0], id: 'R4.1' }],
      },
      revisie: 0,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        path: 'body.kader.tightened.0.max',
        message:
          'R1.1: 200 is niet strenger dan de basiswaarde 150: een gemeente mag alleen aanscherpen (een lagere waarde)',
      },
      {
        path: 'body.kader.localNorms.0.id',
        message:
          "'R4.1' is geen id voor een lokale norm; gebruik het thema, een L en een nummer, zoals R4.L1",
      },
    ]);
    const noReason = await put({
      kader: { framework: '2025.1', notAdopted: [{ norm: 'R1.3', reason: ' ' }] },
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors).toEqual([
      {
        path: 'body.kader.notAdopted.0.reason',
        message: 'een reden is verplicht en mag niet leeg zijn',
      },
    ]);
    expect((await read()).kader).toBeNull();
    expect(await auditEntries('gemeentekader.wijzigen')).toEqual([]);
  });

  it('is adopted with a tightening, a norm left out and a local norm, and audited', async () => {
    const response = await put({ kader: ADOPTION, revisie: 0 });
    expect(response.statusCode).toBe(200);
    const stand = response.json();
    expect(stand).toMatchObject({
      revisie: 1,
      gewijzigdDoor: DEMO.gemeente,
      kader: { municipality: 'GM0014', ...ADOPTION },
    });
    expect(await read()).toEqual(stand);
    const [entry] = await auditEntries('gemeentekader.wijzigen');
    expect(entry).toMatchObject({
      actorEmail: DEMO.gemeente,
      objectSoort: 'gemeente',
      objectId: 'GM0014',
      uitkomst: 'gelukt',
      details: {
        via: 'formulier',
        versie: '2025.1',
        revisie: 1,
        wijzigingen: [
          { norm: null, wijziging: 'versie', waarde: '2025.1' },
          {
            norm: 'R1.1',
            wijziging: 'aangescherpt',
            waarde: { max: 100, reason: 'Raadsbesluit december 2025' },
          },
          {
            norm: 'R1.3',
            wijziging: 'niet-aangenomen',
            waarde: 'De panden in onze gemeente hebben geen keukens',
          },
          { norm: 'R4.L1', wijziging: 'lokale-norm-toegevoegd', waarde: expect.any(Object) },
        ],
      },
    });
  });

  it('refuses a write on top of an older revision (409), keeping the newer one', async () => {
    const response = await put({ kader: { framework: '2025.1' }, revisie: 0 });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('intussen door iemand anders gewijzigd');
    expect((await read()).revisie).toBe(1);
  });

  it('may be read by every account, and changed by no other municipality or role', async () => {
    const other = await t.app.inject({ url: URL, headers: as(elders) });
    expect(other.statusCode).toBe(200);
    expect(other.json().kader.tightened).toEqual(ADOPTION.tightened);
    const refused = await put({ kader: { framework: '2025.1' } }, elders);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe(
      'Dit valt buiten de gemeente of locaties waarvoor uw account geldt.',
    );
    const locatie = await t.login(DEMO.locatie);
    expect((await putYaml('framework: "2025.1"\n', locatie)).statusCode).toBe(403);
    expect((await read()).revisie).toBe(1);
  });
});

describe('the adoption as YAML', () => {
  it('exports a file that reads back in unchanged, both audited', async () => {
    const exported = await t.app.inject({ url: `${URL}.yaml`, headers: as(elders) });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(exported.headers['content-disposition']).toBe(
      'attachment; filename="kader-GM0014.yaml"',
    );
    const yaml = exported.body;
    expect(yaml).toMatch(/^# Lokaal kwaliteitskader van gemeente Groningen \(GM0014\)/);
    expect(yaml).toContain('framework: "2025.1"\ntightened:\n  - norm: R1.1\n    max: 100\n');
    expect(await auditEntries('gemeentekader.exporteren')).toEqual([
      expect.objectContaining({ actorEmail: 'amsterdam@example.nl', objectId: 'GM0014' }),
    ]);

    const before = await read();
    const imported = await putYaml(yaml);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ kader: before.kader, revisie: 2 });
    const [latest] = await auditEntries('gemeentekader.wijzigen');
    expect(latest!.details).toMatchObject({ via: 'yaml', revisie: 2, wijzigingen: [] });
  });

  it('reads in all or nothing, naming line, field and reason of every problem', async () => {
    const yaml = [
      'municipality: GM0014', // 1
      'framework: "2025.1"', // 2
      'tightened:', // 3
      '  - norm: R2.2', // 4
      '    maxKm: drie', // 5
      '  - norm: R1.1', // 6
      '    max: 90', // 7
      'notAdopted:', // 8
      '  - norm: R1.3', // 9
      '    reden: Geen keukens', // 10
    ].join('\n');
    const response = await putYaml(yaml);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      detail: 'Het kader is niet ingelezen: er zijn 3 fouten.',
      errors: [
        {
          path: 'body.tightened.0.maxKm',
          message: "regel 5, veld tightened[0].maxKm: moet een getal zijn, maar is de tekst 'drie'",
        },
        {
          path: 'body.notAdopted.0.reason',
          message: 'regel 9, veld notAdopted[0].reason: ontbreekt',
        },
        {
          path: 'body.notAdopted.0.reden',
          message: "regel 10, veld notAdopted[0].reden: onbekend veld 'reden'",
        },
      ],
    });
    expect((await read()).revisie).toBe(2);
  });

  it('refuses the file of another municipality and broken YAML', async () => {
    const other = await putYaml('municipality: GM0363\nframework: "2025.1"\n');
    expect(other.statusCode).toBe(422);
    expect(other.json().errors).toEqual([
      {
        path: 'body.municipality',
        message:
          'regel 1, veld municipality: dit kader is van GM0363, niet van GM0014; pas municipality aan of laat het weg',
      },
    ]);
    const broken = await putYaml('framework: "2025.1"\ntightened:\n  - norm: R1.1\n   max: 90\n');
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors[0].message).toMatch(/^regel 4: geen geldige YAML: /);
    expect((await read()).revisie).toBe(2);
  });
});
