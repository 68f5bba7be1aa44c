import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type TestApp, testApp } from '../support/app.js';
import { CLI, errorsOf, importText } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await importText(
    t,
    'locaties',
    'code,naam,gemeente,type,capaciteit\nACT,Azc,GM0014,azc,100\nANDER,Azc,GM0363,azc,100',
  );
});
afterAll(() => t.close());

const HEADER =
  'locatie,naam,partner,categorie,leeftijd_van,leeftijd_tot,frequentie_per_week,van,tot,bereik';

describe('activities', () => {
  it('imports, reports a repeat as al aanwezig, and reports bad rows', async () => {
    const file = `${HEADER}\nACT,Voetbal,TeamUp (Save the Children),sport,6,12,2,2025-01-01,,20`;
    expect((await importText(t, 'activiteiten', file)).telling).toMatchObject({ nieuw: 1 });
    expect((await importText(t, 'activiteiten', file)).telling).toMatchObject({
      nieuw: 0,
      aanwezig: 1,
    });
    const bad = await importText(
      t,
      'activiteiten',
      `${HEADER}\nXX,Dans,,dansen,12,6,0,2025-02-30,,veel`,
    );
    expect(errorsOf(bad)).toEqual([
      "rij 2, kolom locatie: 'XX' is geen bekende locatiecode",
      "rij 2, kolom categorie: 'dansen' is geen toegestane waarde (kies uit: sport, kunst, spel, huiswerk, inspraak, overig)",
      'rij 2, kolom frequentie_per_week: moet groter dan 0 zijn',
      "rij 2, kolom van: '2025-02-30' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)",
      'rij 2, kolom leeftijd_tot: 6 is lager dan leeftijd_van 12',
      "rij 2, kolom bereik: 'veel' is geen geheel getal van 0 of meer",
    ]);
  });

  it('is ended from the form, and a rollback brings the previous version back', async () => {
    const { cookie, csrf } = await t.login(DEMO.gemeente);
    const end = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activiteiten',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        locatie: 'ACT',
        naam: 'Voetbal',
        partner: 'TeamUp (Save the Children)',
        categorie: 'sport',
        leeftijd_van: 6,
        leeftijd_tot: 12,
        frequentie_per_week: 2,
        van: '2025-01-01',
        tot: '2025-06-30',
        bereik: 20,
      },
    });
    expect(end.statusCode).toBe(200);
    const list = await t.app.inject({ url: '/api/v1/activiteiten', headers: { cookie } });
    expect(list.json().items).toEqual([
      expect.objectContaining({ naam: 'Voetbal', tot: '2025-06-30' }),
    ]);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activiteiten',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        locatie: 'ANDER',
        naam: 'Dans',
        categorie: 'kunst',
        frequentie_per_week: 1,
        van: '2025-01-01',
      },
    });
    expect(elsewhere.statusCode).toBe(422);
    const latest = (await t.ctx.imports.list(CLI)).find((b) => b.bestandsnaam === 'formulier')!;
    await t.ctx.imports.rollback(CLI, latest.id);
    expect((await t.ctx.activiteiten.list(CLI))[0]).toMatchObject({ naam: 'Voetbal', tot: null });
  });
});
