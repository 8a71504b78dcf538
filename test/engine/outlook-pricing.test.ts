// The exact outlook prices each month's bill at each distinct volume once: with
// certain requests, P10, P50 and P90 are one volume, and a month of 1,000
// functions unlike each other over 120 months was priced three times over (23 s
// of CPU where 8 s do).
import { describe, expect, it, vi } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { rangeEstimate } from '../../src/providers/aws/ranges.js';
import { atVolume } from '../../src/providers/aws/scale.js';
import * as platforms from '../../src/providers/aws/platforms.js';
import { book, scenarioOf } from '../helpers/build.js';

vi.mock('../../src/providers/aws/platforms.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/providers/aws/platforms.js')>();
  return { ...original, platformCosts: vi.fn(original.platformCosts) };
});

const growing = (requests: string) => `
name: Growing
traffic:
  requests_per_month: ${requests}
  growth_pct_per_month: 10
  months: 12
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
    - { name: worker, memory_mb: 1024, duration_ms: 900, requests_per_month: 300000, trigger: sqs }
`;

describe('the exact outlook', () => {
  it('prices a month with certain requests once, not once for each of P10, P50 and P90', () => {
    const scenario = scenarioOf(growing('10000000'));
    vi.mocked(platforms.platformCosts).mockClear();
    const ranges = rangeEstimate(scenario, book(scenario.pricingId))!;
    expect(ranges.method).toBe('exact');
    expect(ranges.outlook!.months).toHaveLength(12);
    expect(vi.mocked(platforms.platformCosts)).toHaveBeenCalledTimes(12);
    for (const month of ranges.outlook!.months) {
      for (const platform of month.platforms) expect([platform.percentiles.p10, platform.percentiles.p90]).toEqual([platform.percentiles.p50, platform.percentiles.p50]);
    }
  });

  it('prices a month of ranged requests at each of its three volumes', () => {
    const scenario = scenarioOf(growing('{ p10: 5000000, p50: 10000000, p90: 40000000 }'));
    vi.mocked(platforms.platformCosts).mockClear();
    const ranges = rangeEstimate(scenario, book(scenario.pricingId))!;
    expect(ranges.method).toBe('exact');
    expect(vi.mocked(platforms.platformCosts)).toHaveBeenCalledTimes(36);
  });

  it('prices at most 20,000 entries line by line, and reads the months past them off the curves, to within a few cents, with a warning', () => {
    // 200 functions over 120 months: 24,000 entries; months 1 to 100 take 20,000, months 101 to 120 are read off the curves.
    const functions = Array.from({ length: 200 }, (_, index) => `    - { name: f${index}, memory_mb: 512, duration_ms: 200, requests_per_month: 50000 }`).join('\n');
    const scenario = scenarioOf(`name: Many\ntraffic:\n  requests_per_month: 10000000\n  growth_pct_per_month: 2\n  months: 120\nlambda:\n  functions:\n${functions}\n`);
    const prices = book(scenario.pricingId);
    vi.mocked(platforms.platformCosts).mockClear();
    const ranges = rangeEstimate(scenario, prices)!;
    expect(vi.mocked(platforms.platformCosts)).toHaveBeenCalledTimes(100);
    const { monthsOffCurves, outlook } = ranges as typeof ranges & { monthsOffCurves: unknown };
    expect(monthsOffCurves).toEqual({ from: 101, months: 120, entries: 200 });
    const region = platforms.regionOf(scenario, prices);
    for (const month of [outlook!.months[100]!, outlook!.months[119]!]) {
      const priced = platforms.platformCosts(atVolume(scenario, month.requests.p50), region.prices, platforms.monthOf(scenario, region.where));
      expect(month.platforms.map((platform) => platform.platform)).toEqual(priced.map((platform) => platform.id));
      month.platforms.forEach((platform, at) => expect(platform.percentiles.p50.minus(priced[at]!.monthlyUsd).abs().lessThanOrEqualTo(new Decimal('0.05'))).toBe(true));
    }
    const warning = estimate(scenario, prices).warnings.find((each) => each.id === 'outlook_off_curves');
    expect(warning?.message).toBe(
      "the outlook's months 101 to 120 are read off the break-even curves, each platform's bill before its line items are rounded to the cent (so within a few cents of an estimate of that month's requests): each month priced line by line is all 200 functions and services' entries again; give fewer months for each priced line by line",
    );
  });
});
