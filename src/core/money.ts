// The one Decimal constructor of the program. A clone, so that no library's
// global Decimal settings can change our arithmetic (or ours theirs).
import { Decimal as DecimalJs } from 'decimal.js';

// 40 significant digits hold 10^12 requests × 900,000 ms × 10,240 MB with
// every digit of a ten-decimal unit price to spare; precision counts
// significant digits, not decimal places, so cents are rounded explicitly.
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

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

// Fixed point for evaluating one line at thousands of volumes, where a
// Decimal per operation would spend the time allocating: an exact integer
// count of 10^-60 dollars. A Decimal of 40 significant digits converts
// exactly unless its digits reach below 10^-60 (a slope under 10^-20 dollars
// a request), and then the error is under 10^-60 a request.
const FIXED_DIGITS = 60;
const FIXED_SCALE = new Decimal(`1e${FIXED_DIGITS}`);
const CENT_UNITS = 10n ** BigInt(FIXED_DIGITS - 2);
const HALF_CENT_UNITS = CENT_UNITS / 2n;

/** `value` as an exact count of 10^-60 dollars. */
export function toFixedPoint(value: Decimal): bigint {
  return BigInt(value.times(FIXED_SCALE).toFixed(0));
}

/** Whole cents of a fixed-point amount, halves rounded away from zero as `roundCents` does. */
export function fixedPointCents(units: bigint): bigint {
  return units < 0n ? -((-units + HALF_CENT_UNITS) / CENT_UNITS) : (units + HALF_CENT_UNITS) / CENT_UNITS;
}
