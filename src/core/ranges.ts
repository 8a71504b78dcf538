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
 * (with p10/p50 = p50/p90 it is one lognormal). `{ min, max }`: uniform.
 */
export type Distribution =
  { readonly kind: 'percentiles'; readonly p10: number; readonly p50: number; readonly p90: number } | { readonly kind: 'uniform'; readonly min: number; readonly max: number };

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
  const { p10, p50, p90 } = distribution;
  const spread = z < 0 ? Math.log(p50 / p10) / Z90 : Math.log(p90 / p50) / Z90;
  return spread === 0 ? p50 : p50 * Math.exp(z * spread);
}

/** The probability that the figure is at most `x`. */
export function cdfOf(distribution: Distribution, x: number): number {
  if (distribution.kind === 'uniform') {
    const { min, max } = distribution;
    if (x >= max) return 1;
    if (x < min) return 0;
    return (x - min) / (max - min);
  }
  const { p10, p50, p90 } = distribution;
  if (x <= 0) return 0;
  const spread = x < p50 ? Math.log(p50 / p10) / Z90 : Math.log(p90 / p50) / Z90;
  if (spread === 0) return x < p50 ? 0 : 1;
  return normalCdf(Math.log(x / p50) / spread);
}

/**
 * A draw of the figure from two uniform numbers in [0, 1): the standard normal
 * score by Box and Muller's transform (no quantile function needed), then the
 * figure at that score.
 */
export function sampleOf(distribution: Distribution, u1: number, u2: number): number {
  if (distribution.kind === 'uniform') return distribution.min + u1 * (distribution.max - distribution.min);
  const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  return atScore(distribution, z);
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
