// Throttled requests are not billed: each function's requests are capped at its concurrency limit, hour group by hour group.
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { costAt } from '../../src/core/solver.js';
import { monthProfile } from '../../src/core/traffic.js';
import { serverlessCurve } from '../../src/providers/aws/breakeven.js';
import { regionOf, serverlessCost } from '../../src/providers/aws/platforms.js';
import { atVolume } from '../../src/providers/aws/scale.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { book, d, fn, scenario } from '../helpers/build.js';
import fc from 'fast-check';
import { lambdaLineItems, lambdaUsdWith, limitsOf } from '../../src/providers/aws/lambda/index.js';
import { sum } from '../../src/core/money.js';

const SECONDS_PER_MONTH = 730 * 3600;
const SPIKY = { pattern: 'spiky', eventDays: 2, eventMultiplier: d(10) } as const;
const withLimit = (accountConcurrencyLimit: number) => ({ ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit });
const item = (s: Scenario, id: string) => estimate(s, book()).platforms[0]!.lineItems.find((line) => line.id === id);
const warning = (s: Scenario, id: string) => estimate(s, book()).warnings.find((w) => w.id === id)?.message;

describe('throttled requests are not billed', () => {
  // Reserved concurrency 10 at 200 ms serves 10 ÷ 0.2 s = 50 requests a second: 180,000 an hour.
  // Two event days at 10×: 48 hours of weight 10 and 682 of weight 1, 1,162 in all. 41,832,000 a month
  // puts 36,000 in a quiet hour (10 a second, 2 concurrent) and 360,000 in an event hour (100 a second,
  // 20 concurrent: over the 10). Served: 682 × 36,000 = 24,552,000 quiet, 48 × 180,000 = 8,640,000 in
  // the events, 33,192,000 in all; throttled: 48 × (360,000 − 180,000) = 8,640,000.
  const reserved = scenario({
    freeTier: false,
    traffic: SPIKY,
    functions: [fn({ name: 'api', memoryMb: 512, durationMs: 200, requestsPerMonth: 41_832_000, reservedConcurrency: 10 })],
  });

  it('reserved concurrency caps the busy hours, and the bill counts the served requests only', () => {
    const { functions, platforms } = estimate(reserved, book());
    expect(functions[0]!.servedRequests.toFixed()).toBe('33192000');
    expect(functions[0]!.throttledRequests.toFixed()).toBe('8640000');
    // Requests: 33.192 M × $0.20 = $6.6384.
    expect(item(reserved, 'lambda.requests')!.exactUsd.toFixed()).toBe('6.6384');
    expect(item(reserved, 'lambda.requests')!.basis?.countedAs).toBe('requests served (8,640,000 throttled, not billed)');
    // Duration: 33,192,000 × 0.2 s × 0.5 GB = 3,319,200 GB-s × $0.0000166667 = $55.32011064.
    expect(item(reserved, 'lambda.duration.x86_64.tier-1')!.exactUsd.toFixed()).toBe('55.32011064');
    // Logs: 33,192,000 × 264 B = 8.762688 GB × $0.50 = $4.381344; stored 8.762688 × 0.15 × 12 = 15.7728384 GB-months × $0.03 = $0.473185152.
    expect(item(reserved, 'lambda-logs.ingestion.tier-1')!.exactUsd.toFixed()).toBe('4.381344');
    expect(item(reserved, 'lambda-logs.storage')!.exactUsd.toFixed()).toBe('0.473185152');
    // $6.6384 + $55.32011064 + $4.381344 + $0.473185152 = $66.813039792.
    expect(platforms[0]!.exactUsd.toFixed()).toBe('66.813039792');
    expect(warning(reserved, 'reserved_concurrency')).toContain('about 8,640,000 requests a month would be throttled, which Lambda does not bill');
  });

  it('concurrency counts the time a request runs, not the time it is billed', () => {
    // 0.4 ms, billed as 1 ms; reserved concurrency 1. 5,256,000,000 a month, steady: 2,000 a second × 0.0004 s = 0.8
    // concurrent, within the 1: all served. Taken at the billed 1 ms it would be 2.0 concurrent, and half throttled.
    const quick = scenario({ freeTier: false, functions: [fn({ name: 'tick', durationMs: '0.4', requestsPerMonth: 2000 * SECONDS_PER_MONTH, reservedConcurrency: 1 })] });
    const { functions } = estimate(quick, book());
    expect(functions[0]!.throttledRequests.toFixed()).toBe('0');
    expect(functions[0]!.peakConcurrency.toFixed()).toBe('0.8');
    // Over it: 0.6 ms, 1.2 concurrent: the 1 serves 1 ÷ 0.0006 s = 1,666.67 a second, 4,380,000,000 a month of 5,256,000,000.
    const slower = scenario({ freeTier: false, functions: [fn({ name: 'tick', durationMs: '0.6', requestsPerMonth: 2000 * SECONDS_PER_MONTH, reservedConcurrency: 1 })] });
    expect(estimate(slower, book()).functions[0]!.servedRequests.toFixed()).toBe('4380000000');
  });

  it('the unreserved functions share the account limit in proportion to their demand', () => {
    // Account limit 100. A: 90 a second of 1 s, 90 concurrent; B: 120 a second of 0.5 s, 60 concurrent; 150 asked of 100.
    // A's limit is 100 × 90 / 150 = 60, B's 100 × 60 / 150 = 40: each serves two thirds. A serves 60 a second, 157,680,000
    // a month of 236,520,000; B 80 a second, 210,240,000 of 315,360,000. Throttled: 78,840,000 + 105,120,000 = 183,960,000.
    const s = scenario({
      freeTier: false,
      settings: withLimit(100),
      functions: [fn({ name: 'a', durationMs: 1000, requestsPerMonth: 90 * SECONDS_PER_MONTH }), fn({ name: 'b', durationMs: 500, requestsPerMonth: 120 * SECONDS_PER_MONTH })],
    });
    const { functions } = estimate(s, book());
    expect(functions.map((u) => u.servedRequests.toFixed())).toEqual(['157680000', '210240000']);
    // 367,920,000 served × $0.20 a million = $73.584.
    expect(item(s, 'lambda.requests')!.exactUsd.toFixed()).toBe('73.584');
    expect(warning(s, 'concurrency_limit')).toContain(
      'the functions peak at about 150 concurrent executions, over the account limit of 100 per region: about 183,960,000 requests',
    );
  });

  it('reserved concurrency is set aside from the pool the others share', () => {
    // Account limit 100; A reserves 30 of its 90 (served 30 a second, 78,840,000; throttled 157,680,000).
    // B asks 60 of the 70 left unreserved: nothing of it is throttled.
    const s = scenario({
      freeTier: false,
      settings: withLimit(100),
      functions: [
        fn({ name: 'a', durationMs: 1000, requestsPerMonth: 90 * SECONDS_PER_MONTH, reservedConcurrency: 30 }),
        fn({ name: 'b', durationMs: 500, requestsPerMonth: 120 * SECONDS_PER_MONTH }),
      ],
    });
    const { functions } = estimate(s, book());
    expect(functions.map((u) => u.throttledRequests.toFixed())).toEqual(['157680000', '0']);
    expect(warning(s, 'concurrency_limit')).toBeUndefined();
    // Over the pool, the warning counts the unreserved functions against what is left of the limit.
    const crowded = { ...s, functions: [s.functions[0]!, { ...s.functions[1]!, requestsPerMonth: d(160 * SECONDS_PER_MONTH) }] };
    // B asks 80 of 70: an eighth of its 420,480,000 is throttled, 52,560,000.
    expect(warning(crowded, 'concurrency_limit')).toContain(
      'the functions without reserved concurrency peak at about 80 concurrent executions, over the 70 the account limit of 100 leaves unreserved: about 52,560,000 requests',
    );
  });

  it('provisioned environments serve first, the on-demand ones up to the limit', () => {
    // 100 a second of 200 ms (20 concurrent) against reserved concurrency 10: 50 a second served, 131,400,000 a month.
    // The 4 provisioned environments are offered what the limit lets through, 50 a second × 0.2 s = 10 erlangs: by
    // Erlang's B, B(4, 10) = (10⁴ ÷ 4!) ÷ (1 + 10 + 50 + 166.67 + 416.67) = 0.646664, so each hour they serve
    // 180,000 × 0.353336 = 63,600.5 (under the 72,000 they could run), × 730 = 46,428,453.18; on demand the rest.
    const s = scenario({
      freeTier: false,
      functions: [
        fn({
          durationMs: 200,
          requestsPerMonth: 100 * SECONDS_PER_MONTH,
          reservedConcurrency: 10,
          provisioned: { count: 4, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null },
        }),
      ],
    });
    const [usage] = estimate(s, book()).functions;
    expect(usage!.provisionedRequests.toFixed(2)).toBe('46428453.18');
    expect(usage!.onDemandRequests.toFixed(2)).toBe('84971546.82');
  });

  it('nothing changes below the limits', () => {
    const quiet = { ...reserved, functions: [{ ...reserved.functions[0]!, reservedConcurrency: 20 }] };
    expect(estimate(quiet, book()).functions[0]!.throttledRequests.isZero()).toBe(true);
    expect(item(quiet, 'lambda.requests')!.basis?.countedAs).toBe('requests');
    // 41,832,000 × $0.20 a million.
    expect(item(quiet, 'lambda.requests')!.exactUsd.toFixed()).toBe('8.3664');
  });

  it('the break-even curve bends where each hour group reaches the limit, and is the bill at every volume', () => {
    // The event hours reach 180,000 an hour at 20,916,000 a month (half the scenario's volume), the quiet ones
    // at 209,160,000: past both, every hour serves what the limit lets through, and the bill is flat.
    const withInit = { ...reserved, functions: [{ ...reserved.functions[0]!, runtime: 'nodejs' as const }] };
    for (const s of [reserved, withInit]) {
      const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
      const ends = curve.pieces.map((piece) => piece.to.toFixed());
      expect(ends).toContain('20916000');
      expect(ends).toContain('209160000');
      expect(curve.pieces.at(-1)!.slope.isZero()).toBe(true);
      const { prices, where } = regionOf(s, book());
      for (const volume of ['20000000', '20916000', '30000000', '209159999', '209160001', '5000000000']) {
        const direct = serverlessCost(atVolume(s, d(volume)), prices, monthProfile(s.traffic), where).exactUsd;
        expect(costAt(curve, d(volume)).minus(direct).abs().lessThan('1e-18')).toBe(true);
      }
    }
  });

  it('throttled requests start no cold starts', () => {
    // Reserved concurrency 0 refuses every request: nothing runs, nothing is cold, nothing is billed.
    const stopped = { ...reserved, functions: [{ ...reserved.functions[0]!, reservedConcurrency: 0, runtime: 'nodejs' as const }] };
    const result = estimate(stopped, book());
    expect(result.platforms[0]!.exactUsd.isZero()).toBe(true);
    expect(result.coldStarts[0]!.perMonth).toBe(0);
    expect(result.functions[0]!.billedColdStarts.isZero()).toBe(true);
  });

  it("a function changed alone is priced as the whole list would be, with the others' shares of a full pool moved", () => {
    // lambdaUsdWith reuses the others' usage where their limits serve them as before: the shortcut must agree with pricing every function.
    const one = fc.record({
      durationMs: fc.integer({ min: 1, max: 20_000 }),
      requestsPerMonth: fc.integer({ min: 0, max: 3_000_000_000 }),
      reservedConcurrency: fc.option(fc.integer({ min: 0, max: 400 })),
      memoryMb: fc.constantFrom(128, 1024),
    });
    fc.assert(
      fc.property(fc.array(one, { minLength: 1, maxLength: 4 }), fc.nat(), one, fc.integer({ min: 1, max: 2000 }), (given, at, change, accountLimit) => {
        const functions = given.map((f, i) => fn({ ...f, name: `f${i}` }));
        const index = at % functions.length;
        const replacement = fn({ ...change, name: `f${index}` });
        const s = scenario({ freeTier: false, traffic: SPIKY, settings: withLimit(accountLimit), functions });
        const { prices, where } = regionOf(s, book());
        const profile = monthProfile(s.traffic);
        const replaced = functions.map((f, i) => (i === index ? replacement : f));
        const whole = sum(lambdaLineItems(replaced, prices.lambda, profile, false, where, limitsOf(s)).lineItems.map((line) => line.exactUsd));
        const alone = lambdaUsdWith(functions, index, replacement, prices.lambda, profile, false, where, limitsOf(s));
        expect(alone.minus(whole).abs().lessThan('1e-20')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
