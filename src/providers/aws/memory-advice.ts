// The memory advice of `estimate`: for each function, the cheapest other size
// on its architecture that the memory model says runs no slower, when it saves
// at least lambda.memory_advice_pct of the function's monthly cost. The sizes
// tried are some of those `slcost tune` shows, and the one where the code
// reaches full speed (docs/memory.md); `tune` tries every one.
import { Decimal } from '../../core/money.js';
import { listNames } from '../../core/names.js';
import { formatCount } from '../../core/numbers.js';
import { option } from '../../core/refer.js';
import type { MonthProfile } from '../../core/traffic.js';
import type { Warning } from '../../core/types.js';
import {
  maxMemoryMbOf,
  billedDurationMs,
  DEFAULT_MEMORY_ADVICE_PCT,
  durationCurve,
  fullSpeedMb,
  memoryModelOf,
  shapeOf,
  type LambdaFunction,
  type LambdaPrices,
  type MemoryAdvice,
  type MemoryModel,
} from './lambda/index.js';
import { billGrowsWithGbSeconds, functionsPricedPerSize, MIN_MEMORY_MB, SHOWN_MEMORY_MB, type SizeCost, sizePricer } from './tune.js';
import type { Scenario } from './types.js';

/**
 * Functions priced, counted over every size the advice tries, after which it
 * tries no more: a third of a second or so. Where the account's concurrency is
 * full, a size that runs a function shorter, and the month without it (what
 * each size adds is measured against it), move every other function's share of
 * it, so each is the whole list of functions priced again: without a bound,
 * the square of the functions (docs/performance.md).
 * Elsewhere a size tried prices the one function, and no month comes near it.
 */
export const MEMORY_ADVICE_FUNCTIONS_PRICED = 10_000;

/** The memory advice, and a warning naming the functions it did not try other sizes for once past its bound. */
export function memoryAdvice(scenario: Scenario, prices: LambdaPrices, profile: MonthProfile, where: string): { advice: MemoryAdvice[]; warnings: Warning[] } {
  const thresholdPct = scenario.settings?.memoryAdvicePct ?? DEFAULT_MEMORY_ADVICE_PCT;
  // Functions alike but for their names get the same advice: each shape is worked out once.
  const found = new Map<string, { to: SizeCost; from: SizeCost } | null>();
  const models = scenario.functions.map(memoryModelOf);
  const keys = scenario.functions.map((fn, index) => `${shapeOf(fn)}|${models[index]!.cpuBoundPct}|${models[index]!.threads}|${fn.peakMemoryMb ?? ''}`);
  // What a size tried costs, in functions priced (a full pool prices each kind again).
  const pricedPerSize = functionsPricedPerSize(scenario, prices, profile);
  let functionsPriced = 0;
  const unchecked = new Set<string>();
  const advised = scenario.functions.map((fn) => !fn.requestsPerMonth.isZero() && fn.usageGiven !== false);
  // The functions of the most GB-seconds first: past the bound, those left are the ones whose advice saves least.
  const order = scenario.functions
    .map((fn, index) => ({ index, gbSeconds: fn.requestsPerMonth.times(fn.durationMs).times(fn.memoryMb) }))
    .filter(({ index }) => advised[index])
    .sort((a, b) => b.gbSeconds.comparedTo(a.gbSeconds) || a.index - b.index);
  for (const { index } of order) {
    const fn = scenario.functions[index]!;
    const model = models[index]!;
    const key = keys[index]!;
    if (found.has(key) || unchecked.has(key)) continue;
    let change: { to: SizeCost; from: SizeCost } | null = null;
    const durationAt = durationCurve(model);
    const worthPricing = worthPricingOf(fn, candidatesOf(fn, model, prices), (memoryMb) => billedDurationMs(durationAt(memoryMb), prices.billingGranularityMs));
    if (worthPricing.length) {
      // The sizes tried and the month without the function (what each size adds is the bill with it less that).
      const cost = (worthPricing.length + 1) * pricedPerSize(fn);
      if (functionsPriced > 0 && functionsPriced + cost > MEMORY_ADVICE_FUNCTIONS_PRICED) {
        unchecked.add(key);
        continue;
      }
      functionsPriced += cost;
      const pricer = sizePricer(scenario, index, prices, profile, where);
      const from = pricer.at(fn.memoryMb, fn.architecture);
      const cheapest = worthPricing.map((memoryMb) => pricer.at(memoryMb, fn.architecture)).sort((a, b) => a.monthlyUsd.comparedTo(b.monthlyUsd) || a.memoryMb - b.memoryMb)[0]!;
      const saving = from.monthlyUsd.minus(cheapest.monthlyUsd);
      if (saving.greaterThan(0) && saving.greaterThanOrEqualTo(from.monthlyUsd.times(thresholdPct).dividedBy(100))) change = { to: cheapest, from };
    }
    found.set(key, change);
  }
  const left = scenario.functions.flatMap((fn, index) => (advised[index] && unchecked.has(keys[index]!) ? [fn.name] : []));
  const warnings: Warning[] = left.length
    ? [
        {
          id: 'memory_advice_unchecked',
          message: `the memory advice tried other sizes for ${formatCount(order.length - left.length)} of the ${formatCount(order.length)} functions (those of the most GB-seconds first) and stopped: the account's concurrency is full, so each size tried is all ${formatCount(scenario.functions.length)} functions priced again; not tried: ${listNames(left)}; ${option('tune-function')} tries every size of one`,
        },
      ]
    : [];
  const advice = scenario.functions.flatMap((fn, index): MemoryAdvice[] => {
    const change = advised[index] ? found.get(keys[index]!) : undefined;
    if (!change) return [];
    const { to, from } = change;
    return [
      {
        function: fn.name,
        kind: 'memory_size',
        memoryMb: to.memoryMb,
        fromMemoryMb: from.memoryMb,
        durationMs: to.durationMs,
        fromDurationMs: from.durationMs,
        monthlyUsd: to.monthlyUsd.minus(from.monthlyUsd),
        savingPct: from.monthlyUsd.isZero() ? new Decimal(0) : from.monthlyUsd.minus(to.monthlyUsd).times(100).dividedBy(from.monthlyUsd),
      },
    ];
  });
  return { advice, warnings };
}

/**
 * The sizes no slower than today's worth trying, found without working out a
 * duration: the duration never rises with memory, and it is the same at every
 * size where the code's threads have all the vCPUs they can use (from
 * fullSpeedMb), or at every size for code that waits only. So below today's
 * size only the smallest of those as fast can be cheaper; above it, the
 * sizes `tune` shows up to full speed (past it, each is as fast as full speed
 * and bills more).
 */
function candidatesOf(fn: LambdaFunction, model: MemoryModel, prices: LambdaPrices): number[] {
  const allowed = (memoryMb: number) => Math.max(Math.ceil(memoryMb / prices.memoryStepMb), Math.ceil(MIN_MEMORY_MB / prices.memoryStepMb)) * prices.memoryStepMb;
  const floorMb = allowed(fn.peakMemoryMb ?? MIN_MEMORY_MB);
  const fullSpeed = model.cpuBoundPct === 0 ? floorMb : Math.max(floorMb, allowed(fullSpeedMb(model.threads)));
  if (fullSpeed <= fn.memoryMb) return fullSpeed < fn.memoryMb ? [fullSpeed] : [];
  return [...new Set([...SHOWN_MEMORY_MB.map(allowed), fullSpeed])].filter(
    (memoryMb) => memoryMb > fn.memoryMb && memoryMb <= fullSpeed && memoryMb <= maxMemoryMbOf(fn, prices.maxMemoryMb),
  );
}

/**
 * The candidates that may cost less than today's size. At one architecture a
 * function's bill never falls as its memory or its billed duration grows
 * (provisioned environments serve fewer invocations when each takes longer;
 * ephemeral storage is billed for the duration), so a size with no less memory
 * and no shorter a billed duration than another costs no less: only the others
 * are priced. Where the bill grows with GB-seconds alone, the one that bills
 * the fewest is the cheapest, and it alone is priced.
 */
function worthPricingOf(fn: LambdaFunction, candidates: readonly number[], billedMsAt: (memoryMb: number) => Decimal): number[] {
  const points = [fn.memoryMb, ...candidates].map((memoryMb) => ({ memoryMb, billedMs: billedMsAt(memoryMb) }));
  const today = points[0]!;
  const open = points.slice(1).filter((point) => !points.some((other) => other !== point && other.memoryMb <= point.memoryMb && other.billedMs.lessThanOrEqualTo(point.billedMs)));
  if (!billGrowsWithGbSeconds(fn)) return open.map((point) => point.memoryMb);
  const mbMs = (point: (typeof points)[number]) => point.billedMs.times(point.memoryMb);
  const fewest = open.filter((point) => mbMs(point).lessThan(mbMs(today))).sort((a, b) => mbMs(a).comparedTo(mbMs(b)) || a.memoryMb - b.memoryMb)[0];
  return fewest ? [fewest.memoryMb] : [];
}
