// S3 Standard: the Price List's figures as Infracost's test froze them, bands
// over all buckets together, requests per 1,000, and the section read from a
// scenario file and from a template.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PricingError } from '../../../core/errors.js';
import { sum } from '../../../core/money.js';
import { monthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { fixedQuantity } from '../../../core/usage.js';
import { scenarioFromYaml } from '../../../load/load-scenario.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { estimate } from '../estimate.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { book, d, scenario, servicesFromYaml, expectLineItemsAddUp } from '../../../../test/helpers/build.js';
import { s3 } from './index.js';
import { s3LineItems } from './line-items.js';
import type { Bucket } from './types.js';

const prices = (id: string | null = null) => book(id).regions['us-east-1']!;
const bucket = (fields: Partial<Bucket> & { name?: string }): Bucket => ({
  name: 'b',
  storageGb: d(0),
  putRequests: fixedQuantity(0),
  getRequests: fixedQuantity(0),
  ...fields,
});
const usd = (items: readonly { id: string; monthlyUsd: { toFixed(n: number): string } }[], id: string) => items.find((item) => item.id === id)?.monthlyUsd.toFixed(2);
const total = (items: readonly LineItem[]) => sum(items.map((item) => item.monthlyUsd)).toFixed(2);
const priced = (buckets: readonly Bucket[], id: string | null = null) => s3LineItems(buckets, prices(id).s3, `${id ?? 'newest'} (us-east-1)`);

const HEAD = `name: s3 test
traffic: { requests_per_month: 1000000 }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 10 }] }
`;
const { fromYaml, errorOf } = servicesFromYaml('s3.yaml', HEAD);

describe('S3 prices to the cent', () => {
  it.each(['aws-2024-02-01', 'aws-2024-11-01', 'aws-2025-05-01'])('%s: Infracost golden (2024-07-01): 10,000 GB = $230.00 and 10,000 PUT requests = $0.05', (id) => {
    const items = priced([bucket({ storageGb: d(10_000), putRequests: fixedQuantity(10_000) })], id);
    expect(usd(items, 's3.storage.tier-1')).toBe('230.00');
    expect(usd(items, 's3.put-requests')).toBe('0.05');
  });

  it("the issue's bucket: 500 GB, 1M PUT and 10M GET", () => {
    // 500 GB × $0.023 = $11.50; 1,000 × 1K PUT × $0.005 = $5.00; 10,000 × 1K GET × $0.0004 = $4.00
    const items = priced([bucket({ name: 'uploads', storageGb: d(500), putRequests: fixedQuantity(1_000_000), getRequests: fixedQuantity(10_000_000) })]);
    expect(items.map((item) => [item.id, item.monthlyUsd.toFixed(2)])).toEqual([
      ['s3.storage.tier-1', '11.50'],
      ['s3.put-requests', '5.00'],
      ['s3.get-requests', '4.00'],
    ]);
    expect(items[0]!.label).toBe('S3 Standard storage (uploads) (first 51.2K)');
    expect(items[0]!.basis).toEqual({ used: d(500), free: d(0), countedAs: 'GB-months' });
  });

  it('bands storage over all buckets together, not bucket by bucket', () => {
    // 300,000 + 300,000 = 600,000 GB: 51,200 × $0.023 = $1,177.60; 460,800 × $0.022 = $10,137.60;
    // 88,000 × $0.021 = $1,848.00; $13,163.20. Bucket by bucket it would be 2 × (1,177.60 + 248,800 × 0.022) = $13,302.40.
    const items = priced([bucket({ name: 'a', storageGb: d(300_000) }), bucket({ name: 'b', storageGb: d(300_000) })]);
    expect(items.map((item) => [item.id, item.monthlyUsd.toFixed(2)])).toEqual([
      ['s3.storage.tier-1', '1177.60'],
      ['s3.storage.tier-2', '10137.60'],
      ['s3.storage.tier-3', '1848.00'],
    ]);
    expect(total(items)).toBe('13163.20');
  });

  it('changes band exactly at 51,200 GB', () => {
    // 51,200 × $0.023 = $1,177.60 in the first band alone; one GB more is billed at $0.022.
    expect(priced([bucket({ storageGb: d(51_200) })]).map((item) => item.id)).toEqual(['s3.storage.tier-1']);
    const over = priced([bucket({ storageGb: d(51_201) })]);
    expect(over.map((item) => item.exactUsd.toFixed())).toEqual(['1177.6', '0.022']);
  });

  it('gives no line for a figure a bucket leaves at zero', () => {
    expect(priced([bucket({ getRequests: fixedQuantity(2_500) })]).map((item) => [item.id, item.exactUsd.toFixed()])).toEqual([['s3.get-requests', '0.001']]);
  });

  it('declares the storage band edges, in total GB stored, to the break-even solver', () => {
    const s = scenario({ functions: [], s3Buckets: [bucket({ storageGb: d(100) }), bucket({ storageGb: d(23) })] });
    const [meter] = s3.meters!(s, prices(), { profile: monthProfile({ pattern: 'steady' }), where: 'test' });
    expect(meter!.thresholds.map(String)).toEqual(['51200', '512000']);
    expect(meter!.quantity(s).toFixed()).toBe('123');
  });
});

describe('S3 at another volume', () => {
  it('scales requests given per request, keeps monthly figures and storage', () => {
    const s = fromYaml('  s3: [{ name: a, storage_gb: 100, put_requests_per_request: 0.1, get_requests_per_month: 5000000 }]\n');
    // 1M requests × 0.1 = 100,000 PUT → $0.50; at 2M requests 200,000 → $1.00. GET 5M → $2.00 at both. Storage 100 GB → $2.30 at both.
    const at = (volume: number) => estimate(atVolume(s, d(volume)), book()).platforms[0]!.lineItems.filter((item) => item.id.startsWith('s3.'));
    expect(at(1_000_000).map((item) => item.monthlyUsd.toFixed(2))).toEqual(['2.30', '0.50', '2.00']);
    expect(at(2_000_000).map((item) => item.monthlyUsd.toFixed(2))).toEqual(['2.30', '1.00', '2.00']);
  });
});

describe('S3 laws', () => {
  const bucketArb = fc
    .record({ storage: fc.integer({ min: 0, max: 2_000_000 }), put: fc.integer({ min: 0, max: 1e10 }), get: fc.integer({ min: 0, max: 1e11 }) })
    .map(({ storage, put, get }) => bucket({ storageGb: d(storage), putRequests: fixedQuantity(put), getRequests: fixedQuantity(get) }));
  const withBuckets = (buckets: Bucket[], freeTier = true): Scenario => scenario({ functions: [], freeTier, s3Buckets: buckets });
  const cost = (s: Scenario) => estimate(s, book()).platforms[0]!.exactUsd;

  it('more storage or requests never cost less', () => {
    fc.assert(
      fc.property(fc.array(bucketArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('storage', 'put', 'get'), (buckets, more, what) => {
        const [first, ...rest] = buckets;
        const grown =
          what === 'storage'
            ? { ...first!, storageGb: first!.storageGb.plus(more) }
            : what === 'put'
              ? { ...first!, putRequests: fixedQuantity(first!.putRequests.perMonth.plus(more)) }
              : { ...first!, getRequests: fixedQuantity(first!.getRequests.perMonth.plus(more)) };
        expect(cost(withBuckets([grown, ...rest])).greaterThanOrEqualTo(cost(withBuckets(buckets)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('line items add up to the total, and each is its quantity times its price', () => {
    fc.assert(
      fc.property(fc.array(bucketArb, { minLength: 1, maxLength: 3 }), (buckets) => {
        const platform = estimate(withBuckets(buckets), book()).platforms[0]!;
        expectLineItemsAddUp(platform);
      }),
      { numRuns: 100 },
    );
  });

  it('the free tier never raises the bill (S3 has no always-free allowance: it is the same)', () => {
    fc.assert(
      fc.property(fc.array(bucketArb, { minLength: 1, maxLength: 3 }), (buckets) => {
        expect(cost(withBuckets(buckets, true)).equals(cost(withBuckets(buckets, false)))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('services.s3 in a scenario file', () => {
  it('reads buckets with their figures, requests per request against the traffic', () => {
    const s = fromYaml(
      '  s3:\n    - { name: uploads, storage_gb: 500, put_requests_per_month: 1000000, get_requests_per_month: 10000000 }\n    - { name: cache, get_requests_per_request: 2 }\n',
    );
    expect(s.s3Buckets.map((each) => [each.name, each.storageGb.toFixed(), each.putRequests, each.getRequests])).toEqual([
      ['uploads', '500', fixedQuantity(1_000_000), fixedQuantity(10_000_000)],
      ['cache', '0', fixedQuantity(0), { perMonth: d(2_000_000), followsTraffic: true }],
    ]);
  });

  it('is empty when the file has no s3 section', () => {
    expect(fromYaml('  sqs: [{ name: q, requests_per_month: 5 }]\n').s3Buckets).toEqual([]);
  });

  it('points each mistake at services.s3[i].<field>', () => {
    expect(errorOf('  s3: [{ name: a, storage_gb: 1 }, { name: b }]\n')).toContain('a bucket needs storage_gb, put_requests_per_month or get_requests_per_month');
    expect(errorOf('  s3: [{ name: a, storage_gb: 1 }, { name: b }]\n')).toContain('(at services.s3[1])');
    expect(errorOf('  s3: [{ name: a, storage_gb: -5 }]\n')).toContain('(at services.s3[0].storage_gb)');
    expect(errorOf('  s3: [{ name: a, put_requests_per_month: 1, put_requests_per_request: 1 }]\n')).toContain(
      'give put_requests_per_month or put_requests_per_request, not both (at services.s3[0].put_requests_per_request)',
    );
    expect(errorOf('  s3: [{ name: a, storage_class: glacier, storage_gb: 1 }]\n')).toContain('(at services.s3[0].storage_class)');
    const noTraffic = 'name: t\nlambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 10, requests_per_month: 5 }] }\n';
    expect(errorOf('  s3: [{ name: a, get_requests_per_request: 1 }]\n', noTraffic)).toContain(
      'get_requests_per_request needs traffic.requests_per_month to count against (at services.s3[0].get_requests_per_request)',
    );
  });
});

describe('S3 in a template', () => {
  it('is a bucket per AWS::S3::Bucket, named by its logical id, waiting for its usage', () => {
    const section = s3.template!.section([
      { logicalId: 'Uploads', type: 'AWS::S3::Bucket', properties: { BucketName: 'my-uploads' } },
      { logicalId: 'Thumbnails', type: 'AWS::S3::Bucket', properties: {} },
    ]);
    expect(section).toEqual([{ name: 'Uploads' }, { name: 'Thumbnails' }]);
    expect(s3.template!.types).toEqual(['AWS::S3::Bucket']);
    expect(s3.template!.usageKeys).toEqual(['storage_gb', 'put_requests_per_month', 'get_requests_per_month']);
  });
});

describe('S3 in a whole estimate', () => {
  const text = `name: uploads and containers
traffic: { requests_per_month: 10000000 }
lambda: { functions: [{ name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }] }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
services:
  s3: [{ name: uploads, storage_gb: 500, put_requests_per_request: 0.1, get_requests_per_month: 10000000 }]
`;

  it('prices the buckets alike on every platform', () => {
    const result = estimate(scenarioFromYaml(parseYaml('s3.yaml', text)), book());
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'ec2', 'fargate']);
    const ofS3 = result.platforms.map((platform) => platform.lineItems.filter((item) => item.id.startsWith('s3.')).map((item) => [item.id, item.monthlyUsd.toFixed(2)]));
    // 500 GB × $0.023 = $11.50; 10M × 0.1 = 1M PUT = $5.00; 10M GET = $4.00
    expect(ofS3[0]).toEqual([
      ['s3.storage.tier-1', '11.50'],
      ['s3.put-requests', '5.00'],
      ['s3.get-requests', '4.00'],
    ]);
    expect(ofS3[1]).toEqual(ofS3[0]);
    expect(ofS3[2]).toEqual(ofS3[0]);
  });

  it('names the service and the version that has no S3 prices, and only when buckets are used', () => {
    const old = scenario({ functions: [], s3Buckets: [bucket({ storageGb: d(1) })] });
    expect(() => estimate(old, book('aws-2022-08-01'))).toThrow(PricingError);
    expect(() => estimate(old, book('aws-2022-08-01'))).toThrow('pricing aws-2022-08-01 (us-east-1) has no S3 prices; choose another region or pricing version');
    expect(() => estimate({ ...old, region: 'eu-west-1' }, book('aws-2024-11-01'))).toThrow('pricing aws-2024-11-01 (eu-west-1) has no S3 prices');
    expect(estimate(scenario({ functions: [] }), book('aws-2022-08-01')).platforms[0]!.lineItems.some((item) => item.id.startsWith('s3.'))).toBe(false);
  });
});
