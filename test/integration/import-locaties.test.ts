import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const HEADER = 'code,naam,gemeente,type,subtype,capaciteit,lat,lon,open_sinds,open_tot,zelf_koken';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const count = async () => (await t.ctx.locaties.list(CLI)).length;

describe('importing locations', () => {
  it('imports a valid file, then reports the same file as al aanwezig and changes nothing', async () => {
    const file = csv(
      'L-AZC,AZC Een,Groningen,azc,,400,53.2,6.5,2020-01-01,2030-01-01,ja',
      'L-NO,Noodopvang,Den Haag,noodopvang,hotel,120,,,01-02-2024,,',
    );
    const first = await importText(t, 'locaties', file);
    expect(first).toMatchObject({ geschreven: true, telling: { rijen: 2, nieuw: 2, fouten: 0 } });
    const location = await t.ctx.locaties.get(CLI, 'L-NO');
    expect(location).toMatchObject({
      gemeenteCode: 'GM0518',
      type: 'noodopvang',
      subtype: 'hotel',
      openSinds: '2024-02-01',
      status: 'open',
    });
    expect(location.feiten.zelf_koken).toBeNull();
    const again = await importText(t, 'locaties', file);
    expect(again.telling).toMatchObject({ nieuw: 0, bijgewerkt: 0, aanwezig: 2 });
    expect(again.meldingen.map((m) => m.melding)).toEqual([
      "locatie 'L-AZC' is al aanwezig met deze gegevens",
      "locatie 'L-NO' is al aanwezig met deze gegevens",
    ]);
    expect(await count()).toBe(2);
  });

  it('reports every bad row with row, column and a Dutch reason, and writes nothing', async () => {
    const before = await count();
    const report = await importText(
      t,
      'locaties',
      csv(
        'X1,Een,Bergen,azc,,10,,,,,',
        'X2,Twee,Atlantis,kazerne,,-1,,,,,',
        'X3,Drie,GM0014,crisisnoodopvang,,10,,,,,',
        'X4,Vier,GM0014,azc,,10,60,4,2024-13-01,,misschien',
        'X5,Vijf,GM0014,azc,,10,52,,2024-01-01,2023-01-01,',
        'X5,Vijf bis,GM0014,azc,,10,,,,,',
      ),
    );
    expect(report.geschreven).toBe(false);
    expect(errorsOf(report)).toEqual([
      "rij 2, kolom gemeente: 'Bergen' is dubbelzinnig; gebruik een van de codes GM0373, GM0893",
      "rij 3, kolom gemeente: 'Atlantis' is geen bekende gemeente (naam of CBS-code zoals GM0363)",
      "rij 3, kolom type: 'kazerne' is geen toegestane waarde (kies uit: azc, col, pol, kwv, gezinslocatie, kleinschalig, noodopvang, tgo, crisisnoodopvang)",
      "rij 3, kolom capaciteit: '-1' is geen geheel getal van 0 of meer",
      'rij 4, kolom subtype: is verplicht bij type crisisnoodopvang (sporthal, hotel, schip, …)',
      "rij 5, kolom open_sinds: '2024-13-01' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)",
      'rij 5, kolom lat: 60 ligt niet in Nederland (50.7–53.7)',
      "rij 5, kolom zelf_koken: 'misschien' is geen ja of nee",
      'rij 6, kolom lon: lat en lon horen samen: vul beide in of geen van beide',
      'rij 6, kolom open_tot: 2023-01-01 ligt vóór open_sinds 2024-01-01',
      "rij 7, kolom code: de code 'X5' staat ook op rij 6; elke locatie één keer per bestand",
    ]);
    expect(await count()).toBe(before);
  });

  it('with accept-valid writes the valid locations and skips every row of a location with an error', async () => {
    const report = await importText(
      t,
      'locaties',
      csv('V1,Geldig,GM0014,azc,,10,,,,,', 'V2,Fout,GM0014,azc,,tien,,,,,'),
      {
        acceptValid: true,
      },
    );
    expect(report).toMatchObject({
      geschreven: true,
      telling: { nieuw: 1, overgeslagen: 1, fouten: 1 },
    });
    expect((await t.ctx.locaties.list(CLI)).map((l) => l.code)).toContain('V1');
    expect((await t.ctx.locaties.list(CLI)).map((l) => l.code)).not.toContain('V2');
  });

  it('a dry run checks but writes nothing', async () => {
    const report = await importText(t, 'locaties', csv('D1,Droog,GM0014,azc,,10,,,,,'), {
      dryRun: true,
    });
    expect(report).toMatchObject({
      proefrun: true,
      geschreven: false,
      batchId: null,
      telling: { nieuw: 1 },
    });
    expect((await t.ctx.locaties.list(CLI)).map((l) => l.code)).not.toContain('D1');
  });

  it('updates only the columns present, and needs geldig_vanaf for a change of type', async () => {
    await importText(t, 'locaties', csv('H1,Historie,GM0014,azc,,100,,,2020-01-01,,ja'));
    const partial = await importText(
      t,
      'locaties',
      'code,naam,gemeente,type,capaciteit\nH1,Historie,GM0014,azc,150',
    );
    expect(partial.telling.bijgewerkt).toBe(1);
    expect(await t.ctx.locaties.get(CLI, 'H1')).toMatchObject({
      capaciteit: 150,
      openSinds: '2020-01-01',
      feiten: { zelf_koken: true },
    });
    const noDate = await importText(
      t,
      'locaties',
      'code,naam,gemeente,type,capaciteit\nH1,Historie,GM0014,noodopvang,150',
    );
    expect(errorsOf(noDate)).toEqual([
      'rij 2, kolom geldig_vanaf: het type of subtype verandert (azc → noodopvang); vul geldig_vanaf in',
    ]);
    const changed = await importText(
      t,
      'locaties',
      'code,naam,gemeente,type,capaciteit,geldig_vanaf\nH1,Historie,GM0014,noodopvang,150,2025-06-01',
    );
    expect(changed.geschreven).toBe(true);
    const tooEarly = await importText(
      t,
      'locaties',
      'code,naam,gemeente,type,capaciteit,geldig_vanaf\nH1,Historie,GM0014,tgo,150,2025-06-01',
    );
    expect(errorsOf(tooEarly)[0]).toContain(
      'ligt niet na het begin van de huidige periode (2025-06-01)',
    );
    expect((await t.ctx.locaties.get(CLI, 'H1')).perioden).toEqual([
      { vanaf: null, type: 'azc', subtype: null },
      { vanaf: '2025-06-01', type: 'noodopvang', subtype: null },
    ]);
  });

  it('rolls a batch back, refuses while a later batch builds on it, and derives the state again', async () => {
    const first = await importText(t, 'locaties', csv('R1,Terug,GM0014,azc,,10,,,,,'));
    const second = await importText(
      t,
      'locaties',
      'code,naam,gemeente,type,capaciteit,geldig_vanaf\nR1,Terug,GM0014,tgo,10,2025-01-01',
    );
    await expect(t.ctx.imports.rollback(CLI, first.batchId!)).rejects.toThrow(
      `de batches ${second.batchId} bouwen erop voort`,
    );
    await t.ctx.imports.rollback(CLI, second.batchId!);
    expect((await t.ctx.locaties.get(CLI, 'R1')).type).toBe('azc');
    await t.ctx.imports.rollback(CLI, first.batchId!);
    await expect(t.ctx.locaties.get(CLI, 'R1')).rejects.toThrow('Er is geen locatie met code R1.');
    const batches = await t.ctx.imports.list(CLI);
    expect(batches.find((b) => b.id === first.batchId)?.teruggedraaidOp).not.toBeNull();
    await expect(t.ctx.imports.rollback(CLI, first.batchId!)).rejects.toThrow(
      'is al teruggedraaid',
    );
  });

  it('reads XLSX: the first sheet, date cells as dates, with a warning about other sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Locaties');
    sheet.addRow(['code', 'naam', 'gemeente', 'type', 'capaciteit', 'open_sinds']);
    sheet.addRow(['XL1', 'Uit Excel', 'Amsterdam', 'AZC', 250, new Date(Date.UTC(2024, 2, 15))]);
    workbook.addWorksheet('Notities').addRow(['niet lezen']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await importText(t, 'locaties', buffer, { fileName: 'locaties.xlsx' });
    expect(report.geschreven).toBe(true);
    expect(report.meldingen.map((m) => m.melding)).toContain(
      'het bestand heeft 2 werkbladen; alleen het eerste is gelezen',
    );
    expect(await t.ctx.locaties.get(CLI, 'XL1')).toMatchObject({
      gemeenteCode: 'GM0363',
      openSinds: '2024-03-15',
      type: 'azc',
    });
  });

  it('handles file-level problems: empty, header only, missing and unknown columns, wrong separator, non-UTF-8', async () => {
    expect(errorsOf(await importText(t, 'locaties', ''))).toEqual([
      'rij 1, kolom -: het bestand is leeg: er is geen kopregel',
    ]);
    expect(await importText(t, 'locaties', `${HEADER}\n`)).toMatchObject({
      geschreven: true,
      telling: { rijen: 0 },
    });
    const missing = await importText(
      t,
      'locaties',
      'code,naam,type,capaciteit,kleur\nM1,Mis,azc,1,rood',
    );
    expect(errorsOf(missing)).toEqual([
      "rij 1, kolom gemeente: de verplichte kolom 'gemeente' ontbreekt",
    ]);
    expect(missing.meldingen.map((m) => m.melding)).toContain(
      'onbekende kolommen worden genegeerd: kleur',
    );
    // A file separated by tabs has one column named after the whole header line.
    const wrongSeparator = await importText(
      t,
      'locaties',
      'code\tnaam\tgemeente\ttype\tcapaciteit\nT1\tTab\tGM0014\tazc\t1',
    );
    expect(wrongSeparator.geschreven).toBe(false);
    expect(errorsOf(wrongSeparator)).toContain(
      "rij 1, kolom code: de verplichte kolom 'code' ontbreekt",
    );
    const latin1 = Buffer.concat([
      Buffer.from('code;naam;gemeente;type;capaciteit\nU1;Caf'),
      Buffer.from([0xe9]),
      Buffer.from(';GM0014;azc;1\n'),
    ]);
    expect(errorsOf(await importText(t, 'locaties', latin1))).toEqual([
      'rij 2, kolom naam: bevat bytes die geen UTF-8 zijn',
    ]);
  });

  it('stores formula-like cells as text, never evaluated', async () => {
    const report = await importText(
      t,
      'locaties',
      'code,naam,gemeente,type,capaciteit,adres\nF1,=1+1,GM0014,azc,1,@SUM(A1)',
    );
    expect(report.geschreven).toBe(true);
    expect(await t.ctx.locaties.get(CLI, 'F1')).toMatchObject({ naam: '=1+1', adres: '@SUM(A1)' });
  });
});

describe('the import API', () => {
  it('accepts a CSV body and JSON rows, reports, and keeps a gemeente inside its municipality', async () => {
    const { cookie, csrf } = await t.login(DEMO.gemeente);
    const headers = { cookie, 'x-csrf-token': csrf };
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/locaties?bestandsnaam=mijn.csv',
      headers: { ...headers, 'content-type': 'text/csv' },
      payload:
        'code;naam;gemeente;type;capaciteit\nAPI-1;Via API;Groningen;azc;10\nAPI-2;Elders;Amsterdam;azc;10\n',
    });
    expect(upload.statusCode).toBe(200);
    expect(upload.json()).toMatchObject({ geschreven: false, bestandsnaam: 'mijn.csv' });
    expect(errorsOf(upload.json())).toEqual([
      "rij 3, kolom gemeente: locatie 'API-2' valt buiten de gemeente of locaties waarvoor uw account geldt",
    ]);
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/locaties',
      headers,
      payload: {
        rijen: [
          { code: 'API-1', naam: 'Via API', gemeente: 'GM0014', type: 'azc', capaciteit: 10 },
        ],
      },
    });
    expect(json.statusCode).toBe(201);
    const list = await t.app.inject({ url: '/api/v1/locaties', headers: { cookie } });
    expect(
      list.json().items.every((l: { gemeenteCode: string }) => l.gemeenteCode === 'GM0014'),
    ).toBe(true);
    const batches = await t.app.inject({ url: '/api/v1/import-batches', headers: { cookie } });
    expect(batches.json().items.map((b: { door: string }) => b.door)).toEqual([DEMO.gemeente]);
  });

  it('saves a location from a form with field errors on the form fields', async () => {
    const { cookie, csrf } = await t.login(DEMO.gemeente);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locaties',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        code: 'FORM-1',
        naam: 'Formulier',
        gemeente: 'GM0014',
        type: 'azc',
        capaciteit: 'veel',
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { path: 'body.capaciteit', message: "'veel' is geen geheel getal van 0 of meer" },
    ]);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locaties',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        code: 'FORM-1',
        naam: 'Formulier',
        gemeente: 'GM0014',
        type: 'azc',
        capaciteit: 25,
        zelf_koken: true,
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      code: 'FORM-1',
      capaciteit: 25,
      feiten: { zelf_koken: true },
    });
  });
});
