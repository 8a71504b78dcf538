// Whole serverless architectures, ninth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1–§1.3, §2.2, §3.1, §6, §7, §10; pricing-facts-services.md §1.1, §1.2, §1.5, §1.6, §3) and the
// unit prices of the shipped tables (pricing/aws/2024-02-01, 2024-11-01, 2025-05-01, 2025-08-01 and 2025-10-08.yaml:
// us-east-1, us-west-2, eu-west-1 and eu-central-1; pricing/gcp, azure and cloudflare 2026-12-05.yaml), before slcost
// priced them. The derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-9/
// derivations.py prints every line) and committed before slcost was run on them. Every line is rounded to the cent,
// halves up; a total is the sum of its lines. This batch leans on what the earlier ones touched least: a SAM template
// read end to end in Ireland (Globals, provisioned concurrency by Erlang's B on a steady month, a function's own log
// group by !Sub, a WARN worker with ephemeral storage, a provisioned and an on-demand table with a stream read by
// another consumer, a FIFO queue beside a dead-letter queue, a topic whose subscriptions are inline and by Ref, a state
// machine from an ASL file with two Choices, a Map in a Parallel and retries given in the usage file, a provisioned
// stream, a custom bus, an audit log group, two NAT gateways, a bucket, and data transfer the template lacks); a
// serverless.yml on the table of the DynamoDB cut (a table without BillingMode, a Kinesis ShardCount from a custom
// variable, the override of a function's log group, a schedule rule that bills nothing, a Standard and an Express
// machine); a custom day in Oregon whose busiest 120 hours hold 40 provisioned environments while a queue worker is
// held back at its reserved 20 in every hour of weight 4 and more (its queue keeps them for quieter hours, up to 20 ×
// 730 hours' worth, the rest throttled), with every service figure per request; one event
// collector on the three tables either side of the two dated changes; four providers compared in Frankfurt; and a
// spiky month in Ireland on serverless, EC2 and Fargate Spot with the shared services on every platform.
//
// Conventions, as in the first eight batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band. No INIT phase is billed here: the templates are priced on tables
//   before aws-2025-08-01, and no scenario function names a runtime or an INIT duration.
// - Provisioned concurrency: count × GB × hours × 3,600 at the region's configured rate. Where the invocations it
//   serves are not given, each hour it is on serves its requests less Erlang's B share, B(c, a) with a = requests a
//   second × seconds each; the rest on demand with the free tier (README, "Provisioned concurrency": decision).
// - Traffic shapes: the month is 730 hours from midnight, 30 days and hours 0–9 of a 31st; an hour of the day h
//   holds w_h ÷ Σ(n_h × w_h) of the month; a spiky month's event days are days 1–3 (decision, as in batches 3–5).
// - Throttling: a function with reserved concurrency N serves at most N × 3,600 ÷ seconds each an hour; one nobody
//   waits on (a queue's worker) has what that holds back kept by its queue and run in quieter hours, up to 730 such
//   hours' worth in the month; Lambda bills only what it serves, API Gateway and the services every request of the
//   traffic (docs/cold-starts.md).
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored
//   × 0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire; 5 GB ingested, 5 GB-months stored and
//   5 GB scanned free, the stated logs first (decision); before aws-2025-05-01 one flat rate, from it the bands at
//   10, 30 and 50 TB, the free GB off the bottom band (decision).
// - DynamoDB: each always-free pool off the sum over all tables (decision); RRU = reads × ceil(KB / 4) × 0.5, 1 or 2;
//   WRU = writes × ceil(KB / 1), twice for the transactional share; no BillingMode is PROVISIONED.
// - SQS: messages × ceil(KB / 64) × 3 calls; one free million, standard first (decision). SNS: publishes × ceil(KB /
//   64), deliveries per message per subscription unless given (decision); SQS and Lambda deliveries $0.
// - Step Functions Standard: one transition per state entered (Succeed included), a Map's processor per iteration,
//   retries per execution; 4,000 free. Express: 100 ms × 64 MB steps, GB of 1,024 MB.
// - Other providers: Cloud Run functions on the next instance size, 100 ms steps shared by the requests an instance
//   serves at once; Azure Consumption on the memory used in 128 MB steps, 100 ms at least; Workers on CPU time past
//   the $5 plan's 10M requests and 30M CPU-ms (docs/providers.md).
// - Containers: each hour max(minimum, ceil(requests a second ÷ capacity)); Fargate Spot 70% off both rates; ALB LCUs
//   each hour the larger of new connections ÷ 25 a second and GB processed (KB of 1,024 B, GB of 1,048,576 KB).
//
// Every one of the eight bills (and the three other platforms' and the three other providers') agreed with slcost to
// the cent, line by line, when first priced.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonBill } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';

const FIXTURES = 'test/fixtures/whole-architectures-9';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const loadTemplate = (file: string, usage: string): Scenario => fixtureTemplateScenario(FIXTURES, file, usage);
const bill = serverlessBill;

interface JsonProvider extends JsonBill {
  readonly fits: boolean;
}
interface JsonEstimate {
  readonly pricing: { readonly id: string };
  readonly platforms: { readonly serverless: JsonBill };
  readonly compare?: { readonly cheapest: string; readonly requests_per_month: string; readonly providers: Readonly<Record<string, JsonProvider>> };
}

/** `slcost estimate FILE --format json`, as CI reads it: the exit status and the document. */
const estimateJson = (file: string, ...options: string[]) => estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`, ...options]);

describe('templates read end to end with their usage files', () => {
  it('9.1 SAM: every resource type a service reads, an ASL file, provisioned concurrency by Erlang, Ireland, aws-2025-05-01: $1,454.06', () => {
    // 40M requests. ApiFn arm64 1024 MB 120 ms, 4 environments all month: a = 40M × 0.12 ÷ 2,628,000 = 1.8265 erlangs,
    // B(4, a) = 7.7626%: 36,894,979.73 served at $0.0000086726 × 0.12 GB-s = $38.3970 → $38.40; configured 4 × 1 GB ×
    // 2,628,000 s × $0.0000037168 = $39.0710 → $39.07. On demand arm64: 3,105,020.27 × 0.12 + StreamFn 500,000 × 0.3 ×
    // 0.5 = 447,602.43 GB-s × $0.0000133334 = $5.9681 → $5.97. WorkerFn x86 2048 MB 850 ms × 2M = 3,400,000 − 400,000
    // free × $0.0000166667 = $50.0001 → $50.00; ephemeral 4096 MB: 3.5 GB × 1.7M s × $0.0000000340 = $0.2023 → $0.20.
    // Requests 42.5M − 1M = $8.30. HTTP API 40M × $1.11 = $44.40.
    // AuditLogs (stated): 40 − 5 GB × $0.57 = $19.95; 90 days: 17.7534 − 5 GB-months × $0.03 = $0.3826 → $0.38; 100 − 5
    // scanned × $0.0057 = $0.5415 → $0.54. Lambda logs: ApiFn (264 + 300) B × 40M = 22.56 GB (its group, 14 days) +
    // StreamFn 0.132 GB (never) + WorkerFn at WARN 0 = 22.692 × $0.57 = $12.9344 → $12.93; 1.7952 GB-months × $0.03 =
    // $0.0539 → $0.05.
    // OrdersTable (PROVISIONED): 35 RCU × 730 × $0.000147 = $3.7559 → $3.76; 15 WCU × 730 × $0.000735 = $8.0483 →
    // $8.05; its stream read by another consumer, 4M − 2.5M free = $0.339 → $0.34. CartsTable: 60M strong reads of 6 KB
    // × 2 = 120M RRU × $0.1415/M = $16.98; 10M writes × 6 WRU × 1.2 = 72M × $0.705/M = $50.76. Storage 30 + 12 − 25 =
    // 17 GB × $0.283 = $4.811 → $4.81.
    // DeadLetterQueue 150,000 requests, free; OrdersQueue (FIFO) 2M × 2 chunks × 3 = 12M − 850,000 left of the free
    // million × $0.50/M = $5.575, halves up $5.58.
    // OrderEvents: 2M − 1M publishes × $0.50/M = $0.50; https 2M − 100,000 × $0.60/M = $1.14; email given 20,000 − 1,000
    // × $20/M = $0.38; sqs (inline) and lambda (EventsToStream, by !Ref) 2M each, $0.
    // FulfilmentMachine: Validate, CheckRisk → FastTrack, FastTrack, Prepare + [ReserveItems 1 + 2.5 × 2] + [Charge,
    // ChargeOk → Receipt, Receipt] + [Notify], Ship, Done = 16 + 0.42 retries = 16.42 × 2M = 32.84M − 4,000 × $0.025 per
    // 1,000 = $820.90.
    // ClickStream: 3 shards × 730 h × $0.017 = $37.23; 120M records of 30 KB × 2 PUT units = 240M × $0.0165/M = $3.96.
    // AppBus: 20M custom events × $1.00/M = $20.00. NAT: 2 × 730 h × $0.048 = $70.08; 800 GB × $0.048 = $38.40.
    // AssetsBucket: 2,000 GB × $0.023 = $46.00; 2M PUT = $10.00; 80M GET = $32.00. Egress (usage only) 800 − 100 GB ×
    // $0.09 = $63.00.
    expect(bill(loadTemplate('1-sam/template.yaml', '1-sam/usage.yaml'))).toEqual({
      'lambda.requests': '8.30',
      'lambda.duration.x86_64.tier-1': '50.00',
      'lambda.duration.arm64.tier-1': '5.97',
      'lambda.provisioned-concurrency.arm64': '39.07',
      'lambda.provisioned-duration.arm64': '38.40',
      'lambda.ephemeral-storage': '0.20',
      'api-gateway.http.requests.tier-1': '44.40',
      'cloudwatch-logs.ingestion.standard': '19.95',
      'cloudwatch-logs.storage': '0.38',
      'cloudwatch-logs.insights': '0.54',
      'lambda-logs.ingestion.tier-1': '12.93',
      'lambda-logs.storage': '0.05',
      'dynamodb.read-capacity': '3.76',
      'dynamodb.write-capacity': '8.05',
      'dynamodb.storage': '4.81',
      'dynamodb.stream-read-request-units': '0.34',
      'dynamodb.read-request-units': '16.98',
      'dynamodb.write-request-units': '50.76',
      'sqs.standard.requests.tier-1': '0.00',
      'sqs.fifo.requests.tier-1': '5.58',
      'sns.publishes.tier-1': '0.50',
      'sns.deliveries.http.tier-1': '1.14',
      'sns.deliveries.email.tier-1': '0.38',
      'sns.deliveries.sqs.tier-1': '0.00',
      'sns.deliveries.lambda.tier-1': '0.00',
      'step-functions.standard.transitions.tier-1': '820.90',
      'kinesis.provisioned.shard-hours': '37.23',
      'kinesis.provisioned.put-payload-units': '3.96',
      'eventbridge.custom-events': '20.00',
      'nat-gateway.hours': '70.08',
      'nat-gateway.data-processed': '38.40',
      's3.storage.tier-1': '46.00',
      's3.put-requests': '10.00',
      's3.get-requests': '32.00',
      'data-transfer.internet-out.tier-1': '63.00',
      total: '1454.06',
    });
  });

  it('9.2 serverless.yml: a table without BillingMode, shards from a custom variable, a log group override, two machines, aws-2024-11-01: $647.12', () => {
    // 12M requests. api arm64 256 MB 45 ms behind the REST API (12 × $3.50 = $42.00); provisionedConcurrency 2: a =
    // 0.2055 erlangs, B(2, a) = 1.7211%: 11,793,467.45 served × 0.045 × 0.25 GB-s × $0.0000077778 = $1.0319 → $1.03;
    // configured 2 × 0.25 × 2,628,000 × $0.0000033334 = $4.3801 → $4.38. On demand arm64: 206,532.55 × 0.01125 + nightly
    // 30 × 120 s × 2.9375 GB = 12,898.49 GB-s × $0.0000133334 = $0.1720 → $0.17. ingest x86 1769 MB 640 ms × 1.5M =
    // 1,658,437.5 − 400,000 free × $0.0000166667 = $20.9740 → $20.97. Requests 12,500,030 × $0.20/M = $2.50.
    // AccessLogs (stated) 8 − 5 GB × $0.50 = $1.50, 1.1836 GB-months kept 30 days, free. Lambda logs (flat before
    // 2025-05-01): api (264 + 800) B × 12M + ingest (264 + 1,000) × 1.5M + nightly 264 × 30 = 14.6640 GB × $0.50 =
    // $7.3320 → $7.33; stored 1.9544 GB-months (api 30 days, ingest 7 by IngestLogGroup), within the 3.8164 left free.
    // Orders (no BillingMode: PROVISIONED): 25 RCU × 730 × $0.00013 = $2.3725 → $2.37; 5 WCU × 730 × $0.00065 = $2.37.
    // Sessions: 24M eventual reads of 3 KB = 12M RRU × $0.125/M = $1.50; 6M writes × 3 WRU × $0.625/M = $11.25. Storage
    // 8 + 40 − 25 = 23 GB × $0.25 = $5.75.
    // IngestQueue (FIFO): 1.5M × 3 − 1M = 3.5M × $0.50/M = $1.75. Alerts: 200,000 publishes, free; email 199,000 ×
    // $20/M = $3.98; https 100,000 × $0.60/M = $0.06; sqs (AlertsToQueue, { Ref: Alerts }) $0.
    // AuditStream (ShardCount ${self:custom.auditShards} = 2): 1,460 × $0.015 = $21.90; 6M PUT units × $0.014/M = $0.084
    // → $0.08.
    // checkoutFlow: Lookup, HasCoupon → ApplyCoupon, ApplyCoupon, Lines 1 + 4 × 2, Settle, Commit, Ok = 15 + 0.25
    // retries; 1.2M × 15.25 − 4,000 × $0.025/1,000 = $457.40. enrich (EXPRESS): 6M × $1.00/M = $6.00; 300 ms × 192 MB =
    // 337,500 GB-s × $0.00001667 = $5.6261 → $5.63. CleanupRule is a schedule: no EventBridge line.
    // NAT 730 × $0.045 = $32.85; 150 GB = $6.75. Reports 300 GB = $6.90; 60,000 PUT = $0.30; 1M GET = $0.40.
    expect(bill(loadTemplate('2-serverless/serverless.yml', '2-serverless/usage.yaml'))).toEqual({
      'lambda.requests': '2.50',
      'lambda.duration.x86_64.tier-1': '20.97',
      'lambda.duration.arm64.tier-1': '0.17',
      'lambda.provisioned-concurrency.arm64': '4.38',
      'lambda.provisioned-duration.arm64': '1.03',
      'api-gateway.rest.requests.tier-1': '42.00',
      'cloudwatch-logs.ingestion.standard': '1.50',
      'cloudwatch-logs.storage': '0.00',
      'lambda-logs.ingestion.tier-1': '7.33',
      'lambda-logs.storage': '0.00',
      'dynamodb.read-capacity': '2.37',
      'dynamodb.write-capacity': '2.37',
      'dynamodb.storage': '5.75',
      'dynamodb.read-request-units': '1.50',
      'dynamodb.write-request-units': '11.25',
      'sqs.fifo.requests.tier-1': '1.75',
      'sns.publishes.tier-1': '0.00',
      'sns.deliveries.http.tier-1': '0.06',
      'sns.deliveries.email.tier-1': '3.98',
      'sns.deliveries.sqs.tier-1': '0.00',
      'kinesis.provisioned.shard-hours': '21.90',
      'kinesis.provisioned.put-payload-units': '0.08',
      'step-functions.standard.transitions.tier-1': '457.40',
      'step-functions.express.requests': '6.00',
      'step-functions.express.duration.tier-1': '5.63',
      'nat-gateway.hours': '32.85',
      'nat-gateway.data-processed': '6.75',
      's3.storage.tier-1': '6.90',
      's3.put-requests': '0.30',
      's3.get-requests': '0.40',
      total: '647.12',
    });
  });
});

describe('hour by hour: a custom day with provisioned concurrency in its busiest hours and a throttled worker', () => {
  it('9.3 40 environments in the 120 hours of weight 8, a worker at its reserved 20 from weight 4, figures per request, Oregon: $1,501.16', () => {
    // Weights 1 ×7, 2, 3, 4, 5, 6, 8 ×4, 6, 5, 4, 3, 2, 2, 1, 1; hours 0–9 occur 31 times, 10–23 30: Σ = 31 × 16 + 30 ×
    // 67 = 2,506. checkout x86 1024 MB 180 ms, 200M: a busy hour offers 200M × 8 ÷ 2,506 = 638,467.68 requests, a =
    // 31.9234 erlangs, B(40, a) = 2.6273%: 120 h × 621,693.42 = 74,603,210.07 served × 0.18 GB-s × $0.0000097222 =
    // $130.5553 → $130.56; configured 40 × 1 GB × 120 h × 3,600 × $0.0000041667 = $72.0006 → $72.00; on demand
    // 125,396,789.93 × 0.18 − 400,000 free = 22,171,422.19 GB-s × $0.0000166667 = $369.5244 → $369.52.
    // worker arm64 512 MB 2 s, 30M, reserved 20: at most 36,000 an hour; an hour of weight w offers 11,971.27 × w, so
    // weights 4 and up are over it; its queue keeps what the limit holds back in those hours, so it serves up to
    // 36,000 × 730 = 26,280,000 (3,720,000 throttled), where it read served 18,521,554.67 before: 26,280,000 × 1 GB-s ×
    // $0.0000133334 = $350.4018 → $350.40. Requests 226,280,000 − 1M × $0.20/M = $45.056 → $45.06.
    // HTTP API 200M × $1.00 = $200.00 (throttled or not). Logs: 200M × 264 B + 26,280,000 × 200 B (WARN) = 58.056 − 5
    // GB × $0.50 = $26.528 → $26.53; kept 7 and 3 days: 1.9004 GB-months, free.
    // Per request of the 200M: carts 600M eventual reads of 1.5 KB = 300M RRU × $0.125/M = $37.50; 80M writes × 2 WRU =
    // 160M × $0.625/M = $100.00; 60 − 25 GB × $0.25 = $8.75. work 30M × 3 − 1M × $0.40/M = $35.60. order-events 4M − 1M
    // publishes × $0.50/M = $1.50; 2 HTTP subscriptions: 8M − 100,000 × $0.60/M = $4.74; SQS $0. EventBridge 20M ×
    // $1.00/M = $20.00. Egress 200M × 6 KB = 1,200 − 100 GB × $0.09 = $99.00.
    expect(bill(load('3-custom-day-provisioned-throttled-oregon.yaml'))).toEqual({
      'lambda.requests': '45.06',
      'lambda.duration.x86_64.tier-1': '369.52',
      'lambda.duration.arm64.tier-1': '350.40',
      'lambda.provisioned-concurrency.x86_64': '72.00',
      'lambda.provisioned-duration.x86_64': '130.56',
      'api-gateway.http.requests.tier-1': '200.00',
      'lambda-logs.ingestion.tier-1': '26.53',
      'lambda-logs.storage': '0.00',
      'dynamodb.read-request-units': '37.50',
      'dynamodb.write-request-units': '100.00',
      'dynamodb.storage': '8.75',
      'sqs.standard.requests.tier-1': '35.60',
      'sns.publishes.tier-1': '1.50',
      'sns.deliveries.http.tier-1': '4.74',
      'sns.deliveries.sqs.tier-1': '0.00',
      'eventbridge.custom-events': '20.00',
      'data-transfer.internet-out.tier-1': '99.00',
      total: '1501.16',
    });
  });
});

describe('one collector on the tables either side of the two dated changes (us-east-1)', () => {
  // 9.4. 2.5B requests. collector arm64 128 MB 15 ms = 4,687,500 GB-s × $0.0000133334 = $62.5003 → $62.50; enricher x86
  //   1024 MB 90 ms × 50M = 4,500,000 − 400,000 free × $0.0000166667 = $68.3335 → $68.33; ephemeral 2048 MB: 1.5 GB ×
  //   4.5M s × $0.0000000309 = $0.2086 → $0.21. Requests 2.55B − 1M = $509.80. HTTP API 300M × $1.00 + 2.2B × $0.90 =
  //   $300.00 + $1,980.00. Storage 500 − 25 GB × $0.25 = $118.75. enrich queue 150M − 1M × $0.40/M = $59.60. Logs stored:
  //   collector 11,910 GB kept 7 days = 411.14 GB-months, enricher 25 GB (WARN, 500 B) kept 30 days = 3.70: 414.84 − 5 ×
  //   $0.03 = $12.2952 → $12.30.
  //   DynamoDB: 50M writes of 2.5 KB × 3 WRU × 1.1 (10% transactional) = 165M WRU; 50M strong reads of 9 KB × 3 + 5M
  //   transactional reads of 4 KB × 2 = 160M RRU. Logs ingested 11,910 + 25 = 11,935 − 5 free GB.
  const before = {
    'lambda.requests': '509.80',
    'lambda.duration.x86_64.tier-1': '68.33',
    'lambda.duration.arm64.tier-1': '62.50',
    'lambda.ephemeral-storage': '0.21',
    'api-gateway.http.requests.tier-1': '300.00',
    'api-gateway.http.requests.tier-2': '1980.00',
    'lambda-logs.ingestion.tier-1': '5965.00',
    'lambda-logs.storage': '12.30',
    'dynamodb.write-request-units': '206.25',
    'dynamodb.read-request-units': '40.00',
    'dynamodb.storage': '118.75',
    'sqs.standard.requests.tier-1': '59.60',
    total: '9322.74',
  };
  // aws-2024-11-01: request units halved: 165M × $0.625/M = $103.125, halves up $103.13; 160M × $0.125/M = $20.00.
  const afterCut = { ...before, 'dynamodb.write-request-units': '103.13', 'dynamodb.read-request-units': '20.00', total: '9199.62' };
  // aws-2025-05-01: Lambda's logs in bands, the free 5 GB off the first: 9,995 × $0.50 = $4,997.50, 1,935 × $0.25 = $483.75.
  const bands = { ...afterCut, 'lambda-logs.ingestion.tier-1': '4997.50', 'lambda-logs.ingestion.tier-2': '483.75', total: '8715.87' };

  it.each([
    ['aws-2024-02-01', 'on-demand request units before the cut, logs at one flat $0.50: $9,322.74', before],
    ['aws-2024-11-01', 'request units halved, logs still flat: $9,199.62', afterCut],
    ['aws-2025-05-01', 'the Lambda log bands, 1,935 GB past the first 10 TB at $0.25: $8,715.87', bands],
  ])('9.4 %s: %s', (pricing, _title, expected) => {
    const { status, json } = estimateJson('4-dated-changes-virginia.yaml', '--pricing', pricing);
    expect(status).toBe(0);
    expect(json.pricing.id).toBe(pricing);
    expect(jsonBill(json.platforms.serverless)).toEqual(expected);
  });
});

describe('four providers compared, and the containers beside shared services', () => {
  it('9.5 Frankfurt: Lambda $246.34, Cloud Run functions $191.52, Azure Consumption $31.66, Workers $64.40; the platform $292.58', () => {
    // Lambda (Frankfurt): gateway x86 768 MB 250.5 → 251 ms, 10 environments all month said to serve 20M: configured 10
    // × 0.75 GB × 2,628,000 s × $0.0000050147 = $98.8397 → $98.84; served 20M × 0.251 × 0.75 × $0.0000117011 = $44.0546
    // → $44.05; on demand 10M × 0.18825 + auth 30M × 0.04 × 0.125 = 2,032,500 − 400,000 × $0.0000166667 = $27.2084 →
    // $27.21; resize arm64 2 GB 1.2 s × 2M = 4,800,000 × $0.0000133334 = $64.0003 → $64.00; ephemeral 0.5 GB × 2.4M s ×
    // $0.0000000367 = $0.0440 → $0.04; requests 61M = $12.20.
    // Cloud Run functions (europe-west1, Tier 1): gateway on 1 GiB (0.583 vCPU) 300 ms, auth 128 MiB (0.083) 100 ms,
    // resize 2 GiB (1 vCPU) 1,200 ms shared by 4: 300 ms. 6,096,000 − 180,000 vCPU-s × $0.000024 = $141.984 → $141.98;
    // 10,575,000 − 360,000 GiB-s × $0.0000025 = $25.5375 → $25.54; 62M − 2M × $0.40/M = $24.00.
    // Azure Consumption: 128 MB each (90, 60, 110 MB used), auth's 40 ms billed 100: 30M × 0.251 + 30M × 0.1 + 2M × 1.2 =
    // 12,930,000 s × 0.125 = 1,616,250 − 400,000 GB-s × $0.000016 = $19.46; 61M executions × $0.20/M = $12.20.
    // Workers: $5.00; 52M requests past 10M × $0.30/M = $15.60; 2,220M − 30M CPU-ms × $0.02/M = $43.80.
    // The platform adds the HTTP API (30M × $1.20 = $36.00), the table (15M RRU × $0.1525/M = $2.2875 → $2.29; 20 GB,
    // free) and the logs (16.368 − 5 GB × $0.63 = $7.1618 → $7.16; 29.4624 − 5 GB-months × $0.0324 = $0.7926 → $0.79).
    const { status, json } = estimateJson('5-compare-frankfurt.yaml');
    expect(status).toBe(0);
    const lambda = {
      'lambda.requests': '12.20',
      'lambda.duration.x86_64.tier-1': '27.21',
      'lambda.duration.arm64.tier-1': '64.00',
      'lambda.provisioned-concurrency.x86_64': '98.84',
      'lambda.provisioned-duration.x86_64': '44.05',
      'lambda.ephemeral-storage': '0.04',
    };
    const providers = json.compare!.providers;
    for (const provider of Object.values(providers)) expect(provider.fits).toBe(true);
    expect(Object.fromEntries(Object.entries(providers).map(([id, provider]) => [id, jsonBill(provider)]))).toEqual({
      aws: { ...lambda, total: '246.34' },
      gcp: { 'run-functions.cpu': '141.98', 'run-functions.memory': '25.54', 'run-functions.requests': '24.00', total: '191.52' },
      azure: { 'functions.consumption.executions': '12.20', 'functions.consumption.execution-time': '19.46', total: '31.66' },
      cloudflare: { 'workers.plan': '5.00', 'workers.requests': '15.60', 'workers.cpu': '43.80', total: '64.40' },
    });
    expect(json.compare!.requests_per_month).toBe('62000000');
    expect(json.compare!.cheapest).toBe('azure');
    expect(jsonBill(json.platforms.serverless)).toEqual({
      ...lambda,
      'api-gateway.http.requests.tier-1': '36.00',
      'dynamodb.read-request-units': '2.29',
      'dynamodb.storage': '0.00',
      'lambda-logs.ingestion.tier-1': '7.16',
      'lambda-logs.storage': '0.79',
      total: '292.58',
    });
  });

  it('9.6 a spiky month in Ireland: serverless $678.50, EC2 $594.94, Fargate Spot $461.90, the services alike on all three', () => {
    // Σ = 72 event hours × 6 + 658 = 1,090: a normal hour 82,568.81 requests (22.94 a second), an event hour 137.61.
    // Shared: catalogue 75 RCU × 730 × $0.000147 = $8.0483 → $8.05, 25 WCU × 730 × $0.000735 = $13.4138 → $13.41, 55 GB ×
    // $0.283 = $15.565 → $15.57; orders (FIFO) 27M − 1M × $0.50/M = $13.00; media 5,000 GB × $0.023 = $115.00, 900,000
    // PUT = $4.50, 90M GET = $36.00; egress 2,250 − 100 GB × $0.09 = $193.50.
    // Serverless: api arm64 512 MB 70 ms: 3,150,000 − 400,000 GB-s × $0.0000133334 = $36.6669 → $36.67; 89M requests =
    // $17.80; HTTP API 90M × $1.11 = $99.90; logs 23.76 − 5 GB × $0.57 = $10.6932 → $10.69, 42.768 − 5 GB-months × $0.03
    // = $1.1330 → $1.13; NAT (functions only) 2 × 730 × $0.048 = $70.08, 900 GB × $0.048 = $43.20.
    // EC2 m7g.large at 40 a second, at least 2: 658 × 2 + 72 × 4 = 1,604 h × $0.091 = $145.964 → $145.96.
    // Fargate Spot arm64 1 vCPU 2 GB at 25 a second, at least 1: 658 × 1 + 72 × 6 = 1,090 task-hours × $0.03238 × 0.3 =
    // $10.5883 → $10.59; × 2 GB × $0.00356 × 0.3 = $2.3282 → $2.33.
    // ALB: 730 h × $0.0252 = $18.396 → $18.40; the GB processed lead every hour: 90M × 30 ÷ 1,048,576 = 2,574.92
    // LCU-hours × $0.008 = $20.5994 → $20.60; 3 zones × 730 h × $0.005 = $10.95.
    const shared = {
      'dynamodb.read-capacity': '8.05',
      'dynamodb.write-capacity': '13.41',
      'dynamodb.storage': '15.57',
      'sqs.fifo.requests.tier-1': '13.00',
      's3.storage.tier-1': '115.00',
      's3.put-requests': '4.50',
      's3.get-requests': '36.00',
      'data-transfer.internet-out.tier-1': '193.50',
    };
    const alb = { 'load-balancer.hours': '18.40', 'load-balancer.lcu': '20.60', 'load-balancer.public-ipv4': '10.95' };
    expect(billsOf(load('6-spiky-containers-ireland.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '17.80',
        'lambda.duration.arm64.tier-1': '36.67',
        'api-gateway.http.requests.tier-1': '99.90',
        'lambda-logs.ingestion.tier-1': '10.69',
        'lambda-logs.storage': '1.13',
        'nat-gateway.hours': '70.08',
        'nat-gateway.data-processed': '43.20',
        ...shared,
        total: '678.50',
      },
      ec2: { 'ec2.instances': '145.96', ...alb, ...shared, total: '594.94' },
      fargate: { 'fargate.vcpu.arm64': '10.59', 'fargate.memory.arm64': '2.33', ...alb, ...shared, total: '461.90' },
    });
  });
});
