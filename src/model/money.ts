// The one Decimal constructor of the program. A clone, so that no library's
// global Decimal settings can change our arithmetic (or ours theirs).
import { Decimal as DecimalJs } from 'decimal.js';

// 40 significant digits hold 10^12 requests × 900,000 ms × 10,240 MB with
// every digit of a ten-decimal unit price to spare; precision counts
// significant digits, not decimal places, so cents are rounded explicitly.
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** Rounds to whole cents, halves up, as AWS rounds each line of a bill. */
export function roundCents(usd: Decimal): Decimal {
  return usd.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
