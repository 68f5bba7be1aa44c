/**
 * Exact comparison of measured values with norm bounds (domain.md: "Comparisons with norm
 * thresholds use exact values"). A bound written as 0.1 in a framework file means one tenth, not
 * the nearest binary double, so bounds and decimal inputs become fractions from their decimal
 * notation.
 */
import { type Fraction, fraction } from '../indicators/fraction.js';

/** The number as the decimal it was written as: 0.1 → 1/10, 2.5 → 25/10, 1e-7 → 1/10⁷. */
export function decimalFraction(value: number): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new Error(`${value} is geen eindig getal`);
  const [, sign, whole, decimals = '', exponent = '0'] = match;
  const shift = Number(exponent) - decimals.length;
  const digits = BigInt(`${sign}${whole}${decimals}`);
  return shift >= 0
    ? fraction(digits * 10n ** BigInt(shift), 1n)
    : fraction(digits, 10n ** BigInt(-shift));
}

/** −1, 0 or 1 as a is below, equal to or above b (denominators are positive). */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function sum(values: readonly Fraction[]): Fraction {
  return values.reduce((a, b) => fraction(a.num * b.den + b.num * a.den, a.den * b.den), {
    num: 0n,
    den: 1n,
  });
}
