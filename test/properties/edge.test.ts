// Laws of Lambda@Edge functions, checked over generated scenarios that mix them with regional functions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { Decimal } from '../../src/core/money.js';
import type { LambdaFunction } from '../../src/providers/aws/lambda/types.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { costAt } from '../../src/core/solver.js';
import { monthProfile } from '../../src/core/traffic.js';
import { serverlessCurve } from '../../src/providers/aws/breakeven.js';
import { regionOf, serverlessCost } from '../../src/providers/aws/platforms.js';
import { atVolume, headlineRequests } from '../../src/providers/aws/scale.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';
import { book, d, expectLineItemsAddUp, scenario } from '../helpers/build.js';

const requests = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 5_000_000_000 }));
const edgeArb = fc.record({
  edge: fc.constantFrom<'viewer' | 'origin' | 'any'>('viewer', 'origin', 'any'),
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  durationMs: fc.oneof(fc.integer({ min: 1, max: 30_000 }), fc.double({ min: 0.1, max: 5_000, noNaN: true })),
  requestsPerMonth: requests,
});
const regionalArb = fc.record({
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  durationMs: fc.integer({ min: 1, max: 900_000 }),
  architecture: fc.constantFrom<'x86_64' | 'arm64'>('x86_64', 'arm64'),
  requestsPerMonth: requests,
});

/** A Lambda@Edge function as CloudFront can run it: x86_64, on demand, 512 MB of storage, within its trigger's memory. */
function edgeFunction(input: typeof edgeArb extends fc.Arbitrary<infer T> ? T : never, index: number): LambdaFunction {
  return {
    name: `edge${index}`,
    memoryMb: input.edge === 'viewer' ? 128 : input.memoryMb,
    durationMs: new Decimal(input.durationMs).clampedTo(0.1, input.edge === 'viewer' ? 5_000 : 30_000),
    architecture: 'x86_64',
    requestsPerMonth: new Decimal(input.requestsPerMonth),
    ephemeralStorageMb: 512,
    provisioned: null,
    edge: input.edge,
  };
}

function regionalFunction(input: typeof regionalArb extends fc.Arbitrary<infer T> ? T : never, index: number): LambdaFunction {
  return {
    name: `fn${index}`,
    ...input,
    durationMs: new Decimal(input.durationMs),
    requestsPerMonth: new Decimal(input.requestsPerMonth),
    ephemeralStorageMb: 512,
    provisioned: null,
  };
}

/** An account limit no generated scenario reaches: nothing is throttled. */
const limitless = { ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit: 1e15 };

const scenarioArb = fc
  .record({
    edge: fc.array(edgeArb, { minLength: 1, maxLength: 3 }),
    regional: fc.array(regionalArb, { minLength: 0, maxLength: 2 }),
    freeTier: fc.boolean(),
  })
  .map(({ edge, regional, freeTier }) => scenario({ freeTier, settings: limitless, functions: [...edge.map(edgeFunction), ...regional.map(regionalFunction)] }));

const lambdaUsd = (s: Scenario) => estimate(s, book()).platforms[0]!.services.find((service) => service.id === 'lambda')!.exactUsd;
const runs = { numRuns: 150 };

describe('laws of Lambda@Edge', () => {
  it('line items add up exactly to the total, in cents and unrounded', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        expectLineItemsAddUp(estimate(generated, book()).platforms[0]!);
      }),
      runs,
    );
  });

  it('more requests to an edge function never cost less', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100_000_000 }), (generated, more) => {
        const bigger = { ...generated, functions: generated.functions.map((f, index) => (index === 0 ? { ...f, requestsPerMonth: f.requestsPerMonth.plus(more) } : f)) };
        expect(lambdaUsd(bigger).greaterThanOrEqualTo(lambdaUsd(generated))).toBe(true);
      }),
      runs,
    );
  });

  it('bills each edge function at its own rates, outside the free tier: its lines are the same with the free tier on or off', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const edgeLines = (s: Scenario) =>
          estimate(s, book())
            .platforms[0]!.lineItems.filter((item) => item.id.startsWith('lambda.edge.'))
            .map((item) => `${item.id} ${item.quantity.toFixed()} ${item.exactUsd.toFixed()}`);
        expect(edgeLines({ ...generated, freeTier: true })).toEqual(edgeLines({ ...generated, freeTier: false }));
      }),
      runs,
    );
  });

  it('never changes the regional functions’ lines: the free pool is theirs alone', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const regional = generated.functions.filter((f) => !f.edge);
        fc.pre(regional.length > 0);
        const regionalLines = (s: Scenario) =>
          estimate(s, book())
            .platforms[0]!.lineItems.filter((item) => item.id.startsWith('lambda.') && !item.id.startsWith('lambda.edge.'))
            .map((item) => `${item.id} ${item.quantity.toFixed()} ${item.exactUsd.toFixed()}`);
        expect(regionalLines(generated)).toEqual(regionalLines({ ...generated, functions: regional }));
      }),
      runs,
    );
  });

  it('the serverless curve is the bill at every volume', () => {
    const volume = fc.bigInt({ min: 10_000n, max: 10_000_000_000n });
    fc.assert(
      fc.property(scenarioArb, fc.array(volume, { minLength: 1, maxLength: 4 }), (s, volumes) => {
        fc.pre(!headlineRequests(s).isZero());
        const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
        const { prices, where } = regionOf(s, book());
        for (const at of volumes.map((v) => d(v.toString()))) {
          const direct = serverlessCost(atVolume(s, at), prices, monthProfile(s.traffic), where).exactUsd;
          expect(costAt(curve, at).minus(direct).abs().lessThan('1e-18')).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
