// Requests beyond a concurrency limit are throttled, and Lambda bills a request
// only when it starts running: the bill counts the requests each function
// serves. A function's limit is its reserved concurrency; the functions without
// one share what the account's limit leaves unreserved, in proportion to what
// each asks of it (docs/cold-starts.md, "Throttled requests are not billed").
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { HourGroup, MonthProfile } from '../../../core/traffic.js';
import { requestsPerHour } from '../../../core/traffic.js';
import { HOURS_PER_MONTH, MS_PER_HOUR } from '../../../core/units.js';
import { copiesOf, timesCopies } from './alike.js';
import { modelsProvisioned } from './provisioned.js';
import { DEFAULT_LAMBDA_SETTINGS, nobodyWaits } from './settings.js';
import type { LambdaFunction, LambdaPrices } from './types.js';

/** Where the functions' limits come from: the account's limit (each function's reserved concurrency beside it), or each function's limit as worked out already. */
export type Limits = { readonly accountConcurrencyLimit: number } | { readonly perFunction: readonly (Decimal | null)[] };

/** The limits a scenario's settings give: AWS's default account limit when it says none. */
export function limitsOf(scenario: { readonly settings?: { readonly accountConcurrencyLimit: number } | undefined }): Limits {
  const accountConcurrencyLimit = scenario.settings?.accountConcurrencyLimit ?? DEFAULT_LAMBDA_SETTINGS.accountConcurrencyLimit;
  // One object per limit, so that what is worked out for it can be remembered by it.
  let limits = accountLimits.get(accountConcurrencyLimit);
  if (!limits) accountLimits.set(accountConcurrencyLimit, (limits = { accountConcurrencyLimit }));
  return limits;
}

const accountLimits = new Map<number, Limits>();

/** No limit at all: every request served (a function priced on its own, as if nothing throttled it). */
export const UNLIMITED: Limits = { perFunction: [] };

const MS_PER_HOUR_DECIMAL = new Decimal(MS_PER_HOUR);

/** The concurrency the functions reserve between them, each function counted for every one it stands for. */
export function reservedTotal(functions: readonly LambdaFunction[]): number {
  let reserved = 0;
  for (const fn of functions) reserved += (fn.reservedConcurrency ?? 0) * copiesOf(fn);
  return reserved;
}

/**
 * The environments provisioned on functions without reserved concurrency, all at once: they come out of the account's
 * unreserved concurrency (a reserved function's come out of its reservation).
 */
export function provisionedUnreserved(functions: readonly LambdaFunction[]): number {
  let provisioned = 0;
  for (const fn of functions) {
    if (fn.reservedConcurrency == null && fn.provisioned && fn.provisioned.hoursPerMonth > 0) provisioned += fn.provisioned.count * copiesOf(fn);
  }
  return provisioned;
}

/** What the unreserved functions share: the account's limit less every reservation (reserved concurrency is set aside whether used or not). */
export function unreservedPool(functions: readonly LambdaFunction[], accountConcurrencyLimit: number): Decimal {
  return new Decimal(Math.max(0, accountConcurrencyLimit - reservedTotal(functions)));
}

/** The pool and each unreserved function's demand on it (requests × ms each runs), with the limits they give. */
interface Pool {
  readonly limit: number;
  readonly prices: LambdaPrices;
  readonly profile: MonthProfile;
  readonly pool: Decimal;
  /** Each function's demand (none for a reserved one) and their total, exactly: worked out when first asked for. */
  readonly exact: () => { readonly demand: readonly Decimal[]; readonly total: Decimal };
  readonly perFunction: readonly (Decimal | null)[];
  /** Each function's limit whether reached or not, for the functions whose provisioned share is modelled: worked out when first asked for. */
  readonly ceilings: () => readonly (Decimal | null)[];
}

const known = new WeakMap<readonly LambdaFunction[], Pool>();

// An invocation holds its environment while it runs: for its duration, not the duration it is billed (rounded up to the
// table's step, 100 ms before December 2020), as AWS counts concurrency: requests a second × average duration.
const demandOf = (fn: LambdaFunction) => (fn.reservedConcurrency == null ? fn.requestsPerMonth.times(fn.durationMs) : ZERO);

/** An unreserved function's share of the pool: in proportion to its demand. */
const shareOf = (pool: Decimal, demand: Decimal, total: Decimal) => (total.isZero() ? pool : pool.times(demand).dividedBy(total));

/** Concurrency in the busiest hour of a demand (requests × ms a month): demand × its weight ÷ (total weight × 3,600,000 ms). */
const busiestConcurrency = (demand: Decimal, profile: MonthProfile) => {
  const busiest = profile.groups[0];
  return busiest ? demand.times(busiest.weight).dividedBy(profile.totalWeight.times(MS_PER_HOUR_DECIMAL)) : ZERO;
};

/** Whether a limit is reached in the busiest hour, by a function's own demand (reserved) or the pool's (unreserved). */
const reached = (limit: Decimal, demand: Decimal, profile: MonthProfile) => busiestConcurrency(demand, profile).greaterThan(limit);

const busiestShares = new WeakMap<MonthProfile, number>();

/** The busiest hour's share of the month, in binary floating point. */
function busiestShare(profile: MonthProfile): number {
  let share = busiestShares.get(profile);
  if (share === undefined) busiestShares.set(profile, (share = profile.groups[0] ? profile.groups[0].weight.dividedBy(profile.totalWeight).toNumber() : 0));
  return share;
}

/**
 * Demand past which a limit may be reached, in floating point, with a margin
 * on top, so that below it the limit is surely not reached and nothing need be
 * worked out exactly (a template of thousands of functions far below its limits).
 */
const surelyBelow = (demandBound: number, share: number, limit: number) => (demandBound * share * (1 + 1e-9)) / MS_PER_HOUR < limit;

const bounds = new WeakMap<LambdaFunction, number>();

function poolOf(functions: readonly LambdaFunction[], accountConcurrencyLimit: number, prices: LambdaPrices, profile: MonthProfile): Pool {
  const last = known.get(functions);
  if (last && last.limit === accountConcurrencyLimit && last.prices === prices && last.profile === profile) return last;
  const pool = unreservedPool(functions, accountConcurrencyLimit);
  let exactly: { demand: readonly Decimal[]; total: Decimal } | null = null;
  const exact = () => {
    if (!exactly) {
      // Each function's own demand; the total counts each copy.
      const demand = functions.map(demandOf);
      exactly = { demand, total: sum(demand.map((each, index) => timesCopies(each, functions[index]!))) };
    }
    return exactly;
  };
  const share = busiestShare(profile);
  const bound = (fn: LambdaFunction) => {
    // A month priced again with one function changed (the cost bomb, the advice) keeps the others' objects: each bound is worked out once.
    let found = bounds.get(fn);
    if (found === undefined) bounds.set(fn, (found = fn.requestsPerMonth.toNumber() * fn.durationMs.toNumber()));
    return found;
  };
  let unreservedBound = 0;
  for (const fn of functions) if (fn.reservedConcurrency == null) unreservedBound += bound(fn) * copiesOf(fn);
  const full = !surelyBelow(unreservedBound, share, pool.toNumber()) && reached(pool, exact().total, profile);
  // Functions alike (a template's, one after another) have equal demands: their share is worked out once.
  let lastShare: { demand: Decimal; share: Decimal } | null = null;
  const shareAt = (index: number) => {
    const demand = exact().demand[index]!;
    if (!lastShare || !lastShare.demand.equals(demand)) lastShare = { demand, share: shareOf(pool, demand, exact().total) };
    return lastShare.share;
  };
  // A limit nowhere reached changes nothing: null, so that the function's usage is the one worked out without it.
  const perFunction = functions.map((fn, index) => {
    if (fn.reservedConcurrency == null) return full ? shareAt(index) : null;
    if (surelyBelow(bound(fn), share, fn.reservedConcurrency)) return null;
    const own = new Decimal(fn.reservedConcurrency);
    return reached(own, fn.requestsPerMonth.times(fn.durationMs), profile) ? own : null;
  });
  let ceilingsOf: readonly (Decimal | null)[] | null = null;
  const ceilings = () =>
    (ceilingsOf ??= functions.some(modelsProvisioned)
      ? functions.map((fn, index) => {
          if (!modelsProvisioned(fn)) return null;
          return fn.reservedConcurrency == null ? shareAt(index) : new Decimal(fn.reservedConcurrency);
        })
      : []);
  const found = { limit: accountConcurrencyLimit, prices, profile, pool, exact, perFunction, ceilings };
  known.set(functions, found);
  return found;
}

/**
 * Each function's concurrency limit, in concurrent executions, where it is
 * reached in the busiest hour (null where it is not: nothing is throttled).
 * Reserved concurrency is the function's own. The unreserved functions share
 * the pool in proportion to their demand (requests × duration): in an
 * hour that asks more of the pool than it holds, every unreserved function
 * loses the same share of its requests, which is what a shared pool does to
 * requests arriving at random (each finds it full alike, whichever function
 * it is for). Every function follows the one traffic shape, so the shares
 * are the same in every hour and at every volume the sweep scales the
 * scenario to: each function's limit is a constant, and its served requests
 * bend only where an hour group reaches it.
 */
export function concurrencyLimits(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile): readonly (Decimal | null)[] {
  if ('perFunction' in limits) return limits.perFunction.length === functions.length ? limits.perFunction : functions.map((_fn, index) => limits.perFunction[index] ?? null);
  return poolOf(functions, limits.accountConcurrencyLimit, prices, profile).perFunction;
}

/**
 * Each function's concurrency limit whether or not it is reached (null where
 * it has none): its reserved concurrency, or its share of the pool, which is
 * the same at every volume a sweep scales the scenario to. What a function
 * whose provisioned share is modelled needs, to know the volume at which each
 * of its hour groups will reach the limit (provisioned.ts); worked out for
 * those functions alone, so that a list without them costs nothing more
 * (an empty list: none for any).
 */
export function concurrencyCeilings(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile): readonly (Decimal | null)[] {
  if ('perFunction' in limits) return limits.perFunction;
  return poolOf(functions, limits.accountConcurrencyLimit, prices, profile).ceilings();
}

/**
 * The limits with `functions[index]` replaced: its own, and the others' when
 * they serve differently (null when they serve as before). A replacement that
 * asks the pool as much as before leaves every share as it was; one that asks
 * more or less moves the others' shares, which matters only where the pool is
 * full in the busiest hour, before or after. So trying a change to each of many
 * functions costs one function's work each, not the whole list's.
 */
export function limitsWithReplaced(
  functions: readonly LambdaFunction[],
  limits: Limits,
  prices: LambdaPrices,
  profile: MonthProfile,
  index: number,
  replacement: LambdaFunction,
): { own: Decimal | null; others: ((index: number) => Decimal | null) | null } {
  if ('perFunction' in limits) return { own: limits.perFunction[index] ?? null, others: null };
  const before = poolOf(functions, limits.accountConcurrencyLimit, prices, profile);
  const original = functions[index]!;
  // A reservation changed changes the pool itself: every share is worked out again.
  if ((replacement.reservedConcurrency ?? null) !== (original.reservedConcurrency ?? null)) {
    const after = concurrencyLimits(
      functions.map((fn, i) => (i === index ? replacement : fn)),
      limits,
      prices,
      profile,
    );
    return { own: after[index] ?? null, others: (i) => after[i] ?? null };
  }
  if (replacement.reservedConcurrency != null) {
    const own = new Decimal(replacement.reservedConcurrency);
    return { own: reached(own, replacement.requestsPerMonth.times(replacement.durationMs), profile) ? own : null, others: null };
  }
  const demand = demandOf(replacement);
  if (demand.equals(demandOf(original))) return { own: before.perFunction[index] ?? null, others: null };
  const { demand: demands, total: totalBefore } = before.exact();
  const total = totalBefore.minus(timesCopies(demands[index]!, original)).plus(timesCopies(demand, replacement));
  const fullBefore = reached(before.pool, totalBefore, profile);
  const fullAfter = reached(before.pool, total, profile);
  if (!fullBefore && !fullAfter) return { own: null, others: null };
  const own = fullAfter ? shareOf(before.pool, demand, total) : null;
  // Each function's, asked for one by one: a month of thousands of functions alike asks for one of each kind.
  return {
    own,
    others: (i) => (i === index ? own : functions[i]!.reservedConcurrency != null ? (before.perFunction[i] ?? null) : fullAfter ? shareOf(before.pool, demands[i]!, total) : null),
  };
}

/** Requests an hour a limit of `limit` concurrent executions serves at `durationMs` each: limit × 3,600,000 ms ÷ duration. */
export function servedPerHourAt(limit: Decimal, durationMs: Decimal): Decimal {
  return limit.times(MS_PER_HOUR_DECIMAL).dividedBy(durationMs);
}

/**
 * Whether what a limit holds back of `fn` waits to run later: nobody waits on it, and its queue keeps the messages, its
 * stream the records, or Lambda retries the asynchronous event (Lambda@Edge's viewers get an error instead).
 */
export function keepsThrottled(fn: LambdaFunction): boolean {
  return nobodyWaits(fn.trigger) && !fn.edge;
}

/** A function's month as served: each hour group's requests up to its limit, and what its source keeps of the rest where the month has room; the rest throttled. */
export interface Served {
  readonly requests: Decimal;
  readonly throttled: Decimal;
  /** Held back in the hours over the limit and run in quieter ones, where the function's source keeps them: among `requests`. */
  readonly deferred: Decimal;
  /** Requests an hour the limit serves at most; null without a limit. */
  readonly perHourLimit: Decimal | null;
  /** Whether the hours of a group are over the limit. */
  readonly over: (group: HourGroup) => boolean;
}

/**
 * The requests `requestsPerMonth` of a function running `durationMs` each serves
 * under `limit`: in each hour group, its requests up to limit × 3,600 s ÷
 * seconds each. Hours within the limit add their exact share of the month,
 * so that a month nowhere over it serves every request, to the digit. Where
 * the function's source keeps what the limit holds back (`keeps`), that runs
 * in the hours the limit has room: the month serves up to limit × 730 hours'
 * worth, every request while its average is within the limit.
 */
export function servedRequests(requestsPerMonth: Decimal, durationMs: Decimal, limit: Decimal | null, profile: MonthProfile, keeps = false): Served {
  if (limit === null) return { requests: requestsPerMonth, throttled: ZERO, deferred: ZERO, perHourLimit: null, over: () => false };
  const perHourLimit = servedPerHourAt(limit, durationMs);
  const over = (group: HourGroup) => requestsPerHour(requestsPerMonth, group, profile).greaterThan(perHourLimit);
  // The groups come busiest first: within the limit there, within it everywhere.
  const busiest = profile.groups[0];
  if (!busiest || !over(busiest)) return { requests: requestsPerMonth, throttled: ZERO, deferred: ZERO, perHourLimit, over: () => false };
  let withinWeight = ZERO;
  let overHours = 0;
  for (const group of profile.groups) {
    if (over(group)) overHours += group.hours;
    else withinWeight = withinWeight.plus(group.weight.times(group.hours));
  }
  if (overHours === 0) return { requests: requestsPerMonth, throttled: ZERO, deferred: ZERO, perHourLimit, over };
  const inTheirHour = requestsPerMonth.times(withinWeight).dividedBy(profile.totalWeight).plus(perHourLimit.times(overHours));
  const requests = keeps ? Decimal.min(requestsPerMonth, perHourLimit.times(HOURS_PER_MONTH)) : inTheirHour;
  return { requests, throttled: requestsPerMonth.minus(requests), deferred: requests.minus(inTheirHour), perHourLimit, over };
}

/**
 * Sweep volumes where a function's served requests stop growing in an hour
 * group: where the group's requests reach its limit; for a function whose
 * source keeps what the limit holds back, where the month's requests reach what
 * the limit serves in 730 hours (its served requests bend there alone, its
 * billed cold starts at the groups too). `throttledOnly`: only where requests
 * start to be throttled, not held back. `base`: the sweep's volume at the
 * scenario's own.
 */
export function throttleKinks(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile, base: Decimal, throttledOnly = false): Decimal[] {
  const perFunction = concurrencyLimits(functions, limits, prices, profile);
  const kinks: Decimal[] = [];
  // The unreserved functions reach their shares of the pool together, where the pool fills: one bend a group for all of
  // them, and where the month's hours fill it for those whose sources keep what it holds back.
  const pool = 'perFunction' in limits ? null : poolOf(functions, limits.accountConcurrencyLimit, prices, profile);
  const total = pool?.exact().total;
  if (pool && total && !total.isZero()) {
    const unreserved = functions.filter((fn) => fn.reservedConcurrency == null);
    if (!throttledOnly || !unreserved.every(keepsThrottled))
      for (const group of profile.groups) {
        // the pool fills where R / base × total demand × weight ÷ (total weight × 3,600,000 ms) = pool
        if (!group.weight.isZero()) kinks.push(pool.pool.times(MS_PER_HOUR_DECIMAL).times(profile.totalWeight).times(base).dividedBy(total.times(group.weight)));
      }
    // the month's hours fill it where R / base × total demand = pool × 730 × 3,600,000 ms
    if (unreserved.some(keepsThrottled)) kinks.push(pool.pool.times(MS_PER_HOUR_DECIMAL).times(HOURS_PER_MONTH).times(base).dividedBy(total));
  }
  functions.forEach((fn, index) => {
    // A reservation not reached at the scenario's own volume is reached further up the sweep.
    const limit = pool ? (fn.reservedConcurrency == null ? null : new Decimal(fn.reservedConcurrency)) : perFunction[index];
    if (!limit || fn.requestsPerMonth.isZero()) return;
    const perHour = servedPerHourAt(limit, fn.durationMs);
    const keeps = keepsThrottled(fn);
    if (!throttledOnly || !keeps)
      for (const group of profile.groups) {
        // hourly requests = R / base × fn requests × weight / total weight, at the limit
        if (!group.weight.isZero()) kinks.push(perHour.times(profile.totalWeight).times(base).dividedBy(fn.requestsPerMonth.times(group.weight)));
      }
    // R / base × fn requests = per hour × 730
    if (keeps) kinks.push(perHour.times(HOURS_PER_MONTH).times(base).dividedBy(fn.requestsPerMonth));
  });
  return kinks;
}
