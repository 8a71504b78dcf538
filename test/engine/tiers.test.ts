import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { tierBuckets } from '../../src/core/bands.js';
import type { Estimate } from '../../src/providers/aws/types.js';
import { book, d, fn, RAISED_LIMIT, scenario } from '../helpers/build.js';

/** Lambda's own subtotal: these figures price Lambda alone, and the functions' logs are a service of their own (lambda-logs). */
const lambdaOnly = (result: Estimate) => result.platforms[0]!.services.find((service) => service.id === 'lambda')!;

const amounts = (result: Estimate) =>
  Object.fromEntries(result.platforms[0]!.lineItems.filter((item) => item.service === 'lambda').map((item) => [item.id, item.quantity.toFixed()]));

/** A function whose month uses exactly `gbSeconds` of duration at 1024 MB: one request of gbSeconds × 1000 ms can exceed 900 s, so spread it over requests of 1 s. */
function usingGbSeconds(gbSeconds: number | string, architecture: 'x86_64' | 'arm64' = 'x86_64', name = 'fn') {
  return fn({ name, memoryMb: 1024, durationMs: 1000, requestsPerMonth: gbSeconds, architecture });
}

describe('tier buckets', () => {
  const tiers = [
    { upTo: d(10), usd: d(3) },
    { upTo: d(30), usd: d(2) },
    { upTo: null, usd: d(1) },
  ];
  it('puts usage below the first bound all in band 1', () => {
    expect(tierBuckets(d(9), d(0), tiers).map((b) => b.billedQuantity.toNumber())).toEqual([9]);
  });
  it('puts usage exactly at a bound all in the band below it', () => {
    expect(tierBuckets(d(10), d(0), tiers).map((b) => b.billedQuantity.toNumber())).toEqual([10]);
  });
  it('starts the next band one unit above the bound', () => {
    expect(tierBuckets(d(11), d(0), tiers).map((b) => b.billedQuantity.toNumber())).toEqual([10, 1]);
  });
  it('reaches the unbounded last band', () => {
    expect(tierBuckets(d(45), d(0), tiers).map((b) => b.billedQuantity.toNumber())).toEqual([10, 20, 15]);
  });
  it('takes free units off the bottom band first', () => {
    expect(tierBuckets(d(45), d(12), tiers).map((b) => b.billedQuantity.toNumber())).toEqual([0, 18, 15]);
  });
  it('bills nothing when the free units cover the usage, but still shows band 1', () => {
    const buckets = tierBuckets(d(5), d(8), tiers);
    expect(buckets).toHaveLength(1);
    expect(buckets[0]!.billedQuantity.toNumber()).toBe(0);
    expect(buckets[0]!.usedQuantity.toNumber()).toBe(5);
  });
});

describe('Lambda duration tiers at their bounds (no free tier)', () => {
  const cases: Array<[string, 'x86_64' | 'arm64', string, Record<string, string>]> = [
    ['x86_64 just below 6B', 'x86_64', '5999999999', { 'lambda.duration.x86_64.tier-1': '5999999999' }],
    ['x86_64 exactly at 6B', 'x86_64', '6000000000', { 'lambda.duration.x86_64.tier-1': '6000000000' }],
    ['x86_64 just above 6B', 'x86_64', '6000000001', { 'lambda.duration.x86_64.tier-1': '6000000000', 'lambda.duration.x86_64.tier-2': '1' }],
    ['x86_64 exactly at 15B', 'x86_64', '15000000000', { 'lambda.duration.x86_64.tier-1': '6000000000', 'lambda.duration.x86_64.tier-2': '9000000000' }],
    [
      'x86_64 just above 15B',
      'x86_64',
      '15000000001',
      { 'lambda.duration.x86_64.tier-1': '6000000000', 'lambda.duration.x86_64.tier-2': '9000000000', 'lambda.duration.x86_64.tier-3': '1' },
    ],
    ['arm64 just below 7.5B', 'arm64', '7499999999', { 'lambda.duration.arm64.tier-1': '7499999999' }],
    ['arm64 exactly at 7.5B', 'arm64', '7500000000', { 'lambda.duration.arm64.tier-1': '7500000000' }],
    ['arm64 just above 7.5B', 'arm64', '7500000001', { 'lambda.duration.arm64.tier-1': '7500000000', 'lambda.duration.arm64.tier-2': '1' }],
    ['arm64 exactly at 18.75B', 'arm64', '18750000000', { 'lambda.duration.arm64.tier-1': '7500000000', 'lambda.duration.arm64.tier-2': '11250000000' }],
    [
      'arm64 just above 18.75B',
      'arm64',
      '18750000001',
      { 'lambda.duration.arm64.tier-1': '7500000000', 'lambda.duration.arm64.tier-2': '11250000000', 'lambda.duration.arm64.tier-3': '1' },
    ],
  ];
  it.each(cases)('%s', (_name, architecture, gbSeconds, expected) => {
    // Billions of GB-seconds a month are thousands of executions at once: an account with its limit raised, so that none is throttled.
    const result = estimate(scenario({ freeTier: false, settings: RAISED_LIMIT, functions: [usingGbSeconds(gbSeconds, architecture)] }), book());
    const { 'lambda.requests': _requests, ...duration } = amounts(result);
    expect(duration).toEqual(expected);
  });

  it('prices one GB-second above 15B x86_64 at the third band, $0.0000133334', () => {
    const below = estimate(scenario({ freeTier: false, settings: RAISED_LIMIT, functions: [usingGbSeconds('15000000000')] }), book());
    const above = estimate(scenario({ freeTier: false, settings: RAISED_LIMIT, functions: [usingGbSeconds('15000000001')] }), book());
    // One more request of 1 s at 1 GB: $0.0000002 for the request and $0.0000133334 for the GB-second.
    expect(lambdaOnly(above).exactUsd.minus(lambdaOnly(below).exactUsd).toFixed()).toBe('0.0000135334');
  });
});

describe('the free tier', () => {
  const requestsLine = (result: Estimate) => result.platforms[0]!.lineItems.find((item) => item.id === 'lambda.requests')!;
  const durationLine = (result: Estimate, arch = 'x86_64') => result.platforms[0]!.lineItems.find((item) => item.id === `lambda.duration.${arch}.tier-1`)!;

  it('under it: 999,999 requests of 400 ms at 1 GB (399,999.6 GB-s) cost nothing', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 1024, durationMs: 400, requestsPerMonth: 999_999 })] }), book());
    expect(requestsLine(result).quantity.toFixed()).toBe('0');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('0.00');
  });

  it('at it: exactly 1M requests and 400,000 GB-s cost nothing', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 1024, durationMs: 400, requestsPerMonth: 1_000_000 })] }), book());
    expect(requestsLine(result).quantity.toFixed()).toBe('0');
    expect(durationLine(result).quantity.toFixed()).toBe('0');
    expect(lambdaOnly(result).exactUsd.toFixed()).toBe('0');
  });

  it('over it: 1,000,001 requests of 400 ms at 1 GB bill one request and 0.4 GB-s', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 1024, durationMs: 400, requestsPerMonth: 1_000_001 })] }), book());
    expect(requestsLine(result).quantity.toFixed()).toBe('0.000001');
    expect(durationLine(result).quantity.toFixed()).toBe('0.4');
  });

  it('is one pool for two functions: 600,000 requests each bill 200,000', () => {
    const result = estimate(
      scenario({
        functions: [fn({ name: 'a', memoryMb: 128, durationMs: 10, requestsPerMonth: 600_000 }), fn({ name: 'b', memoryMb: 128, durationMs: 10, requestsPerMonth: 600_000 })],
      }),
      book(),
    );
    expect(requestsLine(result).quantity.toFixed()).toBe('0.2');
  });

  it('is one pool for both architectures, covering x86_64 GB-seconds first', () => {
    // x86_64 uses 300,000 GB-s and arm64 300,000: the pool of 400,000 covers all of x86_64 and 100,000 of arm64.
    const result = estimate(scenario({ functions: [usingGbSeconds(300_000, 'x86_64', 'x'), usingGbSeconds(300_000, 'arm64', 'a')] }), book());
    expect(durationLine(result, 'x86_64').quantity.toFixed()).toBe('0');
    expect(durationLine(result, 'arm64').quantity.toFixed()).toBe('200000');
    expect(durationLine(result, 'arm64').basis?.free.toFixed()).toBe('100000');
    // 200,000 × $0.0000133334 = $2.66668; requests 600,000 − 1M free = 0.
    expect(lambdaOnly(result).exactUsd.toFixed()).toBe('2.66668');
  });

  it('can be switched off', () => {
    const result = estimate(scenario({ freeTier: false, functions: [fn({ memoryMb: 1024, durationMs: 400, requestsPerMonth: 1_000_000 })] }), book());
    // 1M × $0.20/M + 400,000 GB-s × $0.0000166667
    expect(lambdaOnly(result).exactUsd.toFixed()).toBe('6.86668');
  });
});
