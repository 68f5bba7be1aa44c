/** The web's steps for changing an adoption: each gives a new adoption, old one untouched. */
import { describe, expect, it } from 'vitest';
import type { LocalNorm } from '../../src/domain/framework/adoption.js';
import {
  adoptionOf,
  nextLocalId,
  numberInput,
  parseNumber,
  withLocalNorm,
  withNotAdopted,
  withoutLocalNorm,
  withoutNotAdopted,
  withoutTightening,
  withTightening,
} from '../../src/web/kaderBewerken.js';

const local = (id: string) => ({ id }) as LocalNorm;

describe('changing an adoption in the web', () => {
  it('replaces a tightening of the same norm in its place, and leaves the old adoption as it was', () => {
    const first = withTightening(adoptionOf('2025.1'), { norm: 'R1.1', max: 120 });
    const second = withTightening(withTightening(first, { norm: 'R2.2', maxKm: 1 }), {
      norm: 'R1.1',
      max: 100,
    });
    expect(second.tightened).toEqual([
      { norm: 'R1.1', max: 100 },
      { norm: 'R2.2', maxKm: 1 },
    ]);
    expect(first.tightened).toEqual([{ norm: 'R1.1', max: 120 }]);
    expect(withoutTightening(second, 'R1.1').tightened).toEqual([{ norm: 'R2.2', maxKm: 1 }]);
  });

  it('drops the tightening of a norm that is left out, and can take it back', () => {
    const tightened = withTightening(adoptionOf('2025.1'), { norm: 'R1.1', max: 120 });
    const left = withNotAdopted(tightened, 'R1.1', 'Geen kleine panden');
    expect(left.tightened).toEqual([]);
    expect(left.notAdopted).toEqual([{ norm: 'R1.1', reason: 'Geen kleine panden' }]);
    expect(withoutNotAdopted(left, 'R1.1').notAdopted).toEqual([]);
  });

  it('numbers local norms per theme', () => {
    const adoption = withLocalNorm(
      withLocalNorm(adoptionOf('2025.1'), local('R4.L1')),
      local('R4.L3'),
    );
    expect(nextLocalId(adoption, 'R4')).toBe('R4.L4');
    expect(nextLocalId(adoption, 'R1')).toBe('R1.L1');
    expect(withoutLocalNorm(adoption, 'R4.L1').localNorms.map((n) => n.id)).toEqual(['R4.L3']);
  });

  it('reads numbers with a decimal comma or point and writes them back without grouping', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 120 ')).toBe(120);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('twee')).toBeNull();
    expect(parseNumber('-3')).toBeNull();
    expect(numberInput(1250.5, 'nl')).toBe('1250,5');
    expect(numberInput(1250.5, 'en')).toBe('1250.5');
  });
});
