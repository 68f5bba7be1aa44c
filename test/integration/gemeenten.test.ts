import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const search = async (zoek: string) =>
  (await t.app.inject({ url: `/api/v1/gemeenten?zoek=${encodeURIComponent(zoek)}` })).json();

describe('gemeenten', () => {
  it('holds the 342 municipalities of 2025 with their provinces', async () => {
    const all = (await t.app.inject({ url: '/api/v1/gemeenten' })).json();
    expect(all.totaal).toBe(342);
    expect(all.items).toHaveLength(342);
    const perProvince = new Map<string, number>();
    for (const g of all.items)
      perProvince.set(g.provincieNaam, (perProvince.get(g.provincieNaam) ?? 0) + 1);
    expect(perProvince.get('Noord-Brabant')).toBe(56);
    expect(perProvince.get('Fryslân')).toBe(18);
  });

  it('finds by name ignoring case, accents and hyphens, by alias, and by code', async () => {
    expect((await search('den haag')).items.map((g: { code: string }) => g.code)).toEqual([
      'GM0518',
    ]);
    expect((await search('SUDWEST')).items[0]?.naam).toBe('Súdwest-Fryslân');
    expect((await search('sudwest fryslan')).items[0]?.code).toBe('GM1900');
    expect((await search('gm0363')).items[0]?.naam).toBe('Amsterdam');
    // A part of a name matches too: 'bergen' also finds Tubbergen and Steenbergen.
    expect((await search('bergen')).items.map((g: { code: string }) => g.code)).toEqual(
      expect.arrayContaining(['GM0373', 'GM0893', 'GM0183']),
    );
    expect((await search('50%_')).totaal).toBe(0);
  });

  it('returns one municipality or a Dutch 404', async () => {
    expect((await t.app.inject({ url: '/api/v1/gemeenten/gm0014' })).json()).toEqual({
      code: 'GM0014',
      naam: 'Groningen',
      provincieCode: 'PV20',
      provincieNaam: 'Groningen',
    });
    const missing = await t.app.inject({ url: '/api/v1/gemeenten/GM9999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('Er is geen gemeente met code GM9999.');
  });

  it('resolves typed names for imports and the CLI', async () => {
    expect(await t.ctx.gemeenten.resolve('Den Bosch')).toEqual({ ok: true, code: 'GM0796' });
    expect(await t.ctx.gemeenten.resolve('Hengelo')).toEqual({ ok: true, code: 'GM0164' });
    expect(await t.ctx.gemeenten.resolve('Bergen')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['GM0373', 'GM0893'],
    });
    expect(await t.ctx.gemeenten.resolve('Atlantis')).toEqual({ ok: false, reason: 'unknown' });
  });
});
