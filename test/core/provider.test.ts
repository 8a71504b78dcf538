// The core prices any provider's platforms from their services' declarations.
// A made-up provider with one metered service and one fleet shows what a new
// service gets by declaring its line items, bends and fleet, and nothing else.
import { describe, expect, it } from 'vitest';
import { pricePlatform } from '../../src/core/estimate.js';
import { lineItem } from '../../src/core/line-item.js';
import { Decimal, ZERO } from '../../src/core/money.js';
import type { Month, Platform, PricedService } from '../../src/core/service.js';
import { bendsOf, continuousCurve, costAt, fleetCurve, findCrossovers } from '../../src/core/solver.js';
import { monthProfile } from '../../src/core/traffic.js';

interface Usage {
  readonly queries: Decimal;
}
interface Prices {
  readonly perQueryUsd: Decimal;
  readonly freeQueries: Decimal;
  readonly instanceHourUsd: Decimal;
}

// Queries: the first 1,000,000 a month free, then $0.001 each.
const queries: PricedService<Usage, Prices> = {
  id: 'queries',
  label: 'Queries',
  lineItems: (usage, prices) => [
    lineItem({ id: 'queries', label: 'Queries', quantity: Decimal.max(ZERO, usage.queries.minus(prices.freeQueries)), unit: 'queries', unitPriceUsd: prices.perQueryUsd }),
  ],
  scale: (usage, scaled) => ({ queries: scaled(usage.queries) }),
  meters: (_usage, prices) => [{ quantity: (scaled) => scaled.queries, thresholds: [prices.freeQueries] }],
};

// A fleet of one instance per 10 queries a second, $0.10 an instance-hour, at least one.
const servers: PricedService<Usage, Prices> = {
  id: 'servers',
  label: 'Servers',
  lineItems: (usage, prices, month) => {
    const perSecond = usage.queries.dividedBy(730 * 3600);
    const count = Decimal.max(1, perSecond.dividedBy(10).ceil());
    void month;
    return [lineItem({ id: 'servers', label: 'Servers', quantity: count.times(730), unit: 'instance-hours', unitPriceUsd: prices.instanceHourUsd })];
  },
  scale: () => ({}),
  fleet: (usage) => ({
    label: 'Servers',
    unit: 'instance',
    description: 'one size',
    requestsPerMonth: usage.queries,
    capacityPerSecond: new Decimal(10),
    minimum: 1,
    autoscaling: true,
  }),
};

const prices: Prices = { perQueryUsd: new Decimal('0.001'), freeQueries: new Decimal(1_000_000), instanceHourUsd: new Decimal('0.1') };
const month: Month = { profile: monthProfile({ pattern: 'steady' }), where: 'test' };
const usage: Usage = { queries: new Decimal(2_000_000) };
const payPerUse: Platform<Usage, Prices> = { id: 'pay-per-use', label: 'Pay per use', services: [queries], present: () => true };
const fleet: Platform<Usage, Prices> = { id: 'fleet', label: 'Fleet', services: [servers], present: () => true };
const at = (requests: Decimal): Usage => ({ queries: requests });

describe('a provider the core has never seen', () => {
  it('prices a platform as the sum of its services', () => {
    // (2,000,000 − 1,000,000) × $0.001 = $1,000
    expect(pricePlatform(payPerUse, usage, prices, month).monthlyUsd.toFixed(2)).toBe('1000.00');
    // 2,000,000 queries ÷ 2,628,000 s < 10 a second: one instance, 730 h × $0.10 = $73
    const priced = pricePlatform(fleet, usage, prices, month);
    expect(priced.monthlyUsd.toFixed(2)).toBe('73.00');
    expect(priced.fleet).toMatchObject({ unit: 'instance', peak: 1, lowest: 1 });
  });

  it('finds the bend a service declares, and the crossing past it', () => {
    const from = new Decimal(1);
    const to = new Decimal(100_000_000);
    const bends = bendsOf([], queries.meters!(usage, prices, month), from, to, at);
    expect(bends.map((bend) => bend.toFixed())).toContain('1000000');
    const costOf = (platform: Platform<Usage, Prices>) => (requests: Decimal) => pricePlatform(platform, at(requests), prices, month).exactUsd;
    const curve = continuousCurve('pay-per-use', bends, from, to, costOf(payPerUse));
    expect(costAt(curve, new Decimal(1_000_000)).toFixed()).toBe('0');
    expect(costAt(curve, new Decimal(1_500_000)).toFixed()).toBe('500');
    const steps = fleetCurve('fleet', servers.fleet!(usage, prices, month), month.profile, usage.queries, from, to, costOf(fleet));
    // $73 = (R − 1,000,000) × $0.001 at R = 1,073,000
    const [crossing] = findCrossovers([curve, steps]);
    expect(crossing).toMatchObject({ cheaperAbove: 'fleet' });
    expect(crossing!.requestsPerMonth.toFixed()).toBe('1073000');
  });

  it('refuses a range whose bends times the functions priced at each pass the bound, before pricing any: 1,000 functions took 200 s', () => {
    const from = new Decimal(1);
    const to = new Decimal(100_000_000);
    // 99 kinks inside the range and its two ends: 101 volumes.
    const kinks = Array.from({ length: 99 }, (_, i) => new Decimal((i + 1) * 1000));
    let priced = 0;
    const counted = (requests: Decimal) => {
      priced += 1;
      return at(requests);
    };
    const meters = queries.meters!(usage, prices, month);
    expect(() => bendsOf(kinks, meters, from, to, counted, { functions: 100, bill: 'made-up bill' })).toThrow(
      'between 1 and 100,000,000 requests a month the made-up bill bends at 101 volumes, each pricing its 100 functions again: 10,100 functions to price, more than 10,000',
    );
    expect(priced).toBe(0);
    // 99 functions are within it; with no functions named, there is no bound.
    expect(bendsOf(kinks, meters, from, to, at, { functions: 99, bill: 'made-up bill' }).length).toBeGreaterThan(100);
    expect(bendsOf(kinks, meters, from, to, at).length).toBeGreaterThan(100);
  });

  it('steps a fleet of more units than a double holds in decimals: a capacity of 1e-310 a second ran a loop without end', () => {
    const tiny = { ...servers.fleet!(usage, prices, month), capacityPerSecond: new Decimal('1e-310') };
    const costOf = (requests: Decimal) => requests;
    // Up to 1e10 requests at 1e-310 a second each: ~1e316 instances, too many steps to take.
    expect(() => fleetCurve('fleet', tiny, month.profile, usage.queries, new Decimal(1), new Decimal(1e10), costOf)).toThrow(/changes size more than 50,000 times/);
    // From 1e20 instances' worth of requests to three more: past 2^53, where a count in a double no longer moved.
    const step = tiny.capacityPerSecond.times(730 * 3600);
    const from = step.times('1e20').plus(step.dividedBy(2));
    const to = from.plus(step.times(3));
    const curve = fleetCurve('fleet', tiny, month.profile, usage.queries, from, to, costOf);
    expect(curve.pieces.length).toBeGreaterThan(1);
    expect(curve.pieces.length).toBeLessThan(10);
  });

  it('without the declared threshold, the fitted line misses the bill: declaring bends is what makes the solver exact', () => {
    const from = new Decimal(1);
    const to = new Decimal(100_000_000);
    const blind = continuousCurve('pay-per-use', [], from, to, (requests) => pricePlatform(payPerUse, at(requests), prices, month).exactUsd);
    expect(costAt(blind, new Decimal(1_500_000)).toFixed()).not.toBe('500');
  });
});
