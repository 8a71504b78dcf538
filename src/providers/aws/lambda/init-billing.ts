// The INIT phase as billed: cold starts × INIT duration × memory, at the
// function's duration rate. Custom runtimes and container images always had it
// billed; ZIP functions on managed runtimes have it from 2025-08-01
// (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/).
import { Decimal, ZERO } from '../../../core/money.js';
import type { MonthProfile } from '../../../core/traffic.js';
import { GB_PER_MB, SECONDS_PER_HOUR, SECONDS_PER_MONTH, SECONDS_PER_MS } from '../../../core/units.js';
import { billedDurationMs } from './line-items.js';
import { coldStarts, RUNTIME_COLD_START_MS, MS_PER_PACKAGE_MB } from './cold-starts.js';
import { DEFAULT_LAMBDA_SETTINGS } from './settings.js';
import type { LambdaFunction, LambdaPrices } from './types.js';

/**
 * Billed cold starts are counted on a grid of monthly request volumes, 16 to a
 * decade, and joined by straight lines: the bill is then exactly linear between
 * grid points, so the break-even solver finds every bend (the grid points are
 * its kinks), and the count differs from the smooth model by a fraction of a
 * percent (docs/cold-starts.md), far inside the model's own uncertainty.
 */
const GRID_PER_DECADE = 32;

/** The grid's j-th volume, to three significant digits so that it is an exact Decimal. */
function gridVolume(j: number): Decimal {
  return new Decimal(10 ** (j / GRID_PER_DECADE)).toSignificantDigits(3);
}

/** The grid index whose volume is the largest at or below `requests` (≥ 1). */
function gridBelow(requests: Decimal): number {
  let j = Math.floor(Math.log10(requests.toNumber()) * GRID_PER_DECADE);
  while (gridVolume(j).greaterThan(requests)) j -= 1;
  while (gridVolume(j + 1).lessThanOrEqualTo(requests)) j += 1;
  return j;
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

/** The INIT duration a cold start of `fn` bills, or null when it bills none (or none can be said). */
export function billedInitMs(fn: LambdaFunction, prices: LambdaPrices): Decimal | null {
  const billed = fn.packageType === 'image' || fn.customRuntime === true || prices.initBilledForManagedRuntimes;
  if (!billed || fn.initDurationMs?.isZero()) return null;
  const initMs = initDurationOf(fn);
  return initMs && billedDurationMs(initMs, prices.billingGranularityMs);
}

const modelAt = new WeakMap<LambdaPrices, WeakMap<MonthProfile, Map<string, Decimal>>>();

/** Whether `limit` is reached in the busiest hour of `fn` at `requests` a month: there the model caps the hour's rate. */
function reachedAt(fn: LambdaFunction, requests: Decimal, prices: LambdaPrices, profile: MonthProfile, limit: Decimal): boolean {
  const busiest = Math.max(...profile.runs.map((run) => run.share));
  const seconds = billedDurationMs(fn.durationMs, prices.billingGranularityMs).toNumber() / 1000;
  return (requests.toNumber() * busiest * seconds) / SECONDS_PER_HOUR > limit.toNumber();
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
  const reached = limit !== null && reachedAt(fn, requests, prices, profile, limit);
  const key = reached ? `${shape}|${limit.toString()}@${requests.toString()}` : `${shape}@${requests.toString()}`;
  let count = known.get(key);
  if (count === undefined) {
    const idle = fn.idleTimeoutMinutes ?? DEFAULT_LAMBDA_SETTINGS.idleTimeoutMinutes;
    count = new Decimal(coldStarts({ ...fn, requestsPerMonth: requests }, prices, profile.runs, idle, reached ? limit.toNumber() : null).perMonth);
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
function proportionalFrom(fn: LambdaFunction, prices: LambdaPrices): Decimal {
  const seconds = billedDurationMs(fn.durationMs, prices.billingGranularityMs).times(SECONDS_PER_MS);
  const volume = new Decimal(PROPORTIONAL_FROM_ENVIRONMENTS).times(SECONDS_PER_MONTH).dividedBy(seconds);
  return gridVolume(gridBelow(Decimal.max(1, volume)));
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
  const top = proportionalFrom(fn, prices);
  if (requests.greaterThan(top)) {
    const servedAtTop = servedAt(top);
    return servedAtTop.isZero() ? ZERO : coldStartsAt(fn, shape, top, prices, profile, limit).times(servedAt(requests)).dividedBy(servedAtTop);
  }
  // Below one request a month, the line from none to the first grid point.
  const j = requests.lessThan(1) ? null : gridBelow(requests);
  const low = j === null ? ZERO : gridVolume(j);
  const high = gridVolume(j === null ? 0 : j + 1);
  const atLow = coldStartsAt(fn, shape, low, prices, profile, limit);
  const atHigh = coldStartsAt(fn, shape, high, prices, profile, limit);
  return atLow.plus(atHigh.minus(atLow).times(requests.minus(low)).dividedBy(high.minus(low)));
}

/** GB-seconds of the billed INIT phases: cold starts × INIT seconds × GB. */
export function initGbSeconds(coldStartCount: Decimal, initMs: Decimal, memoryMb: number): Decimal {
  return coldStartCount.times(initMs).times(SECONDS_PER_MS).times(memoryMb).times(GB_PER_MB);
}

/**
 * Sweep volumes where a function's billed cold starts bend: its grid points,
 * as volumes of the sweep (`base` is the sweep's volume at the scenario's own).
 */
export function initKinks(fn: LambdaFunction, prices: LambdaPrices, base: Decimal, from: Decimal, to: Decimal): Decimal[] {
  if (fn.requestsPerMonth.isZero() || !billedInitMs(fn, prices)) return [];
  const perSweep = fn.requestsPerMonth.dividedBy(base);
  const first = gridBelow(Decimal.max(1, from.times(perSweep)));
  const top = proportionalFrom(fn, prices);
  const kinks: Decimal[] = [];
  for (let j = first; gridVolume(j).lessThanOrEqualTo(top); j += 1) {
    const sweep = gridVolume(j).dividedBy(perSweep);
    if (sweep.greaterThanOrEqualTo(to)) break;
    if (sweep.greaterThan(from)) kinks.push(sweep);
  }
  return kinks;
}
