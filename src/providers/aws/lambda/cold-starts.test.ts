// The cold-start model: limiting cases derived by hand, and the closed form
// against a request-by-request simulation of the same month.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coldStarts, simulateColdStarts } from './cold-starts.js';
import { hourRuns, hourShares, monthProfile } from '../../../core/traffic.js';
import type { TrafficShape } from '../../../core/types.js';
import { d, fn } from '../../../../test/helpers/build.js';

const steadyShape: TrafficShape = { pattern: 'steady' };
const diurnalShape: TrafficShape = { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) };
const spikyShape: TrafficShape = { pattern: 'spiky', eventDays: 2, eventMultiplier: d(20) };
const steady = hourRuns(steadyShape);
const diurnal = hourRuns(diurnalShape);
const spiky = hourRuns(spikyShape);

describe('cold starts, closed form', () => {
  it('one request an hour: cold unless the previous one came within the idle timeout', () => {
    // Poisson arrivals at 1/3,600 a second; the previous one is within 600 s with
    // probability 1 − e^(−600/3600), so the share of cold requests is e^(−1/6) = 0.84648.
    const cold = coldStarts(fn({ durationMs: 100, requestsPerMonth: 730 }), steady, 10);
    expect(cold.share).toBeCloseTo(Math.exp(-1 / 6), 4);
    expect(cold.perMonth).toBeCloseTo(730 * Math.exp(-1 / 6), 1);
    expect(cold.fromScaleUp).toBe(0);
  });

  it('a schedule runs on a clock, not at random: every run cold when the runs are further apart than the idle timeout, none when nearer', () => {
    // Hourly, 730 runs a month: each comes 3,600 s after the last, past the 600 s an environment idles: all 730 cold
    // (random arrivals at the same rate: 730 × e^(−1/6) = 618).
    const hourly = coldStarts(fn({ durationMs: 100, requestsPerMonth: 730, trigger: 'schedule' }), steady, 10);
    expect(hourly.perMonth).toBe(730);
    expect(hourly.share).toBe(1);
    // Every 5 minutes, 8,760 a month: 300 s apart, within the 600 s: the one environment stays warm, none cold.
    expect(coldStarts(fn({ durationMs: 100, requestsPerMonth: 8760, trigger: 'schedule' }), steady, 10).perMonth).toBe(0);
    // With a 4-minute idle timeout the same runs find their environment gone: all 8,760 cold.
    expect(coldStarts(fn({ durationMs: 100, requestsPerMonth: 8760, trigger: 'schedule' }), steady, 4).perMonth).toBe(8760);
    // Runs of 90 minutes every hour overlap: 2 environments take them in turn, each idle 30 minutes between its runs: all cold.
    const overlapping = coldStarts(fn({ durationMs: 5_400_000, requestsPerMonth: 730, trigger: 'schedule' }), steady, 10);
    expect(overlapping.perMonth).toBeCloseTo(730, 6);
    expect(overlapping.peakEnvironments).toBe(2);
  });

  it("a schedule's environment idles from the end of a run, not its start: a long run leaves less idle time before the next", () => {
    // A 10-minute job every 15 minutes, 2,920 runs a month: 900 s from start to start, but idle only the 300 s after each
    // run, within the 600 s timeout: warm, none cold (taken from start to start, 900 s > 600 s made every run cold).
    const tenEveryFifteen = coldStarts(fn({ durationMs: 600_000, requestsPerMonth: 2920, trigger: 'schedule' }), steady, 10);
    expect(tenEveryFifteen.perMonth).toBe(0);
    expect(tenEveryFifteen.peakEnvironments).toBe(1);
    // With a 4-minute timeout the 300 s idle is too long: every run cold.
    expect(coldStarts(fn({ durationMs: 600_000, requestsPerMonth: 2920, trigger: 'schedule' }), steady, 4).perMonth).toBe(2920);
  });

  it('a scheduled environment idles from the end of its run, not its start: a 7-minute job every 15 minutes stays warm', () => {
    // 2,920 runs a month, 900 s apart; each runs 420 s, so its environment sits idle 480 s, within the 600 s: none
    // cold (taken from start to start, 900 s, all 2,920 were).
    const quarterly = (durationMs: number) => coldStarts(fn({ durationMs, requestsPerMonth: 2920, trigger: 'schedule' }), steady, 10);
    expect(quarterly(420_000).perMonth).toBe(0);
    // A 4-minute run idles 660 s: every run cold.
    expect(quarterly(240_000).perMonth).toBe(2920);
    // Every minute for 150 s: 3 environments in turn, each 180 s from start to start and idle 30 s: none cold.
    const overlapping = coldStarts(fn({ durationMs: 150_000, requestsPerMonth: 43_800, trigger: 'schedule' }), steady, 10);
    expect(overlapping.perMonth).toBe(0);
    expect(overlapping.peakEnvironments).toBe(3);
  });

  it('heavy steady traffic keeps its environments warm: next to no cold starts', () => {
    // 100 M a month is 38 a second; at 100 ms about 4 are busy, each needed every few
    // seconds. Only the rare tenth or eleventh environment idles out: about 1 in 30,000.
    const cold = coldStarts(fn({ durationMs: 100, requestsPerMonth: 100_000_000 }), steady, 10);
    expect(cold.share).toBeLessThan(1e-4);
    expect(cold.share).toBeGreaterThan(0);
    expect(cold.peakEnvironments).toBeGreaterThanOrEqual(4);
  });

  it('a shorter idle timeout means more cold starts, never fewer', () => {
    const f = fn({ durationMs: 200, requestsPerMonth: 20_000 });
    const counts = [1, 5, 10, 15].map((minutes) => coldStarts(f, steady, minutes).perMonth);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeLessThan(counts[i - 1]!);
  });

  it('bursts start environments cold as traffic climbs, once per extra warm environment', () => {
    // Two event days at 20× a quiet month: the first event hour needs many more environments than the hour before.
    const cold = coldStarts(fn({ durationMs: 1000, requestsPerMonth: 50_000_000 }), spiky, 10);
    expect(cold.fromScaleUp).toBeGreaterThan(100);
    expect(cold.peakEnvironments).toBeGreaterThan(cold.fromScaleUp / 2);
  });

  it("the function's own provisioned concurrency takes away the cold starts of the environments it keeps", () => {
    // 1,000 requests a month: rarely more than one busy at once, so 3 provisioned environments cover nearly all.
    const bare = coldStarts(fn({ durationMs: 50, requestsPerMonth: 1000 }), steady, 10);
    const provisioned = { count: 3, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null };
    const withProvisioned = coldStarts(fn({ durationMs: 50, requestsPerMonth: 1000, provisioned }), steady, 10);
    expect(bare.perMonth).toBeGreaterThan(600);
    expect(withProvisioned.perMonth).toBeLessThan(0.01);
    // On half the month, it covers half of them.
    const half = coldStarts(fn({ durationMs: 50, requestsPerMonth: 1000, provisioned: { ...provisioned, hoursPerMonth: 365 } }), steady, 10);
    expect(half.perMonth).toBeCloseTo(bare.perMonth / 2, 0);
  });

  it('a cold start adds the runtime latency, package size and VPC attachment', () => {
    // Java p50 3,000 ms; 50 MB × 3 ms/MB = 150 ms; VPC ~1,000 ms.
    const cold = coldStarts(fn({ durationMs: 100, requestsPerMonth: 730, runtime: 'java', packageMb: 50, vpc: true }), steady, 10);
    expect(cold.addedLatencyMs).toEqual({ p50: 4150, p99: 7150 });
    expect(coldStarts(fn({ durationMs: 100, requestsPerMonth: 730 }), steady, 10).addedLatencyMs).toBeNull();
  });

  it('stays fast and finite at extreme volumes', () => {
    // A trillion requests of 15 minutes: about 350 million busy environments, far past where e^(−mean) underflows.
    const started = Date.now();
    const cold = coldStarts(fn({ durationMs: 900_000, requestsPerMonth: 1_000_000_000_000 }), diurnal, 10);
    expect(Number.isFinite(cold.perMonth)).toBe(true);
    expect(cold.peakEnvironments).toBeGreaterThan(300_000_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a limit of none starts nothing, even at a duration too short for a double in seconds', () => {
    // 5e-324 ms is 0 s in a double: the rate the limit serves was 0 / 0, and the month NaN cold starts.
    for (const durationMs of [5e-324, 1e-300, 100]) {
      const cold = coldStarts(fn({ durationMs, requestsPerMonth: 10_000_000 }), spiky, 10, 0);
      expect(cold.perMonth).toBe(0);
      expect(cold.peakEnvironments).toBe(0);
    }
    // A limit above none, at such a duration, bounds nothing: the month as without it, finite.
    const tiny = fn({ durationMs: 5e-324, requestsPerMonth: 10_000_000 });
    expect(coldStarts(tiny, spiky, 10, 1).perMonth).toBe(coldStarts(tiny, spiky, 10).perMonth);
    expect(Number.isFinite(coldStarts(tiny, spiky, 10, 1).perMonth)).toBe(true);
  });

  it('costs the same work at 10^15 requests as at a million environments, with 24 distinct hours', () => {
    // 10^15 requests of 15 minutes: ~3.4 × 10^11 busy environments, a window of ~10^7 levels an hour, taken in blocks.
    const custom = hourRuns({ pattern: 'custom', hourlyWeights: Array.from({ length: 24 }, (_, hour) => d(hour + 1)) });
    const started = Date.now();
    const cold = coldStarts(fn({ durationMs: 900_000, requestsPerMonth: '1000000000000000' }), custom, 10);
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
    const at = (requests: number) => coldStarts(fn({ durationMs: 1000, requestsPerMonth: requests }), diurnal, 10);
    const below = at(2_400_000_000_000);
    const above = at(2_500_000_000_000);
    expect(above.perMonth / below.perMonth).toBeGreaterThan(0.95);
    expect(above.perMonth / below.perMonth).toBeLessThan(1.1);
    expect(above.peakEnvironments / below.peakEnvironments).toBeCloseTo(2.5 / 2.4, 2);
  });
});

describe('cold starts, closed form against simulation', () => {
  const cases: [string, number, number, TrafficShape][] = [
    ['steady, 1 request an hour', 730, 100, steadyShape],
    ['steady, 10 k a month', 10_000, 300, steadyShape],
    ['steady, 200 k a month', 200_000, 500, steadyShape],
    ['diurnal, 100 k a month', 100_000, 200, diurnalShape],
    ['diurnal, 2 M a month', 2_000_000, 1000, diurnalShape],
    ['spiky, 300 k a month', 300_000, 2000, spikyShape],
  ];
  it.each(cases)('%s: within 15%%', (_label, requests, durationMs, shape) => {
    const closed = coldStarts(fn({ durationMs, requestsPerMonth: requests }), hourRuns(shape), 10).perMonth;
    const simulated = simulateColdStarts(requests, durationMs / 1000, hourShares(shape), 10, 7);
    expect(Math.abs(closed - simulated) / simulated).toBeLessThan(0.15);
  });
});

describe('the month worked out run by run', () => {
  const shape = fc.oneof(
    fc.constant<TrafficShape>(steadyShape),
    fc.record({ pattern: fc.constant('diurnal' as const), busyHoursPerDay: fc.integer({ min: 1, max: 23 }), peakToAverage: fc.constantFrom(d(1), d('1.5'), d(2), d(3)) }),
    fc.record({ pattern: fc.constant('spiky' as const), eventDays: fc.integer({ min: 0, max: 30 }), eventMultiplier: fc.constantFrom(d(1), d(5), d(20)) }),
    fc.array(fc.constantFrom(d(0), d(1), d(2), d('2.5')), { minLength: 24, maxLength: 24 }).map((hourlyWeights): TrafficShape => ({ pattern: 'custom', hourlyWeights })),
  );

  it('gives what the month worked out hour by hour gives', () => {
    fc.assert(
      fc.property(
        shape,
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 30_000 }),
        fc.constantFrom(0, 2, 50),
        fc.integer({ min: 1, max: 60 }),
        (traffic, requests, durationMs, provisioned, idleMinutes) => {
          const f = fn({
            durationMs,
            requestsPerMonth: requests,
            provisioned: provisioned ? { count: provisioned, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } : null,
          });
          // Every hour a run of its own: the model as it reads, hour by hour.
          const hourly = coldStarts(
            f,
            hourShares(traffic).map((share) => ({ share, hours: 1 })),
            idleMinutes,
          );
          const byRun = coldStarts(f, hourRuns(traffic), idleMinutes);
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
          expect(close(byRun.perMonth, hourly.perMonth), `${byRun.perMonth} vs ${hourly.perMonth}`).toBe(true);
          expect(close(byRun.fromScaleUp, hourly.fromScaleUp)).toBe(true);
          expect(close(byRun.firstEnvironment, hourly.firstEnvironment)).toBe(true);
          expect(byRun.peakEnvironments).toBe(hourly.peakEnvironments);
          expect(byRun.perRun.reduce((hours, run) => hours + run.hours, 0)).toBe(730);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges alike hours: steady traffic is one run, a diurnal day two, and a custom day of equal hours is steady', () => {
    expect(hourRuns(steadyShape)).toEqual([{ share: 1 / 730, hours: 730 }]);
    // Busy from 08:00 to 16:00. 30 days and 10 hours: the first morning's quiet hours, then each day's busy
    // hours and its quiet night into the next morning, then 08:00 and 09:00 of the last day: 1 + 30 × 2 + 1 runs.
    expect(hourRuns({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) })).toHaveLength(62);
    const flat = hourRuns({ pattern: 'custom', hourlyWeights: Array.from({ length: 24 }, () => d(3)) });
    expect(flat).toEqual(hourRuns(steadyShape));
    expect(monthProfile({ pattern: 'custom', hourlyWeights: Array.from({ length: 24 }, () => d(1)) })).toEqual(monthProfile(steadyShape));
  });
});
