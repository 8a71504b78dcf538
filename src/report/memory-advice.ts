// Memory advice in words and in JSON: another memory size that costs less and
// runs no slower, by the memory model (docs/memory.md).
import type { MemoryAdvice } from '../providers/aws/lambda/types.js';
import type { Estimate } from '../providers/aws/types.js';
import { formatCount } from '../core/numbers.js';
import { formatDurationMs, formatExactUsd, formatQuantity, machineNumber, machineUsd } from './format.js';
import { ADVICE_SHOWN, alikeEntries, alikeNames } from './listed.js';

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

/** The advised size's duration against today's: `345 ms instead of 400 ms`, or `as fast (400 ms)`. */
export function describeDuration(advice: MemoryAdvice): string {
  return advice.durationMs.lessThan(advice.fromDurationMs)
    ? `${formatDurationMs(advice.durationMs)} instead of ${formatDurationMs(advice.fromDurationMs)}`
    : `as fast (${formatDurationMs(advice.durationMs)})`;
}

/** One advised function's line without its name: `1,769 MB instead of 3,008 MB saves $12.34 a month (41%), as fast (400 ms)`. */
function describeOne(advice: MemoryAdvice): string {
  return `${mb(advice.memoryMb)} instead of ${mb(advice.fromMemoryMb)} saves ${formatExactUsd(advice.monthlyUsd.negated())} a month (${formatQuantity(advice.savingPct, 0)}% of its cost), ${describeDuration(advice)}, by the memory model; check with slcost tune`;
}

function memoryAdvice(estimate: Estimate): MemoryAdvice[] {
  return estimate.advice.filter((advice): advice is MemoryAdvice => advice.kind === 'memory_size');
}

/**
 * The memory advice as the terminal and Markdown tell it, a line for each
 * advised function (`api: 1,769 MB instead of …`): functions advised alike in
 * one line, the first ADVICE_SHOWN lines, then a sentence for the functions
 * left out.
 */
export function memoryAdviceListed(estimate: Estimate, where: string): { readonly lines: string[]; readonly leftOut: string | null } {
  const { listed, functionsLeftOut } = alikeEntries(memoryAdvice(estimate), (advice) => advice.function, describeOne, ADVICE_SHOWN);
  return {
    lines: listed.map(({ first, names }) => `${alikeNames(names)}: ${describeOne(first)}`),
    leftOut: functionsLeftOut ? `the memory advice for ${formatCount(functionsLeftOut)} more functions is left out here; ${where} lists every one` : null,
  };
}
