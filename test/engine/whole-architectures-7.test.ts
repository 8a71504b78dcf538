// Whole serverless architectures, seventh batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1–§1.5, §2.1, §2.2, §10; pricing-facts-services.md §1.1, §1.2, §1.5) and the unit prices of
// the shipped tables (pricing/aws/2024-11-01, 2025-05-01 and 2025-08-01.yaml: us-east-1, us-east-2, eu-west-2,
// eu-central-1, ap-northeast-2 and ap-southeast-1), before slcost priced them. The derivations were worked in
// Python's decimal at 40 digits (test/fixtures/whole-architectures-7/derivations.py prints every line). Every line is
// rounded to the cent, halves up; a total is the sum of its lines. This batch takes the architectures of the source
// documents as a user would write them, with every service figure per request, at volumes that cross the free tiers,
// in price versions and regions other than the defaults: the signup API with its table (Frankfurt), the image
// pipeline S3 → Lambda → DynamoDB → SNS (Singapore), a FIFO queue worker appending to an event store whose stream
// another consumer reads (London), a Kinesis consumer beside a provisioned table (Seoul), the documents' own
// image-processing state machine as Standard and as Express (Ohio), and AWS's worked examples PC-EX1 and L-EX3 in one
// account, where they share one free tier; the decision framework's "where serverless gets expensive" API grown to
// 4B requests, crossing the arm64 duration, HTTP API, log, egress, FIFO and S3 bands at once (Singapore); and AWS's
// L-EX2 with the free tier off and the stream, table and topic around it (Frankfurt), with its cost-bomb figures.
//
// Conventions, as in the first six batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band. No function here names a runtime or an INIT duration, so no INIT
//   phase is billed, even on aws-2025-08-01 (docs/cold-starts.md). Ephemeral storage above 512 MB on every
//   invocation's seconds.
// - Provisioned concurrency (facts §2.2, PC-EX1): count × GB × hours × 3,600 at the configured rate, the invocations
//   it serves at the provisioned duration rate; the rest on demand with the free tier.
// - Logs: 264 B of START/END/REPORT an invocation at INFO plus the application's; GB of 10^9 B; stored × 0.15 for
//   retention_days ÷ (365 / 12) months, 12 when they never expire (the default); 5 GB ingested and 5 GB-months stored
//   free; a region's own ingestion band and storage price.
// - DynamoDB: RRU = reads × ceil(KB / 4) × 0.5 eventual, 1 strong; WRU = writes × ceil(KB / 1), twice for the
//   transactional share; provisioned capacity × 730 h less the free 25 RCU and 25 WCU; 25 GB free; stream reads by
//   another consumer billed per 100,000 past the free 2.5M.
// - S3 storage in bands of 50 TB (51,200 GB) and 450 TB; PUT and GET per 1,000, no free tier.
// - SNS: publishes × ceil(KB / 64), 1M free; deliveries per message per subscription, or as given (decision), HTTP
//   100,000 and email 1,000 free, Lambda $0. SQS: messages × ceil(KB / 64) × 3 calls; one free million.
// - Kinesis on demand: records rounded up to whole KB of 1,024 B, GB of 1,048,576 KB (decision); out × consumers,
//   enhanced fan-out × efo_consumers; no free tier.
// - Step Functions Standard: one transition per state entered, Parallel branches included, Catch paths not taken,
//   plus `retries` per execution; 4,000 free. Express: executions at $1.00 a million, duration rounded up to 100 ms ×
//   memory rounded up to 64 MB, GB of 1,024 MB.
// - Data transfer out: the free 100 GB first, then the bands; response_kb in decimal GB (10^6 KB).
// - API Gateway: its 12-month free tier off (the default).
//
// - The cost bomb (docs/cold-starts.md, "The cost bomb"): an event-source function at the account's limit all month,
//   the rest as expected, each line in cents; the advice the highest reserved concurrency whose month is within 10 × the
//   expected bill.
//
// Every one of the eight bills agreed with slcost to the cent, line by line, when first priced.
import { describe, expect, it } from 'vitest';
import { fixtureScenario, serverlessBill } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-7';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

describe('the source documents’ architectures, per request, in other regions and price versions', () => {
  it('7.1 the signup API with its users table, Frankfurt, aws-2025-05-01: $114.49', () => {
    // 30M requests. signup, arm64 512 MB, 45.3 ms billed 46: 690,000 GB-s − 400,000 free × $0.0000133334 = $3.8667
    // → $3.87; requests 29M × $0.20/M = $5.80. HTTP API 30M × $1.20/M (Frankfurt's first band) = $36.00.
    // users: strong reads of 1.5 KB, 1 RRU each: 30M × $0.1525/M = $4.575 exactly, halves up $4.58; writes 2 WRU each:
    // 60M × $0.7625/M = $45.75; 40 − 25 GB × $0.306 = $4.59. Egress 30M × 5 KB = 150 GB − 100 free × $0.09 = $4.50.
    // Logs (264 + 400) B × 30M = 19.92 GB − 5 × $0.63 = $9.3996 → $9.40; kept 30 days: 19.92 × 0.15 × 30 ÷ (365/12)
    // = 2.947 GB-months, under the free 5: $0.00.
    expect(bill(load('1-signup-api-frankfurt.yaml'))).toEqual({
      'lambda.requests': '5.80',
      'lambda.duration.arm64.tier-1': '3.87',
      'api-gateway.http.requests.tier-1': '36.00',
      'lambda-logs.ingestion.tier-1': '9.40',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '45.75',
      'dynamodb.read-request-units': '4.58',
      'dynamodb.storage': '4.59',
      'data-transfer.internet-out.tier-1': '4.50',
      total: '114.49',
    });
  });

  it('7.2 the image pipeline S3 → Lambda → DynamoDB → SNS, Singapore, aws-2025-08-01: $1,624.66', () => {
    // 4M uploads. resize, x86 1536 MB 850 ms: 5,100,000 GB-s − 400,000 free × $0.0000166667 = $78.3335 → $78.33;
    // notifier, arm64 128 MB 20 ms: 10,000 GB-s × $0.0000133334 = $0.1333 → $0.13; requests 8M − 1M = $1.40;
    // ephemeral 2,048 MB: 1,536 MB on 3.4M s = 5,100,000 GB-s × $0.0000000370 = $0.1887 → $0.19.
    // S3 60,000 GB: 51,200 × $0.025 = $1,280.00, 8,800 × $0.024 = $211.20; PUT 8M × $0.005/1,000 = $40.00; GET 4M ×
    // $0.0004/1,000 = $1.60. image-metadata: 4M writes of 0.6 KB × $0.71/M = $2.84; 2M eventual reads = 1M RRU ×
    // $0.1425/M = $0.1425 → $0.14; 30 − 25 GB × $0.285 = $1.425, halves up $1.43.
    // SNS: 70 KB is 2 publishes of 64 KB: 8M − 1M free × $0.50/M = $3.50; deliveries one a message a subscription:
    // HTTP 4M − 100,000 × $0.60/M = $2.34, email (given 0.01 an upload) 40,000 − 1,000 × $20/M = $0.78, Lambda $0.
    // Logs resize (264 + 1,000) B and notifier 264 B: 5.056 + 1.056 GB − 5 × $0.70 = $0.7784 → $0.78; stored 14 days
    // and never: 0.349 + 1.901 GB-months, under 5: $0.00.
    expect(bill(load('2-image-pipeline-singapore.yaml'))).toEqual({
      'lambda.requests': '1.40',
      'lambda.duration.x86_64.tier-1': '78.33',
      'lambda.duration.arm64.tier-1': '0.13',
      'lambda.ephemeral-storage': '0.19',
      'lambda-logs.ingestion.tier-1': '0.78',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '2.84',
      'dynamodb.read-request-units': '0.14',
      'dynamodb.storage': '1.43',
      's3.storage.tier-1': '1280.00',
      's3.storage.tier-2': '211.20',
      's3.put-requests': '40.00',
      's3.get-requests': '1.60',
      'sns.publishes.tier-1': '3.50',
      'sns.deliveries.http.tier-1': '2.34',
      'sns.deliveries.email.tier-1': '0.78',
      'sns.deliveries.lambda.tier-1': '0.00',
      total: '1624.66',
    });
  });

  it('7.3 a FIFO queue worker appending to an event store read from its stream, London, aws-2025-05-01: $127.37', () => {
    // 12M orders. worker, x86 1024 MB 800 ms × 1.2M (batches of 10): 960,000 GB-s − 400,000 × $0.0000166667 = $9.3334
    // → $9.33; projector, arm64 256 MB 35 ms × 2.4M: 21,000 GB-s × $0.0000133334 = $0.28; requests 3.6M − 1M = $0.52.
    // orders.fifo: 100 KB = 2 chunks × 3 calls × 12M = 72M − 1M free × $0.50/M = $35.50.
    // events: 2.5 KB = 3 WRU, a quarter transactional at twice: 12M × 3 × 1.25 = 45M × $0.7423/M = $33.4035 → $33.40;
    // 180 − 25 GB × $0.29715 = $46.05825 → $46.06; stream reads by another consumer, 12M − 2.5M free × $0.0237 per
    // 100,000 = $2.2515 → $2.25.
    // Logs: worker (264 + 2,000) B × 1.2M + projector 264 B × 2.4M = 3.3504 GB, under 5: $0.00; never expiring:
    // × 0.15 × 12 = 6.03072 GB-months − 5 × $0.0315 = $0.0325 → $0.03.
    expect(bill(load('3-queue-worker-event-store-london.yaml'))).toEqual({
      'lambda.requests': '0.52',
      'lambda.duration.x86_64.tier-1': '9.33',
      'lambda.duration.arm64.tier-1': '0.28',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.03',
      'dynamodb.write-request-units': '33.40',
      'dynamodb.storage': '46.06',
      'dynamodb.stream-read-request-units': '2.25',
      'sqs.fifo.requests.tier-1': '35.50',
      total: '127.37',
    });
  });

  it('7.4 a Kinesis click stream, its Lambda consumer and a provisioned table, Seoul, aws-2025-05-01: $84.82', () => {
    // 50M clicks of 1.4 KB, each rounded up to 2 KB of 1,024 B: 95.367431640625 GB in × $0.099 = $9.4414 → $9.44;
    // out × 2 consumers × $0.049 = $9.3460 → $9.35; enhanced fan-out × 1 × $0.062 = $5.9128 → $5.91; 730 stream-hours
    // × $0.049 = $35.77. clicks-consumer, arm64 1024 MB 140 ms × 5M: 700,000 GB-s − 400,000 × $0.0000133334 = $4.00;
    // requests 4M × $0.20/M = $0.80. aggregates: (40 − 25) RCU × 730 h × $0.00014098 = $1.5437 → $1.54; (60 − 25) WCU
    // × 730 × $0.0007049 = $18.0102 → $18.01; 12 GB, under the free 25. Logs 1.32 GB, kept 3 days: under the free 5.
    expect(bill(load('4-kinesis-consumer-seoul.yaml'))).toEqual({
      'lambda.requests': '0.80',
      'lambda.duration.arm64.tier-1': '4.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '18.01',
      'dynamodb.read-capacity': '1.54',
      'dynamodb.storage': '0.00',
      'kinesis.on-demand.stream-hours': '35.77',
      'kinesis.on-demand.data-in': '9.44',
      'kinesis.on-demand.data-out': '9.35',
      'kinesis.on-demand.efo-data-out': '5.91',
      total: '84.82',
    });
  });

  it('7.5 the documents’ image-processing state machine on Standard and on Express, Ohio, aws-2025-05-01: $473.44', () => {
    // 3M requests, REST × $3.50/M = $10.50. Standard, 0.6 a request (1.8M), RAW images: ValidateImage, CheckFormat,
    // ConvertToJPEG, ProcessInParallel and its 3 branches' states, StoreResults, NotifyUser = 9 states entered, + 0.2
    // retries of ValidateImage = 9.2 (the Catch to RejectImage not taken): 16.56M − 4,000 free × $0.025/1,000 =
    // $413.90. Express, 0.4 a request (1.2M) × $1.00/M = $1.20; 2,350 ms → 2,400, 100 MB → 128: 1.2M × 2.4 s ×
    // 0.125 GB = 360,000 GB-s × $0.00001667 = $6.0012 → $6.00. image-tasks, x86 512 MB 300 ms × 18M: 2,700,000 GB-s
    // − 400,000 × $0.0000166667 = $38.3334 → $38.33; requests 17M × $0.20/M = $3.40. Logs 18M × 264 B = 4.752 GB,
    // under 5; never expiring, 8.5536 GB-months − 5 × $0.03 = $0.1066 → $0.11.
    expect(bill(load('5-image-saga-standard-express-ohio.yaml'))).toEqual({
      'lambda.requests': '3.40',
      'lambda.duration.x86_64.tier-1': '38.33',
      'api-gateway.rest.requests.tier-1': '10.50',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.11',
      'step-functions.standard.transitions.tier-1': '413.90',
      'step-functions.express.requests': '1.20',
      'step-functions.express.duration.tier-1': '6.00',
      total: '473.44',
    });
  });

  it('7.6 AWS’s PC-EX1 and L-EX3 in one account, one free tier between them, aws-2024-11-01: $143.74', () => {
    // PC 100 × 1.5 GB × 8 h × 3,600 = 4,320,000 GB-s × $0.0000041667 = $18.0001 → $18.00 (PC-EX1's $18); its 500,000
    // invocations at 100 ms: 75,000 GB-s × $0.0000097222 = $0.7292 → $0.73 (PC-EX1's $0.73). On demand: the backend's
    // other 2.5M at 120 ms (450,000 GB-s) and the tickets' 6M at 280 ms × 4 GB (6,720,000 GB-s), 7,170,000 − 400,000
    // free once × $0.0000166667 = $112.8336 → $112.83 (alone, the examples bill $0.83 and $105.33). Requests 3M + 6M −
    // 1M = $1.60 (alone $0.40 and $1). Ephemeral 1,536 MB on 1.68M s = 2,520,000 GB-s × $0.0000000309 = $0.08 (L-EX3's).
    // REST 3M × $3.50/M = $10.50. Logs 2.376 GB and 4.277 GB-months: under the free 5 each.
    expect(bill(load('6-aws-examples-together.yaml'))).toEqual({
      'lambda.requests': '1.60',
      'lambda.duration.x86_64.tier-1': '112.83',
      'lambda.provisioned-concurrency.x86_64': '18.00',
      'lambda.provisioned-duration.x86_64': '0.73',
      'lambda.ephemeral-storage': '0.08',
      'api-gateway.rest.requests.tier-1': '10.50',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '143.74',
    });
  });

  it('7.7 the expensive API grown to 4B requests, every band crossed, Singapore, aws-2025-05-01: $204,972.53', () => {
    // api, arm64 7,168 MB 300 ms: 4B × 0.3 s × 7 GB = 8.4B GB-s: 7.5B − 400,000 free × $0.0000133334 = $99,995.1666
    // → $99,995.17, 0.9B × $0.0000120001 = $10,800.09; requests 3,999M × $0.20/M = $799.80 (concurrency 456.6, under
    // the account's 1,000). HTTP API: 300M × $1.25 = $375.00, 3,700M × $1.13 = $4,181.00.
    // Logs (264 + 2,500) B × 4B = 11,056 GB: 9,995 × $0.70 = $6,996.50, 1,056 × $0.35 = $369.60; never expiring,
    // 19,900.8 − 5 GB-months × $0.03 = $596.874 → $596.87.
    // Egress 4B × 20 KB = 80,000 GB − 100 free = 79,900 banded: 10,240 × $0.12 = $1,228.80, 40,960 × $0.085 =
    // $3,481.60, 28,700 × $0.082 = $2,353.40.
    // jobs.fifo: 5 messages of 80 KB (2 chunks) × 3 calls = 120B requests: 100B − 1M free × $0.50/M = $49,999.50,
    // 20B × $0.46/M = $9,200.00. archive 600,000 GB: 51,200 × $0.025 = $1,280.00, 460,800 × $0.024 = $11,059.20,
    // 88,000 × $0.023 = $2,024.00; PUT 40M × $0.005/1,000 = $200.00, GET 80M × $0.0004/1,000 = $32.00.
    expect(bill(load('7-expensive-api-singapore.yaml'))).toEqual({
      'lambda.requests': '799.80',
      'lambda.duration.arm64.tier-1': '99995.17',
      'lambda.duration.arm64.tier-2': '10800.09',
      'api-gateway.http.requests.tier-1': '375.00',
      'api-gateway.http.requests.tier-2': '4181.00',
      'lambda-logs.ingestion.tier-1': '6996.50',
      'lambda-logs.ingestion.tier-2': '369.60',
      'lambda-logs.storage': '596.87',
      's3.storage.tier-1': '1280.00',
      's3.storage.tier-2': '11059.20',
      's3.storage.tier-3': '2024.00',
      's3.put-requests': '200.00',
      's3.get-requests': '32.00',
      'sqs.fifo.requests.tier-1': '49999.50',
      'sqs.fifo.requests.tier-2': '9200.00',
      'data-transfer.internet-out.tier-1': '1228.80',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '2353.40',
      total: '204972.53',
    });
  });

  it('7.8 AWS’s L-EX2 without the free tier, with its stream, table and topic, Frankfurt, aws-2025-08-01: $289.34', () => {
    // 7.44M messages (10,000 vehicles × 24 × 31). enrich, x86 1 GB 2 s: 14.88M GB-s × $0.0000166667 = $248.0005 →
    // $248.00 and 7.44M × $0.20/M = $1.488 → $1.49, L-EX2's own lines (Frankfurt's rates are us-east-1's).
    // telemetry, provisioned: 2 shards × 730 h × $0.018 = $26.28; 7.44M records of 3 KB, 1 PUT payload unit each ×
    // $0.0175/M = $0.1302 → $0.13. readings: 7.44M WRU × $0.7625/M = $5.673 → $5.67; 20 GB × $0.306 = $6.12 (no free
    // 25). alerts: 7,440 publishes × $0.50/M = $0.0037 → $0.00 (no free million); 2 email subscriptions, 14,880 ×
    // $20/M = $0.2976 → $0.30 (no free 1,000). Logs 7.44M × 264 B = 1.96416 GB × $0.63 = $1.2374 → $1.24; never
    // expiring, 3.535488 GB-months × $0.0324 = $0.1145 → $0.11.
    // The cost bomb: at the account's 1,000 all month, 1,000 × 2,628,000 s ÷ 2 s = 1,314M invocations: $262.80 +
    // $43,800.09 + logs $218.54 + $20.23, and the rest as expected ($38.50): $44,340.16. Reserved 64: 84.096M
    // invocations, $16.82 + $2,803.21 + $13.99 + $1.29 + $38.50 = $2,873.81, within 10 × $289.34 = $2,893.40; 65:
    // $2,918.12, over.
    expect(bill(load('8-telemetry-no-free-tier-frankfurt.yaml'))).toEqual({
      'lambda.requests': '1.49',
      'lambda.duration.x86_64.tier-1': '248.00',
      'lambda-logs.ingestion.tier-1': '1.24',
      'lambda-logs.storage': '0.11',
      'dynamodb.write-request-units': '5.67',
      'dynamodb.storage': '6.12',
      'sns.publishes.tier-1': '0.00',
      'sns.deliveries.email.tier-1': '0.30',
      'kinesis.provisioned.shard-hours': '26.28',
      'kinesis.provisioned.put-payload-units': '0.13',
      total: '289.34',
    });
    const result = runCli(['estimate', `${FIXTURES}/8-telemetry-no-free-tier-frankfurt.yaml`, '--format', 'json']);
    expect(result.status).toBe(0);
    const warnings = (JSON.parse(result.stdout) as { warnings: { id: string }[] }).warnings;
    expect(warnings.find((w) => w.id === 'cost_bomb')).toMatchObject({
      worst_month_usd: '44340.16',
      expected_monthly_usd: '289.34',
      suggested_limit: '64',
      suggested_limit_setting: 'lambda.functions[].reserved_concurrency',
    });
  });
});
