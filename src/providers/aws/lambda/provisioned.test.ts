import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../core/money.js';
import { costAt } from '../../../core/solver.js';
import { type MonthProfile, monthProfile, STEADY } from '../../../core/traffic.js';
import type { TrafficShape } from '../../../core/types.js';
import { book, d, fn, scenario } from '../../../../test/helpers/build.js';
import { serverlessCurve } from '../breakeven.js';
import { estimate } from '../estimate.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import type { Estimate } from '../types.js';
import { provisionedBends } from './kinks.js';
import { functionUsage } from './line-items.js';
import { erlangB, gridVolumes, INTERPOLATION_ERROR, MAX_GRID_POINTS } from './provisioned.js';
import type { LambdaFunction } from './types.js';

const lambda = book().regions['us-east-1']!.lambda;
const steady = monthProfile(STEADY);

/** `count` environments on `hours` a month, runs of `durationMs`, `requests` a month. */
const provisioned = (count: number, requests: number | string, durationMs = 1000, hours = 730): LambdaFunction =>
  fn({ memoryMb: 1024, durationMs, requestsPerMonth: requests, provisioned: { count, hoursPerMonth: hours, requestsPerMonth: null, durationMs: null } });

/** `f` at another volume, as a sweep scales it: its grid stays anchored at its own volume. */
const scaledTo = (f: LambdaFunction, requests: Decimal): LambdaFunction => ({
  ...f,
  requestsPerMonth: requests,
  scenarioRequestsPerMonth: f.scenarioRequestsPerMonth ?? f.requestsPerMonth,
});

/** Erlang's B by the textbook sum, a^c ÷ c! over Σ a^k ÷ k!, for a few servers. */
function erlangBBySum(servers: number, load: number): number {
  let term = 1;
  let total = 1;
  for (let k = 1; k <= servers; k++) total += term *= load / k;
  return term / total;
}

/** The model itself, with no grid: what the busiest `hours` hours of `profile` serve at `requests` a month. */
function model(count: number, durationMs: number, hours: number, profile: MonthProfile, requests: number): { served: number; offered: number } {
  let served = 0;
  let offered = 0;
  let left = hours;
  for (const group of profile.groups) {
    const on = Math.min(left, group.hours);
    if (on === 0) break;
    left -= on;
    const perHour = (requests * group.weight.toNumber()) / profile.totalWeight.toNumber();
    served += on * perHour * (1 - erlangB(count, (perHour / 3_600_000) * durationMs));
    offered += on * perHour;
  }
  return { served, offered };
}

const PROFILES: readonly TrafficShape[] = [
  STEADY,
  { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d('2.5') },
  { pattern: 'spiky', eventDays: 2, eventMultiplier: d(10) },
  { pattern: 'custom', hourlyWeights: [1, 1, 1, 1, 1, 2, 5, 20, 60, 90, 100, 95, 80, 85, 90, 70, 50, 40, 30, 20, 10, 5, 2, 1].map((weight) => d(weight)) },
];
const COUNTS = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500];

describe("Erlang's B", () => {
  it('is a ÷ (1 + a) for one server, and the textbook figures for more', () => {
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 15);
    // B(2, 1) = (1/2) ÷ (1 + 1 + 1/2) = 0.2; B(10, 5) = 0.018385 (Erlang's tables).
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
    expect(erlangB(50, 0)).toBe(0);
  });

  it('agrees with the textbook sum, where the recursion starts late for many servers and stops far past the load', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }), fc.double({ min: 0.001, max: 400, noNaN: true }), (servers, load) => {
        const bySum = erlangBBySum(servers, load);
        // Past twenty standard deviations and twenty servers above the load the recursion says none: the sum, under 10^−49.
        expect(Math.abs(erlangB(servers, load) - bySum)).toBeLessThanOrEqual(1e-12 * bySum + 1e-49);
      }),
    );
  });

  it('never falls as the load grows, nor rises with more servers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (servers, load, more) => {
        expect(erlangB(servers, load + more)).toBeGreaterThanOrEqual(erlangB(servers, load) - 1e-12);
        expect(erlangB(servers + 1, load)).toBeLessThanOrEqual(erlangB(servers, load) + 1e-12);
      }),
    );
  });
});

describe('provisioned environments to the cent, by hand', () => {
  // 2,628,000 requests a month steady is 3,600 an hour, one a second; each runs 1 s at 1 GB: the environments are
  // offered a = 1 erlang. Without the free tier, at the aws-2025-10-08 prices: requests $0.20 a million, duration
  // $0.0000166667, provisioned concurrency $0.0000041667 and provisioned duration $0.0000097222 a GB-second.
  const month = (count: number) => estimate(scenario({ freeTier: false, functions: [{ ...provisioned(count, 2_628_000), architecture: 'x86_64' }] }), book('aws-2025-10-08'));
  const cents = (result: Estimate, id: string) => result.platforms[0]!.lineItems.find((line) => line.id === id)!.monthlyUsd.toFixed(2);

  it('one environment: B(1, 1) = 1 ÷ 2, half the requests find it busy', () => {
    // Served 2,628,000 × (1 − 1/2) = 1,314,000, × 1 GB-s × $0.0000097222 = $12.7749708; the other 1,314,000 GB-s on
    // demand × $0.0000166667 = $21.9000438; 2,628,000 GB-s configured × $0.0000041667 = $10.9500876; requests $0.5256.
    // Lambda: $46.1507022. (Before random arrivals the one environment, just full, served every request.)
    const result = month(1);
    expect(result.functions[0]!.provisionedRequests.toFixed()).toBe('1314000');
    expect(cents(result, 'lambda.provisioned-duration.x86_64')).toBe('12.77');
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('21.90');
    expect(cents(result, 'lambda.provisioned-concurrency.x86_64')).toBe('10.95');
    expect(cents(result, 'lambda.requests')).toBe('0.53');
    expect(result.platforms[0]!.services.find((service) => service.id === 'lambda')!.exactUsd.toFixed()).toBe('46.1507022');
  });

  it('two environments: B(2, 1) = (1/2) ÷ (1 + 1 + 1/2) = 0.2', () => {
    // Served 2,628,000 × 0.8 = 2,102,400 GB-s × $0.0000097222 = $20.43995328; 525,600 GB-s on demand × $0.0000166667
    // = $8.76001752; 5,256,000 GB-s configured × $0.0000041667 = $21.9001752; requests $0.5256. Lambda: $51.625746.
    const result = month(2);
    expect(result.functions[0]!.provisionedRequests.toFixed()).toBe('2102400');
    expect(result.functions[0]!.onDemandRequests.toFixed()).toBe('525600');
    expect(cents(result, 'lambda.provisioned-duration.x86_64')).toBe('20.44');
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('8.76');
    expect(cents(result, 'lambda.provisioned-concurrency.x86_64')).toBe('21.90');
    expect(result.platforms[0]!.services.find((service) => service.id === 'lambda')!.exactUsd.toFixed()).toBe('51.625746');
  });
});

describe('the grid the share is worked out on', () => {
  it("has the scenario's own volume among its points, and a straight line between them", () => {
    const own = provisioned(2, 2_628_000);
    const volumes = gridVolumes(own, steady);
    expect(volumes.some((volume) => volume.equals(2_628_000))).toBe(true);
    const served = (requests: Decimal) => functionUsage(scaledTo(own, requests), lambda, steady).provisionedRequests;
    for (let i = 0; i + 1 < volumes.length; i++) {
      const [low, high] = [volumes[i]!, volumes[i + 1]!];
      const middle = low.plus(high).dividedBy(2);
      expect(
        served(middle)
          .minus(served(low).plus(served(high)).dividedBy(2))
          .abs()
          .lessThan('1e-20'),
      ).toBe(true);
    }
  });

  it(`is within ${INTERPOLATION_ERROR * 100}% of the offered requests of the model everywhere, for 1 to 500 environments and any load`, () => {
    // At each eighth of the way between grid points, below the first point and past the last: the line against the model
    // worked out directly.
    let worst = 0;
    for (const shape of PROFILES) {
      const profile = monthProfile(shape);
      for (const count of COUNTS) {
        for (const durationMs of [100, 1000]) {
          // Anchors from a hundredth of the environments' capacity to a hundred times it.
          const capacity = (count * 3_600_000 * 730) / durationMs;
          for (const anchor of [capacity / 100, capacity / 3, capacity, capacity * 7, capacity * 100]) {
            const own = provisioned(count, Math.round(anchor), durationMs, 500);
            const volumes = gridVolumes(own, profile).map((volume) => volume.toNumber());
            const probes = [volumes[0]! / 10, volumes[0]! / 2, volumes.at(-1)! * 2, volumes.at(-1)! * 10];
            for (let i = 0; i + 1 < volumes.length; i++) {
              for (let k = 1; k < 8; k++) probes.push(volumes[i]! + ((volumes[i + 1]! - volumes[i]!) * k) / 8);
            }
            for (const requests of probes) {
              const exact = model(count, durationMs, 500, profile, requests);
              const line = functionUsage(scaledTo(own, d(requests.toPrecision(15))), lambda, profile).provisionedRequests.toNumber();
              worst = Math.max(worst, Math.abs(line - exact.served) / exact.offered);
            }
          }
        }
      }
    }
    // The largest error found, stated in docs/cold-starts.md: 0.2% of the requests offered to the provisioned hours.
    expect(worst).toBeLessThanOrEqual(INTERPOLATION_ERROR * (1 + 1e-9));
    expect(worst).toBeGreaterThan(INTERPOLATION_ERROR / 2);
  }, 120_000);

  it(`bends at most ${MAX_GRID_POINTS} times a function over a 10K–10B sweep, whatever the environments, durations and traffic`, () => {
    let most = 0;
    for (const shape of PROFILES) {
      for (const count of COUNTS) {
        for (const durationMs of [1, 100, 1000, 900_000]) {
          for (const requests of [10_000, 10_000_000, 10_000_000_000]) {
            for (const hours of [8, 730]) {
              const s = scenario({ traffic: shape, functions: [provisioned(count, requests, durationMs, hours)] });
              const bends = provisionedBends(s, { profile: monthProfile(shape), where: '' }, d(requests), { from: d(10_000), to: d(10_000_000_000) });
              most = Math.max(most, bends.length);
            }
          }
        }
      }
    }
    expect(most).toBeLessThanOrEqual(MAX_GRID_POINTS);
    // About 40 for one environment, whose share bends slowly over four decades; far fewer for many.
    expect(most).toBeLessThanOrEqual(45);
  });
});

describe('what provisioned environments serve, at any volume of a sweep', () => {
  const shapes = fc.constantFrom(...PROFILES);
  const fnInputs = fc.record({
    count: fc.integer({ min: 1, max: 500 }),
    durationMs: fc.integer({ min: 1, max: 900_000 }),
    hours: fc.integer({ min: 1, max: 730 }),
    anchor: fc.integer({ min: 1, max: 50_000_000_000 }),
    reserved: fc.option(fc.integer({ min: 0, max: 2000 })),
  });

  it('never more than the environments can run in their hours, nor more than the requests offered; never less with more requests', () => {
    fc.assert(
      fc.property(shapes, fnInputs, fc.double({ min: 1e-4, max: 1e4, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (shape, input, factor, more) => {
        const profile = monthProfile(shape);
        const own = { ...provisioned(input.count, input.anchor, input.durationMs, input.hours), reservedConcurrency: input.reserved };
        const limit = input.reserved === null ? null : d(input.reserved);
        const at = (requests: Decimal) => functionUsage(scaledTo(own, requests), lambda, profile, null, limit);
        const volume = d(input.anchor).times(factor).toDecimalPlaces(6);
        const usage = at(volume);
        // count × 3,600,000 ms ÷ the billed run an hour, in the hours they are on.
        const capacity = d(input.count).times(3_600_000).dividedBy(input.durationMs).times(input.hours);
        expect(usage.provisionedRequests.lessThanOrEqualTo(capacity.times(1 + 1e-12))).toBe(true);
        expect(usage.provisionedRequests.lessThanOrEqualTo(usage.servedRequests)).toBe(true);
        expect(usage.provisionedRequests.greaterThanOrEqualTo(0)).toBe(true);
        expect(at(volume.times(more)).provisionedRequests.greaterThanOrEqualTo(usage.provisionedRequests)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an hour over the limit is offered what the limit lets through, whatever the volume the grid is anchored at', () => {
    // 10 reserved at 200 ms lets 50 a second through (180,000 an hour); 4 environments at 10 erlangs serve
    // 180,000 × (1 − B(4, 10)) = 63,600.5 an hour: steady traffic over the limit all month, from two anchors.
    const own = (requests: number) => ({ ...provisioned(4, requests, 200), reservedConcurrency: 10 });
    const at = (f: LambdaFunction, requests: number) => functionUsage(scaledTo(f, d(requests)), lambda, steady, d(10)).provisionedRequests.toFixed(2);
    expect(at(own(300_000_000), 500_000_000)).toBe('46428453.18');
    expect(at(own(900_000_000), 500_000_000)).toBe('46428453.18');
  });

  it('the break-even curve is the bill at every volume, where a limit is reached in the sweep and where none is', () => {
    fc.assert(
      fc.property(shapes, fnInputs, fc.array(fc.bigInt({ min: 10_000n, max: 10_000_000_000n }), { minLength: 1, maxLength: 4 }), (shape, input, volumes) => {
        const s = scenario({
          traffic: shape,
          functions: [
            { ...provisioned(input.count, input.anchor, input.durationMs, input.hours), reservedConcurrency: input.reserved },
            fn({ name: 'other', durationMs: 50, requestsPerMonth: input.anchor }),
          ],
        });
        const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
        const { prices, where } = regionOf(s, book());
        for (const requests of volumes.map((volume) => d(volume.toString()))) {
          const direct = serverlessCost(atVolume(s, requests), prices, monthProfile(shape), where).exactUsd;
          expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
