// The memory advice of `estimate`: for each function, the cheapest other size
// on its architecture that the memory model says runs no slower, when it saves
// at least lambda.memory_advice_pct of the function's monthly cost. The sizes
// tried are those `slcost tune` shows (docs/memory.md); `tune` tries every one.
import { Decimal } from '../../core/money.js';
import type { MonthProfile } from '../../core/traffic.js';
import { DEFAULT_MEMORY_ADVICE_PCT, durationCurve, fullSpeedMb, memoryModelOf, shapeOf, type LambdaPrices, type MemoryAdvice } from './lambda/index.js';
import { allowedMemoryMb, SHOWN_MEMORY_MB, type SizeCost, sizePricer } from './tune.js';
import type { Scenario } from './types.js';

export function memoryAdvice(scenario: Scenario, prices: LambdaPrices, profile: MonthProfile, where: string): MemoryAdvice[] {
  const thresholdPct = scenario.settings?.memoryAdvicePct ?? DEFAULT_MEMORY_ADVICE_PCT;
  const allowed = new Set(allowedMemoryMb(prices));
  // Functions alike but for their names get the same advice: each shape is worked out once.
  const found = new Map<string, { to: SizeCost; from: SizeCost } | null>();
  return scenario.functions.flatMap((fn, index): MemoryAdvice[] => {
    if (fn.requestsPerMonth.isZero() || fn.usageGiven === false) return [];
    const model = memoryModelOf(fn);
    const key = `${shapeOf(fn)}|${model.cpuBoundPct}|${model.threads}|${fn.peakMemoryMb ?? ''}`;
    let change = found.get(key);
    if (change === undefined) {
      change = null;
      const durationAt = durationCurve(model);
      const candidates = [...new Set([...SHOWN_MEMORY_MB, fullSpeedMb(model.threads)])]
        .map((memoryMb) => Math.ceil(memoryMb / prices.memoryStepMb) * prices.memoryStepMb)
        .filter((memoryMb) => memoryMb !== fn.memoryMb && allowed.has(memoryMb) && memoryMb >= (fn.peakMemoryMb ?? 0) && durationAt(memoryMb).lessThanOrEqualTo(fn.durationMs));
      if (candidates.length) {
        const pricer = sizePricer(scenario, index, prices, profile, where);
        const from = pricer.at(fn.memoryMb, fn.architecture);
        const cheapest = candidates.map((memoryMb) => pricer.at(memoryMb, fn.architecture)).sort((a, b) => a.monthlyUsd.comparedTo(b.monthlyUsd) || a.memoryMb - b.memoryMb)[0]!;
        const saving = from.monthlyUsd.minus(cheapest.monthlyUsd);
        if (saving.greaterThan(0) && saving.greaterThanOrEqualTo(from.monthlyUsd.times(thresholdPct).dividedBy(100))) change = { to: cheapest, from };
      }
      found.set(key, change);
    }
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
}
