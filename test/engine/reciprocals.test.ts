// The engine multiplies by exact reciprocals (0.001 for ÷1,000, 1/1,024 for ÷1,024, …) where
// it divides by a constant: a multiplication is a fraction of a division's work. Both round the
// same exact value to the same 40 digits, so they must agree to the last digit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { EXACT_RECIPROCALS } from '../../src/core/units.js';

/** Decimals of up to 45 significant digits (more than the 40 kept), from 10^-30 to 10^30, either sign. */
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: -75, max: 30 }), fc.boolean())
  .map(([digits, exponent, negative]) => new Decimal(`${negative ? '-' : ''}${digits}e${exponent}`));

describe('exact reciprocals', () => {
  it.each(EXACT_RECIPROCALS.map(({ divisor, reciprocal }) => [divisor, reciprocal] as const))('× the reciprocal of %s is ÷ it, to the last digit', (divisor, reciprocal) => {
    expect(reciprocal.times(divisor).equals(1)).toBe(true);
    fc.assert(
      fc.property(decimal, (x) => {
        expect(x.times(reciprocal).toString()).toBe(x.dividedBy(divisor).toString());
      }),
      { numRuns: 5000 },
    );
  });
});
