// Whole serverless architectures, second batch: each bill derived by hand from the published facts
// (pricing-facts.md §1–§3 and §6–§7; pricing-facts-services.md §1.1, §1.2, §1.4, §1.5 and §3) and the
// unit prices of the shipped tables (pricing/aws/2025-10-08.yaml, 2024-11-01.yaml, 2024-02-01.yaml;
// pricing/gcp, azure and cloudflare 2026-12-05.yaml), before slcost priced them. The derivations were
// worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-2/derivations.py keeps
// them). Every line is rounded to the cent, halves up; a total is the sum of its lines. This batch covers
// what test/engine/whole-architectures.test.ts does not: SAM, serverless.yml and CloudFormation JSON
// templates with their resources and a usage file; figures per request, derived and overridden, as the
// traffic grows; a table before the DynamoDB cut and one without the services; every free allowance
// at once, on and off; the functions on the other providers; and a budget read from the JSON.
//
// Conventions, as in the first batch (each stated by the facts or, where they leave it open, by
// slcost's documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and
//   400,000 GB-s, x86_64 first (decision). A template's function on a managed runtime bills its cold
//   starts' INIT phase from aws-2025-08-01 (AWS Compute Blog); the template cases on that table keep
//   the functions well inside the free pool, so the INIT GB-s (a model's count) move no cent.
// - Logs: 264 B of START/END/REPORT an invocation plus the application's; GB of 10^9 B; stored × 0.15
//   for retention_days ÷ (365 / 12) months, 12 when they never expire (decision); three free
//   allowances of 5 (GB ingested, GB-months stored, GB scanned) that stated logs take first (decision).
//   A template's AWS::Logs::LogGroup resources are the stated logs, kept as long as the longest
//   RetentionInDays, or never when one has none (docs/services/cloudwatch-logs.md).
// - DynamoDB: RRU = reads × ceil(KB / 4) × 0.5 eventual, 1 strong, 2 transactional; WRU = writes ×
//   ceil(KB / 1) × (1 + transactional share); request units given directly override the sizes.
//   Provisioned capacity × 730 h; the free 25 RCU, 25 WCU, 25 GB and 2.5M stream reads come off the sum
//   over all tables; on-demand requests get none (decision, facts §1.8).
// - SQS: messages × ceil(KB / 64) × api_calls_per_message (default 3); one free million, standard first
//   (decision). SNS: publishes × ceil(KB / 64); deliveries per message per subscription (facts §1.2),
//   or as given; SQS and Lambda deliveries free.
// - Step Functions Standard: one transition per state entered, Succeed included, plus retries and Map
//   iterations × the processor's states (decision); Express: ceil(ms, 100) × ceil(MB, 64) / 1024.
// - Data transfer: the free 100 GB first, then the bands; response_kb in decimal GB (decision).
// - Kinesis: records rounded up to whole KB of 1,024 B, GB of 1,048,576 KB (decision).
// - Cloud Run functions: the memory's instance size and its vCPU (the functions' memory page);
//   ceil(instance busy time, 100 ms) shared by the requests served at once; the free tier a discount in
//   dollars at Tier 1 prices. Azure Consumption: memory used rounded up to 128 MB, 100 ms at least, GB
//   of 1,024 MB. Azure Flex: the instance's memory for ceil(max(1,000 ms, busy), 100 ms) shared by the
//   requests at once. Workers: $5 with 10M requests and 30M CPU-ms included.
import { describe, expect, it } from 'vitest';
import { fixtureScenario, serverlessBill, estimateJsonOf, fixtureTemplateScenario, jsonBill, type JsonLine } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { d } from '../helpers/build.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-2';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);

const loadTemplate = (file: string, usage: string): Scenario => fixtureTemplateScenario(FIXTURES, file, usage);

const bill = serverlessBill;

interface JsonProvider {
  readonly fits: boolean;
  readonly monthly_usd: string;
  readonly line_items: readonly JsonLine[];
}
interface JsonEstimate {
  readonly platforms: { readonly serverless: { readonly monthly_usd: string } };
  readonly compare?: { readonly cheapest: string; readonly requests_per_month: string; readonly providers: Readonly<Record<string, JsonProvider>> };
  readonly budget?: { readonly status: string; readonly checks: readonly Record<string, unknown>[] } | null;
  readonly ranges?: {
    readonly outlook: {
      readonly months: readonly {
        readonly month: number;
        readonly requests_per_month: { readonly p50: string };
        readonly platforms: { readonly serverless: { readonly p50_usd: string } };
      }[];
    };
  };
}

/** `slcost estimate FILE --format json`, as CI reads it: the exit status and the document. */
const estimateJson = (file: string) => estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`]);

/** Each compared provider's bill as line id → cents, with its total under `total`. */
function compared(json: JsonEstimate): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(json.compare!.providers).map(([id, provider]) => {
      expect(provider.fits).toBe(true);
      return [id, jsonBill(provider)];
    }),
  );
}

describe('templates priced with a usage file, derived by hand from the template and the usage', () => {
  // 2.1. SAM (1-sam/template.yaml + usage.yaml), aws-2025-10-08, free tier on: a python3.12 worker (arm64, 256 MB) on a
  //    FIFO queue, a PROVISIONED and a PAY_PER_REQUEST table, a topic with three inline subscriptions and an
  //    AWS::SNS::Subscription, an AWS::Serverless::StateMachine with an inline Definition, a schedule rule, a log group
  //    kept 90 days and two NAT gateways.
  //    OrderWorker: 600,000 requests, within the free million → $0.00; 600,000 × 0.12 s × 0.25 GB = 18,000 GB-s (plus its
  //      cold starts' INIT GB-s, billed from 2025-08-01: 27.55 more) within the free 400,000 → $0.00.
  //    SessionsTable (on demand): 30M strong reads of 5.5 KB = 2 RRU each = 60M × $0.125/M = $7.50; 4M writes of 5.5 KB =
  //      6 WRU × 1.25 (25% transactional ×2) = 7.5 each = 30M × $0.625/M = $18.75.
  //    OrdersTable (provisioned, from ProvisionedThroughput): 40 − 25 free = 15 RCU × 730 h = 10,950 × $0.00013 = $1.4235
  //      → $1.42; 30 − 25 = 5 WCU × 730 h = 3,650 × $0.00065 = $2.3725 → $2.37; its stream read by Lambda, none given.
  //    Storage 18 + 14 − 25 = 7 GB × $0.25 = $1.75.
  //    JobsQueue (FifoQueue: true): 600,000 × ceil(100/64) = 2 × 3 calls = 3.6M − 1M free = 2.6M × $0.50/M = $1.30.
  //    EventsTopic: 600,000 publishes of 10 KB (1 chunk), within the free million → $0.00. Subscriptions: sqs 1, https 1
  //      inline + AuditSubscription (TopicArn: !Ref EventsTopic, https) = http 2, email 1. HTTP 2 × 600,000 = 1.2M −
  //      100,000 = 1.1M × $0.60/M = $0.66; email 600,000 − 1,000 = 599,000 × $2.00/100,000 = $11.98; SQS free.
  //    FulfilmentMachine (STANDARD): Validate 1, CheckStock (Choice, Default Reserve) 1, Reserve (Parallel) 1 +
  //      ReserveStock 1 + Charge, Receipt 2, Ship 1, Done (Succeed) 1 = 8, + 0.5 retries of Charge (usage) = 8.5;
  //      200,000 × 8.5 = 1.7M − 4,000 = 1,696,000 × $0.025/1,000 = $42.40.
  //    NightlyRule: a schedule, no billed events (no EventBridge line).
  //    AppLogs (stated logs, RetentionInDays 90): 12 − 5 free = 7 GB × $0.50 = $3.50; stored 12 × 0.15 × 90 ÷ (365/12) =
  //      5.3260 GB-months − 5 = 0.3260 × $0.03 = $0.0098 → $0.01; Logs Insights 20 − 5 = 15 GB × $0.005 = $0.075 → $0.08.
  //    Lambda logs (the stated ones took the free 5 GB and 5 GB-months): 600,000 × 264 B = 0.1584 GB × $0.50 = $0.0792
  //      → $0.08; stored 0.1584 × 0.15 × 12 (never expires) = 0.28512 × $0.03 = $0.0086 → $0.01.
  //    NAT: 2 gateways × 730 h × $0.045 = $65.70; 300 GB × $0.045 = $13.50.
  //    Total $171.01.
  const sam = () => bill(loadTemplate('1-sam/template.yaml', '1-sam/usage.yaml'));
  const samBill = {
    'lambda.requests': '0.00',
    'lambda.duration.arm64.tier-1': '0.00',
    'lambda-logs.ingestion.tier-1': '0.08',
    'lambda-logs.storage': '0.01',
    'dynamodb.write-request-units': '18.75',
    'dynamodb.read-request-units': '7.50',
    'dynamodb.write-capacity': '2.37',
    'dynamodb.read-capacity': '1.42',
    'dynamodb.storage': '1.75',
    'sqs.fifo.requests.tier-1': '1.30',
    'sns.publishes.tier-1': '0.00',
    'sns.deliveries.http.tier-1': '0.66',
    'sns.deliveries.email.tier-1': '11.98',
    'sns.deliveries.sqs.tier-1': '0.00',
    'step-functions.standard.transitions.tier-1': '42.40',
    'cloudwatch-logs.ingestion.standard': '3.50',
    'cloudwatch-logs.storage': '0.01',
    'cloudwatch-logs.insights': '0.08',
    'nat-gateway.hours': '65.70',
    'nat-gateway.data-processed': '13.50',
    total: '171.01',
  };
  // The AWS::SNS::Subscription whose TopicArn is `!Ref EventsTopic` counts: the resource reader once resolved every Ref
  // before a section read it, a Ref to a resource to nothing, and slcost billed one HTTP/S subscription ($0.30, $170.65).
  it('SAM: a PROVISIONED and an on-demand table, a FIFO queue, a topic with four subscriptions, a state machine, logs and NAT: $171.01', () => {
    expect(sam()).toEqual(samBill);
  });

  // 2.2. serverless.yml (2-serverless/serverless.yml + usage.yaml), aws-2025-10-08, free tier on: a nodejs20.x function
  //    (512 MB, x86_64) behind an HTTP API, a `stepFunctions:` Express machine and a `resources:` block with an on-demand
  //    and a provisioned stream, a bucket, an event bus, a topic (lambda and sms subscriptions) and a PAY_PER_REQUEST table.
  //    api: 900,000 requests, within the free million; 900,000 × 0.08 s × 0.5 GB = 36,000 GB-s (+ INIT) within the free
  //      400,000 → $0.00 each. Logs 900,000 × 264 B = 0.2376 GB, stored 0.4277 GB-months: free → $0.00 each.
  //    HTTP API: requests of 600 KB are 2 × 512 KB steps: 1.8M × $1.00/M = $1.80 (no 12-month free tier).
  //    Carts: 20M eventual reads of 2 KB = 1 × 4 KB × 0.5 = 10M RRU × $0.125/M = $1.25; 2M writes × 2 WRU = 4M × $0.625/M
  //      = $2.50; 10 GB within the free 25 → $0.00.
  //    Uploads: 1,200 GB × $0.023 = $27.60; 3M PUT × $0.005/1,000 = $15.00; 25M GET × $0.0004/1,000 = $10.00.
  //    Alerts: 1.5M publishes − 1M = 0.5M × $0.50/M = $0.25; Lambda deliveries free; SMS 2,000 given − 100 free = 1,900 ×
  //      $0.0075 = $14.25.
  //    enrich (EXPRESS): 5M × $1.00/M = $5.00; 450 ms → 500 ms, 100 MB → 128 MB: 5M × 0.5 s × 0.125 GB = 312,500 GB-s ×
  //      $0.00001667 = $5.209 → $5.21.
  //    AppBus: 4M custom events of 150 KB = 3 chunks = 12M × $1.00/M = $12.00.
  //    ClickStream (ON_DEMAND): 730 h × $0.04 = $29.20; 50M records of 2.5 KB → 3 KB = 150,000,000 KB ÷ 1,048,576 =
  //      143.0511 GB × $0.08 = $11.444 → $11.44; 1 consumer (default): 143.0511 GB × $0.04 = $5.722 → $5.72.
  //    AuditStream (ShardCount 2): 2 × 730 h × $0.015 = $21.90; 10M records of 60 KB = 3 PUT units = 30M × $0.014/M = $0.42.
  //    Total $163.54.
  it('serverless.yml: a resources: block with two streams, a bucket, a bus, a topic, a table, and a stepFunctions: Express machine: $163.54', () => {
    expect(bill(loadTemplate('2-serverless/serverless.yml', '2-serverless/usage.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '0.00',
      'api-gateway.http.requests.tier-1': '1.80',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '2.50',
      'dynamodb.read-request-units': '1.25',
      'dynamodb.storage': '0.00',
      's3.storage.tier-1': '27.60',
      's3.put-requests': '15.00',
      's3.get-requests': '10.00',
      'sns.publishes.tier-1': '0.25',
      'sns.deliveries.lambda.tier-1': '0.00',
      'sns.deliveries.sms.tier-1': '14.25',
      'step-functions.express.requests': '5.00',
      'step-functions.express.duration.tier-1': '5.21',
      'eventbridge.custom-events': '12.00',
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '11.44',
      'kinesis.on-demand.data-out': '5.72',
      'kinesis.provisioned.shard-hours': '21.90',
      'kinesis.provisioned.put-payload-units': '0.42',
      total: '163.54',
    });
  });

  // 2.8. CloudFormation JSON (8-cloudformation-json/template.json + usage.yaml), the usage file choosing aws-2024-11-01
  //    and free_tier: false: an AWS::Lambda::Function (nodejs20.x, 1,536 MB), an AWS::StepFunctions::StateMachine whose
  //    DefinitionString is a Fn::Sub (a "${Delay}" outside a JSON string read as 0), an AWS::Serverless::SimpleTable with
  //    ProvisionedThroughput, an event bus, a standard queue and two log groups (14 days, and one with no retention).
  //    Ingest: 3M × $0.20/M = $0.60; 410.5 ms billed as 411: 3M × 0.411 s × 1.5 GB = 1,849,500 GB-s × $0.0000166667 =
  //      $30.825 → $30.83 (INIT of managed runtimes is not billed before aws-2025-08-01).
  //    Lambda logs at the flat $0.50 (before the 2025-05-01 bands): 3M × 264 B = 0.792 GB → $0.396 → $0.40; stored 0.792 ×
  //      0.15 × 12 (never expires: no logs block; the template's /aws/lambda/Ingest group is stated logs) = 1.4256 GB-months
  //      × $0.03 = $0.0428 → $0.04.
  //    Stated logs: 40 GB × $0.50 = $20.00; kept as long as the longest group, and AuditLogs never expires: 12 months,
  //      40 × 0.15 × 12 = 72 GB-months × $0.03 = $2.16.
  //    Pipeline: Extract 1, Pause (Wait) 1, Load 1, Fanout (Map) 1 + 3 iterations × Notify 1 = 7, + 0.2 retries of Extract
  //      = 7.2; 250,000 × 7.2 = 1.8M × $0.025/1,000 = $45.00 (no free 4,000).
  //    Table (SimpleTable, provisioned): 5 RCU × 730 h = 3,650 × $0.00013 = $0.4745 → $0.47; 10 WCU × 730 h = 7,300 ×
  //      $0.00065 = $4.745 → $4.75 (a half cent, up); 6 GB × $0.25 = $1.50.
  //    Bus: 750,000 events of 65 KB = 2 chunks = 1.5M × $1.00/M = $1.50. Queue: 3M × 1 chunk × 3 calls = 9M × $0.40/M = $3.60.
  //    Total $110.85.
  it('CloudFormation JSON on aws-2024-11-01 without the free tier: a Fn::Sub DefinitionString, a SimpleTable, a bus, a queue, two log groups: $110.85', () => {
    const scenario = loadTemplate('8-cloudformation-json/template.json', '8-cloudformation-json/usage.yaml');
    expect([scenario.pricingId, scenario.freeTier]).toEqual(['aws-2024-11-01', false]);
    expect(bill(scenario)).toEqual({
      'lambda.requests': '0.60',
      'lambda.duration.x86_64.tier-1': '30.83',
      'lambda-logs.ingestion.tier-1': '0.40',
      'lambda-logs.storage': '0.04',
      'dynamodb.write-capacity': '4.75',
      'dynamodb.read-capacity': '0.47',
      'dynamodb.storage': '1.50',
      'sqs.standard.requests.tier-1': '3.60',
      'step-functions.standard.transitions.tier-1': '45.00',
      'eventbridge.custom-events': '1.50',
      'cloudwatch-logs.ingestion.standard': '20.00',
      'cloudwatch-logs.storage': '2.16',
      total: '110.85',
    });
  });
});

describe('figures per request, derived and overridden, as the traffic grows', () => {
  // 2.3. 40M requests a month, aws-2025-10-08, free tier on (3-per-request.yaml).
  //    REST API: 40M × $3.50/M = $140.00. Lambda requests: 40M + audit's 2M − 1M = 41M × $0.20/M = $8.20.
  //    audit (x86_64, 256 MB, 12 ms): 2M × 0.012 s × 0.25 GB = 6,000 GB-s, the free pool's first → $0.00;
  //      api (arm64, 1,024 MB, 35 ms): 1,400,000 − the 394,000 left = 1,006,000 × $0.0000133334 = $13.4134 → $13.41.
  //    Stated logs, 0.0000002 GB a request = 8 GB − 5 free = 3 × $0.50 = $1.50; stored 8 × 0.15 × 14 ÷ (365/12) = 0.5523
  //      GB-months, free → $0.00.
  //    Lambda logs: 40M × (264 + 736) B + 2M × (264 + 200) B = 40.928 GB (no free GB left) × $0.50 = $20.464 → $20.46;
  //      stored: api 40 × 0.15 × 7 ÷ (365/12) = 1.3808 + audit's stored_gb 30 (overrides the derivation) = 31.3808 − the
  //      4.4477 left free = 26.9332 × $0.03 = $0.808 → $0.81.
  //    DynamoDB: profiles 40M eventual reads of 7 KB = 2 × 0.5 = 40M RRU, ledger 2M transactional reads of 9 KB = 3 × 2 = 12M
  //      RRU: 52M × $0.125/M = $6.50; profiles 4M writes of 7 KB = 28M WRU + ledger's 12M WRU given (0.3 a request,
  //      overriding item_kb): 40M × $0.625/M = $25.00; 45 − 25 = 20 GB × $0.25 = $5.00.
  //    SQS: audit-q's requests given, 6M; jobs 2M messages × 4 chunks (200 KB) × 4 calls = 32M: 38M − 1M = 37M × $0.40/M
  //      = $14.80.
  //    SNS: 800,000 publishes × 2 chunks (70 KB) = 1.6M − 1M = 0.6M × $0.50/M = $0.30; HTTP given 0.03 a request (overriding
  //      3 subscriptions) = 1.2M − 100,000 = 1.1M × $0.60/M = $0.66; email derived, 800,000 − 1,000 = 799,000 ×
  //      $2.00/100,000 = $15.98.
  //    Data out: 40M × 6.5 KB = 260 GB − 100 free = 160 × $0.09 = $14.40; cross-AZ 40 GB × 2 × $0.01 = $0.80.
  //    Total $267.82.
  const perRequest = load('3-per-request.yaml');
  const perRequestBill = {
    'lambda.requests': '8.20',
    'lambda.duration.x86_64.tier-1': '0.00',
    'lambda.duration.arm64.tier-1': '13.41',
    'api-gateway.rest.requests.tier-1': '140.00',
    'lambda-logs.ingestion.tier-1': '20.46',
    'lambda-logs.storage': '0.81',
    'dynamodb.write-request-units': '25.00',
    'dynamodb.read-request-units': '6.50',
    'dynamodb.storage': '5.00',
    'sqs.standard.requests.tier-1': '14.80',
    'sns.publishes.tier-1': '0.30',
    'sns.deliveries.http.tier-1': '0.66',
    'sns.deliveries.email.tier-1': '15.98',
    'cloudwatch-logs.ingestion.standard': '1.50',
    'cloudwatch-logs.storage': '0.00',
    'data-transfer.internet-out.tier-1': '14.40',
    'data-transfer.cross-az': '0.80',
    total: '267.82',
  };
  it('every service figure per request, sizes derived, three figures given over their derivation: $267.82', () => {
    expect(bill(perRequest)).toEqual(perRequestBill);
  });

  // The same month with diurnal traffic: no function has a runtime, provisioned concurrency or a limit reached, so the
  // shape of the day moves nothing on the bill (the month's requests are the same).
  it('the same month with diurnal traffic: the same bill', () => {
    expect(bill({ ...perRequest, traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) } })).toEqual(perRequestBill);
  });

  // 2.3b. The same, growing 10% a month for 3 months (3b-per-request-growing.yaml), budget $300 at P50.
  //    Month m has 1.1^(m−1) × the requests: every per-request figure and every function's requests scale (audit's
  //    requests_per_month too, as the break-even sweep scales every function: docs/ranges.md "every count follows
  //    them"); audit's stored_gb 30 and the tables' storage do not.
  //    Month 2 (44M): Lambda requests 46.2M − 1M = $9.04; arm64 1,540,000 − 393,400 = 1,146,600 GB-s → $15.29; REST
  //      $154.00; stated logs 8.8 − 5 = 3.8 GB → $1.90; Lambda logs 45.0208 GB → $22.51; stored 1.5189 + 30 − 4.3924 →
  //      $0.81; RRU 57.2M → $7.15; WRU 44M → $27.50; storage $5.00; SQS 41.8M − 1M → $16.32; publishes 1.76M − 1M →
  //      $0.38; HTTP 1.32M − 0.1M → $0.73; email 879,000 → $17.58; data out 286 − 100 = 186 GB → $16.74; cross-AZ 88 GB →
  //      $0.88. Total $295.83 (with audit held at 2M it would be $295.73).
  //    Month 3 (48.4M): $9.96, $0.00, $17.35, $169.40, $2.34, $24.76, $0.82, $7.87, $30.25, $5.00, $17.99, $0.47, $0.81,
  //      $19.34, $19.31, $0.97: $326.64, over the $300 budget by $26.64: exit 1, month 3 the first over.
  it('growing 10% a month: $267.82, $295.83, $326.64, over a $300 P50 budget in month 3, exit 1 with the check in the JSON', () => {
    const { status, json, stderr } = estimateJson('3b-per-request-growing.yaml');
    expect(status).toBe(1);
    expect(json.ranges!.outlook.months.map((month) => [month.month, month.requests_per_month.p50, month.platforms.serverless.p50_usd])).toEqual([
      [1, '40000000', '267.82'],
      [2, '44000000', '295.83'],
      [3, '48400000', '326.64'],
    ]);
    expect(json.platforms.serverless.monthly_usd).toBe('267.82');
    expect(json.budget).toMatchObject({ status: 'over', monthly_usd: '300.00' });
    expect(json.budget!.checks).toEqual([
      { platform: 'serverless', budget_usd: '300.00', monthly_usd: '326.64', excess_usd: '26.64', status: 'over', percentile: 50, month: 3, months: 3 },
    ]);
    expect(stderr).toContain('Serverless P50 $326.64 a month of $300.00, $26.64 over in month 3');
  });
});

describe('older price tables', () => {
  // 2.4. aws-2024-02-01, 12M requests, free tier on (4-before-the-dynamodb-cut.yaml): DynamoDB on demand at $1.25 and
  //    $0.25 a million, before the 2024-11-01 halving; Lambda logs at the flat $0.50.
  //    HTTP API 12M × $1.00/M = $12.00. Lambda requests 11M × $0.20/M = $2.20; 48.2 ms billed as 49: 12M × 0.049 s ×
  //      0.625 GB = 367,500 GB-s, within the free 400,000 → $0.00.
  //    Logs: 12M × (264 + 1,500) B = 21.168 GB − 5 = 16.168 × $0.50 = $8.084 → $8.08; stored 21.168 × 0.15 × 30 ÷ (365/12)
  //      = 3.1317 GB-months, free → $0.00.
  //    RRU: carts 24M eventual of 3 KB = 1 × 0.5 = 12M; orders 3M strong of 12.5 KB = 4 = 12M; payments 500,000
  //      transactional of 4.1 KB = 2 × 2 = 2M: 26M × $0.25/M = $6.50.
  //    WRU: carts 6M × 3 × 1.4 (40% transactional) = 25.2M; orders 600,000 × 13 = 7.8M; payments 500,000 × 5 = 2.5M:
  //      35.5M × $1.25/M = $44.375 → $44.38 (a half cent, up). Storage 80 − 25 = 55 GB × $0.25 = $13.75.
  //    SQS: 6M messages of 64 KB (one chunk) × 3 = 18M − 1M = 17M × $0.40/M = $6.80.
  //    Total $93.71.
  it('aws-2024-02-01: eventual, strong and transactional reads and writes over 1 KB at the rates before the cut: $93.71', () => {
    expect(bill(load('4-before-the-dynamodb-cut.yaml'))).toEqual({
      'lambda.requests': '2.20',
      'lambda.duration.x86_64.tier-1': '0.00',
      'api-gateway.http.requests.tier-1': '12.00',
      'lambda-logs.ingestion.tier-1': '8.08',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '44.38',
      'dynamodb.read-request-units': '6.50',
      'dynamodb.storage': '13.75',
      'sqs.standard.requests.tier-1': '6.80',
      total: '93.71',
    });
  });

  // 2.4b. aws-2022-08-01 has no SQS and no DynamoDB section: one error naming each service and the version, exit 2.
  it('aws-2022-08-01 asked for a queue and a table: one error naming both services and the version, exit 2', () => {
    const result = runCli(['estimate', `${FIXTURES}/4b-service-the-table-lacks.yaml`, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('pricing aws-2022-08-01 (us-east-1) lacks 2 prices this scenario needs');
    expect(result.stderr).toContain('has no DynamoDB prices; choose another region or pricing version');
    expect(result.stderr).toContain('has no SQS prices; choose another region or pricing version');
  });
});

describe('every always-free allowance at once', () => {
  // 2.5. aws-2025-10-08, 3M requests (5-every-free-tier.yaml). Free tier on | off:
  //    Lambda requests: 3M + 0.8M = 3.8M (− 1M) × $0.20/M = $0.56 | $0.76.
  //    api x86_64 3M × 0.2 s × 0.5 GB = 300,000 GB-s, worker arm64 0.8M × 0.15 s × 1 GB = 120,000: the pool covers x86
  //      first, then 100,000 arm: $0.00 and 20,000 × $0.0000133334 = $0.27 | $5.00 and $1.60.
  //    HTTP API 3M × $1.00/M = $3.00 either way (its 12-month free tier is off by default).
  //    Stated logs 2 GB (takes 2 of the 5 free) → $0.00 | $1.00; stored_gb 1 → $0.00 | $0.03; Logs Insights 8 − 5 = 3 GB ×
  //      $0.005 = $0.015 → $0.02 | 8 × $0.005 = $0.04.
  //    Lambda logs 3M × 1,264 B + 0.8M × 264 B = 4.0032 GB − the 3 left = 1.0032 × $0.50 → $0.50 | $2.0016 → $2.00; stored
  //      3.792 × 0.15 × 60 ÷ (365/12) + 0.2112 × 0.15 × 12 = 1.5022 GB-months, within the 4 left → $0.00 | $0.045 → $0.05.
  //    DynamoDB: RCU 20 within 25 → $0.00 | 14,600 × $0.00013 = $1.898 → $1.90; WCU 30 − 25 = 5 × 730 × $0.00065 → $2.37 |
  //      21,900 × $0.00065 = $14.235 → $14.24; storage 30 − 25 = 5 GB → $1.25 | $7.50; stream reads by another consumer
  //      3M − 2.5M = 0.5M × $0.02/100,000 = $0.10 | $0.60; on demand (no free tier): 0.5M RRU × $0.125/M = $0.0625 → $0.06,
  //      1M WRU × $0.625/M = $0.625 → $0.63 either way.
  //    S3 (no always-free tier): 4 GB × $0.023 = $0.092 → $0.09; 1,500 PUT → $0.0075 → $0.01; 15,000 GET → $0.006 → $0.01.
  //    SQS: standard 600,000 requests, FIFO 300,000 × 2 chunks × 3 = 1.8M; the free million standard first: $0.00 and
  //      1.4M × $0.50/M = $0.70 | $0.24 and $0.90.
  //    SNS: publishes 1.2M − 1M → $0.10 | $0.60; HTTP 150,000 − 100,000 → $0.03 | $0.09; email 1,500 − 1,000 → $0.01 |
  //      $0.03; SMS 300 − 100 = 200 × $0.0075 = $1.50 | $2.25; Firehose 50,000 × $0.19/M = $0.0095 → $0.01 and mobile push
  //      40,000 × $0.50/M = $0.02 (no free tier) either way.
  //    Step Functions: 6,000 − 4,000 transitions → $0.05 | $0.15; Express (no free tier) 100,000 × $1.00/M = $0.10 and
  //      625 GB-s × $0.00001667 = $0.0104 → $0.01.
  //    No free tier either way: EventBridge 0.1M → $0.10; Kinesis 730 h → $29.20, 1 GB in → $0.08, out → $0.04; NAT 730 h
  //      → $32.85, 10 GB → $0.45.
  //    Data out 150 GB − 100 free → $4.50 | $13.50.
  //    Totals $78.62 | $119.14.
  const everyFree = load('5-every-free-tier.yaml');
  const both = (on: string, off: string) => [on, off];
  const freeTierLines: Record<string, string[]> = {
    'lambda.requests': both('0.56', '0.76'),
    'lambda.duration.x86_64.tier-1': both('0.00', '5.00'),
    'lambda.duration.arm64.tier-1': both('0.27', '1.60'),
    'api-gateway.http.requests.tier-1': both('3.00', '3.00'),
    'lambda-logs.ingestion.tier-1': both('0.50', '2.00'),
    'lambda-logs.storage': both('0.00', '0.05'),
    'dynamodb.write-request-units': both('0.63', '0.63'),
    'dynamodb.read-request-units': both('0.06', '0.06'),
    'dynamodb.write-capacity': both('2.37', '14.24'),
    'dynamodb.read-capacity': both('0.00', '1.90'),
    'dynamodb.storage': both('1.25', '7.50'),
    'dynamodb.stream-read-request-units': both('0.10', '0.60'),
    's3.storage.tier-1': both('0.09', '0.09'),
    's3.put-requests': both('0.01', '0.01'),
    's3.get-requests': both('0.01', '0.01'),
    'sqs.standard.requests.tier-1': both('0.00', '0.24'),
    'sqs.fifo.requests.tier-1': both('0.70', '0.90'),
    'sns.publishes.tier-1': both('0.10', '0.60'),
    'sns.deliveries.http.tier-1': both('0.03', '0.09'),
    'sns.deliveries.email.tier-1': both('0.01', '0.03'),
    'sns.deliveries.firehose.tier-1': both('0.01', '0.01'),
    'sns.deliveries.mobile-push.tier-1': both('0.02', '0.02'),
    'sns.deliveries.sms.tier-1': both('1.50', '2.25'),
    'step-functions.standard.transitions.tier-1': both('0.05', '0.15'),
    'step-functions.express.requests': both('0.10', '0.10'),
    'step-functions.express.duration.tier-1': both('0.01', '0.01'),
    'eventbridge.custom-events': both('0.10', '0.10'),
    'kinesis.on-demand.stream-hours': both('29.20', '29.20'),
    'kinesis.on-demand.data-in': both('0.08', '0.08'),
    'kinesis.on-demand.data-out': both('0.04', '0.04'),
    'cloudwatch-logs.ingestion.standard': both('0.00', '1.00'),
    'cloudwatch-logs.storage': both('0.00', '0.03'),
    'cloudwatch-logs.insights': both('0.02', '0.04'),
    'nat-gateway.hours': both('32.85', '32.85'),
    'nat-gateway.data-processed': both('0.45', '0.45'),
    'data-transfer.internet-out.tier-1': both('4.50', '13.50'),
    total: both('78.62', '119.14'),
  };
  const column = (index: number) => Object.fromEntries(Object.entries(freeTierLines).map(([id, pair]) => [id, pair[index]!]));
  it('free tier on: each allowance where the facts give one, and none where they do not: $78.62', () => {
    expect(bill(everyFree)).toEqual(column(0));
  });
  it('free tier off: every line at list price: $119.14', () => {
    expect(bill({ ...everyFree, freeTier: false })).toEqual(column(1));
  });
});

describe('the functions on other providers, derived by hand (gcp, azure, cloudflare 2026-12-05)', () => {
  // 2.6. api (1,024 MB, 180 ms, 12 ms CPU, 100 MB used) 20M requests; resize (2,048 MB, 1,250 ms, 900 ms CPU, 120 MB used)
  //    500,000 (6-compare.yaml). 20.5M requests in all.
  //    Lambda: 19.5M × $0.20/M = $3.90; 20M × 0.18 s × 1 GB + 0.5M × 1.25 s × 2 GB = 4,850,000 − 400,000 = 4,450,000 ×
  //      $0.0000166667 = $74.1668 → $74.17. $78.07.
  //    Cloud Run functions (us-central1, Tier 1): 1 GiB comes with 0.583 vCPU, 2 GiB with 1; 180 ms → 200 ms, 1,250 →
  //      1,300 ms. CPU 20M × 0.2 × 0.583 + 0.5M × 1.3 × 1 = 2,982,000 − 180,000 = 2,802,000 × $0.000024 = $67.248 → $67.25;
  //      memory 20M × 0.2 × 1 + 0.5M × 1.3 × 2 = 5,300,000 − 360,000 = 4,940,000 × $0.0000025 = $12.35; requests 20.5M − 2M
  //      = 18.5M × $0.40/M = $7.40. $87.00.
  //    Azure Consumption (eastus): 100 and 120 MB used → 128 MB; 20M × 0.18 s × 0.125 GB + 0.5M × 1.25 s × 0.125 GB =
  //      528,125 − 400,000 = 128,125 GB-s × $0.000016 = $2.05; 19.5M executions × $0.20/M = $3.90. $5.95, the cheapest.
  //    Workers: $5.00; 20.5M − 10M = 10.5M × $0.30/M = $3.15; 20M × 12 + 0.5M × 900 = 690M − 30M = 660M CPU-ms × $0.02/M
  //      = $13.20. $21.35.
  it('Lambda $78.07, Cloud Run functions $87.00, Azure Consumption $5.95, Workers $21.35', () => {
    const { status, json } = estimateJson('6-compare.yaml');
    expect(status).toBe(0);
    expect(json.compare!.requests_per_month).toBe('20500000');
    expect(json.compare!.cheapest).toBe('azure');
    expect(compared(json)).toEqual({
      aws: { 'lambda.requests': '3.90', 'lambda.duration.x86_64.tier-1': '74.17', total: '78.07' },
      gcp: { 'run-functions.cpu': '67.25', 'run-functions.memory': '12.35', 'run-functions.requests': '7.40', total: '87.00' },
      azure: { 'functions.consumption.executions': '3.90', 'functions.consumption.execution-time': '2.05', total: '5.95' },
      cloudflare: { 'workers.plan': '5.00', 'workers.requests': '3.15', 'workers.cpu': '13.20', total: '21.35' },
    });
  });

  // 2.7. api (2,048 MB, 240 ms, four requests to an instance), 6M requests (7-compare-flex-tier-2.yaml).
  //    Lambda: 5M × $0.20/M = $1.00; 6M × 0.24 s × 2 GB = 2,880,000 − 400,000 = 2,480,000 × $0.0000166667 = $41.3334 →
  //      $41.33. $42.33.
  //    Cloud Run functions in europe-west3 (Tier 2): 2 GiB, 1 vCPU; four requests of 240 ms at once keep the instance
  //      busy 240 ms → 300 ms billed, 75 ms a request. CPU 6M × 0.075 × 1 = 450,000 vCPU-s × $0.0000336 = $15.12 less the
  //      free tier at Tier 1 prices (180,000 × $0.000024 = $4.32, 128,571.43 vCPU-s) = $10.80; memory 900,000 GiB-s ×
  //      $0.0000035 = $3.15 − 360,000 × $0.0000025 = $0.90 → $2.25; requests 4M × $0.40/M = $1.60. $14.65, the cheapest.
  //    Azure Flex Consumption on demand, 2,048 MB instances: 240 ms → the 1,000 ms minimum, shared by four = 250 ms a
  //      request: 6M × 0.25 s × 2 GB = 3,000,000 − 100,000 = 2,900,000 GB-s × $0.000026 = $75.40; 6M − 250,000 = 5.75M
  //      executions × $0.40/M = $2.30. $77.70.
  it('Cloud Run functions in a Tier 2 region $14.65 and Azure Flex Consumption $77.70, four requests to an instance, against Lambda $42.33', () => {
    const { status, json } = estimateJson('7-compare-flex-tier-2.yaml');
    expect(status).toBe(0);
    expect(json.compare!.cheapest).toBe('gcp');
    expect(compared(json)).toEqual({
      aws: { 'lambda.requests': '1.00', 'lambda.duration.x86_64.tier-1': '41.33', total: '42.33' },
      gcp: { 'run-functions.cpu': '10.80', 'run-functions.memory': '2.25', 'run-functions.requests': '1.60', total: '14.65' },
      azure: { 'functions.flex.on-demand.executions': '2.30', 'functions.flex.on-demand.execution-time': '75.40', total: '77.70' },
    });
  });
  // 2.7b. The same API on 512 MB (240 ms, one request to an instance), Azure Flex Consumption with one always-ready 512 MB
  //    instance (7b-compare-flex-always-ready.yaml). Each request holds an instance the 1,000 ms minimum.
  //    Lambda: 5M × $0.20/M = $1.00; 6M × 0.24 s × 0.5 GB = 720,000 − 400,000 = 320,000 × $0.0000166667 = $5.3333 → $5.33.
  //    Always ready (no grants): baseline 0.5 GB × 2,628,000 s = 1,314,000 GB-s × $0.000004 = $5.256 → $5.26; it takes the
  //      work first, up to every second of the month: 2,628,000 requests of 1 s, 1,314,000 GB-s × $0.000016 = $21.024 →
  //      $21.02; their executions 2.628M × $0.40/M = $1.0512 → $1.05.
  //    On demand, the other 3,372,000 requests: 1,686,000 − 100,000 free = 1,586,000 GB-s × $0.000026 = $41.236 → $41.24;
  //      3,372,000 − 250,000 free = 3,122,000 executions × $0.40/M = $1.2488 → $1.25.
  //    Azure $69.82; Lambda $6.33, the cheapest.
  it('Azure Flex Consumption past one always-ready instance: $69.82 against Lambda $6.33', () => {
    const { status, json } = estimateJson('7b-compare-flex-always-ready.yaml');
    expect(status).toBe(0);
    expect(json.compare!.cheapest).toBe('aws');
    expect(compared(json)).toEqual({
      aws: { 'lambda.requests': '1.00', 'lambda.duration.x86_64.tier-1': '5.33', total: '6.33' },
      azure: {
        'functions.flex.on-demand.executions': '1.25',
        'functions.flex.on-demand.execution-time': '41.24',
        'functions.flex.always-ready.baseline': '5.26',
        'functions.flex.always-ready.execution-time': '21.02',
        'functions.flex.always-ready.executions': '1.05',
        total: '69.82',
      },
    });
  });
});
