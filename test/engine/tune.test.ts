// Memory sizing: hand-derived cases, Power Tuning's published example, the laws, and the quick search against pricing every size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { monthOf, regionOf } from '../../src/providers/aws/platforms.js';
import { allowedMemoryMb, SHOWN_MEMORY_MB, type SizeCost, sizePricer, tune } from '../../src/providers/aws/tune.js';
import { ARCHITECTURES } from '../../src/providers/aws/architecture.js';
import { durationAtMs, fullSpeedMb, memoryModelOf } from '../../src/providers/aws/lambda/memory.js';
import type { MemoryAdvice } from '../../src/providers/aws/lambda/types.js';
import type { PriceBook, Scenario } from '../../src/providers/aws/types.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';
import { loadScenario } from '../../src/load/load-scenario.js';
import { sum } from '../../src/core/money.js';
import { book, fn, scenario } from '../helpers/build.js';

const one = (fields: Parameters<typeof fn>[0], more: Partial<Scenario> = {}) => scenario({ freeTier: false, functions: [fn(fields)], ...more });

/** Every allowed size that fits and finishes in time, priced, and the best by cost (then duration, then memory): what the quick search must find. */
function bruteForce(s: Scenario, pricing: PriceBook) {
  const { prices, where } = regionOf(s, pricing);
  const pricer = sizePricer(s, 0, prices.lambda, monthOf(s, where).profile, where);
  const f = s.functions[0]!;
  const sizes = ARCHITECTURES.filter((arch) => prices.lambda.durationPerGbSecond[arch]).flatMap((arch) =>
    allowedMemoryMb(prices.lambda)
      .filter((memoryMb) => memoryMb >= (f.peakMemoryMb ?? 0) && durationAtMs(memoryModelOf(f), memoryMb).lessThanOrEqualTo(900_000))
      .map((memoryMb) => pricer.at(memoryMb, arch)),
  );
  const byCost = (a: SizeCost, b: SizeCost) => a.monthlyUsd.comparedTo(b.monthlyUsd) || a.durationMs.comparedTo(b.durationMs) || a.memoryMb - b.memoryMb;
  const byDuration = (a: SizeCost, b: SizeCost) => a.durationMs.comparedTo(b.durationMs) || a.monthlyUsd.comparedTo(b.monthlyUsd) || a.memoryMb - b.memoryMb;
  const cheapest = [...sizes].sort(byCost)[0]!;
  const fastest = [...sizes].sort(byDuration)[0]!;
  const balanced = sizes.filter((size) => size.durationMs.lessThanOrEqualTo(fastest.durationMs.times('1.1'))).sort(byCost)[0]!;
  const key = (size: SizeCost) => `${size.memoryMb} ${size.architecture} ${size.monthlyUsd.toFixed()}`;
  return { cheapest: key(cheapest), fastest: key(fastest), balanced: key(balanced), key };
}

describe('the cheapest memory size', () => {
  it('of a CPU-bound single-threaded function is the smallest that reaches one vCPU', () => {
    // All CPU, 1,000 ms at 1,769 MB: 1,769,000 / m ms at m ≤ 1,769 MB, so each size bills ⌈1,769,000 / m⌉ × m ≥ 1,769,000
    // MB-ms an invocation, exactly that where m divides 1,769,000 (1,000, 1,525, 1,769 MB …): those cost the same, and of
    // them 1,769 MB is the fastest. Above 1,769 MB one thread runs no faster, and each MB more bills 1,000 MB-ms more.
    const result = tune(one({ memoryMb: 1769, durationMs: 1000, requestsPerMonth: 1_000_000, cpuBoundPct: 100 }), book());
    const [api] = result.functions;
    expect(api!.onTodaysArchitecture.cheapest.memoryMb).toBe(1769);
    expect(api!.choices.cheapest).toMatchObject({ memoryMb: 1769, architecture: 'arm64' });
    // x86_64 at 1,769 MB: 1,000,000 × 1 s × 1,769 / 1,024 GB = 1,727,539.0625 GB-s × $0.0000166667 + $0.20 = $28.99237529296875.
    expect(api!.today.monthlyUsd.toFixed()).toBe('28.99237529296875');
    expect(api!.onTodaysArchitecture.cheapest.savingUsd.isZero()).toBe(true);
  });

  it('of an I/O-bound function is the smallest that fits', () => {
    // 5% CPU, 1,000 ms at 1,024 MB, using up to 300 MB: 950 ms of waiting + 50 × 1,024 / m ms. At 300 MB, ⌈1,120.67⌉ = 1,121 ms
    // × 300 MB = 336,300 MB-ms an invocation; a larger size bills at least 950 × m + 51,200 MB-ms, already 337,150 at 301 MB.
    const result = tune(one({ memoryMb: 1024, durationMs: 1000, requestsPerMonth: 5_000_000, cpuBoundPct: 5, peakMemoryMb: 300 }), book());
    const [worker] = result.functions;
    expect(worker!.onTodaysArchitecture.cheapest.memoryMb).toBe(300);
    expect(worker!.choices.cheapest.memoryMb).toBe(300);
    expect(worker!.choices.cheapest.durationMs.toFixed(4)).toBe('1120.6667');
    expect(worker!.smallestComparedMb).toBe(300);
  });

  it('of a multi-threaded function: it keeps getting faster past 1,769 MB, up to its threads', () => {
    // 4 threads, 90% CPU, 1,000 ms at 1,769 MB: 100 ms waiting + 900 ms / vCPUs; four vCPUs from 6,852 MB: 100 + 225 = 325 ms.
    const result = tune(one({ memoryMb: 1769, durationMs: 1000, requestsPerMonth: 1_000_000, cpuBoundPct: 90, threads: 4 }), book());
    const [batch] = result.functions;
    const durations = (memoryMb: number) => batch!.shown.find((size) => size.memoryMb === memoryMb)!.durationMs;
    expect(durations(3464).lessThan(durations(1769))).toBe(true);
    expect(durations(5158).lessThan(durations(3464))).toBe(true);
    expect(durations(6852).lessThan(durations(5158))).toBe(true);
    expect(durations(6852).toFixed()).toBe('325');
    expect(durations(10_240).toFixed()).toBe('325');
    expect(batch!.choices.fastest.memoryMb).toBe(6852);
  });

  it('of a function that finishes in 15 minutes only above some size is chosen from those sizes', () => {
    // All CPU on one thread, 240 s at 3,008 MB, where it has the one vCPU it can use: 240,000 × 1,769 / m ms below 1,769 MB,
    // over 900,000 ms below 1,769 × 240 / 900 = 471.73 MB.
    const result = tune(one({ memoryMb: 3008, durationMs: 240_000, requestsPerMonth: 30, cpuBoundPct: 100 }), book());
    expect(result.functions[0]!.smallestComparedMb).toBe(472);
  });
});

describe('Power Tuning', () => {
  it("reproduces the cost per invocation of Power Tuning's published example: 2.9 ms at 128 MB, $0.0000002083", () => {
    // https://github.com/alexcasalboni/aws-lambda-power-tuning README, "State Machine Output":
    // { "power": "128", "cost": 0.0000002083, "duration": 2.9066666666666667 }. Power Tuning prices duration alone (no request
    // charge), billed in 100 ms steps as Lambda was before December 2020: 100 ms × 0.125 GB × $0.0000166667 = $0.000000208333750.
    const result = tune(one({ memoryMb: 128, durationMs: '2.9066666666666667', requestsPerMonth: 1_000_000 }), book('aws-2020-03-12'));
    const today = result.functions[0]!.today;
    const durationPerInvocation = today.perMillionUsd!.minus('0.20').dividedBy(1_000_000);
    expect(durationPerInvocation.toFixed()).toBe('0.00000020833375');
    expect(durationPerInvocation.toSignificantDigits(4).toNumber()).toBe(0.0000002083);
  });

  it("prices Power Tuning's unit-test case exactly where Power Tuning rounds its base cost up to 2.1e-9 per ms", () => {
    // lambda/utils.js computePrice(2.1e-9, 128, 1024, 300) = 300 × 2.1e-9 × 8 = 5.04e-6 (test/unit/test-utils.js); the exact
    // price is 300 ms × 1 GB × $0.0000166667 / 1,000 = $0.00000500001, 0.8% less.
    const result = tune(one({ memoryMb: 1024, durationMs: 300, requestsPerMonth: 1_000_000, architecture: 'x86_64' }), book());
    expect(result.functions[0]!.today.perMillionUsd!.minus('0.20').dividedBy(1_000_000).toFixed()).toBe('0.00000500001');
  });
});

describe('laws', () => {
  it('cost per invocation at a fixed duration rises with memory', () => {
    const s = one({ memoryMb: 512, durationMs: 200, requestsPerMonth: 2_000_000, cpuBoundPct: 0 });
    const { prices, where } = regionOf(s, book());
    const pricer = sizePricer(s, 0, prices.lambda, monthOf(s, where).profile, where);
    fc.assert(
      fc.property(fc.integer({ min: 128, max: 10_239 }), fc.integer({ min: 1, max: 10_112 }), fc.constantFrom(...ARCHITECTURES), (small, more, arch) => {
        const large = Math.min(10_240, small + more);
        expect(pricer.at(large, arch).perMillionUsd!.greaterThan(pricer.at(small, arch).perMillionUsd!)).toBe(true);
      }),
    );
  });

  it('the quick search chooses what pricing every size chooses (64 MB steps, with and without the free tier)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 47 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3008 }),
        (steps, durationMs, cpuBoundPct, threads, requestsPerMonth, freeTier, peak) => {
          const memoryMb = steps * 64;
          const s = scenario({ freeTier, functions: [fn({ memoryMb, durationMs, requestsPerMonth, cpuBoundPct, threads, peakMemoryMb: Math.min(peak, memoryMb) || null })] });
          const pricing = book('aws-2020-03-12');
          const expected = bruteForce(s, pricing);
          const { choices } = tune(s, pricing).functions[0]!;
          expect({ cheapest: expected.key(choices.cheapest), fastest: expected.key(choices.fastest), balanced: expected.key(choices.balanced) }).toEqual({
            cheapest: expected.cheapest,
            fastest: expected.fastest,
            balanced: expected.balanced,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a function the account limit throttles only at its smaller sizes is priced size by size: there fewer requests run', () => {
    // 34,200,000 requests a month, 98% of 3,678 ms at 2,688 MB on the CPU with two threads: at 128 MB a run takes
    // 76,909 ms (77,000 billed on this 100 ms table), 34,200,000 ÷ 2,628,000 s × 76.909 s = 1,000.9 at once, over the
    // account's 1,000 (concurrency counts the time a run takes, not the time billed), so some requests are throttled
    // and not billed; 128 MB then costs less than 192 MB (51,300 ms billed), though it bills more GB-seconds.
    const s = scenario({ freeTier: false, functions: [fn({ memoryMb: 2688, durationMs: 3678, requestsPerMonth: 34_200_000, cpuBoundPct: 98, threads: 2 })] });
    const pricing = book('aws-2020-03-12');
    const expected = bruteForce(s, pricing);
    const { choices } = tune(s, pricing).functions[0]!;
    expect(expected.cheapest).toMatch(/^128 x86_64 /);
    expect(expected.key(choices.cheapest)).toBe(expected.cheapest);
  });

  it('the quick search chooses what pricing every one of the 20,226 sizes chooses, where the free tier makes many cost nothing', () => {
    // 100,000 invocations of at most 100 ms at 10,240 MB bill at most 100,000 GB-s, inside the 400,000 free: every size costs
    // the requests alone, and of those equal costs the fastest (then the smallest) wins.
    for (const fields of [
      { memoryMb: 512, durationMs: 50, requestsPerMonth: 100_000 },
      { memoryMb: 2048, durationMs: 700, requestsPerMonth: 3_000_000, cpuBoundPct: 80, threads: 3 },
    ]) {
      const s = scenario({ freeTier: true, functions: [fn(fields)] });
      const expected = bruteForce(s, book());
      const { choices } = tune(s, book()).functions[0]!;
      expect([choices.cheapest, choices.fastest, choices.balanced].map(expected.key)).toEqual([expected.cheapest, expected.fastest, expected.balanced]);
    }
  }, 30_000);
});

describe('the whole bill', () => {
  it("today's size costs what estimate's Lambda bill says, provisioned concurrency and all", () => {
    for (const file of ['scenarios/growing-api.yaml', 'scenarios/provisioned-api.yaml', 'scenarios/high-traffic.yaml']) {
      const s = loadScenario(file);
      const lambdaUsd = sum(
        estimate(s, book())
          .platforms[0]!.lineItems.filter((item) => item.service === 'lambda')
          .map((item) => item.exactUsd),
      );
      expect(tune(s, book()).functions[0]!.today.monthlyUsd.toFixed(), file).toBe(lambdaUsd.toFixed());
    }
  });

  it('provisioned concurrency costs in proportion to memory: twice the memory, twice the configured GB-seconds', () => {
    // 10 environments all month, no invocations: 10 × 730 h × 3,600 s × 1 GB = 26,280,000 GB-s × $0.0000041667 (x86_64) = $109.500876.
    const provisioned = { count: 10, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null };
    const result = tune(one({ memoryMb: 1024, durationMs: 100, requestsPerMonth: 0, provisioned, cpuBoundPct: 0 }), book());
    const at = (memoryMb: number) => result.functions[0]!.shown.find((size) => size.memoryMb === memoryMb && size.architecture === 'x86_64')!.monthlyUsd;
    expect(at(1024).toFixed(6)).toBe('109.500876');
    expect(at(2048).toFixed()).toBe(at(1024).times(2).toFixed());
  });
});

describe('memory advice in estimate', () => {
  const advised = (f: Parameters<typeof fn>[0], pct?: number) =>
    estimate(one(f, pct === undefined ? {} : { settings: { ...DEFAULT_LAMBDA_SETTINGS, memoryAdvicePct: pct } }), book()).advice.filter(
      (a): a is MemoryAdvice => a.kind === 'memory_size',
    );

  it('advises the smallest size at full speed for a single-threaded function above it', () => {
    // Half CPU, one thread, 400 ms at 3,008 MB: as fast at 1,769 MB, for 1,769 / 3,008 of the GB-seconds.
    // 10M × 0.4 s × 3,008 / 1,024 GB × $0.0000166667 = $195.8337…; at 1,769 MB $115.1695…: $80.66 less, of $197.83 with the
    // $2.00 of requests, 40.8%.
    const [advice] = advised({ memoryMb: 3008, durationMs: 400, requestsPerMonth: 10_000_000 });
    expect(advice).toMatchObject({ kind: 'memory_size', memoryMb: 1769, fromMemoryMb: 3008 });
    expect(advice!.durationMs.toFixed()).toBe('400');
    expect(advice!.monthlyUsd.toFixed(2)).toBe('-80.66');
    expect(advice!.savingPct.toFixed(1)).toBe('40.8');
  });

  it('advises the same for a function with provisioned concurrency and paid ephemeral storage, priced with both', () => {
    // 5 environments all month and 2 GB of paid storage: both scale, the first with memory and the second with duration,
    // so the saving is what tune finds between the two sizes on x86_64.
    const provisioned = { count: 5, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null };
    const f = { memoryMb: 3008, durationMs: 400, requestsPerMonth: 10_000_000, provisioned, ephemeralStorageMb: 2560 };
    const [advice] = advised(f);
    expect(advice).toMatchObject({ memoryMb: 1769, fromMemoryMb: 3008 });
    const sizes = tune(one(f), book()).functions[0]!.shown.filter((size) => size.architecture === 'x86_64');
    const at = (memoryMb: number) => sizes.find((size) => size.memoryMb === memoryMb)!.monthlyUsd;
    expect(advice!.monthlyUsd.toFixed()).toBe(at(1769).minus(at(3008)).toFixed());
  });

  it('law: the sizes it leaves untried are never cheaper than its advice (every shown size and the full-speed one no slower than today, priced)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 128, max: 10_240 }),
        fc.integer({ min: 1, max: 900_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 512, max: 4096 }),
        fc.integer({ min: 0, max: 20 }),
        (memoryMb, durationMs, cpuBoundPct, threads, requestsPerMonth, ephemeralStorageMb, count) => {
          const provisioned = count ? { count, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } : null;
          const s = one(
            { memoryMb, durationMs, cpuBoundPct, threads, requestsPerMonth, ephemeralStorageMb, provisioned },
            { settings: { ...DEFAULT_LAMBDA_SETTINGS, memoryAdvicePct: 0 } },
          );
          const { prices, where } = regionOf(s, book());
          const pricer = sizePricer(s, 0, prices.lambda, monthOf(s, where).profile, where);
          const today = pricer.at(memoryMb, 'x86_64');
          const best = [...SHOWN_MEMORY_MB, fullSpeedMb(threads)]
            .map((size) => pricer.at(size, 'x86_64'))
            .filter((size) => size.memoryMb !== memoryMb && size.durationMs.lessThanOrEqualTo(today.durationMs))
            .reduce<SizeCost | null>((found, size) => (found && !size.monthlyUsd.lessThan(found.monthlyUsd) ? found : size), null);
          const advice = estimate(s, book()).advice.find((a): a is MemoryAdvice => a.kind === 'memory_size');
          if (best && best.monthlyUsd.lessThan(today.monthlyUsd)) expect(advice?.monthlyUsd.toFixed()).toBe(best.monthlyUsd.minus(today.monthlyUsd).toFixed());
          else expect(advice).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stays quiet below the threshold, and for a function as cheap as it gets at no longer a duration', () => {
    expect(advised({ memoryMb: 3008, durationMs: 400, requestsPerMonth: 10_000_000 }, 50)).toEqual([]);
    expect(advised({ memoryMb: 512, durationMs: 400, requestsPerMonth: 10_000_000 })).toEqual([]);
  });
});
