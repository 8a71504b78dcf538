// Concurrency limits, throttling and the cost bomb, against hand-derived numbers.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serverlessCurve } from '../../src/providers/aws/breakeven.js';
import { clip, lastVolumeWithin, pricedAt } from '../../src/core/solver.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { loadScenario } from '../../src/load/load-scenario.js';
import { nearestRank, worstMonthRequests } from '../../src/providers/aws/serverless-checks.js';
import { coldStarts } from '../../src/providers/aws/lambda/cold-starts.js';
import { hourShares, monthProfile } from '../../src/core/traffic.js';
import { regionOf, serverlessCost } from '../../src/providers/aws/platforms.js';
import { atVolume } from '../../src/providers/aws/scale.js';
import { formatUsd } from '../../src/core/numbers.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';
import type { LambdaSettings } from '../../src/providers/aws/lambda/types.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import type { Warning } from '../../src/core/types.js';
import { inWords } from '../../src/report/words.js';
import { book, d, fn, scenario } from '../helpers/build.js';

const SECONDS_PER_MONTH = 730 * 3600;

function warningsOf(s: Scenario): Map<string, string> {
  return new Map(estimate(s, book()).warnings.map((w: Warning) => [w.id, w.message]));
}
function settings(fields: Partial<LambdaSettings>): LambdaSettings {
  return { ...DEFAULT_LAMBDA_SETTINGS, ...fields };
}

describe('concurrency and throttling', () => {
  it('steady traffic over the account limit: the excess share is throttled', () => {
    // 1,500 requests a second of 1 s each: 1,500 concurrent against a limit of 1,000.
    // A month has 2,628,000 s, so 3,942,000,000 requests; a third of them, 1,314,000,000, are refused.
    const s = scenario({ freeTier: false, functions: [fn({ durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH })] });
    const message = warningsOf(s).get('concurrency_limit');
    expect(message).toContain('about 1,500 concurrent executions, over the account limit of 1,000');
    expect(message).toContain('about 1,314,000,000 requests a month would be throttled');
  });

  it('spiky traffic is throttled only in the event hours', () => {
    // 2 event days at 10×: 48 hours of weight 10 and 682 of weight 1, 1,162 in all.
    // 836,640,000 a month puts 836,640,000 × 10 / 1,162 = 7,200,000 in an event hour: 2,000 a second,
    // 2,000 concurrent at 1 s. Half are refused: 3,600,000 an hour × 48 hours = 172,800,000.
    // The quiet hours run 200 concurrent and lose nothing.
    const s = scenario({
      freeTier: false,
      traffic: { pattern: 'spiky', eventDays: 2, eventMultiplier: d(10) },
      functions: [fn({ durationMs: 1000, requestsPerMonth: 836_640_000 })],
    });
    const message = warningsOf(s).get('concurrency_limit');
    expect(message).toContain('about 2,000 concurrent executions');
    // Averaged over the month: 836,640,000 requests × 1 s ÷ 2,628,000 s = 318.356…
    const [usage] = estimate(s, book()).functions;
    expect(usage!.averageConcurrency.toFixed(3)).toBe('318.356');
    expect(usage!.peakConcurrency.toFixed(0)).toBe('2000');
    expect(message).toContain('about 172,800,000 requests a month would be throttled');
  });

  it('a raised account limit removes the warning', () => {
    const s = scenario({ settings: settings({ accountConcurrencyLimit: 3000 }), functions: [fn({ durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH })] });
    expect(warningsOf(s).has('concurrency_limit')).toBe(false);
  });

  it('reserved concurrency throttles one function on its own', () => {
    // 150 a second of 1 s: 150 concurrent against 100 reserved; a third of 394,200,000 is 131,400,000.
    const s = scenario({ functions: [fn({ name: 'worker', durationMs: 1000, requestsPerMonth: 150 * SECONDS_PER_MONTH, reservedConcurrency: 100 })] });
    const warnings = warningsOf(s);
    expect(warnings.get('reserved_concurrency')).toContain('function worker peaks at about 150 concurrent executions, over its reserved concurrency of 100');
    expect(warnings.get('reserved_concurrency')).toContain('about 131,400,000 requests a month would be throttled');
    expect(warnings.has('concurrency_limit')).toBe(false);
  });

  it("requests over Lambda's 6 MB synchronous payload are flagged", () => {
    const withApi = (kb: number) =>
      scenario({ functions: [fn({ durationMs: 100, requestsPerMonth: 1000 })], apiGateways: [{ type: 'http', requestsPerMonth: d(1000), requestSizeKb: d(kb), freeTier: false }] });
    expect(warningsOf(withApi(8192)).get('payload_limit')).toContain('HTTP API requests of 8,192 KB are over');
    expect(warningsOf(withApi(6144)).has('payload_limit')).toBe(false);
  });

  it('runs close to the 15-minute limit are flagged', () => {
    const s = scenario({ functions: [fn({ name: 'batch', durationMs: 800_000, requestsPerMonth: 100 })] });
    expect(warningsOf(s).get('execution_time_limit')).toContain('function batch runs 13.3 minutes on average');
    expect(warningsOf(scenario({ functions: [fn({ durationMs: 600_000, requestsPerMonth: 100 })] })).has('execution_time_limit')).toBe(false);
  });

  it('an average under a millisecond is flagged as seconds written as milliseconds, with the figure meant', () => {
    const s = scenario({ functions: [fn({ name: 'resize', durationMs: 0.2, requestsPerMonth: 100 })] });
    // 0.2 s × 1,000 = 200 ms; the setting is a reference the edge puts in words.
    expect(inWords(warningsOf(s).get('duration_under_1ms') ?? '')).toBe(
      'function resize averages 0.2 ms, under a millisecond; duration_ms is in milliseconds: did you mean 200 ms (0.2 s)?',
    );
    expect(warningsOf(scenario({ functions: [fn({ durationMs: 1, requestsPerMonth: 100 })] })).has('duration_under_1ms')).toBe(false);
  });
});

describe('cost bomb', () => {
  it('quotes the expected bill as the estimate prints it, in every shipped scenario it warns about', () => {
    const quoted = readdirSync('scenarios')
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => {
        const result = estimate(loadScenario(`scenarios/${name}`, {}), book());
        const message = result.warnings.find((warning) => warning.id === 'cost_bomb')?.message;
        return message ? [[name, /the expected (\$[\d,.]+)/.exec(message)?.[1], formatUsd(result.platforms[0]!.monthlyUsd)]] : [];
      });
    // Rounding each line to the cent and adding them up can differ from rounding the exact sum: the order pipeline's $15.61 was quoted as $15.60.
    expect(quoted.map(([name]) => name)).toContain('order-pipeline.yaml');
    for (const [name, shown, printed] of quoted) expect([name, shown]).toEqual([name, printed]);
  });

  // 1 M requests of 100 ms at 128 MB, no free tier: $0.20 of requests and 12,500 GB-s × $0.0000166667
  // = $0.20833375, so $0.40833375 a month, $0.00000040833375 a request. Its logs: 264 B an invocation,
  // 0.264 GB × $0.50 = $0.132 and 0.264 × 0.15 × 12 = 0.4752 GB-months × $0.03 = $0.014256: $0.146256,
  // so $0.55458975 a month in all.
  const base = { freeTier: false, functions: [fn({ durationMs: 100, requestsPerMonth: 1_000_000 })] };

  it('without a throttle, the worst month is the account limit all month', () => {
    // 1,000 concurrent at 0.1 s is 10,000 a second, 26,280,000,000 a month:
    // $5,256 of requests and 328,500,000 GB-s × $0.0000166667 = $5,475.01 of duration, $10,731.01 in all;
    // logs 26,280 × $0.146256 = $3,843.61 (6,937.92 GB, inside the first band): $14,574.62.
    // To stay within 10× ($4.0833375) the month can hold 10,000,000 requests: 3.8 a second, so a throttle of 3.
    const message = warningsOf(scenario(base)).get('cost_bomb');
    expect(message).toContain('the serverless bill would be $14,574.62, 26,280× the expected $0.55');
    expect(message).toContain('an API throttle of 3 requests a second');
  });

  it('a throttle bounds the worst month', () => {
    // 100 a second all month is 262,800,000 requests: 262.8 × $0.55458975 = $145.75, 263× the expected.
    const message = warningsOf(scenario({ ...base, settings: settings({ throttleRps: d(100) }) })).get('cost_bomb');
    expect(message).toContain('hammered at its throttle of 100 requests a second all month, the serverless bill would be $145.75, 263×');
  });

  it('a throttle within the multiple raises nothing', () => {
    expect(warningsOf(scenario({ ...base, settings: settings({ throttleRps: d(1) }) })).has('cost_bomb')).toBe(false);
  });

  it('a larger multiple lets a larger throttle through', () => {
    expect(warningsOf(scenario({ ...base, settings: settings({ throttleRps: d(100), costBombMultiple: 300 }) })).has('cost_bomb')).toBe(false);
  });
});

describe('one serverless curve for the break-even search and the cost bomb', () => {
  // Under steady traffic the estimate fits the serverless bill once, over both ranges; the answers
  // must be those of fitting each range on its own: the same warning as without containers (no
  // search, so nothing shared), the same crossovers as with the cost-bomb check off (nothing shared).
  const steady = scenario({
    trafficRequests: d(10_000_000),
    functions: [fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 10_000_000, architecture: 'arm64' })],
    apiGateways: [{ type: 'http', requestsPerMonth: d(10_000_000), requestSizeKb: d(1), freeTier: false }],
  });
  const withFleet: Scenario = {
    ...steady,
    containers: {
      requestsPerMonth: d(10_000_000),
      autoscaling: true,
      loadBalancer: { type: 'alb', newConnectionsPerRequest: d(1), processedKbPerRequest: d(10) },
      fargate: null,
      ec2: { instanceType: 'c6g.xlarge', requestsPerSecondPerInstance: d(500), minInstances: 2, pricing: 'on_demand', discountPct: null, publicIpv4: false },
    },
  };

  it('gives the same answers as fitting each range on its own', () => {
    const shared = estimate(withFleet, book());
    const bomb = shared.warnings.find((w) => w.id === 'cost_bomb');
    expect(bomb?.message).toContain('an API throttle of');
    expect(bomb?.message).toBe(warningsOf(steady).get('cost_bomb'));
    const alone = estimate({ ...withFleet, settings: settings({ warningsOff: ['cost_bomb'] }) }, book());
    expect(shared.breakeven?.crossovers.length).toBeGreaterThan(0);
    expect(shared.breakeven?.crossovers.map((c) => [c.platforms, c.requestsPerMonth.toFixed(), c.cheaperAbove])).toEqual(
      alone.breakeven?.crossovers.map((c) => [c.platforms, c.requestsPerMonth.toFixed(), c.cheaperAbove]),
    );
  });
});

describe('the bill at the worst month, read from the shared curve', () => {
  it('is the bill priced there, to the last digit, and only where the curve priced it', () => {
    const steady = scenario({ trafficRequests: d(10_000_000), functions: [fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 10_000_000 })] });
    const worst = worstMonthRequests(steady)!;
    const curve = serverlessCurve(steady, book(), d(10_000), worst);
    const { prices, where } = regionOf(steady, book());
    const pricedThere = (requests: ReturnType<typeof d>) => serverlessCost(atVolume(steady, requests), prices, monthProfile(steady.traffic), where).exactUsd;
    expect(curve.priced?.length).toBeGreaterThanOrEqual(2);
    for (const point of curve.priced ?? []) expect(point.usd.equals(pricedThere(point.requests))).toBe(true);
    expect(pricedAt(curve.priced, worst)?.equals(pricedThere(worst))).toBe(true);
    // A volume between breakpoints was never priced: no answer, rather than one off the line.
    expect(pricedAt(curve.priced, worst.minus(1))).toBeNull();
    // Clipping keeps the priced points inside the new range, and only those.
    expect(pricedAt(clip(curve, d(10_000_000), worst).priced, worst)?.equals(pricedThere(worst))).toBe(true);
    expect(pricedAt(clip(curve, d(20_000), d(10_000_000)).priced, worst)).toBeNull();
  });
});

describe('the environments a percentile of hours needs', () => {
  it('is what sorting the hours and taking the nearest rank gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 40 }), count: fc.integer({ min: 1, max: 30 }) }), { maxLength: 60 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (runs, percentile) => {
          const sorted = runs.flatMap((run) => Array<number>(run.count).fill(run.value)).sort((a, b) => a - b);
          expect(nearestRank(runs, percentile)).toBe(sorted[Math.max(0, Math.ceil((percentile / 100) * sorted.length) - 1)]);
        },
      ),
    );
  });
});

describe('a serverless curve wanted only up to a bill', () => {
  it('ends at the first breakpoint past it, and answers "how many requests does the bill cover" as the whole curve does', () => {
    const s = scenario({
      trafficRequests: d(10_000_000),
      functions: [fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 10_000_000 })],
      apiGateways: [{ type: 'http', requestsPerMonth: d(10_000_000), requestSizeKb: d(1), freeTier: false }],
    });
    const worst = worstMonthRequests(s)!;
    const whole = serverlessCurve(s, book(), d(10_000), worst);
    const bills = (whole.priced ?? []).map((point) => point.usd);
    expect(bills.length).toBeGreaterThan(3);
    // Below, at and between the priced bills, and past the last one.
    const caps = [d(0), ...bills, ...bills.slice(1).map((usd, i) => usd.plus(bills[i]!).dividedBy(2)), bills.at(-1)!.plus(1)];
    for (const cap of caps) {
      const short = serverlessCurve(s, book(), d(10_000), worst, { until: cap });
      expect(lastVolumeWithin(short, cap).equals(lastVolumeWithin(whole, cap)), cap.toFixed()).toBe(true);
      expect(short.pieces.length).toBeLessThanOrEqual(whole.pieces.length);
    }
    expect(serverlessCurve(s, book(), d(10_000), worst, { until: bills[1]!.minus('0.01') }).pieces).toHaveLength(1);
  });
});

describe('the worst month under traffic that is not steady', () => {
  it('is priced as the flat month it is, also for provisioned environments on in the busiest hours only', () => {
    // Provisioned environments on 240 hours a month serve the busiest hours' share of requests: under a
    // diurnal day that share is larger than under a flat one, so the two month shapes bill differently.
    const diurnal = scenario({
      traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) },
      functions: [fn({ durationMs: 200, requestsPerMonth: 10_000_000, provisioned: { count: 2000, hoursPerMonth: 240, requestsPerMonth: null, durationMs: null } })],
      // 2,000 environments cost more than the burst adds: any worst month over the bill is a bomb here.
      settings: settings({ costBombMultiple: 1.000001 }),
    });
    const worst = worstMonthRequests(diurnal)!;
    const { prices, where } = regionOf(diurnal, book());
    const flatMonth = atVolume({ ...diurnal, traffic: { pattern: 'steady' } }, worst);
    const flatUsd = serverlessCost(flatMonth, prices, monthProfile({ pattern: 'steady' }), where).exactUsd;
    const diurnalUsd = serverlessCost(flatMonth, prices, monthProfile(diurnal.traffic), where).exactUsd;
    expect(flatUsd.toDecimalPlaces(2).equals(diurnalUsd.toDecimalPlaces(2))).toBe(false);
    expect(warningsOf(diurnal).get('cost_bomb')).toContain(`the serverless bill would be ${formatUsd(flatUsd)},`);
  });
});

describe('turning warnings off', () => {
  it('drops exactly the named warnings', () => {
    const noisy = scenario({
      freeTier: false,
      functions: [fn({ durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH }), fn({ name: 'rare', durationMs: 100, requestsPerMonth: 730 })],
    });
    const all = [...warningsOf(noisy).keys()];
    expect(all).toEqual(expect.arrayContaining(['concurrency_limit', 'cold_start_share']));
    const quiet = warningsOf({ ...noisy, settings: settings({ warningsOff: ['concurrency_limit', 'cold_start_share'] }) });
    expect([...quiet.keys()]).toEqual(all.filter((id) => id !== 'concurrency_limit' && id !== 'cold_start_share'));
  });
});

describe('cold-start advice', () => {
  it('prices provisioned concurrency for the peak and a keep-warm ping for a quiet function', () => {
    const result = estimate(scenario({ freeTier: false, functions: [fn({ name: 'rare', durationMs: 100, requestsPerMonth: 730 })] }), book());
    const kinds = result.advice.map((a) => a.kind);
    expect(kinds).toEqual(['provisioned_concurrency', 'keep_warm']);
    const keepWarm = result.advice.find((a) => a.kind === 'keep_warm')!;
    // 8,760 pings of 1 ms at 128 MB: 8,760 × $0.0000002 + 8,760 × 0.001 × 0.125 × $0.0000166667 = $0.001752 + $0.00001825.
    expect(keepWarm.monthlyUsd.toFixed(8)).toBe('0.00177025');
    // One environment, one request an hour: nearly every request starts it cold (730 × e^(−1/6)).
    expect(keepWarm.coldStartsRemoved).toBeCloseTo(617.9, 0);
    const provisioned = result.advice.find((a) => a.kind === 'provisioned_concurrency')!;
    expect(provisioned.count).toBe(1);
  });

  it('offers provisioned concurrency in the busy hours only for diurnal traffic', () => {
    const result = estimate(
      scenario({ traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) }, functions: [fn({ durationMs: 200, requestsPerMonth: 50_000 })] }),
      book(),
    );
    const scheduled = result.advice.find((a) => a.kind === 'scheduled_provisioned_concurrency')!;
    const allMonth = result.advice.find((a) => a.kind === 'provisioned_concurrency')!;
    expect(scheduled.hoursPerMonth).toBeLessThan(allMonth.hoursPerMonth);
    expect(scheduled.monthlyUsd.lessThan(allMonth.monthlyUsd)).toBe(true);
    expect(scheduled.coldStartsRemoved).toBeLessThan(allMonth.coldStartsRemoved);
  });

  it('sized for a percentile of hours, it costs less and leaves the busiest hours some cold starts', () => {
    const shape = { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) } as const;
    const functions = [fn({ durationMs: 2000, requestsPerMonth: 5_000_000 })];
    const atPeak = estimate(scenario({ traffic: shape, functions }), book()).advice.find((a) => a.kind === 'provisioned_concurrency')!;
    const atMedian = estimate(scenario({ traffic: shape, functions, settings: settings({ provisionedConcurrencyPercentile: 50 }) }), book()).advice.find(
      (a) => a.kind === 'provisioned_concurrency',
    )!;
    expect(atMedian.count).toBeLessThan(atPeak.count);
    expect(atMedian.monthlyUsd.lessThan(atPeak.monthlyUsd)).toBe(true);
    expect(atMedian.coldStartsRemoved).toBeLessThan(atPeak.coldStartsRemoved);
    expect(atMedian.coldStartsRemoved).toBeGreaterThan(0);
  });
});

describe('provisioned-concurrency advice over a diurnal month', () => {
  // 20 M requests a month of 1 s, busy 08:00–16:00 at 3× the day's average: the busy hours need
  // several environments, the quiet ones fewer, and each morning starts the difference cold.
  const busyDay = scenario({
    traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) },
    functions: [fn({ durationMs: 1000, requestsPerMonth: 20_000_000 })],
  });
  const at = (percentile: number) => estimate({ ...busyDay, settings: { ...DEFAULT_LAMBDA_SETTINGS, provisionedConcurrencyPercentile: percentile } }, book());
  const cold = () => {
    const { prices } = regionOf(busyDay, book());
    return coldStarts(
      busyDay.functions[0]!,
      prices.lambda,
      hourShares(busyDay.traffic).map((share) => ({ share, hours: 1 })),
      DEFAULT_LAMBDA_SETTINGS.idleTimeoutMinutes,
    );
  };

  it('sizes for a percentile of hours, not of runs of hours', () => {
    // 242 of the 730 hours are busy (30 days × 8 + 2), 488 quiet: up to the 66th percentile, a quiet hour's
    // environments suffice. Counted by runs instead (31 quiet, 31 busy), the 60th would be a busy hour's.
    const hourly = cold().perRun;
    const quiet = Math.min(...hourly.map((hour) => hour.environments));
    const busy = Math.max(...hourly.map((hour) => hour.environments));
    expect(busy).toBeGreaterThan(quiet);
    expect(at(60).advice[0]).toMatchObject({ kind: 'provisioned_concurrency', count: quiet });
    expect(at(100).advice[0]).toMatchObject({ kind: 'provisioned_concurrency', count: busy });
  });

  it("scheduled for the busy hours, it removes their cold starts and each morning's", () => {
    // Hour by hour: the cold starts of every hour at the busiest share, including the first busy hour's scale-up.
    const hourly = cold().perRun;
    const busiest = Math.max(...hourly.map((hour) => hour.share));
    const busyHours = hourly.filter((hour) => hour.share >= busiest - 1e-12);
    const removed = busyHours.reduce((total, hour) => total + hour.coldPerHour + hour.scaleUp, 0);
    expect(busyHours.reduce((total, hour) => total + hour.scaleUp, 0)).toBeGreaterThan(0);
    const scheduled = at(100).advice.find((advice) => advice.kind === 'scheduled_provisioned_concurrency');
    expect(Math.abs(scheduled!.coldStartsRemoved - removed)).toBeLessThan(1e-6 * removed);
  });
});
