// Whole serverless architectures, eleventh batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1–§1.5, §3.1, §3.3, §4, §9.1; pricing-facts-services.md §1.1, §1.2, §1.7) and the unit prices of
// the shipped tables (pricing/aws/2021-09-29, 2024-09-06, 2025-05-01, 2025-08-01 and 2025-10-08.yaml: us-east-1,
// us-east-2, us-west-2, eu-central-1, ap-northeast-1, ap-southeast-1 and ap-south-1), before slcost priced them. The
// derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-11/derivations.py prints
// every line) and committed before slcost was run on them. Every line is rounded to the cent, halves up; a total is the
// sum of its lines. This batch leans on what the first ten touched least: every always-free allowance reached exactly
// and then a quarter past it, with every figure per request (the REST API's 12-month free tier on, the stated logs
// taking the free GB before the function's, five half-cents rounded up); three platforms in Frankfurt with the table,
// queue, bucket, NAT gateways, stated logs and egress on each, EC2 on a Savings Plan whose stated commitment covers 2.5
// instances, Fargate storage and public addresses, an internal load balancer billed by bytes; the two tables no batch
// priced, aws-2021-09-29 (the first arm64 prices, flat, with arm64 provisioned concurrency on three event days and
// containers whose public addresses were free) and aws-2024-09-06 (Fargate Spot on arm64, DynamoDB before its cut,
// Lambda logs at the flat rate); a SAM template whose table's global secondary indexes add their capacity, in the
// Infrequent Access class, with a REST API declared as an AWS::Serverless::Api, log groups named by FunctionName and by
// !Join, a ScheduleV2 function priced at its runs and a Map in the older Iterator form; a serverless.yml whose
// resources: is a list of two blocks behind a WebSocket API, logs at WARN from provider.logs.lambda but one function
// back at INFO, a stage parameter for a stream's shards; a distributed Map of Standard child workflows with a Parallel
// inside, in Mumbai, beside three Express machines past 18M GB-seconds and 1,000 KB events; and Singapore's large
// messages: 200 KB publishes to seven protocols, 1,000 KB FIFO messages, egress ending exactly at a band's edge.
//
// The containers' rules (a Savings Plan's stated commitment, the units above it, the load balancer's capacity units
// and addresses) were taken from the README and, where it is brief, from slcost's own EC2, Fargate and load-balancer
// line items, read before these bills were derived; every other rule from the facts and the docs.
//
// Conventions, as in the first ten batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band; one flat price per architecture before aws-2022-08-01. No INIT phase
//   is billed: the functions naming a runtime are priced on tables before aws-2025-08-01, the others name none.
// - Provisioned concurrency: count × GB × hours × 3,600 at the configured rate; the invocations it is said to serve at
//   their own duration at the provisioned duration rate; the rest on demand with the free tier.
// - Traffic shapes: the month is 730 hours from midnight, 30 days and hours 0–9 of a 31st. A diurnal day of 8 busy
//   hours (8–15) at twice the average: 242 busy hours at 2, 488 quiet at 0.5 (Σ 728). A spiky month's event days are
//   days 1–3, 72 hours at the multiplier, the other 658 at 1.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored ×
//   0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire, or stored_gb as given; 5 GB ingested,
//   5 GB-months stored and 5 GB scanned free, the stated logs first (decision).
// - DynamoDB: RRU = reads × ceil(KB / 4) × 0.5, 1 or 2; WRU = writes × ceil(KB / 1), twice for the transactional share;
//   provisioned capacity × 730 h, a template's indexes' capacity added to their table's; each always-free pool off the
//   sum over all tables (decision); stream reads by Lambda free.
// - SQS: messages × ceil(KB / 64) × calls; one free million, standard first (decision). SNS: publishes × ceil(KB / 64),
//   deliveries per message (not per chunk) per subscription unless given (decision); HTTP 100,000, email 1,000, SMS 100
//   free, the SMS to the first-named price first. EventBridge: events × ceil(KB / 64), no free tier.
// - Step Functions Standard: one transition per state entered, a Map's processor per iteration (distributed or inline,
//   ItemProcessor or Iterator), a Parallel's branches, retries per execution; 4,000 free. Express: 100 ms × 64 MB steps,
//   GB of 1,024 MB, 64 MB when not given, all Express machines in one set of bands.
// - Kinesis: on demand, records rounded up to whole KB of 1,024 B, GB of 1,048,576 KB (decision); provisioned, shard-
//   hours and PUT payload units of 25 KB, each mode's streams on one line.
// - Data transfer: the free 100 GB first, then the bands; response_kb in decimal GB; between zones billed each way.
// - API Gateway: its 12-month free tier only where api_gateway.free_tier says so. A template's API is called once for
//   each invocation of the functions behind it.
// - Containers: each hour max(minimum, ceil(requests a second ÷ capacity)); a Savings Plan's commitment (the fleet's
//   floor at the plan's rate unless stated) paid every hour, the units above what it covers on demand; public IPv4
//   $0.005 an hour from aws-2024-02-01, free before; an ALB's LCUs each hour the larger of new connections ÷ 25 a second
//   and GB processed (KB of 1,024 B, GB of 1,048,576 KB); the services of services: on every platform, a function's logs
//   on the serverless side only.
//
// Eight of the nine bills (and every containers platform) agreed with slcost to the cent, line by line, when first
// priced. The ninth, 11.6, was the derivation's error: it took the WebSocket API's messages from the usage file's
// traffic, where a template's API is called once for each invocation of the functions behind it (the connect route's
// too); corrected in its own commit, it agrees.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonBill } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';

const FIXTURES = 'test/fixtures/whole-architectures-11';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const loadTemplate = (file: string, usage: string): Scenario => fixtureTemplateScenario(FIXTURES, file, usage);
const bill = serverlessBill;

interface JsonEstimate {
  readonly pricing: { readonly id: string };
  readonly platforms: Readonly<Record<string, JsonBill>>;
  readonly warnings: readonly { readonly id: string }[];
}

/** `slcost estimate FILE --format json [options]`, as CI reads it: the exit status and the document. */
const estimateJson = (file: string, ...options: string[]) => estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`, ...options]);

describe('every free allowance, exactly and a quarter past', () => {
  it('11.1 Ohio at 1M requests: each allowance used to its last unit, only on-demand reads billed: $0.06', () => {
    // api 1M × 0.8 s × 0.5 GB = 400,000 GB-s and 1M requests: the pool, exactly. REST 1M: the 12-month free 1M. Logs 2 GB
    // stated + 3 GB the function's = 5 GB; stored 2.84 stated + 3 × 0.15 × 4.8 = 2.16 = 5 GB-months; scanned 5 GB. SQS
    // 750,000 + 250,000 FIFO = 1M. SNS 1M publishes of 64 KB (one chunk), 100,000 HTTP, 1,000 email, 100 SMS. 400
    // executions × 10 = 4,000 transitions. RCU 15 + 10, WCU 24 + 1, 17.5 + 7.5 GB: 25 each. 2.5M stream reads. 100 GB
    // out. sessions: 1M eventual reads of 4 KB = 500,000 RRU × $0.125/M = $0.0625, $0.06.
    const zero = '0.00';
    expect(bill(load('1-every-free-edge-exactly.yaml'))).toEqual({
      'lambda.requests': zero,
      'lambda.duration.x86_64.tier-1': zero,
      'api-gateway.rest.requests.tier-1': zero,
      'cloudwatch-logs.ingestion.standard': zero,
      'cloudwatch-logs.storage': zero,
      'cloudwatch-logs.insights': zero,
      'lambda-logs.ingestion.tier-1': zero,
      'lambda-logs.storage': zero,
      'sqs.standard.requests.tier-1': zero,
      'sqs.fifo.requests.tier-1': zero,
      'sns.publishes.tier-1': zero,
      'sns.deliveries.http.tier-1': zero,
      'sns.deliveries.email.tier-1': zero,
      'sns.deliveries.sms.tier-1': zero,
      'step-functions.standard.transitions.tier-1': zero,
      'dynamodb.read-request-units': '0.06',
      'dynamodb.read-capacity': zero,
      'dynamodb.write-capacity': zero,
      'dynamodb.storage': zero,
      'dynamodb.stream-read-request-units': zero,
      'data-transfer.internet-out.tier-1': zero,
      total: '0.06',
    });
  });

  it('11.1b the same at 1.25M: every figure per request a quarter past its allowance, five half-cents rounded up: $6.23', () => {
    // Requests 250,000 × $0.20/M = $0.05; 500,000 − 400,000 GB-s × $0.0000166667 = $1.67. REST 250,000 × $3.50/M =
    // $0.875, $0.88. Logs: stated 2.5 GB (free), the function's 3.75 − the 2.5 left = 1.25 × $0.50 = $0.625, $0.63;
    // stored 2.84 + 2.7 − 5 = 0.54 × $0.03 = $0.02; scanned 1.25 × $0.005 = $0.01. SQS: 937,500 standard (free), FIFO
    // 312,500 − 62,500 = 250,000 × $0.50/M = $0.125, $0.13. SNS: 250,000 publishes × $0.50/M = $0.13; 25,000 HTTP × $0.60/M
    // = $0.015, $0.02; 250 email × $20/M = $0.005, $0.01; 25 SMS × $0.0075 = $0.19. 1,000 transitions × $0.025/1,000 =
    // $0.03. 625,000 stream reads × $0.02 per 100,000 = $0.125, $0.13; 625,000 RRU × $0.125/M = $0.08. 25 GB × $0.09 =
    // $2.25. The capacity and storage, levels, stay free.
    expect(bill(load('1b-every-free-edge-crossed.yaml'))).toEqual({
      'lambda.requests': '0.05',
      'lambda.duration.x86_64.tier-1': '1.67',
      'api-gateway.rest.requests.tier-1': '0.88',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'cloudwatch-logs.insights': '0.01',
      'lambda-logs.ingestion.tier-1': '0.63',
      'lambda-logs.storage': '0.02',
      'sqs.standard.requests.tier-1': '0.00',
      'sqs.fifo.requests.tier-1': '0.13',
      'sns.publishes.tier-1': '0.13',
      'sns.deliveries.http.tier-1': '0.02',
      'sns.deliveries.email.tier-1': '0.01',
      'sns.deliveries.sms.tier-1': '0.19',
      'step-functions.standard.transitions.tier-1': '0.03',
      'dynamodb.read-request-units': '0.08',
      'dynamodb.read-capacity': '0.00',
      'dynamodb.write-capacity': '0.00',
      'dynamodb.storage': '0.00',
      'dynamodb.stream-read-request-units': '0.13',
      'data-transfer.internet-out.tier-1': '2.25',
      total: '6.23',
    });
  });
});

describe('three platforms, the services shared', () => {
  it('11.2 Frankfurt: serverless $914.74, EC2 on a stated commitment $736.88, Fargate arm64 $680.72, the same $567.78 of services on each', () => {
    // 131.04M requests, diurnal: a busy hour 360,000 (100 a second), a quiet one 90,000 (25). Shared: events 0.3 writes
    // of 1.5 KB × 2 × 1.1 = 86,486,400 WRU × $0.7625/M = $65.95; orders 75 RCU × 730 × $0.0001586 = $8.68, 15 WCU × 730 ×
    // $0.000793 = $8.68, 35 GB × $0.306 = $10.71; outbox 3 requests a request − 1M × $0.40/M = $156.85; receipts 800 GB ×
    // $0.0245 = $19.60, 6,552,000 PUT = $35.38, 26,208,000 GET = $11.27; NAT 2 × 730 × $0.052 = $75.92, 655.2 GB =
    // $34.07; stated logs 30 − 5 GB × $0.315 = $7.88, 13.315 − 5 GB-months × $0.0324 = $0.27; egress 1,572.48 − 100 GB ×
    // $0.09 = $132.52.
    const shared = {
      'dynamodb.write-request-units': '65.95',
      'dynamodb.read-capacity': '8.68',
      'dynamodb.write-capacity': '8.68',
      'dynamodb.storage': '10.71',
      'sqs.standard.requests.tier-1': '156.85',
      's3.storage.tier-1': '19.60',
      's3.put-requests': '35.38',
      's3.get-requests': '11.27',
      'nat-gateway.hours': '75.92',
      'nat-gateway.data-processed': '34.07',
      'cloudwatch-logs.ingestion.infrequent-access': '7.88',
      'cloudwatch-logs.storage': '0.27',
      'data-transfer.internet-out.tier-1': '132.52',
    };
    // Internal ALB, 730 h × $0.027 = $19.71; LCUs by bytes (24 KB a request): 242 × 8.2397 + 488 × 2.0599 = 2,999.27 ×
    // $0.008 = $23.99; no public addresses.
    const alb = { 'load-balancer.hours': '19.71', 'load-balancer.lcu': '23.99' };
    expect(billsOf(load('2-frankfurt-containers-shared.yaml'))).toEqual({
      // 130.04M × $0.20/M = $26.01; 9,172,800 − 400,000 GB-s × $0.0000133334 = $116.97; HTTP 131.04M × $1.20/M = $157.25;
      // logs 73.91 GB × $0.63 = $46.56 (the free 5 went to the stated logs), 5.10 GB-months × $0.0324 = $0.17.
      serverless: {
        'lambda.requests': '26.01',
        'lambda.duration.arm64.tier-1': '116.97',
        'api-gateway.http.requests.tier-1': '157.25',
        'lambda-logs.ingestion.tier-1': '46.56',
        'lambda-logs.storage': '0.17',
        ...shared,
        total: '914.74',
      },
      // c8g.large, 4 busy and 2 quiet; $0.113375 an hour at the 3-year rate $0.04535 covers 2.5: 730 × $0.113375 =
      // $82.76; 242 × 1.5 instance-hours on demand × $0.0907 = $32.92; 1,944 address-hours × $0.005 = $9.72.
      ec2: { 'ec2.savings-plan-commitment': '82.76', 'ec2.instances': '32.92', 'ec2.public-ipv4': '9.72', ...alb, ...shared, total: '736.88' },
      // 5 busy and 2 quiet tasks: 2,186 task-hours; 1,093 vCPU-hours × $0.03725 = $40.71; 2,186 GB-hours × $0.00409 =
      // $8.94; 30 GB above the free 20 × $0.000132 = $8.66; 2,186 address-hours × $0.005 = $10.93.
      fargate: {
        'fargate.vcpu.arm64': '40.71',
        'fargate.memory.arm64': '8.94',
        'fargate.ephemeral-storage': '8.66',
        'fargate.public-ipv4': '10.93',
        ...alb,
        ...shared,
        total: '680.72',
      },
    });
  });

  it('11.3 the first arm64 table: flat prices, arm64 provisioned on three event days, free public addresses: $431.07, $132.67, $77.11', () => {
    // 94.6M requests, spiky: a normal hour 100,000, an event hour 400,000. api 11,352,000 − 400,000 GB-s ×
    // $0.0000166667 = $182.53; render 2.2M on demand × 0.45 s × 2 GB = 1,980,000 × $0.0000133334 = $26.40; 5 × 2 GB × 72
    // h × 3,600 = 2,592,000 GB-s × $0.0000033334 = $8.64; 800,000 × 0.4 s × 2 GB = 640,000 × $0.0000077778 = $4.98.
    // Requests 96.6M × $0.20/M = $19.32. HTTP 600 KB = 2 steps: 189.2M × $1.00/M = $189.20. No log prices.
    const { status, json } = estimateJson('3-first-arm64-table-spiky.yaml');
    expect(status).toBe(0);
    expect(json.pricing.id).toBe('aws-2021-09-29');
    expect(json.warnings.map((warning) => warning.id)).toContain('lambda_logs_not_priced');
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '19.32',
      'lambda.duration.x86_64.tier-1': '182.53',
      'lambda.duration.arm64.tier-1': '26.40',
      'lambda.provisioned-concurrency.arm64': '8.64',
      'lambda.provisioned-duration.arm64': '4.98',
      'api-gateway.http.requests.tier-1': '189.20',
      total: '431.07',
    });
    // ALB 730 × $0.0225 = $16.425, $16.43; LCUs by connections: 658 × 1.1111 + 72 × 4.4444 = 1,051.11 × $0.008 = $8.41.
    // Its three addresses: no price before 2024-02-01, no line.
    const alb = { 'load-balancer.hours': '16.43', 'load-balancer.lcu': '8.41' };
    // m6i.large, 2 normal and 3 in event hours; the 1-year plan commits the floor: 2 × $0.096 × 0.72 × 730 = $100.92; 72
    // instance-hours on demand × $0.096 = $6.91; 1,532 address-hours at $0.
    expect(jsonBill(json.platforms['ec2']!)).toEqual({ 'ec2.savings-plan-commitment': '100.92', 'ec2.instances': '6.91', 'ec2.public-ipv4': '0.00', ...alb, total: '132.67' });
    // x86_64 1 vCPU 2 GB, 1 normal and 4 in event hours; $0.06 an hour at the 3-year task rate $0.0271535 covers 2.2097
    // tasks: 730 × $0.06 = $43.80; 72 × 1.7903 = 128.90 task-hours on demand: × $0.04048 = $5.22, × 2 × $0.004445 = $1.15;
    // 946 task-hours × 20 GB × $0.000111 = $2.10.
    expect(jsonBill(json.platforms['fargate']!)).toEqual({
      'fargate.savings-plan-commitment': '43.80',
      'fargate.vcpu.x86_64': '5.22',
      'fargate.memory.x86_64': '1.15',
      'fargate.ephemeral-storage': '2.10',
      ...alb,
      total: '77.11',
    });
  });

  it('11.4 Spot on arm64 before the DynamoDB cut: $604.79, EC2 at its own discount $648.94, Fargate Spot $444.76', () => {
    // Shared: ledger 3 strong reads of 6 KB = 6 RRU + profiles 0.5: 260M RRU × $0.25/M = $65.00; 0.5 writes × 6 × 1.4 =
    // 168M WRU × $1.25/M = $210.00; 85 − 25 GB × $0.25 = $15.00; its stream read by a function, free. clicks: 80M records
    // of 2 KB = 152.59 GB: 730 h × $0.04 = $29.20, in × $0.08 = $12.21, out × 2 × $0.04 = $12.21, EFO × $0.05 = $7.63;
    // audit 4 × 730 × $0.015 = $43.80, 10M records × 2 units = 20M × $0.014/M = $0.28. Events 4M custom + 3M partner.
    const shared = {
      'dynamodb.read-request-units': '65.00',
      'dynamodb.write-request-units': '210.00',
      'dynamodb.storage': '15.00',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '12.21',
      'kinesis.on-demand.data-out': '12.21',
      'kinesis.on-demand.efo-data-out': '7.63',
      'kinesis.provisioned.shard-hours': '43.80',
      'kinesis.provisioned.put-payload-units': '0.28',
      'eventbridge.custom-events': '4.00',
      'eventbridge.partner-events': '3.00',
    };
    // 15.22 a second: ALB 730 × $0.0225 = $16.43; 444.44 LCU-hours by connections × $0.008 = $3.56; 2 addresses × 730 ×
    // $0.005 = $7.30.
    const alb = { 'load-balancer.hours': '16.43', 'load-balancer.lcu': '3.56', 'load-balancer.public-ipv4': '7.30' };
    expect(billsOf(load('4-spot-arm64-before-the-cut.yaml'))).toEqual({
      // 49M × $0.20/M = $9.80; consumer 75,000 GB-s free (x86_64 first), api 2,850,000 − 325,000 × $0.0000133334 =
      // $33.67; REST 40M × $3.50/M = $140.00; logs 40 + 2.64 − 5 GB at the flat $0.50 = $18.82; 5.918 + 4.752 − 5
      // GB-months × $0.03 = $0.17.
      serverless: {
        'lambda.requests': '9.80',
        'lambda.duration.x86_64.tier-1': '0.00',
        'lambda.duration.arm64.tier-1': '33.67',
        'api-gateway.rest.requests.tier-1': '140.00',
        'lambda-logs.ingestion.tier-1': '18.82',
        'lambda-logs.storage': '0.17',
        ...shared,
        total: '604.79',
      },
      // r8g.large at 6 a second: 3 all month, 2,190 × $0.11782 × 0.85 = $219.32.
      ec2: { 'ec2.instances': '219.32', ...alb, ...shared, total: '648.94' },
      // 0.25 vCPU 0.5 GB at 2.5 a second: 7 tasks, 5,110 task-hours at 30%: 1,277.5 × $0.03238 × 0.3 = $12.41; 2,555 ×
      // $0.00356 × 0.3 = $2.73.
      fargate: { 'fargate.vcpu.arm64': '12.41', 'fargate.memory.arm64': '2.73', ...alb, ...shared, total: '444.76' },
    });
  });
});

describe('templates', () => {
  it('11.5 a SAM shop in Oregon: indexes priced with their table, an Iterator Map, a ScheduleV2 function at its runs: $1,716.05', () => {
    // Requests 25M + 8,760 runs + 2.5M − 1M × $0.20/M = $5.30. x86_64 1,000,000 + 350,400 − 400,000 GB-s ×
    // $0.0000166667 = $15.84; arm64 1,500,000 × $0.0000133334 = $20.00; 2,250,000 GB-s of storage × $0.0000000309 =
    // $0.07. REST 25M × $3.50/M = $87.50. Audit 12 − 5 GB × $0.50 = $3.50, 21.6 − 5 GB-months × $0.03 = $0.50; the
    // functions' 19.1 + 0.0023 + 3 GB × $0.50 = $11.05; 2.826 (30 days) + 0.00008 (7 days) + 5.4 (never) × $0.03 =
    // $0.25. 45 RCU − 25 × 730 × $0.00013 = $1.90; 30 WCU − 25 × 730 × $0.00065 = $2.37; 43 − 25 GB × $0.25 = $4.50.
    // JobsQueue 7.5M − 1M × $0.40/M = $2.60. 200,000 messages of 100 KB: 400,000 publishes, free; 400,000 email − 1,000
    // × $20/M = $7.98; 199,900 SMS × $0.00645 = $1,289.355, $1,289.36; Firehose $0.04; mobile push $0.10. 500,000
    // executions × 15.15 − 4,000 × $0.025/1,000 = $189.275, $189.28. Clicks 730 h × $0.04 = $29.20, 23.84 GB in × $0.08 =
    // $1.91, out × $0.04 = $0.95. NAT 730 × $0.045 = $32.85, 200 GB = $9.00.
    expect(bill(loadTemplate('5-sam/template.yaml', '5-sam/usage.yaml'))).toEqual({
      'lambda.requests': '5.30',
      'lambda.duration.x86_64.tier-1': '15.84',
      'lambda.duration.arm64.tier-1': '20.00',
      'lambda.ephemeral-storage': '0.07',
      'api-gateway.rest.requests.tier-1': '87.50',
      'cloudwatch-logs.ingestion.standard': '3.50',
      'cloudwatch-logs.storage': '0.50',
      'lambda-logs.ingestion.tier-1': '11.05',
      'lambda-logs.storage': '0.25',
      'dynamodb.read-capacity': '1.90',
      'dynamodb.write-capacity': '2.37',
      'dynamodb.storage': '4.50',
      'sqs.standard.requests.tier-1': '2.60',
      'sns.publishes.tier-1': '0.00',
      'sns.deliveries.email.tier-1': '7.98',
      'sns.deliveries.sms.tier-1': '1289.36',
      'sns.deliveries.firehose.tier-1': '0.04',
      'sns.deliveries.mobile-push.tier-1': '0.10',
      'step-functions.standard.transitions.tier-1': '189.28',
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '1.91',
      'kinesis.on-demand.data-out': '0.95',
      'nat-gateway.hours': '32.85',
      'nat-gateway.data-processed': '9.00',
      total: '1716.05',
    });
  });

  it('11.6 a serverless.yml chat in Tokyo: WebSocket messages from the functions behind the API, logs at WARN but one: $1,915.93', () => {
    // Requests 405M − 1M × $0.20/M = $80.80; x86_64 45,000 + 4,800,000 − 400,000 GB-s × $0.0000166667 = $74.08; arm64
    // 1,000,000 × $0.0000133334 = $13.33. WebSocket: connect's 3M and message's 400M, 40 KB = 2 steps: 806M × $1.26/M =
    // $1,015.56; 900M connection-minutes × $0.315/M = $283.50. Logs 0.6 + 145.6 + 4 − 5 GB × $0.76 = $110.35; 2.79
    // GB-months stored, free. MessagesTable 40 RCU − 25 × 730 × $0.0001484 = $1.62, 30 WCU − 25 × 730 × $0.000742 = $2.71,
    // 95 GB × $0.285 = $27.075, $27.08. ChatStream 3 × 730 × $0.0195 = $42.705, $42.71; 200M units × $0.0215/M = $4.30.
    // 8M events = $8.00. moderation 40M × $1.00/M = $40.00; 1,300 ms × 128 MB: 6.5M GB-s: 3.6M × $0.00001667 = $60.01,
    // 2.9M × $0.00000833 = $24.16. NAT 2 × 730 × $0.062 = $90.52, 600 GB = $37.20.
    expect(bill(loadTemplate('6-serverless/serverless.yml', '6-serverless/usage.yaml'))).toEqual({
      'lambda.requests': '80.80',
      'lambda.duration.x86_64.tier-1': '74.08',
      'lambda.duration.arm64.tier-1': '13.33',
      'api-gateway.websocket.messages.tier-1': '1015.56',
      'api-gateway.websocket.connection-minutes': '283.50',
      'lambda-logs.ingestion.tier-1': '110.35',
      'lambda-logs.storage': '0.00',
      'dynamodb.read-capacity': '1.62',
      'dynamodb.write-capacity': '2.71',
      'dynamodb.storage': '27.08',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'kinesis.provisioned.shard-hours': '42.71',
      'kinesis.provisioned.put-payload-units': '4.30',
      'eventbridge.custom-events': '8.00',
      'step-functions.express.requests': '40.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '24.16',
      'nat-gateway.hours': '90.52',
      'nat-gateway.data-processed': '37.20',
      total: '1915.93',
    });
  });
});

describe('machines, streams and large messages', () => {
  it('11.7 Mumbai: a distributed Map of 40 records with a Parallel in each, Express past 18M GB-s, 1,000 KB events: $1,219.05', () => {
    // 99M × $0.20/M = $19.80; 625,000 − 400,000 GB-s × $0.0000133334 = $3.00; HTTP 100M × $1.05/M = $105.00; logs 26.4 −
    // 5 GB × $0.67 = $14.34, 47.52 − 5 GB-months × $0.03 = $1.28. batches: 1 + (1 + 40 × 6) + 1 + 1 = 244 + 0.7 retries:
    // 100,000 × 244.7 − 4,000 = 24,466,000 × $0.0285/1,000 = $697.28. Express 70.1M × $1.00/M = $70.10; 3.75M + 1.375M +
    // 17.625M = 22.75M GB-s: 3.6M × $0.00001667 = $60.01, 14.4M × $0.00000833 = $119.95, 4.75M × $0.00000456 = $21.66.
    // Shards 6 × 500 + 2 × 730 = 4,460 × $0.0175 = $78.05; 240M + 7,777,777 units × $0.0185/M = $4.58. Events of 16
    // chunks: 1M custom = $16.00, 500,000 partner = $8.00.
    expect(bill(load('7-mumbai-machines-streams.yaml'))).toEqual({
      'lambda.requests': '19.80',
      'lambda.duration.arm64.tier-1': '3.00',
      'api-gateway.http.requests.tier-1': '105.00',
      'lambda-logs.ingestion.tier-1': '14.34',
      'lambda-logs.storage': '1.28',
      'step-functions.standard.transitions.tier-1': '697.28',
      'step-functions.express.requests': '70.10',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '119.95',
      'step-functions.express.duration.tier-3': '21.66',
      'kinesis.provisioned.shard-hours': '78.05',
      'kinesis.provisioned.put-payload-units': '4.58',
      'eventbridge.custom-events': '16.00',
      'eventbridge.partner-events': '8.00',
      total: '1219.05',
    });
  });

  it("11.8 Singapore: 200 KB publishes to seven protocols, 1,000 KB FIFO messages, egress to the first band's edge: $96,028.50", () => {
    // 19M × $0.20/M = $3.80; 100,000 GB-s, free. REST 20M × $4.25/M = $85.00. Logs 5.28 − 5 GB × $0.70 = $0.20; 9.504 −
    // 5 GB-months × $0.03 = $0.14. Publishes 4M × 4 + 300,000 × 2 − 1M = 15.6M × $0.50/M = $7.80. Deliveries per message:
    // HTTP 8M + 300,000 − 100,000 × $0.60/M = $4.92; email 4M + 600,000 − 1,000 × $20/M = $91.98; SMS 3,999,900 ×
    // $0.0236 = $94,397.64 and 2,000 × $0.0422 = $84.40; Firehose 4M × $0.254/M = $1.02; mobile push 8M × $0.50/M =
    // $4.00; SQS and Lambda $0. Standard 160M + 500,000 − 1M × $0.40/M = $63.80; FIFO 1M × 16 × 3 = 48M × $0.50/M =
    // $24.00. Egress 20M × 517 KB = 10,340 GB − 100 free = 10,240 × $0.12 = $1,228.80, nothing in the next band; 300 GB
    // to another region × $0.09 = $27.00; 200 GB between zones × 2 × $0.01 = $4.00.
    expect(bill(load('8-singapore-large-messages.yaml'))).toEqual({
      'lambda.requests': '3.80',
      'lambda.duration.x86_64.tier-1': '0.00',
      'api-gateway.rest.requests.tier-1': '85.00',
      'lambda-logs.ingestion.tier-1': '0.20',
      'lambda-logs.storage': '0.14',
      'sns.publishes.tier-1': '7.80',
      'sns.deliveries.http.tier-1': '4.92',
      'sns.deliveries.email.tier-1': '91.98',
      'sns.deliveries.sms.tier-1': '94397.64',
      'sns.deliveries.sms.price-2.tier-1': '84.40',
      'sns.deliveries.firehose.tier-1': '1.02',
      'sns.deliveries.mobile-push.tier-1': '4.00',
      'sns.deliveries.sqs.tier-1': '0.00',
      'sns.deliveries.lambda.tier-1': '0.00',
      'sqs.standard.requests.tier-1': '63.80',
      'sqs.fifo.requests.tier-1': '24.00',
      'data-transfer.internet-out.tier-1': '1228.80',
      'data-transfer.inter-region': '27.00',
      'data-transfer.cross-az': '4.00',
      total: '96028.50',
    });
  });
});
