// Whole serverless architectures, third batch: the corners a pricing engine most often gets wrong, each bill derived
// by hand from the published facts (pricing-facts.md §1.3, §2.2; pricing-facts-services.md §1.1, §1.2, §1.5) and
// the unit prices of the shipped table (pricing/aws/2025-10-08.yaml: us-east-1, eu-west-1, ap-northeast-1 and
// ap-southeast-2), before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-3/derivations.py prints every line). Every line is rounded to the cent, halves
// up; a total is the sum of its lines. This batch covers what the first two skip: bands crossed inside one month
// (REST past 333M and 1B, SQS past 100B, WebSocket past 1B, HTTP past 300M in 512 KB steps, egress in all four bands,
// S3 past 500 TB), the services' less common meters (SNS mobile push, Firehose and SMS at two prices; payloads of
// exactly 64, 64.001, 65 and 256 KB; transactional DynamoDB, three tables' free capacity, stream reads by Lambda and by
// another consumer; part-month Kinesis; Infrequent Access logs and Logs Insights), provisioned concurrency with its
// invocations given, reserved concurrency throttling a function, regions beyond us-east-1, a region a table lacks,
// and the containers side with shared services.
//
// Conventions, as in the first two batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band. No function here names a runtime or an INIT duration, so no INIT
//   phase is billed (docs/cold-starts.md).
// - Provisioned concurrency (facts §2.2, PC-EX1): count × GB × hours × 3,600 at the configured rate, the invocations
//   it serves at the provisioned duration rate; the rest on demand with the free tier. Ephemeral storage above 512 MB
//   on every invocation's GB-s (README).
// - Reserved concurrency (docs/cold-starts.md, "Throttled requests are not billed"): in an hour whose concurrency
//   (requests a second × billed seconds) is over the limit, the function serves limit × 3,600 ÷ billed seconds; the
//   rest are throttled and not billed by Lambda, nor in its logs. A function nobody waits on (a queue's worker) has
//   what the limit holds back in its busy hours kept by its queue and run in quieter ones: its month serves up to
//   730 such hours' worth. A queue feeding it is priced at the full traffic (decision, same page). Steady traffic:
//   every hour the average hour.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored
//   × 0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire; three free allowances of 5 that stated
//   logs take first (decision, docs/services/cloudwatch-logs.md).
// - Free units come off the bottom of a band (Lambda, SQS: AWS's SQS table reads "first 1 million free, then 1M to
//   100B at $0.40"); data transfer's free 100 GB come first, then the bands (the bill line "beyond the global free
//   tier", docs/services/data-transfer.md).
// - SNS: publishes × ceil(KB / 64); deliveries per message per subscription or as given (decision); the 100 free SMS
//   to the first price named first (decision). SQS: messages × ceil(KB / 64) × api_calls_per_message. EventBridge:
//   events × ceil(KB / 64), no free tier.
// - Kinesis: records rounded up to whole KB of 1,024 B, GB of 1,048,576 KB (decision); provisioned PUT payload units
//   of 25 KB; hours_per_month for a part-month stream.
// - Containers (README, "Containers"): each hour max(minimum, ceil(requests a second ÷ capacity)) instances or tasks;
//   an ALB's capacity units each hour the larger of new connections a second ÷ 25 and GB processed an hour; a Savings
//   Plan commits the quietest hour's fleet at the plan's rate every hour, the rest on demand; Spot 70% off. The
//   services of `services:` are on every platform (shared); a function's logs, and a NAT `used_by: functions`, on the
//   serverless side only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { billsOf, fixtureScenario, serverlessBill, estimateJsonOf, jsonBill, type JsonLine } from '../helpers/bills.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { Decimal } from '../../src/core/money.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { book, scenarioOf } from '../helpers/build.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-3';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bills = billsOf;
const bill = serverlessBill;

/** Each platform's services as id → shared, to see which side pays what. */
function sharedServices(scenario: Scenario): Record<string, Record<string, boolean>> {
  return Object.fromEntries(
    estimate(scenario, book(scenario.pricingId)).platforms.map((platform) => [platform.id, Object.fromEntries(platform.services.map((service) => [service.id, service.shared]))]),
  );
}

interface JsonEstimate {
  readonly platforms: { readonly serverless: { readonly monthly_usd: string; readonly line_items: readonly JsonLine[] } };
  readonly functions: readonly { readonly name: string; readonly requests_per_month: string; readonly throttled_requests: string }[];
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

/** `slcost estimate FILE --format json [options]`, as CI reads it. */
const estimateJson = (file: string, ...options: string[]) => estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`, ...options]);

const serverlessJsonBill = (json: JsonEstimate): Record<string, string> => jsonBill(json.platforms.serverless);

describe('bands crossed inside one month (aws-2025-10-08, us-east-1)', () => {
  // 3.1. 1.2B REST API calls a month (1-tier-boundaries.yaml), free tier on.
  //    REST: 333M × $3.50 = $1,165.50; 667M × $2.80 = $1,867.60; the last 200M in the 1B–20B band × $2.38 = $476.00.
  //    api (x86_64, 128 MB, 9.1 ms billed as 10 ms): 1.2B × 0.010 s × 0.125 GB = 1,500,000 GB-s − 400,000 free
  //      = 1,100,000 × $0.0000166667 = $18.33337 → $18.33; requests 1,199M × $0.20/M = $239.80.
  //    Logs: 1.2B × 264 B = 316.8 GB − 5 free = 311.8 × $0.50 = $155.90 (under the 10 TB band edge);
  //      stored 316.8 × 0.15 × 7 ÷ (365/12) = 10.9361 GB-months − 5 = 5.9361 × $0.03 = $0.1781 → $0.18.
  //    SQS: 36B messages × 1 chunk × 3 calls = 108B requests. Free million off the bottom of the first band:
  //      (100B − 1M) × $0.40/M = $39,999.60; 8B × $0.30/M = $2,400.00 (the 100B–200B band).
  //    Egress: 1.2B responses × 134 KB = 160,800 GB (10^6 KB a GB) − 100 free = 160,700 GB: 10,240 × $0.09 = $921.60;
  //      40,960 × $0.085 = $3,481.60; 102,400 × $0.07 = $7,168.00; 7,100 over 150 TB × $0.05 = $355.00.
  //    Total $58,249.11.
  it('REST past 333M and 1B, SQS past 100B with the free million off its first band, egress in all four bands: $58,249.11', () => {
    expect(bill(load('1-tier-boundaries.yaml'))).toEqual({
      'lambda.requests': '239.80',
      'lambda.duration.x86_64.tier-1': '18.33',
      'api-gateway.rest.requests.tier-1': '1165.50',
      'api-gateway.rest.requests.tier-2': '1867.60',
      'api-gateway.rest.requests.tier-3': '476.00',
      'lambda-logs.ingestion.tier-1': '155.90',
      'lambda-logs.storage': '0.18',
      'sqs.standard.requests.tier-1': '39999.60',
      'sqs.standard.requests.tier-2': '2400.00',
      'data-transfer.internet-out.tier-1': '921.60',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '7168.00',
      'data-transfer.internet-out.tier-4': '355.00',
      total: '58249.11',
    });
  });
});

describe("the services' less common meters (aws-2025-10-08, us-east-1)", () => {
  // 3.2. 2-message-meters.yaml, free tier on | off (--no-free-tier, 3.2b).
  //    notifier (x86_64, 128 MB, 50 ms, 2M): requests 1M over the free million × $0.20/M = $0.20 | 2M → $0.40;
  //      12,500 GB-s, free | × $0.0000166667 = $0.2083 → $0.21; logs 2M × 264 B = 0.528 GB, free | × $0.50 = $0.264
  //      → $0.26; stored 0.528 × 0.15 × 12 = 0.9504 GB-months, free | × $0.03 = $0.0285 → $0.03.
  //    SNS publishes: alerts 3M of 64.001 KB = 2 chunks = 6M; receipts 500,000 of exactly 64 KB = 1 chunk;
  //      6.5M − 1M free = 5.5M × $0.50/M = $2.75 | $3.25.
  //    Deliveries, per message, not per chunk (decision): mobile push 3M × 2 subscriptions = 6M × $0.50/M = $3.00;
  //      Firehose 3M × $0.19/M = $0.57 (neither has a free allowance); HTTP/S 500,000 × 2 = 1M − 100,000 free = 900,000
  //      × $0.60/M = $0.54 | $0.60; email 500,000 − 1,000 free = 499,000 × $20.00/M = $9.98 | $10.00; SQS and Lambda
  //      500,000 each at $0.
  //    SMS, given: alerts 5,000 at $0.00645, the first price named, takes the 100 free: 4,900 × $0.00645 = $31.605 →
  //      $31.61 (a half cent, up) | 5,000 → $32.25; receipts 300 at $0.02 = $6.00 (a second line, `price-2`).
  //    SQS: inbox (standard) 2M of exactly 64 KB = 1 chunk × 3 calls = 6M − 1M free = 5M × $0.40/M = $2.00 | $2.40;
  //      FIFO: ledger 1M of 64.001 KB = 2 chunks × 3 = 6M; bulky 500,000 of 256 KB = 4 chunks × 2 calls = 4M;
  //      10M × $0.50/M = $5.00.
  //    EventBridge, 65 KB = 2 chunks: custom 4M → 8M × $1.00/M = $8.00; partner 2M → 4M = $4.00; no free tier.
  //    Warnings `payload_just_over_step` for the 64.001 KB queue and topic and the 65 KB events, none for 64 or 256 KB.
  //    Total $73.65 | $75.97.
  const meters = {
    'lambda.requests': '0.20',
    'lambda.duration.x86_64.tier-1': '0.00',
    'lambda-logs.ingestion.tier-1': '0.00',
    'lambda-logs.storage': '0.00',
    'sqs.standard.requests.tier-1': '2.00',
    'sqs.fifo.requests.tier-1': '5.00',
    'sns.publishes.tier-1': '2.75',
    'sns.deliveries.http.tier-1': '0.54',
    'sns.deliveries.email.tier-1': '9.98',
    'sns.deliveries.firehose.tier-1': '0.57',
    'sns.deliveries.mobile-push.tier-1': '3.00',
    'sns.deliveries.sqs.tier-1': '0.00',
    'sns.deliveries.lambda.tier-1': '0.00',
    'sns.deliveries.sms.tier-1': '31.61',
    'sns.deliveries.sms.price-2.tier-1': '6.00',
    'eventbridge.custom-events': '8.00',
    'eventbridge.partner-events': '4.00',
    total: '73.65',
  };
  it('SNS mobile push, Firehose and SMS at two prices, queues at 64, 64.001 and 256 KB, 65 KB events: $73.65', () => {
    expect(bill(load('2-message-meters.yaml'))).toEqual(meters);
    const { status, json } = estimateJson('2-message-meters.yaml');
    expect(status).toBe(0);
    expect(serverlessJsonBill(json)).toEqual(meters);
    const steps = json.warnings.filter((warning) => warning.id === 'payload_just_over_step').map((warning) => warning.message);
    expect(steps).toHaveLength(3);
    expect(steps.some((message) => message.includes('queue ledger') && message.includes('64.001 KB'))).toBe(true);
    expect(steps.some((message) => message.includes('topic alerts') && message.includes('64.001 KB'))).toBe(true);
    expect(steps.some((message) => message.includes('EventBridge') && message.includes('65 KB'))).toBe(true);
  });
  it('the same with --no-free-tier: SMS, email, HTTP/S, publishes and the queue million at list price: $75.97', () => {
    const { status, json } = estimateJson('2-message-meters.yaml', '--no-free-tier');
    expect(status).toBe(0);
    expect(serverlessJsonBill(json)).toEqual({
      ...meters,
      'lambda.requests': '0.40',
      'lambda.duration.x86_64.tier-1': '0.21',
      'lambda-logs.ingestion.tier-1': '0.26',
      'lambda-logs.storage': '0.03',
      'sqs.standard.requests.tier-1': '2.40',
      'sns.publishes.tier-1': '3.25',
      'sns.deliveries.http.tier-1': '0.60',
      'sns.deliveries.email.tier-1': '10.00',
      'sns.deliveries.sms.tier-1': '32.25',
      total: '75.97',
    });
  });

  // 3.3. 3-dynamodb-kinesis-logs.yaml, free tier on.
  //    projector (arm64, 256 MB, 80 ms, 5M): requests 4M × $0.20/M = $0.80; 100,000 GB-s, free.
  //    Stated logs, Infrequent Access: 40 GB − 5 free = 35 × $0.25 = $8.75; stored 40 × 0.15 × 90 ÷ (365/12) = 17.7534
  //      GB-months − 5 = 12.7534 × $0.03 = $0.3826 → $0.38; Logs Insights 120 − 5 = 115 GB × $0.005 = $0.575 → $0.58.
  //    projector's logs: 5M × (264 + 500) B = 3.82 GB, the free 5 GB taken by the stated logs: × $0.50 = $1.91;
  //      stored 3.82 × 0.15 × 14 ÷ (365/12) = 0.2637 GB-months × $0.03 = $0.0079 → $0.01.
  //    orders (on demand): 40M transactional reads of 9 KB = ceil(9/4) = 3 × 2 = 6 RRU = 240M × $0.125/M = $30.00;
  //      10M writes of 9 KB = 9 WRU × 1.4 (40% transactional, ×2) = 126M × $0.625/M = $78.75.
  //    Provisioned capacity of catalog and audit together, less the account's free 25 + 25: RCU 30 + 5 − 25 = 10 × 730 h
  //      = 7,300 × $0.00013 = $0.949 → $0.95; WCU 12 + 40 − 25 = 27 × 730 = 19,710 × $0.00065 = $12.8115 → $12.81.
  //    Storage 18 + 20 + 4 − 25 = 17 GB × $0.25 = $4.25.
  //    Streams: orders' 4M and audit's 1M read by another consumer, 5M − 2.5M free = 2.5M × $0.02/100,000 = $0.50;
  //      catalog's 1.5M read by Lambda, free.
  //    Kinesis clicks (on demand, 300 h): 300 × $0.04 = $12.00; 20M × 2.1 KB → 3 KB = 60M KB ÷ 1,048,576 = 57.2205 GB in
  //      × $0.08 = $4.5776 → $4.58; 2 consumers: 114.4409 GB × $0.04 = $4.58; 1 fan-out: 57.2205 × $0.05 = $2.861 → $2.86.
  //    Kinesis ledger (provisioned, 3 shards, 500 h): 1,500 shard-hours × $0.015 = $22.50; 8M records of 50.5 KB =
  //      3 units of 25 KB = 24M × $0.014/M = $0.336 → $0.34.
  //    Total $186.55.
  it('transactional reads and writes, three tables sharing the free capacity and stream reads, part-month Kinesis, IA logs: $186.55', () => {
    expect(bill(load('3-dynamodb-kinesis-logs.yaml'))).toEqual({
      'lambda.requests': '0.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '1.91',
      'lambda-logs.storage': '0.01',
      'dynamodb.write-request-units': '78.75',
      'dynamodb.read-request-units': '30.00',
      'dynamodb.write-capacity': '12.81',
      'dynamodb.read-capacity': '0.95',
      'dynamodb.storage': '4.25',
      'dynamodb.stream-read-request-units': '0.50',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'kinesis.on-demand.stream-hours': '12.00',
      'kinesis.on-demand.data-in': '4.58',
      'kinesis.on-demand.data-out': '4.58',
      'kinesis.on-demand.efo-data-out': '2.86',
      'kinesis.provisioned.shard-hours': '22.50',
      'kinesis.provisioned.put-payload-units': '0.34',
      'cloudwatch-logs.ingestion.infrequent-access': '8.75',
      'cloudwatch-logs.storage': '0.38',
      'cloudwatch-logs.insights': '0.58',
      total: '186.55',
    });
  });
});

describe('provisioned and reserved concurrency (aws-2025-10-08, us-east-1)', () => {
  // 3.4. 4-provisioned-and-reserved.yaml, free tier on, steady traffic.
  //    checkout (arm64, 2,048 MB, 120 ms, 2,048 MB ephemeral, 30M): 20 environments for 300 h, said to serve 18M:
  //      configured 20 × 2 GB × 300 h × 3,600 s = 43,200,000 GB-s × $0.0000033334 = $144.00288 → $144.00;
  //      18M × 0.12 s × 2 GB = 4,320,000 GB-s × $0.0000077778 = $33.600096 → $33.60 (within their 43,200,000);
  //      the other 12M on demand: 2,880,000 GB-s × $0.0000133334 = $38.400192 → $38.40 (the free GB-s went to x86_64);
  //      ephemeral 1.5 GB over the free 512 MB × 30M × 0.12 s = 5,400,000 GB-s × $0.0000000309 = $0.16686 → $0.17.
  //    ingest (x86_64, 1,024 MB, 500 ms, 100M, reserved 10): 100M ÷ 2,628,000 s × 0.5 s = 19.03 concurrent, over 10, in
  //      every hour: it serves 10 × 3,600 ÷ 0.5 = 72,000 an hour × 730 = 52,560,000; 47,440,000 throttled, not billed.
  //      52,560,000 × 0.5 s × 1 GB = 26,280,000 − 400,000 free = 25,880,000 × $0.0000166667 = $431.334196 → $431.33.
  //    Requests: 30M + 52.56M − 1M = 81.56M × $0.20/M = $16.312 → $16.31.
  //    Logs (no logs block: 264 B, never expire): 82.56M × 264 B = 21.79584 GB − 5 = 16.79584 × $0.50 = $8.39792 → $8.40;
  //      stored × 0.15 × 12 = 39.232512 − 5 = 34.232512 × $0.03 = $1.0270 → $1.03.
  //    SQS, at the full traffic (decision): 100M × 3 = 300M − 1M = 299M × $0.40/M = $119.60.
  //    Total $792.84.
  it('arm64 provisioned concurrency for 300 h with its invocations given, a worker throttled at its reserved 10: $792.84', () => {
    expect(bill(load('4-provisioned-and-reserved.yaml'))).toEqual({
      'lambda.requests': '16.31',
      'lambda.duration.x86_64.tier-1': '431.33',
      'lambda.duration.arm64.tier-1': '38.40',
      'lambda.provisioned-concurrency.arm64': '144.00',
      'lambda.provisioned-duration.arm64': '33.60',
      'lambda.ephemeral-storage': '0.17',
      'lambda-logs.ingestion.tier-1': '8.40',
      'lambda-logs.storage': '1.03',
      'sqs.standard.requests.tier-1': '119.60',
      total: '792.84',
    });
    const { json } = estimateJson('4-provisioned-and-reserved.yaml');
    expect(json.functions.map((fn) => [fn.name, fn.requests_per_month, fn.throttled_requests])).toEqual([
      ['checkout', '30000000', '0'],
      ['ingest', '100000000', '47440000'],
    ]);
    expect(json.warnings.find((warning) => warning.id === 'reserved_concurrency')?.message).toContain('47,440,000 requests');
  });

  // 3.4b. 4b-provisioned-over-capacity.yaml: one environment (2,048 MB, arm64) for 10 h said to serve 18M of 30M
  //    invocations of 120 ms. It can run at most 1 × 10 h × 3,600 s ÷ 0.12 s = 300,000 of them: its configured
  //    1 × 2 GB × 36,000 s = 72,000 GB-s is all the time it has (facts §1.3: "Duration while running on PC"; the README's
  //    own model: "a full hour therefore serves less than its count × 3,600 s ÷ billed duration"). The rest run on demand.
  //    Right: requests 29M × $0.20/M = $5.80; configured 72,000 GB-s × $0.0000033334 = $0.24; 300,000 × 0.24 GB-s =
  //      72,000 × $0.0000077778 = $0.56; on demand 29.7M × 0.24 = 7,128,000 − 400,000 = 6,728,000 × $0.0000133334 =
  //      $89.7071 → $89.71; logs 7.92 − 5 = 2.92 GB × $0.50 = $1.46, stored 14.256 − 5 = 9.256 × $0.03 = $0.28. $98.05.
  //    slcost billed $74.45: all 18M at the provisioned duration rate, 4,320,000 GB-s of running on 72,000 GB-s of
  //    environment, and only 12M on demand ($33.60 and $33.07 for $0.56 and $89.71), without an error or a warning
  //    (src/providers/aws/lambda/line-items.ts took the stated figure up to the requests served only). Now the file is
  //    refused at the figure, and a stated share that a sweep or a sample carries past what the environments can run is
  //    taken up to it.
  it('provisioned concurrency said to serve more than its environments can run: refused at the figure, and taken up to it ($98.05) where a sweep carries it past', () => {
    const refused = runCli(['estimate', `${FIXTURES}/4b-provisioned-over-capacity.yaml`]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `slcost: ${FIXTURES}/4b-provisioned-over-capacity.yaml:14:85: serves more invocations (18,000,000) than 1 environment can run in 10 hours at 120 ms each (300,000) (at lambda.functions[0].provisioned_concurrency.requests_per_month)\n`,
    );
    const text = readFileSync(`${FIXTURES}/4b-provisioned-over-capacity.yaml`, 'utf8').replace('requests_per_month: 18000000', 'requests_per_month: 300000');
    const atCapacity = scenarioOf(text, 'at-capacity.yaml');
    const [checkout] = atCapacity.functions;
    const over = { ...atCapacity, functions: [{ ...checkout!, provisioned: { ...checkout!.provisioned!, requestsPerMonth: new Decimal(18_000_000) } }] };
    const expected = {
      'lambda.requests': '5.80',
      'lambda.duration.arm64.tier-1': '89.71',
      'lambda.provisioned-concurrency.arm64': '0.24',
      'lambda.provisioned-duration.arm64': '0.56',
      'lambda-logs.ingestion.tier-1': '1.46',
      'lambda-logs.storage': '0.28',
      total: '98.05',
    };
    expect(bill(over)).toEqual(expected);
    // At capacity exactly, the same bill: the cap is what the environments can run.
    expect(bill(atCapacity)).toEqual(expected);
  });
});

describe('regions beyond us-east-1 (aws-2025-10-08)', () => {
  // 3.5. eu-west-1 (5-websocket-eu-west-1.yaml), 60M invocations.
  //    WebSocket: 700M messages of exactly 64 KB = 2 × 32 KB steps = 1.4B metered: 1B × $1.14/M = $1,140.00; 400M over
  //      1B × $0.94/M = $376.00; 3B connection-minutes × $0.285/M = $855.00. No 12-month free tier (the default).
  //    relay (x86_64, 512 MB, 35 ms): 60M × 0.035 × 0.5 = 1,050,000 − 400,000 = 650,000 × $0.0000166667 = $10.8334 →
  //      $10.83; requests 59M × $0.20/M = $11.80.
  //    Logs at WARN (no platform lines): 60M × 150 B = 9 GB − 5 = 4 × Ireland's $0.57 = $2.28; stored 9 × 0.15 × 3 ÷
  //      (365/12) = 0.1332 GB-months, free.
  //    DynamoDB: 60M strong reads of 0.4 KB = 1 RRU = 60M × $0.1415/M = $8.49; 12M writes = 12M WRU × $0.705/M = $8.46;
  //      2 GB within the free 25.
  //    Egress 44,800 − 100 = 44,700 GB: 10,240 × $0.09 = $921.60; 34,460 × $0.085 = $2,929.10.
  //    Total $6,263.56.
  it('eu-west-1: a WebSocket API past 1B metered messages, each exactly two 32 KB steps: $6,263.56', () => {
    expect(bill(load('5-websocket-eu-west-1.yaml'))).toEqual({
      'lambda.requests': '11.80',
      'lambda.duration.x86_64.tier-1': '10.83',
      'api-gateway.websocket.messages.tier-1': '1140.00',
      'api-gateway.websocket.messages.tier-2': '376.00',
      'api-gateway.websocket.connection-minutes': '855.00',
      'lambda-logs.ingestion.tier-1': '2.28',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '8.46',
      'dynamodb.read-request-units': '8.49',
      'dynamodb.storage': '0.00',
      'data-transfer.internet-out.tier-1': '921.60',
      'data-transfer.internet-out.tier-2': '2929.10',
      total: '6263.56',
    });
  });

  // 3.6. ap-northeast-1, Tokyo (6-tokyo.yaml), 400M requests.
  //    REST: 333M × $4.25/M = $1,415.25; 67M × $3.53/M = $236.51.
  //    api (arm64, 256 MB, 20 ms): 2,000,000 − 400,000 = 1,600,000 × $0.0000133334 = $21.33344 → $21.33; requests 399M ×
  //      $0.20/M = $79.80.
  //    Logs: 400M × (264 + 36) B = 120 GB − 5 = 115 × $0.76 = $87.40; stored 120 × 0.15 × 30 ÷ (365/12) = 17.7534 − 5 =
  //      12.7534 × $0.033 = $0.4209 → $0.42.
  //    Egress 157,100 − 100 = 157,000 GB, Tokyo's bands (the table's source reproduces them: $1,167.36, $3,645.44,
  //      $8,806.40, 3,400 GB $285.60): 10,240 × $0.114; 40,960 × $0.089; 102,400 × $0.086; 3,400 × $0.084. To another
  //      region 750 × $0.09 = $67.50; across zones 1,000 GB × 2 × $0.01 = $20.00.
  //    NAT: 3 × 500 h × $0.062 = $93.00; 1,200 GB × $0.062 = $74.40.
  //    DynamoDB (units given): 80M RRU × $0.1425/M = $11.40; 30M WRU × $0.715/M = $21.45; 125 − 25 = 100 GB × $0.285 = $28.50.
  //    SQS FIFO: 20M × 1 chunk × 3 = 60M − 1M = 59M × $0.50/M = $29.50.
  //    SNS: 6M − 1M = 5M × $0.50/M = $2.50; Firehose 6M × $0.258/M = $1.548 → $1.55; SQS free.
  //    Kinesis: 730 h × $0.052 = $37.96; 100M × 1 KB = 95.3674 GB × $0.104 = $9.9182 → $9.92; × $0.052 = $4.9591 → $4.96.
  //    S3: 51,200 × $0.025 = $1,280.00; 8,800 × $0.024 = $211.20; 2M PUT × $0.0047/1,000 = $9.40; 90M GET × $0.00037/1,000
  //      = $33.30.
  //    Total $17,682.05.
  it('ap-northeast-1: REST past 333M at Tokyo rates, egress in all four bands, three NAT gateways, every service: $17,682.05', () => {
    expect(bill(load('6-tokyo.yaml'))).toEqual({
      'lambda.requests': '79.80',
      'lambda.duration.arm64.tier-1': '21.33',
      'api-gateway.rest.requests.tier-1': '1415.25',
      'api-gateway.rest.requests.tier-2': '236.51',
      'lambda-logs.ingestion.tier-1': '87.40',
      'lambda-logs.storage': '0.42',
      'dynamodb.write-request-units': '21.45',
      'dynamodb.read-request-units': '11.40',
      'dynamodb.storage': '28.50',
      's3.storage.tier-1': '1280.00',
      's3.storage.tier-2': '211.20',
      's3.put-requests': '9.40',
      's3.get-requests': '33.30',
      'sqs.fifo.requests.tier-1': '29.50',
      'sns.publishes.tier-1': '2.50',
      'sns.deliveries.firehose.tier-1': '1.55',
      'sns.deliveries.sqs.tier-1': '0.00',
      'kinesis.on-demand.stream-hours': '37.96',
      'kinesis.on-demand.data-in': '9.92',
      'kinesis.on-demand.data-out': '4.96',
      'nat-gateway.hours': '93.00',
      'nat-gateway.data-processed': '74.40',
      'data-transfer.internet-out.tier-1': '1167.36',
      'data-transfer.internet-out.tier-2': '3645.44',
      'data-transfer.internet-out.tier-3': '8806.40',
      'data-transfer.internet-out.tier-4': '285.60',
      'data-transfer.inter-region': '67.50',
      'data-transfer.cross-az': '20.00',
      total: '17682.05',
    });
  });

  // 3.7. ap-southeast-2, Sydney (7-sydney-http-513kb.yaml), 200M uploads of 513 KB.
  //    HTTP API: each 513 KB request is 2 × 512 KB steps: 400M metered, past the 300M edge though the requests are not:
  //      300M × $1.29/M = $387.00; 100M × $1.18/M = $118.00.
  //    upload (arm64, 1,024 MB, 240 ms): 48,000,000 − 400,000 = 47,600,000 × $0.0000133334 = $634.66984 → $634.67;
  //      requests 199M × $0.20/M = $39.80. Logs at WARN with no application bytes: nothing ingested, no lines.
  //    S3, 600,000 GB in three bands: 51,200 × $0.025 = $1,280.00; 460,800 × $0.024 = $11,059.20; 88,000 over 500 TB ×
  //      $0.023 = $2,024.00; 200M PUT × $0.0055/1,000 = $1,100.00.
  //    Total $16,642.67.
  it('ap-southeast-2: HTTP requests of 513 KB metered twice past 300M, S3 past 500 TB: $16,642.67', () => {
    expect(bill(load('7-sydney-http-513kb.yaml'))).toEqual({
      'lambda.requests': '39.80',
      'lambda.duration.arm64.tier-1': '634.67',
      'api-gateway.http.requests.tier-1': '387.00',
      'api-gateway.http.requests.tier-2': '118.00',
      's3.storage.tier-1': '1280.00',
      's3.storage.tier-2': '11059.20',
      's3.storage.tier-3': '2024.00',
      's3.put-requests': '1100.00',
      total: '16642.67',
    });
  });

  // 3.9. aws-2024-11-01 prices eu-west-1's Lambda and no service around it: one error naming both services the
  //    scenario uses, at its region: line, exit 2, nothing on stdout.
  it('aws-2024-11-01 in eu-west-1 asked for a table and a topic: one error naming both, exit 2', () => {
    const result = runCli(['estimate', `${FIXTURES}/9-region-lacks-services.yaml`, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('9-region-lacks-services.yaml:6:9: pricing aws-2024-11-01 (eu-west-1) lacks 2 prices this scenario needs');
    expect(result.stderr).toContain('has no DynamoDB prices; choose another region or pricing version');
    expect(result.stderr).toContain('has no SNS prices; choose another region or pricing version');
  });
});

describe('the containers side, shared services on every platform (aws-2025-10-08, us-east-1)', () => {
  // 3.8. 8-containers.yaml, 500M requests, steady: 190.2588 requests a second every hour.
  //    Serverless: HTTP API 300M × $1.00/M = $300.00, 200M × $0.90/M = $180.00; api (arm64, 512 MB, 100 ms): 25,000,000
  //      − 400,000 = 24,600,000 × $0.0000133334 = $328.00164 → $328.00, requests 499M → $99.80; its logs 500M × (264 +
  //      200) B = 232 GB − 5 = 227 × $0.50 = $113.50, stored 232 × 0.15 × 30 ÷ (365/12) = 34.3233 − 5 = 29.3233 × $0.03 =
  //      $0.8797 → $0.88; the NAT the function in a VPC needs (used_by: functions): 2 × 730 h × $0.045 = $65.70, 300 GB ×
  //      $0.045 = $13.50.
  //    Shared, on every platform: DynamoDB 500M eventual reads of 3 KB = 0.5 RRU = 250M × $0.125/M = $31.25; 50M writes ×
  //      3 WRU = 150M × $0.625/M = $93.75; 100 − 25 = 75 GB × $0.25 = $18.75. SQS 100M × 3 = 300M − 1M = 299M ×
  //      $0.40/M = $119.60. S3 2,000 GB × $0.023 = $46.00; 5M PUT = $25.00; 50M GET = $20.00. Egress 500M × 2 KB =
  //      1,000 GB − 100 = 900 × $0.09 = $81.00. Shared subtotal $435.35.
  //    EC2 (c7g.large, 80 a second each, at least 2): ceil(190.2588 ÷ 80) = 3 all month: 2,190 h × $0.0725 = $158.775 →
  //      $158.78 (a half cent, up).
  //    Fargate (1 vCPU, 2 GB, arm64, 60 a second each): ceil(190.2588 ÷ 60) = 4 tasks: 2,920 vCPU-h × $0.03238 = $94.5496
  //      → $94.55; 5,840 GB-h × $0.00356 = $20.7904 → $20.79.
  //    ALB on both: 730 h × $0.0225 = $16.425 → $16.43; LCU each hour max(190.2588 ÷ 25 = 7.6104 new connections, 3.4247
  //      GB processed (5 KB a request)) = 7.6104 × 730 = 5,555.5556 LCU-h × $0.008 = $44.4444 → $44.44; internet-facing
  //      in 3 zones: 3 × 730 × $0.005 = $10.95.
  //    Totals: serverless $1,536.73, EC2 $665.95, Fargate $622.51.
  it('EC2 and Fargate beside an HTTP API: the table, queue, bucket and egress on all three, logs and the NAT on serverless only', () => {
    const scenario = load('8-containers.yaml');
    const shared = {
      'dynamodb.write-request-units': '93.75',
      'dynamodb.read-request-units': '31.25',
      'dynamodb.storage': '18.75',
      's3.storage.tier-1': '46.00',
      's3.put-requests': '25.00',
      's3.get-requests': '20.00',
      'sqs.standard.requests.tier-1': '119.60',
      'data-transfer.internet-out.tier-1': '81.00',
    };
    const alb = { 'load-balancer.hours': '16.43', 'load-balancer.lcu': '44.44', 'load-balancer.public-ipv4': '10.95' };
    expect(bills(scenario)).toEqual({
      serverless: {
        'lambda.requests': '99.80',
        'lambda.duration.arm64.tier-1': '328.00',
        'api-gateway.http.requests.tier-1': '300.00',
        'api-gateway.http.requests.tier-2': '180.00',
        'lambda-logs.ingestion.tier-1': '113.50',
        'lambda-logs.storage': '0.88',
        'nat-gateway.hours': '65.70',
        'nat-gateway.data-processed': '13.50',
        ...shared,
        total: '1536.73',
      },
      ec2: { 'ec2.instances': '158.78', ...alb, ...shared, total: '665.95' },
      fargate: { 'fargate.vcpu.arm64': '94.55', 'fargate.memory.arm64': '20.79', ...alb, ...shared, total: '622.51' },
    });
    const sharedIds = { dynamodb: true, s3: true, sqs: true, 'data-transfer': true };
    expect(sharedServices(scenario)).toEqual({
      serverless: { lambda: false, 'api-gateway': false, 'lambda-logs': false, 'nat-gateway': false, ...sharedIds },
      ec2: { ec2: false, 'load-balancer': false, ...sharedIds },
      fargate: { fargate: false, 'load-balancer': false, ...sharedIds },
    });
  });

  // 3.10. 10-diurnal-containers.yaml, 300M requests, diurnal: 8 busy hours a day at 2 × the day's hourly average, the
  //    other 16 at (24 − 16) ÷ 16 = 0.5 ×. Decision (slcost's, shown only by the README's "busy hours only (242 h a
  //    month)"): the month is 730 whole hours from midnight, 30 days and hours 0–9 of a 31st, so 30 × 8 + 2 = 242 busy
  //    hours and 488 quiet, the weights scaled so the hours add up to the month: a busy hour 2 ÷ 728 of its requests, a
  //    quiet one 0.5 ÷ 728. (This derivation first took 730 × 8 ÷ 24 = 243⅓ busy hours, which moves the fleets' hours,
  //    the throttled count and five lines by 4–34 cents; the facts say nothing of a shape, so slcost's reading stands.)
  //    Busy hours 228.94 requests a second, quiet 57.23.
  //    worker (x86_64, 1,024 MB, 500 ms, 60M, reserved 10): busy hours 164,835.16 requests, 22.89 concurrent, serve 72,000;
  //      quiet hours 5.72 concurrent, all served. Its queue keeps what the limit holds back in the busy hours, so it
  //      serves up to 72,000 × 730 = 52,560,000 (7,440,000 throttled), where it read served 37,533,890.11 before:
  //      26,280,000 − 400,000 free = 25,880,000 GB-s × $0.0000166667 = $431.3342 → $431.33.
  //    api (arm64, 1,024 MB, 60 ms): 18,000,000 GB-s × $0.0000133334 = $240.0012 → $240.00 (the free GB-s went to x86_64).
  //    Requests 352,560,000 − 1M = × $0.20/M = $70.312 → $70.31. HTTP API exactly 300M: $300.00, no second band.
  //    Logs 352,560,000 × 264 B = 93.0758 GB − 5 = 88.0758 × $0.50 = $44.0379 → $44.04; stored × 0.15 × 12 = 167.5365
  //      − 5 = 162.5365 × $0.03 = $4.8761 → $4.88.
  //    Shared: SQS 60M × 3 = 180M − 1M = 179M × $0.40/M = $71.60 (the full traffic, throttled or not); the NAT (used_by:
  //      all, the default) 730 h × $0.045 = $32.85, 500 GB × $0.045 = $22.50.
  //    EC2 m7g.large, 50 a second each, Savings Plan 1 yr (28%): 5 busy, 2 quiet; the commitment is the quietest hour's 2
  //      at the plan's rate every hour: 2 × $0.0816 × 0.72 × 730 = $85.77792 → $85.78; above it, 3 × 242 h = 726 h on demand
  //      × $0.0816 = $59.2416 → $59.24.
  //    Fargate Spot (0.5 vCPU, 1 GB, x86_64, 25 a second each, at least 2): 10 busy, 3 quiet: 2,420 + 1,464 = 3,884
  //      task-hours; 1,942 vCPU-h × $0.04048 × 0.3 = $23.5836 → $23.58; 3,884 GB-h × $0.004445 × 0.3 = $5.1793 → $5.18.
  //    ALB, internal (no addresses): $16.43; LCU 300M ÷ 25 ÷ 3,600 = 3,333.3333 LCU-h (new connections lead in every
  //      hour) × $0.008 = $26.67.
  //    Totals: serverless $1,217.51, EC2 $315.07, Fargate $198.81.
  it('diurnal: a Savings Plan fleet and Fargate Spot, a worker held back in its busy hours, a shared NAT', () => {
    const shared = { 'sqs.standard.requests.tier-1': '71.60', 'nat-gateway.hours': '32.85', 'nat-gateway.data-processed': '22.50' };
    const alb = { 'load-balancer.hours': '16.43', 'load-balancer.lcu': '26.67' };
    expect(bills(load('10-diurnal-containers.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '70.31',
        'lambda.duration.x86_64.tier-1': '431.33',
        'lambda.duration.arm64.tier-1': '240.00',
        'api-gateway.http.requests.tier-1': '300.00',
        'lambda-logs.ingestion.tier-1': '44.04',
        'lambda-logs.storage': '4.88',
        ...shared,
        total: '1217.51',
      },
      ec2: { 'ec2.savings-plan-commitment': '85.78', 'ec2.instances': '59.24', ...alb, ...shared, total: '315.07' },
      fargate: { 'fargate.vcpu.x86_64': '23.58', 'fargate.memory.x86_64': '5.18', ...alb, ...shared, total: '198.81' },
    });
  });
});
