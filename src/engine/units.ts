// Calendar and unit constants, defined once.
import { Decimal } from '../model/money.js';

/** The month AWS's Pricing Calculator uses: 365 × 24 / 12. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_HOUR = 3600;
export const MB_PER_GB = new Decimal(1024);
export const MS_PER_SECOND = new Decimal(1000);
export const ONE_MILLION = new Decimal(1_000_000);
/** Lambda's ephemeral storage up to this size is free. */
export const FREE_EPHEMERAL_STORAGE_MB = 512;

/** GB-seconds of `count` invocations of `billedMs` each at `memoryMb`. */
export function gbSeconds(count: Decimal, billedMs: Decimal, memoryMb: number | Decimal): Decimal {
  return count.times(billedMs).dividedBy(MS_PER_SECOND).times(memoryMb).dividedBy(MB_PER_GB);
}
