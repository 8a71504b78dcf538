import { readFileSync } from 'node:fs';
// The containers side: official Fargate examples, hand-derived fleets, and the
// source documents' EC2-versus-Lambda example.
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/money.js';
import { pricePlatform } from '../../src/core/estimate.js';
import { fleetHours } from '../../src/core/fleet.js';
import { savingsPlanMonth } from '../../src/providers/aws/commitments.js';
import { describeBasis } from '../../src/report/format.js';
import type { MonthProfile } from '../../src/core/traffic.js';
import { lcuHours } from '../../src/providers/aws/load-balancer/index.js';
import { PLATFORMS } from '../../src/providers/aws/services.js';
import type { RegionPrices } from '../../src/providers/aws/types.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { monthProfile } from '../../src/core/traffic.js';
import type { Containers } from '../../src/providers/aws/types.js';
import { book, d, fargate, fn, scenario, scenarioOf } from '../helpers/build.js';

const prices = () => book().regions['us-east-1']!;
const steady = monthProfile({ pattern: 'steady' });
const cents = (items: readonly { id: string; monthlyUsd: { toFixed(n: number): string } }[], id: string) => items.find((i) => i.id === id)!.monthlyUsd.toFixed(2);

/** One container platform priced through the provider's list, as an estimate prices it. */
function fleetCost(id: string, block: Containers, prices: RegionPrices, profile: MonthProfile, where: string) {
  const platform = PLATFORMS.find((candidate) => candidate.id === id)!;
  return pricePlatform(platform, scenario({ functions: [], containers: block }), prices, { profile, where });
}
const ec2Cost = (block: Containers, _fleet: unknown, prices: RegionPrices, profile: MonthProfile, where: string) => fleetCost('ec2', block, prices, profile, where);
const fargateCost = (block: Containers, _fleet: unknown, prices: RegionPrices, profile: MonthProfile, where: string) => fleetCost('fargate', block, prices, profile, where);

function containers(fields: Partial<Containers>): Containers {
  return { requestsPerMonth: d(0), autoscaling: true, loadBalancer: { type: 'none' }, ec2: null, fargate: null, ...fields };
}

describe('fleets sized hour by hour', () => {
  it('steady traffic under one instance’s capacity runs the minimum all month', () => {
    // 10M a month = 3.8 requests a second, under 500: max(2, ceil(3.8 / 500)) = 2 instances × 730 h
    expect(fleetHours(d(10_000_000), steady, d(500), 2, true)).toMatchObject({ unitHours: d(1460), peak: 2, lowest: 2 });
  });

  it('steady traffic over it runs ceil(rate ÷ capacity) instances', () => {
    // 1B a month = 380.5 a second; at 20 each: ceil(19.03) = 20 instances × 730 h = 14,600
    expect(fleetHours(d(1_000_000_000), steady, d(20), 2, true).unitHours.toFixed()).toBe('14600');
  });

  it('diurnal traffic scales up for the busy hours and down after', () => {
    // 8 busy hours at 3× the average, the other 16 at 0: all of a day's load in 8 hours.
    // 73M a month: a busy hour has 73M × 48 / (242 × 48) = 301,652.9 requests = 83.8 a second → ceil(83.8/50) = 2;
    // quiet hours have none → the minimum, 1. 242 × 2 + 488 × 1 = 972 instance-hours.
    const profile = monthProfile({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) });
    expect(fleetHours(d(73_000_000), profile, d(50), 1, true)).toMatchObject({ unitHours: d(972), peak: 2, lowest: 1 });
    // Without autoscaling the peak fleet runs all month: 2 × 730.
    expect(fleetHours(d(73_000_000), profile, d(50), 1, false).unitHours.toFixed()).toBe('1460');
  });

  it('EC2 on demand and with a Savings Plan: 2 × c6g.xlarge for a month', () => {
    const fleet = {
      instanceType: 'c6g.xlarge',
      requestsPerSecondPerInstance: d(500),
      minInstances: 2,
      pricing: 'on_demand' as const,
      discountPct: null,
      commitmentUsdPerHour: null,
      publicIpv4: false,
    };
    const onDemand = ec2Cost(containers({ requestsPerMonth: d(10_000_000), ec2: fleet }), fleet, prices(), steady, 'test');
    // 1,460 instance-hours × $0.136
    expect(onDemand.monthlyUsd.toFixed(2)).toBe('198.56');
    const committed = { ...fleet, pricing: 'savings_plan_1yr' as const };
    const plan = ec2Cost(containers({ requestsPerMonth: d(10_000_000), ec2: committed }), committed, prices(), steady, 'test');
    // the table's 28% estimate: $0.136 × 0.72 = $0.09792 × 1,460 = $142.9632
    expect(plan.exactUsd.toFixed()).toBe('142.9632');
    const own = { ...committed, discountPct: d(40) };
    expect(ec2Cost(containers({ requestsPerMonth: d(10_000_000), ec2: own }), own, prices(), steady, 'test').exactUsd.toFixed()).toBe('119.136');
  });

  describe('a Savings Plan is an hourly commitment, not a discount on every hour', () => {
    // The diurnal fleet above: 2 c6g.xlarge in the 242 busy hours, 1 in the 488 quiet ones (972 instance-hours).
    const profile = monthProfile({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) });
    const plan = (commitmentUsdPerHour: Decimal | null) => {
      const fleet = {
        instanceType: 'c6g.xlarge',
        requestsPerSecondPerInstance: d(50),
        minInstances: 1,
        pricing: 'savings_plan_1yr' as const,
        discountPct: null,
        commitmentUsdPerHour,
        publicIpv4: false,
      };
      return ec2Cost(containers({ requestsPerMonth: d(73_000_000), ec2: fleet }), fleet, prices(), profile, 'test');
    };

    it('commits the floor by default; the hours above it are on demand', () => {
      // The floor is 1 instance at $0.136 × 0.72 = $0.09792 an hour: 730 × $0.09792 = $71.4816.
      // Above it, the busy hours' second instance on demand: 242 × $0.136 = $32.912. In all $104.3936,
      // where a discount on every instance-hour would say 972 × $0.09792 = $95.18.
      const cost = plan(null);
      expect(cost.lineItems.map((item) => [item.id, item.quantity.toFixed(), item.unitPriceUsd.toFixed()])).toEqual([
        ['ec2.savings-plan-commitment', '730', '0.09792'],
        ['ec2.instances', '242', '0.136'],
      ]);
      expect(cost.exactUsd.toFixed()).toBe('104.3936');
      expect(cost.monthlyUsd.toFixed(2)).toBe('104.39');
      // What the commitment covers, said for any count: "1 c6g.xlarge instances covered an hour" was not English.
      expect(describeBasis(cost.lineItems[0]!)).toBe('1 × c6g.xlarge covered an hour');
    });

    it('a stated commitment covers its dollars at the plan rate, and no more', () => {
      // $0.15 an hour covers 0.15 ÷ 0.09792 = 1.5319 instances; the busy hours run 2 − 1.5319 = 0.4681 more,
      // on demand: 242 × 0.4681 × $0.136 = $15.4073…, and the commitment is 730 × $0.15 = $109.50.
      expect(plan(d('0.15')).monthlyUsd.toFixed(2)).toBe('124.91');
      // More than the fleet ever uses is still paid, every hour: 730 × $0.50.
      const over = plan(d('0.5'));
      expect(over.lineItems.map((item) => item.id)).toEqual(['ec2.savings-plan-commitment']);
      expect(over.monthlyUsd.toFixed(2)).toBe('365.00');
      // A millionth of a dollar an hour covers 0.000001 ÷ 0.09792 = 0.0000102… of an instance: said in two significant
      // digits, where two places said "0 × c6g.xlarge", as though it covered nothing.
      expect(describeBasis(plan(d('0.000001')).lineItems[0]!)).toBe('0.00001 × c6g.xlarge covered an hour');
      expect(describeBasis(plan(d('0.0000000001')).lineItems[0]!)).toBe('under 0.000001 × c6g.xlarge covered an hour');
    });

    it('a plan rate of nothing (a price of zero) covers every unit of the busiest hour, whatever is committed', () => {
      // The diurnal fleet: 2 units in the busy hours, 1 in the quiet ones.
      const { run } = fleetHours(d(73_000_000), profile, d(50), 1, true);
      const month = savingsPlanMonth(run, d(0), d('0.1'));
      expect([month.coveredUnits.toFixed(), month.onDemandUnitHours.toFixed()]).toEqual(['2', '0']);
    });

    it('Fargate commits a task-hour at the plan rate of its vCPU and memory together', () => {
      // 2 tasks of 1 vCPU and 2 GB on arm64, steady: ($0.03238 + 2 × $0.00356) × 0.81 = $0.031995 a task-hour;
      // the floor, 2 tasks, all month: 730 × 2 × $0.031995 = $46.7127, as the discount on every hour gives when nothing varies.
      const fleet = fargate({ architecture: 'arm64', pricing: 'savings_plan_1yr', minTasks: 2, requestsPerSecondPerTask: d(250) });
      const cost = fargateCost(containers({ requestsPerMonth: d(10_000_000), fargate: fleet }), fleet, prices(), steady, 'test');
      expect(cost.lineItems.map((item) => item.id)).toEqual(['fargate.savings-plan-commitment']);
      expect(cost.exactUsd.toFixed()).toBe('46.7127');
    });
  });

  it('Fargate Spot takes the stated 70% off vCPU and memory', () => {
    const spot = fargate({ pricing: 'spot', minTasks: 1 });
    const cost = fargateCost(containers({ fargate: spot }), spot, prices(), steady, 'test');
    // 730 × ($0.04048 + 2 × $0.004445) × 0.3 = 730 × $0.04937 × 0.3
    expect(cost.exactUsd.toFixed()).toBe('10.81203');
  });

  it('load balancer capacity units follow the larger of connections and bytes', () => {
    // 36M a month steady = 13.70 a second: 0.548 LCU by connections (÷ 25); by bytes, 10 KB each,
    // 13.7 × 3,600 × 10 / 1,048,576 = 0.470 GB an hour. 0.548 × 730 = 400 LCU-hours.
    expect(lcuHours(d(36_000_000), steady, d(1), d(10)).toDecimalPlaces(6).toFixed()).toBe('400');
    // With 100 KB responses, bytes dominate: 4.70 GB an hour × 730 = 3,433.2 LCU-hours.
    expect(lcuHours(d(36_000_000), steady, d(1), d(100)).toDecimalPlaces(1).toFixed()).toBe('3433.2');
  });

  it("an internet-facing load balancer's public IPv4 addresses are billed from 2024-02-01, one per Availability Zone", () => {
    const fleet = fargate({ minTasks: 1 });
    const alb = (publicAddresses: number) => ({ type: 'alb' as const, newConnectionsPerRequest: d(1), processedKbPerRequest: d(10), publicAddresses });
    const lines = (publicAddresses: number, table = prices()) =>
      fargateCost(containers({ fargate: fleet, loadBalancer: alb(publicAddresses) }), fleet, table, steady, 'test').lineItems;
    // Two zones, all month: 2 × 730 = 1,460 address-hours × $0.005 = $7.30.
    expect(lines(2).find((item) => item.id === 'load-balancer.public-ipv4')).toMatchObject({ unit: 'address-hours' });
    expect(
      lines(2)
        .find((item) => item.id === 'load-balancer.public-ipv4')!
        .quantity.toFixed(),
    ).toBe('1460');
    expect(cents(lines(2), 'load-balancer.public-ipv4')).toBe('7.30');
    // Three zones: 3 × 730 × $0.005 = $10.95.
    expect(cents(lines(3), 'load-balancer.public-ipv4')).toBe('10.95');
    // Internal (no public address), and a table from before the charge: no line at all.
    expect(lines(0).map((item) => item.id)).not.toContain('load-balancer.public-ipv4');
    expect(lines(2, book('aws-2022-08-01').regions['us-east-1']!).map((item) => item.id)).not.toContain('load-balancer.public-ipv4');
  });

  it("growing-api on Fargate: $82.29 with the load balancer's two addresses, not $74.99", () => {
    // Tasks $57.67 + ALB 730 h × $0.0225 = $16.43 + 111.1111 LCU-hours × $0.008 = $0.89 + 1,460 address-hours × $0.005 = $7.30.
    const priced = estimate(scenarioOf(readFileSync('scenarios/growing-api.yaml', 'utf8'), 'scenarios/growing-api.yaml'), book());
    const fargatePlatform = priced.platforms.find((platform) => platform.id === 'fargate')!;
    expect(fargatePlatform.monthlyUsd.toFixed(2)).toBe('82.29');
    expect(cents(fargatePlatform.lineItems, 'load-balancer.public-ipv4')).toBe('7.30');
  });

  it('an instance type the table does not price is an error naming the ones it does', () => {
    const fleet = {
      instanceType: 'c9.huge',
      requestsPerSecondPerInstance: d(1),
      minInstances: 1,
      pricing: 'on_demand' as const,
      discountPct: null,
      commitmentUsdPerHour: null,
      publicIpv4: false,
    };
    expect(() => ec2Cost(containers({ ec2: fleet }), fleet, prices(), steady, 'test')).toThrow(/no price for EC2 instance type c9\.huge; it prices .*c6g\.xlarge/);
  });

  it('public IPv4 addresses cost nothing before 2024-02-01 and $0.005 an hour after', () => {
    const fleet = {
      instanceType: 't3.micro',
      requestsPerSecondPerInstance: d(1),
      minInstances: 1,
      pricing: 'on_demand' as const,
      discountPct: null,
      commitmentUsdPerHour: null,
      publicIpv4: true,
    };
    const before = ec2Cost(containers({ ec2: fleet }), fleet, book('aws-2022-08-01').regions['us-east-1']!, steady, 'test');
    const after = ec2Cost(containers({ ec2: fleet }), fleet, prices(), steady, 'test');
    expect(cents(before.lineItems, 'ec2.public-ipv4')).toBe('0.00');
    expect(cents(after.lineItems, 'ec2.public-ipv4')).toBe('3.65');
  });
});

describe("the source documents' image-resizing API, EC2 against Lambda", () => {
  it('re-derived: 1,378 instance-hours of t3.small, $28.66, against the document’s $27.60', () => {
    // 3 event days at 100× a normal day: 72 hours of weight 100, 658 of weight 1 (total 7,858).
    // An event hour: 327,000 × 100 / 7,858 = 4,161.4 requests = 1.156 a second; at 0.12 each, 10 instances.
    // A normal hour: 41.6 requests, 1 instance. 72 × 10 + 658 × 1 = 1,378 × $0.0208 = $28.6624.
    // The document: $0.023 × 24 × 30 = $16.56, plus "$11.04 extra" for the event days: $27.60, over 720 hours.
    const result = estimate(
      scenario({
        traffic: { pattern: 'spiky', eventDays: 3, eventMultiplier: d(100) },
        trafficRequests: d(327_000),
        functions: [fn({ memoryMb: 512, durationMs: 200, requestsPerMonth: 327_000 })],
        containers: containers({
          requestsPerMonth: d(327_000),
          ec2: {
            instanceType: 't3.small',
            requestsPerSecondPerInstance: d('0.12'),
            minInstances: 1,
            pricing: 'on_demand',
            discountPct: null,
            commitmentUsdPerHour: null,
            publicIpv4: false,
          },
        }),
      }),
      book(),
    );
    const ec2 = result.platforms.find((platform) => platform.fleet)!;
    expect(ec2.fleet!.unitHours.toFixed()).toBe('1378');
    expect(ec2.fleet!.peak).toBe(10);
    expect(ec2.monthlyUsd.toFixed(2)).toBe('28.66');
    expect(result.platforms[0]!.monthlyUsd.toFixed(2)).toBe('0.00');
    expect(result.cheapest).toBe('serverless');
  });
});
