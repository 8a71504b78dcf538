// Whole serverless architectures, sixteenth batch: eight bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2024-02-01.yaml in ap-northeast-2; pricing/aws/2025-10-08.yaml in
// us-east-1, us-west-2, eu-west-1, eu-west-2, eu-central-1, ap-northeast-2, ap-southeast-1 and ap-south-1;
// pricing/gcp, azure and cloudflare 2026-12-05.yaml) and the rules of README.md, docs/ranges.md, docs/providers.md
// and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-16/derivations.py prints every line, the change and every month) and committed
// before slcost was run on them; every bill agreed with slcost to the cent, line by line, when first priced. Every
// line is rounded to the cent, halves up; a total is the sum of its lines. This batch leans on what the first fifteen
// touched least together: one file diffed across a table without a region's log prices and the newest, provisioned
// concurrency on both architectures beside HTTP requests metered in two 512 KB steps past the 300M band; three
// Express machines rounded to 100 ms and 64 MB crossing both duration bands; Kinesis in both modes for part of the
// month beside provisioned DynamoDB tables; 55,000 GB of Lambda logs through all four bands and 157,356 GB sent
// out through all four data-transfer bands; SNS across every protocol with two SMS prices; the functions on a Tier 2
// Cloud Run region, Flex Consumption with two always-ready instances and Workers; an outlook growing through the
// Express bands under a median budget; a REST API against a fleet on a three-year Savings Plan, and where they cross.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first, never the provisioned rates; provisioned concurrency count × GB × hours × 3,600 s, and its
//   invocations (stated) at the provisioned duration rate; ephemeral storage above 512 MB on every billed second.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored
//   × 0.15 × retention_days ÷ (365 / 12) months, 12 when never expiring; the stated logs take the free 5 GB and 5
//   GB-months first; the Lambda log bands end at 10,000, 30,000 and 50,000 GB.
// - Step Functions Express: each execution rounded up to 100 ms and its memory to 64 MB (64 MB when not given), GB of
//   1,024 MB, all machines banded together at 3.6M and 18M GB-s. Standard: one transition per state entered, a
//   Parallel's every branch, a Map's processor map_iterations times, a Choice the branch `choices` names, retries.
// - Kinesis: records rounded up to 1 KB of 1,024 B, GB of 1,048,576 KB; PUT payload units of 25 KB; hours_per_month
//   the hours a stream exists. DynamoDB: the 25 RCU, 25 WCU, 25 GB and 2.5M stream reads off the sums over all tables.
// - Data transfer: the free 100 GB first, then the bands at 10,240, 51,200 and 153,600 GB; between zones each way.
// - SNS: each 64 KB a publish; deliveries per message; the free publishes and deliveries the account's, over every
//   topic; SMS a line per price in the order first named, the free 100 to the first. SQS: 64 KB chunks × the calls a
//   message; the free million to standard first. EventBridge: 64 KB chunks.
// - Comparison: the functions only. Cloud Run: the instance size's vCPU and GiB, 100 ms steps, a request's time
//   divided by the requests served at once, the free tier worth Tier 1's dollars. Flex: 1,000 ms at least then 100
//   ms steps, shared by the requests at once; the always-ready instances take the work first, up to every second of
//   the month; the executions split in the same proportion. Workers: $5 with 10M requests and 30M CPU-ms.
// - Outlook: month m has (1 + g/100)^(m − 1) times month 1's requests and every per-request figure with them.
// - Break-even: every request count in proportion; a fleet of max(min, ceil(requests a second ÷ capacity)) in each
//   hour, its commitment the floor at the plan's rate; the load balancer's capacity units each hour the larger of new
//   connections a second ÷ 25 and GB processed (KB of 1,024 B); the crossing to the nearest whole request.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, jsonBill, serverlessBill, type JsonBill } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-16';

const bill = (file: string): Record<string, string> => serverlessBill(fixtureScenario(FIXTURES, file));

interface JsonDiff {
  readonly base: { readonly pricing: string };
  readonly head: { readonly pricing: string };
  readonly platforms: readonly {
    readonly platform: string;
    readonly base_usd: string;
    readonly head_usd: string;
    readonly delta_usd: string;
    readonly delta_pct: string | null;
    readonly line_items: readonly {
      readonly id: string;
      readonly base_usd: string;
      readonly head_usd: string;
      readonly delta_usd: string;
      readonly delta_pct: string | null;
    }[];
  }[];
}

interface JsonCrossover {
  readonly platforms: readonly string[];
  readonly requests_per_month: string;
  readonly cheaper_above: string;
}

interface JsonEstimate {
  readonly platforms: Readonly<Record<string, JsonBill>>;
  readonly budget: unknown;
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
  readonly ranges: {
    readonly outlook: {
      readonly months: readonly {
        readonly month: number;
        readonly requests_per_month: { readonly p50: string };
        readonly platforms: Readonly<Record<string, { readonly p50_usd: string }>>;
      }[];
    };
  } | null;
  readonly compare?: { readonly cheapest: string; readonly providers: Readonly<Record<string, JsonBill>> };
}

describe('a diff across tables, and the services in five regions', () => {
  it('16.1 a warm booking API in Seoul, diffed aws-2024-02-01 → aws-2025-10-08: $1,660.79 → $1,730.13', () => {
    // Both sides: 340M requests − 1M × $0.20/M = $67.80. search arm64 2,048 MB, 45.3 → 46 ms: 100M stated on its 20
    // environments, 9,200,000 GB-s × $0.0000095674 = $88.02; 220M on demand, 20,240,000 GB-s × $0.0000133334 =
    // $269.87; configured 20 × 2 GB × 2,628,000 s = 105,120,000 GB-s × $0.0000041003 = $431.02. book x86_64 1,024
    // MB: 5 environments × 300 h = 5,400,000 GB-s × $0.0000051254 = $27.68; 6M stated at 110 ms = 660,000 GB-s ×
    // $0.0000119592 = $7.89; 14M on demand at 120 ms = 1,680,000 − 400,000 GB-s × $0.0000166667 = $21.33.
    // Ephemeral: 320M × 0.046 s × 1.5 GB = 22,080,000 GB-s × $0.0000000352 = $0.78. HTTP: 600 KB = 2 steps, 640M
    // metered: 300M × $1.23 = $369.00, 340M × $1.11 = $377.40. Base: no CloudWatch Logs prices in ap-northeast-2 on
    // aws-2024-02-01, so no log lines (lambda_logs_not_priced). Head: 340M × 264 B = 89.76 − 5 GB × $0.76 = $64.42;
    // 161.568 − 5 GB-months × $0.0314 = $4.92. +$69.34, 69.34 ÷ 1,660.79 = +4.18%.
    const result = runCli(['diff', `${FIXTURES}/1-seoul-warm-across-versions.yaml`, '--pricing-base', 'aws-2024-02-01', '--pricing', 'aws-2025-10-08', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('lambda_logs_not_priced');
    const json = JSON.parse(result.stdout) as JsonDiff;
    expect([json.base.pricing, json.head.pricing]).toEqual(['aws-2024-02-01', 'aws-2025-10-08']);
    const serverless = json.platforms.find((platform) => platform.platform === 'serverless')!;
    expect({
      ...Object.fromEntries(serverless.line_items.map((line) => [line.id, [line.base_usd, line.head_usd, line.delta_usd, line.delta_pct]])),
      total: [serverless.base_usd, serverless.head_usd, serverless.delta_usd, serverless.delta_pct],
    }).toEqual({
      'lambda.requests': ['67.80', '67.80', '0.00', '0'],
      'lambda.duration.x86_64.tier-1': ['21.33', '21.33', '0.00', '0'],
      'lambda.duration.arm64.tier-1': ['269.87', '269.87', '0.00', '0'],
      'lambda.provisioned-concurrency.x86_64': ['27.68', '27.68', '0.00', '0'],
      'lambda.provisioned-duration.x86_64': ['7.89', '7.89', '0.00', '0'],
      'lambda.provisioned-concurrency.arm64': ['431.02', '431.02', '0.00', '0'],
      'lambda.provisioned-duration.arm64': ['88.02', '88.02', '0.00', '0'],
      'lambda.ephemeral-storage': ['0.78', '0.78', '0.00', '0'],
      'api-gateway.http.requests.tier-1': ['369.00', '369.00', '0.00', '0'],
      'api-gateway.http.requests.tier-2': ['377.40', '377.40', '0.00', '0'],
      'lambda-logs.ingestion.tier-1': ['0.00', '64.42', '64.42', null],
      'lambda-logs.storage': ['0.00', '4.92', '4.92', null],
      total: ['1660.79', '1730.13', '69.34', '4.18'],
    });
  });

  it('16.2 order workflows in Frankfurt: three Express machines across both bands and a Standard one inline: $485.50', () => {
    // steps arm64 512 MB 85 ms × 2M: 2M − 1M × $0.20/M = $0.20; 85,000 GB-s, free; logs 1.128 GB and 0.1669
    // GB-months (30 days), free. fulfilment: Receive, Split + [Reserve, EachLine + 3.5 × (Pick, Pack)] + [Charge],
    // Paid? (Ship), Ship, Settle, Done = 16 + 0.3 retries: 6,520,000 − 4,000 × $0.025/1,000 = $162.90. Express: 90M ×
    // $1.00/M = $90.00; enrich 30M × 900 ms × 1,024 MB = 27,000,000 GB-s, validate 50M × 200 ms × 128 MB = 1,250,000,
    // ingest 10M × 2,000 ms × 64 MB = 1,250,000: 29,500,000 GB-s. 3,600,000 × $0.00001667 = $60.012, $60.01;
    // 14,400,000 × $0.00000833 = $119.952, $119.95; 11,500,000 × $0.00000456 = $52.44.
    expect(bill('2-frankfurt-express-bands.yaml')).toEqual({
      'lambda.requests': '0.20',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '162.90',
      'step-functions.express.requests': '90.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '119.95',
      'step-functions.express.duration.tier-3': '52.44',
      total: '485.50',
    });
  });

  it('16.3 streams in Mumbai: Kinesis in both modes for part of the month, provisioned tables past the free: $178.64', () => {
    // consumer x86_64 1,024 MB 250 ms × 3M: $0.40; 750,000 − 400,000 GB-s × $0.0000166667 = $5.83; 0.3 GB at WARN,
    // free. events: 20M writes of 2.5 KB × 3 WRU × $0.71/M = $42.60; 10M strong reads × 1 RRU × $0.1425/M = $1.425,
    // halves up $1.43. Provisioned 40 + 5 − 25 WCU × 730 × $0.00074 = $10.80; 60 + 10 − 25 RCU × 730 × $0.000148 =
    // $4.8618, $4.86; 30 + 8 + 12 − 25 GB × $0.285 = $7.125, $7.13. ledger's stream read by another consumer: 4M −
    // 2.5M = 15 × 100,000 × $0.0228 = $0.342, $0.34; events' by Lambda free. clicks: 500 h × $0.0517 = $25.85; 80M
    // records of 0.3 → 1 KB = 76.2939 GB × $0.1023 = $7.80 in, × 2 consumers × $0.0517 = $7.89 out, × $0.0638 =
    // $4.87 by enhanced fan-out. 4 × 730 + 2 × 200 = 3,320 shard-hours × $0.0175 = $58.10; 30M × 1 (25 KB) + 5M × 2
    // (25.5 KB) = 40M PUT payload units × $0.0185/M = $0.74.
    expect(bill('3-mumbai-streams.yaml')).toEqual({
      'lambda.requests': '0.40',
      'lambda.duration.x86_64.tier-1': '5.83',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '42.60',
      'dynamodb.read-request-units': '1.43',
      'dynamodb.write-capacity': '10.80',
      'dynamodb.read-capacity': '4.86',
      'dynamodb.storage': '7.13',
      'dynamodb.stream-read-request-units': '0.34',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'kinesis.on-demand.stream-hours': '25.85',
      'kinesis.on-demand.data-in': '7.80',
      'kinesis.on-demand.data-out': '7.89',
      'kinesis.on-demand.efo-data-out': '4.87',
      'kinesis.provisioned.shard-hours': '58.10',
      'kinesis.provisioned.put-payload-units': '0.74',
      total: '178.64',
    });
  });

  it('16.4 a rendering API in Singapore through every log band and every data-transfer band: $33,477.77', () => {
    // 500M requests − 1M × $0.20/M = $99.80; x86_64 512 MB 60 ms: 15,000,000 − 400,000 GB-s × $0.0000166667 =
    // $243.33. REST 333M × $4.25 = $1,415.25, 167M × $3.53 = $589.51. Stated logs (Infrequent Access, 90 days) 40 − 5
    // GB × $0.35 = $12.25, 17.7534 − 5 GB-months × $0.03 = $0.38. The function's 500M × 110,000 B = 55,000 GB:
    // 10,000 × $0.70 = $7,000.00, 20,000 × $0.35 = $7,000.00, 20,000 × $0.14 = $2,800.00, 5,000 × $0.07 = $350.00;
    // kept 3 days, 813.6986 GB-months × $0.03 = $24.41. Out: 500M × 330 KB ÷ 2^20 = 157,356.2622 − 100 free GB:
    // 10,240 × $0.12 = $1,228.80, 40,960 × $0.085 = $3,481.60, 102,400 × $0.082 = $8,396.80, 3,656.2622 × $0.08 =
    // $292.50; 2,000 GB to another region × $0.09 = $180.00; 5,000 GB between zones × 2 × $0.01 = $100.00. Two NAT
    // gateways 1,460 h × $0.059 = $86.14, 3,000 GB × $0.059 = $177.00.
    expect(bill('4-singapore-egress-log-bands.yaml')).toEqual({
      'lambda.requests': '99.80',
      'lambda.duration.x86_64.tier-1': '243.33',
      'api-gateway.rest.requests.tier-1': '1415.25',
      'api-gateway.rest.requests.tier-2': '589.51',
      'lambda-logs.ingestion.tier-1': '7000.00',
      'lambda-logs.ingestion.tier-2': '7000.00',
      'lambda-logs.ingestion.tier-3': '2800.00',
      'lambda-logs.ingestion.tier-4': '350.00',
      'lambda-logs.storage': '24.41',
      'cloudwatch-logs.ingestion.infrequent-access': '12.25',
      'cloudwatch-logs.storage': '0.38',
      'nat-gateway.hours': '86.14',
      'nat-gateway.data-processed': '177.00',
      'data-transfer.internet-out.tier-1': '1228.80',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '8396.80',
      'data-transfer.internet-out.tier-4': '292.50',
      'data-transfer.inter-region': '180.00',
      'data-transfer.cross-az': '100.00',
      total: '33477.77',
    });
  });

  it('16.5 notifications in London: three topics over every protocol, two SMS prices: $1,460.97', () => {
    // notifier arm64 256 MB 40 ms × 3M: $0.40; 30,000 GB-s and 1.392 GB of logs (14 days), free. SQS: 9M messages of
    // 130 KB × 3 chunks × 3 calls = 81M − 1M × $0.40/M = $32.00; FIFO 1.5M of 150 KB × 3 × 2 calls = 9M × $0.50/M =
    // $4.50. SNS publishes: 3M × 3 (130 KB) + 200,000 + 1M = 10.2M − 1M × $0.50/M = $4.60; HTTPS 3M × 2 + 1M = 7M −
    // 100,000 × $0.60/M = $4.14; email 53,000 − 1,000 × $20/M = $1.04; mobile push 400,000 × $0.67/M = $0.268,
    // $0.27; Firehose 2M × $0.234/M = $0.468, $0.47; SQS and Lambda $0. SMS at $0.0395 (orders, then audit): 25,000 −
    // 100 × $0.0395 = $983.55; at $0.052 (alerts) 8,000 = $416.00. EventBridge 70 KB = 2 chunks: 10M custom = $10.00,
    // 4M partner = $4.00.
    expect(bill('5-london-notifications.yaml')).toEqual({
      'lambda.requests': '0.40',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '32.00',
      'sqs.fifo.requests.tier-1': '4.50',
      'sns.publishes.tier-1': '4.60',
      'sns.deliveries.http.tier-1': '4.14',
      'sns.deliveries.email.tier-1': '1.04',
      'sns.deliveries.firehose.tier-1': '0.47',
      'sns.deliveries.mobile-push.tier-1': '0.27',
      'sns.deliveries.sqs.tier-1': '0.00',
      'sns.deliveries.lambda.tier-1': '0.00',
      'sns.deliveries.sms.tier-1': '983.55',
      'sns.deliveries.sms.price-2.tier-1': '416.00',
      'eventbridge.custom-events': '10.00',
      'eventbridge.partner-events': '4.00',
      total: '1460.97',
    });
  });
});

describe('the functions compared, an outlook through the Express bands, and a fleet against an API', () => {
  it('16.6 an API and a thumbnailer: Lambda $212.86, Cloud Run (Tier 2) $97.26, Flex $277.23, Workers $54.20', () => {
    // Serverless: 32M − 1M × $0.20/M = $6.20; api 30M × 180 ms × 2 GB = 10,800,000 − 400,000 GB-s × $0.0000166667 =
    // $173.33; thumbnail 2M × 1.25 s × 1 GB = 2,500,000 GB-s × $0.0000133334 = $33.33; logs 8.448 − 5 GB × $0.50 =
    // $1.72, 15.2064 − 5 GB-months × $0.03 = $0.31: $214.89. Lambda's column is its lambda lines: $212.86.
    // Cloud Run, asia-southeast1 (Tier 2): api 2 GiB / 1 vCPU, 200 ms ÷ 8 at once = 25 ms; thumbnail 1 GiB / 0.583
    // vCPU, 1,300 ms: 2,265,800 vCPU-s × $0.0000336 − the free $4.32 = $71.81; 4,100,000 GiB-s × $0.0000035 − $0.90 =
    // $13.45; 30M requests × $0.40/M = $12.00. Flex, 2,048 MB, 2 always ready: api 1,000 ms ÷ 8 = 0.125 s, thumbnail
    // 1.3 s: 6,350,000 instance-seconds, 5,256,000 always ready: baseline 2 × 2 GB × 2,628,000 s × $0.000004 =
    // $42.05, executing 10,512,000 GB-s × $0.000016 = $168.19, 26,486,929 executions × $0.40/M = $10.59; on demand
    // 2,188,000 − 100,000 GB-s × $0.000026 = $54.29, 5,513,071 − 250,000 executions × $0.40/M = $2.11. Workers: $5.00;
    // 22M requests × $0.30/M = $6.60; 360M + 1,800M − 30M CPU-ms × $0.02/M = $42.60.
    expect(bill('6-compare-tier-2-flex-workers.yaml')).toEqual({
      'lambda.requests': '6.20',
      'lambda.duration.x86_64.tier-1': '173.33',
      'lambda.duration.arm64.tier-1': '33.33',
      'lambda-logs.ingestion.tier-1': '1.72',
      'lambda-logs.storage': '0.31',
      total: '214.89',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/6-compare-tier-2-flex-workers.yaml`]);
    expect(status).toBe(0);
    const providers = json.compare!.providers;
    expect(jsonBill(providers['aws']!)).toEqual({
      'lambda.requests': '6.20',
      'lambda.duration.x86_64.tier-1': '173.33',
      'lambda.duration.arm64.tier-1': '33.33',
      total: '212.86',
    });
    expect(jsonBill(providers['gcp']!)).toEqual({ 'run-functions.cpu': '71.81', 'run-functions.memory': '13.45', 'run-functions.requests': '12.00', total: '97.26' });
    expect(jsonBill(providers['azure']!)).toEqual({
      'functions.flex.on-demand.executions': '2.11',
      'functions.flex.on-demand.execution-time': '54.29',
      'functions.flex.always-ready.baseline': '42.05',
      'functions.flex.always-ready.execution-time': '168.19',
      'functions.flex.always-ready.executions': '10.59',
      total: '277.23',
    });
    expect(jsonBill(providers['cloudflare']!)).toEqual({ 'workers.plan': '5.00', 'workers.requests': '6.60', 'workers.cpu': '42.60', total: '54.20' });
    expect(json.compare!.cheapest).toBe('cloudflare');
  });

  it('16.7 a telemetry pipeline in Oregon growing 60% a month: $111.67 to $615.61, over a $400 median budget in month 5', () => {
    // Month m: n = 20M × 1.6^(m − 1). collector arm64 256 MB 25 ms: n × 0.00625 GB-s; 50 B at WARN, 1 day. normalise:
    // 420 → 500 ms × 300 → 320 MB = 0.15625 GB-s an execution. telemetry 730 h × $0.04 = $29.20; n × 2 KB in GB of
    // 1,048,576 KB × $0.08 in, × $0.04 out. alerts 0.1 × 3 calls − 1M × $0.40/M.
    // Month 1, 20M: $3.80; 125,000 GB-s free; 1 GB of logs free; $2.00; $20.00; 3,125,000 GB-s × $0.00001667 =
    // $52.09; $29.20; 38.147 GB: $3.05, $1.53: $111.67.
    // Month 2, 32M: $6.20; $3.44; $32.00; 5,000,000 GB-s: $60.01 + 1,400,000 × $0.00000833 = $11.66; $29.20, $4.88,
    // $2.44: $149.83. Month 3, 51.2M: $10.04, $5.74, $51.20, $60.01 + $36.65, $29.20, $7.81, $3.91: $204.56.
    // Month 4, 81.92M: $16.18; 512,000 − 400,000 GB-s × $0.0000133334 = $1.49; $9.43; $81.92; $60.01 + $76.64;
    // $29.20, $12.50, $6.25: $293.62.
    // Month 5, 131.072M: $26.01; $5.59; 6.5536 − 5 GB × $0.50 = $0.78; $15.33; $131.07; 20,480,000 GB-s: $60.01 +
    // $119.95 + 2,480,000 × $0.00000456 = $11.31; $29.20, $20.00, $10.00: $429.25, $29.25 over, the first month over.
    // Month 6, 209.7152M: $41.74, $12.14, $2.74, $24.77, $209.72, $60.01 + $119.95 + $67.34, $29.20, $32.00, $16.00:
    // $615.61.
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/7-oregon-growing-express.yaml`]);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless P50 $429.25 a month of $400.00, $29.25 over in month 5, the first of the 6 months to be over it');
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '3.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '2.00',
      'step-functions.express.requests': '20.00',
      'step-functions.express.duration.tier-1': '52.09',
      'kinesis.on-demand.stream-hours': '29.20',
      'kinesis.on-demand.data-in': '3.05',
      'kinesis.on-demand.data-out': '1.53',
      total: '111.67',
    });
    expect(json.ranges!.outlook.months.map((m) => [m.month, m.requests_per_month.p50, m.platforms['serverless']!.p50_usd])).toEqual([
      [1, '20000000', '111.67'],
      [2, '32000000', '149.83'],
      [3, '51200000', '204.56'],
      [4, '81920000', '293.62'],
      [5, '131072000', '429.25'],
      [6, '209715200', '615.61'],
    ]);
    expect(json.budget).toEqual({
      status: 'over',
      monthly_usd: '400.00',
      checks: [{ platform: 'serverless', budget_usd: '400.00', monthly_usd: '429.25', excess_usd: '29.25', status: 'over', percentile: 50, month: 5, months: 6 }],
    });
  });

  it('16.8 a REST API in Ireland: $56.65 against a committed fleet at $111.89, crossing at 28,127,625 requests', () => {
    // Serverless at 15M: 14M × $0.20/M = $2.80; 375,000 GB-s (512 MB, 50 ms, arm64), free; REST 15M × $3.50/M =
    // $52.50; logs 15M × 464 B = 6.96 − 5 GB × $0.57 = $1.12, 12.528 − 5 GB-months (never expiring) × $0.03 = $0.23.
    // EC2: 5.71 requests a second, the minimum 3 c7g.large, the commitment the whole floor: 3 × $0.0775 × 50% × 730 h
    // = $84.8625, $84.86; the load balancer 730 h × $0.0252 = $18.40; N ÷ 25 new connections a second (above 10 KB
    // processed, N ÷ 76.5M) = 166.67 LCU-hours × $0.008 = $1.33; two addresses $7.30.
    // The crossing: past the last free allowance (the GB-seconds, at 16M) and while the fleet is 3 (to 3,153.6M),
    // serverless is $4.322871 a million less $8.53336, the fleet $110.5585 + $0.088889 a million: equal at
    // 28,127,624.75 → 28,127,625; the fleet is the cheaper above it.
    expect(billsOf(fixtureScenario(FIXTURES, '8-dublin-rest-against-ec2.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '2.80',
        'lambda.duration.arm64.tier-1': '0.00',
        'api-gateway.rest.requests.tier-1': '52.50',
        'lambda-logs.ingestion.tier-1': '1.12',
        'lambda-logs.storage': '0.23',
        total: '56.65',
      },
      ec2: {
        'ec2.savings-plan-commitment': '84.86',
        'load-balancer.hours': '18.40',
        'load-balancer.lcu': '1.33',
        'load-balancer.public-ipv4': '7.30',
        total: '111.89',
      },
    });
    const result = runCli(['breakeven', `${FIXTURES}/8-dublin-rest-against-ec2.yaml`, '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { crossovers: JsonCrossover[] }).crossovers).toEqual([
      { platforms: ['serverless', 'ec2'], requests_per_month: '28127625', cheaper_above: 'ec2' },
    ]);
  });
});
