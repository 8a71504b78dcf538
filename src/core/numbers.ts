// Renderings of numbers for people: exact counts for labels and notes (digit
// grouping only), and dollars rounded to the cent, the one rounding for display.
import { Decimal, roundCents } from './money.js';

/** What an amount reads where its cents round to none but it is not nothing. Shared by the reports and the engine's warning messages. */
export const UNDER_A_CENT = 'under $0.01';

/** `$1,234.56`; negative amounts as `-$1.00`. Shared by the reports and the engine's warning messages. */
export function formatUsd(usd: Decimal): string {
  const cents = roundCents(usd);
  const text = groupDigits(cents.abs());
  const [whole, fraction = ''] = text.split('.');
  return `${cents.isNegative() && !cents.isZero() ? '-' : ''}$${whole}.${fraction.padEnd(2, '0')}`;
}

/** A unit price with every digit the price table gives: `$0.0000166667`, `$0.20`. Shared by the reports and the engine's warning messages. */
export function formatUnitPrice(usd: Decimal): string {
  const text = usd.toFixed();
  const [whole = '0', fraction = ''] = text.split('.');
  return `$${groupDigits(new Decimal(whole))}.${fraction.padEnd(2, '0')}`;
}

/** `3000000.5` → `3,000,000.5`; keeps every digit. */
export function groupDigits(value: Decimal): string {
  const [whole = '0', fraction] = value.toFixed().split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A count rounded to a whole number and grouped: `1314000000.4` → `1,314,000,000`.
 * Not `toLocaleString`: its first call loads the locale data, which costs more
 * than the whole estimate.
 */
export function formatCount(value: number): string {
  const whole = Math.round(value);
  // toFixed writes 1e21 and past in exponent form ("1e+21 hours of retention"); a Decimal writes every digit.
  const size = Math.abs(whole);
  const digits = (size < 1e21 ? size.toFixed(0) : new Decimal(size).toFixed(0)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `-${digits}` : digits;
}

/**
 * A count of things in a line's note: every digit of a whole one; one that is not whole (a daily schedule's 30.41666…
 * runs) to two places, or to two significant digits below a hundredth, as a line's quantities are shown.
 */
export function noteCount(value: Decimal): string {
  if (value.isInteger()) return groupDigits(value);
  if (value.abs().greaterThanOrEqualTo('0.005')) return groupDigits(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  return value.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** A usage count in a line's note: whole in a scenario's own month (`10M`), as it is in a sweep's volumes, which may not be. */
export function usageCount(value: Decimal): string {
  return value.isInteger() ? compactCount(value) : groupDigits(value);
}

/** A count rounded to a whole number and its noun, which agrees with what is printed: `1 cold start`, `0 cold starts`, `2 cold starts`. */
export function formatCounted(value: number, one: string, many = `${one}s`): string {
  const text = formatCount(value);
  return `${text} ${text === '1' || text === '-1' ? one : many}`;
}

/** `6000000000` → `6B`, `333000000` → `333M`, `750000` → `750K`; used for tier bounds, which are round numbers. Falls back to grouped digits when the short form would not be exact. */
export function compactCount(value: Decimal): string {
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (value.greaterThanOrEqualTo(size)) {
      const scaled = value.dividedBy(size);
      if (scaled.decimalPlaces() <= 2) return `${scaled.toFixed()}${suffix}`;
    }
  }
  return groupDigits(value);
}

/**
 * A numeral a double cannot hold as a number of the same kind: past its range (1e400, Infinity), or so near zero that
 * it reads as 0 though a digit of it is not (1e-400). Either is kept as the text written, which the schema then refuses:
 * read as 0, a `requests_per_month: 1e-400` was priced at none without a word.
 */
export function pastDoubleRange(written: string, value: number): boolean {
  return !Number.isFinite(value) || (value === 0 && /[1-9]/.test(written.replace(/e.*$/i, '')));
}

/** Longer than this, a numeral a file wrote is named by its count of digits, not quoted. */
const QUOTED_NUMERAL = 40;

/** A numeral a file wrote, as a message quotes it: as written, or `a number of 400 digits` (the sign, point and any exponent aside). */
export function quotedNumeral(written: string): string {
  if (written.length <= QUOTED_NUMERAL) return written;
  return `a number of ${formatCount(written.replace(/^[-+]/, '').replace(/e.*$/i, '').replace('.', '').length)} digits`;
}

/**
 * A number a file gave, for a message that sets it beside another or quotes it: in plain digits, never in the exponent
 * form JavaScript writes below 1e-6 and from 1e21 on (`cpu_ms (20) cannot be above duration_ms (1e-7)`), and named by
 * its count of digits past the length a message quotes; YAML's infinities and not-a-number as YAML writes them, not as
 * JavaScript's Infinity and NaN.
 */
export function numberInWords(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  return quotedNumeral(new Decimal(value).toFixed());
}
