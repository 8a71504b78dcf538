// Uncertain usage: a figure a scenario gives as a range, and the distribution
// fitted to it. The percentiles of a bill are read off these distributions,
// exactly when one figure drives the bill (see docs/ranges.md) and from samples
// otherwise; the samples' random numbers come from the caller, so that this
// file stays free of any generator.
import { Decimal } from './money.js';

/**
 * `{ p10, p50, p90 }`: a two-piece lognormal, lognormal below the median with
 * the spread that puts p10 at the 10th percentile, and above it with the spread
 * that puts p90 at the 90th, so that all three given percentiles hold exactly
 * (with p10/p50 = p50/p90 it is one lognormal); held to `most`, the most its
 * field may be (a duration past Lambda's 15 minutes is cut off there), which
 * the tail above p90 would otherwise pass without end: a p50 of 1e-200 ms and a
 * p90 of 900,000 drew 2e64 ms, then ∞, and priced NaN. `{ min, max }`: uniform.
 */
export type Distribution =
  | { readonly kind: 'percentiles'; readonly p10: number; readonly p50: number; readonly p90: number; readonly most: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number };

/** The three percentiles a range is priced at, and the bill is given at. */
export const LEVELS = [10, 50, 90] as const;
export type Level = (typeof LEVELS)[number];

/** Φ⁻¹(0.9): a standard normal's 90th percentile. */
export const Z90 = 1.2815515655446004;

/** The figure at percentile `level`: the given percentile itself, or min + level % of the width, exactly. */
export function quantileAt(distribution: Distribution, level: Level): Decimal {
  if (distribution.kind === 'uniform') {
    const min = new Decimal(distribution.min);
    return min.plus(new Decimal(distribution.max).minus(min).times(level).dividedBy(100));
  }
  return new Decimal(level === 10 ? distribution.p10 : level === 50 ? distribution.p50 : distribution.p90);
}

/** The median: what a scenario with ranges is estimated at, line by line. */
export function medianOf(distribution: Distribution): number {
  return distribution.kind === 'uniform' ? (distribution.min + distribution.max) / 2 : distribution.p50;
}

/** The figure at standard normal score `z`: at Φ(z) of the way for a uniform range. */
export function atScore(distribution: Distribution, z: number): number {
  if (distribution.kind === 'uniform') return distribution.min + normalCdf(z) * (distribution.max - distribution.min);
  const spread = spreadOf(distribution, z < 0);
  return spread === 0 || z === 0 ? distribution.p50 : Math.min(distribution.most, scaled(distribution.p50, z * spread));
}

/**
 * The lognormal's σ below the median (`below`) or above it. As a difference of logarithms, not the logarithm of a
 * ratio: p90 / p50 of 1e15 / 1e-300 is past a double, and its ∞ made every draw above the median 1e15, the median ∞ × 0.
 */
function spreadOf(distribution: Extract<Distribution, { kind: 'percentiles' }>, below: boolean): number {
  const { p10, p50, p90 } = distribution;
  const [low, high] = below ? [p10, p50] : [p50, p90];
  const ratio = high / low;
  return (Number.isFinite(ratio) ? Math.log(ratio) : Math.log(high) - Math.log(low)) / Z90;
}

/** `value` × e^`power`, in logarithms where e^`power` alone is past a double (1e-300 × e^800 is 1e47, not ∞). */
function scaled(value: number, power: number): number {
  const product = value * Math.exp(power);
  return Number.isFinite(product) && product > 0 ? product : Math.exp(Math.log(value) + power);
}

/** The probability that the figure is at most `x`. */
export function cdfOf(distribution: Distribution, x: number): number {
  if (distribution.kind === 'uniform') {
    const { min, max } = distribution;
    if (x >= max) return 1;
    if (x < min) return 0;
    return (x - min) / (max - min);
  }
  const { p50, most } = distribution;
  if (x <= 0) return 0;
  if (x >= most) return 1;
  const spread = spreadOf(distribution, x < p50);
  if (spread === 0) return x < p50 ? 0 : 1;
  const ratio = x / p50;
  return normalCdf((Number.isFinite(ratio) && ratio > 0 ? Math.log(ratio) : Math.log(x) - Math.log(p50)) / spread);
}

/** The figure at probability `u` in (0, 1): its quantile function. */
export function quantileOf(distribution: Distribution, u: number): number {
  if (distribution.kind === 'uniform') return distribution.min + u * (distribution.max - distribution.min);
  return atScore(distribution, normalQuantile(u));
}

/**
 * Φ⁻¹, the standard normal's quantile function, by Peter Acklam's rational
 * approximation (relative error below 1.15e-9;
 * https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/).
 */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * A Latin hypercube's probabilities for one figure: `count` of them, one in
 * each of `count` equal slices of (0, 1), in the order `order` (a permutation
 * of 0 … count − 1) gives, each at `random()` within its slice.
 */
export function stratified(order: readonly number[], random: () => number): number[] {
  return order.map((slice) => (slice + Math.min(Math.max(random(), 1e-12), 1 - 1e-12)) / order.length);
}

/**
 * Φ, the standard normal's distribution function, from the complementary error
 * function's Chebyshev fit in Numerical Recipes (2nd ed., §6.2, erfcc), whose
 * fractional error is below 1.2e-7 everywhere: far below the whole percent a
 * probability is printed to.
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * The `level` percentile of `values`, sorted ascending: linear between the two
 * nearest order statistics (Hyndman and Fan's type 7, the default of R and NumPy).
 */
export function percentileOfSorted(sorted: readonly Decimal[], level: number): Decimal {
  const position = ((sorted.length - 1) * level) / 100;
  const below = Math.floor(position);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low.plus(high.minus(low).times(position - below));
}

/** A figure of a scenario given as a range: its field as the file writes it, and its distribution. */
export interface RangedFigure {
  readonly field: string;
  readonly distribution: Distribution;
}

/**
 * What a price of one month at the medians leaves out of a scenario: the fields whose figures are ranges, and the
 * months of its outlook (null without one). The commands that price one month, and the comparison, say them.
 */
export function leftOutOfOneMonth(scenario: {
  readonly ranges?: { readonly figures: readonly RangedFigure[] } | undefined;
  readonly growth?: { readonly months: number } | null;
}): {
  readonly rangedFields: readonly string[];
  readonly outlookMonths: number | null;
} {
  return { rangedFields: scenario.ranges?.figures.map((figure) => figure.field) ?? [], outlookMonths: scenario.growth?.months ?? null };
}

/** A scenario's ranges, and the scenario at other values of them: what the percentiles are worked out from. */
export interface ScenarioRanges<S> {
  readonly figures: readonly RangedFigure[];
  /** The index in `figures` of the monthly requests that every count follows (traffic.requests_per_month), when it is a range. */
  readonly driver: number | null;
  /** The scenario with each figure at the value of the same index (the driver's too). */
  at(values: readonly number[]): S;
}

/** The monthly requests growing month by month: month 1 is the scenario's own, month m has (1 + pct/100)^(m − 1) times its requests. */
export interface Growth {
  readonly pctPerMonth: Decimal;
  readonly months: number;
}
