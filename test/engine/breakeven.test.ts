// The break-even solver against hand-derived crossings and against a brute-force search.
import { describe, expect, it } from 'vitest';
import { costCurves } from '../../src/providers/aws/breakeven.js';
import { breakevenRanges, cheapestRanges, costAt, type CostCurve, findCrossovers, logSpaced } from '../../src/core/solver.js';
import { monthOf, platformCosts, regionOf } from '../../src/providers/aws/platforms.js';
import { atVolume } from '../../src/providers/aws/scale.js';
import { Decimal } from '../../src/core/money.js';
import type { Containers, Scenario } from '../../src/providers/aws/types.js';
import type { PlatformId } from '../../src/core/types.js';
import { book, d, fargate, fn, scenario } from '../helpers/build.js';

const toDecimal = (requests: bigint) => new Decimal(String(requests));

function withQueue(base: Scenario): Scenario {
  const requests = base.trafficRequests!.times(2);
  return { ...base, sqsQueues: [{ name: 'jobs', type: 'standard', requests: { perMonth: requests, followsTraffic: true }, messageKb: d(65), callsPerMessage: null }] };
}

const FROM = d(10_000);
const TO = d(10_000_000_000);

function withEc2(base: Scenario, instanceType: string, capacity: number, minInstances = 1, extra: Partial<Containers> = {}): Scenario {
  return {
    ...base,
    containers: {
      requestsPerMonth: base.trafficRequests ?? d(0),
      autoscaling: true,
      loadBalancer: { type: 'none' },
      fargate: null,
      ec2: { instanceType, requestsPerSecondPerInstance: d(capacity), minInstances, pricing: 'on_demand', discountPct: null, commitmentUsdPerHour: null, publicIpv4: false },
      ...extra,
    },
  };
}

/** Each platform's exact monthly cost at `requests`, straight from the pricing functions. */
function directCosts(s: Scenario, requests: Decimal): Map<PlatformId, Decimal> {
  const scaled = atVolume(s, requests);
  const { prices, where } = regionOf(scaled, book());
  return new Map<PlatformId, Decimal>(platformCosts(scaled, prices, monthOf(scaled, where)).map((platform) => [platform.id, platform.exactUsd]));
}

// Serverless with 5 provisioned environments of 1 GB (a fixed $54.75) against one m6g.large ($56.21) per 5 requests a second.
const provisioned = withEc2(
  scenario({
    trafficRequests: d(10_000_000),
    functions: [fn({ memoryMb: 1024, durationMs: 200, requestsPerMonth: 10_000_000, provisioned: { count: 5, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } })],
  }),
  'm6g.large',
  5,
);

describe('crossovers solved exactly', () => {
  it('finds two crossovers: a line meeting a level, then a fleet step', () => {
    const crossovers = findCrossovers(costCurves(provisioned, book(), FROM, TO));
    // 1. Below 1M requests only the provisioned duration grows: $54.750438 + R × (1 − B) × 0.2 s × 1 GB × $0.0000097222
    //    meets $56.21 at R = 1.459562 / (0.00000194444 × (1 − B)) = 751,380.5. B is the share that finds all 5 environments
    //    busy at the scenario's 10M (a = 3.805 a second × 0.2 s = 0.761 erlangs: B(5, 0.761) = 0.000994); below it the grid
    //    has no point (fewer than 0.2% find them busy there), so the share runs in a straight line to none at no requests,
    //    and the rest run on demand under the free tier.
    // 2. At 5 requests a second (13,140,000 a month) a second instance starts and serverless is cheaper again.
    expect(crossovers.map((c) => [c.requestsPerMonth.toDecimalPlaces(1).toFixed(), c.cheaperAbove])).toEqual([
      ['751380.5', 'ec2'],
      ['13140000', 'serverless'],
    ]);
  });

  it('finds none when serverless is cheaper across the whole range', () => {
    // One t3.micro per request a second: $7.59 for 2.6M requests, far above Lambda's cost at any volume.
    const cheap = withEc2(scenario({ trafficRequests: d(1_000_000), functions: [fn({ memoryMb: 128, durationMs: 10, requestsPerMonth: 1_000_000 })] }), 't3.micro', 1);
    const curves = costCurves(cheap, book(), FROM, TO);
    expect(findCrossovers(curves)).toEqual([]);
    for (const requests of logSpaced(FROM, TO, 50).map(toDecimal)) expect(costAt(curves[0]!, requests).lessThan(costAt(curves[1]!, requests))).toBe(true);
  });

  it('puts a piece boundary at the free-tier kink', () => {
    // Lambda at 128 MB and 1 ms with the free tier: $0 up to 1M requests, then $0.20 per million
    // (the GB-seconds stay under the free 400,000 until 3.2B requests, beyond this check).
    const s = withEc2(scenario({ trafficRequests: d(1_000_000), functions: [fn({ memoryMb: 128, durationMs: 1, requestsPerMonth: 1_000_000 })] }), 't3.micro', 1000);
    const serverless = costCurves(s, book(), FROM, TO)[0]!;
    expect(serverless.pieces.some((piece) => piece.to.equals(1_000_000))).toBe(true);
    expect(costAt(serverless, d(1_000_000)).toFixed()).toBe('0');
    expect(costAt(serverless, d(2_000_000)).toFixed()).toBe('0.2');
  });
});

describe('the solver agrees with a brute-force search', () => {
  const diurnalApi = withEc2(
    scenario({
      traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d('2.5') },
      trafficRequests: d(10_000_000),
      functions: [fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 10_000_000, architecture: 'arm64' })],
      apiGateways: [{ type: 'http', requestsPerMonth: d(10_000_000), requestSizeKb: d(1), freeTier: false }],
    }),
    'c6g.xlarge',
    500,
    2,
    {
      loadBalancer: { type: 'alb', newConnectionsPerRequest: d(1), processedKbPerRequest: d(10), publicAddresses: 0 }, // internal: no public addresses
      fargate: {
        vcpu: d(1),
        memoryGb: d(2),
        architecture: 'arm64',
        requestsPerSecondPerTask: d(250),
        minTasks: 2,
        pricing: 'on_demand',
        discountPct: null,
        commitmentUsdPerHour: null,
        ephemeralStorageGb: 20,
        publicIpv4: false,
      },
    },
  );
  const cases: Array<[string, Scenario]> = [
    ['provisioned concurrency against EC2', provisioned],
    ['arm64 behind an HTTP API against EC2 and Fargate, diurnal', diurnalApi],
    // Without autoscaling each step adds an instance for the whole month, not for one group's hours.
    [
      'the same without autoscaling, public IPv4 and extra Fargate storage',
      {
        ...diurnalApi,
        containers: {
          ...diurnalApi.containers!,
          autoscaling: false,
          ec2: { ...diurnalApi.containers!.ec2!, publicIpv4: true },
          fargate: { ...diurnalApi.containers!.fargate!, ephemeralStorageGb: 50, publicIpv4: true },
        },
      },
    ],
    // A queue of 2 requests per request, 65 KB each (2 chunks): its free million runs out at 250,000 requests, its first band at 25B, on every platform.
    ['the diurnal API with a queue every platform shares', withQueue(diurnalApi)],
    // A Savings Plan commits the floor: a step in the quiet hours raises the commitment, one in the busy hours adds on-demand hours,
    // so the steps do not cost alike; one fleet with its own commitment, the other with the floor's.
    [
      'the diurnal API with Savings Plans, a stated commitment and the floor',
      {
        ...diurnalApi,
        containers: {
          ...diurnalApi.containers!,
          ec2: { ...diurnalApi.containers!.ec2!, pricing: 'savings_plan_1yr', commitmentUsdPerHour: d('0.3') },
          fargate: { ...diurnalApi.containers!.fargate!, pricing: 'savings_plan_3yr' },
        },
      },
    ],
  ];

  it('a service every platform shares adds the same to each and moves no crossover', () => {
    const without = findCrossovers(costCurves(diurnalApi, book(), FROM, TO));
    const withIt = findCrossovers(costCurves(withQueue(diurnalApi), book(), FROM, TO));
    expect(without.length).toBeGreaterThan(0);
    // To a millionth of a request: the sums differ in the last of decimal.js's significant digits.
    expect(withIt.map((crossing) => [crossing.platforms, crossing.requestsPerMonth.toFixed(6)])).toEqual(
      without.map((crossing) => [crossing.platforms, crossing.requestsPerMonth.toFixed(6)]),
    );
  });

  it.each(cases)('%s', (_name, s) => {
    const curves = costCurves(s, book(), FROM, TO);
    const crossovers = findCrossovers(curves);
    const samples = logSpaced(FROM, TO, 400).map(toDecimal);
    const direct = samples.map((requests) => directCosts(s, requests));
    // The fitted pieces are the costs themselves, not an approximation of them.
    samples.forEach((requests, i) => {
      for (const curve of curves) expect(costAt(curve, requests).minus(direct[i]!.get(curve.platform)!).abs().lessThan('1e-20')).toBe(true);
    });
    // Every change of the cheaper of two platforms between two samples holds a crossover the solver found.
    for (let i = 0; i + 1 < samples.length; i++) {
      for (const [a, b] of [
        ['serverless', 'ec2'],
        ['serverless', 'fargate'],
        ['ec2', 'fargate'],
      ] as const) {
        const before = direct[i]!.get(a)?.comparedTo(direct[i]!.get(b) ?? 0);
        const after = direct[i + 1]!.get(a)?.comparedTo(direct[i + 1]!.get(b) ?? 0);
        if (before === undefined || !direct[i]!.has(b) || before === 0 || after === 0 || before === after) continue;
        const inside = crossovers.filter(
          (c) =>
            c.platforms.includes(a) && c.platforms.includes(b) && c.requestsPerMonth.greaterThanOrEqualTo(samples[i]!) && c.requestsPerMonth.lessThanOrEqualTo(samples[i + 1]!),
        );
        expect(inside.length, `${a}/${b} between ${samples[i]} and ${samples[i + 1]}`).toBeGreaterThan(0);
      }
    }
    // And at each crossover the order of the two really changes.
    for (const crossover of crossovers) {
      const [a, b] = crossover.platforms;
      const below = directCosts(s, crossover.requestsPerMonth.times('0.999999'));
      const above = directCosts(s, crossover.requestsPerMonth.times('1.000001'));
      const cheaperBelow = below.get(a)!.lessThan(below.get(b)!) ? a : b;
      const cheaperAbove = above.get(a)!.lessThan(above.get(b)!) ? a : b;
      expect(cheaperAbove).toBe(crossover.cheaperAbove);
      expect(cheaperBelow).not.toBe(cheaperAbove);
    }
  });
});

describe('crossings told apart by less than floating point can see', () => {
  it('are found exactly where the exact difference changes sign', () => {
    // a is $1,000,000 flat; b starts 10^-12 dollars lower and gains 10^-21 dollars a request: they meet
    // at 10^-12 / 10^-21 = 10^9 requests. In binary floating point both start at exactly 1,000,000
    // (its spacing there is 1.2 × 10^-10), so only the exact difference sees them cross.
    const span = { from: d(1), to: d(10_000_000_000) };
    const a: CostCurve = { platform: 'ec2', pieces: [{ ...span, intercept: d(1_000_000), slope: d(0) }] };
    const b: CostCurve = { platform: 'fargate', pieces: [{ ...span, intercept: d('999999.999999999999'), slope: d('1e-21') }] };
    const [crossing, ...others] = findCrossovers([a, b]);
    expect(others).toEqual([]);
    expect(crossing!.requestsPerMonth.toFixed()).toBe('1000000000');
    expect(crossing!.cheaperAbove).toBe('ec2');
  });
});

describe('curves alike but for the rounding of 40 significant digits', () => {
  // multi-cloud-api.yaml's Lambda and Azure Functions curves, as the sweep scales the scenario by 10,050,000 ÷
  // 10,000,000: both free up to 1M requests and $0.20 a million after it, until Lambda's GB-seconds pass its free tier at
  // 6.67M. Their second pieces came out 2 × 10^-40 apart, and breakeven said Azure becomes cheaper above 1M.
  const parts = d(1_000_000).dividedBy(d('1.005'));
  const curve = (platform: 'aws' | 'azure', last: string, residue: string): CostCurve => ({
    platform,
    pieces: [
      { from: d(10_000), to: parts, intercept: d(0), slope: d(0) },
      { from: parts, to: d(last), intercept: d('-0.2').minus(d(residue)), slope: d('2.01e-7').plus(d(residue).dividedBy(1e6)) },
      ...(platform === 'aws' ? [{ from: d(last), to: d(1e10), intercept: d('-6.86668'), slope: d('0.000001201002') }] : []),
    ],
  });
  const aws = curve('aws', '6666666.666666666666666666666666666666667', '3e-40');
  const azure = curve('azure', '1e10', '1e-40');

  it('cross nowhere: they are one bill until Lambda leaves its free GB-seconds, and part there without crossing', () => {
    expect(findCrossovers([aws, azure])).toEqual([]);
  });

  it('are the cheapest in the order given where they are one, and the cheaper one past where they part', () => {
    expect(cheapestRanges([aws, azure], [], d(10_000), d(1e10)).map((range) => range.platform)).toEqual(['azure']);
    expect(cheapestRanges([aws, azure], [], d(10_000), d(5_000_000)).map((range) => range.platform)).toEqual(['aws']);
  });
});

describe('piece ends told apart by less than floating point can see', () => {
  it('keep their exact order, so a fleet step just past a serverless breakpoint is where the lines cross', () => {
    // a is $100 flat with a breakpoint at 10^9; b's fleet steps from $99 to $101 at 10^9 + 10^-8 requests,
    // the same binary floating-point number as 10^9. Taken as one end, the crossing would land at 10^9.
    const x = d(1_000_000_000);
    const y = d('1000000000.00000001');
    const a: CostCurve = {
      platform: 'serverless',
      pieces: [
        { from: d(1), to: x, intercept: d(100), slope: d(0) },
        { from: x, to: d(1e10), intercept: d(100), slope: d(0) },
      ],
    };
    const b: CostCurve = {
      platform: 'ec2',
      pieces: [
        { from: d(1), to: y, intercept: d(99), slope: d(0) },
        { from: y, to: d(1e10), intercept: d(101), slope: d(0) },
      ],
    };
    const [crossing, ...others] = findCrossovers([a, b]);
    expect(others).toEqual([]);
    expect(crossing!.requestsPerMonth.toFixed()).toBe('1000000000.00000001');
    expect(crossing!.cheaperAbove).toBe('serverless');
  });
});

describe('two fleets that step at the same volume', () => {
  it('step there together, so no crossing is found where neither becomes the cheaper', () => {
    // Two t4g.small of 300 requests a second ($12.264 each a month) against two 0.5 vCPU, 1 GB arm64 tasks of 400
    // ($14.4175 each). At 2,400 requests a second (6,307,200,000 a month) EC2 steps from 8 to 9 and Fargate from 6 to
    // 7: $98.112 against $86.505 below, $110.376 against $100.9225 above; Fargate is the cheaper on both sides. Each
    // fleet's step was 300 (or 400) ÷ the requests a second per monthly request, times 8 (or 6): rounded at 40 digits,
    // EC2's came out 10^-30 above Fargate's, and in that sliver EC2 was the cheaper, so a pair of crossings was found.
    const base = withEc2(scenario({ trafficRequests: d(20_000_000), functions: [fn({ memoryMb: 1024, durationMs: 80, requestsPerMonth: 20_000_000 })] }), 't4g.small', 300, 2);
    const both: Scenario = {
      ...base,
      containers: {
        ...base.containers!,
        fargate: fargate({ vcpu: d('0.5'), memoryGb: d(1), architecture: 'arm64', requestsPerSecondPerTask: d(400), minTasks: 2 }),
      },
    };
    const fleets = findCrossovers(costCurves(both, book(), FROM, TO)).filter((c) => !c.platforms.includes('serverless'));
    // EC2 is the cheaper up to 600 a second, from 800 to 900 and from 2,000 to 2,100; Fargate elsewhere.
    expect(fleets.map((c) => [c.requestsPerMonth.toFixed(), c.cheaperAbove])).toEqual([
      ['1576800000', 'fargate'],
      ['2102400000', 'ec2'],
      ['2365200000', 'fargate'],
      ['5256000000', 'ec2'],
      ['5518800000', 'fargate'],
    ]);
  });
});

describe('the range an estimate looks for crossovers in', () => {
  it('is the default one when the scenario is inside it', () => {
    const [wide, own] = breakevenRanges(new Decimal(10_000_000));
    expect([wide!.from.toString(), wide!.to.toString()]).toEqual(['10000', '10000000000']);
    expect([own!.from.toString(), own!.to.toString()]).toEqual(['100000', '1000000000']);
  });

  it('reaches down to a hundredth of a volume below it, and up to a hundred times one above it', () => {
    // 30 runs a month (the shipped nightly job): 30 ÷ 100 rounds to 0, and a range starts at 1 request.
    expect(breakevenRanges(new Decimal(30))[0]!.from.toString()).toBe('1');
    expect(breakevenRanges(new Decimal(5_000))[0]!.from.toString()).toBe('50');
    expect(breakevenRanges(new Decimal(5_000))[0]!.to.toString()).toBe('10000000000');
    expect(breakevenRanges(new Decimal(20_000_000_000))[0]!.to.toString()).toBe('2000000000000');
  });

  it('is never empty: under 0.005 requests a month the own range was 1 to 1, whose curves had no pieces to search', () => {
    for (const volume of ['0.001', '1e-320', '0.5']) {
      const [, own] = breakevenRanges(new Decimal(volume));
      expect([own!.from.toString(), own!.to.toString()]).toEqual(['1', '100']);
    }
  });
});
