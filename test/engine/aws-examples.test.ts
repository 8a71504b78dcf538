// The official AWS worked examples, reproduced to the cent. Each names its
// source; the figures are the page's own (see the README for the pages).
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Estimate } from '../../src/providers/aws/types.js';
import { book, d, fn, RAISED_LIMIT, scenario } from '../helpers/build.js';

/** Lambda's own subtotal: these figures price Lambda alone, and the functions' logs are a service of their own (lambda-logs). */
const lambdaOnly = (result: Estimate) => result.platforms[0]!.services.find((service) => service.id === 'lambda')!;

function cents(result: Estimate, id: string): string {
  const item = result.platforms[0]!.lineItems.find((line) => line.id === id);
  if (!item) throw new Error(`no line item ${id} in ${result.platforms[0]!.lineItems.map((l) => l.id).join(', ')}`);
  return item.monthlyUsd.toFixed(2);
}

describe('AWS Lambda pricing page, https://aws.amazon.com/lambda/pricing/ (us-east-1)', () => {
  it('example 1, mobile application backend: 3M requests × 120 ms at 1536 MB costs $2.73', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 1536, durationMs: 120, requestsPerMonth: 3_000_000 })] }), book());
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('2.33');
    expect(cents(result, 'lambda.requests')).toBe('0.40');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('2.73');
    expect(result.functions[0]!.onDemandGbSeconds.toFixed()).toBe('540000');
  });

  it('example 2, streaming telemetry without the free tier: 7.44M requests × 2 s at 1024 MB costs $249.49', () => {
    const result = estimate(scenario({ freeTier: false, functions: [fn({ memoryMb: 1024, durationMs: 2000, requestsPerMonth: 10_000 * 24 * 31 })] }), book());
    expect(cents(result, 'lambda.requests')).toBe('1.49');
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('248.00');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('249.49');
  });

  it('example 3, ticket ML with 2048 MB ephemeral storage: 6M × 280 ms at 4096 MB costs $106.41', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 4096, durationMs: 280, requestsPerMonth: 6_000_000, ephemeralStorageMb: 2048 })] }), book());
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('105.33');
    expect(cents(result, 'lambda.requests')).toBe('1.00');
    expect(cents(result, 'lambda.ephemeral-storage')).toBe('0.08');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('106.41');
  });

  it('provisioned concurrency example 1, mobile app launch: PC 100 for 8 h costs $19.96', () => {
    // 500,000 of the 3M requests run on the provisioned environments at 100 ms; the other 2.5M at 120 ms on demand.
    const result = estimate(
      scenario({
        functions: [
          fn({
            memoryMb: 1536,
            durationMs: 120,
            requestsPerMonth: 3_000_000,
            provisioned: { count: 100, hoursPerMonth: 8, requestsPerMonth: d(500_000), durationMs: d(100) },
          }),
        ],
      }),
      book(),
    );
    expect(cents(result, 'lambda.provisioned-concurrency.x86_64')).toBe('18.00');
    expect(cents(result, 'lambda.requests')).toBe('0.40');
    expect(cents(result, 'lambda.provisioned-duration.x86_64')).toBe('0.73');
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('0.83');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('19.96');
  });

  it('provisioned concurrency example 2, Cyber Monday NLP: PC 7 for 24 h serving 2M × 280 ms costs $32.26', () => {
    const result = estimate(
      scenario({
        freeTier: false,
        functions: [
          fn({
            memoryMb: 4096,
            durationMs: 280,
            requestsPerMonth: 2_000_000,
            provisioned: { count: 7, hoursPerMonth: 24, requestsPerMonth: d(2_000_000), durationMs: null },
          }),
        ],
      }),
      book(),
    );
    expect(cents(result, 'lambda.provisioned-concurrency.x86_64')).toBe('10.08');
    expect(cents(result, 'lambda.provisioned-duration.x86_64')).toBe('21.78');
    expect(cents(result, 'lambda.requests')).toBe('0.40');
    expect(result.platforms[0]!.lineItems.map((line) => line.id)).not.toContain('lambda.duration.x86_64.tier-1');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('32.26');
  });

  it('Lambda@Edge example: 10M executions × 10 ms at 128 MB costs $0.63 of compute and $6.00 of requests, $6.63', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 128, durationMs: 10, requestsPerMonth: 10_000_000, edge: 'any' })] }), book());
    expect(cents(result, 'lambda.edge.duration')).toBe('0.63');
    expect(cents(result, 'lambda.edge.requests')).toBe('6.00');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('6.63');
  });
});

describe('AWS Lambda pricing page before December 2020 (100 ms billing), with pricing aws-2020-03-12', () => {
  it('example 2: 30M executions × 200 ms at 128 MB costs $11.63', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 128, durationMs: 200, requestsPerMonth: 30_000_000 })] }), book('aws-2020-03-12'));
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('5.83');
    expect(cents(result, 'lambda.requests')).toBe('5.80');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('11.63');
  });

  it('example 1 comes to $18.73 with the exact rate; the page printed $18.74 from its rate rounded to $0.00001667', () => {
    const result = estimate(scenario({ functions: [fn({ memoryMb: 512, durationMs: 1000, requestsPerMonth: 3_000_000 })] }), book('aws-2020-03-12'));
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('18.33');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('18.73');
  });

  it('memory came in 64 MB steps: 1,000 MB is refused with the sizes around it, 1,024 MB priced; from 2020-12-01 any MB', () => {
    const at = (memoryMb: number, id: string) => () => estimate(scenario({ functions: [fn({ name: 'f', memoryMb, durationMs: 100, requestsPerMonth: 1000 })] }), book(id));
    expect(at(1000, 'aws-2020-03-12')).toThrow(/has memory in steps of 64 MB, which function f \(1,000 MB; the nearest were 960 and 1,024 MB\) is not/);
    expect(at(1024, 'aws-2020-03-12')).not.toThrow();
    expect(at(3008, 'aws-2020-03-12')).not.toThrow();
    expect(at(1000, 'aws-2020-12-01')).not.toThrow();
  });
});

describe('AWS News Blog, "New for AWS Lambda – 1ms Billing Granularity" (2020-12-01)', () => {
  // 60M invocations of 28 ms at 1024 MB, free tier ignored: 100 ms rounding bills
  // 6,000,000 GB-s ($100.00), 1 ms billing bills 1,680,000 GB-s ($28.00); requests $12.
  const workload = scenario({ freeTier: false, functions: [fn({ memoryMb: 1024, durationMs: 28, requestsPerMonth: 60_000_000 })] });
  it('costs $112.00 under 100 ms rounding (aws-2020-03-12)', () => {
    expect(lambdaOnly(estimate(workload, book('aws-2020-03-12'))).monthlyUsd.toFixed(2)).toBe('112.00');
  });
  it('costs $40.00 under 1 ms billing (aws-2020-12-01)', () => {
    expect(estimate(workload, book('aws-2020-12-01')).platforms[0]!.monthlyUsd.toFixed(2)).toBe('40.00');
  });
});

describe('AWS Compute Blog, "Introducing tiered pricing for AWS Lambda" (2022-08)', () => {
  it('75M invocations × 60 s at 2048 MB (9B GB-s) bill 6B GB-s at tier 1 and 3B at tier 2: $145,015.20 with requests', () => {
    // 75M × 60 s over a month is 1,712 executions at once: the blog's account has its concurrency limit raised past that.
    const result = estimate(
      scenario({ freeTier: false, settings: RAISED_LIMIT, functions: [fn({ memoryMb: 2048, durationMs: 60_000, requestsPerMonth: 75_000_000 })] }),
      book('aws-2022-08-01'),
    );
    // 6e9 × 0.0000166667 = 100,000.20; 3e9 × 0.000015 = 45,000.00; 75 × $0.20 = $15.00
    expect(cents(result, 'lambda.duration.x86_64.tier-1')).toBe('100000.20');
    expect(cents(result, 'lambda.duration.x86_64.tier-2')).toBe('45000.00');
    expect(lambdaOnly(result).monthlyUsd.toFixed(2)).toBe('145015.20');
    // The flat price before August 2022 would have been $150,000.30 for duration.
    const flat = estimate(
      scenario({ freeTier: false, settings: RAISED_LIMIT, functions: [fn({ memoryMb: 2048, durationMs: 60_000, requestsPerMonth: 75_000_000 })] }),
      book('aws-2022-03-24'),
    );
    expect(cents(flat, 'lambda.duration.x86_64.tier-1')).toBe('150000.30');
  });
});
