import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.js';
import { billedDurationMs, functionUsage } from './line-items.js';
import { monthProfile } from '../../../core/traffic.js';
import { PricingError } from '../../../core/errors.js';
import { book, d, fn, scenario } from '../../../../test/helpers/build.js';

const lambda = () => book().regions['us-east-1']!.lambda;
const steady = monthProfile({ pattern: 'steady' });

describe('billed duration', () => {
  it('rounds each invocation up to the next whole millisecond', () => {
    expect(billedDurationMs(d('120.3'), 1).toFixed()).toBe('121');
    expect(billedDurationMs(d('120'), 1).toFixed()).toBe('120');
    expect(billedDurationMs(d('0.01'), 1).toFixed()).toBe('1');
  });
  it('rounds up to 100 ms under the tables before December 2020', () => {
    expect(billedDurationMs(d('28'), 100).toFixed()).toBe('100');
    expect(billedDurationMs(d('101'), 100).toFixed()).toBe('200');
  });
});

describe('ephemeral storage', () => {
  it('costs nothing at the free 512 MB', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 1024, durationMs: 1000, requestsPerMonth: 1_000_000, ephemeralStorageMb: 512 })] }), book());
    expect(result.platforms[0]!.lineItems.map((item) => item.id)).not.toContain('lambda.ephemeral-storage');
  });
  it('bills only the part above 512 MB, for every invocation second', () => {
    // 1M × 1 s × (1536 − 512) / 1024 GB = 1,000,000 GB-s × $0.0000000309 = $0.0309
    const result = estimate(scenario({ functions: [fn({ memoryMb: 1024, durationMs: 1000, requestsPerMonth: 1_000_000, ephemeralStorageMb: 1536 })] }), book());
    const storage = result.platforms[0]!.lineItems.find((item) => item.id === 'lambda.ephemeral-storage')!;
    expect(storage.quantity.toFixed()).toBe('1000000');
    expect(storage.exactUsd.toFixed()).toBe('0.0309');
  });
  it('is refused by a table from before it could be configured', () => {
    const workload = scenario({ functions: [fn({ memoryMb: 1024, durationMs: 1000, requestsPerMonth: 10, ephemeralStorageMb: 1024 })] });
    expect(() => estimate(workload, book('aws-2021-09-29'))).toThrow(/no ephemeral storage above 512 MB price, which function fn needs;/);
    const two = scenario({
      functions: [
        fn({ name: 'a', memoryMb: 1024, durationMs: 1000, requestsPerMonth: 10, ephemeralStorageMb: 1024 }),
        fn({ name: 'b', memoryMb: 1024, durationMs: 1000, requestsPerMonth: 10, ephemeralStorageMb: 2048 }),
      ],
    });
    expect(() => estimate(two, book('aws-2021-09-29'))).toThrow(/no ephemeral storage above 512 MB price, which functions a, b need;/);
  });
});

describe('provisioned concurrency split from the traffic shape', () => {
  // At the scenario's own volume the share is Erlang's B itself (a grid point, provisioned.ts): hand-derived below.
  it('serves the requests that find the environment free; the rest run on demand', () => {
    // 7.3M requests a month steady = 10,000 an hour, λ = 2.7778 a second; 1 environment at 100 ms is offered a = 0.27778
    // erlangs, and a request finds it busy B(1, a) = a ÷ (1 + a) = 0.217391 of the time: served 10,000 ÷ 1.27778
    // = 7,826.087 an hour, × 730 = 5,713,043.48; the other 1,586,956.52 run on demand (all 7.3M, before random arrivals).
    const usage = functionUsage(
      fn({ memoryMb: 1024, durationMs: 100, requestsPerMonth: 7_300_000, provisioned: { count: 1, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } }),
      lambda(),
      steady,
    );
    expect(usage.provisionedRequests.toFixed(2)).toBe('5713043.48');
    expect(usage.onDemandRequests.toFixed(2)).toBe('1586956.52');
    // 1 × 1 GB × 730 h × 3,600 s
    expect(usage.provisionedConfiguredGbSeconds.toFixed()).toBe('2628000');
  });

  it('spills more over to on-demand as the environments fill', () => {
    // 73M steady = 100,000 an hour: a = 2.7778 erlangs on 1 environment, B = 2.7778 ÷ 3.7778 = 0.735294; served
    // 100,000 × 0.264706 = 26,470.59 an hour (under the 36,000 it could run), × 730 = 19,323,529.41.
    const usage = functionUsage(
      fn({ memoryMb: 1024, durationMs: 100, requestsPerMonth: 73_000_000, provisioned: { count: 1, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } }),
      lambda(),
      steady,
    );
    expect(usage.provisionedRequests.toFixed(2)).toBe('19323529.41');
    expect(usage.onDemandRequests.toFixed(2)).toBe('53676470.59');
  });

  it('is on during the busiest hours when it runs only part of the month', () => {
    // Spiky: 2 event days at 10× the load. The 48 event hours carry weight 10 each, the other 682 hours weight 1: total
    // 1,162. 8 hours on, all event hours, each offered 1,162,000 × 10 / 1,162 = 10,000 requests: a = 0.27778 erlangs on
    // 5 environments; by B(k) = a·B(k−1) ÷ (k + a·B(k−1)): B(1) = 0.217391, B(2) = 0.029308, B(3) = 0.0027064,
    // B(4) = 0.00018791, B(5) = 0.0000104392: served 80,000 × (1 − B(5)) = 79,999.165.
    const profile = monthProfile({ pattern: 'spiky', eventDays: 2, eventMultiplier: d(10) });
    const usage = functionUsage(
      fn({ memoryMb: 512, durationMs: 100, requestsPerMonth: 1_162_000, provisioned: { count: 5, hoursPerMonth: 8, requestsPerMonth: null, durationMs: null } }),
      lambda(),
      profile,
    );
    expect(usage.provisionedRequests.toFixed(3)).toBe('79999.165');
    // 5 × 0.5 GB × 8 h × 3,600 s
    expect(usage.provisionedConfiguredGbSeconds.toFixed()).toBe('72000');
  });

  it('serves less than the environments could in busy diurnal hours, and all but a trace of the quiet ones', () => {
    // 8 busy hours a day at 2.5× the average: busy weight 2.5 × 16 = 40, quiet weight 24 − 20 = 4.
    // 730 h = 30 days + 10 h, so 30 × 8 + 2 = 242 busy hours and 488 quiet: total weight 11,632.
    // A busy hour offers 500M × 40 / 11,632 = 1,719,394.8 requests (a = 57.313 erlangs on 50 environments at 120 ms),
    // B(50, 57.313) = 0.186859: 1,398,107.7 served an hour of the 1,500,000 the environments could run, × 242 =
    // 338,342,870.53. A quiet hour offers 171,939.5 (a = 5.73): B(50, 5.73) ≈ 10^−29, all served: × 488 = 83,906,464.92.
    const usage = functionUsage(
      fn({ memoryMb: 512, durationMs: 120, requestsPerMonth: 500_000_000, provisioned: { count: 50, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } }),
      lambda(),
      monthProfile({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d('2.5') }),
    );
    expect(usage.provisionedRequests.toFixed(2)).toBe('422249335.46');
    // The environments full on average in the busy hours (the model before random arrivals) served 446,906,464.92.
    expect(usage.peakRequestsPerSecond.toFixed(1)).toBe('477.6');
  });

  it('takes the served count from the scenario when it states one', () => {
    const usage = functionUsage(
      fn({ memoryMb: 1024, durationMs: 100, requestsPerMonth: 1_000_000, provisioned: { count: 2, hoursPerMonth: 100, requestsPerMonth: d(250_000), durationMs: d(80) } }),
      lambda(),
      steady,
    );
    expect(usage.provisionedRequests.toFixed()).toBe('250000');
    // 250,000 × 80 ms at 1 GB
    expect(usage.provisionedGbSeconds.toFixed()).toBe('20000');
    // 750,000 × 100 ms at 1 GB
    expect(usage.onDemandGbSeconds.toFixed()).toBe('75000');
  });
});

describe('prices a table lacks are errors, never zero', () => {
  it('arm64 under a table from before arm64', () => {
    const workload = scenario({ functions: [fn({ architecture: 'arm64', durationMs: 10, requestsPerMonth: 10 })] });
    expect(() => estimate(workload, book('aws-2020-12-01'))).toThrow(PricingError);
    expect(() => estimate(workload, book('aws-2020-12-01'))).toThrow(/no arm64 Lambda duration price/);
  });
  it('memory above the limit of the table', () => {
    const workload = scenario({ functions: [fn({ memoryMb: 4096, durationMs: 10, requestsPerMonth: 10 })] });
    expect(() => estimate(workload, book('aws-2020-03-12'))).toThrow(/at most 3,008 MB/);
  });
  it('a region the table does not cover', () => {
    const workload = scenario({ region: 'sa-east-1', functions: [fn({ durationMs: 10, requestsPerMonth: 10 })] });
    expect(() => estimate(workload, book())).toThrow(/no prices for region sa-east-1/);
  });
  it('an API Gateway type a region does not price', () => {
    // aws-2024-11-01 prices Lambda alone in eu-central-1 (the newer tables price API Gateway in every region).
    const workload = scenario({
      region: 'eu-central-1',
      apiGateways: [{ type: 'rest', requestsPerMonth: d(10), freeTier: false }],
      functions: [fn({ durationMs: 10, requestsPerMonth: 10 })],
    });
    expect(() => estimate(workload, book('aws-2024-11-01'))).toThrow(/no API Gateway rest price/);
  });
});

describe('regional prices', () => {
  it('provisioned concurrency costs more in Seoul than in us-east-1', () => {
    const pc = fn({ memoryMb: 1024, durationMs: 100, requestsPerMonth: 0, provisioned: { count: 1, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } });
    const seoul = estimate(scenario({ region: 'ap-northeast-2', functions: [pc] }), book());
    const virginia = estimate(scenario({ functions: [pc] }), book());
    // 2,628,000 GB-s × $0.0000051254 = $13.4695512; × $0.0000041667 = $10.9500876
    expect(seoul.platforms[0]!.exactUsd.toFixed()).toBe('13.4695512');
    expect(virginia.platforms[0]!.exactUsd.toFixed()).toBe('10.9500876');
  });
});

describe('the month profile', () => {
  it('steady: one group of 730 equal hours', () => {
    const profile = monthProfile({ pattern: 'steady' });
    expect(profile.groups.map((g) => [g.weight.toFixed(), g.hours])).toEqual([['1', 730]]);
  });
  it('diurnal: 242 busy hours and 488 quiet ones in 30 days and 10 hours', () => {
    const profile = monthProfile({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) });
    // busy weight 3 × 16 = 48, quiet 24 − 24 = 0: all of a day's load in its busy hours
    expect(profile.groups.map((g) => [g.weight.toFixed(), g.hours])).toEqual([
      ['48', 242],
      ['0', 488],
    ]);
  });
  it('spiky: the event days are the busiest 72 hours', () => {
    const profile = monthProfile({ pattern: 'spiky', eventDays: 3, eventMultiplier: d(100) });
    expect(profile.groups.map((g) => [g.weight.toFixed(), g.hours])).toEqual([
      ['100', 72],
      ['1', 658],
    ]);
  });
  it('is worked out once for shapes written alike, and apart for shapes that differ', () => {
    const diurnal = (peak: string) => ({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(peak) }) as const;
    expect(monthProfile(diurnal('3'))).toBe(monthProfile(diurnal('3.0')));
    expect(monthProfile(diurnal('3'))).not.toBe(monthProfile(diurnal('3.5')));
    expect(monthProfile({ pattern: 'spiky', eventDays: 3, eventMultiplier: d(100) })).not.toBe(monthProfile({ pattern: 'spiky', eventDays: 4, eventMultiplier: d(100) }));
    const custom = (last: number) => ({ pattern: 'custom', hourlyWeights: Array.from({ length: 24 }, (_, hour) => d(hour === 23 ? last : 1)) }) as const;
    expect(monthProfile(custom(1))).toBe(monthProfile(custom(1)));
    expect(monthProfile(custom(1)).groups).toHaveLength(1);
    expect(monthProfile(custom(2)).groups).toHaveLength(2);
  });
  it('custom: equal weights of different hours form one group', () => {
    const weights = Array.from({ length: 24 }, (_, hour) => d(hour < 12 ? 1 : 2));
    const profile = monthProfile({ pattern: 'custom', hourlyWeights: weights });
    // hours 0–9 of a 31st day: 10 more hours of weight 1
    expect(profile.groups.map((g) => [g.weight.toFixed(), g.hours])).toEqual([
      ['2', 360],
      ['1', 370],
    ]);
  });
});

describe('functions alike but for their names', () => {
  const prices = book().regions['us-east-1']!.lambda;
  const steady = monthProfile({ pattern: 'steady' });

  it('share their usage, each under its own name, and anything else that differs keeps them apart', () => {
    const a = functionUsage(fn({ name: 'a', memoryMb: 512, durationMs: 100, requestsPerMonth: 1_000_000 }), prices, steady);
    const b = functionUsage(fn({ name: 'b', memoryMb: 512, durationMs: 100, requestsPerMonth: 1_000_000 }), prices, steady);
    expect([a.name, b.name]).toEqual(['a', 'b']);
    // 1M × 0.1 s × 0.5 GB = 50,000 GB-s each.
    expect([a.onDemandGbSeconds.toFixed(), b.onDemandGbSeconds.toFixed()]).toEqual(['50000', '50000']);
    const provisioned = functionUsage(
      fn({ name: 'c', memoryMb: 512, durationMs: 100, requestsPerMonth: 1_000_000, provisioned: { count: 1, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } }),
      prices,
      steady,
    );
    // One environment all month is offered 1M ÷ 2,628,000 s × 0.1 s = 0.038052 erlangs: a request finds it busy
    // B = 0.038052 ÷ 1.038052 = 3.6657% of the time, so 36,656.9 run on demand, × 0.05 GB-s = 1,832.84 GB-s, not 50,000.
    expect(provisioned.onDemandGbSeconds.toFixed(2)).toBe('1832.84');
    const notGiven = functionUsage(fn({ name: 'd', memoryMb: 512, durationMs: 100, requestsPerMonth: 1_000_000, usageGiven: false }), prices, steady);
    expect(notGiven.usageGiven).toBe(false);
    const longer = functionUsage(fn({ name: 'e', memoryMb: 512, durationMs: 101, requestsPerMonth: 1_000_000 }), prices, steady);
    expect(longer.onDemandGbSeconds.toFixed()).toBe('50500');
  });
});
