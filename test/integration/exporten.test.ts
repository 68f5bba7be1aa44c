/**
 * Every table download as each of the seven audiences: refused exactly where its JSON route
 * refuses, with exactly the JSON's figures where it answers ("x" stays "x"), formulas
 * neutralised, and one audit record per download.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type Login, type TestApp, testApp } from '../support/app.js';
import { CLI, importText } from '../support/imports.js';

const T = '2025-07-17';
const PASSWORD = 'wachtwoord-export-123';

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

let t: TestApp;
const logins = new Map<Who, Login>();

/** Fifteen children in GM0014 (three in a NOOD hotel), two in GM0363: enough to suppress. */
function journeys(): string {
  const rows = ['kind_id,geboortemaand,amv,gebeurtenis,datum,locatie'];
  for (let i = 1; i <= 12; i++)
    rows.push(`K${i},2015-0${(i % 9) + 1},nee,instroom,2025-03-01,AZC-1`);
  for (let i = 1; i <= 3; i++) rows.push(`N${i},2012-01,ja,instroom,2025-06-01,NOO-1`);
  rows.push(
    'E1,2010-05,nee,instroom,2025-01-01,ELDERS-A',
    'E2,2011-05,nee,instroom,2025-01-01,ELDERS-A',
  );
  return rows.join('\n');
}

beforeAll(async () => {
  t = await testApp();
  await importText(
    t,
    'locaties',
    [
      'code,naam,gemeente,type,subtype,capaciteit',
      'AZC-1,Azc Een,GM0014,azc,,400',
      // A name that a spreadsheet would run as a formula.
      'NOO-1,=2+3 Noodopvang,GM0014,noodopvang,hotel,100',
      'ELDERS-A,Elders,GM0363,azc,,200',
    ].join('\n'),
  );
  const report = await importText(t, 'gebeurtenissen', journeys());
  if (!report.geschreven) throw new Error(JSON.stringify(report.meldingen));
  await importText(
    t,
    'activiteiten',
    [
      'locatie,naam,partner,categorie,leeftijd_van,leeftijd_tot,frequentie_per_week,van,tot,bereik',
      'AZC-1,Voetbal,Sportclub,sport,6,12,2,2025-01-01,,14',
      'AZC-1,@SUM(1+1),,spel,,,1,2025-02-01,,',
    ].join('\n'),
  );
  await t.ctx.gebruikers.create(CLI, {
    email: 'staf@azc.example.nl',
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['AZC-1', 'NOO-1'],
    wachtwoord: PASSWORD,
  });
  await t.ctx.gebruikers.create(CLI, {
    email: 'staf@elders.example.nl',
    rol: 'locatie',
    organisatie: 'COA',
    locaties: ['ELDERS-A'],
    wachtwoord: PASSWORD,
  });
  await t.ctx.gebruikers.create(CLI, {
    email: 'gemeente@elders.example.nl',
    rol: 'gemeente',
    organisatie: 'GM0363',
    wachtwoord: PASSWORD,
  });
  for (const role of ['beheerder', 'gemeente', 'monitor'] as const)
    logins.set(role, await t.login(DEMO[role]));
  logins.set('locatie', await t.login('staf@azc.example.nl', PASSWORD));
  logins.set('locatie-elders', await t.login('staf@elders.example.nl', PASSWORD));
  logins.set('gemeente-elders', await t.login('gemeente@elders.example.nl', PASSWORD));
});

afterAll(() => t.close());

function get(url: string, who: Who) {
  const login = logins.get(who);
  return t.app.inject({ method: 'GET', url, headers: login ? { cookie: login.cookie } : {} });
}

function csvRows(body: Buffer | string): string[][] {
  return parse(body, { delimiter: ';', bom: true, relax_column_count: false });
}

/** The test app runs in demo mode: every row of demo data says so in a last column. */
function withoutDemoNote(rows: string[][]): string[][] {
  const [header, ...body] = rows;
  expect(header?.at(-1)).toBe('Let op');
  for (const row of body) expect(row.at(-1)).toBe('Demodata — fictief');
  return rows.map((row) => row.slice(0, -1));
}

/** A JSON value as the CSV writes it: decimal comma, null as ".". */
function asCsv(value: unknown): string {
  if (value === null) return '.';
  return typeof value === 'number' ? String(value).replace('.', ',') : String(value);
}

function at(node: unknown, path: string): unknown {
  return path.split('.').reduce((n, key) => (n as Record<string, unknown>)[key], node);
}

function leafPaths(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

async function exportsOf(actie: string): Promise<number> {
  return (await t.ctx.audit.page(CLI, { actie, pagina: 1, paginaGrootte: 1 })).totaal;
}

/**
 * The export and its JSON route as `who`: the same status, a problem+json when refused, and one
 * more audit record of `actie` exactly when a file came.
 */
async function both(who: Who, exportUrl: string, jsonUrl: string, actie: string) {
  const before = await exportsOf(actie);
  const [file, json] = [await get(exportUrl, who), await get(jsonUrl, who)];
  expect(file.statusCode, `${who} ${exportUrl}: ${file.body.slice(0, 200)}`).toBe(json.statusCode);
  if (file.statusCode !== 200) {
    expect(file.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(file.json().detail).toBe(json.json().detail);
    expect(await exportsOf(actie)).toBe(before);
    return null;
  }
  expect(await exportsOf(actie)).toBe(before + 1);
  const rows = csvRows(file.rawPayload);
  const demoData = !/(gemeenten|audit)\/export/.test(exportUrl);
  return { file, json: json.json(), rows: demoData ? withoutDemoNote(rows) : rows };
}

describe('the indicator table download', () => {
  const scopes = ['all', 'GM0014', 'GM0363', 'AZC-1', 'ELDERS-A'];
  for (const scope of scopes) {
    for (const who of EVERYONE) {
      it(`${scope} as ${who}: refused or the JSON's figures, row for row`, async () => {
        const query = `scope=${scope}&peildatum=${T}`;
        const result = await both(
          who,
          `/api/v1/indicatoren/export?${query}&formaat=csv`,
          `/api/v1/indicatoren?${query}`,
          'indicatoren.exporteren',
        );
        const own =
          (who === 'locatie' && scope === 'AZC-1') ||
          (who === 'locatie-elders' && scope === 'ELDERS-A');
        const location = scope !== 'all' && !scope.startsWith('GM');
        expect(result === null).toBe(location && !own);
        if (!result) return;
        const [header, ...rows] = result.rows;
        expect(header).toEqual([
          'Peildatum',
          'Gebied',
          'Onderdrukt',
          'Indicator',
          'Omschrijving',
          'Sleutel',
          'Waarde',
        ]);
        for (const [peildatum, , onderdrukt, indicator, , path, value] of rows) {
          expect(peildatum).toBe(T);
          expect(onderdrukt).toBe(own ? 'nee' : 'ja');
          expect(indicator).toMatch(/^I([1-9]|10)$/);
          expect(value, path).toBe(asCsv(at(result.json, path!)));
        }
        // Every figure of the JSON has its row, and no row is left without its figure.
        const { peildatum: _p, scope: _s, suppressed: _u, ...figures } = result.json;
        expect(rows.map((row) => row[5]).sort()).toEqual(leafPaths(figures).sort());
        expect(result.file.headers['content-disposition']).toBe(
          `attachment; filename="indicatoren-${scope === 'all' ? 'landelijk' : scope}-${T}.csv"`,
        );
      });
    }
  }

  it('keeps "x" in the published figures of a municipality with few children', async () => {
    const response = await get(
      `/api/v1/indicatoren/export?scope=GM0014&peildatum=${T}&formaat=csv`,
      'gemeente',
    );
    const rows = withoutDemoNote(csvRows(response.rawPayload));
    const count = rows.find((row) => row[5] === 'childrenInNood.count');
    expect(count?.[6]).toBe('x');
  });

  it('writes the same rows to XLSX, numbers as numbers', async () => {
    const csv = csvRows(
      (await get(`/api/v1/indicatoren/export?scope=all&peildatum=${T}&formaat=csv`, 'monitor'))
        .rawPayload,
    );
    const response = await get(
      `/api/v1/indicatoren/export?scope=all&peildatum=${T}&formaat=xlsx`,
      'monitor',
    );
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indicatoren')!;
    expect(sheet.rowCount).toBe(csv.length);
    const count = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(6).value === 'children.count');
    expect(count?.getCell(7).value).toBe(17);
  });

  it('records what was downloaded and in which format', async () => {
    await get(`/api/v1/indicatoren/export?scope=GM0014&peildatum=${T}&formaat=xlsx`, 'gemeente');
    const [record] = (
      await t.ctx.audit.page(CLI, { actie: 'indicatoren.exporteren', pagina: 1, paginaGrootte: 1 })
    ).items;
    expect(record).toMatchObject({
      actorEmail: DEMO.gemeente,
      objectSoort: 'indicatoren',
      objectId: 'GM0014',
      details: { formaat: 'xlsx', peildatum: T, onderdrukt: true },
    });
  });
});

describe('the monthly series download', () => {
  for (const scope of ['all', 'GM0014', 'AZC-1']) {
    for (const who of EVERYONE) {
      it(`${scope} as ${who}: one row per peildatum, the JSON's figures`, async () => {
        const query = `scope=${scope}&peildatum=${T}&maanden=3`;
        const result = await both(
          who,
          `/api/v1/indicatoren/reeks/export?${query}&formaat=csv`,
          `/api/v1/indicatoren/reeks?${query}`,
          'indicatorreeks.exporteren',
        );
        if (!result) return;
        const [header, ...rows] = result.rows;
        expect(header?.[0]).toBe('Peildatum');
        expect(rows.map((row) => row[0])).toEqual(
          result.json.items.map((item: { peildatum: string }) => item.peildatum),
        );
        rows.forEach((row, i) => {
          const item = result.json.items[i];
          expect(row.slice(3)).toEqual(
            [
              item.children.count,
              item.childrenInNood.shareInNood,
              item.transfers12m.shareAtLeast2,
              item.gzaRegistered.share,
              item.statusWaiting.count,
            ].map(asCsv),
          );
        });
      });
    }
  }
});

describe('the evaluation matrix download', () => {
  for (const code of ['GM0014', 'GM0363']) {
    for (const who of EVERYONE) {
      it(`${code} as ${who}: refused as the JSON, or its outcomes and sentences`, async () => {
        const result = await both(
          who,
          `/api/v1/gemeenten/${code}/toetsing/export?peildatum=${T}&formaat=csv`,
          `/api/v1/gemeenten/${code}/toetsing?peildatum=${T}`,
          'toetsing.exporteren',
        );
        if (!result) return;
        const [, ...rows] = result.rows;
        const expected = [
          ...result.json.locaties.flatMap(
            (l: {
              locatie: { code: string };
              uitkomsten: { norm: string; toelichting: { nl: string } }[];
            }) => l.uitkomsten.map((u) => ['locatie', l.locatie.code, u.norm, u.toelichting.nl]),
          ),
          ...result.json.gemeentenormen.map((u: { norm: string; toelichting: { nl: string } }) => [
            'gemeente',
            code,
            u.norm,
            u.toelichting.nl,
          ]),
        ];
        expect(rows.map((row) => [row[2], row[3], row[5], row[8]])).toEqual(expected);
      });
    }
  }

  it("quotes a location's figures to its own staff only", async () => {
    const url = `/api/v1/gemeenten/GM0014/toetsing/export?peildatum=${T}&formaat=csv`;
    const sentences = async (who: Who) =>
      new Map(
        csvRows((await get(url, who)).rawPayload)
          .filter((row) => row[3] === 'AZC-1')
          .map((row) => [row[5], row[8]]),
      );
    const staff = await sentences('locatie');
    const outside = await sentences('gemeente');
    const differing = [...staff].filter(([norm, text]) => outside.get(norm) !== text);
    expect(differing.length).toBeGreaterThan(0);
  });
});

describe('the list downloads', () => {
  for (const who of EVERYONE) {
    it(`locations as ${who}: the JSON's locations`, async () => {
      const result = await both(
        who,
        '/api/v1/locaties/export?formaat=csv',
        '/api/v1/locaties',
        'locaties.exporteren',
      );
      expect(result === null).toBe(who === 'anoniem');
      if (!result) return;
      expect(result.rows.slice(1).map((row) => row[0])).toEqual(
        result.json.items.map((l: { code: string }) => l.code),
      );
    });

    it(`a location's activities as ${who}: refused where the location is`, async () => {
      const result = await both(
        who,
        '/api/v1/locaties/AZC-1/activiteiten/export?formaat=csv',
        '/api/v1/locaties/AZC-1',
        'activiteiten.exporteren',
      );
      if (!result) return;
      expect(result.rows.slice(1).map((row) => row[1])).toEqual(["'@SUM(1+1)", 'Voetbal']);
    });

    it(`municipalities as ${who}: public, the search of the list`, async () => {
      const result = await both(
        who,
        '/api/v1/gemeenten/export?zoek=groning&formaat=csv',
        '/api/v1/gemeenten?zoek=groning',
        'gemeenten.exporteren',
      );
      expect(result).not.toBeNull();
      expect(result!.rows.slice(1).map((row) => row[0])).toEqual(
        result!.json.items.map((g: { code: string }) => g.code),
      );
    });

    it(`the audit log as ${who}: the beheerder's only`, async () => {
      const result = await both(
        who,
        '/api/v1/audit/export?actie=indicatoren.exporteren&formaat=csv',
        '/api/v1/audit?actie=indicatoren.exporteren&paginaGrootte=500',
        'audit.exporteren',
      );
      expect(result === null).toBe(who !== 'beheerder');
      if (!result) return;
      expect(result.rows.slice(1).map((row) => row[3])).toEqual(
        result.json.items.map((r: { actie: string }) => r.actie),
      );
    });
  }

  it('has all 342 municipalities without a search, over more than one page', async () => {
    const rows = csvRows((await get('/api/v1/gemeenten/export?formaat=csv', 'anoniem')).rawPayload);
    expect(rows[0]).toEqual(['Code', 'Naam', 'Provinciecode', 'Provincie']);
    expect(rows).toHaveLength(343);
    expect(new Set(rows.map((row) => row[0])).size).toBe(343);
  });

  it('neutralises formulas in every format', async () => {
    const csv = csvRows((await get('/api/v1/locaties/export?formaat=csv', 'gemeente')).rawPayload);
    expect(csv.find((row) => row[0] === 'NOO-1')?.[1]).toBe("'=2+3 Noodopvang");
    const response = await get('/api/v1/locaties/export?formaat=xlsx', 'gemeente');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = workbook.getWorksheet('Locaties')!.getColumn(2).values;
    expect(names).toContain("'=2+3 Noodopvang");
    expect(names).not.toContain('=2+3 Noodopvang');
  });
});
