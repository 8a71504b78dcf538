import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costAt } from '../../../core/solver.js';
import { monthProfile, STEADY } from '../../../core/traffic.js';
import { book, d, fn, scenario } from '../../../../test/helpers/build.js';
import { serverlessCurve } from '../breakeven.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import { functionUsage } from './line-items.js';
import { erlangB, provisionedRequests } from './provisioned.js';
import type { LambdaFunction } from './types.js';

const lambda = book('aws-2024-02-01').regions['us-east-1']!.lambda;
const steady = monthProfile(STEADY);
/** One environment all month, runs of exactly one second. */
const oneEnvironment = (requestsPerMonth: number): LambdaFunction =>
  fn({ memoryMb: 1024, durationMs: 1000, requestsPerMonth, provisioned: { count: 1, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } });

describe("Erlang's B", () => {
  it('is a ÷ (1 + a) for one server, and the textbook figures for more', () => {
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 15);
    // B(2, 1) = (1/2) ÷ (1 + 1 + 1/2) = 0.2; B(10, 5) = 0.018385 (Erlang's tables).
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
    expect(erlangB(50, 0)).toBe(0);
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

describe('what provisioned environments serve', () => {
  it('at a grid rate: the requests less those that find the one environment busy', () => {
    // 730,000 requests a month over 730 steady hours is 1,000 an hour (a grid point, 10^3): λ = 1,000 ÷ 3,600 s = 0.277778 a
    // second, each run 1 s, so a = 0.277778 erlangs and B(1, a) = a ÷ (1 + a) = 0.217391; served = 1,000 ÷ 1.277778 = 782.6087
    // an hour, × 730 hours = 571,304.35.
    const served = provisionedRequests(oneEnvironment(730_000), lambda, steady, null);
    expect(served.toNumber()).toBeCloseTo((730 * 1000) / (1 + 1000 / 3600), 4);
    // The old assumption (every request served while the environment is not full on average) gave all 730,000.
    expect(served.lessThan(730_000)).toBe(true);
  });

  it('between grid rates, the straight line between them', () => {
    // 1,000 and 1,070 (10^(97/32) to three digits) requests an hour are neighbours on the grid: 730,000 and 781,100 a month.
    const at = (requests: number) => provisionedRequests(oneEnvironment(requests), lambda, steady, null);
    expect(at(755_550).toFixed(6)).toBe(at(730_000).plus(at(781_100)).dividedBy(2).toFixed(6));
  });

  it('the rest runs on demand, and the line items follow', () => {
    const usage = functionUsage(oneEnvironment(730_000), lambda, steady, null);
    expect(usage.provisionedRequests.plus(usage.onDemandRequests).toFixed()).toBe('730000');
    // 730,000 − 571,304.35 = 158,695.65 requests on demand × 1 s × 1 GB.
    expect(usage.onDemandGbSeconds.toNumber()).toBeCloseTo(730_000 - (730 * 1000) / (1 + 1000 / 3600), 3);
  });

  it('never more than the environments can run, nor more than the requests', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: 10, max: 5000 }), (count, requests, durationMs) => {
        const f = fn({ memoryMb: 512, durationMs, requestsPerMonth: requests, provisioned: { count, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } });
        const served = provisionedRequests(f, lambda, steady, null);
        expect(served.lessThanOrEqualTo(d(requests))).toBe(true);
        // count × 3,600,000 ms ÷ duration an hour, 730 hours.
        expect(served.lessThanOrEqualTo(d(count).times(3_600_000).dividedBy(durationMs).times(730))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the break-even curve equals the bill at and between its bends', () => {
    const s = scenario({ functions: [{ ...oneEnvironment(730_000), architecture: 'x86_64' }] });
    const curve = serverlessCurve(s, book('aws-2024-02-01'), d(10_000), d(1_000_000_000));
    const { prices, where } = regionOf(s, book('aws-2024-02-01'));
    for (const volume of [12_345, 777_777, 1_000_000, 2_500_000, 31_000_000, 999_000_000]) {
      const bill = serverlessCost(atVolume(s, d(volume)), prices, steady, where).exactUsd;
      expect(costAt(curve, d(volume)).toFixed(8)).toBe(bill.toFixed(8));
    }
  });
});
