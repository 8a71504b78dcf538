// Limits and what they cost: the account's concurrency limit and a function's
// reserved concurrency (requests beyond them are throttled), the 15-minute
// execution limit, and the cost bomb: the bill if the traffic of one way in
// ran at its cap all month.
import { Decimal, sum, ZERO } from '../../core/money.js';
import { formatCount as count, formatCounted as counted, formatUsd as usd, groupDigits, UNDER_A_CENT } from '../../core/numbers.js';
import { hourRuns, type MonthProfile, monthProfile, requestsPerHour, STEADY } from '../../core/traffic.js';
import type { CostBombFigures, Warning } from '../../core/types.js';
import {
  alikeButName,
  alikeKinds,
  type ColdStartAdvice,
  coldStarts,
  coldStartsCoveredByRun,
  type ColdStarts,
  DEFAULT_LAMBDA_SETTINGS,
  type FunctionUsage,
  functionUsage,
  concurrencyCeilings,
  type LambdaFunction,
  type LambdaSettings,
  billedInitMs,
  fromTemplate,
  initBilledOfUnknownLength,
  concurrencyLimits,
  keepsThrottled,
  lambdaLineItems,
  limitsOf,
  MAX_QUEUE_MAXIMUM_CONCURRENCY,
  provisionedUnreserved,
  reservedTotal,
  unreservedPool,
  lambdaUsdWith,
  shapeOf,
  nobodyWaits,
  queueConcurrency,
  streamConcurrency,
  type Trigger,
} from './lambda/index.js';
import { serverlessCost } from './platforms.js';
import { atVolume, functionScaled, headlineRequests, volumeFactor } from './scale.js';
import type { RegionPrices, Scenario } from './types.js';
import { gbSeconds, HOURS_PER_MONTH, PER_MILLION, SECONDS_PER_HOUR, SECONDS_PER_MONTH, SECONDS_PER_MS } from '../../core/units.js';
import { setting } from '../../core/refer.js';
import { listNames } from '../../core/names.js';

/**
 * A Lambda@Edge function runs in the Regions nearest CloudFront's locations, each with a concurrency limit of its own:
 * the limit one Region's account gives it bounds one Region's share of the worst month, not the whole.
 */
const EDGE_REGIONS = ' (Lambda@Edge runs in each Region CloudFront sends it to, each with a concurrency limit of its own, so the worst month across Regions may be higher)';

/**
 * Lambda reads a Kinesis or DynamoDB stream one batch per shard at a time (up to ten with a parallelization factor),
 * and a Kafka topic with at most one consumer per partition: a stream of fewer shards or partitions than the cap holds
 * its consumer's worst month below the one priced. Where they are not known the bound is said, not priced, with where
 * to give them. A Kafka consumer was told of shards alone, which its topic has not.
 */
function streamShardsUnknown(limitsIn: LambdaSettings['limitsIn']): string {
  const where = limitsIn === undefined || limitsIn === 'scenario' ? setting('stream-shards') : setting('stream-shards-usage');
  return ` (Lambda reads a stream one batch per shard at a time, up to 10 per shard with a parallelization factor, and a Kafka topic one batch per partition: a stream whose shards or partitions allow fewer concurrent executions than this keeps the worst month lower; its shards, or a Kafka topic's partitions, given in ${where}, bound it)`;
}

/** The most executions the stream that invokes `fn` lets run at once; null where its shards are not known or no stream invokes it. */
function streamCapOf(fn: LambdaFunction): number | null {
  return fn.trigger === 'stream' && fn.streamShards ? streamConcurrency(fn.streamShards) : null;
}

/** A function's stream cap in words: `its 4 shards × a parallelization factor of 2 = 8 concurrent executions`. */
function streamCapWords(fn: LambdaFunction, cap: number): string {
  const parts = fn.streamShards ?? [];
  // A Kafka topic's partitions have no parallelization factor: "2 shards × a parallelization factor of 10" was said of one.
  if (parts.length === 1 && parts[0]!.kafka && parts[0]!.parallelizationFactor === 1) return `its topic's ${counted(cap, 'partition')}`;
  const each = parts
    .slice(0, SOURCES_LISTED)
    .map((part) =>
      part.kafka && part.parallelizationFactor === 1
        ? counted(part.shards, 'partition')
        : `${counted(part.shards, part.kafka ? 'partition' : 'shard')} × a parallelization factor of ${part.parallelizationFactor}`,
    );
  return `${parts.length === 1 ? 'its' : "its streams'"} ${summed(each, parts.length)} = ${counted(cap, 'concurrent execution')}`;
}

/** Whether every stream that invokes `fn` is a Kafka topic. */
const readsKafka = (fn: LambdaFunction): boolean => Boolean(fn.streamShards?.length && fn.streamShards.every((part) => part.kafka));

/**
 * How many of a function's sources its cap's words add up one by one (`2 + 3 + 4`); the rest are counted (`+ 496
 * more`): 499 mappings of one queue, each of 2, wrote a warning of 499 terms.
 */
const SOURCES_LISTED = 4;

/** The first of `total` terms `listed` (at most SOURCES_LISTED), added up in words, the rest counted. */
function summed(listed: readonly string[], total: number): string {
  return total <= SOURCES_LISTED ? listed.join(' + ') : `${listed.slice(0, SOURCES_LISTED - 1).join(' + ')} + ${count(total - SOURCES_LISTED + 1)} more`;
}

/** The most executions the SQS queues that invoke `fn` let run at once (their event sources' maximum concurrency); null where none caps it. */
function queueCapOf(fn: LambdaFunction): number | null {
  return fn.trigger === 'sqs' && fn.queueMaximumConcurrency?.length ? queueConcurrency(fn.queueMaximumConcurrency) : null;
}

/** A function's queue cap in words: `its queue's maximum concurrency of 2 concurrent executions`, or of its queues' `2 + 3 = 5`. */
function queueCapWords(fn: LambdaFunction, cap: number): string {
  const parts = fn.queueMaximumConcurrency ?? [];
  return parts.length === 1
    ? `its queue's maximum concurrency of ${counted(cap, 'concurrent execution')}`
    : `its queues' maximum concurrency of ${summed(
        parts.slice(0, SOURCES_LISTED).map((each) => count(each)),
        parts.length,
      )} = ${counted(cap, 'concurrent execution')}`;
}

/** A keep-warm ping's billed duration. */
const PING_MS = new Decimal(1);

/** Lambda's limit on one invocation, in ms. */
const EXECUTION_LIMIT_MS = 900_000;
/** Lambda's synchronous invocation payload, request or response: 6 MB. */
const SYNC_PAYLOAD_LIMIT_KB = 6 * 1024;
/** A microsecond, in ms: a duration under it is no second written as a millisecond. */
const MICROSECOND_MS = new Decimal('0.001');
/** Cold starts on more than this share of requests are worth a warning. */
const COLD_START_SHARE_WARNING = 0.01;

/**
 * A peak over `limit` in words: as a count, or with the fewest decimals (up to 3) that keep it over (2.28 against 2 is
 * "about 2.3", not "about 2"); nearer than that, "just over" the limit, or "under 0.001" above a limit of none.
 */
function peakOver(peak: number, limit: number): string {
  if (Math.round(peak) > limit) return `about ${count(peak)}`;
  for (let decimals = 1; decimals <= 3; decimals++) if (Number(peak.toFixed(decimals)) > limit) return `about ${peak.toFixed(decimals)}`;
  return limit === 0 ? 'under 0.001' : `just over ${count(limit)}`;
}

/** What keeps a function's throttled work for later, in words: its queue, its stream, or Lambda's retries of an event. */
function keeperOf(fn: LambdaFunction): string {
  return fn.trigger === 'sqs'
    ? 'its queue keeps the messages'
    : fn.trigger === 'stream'
      ? 'its stream keeps the records'
      : 'Lambda retries a throttled event for up to 6 hours (the bill counts each one served; one held back longer is dropped, and not billed)';
}

/**
 * What a limit does to a function's month, in words: the requests it throttles, never run and never billed; and those it
 * holds back in the busiest hours of a function nobody waits on, whose source keeps them, which run, and are billed,
 * in quieter hours while the month's average is within the limit. A queue's worker at an average of 4.6 under a
 * reservation of 5 was billed for 10.9 million of its 30 million jobs, as if what the queue kept were lost.
 */
function heldWords(kept: Held, waited: Decimal, keeper: string, average: number, limit: number): string {
  const lost = (throttled: Decimal) =>
    `about ${counted(throttled.toNumber(), 'request')} a month would be throttled, which Lambda does not bill (the bill counts only the requests served)`;
  if (kept.deferred.isZero()) return lost(kept.throttled.plus(waited));
  const later = `about ${counted(kept.deferred.toNumber(), 'request')} a month held back in the busiest hours wait to run, and be billed, in quieter ones`;
  // Functions someone waits on lose what the pool throttles of them, whatever the month's average.
  if (!waited.isZero()) return `${lost(kept.throttled.plus(waited))}; ${keeper}, so ${later}`;
  return kept.throttled.isZero()
    ? `${keeper}, and the month's average of about ${underLimit(average)} concurrent executions is within the limit, so ${later}`
    : `${keeper}, so ${later}; but the month's average of ${peakOver(average, limit)} concurrent executions is over the limit too, so ${lost(kept.throttled)}`;
}

/** What a limit throttles of the month, never run, and holds back to run later. */
interface Held {
  readonly throttled: Decimal;
  readonly deferred: Decimal;
}

/** A function's month's average concurrent executions: its requests × seconds each, over the month's seconds. */
function averageConcurrency(fn: LambdaFunction): number {
  return fn.requestsPerMonth.times(fn.durationMs).times(SECONDS_PER_MS).dividedBy(SECONDS_PER_MONTH).toNumber();
}

/** An average under a limit in words, rounded down so that it stays under it (9.996 under 10 read "about 10"). */
function underLimit(average: number): string {
  return average >= 10 ? count(Math.floor(average)) : String(Math.floor(average * 100) / 100);
}

/** The concurrency AWS keeps unreserved in every account: reservations may take the rest of its limit, no more. */
const UNRESERVED_LEAST = 100;

/** The limits the month's traffic peaks past, and those its volume has no part in. */
export function limitWarnings(scenario: Scenario, usage: readonly FunctionUsage[], profile: MonthProfile): Warning[] {
  const heldOf = (index: number): Held => ({ throttled: usage[index]?.throttledRequests ?? ZERO, deferred: usage[index]?.deferredRequests ?? ZERO });
  return [...peakWarnings(scenario, limitPeaks(scenario, profile), heldOf), ...fixedLimitWarnings(scenario)];
}

type PeakId = 'concurrency_limit' | 'reserved_concurrency' | 'stream_behind' | 'queue_behind';

/**
 * A limit the traffic can peak past: the warning's id, its function (null for the functions without reserved
 * concurrency, which share the account's pool) and the peak against the limit. Every peak is the requests times a
 * fixed duration, so at a volume `factor` times this one it is `factor` times this peak, and the limit stays.
 */
type LimitPeak = {
  readonly peak: number;
  readonly limit: number;
  /**
   * The month's average against the same limit, where what the warning says turns on it (a queue that catches up in
   * quieter hours or falls behind all month; throttled work its source keeps and serves later, or not): it grows as
   * the peak does. Null where the words do not turn on it.
   */
  readonly average: number | null;
} & ({ readonly id: 'concurrency_limit'; readonly index: null } | { readonly id: Exclude<PeakId, 'concurrency_limit'>; readonly index: number });

interface Peaks {
  readonly peaks: readonly LimitPeak[];
  /** The concurrency the account's limit leaves the functions without a reservation, and that limit. */
  readonly pool: number;
  readonly limit: number;
  /** The indexes of the functions without a reservation. */
  readonly unreserved: readonly number[];
  /** A function's own limit: its reservation, or the pool. */
  readonly ownLimit: (fn: LambdaFunction) => number;
}

/** Each limit of `scenario`'s functions that its traffic could peak past, in the order their warnings are given. */
function limitPeaks(scenario: Scenario, profile: MonthProfile): Peaks {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  // Concurrency (an estimate, not money): requests a second × seconds each runs, in each hour group.
  const concurrency = scenario.functions.map((fn) => {
    const seconds = fn.durationMs.toNumber() / 1000;
    return profile.groups.map((group) => (requestsPerHour(fn.requestsPerMonth, group, profile).toNumber() / SECONDS_PER_HOUR) * seconds);
  });
  const perFunction = concurrency.map((each) => Math.max(0, ...each));
  const peaks: LimitPeak[] = [];
  // Reserved concurrency is set aside from the account's limit; the functions without it share what is left.
  const isUnreserved = (fn: LambdaFunction) => fn.reservedConcurrency === null || fn.reservedConcurrency === undefined;
  const unreserved = scenario.functions.flatMap((fn, index) => (isUnreserved(fn) ? [index] : []));
  const limit = settings.accountConcurrencyLimit;
  const pool = unreservedPool(scenario.functions, limit).toNumber();
  if (unreserved.length) {
    const total = profile.groups.map((_group, at) => unreserved.reduce((sum, index) => sum + (concurrency[index]![at] ?? 0), 0));
    const average = unreserved.some((index) => keepsThrottled(scenario.functions[index]!))
      ? unreserved.reduce((sum, index) => sum + averageConcurrency(scenario.functions[index]!), 0)
      : null;
    peaks.push({ id: 'concurrency_limit', index: null, peak: Math.max(0, ...total), limit: pool, average });
  }
  scenario.functions.forEach((fn, index) => {
    if (!isUnreserved(fn))
      peaks.push({
        id: 'reserved_concurrency',
        index,
        peak: perFunction[index]!,
        limit: fn.reservedConcurrency!,
        average: keepsThrottled(fn) ? averageConcurrency(fn) : null,
      });
  });
  // A source's cap binds only below the function's own limit (its reserved concurrency, or what the account leaves
  // unreserved): at or above it, that limit holds the function first and its own warning says so.
  const ownLimit = (fn: LambdaFunction): number => (isUnreserved(fn) ? pool : fn.reservedConcurrency!);
  for (const [id, capOf] of [
    ['stream_behind', streamCapOf],
    ['queue_behind', queueCapOf],
  ] as const)
    scenario.functions.forEach((fn, index) => {
      const cap = capOf(fn);
      if (cap !== null && ownLimit(fn) > cap) peaks.push({ id, index, peak: perFunction[index]!, limit: cap, average: averageConcurrency(fn) });
    });
  return { peaks, pool, limit, unreserved, ownLimit };
}

/** The warnings of the `peaks` past their limits; `heldOf` gives a function's requests throttled in the month, and held back. */
function peakWarnings(scenario: Scenario, { peaks, pool, limit, unreserved, ownLimit }: Peaks, heldOf: (index: number) => Held): Warning[] {
  // Past both, raising the source's cap alone does not keep up. A queue's worker under a reservation of 5 and a maximum
  // of 10 was told its poller held it to 10, and that a higher maximum concurrency kept up.
  const alsoRaise = (fn: LambdaFunction, fnPeak: number): string => {
    if (!(fnPeak > ownLimit(fn))) return '';
    const reservation = fn.reservedConcurrency;
    return reservation === null || reservation === undefined
      ? ` only beside a higher account limit (the ${count(pool)} concurrent executions it ${pool === limit ? 'allows' : 'leaves unreserved'} are under its peak too)`
      : ` only beside a higher reserved concurrency (its ${count(reservation)} is under its peak too)`;
  };
  // An event source runs its function no more at once than its cap: a stream's consumer than its shards allow, a queue's
  // worker than its event sources' maximum concurrency. Past it, records or messages wait, not throttled.
  const behind = {
    stream_behind: {
      capWords: streamCapWords,
      waiting: (fn: LambdaFunction) => (readsKafka(fn) ? 'its records wait in the topic and its offset lag grows' : 'its records wait in the stream and its iterator age grows'),
      allMonth: (fn: LambdaFunction) =>
        readsKafka(fn)
          ? "is over them too, so it falls further behind all month and records older than the topic's retention are deleted unread"
          : "is over them too, so it falls further behind all month and records older than the stream's retention expire unread",
      // Lambda has no parallelization factor for a Kafka topic: more partitions are the one way.
      keepsUp: (fn: LambdaFunction, fnPeak: number) =>
        readsKafka(fn) ? `more partitions keep up${alsoRaise(fn, fnPeak)}` : `more shards or a higher parallelization factor (up to 10) keep up${alsoRaise(fn, fnPeak)}`,
    },
    queue_behind: {
      capWords: queueCapWords,
      waiting: () => "Lambda's poller invokes it no more at once, so its messages wait in the queue and their age grows",
      allMonth: () => 'is over it too, so the queue grows all month and messages older than its retention period are deleted unread',
      keepsUp: (fn: LambdaFunction, fnPeak: number) => {
        // Each queue's event source allows 1,000 at the most: a peak past every one of them at their most outruns them all.
        const sources = fn.queueMaximumConcurrency?.length ?? 1;
        return fnPeak > sources * MAX_QUEUE_MAXIMUM_CONCURRENCY
          ? `no maximum concurrency keeps up: Lambda allows ${count(MAX_QUEUE_MAXIMUM_CONCURRENCY)} at the most${sources === 1 ? '' : ' for each queue'}, under its peak`
          : `a higher maximum concurrency (up to ${count(MAX_QUEUE_MAXIMUM_CONCURRENCY)}) keeps up${alsoRaise(fn, fnPeak)}`;
      },
    },
  };
  const found: Warning[] = [];
  // The month's average is the peak's own (LimitPeak), grown with it in an outlook's later months, where the functions
  // the pool's warning reads are month 1's; heldWords reads it only where something waits, which only a function whose
  // source keeps its work does, and such a peak carries its average.
  for (const each of peaks) {
    if (!(each.peak > each.limit)) continue;
    const { peak, limit: cap } = each;
    if (each.id === 'concurrency_limit') {
      const over = pool === limit ? `over the account limit of ${count(limit)} per region` : `over the ${count(pool)} the account limit of ${count(limit)} leaves unreserved`;
      const keeps = unreserved.filter((index) => keepsThrottled(scenario.functions[index]!));
      const held = keeps.map(heldOf);
      const kept = { throttled: sum(held.map((each) => each.throttled)), deferred: sum(held.map((each) => each.deferred)) };
      const waited = sum(unreserved.filter((index) => !keepsThrottled(scenario.functions[index]!)).map((index) => heldOf(index).throttled));
      const keeper = "those of functions nobody waits on are kept by their queue, stream or Lambda's retries";
      found.push({
        id: each.id,
        message: `${unreserved.length === scenario.functions.length ? 'the functions' : 'the functions without reserved concurrency'} peak at ${peakOver(peak, pool)} concurrent executions, ${over}: ${heldWords(kept, waited, keeper, each.average ?? 0, pool)}; ask AWS to raise the limit (${setting('account-concurrency-limit')} records it)`,
      });
      continue;
    }
    const fn = scenario.functions[each.index]!;
    if (each.id === 'reserved_concurrency') {
      found.push({
        id: each.id,
        message: `function ${fn.name} peaks at ${peakOver(peak, cap)} concurrent executions, over its reserved concurrency of ${cap}: ${heldWords(heldOf(each.index), ZERO, keeperOf(fn), each.average ?? 0, cap)}`,
      });
      continue;
    }
    const source = behind[each.id];
    const average = each.average ?? averageConcurrency(fn);
    found.push({
      id: each.id,
      message: `function ${fn.name} peaks at ${peakOver(peak, cap)} concurrent executions, over ${source.capWords(fn, cap)}: ${source.waiting(fn)}${
        average > cap ? `; its average of ${peakOver(average, cap)} ${source.allMonth(fn)}` : ', until quieter hours let it catch up'
      }; ${source.keepsUp(fn, peak)} (the bill prices every run as given)`,
    });
  }
  return found;
}

/**
 * The limit warnings of a growing outlook's later months that month 1 does not give, each once, in the first month
 * whose traffic peaks past its limit, and said to hold from then on: a worker within its queue's cap in month 1 and
 * twice over it in month 12 was told nothing. `factors` are each month's requests over month 1's. Every peak grows with
 * them (LimitPeak), so each warning's first month is found off month 1's peaks, and only a month some warning starts in
 * is worked out again, for the requests it throttles. A warning, month 1's or a later month's, is given again from a
 * later month whose average passes its limit too, where its words turn on it (LimitPeak's average). An outlook that
 * shrinks is largest in month 1, whose warnings are all of them.
 */
export function outlookLimitWarnings(scenario: Scenario, prices: RegionPrices, profile: MonthProfile, factors: readonly Decimal[]): Warning[] {
  const growing = factors.length > 1 && factors[1]!.greaterThan(factors[0]!);
  if (!growing) return [];
  const grown = factors.map((factor) => factor.toNumber());
  // The first month index past month 1's whose peak passes the limit; null when none of the outlook's does.
  const firstOver = ({ peak, limit }: LimitPeak): number | null => {
    if (!(peak * grown[grown.length - 1]! > limit)) return null;
    let [low, high] = [1, grown.length - 1];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (peak * grown[middle]! > limit) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const month1 = limitPeaks(scenario, profile);
  const starting = new Map<number, LimitPeak[]>();
  const start = (month: number | null, each: LimitPeak) => {
    if (month === null) return;
    const starts = starting.get(month);
    if (starts) starts.push(each);
    else starting.set(month, [each]);
  };
  for (const each of month1.peaks) {
    // The month its peak first passes the limit: month 1's own warning (index 0), or a later month's.
    const peakMonth = each.peak > each.limit ? 0 : firstOver(each);
    if (peakMonth === null) continue;
    if (peakMonth > 0) start(peakMonth, each);
    // A warning is given again where its average passes the limit in a later month than its peak, and its words turn:
    // a queue told it caught up in quieter hours fell behind all month by month 4, without a word, whether it was told
    // so in month 1 or in a later month.
    const averageMonth = each.average === null || each.average > each.limit ? null : firstOver({ ...each, peak: each.average });
    if (averageMonth !== null && averageMonth > peakMonth) start(averageMonth, each);
  }
  // A function's share of the pool, and its reservation, are the same at every volume (concurrencyCeilings): month 1's hold.
  const ceilings = concurrencyCeilings(scenario.functions, limitsOf(scenario), prices.lambda, profile);
  const headline = headlineRequests(scenario);
  const found: Warning[] = [];
  for (const month of [...starting.keys()].sort((a, b) => a - b)) {
    const factor = factors[month]!;
    const peaks = starting.get(month)!.map((each) => ({ ...each, peak: each.peak * grown[month]!, average: each.average === null ? null : each.average * grown[month]! }));
    // Only the functions the month's warnings name are scaled, and for the pool's warning those that share it.
    const scaled: LambdaFunction[] = [];
    const scaledFn = (index: number) => (scaled[index] ??= functionScaled(scenario, scenario.functions[index]!, factor));
    const named = new Set(peaks.map((each) => each.index));
    const functions = scenario.functions.map((fn, index) => (named.has(index) ? scaledFn(index) : fn));
    let pooled: readonly (Decimal | null)[] | null = null;
    const limitOf = (index: number): Decimal | null => {
      const reserved = scenario.functions[index]!.reservedConcurrency;
      if (reserved !== null && reserved !== undefined) return new Decimal(reserved);
      pooled ??= concurrencyLimits(
        scenario.functions.map((_fn, at) => scaledFn(at)),
        limitsOf(scenario),
        prices.lambda,
        profile,
      );
      return pooled[index] ?? null;
    };
    const heldOf = (index: number): Held => {
      const usage = functionUsage(scaledFn(index), prices.lambda, profile, limitOf(index), ceilings[index] ?? null);
      return { throttled: usage.throttledRequests, deferred: usage.deferredRequests };
    };
    const requests = counted(headline.times(factor).toNumber(), 'request');
    for (const warning of peakWarnings({ ...scenario, functions }, { ...month1, peaks }, heldOf))
      found.push({ id: warning.id, message: `from month ${month + 1} of the outlook (${requests}), ${warning.message}` });
  }
  return found;
}

/** The limit warnings that hold at any volume: the reservations, the payload, the duration. */
function fixedLimitWarnings(scenario: Scenario): Warning[] {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const limit = settings.accountConcurrencyLimit;
  const found: Warning[] = [];
  // AWS keeps 100 of an account's concurrency unreserved: it refuses a reservation, or provisioned concurrency on a
  // function without one, that would leave less, so a bill of more is the bill of an account that cannot be set up so
  // (or of a limit raised and not said). Provisioned hours are the traffic's busiest, the same for every function.
  const reserved = reservedTotal(scenario.functions);
  const provisioned = provisionedUnreserved(scenario.functions);
  const mayReserve = Math.max(0, limit - UNRESERVED_LEAST);
  if (reserved + provisioned > mayReserve) {
    const raised = `if AWS has raised the account's limit, ${setting('account-concurrency-limit')} records it`;
    found.push({
      id: 'reservations_over_limit',
      message:
        provisioned === 0
          ? `the functions reserve ${count(reserved)} concurrent executions between them, more than the ${count(mayReserve)} an account limit of ${count(limit)} lets them reserve (AWS keeps ${UNRESERVED_LEAST} unreserved and refuses the reservations past it); ${raised}`
          : `the functions set aside ${count(reserved + provisioned)} concurrent executions between them (${reserved === 0 ? '' : `${count(reserved)} reserved, `}${count(provisioned)} provisioned on functions without a reservation), more than the ${count(mayReserve)} an account limit of ${count(limit)} lets them set aside (AWS keeps ${UNRESERVED_LEAST} unreserved and refuses the reservations and provisioned concurrency past it); ${raised}`,
    });
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
        // Seconds written as milliseconds read as a fraction of one; a figure far below that (5e-324) is no such slip, and
        // written out in full it would be hundreds of digits.
        message: fn.durationMs.lessThan(MICROSECOND_MS)
          ? `function ${fn.name} averages less than ${MICROSECOND_MS.toFixed()} ms, under a microsecond; ${setting('duration')} is in milliseconds`
          : `function ${fn.name} averages ${fn.durationMs.toFixed()} ms, under a millisecond; ${setting('duration')} is in milliseconds: did you mean ${fn.durationMs.times(1000).toFixed()} ms (${fn.durationMs.toFixed()} s)?`,
      });
    }
    // A template's function without usage stands at its timeout, which is no run of it: "runs 15.0 minutes on average" would describe none.
    if (fn.usageGiven !== false && fn.durationMs.toNumber() > 0.8 * EXECUTION_LIMIT_MS) {
      found.push({
        id: 'execution_time_limit',
        message: `function ${fn.name} runs ${(fn.durationMs.toNumber() / 60_000).toFixed(1)} minutes on average, close to Lambda's 15-minute limit: longer runs are cut off; split the work or run it on containers`,
      });
    }
  }
  return found;
}

/** A throttle API Gateway accepts (and the scenario's schema): above 0, at most 10 million a second. */
const MAX_THROTTLE_RPS = new Decimal(10_000_000);
/**
 * Functions priced, counted over every month the cost-bomb check prices for the
 * functions event sources invoke, after which it checks no more of them: a
 * second or so. A month of functions unlike each other is priced whole (each
 * one grown moves the others' shares of the account's concurrency), so without
 * a bound the check grows with the square of the functions (the figures are in
 * docs/performance.md).
 */
const COST_BOMB_FUNCTIONS_PRICED = 40_000;

/** A reserved concurrency the scenario's schema accepts. */
const MAX_RESERVED_CONCURRENCY = 100_000;

const TRIGGER_WORDS: Readonly<Record<Exclude<Trigger, 'api' | 'schedule'>, string>> = {
  url: "its function URL's callers",
  s3: 'S3',
  sqs: 'SQS',
  sns: 'SNS',
  eventbridge: 'EventBridge',
  stream: 'a stream',
  step_functions: 'Step Functions',
  event: 'its event source',
};

/** How far one way in lets the month grow: a multiple of each function's expected requests. */
interface Growth {
  /** The multiple of the way's traffic: for the API, of its requests and of what follows them. */
  readonly factor: Decimal;
  /** Each growing function's own multiple: no more than its limit lets through. */
  readonly perFunction: ReadonlyMap<number, Decimal>;
  readonly api: boolean;
  readonly cappedBy: CostBombFigures['cappedBy'];
}

/**
 * The cost bomb, for each way traffic can reach the functions: the API (every
 * function behind it), and each function an event source invokes. A schedule
 * fires when it says, so a scheduled function is no way in. The worst month is
 * the way's traffic at its cap all month, the rest of the scenario (an event
 * source's own charges among it) as expected. The caps: the API's throttle;
 * each function's reserved concurrency, which lets through reserved ÷ duration
 * requests a second; and the concurrency the account's limit leaves unreserved,
 * which the way's unreserved functions share. A warning where that month is
 * over `costBombMultiple` times `expectedUsd` (the bill as printed), with the
 * least strict limit that would keep it within and still serve the scenario's
 * own busiest hour, or the honest word that no limit does both.
 */
export function costBombs(
  scenario: Scenario,
  prices: RegionPrices,
  where: string,
  profile: MonthProfile,
  expected: { readonly monthlyUsd: Decimal; readonly exactUsd: Decimal },
): Warning[] {
  const expectedUsd = expected.monthlyUsd;
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const headline = headlineRequests(scenario);
  if (headline.isZero()) return [];
  const seconds = new Decimal(SECONDS_PER_MONTH);
  // The worst month is flat: the same load every hour, so provisioned environments fill in every hour alike.
  const flat: Scenario = { ...scenario, traffic: STEADY };
  const steady = monthProfile(STEADY);
  const busiest = profile.groups[0]!;
  const peakPerSecond = (requestsPerMonth: Decimal) => requestsPerHour(requestsPerMonth, busiest, profile).dividedBy(SECONDS_PER_HOUR);
  // Concurrent executions averaged over the month: requests a second × seconds each.
  const concurrency = scenario.functions.map((fn) => fn.requestsPerMonth.times(fn.durationMs).times(SECONDS_PER_MS).dividedBy(seconds));
  const reserved = scenario.functions.map((fn) => fn.reservedConcurrency ?? null);
  // Reserved concurrency is carved out of the account's limit; the unreserved functions share what is left.
  const pool = Decimal.max(0, new Decimal(settings.accountConcurrencyLimit).minus(sum(reserved.map((n) => new Decimal(n ?? 0)))));
  // A bill of a few requests with no free tier prints as under $0.01: it is no free month, and its multiple is of its
  // exact amount, where its printed cents made any worst month past it.
  const underACent = expectedUsd.isZero() && !expected.exactUsd.isZero();
  const cap = (underACent ? expected.exactUsd : expectedUsd).times(settings.costBombMultiple);
  const against = (worstUsd: Decimal) => againstExpected(worstUsd, expectedUsd, underACent, settings.costBombMultiple);
  const keeps = () => keepsWithin(expectedUsd, underACent, settings.costBombMultiple);
  // Functions alike but for their names grow alike behind the API: each kind priced once, counted for each (alike.ts).
  // The month at the API's growth: every request count scaled, each function behind the API capped by its own limit.
  const { kinds, collapsed } = alikeKinds(flat.functions);
  const flatKinds: Scenario = { ...flat, functions: collapsed };
  const apiBillOf = (growth: Growth): Bill => {
    const all = atVolume(flatKinds, headline.times(growth.factor));
    const month: Scenario = {
      ...all,
      functions: flatKinds.functions.map((fn, kind) => {
        const factor = growth.perFunction.get(kinds[kind]!.first);
        if (factor === undefined) return fn;
        if (factor.equals(growth.factor)) return all.functions[kind]!;
        return functionScaled(flatKinds, fn, volumeFactor(headline, headline.times(factor)));
      }),
    };
    const { monthlyUsd, exactUsd } = serverlessCost(month, prices, steady, where);
    return { usd: monthlyUsd, exactUsd };
  };
  // Behind the API, what follows its requests grows with them (apiBillOf); an event source's own charges do not
  // grow with the function's cap (its limit holds back the runs, not the events), so only the function does.
  const billOf = (growth: Growth): Bill => {
    if (growth.api) return apiBillOf(growth);
    const month: Scenario = {
      ...flat,
      functions: flat.functions.map((fn, index) => {
        const factor = growth.perFunction.get(index);
        // The function alone, as the whole scenario at that volume would have it: scaling every function for each one grew with their square.
        return factor === undefined ? fn : functionScaled(flat, fn, volumeFactor(headline, headline.times(factor)));
      }),
    };
    const { monthlyUsd, exactUsd } = serverlessCost(month, prices, steady, where);
    return { usd: monthlyUsd, exactUsd };
  };
  const grows = (index: number) => !scenario.functions[index]!.requestsPerMonth.isZero() && scenario.functions[index]!.trigger !== 'schedule';
  const found: Warning[] = [];

  // The API: its throttle caps the requests; behind it, each function is capped by its own limit.
  const behindApi = scenario.functions.flatMap((fn, index) => (fn.trigger === 'api' && grows(index) ? [index] : []));
  const apiRequests = sum(scenario.apiGateways.map((api) => (api.type === 'websocket' ? api.messagesPerMonth : api.requestsPerMonth)));
  if (behindApi.length && !apiRequests.isZero()) {
    const unreserved = behindApi.filter((index) => reserved[index] === null);
    const poolFactor = unreserved.length ? pool.dividedBy(sum(unreserved.map((index) => concurrency[index]!))) : null;
    const ownFactor = (index: number) => (reserved[index] === null ? poolFactor! : new Decimal(reserved[index]!).dividedBy(concurrency[index]!));
    // Without a throttle the requests grow until the last function behind the API is at its limit.
    const limitsFactor = Decimal.max(...behindApi.map(ownFactor));
    const growth = (throttleRps: Decimal | null): Growth => {
      const throttleFactor = throttleRps && throttleRps.times(seconds).dividedBy(apiRequests);
      const factor = throttleFactor && throttleFactor.lessThan(limitsFactor) ? throttleFactor : limitsFactor;
      const cappedBy = factor !== limitsFactor ? 'api_throttle' : poolFactor?.equals(limitsFactor) ? 'account_concurrency_limit' : 'reserved_concurrency';
      return { factor, perFunction: new Map(behindApi.map((index) => [index, Decimal.min(factor, ownFactor(index))])), api: true, cappedBy };
    };
    const worst = growth(settings.throttleRps);
    const worstBill = worst.factor.greaterThan(1) ? billOf(worst) : null;
    const worstUsd = worstBill?.usd;
    if (worstBill && worstUsd?.greaterThan(cap)) {
      const peak = peakPerSecond(apiRequests);
      const upper = Decimal.min(MAX_THROTTLE_RPS, worst.factor.times(apiRequests).dividedBy(seconds));
      const billAt = remembered((rps) => billOf(growth(rps)));
      const limit = throttleWithin(peak, { value: upper, ...worstBill }, billAt, cap);
      const how = apiWords(worst, settings.throttleRps, settings.accountConcurrencyLimit, pool);
      const key = fromTemplate(settings) ? setting('throttle-usage') : setting('throttle');
      const advice = limit
        ? `an API throttle of ${requestsASecond(limit)} (${key}) keeps the worst month ${keeps()} and is not below the API's peak of ${rate(peak)} a second`
        : `no API throttle keeps the worst month ${keeps()} without refusing the API's own peak of ${rate(peak)} requests a second: at that rate all month the bill would be ${usd(billAt(peak).usd)}`;
      found.push({
        id: 'cost_bomb',
        message: `${how}, the serverless bill would be ${usd(worstUsd)}, ${against(worstUsd)}; ${advice}`,
        costBomb: {
          worstMonthUsd: worstUsd,
          expectedMonthlyUsd: expectedUsd,
          multiple: settings.costBombMultiple,
          function: null,
          cappedBy: worst.cappedBy,
          suggestedLimit: limit,
          unit: 'requests_per_second',
          setting: key,
          peak,
        },
      });
    }
  }

  // Each function an event source invokes: its reserved concurrency caps it, or the account's unreserved concurrency.
  // Two functions alike but for their names make the same month when either grows to a limit (the month
  // is the same list of functions), so a template of many such functions prices each month once.
  const alikeMonths = new Map<string, Bill>();
  // Each month priced is the whole list of functions priced again, a dozen months a function: past a budget of
  // functions priced, the functions left are not checked and one warning says which, so that thousands of
  // functions unlike each other are not priced thousands of times over. The most each could cost at its cap
  // (the cap's concurrent executions × memory) goes first.
  let functionsPriced = 0;
  // Its stream's shards, or its queues' maximum concurrency, where they allow fewer than its limit, bound it as much.
  const limitOf = (index: number) => (reserved[index] === null ? pool : new Decimal(reserved[index]!));
  const streamCap = scenario.functions.map((fn) => streamCapOf(fn));
  const queueCap = scenario.functions.map((fn) => queueCapOf(fn));
  const sourceCap = (index: number) => streamCap[index] ?? queueCap[index] ?? null;
  const sourceBinds = (index: number) => {
    const source = sourceCap(index);
    return source !== null && limitOf(index).greaterThan(source);
  };
  const capOf = (index: number) => (sourceBinds(index) ? new Decimal(sourceCap(index)!) : limitOf(index));
  // A function called over HTTP with no API in front that the scenario prices (a load balancer's target, in a template
  // with no API Gateway) has no throttle but its own limit, as an event source's function: checked so, not passed over.
  const noApi = apiRequests.isZero();
  const eventInvoked = scenario.functions.flatMap((fn, index) => ((fn.trigger === 'api' && !noApi) || !grows(index) ? [] : [index]));
  const potential = new Map(eventInvoked.map((index) => [index, capOf(index).times(scenario.functions[index]!.memoryMb)]));
  const mostFirst = [...eventInvoked].sort((a, b) => potential.get(b)!.comparedTo(potential.get(a)!));
  const perFunction = new Map<number, Warning>();
  const unchecked: number[] = [];
  for (const index of mostFirst) {
    if (functionsPriced >= COST_BOMB_FUNCTIONS_PRICED) unchecked.push(index);
    else {
      const warning = eventFunctionBomb(index);
      if (warning) perFunction.set(index, warning);
    }
  }
  found.push(...eventInvoked.flatMap((index) => perFunction.get(index) ?? []));
  if (unchecked.length) {
    const names = unchecked.sort((a, b) => a - b).map((index) => scenario.functions[index]!.name);
    found.push({
      id: 'cost_bomb_unchecked',
      message: `the cost-bomb check priced the worst months of ${count(eventInvoked.length - unchecked.length)} of the ${count(eventInvoked.length)} functions event sources invoke (those that could cost the most at their caps first) and stopped: each month is all ${count(scenario.functions.length)} functions priced again; not checked: ${listNames(names)}`,
    });
  }
  return found;

  function eventFunctionBomb(index: number): Warning | null {
    const fn = scenario.functions[index]!;
    const own = concurrency[index]!;
    const growth = (limit: Decimal): Growth => {
      const factor = limit.dividedBy(own);
      const cappedBy = sourceBinds(index)
        ? streamCap[index] !== null
          ? 'stream_shards'
          : 'queue_maximum_concurrency'
        : reserved[index] === null
          ? 'account_concurrency_limit'
          : 'reserved_concurrency';
      return { factor, perFunction: new Map([[index, factor]]), api: false, cappedBy };
    };
    const alike = alikeButName(fn);
    const billOfLimit = (limit: Decimal): Bill => {
      const key = `${alike}|${limit.toString()}`;
      let bill = alikeMonths.get(key);
      if (!bill) {
        alikeMonths.set(key, (bill = billOf(growth(limit))));
        functionsPriced += scenario.functions.length;
      }
      return bill;
    };
    const current = capOf(index);
    const worst = growth(current);
    const worstBill = worst.factor.greaterThan(1) ? billOfLimit(current) : null;
    const worstUsd = worstBill?.usd;
    if (!worstBill || !worstUsd?.greaterThan(cap)) return null;
    const peak = peakPerSecond(fn.requestsPerMonth).times(fn.durationMs).times(SECONDS_PER_MS);
    // Whole executions, and at least one: reserved concurrency of 0 stops the function.
    const least = Decimal.max(1, peak.ceil());
    const billAt = billOfLimit;
    // The current cap's bill is the worst month's; past what the schema accepts, the bill there.
    const over = Decimal.min(current.ceil(), MAX_RESERVED_CONCURRENCY + 1);
    const overBill = over.equals(current) ? worstBill : billAt(over);
    const limit =
      least.lessThan(over) && !billAt(least).usd.greaterThan(cap) ? largestWholeWithin({ value: least, ...billAt(least) }, { value: over, ...overBill }, billAt, cap) : null;
    const referTo = settings.limitsIn === 'serverless' ? 'reserved-concurrency-serverless' : settings.limitsIn === 'sam' ? 'reserved-concurrency-sam' : 'reserved-concurrency';
    const key = setting(referTo);
    const stream = streamCap[index] ?? null;
    const queue = queueCap[index] ?? null;
    const capWords = !sourceBinds(index) ? null : stream !== null ? streamCapWords(fn, stream) : queue !== null ? queueCapWords(fn, queue) : null;
    const limitWords =
      capWords ??
      (reserved[index] === null
        ? pool.equals(settings.accountConcurrencyLimit)
          ? `the account's concurrency limit of ${count(settings.accountConcurrencyLimit)}`
          : `the ${groupDigits(pool)} concurrent executions the account's limit of ${count(settings.accountConcurrencyLimit)} leaves unreserved`
        : `its reserved concurrency of ${count(reserved[index]!)}`);
    // A stream whose shards are known is the function's own: "a stream" is any; so is a queue whose maximum concurrency is.
    const invoker = fn.edge
      ? 'CloudFront'
      : fn.trigger === 'api'
        ? 'its callers, with no API in front of it,'
        : fn.trigger === 'stream' && stream !== null
          ? readsKafka(fn)
            ? 'its topic'
            : 'its stream'
          : queue !== null
            ? 'its queue'
            : fn.trigger === 'schedule' || fn.trigger === 'event'
              ? 'its event source'
              : fn.trigger
                ? TRIGGER_WORDS[fn.trigger]
                : // Nothing the template or scenario says invokes it but a service it names (a Cognito user pool's
                  // trigger), or nothing at all (an SDK caller): "its event source" read as if it had one.
                  (fn.invokedBy ?? 'anything');
    const advice = limit
      ? `reserved concurrency of ${groupDigits(limit)} (${key}) keeps the worst month ${keeps()} and serves its peak of ${rate(peak)} concurrent executions`
      : `no reserved concurrency keeps the worst month ${keeps()} and still serves its peak of ${rate(peak)} concurrent executions: ${groupDigits(least)}, the least that does, allows ${usd(billAt(least).usd)}`;
    return {
      id: 'cost_bomb',
      message: `if ${invoker} invoked function ${fn.name} up to ${limitWords} all month, the serverless bill would be ${usd(worstUsd)}, ${against(worstUsd)}; ${advice}${fn.edge ? EDGE_REGIONS : fn.trigger === 'stream' && stream === null ? streamShardsUnknown(settings.limitsIn) : ''}`,
      costBomb: {
        worstMonthUsd: worstUsd,
        expectedMonthlyUsd: expectedUsd,
        multiple: settings.costBombMultiple,
        function: fn.name,
        cappedBy: worst.cappedBy,
        suggestedLimit: limit,
        unit: 'concurrent_executions',
        setting: key,
        peak,
      },
    };
  }
}

/** A throttle as the advice names it: a throttle of 1 read "1 requests a second". */
function requestsASecond(rps: Decimal): string {
  const text = groupDigits(rps);
  return `${text} ${text === '1' ? 'request' : 'requests'} a second`;
}

/** How the API's worst month comes about: at its throttle, or at the limit of the functions behind it. */
function apiWords(worst: Growth, throttleRps: Decimal | null, accountLimit: number, pool: Decimal): string {
  if (worst.cappedBy === 'api_throttle') return `if the API were hammered at its throttle of ${requestsASecond(throttleRps!)} all month`;
  const limit =
    worst.cappedBy === 'reserved_concurrency'
      ? 'their reserved concurrency'
      : pool.equals(accountLimit)
        ? `the account's concurrency limit of ${count(accountLimit)}`
        : `the ${groupDigits(pool)} concurrent executions the account's limit of ${count(accountLimit)} leaves unreserved`;
  return `with ${throttleRps ? 'its throttle above what they can serve' : 'no API throttle'}, if the API's functions ran at ${limit} all month`;
}

/** `N× the expected $Y`; a month inside the free tier costs nothing, so no multiple of it makes sense. */
function againstExpected(worstUsd: Decimal, expectedUsd: Decimal, underACent: boolean, multiple: number): string {
  if (underACent) return `against the expected ${UNDER_A_CENT}`;
  if (expectedUsd.isZero()) return `against the expected ${usd(expectedUsd)}`;
  // Rounded to a whole multiple, a month just past the bound read as within it: "10× the expected", then "keeps the worst
  // month within 10×".
  const times = worstUsd.dividedBy(expectedUsd);
  const shown = times.toDecimalPlaces(0);
  return `${times.greaterThan(multiple) && shown.lessThanOrEqualTo(multiple) ? `more than ${groupDigits(new Decimal(multiple))}` : groupDigits(shown)}× the expected ${usd(expectedUsd)}`;
}

function keepsWithin(expectedUsd: Decimal, underACent: boolean, multiple: number): string {
  return expectedUsd.isZero() && !underACent ? 'within the free tier' : `within ${groupDigits(new Decimal(multiple))}× the expected bill`;
}

/** A rate as the function table shows one: a tenth above 1, two significant digits below. */
function rate(value: Decimal): string {
  return groupDigits(value.greaterThanOrEqualTo(1) ? value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP) : value.toSignificantDigits(2, Decimal.ROUND_HALF_UP));
}

/** `compute`, each value's answer worked out once. */
function remembered<T>(compute: (value: Decimal) => T): (value: Decimal) => T {
  const known = new Map<string, T>();
  return (value) => {
    const key = value.toString();
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = compute(value)));
    return answer;
  };
}

/** A month's serverless bill: as printed (each line in cents), and before rounding. */
interface Bill {
  readonly usd: Decimal;
  readonly exactUsd: Decimal;
}

/** A limit and the worst month's bill under it. */
interface Priced extends Bill {
  readonly value: Decimal;
}

/** The most units a throttle is searched in: well inside the 40 digits of a decimal, so that each step of the search is exact. */
const MAX_WHOLE_STEPS = new Decimal('1e30');

/**
 * The highest throttle from the peak up to `over` (whose bill is over `cap`) whose worst month is within
 * `cap`, as a person would set it: whole requests a second where that is not below the peak, else the
 * peak's two significant digits (three …); null when even the peak's rate is over.
 */
function throttleWithin(peak: Decimal, over: Priced, billAt: (rps: Decimal) => Bill, cap: Decimal): Decimal | null {
  if (peak.greaterThanOrEqualTo(over.value)) return null;
  const magnitude = Math.floor(Math.log10(peak.toNumber()));
  const units = [new Decimal(1), ...[2, 3, 4, 5, 6].map((digits) => new Decimal(10).pow(magnitude - digits + 1))];
  for (const unit of units) {
    const low = peak.dividedBy(unit).ceil();
    const high = over.value.dividedBy(unit).ceil();
    // A count of units past what a decimal holds to the unit is a search that never narrows to one: a peak of 1e-100 requests a
    // second under a throttle of 100 would search in steps of 1e-107 whose ends, rounded to 40 digits, stay apart for ever.
    if (!low.lessThan(high) || high.greaterThan(MAX_WHOLE_STEPS) || billAt(low.times(unit)).usd.greaterThan(cap)) continue;
    // A rate at or above `over`'s costs at least its bill: a bound good enough to aim by.
    const steps = largestWholeWithin({ value: low, ...billAt(low.times(unit)) }, { ...over, value: high }, (step) => billAt(step.times(unit)), cap);
    return roundDownNotBelow(steps.times(unit), peak);
  }
  return billAt(peak).usd.greaterThan(cap) ? null : peak;
}

/**
 * The largest whole number from `ok` (within `cap`) below `over` (not within) whose bill is within `cap`,
 * where the bill never falls. The bill before rounding is linear between its bends, so each step aims
 * where a line crosses the cap, on the unrounded bills (the printed bill, a sum of lines in cents, is a
 * staircase that would mislead the aim): the line through the bills at the two whole numbers the last step
 * found within, where it found two, else the line through the two ends. A range that two steps did not
 * halve is halved. The aim only saves steps: each step is decided on the printed bill.
 */
function largestWholeWithin(ok: Priced, over: Priced, billAt: (value: Decimal) => Bill, cap: Decimal): Decimal {
  let [low, high] = [ok, over];
  // The unrounded bill's rise from one whole number to the next, just above `low`, where known.
  let slope: Decimal | null = null;
  let slowSteps = 0;
  const priced = (value: Decimal): Priced => ({ value, ...billAt(value) });
  while (high.value.minus(low.value).greaterThan(1)) {
    const width = high.value.minus(low.value);
    const aimed =
      slope && slope.greaterThan(0)
        ? low.value.plus(cap.minus(low.exactUsd).dividedBy(slope)).floor()
        : low.value.plus(width.times(cap.minus(low.exactUsd)).dividedBy(Decimal.max(high.exactUsd.minus(low.exactUsd), '1e-30'))).floor();
    const probe = priced(slowSteps >= 2 ? low.value.plus(high.value).dividedBy(2).floor() : Decimal.min(high.value.minus(1), Decimal.max(low.value.plus(1), aimed)));
    slope = null;
    if (probe.usd.greaterThan(cap)) high = probe;
    else {
      low = probe;
      // Where the line lands just below the crossing, the next whole number settles it; else the two aim the next step.
      if (high.value.minus(low.value).greaterThan(1)) {
        const next = priced(probe.value.plus(1));
        if (next.usd.greaterThan(cap)) high = next;
        else [low, slope] = [next, next.exactUsd.minus(probe.exactUsd)];
      }
    }
    slowSteps = high.value.minus(low.value).times(2).greaterThan(width) ? slowSteps + 1 : 0;
  }
  return low.value;
}

/** `value` rounded down to whole requests a second, or to two significant digits (three, four …) where that would fall below `floor`. */
function roundDownNotBelow(value: Decimal, floor: Decimal): Decimal {
  if (value.greaterThanOrEqualTo(1) && value.floor().greaterThanOrEqualTo(floor)) return value.floor();
  for (let digits = 2; digits <= 12; digits += 1) {
    const rounded = value.toSignificantDigits(digits, Decimal.ROUND_DOWN);
    if (rounded.greaterThanOrEqualTo(floor)) return rounded;
  }
  return value;
}

/**
 * What each function's billed INIT phases add to the month: the Lambda bill
 * with them less the bill without them, so that the free tier and the duration
 * bands they reach are counted; null for a function that bills none.
 */
export function initCosts(scenario: Scenario, prices: RegionPrices, profile: MonthProfile, where: string): (Decimal | null)[] {
  const billed = scenario.functions.map((fn) => billedInitMs(fn, prices.lambda) !== null);
  if (!billed.includes(true)) return billed.map(() => null);
  const limits = limitsOf(scenario);
  const perFunction = concurrencyLimits(scenario.functions, limits, prices.lambda, profile);
  const lambdaUsd = sum(lambdaLineItems(scenario.functions, prices.lambda, profile, scenario.freeTier, where, limits).lineItems.map((item) => item.exactUsd));
  // Functions alike but for their names, under the same limit, cost alike without their cold starts: each is priced once.
  const byShape = new Map<string, Decimal>();
  return scenario.functions.map((fn, index) => {
    if (!billed[index]) return null;
    const shape = `${shapeOf(fn)}|${perFunction[index]?.toString() ?? ''}`;
    let initUsd = byShape.get(shape);
    if (initUsd === undefined) {
      initUsd = lambdaUsd.minus(lambdaUsdWith(scenario.functions, index, { ...fn, initDurationMs: ZERO }, prices.lambda, profile, scenario.freeTier, where, limits));
      byShape.set(shape, initUsd);
    }
    return initUsd;
  });
}

/**
 * Each function's cold starts; whether they matter (someone waits on the
 * function, and they reach the advice threshold); and a warning where they
 * matter and touch more than 1% of its requests.
 */
export function coldStartChecks(scenario: Scenario, prices: RegionPrices): { perFunction: ColdStarts[]; matter: boolean[]; warnings: Warning[] } {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const runs = hourRuns(scenario.traffic);
  // A throttled request starts no environment: each function's cold starts are those of the requests it serves.
  const limits = concurrencyLimits(scenario.functions, limitsOf(scenario), prices.lambda, monthProfile(scenario.traffic));
  const perFunction = scenario.functions.map((fn, index) => coldStarts(fn, runs, settings.idleTimeoutMinutes, limits[index]?.toNumber() ?? null));
  const threshold = settings.coldStartAdvicePct / 100;
  const matter = scenario.functions.map((fn, index) => !nobodyWaits(fn.trigger) && perFunction[index]!.share >= threshold);
  const inUsageFile = fromTemplate(settings);
  const warnings = scenario.functions.flatMap((fn, index): Warning[] => {
    const cold = perFunction[index]!;
    const found: Warning[] = [];
    // Those cold starts are not in the bill: the warning says so.
    if (initBilledOfUnknownLength(fn) && cold.perMonth >= 0.005) {
      found.push({
        id: 'init_not_priced',
        message: `function ${fn.name}: its ${fn.packageType === 'image' ? 'container image' : 'custom runtime'}'s INIT phase is billed on each of its about ${counted(cold.perMonth, 'cold start')} a month, but how long it runs is not known: not priced; give ${setting(inUsageFile ? 'init-duration-ms-usage' : 'init-duration-ms')} (its logs' Init Duration)`,
      });
    }
    if (!matter[index] || cold.share <= COLD_START_SHARE_WARNING || fn.provisioned) return found;
    const latency = cold.addedLatencyMs ? `, each adding about ${count(cold.addedLatencyMs.p50)} ms (p99 ${count(cold.addedLatencyMs.p99)} ms)` : '';
    // The advice gives Lambda@Edge no option (coldStartAdvice): pointing to it sent the reader to advice that is not there.
    const remedy = fn.edge ? 'Lambda@Edge has no provisioned concurrency to remove them' : 'provisioned concurrency removes them: the cold-start advice gives its cost a month';
    found.push({
      id: 'cold_start_share',
      message: `function ${fn.name}: about ${counted(cold.perMonth, 'cold start')} a month, ${(cold.share * 100).toFixed(1)}% of its requests${latency}; ${remedy}`,
    });
    return found;
  });
  return { perFunction, matter, warnings };
}

/**
 * What removing the cold starts would cost: provisioned concurrency for the
 * peak, or only in busy hours, and keep-warm pings; for the functions whose
 * cold starts `matter` (all, when not given). Where they do not, an option
 * that costs nothing more or saves money is still given: it is a cheaper bill,
 * whoever waits.
 */
export function coldStartAdvice(
  scenario: Scenario,
  prices: RegionPrices,
  profile: MonthProfile,
  where: string,
  cold: readonly ColdStarts[],
  matter: readonly boolean[],
): ColdStartAdvice[] {
  const settings = scenario.settings ?? DEFAULT_LAMBDA_SETTINGS;
  const advice: ColdStartAdvice[] = [];
  const runs = hourRuns(scenario.traffic);
  const limits = limitsOf(scenario);
  const perFunction = concurrencyLimits(scenario.functions, limits, prices.lambda, profile);
  const lambdaUsd = sum(lambdaLineItems(scenario.functions, prices.lambda, profile, scenario.freeTier, where, limits).lineItems.map((item) => item.exactUsd));
  // Changing any one of several functions alike but for their names changes the bill alike: each change is priced once.
  const changes = new Map<string, Decimal>();
  scenario.functions.forEach((fn, index) => {
    const c = cold[index]!;
    // Lambda@Edge has no provisioned concurrency, and a ping warms one environment of one edge location of many.
    if (fn.provisioned || fn.edge || c.perMonth < 1 || fn.requestsPerMonth.isZero()) return;
    const advise = (option: ColdStartAdvice) => {
      if (matter[index] || !option.monthlyUsd.greaterThan(0)) advice.push(option);
    };
    // The environments this percentile of hours needs; below 100, the busiest hours keep some cold starts.
    const count =
      nearestRank(
        c.perRun.map((run) => ({ value: run.environments, count: run.hours })),
        settings.provisionedConcurrencyPercentile,
      ) ?? c.peakEnvironments;
    // The cold starts of the environments it keeps, the first `count`, run by run, as the estimate takes them away from a
    // function given that provisioned concurrency: those of the environments past them, which the busiest moments still
    // start, stay. Counted as all of them once it covered the busiest hour's environments, 2 environments "removed
    // ~601" of a function the estimate with them still gave 539.
    const coveredByRun = coldStartsCoveredByRun(count, fn, runs, settings.idleTimeoutMinutes, perFunction[index]?.toNumber() ?? null);
    const covered = coveredByRun.reduce((total, each) => total + each, 0);
    // Only the Lambda bill changes: priced with this one function changed, from the others' usage added up once.
    const withProvisioned = (hoursPerMonth: number) => {
      const key = `${shapeOf(fn)}|${perFunction[index]?.toString() ?? ''}|${count}|${hoursPerMonth}`;
      let delta = changes.get(key);
      if (!delta) {
        const replacement = { ...fn, provisioned: { count, hoursPerMonth, requestsPerMonth: null, durationMs: null } };
        delta = lambdaUsdWith(scenario.functions, index, replacement, prices.lambda, profile, scenario.freeTier, where, limits).minus(lambdaUsd);
        changes.set(key, delta);
      }
      return delta;
    };
    const perColdStart = (usdDelta: Decimal, removed: number) => (removed >= 1 ? usdDelta.dividedBy(Math.round(removed)) : null);
    const allMonth = withProvisioned(HOURS_PER_MONTH);
    advise({
      function: fn.name,
      kind: 'provisioned_concurrency',
      count,
      hoursPerMonth: HOURS_PER_MONTH,
      monthlyUsd: allMonth,
      coldStartsRemoved: covered,
      usdPerColdStartAvoided: perColdStart(allMonth, covered),
    });
    if (scenario.traffic.pattern === 'diurnal') {
      // On only in the busy hours: it removes the cold starts of their first `count` environments; the quiet hours keep theirs.
      const busiest = Math.max(...runs.map((run) => run.share));
      const removed = coveredByRun.reduce((total, each, at) => (runs[at]!.share >= busiest - 1e-12 ? total + each : total), 0);
      const scheduled = withProvisioned(profile.groups[0]!.hours);
      advise({
        function: fn.name,
        kind: 'scheduled_provisioned_concurrency',
        count,
        hoursPerMonth: profile.groups[0]!.hours,
        monthlyUsd: scheduled,
        coldStartsRemoved: removed,
        usdPerColdStartAvoided: perColdStart(scheduled, removed),
      });
    }
    // A ping every 5 minutes keeps one environment warm: 8,760 invocations a month of about 1 ms (PING_MS).
    const singleEnvironment = c.firstEnvironment;
    // Busy enough that the first environment never idles out: a ping would prevent nothing.
    if (singleEnvironment < 1) return;
    const pings = new Decimal(HOURS_PER_MONTH * 12);
    const durationPrice = prices.lambda.durationPerGbSecond[fn.architecture]?.[0]?.usd ?? new Decimal(0);
    // Less the INIT phases of the cold starts it removes, where the table bills them, at the price its own runs are
    // priced at: without them, a ping that keeps a function of a 10 s INIT and 10 GB warm would be "less than $0.01 more a
    // month", though the INIT phases it removes bill $1.03 of the month's $1.04.
    const initMs = billedInitMs(fn, prices.lambda);
    const initSaved = initMs ? gbSeconds(new Decimal(singleEnvironment), initMs, fn.memoryMb).times(durationPrice) : ZERO;
    const keepWarm = pings
      .times(prices.lambda.requestsPerMillionUsd)
      .times(PER_MILLION)
      .plus(gbSeconds(pings, PING_MS, fn.memoryMb).times(durationPrice))
      .minus(initSaved);
    advise({
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
