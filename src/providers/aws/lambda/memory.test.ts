import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationAtMs, fullSpeedMb, type MemoryModel, memoryModelOf, usableVcpusAt, vcpusAt } from './memory.js';
import { d, fn } from '../../../../test/helpers/build.js';

const model = (fields: Partial<Omit<MemoryModel, 'durationMs'>> & { durationMs: number }): MemoryModel => ({
  memoryMb: 512,
  cpuBoundPct: 50,
  threads: 1,
  ...fields,
  durationMs: d(fields.durationMs),
});

describe('the vCPUs memory buys', () => {
  it('is one at 1,769 MB and six at 10,240 MB, the two points AWS documents', () => {
    // https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html ("1,769 MB … one vCPU"),
    // https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-configuration.html ("10,240MB … 6 vCPUs").
    expect(vcpusAt(1769).toFixed()).toBe('1');
    expect(vcpusAt(10_240).toFixed()).toBe('6');
  });

  it('is in proportion to memory up to one vCPU, then on the straight line to six', () => {
    // 512 / 1,769 = 0.28943…; 1 + 5 × (6,005 − 1,769) / 8,471 = 1 + 5 × 4,236 / 8,471 = 3.50029…
    expect(vcpusAt(512).toFixed(5)).toBe('0.28943');
    expect(vcpusAt(6005).toFixed(5)).toBe('3.50030');
    // Two, three and four vCPUs: 1,769 + ⌈k × 8,471 / 5⌉ MB for k = 1, 2, 3.
    expect([2, 3, 4].map(fullSpeedMb)).toEqual([3464, 5158, 6852]);
    expect(vcpusAt(3464).greaterThanOrEqualTo(2) && vcpusAt(3463).lessThan(2)).toBe(true);
  });

  it('the code uses no more vCPUs than it has threads', () => {
    expect(usableVcpusAt(10_240, 1).toFixed()).toBe('1');
    expect(usableVcpusAt(10_240, 4).toFixed()).toBe('4');
    expect(usableVcpusAt(1024, 4).equals(vcpusAt(1024))).toBe(true);
    expect(fullSpeedMb(1)).toBe(1769);
    expect(fullSpeedMb(8)).toBe(10_240);
  });
});

describe('duration by memory', () => {
  it('is the measured duration at the measured memory, exactly', () => {
    expect(durationAtMs(model({ durationMs: 123.456 }), 512).toFixed()).toBe('123.456');
  });

  it('scales only the CPU-bound part, by the vCPUs gained', () => {
    // 800 ms at 512 MB, 80% CPU: 160 ms waiting + 640 ms on the CPU. At 1,024 MB the CPU part halves: 160 + 320 = 480.
    const m = model({ durationMs: 800, cpuBoundPct: 80 });
    expect(durationAtMs(m, 1024).toFixed()).toBe('480');
    // At 128 MB it takes four times as long: 160 + 2,560 = 2,720.
    expect(durationAtMs(m, 128).toFixed()).toBe('2720');
    // Past 1,769 MB one thread gains nothing: 160 + 640 × 512 / 1,769 = 160 + 185.2346… at 1,769 and at 10,240 MB alike.
    expect(durationAtMs(m, 1769).toFixed(4)).toBe('345.2346');
    expect(durationAtMs(m, 10_240).equals(durationAtMs(m, 1769))).toBe(true);
  });

  it('an I/O-bound function does not change; a multi-threaded one keeps gaining to its threads', () => {
    expect(durationAtMs(model({ durationMs: 300, cpuBoundPct: 0 }), 128).toFixed()).toBe('300');
    // 4 threads, all CPU, 1,000 ms at 1,769 MB (one vCPU): a quarter of it at four vCPUs and beyond.
    const parallel = model({ durationMs: 1000, memoryMb: 1769, cpuBoundPct: 100, threads: 4 });
    expect(durationAtMs(parallel, 6852).toFixed()).toBe('250');
    expect(durationAtMs(parallel, 10_240).toFixed()).toBe('250');
    // 3,464 MB is the first size at two vCPUs or more: 1 + 5 × 1,695 / 8,471 = 2.00047…, so 1,000 / 2.00047… = 499.88 ms.
    expect(durationAtMs(parallel, 3464).toFixed(2)).toBe('499.88');
    expect(durationAtMs(parallel, 3463).greaterThan(500)).toBe(true);
  });

  it('a function that says nothing is half CPU-bound on one thread', () => {
    expect(memoryModelOf(fn({ durationMs: 100, requestsPerMonth: 1 }))).toMatchObject({ cpuBoundPct: 50, threads: 1 });
  });

  it('law: duration never rises with memory', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 128, max: 10_240 }),
        fc.integer({ min: 1, max: 900_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 128, max: 10_240 }),
        fc.integer({ min: 128, max: 10_240 }),
        (memoryMb, durationMs, cpuBoundPct, threads, a, b) => {
          const m = model({ memoryMb, durationMs, cpuBoundPct, threads });
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(durationAtMs(m, large).lessThanOrEqualTo(durationAtMs(m, small))).toBe(true);
        },
      ),
    );
  });

  it('law: no size is faster than the waiting part alone, nor slower than the CPU part at 128 MB allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 128, max: 10_240 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 128, max: 10_240 }),
        (memoryMb, durationMs, pct, at) => {
          const m = model({ memoryMb, durationMs, cpuBoundPct: pct, threads: 6 });
          const waiting = d(durationMs)
            .times(100 - pct)
            .dividedBy(100);
          expect(durationAtMs(m, at).greaterThanOrEqualTo(waiting)).toBe(true);
          // The most vCPUs can gain is 6 / (128 / 1,769): the CPU part at `at` is at least its share × that ratio.
          // (Within the last of 40 digits: the bound's own division rounds.)
          const bound = d(durationMs).times(vcpusAt(memoryMb)).dividedBy(vcpusAt(128)).times('1.000000000000000000000000000001');
          expect(durationAtMs(m, at).lessThanOrEqualTo(bound)).toBe(true);
        },
      ),
    );
  });
});
