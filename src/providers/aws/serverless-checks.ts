// Limits and what they cost: the account's concurrency limit and a function's
// reserved concurrency (requests beyond them are throttled), the 15-minute
// execution limit, and the cost bomb: the bill if the API were hammered at its
// throttle (or, without one, at the concurrency limit) all month.
import { Decimal, sum } from '../../core/money.js';
import { formatCount as count, formatUsd as usd, groupDigits } from '../../core/numbers.js';
import { type CostCurve, lastVolumeWithin, pricedAt } from '../../core/solver.js';
import { hourRuns, type MonthProfile, monthProfile, requestsPerHour, STEADY } from '../../core/traffic.js';
import type { Warning } from '../../core/types.js';
import { serverlessCurve } from './breakeven.js';
import { type Advice, coldStarts, coldStartsCoveredBy, type ColdStarts, DEFAULT_LAMBDA_SETTINGS, type FunctionUsage, lambdaLineItems, lambdaUsdWith } from './lambda/index.js';
import { serverlessCost } from './platforms.js';
import { atVolume, headlineRequests } from './scale.js';
import type { PriceBook, RegionPrices, Scenario } from './types.js';
import { GB_PER_MB, HOURS_PER_MONTH, PER_MILLION, SECONDS_PER_HOUR, SECONDS_PER_MS } from '../../core/units.js';
import { setting } from '../../core/refer.js';

const SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR;
/** Lambda's limit on one invocation, in ms. */
const EXECUTION_LIMIT_MS = 900_000;
/** Lambda's synchronous invocation payload, request or response: 6 MB. */
const SYNC_PAYLOAD_LIMIT_KB = 6 * 1024;
/** Cold starts on more than this share of requests are worth a warning. */
const COLD_START_SHARE_WARNING = 0.01;

/** Throttled requests when concurrency above `limit` is refused, hour group by hour group. */
function throttled(concurrencyPerGroup: readonly number[], requestsPerGroup: readonly number[], profile: MonthProfile, limit: number): number {
  return profile.groups.reduce((total, group, index) => {
    const concurrency = concurrencyPerGroup[index] ?? 0;
    return concurrency > limit ? total + (requestsPerGroup[index] ?? 0) * (1 - limit / concurrency) * group.hours : total;
  }, 0);
}

export function limitWarnings(scenario: Scenario, usage: readonly FunctionUsage[], profile: MonthProfile): Warning[] {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const found: Warning[] = [];
  // Concurrency (an estimate, not money): requests a second × billed seconds, in each hour group.
  const perFunction = scenario.functions.map((fn, index) => {
    const seconds = (usage[index]?.billedDurationMs.toNumber() ?? 0) / 1000;
    const requests = profile.groups.map((group) => requestsPerHour(fn.requestsPerMonth, group, profile).toNumber());
    return { fn, requests, concurrency: requests.map((perHour) => (perHour / SECONDS_PER_HOUR) * seconds) };
  });
  const total = profile.groups.map((_group, index) => perFunction.reduce((sum, f) => sum + (f.concurrency[index] ?? 0), 0));
  const peak = Math.max(0, ...total);
  const limit = settings.accountConcurrencyLimit;
  if (peak > limit) {
    const allRequests = profile.groups.map((_group, index) => perFunction.reduce((sum, f) => sum + (f.requests[index] ?? 0), 0));
    found.push({
      id: 'concurrency_limit',
      message: `the functions peak at about ${count(peak)} concurrent executions, over the account limit of ${count(limit)} per region: about ${count(throttled(total, allRequests, profile, limit))} requests a month would be throttled; ask AWS to raise the limit (${setting('account-concurrency-limit')} records it)`,
    });
  }
  for (const f of perFunction) {
    const reserved = f.fn.reservedConcurrency;
    if (reserved === null || reserved === undefined) continue;
    const fnPeak = Math.max(0, ...f.concurrency);
    if (fnPeak > reserved) {
      found.push({
        id: 'reserved_concurrency',
        message: `function ${f.fn.name} peaks at about ${count(fnPeak)} concurrent executions, over its reserved concurrency of ${reserved}: about ${count(throttled(f.concurrency, f.requests, profile, reserved))} requests a month would be throttled`,
      });
    }
  }
  for (const api of scenario.apiGateways) {
    if (api.type === 'http' && api.requestSizeKb.greaterThan(SYNC_PAYLOAD_LIMIT_KB)) {
      found.push({
        id: 'payload_limit',
        message: `HTTP API requests of ${groupDigits(api.requestSizeKb)} KB are over Lambda's 6 MB limit on a synchronous payload: such requests fail; upload to S3 and pass a reference`,
      });
    }
  }
  for (const fn of scenario.functions) {
    // Valid, since a function can return in under a millisecond, but an average that short is more often seconds written as milliseconds.
    if (fn.durationMs.lessThan(1)) {
      found.push({
        id: 'duration_under_1ms',
        message: `function ${fn.name} averages ${fn.durationMs.toFixed()} ms, under a millisecond; ${setting('duration')} is in milliseconds: did you mean ${fn.durationMs.times(1000).toFixed()} ms (${fn.durationMs.toFixed()} s)?`,
      });
    }
    if (fn.durationMs.toNumber() > 0.8 * EXECUTION_LIMIT_MS) {
      found.push({
        id: 'execution_time_limit',
        message: `function ${fn.name} runs ${(fn.durationMs.toNumber() / 60_000).toFixed(1)} minutes on average, close to Lambda's 15-minute limit: longer runs are cut off; split the work or run it on containers`,
      });
    }
  }
  return found;
}

/**
 * The monthly requests of the worst month: the API hammered at its throttle,
 * or without one, every function at the account's concurrency limit, all
 * month. Null when that is no more than the scenario's own traffic.
 */
export function worstMonthRequests(scenario: Scenario): Decimal | null {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const headline = headlineRequests(scenario);
  if (headline.isZero()) return null;
  // The API's requests are the headline's share; at the limit, every function runs flat out in proportion.
  const seconds = scenario.functions.reduce((total, fn) => total + fn.requestsPerMonth.toNumber() * fn.durationMs.toNumber(), 0) / 1000 / headline.toNumber();
  const worstRequests = settings.throttleRps
    ? settings.throttleRps.times(SECONDS_PER_MONTH)
    : new Decimal(settings.accountConcurrencyLimit).dividedBy(Math.max(seconds, 1e-9)).times(SECONDS_PER_MONTH).round();
  return worstRequests.greaterThan(headline) ? worstRequests : null;
}

/**
 * The worst month's bill, and the throttle that would keep it within
 * `multiple` times the expected bill. `steadyCurve`, when given, is the
 * serverless bill of the scenario under steady traffic over a range that
 * holds the scenario's volume to the worst month's (the estimate shares the
 * one it fits for the break-even search).
 */
/**
 * `expectedUsd`: the month's exact bill, which the cap is a multiple of; `shownUsd`: the same bill as the
 * estimate prints it (its lines in cents, added up), which the message quotes, so that the two agree.
 */
export function costBomb(
  scenario: Scenario,
  book: PriceBook,
  prices: RegionPrices,
  where: string,
  expectedUsd: Decimal,
  steadyCurve: CostCurve | null = null,
  shownUsd: Decimal = expectedUsd,
): Warning | null {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const headline = headlineRequests(scenario);
  const worstRequests = worstMonthRequests(scenario);
  if (!worstRequests) return null;
  // The worst month is flat: the same load every hour, so provisioned environments fill in every hour alike.
  const flat: Scenario = { ...scenario, traffic: STEADY };
  // The steady curve priced the worst month already, as the end of its range.
  const worstUsd = pricedAt(steadyCurve?.priced, worstRequests) ?? serverlessCost(atVolume(flat, worstRequests), prices, monthProfile(STEADY), where).exactUsd;
  const cap = expectedUsd.times(settings.costBombMultiple);
  if (!worstUsd.greaterThan(cap)) return null;
  // A month inside the free tier costs nothing, so no multiple of it makes sense: the cap is the free tier itself.
  const against = expectedUsd.isZero()
    ? `against the expected ${usd(shownUsd)}`
    : `${groupDigits(worstUsd.dividedBy(expectedUsd).toDecimalPlaces(0))}× the expected ${usd(shownUsd)}`;
  const keeps = expectedUsd.isZero() ? 'within the free tier' : `within ${settings.costBombMultiple}× the expected bill`;
  const how = settings.throttleRps
    ? `if the API were hammered at its throttle of ${settings.throttleRps.toFixed()} requests a second all month`
    : `with no API throttle, traffic up to the concurrency limit of ${count(settings.accountConcurrencyLimit)} all month`;
  // The throttle that caps the worst month at the multiple: where the monthly cost curve reaches the cap.
  const most = lastVolumeWithin(steadyCurve ?? serverlessCurve(flat, book, headline, worstRequests, { known: [{ requests: worstRequests, usd: worstUsd }], until: cap }), cap);
  const exactRps = most.dividedBy(SECONDS_PER_MONTH);
  // Whole requests a second, except for an API so quiet that the throttle must be below one.
  const rps = exactRps.greaterThanOrEqualTo(1) ? exactRps.toDecimalPlaces(0, Decimal.ROUND_DOWN) : exactRps.toSignificantDigits(2, Decimal.ROUND_DOWN);
  return {
    id: 'cost_bomb',
    message: `${how}, the serverless bill would be ${usd(worstUsd)}, ${against}; an API throttle of ${groupDigits(rps)} requests a second (${setting('throttle')}) keeps the worst month ${keeps}`,
  };
}

/** Each function's cold starts, and a warning where they touch more than 1% of its requests. */
export function coldStartChecks(scenario: Scenario, prices: RegionPrices): { perFunction: ColdStarts[]; warnings: Warning[] } {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const runs = hourRuns(scenario.traffic);
  const perFunction = scenario.functions.map((fn) => coldStarts(fn, prices.lambda, runs, settings.idleTimeoutMinutes));
  const warnings = scenario.functions.flatMap((fn, index): Warning[] => {
    const cold = perFunction[index]!;
    if (cold.share <= COLD_START_SHARE_WARNING || fn.provisioned) return [];
    const latency = cold.addedLatencyMs ? `, each adding about ${cold.addedLatencyMs.p50} ms (p99 ${cold.addedLatencyMs.p99} ms)` : '';
    return [
      {
        id: 'cold_start_share',
        message: `function ${fn.name}: about ${count(cold.perMonth)} cold starts a month, ${(cold.share * 100).toFixed(1)}% of its requests${latency}`,
      },
    ];
  });
  return { perFunction, warnings };
}

/** What removing the cold starts would cost: provisioned concurrency for the peak, or only in busy hours, and keep-warm pings. */
export function coldStartAdvice(scenario: Scenario, prices: RegionPrices, profile: MonthProfile, where: string, cold: readonly ColdStarts[]): Advice[] {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const advice: Advice[] = [];
  const runs = hourRuns(scenario.traffic);
  const lambdaUsd = sum(lambdaLineItems(scenario.functions, prices.lambda, profile, scenario.freeTier, where).lineItems.map((item) => item.exactUsd));
  scenario.functions.forEach((fn, index) => {
    const c = cold[index]!;
    if (fn.provisioned || c.perMonth < 1 || fn.requestsPerMonth.isZero()) return;
    // The environments this percentile of hours needs; below 100, the busiest hours keep some cold starts.
    const count =
      nearestRank(
        c.perRun.map((run) => ({ value: run.environments, count: run.hours })),
        settings.provisionedConcurrencyPercentile,
      ) ?? c.peakEnvironments;
    const covered = count >= c.peakEnvironments ? c.perMonth : coldStartsCoveredBy(count, fn, prices.lambda, runs, settings.idleTimeoutMinutes);
    // Only the Lambda bill changes: priced with this one function changed, from the others' usage added up once.
    const withProvisioned = (hoursPerMonth: number) =>
      lambdaUsdWith(
        scenario.functions,
        index,
        { ...fn, provisioned: { count, hoursPerMonth, requestsPerMonth: null, durationMs: null } },
        prices.lambda,
        profile,
        scenario.freeTier,
        where,
      ).minus(lambdaUsd);
    const perColdStart = (usdDelta: Decimal, removed: number) => (removed >= 1 ? usdDelta.dividedBy(Math.round(removed)) : null);
    const allMonth = withProvisioned(HOURS_PER_MONTH);
    advice.push({
      function: fn.name,
      kind: 'provisioned_concurrency',
      count,
      hoursPerMonth: HOURS_PER_MONTH,
      monthlyUsd: allMonth,
      coldStartsRemoved: covered,
      usdPerColdStartAvoided: perColdStart(allMonth, covered),
    });
    if (scenario.traffic.pattern === 'diurnal') {
      // On only in the busy hours: it removes their cold starts; the quiet hours keep theirs.
      const busiest = Math.max(...runs.map((run) => run.share));
      const busyCold = c.perRun.reduce((total, run) => (run.share >= busiest - 1e-12 ? total + run.coldPerHour * run.hours + run.scaleUp : total), 0);
      const removed = Math.min(covered, busyCold);
      const scheduled = withProvisioned(profile.groups[0]!.hours);
      advice.push({
        function: fn.name,
        kind: 'scheduled_provisioned_concurrency',
        count,
        hoursPerMonth: profile.groups[0]!.hours,
        monthlyUsd: scheduled,
        coldStartsRemoved: removed,
        usdPerColdStartAvoided: perColdStart(scheduled, removed),
      });
    }
    // A ping every 5 minutes keeps one environment warm: 8,760 invocations a month of about 1 ms.
    const pings = new Decimal(HOURS_PER_MONTH * 12);
    const durationPrice = prices.lambda.durationPerGbSecond[fn.architecture]?.[0]?.usd ?? new Decimal(0);
    const keepWarm = pings.times(prices.lambda.requestsPerMillionUsd).times(PER_MILLION).plus(pings.times(SECONDS_PER_MS).times(fn.memoryMb).times(GB_PER_MB).times(durationPrice));
    const singleEnvironment = c.firstEnvironment;
    // Busy enough that the first environment never idles out: a ping would prevent nothing.
    if (singleEnvironment < 1) return;
    advice.push({
      function: fn.name,
      kind: 'keep_warm',
      count: 1,
      hoursPerMonth: HOURS_PER_MONTH,
      monthlyUsd: keepWarm,
      coldStartsRemoved: singleEnvironment,
      usdPerColdStartAvoided: perColdStart(keepWarm, singleEnvironment),
    });
  });
  return advice;
}

/**
 * The `percentile`th by nearest rank of values each held `count` times (a
 * month's hours, run by run): what writing each out `count` times, sorting
 * and taking the ⌈p/100 · n⌉th would give.
 */
export function nearestRank(values: readonly { value: number; count: number }[], percentile: number): number | undefined {
  const counts = new Map<number, number>();
  let total = 0;
  for (const { value, count } of values) {
    counts.set(value, (counts.get(value) ?? 0) + count);
    total += count;
  }
  const rank = Math.max(0, Math.ceil((percentile / 100) * total) - 1);
  let seen = 0;
  for (const value of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(value)!;
    if (seen > rank) return value;
  }
  return undefined;
}
