// Whole serverless architectures, eighth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1, §1.2, §2.2, §3.1, §6, §10; pricing-facts-services.md §1.1, §1.2, §1.5) and the unit prices
// of the shipped tables (pricing/aws/2025-05-01, 2025-08-01 and 2025-10-08.yaml: us-west-2, ap-southeast-2,
// ap-northeast-1, eu-west-1, eu-west-2, ap-south-1, us-east-2 and eu-central-1), before slcost priced them. The
// derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-8/derivations.py prints
// every line) and committed before slcost was run on them. Every line is rounded to the cent, halves up; a total is
// the sum of its lines. This batch leans on the services the earlier batches touched lightly: provisioned DynamoDB
// tables sharing the always-free capacity, storage and stream reads (Oregon); S3 storage banded over three buckets
// past 500 TB with requests per request, and HTTP API requests of 520 KB past 300M (Sydney); FIFO messages of 65 and
// 256 KB beside a standard queue that takes the free million first, and EventBridge events of 70 KB (Tokyo); SNS to
// every protocol, with counts given, two SMS prices and 130 KB publishes (Ireland); a Standard machine counted from a
// YAML definition with a Map inside a Map, and two Express machines off the billed steps crossing the first GB-hour
// band (London); provisioned Kinesis streams of 60 KB and 25 KB records, one up part of the month, beside an
// on-demand one (Mumbai); an account past 15B x86_64 GB-seconds, 20B REST calls and 30 TB of Lambda logs (Ohio); and
// two functions on provisioned concurrency spilling over to on demand, three NAT gateways for 744 hours and egress
// past the first 10 TB (Frankfurt).
//
// Conventions, as in the first seven batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band; x86_64 bands at 6B and 15B GB-s. No function names a runtime or an
//   INIT duration, so no INIT phase is billed on aws-2025-08-01. Ephemeral storage above 512 MB on every invocation's
//   billed seconds.
// - Provisioned concurrency (facts §2.2, PC-EX1): count × GB × hours × 3,600 at the region's configured rate, the
//   invocations it is said to serve at their own duration at the provisioned duration rate; the rest on demand with
//   the free tier.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored
//   × 0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire; 5 GB ingested, 5 GB-months stored and
//   5 GB scanned free, the stated logs first (decision); the Lambda log bands at 10, 30 and 50 TB, the free GB off
//   the bottom band (decision).
// - DynamoDB: each always-free pool (25 RCU, 25 WCU × 730 h, 25 GB, 2.5M stream reads) off the sum over all tables
//   (decision); stream reads by Lambda triggers free; RRU = reads × ceil(KB / 4) × 1 strong; WRU = writes ×
//   ceil(KB / 1), twice for the transactional share.
// - S3 storage banded over all buckets together at 50 TB and 500 TB; PUT and GET per 1,000; no free tier.
// - SQS: messages × ceil(KB / 64) × calls a message (3 unless said); one free million, standard first (decision).
//   EventBridge: events × ceil(KB / 64), no free tier. SNS: publishes × ceil(KB / 64), 1M free over all topics;
//   deliveries per message per subscription unless given (decision); HTTP 100,000, email 1,000 and SMS 100 free, the
//   SMS to the first-named price first; SQS and Lambda deliveries $0.
// - Step Functions Standard: one transition per state entered (Succeed included), a Map's processor per iteration and
//   a Map in a Map per outer iteration, plus retries per execution; 4,000 free. Express: duration rounded up to
//   100 ms × memory rounded up to 64 MB, GB of 1,024 MB, all Express machines in one set of bands.
// - Kinesis: on demand, records rounded up to whole KB of 1,024 B, GB of 1,048,576 KB (decision), out × consumers;
//   provisioned, shard-hours and PUT payload units of 25 KB, each mode's streams on one line; no free tier.
// - Data transfer out: the free 100 GB first, then the bands; response_kb in decimal GB; between zones billed each
//   way. NAT: gateways × hours and GB processed, no free tier.
// - API Gateway: its 12-month free tier off (the default); HTTP APIs metered in 512 KB steps.
//
// Every one of the eight bills agreed with slcost to the cent, line by line, when first priced.
import { describe, expect, it } from 'vitest';
import { fixtureScenario, serverlessBill } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';

const FIXTURES = 'test/fixtures/whole-architectures-8';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

describe('the services the earlier batches touched lightly, in eight regions', () => {
  it('8.1 a ledger API on provisioned tables with streams, Oregon, aws-2025-10-08: $58.21', () => {
    // 20M requests. ledger-api, arm64 1024 MB 35 ms: 700,000 GB-s; session-fanout, x86 256 MB 12 ms × 6M: 18,000 GB-s,
    // all free (x86 first); 382,000 free left for arm64: 318,000 × $0.0000133334 = $4.2400 → $4.24. Requests 26M − 1M
    // = $5.00.
    // Provisioned: RCU 40 + 10 − 25 free = 25 × 730 h × $0.00013 = $2.3725 → $2.37; WCU 30 + 12 − 25 = 17 × 730 ×
    // $0.00065 = $8.0665 → $8.07. Storage 18 + 14 + 40 − 25 = 47 GB × $0.25 = $11.75. ledger's stream read by another
    // consumer, 1 a request: 20M − 2.5M free = 175 × 100,000 × $0.02 = $3.50; sessions' 6M reads by a Lambda trigger:
    // $0. audit: 0.5 writes of 2.5 KB (3 WRU), 10% transactional: 10M × 3 × 1.1 = 33M × $0.625/M = $20.625, halves up
    // $20.63. audit-lookups: 0.2 strong reads of 9 KB (3 RRU): 12M × $0.125/M = $1.50.
    // Logs 26M × 264 B = 6.864 GB − 5 × $0.50 = $0.932 → $0.93; never expiring: 12.3552 − 5 GB-months × $0.03 =
    // $0.2207 → $0.22.
    expect(bill(load('1-provisioned-tables-streams-oregon.yaml'))).toEqual({
      'lambda.requests': '5.00',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '4.24',
      'lambda-logs.ingestion.tier-1': '0.93',
      'lambda-logs.storage': '0.22',
      'dynamodb.write-request-units': '20.63',
      'dynamodb.read-request-units': '1.50',
      'dynamodb.write-capacity': '8.07',
      'dynamodb.read-capacity': '2.37',
      'dynamodb.storage': '11.75',
      'dynamodb.stream-read-request-units': '3.50',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      total: '58.21',
    });
  });

  it('8.2 a media library on three buckets behind an HTTP API of 520 KB requests, Sydney, aws-2025-05-01: $17,230.84', () => {
    // 160M requests. media-api, x86 2048 MB 150 ms: 48,000,000 − 400,000 GB-s × $0.0000166667 = $793.3349 → $793.33;
    // requests 159M × $0.20/M = $31.80; ephemeral 4,096 MB, 3.5 GB above the free 512 MB on 24M s = 84,000,000 GB-s ×
    // $0.0000000370 = $3.108 → $3.11.
    // HTTP API: 520 KB = 2 × 512 KB, 320M metered: 300M × $1.29 = $387.00, 20M × $1.18 = $23.60.
    // S3, all buckets banded together: 45,000 + 12,000 + 470,000 = 527,000 GB: 51,200 × $0.025 = $1,280.00, 460,800 ×
    // $0.024 = $11,059.20, 15,000 × $0.023 = $345.00; PUT 0.201 a request = 32.16M × $0.0055/1,000 = $176.88; GET 1.6
    // a request = 256M × $0.00044/1,000 = $112.64.
    // Egress 160M × 180 KB = 28,800 GB − 100 free: 10,240 × $0.114 = $1,167.36, 18,460 × $0.098 = $1,809.08.
    // Logs (264 + 150) B × 160M = 66.24 GB − 5 × $0.67 = $41.0308 → $41.03; kept 90 days: 29.3997 − 5 GB-months ×
    // $0.033 = $0.8052 → $0.81.
    expect(bill(load('2-media-library-sydney.yaml'))).toEqual({
      'lambda.requests': '31.80',
      'lambda.duration.x86_64.tier-1': '793.33',
      'lambda.ephemeral-storage': '3.11',
      'api-gateway.http.requests.tier-1': '387.00',
      'api-gateway.http.requests.tier-2': '23.60',
      'lambda-logs.ingestion.tier-1': '41.03',
      'lambda-logs.storage': '0.81',
      's3.storage.tier-1': '1280.00',
      's3.storage.tier-2': '11059.20',
      's3.storage.tier-3': '345.00',
      's3.put-requests': '176.88',
      's3.get-requests': '112.64',
      'data-transfer.internet-out.tier-1': '1167.36',
      'data-transfer.internet-out.tier-2': '1809.08',
      total: '17230.84',
    });
  });

  it('8.3 FIFO queues across 64 KB chunks and EventBridge events of 70 KB, Tokyo, aws-2025-08-01: $52.95', () => {
    // 2M orders. invoice-worker, x86 3008 MB 1,450.2 ms → 1,451 ms × 500,000: 2,131,156.25 − 400,000 GB-s ×
    // $0.0000166667 = $28.8527 → $28.85; order-worker, arm64 512 MB 230 ms × 2M: 230,000 GB-s × $0.0000133334 =
    // $3.0667 → $3.07; requests 2.5M − 1M = $0.30.
    // notifications: 150,000 × 3 calls = 450,000, free. orders.fifo: 65 KB = 2 chunks × 3 calls × 2M = 12M;
    // invoices.fifo: 256 KB = 4 chunks × 2 calls × 0.5M = 4M; 16M − the 550,000 left of the free million × $0.50/M =
    // $7.725, halves up $7.73.
    // EventBridge, 70 KB = 2 chunks: custom 6M × 2 = 12M × $1.00/M = $12.00; partner 500,000 × 2 = $1.00.
    // Logs: order-worker at WARN, 120 B × 2M = 0.24 GB; invoice-worker 264 B × 500,000 = 0.132 GB: under 5, $0.00.
    expect(bill(load('3-fifo-chunks-tokyo.yaml'))).toEqual({
      'lambda.requests': '0.30',
      'lambda.duration.x86_64.tier-1': '28.85',
      'lambda.duration.arm64.tier-1': '3.07',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '0.00',
      'sqs.fifo.requests.tier-1': '7.73',
      'eventbridge.custom-events': '12.00',
      'eventbridge.partner-events': '1.00',
      total: '52.95',
    });
  });

  it('8.4 SNS fan-out to every protocol with two SMS prices, Ireland, aws-2025-10-08: $2,467.01', () => {
    // 5M requests. alert-consumer arm64 128 MB 9 ms × 5M = 5,625 GB-s and event-sink x86 256 MB 40 ms × 10M = 100,000
    // GB-s: free. Requests 15M − 1M = $2.80.
    // Publishes: order-events 130 KB = 3 chunks × 5M = 15M, customer-alerts 800,000, ops-pager 20,000: 15.82M − 1M ×
    // $0.50/M = $7.41. HTTP: 5M × 2 + 20,000 = 10.02M − 100,000 × $0.60/M = $5.952 → $5.95 (per message, not per
    // chunk). Email: 40,000 given + 20,000 × 3 = 100,000 − 1,000 × $20/M = $1.98. SMS at $0.00645 (named first):
    // 250,000 given − 100 free = 249,900 × $0.00645 = $1,611.855, halves up $1,611.86; at $0.04: 20,000 = $800.00.
    // Firehose 5M × $0.19/M = $0.95; mobile push 800,000 × $0.50/M = $0.40; SQS 10M and Lambda 5M deliveries $0.
    // order-copies: 2 messages of 130 KB a request = 3 chunks × 3 calls × 10M = 90M − 1M × $0.40/M = $35.60.
    // Logs 15M × 264 B = 3.96 GB, free; never expiring: 7.128 − 5 GB-months × $0.03 = $0.0638 → $0.06.
    expect(bill(load('4-sns-every-protocol-ireland.yaml'))).toEqual({
      'lambda.requests': '2.80',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.06',
      'sns.publishes.tier-1': '7.41',
      'sns.deliveries.http.tier-1': '5.95',
      'sns.deliveries.email.tier-1': '1.98',
      'sns.deliveries.sms.tier-1': '1611.86',
      'sns.deliveries.sms.price-2.tier-1': '800.00',
      'sns.deliveries.firehose.tier-1': '0.95',
      'sns.deliveries.mobile-push.tier-1': '0.40',
      'sns.deliveries.sqs.tier-1': '0.00',
      'sns.deliveries.lambda.tier-1': '0.00',
      'sqs.standard.requests.tier-1': '35.60',
      total: '2467.01',
    });
  });

  it('8.5 fulfilment on Standard with a Map in a Map, and Express off the billed steps, London, aws-2025-05-01: $1,611.65', () => {
    // 6M requests, REST 6 × $3.50 = $21.00. fulfilment, 0.4 an order = 2.4M executions of Receive 1, Route 1, Split 1,
    // PackItems 1 + 3.5 × (Pick + Scan + 2 × Weigh) = 15, Seal 1, Charge, WaitSettle, Receipt 3, Ship 1, Done 1 = 24
    // states, + retries 0.25 + 0.1 + 0.05 = 24.4: 58,560,000 − 4,000 free × $0.025/1,000 = $1,463.90.
    // Express: enrich 9M × 1,300 ms (1,234) × 320 MB (300) = 3,656,250 GB-s; validate 3M × 100 ms (61) × 128 MB (65) =
    // 37,500: 3,600,000 × $0.00001667 = $60.012 → $60.01, 93,750 × $0.00000833 = $0.7809 → $0.78; 12M requests ×
    // $1.00/M = $12.00.
    // task-runner, x86 1769 MB 87.5 → 88 ms × 20M: 3,040,468.75 − 400,000 GB-s × $0.0000166667 = $44.0079 → $44.01;
    // requests 19M = $3.80. Logs (264 + 500) B × 20M = 15.28 GB − 5 × $0.5985 = $6.1526 → $6.15; kept 14 days: 1.055
    // GB-months, free.
    expect(bill(load('5-fulfilment-standard-express-london.yaml'))).toEqual({
      'lambda.requests': '3.80',
      'lambda.duration.x86_64.tier-1': '44.01',
      'api-gateway.rest.requests.tier-1': '21.00',
      'lambda-logs.ingestion.tier-1': '6.15',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '1463.90',
      'step-functions.express.requests': '12.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '0.78',
      total: '1611.65',
    });
  });

  it('8.6 two provisioned Kinesis streams and one on demand behind an HTTP API, Mumbai, aws-2025-10-08: $233.60', () => {
    // 30M requests, HTTP API × $1.05/M = $31.50. consumer, x86 1024 MB 410 ms × 600,000 = 246,000 GB-s, free; ingest,
    // arm64 512 MB 23 ms × 30M = 345,000 − 154,000 free = 191,000 × $0.0000133334 = $2.5467 → $2.55; requests 30.6M −
    // 1M = $5.92.
    // Provisioned: 6 × 730 + 2 × 400 = 5,180 shard-hours × $0.0175 = $90.65; 120M records of 60 KB × 3 units + 5M of
    // 25 KB × 1 = 365M × $0.0185/M = $6.7525 → $6.75. On demand: 500 h × $0.0517 = $25.85; 60M records of 1.5 KB → 2 KB
    // = 114.4409 GB in × $0.1023 = $11.7073 → $11.71; × 3 consumers × $0.0517 = $17.7498 → $17.75; × 2 enhanced fan-out
    // × $0.0638 = $14.6027 → $14.60.
    // Between zones 800 GB × 2 × $0.01 = $16.00; to another region 120 × $0.086 = $10.32.
    // Logs: ingest at WARN writes nothing; consumer 600,000 × 264 B = 0.1584 GB, free.
    expect(bill(load('6-kinesis-shards-mumbai.yaml'))).toEqual({
      'lambda.requests': '5.92',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '2.55',
      'api-gateway.http.requests.tier-1': '31.50',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'kinesis.provisioned.shard-hours': '90.65',
      'kinesis.provisioned.put-payload-units': '6.75',
      'kinesis.on-demand.stream-hours': '25.85',
      'kinesis.on-demand.data-in': '11.71',
      'kinesis.on-demand.data-out': '17.75',
      'kinesis.on-demand.efo-data-out': '14.60',
      'data-transfer.cross-az': '16.00',
      'data-transfer.inter-region': '10.32',
      total: '233.60',
    });
  });

  it('8.7 the third x86_64 duration band, all four REST bands and three Lambda log bands, Ohio, aws-2025-08-01: $351,660.35', () => {
    // 21B requests. crunch, x86 3072 MB 1,250 ms × 5B = 18.75B GB-s: 6B − 400,000 × $0.0000166667 = $99,993.5333 →
    // $99,993.53; 9B × $0.000015 = $135,000.00; 3.75B × $0.0000133334 = $50,000.25. edge-auth, arm64 128 MB 4 ms × 21B =
    // 10.5M GB-s × $0.0000133334 = $140.0007 → $140.00. Requests 26B − 1M = $5,199.80.
    // REST: 333M × $3.50 = $1,165.50; 667M × $2.80 = $1,867.60; 19B × $2.38 = $45,220.00; 1B × $1.51 = $1,510.00.
    // Stated logs: 3 GB take 3 of the free 5: $0.00; kept 60 days, 0.8877 GB-months, free; Logs Insights 40 − 5 GB ×
    // $0.005 = $0.175, halves up $0.18.
    // Lambda logs: crunch (264 + 6,000) B × 5B = 31,320 GB + edge-auth at WARN 400 B × 21B = 8,400 GB = 39,720 GB, the
    // last 2 free GB off the bottom band: 9,998 × $0.50 = $4,999.00; 20,000 × $0.25 = $5,000.00; 9,720 × $0.10 =
    // $972.00. Stored: crunch 30 days 4,633.64 + edge-auth never 15,120 = 19,753.64 − 4.1123 free GB-months × $0.03 =
    // $592.4859 → $592.49.
    expect(bill(load('7-log-bands-tier-3-ohio.yaml'))).toEqual({
      'lambda.requests': '5199.80',
      'lambda.duration.x86_64.tier-1': '99993.53',
      'lambda.duration.x86_64.tier-2': '135000.00',
      'lambda.duration.x86_64.tier-3': '50000.25',
      'lambda.duration.arm64.tier-1': '140.00',
      'api-gateway.rest.requests.tier-1': '1165.50',
      'api-gateway.rest.requests.tier-2': '1867.60',
      'api-gateway.rest.requests.tier-3': '45220.00',
      'api-gateway.rest.requests.tier-4': '1510.00',
      'lambda-logs.ingestion.tier-1': '4999.00',
      'lambda-logs.ingestion.tier-2': '5000.00',
      'lambda-logs.ingestion.tier-3': '972.00',
      'lambda-logs.storage': '592.49',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'cloudwatch-logs.insights': '0.18',
      total: '351660.35',
    });
  });

  it('8.8 provisioned concurrency spilling over, three NAT gateways and egress past 10 TB, Frankfurt, aws-2025-05-01: $5,555.73', () => {
    // 450M requests. checkout, x86 1 GB 120 ms; 20 environments all month serve 300M at 100 ms: 52,560,000 GB-s ×
    // $0.0000050147 = $263.5726 → $263.57; 30,000,000 GB-s × $0.0000117011 = $351.033 → $351.03; the other 150M on
    // demand: 18,000,000 − 400,000 × $0.0000166667 = $293.3339 → $293.33.
    // receipts, arm64 2 GB 300 ms × 40M; 5 environments 200 h serve 10M at 250 ms: 7,200,000 GB-s × $0.0000040118 =
    // $28.885 → $28.88; 5,000,000 × $0.0000093609 = $46.8045 → $46.80; the other 30M: 18,000,000 × $0.0000133334 =
    // $240.0012 → $240.00. Requests 490M − 1M = $97.80.
    // REST: 333M × $3.70 = $1,232.10; 117M × $3.19 = $373.23.
    // NAT: 3 × 744 h × $0.052 = $116.064 → $116.06; 0.00004 GB × 450M = 18,000 GB × $0.052 = $936.00.
    // Egress 16,500 − 100 free: 10,240 × $0.09 = $921.60, 6,160 × $0.085 = $523.60; 300 GB to another region × $0.02 =
    // $6.00; 2,000 GB between zones × 2 × $0.01 = $40.00.
    // Logs 490M × 264 B = 129.36 − 5 GB × $0.63 = $78.3468 → $78.35; never expiring: 232.848 − 5 GB-months × $0.0324 =
    // $7.3823 → $7.38.
    expect(bill(load('8-nat-egress-provisioned-frankfurt.yaml'))).toEqual({
      'lambda.requests': '97.80',
      'lambda.duration.x86_64.tier-1': '293.33',
      'lambda.duration.arm64.tier-1': '240.00',
      'lambda.provisioned-concurrency.x86_64': '263.57',
      'lambda.provisioned-duration.x86_64': '351.03',
      'lambda.provisioned-concurrency.arm64': '28.88',
      'lambda.provisioned-duration.arm64': '46.80',
      'api-gateway.rest.requests.tier-1': '1232.10',
      'api-gateway.rest.requests.tier-2': '373.23',
      'lambda-logs.ingestion.tier-1': '78.35',
      'lambda-logs.storage': '7.38',
      'nat-gateway.hours': '116.06',
      'nat-gateway.data-processed': '936.00',
      'data-transfer.internet-out.tier-1': '921.60',
      'data-transfer.internet-out.tier-2': '523.60',
      'data-transfer.inter-region': '6.00',
      'data-transfer.cross-az': '40.00',
      total: '5555.73',
    });
  });
});
