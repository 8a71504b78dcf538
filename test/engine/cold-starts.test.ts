// The cold-start model: limiting cases derived by hand, and the closed form
// against a request-by-request simulation of the same month.
import { describe, expect, it } from 'vitest';
import { coldStarts, simulateColdStarts } from '../../src/engine/cold-starts.js';
import { regionOf } from '../../src/engine/platforms.js';
import { hourShares } from '../../src/engine/traffic.js';
import { book, d, fn, scenario } from '../helpers/build.js';

const lambdaPrices = regionOf(scenario({ functions: [] }), book()).prices.lambda;
const steady = hourShares({ pattern: 'steady' });
const diurnal = hourShares({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) });
const spiky = hourShares({ pattern: 'spiky', eventDays: 2, eventMultiplier: d(20) });

describe('cold starts, closed form', () => {
  it('one request an hour: cold unless the previous one came within the idle timeout', () => {
    // Poisson arrivals at 1/3,600 a second; the previous one is within 600 s with
    // probability 1 − e^(−600/3600), so the share of cold requests is e^(−1/6) = 0.84648.
    const cold = coldStarts(fn({ durationMs: 100, requestsPerMonth: 730 }), lambdaPrices, steady, 10);
    expect(cold.share).toBeCloseTo(Math.exp(-1 / 6), 4);
    expect(cold.perMonth).toBeCloseTo(730 * Math.exp(-1 / 6), 1);
    expect(cold.fromScaleUp).toBe(0);
  });

  it('heavy steady traffic keeps its environments warm: next to no cold starts', () => {
    // 100 M a month is 38 a second; at 100 ms about 4 are busy, each needed every few
    // seconds. Only the rare tenth or eleventh environment idles out: about 1 in 30,000.
    const cold = coldStarts(fn({ durationMs: 100, requestsPerMonth: 100_000_000 }), lambdaPrices, steady, 10);
    expect(cold.share).toBeLessThan(1e-4);
    expect(cold.share).toBeGreaterThan(0);
    expect(cold.peakEnvironments).toBeGreaterThanOrEqual(4);
  });

  it('a shorter idle timeout means more cold starts, never fewer', () => {
    const f = fn({ durationMs: 200, requestsPerMonth: 20_000 });
    const counts = [1, 5, 10, 15].map((minutes) => coldStarts(f, lambdaPrices, steady, minutes).perMonth);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeLessThan(counts[i - 1]!);
  });

  it('bursts start environments cold as traffic climbs, once per extra warm environment', () => {
    // Two event days at 20× a quiet month: the first event hour needs many more environments than the hour before.
    const cold = coldStarts(fn({ durationMs: 1000, requestsPerMonth: 50_000_000 }), lambdaPrices, spiky, 10);
    expect(cold.fromScaleUp).toBeGreaterThan(100);
    expect(cold.peakEnvironments).toBeGreaterThan(cold.fromScaleUp / 2);
  });

  it("the function's own provisioned concurrency takes away the cold starts of the environments it keeps", () => {
    // 1,000 requests a month: rarely more than one busy at once, so 3 provisioned environments cover nearly all.
    const bare = coldStarts(fn({ durationMs: 50, requestsPerMonth: 1000 }), lambdaPrices, steady, 10);
    const provisioned = { count: 3, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null };
    const withProvisioned = coldStarts(fn({ durationMs: 50, requestsPerMonth: 1000, provisioned }), lambdaPrices, steady, 10);
    expect(bare.perMonth).toBeGreaterThan(600);
    expect(withProvisioned.perMonth).toBeLessThan(0.01);
    // On half the month, it covers half of them.
    const half = coldStarts(fn({ durationMs: 50, requestsPerMonth: 1000, provisioned: { ...provisioned, hoursPerMonth: 365 } }), lambdaPrices, steady, 10);
    expect(half.perMonth).toBeCloseTo(bare.perMonth / 2, 0);
  });

  it('a cold start adds the runtime latency, package size and VPC attachment', () => {
    // Java p50 3,000 ms; 50 MB × 3 ms/MB = 150 ms; VPC ~1,000 ms.
    const cold = coldStarts(fn({ durationMs: 100, requestsPerMonth: 730, runtime: 'java', packageMb: 50, vpc: true }), lambdaPrices, steady, 10);
    expect(cold.addedLatencyMs).toEqual({ p50: 4150, p99: 7150 });
    expect(coldStarts(fn({ durationMs: 100, requestsPerMonth: 730 }), lambdaPrices, steady, 10).addedLatencyMs).toBeNull();
  });

  it('stays fast and finite at extreme volumes', () => {
    // A trillion requests of 15 minutes: about 350 million busy environments, far past where e^(−mean) underflows.
    const started = Date.now();
    const cold = coldStarts(fn({ durationMs: 900_000, requestsPerMonth: 1_000_000_000_000 }), lambdaPrices, diurnal, 10);
    expect(Number.isFinite(cold.perMonth)).toBe(true);
    expect(cold.peakEnvironments).toBeGreaterThan(300_000_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('costs the same work at 10^15 requests as at a million environments, with 24 distinct hours', () => {
    // 10^15 requests of 15 minutes: ~3.4 × 10^11 busy environments, a window of ~10^7 levels an hour, taken in blocks.
    const custom = hourShares({ pattern: 'custom', hourlyWeights: Array.from({ length: 24 }, (_, hour) => d(hour + 1)) });
    const started = Date.now();
    const cold = coldStarts(fn({ durationMs: 900_000, requestsPerMonth: '1000000000000000' }), lambdaPrices, custom, 10);
    expect(Date.now() - started).toBeLessThan(1500);
    // Nearly all are the morning's scale-up: the hour of weight 24 keeps 23/300 of a day's requests ÷ 4
    // (3,600 s ÷ 900 s) more environments than the hour of weight 1, every day:
    // 23 × 10^15 ÷ (300 × 30.42 days) ÷ 4 × 30.42 days = 1.9167 × 10^13, 1.92% of the requests.
    expect(cold.share).toBeCloseTo(0.0192, 3);
    expect(cold.fromScaleUp / cold.perMonth).toBeGreaterThan(0.99);
  });

  it('taking levels in blocks changes nothing that shows', () => {
    // Just below and just above the volume where the window passes 20,000 levels (a mean of
    // about a million environments): the cold starts a month move with the volume, not by a jump.
    const at = (requests: number) => coldStarts(fn({ durationMs: 1000, requestsPerMonth: requests }), lambdaPrices, diurnal, 10);
    const below = at(2_400_000_000_000);
    const above = at(2_500_000_000_000);
    expect(above.perMonth / below.perMonth).toBeGreaterThan(0.95);
    expect(above.perMonth / below.perMonth).toBeLessThan(1.1);
    expect(above.peakEnvironments / below.peakEnvironments).toBeCloseTo(2.5 / 2.4, 2);
  });
});

describe('cold starts, closed form against simulation', () => {
  const cases: [string, number, number, readonly number[]][] = [
    ['steady, 1 request an hour', 730, 100, steady],
    ['steady, 10 k a month', 10_000, 300, steady],
    ['steady, 200 k a month', 200_000, 500, steady],
    ['diurnal, 100 k a month', 100_000, 200, diurnal],
    ['diurnal, 2 M a month', 2_000_000, 1000, diurnal],
    ['spiky, 300 k a month', 300_000, 2000, spiky],
  ];
  it.each(cases)('%s: within 15%%', (_label, requests, durationMs, shares) => {
    const closed = coldStarts(fn({ durationMs, requestsPerMonth: requests }), lambdaPrices, shares, 10).perMonth;
    const simulated = simulateColdStarts(requests, durationMs / 1000, shares, 10, 7);
    expect(Math.abs(closed - simulated) / simulated).toBeLessThan(0.15);
  });
});
