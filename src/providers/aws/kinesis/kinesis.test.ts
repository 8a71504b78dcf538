// Kinesis Data Streams priced from the tables: the Price-List goldens to the
// cent, derived quantities by hand, the scenario and template sections, the laws.
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
import { kinesis } from './index.js';
import type { Stream } from './types.js';

const month = { profile: { pattern: 'steady' }, where: 'aws-2025-05-01 (us-east-1)' } as never;
const prices = book('aws-2025-05-01').regions['us-east-1']!;
const fixed = (value: number | string) => ({ perMonth: d(value), followsTraffic: false });

function stream(fields: Partial<Stream>): Stream {
  return {
    name: 'clicks',
    mode: 'on_demand',
    hoursPerMonth: d(730),
    shards: d(0),
    records: null,
    recordKb: d(1),
    dataInGb: null,
    consumers: d(0),
    dataOutGb: null,
    efoConsumers: d(0),
    efoDataOutGb: null,
    putPayloadUnits: null,
    ...fields,
  };
}

const items = (streams: Stream[], at: Scenario = scenario({ functions: [], kinesisStreams: streams })) => kinesis.lineItems(at, prices, month);
const byId = (list: readonly LineItem[]) => Object.fromEntries(list.map((item) => [item.id, item.monthlyUsd.toFixed(2)]));
const total = (list: readonly LineItem[]) => sum(list.map((item) => item.exactUsd));

describe('Kinesis: the Price-List goldens (IC kinesis_stream, 2024-07-01)', () => {
  it('on-demand: 730 stream-hours + 0.2 GB in = $29.20 + $0.02', () => {
    expect(byId(items([stream({ dataInGb: fixed('0.2') })]))).toEqual({ 'kinesis.on-demand.stream-hours': '29.20', 'kinesis.on-demand.data-in': '0.02' });
  });

  it('provisioned: 2,920 shard-hours = $43.80; 6.5M PUT payload units = $0.09', () => {
    const result = items([stream({ mode: 'provisioned', shards: d(4), putPayloadUnits: fixed(6_500_000) })]);
    expect(byId(result)).toEqual({ 'kinesis.provisioned.shard-hours': '43.80', 'kinesis.provisioned.put-payload-units': '0.09' });
    expect(result[0]!.quantity.toFixed()).toBe('2920');
  });
});

describe('Kinesis: derived quantities, by hand', () => {
  it('on-demand: records rounded up to whole KB, read by each consumer and each EFO consumer', () => {
    // 1,000,000 records × 4.5 KB, each counted as 5 KB = 5,000,000 KB ÷ 1,048,576 = 4.76837158203125 GB
    //   in:  × $0.08 = $0.3814697265625 → $0.38
    //   out: 2 consumers × 4.76837158203125 = 9.5367431640625 GB × $0.04 = $0.3814697265625 → $0.38
    //   EFO: 1 consumer × 4.76837158203125 GB × $0.05 = $0.2384185791015625 → $0.24
    //   hours: 730 × $0.04 = $29.20; together $30.2013580322265625
    const result = items([stream({ records: fixed(1_000_000), recordKb: d('4.5'), consumers: d(2), efoConsumers: d(1) })]);
    expect(byId(result)).toEqual({
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '0.38',
      'kinesis.on-demand.data-out': '0.38',
      'kinesis.on-demand.efo-data-out': '0.24',
    });
    expect(result[1]!.quantity.toFixed()).toBe('4.76837158203125');
    expect(result[1]!.label).toBe('Kinesis on-demand data in');
    expect(result[1]!.basis!.countedAs).toBe('GB (clicks: 1,000,000 records × 4.5 KB rounded up to 5 KB ≈ 4.7684 GB in)');
    expect(result[2]!.label).toBe('Kinesis on-demand data retrieved');
    expect(result[2]!.basis!.countedAs).toBe('GB (clicks: 2 consumers × ≈ 4.7684 GB in ≈ 9.5367 GB)');
    expect(total(result).toFixed()).toBe('30.2013580322265625');
  });

  it('a record under 1 KB still counts as 1 KB; a given GB out replaces the consumers', () => {
    // 1,048,576 records × 0.1 KB → 1 KB each = 1 GB in ($0.08); 3 GB out given ($0.12)
    const result = items([stream({ records: fixed(1_048_576), recordKb: d('0.1'), dataOutGb: fixed(3) })]);
    expect(result.find((item) => item.id === 'kinesis.on-demand.data-in')!.quantity.toFixed()).toBe('1');
    expect(result.find((item) => item.id === 'kinesis.on-demand.data-out')!.exactUsd.toFixed()).toBe('0.12');
  });

  it('provisioned: each record is one PUT payload unit per 25 KB chunk', () => {
    // 2 shards × 730 h = 1,460 shard-hours × $0.015 = $21.90
    // 10,000,000 records × 30 KB → 2 units each = 20,000,000 units × $0.014/M = $0.28
    const result = items([stream({ mode: 'provisioned', shards: d(2), records: fixed(10_000_000), recordKb: d(30) })]);
    expect(byId(result)).toEqual({ 'kinesis.provisioned.shard-hours': '21.90', 'kinesis.provisioned.put-payload-units': '0.28' });
    expect(result[1]!.label).toBe('Kinesis PUT payload units');
    expect(result[1]!.basis!.countedAs).toBe('units (clicks: 10,000,000 records of 30 KB × 2 units of 25 KB = 20,000,000 units)');
  });

  it('two streams of a mode share a line, each one named in it', () => {
    const result = items([stream({ dataInGb: fixed(1) }), stream({ name: 'views', hoursPerMonth: d(365), dataInGb: fixed(2) })]);
    // (730 + 365) h × $0.04 = $43.80; 3 GB × $0.08 = $0.24
    expect(byId(result)).toEqual({ 'kinesis.on-demand.stream-hours': '43.80', 'kinesis.on-demand.data-in': '0.24' });
    expect(result[0]!.label).toBe('Kinesis on-demand stream-hours');
    expect(result[0]!.basis!.countedAs).toBe('stream-hours (clicks: 730 h; views: 365 h)');
  });

  it('no streams: no line items, and no prices asked for', () => {
    expect(kinesis.lineItems(scenario({ functions: [] }), { ...prices, kinesis: null }, month)).toEqual([]);
  });
});

describe('Kinesis: a pricing version without it', () => {
  it('is one clear error naming the service and the version', () => {
    const old = book('aws-2022-08-01');
    expect(old.regions['us-east-1']!.kinesis).toBeNull();
    const at = scenario({ functions: [], kinesisStreams: [stream({ dataInGb: fixed(1) })] });
    expect(() => estimate(at, old)).toThrow(PricingError);
    expect(() => estimate(at, old)).toThrow('pricing aws-2022-08-01 (us-east-1) has no Kinesis prices; choose another region or pricing version');
  });
});

const yaml = (services: string, traffic = 'traffic: { requests_per_month: 1000000 }\n') =>
  scenarioFromYaml(parseYaml('FILE', `name: k\n${traffic}lambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10 }\nservices:\n${services}`));
function errorOf(services: string, traffic?: string): string {
  try {
    yaml(services, traffic);
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors) return formatError(error as SlcostError);
    throw error;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('Kinesis: the scenario section', () => {
  it('reads the issue vocabulary with its defaults', () => {
    const [clicks] = yaml('  kinesis: [{ name: clicks, mode: on_demand, data_in_gb_per_month: 0.2 }]\n').kinesisStreams;
    expect(clicks).toMatchObject({ name: 'clicks', mode: 'on_demand', records: null, putPayloadUnits: null });
    expect(clicks!.hoursPerMonth.toFixed()).toBe('730');
    expect(clicks!.dataInGb).toEqual({ perMonth: d('0.2'), followsTraffic: false });
    expect(clicks!.consumers.toFixed()).toBe('1');
    expect(clicks!.efoConsumers.toFixed()).toBe('0');
  });

  it('reads a figure per request against the traffic, and scales it with the traffic', () => {
    const read = yaml('  kinesis: [{ name: s, records_per_request: 2, record_kb: 3 }]\n');
    expect(read.kinesisStreams[0]!.records).toEqual({ perMonth: d(2_000_000), followsTraffic: true });
    const doubled = atVolume(read, d(2_000_000));
    expect(doubled.kinesisStreams[0]!.records!.perMonth.toFixed()).toBe('4000000');
    // A fixed figure stays where it is.
    const fixedIn = yaml('  kinesis: [{ name: s, data_in_gb_per_month: 5 }]\n');
    expect(atVolume(fixedIn, d(9_000_000)).kinesisStreams[0]!.dataInGb!.perMonth.toFixed()).toBe('5');
  });

  it('points each mistake at its field', () => {
    expect(errorOf('  kinesis: [{ name: s, mode: provisioned }]\n')).toBe('FILE:7:13: a provisioned stream needs shards: the shards it holds all month (at services.kinesis[0])');
    expect(errorOf('  kinesis: [{ name: s, shards: 2 }]\n')).toMatch(/^FILE:7:\d+: shards apply to a provisioned stream; .* \(at services\.kinesis\[0\]\.shards\)$/);
    expect(errorOf('  kinesis: [{ name: s, records_per_month: 5, data_in_gb_per_month: 1 }]\n')).toMatch(
      /give data_in_gb or records, not both.*\(at services\.kinesis\[0\]\.data_in_gb_per_month\)$/,
    );
    expect(errorOf('  kinesis: [{ name: s, mode: provisioned, shards: 1, data_in_gb_per_month: 1 }]\n')).toMatch(
      /data_in_gb applies to an on-demand stream.*\(at services\.kinesis\[0\]\.data_in_gb_per_month\)$/,
    );
    expect(errorOf('  kinesis: [{ name: s, consumers: 2, data_out_gb_per_request: 0.001 }]\n')).toMatch(
      /give data_out_gb or consumers, not both.*\(at services\.kinesis\[0\]\.data_out_gb_per_request\)$/,
    );
    expect(errorOf('  kinesis: [{ name: s, mode: provisioned, shards: 1, efo_consumers: 1 }]\n')).toMatch(
      /enhanced fan-out on a provisioned stream .* is not priced.*\(at services\.kinesis\[0\]\.efo_consumers\)$/,
    );
    expect(errorOf('  kinesis: [{ name: s, put_payload_units_per_month: 5 }]\n')).toMatch(
      /PUT payload units are billed on a provisioned stream.*\(at services\.kinesis\[0\]\.put_payload_units_per_month\)$/,
    );
    expect(errorOf('  kinesis: [{ name: s, record_kb: 3 }]\n')).toMatch(/record_kb sizes records.*\(at services\.kinesis\[0\]\.record_kb\)$/);
    expect(errorOf('  kinesis: [{ name: s, records_per_request: 1 }]\n', '')).toMatch(
      /records_per_request needs traffic\.requests_per_month.*\(at services\.kinesis\[0\]\.records_per_request\)$/,
    );
    expect(errorOf('  kinesis: [{ name: s, shard: 1 }]\n')).toMatch(/unknown key "shard"; did you mean "shards"\? \(at services\.kinesis\[0\]\.shard\)/);
    expect(errorOf('  kinesis: [{ name: s, mode: fast }]\n')).toMatch(/\(at services\.kinesis\[0\]\.mode\)/);
  });
});

describe('Kinesis: the template section', () => {
  it('reads on-demand and provisioned streams with their shards', () => {
    const section = kinesis.template!.section([
      { logicalId: 'Clicks', type: 'AWS::Kinesis::Stream', properties: { StreamModeDetails: { StreamMode: 'ON_DEMAND' } } },
      { logicalId: 'Views', type: 'AWS::Kinesis::Stream', properties: { ShardCount: 3 } },
      { logicalId: 'Logs', type: 'AWS::Kinesis::Stream', properties: { StreamModeDetails: { StreamMode: 'PROVISIONED' }, ShardCount: '2' } },
      { logicalId: 'Unresolved', type: 'AWS::Kinesis::Stream', properties: { ShardCount: { Ref: 'Shards' } } },
    ]);
    expect(section).toEqual([
      { name: 'Clicks', mode: 'on_demand' },
      { name: 'Views', mode: 'provisioned', shards: 3 },
      { name: 'Logs', mode: 'provisioned', shards: 2 },
      { name: 'Unresolved', mode: 'provisioned' },
    ]);
    expect(kinesis.template!.types).toEqual(['AWS::Kinesis::Stream']);
  });

  it('says retention past the 24 hours a stream includes, which it does not price (a year of it went unsaid)', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    kinesis.template!.section(
      [
        { logicalId: 'Day', type: 'AWS::Kinesis::Stream', properties: { ShardCount: 1, RetentionPeriodHours: 24 } },
        { logicalId: 'Week', type: 'AWS::Kinesis::Stream', properties: { ShardCount: 1, RetentionPeriodHours: '168' } },
        { logicalId: 'Year', type: 'AWS::Kinesis::Stream', properties: { StreamModeDetails: { StreamMode: 'ON_DEMAND' }, RetentionPeriodHours: 8760 } },
        { logicalId: 'Sub', type: 'AWS::Kinesis::Stream', properties: { ShardCount: 1, RetentionPeriodHours: { 'Fn::Sub': '48' } } },
        { logicalId: 'Ref', type: 'AWS::Kinesis::Stream', properties: { ShardCount: 1, RetentionPeriodHours: { Ref: 'Hours' } } },
      ],
      reader,
    );
    const billed = (id: string, hours: string) =>
      `Resources.${id}.Properties.RetentionPeriodHours: ${hours} hours of retention, past the 24 a stream's price includes, are billed (to 7 days by the shard-hour, past them by the GB-month) and slcost does not price them; the bill leaves them out`;
    expect(notes).toEqual([
      billed('Week', '168'),
      billed('Year', '8,760'),
      'Resources.Sub.Properties.RetentionPeriodHours: Fn::Sub cannot be worked out from the template alone; not read',
    ]);
  });
});

const streamArb = fc
  .record({
    mode: fc.constantFrom<Stream['mode']>('on_demand', 'provisioned'),
    records: fc.integer({ min: 0, max: 1_000_000_000 }),
    recordKb: fc.double({ min: 0.01, max: 1024, noNaN: true }),
    consumers: fc.integer({ min: 0, max: 5 }),
    efoConsumers: fc.integer({ min: 0, max: 3 }),
    shards: fc.integer({ min: 1, max: 100 }),
    hours: fc.integer({ min: 1, max: 744 }),
  })
  .map((input) =>
    stream({
      mode: input.mode,
      records: fixed(input.records),
      recordKb: d(input.recordKb),
      consumers: d(input.mode === 'on_demand' ? input.consumers : 0),
      efoConsumers: d(input.mode === 'on_demand' ? input.efoConsumers : 0),
      shards: d(input.mode === 'provisioned' ? input.shards : 0),
      hoursPerMonth: d(input.hours),
    }),
  );

describe('Kinesis: laws', () => {
  it('more records, or bigger ones, never cost less', () => {
    fc.assert(
      fc.property(streamArb, fc.integer({ min: 1, max: 1_000_000_000 }), fc.double({ min: 0, max: 100, noNaN: true }), (s, more, biggerKb) => {
        const before = total(items([s]));
        expect(total(items([{ ...s, records: fixed(s.records!.perMonth.plus(more).toString()) }])).greaterThanOrEqualTo(before)).toBe(true);
        expect(total(items([{ ...s, recordKb: s.recordKb.plus(biggerKb) }])).greaterThanOrEqualTo(before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('line items add up to the total, and the free tier changes nothing (Kinesis has none)', () => {
    fc.assert(
      fc.property(fc.array(streamArb, { minLength: 1, maxLength: 4 }), (streams) => {
        const withFree = scenario({ functions: [], freeTier: true, kinesisStreams: streams });
        const result = estimate(withFree, book()).platforms[0]!;
        const own = result.lineItems.filter((item) => item.service === 'kinesis');
        expect(sum(own.map((item) => item.exactUsd)).equals(total(items(streams)))).toBe(true);
        expect(sum(result.lineItems.map((item) => item.monthlyUsd)).equals(result.monthlyUsd)).toBe(true);
        for (const item of own) expect(item.quantity.times(item.unitPriceUsd).equals(item.exactUsd)).toBe(true);
        expect(total(items(streams, { ...withFree, freeTier: false })).equals(total(items(streams)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Kinesis in a whole estimate', () => {
  it('is priced alike on every platform, as a shared service', () => {
    const text = `name: k
traffic: { requests_per_month: 10000000 }
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 100 }
services:
  kinesis:
    - { name: clicks, records_per_request: 1, record_kb: 2, consumers: 2 }
    - { name: audit, mode: provisioned, shards: 2, records_per_request: 1, record_kb: 30 }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
`;
    const result = estimate(scenarioFromYaml(parseYaml('FILE', text)), book());
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'ec2', 'fargate']);
    const own = result.platforms.map((platform) => platform.lineItems.filter((item) => item.service === 'kinesis'));
    // 10M records × 2 KB = 20,000,000 KB ÷ 1,048,576 = 19.073486328125 GB: in $1.52587890625, out (× 2) $1.52587890625
    // 10M records × 30 KB → 2 units = 20M units × $0.014/M = $0.28; 1,460 shard-hours = $21.90; 730 stream-hours = $29.20
    expect(byId(own[0]!)).toEqual({
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '1.53',
      'kinesis.on-demand.data-out': '1.53',
      'kinesis.provisioned.shard-hours': '21.90',
      'kinesis.provisioned.put-payload-units': '0.28',
    });
    expect(own[1]).toEqual(own[0]);
    expect(own[2]).toEqual(own[0]);
    expect(result.platforms[0]!.services.find((service) => service.id === 'kinesis')).toMatchObject({ label: 'Kinesis', shared: true });
    expect(result.breakeven).not.toBeNull();
  });
});
