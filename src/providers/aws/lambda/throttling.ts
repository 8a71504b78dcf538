// Requests beyond a concurrency limit are throttled, and Lambda bills a request
// only when it starts running: the bill counts the requests each function
// serves. A function's limit is its reserved concurrency; the functions without
// one share what the account's limit leaves unreserved, in proportion to what
// each asks of it (docs/cold-starts.md, "Throttled requests are not billed").
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { HourGroup, MonthProfile } from '../../../core/traffic.js';
import { requestsPerHour } from '../../../core/traffic.js';
import { SECONDS_PER_HOUR } from '../../../core/units.js';
import { billedDurationMs } from './line-items.js';
import { DEFAULT_LAMBDA_SETTINGS } from './settings.js';
import type { LambdaFunction, LambdaPrices } from './types.js';

/** Where the functions' limits come from: the account's limit (each function's reserved concurrency beside it), or each function's limit as worked out already. */
export type Limits = { readonly accountConcurrencyLimit: number } | { readonly perFunction: readonly (Decimal | null)[] };

/** The limits a scenario's settings give: AWS's default account limit when it says none. */
export function limitsOf(scenario: { readonly settings?: { readonly accountConcurrencyLimit: number } | undefined }): Limits {
  return { accountConcurrencyLimit: scenario.settings?.accountConcurrencyLimit ?? DEFAULT_LAMBDA_SETTINGS.accountConcurrencyLimit };
}

/** No limit at all: every request served (a function priced on its own, as if nothing throttled it). */
export const UNLIMITED: Limits = { perFunction: [] };

const MS_PER_HOUR = new Decimal(SECONDS_PER_HOUR * 1000);

/** What the unreserved functions share: the account's limit less every reservation (reserved concurrency is set aside whether used or not). */
export function unreservedPool(functions: readonly LambdaFunction[], accountConcurrencyLimit: number): Decimal {
  const reserved = sum(functions.map((fn) => new Decimal(fn.reservedConcurrency ?? 0)));
  return Decimal.max(0, new Decimal(accountConcurrencyLimit).minus(reserved));
}

const known = new WeakMap<readonly LambdaFunction[], { limit: number; prices: LambdaPrices; perFunction: (Decimal | null)[] }>();

/**
 * Each function's concurrency limit, in concurrent executions. Reserved
 * concurrency is the function's own. The unreserved functions share the pool
 * in proportion to their demand (requests × billed duration): in an hour that
 * asks more of the pool than it holds, every unreserved function loses the
 * same share of its requests, which is what a shared pool does to requests
 * arriving at random (each finds it full alike, whichever function it is
 * for). Every function follows the one traffic shape, so the shares are the
 * same in every hour and at every volume the sweep scales the scenario to:
 * each function's limit is a constant, and its served requests bend only where
 * an hour group reaches it.
 */
export function concurrencyLimits(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices): readonly (Decimal | null)[] {
  if ('perFunction' in limits) return functions.map((_fn, index) => limits.perFunction[index] ?? null);
  const last = known.get(functions);
  if (last && last.limit === limits.accountConcurrencyLimit && last.prices === prices) return last.perFunction;
  const pool = unreservedPool(functions, limits.accountConcurrencyLimit);
  const demand = functions.map((fn) => (fn.reservedConcurrency == null ? fn.requestsPerMonth.times(billedDurationMs(fn.durationMs, prices.billingGranularityMs)) : ZERO));
  const total = sum(demand);
  const perFunction = functions.map((fn, index) => {
    if (fn.reservedConcurrency != null) return new Decimal(fn.reservedConcurrency);
    return total.isZero() ? pool : pool.times(demand[index]!).dividedBy(total);
  });
  known.set(functions, { limit: limits.accountConcurrencyLimit, prices, perFunction });
  return perFunction;
}

/** Requests an hour a limit of `limit` concurrent executions serves at `billedMs` each: limit × 3,600,000 ms ÷ billed ms. */
export function servedPerHourAt(limit: Decimal, billedMs: Decimal): Decimal {
  return limit.times(MS_PER_HOUR).dividedBy(billedMs);
}

/** A function's month as served: each hour group's requests up to its limit; the rest throttled. */
export interface Served {
  readonly requests: Decimal;
  readonly throttled: Decimal;
  /** Requests an hour the limit serves at most; null without a limit. */
  readonly perHourLimit: Decimal | null;
  /** Whether the hours of a group are over the limit. */
  readonly over: (group: HourGroup) => boolean;
}

/**
 * The requests `requestsPerMonth` of a function running `billedMs` each serves
 * under `limit`: in each hour group, its requests up to limit × 3,600 s ÷
 * billed seconds. Hours within the limit add their exact share of the month,
 * so that a month nowhere over it serves every request, to the digit.
 */
export function servedRequests(requestsPerMonth: Decimal, billedMs: Decimal, limit: Decimal | null, profile: MonthProfile): Served {
  if (limit === null) return { requests: requestsPerMonth, throttled: ZERO, perHourLimit: null, over: () => false };
  const perHourLimit = servedPerHourAt(limit, billedMs);
  const over = (group: HourGroup) => requestsPerHour(requestsPerMonth, group, profile).greaterThan(perHourLimit);
  let withinWeight = ZERO;
  let overHours = 0;
  for (const group of profile.groups) {
    if (over(group)) overHours += group.hours;
    else withinWeight = withinWeight.plus(group.weight.times(group.hours));
  }
  if (overHours === 0) return { requests: requestsPerMonth, throttled: ZERO, perHourLimit, over };
  const requests = requestsPerMonth.times(withinWeight).dividedBy(profile.totalWeight).plus(perHourLimit.times(overHours));
  return { requests, throttled: requestsPerMonth.minus(requests), perHourLimit, over };
}

/**
 * Sweep volumes where a function's served requests stop growing in an hour
 * group: where the group's requests reach its limit. `base`: the sweep's
 * volume at the scenario's own.
 */
export function throttleKinks(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile, base: Decimal): Decimal[] {
  const perFunction = concurrencyLimits(functions, limits, prices);
  const seen = new Set<string>();
  const kinks: Decimal[] = [];
  functions.forEach((fn, index) => {
    const limit = perFunction[index];
    if (!limit || fn.requestsPerMonth.isZero()) return;
    const perHour = servedPerHourAt(limit, billedDurationMs(fn.durationMs, prices.billingGranularityMs));
    for (const group of profile.groups) {
      if (group.weight.isZero()) continue;
      // hourly requests = R / base × fn requests × weight / total weight, at the limit
      const kink = perHour.times(profile.totalWeight).times(base).dividedBy(fn.requestsPerMonth.times(group.weight));
      const key = kink.toString();
      if (!seen.has(key)) {
        seen.add(key);
        kinks.push(kink);
      }
    }
  });
  return kinks;
}

/**
 * The functions with their requests as served: what follows each invocation
 * (its log lines) follows these. The same list when nothing is throttled.
 */
export function servedFunctions(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile): readonly LambdaFunction[] {
  const perFunction = concurrencyLimits(functions, limits, prices);
  let changed = false;
  const served = functions.map((fn, index) => {
    const { requests, throttled } = servedRequests(fn.requestsPerMonth, billedDurationMs(fn.durationMs, prices.billingGranularityMs), perFunction[index] ?? null, profile);
    if (throttled.isZero()) return fn;
    changed = true;
    return { ...fn, requestsPerMonth: requests };
  });
  return changed ? served : functions;
}
