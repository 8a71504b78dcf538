// Memory sizing: each function priced at every memory size its price table
// allows, on both architectures, its duration there from the memory model
// (lambda/memory.ts). Each size is priced by the Lambda line items with the
// one function changed, so the bill has every band, the free tier and
// provisioned concurrency as `estimate` has them. docs/memory.md says how.
import { Decimal, ZERO } from '../../core/money.js';
import { ONE_MILLION } from '../../core/units.js';
import type { MonthProfile } from '../../core/traffic.js';
import { ARCHITECTURES, type Architecture } from './architecture.js';
import {
  atTheEdge,
  edgeLimits,
  maxMemoryMbOf,
  alikeButName,
  alikeKinds,
  atMemory,
  concurrencyLimits,
  billedDurationMs,
  durationAtMs,
  durationCurve,
  fullSpeedMb,
  MAX_DURATION_MS,
  type MemoryModel,
  memoryModelOf,
  RUNTIME_COLD_START_MS,
  vcpusAt,
  functionUsage,
  lambdaUsdWith,
  limitsOf,
  limitsWithReplaced,
  type LambdaFunction,
  type LambdaPrices,
} from './lambda/index.js';
import { monthOf, regionOf } from './platforms.js';
import type { PriceBook, Scenario } from './types.js';

/** The sizes a table shows: round sizes, the old 3,008 MB limit, and where the model's vCPUs reach 1, 2, 3, 4 and 6. */
export const SHOWN_MEMORY_MB: readonly number[] = [128, 256, 512, 1024, 1536, 2048, 3008, 4096, 8192, ...[1, 2, 3, 4, 6].map(fullSpeedMb)].sort((a, b) => a - b);

/** The balanced choice: the cheapest size whose duration is within this percent of the fastest's. */
export const BALANCED_WITHIN_PCT = 10;

/** One function at one memory size and architecture. */
export interface SizeCost {
  readonly memoryMb: number;
  readonly architecture: Architecture;
  readonly vcpus: Decimal;
  /** The expected average duration, before rounding up to the billing granularity. */
  readonly durationMs: Decimal;
  /** The runtime's cold-start time there (its CPU-bound share scaled as the duration's is); null for a runtime without figures. */
  readonly coldStartMs: Decimal | null;
  /** What the function adds to the month's Lambda bill, unrounded: the bill with it, less the bill without it. */
  readonly monthlyUsd: Decimal;
  /** Per million of its invocations; null for a function without requests. */
  readonly perMillionUsd: Decimal | null;
}

/** A chosen size, and what it saves against today's (below zero, what it adds). */
export interface Choice extends SizeCost {
  readonly savingUsd: Decimal;
  /** Of today's monthly cost; null when today's costs nothing. */
  readonly savingPct: Decimal | null;
}

export interface Choices {
  readonly cheapest: Choice;
  readonly fastest: Choice;
  /** The cheapest size within BALANCED_WITHIN_PCT of the fastest duration. */
  readonly balanced: Choice;
}

export interface FunctionTune {
  readonly name: string;
  /** The first function before it that is alike but for its name (and so tunes the same); null for the first of its kind. */
  readonly alikeOf: string | null;
  readonly requestsPerMonth: Decimal;
  readonly model: MemoryModel;
  /** No smaller size is chosen (the function's peak_memory_mb); null when not given. */
  readonly peakMemoryMb: number | null;
  readonly today: SizeCost;
  /** Over both architectures (those the table prices). */
  readonly choices: Choices;
  /** On today's architecture only. */
  readonly onTodaysArchitecture: Choices;
  /** The sizes to show: SHOWN_MEMORY_MB the table allows, today's and the chosen ones, each on every architecture, by memory. */
  readonly shown: readonly SizeCost[];
  /** The sizes the choices were made from: every allowed size from peak_memory_mb up that finishes within 15 minutes, on every architecture. */
  readonly sizesCompared: number;
  readonly smallestComparedMb: number;
  /** For a chart: `curvePoints` sizes evenly spread from the smallest to the largest, on every architecture; empty when none were asked for. */
  readonly curve: readonly SizeCost[];
  /** The architectures it was tuned on: the run's, or x86_64 alone for a Lambda@Edge function. */
  readonly architectures: readonly Architecture[];
  /** Its largest size: the table's, or its Lambda@Edge trigger's. */
  readonly maxMemoryMb: number;
  /** Runs as Lambda@Edge: its sizes and runs are held to its trigger's limits, not Lambda's. */
  readonly atTheEdge: boolean;
  /** The longest run it may have: Lambda's 15 minutes, or its Lambda@Edge trigger's timeout. */
  readonly maxDurationMs: number;
}

export interface TuneResult {
  readonly scenario: { readonly name: string; readonly file: string };
  readonly pricing: { readonly id: string; readonly effectiveDate: string; readonly region: string };
  readonly freeTier: boolean;
  readonly architectures: readonly Architecture[];
  /** The memory sizes the table allows: from 128 MB to `maxMemoryMb` in steps of `memoryStepMb`. */
  readonly memoryStepMb: number;
  readonly maxMemoryMb: number;
  readonly functions: readonly FunctionTune[];
  /** The functions left out past `maxKinds` kinds, in the file's order: none when every one asked for was tuned. */
  readonly notTuned: readonly string[];
}

export { MAX_DURATION_MS };

/** Each kind of function a result tuned: the first of its kind, with the names of those alike but for their names (which tune the same), in order. */
export function tuneKinds(result: TuneResult): Array<{ fn: FunctionTune; alike: string[] }> {
  const kinds = new Map<string, { fn: FunctionTune; alike: string[] }>();
  for (const fn of result.functions) {
    if (fn.alikeOf === null) kinds.set(fn.name, { fn, alike: [] });
    else kinds.get(fn.alikeOf)?.alike.push(fn.name);
  }
  return [...kinds.values()];
}

/** How many times `maxFunctionsPriced` the first kind may take. */
const FIRST_KIND_TIMES = 10;

/** About the sizes a kind whose bill grows with its GB-seconds alone prices: its shown sizes, and binary searches over the rest. */
const SIZES_PRICED_GROWING = 70;

/** The smallest memory Lambda has allowed under every price table. */
export const MIN_MEMORY_MB = 128;

/** Every memory size `prices` allows, from the smallest. */
export function allowedMemoryMb(prices: LambdaPrices): number[] {
  const sizes: number[] = [];
  const first = Math.ceil(MIN_MEMORY_MB / prices.memoryStepMb) * prices.memoryStepMb;
  for (let memoryMb = first; memoryMb <= prices.maxMemoryMb; memoryMb += prices.memoryStepMb) sizes.push(memoryMb);
  return sizes;
}

/**
 * Every function of `scenario` (or those `only` names) at every memory size
 * on every architecture the table prices, with the cheapest, the fastest and
 * the balanced choice; functions alike but for their names are tuned once,
 * and past `maxKinds` kinds, or where a kind would take the functions priced
 * past `maxFunctionsPriced` (the first kind up to `firstKindBudget`), the
 * functions of another kind are left out. Pure.
 */
export function tune(
  scenario: Scenario,
  book: PriceBook,
  {
    only = null,
    curvePoints = 0,
    maxKinds = Number.POSITIVE_INFINITY,
    maxFunctionsPriced = Number.POSITIVE_INFINITY,
    firstKindBudget,
  }: {
    only?: ReadonlySet<string> | null;
    curvePoints?: number;
    maxKinds?: number;
    maxFunctionsPriced?: number;
    /**
     * The functions the first kind may price: by default ten runs' worth, and no bound for the first of those `only`
     * names (asked for by name); given, for sweeps nobody asked for by name (a report's charts).
     */
    firstKindBudget?: number;
  } = {},
): TuneResult {
  const { prices, where } = regionOf(scenario, book);
  const { profile } = monthOf(scenario, where);
  const lambda = prices.lambda;
  const architectures = ARCHITECTURES.filter((arch) => lambda.durationPerGbSecond[arch]);
  const sizes = allowedMemoryMb(lambda);
  // Two functions alike but for their names cost the same at each size (the month around each is the
  // same), so a template of many functions alike is tuned once per kind of function.
  const tuned = new Map<string, FunctionTune>();
  const notTuned: string[] = [];
  const pricedPerSize = functionsPricedPerSize(scenario, lambda, profile);
  let functionsPriced = 0;
  const functions = scenario.functions.flatMap((fn, index): FunctionTune[] => {
    if (only !== null && !only.has(fn.name)) return [];
    const alike = alikeButName(fn);
    const known = tuned.get(alike);
    if (known) return [{ ...known, name: fn.name, alikeOf: known.name }];
    if (tuned.size >= maxKinds) {
      notTuned.push(fn.name);
      return [];
    }
    // Lambda@Edge runs x86_64 alone, and a viewer trigger in 128 MB at most.
    const maxMb = maxMemoryMbOf(fn, lambda.maxMemoryMb);
    const ownArchitectures = fn.edge ? architectures.filter((architecture) => architecture === 'x86_64') : architectures;
    const ownSizes = fn.edge ? sizes.filter((memoryMb) => memoryMb <= maxMb) : sizes;
    const pricer = sizePricer(scenario, index, lambda, profile, where);
    const maxDurationMs = fn.edge ? edgeLimits(fn.edge).maxDurationMs : MAX_DURATION_MS;
    const fitting = runnable(
      ownSizes.filter((memoryMb) => memoryMb >= (fn.peakMemoryMb ?? 0)),
      durationCurve(pricer.model),
      maxDurationMs,
    );
    // Past the size where the code stops getting faster, each size is as fast as that one and bills more GB-seconds: never a choice.
    const fullSpeed = fitting.findIndex((memoryMb) => memoryMb >= fullSpeedMb(pricer.model.threads));
    const swept = fullSpeed < 0 ? fitting : fitting.slice(0, fullSpeed + 1);
    // Where the bill grows with GB-seconds alone, a few dozen sizes are priced (binary searches); else every point on every architecture.
    const perSize = pricedPerSize(fn);
    const expected = (pricer.growsWithGbSeconds ? SIZES_PRICED_GROWING : swept.length * ownArchitectures.length) * perSize;
    // The first kind is tuned unless it alone would take ten runs' worth (a function with provisioned concurrency
    // in a full pool of a thousand kinds: minutes and gigabytes); the first of those `only` names always is.
    const firstAllowed = firstKindBudget ?? (only === null ? FIRST_KIND_TIMES * maxFunctionsPriced : Number.POSITIVE_INFINITY);
    if (functionsPriced > 0 ? functionsPriced + expected > maxFunctionsPriced : expected > firstAllowed) {
      notTuned.push(fn.name);
      return [];
    }
    // Each point's duration and billed GB-seconds, worked out only for a kind that is tuned: a kind left out is not swept.
    const points = sweepPoints(pricer.model, swept, lambda.billingGranularityMs);
    const today = pricer.at(fn.memoryMb, fn.architecture);
    const choicesOn = (on: readonly Architecture[]) => against(today, choose(points, on, pricer));
    const choices = choicesOn(ownArchitectures);
    const onTodaysArchitecture = choicesOn([fn.architecture]);
    const curveMb = evenlySpread(ownSizes, curvePoints);
    const picked = new Set([...SHOWN_MEMORY_MB, fn.memoryMb, ...[choices, onTodaysArchitecture].flatMap((c) => [c.cheapest.memoryMb, c.fastest.memoryMb, c.balanced.memoryMb])]);
    const shown = [...picked]
      .filter((memoryMb) => memoryMb <= maxMb && memoryMb % lambda.memoryStepMb === 0)
      .sort((a, b) => a - b)
      .flatMap((memoryMb) => ownArchitectures.map((architecture) => pricer.at(memoryMb, architecture)));
    const result: FunctionTune = {
      name: fn.name,
      alikeOf: null,
      requestsPerMonth: fn.requestsPerMonth,
      model: pricer.model,
      peakMemoryMb: fn.peakMemoryMb ?? null,
      today,
      choices,
      onTodaysArchitecture,
      shown,
      sizesCompared: fitting.length * ownArchitectures.length,
      smallestComparedMb: fitting[0]!,
      architectures: ownArchitectures,
      maxMemoryMb: maxMb,
      atTheEdge: atTheEdge(fn),
      maxDurationMs,
      curve: ownArchitectures.flatMap((architecture) => curveMb.map((memoryMb) => pricer.at(memoryMb, architecture))),
    };
    tuned.set(alike, result);
    functionsPriced += pricer.sizesPriced * perSize;
    return [result];
  });
  return {
    scenario: { name: scenario.name, file: scenario.file },
    pricing: { id: book.id, effectiveDate: book.effectiveDate, region: scenario.region },
    freeTier: scenario.freeTier,
    architectures,
    memoryStepMb: lambda.memoryStepMb,
    maxMemoryMb: lambda.maxMemoryMb,
    functions,
    notTuned,
  };
}

/**
 * The sizes at which the function finishes within `maxDurationMs` (Lambda's 15 minutes, or its Lambda@Edge trigger's timeout): from
 * the first that does, since a larger size is never slower (today's does).
 */
function runnable(sizes: readonly number[], durationAt: (memoryMb: number) => Decimal, maxDurationMs: number): number[] {
  let low = 0;
  let high = sizes.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (durationAt(sizes[middle]!).lessThanOrEqualTo(maxDurationMs)) high = middle;
    else low = middle + 1;
  }
  return sizes.slice(low);
}

/** `count` of `sizes`, evenly spread from the first to the last (all of them, when there are no more). */
function evenlySpread(sizes: readonly number[], count: number): number[] {
  if (count <= 0) return [];
  if (count >= sizes.length) return [...sizes];
  const last = sizes.length - 1;
  return [...new Set(Array.from({ length: count }, (_, i) => sizes[Math.round((i * last) / Math.max(1, count - 1))]!))];
}

function against(today: SizeCost, choices: { cheapest: SizeCost; fastest: SizeCost; balanced: SizeCost }): Choices {
  const saving = (size: SizeCost): Choice => {
    const savingUsd = today.monthlyUsd.minus(size.monthlyUsd);
    return { ...size, savingUsd, savingPct: today.monthlyUsd.isZero() ? null : savingUsd.times(100).dividedBy(today.monthlyUsd) };
  };
  return { cheapest: saving(choices.cheapest), fastest: saving(choices.fastest), balanced: saving(choices.balanced) };
}

/** A size before it is priced: its duration, and what its bill grows with. */
interface SweepPoint {
  readonly memoryMb: number;
  readonly durationMs: Decimal;
  /**
   * Billed milliseconds × memory: the function's GB-seconds per invocation, to a constant factor. A double, since it
   * only orders the search in cheapestOn, whose costs are then compared exactly; whole milliseconds times whole MB
   * stay far below 2^53, so the order is exact too.
   */
  readonly billedMbMs: number;
}

function sweepPoints(model: MemoryModel, sizes: readonly number[], granularityMs: number): SweepPoint[] {
  const durationAt = durationCurve(model);
  return sizes.map((memoryMb) => {
    const durationMs = durationAt(memoryMb);
    return { memoryMb, durationMs, billedMbMs: billedDurationMs(durationMs, granularityMs).toNumber() * memoryMb };
  });
}

type Pricer = ReturnType<typeof sizePricer>;

/**
 * The functions one size of `fn` prices: an unreserved function in a full
 * concurrency pool moves every other's share of it, so each kind of function is
 * priced again; any other function prices itself alone.
 */
export function functionsPricedPerSize(scenario: Scenario, prices: LambdaPrices, profile: MonthProfile): (fn: LambdaFunction) => number {
  const limits = concurrencyLimits(scenario.functions, limitsOf(scenario), prices, profile);
  const poolFull = scenario.functions.some((fn, index) => fn.reservedConcurrency == null && limits[index] != null);
  const kinds = poolFull ? alikeKinds(scenario.functions).kinds.length : 1;
  return (fn) => (fn.reservedConcurrency == null ? kinds : 1);
}

/**
 * Without provisioned concurrency or paid ephemeral storage, a function's
 * bill on one architecture depends on its GB-seconds alone, and never falls
 * as they grow (every band's price is positive; the free tier is used up, not
 * refilled): a size that bills fewer GB-seconds costs no more.
 */
export function billGrowsWithGbSeconds(fn: LambdaFunction): boolean {
  return !fn.provisioned && fn.ephemeralStorageMb <= 512;
}

/**
 * Prices `scenario.functions[index]` at any size and architecture, each once:
 * the Lambda bill with the function changed, less the bill without it (the
 * others' usage added up once, see lambdaUsdWith).
 */
export function sizePricer(scenario: Scenario, index: number, prices: LambdaPrices, profile: MonthProfile, where: string) {
  const fn = scenario.functions[index]!;
  const model = memoryModelOf(fn);
  const limits = limitsOf(scenario);
  const bill = (replacement: LambdaFunction) => lambdaUsdWith(scenario.functions, index, replacement, prices, profile, scenario.freeTier, where, limits);
  // Over its concurrency limit, a longer run serves fewer requests: the bill no longer grows with GB-seconds
  // alone. The longest run is at the smallest size, so a function no limit throttles there is throttled at none.
  const throttledAs = (candidate: LambdaFunction) =>
    functionUsage(candidate, prices, profile, limitsWithReplaced(scenario.functions, limits, prices, profile, index, candidate).own).throttledRequests.greaterThan(0);
  // Asked only where the bill could grow with GB-seconds alone: each ask works out every function's limit again.
  const growsWithGbSeconds = billGrowsWithGbSeconds(fn) && !(throttledAs(fn) || throttledAs(atMemory(fn, allowedMemoryMb(prices)[0]!, fn.architecture, model)));
  // The bill without the function, worked out when a size is first priced.
  let withoutIt: Decimal | null = null;
  const coldStart = fn.runtime ? new Decimal(RUNTIME_COLD_START_MS[fn.runtime].p50) : null;
  const priced = new Map<string, SizeCost>();
  return {
    model,
    growsWithGbSeconds,
    /** The sizes priced so far, each a Lambda bill worked out: what a run's work is counted in. */
    get sizesPriced() {
      return priced.size;
    },
    at(memoryMb: number, architecture: Architecture): SizeCost {
      const key = `${memoryMb}|${architecture}`;
      let size = priced.get(key);
      if (!size) {
        const changed = atMemory(fn, memoryMb, architecture, model);
        withoutIt ??= bill({ ...fn, requestsPerMonth: ZERO, provisioned: null });
        const monthlyUsd = bill(changed).minus(withoutIt);
        size = {
          memoryMb,
          architecture,
          vcpus: vcpusAt(memoryMb),
          durationMs: changed.durationMs,
          coldStartMs: coldStart && durationAtMs(model, memoryMb, coldStart),
          monthlyUsd,
          perMillionUsd: fn.requestsPerMonth.isZero() ? null : monthlyUsd.dividedBy(fn.requestsPerMonth).times(ONE_MILLION),
        };
        priced.set(key, size);
      }
      return size;
    },
  };
}

/** By cost, then duration, then memory: of equal costs the faster, then the smaller. */
const byCost = (a: SizeCost, b: SizeCost) => a.monthlyUsd.comparedTo(b.monthlyUsd) || a.durationMs.comparedTo(b.durationMs) || a.memoryMb - b.memoryMb;

function best<T>(items: readonly T[], order: (a: T, b: T) => number): T {
  let found: T = items[0]!;
  for (const item of items) if (order(item, found) < 0) found = item;
  return found;
}

/**
 * The cheapest of `points` on `architecture` (ties: the faster, then the
 * smaller), exactly as pricing every one would find it. Where the bill grows
 * with GB-seconds alone, the fewest GB-seconds cost the least; a binary
 * search over the points in that order finds how far the same cost reaches
 * (the free tier can cover many sizes alike), and the fastest of those wins
 * without pricing them all.
 */
function cheapestOn(points: readonly SweepPoint[], architecture: Architecture, pricer: Pricer): SizeCost {
  const price = (point: SweepPoint) => pricer.at(point.memoryMb, architecture);
  if (!pricer.growsWithGbSeconds) return best(points.map(price), byCost);
  const sorted = [...points].sort((a, b) => a.billedMbMs - b.billedMbMs);
  const least = price(sorted[0]!).monthlyUsd;
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (price(sorted[middle]!).monthlyUsd.equals(least)) low = middle;
    else high = middle - 1;
  }
  const tied = sorted.slice(0, low + 1);
  return price(best(tied, (a, b) => a.durationMs.comparedTo(b.durationMs) || a.memoryMb - b.memoryMb));
}

/** The cheapest, the fastest, and the cheapest within BALANCED_WITHIN_PCT of the fastest, over `architectures`. */
function choose(points: readonly SweepPoint[], architectures: readonly Architecture[], pricer: Pricer): { cheapest: SizeCost; fastest: SizeCost; balanced: SizeCost } {
  const cheapestWhere = (within: readonly SweepPoint[]) =>
    best(
      architectures.map((architecture) => cheapestOn(within, architecture, pricer)),
      byCost,
    );
  // The model gives every architecture the same duration: the fastest sizes are the same on each.
  const leastMs = best(points, (a, b) => a.durationMs.comparedTo(b.durationMs)).durationMs;
  const fastest = cheapestWhere(points.filter((point) => point.durationMs.equals(leastMs)));
  const limitMs = leastMs.times(100 + BALANCED_WITHIN_PCT).dividedBy(100);
  return {
    cheapest: cheapestWhere(points),
    fastest,
    balanced: cheapestWhere(points.filter((point) => point.durationMs.lessThanOrEqualTo(limitMs))),
  };
}
