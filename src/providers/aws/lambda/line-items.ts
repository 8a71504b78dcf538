// AWS Lambda: requests, duration in GB-seconds per architecture with its
// monthly tiers, the always-free tier, provisioned concurrency and ephemeral
// storage; Lambda@Edge at its own rates. https://aws.amazon.com/lambda/pricing/
import { PricingError } from '../../../core/errors.js';
import { Decimal, ONE, ZERO, min, sum } from '../../../core/money.js';
import { type Architecture, ARCHITECTURES } from '../architecture.js';
import { type FunctionUsage, type LambdaFunction, type LambdaPrices } from './types.js';
import { type LineItem } from '../../../core/types.js';
import { allowanceLineItem, lineItem, tieredLineItems } from '../../../core/line-item.js';
import { type MonthProfile, requestsPerHour } from '../../../core/traffic.js';
import { GB_PER_MB, HOURS_PER_MONTH, PER_MILLION, SECONDS_PER_HOUR, SECONDS_PER_MS, gbSeconds } from '../../../core/units.js';
import { option } from '../../../core/refer.js';
import { formatCount, noteCount } from '../../../core/numbers.js';
import { billedColdStarts, billedInitMs, coldStartShape, reachedAt } from './init-billing.js';
import { anchorOf, modelsProvisioned, provisionedCapacity, provisionedRequests as provisionedServed } from './provisioned.js';
import { concurrencyCeilings, concurrencyLimits, keepsThrottled, type Limits, limitsWithReplaced, type Served, servedRequests } from './throttling.js';
import { alikeKinds, copiesOf } from './alike.js';
import { agreeing, memoryProblems } from './table-problems.js';
import { atTheEdge } from './edge.js';

/** Ephemeral storage up to this size is free. */
const FREE_EPHEMERAL_STORAGE_MB = 512;

interface PricedUsage extends FunctionUsage {
  readonly ephemeralGbSeconds: Decimal;
}

/** Duration as billed: each invocation rounded up to the price table's granularity (1 ms since December 2020). */
export function billedDurationMs(durationMs: Decimal, granularityMs: number): Decimal {
  // A step of 1 ms (every table since December 2020) is a ceiling alone: the same figure, two Decimal operations fewer.
  return granularityMs === 1 ? durationMs.ceil() : durationMs.dividedBy(granularityMs).ceil().times(granularityMs);
}

/**
 * Splits a function's month between provisioned environments and on-demand
 * ones, after the requests over its concurrency limit (`given`) are taken out
 * (throttled: Lambda does not bill them). When the scenario does not say how
 * many invocations the provisioned environments serve, they are on during the
 * busiest `hoursPerMonth` hours, and a request that finds all of them busy runs
 * on demand (Erlang's B, provisioned.ts). `ceiling`: its limit whether reached
 * or not (concurrencyCeilings), which that model needs; `given` where absent.
 */
export function functionUsage(fn: LambdaFunction, prices: LambdaPrices, profile: MonthProfile, given: Decimal | null = null, ceiling: Decimal | null = given): PricedUsage {
  // Only a modelled provisioned share depends on the ceiling; a limit reached is its own ceiling.
  const ceilingUsed = modelsProvisioned(fn) ? (ceiling ?? given) : null;
  // The advice reprices the month once per function with that one function changed: the others' usage is worked out once.
  const last = usageOf.get(fn);
  const lastHolds = last && last.prices === prices && last.profile === profile && sameLimit(last.ceiling, ceilingUsed) ? last : null;
  // The same limit asked for again (the logs follow the requests the bill served) is not weighed again.
  if (lastHolds && sameLimit(lastHolds.given, given)) return lastHolds.usage;
  const served = given && ceilingUsed === null ? servedRequests(fn.requestsPerMonth, fn.durationMs, given, profile, keepsThrottled(fn)) : null;
  const limit = given && (ceilingUsed !== null || holdsBack(fn, profile, given, served!)) ? given : null;
  if (lastHolds && sameLimit(lastHolds.limit, limit)) {
    lastHolds.given = given;
    return lastHolds.usage;
  }
  // A template's functions often share one usage (a usage file's "*"): functions alike but for their names are worked out once.
  const key = `${shapeOf(fn)}|${limit?.toString() ?? ''}|${ceilingUsed?.toString() ?? ''}`;
  if (alike.prices !== prices || alike.profile !== profile || alike.usage.size >= ALIKE_LIMIT) alike = { prices, profile, usage: new Map() };
  const shared = alike.usage.get(key);
  // The served requests holdsBack worked out under the limit kept are the month's.
  const usage = shared ? (shared.name === fn.name ? shared : { ...shared, name: fn.name }) : workOutUsage(fn, prices, profile, limit, ceilingUsed, limit ? served : null);
  if (!shared) alike.usage.set(key, usage);
  usageOf.set(fn, { prices, profile, given, limit, ceiling: ceilingUsed, usage });
  return usage;
}

/**
 * Whether `limit` changes anything of `fn`'s month: the requests it serves in its busiest hour (`served`, under it), or
 * its billed cold starts, which bend where that hour reaches the limit. One that does not prices the month as no limit
 * would, so the month is worked out once for both: a function whose share of a pool that never fills moves (another
 * function grown to the account's limit, a reservation tried) keeps what was worked out.
 */
function holdsBack(fn: LambdaFunction, profile: MonthProfile, limit: Decimal, served: Served): boolean {
  const busiest = profile.groups[0];
  return (busiest !== undefined && served.over(busiest)) || reachedAt(fn, fn.requestsPerMonth, profile, limit);
}

const sameLimit = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? a === b : a.equals(b));

/** Each function's usage last worked out: `given` the limit last asked for, `limit` the one it was worked out under. */
const usageOf = new WeakMap<
  LambdaFunction,
  {
    readonly prices: LambdaPrices;
    readonly profile: MonthProfile;
    given: Decimal | null;
    readonly limit: Decimal | null;
    readonly ceiling: Decimal | null;
    readonly usage: PricedUsage;
  }
>();

/** Usage worked out for one price table and month, by everything of a function it depends on; cleared when it grows past the limit. */
let alike: { prices: LambdaPrices | null; profile: MonthProfile | null; usage: Map<string, PricedUsage> } = { prices: null, profile: null, usage: new Map() };
const ALIKE_LIMIT = 1000;

/** Everything of a function its usage depends on, but its name. */
export function shapeOf(fn: LambdaFunction): string {
  // Asked for in each month a function is priced under a limit of its own: written once.
  let shape = shapes.get(fn);
  if (shape !== undefined) return shape;
  // A modelled provisioned share and billed cold starts depend on where their grids are anchored too.
  const anchor = fn.scenarioRequestsPerMonth ? `|${anchorOf(fn).toString()}` : '';
  shape = `${shapeAtAnyVolume(fn)}|${fn.requestsPerMonth.toString()}${anchor}`;
  shapes.set(fn, shape);
  return shape;
}

const shapes = new WeakMap<LambdaFunction, string>();

/**
 * Everything of a function its usage depends on, but its name and its volume. Its cold starts' shape among it: a
 * scheduled function and one an event source invokes, alike in all else, shared one usage, and the first one priced
 * gave the other its cold starts (the list's order moved the bill).
 */
function shapeAtAnyVolume(fn: LambdaFunction): string {
  const pc = fn.provisioned;
  const provisioned = pc ? `${pc.count}/${pc.hoursPerMonth}/${pc.requestsPerMonth?.toString() ?? ''}/${pc.durationMs?.toString() ?? ''}` : '';
  const init = `${fn.runtime ?? ''}/${fn.packageMb ?? ''}/${fn.packageType ?? ''}/${fn.customRuntime ?? ''}/${fn.initDurationMs?.toString() ?? ''}/${fn.idleTimeoutMinutes ?? ''}`;
  return `${fn.memoryMb}|${fn.architecture}|${fn.durationMs.toString()}|${fn.ephemeralStorageMb}|${provisioned}|${fn.usageGiven ?? true}|${init}|${coldStartShape(fn)}|${fn.edge ?? ''}|${keepsThrottled(fn)}`;
}

function workOutUsage(fn: LambdaFunction, prices: LambdaPrices, profile: MonthProfile, limit: Decimal | null, ceiling: Decimal | null, servedUnder: Served | null): PricedUsage {
  const { billedMs, peakRequestsPerSecond, averageConcurrency, peakConcurrency } = unlimitedFigures(fn, prices, profile);
  const served = servedUnder ?? servedRequests(fn.requestsPerMonth, fn.durationMs, limit, profile, keepsThrottled(fn));

  let provisionedRequests = ZERO;
  let provisionedBilledMs = billedMs;
  let provisionedConfiguredGbSeconds = ZERO;
  const pc = fn.provisioned;
  if (pc && pc.count > 0 && pc.hoursPerMonth > 0) {
    if (pc.durationMs) provisionedBilledMs = billedDurationMs(pc.durationMs, prices.billingGranularityMs);
    provisionedConfiguredGbSeconds = new Decimal(pc.count).times(fn.memoryMb).times(GB_PER_MB).times(pc.hoursPerMonth).times(SECONDS_PER_HOUR);
    if (pc.requestsPerMonth) {
      // As stated, up to what the environments can run in their hours: a sweep scales the stated share past it.
      provisionedRequests = min(min(pc.requestsPerMonth, served.requests), provisionedCapacity(pc.count, pc.hoursPerMonth, pc.durationMs ?? fn.durationMs));
    } else {
      // Random arrivals find every environment busy now and then: those run on demand (Erlang's B, provisioned.ts).
      provisionedRequests = provisionedServed(fn, profile, served, ceiling);
    }
  }
  const onDemandRequests = served.requests.minus(provisionedRequests);
  const onDemandSeconds = onDemandRequests.times(billedMs).times(SECONDS_PER_MS);
  const initMs = billedInitMs(fn, prices);
  // At the month's own volume, the requests served are those worked out above.
  const servedAt = (requests: Decimal) =>
    requests === fn.requestsPerMonth ? served.requests : servedRequests(requests, fn.durationMs, limit, profile, keepsThrottled(fn)).requests;
  const coldStartCount = initMs
    ? limit
      ? billedColdStarts(fn, coldStartShape(fn), prices, profile, limit, servedAt)
      : billedColdStarts(fn, coldStartShape(fn), prices, profile)
    : ZERO;
  const billedInitGbSeconds = initMs ? gbSeconds(coldStartCount, initMs, fn.memoryMb) : ZERO;
  const provisionedSeconds = provisionedRequests.times(provisionedBilledMs).times(SECONDS_PER_MS);
  const extraStorageMb = Math.max(0, fn.ephemeralStorageMb - FREE_EPHEMERAL_STORAGE_MB);

  return {
    name: fn.name,
    architecture: fn.architecture,
    memoryMb: fn.memoryMb,
    ephemeralStorageMb: fn.ephemeralStorageMb,
    requestsPerMonth: fn.requestsPerMonth,
    servedRequests: served.requests,
    throttledRequests: served.throttled,
    deferredRequests: served.deferred,
    billedDurationMs: billedMs,
    onDemandRequests,
    onDemandGbSeconds: gbSeconds(onDemandRequests, billedMs, fn.memoryMb).plus(billedInitGbSeconds),
    initGbSeconds: billedInitGbSeconds,
    billedColdStarts: coldStartCount,
    provisionedRequests,
    provisionedGbSeconds: gbSeconds(provisionedRequests, provisionedBilledMs, fn.memoryMb),
    provisionedConfiguredGbSeconds,
    peakRequestsPerSecond,
    averageConcurrency,
    peakConcurrency,
    usageGiven: fn.usageGiven ?? true,
    edge: atTheEdge(fn),
    ephemeralGbSeconds: onDemandSeconds.plus(provisionedSeconds).times(extraStorageMb).times(GB_PER_MB),
  };
}

/**
 * What of a function's month no concurrency limit moves: worked out once per function, price table and month, since a
 * month priced again with only the limits moved (the cost bomb's, tune's in a full pool) keeps each function's object.
 */
function unlimitedFigures(fn: LambdaFunction, prices: LambdaPrices, profile: MonthProfile): UnlimitedFigures {
  const last = unlimitedOf.get(fn);
  if (last && last.prices === prices && last.profile === profile) return last.figures;
  const busiest = profile.groups[0];
  const peakPerHour = busiest ? requestsPerHour(fn.requestsPerMonth, busiest, profile) : ZERO;
  const peakRequestsPerSecond = peakPerHour.dividedBy(SECONDS_PER_HOUR);
  // Concurrency is requests a second × the time each runs; the billed duration, rounded up to the table's step, is what each costs.
  const figures = {
    billedMs: billedDurationMs(fn.durationMs, prices.billingGranularityMs),
    peakRequestsPerSecond,
    averageConcurrency: fn.requestsPerMonth
      .times(fn.durationMs)
      .times(SECONDS_PER_MS)
      .dividedBy(SECONDS_PER_HOUR * HOURS_PER_MONTH),
    peakConcurrency: peakRequestsPerSecond.times(fn.durationMs).times(SECONDS_PER_MS),
  };
  unlimitedOf.set(fn, { prices, profile, figures });
  return figures;
}

interface UnlimitedFigures {
  readonly billedMs: Decimal;
  readonly peakRequestsPerSecond: Decimal;
  readonly averageConcurrency: Decimal;
  readonly peakConcurrency: Decimal;
}

const unlimitedOf = new WeakMap<LambdaFunction, { readonly prices: LambdaPrices; readonly profile: MonthProfile; readonly figures: UnlimitedFigures }>();

/** The functions' usage of one architecture, added up: what its duration and provisioned-concurrency lines are worked out from. */
interface ArchitectureTotals {
  readonly functions: number;
  readonly onDemandGbSeconds: Decimal;
  /** Of `onDemandGbSeconds`, the billed INIT phases': said on the duration line, where they would look like a slip. */
  readonly initGbSeconds: Decimal;
  /** Functions some of whose invocations ran on demand: with none, there is no on-demand duration to show. */
  readonly onDemandFunctions: number;
  readonly provisionedFunctions: number;
  readonly configuredGbSeconds: Decimal;
  readonly servedGbSeconds: Decimal;
  readonly provisionedRequests: Decimal;
}

/** The Lambda@Edge functions' usage added up: billed apart from the regional functions', with no free tier. */
interface EdgeTotals {
  readonly functions: number;
  readonly requests: Decimal;
  readonly throttled: Decimal;
  readonly gbSeconds: Decimal;
  readonly initGbSeconds: Decimal;
}

/** The month's usage added up: the Lambda bill depends on nothing else. */
interface LambdaTotals {
  /** The regional functions' requests served: a throttled request is not billed. */
  readonly requests: Decimal;
  readonly throttled: Decimal;
  readonly byArchitecture: Readonly<Record<Architecture, ArchitectureTotals>>;
  readonly storageFunctions: number;
  readonly ephemeralGbSeconds: Decimal;
  readonly edge: EdgeTotals;
}

const NO_USAGE: ArchitectureTotals = {
  functions: 0,
  onDemandGbSeconds: ZERO,
  initGbSeconds: ZERO,
  onDemandFunctions: 0,
  provisionedFunctions: 0,
  configuredGbSeconds: ZERO,
  servedGbSeconds: ZERO,
  provisionedRequests: ZERO,
};

const NO_EDGE_USAGE: EdgeTotals = { functions: 0, requests: ZERO, throttled: ZERO, gbSeconds: ZERO, initGbSeconds: ZERO };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Totals to add to in place; `from` copied (none by default). */
function openTotals(
  from?: LambdaTotals,
): Mutable<Omit<LambdaTotals, 'byArchitecture' | 'edge'>> & { byArchitecture: Record<Architecture, Mutable<ArchitectureTotals>>; edge: Mutable<EdgeTotals> } {
  const arch = (architecture: Architecture) => ({ ...(from?.byArchitecture[architecture] ?? NO_USAGE) });
  return {
    requests: from?.requests ?? ZERO,
    throttled: from?.throttled ?? ZERO,
    byArchitecture: { x86_64: arch('x86_64'), arm64: arch('arm64') },
    storageFunctions: from?.storageFunctions ?? 0,
    ephemeralGbSeconds: from?.ephemeralGbSeconds ?? ZERO,
    edge: { ...(from?.edge ?? NO_EDGE_USAGE) },
  };
}

/** One function's usage added to `totals` (`sign` 1) or taken out of them (`sign` -1), in place, once for each function it stands for (`copies`). */
function addUsage(totals: ReturnType<typeof openTotals>, u: PricedUsage, sign: 1 | -1, copies = 1): void {
  const add = (a: Decimal, b: Decimal) => {
    const each = copies === 1 ? b : b.times(copies);
    return sign === 1 ? a.plus(each) : a.minus(each);
  };
  const count = sign * copies;
  // Lambda@Edge has one price per request and per GB-second, whatever the architecture, and none of the free pool.
  if (u.edge) {
    const edge = totals.edge;
    edge.functions += count;
    edge.requests = add(edge.requests, u.servedRequests);
    edge.throttled = add(edge.throttled, u.throttledRequests);
    edge.gbSeconds = add(edge.gbSeconds, u.onDemandGbSeconds);
    if (!u.initGbSeconds.isZero()) edge.initGbSeconds = add(edge.initGbSeconds, u.initGbSeconds);
    return;
  }
  const arch = totals.byArchitecture[u.architecture];
  totals.requests = add(totals.requests, u.servedRequests);
  totals.throttled = add(totals.throttled, u.throttledRequests);
  arch.functions += count;
  arch.onDemandGbSeconds = add(arch.onDemandGbSeconds, u.onDemandGbSeconds);
  if (!u.initGbSeconds.isZero()) arch.initGbSeconds = add(arch.initGbSeconds, u.initGbSeconds);
  if (u.provisionedRequests.isZero()) arch.onDemandFunctions += count;
  if (!u.provisionedConfiguredGbSeconds.isZero()) {
    arch.provisionedFunctions += count;
    arch.configuredGbSeconds = add(arch.configuredGbSeconds, u.provisionedConfiguredGbSeconds);
    arch.servedGbSeconds = add(arch.servedGbSeconds, u.provisionedGbSeconds);
    arch.provisionedRequests = add(arch.provisionedRequests, u.provisionedRequests);
  }
  if (!u.ephemeralGbSeconds.isZero()) {
    totals.storageFunctions += count;
    totals.ephemeralGbSeconds = add(totals.ephemeralGbSeconds, u.ephemeralGbSeconds);
  }
}

/** `totals` with one function's usage added (`sign` 1) or taken out (`sign` -1), for each function it stands for. */
function withUsage(totals: LambdaTotals, u: PricedUsage, sign: 1 | -1, copies: number): LambdaTotals {
  const changed = openTotals(totals);
  addUsage(changed, u, sign, copies);
  return changed;
}

/** The functions' usage added up, each for every function it stands for, in place: a template's thousands of functions made as many copies of the totals. */
function totalsOf(usage: readonly PricedUsage[], functions: readonly LambdaFunction[]): LambdaTotals {
  const totals = openTotals();
  usage.forEach((u, index) => addUsage(totals, u, 1, copiesOf(functions[index]!)));
  return totals;
}

/** The estimate's refusal of a memory size the table cannot price: the first of tableProblems' memory sizes. */
function checkMemory(functions: readonly LambdaFunction[], prices: LambdaPrices, where: string): void {
  const [first] = memoryProblems(functions, prices, where);
  if (first) throw new PricingError(first.message);
}

/**
 * The Lambda line items of a month: one request line, duration per
 * architecture and price band, provisioned concurrency per architecture and
 * ephemeral storage. The free tier is one pool for all functions and both
 * architectures; its GB-seconds cover x86_64 duration first (the dearer rate),
 * then arm64. It applies to on-demand duration only, never to the
 * provisioned duration rate, as in AWS's provisioned-concurrency example.
 */
export function lambdaLineItems(
  functions: readonly LambdaFunction[],
  prices: LambdaPrices,
  profile: MonthProfile,
  freeTier: boolean,
  where: string,
  limits: Limits,
): { lineItems: LineItem[]; usage: FunctionUsage[] } {
  checkMemory(functions, prices, where);
  const perFunction = concurrencyLimits(functions, limits, prices, profile);
  const ceilings = concurrencyCeilings(functions, limits, prices, profile);
  const usage = functions.map((fn, index) => functionUsage(fn, prices, profile, perFunction[index] ?? null, ceilings[index] ?? null));
  const lineItems = billOf(totalsOf(usage, functions), prices, freeTier, where, (needs) => usage.filter(needs));
  return { lineItems, usage: usage.map(({ ephemeralGbSeconds: _storage, ...rest }) => rest) };
}

/**
 * The month's Lambda bill, unrounded, with `functions[index]` replaced by
 * `replacement`: worked out from the others' usage added up once, so that
 * trying a change to each of many functions costs one function's work each.
 */
export function lambdaUsdWith(
  functions: readonly LambdaFunction[],
  index: number,
  replacement: LambdaFunction,
  prices: LambdaPrices,
  profile: MonthProfile,
  freeTier: boolean,
  where: string,
  limits: Limits,
): Decimal {
  checkMemory([replacement], prices, where);
  const before = concurrencyLimits(functions, limits, prices, profile);
  const { own, others } = limitsWithReplaced(functions, limits, prices, profile, index, replacement);
  // The others' shares of the pool moved where it is full: the whole list is priced again, each kind of function
  // alike but for its name once (alike, they share the pool alike), counted for each of its functions.
  if (others) {
    const { functions: kinds, limits: kindLimits } = othersByKind(functions, index, replacement, others);
    return sum(lambdaLineItems(kinds, prices, profile, freeTier, where, { perFunction: kindLimits }).lineItems.map((item) => item.exactUsd));
  }
  let base = totalsFor.get(functions);
  if (!base || base.prices !== prices || base.profile !== profile || base.limits !== before) {
    base = {
      prices,
      profile,
      limits: before,
      totals: totalsOf(
        functions.map((fn, i) => functionUsage(fn, prices, profile, before[i] ?? null)),
        functions,
      ),
    };
    totalsFor.set(functions, base);
  }
  const totals = withUsage(
    withUsage(base.totals, functionUsage(functions[index]!, prices, profile, before[index] ?? null), -1, copiesOf(functions[index]!)),
    functionUsage(replacement, prices, profile, own),
    1,
    copiesOf(replacement),
  );
  const usage = () => functions.map((fn, i) => (i === index ? functionUsage(replacement, prices, profile, own) : functionUsage(fn, prices, profile, before[i] ?? null)));
  return sum(billOf(totals, prices, freeTier, where, (needs) => usage().filter(needs)).map((item) => item.exactUsd));
}

/**
 * The month's functions with `functions[index]` replaced, each kind of the
 * others once, counted for each of its functions, with the limits `limitOf`
 * gives them: functions alike share the pool alike, so one of a kind's
 * stands for all of its.
 */
function othersByKind(
  functions: readonly LambdaFunction[],
  index: number,
  replacement: LambdaFunction,
  limitOf: (index: number) => Decimal | null,
): { functions: LambdaFunction[]; limits: (Decimal | null)[] } {
  const { kindOf, kinds } = alikeKinds(functions);
  const listed: LambdaFunction[] = [];
  const limits: (Decimal | null)[] = [];
  kinds.forEach(({ first, second, copies }, kind) => {
    const replaced = kind === kindOf[index];
    const stands = replaced && first === index ? second : first;
    if (stands === null) return;
    const counted = replaced ? copies - copiesOf(functions[index]!) : copies;
    const fn = functions[stands]!;
    listed.push(counted === copiesOf(fn) ? fn : { ...fn, copies: counted });
    limits.push(limitOf(stands));
  });
  listed.push(replacement);
  limits.push(limitOf(index));
  return { functions: listed, limits };
}

const totalsFor = new WeakMap<readonly LambdaFunction[], { prices: LambdaPrices; profile: MonthProfile; limits: readonly (Decimal | null)[]; totals: LambdaTotals }>();

/**
 * The functions with their requests as served: what follows each invocation
 * (its log lines) follows these. The same list when nothing is throttled.
 */
export function servedFunctions(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile): readonly LambdaFunction[] {
  // The logs' meters and line items ask for the same scaled scenario's functions several times: worked out once.
  const last = servedOf.get(functions);
  if (last && last.limits === limits && last.prices === prices && last.profile === profile) return last.served;
  const served = workOutServed(functions, limits, prices, profile);
  servedOf.set(functions, { limits, prices, profile, served });
  return served;
}

const servedOf = new WeakMap<readonly LambdaFunction[], { limits: Limits; prices: LambdaPrices; profile: MonthProfile; served: readonly LambdaFunction[] }>();

function workOutServed(functions: readonly LambdaFunction[], limits: Limits, prices: LambdaPrices, profile: MonthProfile): readonly LambdaFunction[] {
  const perFunction = concurrencyLimits(functions, limits, prices, profile);
  const ceilings = concurrencyCeilings(functions, limits, prices, profile);
  let changed = false;
  const served = functions.map((fn, index) => {
    if (!perFunction[index]) return fn;
    // The served requests the Lambda bill worked out for the function (once for functions alike but for their names).
    const { servedRequests, throttledRequests } = functionUsage(fn, prices, profile, perFunction[index], ceilings[index] ?? null);
    if (throttledRequests.isZero()) return fn;
    changed = true;
    return { ...fn, requestsPerMonth: servedRequests };
  });
  return changed ? served : functions;
}

/** The line items of `totals`. `needing` lists the functions a missing price would leave unpriced, for the message. */
function billOf(totals: LambdaTotals, prices: LambdaPrices, freeTier: boolean, where: string, needing: (needs: (u: PricedUsage) => boolean) => PricedUsage[]): LineItem[] {
  const lineItems: LineItem[] = [];
  const regional = ARCHITECTURES.some((architecture) => totals.byArchitecture[architecture].functions > 0);

  // Requests have one flat price, billed as a single band so that the free tier is shown the same way as for duration.
  // A throttled request never ran: it is not billed, and the note says how many there were.
  // A month of Lambda@Edge functions alone has no regional requests to show.
  if (regional || !totals.edge.functions)
    lineItems.push(
      allowanceLineItem({
        id: 'lambda.requests',
        label: 'Lambda requests',
        countedAs: servedWords(totals.throttled),
        unit: '1M requests',
        unitsPerCount: PER_MILLION,
        gross: totals.requests,
        free: freeTier ? prices.freeTier.requests : ZERO,
        usd: prices.requestsPerMillionUsd,
      }),
    );

  let freeGbSecondsLeft = freeTier ? prices.freeTier.gbSeconds : ZERO;
  for (const architecture of ARCHITECTURES) {
    const ofArch = totals.byArchitecture[architecture];
    if (!ofArch.functions) continue;
    const tiers = prices.durationPerGbSecond[architecture];
    if (!tiers)
      throw missingPrice(
        `${architecture} Lambda duration`,
        where,
        needing((u) => u.architecture === architecture),
      );
    const gross = ofArch.onDemandGbSeconds;
    const free = min(freeGbSecondsLeft, gross);
    freeGbSecondsLeft = freeGbSecondsLeft.minus(free);
    // When every invocation ran on provisioned environments there is no on-demand duration to show.
    const allProvisioned = gross.isZero() && ofArch.onDemandFunctions === 0;
    if (!allProvisioned) {
      const duration = {
        id: `lambda.duration.${architecture}`,
        label: `Duration, ${architecture}`,
        countedAs: gbSecondsWords(ofArch.initGbSeconds),
        unit: 'GB-seconds',
        unitsPerCount: ONE,
        gross,
        free,
        tiers,
      };
      const bands = tieredLineItems(duration);
      // A band's line counts its own GB-seconds, not the month's: "6,000,000,000 GB-s (1,094,731.44 of them INIT
      // phases)" on each band said the month's INIT phases were in every one.
      lineItems.push(
        ...(bands.length > 1 && !ofArch.initGbSeconds.isZero()
          ? tieredLineItems({ ...duration, countedAs: `GB-s (${noteCount(ofArch.initGbSeconds)} of the month's are INIT phases)` })
          : bands),
      );
    }
  }

  for (const architecture of ARCHITECTURES) {
    const ofArch = totals.byArchitecture[architecture];
    if (!ofArch.provisionedFunctions) continue;
    const configuredPrice = prices.provisionedConcurrencyPerGbSecond[architecture];
    const durationPrice = prices.provisionedDurationPerGbSecond[architecture];
    if (!configuredPrice || !durationPrice) {
      throw missingPrice(
        `${architecture} provisioned concurrency`,
        where,
        needing((u) => u.architecture === architecture && !u.provisionedConfiguredGbSeconds.isZero()),
      );
    }
    lineItems.push(
      lineItem({
        id: `lambda.provisioned-concurrency.${architecture}`,
        label: `Provisioned concurrency, ${architecture}`,
        quantity: ofArch.configuredGbSeconds,
        unit: 'GB-seconds',
        unitPriceUsd: configuredPrice,
        basis: { used: ofArch.configuredGbSeconds, free: ZERO, countedAs: 'GB-s configured' },
      }),
      lineItem({
        id: `lambda.provisioned-duration.${architecture}`,
        label: `Provisioned duration, ${architecture}`,
        quantity: ofArch.servedGbSeconds,
        unit: 'GB-seconds',
        unitPriceUsd: durationPrice,
        basis: { used: ofArch.provisionedRequests, free: ZERO, countedAs: 'invocations served' },
      }),
    );
  }

  if (totals.storageFunctions) {
    if (!prices.ephemeralStoragePerGbSecond)
      throw missingPrice(
        'ephemeral storage above 512 MB',
        where,
        needing((u) => !u.ephemeralGbSeconds.isZero()),
      );
    lineItems.push(
      lineItem({
        id: 'lambda.ephemeral-storage',
        label: 'Ephemeral storage above 512 MB',
        quantity: totals.ephemeralGbSeconds,
        unit: 'GB-seconds',
        unitPriceUsd: prices.ephemeralStoragePerGbSecond,
        basis: null,
      }),
    );
  }
  if (totals.edge.functions) lineItems.push(...edgeLineItems(totals.edge, prices, where, needing));
  return lineItems;
}

/** `requests`, or how many of them were throttled, for a request line's note. */
function servedWords(throttled: Decimal): string {
  return throttled.isZero() ? 'requests' : `requests served (${formatCount(throttled.toNumber())} throttled, not billed)`;
}

/**
 * Lambda@Edge's lines: its requests and its GB-seconds (every invocation's and billed INIT phase's), each at its one
 * price. No free tier is priced: none that applies to Lambda@Edge could be confirmed, and the note says so.
 */
function edgeLineItems(edge: EdgeTotals, prices: LambdaPrices, where: string, needing: (needs: (u: PricedUsage) => boolean) => PricedUsage[]): LineItem[] {
  if (!prices.edge)
    throw missingPrice(
      'Lambda@Edge',
      where,
      needing((u) => u.edge),
    );
  return [
    allowanceLineItem({
      id: 'lambda.edge.requests',
      label: 'Lambda@Edge requests',
      countedAs: `${servedWords(edge.throttled)}; ${NO_EDGE_FREE_TIER}`,
      unit: '1M requests',
      unitsPerCount: PER_MILLION,
      gross: edge.requests,
      free: ZERO,
      usd: prices.edge.requestsPerMillionUsd,
    }),
    allowanceLineItem({
      id: 'lambda.edge.duration',
      label: 'Lambda@Edge duration',
      countedAs: `${gbSecondsWords(edge.initGbSeconds)}; ${NO_EDGE_FREE_TIER}`,
      unit: 'GB-seconds',
      unitsPerCount: ONE,
      gross: edge.gbSeconds,
      free: ZERO,
      usd: prices.edge.durationPerGbSecond,
    }),
  ];
}

/** A duration line's GB-seconds, with the part that the billed INIT phases are (docs/cold-starts.md), which are not the invocations'. */
function gbSecondsWords(initGbSeconds: Decimal): string {
  return initGbSeconds.isZero() ? 'GB-s' : `GB-s (${noteCount(initGbSeconds)} of them INIT phases)`;
}

const NO_EDGE_FREE_TIER = 'no free tier, as none is confirmed for Lambda@Edge';

function missingPrice(what: string, where: string, usage: readonly FunctionUsage[]): PricingError {
  return new PricingError(
    `pricing ${where} has no ${what} price, which ${agreeing(
      usage.map((u) => u.name),
      'needs',
      'need',
    )}; choose a newer pricing version with ${option('pricing')}`,
  );
}
