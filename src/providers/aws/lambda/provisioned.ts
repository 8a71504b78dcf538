// The requests provisioned environments serve. Requests arrive at random, so
// they find every provisioned environment busy now and then before the
// environments are full on average; such a request runs on demand. That is
// Erlang's loss system (M/G/c/c): the share that finds all c busy, B(c, a),
// depends on the offered load a (arrivals a second × seconds a run) alone,
// whatever the spread of the runs' durations.
import { Decimal, ZERO } from '../../../core/money.js';
import { type MonthProfile, requestsPerHour } from '../../../core/traffic.js';
import { SECONDS_PER_HOUR } from '../../../core/units.js';
import { gridBelow, gridVolume } from './init-billing.js';
import { billedDurationMs } from './line-items.js';
import { servedRequests } from './throttling.js';
import type { LambdaFunction, LambdaPrices } from './types.js';

/** Erlang's B: the share of requests that find all `servers` busy under `load` erlangs, by the recursion that stays stable. */
export function erlangB(servers: number, load: number): number {
  if (load <= 0) return 0;
  let blocked = 1;
  for (let k = 1; k <= servers; k++) blocked = (load * blocked) / (k + load * blocked);
  return blocked;
}

/**
 * Past this many erlangs a provisioned environment for each, the environments
 * serve within a thousandth of their capacity (B ≈ 1 − c/a): the grid stops and
 * what they serve stays where it stopped.
 */
const LOAD_PER_ENVIRONMENT_AT_TOP = 1000;

const MS_PER_HOUR = SECONDS_PER_HOUR * 1000;

/**
 * What `fn`'s provisioned environments serve in a month, when the scenario does
 * not say: on in the busiest `hoursPerMonth` hours, each hour serving the
 * requests offered to it (what the function's concurrency limit lets through)
 * less those that find every environment busy.
 */
export function provisionedRequests(fn: LambdaFunction, prices: LambdaPrices, profile: MonthProfile, limit: Decimal | null): Decimal {
  const pc = fn.provisioned!;
  const billedMs = billedDurationMs(fn.durationMs, prices.billingGranularityMs);
  const runMs = billedDurationMs(pc.durationMs ?? fn.durationMs, prices.billingGranularityMs);
  const served = servedRequests(fn.requestsPerMonth, billedMs, limit, profile);
  let hoursLeft = pc.hoursPerMonth;
  let total = ZERO;
  for (const group of profile.groups) {
    const hours = Math.min(hoursLeft, group.hours);
    if (hours === 0) break;
    hoursLeft -= hours;
    const offeredPerHour = served.over(group) ? served.perHourLimit! : requestsPerHour(fn.requestsPerMonth, group, profile);
    // Never more than offered, even by the last digit of a division.
    total = total.plus(Decimal.min(servedPerHour(offeredPerHour, pc.count, runMs), offeredPerHour).times(hours));
  }
  return Decimal.min(total, served.requests);
}

/**
 * What `count` environments serve in an hour offered `perHour` requests of
 * `runMs` each: Erlang's B worked out on a grid of hourly rates (the one billed
 * cold starts use) and joined by straight lines, so that the month is linear
 * between the volumes where an hour's rate meets a grid point, and the
 * break-even solver stays exact (those volumes are kinks); flat past the top.
 */
export function servedPerHour(perHour: Decimal, count: number, runMs: Decimal): Decimal {
  if (perHour.lessThanOrEqualTo(0)) return ZERO;
  const top = topRate(count, runMs);
  if (perHour.greaterThanOrEqualTo(top)) return modelAt(top, count, runMs);
  // Below one request an hour, the line from none to the first grid point.
  const j = perHour.lessThan(1) ? null : gridBelow(perHour);
  const low = j === null ? ZERO : gridVolume(j);
  const atLow = modelAt(low, count, runMs);
  if (low.equals(perHour)) return atLow;
  const high = gridVolume(j === null ? 0 : j + 1);
  const atHigh = modelAt(high, count, runMs);
  return atLow.plus(atHigh.minus(atLow).times(perHour.minus(low)).dividedBy(high.minus(low)));
}

/** The sweep volumes where `fn`'s provisioned share bends: where each of its provisioned hours' rates meets a grid point, in (from, to). */
export function provisionedKinks(fn: LambdaFunction, prices: LambdaPrices, profile: MonthProfile, base: Decimal, from: Decimal, to: Decimal): Decimal[] {
  const pc = fn.provisioned!;
  if (fn.requestsPerMonth.isZero()) return [];
  const runMs = billedDurationMs(pc.durationMs ?? fn.durationMs, prices.billingGranularityMs);
  const top = topRate(pc.count, runMs);
  const kinks: Decimal[] = [];
  let hoursLeft = pc.hoursPerMonth;
  for (const group of profile.groups) {
    const hours = Math.min(hoursLeft, group.hours);
    if (hours === 0) break;
    hoursLeft -= hours;
    if (group.weight.isZero()) continue;
    // the hour's rate at sweep volume V: V ÷ base × fn requests × weight ÷ total weight
    const perSweep = fn.requestsPerMonth.times(group.weight).dividedBy(base.times(profile.totalWeight));
    for (let j = gridBelow(Decimal.max(1, from.times(perSweep))); ; j += 1) {
      const rate = gridVolume(j);
      const sweep = rate.dividedBy(perSweep);
      if (sweep.greaterThanOrEqualTo(to)) break;
      if (sweep.greaterThan(from)) kinks.push(sweep);
      if (rate.greaterThanOrEqualTo(top)) break;
    }
  }
  return kinks;
}

/** The first grid rate at which `count` environments are offered LOAD_PER_ENVIRONMENT_AT_TOP erlangs each. */
function topRate(count: number, runMs: Decimal): Decimal {
  const rate = new Decimal(count * LOAD_PER_ENVIRONMENT_AT_TOP).times(MS_PER_HOUR).dividedBy(runMs);
  const j = gridBelow(Decimal.max(1, rate));
  return gridVolume(gridVolume(j).lessThan(rate) ? j + 1 : j);
}

const known = new Map<string, Decimal>();

/** The model at one hourly rate, in floating point (a model's figure, not a price), to 15 digits. */
function modelAt(perHour: Decimal, count: number, runMs: Decimal): Decimal {
  if (perHour.isZero()) return ZERO;
  const key = `${count}|${runMs.toString()}|${perHour.toString()}`;
  let served = known.get(key);
  if (served === undefined) {
    const rate = perHour.toNumber();
    served = new Decimal((rate * (1 - erlangB(count, (rate / MS_PER_HOUR) * runMs.toNumber()))).toPrecision(15));
    if (known.size >= 100_000) known.clear();
    known.set(key, served);
  }
  return served;
}
