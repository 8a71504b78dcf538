import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Decimal } from '../../../core/money.js';
import { costAt } from '../../../core/solver.js';
import { monthProfile, STEADY } from '../../../core/traffic.js';
import { book, d, fn, RAISED_LIMIT, scenario } from '../../../../test/helpers/build.js';
import { serverlessCurve } from '../breakeven.js';
import { estimate } from '../estimate.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import { coldStarts } from './cold-starts.js';
import { billedColdStarts, billedInitMs, coldStartShape, reachedAt } from './init-billing.js';
import { functionUsage } from './line-items.js';
import { atMemory } from './memory.js';
import { servedRequests } from './throttling.js';
import type { LambdaFunction } from './types.js';
import { inWords } from '../../../report/words.js';

const BEFORE = 'aws-2025-05-01';
const FROM = 'aws-2025-08-01';
const lambdaOf = (id: string) => book(id).regions['us-east-1']!.lambda;
const steady = monthProfile(STEADY);

describe('which cold starts bill their INIT phase', () => {
  const zipNode = fn({ memoryMb: 512, durationMs: 100, requestsPerMonth: 1000, runtime: 'nodejs' });
  it('ZIP functions on managed runtimes from 2025-08-01, not before', () => {
    expect(billedInitMs(zipNode, lambdaOf(BEFORE))).toBeNull();
    // nodejs' typical cold start, 170 ms, plus 3 ms a MB of its 10 MB package.
    expect(billedInitMs({ ...zipNode, packageMb: 10 }, lambdaOf(FROM))?.toFixed()).toBe('200');
  });
  it('container images and custom runtimes under every table', () => {
    expect(billedInitMs({ ...zipNode, packageType: 'image' }, lambdaOf(BEFORE))?.toFixed()).toBe('170');
    expect(billedInitMs({ ...zipNode, runtime: 'rust', customRuntime: true }, lambdaOf('aws-2020-12-01'))?.toFixed()).toBe('12');
  });
  it('the INIT duration the scenario states, rounded up to the billing step', () => {
    expect(billedInitMs({ ...zipNode, initDurationMs: d('812.4') }, lambdaOf(FROM))?.toFixed()).toBe('813');
    // The tables before December 2020 bill in 100 ms steps.
    expect(billedInitMs({ ...zipNode, customRuntime: true, initDurationMs: d('812.4') }, lambdaOf('aws-2020-03-12'))?.toFixed()).toBe('900');
  });
  it('none where nothing says how long INIT runs, or SnapStart restores instead', () => {
    expect(billedInitMs({ ...zipNode, runtime: null, customRuntime: true }, lambdaOf(FROM))).toBeNull();
    expect(billedInitMs({ ...zipNode, runtime: 'java_snapstart' }, lambdaOf(FROM))).toBeNull();
  });
});

describe('the INIT phase on the bill', () => {
  // One request every 2.6 hours or so: 1,000 a month, steady, 100 ms each, 10,240 MB, INIT 10 s (Lambda's most).
  // λ = 1,000 / (730 × 3,600) a second and the idle timeout T = 600 s, so a request finds the one environment
  // reclaimed with probability e^(−λT) = e^(−0.2283105) = 0.7958643: 795.864 cold starts a month (the second
  // environment, needed at rate λ·(1 − e^(−λ·0.1 s)), adds 0.03). 1,000 is a point of the billing grid, so the
  // bill counts the model's figure itself.
  const lonely = fn({ memoryMb: 10_240, durationMs: 100, requestsPerMonth: 1000, runtime: 'java', initDurationMs: d(10_000) });
  it('counts the cold starts of the model', () => {
    const counted = billedColdStarts(lonely, 'lonely', lambdaOf(FROM), steady).toNumber();
    expect(counted).toBeCloseTo(coldStarts(lonely, steady.runs, 10).perMonth, 9);
    expect(Math.abs(counted - 1000 * Math.exp((-1000 * 600) / (730 * 3600)))).toBeLessThan(0.05);
  });
  it('bills them as duration, at the duration rate and in its free tier', () => {
    // INIT: 795.9 × 10 s × 10 GB = 79,593 GB-s; invocations: 1,000 × 0.1 s × 10 GB = 1,000 GB-s.
    // Without the free tier: 80,593 GB-s × $0.0000166667 = $1.3432; the INIT phases' share $1.3266.
    const result = estimate(scenario({ freeTier: false, functions: [lonely] }), book(FROM));
    const duration = result.platforms[0]!.lineItems.find((item) => item.id.startsWith('lambda.duration.x86_64'))!;
    // The second environment's 0.04 cold starts (needed at rate λ·(1 − e^(−λ·0.1 s))) add about 4 GB-s.
    expect(Math.abs(duration.quantity.toNumber() - 80_593)).toBeLessThan(2);
    expect(duration.monthlyUsd.toFixed(2)).toBe('1.34');
    expect(result.coldStarts[0]!.initUsd?.toFixed(2)).toBe('1.33');
    expect(Math.abs(result.functions[0]!.initGbSeconds.toNumber() - 79_593)).toBeLessThan(2);
    // The line says which of its GB-seconds are the INIT phases', which nothing else on a table that shows no
    // cold-start line would explain; the table before bills none and says none.
    expect(duration.basis!.countedAs).toMatch(/^GB-s \(79,59\d\.\d\d of them INIT phases\)$/);
    // The table before: the same invocations bill 1,000 GB-s, $0.02.
    const before = estimate(scenario({ freeTier: false, functions: [lonely] }), book(BEFORE));
    expect(before.platforms[0]!.lineItems.find((item) => item.id.startsWith('lambda.duration.x86_64'))!.monthlyUsd.toFixed(2)).toBe('0.02');
    expect(before.coldStarts[0]!.initUsd).toBeNull();
    expect(before.platforms[0]!.lineItems.find((item) => item.id.startsWith('lambda.duration.x86_64'))!.basis!.countedAs).toBe('GB-s');
    // With the free tier, 400,000 GB-s cover it all.
    expect(estimate(scenario({ functions: [lonely] }), book(FROM)).coldStarts[0]!.initUsd?.toFixed(2)).toBe('0.00');
  });
  it("says the INIT phases' GB-seconds once, of the month's, where the duration is billed in several tiers", () => {
    // 2,000,000 runs of 15 minutes at 10 GB: 18,000,000,000 GB-s and the INIT phases', past the first tier's 6B and the
    // second's 15B. Each of the three lines said the month's INIT GB-seconds were "of them".
    const long = fn({ memoryMb: 10_240, durationMs: 900_000, requestsPerMonth: 2_000_000, runtime: 'java', initDurationMs: d(10_000) });
    const result = estimate(scenario({ freeTier: false, functions: [long], settings: RAISED_LIMIT }), book(FROM));
    const lines = result.platforms[0]!.lineItems.filter((item) => item.id.startsWith('lambda.duration.x86_64'));
    expect(lines.map((item) => item.id)).toEqual(['lambda.duration.x86_64.tier-1', 'lambda.duration.x86_64.tier-2', 'lambda.duration.x86_64.tier-3']);
    const init = result.functions[0]!.initGbSeconds;
    expect(init.isZero()).toBe(false);
    const month = lines.reduce((total, item) => total.plus(item.basis!.used), new Decimal(0));
    expect(lines[0]!.basis!.countedAs).toBe(
      `GB-s (of the month's ${month.toDecimalPlaces(2).toNumber().toLocaleString('en-US', { minimumFractionDigits: 2 })} GB-s, ${init.toDecimalPlaces(2).toNumber().toLocaleString('en-US', { minimumFractionDigits: 2 })} are INIT phases)`,
    );
    expect(lines.slice(1).map((item) => item.basis!.countedAs)).toEqual(['GB-s', 'GB-s']);
  });
  it('leaves out what provisioned concurrency keeps warm', () => {
    const kept = { ...lonely, provisioned: { count: 1, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } };
    // It keeps the first environment; the second's 0.04 cold starts a month remain: 0.04 × 100 GB-s.
    expect(functionUsage(kept, lambdaOf(FROM), steady).initGbSeconds.toNumber()).toBeLessThan(5);
    expect(functionUsage(lonely, lambdaOf(FROM), steady).initGbSeconds.toNumber()).toBeGreaterThan(79_000);
  });
  it("between grid points, joins them with a straight line; the grid is anchored at the scenario's own volume", () => {
    // Anchored at 1,000 a month, the grid has 32 points a decade: 1,000 and 1,000 × 10^(1/32) = 1,074.60782832 (the
    // factor to twelve digits). Halfway, 1,037.30391416, the count is halfway between the two points' counts.
    const anchored = (requests: number | string) =>
      billedColdStarts({ ...lonely, requestsPerMonth: d(requests), scenarioRequestsPerMonth: d(1000) }, 'lonely', lambdaOf(FROM), steady);
    // Without an anchor, a function's own volume is a grid point: the model's own count there.
    const model = (requests: number | string) => billedColdStarts({ ...lonely, requestsPerMonth: d(requests) }, 'lonely', lambdaOf(FROM), steady);
    expect(anchored(1000).equals(model(1000))).toBe(true);
    expect(anchored('1074.60782832').equals(model('1074.60782832'))).toBe(true);
    const halfway = anchored('1037.30391416');
    expect(halfway.equals(model(1000).plus(model('1074.60782832')).dividedBy(2))).toBe(true);
    // The model itself is not a straight line there: the grid's line parts from it between points.
    expect(halfway.equals(model('1037.30391416'))).toBe(false);
  });
  it('anchored at a volume past a double, finds its grid points: at 1e-300 a month the grid reached 10^310, Infinity in a double, and never ended', () => {
    const tiny = (requests: string) => billedColdStarts({ ...lonely, requestsPerMonth: d(requests), scenarioRequestsPerMonth: d('1e-300') }, 'lonely', lambdaOf(FROM), steady);
    expect(tiny('1e-300').greaterThan(0)).toBe(true);
    // A volume the grid meets 10^310 times above its anchor: counted on the grid, not the model's own (there, at its anchor).
    expect(tiny('1e10').toNumber()).toBeGreaterThan(0);
  });
});

describe('laws with the INIT phase billed', () => {
  const functionArb = fc.record({
    memoryMb: fc.integer({ min: 128, max: 10_240 }),
    durationMs: fc.integer({ min: 1, max: 5_000 }),
    requestsPerMonth: fc.integer({ min: 0, max: 200_000_000 }),
    runtime: fc.constantFrom('nodejs', 'python', 'java', 'rust', 'go') satisfies fc.Arbitrary<LambdaFunction['runtime']>,
    idleTimeoutMinutes: fc.integer({ min: 1, max: 60 }),
  });
  const scenarioArb = fc.record({ functions: fc.array(functionArb, { minLength: 1, maxLength: 3 }), freeTier: fc.boolean() }).map(({ functions, freeTier }) =>
    scenario({
      freeTier,
      functions: functions.map((f, index) => fn({ ...f, name: `f${index}`, customRuntime: f.runtime === 'rust' || f.runtime === 'go' })),
    }),
  );
  it('the serverless curve is the bill at every volume: the billed cold starts bend only where they declare', () => {
    // On an account whose limit the sweep never reaches: where the account's pool fills, the cold starts' grid is not
    // joined at the limit's bend, and the curve can part from the bill there (docs/cold-starts.md, what the model leaves out).
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.bigInt({ min: 10_000n, max: 10_000_000_000n }), { minLength: 1, maxLength: 4 }), (generated, volumes) => {
        const s = { ...generated, settings: RAISED_LIMIT };
        fc.pre(s.functions.some((f) => !f.requestsPerMonth.isZero()));
        const curve = serverlessCurve(s, book(FROM), d(10_000), d(10_000_000_000));
        const { prices, where } = regionOf(s, book(FROM));
        for (const requests of volumes.map((v) => d(v.toString()))) {
          const direct = serverlessCost(atVolume(s, requests), prices, monthProfile(s.traffic), where).exactUsd;
          expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
  it('two functions of the same volume but different durations each bend where their own billed cold starts do', () => {
    // A 100 ms function keeps 1,000 environments busy at 26.3 billion requests a month, a 10 s one at 263 million:
    // past those its cold starts are a share of its requests, so the two have grid points up to different volumes.
    const s = scenario({
      freeTier: false,
      functions: [
        fn({ name: 'slow', memoryMb: 1024, durationMs: 10_000, requestsPerMonth: 1_000_000, runtime: 'java' }),
        fn({ name: 'quick', memoryMb: 1024, durationMs: 100, requestsPerMonth: 1_000_000, runtime: 'java' }),
      ],
    });
    const curve = serverlessCurve(s, book(FROM), d(10_000), d(10_000_000_000));
    const { prices, where } = regionOf(s, book(FROM));
    for (const requests of [d(700_000_000), d(3_100_000_000), d(9_000_000_001)]) {
      const direct = serverlessCost(atVolume(s, requests), prices, monthProfile(s.traffic), where).exactUsd;
      expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
    }
  });
  it('billing the INIT phase never makes a month cheaper', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const total = (id: string) => estimate(s, book(id)).platforms[0]!.exactUsd;
        expect(total(FROM).greaterThanOrEqualTo(total(BEFORE))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the INIT phase at another memory size', () => {
  it('speeds up with the CPU as the invocation does, within the 10 seconds Lambda allows', () => {
    // java at 512 MB: INIT 3,000 ms, wholly CPU-bound and single-threaded. At 1,769 MB (one vCPU) the CPU share grows
    // 1,769 / 512 = 3.455 times: 3,000 × 512 / 1,769 = 868.3 ms. At 128 MB it would be 12,000 ms: Lambda stops it at 10,000.
    const java = fn({ memoryMb: 512, durationMs: 100, requestsPerMonth: 1000, runtime: 'java', cpuBoundPct: 100, threads: 1 });
    expect(atMemory(java, 1769, 'x86_64').initDurationMs?.toNumber()).toBeCloseTo((3000 * 512) / 1769, 6);
    expect(atMemory(java, 128, 'x86_64').initDurationMs?.toFixed()).toBe('10000');
    // Nothing to scale where nothing says how long INIT runs.
    expect(atMemory({ ...java, runtime: null }, 1769, 'x86_64').initDurationMs).toBeNull();
  });
});

describe('the grid past a double', () => {
  it("finds a volume's grid point from the decimals' exponents, with no decimal logarithm, where the quotient overflows a double", () => {
    // 1e-300 ms: the volume at which 1,000 environments are busy is ~10^312 requests, past a double; tune asks for it at
    // each of 20,000 sizes, and a decimal's logarithm there took ~1 ms a size (2.5 s of CPU for two such functions).
    const quick = fn({ memoryMb: 512, durationMs: '1e-300', requestsPerMonth: 10_000_000, runtime: 'nodejs' });
    const logarithm = vi.spyOn(Decimal, 'log10');
    try {
      expect(billedColdStarts(quick, 'quick', lambdaOf(FROM), steady).isFinite()).toBe(true);
      expect(logarithm).not.toHaveBeenCalled();
    } finally {
      logarithm.mockRestore();
    }
  });
});

describe('cold starts of functions alike but for how their runs arrive', () => {
  // 1,000 runs a month. At random (a queue's worker), a run finds the one environment reclaimed with probability
  // e^(−λT), λ = 1,000 / 2,628,000 s and T = 600 s: 795.86, and 795.95 with the second environment's. On a
  // schedule's clock each run comes 43.8 minutes after the last, past the 10-minute idle timeout: all 1,000 are cold.
  const arrivals = (durationMs: number) => {
    const worker = fn({ name: 'worker', memoryMb: 512, durationMs, requestsPerMonth: 1000, runtime: 'nodejs', trigger: 'sqs' });
    return { worker, job: { ...worker, name: 'job', trigger: 'schedule' as const } };
  };
  const billed = (each: LambdaFunction) => functionUsage(each, lambdaOf(FROM), steady).billedColdStarts.toNumber();

  it('each keeps its own count, whichever is priced first', () => {
    // Each order with a duration of its own, so that neither finds what the other worked out.
    const first = arrivals(200);
    const [worker, job] = [billed(first.worker), billed(first.job)];
    const second = arrivals(300);
    const [jobAfter, workerAfter] = [billed(second.job), billed(second.worker)];
    // At 300 ms the second environment is needed a little more often: 795.99.
    expect([worker, workerAfter].map((count) => count.toFixed(2))).toEqual(['795.95', '795.99']);
    expect(workerAfter).toBeCloseTo(coldStarts(second.worker, steady.runs, 10).perMonth, 9);
    expect([job, jobAfter]).toEqual([1000, 1000]);
  });

  it('not by their memory or INIT phase, which price each cold start but do not make one', () => {
    const { worker, job } = arrivals(100);
    expect(coldStartShape({ ...worker, memoryMb: 10_240, architecture: 'arm64', runtime: 'java', packageMb: 50 })).toBe(coldStartShape(worker));
    expect(coldStartShape(job)).not.toBe(coldStartShape(worker));
    expect(coldStartShape({ ...worker, durationMs: d(101) })).not.toBe(coldStartShape(worker));
    expect(coldStartShape({ ...worker, idleTimeoutMinutes: 5 })).not.toBe(coldStartShape(worker));
    expect(coldStartShape({ ...worker, provisioned: { count: 2, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } })).not.toBe(coldStartShape(worker));
  });
});

describe('an INIT phase billed but of no known length', () => {
  // 1,000 requests a month at random, 200 ms each: 795.95 cold starts (the derivation above), each of whose INIT
  // phases AWS bills for a custom runtime or a container image under every table.
  const custom = fn({ name: 'rusty', memoryMb: 512, durationMs: 200, requestsPerMonth: 1000, trigger: 'sqs', customRuntime: true, runtime: null });
  const warned = (functions: LambdaFunction[], id = 'aws-2025-05-01') =>
    estimate(scenario({ functions }), book(id))
      .warnings.filter((warning) => warning.id === 'init_not_priced')
      .map((warning) => inWords(warning.message));
  it('is said for a custom runtime or a container image without a runtime or init_duration_ms, which the bill leaves out', () => {
    expect(warned([custom])).toEqual([
      "function rusty: its custom runtime's INIT phase is billed on each of its about 796 cold starts a month, but how long it runs is not known: not priced; give lambda.functions[].init_duration_ms (its logs' Init Duration)",
    ]);
    expect(warned([{ ...custom, name: 'boxed', customRuntime: false, packageType: 'image' }])[0]).toMatch(/^function boxed: its container image's INIT phase is billed/);
  });
  it('counts a single cold start in the singular', () => {
    // One request a month is one cold start: its environment has long been reclaimed by the next month's.
    expect(warned([{ ...custom, requestsPerMonth: d(1) }])).toEqual([
      "function rusty: its custom runtime's INIT phase is billed on each of its about 1 cold start a month, but how long it runs is not known: not priced; give lambda.functions[].init_duration_ms (its logs' Init Duration)",
    ]);
  });
  it('is not said where the length is known, or where no cold start is', () => {
    expect(
      warned([
        { ...custom, initDurationMs: d(80) },
        { ...custom, name: 'go', runtime: 'go' },
        { ...custom, name: 'idle', requestsPerMonth: d(0) },
      ]),
    ).toEqual([]);
    // A ZIP function on a managed runtime with none named: documented as unpriced INIT (docs/cold-starts.md), not this warning.
    expect(warned([{ ...custom, customRuntime: false }], FROM)).toEqual([]);
  });
});

describe('a concurrency limit the busiest hour does not reach', () => {
  const diurnal = monthProfile({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) });
  // The busiest hour's concurrent executions: its requests a second × the seconds each runs.
  const peakOf = (f: LambdaFunction) => f.requestsPerMonth.times(diurnal.groups[0]!.weight).dividedBy(diurnal.totalWeight).dividedBy(3600).times(f.durationMs).dividedBy(1000);

  it('bills the cold starts it would bill with no limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 900_000 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (requests, durationMs, headroom) => {
          const f = fn({ memoryMb: 1024, durationMs, requestsPerMonth: requests, runtime: 'python' });
          const limit = peakOf(f).times(headroom.toPrecision(12));
          const servedAt = (volume: Decimal) => servedRequests(volume, f.durationMs, limit, diurnal).requests;
          const shape = coldStartShape(f);
          // At the limit itself, rounding may tell it reached: there the month is worked out with it.
          fc.pre(!servedRequests(f.requestsPerMonth, f.durationMs, limit, diurnal).over(diurnal.groups[0]!) && !reachedAt(f, f.requestsPerMonth, diurnal, limit));
          expect(billedColdStarts(f, shape, lambdaOf(FROM), diurnal, limit, servedAt).toFixed()).toBe(billedColdStarts(f, shape, lambdaOf(FROM), diurnal).toFixed());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('prices the month it would with no limit, worked out once for both; a limit reached throttles it', () => {
    // 100,000,000 a month; 8 busy hours a day at twice the average. A 730-hour month has 242 busy hours (30 days and
    // 2 of the 10 hours past them) of weight 2 × 16 = 32 and 488 quiet of 24 − 16 = 8, 11,648 in all: a busy hour
    // has 100,000,000 × 32 ÷ 11,648 = 274,725 requests, 76.3 a second of 200 ms, 15.26 concurrent.
    const f = fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 100_000_000, runtime: 'nodejs' });
    const peak = peakOf(f);
    expect(peak.toFixed(2)).toBe('15.26');
    const free = functionUsage(f, lambdaOf(FROM), diurnal);
    // A share of a pool that never fills moves as other functions grow: the usage already worked out stands.
    expect(functionUsage(f, lambdaOf(FROM), diurnal, peak.times(2))).toBe(free);
    expect(functionUsage(f, lambdaOf(FROM), diurnal, peak.times(3))).toBe(free);
    const held = functionUsage(f, lambdaOf(FROM), diurnal, peak.dividedBy(2));
    expect(held.throttledRequests.isZero()).toBe(false);
    expect(held.billedColdStarts.toFixed()).not.toBe(free.billedColdStarts.toFixed());
  });
});

describe('a month priced again with only the limits moved', () => {
  // A full pool: every other function's share moves as one grows, and each is priced again under a limit it reaches.
  // 100,000,000 requests of 200 ms in a steady 730-hour month: 7.6 concurrent executions, over limits of 4 and 2.
  const f = fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 100_000_000, runtime: 'nodejs' });
  it('keeps what of the function no limit moves, and its grid, worked out once', () => {
    const first = functionUsage(f, lambdaOf(FROM), steady, d(4));
    const second = functionUsage(f, lambdaOf(FROM), steady, d(2));
    expect(second.throttledRequests.greaterThan(first.throttledRequests)).toBe(true);
    expect(second.peakConcurrency).toBe(first.peakConcurrency);
    expect(second.billedDurationMs).toBe(first.billedDurationMs);
    // Each the count worked out from scratch, as a function of its own would have it.
    for (const [usage, limit] of [
      [first, d(4)],
      [second, d(2)],
    ] as const) {
      const again = { ...f };
      const servedAt = (volume: Decimal) => servedRequests(volume, again.durationMs, limit, steady).requests;
      expect(usage.billedColdStarts.toFixed()).toBe(billedColdStarts(again, coldStartShape(again), lambdaOf(FROM), steady, limit, servedAt).toFixed());
    }
  });
});
