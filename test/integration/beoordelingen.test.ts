/**
 * Assessments through the API: created with the automatic outcomes, assessor norms scored with
 * evidence, attachments checked by content, improvement actions, four eyes, the lock after
 * adoption, optimistic locking, who may do what, and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

const PASSWORD = 'wachtwoord-beoordeling-1';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

let t: TestApp;
let gemeente: Login;
let collega: Login;
let derde: Login;
let staff: Login;
let elders: Login;
let monitor: Login;

interface Norm {
  norm: string;
  soort: 'automatisch' | 'beoordelaar';
  uitkomst: string | null;
  automatischeUitkomst: string;
  toelichting: { nl: string };
}

function call(
  login: Login | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
  contentType?: string,
) {
  const headers: Record<string, string> = {};
  if (login) {
    headers.cookie = login.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = login.csrf;
  }
  if (contentType) headers['content-type'] = contentType;
  return t.app.inject({
    method,
    url,
    headers,
    ...(payload === undefined
      ? {}
      : { payload: Buffer.isBuffer(payload) ? payload : (payload as object) }),
  });
}

async function create(login: Login, body = { van: '2025-01-01', tot: '2025-06-30' }) {
  const response = await call(login, 'POST', '/api/v1/locaties/BEO-AZC/beoordelingen', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const score = (login: Login, id: number, norm: string, revisie: number, uitkomst = 'voldoet') =>
  call(login, 'PUT', `/api/v1/beoordelingen/${id}/normen/${norm}`, {
    uitkomst,
    onderbouwing: 'Bezocht op 12 juni; eigen kamers met deur.',
    revisie,
  });

const upload = (
  login: Login,
  id: number,
  revisie: number,
  bytes: Buffer,
  type: string,
  name: string,
) =>
  call(
    login,
    'POST',
    `/api/v1/beoordelingen/${id}/bijlagen?norm=R1.4&bestandsnaam=${encodeURIComponent(name)}&revisie=${revisie}`,
    bytes,
    type,
  );

async function auditActions(objectId: number) {
  const rows = await t.ctx.audit.page(CLI, { pagina: 1, paginaGrootte: 500 });
  return rows.items
    .filter((r) => r.objectSoort === 'beoordeling' && r.objectId === String(objectId))
    .map((r) => `${r.actie}:${r.uitkomst}`)
    .reverse();
}

beforeAll(async () => {
  t = await testApp();
  const locaties = await importText(
    t,
    'locaties',
    [
      'code,naam,gemeente,type,status,capaciteit,open_sinds,open_tot,aparte_slaapruimte_kinderen,terugtrekplek_kinderen',
      'BEO-AZC,Azc De Beoordeling,GM0014,azc,open,120,2020-01-01,2030-01-01,ja,ja',
      'BEO-ELDERS,Azc Elders,GM0363,azc,open,100,2020-01-01,2030-01-01,ja,ja',
    ].join('\n'),
  );
  if (!locaties.geschreven) throw new Error(errorsOf(locaties).join('\n'));
  const events = await importText(
    t,
    'gebeurtenissen',
    'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie\nBK-1,2016-01,nee,instroom,2025-02-01,BEO-AZC',
  );
  if (!events.geschreven) throw new Error(errorsOf(events).join('\n'));
  const users = [
    { email: 'collega@example.nl', rol: 'gemeente' as const, organisatie: 'GM0014' },
    { email: 'derde@example.nl', rol: 'gemeente' as const, organisatie: 'GM0014' },
    { email: 'cpk@example.nl', rol: 'locatie' as const, organisatie: 'COA', locaties: ['BEO-AZC'] },
    {
      email: 'elders@example.nl',
      rol: 'locatie' as const,
      organisatie: 'COA',
      locaties: ['BEO-ELDERS'],
    },
  ];
  for (const user of users) await t.ctx.gebruikers.create(CLI, { ...user, wachtwoord: PASSWORD });
  gemeente = await t.login(DEMO.gemeente);
  monitor = await t.login(DEMO.monitor);
  collega = await t.login('collega@example.nl', PASSWORD);
  derde = await t.login('derde@example.nl', PASSWORD);
  staff = await t.login('cpk@example.nl', PASSWORD);
  elders = await t.login('elders@example.nl', PASSWORD);
});

afterAll(() => t.close());

describe('creating an assessment', () => {
  it('starts as concept with the automatic outcomes at the end date and the assessor norms open', async () => {
    const body = await create(gemeente);
    expect(body).toMatchObject({
      status: 'concept',
      revisie: 1,
      van: '2025-01-01',
      tot: '2025-06-30',
      kaderVersie: '2025.1',
      locatie: { code: 'BEO-AZC', naam: 'Azc De Beoordeling', gemeenteCode: 'GM0014' },
      aangemaaktDoor: DEMO.gemeente,
      mijnRol: { magWijzigen: true, magVaststellen: false },
    });
    const norms: Norm[] = body.normen;
    const r11 = norms.find((n) => n.norm === 'R1.1')!;
    expect(r11).toMatchObject({ soort: 'automatisch', uitkomst: 'voldoet' });
    expect(r11.toelichting.nl).toBe('Capaciteit 120 plaatsen (norm ≤ 150).');
    const assessor = norms.filter((n) => n.soort === 'beoordelaar').map((n) => n.norm);
    expect(assessor).toEqual(expect.arrayContaining(['R1.4', 'R7.3']));
    for (const n of norms.filter((n) => n.soort === 'beoordelaar')) expect(n.uitkomst).toBeNull();
    // Not scored yet counts as unknown in the trend, never as met.
    expect(body.telling.onbekend).toBeGreaterThanOrEqual(assessor.length);
    expect(body.mijnRol.waaromNiet).toContain('U hebt deze beoordeling aangemaakt');
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await call(gemeente, 'POST', '/api/v1/locaties/BEO-AZC/beoordelingen', {
      van: '2025-06-30',
      tot: '2025-01-01',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('body.tot');
  });
});

describe('scoring and evidence', () => {
  it('takes an outcome with mandatory evidence for an assessor norm only', async () => {
    const { id } = await create(gemeente);
    const empty = await call(gemeente, 'PUT', `/api/v1/beoordelingen/${id}/normen/R1.4`, {
      uitkomst: 'voldoet',
      onderbouwing: '  ',
      revisie: 1,
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors[0]).toMatchObject({ path: 'body.onderbouwing' });
    const automatic = await score(gemeente, id, 'R1.1', 1);
    expect(automatic.statusCode).toBe(422);
    const scored = await score(gemeente, id, 'R1.4', 1, 'voldoet_deels');
    expect(scored.statusCode, scored.body).toBe(200);
    const body = scored.json();
    expect(body.revisie).toBe(2);
    expect(body.normen.find((n: Norm) => n.norm === 'R1.4')).toMatchObject({
      uitkomst: 'voldoet_deels',
      onderbouwing: 'Bezocht op 12 juni; eigen kamers met deur.',
    });
  });

  it('stores a PDF, JPEG or PNG by its content and serves it back as an attachment', async () => {
    const { id } = await create(staff);
    // Declared as PNG, named .png, but it is a PDF: the content decides.
    const pdf = await upload(staff, id, 1, PDF, 'image/png', 'verslag bezoek.png');
    expect(pdf.statusCode, pdf.body).toBe(201);
    const [bijlage] = pdf.json().bijlagen;
    expect(bijlage).toMatchObject({
      norm: 'R1.4',
      bestandsnaam: 'verslag_bezoek.pdf',
      mediaType: 'application/pdf',
      grootte: PDF.length,
    });
    expect(
      (await upload(staff, id, 2, PNG, 'application/octet-stream', 'foto.png')).statusCode,
    ).toBe(201);
    expect((await upload(staff, id, 3, JPEG, 'image/jpeg', 'foto.jpg')).statusCode).toBe(201);

    const download = await call(
      monitor,
      'GET',
      `/api/v1/beoordelingen/${id}/bijlagen/${bijlage.id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="verslag_bezoek.pdf"',
    );
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses another kind of file, or one over 10 MB, and stores nothing', async () => {
    const { id } = await create(gemeente);
    const fake = await upload(
      gemeente,
      id,
      1,
      Buffer.from('MZ this is an executable pretending'),
      'application/pdf',
      'rapport.pdf',
    );
    expect(fake.statusCode).toBe(422);
    expect(fake.json().detail).toContain('Het bestand is geen PDF, JPEG of PNG');

    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
    const tooLarge = await upload(gemeente, id, 1, big, 'application/pdf', 'groot.pdf');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().detail).toContain('groter dan 10 MB');

    const after = (await call(gemeente, 'GET', `/api/v1/beoordelingen/${id}`)).json();
    expect(after.bijlagen).toEqual([]);
    expect(after.revisie).toBe(1);
    expect(await auditActions(id)).toEqual([
      'beoordeling.aanmaken:gelukt',
      'beoordeling.bijlage-toevoegen:mislukt',
      'beoordeling.bijlage-toevoegen:mislukt',
    ]);
  });
});

describe('improvement actions', () => {
  it('adds an action to a norm and changes its status', async () => {
    const { id } = await create(gemeente);
    const added = await call(gemeente, 'POST', `/api/v1/beoordelingen/${id}/acties`, {
      norm: 'R1.4',
      omschrijving: 'Gordijnen in de gezinskamers',
      eigenaar: 'Locatiemanager',
      deadline: '2025-09-01',
      revisie: 1,
    });
    expect(added.statusCode, added.body).toBe(201);
    const [actie] = added.json().acties;
    expect(actie).toMatchObject({ norm: 'R1.4', status: 'open', eigenaar: 'Locatiemanager' });
    const changed = await call(
      gemeente,
      'PATCH',
      `/api/v1/beoordelingen/${id}/acties/${actie.id}`,
      {
        status: 'in_uitvoering',
        revisie: 2,
      },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().acties[0]).toMatchObject({
      status: 'in_uitvoering',
      deadline: '2025-09-01',
    });
    const unknownNorm = await call(gemeente, 'POST', `/api/v1/beoordelingen/${id}/acties`, {
      norm: 'R9.9',
      omschrijving: 'x',
      eigenaar: 'y',
      deadline: '2025-09-01',
      revisie: 3,
    });
    expect(unknownNorm.statusCode).toBe(404);
  });
});

describe('optimistic locking', () => {
  it('refuses a write based on a stale revision, naming who changed it and when', async () => {
    const { id } = await create(gemeente);
    expect((await score(collega, id, 'R1.4', 1)).statusCode).toBe(200);
    const stale = await score(gemeente, id, 'R7.3', 1);
    expect(stale.statusCode).toBe(409);
    const detail: string = stale.json().detail;
    expect(detail).toContain('intussen gewijzigd door collega@example.nl op ');
    expect(detail).toMatch(/\d{2}-\d{2}-\d{4} om \d{2}:\d{2}/);
    expect(detail).toContain('Er is niets overschreven');
    const after = (await call(gemeente, 'GET', `/api/v1/beoordelingen/${id}`)).json();
    expect(after.normen.find((n: Norm) => n.norm === 'R7.3').uitkomst).toBeNull();
  });
});

describe('four eyes and the lock', () => {
  it('is adopted by a second person once every assessor norm is scored, and is then locked', async () => {
    const created = await create(gemeente);
    const id: number = created.id;
    let revisie: number = created.revisie;
    const assessor = (created.normen as Norm[]).filter((n) => n.soort === 'beoordelaar');

    const early = await call(collega, 'POST', `/api/v1/beoordelingen/${id}/vaststellen`, {
      revisie,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Nog niet beoordeeld: ');

    for (const n of assessor) {
      const response = await score(gemeente, id, n.norm, revisie);
      expect(response.statusCode, response.body).toBe(200);
      revisie = response.json().revisie;
    }
    const byCreator = await call(gemeente, 'POST', `/api/v1/beoordelingen/${id}/vaststellen`, {
      revisie,
    });
    expect(byCreator.statusCode).toBe(403);
    expect(byCreator.json().detail).toContain('vier ogen');

    // The colleague edits: now the colleague is the last editor and may not adopt either.
    const edited = await call(collega, 'PATCH', `/api/v1/beoordelingen/${id}`, {
      van: '2025-02-01',
      revisie,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    revisie = edited.json().revisie;
    const byEditor = await call(collega, 'POST', `/api/v1/beoordelingen/${id}/vaststellen`, {
      revisie,
    });
    expect(byEditor.statusCode).toBe(403);
    expect(byEditor.json().detail).toContain('als laatste gewijzigd');

    const seen = (await call(derde, 'GET', `/api/v1/beoordelingen/${id}`)).json();
    expect(seen.mijnRol).toEqual({ magWijzigen: true, magVaststellen: true, waaromNiet: null });
    const adopted = await call(derde, 'POST', `/api/v1/beoordelingen/${id}/vaststellen`, {
      revisie,
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({
      status: 'vastgesteld',
      vastgesteldDoor: 'derde@example.nl',
      mijnRol: { magWijzigen: false, magVaststellen: false },
    });
    revisie = adopted.json().revisie;

    for (const response of [
      await score(gemeente, id, 'R1.4', revisie),
      await call(gemeente, 'PATCH', `/api/v1/beoordelingen/${id}`, { tot: '2025-07-31', revisie }),
      await upload(gemeente, id, revisie, PDF, 'application/pdf', 'laat.pdf'),
      await call(gemeente, 'POST', `/api/v1/beoordelingen/${id}/acties`, {
        omschrijving: 'x',
        eigenaar: 'y',
        deadline: '2025-09-01',
        revisie,
      }),
      await call(collega, 'POST', `/api/v1/beoordelingen/${id}/vaststellen`, { revisie }),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().detail).toContain('vastgesteld door derde@example.nl op');
      expect(response.json().detail).toContain('en daarom niet meer te wijzigen');
    }

    const actions = await auditActions(id);
    expect(actions[0]).toBe('beoordeling.aanmaken:gelukt');
    expect(actions).toContain('beoordeling.vaststellen:geweigerd');
    expect(actions.at(-1)).toBe('beoordeling.vaststellen:gelukt');
  });
});

describe('history and who may see it', () => {
  it('lists a location’s assessments with the counts per outcome, within scope only', async () => {
    const list = await call(monitor, 'GET', '/api/v1/locaties/BEO-AZC/beoordelingen');
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      const total = Object.values(item.telling as Record<string, number>).reduce((a, b) => a + b);
      expect(total).toBeGreaterThan(20);
    }
    expect((await call(elders, 'GET', '/api/v1/locaties/BEO-AZC/beoordelingen')).statusCode).toBe(
      403,
    );
    expect((await call(null, 'GET', '/api/v1/locaties/BEO-AZC/beoordelingen')).statusCode).toBe(
      401,
    );
    const id = items[0].id;
    expect((await call(elders, 'GET', `/api/v1/beoordelingen/${id}`)).statusCode).toBe(403);
    expect(
      (await call(monitor, 'GET', `/api/v1/beoordelingen/${id}`)).json().mijnRol.magWijzigen,
    ).toBe(false);
    expect((await score(monitor, id, 'R1.4', 1)).statusCode).toBe(403);
    expect((await call(gemeente, 'GET', '/api/v1/beoordelingen/999999')).statusCode).toBe(404);
  });

  it('audits every download', async () => {
    const { id } = await create(staff);
    const uploaded = await upload(staff, id, 1, PNG, 'image/png', 'foto.png');
    const bijlage = uploaded.json().bijlagen[0].id;
    await call(gemeente, 'GET', `/api/v1/beoordelingen/${id}/bijlagen/${bijlage}`);
    expect(await auditActions(id)).toEqual([
      'beoordeling.aanmaken:gelukt',
      'beoordeling.bijlage-toevoegen:gelukt',
      'beoordeling.bijlage-downloaden:gelukt',
    ]);
  });
});
