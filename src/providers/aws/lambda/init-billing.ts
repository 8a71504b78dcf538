// The INIT phase as billed: cold starts × INIT duration × memory, at the
// function's duration rate. Custom runtimes and container images always had it
// billed; ZIP functions on managed runtimes have it from 2025-08-01
// (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/).
import { Decimal, ONE, ZERO } from '../../../core/money.js';
import type { MonthProfile } from '../../../core/traffic.js';
import { SECONDS_PER_MONTH, SECONDS_PER_MS } from '../../../core/units.js';
import { billedDurationMs } from './line-items.js';
import { coldStarts, RUNTIME_COLD_START_MS, MS_PER_PACKAGE_MB } from './cold-starts.js';
import { anchorOf } from './provisioned.js';
import { DEFAULT_LAMBDA_SETTINGS } from './settings.js';
import { servedPerHourAt } from './throttling.js';
import type { LambdaFunction, LambdaPrices } from './types.js';

/**
 * Billed cold starts are counted on a grid of monthly request volumes, 32 to a
 * decade, and joined by straight lines: the bill is then exactly linear between
 * grid points, so the break-even solver finds every bend (the grid points are
 * its kinks), and the count differs from the smooth model by a fraction of a
 * percent (docs/cold-starts.md), far inside the model's own uncertainty. Each
 * function's grid is anchored at its own volume in the scenario (anchorOf): the
 * estimate there is the model's own figure, and as a sweep scales every
 * function alike, all the functions' grid points fall on the same sweep
 * volumes, so a template of many functions of different volumes bends no more
 * often than one function does.
 */
const GRID_PER_DECADE = 32;

/** 10^(j/32) to twelve digits, so that every grid volume is an exact Decimal. */
function gridFactor(j: number): Decimal {
  let factor = factors.get(j);
  if (!factor) factors.set(j, (factor = Math.abs(j) < DOUBLE_DECADES * GRID_PER_DECADE ? new Decimal((10 ** (j / GRID_PER_DECADE)).toPrecision(12)) : farFactor(j)));
  return factor;
}

/** The decades a double holds either side of 1, with a margin: within them a grid factor is worked out in one. */
const DOUBLE_DECADES = 300;

/**
 * 10^(j/32) past a double's range, as its whole decades and the rest: a volume of 1e-300 requests a month
 * had grid factors of 10^310, Infinity in a double, and the search for its grid points never ended.
 */
function farFactor(j: number): Decimal {
  const decades = Math.floor(j / GRID_PER_DECADE);
  return new Decimal((10 ** ((j - decades * GRID_PER_DECADE) / GRID_PER_DECADE)).toPrecision(12)).times(new Decimal(10).pow(decades));
}

const factors = new Map<number, Decimal>();

/** The grid's j-th volume from `anchor` (the anchor itself at 0). */
function gridVolume(anchor: Decimal, j: number): Decimal {
  return j === 0 ? anchor : anchor.times(gridFactor(j));
}

/** The grid index whose volume is the largest at or below `requests`. */
function gridBelow(anchor: Decimal, requests: Decimal): number {
  // A first guess, made good below; from the decimals' exponents where a double's quotient overflows (1e10 requests over an
  // anchor of 1e-300, or 10^312 requests, where a duration of 1e-300 ms keeps 1,000 environments busy): a decimal's
  // logarithm costs far more than a double's, and tune asks for it at each of 20,000 sizes.
  const guess = Math.log10(requests.toNumber() / anchor.toNumber());
  let j = Math.floor((Number.isFinite(guess) ? guess : requests.e - anchor.e) * GRID_PER_DECADE);
  while (gridVolume(anchor, j).greaterThan(requests)) j -= 1;
  while (gridVolume(anchor, j + 1).lessThanOrEqualTo(requests)) j += 1;
  return j;
}

/** The index of the grid's first volume of at least one request a month: below it the count is a line from none. */
function gridFirst(anchor: Decimal): number {
  const j = gridBelow(anchor, ONE);
  return gridVolume(anchor, j).lessThan(1) ? j + 1 : j;
}

/** Lambda stops an INIT phase on demand after 10 seconds. */
export const MAX_INIT_MS = 10_000;

/** How long `fn`'s INIT phase runs: as the scenario states it, or its runtime's typical cold start; null when neither says. */
export function initDurationOf(fn: LambdaFunction): Decimal | null {
  if (fn.initDurationMs) return fn.initDurationMs;
  // SnapStart restores from a snapshot; what that restore bills is not priced here (docs/cold-starts.md).
  if (!fn.runtime || fn.runtime === 'java_snapstart') return null;
  return new Decimal(RUNTIME_COLD_START_MS[fn.runtime].p50 + (fn.packageMb ?? 0) * MS_PER_PACKAGE_MB);
}

/**
 * A custom runtime's or a container image's INIT phase, which AWS bills under every table, whose length is not known:
 * no runtime family gives a typical cold start and no init_duration_ms is stated, so no bill holds it.
 */
export function initBilledOfUnknownLength(fn: LambdaFunction): boolean {
  return (fn.customRuntime === true || fn.packageType === 'image') && fn.runtime == null && fn.initDurationMs == null;
}

/** The INIT duration a cold start of `fn` bills, or null when it bills none (or none can be said). */
export function billedInitMs(fn: LambdaFunction, prices: LambdaPrices): Decimal | null {
  const billed = fn.packageType === 'image' || fn.customRuntime === true || prices.initBilledForManagedRuntimes;
  if (!billed || fn.initDurationMs?.isZero()) return null;
  const initMs = initDurationOf(fn);
  return initMs && billedDurationMs(initMs, prices.billingGranularityMs);
}

/**
 * Everything of a function its cold starts a month depend on but its volume and limit (coldStarts reads no more):
 * how its runs arrive (a schedule's on a clock, the rest at random), how long each holds an environment, its
 * provisioned environments and its idle timeout. Not its memory or INIT phase, which only price each cold start, so
 * that functions unlike in those share one count: 10,000 functions of as many memory sizes are one model, not 10,000.
 */
export function coldStartShape(fn: LambdaFunction): string {
  const pc = fn.provisioned && fn.provisioned.count > 0 ? `${fn.provisioned.count}/${fn.provisioned.hoursPerMonth}` : '';
  return `${fn.trigger === 'schedule' ? 'clock' : 'random'}|${fn.durationMs.toString()}|${pc}|${fn.idleTimeoutMinutes ?? ''}`;
}

const modelAt = new WeakMap<LambdaPrices, WeakMap<MonthProfile, Map<string, Decimal>>>();

/** Whether `limit` is reached in the busiest hour of `fn` at `requests` a month: there the model caps the hour's rate. */
export function reachedAt(fn: LambdaFunction, requests: Decimal, profile: MonthProfile, limit: Decimal): boolean {
  // The volume the count's line is joined at (reachedFrom), exactly: worked out apart in floating point, the two could
  // disagree at the boundary, and the count step there again.
  const from = reachedFrom(fn, profile, limit);
  return from !== null && requests.greaterThan(from);
}

/**
 * The model's cold starts a month of `fn` at `requests` a month, net of its provisioned concurrency, worked out
 * once per shape and volume; and per limit, where the limit is reached in the busiest hour at that volume (below
 * it the limit changes nothing, so a function whose share of the pool moves keeps what was worked out).
 */
function coldStartsAt(fn: LambdaFunction, shape: string, requests: Decimal, prices: LambdaPrices, profile: MonthProfile, limit: Decimal | null): Decimal {
  if (requests.isZero()) return ZERO;
  let byProfile = modelAt.get(prices);
  if (!byProfile) modelAt.set(prices, (byProfile = new WeakMap()));
  let known = byProfile.get(profile);
  if (!known) byProfile.set(profile, (known = new Map()));
  const reached = limit !== null && reachedAt(fn, requests, profile, limit);
  const key = reached ? `${shape}|${limit.toString()}@${requests.toString()}` : `${shape}@${requests.toString()}`;
  let count = known.get(key);
  if (count === undefined) {
    const idleMinutes = fn.idleTimeoutMinutes ?? DEFAULT_LAMBDA_SETTINGS.idleTimeoutMinutes;
    count = new Decimal(coldStarts({ ...fn, requestsPerMonth: requests }, profile.runs, idleMinutes, reached ? limit.toNumber() : null).perMonth);
    known.set(key, count);
  }
  return count;
}

/**
 * Past this many environments busy on average, a function's cold starts grow
 * in proportion to its volume (each is an environment started as traffic
 * climbs, and there are as many as the traffic needs), and the model's window
 * of busy environments grows costly to sum: there the count is carried on as a
 * share of the requests.
 */
const PROPORTIONAL_FROM_ENVIRONMENTS = 1000;

/** The grid volume at or below which the model is evaluated; above it, cold starts are the same share of requests. */
function proportionalFrom(fn: LambdaFunction, anchor: Decimal): Decimal {
  const seconds = fn.durationMs.times(SECONDS_PER_MS);
  const volume = new Decimal(PROPORTIONAL_FROM_ENVIRONMENTS).times(SECONDS_PER_MONTH).dividedBy(seconds);
  return gridVolume(anchor, Math.max(gridFirst(anchor), gridBelow(anchor, volume)));
}

/**
 * Cold starts a month whose INIT phase `fn` is billed for: the model on the grid, joined linearly.
 * `shape`: all of `fn` but its name, volume and limit; `limit`: its concurrency limit, and
 * `servedAt` the requests it serves at a volume: past the grid, cold starts follow the served requests,
 * which stop growing where the limit is reached (a bend the throttle declares).
 */
export function billedColdStarts(
  fn: LambdaFunction,
  shape: string,
  prices: LambdaPrices,
  profile: MonthProfile,
  limit: Decimal | null = null,
  servedAt: (requests: Decimal) => Decimal = (requests) => requests,
): Decimal {
  const requests = fn.requestsPerMonth;
  if (requests.lessThanOrEqualTo(0)) return ZERO;
  const place = gridPlace(fn);
  if (place.proportional) {
    const top = place.low;
    const servedAtTop = servedAt(top);
    return servedAtTop.isZero() ? ZERO : coldStartsAt(fn, shape, top, prices, profile, limit).times(servedAt(requests)).dividedBy(servedAtTop);
  }
  const { low, high } = place;
  const atLow = coldStartsAt(fn, shape, low, prices, profile, limit);
  const atHigh = coldStartsAt(fn, shape, high, prices, profile, limit);
  // A limit first reached between the two points: up to there the line the function has without it, from there a line
  // to the point priced with it. Joined straight across, the count stepped where a filling pool gave the function its
  // limit (there a bend the throttle declares), by what the limit changes at the next point.
  const reached = limit && reachedFrom(fn, profile, limit);
  if (reached && reached.greaterThan(low) && reached.lessThan(high)) {
    const unlimited = coldStartsAt(fn, shape, high, prices, profile, null);
    const atReached = atLow.plus(unlimited.minus(atLow).times(reached.minus(low)).dividedBy(high.minus(low)));
    if (requests.lessThanOrEqualTo(reached)) return atLow.plus(unlimited.minus(atLow).times(requests.minus(low)).dividedBy(high.minus(low)));
    return atReached.plus(atHigh.minus(atReached).times(requests.minus(reached)).dividedBy(high.minus(reached)));
  }
  return atLow.plus(atHigh.minus(atLow).times(requests.minus(low)).dividedBy(high.minus(low)));
}

/**
 * Where a function's volume (more than none) falls on its grid: past the grid's top, the count in proportion to the
 * requests from there (`low` the top); else between the points `low` and `high`. It depends on the function alone,
 * not its limit: a month priced again with only the limits moved (the cost bomb's, tune's in a full pool) keeps each
 * function's object, and the place is worked out once.
 */
function gridPlace(fn: LambdaFunction): { readonly proportional: boolean; readonly low: Decimal; readonly high: Decimal } {
  let place = places.get(fn);
  if (place) return place;
  const requests = fn.requestsPerMonth;
  const anchor = anchorOf(fn);
  const top = proportionalFrom(fn, anchor);
  if (requests.greaterThan(top)) place = { proportional: true, low: top, high: top };
  else {
    // Below the grid's first volume (one request a month or more), the line from none to it.
    const first = gridFirst(anchor);
    const j = requests.lessThan(gridVolume(anchor, first)) ? null : gridBelow(anchor, requests);
    place = { proportional: false, low: j === null ? ZERO : gridVolume(anchor, j), high: gridVolume(anchor, j === null ? first : j + 1) };
  }
  places.set(fn, place);
  return place;
}

const places = new WeakMap<LambdaFunction, ReturnType<typeof gridPlace>>();

/** The monthly volume from which `limit` is reached in `fn`'s busiest hours (where its served requests bend). */
function reachedFrom(fn: LambdaFunction, profile: MonthProfile, limit: Decimal): Decimal | null {
  // Asked for several times for one function's month under one limit (whether it holds back, each grid point's count).
  const last = reachedFroms.get(fn);
  if (last && last.profile === profile && (last.limit === limit || last.limit.equals(limit))) return last.from;
  const busiest = profile.groups[0];
  const from = !busiest || busiest.weight.isZero() ? null : servedPerHourAt(limit, fn.durationMs).times(profile.totalWeight).dividedBy(busiest.weight);
  reachedFroms.set(fn, { profile, limit, from });
  return from;
}

const reachedFroms = new WeakMap<LambdaFunction, { readonly profile: MonthProfile; readonly limit: Decimal; readonly from: Decimal | null }>();

/**
 * Sweep volumes where a function's billed cold starts bend: its grid points,
 * as volumes of the sweep (`base` is the sweep's volume at the scenario's own).
 */
export function initKinks(fn: LambdaFunction, prices: LambdaPrices, base: Decimal, from: Decimal, to: Decimal): Decimal[] {
  if (fn.requestsPerMonth.isZero() || !billedInitMs(fn, prices)) return [];
  const anchor = anchorOf(fn);
  const perSweep = fn.requestsPerMonth.dividedBy(base);
  // At the scenario's own volume the grid's points are the sweep's volume times the grid's factors: the same
  // Decimals for every function, so that functions of different volumes share their bends.
  const sweepAt = (j: number) => (fn.requestsPerMonth.equals(anchor) ? (j === 0 ? base : base.times(gridFactor(j))) : gridVolume(anchor, j).dividedBy(perSweep));
  const first = Math.max(gridFirst(anchor), gridBelow(anchor, Decimal.max(gridVolume(anchor, gridFirst(anchor)), from.times(perSweep))));
  const top = proportionalFrom(fn, anchor);
  const kinks: Decimal[] = [];
  for (let j = first; gridVolume(anchor, j).lessThanOrEqualTo(top); j += 1) {
    const sweep = sweepAt(j);
    if (sweep.greaterThanOrEqualTo(to)) break;
    if (sweep.greaterThan(from)) kinks.push(sweep);
  }
  return kinks;
}
