/**
 * Every route, called as every role (in and out of scope) and anonymously: exactly who may do
 * what. A route that the app registers but this table does not list fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymiserFromKey } from '../../src/server/pseudonym.js';
import { DEMO, type Login, TEST_PSEUDONYM_KEY, type TestApp, testApp } from '../support/app.js';
import { importText } from '../support/imports.js';

const CHILD_SOURCE_ID = 'BRON-KIND-1';
/** The assessments made in beforeAll, in order of creation: their ids in a fresh database. */
const ASSESSMENT = {
  read: 1,
  period: 2,
  score: 3,
  attach: 4,
  action: 5,
  changeAction: 6,
  adopt: 7,
};
let adoptRevision = 0;
const CHILD_PSEUDONYM = pseudonymiserFromKey(TEST_PSEUDONYM_KEY)(CHILD_SOURCE_ID);

type Who =
  | 'anoniem'
  | 'beheerder'
  | 'gemeente'
  | 'gemeente-elders'
  | 'locatie'
  | 'locatie-elders'
  | 'monitor';
const EVERYONE: Who[] = [
  'anoniem',
  'beheerder',
  'gemeente',
  'gemeente-elders',
  'locatie',
  'locatie-elders',
  'monitor',
];
const USERS = EVERYONE.filter((w) => w !== 'anoniem');

type Expectation = Record<Who, number>;

/** Anyone gets `status`. */
const open = (status: number): Expectation =>
  Object.fromEntries(EVERYONE.map((w) => [w, status])) as Expectation;
/** Every logged-in account gets `status`; anonymous gets 401. */
const loggedIn = (status: number): Expectation => ({ ...open(status), anoniem: 401 });
/** Only `who` get `status`; other accounts 403, anonymous 401. */
const only = (who: Who[], status: number): Expectation =>
  Object.fromEntries(
    EVERYONE.map((w) => [w, who.includes(w) ? status : w === 'anoniem' ? 401 : 403]),
  ) as Expectation;

interface Row {
  route: string; // as registered: `METHOD url`
  url?: string; // the concrete URL, when the route has parameters
  payload?: Record<string, unknown> | string | ((who: Who) => Record<string, unknown>);
  /** For a body that is not JSON. */
  contentType?: string;
  /** The call ends the session: log in afresh for it. */
  endsSession?: boolean;
  expect: Expectation;
}

const TABLE: Row[] = [
  { route: 'GET /api/v1/health', expect: open(200) },
  { route: 'GET /api/v1/openapi.json', expect: open(200) },
  { route: 'GET /api/v1/docs', expect: open(200) },
  { route: 'GET /api/v1/docs/static/index.html', expect: open(302) },
  { route: 'GET /api/v1/docs/static/swagger-initializer.js', expect: open(200) },
  {
    route: 'GET /api/v1/docs/static/*',
    url: '/api/v1/docs/static/swagger-ui.css',
    expect: open(200),
  },
  { route: 'GET /api/v1/docs/json', expect: open(200) },
  { route: 'GET /api/v1/docs/yaml', expect: open(200) },
  { route: 'GET /api/v1/gemeenten', expect: open(200) },
  { route: 'GET /api/v1/gemeenten/:code', url: '/api/v1/gemeenten/GM0014', expect: open(200) },
  {
    route: 'POST /api/v1/sessie',
    payload: (who) => ({ email: `niemand-${who}@example.nl`, wachtwoord: 'fout' }),
    // Logging in is open to all; a wrong password is a 401 for everyone (one attempt per
    // address, so that the lock-out after five does not interfere).
    expect: open(401),
  },
  { route: 'GET /api/v1/sessie', expect: loggedIn(200) },
  { route: 'DELETE /api/v1/sessie', endsSession: true, expect: loggedIn(204) },
  {
    route: 'PUT /api/v1/account/wachtwoord',
    payload: { huidigWachtwoord: 'niet-het-goede', nieuwWachtwoord: 'een-nieuw-wachtwoord' },
    // Allowed for every account; the wrong current password then makes it a 422.
    expect: loggedIn(422),
  },
  { route: 'GET /api/v1/audit', expect: only(['beheerder'], 200) },
  { route: 'GET /api/v1/gebruikers', expect: only(['beheerder'], 200) },
  {
    route: 'POST /api/v1/imports/:soort',
    url: '/api/v1/imports/locaties',
    payload: {
      rijen: [{ code: 'PERM-1', naam: 'Perm', gemeente: 'GM0014', type: 'azc', capaciteit: 10 }],
    },
    // Runs as gemeente first, which writes it (201); out of scope the import is refused in the
    // report (200, nothing written).
    expect: {
      ...only(['gemeente', 'gemeente-elders', 'locatie', 'locatie-elders'], 200),
      gemeente: 201,
    },
  },
  {
    route: 'GET /api/v1/import-batches',
    expect: only(['beheerder', 'gemeente', 'gemeente-elders', 'locatie', 'locatie-elders'], 200),
  },
  {
    route: 'DELETE /api/v1/import-batches/:id',
    url: '/api/v1/import-batches/999999',
    expect: only(['beheerder', 'gemeente', 'gemeente-elders', 'locatie', 'locatie-elders'], 404),
  },
  { route: 'GET /api/v1/locaties', expect: loggedIn(200) },
  {
    route: 'GET /api/v1/locaties/:code',
    url: '/api/v1/locaties/PERM-1',
    expect: only(['beheerder', 'gemeente', 'monitor'], 200),
  },
  {
    route: 'POST /api/v1/locaties',
    payload: { code: 'PERM-2', naam: 'Perm 2', gemeente: 'GM0014', type: 'azc', capaciteit: 10 },
    // In scope it is created; out of scope the row is refused as invalid input.
    expect: {
      ...only(['gemeente', 'gemeente-elders', 'locatie', 'locatie-elders'], 422),
      gemeente: 201,
    },
  },
  { route: 'GET /api/v1/activiteiten', expect: loggedIn(200) },
  {
    route: 'POST /api/v1/activiteiten',
    payload: {
      locatie: 'PERM-1',
      naam: 'Voetbal',
      categorie: 'sport',
      frequentie_per_week: 1,
      van: '2025-01-01',
    },
    // PERM-1 lies in GM0014: the gemeente may; out of scope the row is refused as invalid input.
    expect: {
      ...only(['gemeente', 'gemeente-elders', 'locatie', 'locatie-elders'], 422),
      gemeente: 201,
    },
  },
  { route: 'GET /api/v1/kinderen', expect: only(['locatie', 'locatie-elders'], 200) },
  {
    route: 'GET /api/v1/kinderen/:pseudoniem',
    url: `/api/v1/kinderen/${CHILD_PSEUDONYM}`,
    // Only staff of the child's current location; other locatie staff do not learn it exists.
    expect: { ...only(['locatie', 'locatie-elders'], 404), 'locatie-elders': 200 },
  },
  {
    route: 'POST /api/v1/kinderen/zoeken',
    payload: { bronId: CHILD_SOURCE_ID },
    expect: { ...only(['locatie', 'locatie-elders'], 404), 'locatie-elders': 200 },
  },
  {
    route: 'GET /api/v1/indicatoren',
    url: '/api/v1/indicatoren?scope=ELDERS-1&peildatum=2025-07-17',
    // A single location's child figures: its own staff only; everyone else is told why not.
    expect: { ...open(403), 'locatie-elders': 200 },
  },
  {
    route: 'GET /api/v1/indicatoren/curven',
    url: '/api/v1/indicatoren/curven?scope=ELDERS-1&peildatum=2025-07-17',
    expect: { ...open(403), 'locatie-elders': 200 },
  },
  {
    route: 'GET /api/v1/indicatoren/publicatieset',
    url: '/api/v1/indicatoren/publicatieset?peildatum=2025-07-17',
    expect: open(200),
  },
  {
    route: 'GET /api/v1/dashboard/gemeenten',
    url: '/api/v1/dashboard/gemeenten?peildatum=2025-07-17',
    expect: open(200),
  },
  {
    route: 'GET /api/v1/dashboard/gemeenten/export',
    url: '/api/v1/dashboard/gemeenten/export?peildatum=2025-07-17&formaat=csv',
    expect: open(200),
  },
  {
    route: 'GET /api/v1/indicatoren/reeks',
    url: '/api/v1/indicatoren/reeks?scope=GM0363&peildatum=2025-07-17&maanden=2',
    expect: open(200),
  },
  // The public view setting: anyone reads it, the beheerder switches it (here: on, as it was).
  { route: 'GET /api/v1/instellingen/openbare-weergave', expect: open(200) },
  {
    route: 'PUT /api/v1/instellingen/openbare-weergave',
    payload: { aan: true },
    expect: only(['beheerder'], 200),
  },
  // Table downloads: refused exactly where their JSON route refuses.
  {
    route: 'GET /api/v1/indicatoren/export',
    url: '/api/v1/indicatoren/export?scope=ELDERS-1&peildatum=2025-07-17&formaat=csv',
    expect: { ...open(403), 'locatie-elders': 200 },
  },
  {
    route: 'GET /api/v1/indicatoren/reeks/export',
    url: '/api/v1/indicatoren/reeks/export?scope=GM0363&peildatum=2025-07-17&maanden=2&formaat=csv',
    expect: open(200),
  },
  {
    route: 'GET /api/v1/gemeenten/:code/toetsing/export',
    url: '/api/v1/gemeenten/GM0014/toetsing/export?formaat=csv',
    expect: only(['beheerder', 'gemeente', 'monitor'], 200),
  },
  {
    route: 'GET /api/v1/locaties/export',
    url: '/api/v1/locaties/export?formaat=xlsx',
    expect: loggedIn(200),
  },
  {
    route: 'GET /api/v1/locaties/:code/activiteiten/export',
    url: '/api/v1/locaties/ELDERS-1/activiteiten/export?formaat=csv',
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  {
    route: 'GET /api/v1/gemeenten/export',
    url: '/api/v1/gemeenten/export?formaat=csv',
    expect: open(200),
  },
  {
    route: 'GET /api/v1/audit/export',
    url: '/api/v1/audit/export?formaat=csv',
    expect: only(['beheerder'], 200),
  },
  // The signal list: only location staff, of their own locations (the demo account has none).
  { route: 'GET /api/v1/signalen', expect: only(['locatie', 'locatie-elders'], 200) },
  {
    route: 'GET /api/v1/signalen/export',
    url: '/api/v1/signalen/export?formaat=csv',
    expect: only(['locatie', 'locatie-elders'], 200),
  },
  {
    route: 'GET /api/v1/locaties/:code/signaaldrempels',
    url: '/api/v1/locaties/ELDERS-1/signaaldrempels',
    expect: only(['locatie-elders'], 200),
  },
  {
    route: 'PUT /api/v1/locaties/:code/signaaldrempels',
    url: '/api/v1/locaties/ELDERS-1/signaaldrempels',
    payload: {
      noodopvang: 90,
      onderwijs: 60,
      jgz: 42,
      overplaatsingen: 3,
      perspectiefplan: 90,
      huisvesting: 98,
    },
    expect: only(['locatie-elders'], 200),
  },
  // The kwaliteitskader: versions public, a municipality's adoption for every account, changed
  // only by the municipality itself (the PUT runs before the export, which needs an adoption).
  { route: 'GET /api/v1/kaders', expect: open(200) },
  { route: 'GET /api/v1/kaders/:versie', url: '/api/v1/kaders/2025.1', expect: open(200) },
  {
    route: 'GET /api/v1/gemeenten/:code/kader',
    url: '/api/v1/gemeenten/GM0014/kader',
    expect: loggedIn(200),
  },
  {
    route: 'PUT /api/v1/gemeenten/:code/kader',
    url: '/api/v1/gemeenten/GM0014/kader',
    payload: { kader: { framework: '2025.1', tightened: [{ norm: 'R1.1', max: 120 }] } },
    expect: only(['gemeente'], 200),
  },
  {
    route: 'GET /api/v1/gemeenten/:code/kader.yaml',
    url: '/api/v1/gemeenten/GM0014/kader.yaml',
    expect: loggedIn(200),
  },
  {
    route: 'PUT /api/v1/gemeenten/:code/kader.yaml',
    url: '/api/v1/gemeenten/GM0014/kader.yaml',
    payload: 'framework: "2025.1"\ntightened:\n  - norm: R1.1\n    max: 110\n',
    contentType: 'application/yaml',
    expect: only(['gemeente'], 200),
  },
  // The evaluation against the framework: every role within its scope; a locatie account its
  // own locations (the demo locatie account has none in GM0014).
  {
    route: 'GET /api/v1/gemeenten/:code/toetsing',
    url: '/api/v1/gemeenten/GM0014/toetsing',
    expect: only(['beheerder', 'gemeente', 'monitor'], 200),
  },
  {
    route: 'GET /api/v1/locaties/:code/toetsing',
    url: '/api/v1/locaties/ELDERS-1/toetsing',
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  {
    route: 'GET /api/v1/locaties/:code/toets.pdf',
    url: '/api/v1/locaties/ELDERS-1/toets.pdf',
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  // The council report holds published figures only: for everyone who may read those. The
  // evaluation and the actions in it follow the reader's own rights.
  {
    route: 'GET /api/v1/gemeenten/:code/rapport.pdf',
    url: '/api/v1/gemeenten/GM0363/rapport.pdf?peildatum=2025-07-17',
    expect: open(200),
  },
  // A municipality's improvement actions, read as its assessments are; a locatie account gets
  // those of its own locations in the municipality.
  {
    route: 'GET /api/v1/gemeenten/:code/verbeteracties',
    url: '/api/v1/gemeenten/GM0363/verbeteracties',
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  // Assessments of ELDERS-1 (GM0363): read by everyone in scope, written by the municipality and
  // the location's staff. Each write row has its own assessment at revision 1, made in
  // beforeAll: the first writer succeeds, the second, based on the same revision, gets 409.
  {
    route: 'GET /api/v1/locaties/:code/beoordelingen',
    url: '/api/v1/locaties/ELDERS-1/beoordelingen',
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  {
    route: 'POST /api/v1/locaties/:code/beoordelingen',
    url: '/api/v1/locaties/ELDERS-1/beoordelingen',
    payload: { van: '2025-01-01', tot: '2025-06-30' },
    expect: only(['gemeente-elders', 'locatie-elders'], 201),
  },
  {
    route: 'GET /api/v1/beoordelingen/:id',
    url: `/api/v1/beoordelingen/${ASSESSMENT.read}`,
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  {
    route: 'PATCH /api/v1/beoordelingen/:id',
    url: `/api/v1/beoordelingen/${ASSESSMENT.period}`,
    payload: { van: '2025-01-02', revisie: 1 },
    expect: { ...only(['gemeente-elders'], 200), 'locatie-elders': 409 },
  },
  {
    route: 'PUT /api/v1/beoordelingen/:id/normen/:normId',
    url: `/api/v1/beoordelingen/${ASSESSMENT.score}/normen/R1.4`,
    payload: { uitkomst: 'voldoet', onderbouwing: 'Gezien bij het bezoek.', revisie: 1 },
    expect: { ...only(['gemeente-elders'], 200), 'locatie-elders': 409 },
  },
  {
    route: 'POST /api/v1/beoordelingen/:id/bijlagen',
    url: `/api/v1/beoordelingen/${ASSESSMENT.attach}/bijlagen?norm=R1.4&bestandsnaam=a.pdf&revisie=1`,
    payload: '%PDF-1.4\nbewijs\n',
    contentType: 'application/pdf',
    expect: { ...only(['gemeente-elders'], 201), 'locatie-elders': 409 },
  },
  {
    route: 'GET /api/v1/beoordelingen/:id/bijlagen/:bijlageId',
    url: `/api/v1/beoordelingen/${ASSESSMENT.read}/bijlagen/1`,
    expect: only(['beheerder', 'gemeente-elders', 'locatie-elders', 'monitor'], 200),
  },
  {
    route: 'POST /api/v1/beoordelingen/:id/acties',
    url: `/api/v1/beoordelingen/${ASSESSMENT.action}/acties`,
    payload: {
      omschrijving: 'Gordijnen',
      eigenaar: 'Locatiemanager',
      deadline: '2025-09-01',
      revisie: 1,
    },
    expect: { ...only(['gemeente-elders'], 201), 'locatie-elders': 409 },
  },
  {
    route: 'PATCH /api/v1/beoordelingen/:id/acties/:actieId',
    url: `/api/v1/beoordelingen/${ASSESSMENT.changeAction}/acties/1`,
    payload: { status: 'afgerond', revisie: 2 },
    expect: { ...only(['gemeente-elders'], 200), 'locatie-elders': 409 },
  },
  {
    route: 'POST /api/v1/beoordelingen/:id/vaststellen',
    url: `/api/v1/beoordelingen/${ASSESSMENT.adopt}/vaststellen`,
    payload: () => ({ revisie: adoptRevision }),
    // The CLI made and scored it, so any person may adopt it; after that it is locked.
    expect: { ...only(['gemeente-elders'], 200), 'locatie-elders': 409 },
  },
];

let t: TestApp;
const logins = new Map<Who, Login>();
const ELSEWHERE_PASSWORD = 'wachtwoord-elders-123';

async function loginAs(who: Exclude<Who, 'anoniem'>): Promise<Login> {
  if (who === 'gemeente-elders') return t.login('gemeente-elders@example.nl', ELSEWHERE_PASSWORD);
  if (who === 'locatie-elders') return t.login('locatie-elders@example.nl', ELSEWHERE_PASSWORD);
  return t.login(DEMO[who]);
}

beforeAll(async () => {
  t = await testApp();
  const cli = { kind: 'cli' } as const;
  await t.ctx.gebruikers.create(cli, {
    email: 'gemeente-elders@example.nl',
    rol: 'gemeente',
    organisatie: 'GM0363',
    wachtwoord: ELSEWHERE_PASSWORD,
  });
  await t.ctx.gebruikers.create(cli, {
    email: 'locatie-elders@example.nl',
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['ELDERS-1'],
    wachtwoord: ELSEWHERE_PASSWORD,
  });
  // A child at the other locatie account's location.
  await importText(
    t,
    'locaties',
    'code,naam,gemeente,type,capaciteit\nELDERS-1,Elders,GM0363,azc,100',
  );
  const events = await importText(
    t,
    'gebeurtenissen',
    `kind_id,geboortemaand,amv,gebeurtenis,datum,locatie\n${CHILD_SOURCE_ID},2015-01,nee,instroom,2025-01-10,ELDERS-1`,
  );
  if (!events.geschreven) throw new Error(JSON.stringify(events.meldingen));
  await prepareAssessments();
  for (const who of USERS) logins.set(who, await loginAs(who as Exclude<Who, 'anoniem'>));
});

/** One assessment of ELDERS-1 per row that needs one (ASSESSMENT), made by the CLI. */
async function prepareAssessments() {
  const cli = { kind: 'cli' } as const;
  const service = t.ctx.beoordelingen;
  const period = { van: '2025-01-01', tot: '2025-06-30' };
  for (const _ of Object.keys(ASSESSMENT)) await service.create(cli, 'ELDERS-1', period);
  await service.attach(cli, ASSESSMENT.read, {
    norm: 'R1.4',
    bestandsnaam: 'bewijs.pdf',
    revisie: 1,
    bytes: Buffer.from('%PDF-1.4\nbewijs\n'),
  });
  await service.addAction(cli, ASSESSMENT.changeAction, {
    omschrijving: 'Gordijnen',
    eigenaar: 'Locatiemanager',
    deadline: '2025-09-01',
    status: 'open',
    revisie: 1,
  });
  let adopt = await service.get(cli, ASSESSMENT.adopt);
  for (const norm of adopt.normen.filter((n) => n.soort === 'beoordelaar')) {
    adopt = await service.score(cli, ASSESSMENT.adopt, norm.norm, {
      uitkomst: 'voldoet',
      onderbouwing: 'Gezien bij het bezoek.',
      revisie: adopt.revisie,
    });
  }
  adoptRevision = adopt.revisie;
}

afterAll(() => t.close());

describe('route permissions', () => {
  it('lists every registered route exactly once', () => {
    const registered = t.app.kindkaderRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const listed = TABLE.map((r) => r.route).sort();
    expect(listed).toEqual(registered);
  });

  for (const row of TABLE) {
    for (const who of EVERYONE) {
      it(`${row.route} as ${who} → ${row.expect[who]}`, async () => {
        const [method, path] = row.route.split(' ') as [string, string];
        const headers: Record<string, string> = {};
        if (who !== 'anoniem') {
          const login = row.endsSession ? await loginAs(who) : logins.get(who)!;
          headers.cookie = login.cookie;
          if (method !== 'GET') headers['x-csrf-token'] = login.csrf;
        }
        if (row.contentType) headers['content-type'] = row.contentType;
        const response = await t.app.inject({
          method: method as 'GET',
          url: row.url ?? path,
          headers,
          ...(row.payload
            ? { payload: typeof row.payload === 'function' ? row.payload(who) : row.payload }
            : {}),
        });
        expect(response.statusCode, response.body.slice(0, 300)).toBe(row.expect[who]);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      });
    }
  }
});
