// The exact outlook prices each month's bill at each distinct volume once: with
// certain requests, P10, P50 and P90 are one volume, and a month of 1,000
// functions unlike each other over 120 months was priced three times over (23 s
// of CPU where 8 s do).
import { describe, expect, it, vi } from 'vitest';
import { rangeEstimate } from '../../src/providers/aws/ranges.js';
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
});
