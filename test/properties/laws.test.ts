// Laws every estimate obeys, checked over generated scenarios.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { Decimal, sum } from '../../src/core/money.js';
import { lambdaLineItems, lambdaUsdWith, limitsOf, throttleKinks } from '../../src/providers/aws/lambda/index.js';
import type { ApiGateway, PricedApi } from '../../src/providers/aws/api-gateway/types.js';
import type { LambdaFunction } from '../../src/providers/aws/lambda/types.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { costAt } from '../../src/core/solver.js';
import { monthProfile } from '../../src/core/traffic.js';
import { serverlessCurve } from '../../src/providers/aws/breakeven.js';
import { regionOf, serverlessCost } from '../../src/providers/aws/platforms.js';
import { atVolume, headlineRequests } from '../../src/providers/aws/scale.js';
import { book, d, fn, scenario, expectLineItemsAddUp } from '../helpers/build.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';

const architecture = fc.constantFrom<'x86_64' | 'arm64'>('x86_64', 'arm64');
const requests = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 50_000_000_000 }));
const fnArb = fc.record({
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  durationMs: fc.oneof(fc.integer({ min: 1, max: 900_000 }), fc.double({ min: 0.1, max: 5_000, noNaN: true })),
  architecture,
  requestsPerMonth: requests,
  ephemeralStorageMb: fc.integer({ min: 512, max: 10_240 }),
  provisionedCount: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
  provisionedHours: fc.integer({ min: 1, max: 730 }),
});
const apiArb = fc.oneof(
  fc.constant<ApiGateway>({ type: 'none' }),
  fc
    .record({ requests, size: fc.integer({ min: 1, max: 2048 }), type: fc.constantFrom('rest', 'http') })
    .map(({ requests, size, type }): ApiGateway =>
      type === 'rest' ? { type, requestsPerMonth: d(requests), freeTier: false } : { type: 'http', requestsPerMonth: d(requests), requestSizeKb: d(size), freeTier: false },
    ),
);

type FnInput = typeof fnArb extends fc.Arbitrary<infer T> ? T : never;

function toFunction(input: FnInput, index: number): LambdaFunction {
  return {
    name: `fn${index}`,
    memoryMb: input.memoryMb,
    durationMs: new Decimal(input.durationMs),
    architecture: input.architecture,
    requestsPerMonth: new Decimal(input.requestsPerMonth),
    ephemeralStorageMb: input.ephemeralStorageMb,
    provisioned: input.provisionedCount > 0 ? { count: input.provisionedCount, hoursPerMonth: input.provisionedHours, requestsPerMonth: null, durationMs: null } : null,
  };
}

const scenarioArb = fc
  .record({ functions: fc.array(fnArb, { minLength: 1, maxLength: 3 }), freeTier: fc.boolean(), api: apiArb })
  .map(({ functions, freeTier, api }) => scenario({ freeTier, functions: functions.map(toFunction), apiGateways: api.type === 'none' ? [] : [api] }));

const cost = (s: Scenario) => estimate(s, book()).platforms[0]!.exactUsd;
const withFirst = (s: Scenario, change: (fn: LambdaFunction) => LambdaFunction): Scenario => ({
  ...s,
  functions: s.functions.map((f, index) => (index === 0 ? change(f) : f)),
});
const runs = { numRuns: 200 };
/** An account limit no generated scenario reaches: nothing is throttled. */
const limitless = { ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit: 1e15 };

describe('laws of the estimate', () => {
  it('line items add up exactly to the total, in cents and unrounded', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        expectLineItemsAddUp(estimate(generated, book()).platforms[0]!);
      }),
      runs,
    );
  });

  it('more requests never cost less', () => {
    // Every function's requests grown alike, as a sweep grows them: each serves more, or as many where it is at its limit.
    // Where the pool is full, a function serves its share of it, demand ÷ total demand, both grown by the factor: the
    // same share to the 40 significant digits a Decimal holds, but not always in the 40th (a month of $5,477.55 was
    // $5e-36 less at 60 times the requests). So the law holds to 30 digits of the bill.
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100_000_000 }), (generated, more) => {
        const factor = d(1).plus(d(more).dividedBy(1_000_000));
        const bigger = { ...generated, functions: generated.functions.map((f) => ({ ...f, requestsPerMonth: f.requestsPerMonth.times(factor) })) };
        const before = cost(generated);
        expect(cost(bigger).greaterThanOrEqualTo(before.minus(before.abs().times('1e-30')))).toBe(true);
      }),
      runs,
    );
  });

  it('more requests to one function never cost less, below the account limit or within its own reserved concurrency', () => {
    // Where functions share a full pool, more of a cheap function's requests throttle a dear one's, and the month can cost
    // less (docs/cold-starts.md): so the law holds for a function with its own reserved concurrency, or a pool that is not full.
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100_000_000 }), fc.option(fc.integer({ min: 0, max: 2000 })), (generated, more, reserved) => {
        const limited = reserved === null ? { ...generated, settings: limitless } : withFirst(generated, (f) => ({ ...f, reservedConcurrency: reserved }));
        const bigger = withFirst(limited, (f) => ({ ...f, requestsPerMonth: f.requestsPerMonth.plus(more) }));
        expect(cost(bigger).greaterThanOrEqualTo(cost(limited))).toBe(true);
      }),
      runs,
    );
  });

  it('more requests to one function never serve it fewer', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100_000_000 }), (generated, more) => {
        const bigger = withFirst(generated, (f) => ({ ...f, requestsPerMonth: f.requestsPerMonth.plus(more) }));
        const served = (s: Scenario) => estimate(s, book()).functions[0]!.servedRequests;
        expect(served(bigger).greaterThanOrEqualTo(served(generated))).toBe(true);
      }),
      runs,
    );
  });

  it('a longer duration never costs less, below the concurrency limits', () => {
    // At its limit a longer run serves fewer requests (limit × 3,600 s ÷ duration an hour), and the request charge falls: so the law is stated below it.
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 10_000 }), (generated, extraMs) => {
        const unlimited = { ...generated, settings: limitless };
        const longer = withFirst(unlimited, (f) => ({ ...f, durationMs: Decimal.min(f.durationMs.plus(extraMs), 900_000) }));
        expect(cost(longer).greaterThanOrEqualTo(cost(unlimited))).toBe(true);
      }),
      runs,
    );
  });

  it('a limit never raises the bill', () => {
    // A lower account limit, or reserved concurrency on one function, against the same month with no limit anywhere.
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1000 }), fc.option(fc.integer({ min: 0, max: 2000 })), (generated, accountLimit, reserved) => {
        const unlimited = { ...generated, settings: limitless };
        const lower = { ...generated, settings: { ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit: accountLimit } };
        const limited = reserved === null ? lower : withFirst(generated, (f) => ({ ...f, reservedConcurrency: reserved }));
        expect(cost(lower).lessThanOrEqualTo(cost(generated))).toBe(true);
        expect(cost(limited).lessThanOrEqualTo(cost(unlimited))).toBe(true);
      }),
      runs,
    );
  });

  it('more memory never costs less', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 4096 }), (generated, extraMb) => {
        const larger = withFirst(generated, (f) => ({ ...f, memoryMb: Math.min(f.memoryMb + extraMb, 10_240) }));
        expect(cost(larger).greaterThanOrEqualTo(cost(generated))).toBe(true);
      }),
      runs,
    );
  });

  it('arm64 never costs more than x86_64 for the same duration', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const all = (arch: 'x86_64' | 'arm64') => ({ ...generated, functions: generated.functions.map((f) => ({ ...f, architecture: arch })) });
        expect(cost(all('arm64')).lessThanOrEqualTo(cost(all('x86_64')))).toBe(true);
      }),
      runs,
    );
  });

  it('turning the free tier off never costs less', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        expect(cost({ ...generated, freeTier: false }).greaterThanOrEqualTo(cost({ ...generated, freeTier: true }))).toBe(true);
      }),
      runs,
    );
  });

  it('without the free tier and inside one price band, cost is linear in requests', () => {
    // One x86_64 function without provisioned concurrency under 6B GB-s: k times the requests cost exactly k times as much.
    const small = fc.record({
      memoryMb: fc.integer({ min: 128, max: 10_240 }),
      durationMs: fc.integer({ min: 1, max: 1_000 }),
      requestsPerMonth: fc.integer({ min: 0, max: 50_000_000 }),
      factor: fc.integer({ min: 2, max: 10 }),
    });
    fc.assert(
      fc.property(small, ({ memoryMb, durationMs, requestsPerMonth, factor }) => {
        const make = (count: number) => scenario({ freeTier: false, functions: [fn({ memoryMb, durationMs, requestsPerMonth: count })] });
        expect(cost(make(requestsPerMonth * factor)).equals(cost(make(requestsPerMonth)).times(factor))).toBe(true);
      }),
      runs,
    );
  });

  it('prices 10^12 requests exactly', () => {
    const huge = scenario({ freeTier: false, functions: [fn({ memoryMb: 128, durationMs: 1, requestsPerMonth: '1000000000000' })] });
    // 10^12 × $0.20/M = $200,000; 10^12 × 1 ms × 0.125 GB = 125,000,000 GB-s × $0.0000166667 = $2,083.3375;
    // its logs, 10^12 × 264 B = 264,000 GB in the bands: 10,000 × $0.50 + 20,000 × $0.25 + 20,000 × $0.10 + 214,000 × $0.05
    // = $22,700, stored 264,000 × 0.15 × 12 = 475,200 GB-months × $0.03 = $14,256: $239,039.3375 in all.
    expect(cost(huge).toFixed()).toBe('239039.3375');
  });
});

/** Scenarios of a few kinds of function, each one to four functions alike but for their names, apart in the list; a pool as small as 3. */
const kindArb = fc.record({
  fn: fnArb,
  copies: fc.integer({ min: 1, max: 4 }),
  reserved: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  runtime: fc.constantFrom(null, 'nodejs' as const, 'java' as const),
  appBytes: fc.constantFrom(0, 400),
  retentionDays: fc.constantFrom(null, 30),
  logClass: fc.constantFrom('standard' as const, 'infrequent_access' as const),
});
const copiesArb = fc
  .record({
    kinds: fc.array(kindArb, { minLength: 1, maxLength: 3 }),
    freeTier: fc.boolean(),
    api: apiArb,
    accountConcurrencyLimit: fc.constantFrom(1000, 60, 3),
    traffic: fc.constantFrom<Scenario['traffic']>({ pattern: 'steady' }, { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) }),
  })
  .map(({ kinds, freeTier, api, accountConcurrencyLimit, traffic }) =>
    scenario({
      freeTier,
      traffic,
      settings: { ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit },
      apiGateways: api.type === 'none' ? [] : [api],
      functions: kinds
        .flatMap((kind, index) =>
          Array.from({ length: kind.copies }, (_, copy) => ({
            ...toFunction(kind.fn, index),
            name: `fn${index}-${copy}`,
            reservedConcurrency: kind.reserved,
            runtime: kind.runtime,
            logs: { appBytesPerInvocation: d(kind.appBytes), systemLogLevel: 'info' as const, retentionDays: kind.retentionDays, storedGb: null, logClass: kind.logClass },
          })),
        )
        // Copies of a kind apart, another kind between them: alike need not be next to each other.
        .sort((a, b) => a.name.split('-')[1]!.localeCompare(b.name.split('-')[1]!)),
    }),
  );

describe('laws of the break-even solver', () => {
  // The solver fits lines between the bends the services declare. If a service
  // bent somewhere it did not declare, the fitted curve would leave the bill
  // between two declared points; priced directly at random volumes, the two must agree.
  it("the serverless curve is the bill at every volume, so no service's bend is missed", () => {
    const volume = fc.bigInt({ min: 10_000n, max: 10_000_000_000n });
    fc.assert(
      fc.property(scenarioArb, fc.array(volume, { minLength: 1, maxLength: 5 }), (s, volumes) => {
        fc.pre(!headlineRequests(s).isZero());
        const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
        const { prices, where } = regionOf(s, book());
        for (const requests of volumes.map((v) => d(v.toString()))) {
          const direct = serverlessCost(atVolume(s, requests), prices, monthProfile(s.traffic), where).exactUsd;
          expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  // A share of the invocations stated to run on provisioned environments grows with the sweep, up to what they can run:
  // 2 environments for 100 hours at 250 ms run at most 2 × 100 × 3,600,000 ÷ 250 = 2,880,000, reached where the stated
  // 50,000 of 1,000,000 grows 57.6 times, at 57.6M requests a month: a bend the curve must have.
  it('the curve is the bill across the volume where a stated provisioned share reaches what its environments can run', () => {
    const s = scenario({
      freeTier: false,
      functions: [
        fn({ memoryMb: 1024, durationMs: 250, requestsPerMonth: 1_000_000, provisioned: { count: 2, hoursPerMonth: 100, requestsPerMonth: d(50_000), durationMs: null } }),
      ],
    });
    const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
    expect(curve.pieces.some((piece) => piece.to.equals(57_600_000))).toBe(true);
    const { prices, where } = regionOf(s, book());
    for (const requests of ['57599999', '57600000', '57600001', '100000000', '3000000000'].map(d)) {
      const direct = serverlessCost(atVolume(s, requests), prices, monthProfile(s.traffic), where).exactUsd;
      expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
    }
    // Past it, the environments run what they can: 2,880,000 invocations × 0.25 s × 1 GB at the provisioned duration rate.
    const far = serverlessCost(atVolume(s, d(3_000_000_000)), prices, monthProfile(s.traffic), where);
    expect(far.lineItems.find((line) => line.id === 'lambda.provisioned-duration.x86_64')!.quantity.toFixed()).toBe('720000');
  });

  // The stated share meets the served requests too, once a limit throttles them: 900,000 of 1,000,000 invocations of
  // 100 ms stated for 3 environments, the function reserved 2 (7,200,000 a month served at most, steady): the share
  // reaches what is served at 8M a month, a bend no limit declares (the curve was $2.74 off the bill beside it).
  it('the curve is the bill where a stated provisioned share meets the requests a limit serves', () => {
    for (const traffic of [{ pattern: 'steady' as const }, { pattern: 'diurnal' as const, busyHoursPerDay: 8, peakToAverage: d(3) }]) {
      const s = scenario({
        freeTier: false,
        traffic,
        functions: [
          fn({
            durationMs: 100,
            requestsPerMonth: 1_000_000,
            reservedConcurrency: 2,
            provisioned: { count: 3, hoursPerMonth: 730, requestsPerMonth: d(900_000), durationMs: null },
          }),
        ],
      });
      const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
      const { prices, where } = regionOf(s, book());
      for (const piece of curve.pieces) {
        const middle = piece.from.plus(piece.to).dividedBy(2);
        const direct = serverlessCost(atVolume(s, middle), prices, monthProfile(s.traffic), where).exactUsd;
        expect(costAt(curve, middle).minus(direct).abs().lessThan('1e-18')).toBe(true);
      }
    }
  });

  // A curve prices functions alike but for their names as one, counted for each (collapsedAlike): the copies must
  // add up as the functions would, through every figure that sums over functions (the pool's demand and reservations,
  // the totals, the meters, the logs, the headline requests) and bends (the pool filling, billed cold starts). The
  // same functions made unlike by a figure Lambda does not price (the CPU time another provider bills) are priced
  // one by one: the two curves must be the same line for line.
  it('a curve of functions alike but for their names is the curve of the functions priced one by one', () => {
    fc.assert(
      fc.property(copiesArb, (s) => {
        fc.pre(!headlineRequests(s).isZero());
        const oneByOne = { ...s, functions: s.functions.map((f, index) => ({ ...f, cpuMs: d(index + 1) })) };
        const alike = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
        const apart = serverlessCurve(oneByOne, book(), d(10_000), d(10_000_000_000));
        // The same bends, to the 40 digits' last few (a copy counted by multiplying, not by adding again).
        const near = (a: Decimal, b: Decimal) => a.minus(b).abs().lessThan('1e-20');
        expect(alike.pieces.length).toBe(apart.pieces.length);
        alike.pieces.forEach((piece, index) => expect(near(piece.from, apart.pieces[index]!.from) && near(piece.to, apart.pieces[index]!.to)).toBe(true));
        // The same bill at each bend and between, to 1e-18: the bill does not step at a bend (the law below), so bends
        // 1e-31 apart price alike. A copy not counted is dollars off.
        for (const piece of apart.pieces) {
          for (const requests of [piece.from, piece.from.plus(piece.to).dividedBy(2), piece.to]) {
            expect(costAt(alike, requests).minus(costAt(apart, requests)).abs().lessThan('1e-18')).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  // The solver joins the bill's values at its bends with straight lines, so the bill must not step at a bend. Where the
  // pool fills, a function gets its limit; its billed cold starts, joined across their grid interval to the far end
  // priced with the limit, stepped there ($0.0031 for three java functions of 256 s in a pool of 1,000).
  it('the bill does not step where a concurrency limit is first reached', () => {
    fc.assert(
      fc.property(copiesArb, (s) => {
        const base = headlineRequests(s);
        fc.pre(!base.isZero());
        const { prices, where } = regionOf(s, book());
        const profile = monthProfile(s.traffic);
        const billAt = (requests: Decimal) => serverlessCost(atVolume(s, requests), prices, profile, where).exactUsd;
        for (const kink of throttleKinks(s.functions, limitsOf(s), prices.lambda, profile, base).slice(0, 6)) {
          const below = billAt(kink.times('0.999999999999999999999999999999'));
          const above = billAt(kink.times('1.000000000000000000000000000001'));
          expect(above.minus(below).abs().lessThan(below.abs().times('1e-25').plus('1e-20'))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('laws of a month with one function changed', () => {
  // The memory advice and tune price the month with one function changed, thousands of times: from the others' totals,
  // or where the pool is full, from the others a kind at a time. Either way it must be the month priced whole.
  it('is the month with that function changed, priced whole', () => {
    fc.assert(
      fc.property(copiesArb, fc.nat(), fc.integer({ min: 128, max: 10_240 }), fc.integer({ min: 1, max: 5_000 }), (s, pick, memoryMb, durationMs) => {
        const index = pick % s.functions.length;
        // Another size runs for another time: its demand on the pool moves the others' shares where the pool is full.
        const replacement = { ...s.functions[index]!, memoryMb, durationMs: d(durationMs) };
        const { prices, where } = regionOf(s, book());
        const profile = monthProfile(s.traffic);
        const changed = lambdaUsdWith(s.functions, index, replacement, prices.lambda, profile, s.freeTier, where, limitsOf(s));
        const replaced = s.functions.map((each, i) => (i === index ? replacement : each));
        const whole = sum(lambdaLineItems(replaced, prices.lambda, profile, s.freeTier, where, limitsOf(s)).lineItems.map((item) => item.exactUsd));
        expect(changed.minus(whole).abs().lessThan('1e-18')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('laws of the list of functions', () => {
  // Functions alike in all but one thing (how their runs arrive, their runtime, memory …): what is worked out once for
  // functions alike must not be handed to one that differs. A scheduled function and a queue's worker alike in all
  // else shared their cold starts, and the first priced gave the other its count.
  const CHANGES = [
    'schedule',
    's3',
    'runtime',
    'snapstart',
    'image',
    'init',
    'memory',
    'architecture',
    'duration',
    'idle',
    'provisioned',
    'package',
    'vpc',
    'storage',
    'reserved',
    'logs',
    'cpu',
    'peak',
    'unstated',
  ] as const;
  const change = (base: LambdaFunction, what: (typeof CHANGES)[number], index: number): LambdaFunction => {
    const name = `fn${index}`;
    switch (what) {
      case 'schedule':
        return { ...base, name, trigger: 'schedule' };
      case 'runtime':
        return { ...base, name, runtime: 'java' };
      case 'memory':
        return { ...base, name, memoryMb: base.memoryMb * 2 };
      case 'architecture':
        return { ...base, name, architecture: 'arm64' };
      case 'duration':
        return { ...base, name, durationMs: base.durationMs.times(3) };
      case 'idle':
        return { ...base, name, idleTimeoutMinutes: 3 };
      case 'provisioned':
        return { ...base, name, provisioned: { count: 1, hoursPerMonth: 300, requestsPerMonth: null, durationMs: null } };
      case 'package':
        return { ...base, name, packageMb: 40 };
      case 'storage':
        return { ...base, name, ephemeralStorageMb: 2048 };
      case 's3':
        return { ...base, name, trigger: 's3' };
      case 'snapstart':
        return { ...base, name, runtime: 'java_snapstart' };
      case 'image':
        return { ...base, name, packageType: 'image' };
      case 'init':
        return { ...base, name, initDurationMs: d(900) };
      case 'vpc':
        return { ...base, name, vpc: true };
      case 'reserved':
        return { ...base, name, reservedConcurrency: 1 };
      case 'logs':
        return { ...base, name, logs: { appBytesPerInvocation: d(2000), systemLogLevel: 'warn', retentionDays: 30, storedGb: null, logClass: 'infrequent_access' } };
      case 'cpu':
        return { ...base, name, cpuBoundPct: 90, threads: 2 };
      case 'peak':
        return { ...base, name, peakMemoryMb: base.memoryMb - 10 };
      case 'unstated':
        return { ...base, name, usageGiven: false };
    }
  };
  const listArb = fc
    .record({
      memoryMb: fc.constantFrom(128, 512, 1769),
      durationMs: fc.constantFrom(40, 200, 1200),
      requestsPerMonth: fc.constantFrom(700, 40_000, 3_000_000),
      changes: fc.array(fc.constantFrom(...CHANGES), { minLength: 1, maxLength: 3 }),
      diurnal: fc.boolean(),
      freeTier: fc.boolean(),
      // Behind an HTTP API (and its cost-bomb check), or invoked by a queue.
      api: fc.boolean(),
    })
    .map(({ memoryMb, durationMs, requestsPerMonth, changes, freeTier, diurnal, api }) => {
      const base = fn({ name: 'base', memoryMb, durationMs, requestsPerMonth, runtime: 'nodejs', trigger: api ? 'api' : 'sqs' });
      const apiGateways: PricedApi[] = api ? [{ type: 'http', requestsPerMonth: d(requestsPerMonth), requestSizeKb: d(1), freeTier: false }] : [];
      return { setup: { freeTier, diurnal, apiGateways }, functions: [base, ...changes.map((what, index) => change(base, what, index))] };
    });
  type Setup = { readonly freeTier: boolean; readonly diurnal: boolean; readonly apiGateways: PricedApi[] };
  const trafficOf = (diurnal: boolean) => (diurnal ? ({ pattern: 'diurnal', busyHoursPerDay: 6, peakToAverage: d(3) } as const) : ({ pattern: 'steady' } as const));

  // Each order priced by modules loaded afresh: what one run works out for functions alike is kept for the rest of the
  // process, so within one the second order found the first's figures, wrong or right.
  const pricedAfresh = async ({ freeTier, diurnal, apiGateways }: Setup, list: readonly LambdaFunction[]) => {
    vi.resetModules();
    const fresh = await import('../../src/providers/aws/estimate.js');
    const helpers = await import('../helpers/build.js');
    const result = fresh.estimate(helpers.scenario({ freeTier, traffic: trafficOf(diurnal), apiGateways, functions: list }), helpers.book());
    const coldStarts = new Map(result.coldStarts.map((each, index) => [result.functions[index]!.name, each]));
    // What is said of each function, in an order of its own: a list's order is the file's.
    const sorted = (texts: string[]) => texts.sort();
    return {
      usd: result.platforms.map((platform) => platform.exactUsd.toString()),
      advice: sorted(result.advice.map((each) => JSON.stringify(each))),
      // A warning about several functions names them in the list's order: its kind and its figures are compared.
      warnings: sorted(result.warnings.map((each) => `${each.id} ${JSON.stringify(each.costBomb ?? null)}`)),
      functions: Object.fromEntries(
        result.functions.map((usage) => [
          usage.name,
          [usage.billedColdStarts.toString(), usage.onDemandGbSeconds.toString(), usage.provisionedGbSeconds.toString(), String(coldStarts.get(usage.name)?.perMonth)],
        ]),
      ),
    };
  };

  it('the order of the functions never changes the bill, a function’s usage or its cold starts', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, async ({ setup, functions }) => {
        expect(await pricedAfresh(setup, [...functions].reverse())).toEqual(await pricedAfresh(setup, functions));
      }),
      { numRuns: Number(process.env.SLCOST_LAW_RUNS ?? 40) },
    );
  }, 60_000);

  // Functions are kept by name in maps and lookups: a name an object inherits (constructor, __proto__), one that reads
  // as a number, null or a list must be a name like any other.
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', '*', 'a, b', 'x and y', 'ÿ', '0', '1e3', 'null', 'NaN'];
  it('the names of the functions never change a figure', () => {
    fc.assert(
      fc.property(listArb, fc.shuffledSubarray(NAMES, { minLength: 4, maxLength: 4 }), ({ setup: { freeTier, diurnal, apiGateways }, functions }, names) => {
        const figures = (naming: (index: number) => string) => {
          const result = estimate(
            scenario({ freeTier, traffic: trafficOf(diurnal), apiGateways, functions: functions.map((each, index) => ({ ...each, name: naming(index) })) }),
            book(),
          );
          return {
            usd: result.platforms.map((platform) => platform.exactUsd.toString()),
            functions: result.functions.map((usage) => [usage.billedColdStarts.toString(), usage.onDemandGbSeconds.toString(), usage.provisionedGbSeconds.toString()]),
            coldStarts: result.coldStarts.map((each) => each.perMonth),
            advice: result.advice.length,
            warnings: result.warnings.map((warning) => `${warning.id} ${JSON.stringify(warning.costBomb?.worstMonthUsd ?? null)}`),
          };
        };
        expect(figures((index) => names[index]!)).toEqual(figures((index) => `fn${index}`));
      }),
      { numRuns: 100 },
    );
  });
});
