// NAT gateway priced from the tables: the Price-List golden to the cent, a
// hand-derived case, the scenario and template sections, the endpoint warning, the laws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, InputError, InputErrors, PricingError, type SlcostError } from '../../../core/errors.js';
import { sum } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { scenarioFromYaml } from '../../../load/load-scenario.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { estimate } from '../estimate.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { book, d, scenario } from '../../../../test/helpers/build.js';
import { natGateway } from './index.js';
import type { NatGateway } from './types.js';

const month = { profile: { pattern: 'steady' }, where: 'aws-2025-05-01 (us-east-1)' } as never;
const prices = book('aws-2025-05-01').regions['us-east-1']!;
const nat = (fields: Partial<NatGateway> = {}): NatGateway => ({
  count: d(1),
  hoursPerMonth: d(730),
  processedGb: { perMonth: d(0), followsTraffic: false },
  usedBy: 'all',
  ...fields,
});
const processed = (gb: number | string) => ({ processedGb: { perMonth: d(gb), followsTraffic: false } });
const at = (gateway: NatGateway | null, fields: Partial<Scenario> = {}) => scenario({ functions: [], natGateway: gateway, ...fields });
const items = (s: Scenario) => natGateway.lineItems(s, prices, month);
const byId = (list: readonly LineItem[]) => Object.fromEntries(list.map((item) => [item.id, item.monthlyUsd.toFixed(2)]));
const total = (list: readonly LineItem[]) => sum(list.map((item) => item.exactUsd));

describe('NAT gateway: the Price-List golden (IC nat_gateway, 2024-07-01)', () => {
  it('1 gateway × 730 h + 100 GB = $32.85 + $4.50', () => {
    expect(byId(items(at(nat(processed(100)))))).toEqual({ 'nat-gateway.hours': '32.85', 'nat-gateway.data-processed': '4.50' });
  });
});

describe('NAT gateway: by hand', () => {
  it('three gateways, one per Availability Zone, and a GB figure per request', () => {
    // 3 × 730 h = 2,190 gateway-hours × $0.045 = $98.55
    // 0.00005 GB × 4,000,000 requests = 200 GB × $0.045 = $9.00
    const read = scenarioFromYaml(
      parseYaml(
        'FILE',
        'name: n\ntraffic: { requests_per_month: 4000000 }\nlambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10 }\nservices:\n  nat_gateway: { count: 3, processed_gb_per_request: 0.00005 }\n',
      ),
    );
    const result = items(read);
    expect(byId(result)).toEqual({ 'nat-gateway.hours': '98.55', 'nat-gateway.data-processed': '9.00' });
    expect(result[0]!.label).toBe('NAT gateway-hours (3 gateways × 730 h)');
    // Twice the traffic, twice the GB; the hours stay.
    expect(byId(items(atVolume(read, d(8_000_000))))).toEqual({ 'nat-gateway.hours': '98.55', 'nat-gateway.data-processed': '18.00' });
  });

  it('no section: no line items, and no prices asked for', () => {
    expect(natGateway.lineItems(at(null), { ...prices, natGateway: null }, month)).toEqual([]);
  });
});

describe('NAT gateway: a pricing version without it', () => {
  it('is one clear error naming the service and the version', () => {
    expect(() => estimate(at(nat()), book('aws-2022-08-01'))).toThrow(
      new PricingError('pricing aws-2022-08-01 (us-east-1) has no NAT gateway prices; choose another region or pricing version'),
    );
  });
});

describe('NAT gateway: who goes out through it', () => {
  const lines = (usedBy: string) => {
    const s = yaml(
      `{ count: 2, processed_gb_per_month: 100, used_by: ${usedBy} }\ncontainers:\n  requests_per_month: 1000\n  fargate: { vcpu: 0.25, memory_gb: 0.5, requests_per_second_per_task: 10 }`,
    );
    return Object.fromEntries(
      estimate(s, book()).platforms.map((platform) => [platform.id, platform.lineItems.filter((item) => item.service === 'nat-gateway').map((item) => item.monthlyUsd.toFixed(2))]),
    );
  };

  it("is every platform's by default, shared", () => {
    // 2 gateways × 730 h × $0.045 = $65.70; 100 GB × $0.045 = $4.50
    expect(lines('all')).toEqual({ serverless: ['65.70', '4.50'], fargate: ['65.70', '4.50'] });
  });

  it("is the serverless side's alone when only the functions use it (a Lambda in a VPC)", () => {
    expect(lines('functions')).toEqual({ serverless: ['65.70', '4.50'], fargate: [] });
  });
});

describe('NAT gateway: the endpoint warning', () => {
  // The check alone: it looks only at whether the scenario has tables or buckets, not at what they hold.
  const warnings = (s: Scenario) => (natGateway.checks?.(s, prices, month) ?? []).filter((warning) => warning.id === 'nat_gateway_endpoint');

  it('says a free gateway endpoint keeps DynamoDB and S3 traffic off the NAT, and what a GB costs', () => {
    const both = at(nat(processed(100)), { dynamodbTables: [{ name: 'users' }], s3Buckets: [{ name: 'uploads' }] } as unknown as Partial<Scenario>);
    expect(warnings(both)).toEqual([
      {
        id: 'nat_gateway_endpoint',
        message:
          'the NAT gateway processes 100 GB a month at $0.045 per GB, and the workload also uses DynamoDB and S3: a gateway endpoint for DynamoDB and S3 is free (no hourly or per-GB charge), and the traffic to them that goes through the endpoint instead of the NAT saves $0.045 per GB',
      },
    ]);
    const s3Only = at(nat(processed(100)), { s3Buckets: [{}] } as unknown as Partial<Scenario>);
    expect(warnings(s3Only)[0]!.message).toContain('also uses S3: a gateway endpoint for S3 is free');
  });

  it('is not given without DynamoDB or S3, without data processed, or when turned off', () => {
    expect(warnings(at(nat(processed(100))))).toEqual([]);
    expect(warnings(at(nat(processed(100)), { dynamodbTables: [], s3Buckets: [] } as unknown as Partial<Scenario>))).toEqual([]);
    expect(warnings(at(nat(), { dynamodbTables: [{}] } as unknown as Partial<Scenario>))).toEqual([]);
    // Through a whole estimate, with a real table: given, then turned off.
    const withTable = scenarioFromYaml(
      parseYaml(
        'FILE',
        'name: n\nlambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10, requests_per_month: 1000 }\nservices:\n  nat_gateway: { count: 1, processed_gb_per_month: 100 }\n  dynamodb: [{ name: users, storage_gb: 1 }]\n',
      ),
    );
    const ids = (s: Scenario) => estimate(s, book()).warnings.map((warning) => warning.id);
    expect(ids(withTable)).toContain('nat_gateway_endpoint');
    const off = { ...withTable, settings: { ...withTable.settings!, warningsOff: ['nat_gateway_endpoint'] } };
    expect(ids(off)).not.toContain('nat_gateway_endpoint');
  });
});

const yaml = (section: string) =>
  scenarioFromYaml(
    parseYaml('FILE', `name: n\nlambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10, requests_per_month: 1000 }\nservices:\n  nat_gateway: ${section}\n`),
  );
function errorOf(section: string): string {
  try {
    yaml(section);
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors) return formatError(error as SlcostError);
    throw error;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('NAT gateway: the scenario section', () => {
  it('reads the issue vocabulary, and an empty object as one gateway all month', () => {
    const read = yaml('{ count: 1, processed_gb_per_month: 100 }').natGateway!;
    expect(read.count.toFixed()).toBe('1');
    expect(read.processedGb).toEqual({ perMonth: d(100), followsTraffic: false });
    const empty = yaml('{}').natGateway!;
    expect([empty.count.toFixed(), empty.hoursPerMonth.toFixed(), empty.processedGb.perMonth.toFixed()]).toEqual(['1', '730', '0']);
  });

  it('points each mistake at its field', () => {
    expect(errorOf('{ count: 0 }')).toBe('FILE:6:25: must be at least 1, got 0 (at services.nat_gateway.count)');
    expect(errorOf('{ hours_per_month: 800 }')).toMatch(/must be at most 744, got 800 \(at services\.nat_gateway\.hours_per_month\)$/);
    expect(errorOf('{ processed_gb_per_request: 1 }')).toMatch(
      /processed_gb_per_request needs traffic\.requests_per_month.*\(at services\.nat_gateway\.processed_gb_per_request\)$/,
    );
    expect(errorOf('{ processed_gb: 1 }')).toMatch(/unknown key "processed_gb".*\(at services\.nat_gateway\.processed_gb\)/);
    expect(errorOf('[{ count: 1 }]')).toMatch(/\(at services\.nat_gateway\)$/);
  });
});

describe('NAT gateway: the template section', () => {
  it('counts the gateways', () => {
    const gateway = (logicalId: string) => ({ logicalId, type: 'AWS::EC2::NatGateway', properties: { SubnetId: 'subnet-1' } });
    expect(natGateway.template!.section([gateway('NatA'), gateway('NatB')])).toEqual({ count: 2 });
    expect(natGateway.template!.section([])).toBeUndefined();
    expect(natGateway.template!.types).toEqual(['AWS::EC2::NatGateway']);
  });
});

const natArb = fc
  .record({ count: fc.integer({ min: 1, max: 6 }), hours: fc.integer({ min: 1, max: 744 }), gb: fc.double({ min: 0, max: 1e7, noNaN: true }) })
  .map(({ count, hours, gb }) => nat({ count: d(count), hoursPerMonth: d(hours), ...processed(gb) }));

describe('NAT gateway: laws', () => {
  it('more gateways, hours or GB never cost less; line items add up; the free tier changes nothing (there is none)', () => {
    fc.assert(
      fc.property(natArb, fc.integer({ min: 1, max: 3 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (gateway, more, moreGb) => {
        const before = total(items(at(gateway)));
        expect(total(items(at({ ...gateway, count: gateway.count.plus(more) }))).greaterThan(before)).toBe(true);
        expect(total(items(at({ ...gateway, ...processed(gateway.processedGb.perMonth.plus(moreGb).toString()) }))).greaterThanOrEqualTo(before)).toBe(true);
        const priced = estimate(at(gateway), book()).platforms[0]!;
        expect(sum(priced.lineItems.map((item) => item.monthlyUsd)).equals(priced.monthlyUsd)).toBe(true);
        expect(sum(priced.lineItems.filter((item) => item.service === 'nat-gateway').map((item) => item.exactUsd)).equals(before)).toBe(true);
        expect(total(items(at(gateway, { freeTier: false }))).equals(before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('NAT gateway in a whole estimate', () => {
  it('is priced alike on every platform, as a shared service', () => {
    const text = `name: n
traffic: { requests_per_month: 10000000 }
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 100 }
services:
  nat_gateway: { count: 2, processed_gb_per_request: 0.00001 }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
`;
    const result = estimate(scenarioFromYaml(parseYaml('FILE', text)), book());
    const own = result.platforms.map((platform) => platform.lineItems.filter((item) => item.service === 'nat-gateway'));
    // 2 × 730 = 1,460 gateway-hours × $0.045 = $65.70; 10M × 0.00001 GB = 100 GB × $0.045 = $4.50
    expect(byId(own[0]!)).toEqual({ 'nat-gateway.hours': '65.70', 'nat-gateway.data-processed': '4.50' });
    expect(own.map((list) => list.length)).toEqual([2, 2, 2]);
    expect(own[1]).toEqual(own[0]);
    expect(own[2]).toEqual(own[0]);
  });
});
