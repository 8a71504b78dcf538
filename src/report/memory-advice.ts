// Memory advice in words and in JSON: another memory size that costs less and
// runs no slower, by the memory model (docs/memory.md).
import type { MemoryAdvice } from '../providers/aws/lambda/types.js';
import type { Estimate } from '../providers/aws/types.js';
import { formatCount } from '../core/numbers.js';
import { formatQuantity, formatUsd, machineNumber, machineUsd } from './format.js';

/** `1,769 MB` */
export const mb = (memoryMb: number): string => `${formatCount(memoryMb)} MB`;

export function memoryAdviceJson(advice: MemoryAdvice) {
  return {
    function: advice.function,
    kind: advice.kind,
    memory_mb: advice.memoryMb,
    from_memory_mb: advice.fromMemoryMb,
    duration_ms: machineNumber(advice.durationMs, 3),
    from_duration_ms: machineNumber(advice.fromDurationMs, 3),
    monthly_usd: machineUsd(advice.monthlyUsd),
    saving_pct: machineNumber(advice.savingPct, 1),
  };
}

/** `api: 1,769 MB instead of 3,008 MB saves $12.34 a month (41%), 345 ms as today`: one line per advised function. */
export function describeMemoryAdvice(estimate: Estimate): string[] {
  return estimate.advice.flatMap((advice) => {
    if (advice.kind !== 'memory_size') return [];
    const faster = advice.durationMs.lessThan(advice.fromDurationMs)
      ? `${formatQuantity(advice.durationMs, 1)} ms instead of ${formatQuantity(advice.fromDurationMs, 1)} ms`
      : `as fast (${formatQuantity(advice.durationMs, 1)} ms)`;
    return [
      `${advice.function}: ${mb(advice.memoryMb)} instead of ${mb(advice.fromMemoryMb)} saves ${formatUsd(advice.monthlyUsd.negated())} a month (${formatQuantity(advice.savingPct, 0)}% of its cost), ${faster}, by the memory model; check with slcost tune`,
    ];
  });
}
