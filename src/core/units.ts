// Calendar and unit constants, defined once.
import { Decimal } from './money.js';

/** The month AWS's Pricing Calculator uses: 365 × 24 / 12. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;
export const MS_PER_HOUR = SECONDS_PER_HOUR * 1000;
/** The seconds of the 730-hour month. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR;
export const MB_PER_GB = new Decimal(1024);
export const MS_PER_SECOND = new Decimal(1000);
/**
 * Exact reciprocals of the constants the engine divides by most. Multiplying
 * by one rounds the same exact value that dividing would, so the result is the
 * same to the last digit (a test holds them to it), and a multiplication is a
 * fraction of a division's work.
 */
export const SECONDS_PER_MS = new Decimal('0.001');
export const GB_PER_MB = new Decimal('0.0009765625');
/** A price per million counted things, per thing. */
export const PER_MILLION = new Decimal('0.000001');
/** A percentage as a fraction. */
export const PER_HUNDRED = new Decimal('0.01');
export const GB_PER_KB = new Decimal('0.00000095367431640625');
/** A twenty-fifth, as a fraction. */
export const PER_TWENTY_FIVE = new Decimal('0.04');
export const ONE_MILLION = new Decimal(1_000_000);
export const EXACT_RECIPROCALS = [
  { divisor: MS_PER_SECOND, reciprocal: SECONDS_PER_MS },
  { divisor: MB_PER_GB, reciprocal: GB_PER_MB },
  { divisor: ONE_MILLION, reciprocal: PER_MILLION },
  { divisor: new Decimal(100), reciprocal: PER_HUNDRED },
  { divisor: new Decimal(1024 * 1024), reciprocal: GB_PER_KB },
  { divisor: new Decimal(25), reciprocal: PER_TWENTY_FIVE },
] as const;

/** GB-seconds of `count` invocations of `billedMs` each at `memoryMb`. */
export function gbSeconds(count: Decimal, billedMs: Decimal, memoryMb: number | Decimal): Decimal {
  return count.times(billedMs).times(SECONDS_PER_MS).times(memoryMb).times(GB_PER_MB);
}
