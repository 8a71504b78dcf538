// Laws every estimate obeys, checked over generated scenarios.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/engine/estimate.js';
import { Decimal, sum } from '../../src/model/money.js';
import type { ApiGateway, LambdaFunction, Scenario } from '../../src/model/types.js';
import { book, d } from '../helpers/build.js';

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
  fc.record({ requests, size: fc.integer({ min: 1, max: 2048 }), type: fc.constantFrom('rest', 'http') }).map(
    ({ requests, size, type }): ApiGateway =>
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
    provisioned:
      input.provisionedCount > 0 ? { count: input.provisionedCount, hoursPerMonth: input.provisionedHours, requestsPerMonth: null, durationMs: null } : null,
  };
}

const scenarioArb = fc
  .record({ functions: fc.array(fnArb, { minLength: 1, maxLength: 3 }), freeTier: fc.boolean(), api: apiArb })
  .map(
    ({ functions, freeTier, api }): Scenario => ({
      name: 'generated',
      file: 'generated.yaml',
      pricingId: null,
      region: 'us-east-1',
      freeTier,
      traffic: { pattern: 'steady' },
      functions: functions.map(toFunction),
      apiGateway: api,
    }),
  );

const cost = (scenario: Scenario) => estimate(scenario, book()).serverless.exactUsd;
const withFirst = (scenario: Scenario, change: (fn: LambdaFunction) => LambdaFunction): Scenario => ({
  ...scenario,
  functions: scenario.functions.map((fn, index) => (index === 0 ? change(fn) : fn)),
});
const runs = { numRuns: 200 };

describe('laws of the estimate', () => {
  it('line items add up exactly to the total, in cents and unrounded', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = estimate(scenario, book());
        expect(sum(result.serverless.lineItems.map((item) => item.monthlyUsd)).equals(result.serverless.monthlyUsd)).toBe(true);
        expect(sum(result.serverless.lineItems.map((item) => item.exactUsd)).equals(result.serverless.exactUsd)).toBe(true);
        for (const item of result.serverless.lineItems) {
          expect(item.quantity.times(item.unitPriceUsd).equals(item.exactUsd)).toBe(true);
          expect(item.quantity.isNegative()).toBe(false);
        }
      }),
      runs,
    );
  });

  it('more requests never cost less', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100_000_000 }), (scenario, more) => {
        const bigger = withFirst(scenario, (fn) => ({ ...fn, requestsPerMonth: fn.requestsPerMonth.plus(more) }));
        expect(cost(bigger).greaterThanOrEqualTo(cost(scenario))).toBe(true);
      }),
      runs,
    );
  });

  it('a longer duration never costs less', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 10_000 }), (scenario, extraMs) => {
        const longer = withFirst(scenario, (fn) => ({ ...fn, durationMs: Decimal.min(fn.durationMs.plus(extraMs), 900_000) }));
        expect(cost(longer).greaterThanOrEqualTo(cost(scenario))).toBe(true);
      }),
      runs,
    );
  });

  it('more memory never costs less', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 4096 }), (scenario, extraMb) => {
        const larger = withFirst(scenario, (fn) => ({ ...fn, memoryMb: Math.min(fn.memoryMb + extraMb, 10_240) }));
        expect(cost(larger).greaterThanOrEqualTo(cost(scenario))).toBe(true);
      }),
      runs,
    );
  });

  it('arm64 never costs more than x86_64 for the same duration', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const all = (arch: 'x86_64' | 'arm64') => ({ ...scenario, functions: scenario.functions.map((fn) => ({ ...fn, architecture: arch })) });
        expect(cost(all('arm64')).lessThanOrEqualTo(cost(all('x86_64')))).toBe(true);
      }),
      runs,
    );
  });

  it('turning the free tier off never costs less', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(cost({ ...scenario, freeTier: false }).greaterThanOrEqualTo(cost({ ...scenario, freeTier: true }))).toBe(true);
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
        const make = (count: number): Scenario => ({
          name: 'linear',
          file: 'linear.yaml',
          pricingId: null,
          region: 'us-east-1',
          freeTier: false,
          traffic: { pattern: 'steady' },
          apiGateway: { type: 'none' },
          functions: [{ name: 'f', memoryMb, durationMs: d(durationMs), architecture: 'x86_64', requestsPerMonth: d(count), ephemeralStorageMb: 512, provisioned: null }],
        });
        expect(cost(make(requestsPerMonth * factor)).equals(cost(make(requestsPerMonth)).times(factor))).toBe(true);
      }),
      runs,
    );
  });

  it('prices 10^12 requests exactly', () => {
    const scenario: Scenario = {
      name: 'huge',
      file: 'huge.yaml',
      pricingId: null,
      region: 'us-east-1',
      freeTier: false,
      traffic: { pattern: 'steady' },
      apiGateway: { type: 'none' },
      functions: [{ name: 'f', memoryMb: 128, durationMs: d(1), architecture: 'x86_64', requestsPerMonth: d('1000000000000'), ephemeralStorageMb: 512, provisioned: null }],
    };
    // 10^12 × $0.20/M = $200,000; 10^12 × 1 ms × 0.125 GB = 125,000,000 GB-s × $0.0000166667 = $2,083.3375
    expect(cost(scenario).toFixed()).toBe('202083.3375');
  });
});
