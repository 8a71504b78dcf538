// Whole serverless architectures, twenty-seventh batch: five bills derived by hand from the published pricing facts,
// the unit prices of the shipped tables (pricing/aws/2025-10-08.yaml in us-west-2, ap-northeast-1, ap-southeast-2 and
// ap-northeast-2; 2024-02-01.yaml in us-east-1) and the rules of README.md, docs/ranges.md, docs/cold-starts.md,
// docs/templates.md and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal
// at 40 digits (test/fixtures/whole-architectures-27/derivations.py prints every line) and committed before slcost was
// run on them. All five agreed with slcost to the cent, line by line, when first priced, with 27.5's four months of
// its outlook and the month its median budget is first over; 27.4's serverless.yml had first to be made YAML (its
// httpApi path /{proxy+} inside a flow mapping, which no YAML reader takes, is quoted now; slcost refused it at its
// line and column, exit 2). The worst months of the cost-bomb warnings were worked by hand after the first pricing,
// from the README's cost-bomb section and docs/cold-starts.md: 27.1's and 27.4's agreed; 27.3's did not at first, by
// the derivation's error: it ran the bus handler (and then the queue worker) at the account's 1,000 concurrent
// executions beside the other functions' own demand, where the functions without reserved concurrency share the
// account's limit in proportion to their demand (docs/cold-starts.md, "Throttled requests are not billed"), so at a
// demand of 1,000.43 each serves 1,000 ÷ 1,000.43 of its runs and the stream reader loses some too ($31,841.97 and
// $16,901.21 by hand, $31,830.21 and $16,893.71 shared; the reserved concurrency advised, 134 and 268, the same either
// way). 27.2 without the free tier and 27.4's functions compared on Cloud Run functions, Azure Consumption and Workers
// were worked by hand after the first pricing and before slcost priced them, and agreed. Comparing 27.4 found a defect:
// the comparison's assumptions named compare.gcp.region and compare.azure.plan as the settings to give, and a usage
// file refused `compare:` as a key it did not know (exit 2), so a template's functions could be compared only in
// us-central1 and eastus on the Consumption plan, whatever region the template runs in; a usage file's compare: is
// read as a scenario's now (test/templates/usage-workload.test.ts); 27.4's functions in australia-southeast1, Tier 2,
// would be $135.62 there. Every line is rounded to the cent, halves up; a total is the sum of its lines.
//
// New ground: an Express machine of 1,500 MB and 2,150 ms billed as 1,536 MB and 2,200 ms across all three of
// Express duration's bands, beside a Standard machine whose transitions are counted from an inline definition (a
// Map of two states run 4.5 times, a Choice whose branch is named, a retried Task) in Oregon; provisioned
// concurrency serving a stated share of an x86_64 function's invocations, the rest on demand taking the free pool
// before an arm64 worker, two provisioned tables sharing the always-free 25 RCU and 25 WCU, and an on-demand table of
// transactional reads and partly transactional writes of 9 KB items, on aws-2024-02-01 before DynamoDB's halving,
// in N. Virginia; a SAM template in Tokyo with a provisioned stream of 30 KB records (two PUT payload units each) and
// an on-demand stream read twice, a topic of 100 KB messages delivered by HTTPS, email and SMS at a price of the
// usage file's and to a queue, and a custom bus of 150 KB events; a serverless.yml in Sydney whose resources: (a
// bucket, a table) and the bucket its s3 event creates take usage per request of a diurnal month, with the
// on-demand table's provisioned alternative hour by hour; and an outlook in Seoul whose Lambda logs cross their
// first 10 TB band in month 1 and the 30 TB edge in month 4, where a median budget is first over.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first, off the bottom band. Provisioned concurrency: count × memory × hours × 3,600 GB-s configured, the
//   invocations it serves at its own duration rate, the rest on demand with the free tier.
// - Step Functions: Express per execution, its duration rounded up to 100 ms and memory to 64 MB, GB of 1,024 MB,
//   banded at 3.6M and 18M GB-s; Standard one transition per state entered, a Map's states × its iterations, a
//   retry a transition, 4,000 free.
// - DynamoDB: RRU = reads × ceil(KB ÷ 4) × 0.5, 1 or 2; WRU = writes × ceil(KB) × (1 + transactional share);
//   provisioned capacity × 730 h, 25 RCU, 25 WCU and 25 GB free for all tables together.
// - Kinesis: on demand records × whole KB ÷ 1,048,576 GB in, × consumers out; provisioned shard-hours and PUT payload
//   units of 25 KB. SNS, SQS, EventBridge: 64 KB chunks (SNS deliveries per message); free allowances by protocol.
// - Logs: 264 B of START/END/REPORT an invocation at INFO; GB of 10^9 B; Lambda-log bands cut at 10,000, 30,000 and
//   50,000 GB, the free 5 GB off the first; stored × 0.15 × retention_days ÷ (365 / 12), 12 months never expiring.
// - The cost bomb: a cap of N concurrent executions lets through N ÷ duration a second all month; the functions
//   without reserved concurrency share the account's 1,000 in proportion to their demand; an API's figures per
//   request follow its requests, throttled or not; a function another source invokes grows only its own lines.
// - Outlook: month m has 1.4^(m − 1) times month 1's requests, each month priced line by line.
import { describe, expect, it } from 'vitest';
import { bombsOf, estimateJsonOf, jsonBill, type JsonLine, type JsonWarning, noteOf } from '../helpers/bills.js';

const FIXTURES = 'test/fixtures/whole-architectures-27';

interface JsonPlatform {
  readonly monthly_usd: string | null;
  readonly line_items: readonly (JsonLine & { readonly note?: string | null })[];
}

interface JsonCompare {
  readonly cheapest: string;
  readonly providers: Readonly<Record<string, JsonPlatform & { readonly does_not_fit: readonly { readonly function: string; readonly reason: string }[] }>>;
}

interface JsonEstimate {
  readonly pricing: { readonly id: string; readonly region: string };
  readonly platforms: Readonly<Record<string, JsonPlatform>>;
  readonly ranges?: {
    readonly outlook: {
      readonly months: readonly {
        readonly month: number;
        readonly requests_per_month: { readonly p50: string };
        readonly platforms: Readonly<Record<string, { readonly p50_usd: string }>>;
      }[];
    };
  };
  readonly budget?: {
    readonly status: string;
    readonly checks: readonly { readonly platform: string; readonly monthly_usd: string; readonly excess_usd: string; readonly month?: number }[];
  };
  readonly warnings: readonly JsonWarning[];
}

describe('an order API in Oregon with an Express machine across its bands and a Standard machine counted', () => {
  const file = `${FIXTURES}/1-scenario-express-bands-map-oregon/scenario.yaml`;

  it('27.1 10M Express executions of 3.3 GB-s each through three bands, 13.3 transitions an execution: $423.67', () => {
    // 19M × $0.20/M = $3.80; 900,000 − 400,000 GB-s × $0.0000166667 = $8.33; HTTP 20M × $1.00 = $20.00; logs 5.28 − 5
    // GB × $0.50 = $0.14, 9.504 − 5 GB-months × $0.03 = $0.14. Express 10M × $1.00/M = $10.00; 2,200 ms × 1,536 MB =
    // 3.3 GB-s, 33,000,000 GB-s: 3,600,000 × $0.00001667 = $60.01, 14,400,000 × $0.00000833 = $119.95, 15,000,000 ×
    // $0.00000456 = $68.40. Standard: Validate 1, Items 1 + 4.5 × 2, Paid? 1, Ship 1 + 0.3 = 13.3; 5,320,000 − 4,000
    // × $0.025/1,000 = $132.90.
    const { status, json } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'us-west-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '3.80',
      'lambda.duration.x86_64.tier-1': '8.33',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '0.14',
      'lambda-logs.storage': '0.14',
      'step-functions.standard.transitions.tier-1': '132.90',
      'step-functions.express.requests': '10.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '119.95',
      'step-functions.express.duration.tier-3': '68.40',
      total: '423.67',
    });
    expect(noteOf(json, 'step-functions.standard.transitions.tier-1')).toBe(
      '5,320,000 transitions (fulfil: 400,000 executions × 13.3 transitions counted from its definition) − 4,000 free',
    );
    expect(noteOf(json, 'step-functions.express.duration.tier-3')).toBe('15,000,000 GB-seconds (enrich: 10,000,000 × 2,200 ms billed (2,150 ms) × 1,536 MB billed (1,500 MB))');
    // The API at the account's 1,000 with 45 ms runs: 58.4B requests, and 29.2B Express executions with them. HTTP
    // 300M × $1.00 + 58.1B × $0.90 = $52,590.00; 58.399B × $0.20/M = $11,679.80; 1,314,000,000 − 400,000 GB-s =
    // $43,793.42; logs 15,417.6 GB: $4,997.50 + $1,354.40, stored $832.40; Express $29,200.00 and 96.36B GB-s, the
    // last band's $439,319.52: $584,079.90. A throttle of 151 a second: $4,227.58; of 152: $4,253.92.
    expect(bombsOf(json)).toEqual({ api: { worst: '584079.90', expected: '423.67', cappedBy: 'account_concurrency_limit', suggested: '151' } });
  });
});

describe('a ledger in N. Virginia on aws-2024-02-01: provisioned concurrency and capacity before the halving', () => {
  const file = `${FIXTURES}/2-scenario-capacity-before-halving-virginia/scenario.yaml`;

  it('27.2 20 environments serving 2M of 3M, two provisioned tables sharing the free units: $563.06', () => {
    // 4.5M − 1M × $0.20/M = $0.70. The ledger's 1M on demand: 600,000 GB-s, the free 400,000 first: 200,000 ×
    // $0.0000166667 = $3.33; reports arm64 1,800,000 × $0.0000133334 = $24.00. 20 × 2 GB × 730 h × 3,600 =
    // 105,120,000 GB-s × $0.0000041667 = $438.00; 2M × 0.3 s × 2 GB = 1,200,000 × $0.0000097222 = $11.67. REST 3M ×
    // $3.50/M = $10.50. Logs 1.188 GB, free. entries: 6M transactional reads × 3 × 2 = 36M RRU × $0.25/M = $9.00; 3M
    // writes × 9 × 1.4 = 37.8M WRU × $1.25/M = $47.25. (50 − 25) RCU × 730 × $0.00013 = $2.37; (45 − 25) WCU × 730 ×
    // $0.00065 = $9.49; 52 − 25 GB × $0.25 = $6.75.
    const { status, json } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2024-02-01', region: 'us-east-1' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '0.70',
      'lambda.duration.x86_64.tier-1': '3.33',
      'lambda.duration.arm64.tier-1': '24.00',
      'lambda.provisioned-concurrency.x86_64': '438.00',
      'lambda.provisioned-duration.x86_64': '11.67',
      'api-gateway.rest.requests.tier-1': '10.50',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '47.25',
      'dynamodb.read-request-units': '9.00',
      'dynamodb.write-capacity': '9.49',
      'dynamodb.read-capacity': '2.37',
      'dynamodb.storage': '6.75',
      total: '563.06',
    });
    expect(noteOf(json, 'dynamodb.write-request-units')).toBe('37,800,000 WRU (entries: 3M writes × 12.6 WRU (9 KB item = 9 × 1 KB, 40% transactional ×2))');
    expect(noteOf(json, 'lambda.duration.arm64.tier-1')).toBe('1,800,000 GB-s');
    // The entries table's load spread evenly at 70%: 36M ÷ 2,628,000 ÷ 0.7 = 19.6, 20 RCU; 37.8M: 20.5, 21 WCU; 20 ×
    // 730 × $0.00013 + 21 × 730 × $0.00065 = $11.86 against $56.25.
    expect(json.warnings.find((w) => w.id === 'dynamodb_on_demand_over_provisioned')?.message).toContain(
      "on-demand requests cost $56.25 a month; provisioned capacity for the same load spread evenly over the month (20 RCU and 21 WCU, at the 70% utilization AWS's auto-scaling targets) would cost $11.86",
    );
  });

  it('27.2 with --no-free-tier: no free requests, GB-s, logs, capacity units or GB, $591.07', () => {
    // 4.5M × $0.20/M = $0.90; 600,000 GB-s × $0.0000166667 = $10.00; $24.00, $438.00, $11.67, $10.50 as before; logs 1.188
    // GB × $0.50 = $0.59, 2.1384 GB-months × $0.03 = $0.06; $9.00 and $47.25; 50 RCU × 730 × $0.00013 = $4.745 → $4.75;
    // 45 WCU × 730 × $0.00065 = $21.35; 52 GB × $0.25 = $13.00.
    const { status, json } = estimateJsonOf<JsonEstimate>([file, '--no-free-tier']);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '0.90',
      'lambda.duration.x86_64.tier-1': '10.00',
      'lambda.duration.arm64.tier-1': '24.00',
      'lambda.provisioned-concurrency.x86_64': '438.00',
      'lambda.provisioned-duration.x86_64': '11.67',
      'api-gateway.rest.requests.tier-1': '10.50',
      'lambda-logs.ingestion.tier-1': '0.59',
      'lambda-logs.storage': '0.06',
      'dynamodb.write-request-units': '47.25',
      'dynamodb.read-request-units': '9.00',
      'dynamodb.write-capacity': '21.35',
      'dynamodb.read-capacity': '4.75',
      'dynamodb.storage': '13.00',
      total: '591.07',
    });
    expect(json.warnings.map((w) => w.id)).not.toContain('free_tier_with_provisioned_concurrency');
  });
});

describe('a SAM template in Tokyo: two streams, a topic by protocol with SMS, a bus of 150 KB events', () => {
  const folder = `${FIXTURES}/3-sam-streams-topic-bus-tokyo`;

  it('27.3 PUT payload units, binary GB in and out, 64 KB chunks everywhere, SMS at the usage file’s price: $488.89', () => {
    // 10.2M − 1M × $0.20/M = $1.84; x86_64 65,000 GB-s free, arm64 500,000 − 335,000 × $0.0000133334 = $2.20; logs
    // free. Shards 3 × 730 × $0.0195 = $42.71; 50M × 2 = 100M units × $0.0215/M = $2.15; 730 × $0.052 = $37.96; 20M × 5
    // KB ÷ 1,048,576 = 95.3674 GB × $0.104 = $9.92, × 2 × $0.052 = $9.92. 2.4M publishes − 1M × $0.50/M = $0.70;
    // HTTPS 2.4M − 100,000 × $0.60/M = $1.38; email 29,000 × $20/M = $0.58; SMS 4,900 × $0.0745 = $365.05. SQS 1.2M
    // × 3 × 2 = 7.2M − 1M × $0.40/M = $2.48. EventBridge 4M × 3 = 12M × $1.00/M = $12.00.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'ap-northeast-1' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '1.84',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '2.20',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '2.48',
      'sns.publishes.tier-1': '0.70',
      'sns.deliveries.http.tier-1': '1.38',
      'sns.deliveries.email.tier-1': '0.58',
      'sns.deliveries.sqs.tier-1': '0.00',
      'sns.deliveries.sms.tier-1': '365.05',
      'eventbridge.custom-events': '12.00',
      'kinesis.on-demand.stream-hours': '37.96',
      'kinesis.on-demand.data-in': '9.92',
      'kinesis.on-demand.data-out': '9.92',
      'kinesis.provisioned.shard-hours': '42.71',
      'kinesis.provisioned.put-payload-units': '2.15',
      total: '488.89',
    });
    expect(noteOf(json, 'lambda.duration.arm64.tier-1')).toBe('500,000 GB-s − 335,000 free');
    expect(noteOf(json, 'kinesis.provisioned.put-payload-units')).toBe('100,000,000 units (ClickStream: 50,000,000 records of 30 KB × 2 units of 25 KB = 100,000,000 units)');
    // BusHandler at the account's 1,000 (50 ms): 52.56B runs beside the reader's 0.38 and the worker's 0.05, a demand
    // of 1,000.43: each serves 1,000 ÷ 1,000.43 of its runs. Requests $10,508.56, x86_64 $10,938.94, arm64 $6.66, logs
    // $7,596.20 + $1,471.19, stored $823.81, the rest $484.85: $31,830.21; reserved 134: $4,883.00, 135: $4,915.83.
    // QueueWorker at 1,000 (100 ms), 26.28B runs: $16,893.71; reserved 268: $4,884.74, 269: $4,901.14.
    expect(bombsOf(json)).toEqual({
      BusHandler: { worst: '31830.21', expected: '488.89', cappedBy: 'account_concurrency_limit', suggested: '134' },
      QueueWorker: { worst: '16893.71', expected: '488.89', cappedBy: 'account_concurrency_limit', suggested: '268' },
    });
  });
});

describe('a serverless.yml in Sydney whose resources: take usage per request of a diurnal month', () => {
  const folder = `${FIXTURES}/4-serverless-per-request-sydney`;

  it('27.4 a bucket and a table of its resources:, a bucket its s3 event creates: $295.39', () => {
    // 42M − 1M × $0.20/M = $8.20; arm64 700,000 + 3,600,000 − 400,000 GB-s × $0.0000133334 = $52.00; HTTP 40M × $1.29/M
    // = $51.60; logs 11.088 − 5 GB × $0.67 = $4.08, 19.9584 − 5 GB-months × $0.033 = $0.49. S3 3,300 GB × $0.025 =
    // $82.50; PUT 40M × 0.05 + 2M = 4M × $0.0055/1,000 = $22.00; GET 40M × 1.5 + 6M = 66M × $0.00044/1,000 = $29.04.
    // 40M strong reads of 6 KB × 2 = 80M RRU × $0.1425/M = $11.40; 8M writes × 6 = 48M WRU × $0.71/M = $34.08; 12 GB
    // of the free 25.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/serverless.yml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'ap-southeast-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '8.20',
      'lambda.duration.arm64.tier-1': '52.00',
      'api-gateway.http.requests.tier-1': '51.60',
      'lambda-logs.ingestion.tier-1': '4.08',
      'lambda-logs.storage': '0.49',
      'dynamodb.write-request-units': '34.08',
      'dynamodb.read-request-units': '11.40',
      'dynamodb.storage': '0.00',
      's3.storage.tier-1': '82.50',
      's3.put-requests': '22.00',
      's3.get-requests': '29.04',
      total: '295.39',
    });
    // Ten busy hours (7–16) at 2, the others 2 ÷ 7: 303 busy hours and 427 quiet, weights 728. A busy hour 109,890.1
    // requests: 61.05 RRU and 36.63 WRU a second ÷ 0.7 = 88 RCU and 53 WCU; a quiet hour 13 and 8. 32,215 RCU-hours ×
    // $0.000148 + 19,475 WCU-hours × $0.00074 = $19.18 against $45.48.
    expect(json.warnings.find((w) => w.id === 'dynamodb_on_demand_over_provisioned')?.message).toContain(
      "on-demand requests cost $45.48 a month; provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to 88 RCU and 53 WCU in the busiest hours) would cost $19.18",
    );
    // The API's function at the account's 1,000 (35 ms), 75.09B requests, the thumbnailer's 0.68 sharing the pool;
    // the HTTP API and the figures per request at every request: $288,025.05; a throttle of 273 a second: $2,951.05,
    // of 274: $2,961.23. The thumbnailer at 1,000 (900 ms), 2.92B runs: $71,435.30; reserved 38: $2,953.21, 39:
    // $3,024.45.
    expect(bombsOf(json)).toEqual({
      api: { worst: '288025.05', expected: '295.39', cappedBy: 'account_concurrency_limit', suggested: '273' },
      thumb: { worst: '71435.30', expected: '295.39', cappedBy: 'account_concurrency_limit', suggested: '38' },
    });
  });

  it('27.4 compared: Lambda $60.20, Cloud Run functions $99.95, Azure Consumption $49.40, and no Worker holds the thumbnailer', () => {
    // Cloud Run functions in us-central1: 40M × 100 ms × 0.333 vCPU + 2M × 0.9 s × 1 = 3,132,000 − 180,000 vCPU-s ×
    // $0.000024 = $70.85; × 0.5 GiB and × 2: 5,600,000 − 360,000 GiB-s × $0.0000025 = $13.10; 40M requests × $0.40/M =
    // $16.00. Azure: 40M × 100 ms × 128 MB + 2M × 0.9 s × 1,408 MB = 2,975,000 − 400,000 GB-s × $0.000016 = $41.20; 41M
    // × $0.20/M = $8.20. Workers: 1,400 MB used is over an isolate's 128.
    const { status, json } = estimateJsonOf<JsonEstimate & { compare: JsonCompare }>([
      `${folder}/serverless.yml`,
      '--usage',
      `${folder}/usage.yaml`,
      '--compare',
      'gcp,azure,cloudflare',
    ]);
    expect(status).toBe(0);
    expect(json.platforms['serverless']!.monthly_usd).toBe('295.39');
    expect(Object.fromEntries(Object.entries(json.compare.providers).map(([id, bill]) => [id, bill.monthly_usd === null ? null : jsonBill(bill)]))).toEqual({
      aws: { 'lambda.requests': '8.20', 'lambda.duration.arm64.tier-1': '52.00', total: '60.20' },
      gcp: { 'run-functions.cpu': '70.85', 'run-functions.memory': '13.10', 'run-functions.requests': '16.00', total: '99.95' },
      azure: { 'functions.consumption.executions': '8.20', 'functions.consumption.execution-time': '41.20', total: '49.40' },
      cloudflare: null,
    });
    expect(json.compare.providers['cloudflare']!.does_not_fit).toEqual([{ function: 'thumb', reason: "1,400 MB of memory used is over an isolate's 128 MB" }]);
    expect(json.compare.cheapest).toBe('azure');
  });
});

describe('an outlook in Seoul whose Lambda logs cross their bands', () => {
  const file = `${FIXTURES}/5-scenario-outlook-log-bands-seoul/scenario.yaml`;

  it('27.5 11,275.2 GB of logs in month 1, 30,939.1 in month 4, over the $20,000 median budget there: exit 1', () => {
    // 1.8B − 1M × $0.20/M = $359.80; 2,700,000 − 400,000 GB-s × $0.0000133334 = $30.67; logs 1.8B × 6,264 B =
    // 11,275.2 GB: 10,000 − 5 × $0.76 = $7,596.20, 1,275.2 × $0.38 = $484.58; stored 11,275.2 × 0.15 × 7 ÷ (365 / 12)
    // = 389.23 − 5 GB-months × $0.0314 = $12.06; SQS 5.4B − 1M × $0.40/M = $2,159.60.
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless P50 $22,380.06 a month of $20,000.00, $2,380.06 over in month 4, the first of the 4 months to be over it');
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'ap-northeast-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '359.80',
      'lambda.duration.arm64.tier-1': '30.67',
      'lambda-logs.ingestion.tier-1': '7596.20',
      'lambda-logs.ingestion.tier-2': '484.58',
      'lambda-logs.storage': '12.06',
      'sqs.standard.requests.tier-1': '2159.60',
      total: '10642.91',
    });
    expect(noteOf(json, 'lambda-logs.ingestion.tier-2')).toBe('1,275.2 GB (1,800,000,000 invocations × 6,264 B)');
    // Month 2: logs 15,785.28 GB ($7,596.20 + $2,198.41): $13,384.03. Month 3: 22,099.392 GB: $17,221.60. Month 4:
    // 30,939.1488 GB, 939.1488 in the third band × $0.152 = $142.75: $22,380.06.
    expect(json.ranges!.outlook.months.map((m) => [m.month, m.requests_per_month.p50, m.platforms['serverless']!.p50_usd])).toEqual([
      [1, '1800000000', '10642.91'],
      [2, '2520000000', '13384.03'],
      [3, '3528000000', '17221.60'],
      [4, '4939200000', '22380.06'],
    ]);
    expect(json.budget!.status).toBe('over');
    expect(json.budget!.checks).toEqual([expect.objectContaining({ platform: 'serverless', monthly_usd: '22380.06', excess_usd: '2380.06', month: 4 })]);
  });
});
