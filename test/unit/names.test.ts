import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, resolveMunicipality, withoutSuffix } from '../../src/domain/names.js';

const municipalities = [
  { code: 'GM0164', naam: 'Hengelo (O.)' },
  { code: 'GM0373', naam: 'Bergen (NH.)' },
  { code: 'GM0893', naam: 'Bergen (L.)' },
  { code: 'GM0518', naam: "'s-Gravenhage" },
  { code: 'GM1900', naam: 'Súdwest-Fryslân' },
];
const aliases = [{ alias: 'Den Haag', code: 'GM0518' }];
const resolve = (input: string) => resolveMunicipality(input, municipalities, aliases);

describe('municipality names', () => {
  it('normalises case, accents and hyphens but keeps apostrophes', () => {
    expect(normaliseName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normaliseName("  's-Gravenhage ")).toBe("'s gravenhage");
    expect(withoutSuffix('Hengelo (O.)')).toBe('Hengelo');
  });

  it('resolves codes, names, suffix-less names and aliases', () => {
    expect(resolve('gm0164')).toEqual({ ok: true, code: 'GM0164' });
    expect(resolve('GM9999')).toEqual({ ok: false, reason: 'unknown' });
    expect(resolve('sudwest fryslan')).toEqual({ ok: true, code: 'GM1900' });
    expect(resolve('Hengelo')).toEqual({ ok: true, code: 'GM0164' });
    expect(resolve('den haag')).toEqual({ ok: true, code: 'GM0518' });
    expect(resolve("'s Gravenhage")).toEqual({ ok: true, code: 'GM0518' });
    expect(resolve('s-Gravenhage')).toEqual({ ok: false, reason: 'unknown' });
    expect(resolve('Bergen')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['GM0373', 'GM0893'],
    });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = resolve(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
