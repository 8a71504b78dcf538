// DynamoDB held to Infracost's worked case and to cases derived by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors, PricingError } from '../../../core/errors.js';
import { Decimal, sum } from '../../../core/money.js';
import { costAt } from '../../../core/solver.js';
import { monthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { describeBasis } from '../../../report/format.js';
import { scenarioFromYaml } from '../../../load/load-scenario.js';
import { serverlessCurve } from '../breakeven.js';
import { estimate } from '../estimate.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { book, d, fn, scenario } from '../../../../test/helpers/build.js';
import { dynamodb } from './index.js';
import { dynamodbLineItems } from './line-items.js';
import { dynamodbTemplate } from './template.js';
import type { Table } from './types.js';

const NEWEST = book();
const pricesOf = (id: string | null = null) => book(id).regions['us-east-1']!.dynamodb;
const fixed = (perMonth: number | string) => ({ perMonth: d(perMonth), followsTraffic: false });

function table(fields: Partial<Table>): Table {
  return {
    name: 'users',
    capacityMode: 'on_demand',
    reads: null,
    writes: null,
    readCapacityUnits: null,
    writeCapacityUnits: null,
    storageGb: d(0),
    streamReads: fixed(0),
    streamConsumer: 'lambda',
    ...fields,
  };
}

const items = (tables: Table[], freeTier: boolean, id: string | null = null) => dynamodbLineItems(tables, pricesOf(id), freeTier, 'test');
const cents = (lines: readonly LineItem[], id: string) => lines.find((line) => line.id === id)?.monthlyUsd.toFixed(2);
const totalOf = (lines: readonly LineItem[]) => sum(lines.map((line) => line.exactUsd));

/** A scenario file with `services:` as given, read as slcost reads one. */
function fromYaml(services: string, extra = ''): Scenario {
  const text = `name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10 }\n${extra}services:\n${services}`;
  return scenarioFromYaml(parseYaml('t.yaml', text));
}
function errorsOf(services: string): { message: string; path: string | undefined }[] {
  try {
    fromYaml(services);
  } catch (error) {
    const list = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : [];
    if (!list.length) throw error;
    return list.map((e) => ({ message: e.message, path: e.location?.path }));
  }
  throw new Error('no error');
}

describe('Infracost golden case aws_dynamodb_table (2024-11-15), facts §1.7', () => {
  const golden = table({
    reads: { counted: fixed(8_000_000), item: null },
    writes: { counted: fixed(3_000_000), item: null },
    storageGb: d(230),
    streamReads: fixed(2_000_000),
    streamConsumer: 'other',
  });

  it('with the free tier off, as Infracost prices it: $1.88 WRU, $1.00 RRU, $57.50 storage, $0.40 stream reads', () => {
    const lines = items([golden], false, 'aws-2024-11-01');
    expect(cents(lines, 'dynamodb.write-request-units')).toBe('1.88');
    expect(cents(lines, 'dynamodb.read-request-units')).toBe('1.00');
    expect(cents(lines, 'dynamodb.storage')).toBe('57.50');
    expect(cents(lines, 'dynamodb.stream-read-request-units')).toBe('0.40');
  });

  it('with the always-free tier the price page gives: 25 GB off storage ($51.25), 2M stream reads inside the 2.5M free ($0.00)', () => {
    const lines = items([golden], true, 'aws-2024-11-01');
    expect(cents(lines, 'dynamodb.write-request-units')).toBe('1.88');
    expect(cents(lines, 'dynamodb.read-request-units')).toBe('1.00');
    expect(cents(lines, 'dynamodb.storage')).toBe('51.25');
    expect(lines.find((line) => line.id === 'dynamodb.storage')!.basis).toEqual({ used: d(230), free: d(25), countedAs: 'GB-months' });
    expect(cents(lines, 'dynamodb.stream-read-request-units')).toBe('0.00');
  });

  it('before 2024-11-01 on-demand requests cost twice as much: 3M WRU $3.75, 8M RRU $2.00', () => {
    const lines = items([golden], false, 'aws-2024-02-01');
    expect(cents(lines, 'dynamodb.write-request-units')).toBe('3.75');
    expect(cents(lines, 'dynamodb.read-request-units')).toBe('2.00');
    expect(cents(items([golden], false, 'aws-2025-05-01'), 'dynamodb.write-request-units')).toBe('1.88');
  });

  it('provisioned, as the same test prices it: 20 WCU × 730 h = $9.49, 30 RCU × 730 h = $2.85', () => {
    const lines = items([table({ capacityMode: 'provisioned', writeCapacityUnits: d(20), readCapacityUnits: d(30) })], false);
    expect(cents(lines, 'dynamodb.write-capacity')).toBe('9.49');
    expect(cents(lines, 'dynamodb.read-capacity')).toBe('2.85');
  });
});

describe('request units derived from requests, by hand', () => {
  it('reads: the item in 4 KB units, halved when eventually consistent, doubled when transactional', () => {
    const reads = (itemKb: number, consistency: 'eventual' | 'strong' | 'transactional') => ({ counted: fixed(4_000_000), item: { itemKb: d(itemKb), consistency } });
    // 4M × ceil(6 / 4) = 2 × 1 = 8M RRU × $0.125 = $1.00
    expect(cents(items([table({ reads: reads(6, 'strong') })], false), 'dynamodb.read-request-units')).toBe('1.00');
    // 4M × ceil(3 / 4) = 1 × 0.5 = 2M RRU × $0.125 = $0.25
    expect(cents(items([table({ reads: reads(3, 'eventual') })], false), 'dynamodb.read-request-units')).toBe('0.25');
    // 4M × ceil(4.1 / 4) = 2 × 2 = 16M RRU × $0.125 = $2.00
    const transactional = items([table({ reads: reads(4.1, 'transactional') })], false)[0]!;
    expect(transactional.quantity.toFixed()).toBe('16');
    expect(transactional.monthlyUsd.toFixed(2)).toBe('2.00');
    expect(transactional.label).toBe('DynamoDB on-demand read request units');
    expect(transactional.basis?.countedAs).toBe('RRU (users: 4M reads × 4 RRU (4.1 KB item = 2 × 4 KB, transactional ×2))');
  });

  it('writes: the item in 1 KB units, the transactional share twice', () => {
    // 1M × ceil(2.5 / 1) = 3 WRU × (0.9 + 0.1 × 2) = 3.3 WRU = 3.3M WRU × $0.625 = $2.0625 → $2.06
    const line = items([table({ writes: { counted: fixed(1_000_000), item: { itemKb: d('2.5'), transactionalPct: d(10) } } })], false)[0]!;
    expect(line.quantity.toFixed()).toBe('3.3');
    expect(line.exactUsd.toFixed()).toBe('2.0625');
    expect(line.monthlyUsd.toFixed(2)).toBe('2.06');
    expect(line.label).toBe('DynamoDB on-demand write request units');
    expect(line.basis?.countedAs).toBe('WRU (users: 1M writes × 3.3 WRU (2.5 KB item = 3 × 1 KB, 10% transactional ×2))');
  });

  it('units given are billed as they are, and say so', () => {
    const line = items([table({ writes: { counted: fixed(3_000_000), item: null } })], false)[0]!;
    expect(line.label).toBe('DynamoDB on-demand write request units');
    expect(line.basis?.countedAs).toBe('WRU (users: 3M WRU given)');
  });
});

describe('the free pools, shared by all tables of the region', () => {
  it('provisioned capacity: 25 WCU and 25 RCU off all tables together', () => {
    // WCU: 20 + 10 = 30 − 25 free = 5 × 730 h × $0.00065 = $2.3725 → $2.37
    // RCU: 30 + 5 = 35 − 25 free = 10 × 730 h × $0.00013 = $0.949 → $0.95
    const tables = [
      table({ name: 'a', capacityMode: 'provisioned', writeCapacityUnits: d(20), readCapacityUnits: d(30) }),
      table({ name: 'b', capacityMode: 'provisioned', writeCapacityUnits: d(10), readCapacityUnits: d(5) }),
    ];
    const lines = items(tables, true);
    expect(cents(lines, 'dynamodb.write-capacity')).toBe('2.37');
    expect(cents(lines, 'dynamodb.read-capacity')).toBe('0.95');
    const write = lines.find((line) => line.id === 'dynamodb.write-capacity')!;
    expect(write.basis).toEqual({ used: d(21_900), free: d(18_250), countedAs: 'WCU-hours' });
    expect(write.label).toBe('DynamoDB provisioned write capacity (a 20 WCU, b 10 WCU; × 730 h)');
  });

  it('storage: 25 GB off the tables together, not 25 GB each', () => {
    // 20 + 20 = 40 GB − 25 = 15 × $0.25 = $3.75
    expect(cents(items([table({ name: 'a', storageGb: d(20) }), table({ name: 'b', storageGb: d(20) })], true), 'dynamodb.storage')).toBe('3.75');
  });

  it("labels name each table's figure with its digits grouped, as every other count is shown (users 1000000000000 GB was printed)", () => {
    const lines = items([table({ name: 'users', capacityMode: 'provisioned', writeCapacityUnits: d(40_000), readCapacityUnits: d(2_500.5), storageGb: d(1e12) })], true);
    expect(lines.find((line) => line.id === 'dynamodb.storage')!.label).toBe('DynamoDB storage (users 1,000,000,000,000 GB)');
    expect(lines.find((line) => line.id === 'dynamodb.write-capacity')!.label).toBe('DynamoDB provisioned write capacity (users 40,000 WCU; × 730 h)');
    expect(lines.find((line) => line.id === 'dynamodb.read-capacity')!.label).toBe('DynamoDB provisioned read capacity (users 2,500.5 RCU; × 730 h)');
  });

  it('stream reads by Lambda triggers are free whatever the free tier, and take nothing from the 2.5M pool', () => {
    // 'other': 3M − 2.5M = 0.5M = 5 × 100K × $0.02 = $0.10; the Lambda reads show at $0
    const tables = [table({ name: 'a', streamReads: fixed(9_000_000) }), table({ name: 'b', streamReads: fixed(3_000_000), streamConsumer: 'other' })];
    const lines = items(tables, true);
    expect(cents(lines, 'dynamodb.stream-read-request-units')).toBe('0.10');
    const lambda = lines.find((line) => line.id === 'dynamodb.stream-read-request-units.lambda')!;
    expect(lambda.exactUsd.isZero()).toBe(true);
    expect(lambda.basis).toEqual({ used: d(9_000_000), free: d(9_000_000), countedAs: 'stream read request units', freeAs: 'not billed' });
    // Said as unbilled, not as taken from a free allowance ("− 9,000,000 free" read as the 2.5M pool's).
    expect(describeBasis(lambda)).toBe('9,000,000 stream read request units − 9,000,000 not billed');
    expect(items([tables[0]!], false).map((line) => line.exactUsd.toFixed())).toEqual(['0']);
  });

  it('on-demand requests get no free tier', () => {
    const lines = items([table({ reads: { counted: fixed(8_000_000), item: null } })], true);
    expect(cents(lines, 'dynamodb.read-request-units')).toBe('1.00');
  });
});

describe('laws', () => {
  const tableArb = fc.record({
    mode: fc.constantFrom<'on_demand' | 'provisioned'>('on_demand', 'provisioned'),
    reads: fc.integer({ min: 0, max: 1e12 }),
    writes: fc.integer({ min: 0, max: 1e12 }),
    itemKb: fc.integer({ min: 1, max: 400 }),
    consistency: fc.constantFrom<'eventual' | 'strong' | 'transactional'>('eventual', 'strong', 'transactional'),
    pct: fc.integer({ min: 0, max: 100 }),
    rcu: fc.integer({ min: 1, max: 100_000 }),
    wcu: fc.integer({ min: 1, max: 100_000 }),
    storageGb: fc.integer({ min: 0, max: 1e6 }),
    streamReads: fc.integer({ min: 0, max: 1e10 }),
    consumer: fc.constantFrom<'lambda' | 'other'>('lambda', 'other'),
  });
  type Input = typeof tableArb extends fc.Arbitrary<infer T> ? T : never;
  const toTable = (input: Input, index: number): Table =>
    table({
      name: `t${index}`,
      capacityMode: input.mode,
      reads: { counted: fixed(input.reads), item: { itemKb: d(input.itemKb), consistency: input.consistency } },
      writes: { counted: fixed(input.writes), item: { itemKb: d(input.itemKb), transactionalPct: d(input.pct) } },
      readCapacityUnits: input.mode === 'provisioned' ? d(input.rcu) : null,
      writeCapacityUnits: input.mode === 'provisioned' ? d(input.wcu) : null,
      storageGb: d(input.storageGb),
      streamReads: fixed(input.streamReads),
      streamConsumer: input.consumer,
    });
  const tablesArb = fc.array(tableArb, { minLength: 1, maxLength: 4 });
  const dimension = fc.constantFrom('reads', 'writes', 'rcu', 'wcu', 'storageGb', 'streamReads' as const);

  it('more usage never costs less', () => {
    fc.assert(
      fc.property(tablesArb, fc.nat({ max: 3 }), dimension, fc.integer({ min: 1, max: 1e9 }), fc.boolean(), (inputs, which, field, more, freeTier) => {
        const index = which % inputs.length;
        const bigger = inputs.map((input, i) => (i === index ? { ...input, [field]: input[field] + more } : input));
        expect(totalOf(items(bigger.map(toTable), freeTier)).greaterThanOrEqualTo(totalOf(items(inputs.map(toTable), freeTier)))).toBe(true);
      }),
    );
  });

  it('the free tier never raises a bill', () => {
    fc.assert(
      fc.property(tablesArb, (inputs) => {
        const tables = inputs.map(toTable);
        expect(totalOf(items(tables, true)).lessThanOrEqualTo(totalOf(items(tables, false)))).toBe(true);
      }),
    );
  });

  it('the line items add up to the bill worked out from the metering rules directly', () => {
    const p = pricesOf()!;
    const factor = { eventual: d('0.5'), strong: d(1), transactional: d(2) };
    fc.assert(
      fc.property(tablesArb, fc.boolean(), (inputs, freeTier) => {
        const onDemand = inputs.filter((t) => t.mode === 'on_demand');
        const provisioned = inputs.filter((t) => t.mode === 'provisioned');
        const over = (used: Decimal, free: Decimal) => Decimal.max(0, used.minus(freeTier ? free : 0));
        const rru = sum(
          onDemand.map((t) =>
            d(t.reads)
              .times(Math.ceil(t.itemKb / 4))
              .times(factor[t.consistency]),
          ),
        );
        const wru = sum(onDemand.map((t) => d(t.writes).times(t.itemKb).times(d(t.pct).dividedBy(100).plus(1))));
        const expected = sum([
          rru.times(p.perMillionReadRequestUnits).dividedBy(1e6),
          wru.times(p.perMillionWriteRequestUnits).dividedBy(1e6),
          over(sum(provisioned.map((t) => d(t.rcu))), d(25))
            .times(730)
            .times(p.perReadCapacityUnitHour),
          over(sum(provisioned.map((t) => d(t.wcu))), d(25))
            .times(730)
            .times(p.perWriteCapacityUnitHour),
          over(sum(inputs.map((t) => d(t.storageGb))), d(25)).times(p.perStorageGbMonth),
          over(sum(inputs.filter((t) => t.consumer === 'other').map((t) => d(t.streamReads))), d(2_500_000))
            .times(p.per100kStreamReadRequestUnits)
            .dividedBy(100_000),
        ]);
        expect(
          totalOf(items(inputs.map(toTable), freeTier))
            .minus(expected)
            .abs()
            .lessThan('1e-20'),
        ).toBe(true);
      }),
    );
  });

  it('the serverless curve is the bill at every volume: the 2.5M free stream reads are a declared bend', () => {
    // 3 stream reads per request: the free pool runs out at 833,333.3 requests, inside the sweep.
    const s = fromYaml(
      '  dynamodb:\n    - { name: events, writes_per_request: 1, reads_per_request: 2, storage_gb: 30, stream_read_request_units_per_request: 3, stream_consumer: other }\n',
    );
    const curve = serverlessCurve(s, NEWEST, d(10_000), d(100_000_000));
    const { prices, where } = regionOf(s, NEWEST);
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 100_000_000 }), (requests) => {
        const direct = serverlessCost(atVolume(s, d(requests)), prices, monthProfile(s.traffic), where).exactUsd;
        expect(costAt(curve, d(requests)).minus(direct).abs().lessThan('1e-18')).toBe(true);
      }),
      { numRuns: 200 },
    );
    const meters = dynamodb.meters!(s, prices, { profile: monthProfile(s.traffic), where });
    expect(meters.map((meter) => [meter.quantity(s).toFixed(), meter.thresholds.map((t) => t.toFixed())])).toEqual([['3000000', ['2500000']]]);
    expect(dynamodb.meters!({ ...s, freeTier: false }, prices, { profile: monthProfile(s.traffic), where })).toEqual([]);
  });
});

describe('services.dynamodb in a scenario file', () => {
  it('reads the issue’s vocabulary', () => {
    const s = fromYaml('  dynamodb: [{ name: users, capacity_mode: on_demand, read_request_units_per_month: 8000000, write_request_units_per_month: 3000000, storage_gb: 230 }]\n');
    expect(s.dynamodbTables).toEqual([table({ reads: { counted: fixed(8_000_000), item: null }, writes: { counted: fixed(3_000_000), item: null }, storageGb: d(230) })]);
  });

  it('fills the defaults: eventual reads of a 1 KB item, no transactional writes, stream read by Lambda; per-request figures follow the traffic', () => {
    const [t] = fromYaml('  dynamodb: [{ name: users, reads_per_request: 2, writes_per_month: 5 }]\n').dynamodbTables;
    expect(t!.reads).toEqual({ counted: { perMonth: d(2_000_000), followsTraffic: true }, item: { itemKb: d(1), consistency: 'eventual' } });
    expect(t!.writes).toEqual({ counted: fixed(5), item: { itemKb: d(1), transactionalPct: d(0) } });
    expect(t!.streamConsumer).toBe('lambda');
    const scaled = dynamodb.scale({ ...fromYaml('  dynamodb: [{ name: users, reads_per_request: 2, writes_per_month: 5 }]\n') }, (v) => v.times(10)).dynamodbTables![0]!;
    expect([scaled.reads!.counted.perMonth.toFixed(), scaled.writes!.counted.perMonth.toFixed()]).toEqual(['20000000', '5']);
  });

  it('a table with capacity units is provisioned unless it says otherwise', () => {
    const [t] = fromYaml('  dynamodb: [{ name: users, read_capacity_units: 5, write_capacity_units: 10 }]\n').dynamodbTables;
    expect([t!.capacityMode, t!.readCapacityUnits, t!.writeCapacityUnits]).toEqual(['provisioned', d(5), d(10)]);
  });

  it.each([
    [
      'units and requests for the same dimension',
      '{ name: a, read_request_units_per_month: 1, reads_per_month: 2 }',
      'services.dynamodb[0].reads_per_month',
      /give read_request_units or reads, not both/,
    ],
    [
      'capacity on an on-demand table',
      '{ name: a, capacity_mode: on_demand, read_capacity_units: 5 }',
      'services.dynamodb[0].read_capacity_units',
      /applies to provisioned tables/,
    ],
    [
      'a provisioned table without its write capacity',
      '{ name: a, capacity_mode: provisioned, read_capacity_units: 5 }',
      'services.dynamodb[0].write_capacity_units',
      /needs read_capacity_units and write_capacity_units/,
    ],
    ['a consistency DynamoDB does not have', '{ name: a, reads_per_month: 1, read_consistency: weak }', 'services.dynamodb[0].read_consistency', /./],
    ['an item of no size', '{ name: a, writes_per_month: 1, item_kb: 0 }', 'services.dynamodb[0].item_kb', /./],
    ['a share over 100%', '{ name: a, writes_per_month: 1, transactional_writes_pct: 150 }', 'services.dynamodb[0].transactional_writes_pct', /./],
    ['a key the section does not have', '{ name: a, wcu: 5 }', 'services.dynamodb[0].wcu', /./],
    ['a figure both per month and per request', '{ name: a, writes_per_month: 1, writes_per_request: 1 }', 'services.dynamodb[0].writes_per_request', /not both/],
  ])('refuses %s, at the field', (_what, entry, path, message) => {
    const errors = errorsOf(`  dynamodb:\n    - ${entry}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(path);
    expect(errors[0]!.message).toMatch(message);
  });
});

describe('DynamoDB tables in a template', () => {
  it('reads billing mode, throughput and streams', () => {
    const resources = [
      { logicalId: 'Users', type: 'AWS::DynamoDB::Table', properties: { BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamViewType: 'NEW_IMAGE' } } },
      { logicalId: 'Orders', type: 'AWS::DynamoDB::Table', properties: { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: '10' } } },
      {
        logicalId: 'Legacy',
        type: 'AWS::DynamoDB::Table',
        properties: { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: { Ref: 'Rcu' }, WriteCapacityUnits: 2 } },
      },
      { logicalId: 'Simple', type: 'AWS::Serverless::SimpleTable', properties: {} },
      { logicalId: 'SimpleProvisioned', type: 'AWS::Serverless::SimpleTable', properties: { ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } },
    ];
    expect(dynamodbTemplate.section(resources)).toEqual([
      { name: 'Users', capacity_mode: 'on_demand', stream_consumer: 'lambda' },
      { name: 'Orders', capacity_mode: 'provisioned', read_capacity_units: 5, write_capacity_units: 10 },
      { name: 'Legacy', capacity_mode: 'provisioned', write_capacity_units: 2 },
      { name: 'Simple', capacity_mode: 'on_demand' },
      { name: 'SimpleProvisioned', capacity_mode: 'provisioned', read_capacity_units: 1, write_capacity_units: 1 },
    ]);
    expect(dynamodbTemplate.types).toEqual(['AWS::DynamoDB::Table', 'AWS::Serverless::SimpleTable']);
    expect(dynamodbTemplate.usageKeys).toEqual(['reads_per_month', 'writes_per_month', 'storage_gb']);
  });

  it("prices a provisioned table's indexes' own capacity with the table's, and says it, an index it cannot read and a table class it does not price (each went unread in silence)", () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const index = (name: string, read: unknown, write: unknown) => ({ IndexName: name, ProvisionedThroughput: { ReadCapacityUnits: read, WriteCapacityUnits: write } });
    const resources = [
      {
        logicalId: 'Orders',
        type: 'AWS::DynamoDB::Table',
        properties: {
          ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 100 },
          GlobalSecondaryIndexes: [index('a', 50, 200), index('b', '50', 200), { IndexName: 'c' }],
          TableClass: 'STANDARD_INFREQUENT_ACCESS',
        },
      },
      { logicalId: 'Users', type: 'AWS::DynamoDB::Table', properties: { BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [{ IndexName: 'a' }] } },
    ];
    expect(dynamodbTemplate.section(resources, reader)).toEqual([
      { name: 'Orders', capacity_mode: 'provisioned', read_capacity_units: 200, write_capacity_units: 500 },
      { name: 'Users', capacity_mode: 'on_demand' },
    ]);
    expect(notes).toEqual([
      "Resources.Orders.Properties.GlobalSecondaryIndexes: 2 indexes hold 100 RCU and 400 WCU beside the table's, added to its capacity",
      "Resources.Orders.Properties.GlobalSecondaryIndexes: an index gives no ProvisionedThroughput the template alone can read (a provisioned table's indexes need one); its capacity is not priced",
      'Resources.Orders.Properties.TableClass: "STANDARD_INFREQUENT_ACCESS" is priced as the STANDARD table class, the one slcost prices',
      "Resources.Users: its secondary index is billed the write request units of each write that changes it, beside the table's own, which slcost does not count from writes_per_month; the bill leaves them out (add them to writes_per_month)",
    ]);
  });

  it('says an index name written twice, which DynamoDB refuses, where each index was counted without a word', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const index = (name: string) => ({ IndexName: name, ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 10 } });
    const resources = [
      {
        logicalId: 'Orders',
        type: 'AWS::DynamoDB::Table',
        properties: { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, GlobalSecondaryIndexes: [index('byDate'), index('byDate'), index('byUser')] },
      },
      {
        logicalId: 'Users',
        type: 'AWS::DynamoDB::Table',
        properties: { BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [{ IndexName: 'a' }], LocalSecondaryIndexes: [{ IndexName: 'a' }] },
      },
      { logicalId: 'Fine', type: 'AWS::DynamoDB::Table', properties: { BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [{ IndexName: 'a' }, { IndexName: 'b' }] } },
    ];
    // Priced as written: 5 + 3 × 10 of each.
    expect(dynamodbTemplate.section(resources, reader)).toEqual([
      { name: 'Orders', capacity_mode: 'provisioned', read_capacity_units: 35, write_capacity_units: 35 },
      { name: 'Users', capacity_mode: 'on_demand' },
      { name: 'Fine', capacity_mode: 'on_demand' },
    ]);
    expect(notes.filter((note) => note.includes('twice'))).toEqual([
      'Resources.Orders.Properties: an index name is written twice ("byDate"), which DynamoDB refuses; each index is priced as written',
      'Resources.Users.Properties: an index name is written twice ("a"), which DynamoDB refuses; each index is priced as written',
    ]);
  });

  it('says a capacity it cannot read, which left the table unpriced as one without capacity (it went unsaid)', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const table = (id: string, throughput: unknown) => ({ logicalId: id, type: 'AWS::DynamoDB::Table', properties: { ProvisionedThroughput: throughput } });
    expect(
      dynamodbTemplate.section(
        [
          table('Exponent', { ReadCapacityUnits: '1e3', WriteCapacityUnits: '5' }),
          table('Word', { ReadCapacityUnits: 5, WriteCapacityUnits: 'ten' }),
          table('Sub', { ReadCapacityUnits: { 'Fn::Sub': '${R}' }, WriteCapacityUnits: { Ref: 'Kept' } }),
          table('Text', 'lots'),
        ],
        reader,
      ),
    ).toEqual([
      { name: 'Exponent', capacity_mode: 'provisioned', write_capacity_units: 5 },
      { name: 'Word', capacity_mode: 'provisioned', read_capacity_units: 5 },
      { name: 'Sub', capacity_mode: 'provisioned' },
      { name: 'Text', capacity_mode: 'provisioned' },
    ]);
    expect(notes).toEqual([
      'Resources.Exponent.Properties.ProvisionedThroughput.ReadCapacityUnits: "1e3" is not a number of capacity units (a whole number); not read',
      'Resources.Word.Properties.ProvisionedThroughput.WriteCapacityUnits: "ten" is not a number of capacity units (a whole number); not read',
      'Resources.Sub.Properties.ProvisionedThroughput.ReadCapacityUnits: Fn::Sub cannot be worked out from the template alone; not read',
      'Resources.Text.Properties.ProvisionedThroughput: "lots" is not a mapping of ReadCapacityUnits and WriteCapacityUnits; not read',
    ]);
  });

  it('says point-in-time recovery, which it does not price (it went unsaid)', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const table = (id: string, enabled: unknown) => ({
      logicalId: id,
      type: 'AWS::DynamoDB::Table',
      properties: { BillingMode: 'PAY_PER_REQUEST', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: enabled } },
    });
    dynamodbTemplate.section([table('On', true), table('Text', 'true'), table('Off', false), table('Unknown', { 'Fn::Sub': 'x' })], reader);
    const billed = (id: string) =>
      `Resources.${id}.Properties.PointInTimeRecoverySpecification: point-in-time recovery is billed by the GB-month of the table's data, and slcost does not price it; the bill leaves it out`;
    expect(notes).toEqual([billed('On'), billed('Text')]);
  });

  it('says the change data capture units a table sends to a Kinesis data stream, which it does not price (they went unsaid)', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    dynamodbTemplate.section(
      [
        {
          logicalId: 'Orders',
          type: 'AWS::DynamoDB::Table',
          properties: { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, KinesisStreamSpecification: { StreamArn: { 'Fn::GetAtt': ['Changes', 'Arn'] } } },
        },
        { logicalId: 'Plain', type: 'AWS::DynamoDB::Table', properties: { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } },
      ],
      reader,
    );
    expect(notes).toEqual([
      "Resources.Orders.Properties.KinesisStreamSpecification: each write's change data capture units (one a KB of the item) sent to a Kinesis data stream are billed by the million, and slcost does not price them; the bill leaves them out",
    ]);
  });

  it("says an on-demand table's indexes bill writes of their own, which writes_per_month does not count (they went unsaid)", () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const index = { IndexName: 'ByStatus', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } };
    dynamodbTemplate.section(
      [
        { logicalId: 'One', type: 'AWS::DynamoDB::Table', properties: { BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [index] } },
        { logicalId: 'Two', type: 'AWS::DynamoDB::Table', properties: { BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [index], LocalSecondaryIndexes: [index] } },
        { logicalId: 'Simple', type: 'AWS::Serverless::SimpleTable', properties: {} },
        // A provisioned table's indexes are their capacity, which is priced.
        {
          logicalId: 'Held',
          type: 'AWS::DynamoDB::Table',
          properties: {
            ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
            GlobalSecondaryIndexes: [{ ...index, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }],
          },
        },
      ],
      reader,
    );
    expect(notes.filter((note) => note.includes('secondary index'))).toEqual([
      "Resources.One: its secondary index is billed the write request units of each write that changes it, beside the table's own, which slcost does not count from writes_per_month; the bill leaves them out (add them to writes_per_month)",
      "Resources.Two: its 2 secondary indexes are billed the write request units of each write that changes them, beside the table's own, which slcost does not count from writes_per_month; the bill leaves them out (add them to writes_per_month)",
    ]);
  });

  it('what it finds, with the usage keys filled in, is a scenario section slcost reads', () => {
    const entries = dynamodbTemplate.section([
      { logicalId: 'Users', type: 'AWS::DynamoDB::Table', properties: { BillingMode: 'PAY_PER_REQUEST' } },
      { logicalId: 'Orders', type: 'AWS::DynamoDB::Table', properties: { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 10 } } },
    ]) as Record<string, unknown>[];
    const filled = entries.map((entry) => ({ ...entry, reads_per_month: 1000, writes_per_month: 1000, storage_gb: 1 }));
    const s = fromYaml(`  dynamodb: ${JSON.stringify(filled)}\n`);
    expect(s.dynamodbTables.map((t) => t.capacityMode)).toEqual(['on_demand', 'provisioned']);
  });
});

describe('an estimate with DynamoDB', () => {
  const containers =
    'containers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 50, min_instances: 1 }\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 100, min_tasks: 1 }\n';
  const services = '  dynamodb: [{ name: users, capacity_mode: on_demand, read_request_units_per_month: 8000000, write_request_units_per_month: 3000000, storage_gb: 230 }]\n';

  it('prices the same table on every platform, as a shared service', () => {
    const result = estimate(fromYaml(services, containers), NEWEST);
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'ec2', 'fargate']);
    const ofTable = result.platforms.map((platform) => platform.lineItems.filter((line) => line.service === 'dynamodb').map((line) => [line.id, line.monthlyUsd.toFixed(2)]));
    expect(ofTable[0]).toEqual([
      ['dynamodb.write-request-units', '1.88'],
      ['dynamodb.read-request-units', '1.00'],
      ['dynamodb.storage', '51.25'],
    ]);
    expect(ofTable[1]).toEqual(ofTable[0]);
    expect(ofTable[2]).toEqual(ofTable[0]);
    for (const platform of result.platforms)
      expect(platform.services.find((service) => service.id === 'dynamodb')).toMatchObject({ label: 'DynamoDB', shared: true, monthlyUsd: d('54.13') });
  });

  it('a pricing version or region without DynamoDB prices is one clear error; no tables, no error', () => {
    const s = fromYaml(services);
    expect(() => estimate(s, book('aws-2022-08-01'))).toThrow(PricingError);
    expect(() => estimate(s, book('aws-2022-08-01'))).toThrow(/^pricing aws-2022-08-01 \(us-east-1\) has no DynamoDB prices; choose another region or pricing version$/);
    expect(() => estimate({ ...s, region: 'ap-northeast-2' }, book('aws-2024-11-01'))).toThrow(/pricing aws-2024-11-01 \(ap-northeast-2\) has no DynamoDB prices/);
    const without = scenario({ functions: [fn({ durationMs: 10, requestsPerMonth: 1000 })] });
    expect(estimate(without, book('aws-2022-08-01')).platforms[0]!.lineItems.some((line) => line.service === 'dynamodb')).toBe(false);
  });
});

describe('checks', () => {
  const checks = (tables: Table[]) =>
    dynamodb.checks!({ ...scenario({ functions: [] }), dynamodbTables: tables }, NEWEST.regions['us-east-1']!, { profile: monthProfile({ pattern: 'steady' }), where: 'test' });

  it('on-demand costing more than the provisioned capacity that would serve the same steady load', () => {
    // 1B WRU: $625.00 on demand. 1e9 / 2,628,000 s = 380.5 WRU/s ÷ 0.7 → 544 WCU; reads none → 1 RCU.
    // (544 × $0.00065 + 1 × $0.00013) × 730 h = $0.35373 × 730 = $258.2229 → $258.22
    const warnings = checks([table({ writes: { counted: fixed(1e9), item: null } })]);
    expect(warnings).toEqual([
      {
        id: 'dynamodb_on_demand_over_provisioned',
        message:
          "DynamoDB table users: on-demand requests cost $625.00 a month; provisioned capacity for the same load spread evenly over the month (1 RCU and 544 WCU, at the 70% utilization AWS's auto-scaling targets) would cost $258.22; a spiky load needs more capacity than this",
      },
    ]);
    // 100K WRU: $0.0625 on demand, under the smallest table's 1 WCU + 1 RCU ($0.5694)
    expect(checks([table({ writes: { counted: fixed(100_000), item: null } })])).toEqual([]);
    // 20M WRU: $12.50 on demand; 20M / 2,628,000 = 7.6 ÷ 0.7 → 11 WCU + 1 RCU = $0.00728 × 730 = $5.3144: a saving of $7.19, said
    expect(checks([table({ writes: { counted: fixed(20_000_000), item: null } })]).map((w) => w.message)).toEqual([expect.stringContaining('would cost $5.31')]);
    // 10M WRU: $6.25 on demand; 10M / 2,628,000 = 3.8 ÷ 0.7 → 6 WCU + 1 RCU = $0.00403 × 730 = $2.9419: a saving of $3.31, under $5, not said
    expect(checks([table({ writes: { counted: fixed(10_000_000), item: null } })])).toEqual([]);
  });

  it('a provisioned table below its stated load', () => {
    // 100M writes / 2,628,000 s = 38.05 → 39 WCU needed, 5 provisioned; reads 1M → 1 RCU needed, 5 provisioned
    const t = table({
      capacityMode: 'provisioned',
      writeCapacityUnits: d(5),
      readCapacityUnits: d(5),
      writes: { counted: fixed(1e8), item: null },
      reads: { counted: fixed(1e6), item: null },
    });
    expect(checks([t]).map((w) => [w.id, w.message])).toEqual([
      [
        'dynamodb_capacity_below_load',
        'DynamoDB table users: its writes need 39 WCU on average over the month, but it is provisioned with 5; requests above the capacity are throttled',
      ],
    ]);
    expect(items([t], false).map((line) => line.id)).toEqual(['dynamodb.write-capacity', 'dynamodb.read-capacity']);
  });

  // Diurnal at its defaults: 8 busy hours a day at 3× the day's average carry the whole day; the 730-hour month holds 242
  // of them (30 days of 8, and 2 in its last 10 hours), each with 1/242 of the month's load, and 488 hours of none.
  const diurnal = (tables: Table[]) =>
    dynamodb.checks!({ ...scenario({ functions: [] }), dynamodbTables: tables }, NEWEST.regions['us-east-1']!, {
      profile: monthProfile({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) }),
      where: 'test',
    });

  it('on-demand against capacity that follows a diurnal load hour by hour, as auto-scaling does', () => {
    // 1B WRU: $625.00 on demand. A busy hour: 1e9 / 242 / 3,600 s = 1,147.84 WRU/s ÷ 0.7 → 1,640 WCU for 242 hours, and the
    // least, 1 WCU, for 488; reads none: 1 RCU for 730. (1,640 × 242 + 488) × $0.00065 + 730 × $0.00013 = 397,368 × $0.00065
    // + $0.0949 = $258.2892 + $0.0949 = $258.3841 → $258.38.
    expect(diurnal([table({ writes: { counted: fixed(1e9), item: null } })]).map((w) => w.message)).toEqual([
      "DynamoDB table users: on-demand requests cost $625.00 a month; provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to 1 RCU and 1,640 WCU in the busiest hours) would cost $258.38; a burst inside an hour needs more capacity than this",
    ]);
  });

  it('a provisioned table enough on average but not in the busy hours of a diurnal load', () => {
    // 1B writes: 380.5 WCU on average (1e9 / 2,628,000 s), within the 600 provisioned; a busy hour's 1,147.84 a second is not.
    const t = table({ capacityMode: 'provisioned', writeCapacityUnits: d(600), readCapacityUnits: d(5), writes: { counted: fixed(1e9), item: null } });
    expect(checks([t])).toEqual([]);
    expect(diurnal([t]).map((w) => w.message)).toEqual([
      'DynamoDB table users: its writes need 1,148 WCU in the busiest hours of the traffic shape, but it is provisioned with 600; requests above the capacity are throttled',
    ]);
  });
});
