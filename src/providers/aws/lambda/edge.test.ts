import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.js';
import { book, fn, scenario, scenarioError, scenarioOf } from '../../../../test/helpers/build.js';
import type { Estimate } from '../types.js';

const lines = (result: Estimate, platform = 0) => Object.fromEntries(result.platforms[platform]!.lineItems.map((item) => [item.id, item.monthlyUsd.toFixed(2)]));

describe('Lambda@Edge, https://aws.amazon.com/lambda/pricing/ (its Lambda@Edge example)', () => {
  it('EDGE-EX1: 10M executions of 10 ms at 128 MB cost $0.63 of compute and $6.00 of requests, $6.63 a month', () => {
    // 10M × 0.01 s = 100,000 s × 128/1024 GB = 12,500 GB-s × $0.00005001 = $0.625125 → $0.63; 10M × $0.60/M = $6.00.
    const result = estimate(scenario({ functions: [fn({ memoryMb: 128, durationMs: 10, requestsPerMonth: 10_000_000, edge: 'any' })] }), book());
    expect(lines(result)).toEqual({ 'lambda.edge.requests': '6.00', 'lambda.edge.duration': '0.63', 'lambda-logs.ingestion.tier-1': '0.00', 'lambda-logs.storage': '0.00' });
    const lambda = result.platforms[0]!.services.find((service) => service.id === 'lambda')!;
    expect(lambda.monthlyUsd.toFixed(2)).toBe('6.63');
    const duration = result.platforms[0]!.lineItems.find((item) => item.id === 'lambda.edge.duration')!;
    expect(duration.quantity.toFixed()).toBe('12500');
    expect(duration.exactUsd.toFixed()).toBe('0.625125');
    expect(duration.basis?.free.isZero()).toBe(true);
  });

  it('gives the free pool to the regional function only', () => {
    // Regional api: 3M × 200 ms × 512/1024 GB = 300,000 GB-s, all inside the free 400,000 → $0.00;
    //   3M requests − the free 1M = 2M × $0.20/M = $0.40.
    // Edge rewrite: 10M requests × $0.60/M = $6.00 and 12,500 GB-s × $0.00005001 = $0.63, none of it free, though the
    //   pool has 100,000 GB-s left: had the pool been shared, its duration would have been free.
    // Lambda: $0.40 + $0.00 + $6.00 + $0.63 = $7.03.
    const result = estimate(
      scenario({
        freeTier: true,
        functions: [
          fn({ name: 'api', memoryMb: 512, durationMs: 200, requestsPerMonth: 3_000_000 }),
          fn({ name: 'rewrite', memoryMb: 128, durationMs: 10, requestsPerMonth: 10_000_000, edge: 'viewer' }),
        ],
      }),
      book(),
    );
    const items = result.platforms[0]!.lineItems;
    const regionalRequests = items.find((item) => item.id === 'lambda.requests')!;
    expect(regionalRequests.basis!.used.toFixed()).toBe('3000000');
    expect(regionalRequests.basis!.free.toFixed()).toBe('1000000');
    const regionalDuration = items.find((item) => item.id === 'lambda.duration.x86_64.tier-1')!;
    expect(regionalDuration.basis!.used.toFixed()).toBe('300000');
    expect(regionalDuration.basis!.free.toFixed()).toBe('300000');
    expect(lines(result)).toMatchObject({
      'lambda.requests': '0.40',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.edge.requests': '6.00',
      'lambda.edge.duration': '0.63',
    });
    expect(result.platforms[0]!.services.find((service) => service.id === 'lambda')!.monthlyUsd.toFixed(2)).toBe('7.03');
  });

  it('says its worst month is bounded one Region at a time: a Lambda@Edge function runs in each Region CloudFront sends it to', () => {
    const warnings = (edge: 'viewer' | undefined) =>
      estimate(scenario({ functions: [fn({ name: 'rewrite', memoryMb: 128, durationMs: 10, requestsPerMonth: 10_000_000, ...(edge ? { edge } : {}) })] }), book())
        .warnings.filter((warning) => warning.id === 'cost_bomb')
        .map((warning) => warning.message);
    const [edgeBomb] = warnings('viewer');
    expect(edgeBomb).toMatch(/^if CloudFront invoked function rewrite up to the account's concurrency limit of 1,000 all month/);
    expect(edgeBomb).toMatch(
      /\(Lambda@Edge runs in each Region CloudFront sends it to, each with a concurrency limit of its own, so the worst month across Regions may be higher\)$/,
    );
    const [regionalBomb, ...more] = warnings(undefined);
    expect(more).toEqual([]);
    // The same function without CloudFront in front, and no trigger: nothing the scenario says invokes it.
    expect(regionalBomb).toMatch(/^if anything invoked function rewrite up to the account's concurrency limit of 1,000 all month/);
    expect(regionalBomb).not.toContain('Lambda@Edge');
  });

  it('is refused by a table that does not price it, naming the function', () => {
    const workload = scenario({ functions: [fn({ name: 'rewrite', durationMs: 10, requestsPerMonth: 10, edge: 'any' })] });
    expect(() => estimate(workload, book('aws-2022-08-01'))).toThrow(/has no Lambda@Edge price, which function rewrite needs; choose a newer pricing version/);
    expect(() => estimate(workload, book('aws-2024-02-01'))).not.toThrow();
  });

  it('is priced alike by every table from aws-2024-02-01 on, in every region', () => {
    for (const id of ['aws-2024-02-01', 'aws-2024-09-06', 'aws-2024-11-01', 'aws-2025-05-01', 'aws-2025-08-01', 'aws-2025-10-08']) {
      for (const [region, prices] of Object.entries(book(id).regions)) {
        if (!prices.lambda) continue;
        expect([region, prices.lambda.edge?.requestsPerMillionUsd.toFixed(), prices.lambda.edge?.durationPerGbSecond.toFixed()]).toEqual([region, '0.6', '0.00005001']);
      }
    }
  });

  it('stays beside a container fleet, with its logs, as it is on the serverless side, and moves no crossover', () => {
    // Without the free tiers, the Lambda@Edge function and its logs add the same line to either side at every volume.
    const text = (edge: string) =>
      `name: t\nfree_tier: false\ntraffic: { requests_per_month: 5000000 }\napi_gateway: { type: http }\nlambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 100 }\n${edge}containers:\n  fargate: { vcpu: 0.25, memory_gb: 0.5, requests_per_second_per_task: 50 }\n`;
    const withEdge = estimate(scenarioOf(text('    - { name: rewrite, memory_mb: 128, duration_ms: 10, edge: viewer }\n')), book());
    const without = estimate(scenarioOf(text('')), book());
    const fargate = withEdge.platforms.findIndex((platform) => platform.id === 'fargate');
    expect(lines(withEdge, fargate)).toMatchObject({ 'lambda.edge.requests': '3.00', 'lambda.edge.duration': '0.31' });
    expect(lines(withEdge, 0)).toMatchObject({ 'lambda.edge.requests': '3.00', 'lambda.edge.duration': '0.31' });
    // 5M invocations × 264 B = 1.32 GB ingested at $0.50 = $0.66, stored 1.32 × 0.15 × 12 = 2.376 GB-months at $0.03 = $0.07.
    expect(lines(withEdge, fargate)).toMatchObject({ 'lambda-logs.ingestion.tier-1': '0.66', 'lambda-logs.storage': '0.07' });
    expect(withEdge.platforms[fargate]!.monthlyUsd.minus(without.platforms[fargate]!.monthlyUsd).toFixed(2)).toBe('4.04');
    expect(withEdge.breakeven?.crossovers.length).toBe(1);
    const crossing = (result: Estimate) => result.breakeven?.crossovers.map((crossover) => crossover.requestsPerMonth.toFixed(0));
    expect(crossing(withEdge)).toEqual(crossing(without));
  });
});

describe('a scenario says a function runs as Lambda@Edge', () => {
  const head = 'name: t\nlambda:\n  functions:\n    - { name: rewrite, memory_mb: 128, duration_ms: 10, requests_per_month: 1000000';

  it('with edge: true, viewer or origin', () => {
    expect(scenarioOf(`${head}, edge: true }\n`).functions[0]!.edge).toBe('any');
    expect(scenarioOf(`${head}, edge: viewer }\n`).functions[0]!.edge).toBe('viewer');
    expect(scenarioOf(`${head}, edge: origin }\n`).functions[0]!.edge).toBe('origin');
    expect(scenarioOf(`${head} }\n`).functions[0]!.edge).toBeUndefined();
    expect(scenarioOf(`${head}, edge: false }\n`).functions[0]!.edge).toBeUndefined();
  });

  it('invoked by CloudFront, not by the scenario API', () => {
    const api =
      'name: t\ntraffic: { requests_per_month: 1000000 }\napi_gateway: { type: http }\nlambda:\n  functions:\n    - { name: rewrite, memory_mb: 128, duration_ms: 10, requests_per_month: 1000000, edge: true }\n';
    expect(scenarioOf(api).functions[0]!.trigger).toBeNull();
  });

  it('is refused where CloudFront would not run it at its edge, at the setting', () => {
    expect(scenarioError(`${head}, edge: true, architecture: arm64 }\n`)).toBe(
      'lambda.functions[0].architecture: Lambda@Edge runs x86_64 functions only, not arm64 (the function has edge: true)',
    );
    expect(scenarioError(`${head}, edge: viewer, package_type: image }\n`)).toBe(
      'lambda.functions[0].package_type: Lambda@Edge runs functions deployed as .zip archives only, not container images (the function has edge: viewer)',
    );
    expect(scenarioError(`${head}, edge: origin, vpc: true }\n`)).toBe(
      'lambda.functions[0].vpc: Lambda@Edge cannot reach resources inside a VPC: a function at the edge is configured with none (the function has edge: origin)',
    );
    expect(scenarioError(`${head}, edge: true, provisioned_concurrency: 2 }\n`)).toBe(
      'lambda.functions[0].provisioned_concurrency: Lambda@Edge has no provisioned concurrency: CloudFront runs a function on demand only (the function has edge: true)',
    );
    expect(scenarioError(`${head}, edge: origin, ephemeral_storage_mb: 1024 }\n`)).toBe(
      'lambda.functions[0].ephemeral_storage_mb: Lambda@Edge has 512 MB of ephemeral storage, not configurable; 1,024 MB cannot be set (the function has edge: origin)',
    );
    expect(scenarioError(`${head.replace('memory_mb: 128', 'memory_mb: 256')}, edge: viewer }\n`)).toBe(
      'lambda.functions[0].memory_mb: a viewer trigger has at most 128 MB of memory, not 256 MB (the function has edge: viewer)',
    );
    expect(scenarioError(`${head.replace('duration_ms: 10', 'duration_ms: 6000')}, edge: viewer }\n`)).toBe(
      'lambda.functions[0].duration_ms: a viewer trigger times out after 5 s, so an average run of 6,000 ms cannot be (the function has edge: viewer)',
    );
    expect(scenarioError(`${head.replace('duration_ms: 10', 'duration_ms: 31000')}, edge: true }\n`)).toBe(
      'lambda.functions[0].duration_ms: Lambda@Edge times out after 30 s, so an average run of 31,000 ms cannot be (the function has edge: true)',
    );
    expect(scenarioError(`${head}, edge: viewer, trigger: api }\n`)).toBe(
      'lambda.functions[0].trigger: a Lambda@Edge function is invoked by CloudFront, not by an API; leave trigger out (the function has edge: viewer)',
    );
    expect(scenarioError(`${head}, edge: true, trigger: eventbridge }\n`)).toBe(
      'lambda.functions[0].trigger: a Lambda@Edge function is invoked by CloudFront, not by its eventbridge trigger; leave trigger out (the function has edge: true)',
    );
    // An article chosen by the first letter read "a s3 trigger" and "a sqs trigger".
    expect(scenarioError(`${head}, edge: origin, trigger: s3 }\n`)).toBe(
      'lambda.functions[0].trigger: a Lambda@Edge function is invoked by CloudFront, not by its s3 trigger; leave trigger out (the function has edge: origin)',
    );
    // An origin trigger takes what a viewer trigger may not.
    expect(scenarioError(`${head.replace('memory_mb: 128', 'memory_mb: 3008').replace('duration_ms: 10', 'duration_ms: 6000')}, edge: origin }\n`)).toBe('no error');
  });
});
