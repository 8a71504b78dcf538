// Display formatting: the only place money is rounded for a person to read.
import { Decimal } from '../core/money.js';
import { formatUsd, groupDigits, UNDER_A_CENT } from '../core/numbers.js';
import type { LineItem } from '../core/types.js';

export { formatUnitPrice, formatUsd, UNDER_A_CENT } from '../core/numbers.js';

/**
 * A line item's, a service's or a platform's month as a person reads it: its cents, or `under $0.01` where they round
 * to none but the amount is not nothing (a request or two, a few KB of logs), so that what costs something never reads
 * as costing nothing, nor a subtotal as less than the lines under it. The cents stay what the totals add up.
 */
export function formatBilledUsd(item: Pick<LineItem, 'monthlyUsd' | 'exactUsd'>): string {
  return item.monthlyUsd.isZero() && !item.exactUsd.isZero() ? UNDER_A_CENT : formatUsd(item.monthlyUsd);
}

/**
 * An amount worked out exactly, not summed from a bill's rounded lines (what a function adds to the month, what a
 * size saves): its cents, or `under $0.01` where they round to none but it is not nothing, as a line item's month is.
 * A function of a few requests read `$0.00 a month, saves $0.00 (2%)`.
 */
export function formatExactUsd(usd: Decimal): string {
  return isUnderACent(usd) ? UNDER_A_CENT : formatUsd(usd);
}

/** An amount that is not nothing but whose cents round to none: what formatExactUsd writes as `under $0.01`. */
export const isUnderACent = (usd: Decimal): boolean => !usd.isZero() && usd.abs().lessThan(HALF_A_CENT);
const HALF_A_CENT = new Decimal('0.005');

/** A quantity for reading: grouped digits, at most `places` decimals (rounded half up), trailing zeros dropped. */
export function formatQuantity(quantity: Decimal, places = 4): string {
  return groupDigits(quantity.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
}

/** The least line-item quantity shown as itself, at formatQuantity's four decimals; below half of it, they round to 0. */
const LEAST_LINE_QUANTITY = new Decimal('0.0001');
const ROUNDS_TO_NONE_BELOW = LEAST_LINE_QUANTITY.dividedBy(2);

/**
 * A line item's quantity as formatQuantity writes it, or `under 0.0001` where that would round one that is not nothing
 * to `0` (one request is 0.000001 of a million): beside a month of `under $0.01`, a quantity of 0 read as nothing billed.
 */
export function formatLineQuantity(quantity: Decimal): string {
  return !quantity.isZero() && quantity.abs().lessThan(ROUNDS_TO_NONE_BELOW) ? `under ${LEAST_LINE_QUANTITY.toFixed()}` : formatQuantity(quantity);
}

/**
 * A modelled duration to a tenth of a millisecond, `12.4 ms`; one under half a tenth `under 0.1 ms`, so that a function
 * of 0.0000001 ms does not read as `0 ms`, as though it took no time at all.
 */
export function formatDurationMs(durationMs: Decimal): string {
  return durationMs.greaterThan(0) && durationMs.lessThan('0.05') ? 'under 0.1 ms' : `${formatQuantity(durationMs, 1)} ms`;
}

/** Requests a month as a table shows them: whole, but for a count under 100 with a fraction (a yearly schedule's 0.08 runs a month, which whole reads as none). */
export function formatRequests(requests: Decimal): string {
  return formatQuantity(requests, requests.lessThan(100) && !requests.isInteger() ? 2 : 0);
}

/** A unit price for machines: every digit of the table, at least two decimals (`0.20`, `0.0000166667`). */
export function machineUnitPrice(usd: Decimal): string {
  return usd.toFixed(Math.max(2, usd.decimalPlaces()));
}

/** A quantity for machines: plain decimal notation, never an exponent, at most 10 decimals. */
export function machineNumber(value: Decimal, places = 10): string {
  // Functions alike but for their names share their usage's Decimals: each is written out once.
  let written = machineNumbers.get(places);
  if (!written) machineNumbers.set(places, (written = new WeakMap()));
  let text = written.get(value);
  if (text === undefined) written.set(value, (text = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed()));
  return text;
}

/** Each Decimal's text at each number of places, kept while the Decimal is. */
const machineNumbers = new Map<number, WeakMap<Decimal, string>>();

/** Money for machines: cents, always two decimals. */
export function machineUsd(usd: Decimal): string {
  // toFixed rounds with the Decimal's own mode, half up.
  return usd.toFixed(2);
}

/** Whole cents for machines, as `machineUsd` writes dollars: `1234` → `12.34`, `-5` → `-0.05`. */
export function centsText(cents: bigint): string {
  const digits = String(cents < 0n ? -cents : cents).padStart(3, '0');
  return `${cents < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** `10,000,000 requests − 1,000,000 free`: how a line's quantity was reached; empty when there is nothing to add. */
export function describeBasis(item: LineItem): string {
  const basis = item.basis;
  if (!basis) return '';
  const figure = formatFigure(basis.used);
  const used = `${figure} ${figure === '1' ? countedOnce(basis.countedAs) : basis.countedAs}`;
  return basis.free.isZero() ? used : `${used} − ${formatFigure(basis.free)} ${basis.freeAs ?? 'free'}`;
}

/** The words the line items count in, each in its singular: "1 requests" was printed. */
const SINGULAR: Readonly<Record<string, string>> = {
  requests: 'request',
  invocations: 'invocation',
  publishes: 'publish',
  deliveries: 'delivery',
  messages: 'message',
  transitions: 'transition',
  executions: 'execution',
  addresses: 'address',
  units: 'unit',
  'stream read request units': 'stream read request unit',
  'RCU-hours': 'RCU-hour',
  'WCU-hours': 'WCU-hour',
  'GB-months': 'GB-month',
  'GB-seconds': 'GB-second',
  'connection-minutes': 'connection-minute',
};

/** A basis's words for a count of one: the words it starts with (`invocations` of `invocations served`) in the singular. */
function countedOnce(countedAs: string): string {
  for (const [many, one] of Object.entries(SINGULAR))
    if (countedAs.startsWith(many) && !/^[A-Za-z-]/.test(countedAs.slice(many.length))) return `${one}${countedAs.slice(many.length)}`;
  return countedAs;
}

/**
 * A figure to two places; one that is not zero but rounds to it in two significant digits, as a commitment of a
 * millionth of a task an hour read as "0 × task" in a line's basis, and a diff's 0.00375 GB-seconds as "0 → 0.01".
 */
export function formatFigure(value: Decimal): string {
  if (value.isZero() || value.abs().greaterThanOrEqualTo('0.005')) return formatQuantity(value, 2);
  return underSmallest(value) ?? value.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed();
}

/**
 * A range of requests, `10K to 10B`: each end as threeDigitCount writes it, or in whole digits where the two would read
 * the same (1,000 to 1,001 was "1K to 1K").
 */
export function formatRange(from: Decimal, to: Decimal): string {
  const [low, high] = [threeDigitCount(from), threeDigitCount(to)];
  if (low !== high || from.equals(to)) return `${low} to ${high}`;
  return `${groupDigits(from.toDecimalPlaces(2))} to ${groupDigits(to.toDecimalPlaces(2))}`;
}

/** The least figure a report shows as itself; a smaller one is "under" it, not hundreds of zeros. */
const SMALLEST_SHOWN = new Decimal('0.000001');

/** `under 0.000001` for a figure that is not zero but smaller than the least a report shows as itself; null for any other. */
export function underSmallest(value: Decimal): string | null {
  return !value.isZero() && value.abs().lessThan(SMALLEST_SHOWN) ? `under ${SMALLEST_SHOWN.toFixed()}` : null;
}

/**
 * A count in three significant digits with K, M, B or T: `48.2M`, `10K`, `1.5B`; below 1,000 as is, and below a
 * millionth `under 0.000001` (an outlook shrinking by 99.9999999% a month reached 10^-1,000 requests, which was
 * a thousand digits in the table, Markdown and HTML).
 */
export function threeDigitCount(value: Decimal): string {
  const under = underSmallest(value);
  if (under) return under;
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  const rounded = value.toSignificantDigits(3, Decimal.ROUND_HALF_UP);
  for (const [size, suffix] of units) {
    if (rounded.greaterThanOrEqualTo(size)) return `${rounded.dividedBy(size).toFixed()}${suffix}`;
  }
  return rounded.toFixed();
}
