// Whole serverless architectures, each bill derived by hand from the published facts
// (pricing-facts.md §1, §3, §6 and §10; pricing-facts-services.md §1.1, §1.2 and §1.5) and the
// unit prices of the shipped tables (pricing/aws/2025-10-08.yaml for us-east-1, eu-west-1 and
// ap-northeast-2; pricing/aws/2024-02-01.yaml for the last case), before slcost priced them.
// Every line is rounded to the cent, halves up, as AWS rounds each line of a bill; a total is
// the sum of its lines. The scenarios are the files under test/fixtures/whole-architectures/.
//
// Conventions the derivations use, each stated by the facts or, where the facts leave it open,
// by slcost's documented decision (marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests
//   and 400,000 GB-s for both architectures, x86_64 first (decision); free GB-s come off the
//   bottom band (decision); an average duration with a fraction is billed at its ceiling.
// - Lambda logs: 264 B of START/END/REPORT per invocation at INFO, none at WARN, plus the
//   application's bytes; GB of 10^9 bytes; stored × 0.15 for retention_days ÷ (365 / 12) months,
//   12 months when they never expire; 5 GB ingested and 5 GB-months stored free, which stated
//   CloudWatch Logs take first (decision).
// - Data transfer out: the free 100 GB first, then the bands (AWS's bill line "beyond the global
//   free tier"); response_kb in decimal GB (10^6 KB) unless response_kb_units: binary.
// - Kinesis: records rounded up to whole KB of 1,024 bytes, GB of 1,048,576 KB (decision).
// - Step Functions Standard: one transition per state entered, Succeed included, plus retries
//   (decision: the facts leave the count of a definition unconfirmed).
import { describe, expect, it } from 'vitest';
import { fixtureScenario, serverlessBill } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';

const FIXTURES = 'test/fixtures/whole-architectures';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

describe('whole architectures in us-east-1, derived by hand (aws-2025-10-08)', () => {
  // 1. HTTP API → api (arm64, 512 MB, 45.3 ms) and writer (x86_64, 1536 MB, 120 ms) → DynamoDB on demand.
  //    HTTP API: 320M requests of 2 KB, each one 512 KB step: 300M × $1.00 = $300.00; 20M × $0.90 = $18.00.
  //    Lambda requests: 320M + 40M − 1M free = 359M × $0.20/M = $71.80.
  //    writer: 40M × 0.120 s × 1.5 GB = 7,200,000 GB-s − 400,000 free = 6,800,000 × $0.0000166667 = $113.33356 → $113.33.
  //    api: 45.3 ms billed as 46 ms: 320M × 0.046 s × 0.5 GB = 7,360,000 GB-s × $0.0000133334 = $98.133824 → $98.13.
  //    Logs ingested: 320M × (264 + 300) B = 180.48 GB; 40M × (264 + 1,000) B = 50.56 GB; 231.04 − 5 free = 226.04 × $0.50 = $113.02.
  //    Logs stored: 180.48 × 0.15 × 14 ÷ (365/12) + 50.56 × 0.15 × 12 (never expires) = 103.4685 GB-months − 5 free
  //      = 98.4685 × $0.03 = $2.954 → $2.95.
  //    DynamoDB: 1.5 reads a request = 480M strong reads of 6.5 KB = ceil(6.5/4) = 2 RRU each: 960M × $0.125/M = $120.00;
  //      40M writes of 6.5 KB = 7 WRU, 10% transactional (×2): 7.7 WRU each, 308M × $0.625/M = $192.50;
  //      storage 60 − 25 free = 35 GB × $0.25 = $8.75.
  //    Data out: 320M × 4 KB = 1,280 GB (10^6 KB a GB) − 100 free = 1,180 GB × $0.09 = $106.20.
  //    Total $1,144.68.
  it('an HTTP API, two functions on two architectures, DynamoDB on demand, logs and egress: $1,144.68', () => {
    expect(bill(load('1-http-api-dynamodb.yaml'))).toEqual({
      'lambda.requests': '71.80',
      'lambda.duration.x86_64.tier-1': '113.33',
      'lambda.duration.arm64.tier-1': '98.13',
      'api-gateway.http.requests.tier-1': '300.00',
      'api-gateway.http.requests.tier-2': '18.00',
      'lambda-logs.ingestion.tier-1': '113.02',
      'lambda-logs.storage': '2.95',
      'dynamodb.write-request-units': '192.50',
      'dynamodb.read-request-units': '120.00',
      'dynamodb.storage': '8.75',
      'data-transfer.internet-out.tier-1': '106.20',
      total: '1144.68',
    });
  });

  // 2. 2M uploads a month: S3 → ingest (x86_64, 2048 MB, 850 ms) → DynamoDB → SNS (150 KB) → two SQS queues,
  //    an email and an HTTP subscription; notifier (arm64, 128 MB, 30 ms) reads one queue. Figures per upload.
  //    S3: 800 GB × $0.023 = $18.40; 2M PUT × $0.005/1,000 = $10.00; 6M GET × $0.0004/1,000 = $2.40.
  //    Lambda requests: 4M − 1M = 3M × $0.20/M = $0.60.
  //    ingest: 2M × 0.85 s × 2 GB = 3,400,000 − 400,000 = 3,000,000 × $0.0000166667 = $50.0001 → $50.00.
  //    notifier: 2M × 0.030 s × 0.125 GB = 7,500 GB-s × $0.0000133334 = $0.100 → $0.10.
  //    Logs: 4M × 264 B = 1.056 GB, 1.9 GB-months stored: within the free 5 → $0.00 each.
  //    DynamoDB: 4M eventual reads of 2.2 KB = 1 × 4 KB × 0.5 = 2M RRU × $0.125/M = $0.25;
  //      2M writes of 2.2 KB = 3 WRU each = 6M × $0.625/M = $3.75; 10 GB stored, within the free 25 → $0.00.
  //    SNS: 2M publishes × ceil(150/64) = 3 chunks = 6M − 1M free = 5M × $0.50/M = $2.50;
  //      HTTP 2M deliveries (counted per message) − 100,000 free = 1.9M × $0.60/M = $1.14;
  //      email 3,000 given (a filter policy) − 1,000 free = 2,000 × $2.00/100,000 = $0.04; SQS deliveries free.
  //    SQS: 2 queues × 2M messages × 3 chunks × 3 calls (send, receive, delete) = 36M − 1M = 35M × $0.40/M = $14.00.
  //    Total $103.18.
  it('an S3 upload pipeline fanning out through SNS to SQS, email and HTTP with 150 KB messages: $103.18', () => {
    expect(bill(load('2-upload-fanout.yaml'))).toEqual({
      'lambda.requests': '0.60',
      'lambda.duration.x86_64.tier-1': '50.00',
      'lambda.duration.arm64.tier-1': '0.10',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '3.75',
      'dynamodb.read-request-units': '0.25',
      'dynamodb.storage': '0.00',
      's3.storage.tier-1': '18.40',
      's3.put-requests': '10.00',
      's3.get-requests': '2.40',
      'sqs.standard.requests.tier-1': '14.00',
      'sns.publishes.tier-1': '2.50',
      'sns.deliveries.http.tier-1': '1.14',
      'sns.deliveries.email.tier-1': '0.04',
      'sns.deliveries.sqs.tier-1': '0.00',
      total: '103.18',
    });
  });

  // 3. A FIFO queue worker in a VPC, free tier off (free_tier: false).
  //    SQS FIFO: 5M messages of 130 KB = 3 chunks × 3 calls = 45M requests × $0.50/M = $22.50.
  //    Lambda: 500,000 × $0.20/M = $0.10; 500,000 × 2.4 s × 3008/1024 GB = 3,525,000 GB-s × $0.0000166667 = $58.750118 → $58.75.
  //    Logs at WARN (no platform lines): 500,000 × 2,000 B = 1 GB × $0.50 = $0.50;
  //      stored 1 × 0.15 × 30 ÷ (365/12) = 0.1479 GB-months × $0.03 = $0.0044 → $0.00.
  //    NAT: 2 gateways × 730 h × $0.045 = $65.70; 850 GB × $0.045 = $38.25.
  //    Data out: 600 GB × $0.09 = $54.00 (no free 100 GB); cross-AZ 120 GB billed each way = 240 GB × $0.01 = $2.40.
  //    Total $242.20.
  it('a FIFO worker with 130 KB messages behind NAT gateways in two zones, free tier off: $242.20', () => {
    expect(bill(load('3-fifo-worker-nat.yaml'))).toEqual({
      'lambda.requests': '0.10',
      'lambda.duration.x86_64.tier-1': '58.75',
      'lambda-logs.ingestion.tier-1': '0.50',
      'lambda-logs.storage': '0.00',
      'nat-gateway.hours': '65.70',
      'nat-gateway.data-processed': '38.25',
      'sqs.fifo.requests.tier-1': '22.50',
      'data-transfer.internet-out.tier-1': '54.00',
      'data-transfer.cross-az': '2.40',
      total: '242.20',
    });
  });

  // 4. A Standard saga from its ASL definition and an Express enrichment.
  //    Saga, one execution: Validate 1, Route (Choice → ProcessItems) 1, ProcessItems (Map) 1 + 4.5 iterations ×
  //      (Price, Persist) 2 = 10, Reserve (Parallel) 1 + ReserveStock 1 + ChargeCard, Audit 2 = 4, Notify 1, Done
  //      (Succeed) 1 = 18, plus retries 0.3 (ChargeCard) + 0.1 (Price) = 18.4 transitions.
  //      0.05 executions a request × 2M = 100,000 × 18.4 = 1,840,000 − 4,000 free = 1,836,000 × $0.025/1,000 = $45.90.
  //    Express: 12M × $1.00/M = $12.00; 2,340 ms billed as 2,400 ms and 150 MB as 192 MB (3 × 64 MB):
  //      12M × 2.4 s × 192/1024 GB = 5,400,000 GB-s (1,500 GB-hours): 3,600,000 × $0.00001667 = $60.012 → $60.01;
  //      1,800,000 × $0.00000833 = $14.994 → $14.99.
  //    task-runner: 1.5M − 1M = 0.5M × $0.20/M = $0.10; 1.5M × 0.095 s × 0.25 GB = 35,625 GB-s, within the free tier.
  //    Logs: 1.5M × 264 B = 0.396 GB, free.
  //    Total $133.00.
  it('a Standard saga with Choice, Map, Parallel and retries, and an Express machine in two duration bands: $133.00', () => {
    expect(bill(load('4-step-functions.yaml'))).toEqual({
      'lambda.requests': '0.10',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '45.90',
      'step-functions.express.requests': '12.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '14.99',
      total: '133.00',
    });
  });

  // 5. Kinesis on demand and provisioned, DynamoDB provisioned with the always-free 25 RCU and 25 WCU.
  //    clicks (on demand): 730 h × $0.04 = $29.20; 250M records of 1.3 KB → 2 KB = 500,000,000 KB ÷ 1,048,576
  //      = 476.837158203125 GB in × $0.08 = $38.147 → $38.15; 2 consumers: 953.67 GB × $0.04 = $38.147 → $38.15;
  //      1 enhanced fan-out consumer: 476.84 GB × $0.05 = $23.842 → $23.84.
  //    audit (provisioned): 3 shards × 730 h × $0.015 = $32.85; 40M records of 30 KB = 2 PUT units each = 80M × $0.014/M = $1.12.
  //    DynamoDB: RCU 40 + 10 − 25 free = 25 × 730 h = 18,250 × $0.00013 = $2.3725 → $2.37;
  //      WCU 30 + 5 − 25 free = 10 × 730 h = 7,300 × $0.00065 = $4.745 → $4.75 (a half cent, up);
  //      storage 30 + 12 − 25 = 17 GB × $0.25 = $4.25; stream reads by another consumer 4M − 2.5M free
  //      = 1.5M × $0.02/100,000 = $0.30; the Lambda trigger's 1M reads are free.
  //    clicks-consumer: 2.5M − 1M = 1.5M × $0.20/M = $0.30; 2.5M × 0.18 s × 1 GB = 450,000 − 400,000 = 50,000 ×
  //      $0.0000133334 = $0.66667 → $0.67. Logs 0.66 GB, free.
  //    Total $175.95.
  it('Kinesis on demand with two consumers and fan-out, Kinesis provisioned, DynamoDB provisioned past the free capacity: $175.95', () => {
    expect(bill(load('5-kinesis-dynamodb-provisioned.yaml'))).toEqual({
      'lambda.requests': '0.30',
      'lambda.duration.arm64.tier-1': '0.67',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '4.75',
      'dynamodb.read-capacity': '2.37',
      'dynamodb.storage': '4.25',
      'dynamodb.stream-read-request-units': '0.30',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '38.15',
      'kinesis.on-demand.data-out': '38.15',
      'kinesis.on-demand.efo-data-out': '23.84',
      'kinesis.provisioned.shard-hours': '32.85',
      'kinesis.provisioned.put-payload-units': '1.12',
      total: '175.95',
    });
  });

  // 6. render (x86_64, 10,240 MB, 900 ms, 1B invocations) and transcode (arm64, 8,192 MB, 1.2 s, 900M).
  //    GB-s: render 1e9 × 0.9 × 10 = 9,000,000,000 (over 6B); transcode 9e8 × 1.2 × 8 = 8,640,000,000 (over 7.5B).
  //    Logs: render 1e9 × (264 + 30,000) B = 30,264 GB; transcode 9e8 × (264 + 25,000) B = 22,737.6 GB; 53,001.6 GB.
  //    Stored: 30,264 × 0.15 × 7 ÷ (365/12) + 22,737.6 × 0.15 × 90 ÷ (365/12) = 11,136.4866 GB-months.
  //    Free tier on:
  //      requests 1.9B − 1M = 1,899M × $0.20/M = $379.80;
  //      x86 first 6B less the free 400,000 = 5,999,600,000 × $0.0000166667 = $99,993.53; next 3B × $0.000015 = $45,000.00;
  //      arm 7.5B × $0.0000133334 = $100,000.50; 1.14B × $0.0000120001 = $13,680.114 → $13,680.11;
  //      logs 10,000 − 5 free = 9,995 GB × $0.50 = $4,997.50; 20,000 × $0.25 = $5,000.00; 20,000 × $0.10 = $2,000.00;
  //      3,001.6 × $0.05 = $150.08; stored 11,131.4866 × $0.03 = $333.9446 → $333.94. Total $271,535.46.
  //    Free tier off: requests $380.00; x86 tier 1 6B × $0.0000166667 = $100,000.20; logs tier 1 $5,000.00;
  //      stored 11,136.4866 × $0.03 = $334.0946 → $334.09; the rest as above. Total $271,544.98.
  const large = load('6-large-lambda.yaml');
  it('a large workload across the duration tiers and all four Lambda log bands, free tier on: $271,535.46', () => {
    expect(bill(large)).toEqual({
      'lambda.requests': '379.80',
      'lambda.duration.x86_64.tier-1': '99993.53',
      'lambda.duration.x86_64.tier-2': '45000.00',
      'lambda.duration.arm64.tier-1': '100000.50',
      'lambda.duration.arm64.tier-2': '13680.11',
      'lambda-logs.ingestion.tier-1': '4997.50',
      'lambda-logs.ingestion.tier-2': '5000.00',
      'lambda-logs.ingestion.tier-3': '2000.00',
      'lambda-logs.ingestion.tier-4': '150.08',
      'lambda-logs.storage': '333.94',
      total: '271535.46',
    });
  });

  it('the same workload with the free tier off: $271,544.98', () => {
    expect(bill({ ...large, freeTier: false })).toEqual({
      'lambda.requests': '380.00',
      'lambda.duration.x86_64.tier-1': '100000.20',
      'lambda.duration.x86_64.tier-2': '45000.00',
      'lambda.duration.arm64.tier-1': '100000.50',
      'lambda.duration.arm64.tier-2': '13680.11',
      'lambda-logs.ingestion.tier-1': '5000.00',
      'lambda-logs.ingestion.tier-2': '5000.00',
      'lambda-logs.ingestion.tier-3': '2000.00',
      'lambda-logs.ingestion.tier-4': '150.08',
      'lambda-logs.storage': '334.09',
      total: '271544.98',
    });
  });

  // 8. Allowances shared between services, and bands crossed after them. 60M API requests.
  //    REST API: 60M × $3.50/M = $210.00. Lambda requests: 60.9M − 1M = 59.9M × $0.20/M = $11.98.
  //    api (x86_64, 128 MB, 7.2 ms → 8 ms): 60M × 0.008 s × 0.125 GB = 60,000 GB-s, all free; the free pool's other
  //      340,000 GB-s go to thumbs (arm64, 1,769 MB, 700 ms, 900,000 runs): 1,088,349.609375 − 340,000 = 748,349.609375 ×
  //      $0.0000133334 = $9.978 → $9.98.
  //    Stated logs (Infrequent Access): 3 GB, taking 3 of the free 5 GB → $0.00; stored 3 × 0.15 × 60 ÷ (365/12)
  //      = 0.8877 GB-months, free → $0.00; Logs Insights 40 − 5 free = 35 GB × $0.005 = $0.175 → $0.18.
  //    Lambda logs: 60M × 264 B + 900,000 × 364 B = 16.1676 GB − the 2 GB left free = 14.1676 × $0.50 = $7.0838 → $7.08;
  //      stored 15.84 × 0.15 × 12 + 0.3276 × 0.15 × 60 ÷ (365/12) = 28.6089 − the 4.1123 left free = 24.4966 × $0.03 → $0.73.
  //    SQS: the standard queue's 700,000 requests take 700,000 of the free million; the FIFO queue's 400,000 messages
  //      of 1,024 KB = 16 chunks × 3 calls = 19.2M − the 300,000 left free = 18.9M × $0.50/M = $9.45.
  //    S3: 40,000 + 20,000 GB banded together: 51,200 × $0.023 = $1,177.60; 8,800 × $0.022 = $193.60.
  //    Data out: 12,000 GB − 100 free = 11,900: 10,240 × $0.09 = $921.60; 1,660 × $0.085 = $141.10; to another region
  //      50 GB × $0.02 = $1.00.
  //    DynamoDB: 6M transactional reads of 4 KB = 1 × 4 KB × 2 = 12M RRU × $0.125/M = $1.50; 3M writes of 4 KB = 4 WRU
  //      + 1M writes of 0.5 KB = 1 WRU: 13M × $0.625/M = $8.125 → $8.13 (a half cent, up); 25 GB, free.
  //    SNS: 800,000 publishes of 64 KB (one chunk) + 300,000 = 1.1M − 1M = 0.1M × $0.50/M = $0.05; HTTP 1.1M − 100,000
  //      = 1M × $0.60/M = $0.60; Firehose 300,000 × $0.19/M = $0.057 → $0.06.
  //    EventBridge: 1.5M partner events of 64 KB (one chunk) × $1.00/M = $1.50.
  //    Express: 40M × $1.00/M = $40.00; 200 ms and 64 MB (already whole steps): 40M × 0.2 s × 0.0625 GB = 500,000 GB-s
  //      × $0.00001667 = $8.335 → $8.34 (a half cent, up).
  //    Total $2,744.48.
  it('free allowances shared between stated and Lambda logs, standard and FIFO queues, and bands crossed after them: $2,744.48', () => {
    expect(bill(load('8-shared-allowances.yaml'))).toEqual({
      'lambda.requests': '11.98',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '9.98',
      'api-gateway.rest.requests.tier-1': '210.00',
      'lambda-logs.ingestion.tier-1': '7.08',
      'lambda-logs.storage': '0.73',
      'dynamodb.write-request-units': '8.13',
      'dynamodb.read-request-units': '1.50',
      'dynamodb.storage': '0.00',
      's3.storage.tier-1': '1177.60',
      's3.storage.tier-2': '193.60',
      'sqs.standard.requests.tier-1': '0.00',
      'sqs.fifo.requests.tier-1': '9.45',
      'sns.publishes.tier-1': '0.05',
      'sns.deliveries.http.tier-1': '0.60',
      'sns.deliveries.firehose.tier-1': '0.06',
      'step-functions.express.requests': '40.00',
      'step-functions.express.duration.tier-1': '8.34',
      'eventbridge.partner-events': '1.50',
      'cloudwatch-logs.ingestion.infrequent-access': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'cloudwatch-logs.insights': '0.18',
      'data-transfer.internet-out.tier-1': '921.60',
      'data-transfer.internet-out.tier-2': '141.10',
      'data-transfer.inter-region': '1.00',
      total: '2744.48',
    });
  });

  // 11. A WebSocket chat: 50M messages of 33 KB, each two 32 KB steps, with the 12-month API free tier on.
  //    Messages: 100M − 1M free = 99M × $1.00/M = $99.00; connection-minutes 400M − 750,000 free = 399.25M × $0.25/M
  //      = $99.8125 → $99.81.
  //    on-message (arm64, 128 MB, 0.4 ms billed as 1 ms): 49M × $0.20/M = $9.80; 50M × 0.001 s × 0.125 GB = 6,250 GB-s, free.
  //    Logs: 50M × 264 B = 13.2 GB − 5 = 8.2 × $0.50 = $4.10; stored 13.2 × 0.15 × 12 = 23.76 − 5 = 18.76 × $0.03 = $0.5628 → $0.56.
  //    Express: 30M × $1.00/M = $30.00; 5,001 ms → 5,100 ms, 300 MB → 320 MB: 30M × 5.1 s × 0.3125 GB = 47,812,500 GB-s:
  //      3,600,000 × $0.00001667 = $60.012 → $60.01; 14,400,000 × $0.00000833 = $119.952 → $119.95;
  //      29,812,500 × $0.00000456 = $135.945 → $135.95 (a half cent, up).
  //    Total $559.18.
  it('a WebSocket API in 32 KB steps with its 12-month free tier, and an Express machine in all three bands: $559.18', () => {
    expect(bill(load('11-websocket-express.yaml'))).toEqual({
      'lambda.requests': '9.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'api-gateway.websocket.messages.tier-1': '99.00',
      'api-gateway.websocket.connection-minutes': '99.81',
      'lambda-logs.ingestion.tier-1': '4.10',
      'lambda-logs.storage': '0.56',
      'step-functions.express.requests': '30.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '119.95',
      'step-functions.express.duration.tier-3': '135.95',
      total: '559.18',
    });
  });
});

describe('whole architectures outside us-east-1, derived by hand (aws-2025-10-08)', () => {
  // 7. eu-west-1, 25M requests, every service figure given per request.
  //    HTTP API: 25M × $1.11/M = $27.75. Lambda requests: 25M + 5M − 1M = 29M × $0.20/M = $5.80.
  //    api (x86_64, 768 MB, 63 ms): 25M × 0.063 s × 0.75 GB = 1,181,250 − 400,000 = 781,250 × $0.0000166667 = $13.0208 → $13.02.
  //    worker (arm64, 2,048 MB, 410 ms): 5M × 0.41 s × 2 GB = 4,100,000 × $0.0000133334 = $54.667 → $54.67;
  //      ephemeral 1,024 MB, 512 above the free: 5M × 0.41 s × 0.5 GB = 1,025,000 GB-s × $0.0000000340 = $0.03485 → $0.03.
  //    Logs at Ireland's $0.57: 25M × (264 + 500) B + 5M × 264 B = 20.42 GB − 5 = 15.42 × $0.57 = $8.7894 → $8.79;
  //      stored 19.1 × 0.15 × 30 ÷ (365/12) + 1.32 × 0.15 × 12 = 5.2018 − 5 = 0.2018 × $0.03 = $0.00605 → $0.01.
  //    DynamoDB: 50M eventual reads of 9 KB = 3 × 4 KB × 0.5 = 75M RRU × $0.1415/M = $10.6125 → $10.61;
  //      5M writes of 9 KB = 45M WRU × $0.705/M = $31.725 → $31.73; 40 − 25 = 15 GB × $0.283 = $4.245 → $4.25.
  //    SQS: 5M messages of 20 KB × 3 calls = 15M − 1M = 14M × $0.40/M = $5.60.
  //    EventBridge: 2.5M custom events of 70 KB = 2 chunks = 5M × $1.00/M = $5.00.
  //    NAT: 3 gateways × 730 h × $0.048 = $105.12; 25M × 0.00002 GB = 500 GB × $0.048 = $24.00.
  //    Data out: 25M × 12 KB = 300 GB − 100 = 200 × $0.09 = $18.00.
  //    Total $314.38.
  it('eu-west-1: an API with its table, queue, events, three NAT gateways and egress per request: $314.38', () => {
    expect(bill(load('7-eu-west-1.yaml'))).toEqual({
      'lambda.requests': '5.80',
      'lambda.duration.x86_64.tier-1': '13.02',
      'lambda.duration.arm64.tier-1': '54.67',
      'lambda.ephemeral-storage': '0.03',
      'api-gateway.http.requests.tier-1': '27.75',
      'lambda-logs.ingestion.tier-1': '8.79',
      'lambda-logs.storage': '0.01',
      'dynamodb.write-request-units': '31.73',
      'dynamodb.read-request-units': '10.61',
      'dynamodb.storage': '4.25',
      'sqs.standard.requests.tier-1': '5.60',
      'eventbridge.custom-events': '5.00',
      'nat-gateway.hours': '105.12',
      'nat-gateway.data-processed': '24.00',
      'data-transfer.internet-out.tier-1': '18.00',
      total: '314.38',
    });
  });

  // 9. ap-northeast-2 (Seoul), 5M requests.
  //    REST API: 5M × $3.50/M = $17.50. Lambda requests: 5M − 1M = 4M × $0.20/M = $0.80.
  //    Provisioned concurrency 10 × 1 GB × 200 h × 3,600 s = 7,200,000 GB-s × $0.0000051254 = $36.90288 → $36.90;
  //      the 2M invocations it serves: 2M × 0.15 s × 1 GB = 300,000 × $0.0000119592 = $3.58776 → $3.59;
  //      the other 3M on demand: 450,000 − 400,000 free = 50,000 × $0.0000166667 = $0.8333 → $0.83.
  //    Logs at Seoul's $0.76: 5M × (264 + 2,000) B = 11.32 GB − 5 = 6.32 × $0.76 = $4.8032 → $4.80; stored for a day, free.
  //    Step Functions Standard at $0.0271: 0.2 × 5M = 1M executions × 7 = 7M − 4,000 = 6,996,000 × $0.0271/1,000
  //      = $189.5916 → $189.59.
  //    NAT: 1 × 400 h × $0.059 = $23.60; 75 GB × $0.059 = $4.425 → $4.43 (a half cent, up).
  //    Data out: 5M × 30 KB ÷ 1,048,576 (binary) = 143.0511 GB − 100 = 43.0511 × $0.126 = $5.4244 → $5.42;
  //      to another region 10 GB × $0.08 = $0.80.
  //    DynamoDB: 20 RCU and 20 WCU, within the free 25 → $0.00; 30 − 25 = 5 GB × $0.27075 = $1.35375 → $1.35.
  //    Total $289.61.
  it('ap-northeast-2: a REST API with provisioned concurrency, a Standard saga at $0.0271, a NAT and binary-KB egress: $289.61', () => {
    expect(bill(load('9-seoul.yaml'))).toEqual({
      'lambda.requests': '0.80',
      'lambda.duration.x86_64.tier-1': '0.83',
      'lambda.provisioned-concurrency.x86_64': '36.90',
      'lambda.provisioned-duration.x86_64': '3.59',
      'api-gateway.rest.requests.tier-1': '17.50',
      'lambda-logs.ingestion.tier-1': '4.80',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '0.00',
      'dynamodb.read-capacity': '0.00',
      'dynamodb.storage': '1.35',
      'step-functions.standard.transitions.tier-1': '189.59',
      'nat-gateway.hours': '23.60',
      'nat-gateway.data-processed': '4.43',
      'data-transfer.internet-out.tier-1': '5.42',
      'data-transfer.inter-region': '0.80',
      total: '289.61',
    });
  });
});

describe('a whole architecture on an older table, derived by hand (aws-2024-02-01)', () => {
  // 10. Before the Lambda log bands (2025-05-01), the DynamoDB cut (2024-11-01) and INIT billing of managed runtimes
  //     (2025-08-01): 300M invocations of a Node.js ingest (x86_64, 512 MB, 100 ms), 40,000 B of logs each.
  //    Requests: 300M − 1M = 299M × $0.20/M = $59.80.
  //    Duration: 300M × 0.1 s × 0.5 GB = 15,000,000 − 400,000 = 14,600,000 × $0.0000166667 = $243.3338 → $243.33
  //      (its cold starts' INIT phase is not billed under this table).
  //    Logs: 300M × 40,264 B = 12,079.2 GB − 5 = 12,074.2 × $0.50 flat = $6,037.10 (past 10,000 GB, no band);
  //      stored 12,079.2 × 0.15 × 3 ÷ (365/12) = 178.706 − 5 = 173.706 × $0.03 = $5.2112 → $5.21.
  //    DynamoDB at the rates before the cut: 300M WRU × $1.25/M = $375.00; 100M RRU × $0.25/M = $25.00.
  //    Total $6,745.44.
  it('a logging-heavy ingest past 10 TB at the flat log rate, with DynamoDB before its cut: $6,745.44', () => {
    expect(bill(load('10-before-the-log-bands.yaml'))).toEqual({
      'lambda.requests': '59.80',
      'lambda.duration.x86_64.tier-1': '243.33',
      'lambda-logs.ingestion.tier-1': '6037.10',
      'lambda-logs.storage': '5.21',
      'dynamodb.write-request-units': '375.00',
      'dynamodb.read-request-units': '25.00',
      total: '6745.44',
    });
  });
});
