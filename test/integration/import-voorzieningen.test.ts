import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const duo = (
  content: string,
  variant: 'duo-po' | 'duo-vo',
  postcodes: Map<string, [number, number]>,
) =>
  t.ctx.imports.run(CLI, 'voorzieningen', Readable.from([Buffer.from(content)]), {
    fileName: 'alle-vestigingen-basisonderwijs.csv',
    formatOptions: { variant, postcodes },
  });

describe('facilities', () => {
  it('imports the generic CSV and reports bad rows', async () => {
    const ok = await importText(
      t,
      'voorzieningen',
      'categorie,naam,lat,lon,bron\nbasisschool,De Regenboog,53.21,6.56,gemeente',
    );
    expect(ok.telling).toMatchObject({ nieuw: 1 });
    const bad = await importText(
      t,
      'voorzieningen',
      'categorie,naam,lat,lon\nkerk,X,53.2,6.5\nbasisschool,Y,40,6.5',
    );
    expect(errorsOf(bad)).toEqual([
      "rij 2, kolom categorie: 'kerk' is geen toegestane waarde (kies uit: basisschool, vo_isk, huisarts_gza, jgz, supermarkt, ov_halte, sport)",
      'rij 3, kolom lat: 40, 6.5 ligt niet in Nederland',
    ]);
  });

  it('reads DUO files of either vintage, places them by postcode, and lists what cannot be placed', async () => {
    const postcodes = new Map<string, [number, number]>([['9712AB', [53.219, 6.568]]]);
    const older =
      'BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;POSTCODE;PLAATSNAAM\n00AA;0;De Wegwijzer;Straat 1;9712 ab;Groningen\n00BB;0;Onbekend;Weg 2;1234ZZ;Ergens\n';
    const report = await duo(older, 'duo-po', postcodes);
    expect(report).toMatchObject({
      geschreven: true,
      telling: { nieuw: 1, overgeslagen: 1, fouten: 0 },
    });
    expect(report.meldingen.map((m) => `rij ${m.rij}: ${m.melding}`)).toContain(
      'rij 3: kan niet worden geplaatst: postcode 1234ZZ staat niet in de postcodetabel',
    );
    const newer =
      'INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;POSTCODE;GEMEENTENAAM\n01CC;01CC00;Het Lyceum;9712AB;Groningen\n';
    expect((await duo(newer, 'duo-vo', postcodes)).telling).toMatchObject({ nieuw: 1 });
    const rows = (
      (await t.database.db.execute(
        sql`select sleutel, categorie, lat from voorziening_rijen order by sleutel`,
      )) as unknown as { rows: unknown[] }
    ).rows;
    expect(rows).toEqual(
      expect.arrayContaining([
        { sleutel: 'duo:basisschool:00AA0', categorie: 'basisschool', lat: 53.219 },
        { sleutel: 'duo:vo_isk:01CC01CC00', categorie: 'vo_isk', lat: 53.219 },
      ]),
    );
    const missing = await duo('BRIN NUMMER;PLAATSNAAM\n00AA;Groningen\n', 'duo-po', postcodes);
    expect(errorsOf(missing)).toEqual([
      "rij 1, kolom vestigingsnaam: de verplichte kolom 'vestigingsnaam' ontbreekt",
      "rij 1, kolom postcode: de verplichte kolom 'postcode' ontbreekt",
    ]);
  });
});
