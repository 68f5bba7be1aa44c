/**
 * Exact fractions for the figures whose rounding or comparison must not depend on floating point:
 * domain.md rounds "the exact value (a fraction)" and finds the KM median "exactly".
 */
export interface Fraction {
  num: bigint;
  den: bigint;
}

export const ONE: Fraction = { num: 1n, den: 1n };

export function fraction(num: number | bigint, den: number | bigint): Fraction {
  return { num: BigInt(num), den: BigInt(den) };
}

/** Unreduced: reducing costs more than the larger numbers do, and nothing compares them raw. */
export function times(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** a ≤ b, exactly (denominators are positive). */
export function atMost(a: Fraction, b: Fraction): boolean {
  return a.num * b.den <= b.num * a.den;
}

export function toNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

/** Rounded half away from zero to `decimals` decimals, computed on the exact value. */
export function roundHalfAway(f: Fraction, decimals: number): number {
  const scale = 10n ** BigInt(decimals);
  const negative = f.num < 0n !== f.den < 0n;
  const num = (f.num < 0n ? -f.num : f.num) * scale;
  const den = f.den < 0n ? -f.den : f.den;
  let whole = num / den;
  if ((num % den) * 2n >= den) whole += 1n;
  const value = Number(whole) / Number(scale);
  return negative && value !== 0 ? -value : value;
}
