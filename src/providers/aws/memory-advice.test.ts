// The memory advice's bound: where the account's concurrency is full, each
// size tried prices every function again, so the functions tried are bounded.
import { describe, expect, it } from 'vitest';
import { monthProfile, STEADY } from '../../core/traffic.js';
import { book, fn, scenario } from '../../../test/helpers/build.js';
import { MEMORY_ADVICE_FUNCTIONS_PRICED, memoryAdvice } from './memory-advice.js';
import { regionOf } from './platforms.js';

/** 300 functions unlike each other (each its own memory and duration), each of `requests` a month. */
const unlike = (requests: number, memoryMb: number, cpuBoundPct: number) =>
  scenario({
    freeTier: false,
    functions: Array.from({ length: 300 }, (_, i) => fn({ name: `f${i}`, memoryMb: memoryMb + i, durationMs: 1000 + i, requestsPerMonth: requests + i, cpuBoundPct })),
  });

const adviceOf = (priced: ReturnType<typeof unlike>) => {
  const { prices, where } = regionOf(priced, book());
  return memoryAdvice(priced, prices.lambda, monthProfile(STEADY), where);
};

describe('memory advice, bounded', () => {
  it('in a full pool, tries the functions of the most GB-seconds first and names the rest once past its bound', () => {
    // 300 functions of 10M requests of ~1 s: ~1,140 concurrent executions against the account's 1,000. Each is tried at
    // 1,769 MB, as fast and fewer GB-seconds, against the month without it, which moves every other function's share.
    // 1,000 functions of this kind took 28 s: each size tried priced all of them again.
    const started = performance.now();
    const { advice, warnings } = adviceOf(unlike(10_000_000, 2048, 50));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.id).toBe('memory_advice_unchecked');
    // The largest first, f299 down: the first functions are those left, and none of them is advised.
    const tried = Number(/tried other sizes for (\d+) of/.exec(warnings[0]!.message)![1]);
    expect(tried).toBeGreaterThan(0);
    expect(tried).toBeLessThanOrEqual(MEMORY_ADVICE_FUNCTIONS_PRICED / 300);
    expect(advice.every((one) => Number(one.function.slice(1)) >= 300 - tried)).toBe(true);
    expect(warnings[0]!.message).toMatch(
      /^the memory advice tried other sizes for \d+ of the 300 functions \(those of the most GB-seconds first\) and stopped: .*; not tried: f0, f1, f2, /,
    );
  });

  it('with the pool not full, tries every function: each size prices that one alone', () => {
    // Functions that wait on the network alone, at 3,008 MB and more: as fast at 128 MB, each advised there.
    const { advice, warnings } = adviceOf(unlike(1000, 3008, 0));
    expect(warnings).toEqual([]);
    expect(advice).toHaveLength(300);
  });
});
