// Whole serverless architectures, twenty-second batch: six bills derived by hand from the published pricing facts,
// the unit prices of the shipped tables (pricing/aws/2025-10-08.yaml in us-east-1 and eu-west-1;
// pricing/aws/2024-02-01.yaml and pricing/aws/2024-11-01.yaml in us-east-1) and the rules of README.md,
// docs/architecture.md ("The break-even solver") and docs/services/*.md, before slcost priced them. The derivations
// were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-22/derivations.py prints every line)
// and each was committed before slcost was run on it. All six agreed with slcost to the cent, line by line, when first
// priced, with the crossover, the diff's changes and percents, and the figures of the DynamoDB and Step Functions
// warnings. Two slips were the fixtures' and the derivation's, not slcost's: 22.1's ASL file first had a JSONPath
// with brackets unquoted inside a YAML flow mapping, which YAML refuses (slcost said so, at the line and column), and
// 22.6's derivation expected no transitions_assumed warning for a Choice whose Default the walk takes, where the
// docs' warning is for any branch of a Choice the walk assumes. Every line is rounded to the cent, halves up; a total
// is the sum of its lines. No function names a runtime, so no INIT phase is priced.
//
// New ground: a scenario's state machine read from an ASL file written in YAML (definition_file:), its Parallel
// branches, a Choice's second rule by choices, a Map's iterations and a retry inside it; a serverless.yml whose
// function runs on one schedule event's list of expressions (the last day of the month, the weekday nearest the
// 15th, every six hours) beside a queue and a provisioned table with a stream in its resources, with the free tier on
// and off; the diff of the table of 2024-02-01 to that of 2024-11-01 on every platform, with EC2 on a Savings Plan
// and Fargate Spot; a crossover with a fleet on a Savings Plan whose commitment is given, its second instance partly
// on demand; provisioned streams and two provisioned tables sharing the free capacity units in Ireland, with the free
// tier on and off; and the figures of cheaper_as_express and cheaper_as_standard, from JSON ASL files.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first. Every function writes 264 B of START/END/REPORT an invocation, with logs: or without.
// - Logs: GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12) months, 12 when never expiring; 5 GB and 5
//   GB-months free. SQS: 3 requests a message, 64 KB chunks, 1M free. DynamoDB: 4 KB read units halved when
//   eventual, 1 KB write units, transactional × 2; 25 GB, 25 RCU and 25 WCU (one pool for every table), 2.5M stream
//   reads by readers other than Lambda, free. Step Functions Standard: one transition per state entered, retries
//   given per execution; 4,000 free. Data out: the free 100 GB first.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonLine } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-22';

interface JsonWarning {
  readonly id: string;
  readonly message: string;
}

interface JsonEstimate {
  readonly platforms: Readonly<Record<string, { readonly monthly_usd: string | null; readonly line_items: readonly (JsonLine & { readonly note?: string | null })[] }>>;
  readonly warnings: readonly JsonWarning[];
}

interface JsonDiff {
  readonly platforms: readonly {
    readonly platform: string;
    readonly base_usd: string;
    readonly head_usd: string;
    readonly delta_usd: string;
    readonly delta_pct: string | null;
    readonly line_items: readonly { readonly id: string; readonly base_usd: string; readonly head_usd: string; readonly delta_usd: string; readonly delta_pct: string | null }[];
  }[];
}

const messagesOf = (json: JsonEstimate, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

const noteOf = (json: JsonEstimate, line: string): string | null | undefined => json.platforms['serverless']!.line_items.find((item) => item.id === line)?.note;

describe('state machines counted from ASL files of their own', () => {
  it('22.1 N. Virginia returns: a Standard saga from a YAML definition_file, 14.4 transitions an execution, aws-2025-10-08: $181.49', () => {
    // The saga (1-returns-saga.asl.yaml), one transition per state entered: Validate 1; Checks (Parallel) 1 +
    // FraudScore, Cooling + StockCheck = 4; Route (Choice) 1, its second rule by choices, to RefundEach (Map) 1 + 2.5
    // iterations × (Refund, Restock) = 6; Notify 1; Done (Succeed) 1: 14, and the retries given per execution, Validate
    // 0.1 + Refund 0.3 (inside the Map, still per execution): 14.4. ManualReview and RefundOne are not entered.
    // 0.02 × 20M = 400,000 executions × 14.4 = 5,760,000 − 4,000 free × $0.025 / 1,000 = $143.90.
    // api arm64 512 MB 35 ms × 20M = 350,000 GB-s; inspect x86_64 1,024 MB 250 ms × 840,000 = 210,000 and refund
    // x86_64 256 MB 120 ms × 1,120,000 = 33,600, free, x86_64 first; 350,000 − the 156,400 left × $0.0000133334 =
    // $2.581346; 21.96M − 1M × $0.20/M = $4.192; HTTP 20M × $1.00/M = $20.00. Logs 20M × 500 B + 840,000 × 1,000 B +
    // 1,120,000 × 264 B = 11.13568 − 5 GB × $0.50 = $3.06784; stored 1.35 GB-months, free. returns: 400,000 writes of
    // 6 KB × 6 WRU = 2.4M × $0.625/M = $1.50; 20M eventual reads × ceil(6 ÷ 4) × 0.5 = 20M RRU × $0.125/M = $2.50;
    // 40 − 25 GB × $0.25 = $3.75.
    expect(serverlessBill(fixtureScenario(FIXTURES, '1-virginia-returns-saga.yaml'))).toEqual({
      'lambda.requests': '4.19',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '2.58',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '3.07',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '1.50',
      'dynamodb.read-request-units': '2.50',
      'dynamodb.storage': '3.75',
      'step-functions.standard.transitions.tier-1': '143.90',
      total: '181.49',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/1-virginia-returns-saga.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'step-functions.standard.transitions.tier-1')).toBe(
      '5,760,000 transitions (returns-saga: 400,000 executions × 14.4 transitions counted from its definition) − 4,000 free',
    );
    // Every branch, iteration and retry was given: nothing assumed. The duration is not given, so no comparison with
    // Express; the table's requests cost $4.00, under the $5 a saving must reach to be said.
    expect(json.warnings.map((w) => w.id).filter((id) => id !== 'cost_bomb')).toEqual([]);
  });

  it('22.6 N. Virginia exports: a Standard machine cheaper as Express and an Express one cheaper as Standard, from JSON files: $436.69', () => {
    // nightly-report (6-nightly-report.asl.json): Load 1; Shard (Map) 1 + 12 × (Render, Compress, Store) = 37;
    // Publish 1; Render's 1 retry an execution: 40. 300,000 × 40 = 12M − 4,000 free × $0.025 / 1,000 = $299.90.
    // poll-export (6-poll-export.asl.json), Express: 50,000 × $1/M = $0.05; 240,000 ms in 100 ms steps × 512 MB =
    // 120 GB-s an execution, 6,000,000 GB-s: 3,600,000 × $0.00001667 = $60.012 and 2,400,000 × $0.00000833 = $19.992.
    // api x86_64 512 MB 100 ms × 3M = 150,000 GB-s, free; report arm64 1,024 MB 300 ms × 4,350,000 (300,000 × Load,
    // 12 Renders and a retry; 50,000 × Start, Snapshot, Fetch) = 1,305,000 − the 250,000 left × $0.0000133334 =
    // $14.066737; 7.35M − 1M × $0.20/M = $1.27; REST 3M × $3.50/M = $10.50; logs 7.35M × 264 B = 1.94 GB and 3.49
    // GB-months, free. exports: 500 GB × $0.023 = $11.50; 3.8M PUTs × $0.005 / 1,000 = $19.00; 1M GETs × $0.0004 /
    // 1,000 = $0.40.
    expect(serverlessBill(fixtureScenario(FIXTURES, '6-virginia-exports-each-other-way.yaml'))).toEqual({
      'lambda.requests': '1.27',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '14.07',
      'api-gateway.rest.requests.tier-1': '10.50',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      's3.storage.tier-1': '11.50',
      's3.put-requests': '19.00',
      's3.get-requests': '0.40',
      'step-functions.standard.transitions.tier-1': '299.90',
      'step-functions.express.requests': '0.05',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '19.99',
      total: '436.69',
    });
    // What each machine adds, the free tier aside (docs/services/step-functions.md, "Warnings"): nightly-report as
    // Express, 300,000 × $1/M + 300,000 × 2 s × 64 MB (the memory assumed) ÷ 1,024 = 37,500 GB-s, in the second band
    // above poll-export's 6,000,000 GB-s, × $0.00000833 = $0.612375, $0.61 (priced alone in the first band it was
    // $0.93, as the derivation first had it), against its $300.00; poll-export as Standard, 50,000 × 16 transitions (Start 1; Both (Parallel) 1 +
    // Snapshot + Pause, Fetch = 4; Pages (Map) 1 + 4 × (Transform, Save) = 9; Complete? 1; Finish 1) = 800,000 ×
    // $0.025 / 1,000 = $20.00, against its $80.05 as Express. Each is less than half the other.
    // The derivation expected no transitions_assumed warning for Complete?, whose Default the walk takes without
    // choices; slcost says it, as its docs' warning is for any branch of a Choice the walk assumes: the derivation's
    // reading, not slcost, was wrong (the docs' sentence now says so plainly).
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/6-virginia-exports-each-other-way.yaml`]);
    expect(status).toBe(0);
    expect(messagesOf(json, 'cheaper_as_express')).toEqual([
      'Step Functions nightly-report: as Standard it costs $300.00 a month; as Express it would cost $0.61 (free tier aside), if its executions fit in five minutes and can run at least once',
    ]);
    expect(messagesOf(json, 'cheaper_as_standard')).toEqual([
      'Step Functions poll-export: as Express it costs $80.05 a month; as Standard it would cost $20.00 (free tier aside), and it would keep each execution exactly once',
    ]);
    expect(messagesOf(json, 'transitions_assumed')).toEqual([
      'Step Functions poll-export: Choice state "Complete?": its Default branch ("Finish") taken (give choices: { Complete?: … } for another) (an Express machine: its transitions compare it with Standard, not its bill)',
    ]);
  });
});

describe('a serverless.yml on a list of schedules, with the free tier on and off', () => {
  // 22.2, aws-2025-10-08, us-east-1. invoicer's one schedule event lists three expressions: cron(0 23 L * ? *), the
  // last day of every month, 1 run; cron(0 6 15W * ? *), the weekday nearest the 15th, 1 run; rate(6 hours), 730 ÷ 6
  // = 121.67: 123.67 runs, priced as its requests (the usage file gives its duration only). x86_64 2,048 MB 90 s:
  // 22,260 GB-s; api arm64 1,024 MB 45 ms × 20M = 900,000, mailer arm64 512 MB 180 ms × 400,000 = 36,000, ledger
  // arm64 256 MB 15 ms × 900,000 = 3,375: 939,375 arm64 GB-s. Requests 21,300,123.67. Logs 20M × 600 B + 1,300,123.67
  // × 264 B = 12.3432 GB, kept 14 days: 0.85 GB-months. InvoiceQueue 4M messages of 80 KB × 2 chunks × 3 = 24M
  // requests. InvoicesTable, provisioned 40 RCU and 20 WCU × 730 h; 45 GB; its stream read by ledger, free.
  const file = `${FIXTURES}/2-serverless-month-end/serverless.yml`;
  const usage = `${FIXTURES}/2-serverless-month-end/usage.yaml`;

  it('22.2 free tier on: $50.84', () => {
    // 21,300,123.67 − 1M × $0.20/M = $4.060025; x86_64 all free, arm64 939,375 − the 377,740 left × $0.0000133334 =
    // $7.488504; HTTP 20M × $1.00/M = $20.00; logs 12.3432 − 5 × $0.50 = $3.671616, stored free; WCU 20 inside the free
    // 25: $0.00; RCU 40 − 25 = 15 × 730 × $0.00013 = $1.4235; 45 − 25 GB × $0.25 = $5.00; queue 24M − 1M × $0.40/M =
    // $9.20.
    expect(serverlessBill(fixtureTemplateScenario(`${FIXTURES}/2-serverless-month-end`, 'serverless.yml', 'usage.yaml'))).toEqual({
      'lambda.requests': '4.06',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '7.49',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '3.67',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '0.00',
      'dynamodb.read-capacity': '1.42',
      'dynamodb.storage': '5.00',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'sqs.standard.requests.tier-1': '9.20',
      total: '50.84',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([file, '--usage', usage]);
    expect(status).toBe(0);
    expect(messagesOf(json, 'template_assumption')).toEqual([
      'function invoicer: no requests_per_month in the usage file; priced at the 123.67 runs a month of its schedules (cron(0 23 L * ? *), cron(0 6 15W * ? *), rate(6 hours))',
    ]);
  });

  it('22.2 with --no-free-tier: $77.50', () => {
    // 21,300,123.67 × $0.20/M = $4.260025; 22,260 × $0.0000166667 = $0.371001; 939,375 × $0.0000133334 = $12.525063;
    // HTTP $20.00; logs 12.3432 × $0.50 = $6.171616; stored 0.85219 × $0.03 = $0.025566; WCU 20 × 730 × $0.00065 =
    // $9.49; RCU 40 × 730 × $0.00013 = $3.796; 45 GB × $0.25 = $11.25; the stream's reads by Lambda, free whatever the
    // free tier says; queue 24M × $0.40/M = $9.60.
    const { status, json } = estimateJsonOf<JsonEstimate>([file, '--usage', usage, '--no-free-tier']);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '4.26',
      'lambda.duration.x86_64.tier-1': '0.37',
      'lambda.duration.arm64.tier-1': '12.53',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '6.17',
      'lambda-logs.storage': '0.03',
      'dynamodb.write-capacity': '9.49',
      'dynamodb.read-capacity': '3.80',
      'dynamodb.storage': '11.25',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'sqs.standard.requests.tier-1': '9.60',
      total: '77.50',
    });
  });
});

describe('the DynamoDB cut on every platform, with fleets on a Savings Plan and Spot', () => {
  // 22.3 N. Virginia, aws-2024-02-01 against aws-2024-11-01, which differ here only in DynamoDB's on-demand request
  // units. Steady: 8M ÷ 2,628,000 s = 3.0441 a second; m7g.large serves 3, 2 instances (the minimum too), on a
  // 1-year Savings Plan: the commitment is the flat fleet's floor, 2 × $0.0816 × 0.72 = $0.117504 an hour, all used:
  // × 730 = $85.77792. Fargate 1 vCPU 2 GB x86_64 serves 2: 2 tasks, Spot 70% off: 1,460 task-hours × $0.04048 × 0.3
  // = $17.73024, × 2 GB × $0.004445 × 0.3 = $3.89382. ALB 730 × $0.0225 = $16.425, halves up $16.43; LCU each hour by
  // the bytes (8M × 30 KB ÷ 1,048,576 ÷ 730 = 0.3135 GB beats 3.0441 × 0.5 ÷ 25 = 0.0609 new connections):
  // 228.88 LCU-hours × $0.008 = $1.831055; two addresses × 730 × $0.005 = $7.30.
  // Serverless: 8M − 1M × $0.20/M = $1.40; x86_64 1,024 MB 80 ms × 8M = 640,000 − 400,000 GB-s × $0.0000166667 =
  // $4.000008; REST 8M × $3.50/M = $28.00; logs 8M × 1,000 B = 8 − 5 GB × $0.50 (flat in both tables) = $1.50,
  // stored 1.18 GB-months, free. Shared by all three: catalog 24M strong reads of 2 KB, 1 RRU each; 2M writes × 2
  // WRU × 1.25 (a quarter transactional, billed twice) = 5M WRU; 30 − 25 GB × $0.25 = $1.25; 8M × 25 KB = 200 − 100
  // GB free × $0.09 = $9.00. Base: 5M × $1.25/M = $6.25 and 24M × $0.25/M = $6.00; head: $3.125 (halves up $3.13)
  // and $3.00.
  const shared = (wru: string, rru: string) => ({
    'dynamodb.write-request-units': wru,
    'dynamodb.read-request-units': rru,
    'dynamodb.storage': '1.25',
    'data-transfer.internet-out.tier-1': '9.00',
  });
  const alb = { 'load-balancer.hours': '16.43', 'load-balancer.lcu': '1.83', 'load-balancer.public-ipv4': '7.30' };

  it('22.3 N. Virginia catalog on aws-2024-02-01: serverless $57.40, EC2 $133.84, Fargate Spot $69.68', () => {
    expect(billsOf(fixtureScenario(FIXTURES, '3-virginia-catalog-across-the-cut.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '1.40',
        'lambda.duration.x86_64.tier-1': '4.00',
        'api-gateway.rest.requests.tier-1': '28.00',
        'lambda-logs.ingestion.tier-1': '1.50',
        'lambda-logs.storage': '0.00',
        ...shared('6.25', '6.00'),
        total: '57.40',
      },
      ec2: { 'ec2.savings-plan-commitment': '85.78', ...alb, ...shared('6.25', '6.00'), total: '133.84' },
      fargate: { 'fargate.vcpu.x86_64': '17.73', 'fargate.memory.x86_64': '3.89', ...alb, ...shared('6.25', '6.00'), total: '69.68' },
    });
    // On demand the table's requests cost $12.25; provisioned for the steady load at 70%: 24M ÷ 2,628,000 ÷ 0.7 =
    // 13.05, 14 RCU, and 5M ÷ 2,628,000 ÷ 0.7 = 2.72, 3 WCU; 14 × 730 × $0.00013 + 3 × 730 × $0.00065 = $2.7521.
    const { json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/3-virginia-catalog-across-the-cut.yaml`]);
    expect(messagesOf(json, 'dynamodb_on_demand_over_provisioned')).toEqual([
      "DynamoDB table catalog: on-demand requests cost $12.25 a month; provisioned capacity for the same load spread evenly over the month (14 RCU and 3 WCU, at the 70% utilization AWS's auto-scaling targets) would cost $2.75; a spiky load needs more capacity than this",
    ]);
  });

  it('22.3 diffed aws-2024-02-01 → aws-2024-11-01: −$6.12 on every platform, −10.66%, −4.57%, −8.78%', () => {
    // Only the shared table's request units move, alike on each platform: −$3.12 (3.13 against 6.25, −49.92% of the
    // base's cents) and −$3.00 (−50%); −$6.12 of $57.40, $133.84 and $69.68. Every other line unchanged, its percent 0;
    // a $0 line's null.
    const result = runCli(['diff', `${FIXTURES}/3-virginia-catalog-across-the-cut.yaml`, '--pricing-base', 'aws-2024-02-01', '--pricing', 'aws-2024-11-01', '--format', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as JsonDiff;
    expect(json.platforms.map((p) => [p.platform, p.base_usd, p.head_usd, p.delta_usd, p.delta_pct])).toEqual([
      ['serverless', '57.40', '51.28', '-6.12', '-10.66'],
      ['ec2', '133.84', '127.72', '-6.12', '-4.57'],
      ['fargate', '69.68', '63.56', '-6.12', '-8.78'],
    ]);
    for (const platform of json.platforms) {
      const moved = platform.line_items.filter((line) => line.delta_usd !== '0.00');
      expect([platform.platform, moved.map((line) => [line.id, line.base_usd, line.head_usd, line.delta_usd, line.delta_pct])]).toEqual([
        platform.platform,
        [
          ['dynamodb.write-request-units', '6.25', '3.13', '-3.12', '-49.92'],
          ['dynamodb.read-request-units', '6.00', '3.00', '-3.00', '-50'],
        ],
      ]);
      for (const line of platform.line_items.filter((each) => each.delta_usd === '0.00')) expect(line.delta_pct).toBe(line.base_usd === '0.00' ? null : '0');
    }
  });
});

describe('where serverless and a fleet on a commitment of its own cross', () => {
  it('22.4 N. Virginia: $31.47 against EC2 $42.61 at 20M, equal at 28,736,702 with the second instance partly on demand', () => {
    // Serverless at 20M: 19M × $0.20/M = $3.80; arm64 512 MB 60 ms: 600,000 − 400,000 GB-s × $0.0000133334 =
    // $2.66668; HTTP $20.00; logs 20M × 500 B = 10 − 5 GB × $0.50 = $2.50, stored 10 × 0.15 × 7 ÷ (365 / 12) = 0.35
    // GB-months, free. sessions, shared: 2M WRU × $0.625/M = $1.25; 20M eventual reads = 10M RRU × $0.125/M = $1.25;
    // 10 GB, free. EC2: 20M ÷ 2,628,000 = 7.61 a second, one t4g.small (8 a second); a one-year plan (28% off $0.0168:
    // $0.012096 an hour) under a commitment of $0.02 an hour, paid every hour: $14.60; ALB $16.425; LCU by the new
    // connections, 7.61 ÷ 25 = 0.3044 an hour (the bytes 0.209 GB), 222.22 LCU-hours × $0.008 = $1.777778; $7.30.
    expect(billsOf(fixtureScenario(FIXTURES, '4-virginia-api-against-a-committed-fleet.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '3.80',
        'lambda.duration.arm64.tier-1': '2.67',
        'api-gateway.http.requests.tier-1': '20.00',
        'lambda-logs.ingestion.tier-1': '2.50',
        'lambda-logs.storage': '0.00',
        'dynamodb.write-request-units': '1.25',
        'dynamodb.read-request-units': '1.25',
        'dynamodb.storage': '0.00',
        total: '31.47',
      },
      ec2: {
        'ec2.savings-plan-commitment': '14.60',
        'load-balancer.hours': '16.43',
        'load-balancer.lcu': '1.78',
        'load-balancer.public-ipv4': '7.30',
        'dynamodb.write-request-units': '1.25',
        'dynamodb.read-request-units': '1.25',
        'dynamodb.storage': '0.00',
        total: '42.61',
      },
    });
    // Two instances from 21,024,001 to 42,048,000: the commitment covers $0.02 of their $0.024192 an hour at the plan's
    // rate, and the rest runs on demand, (0.024192 − 0.02) ÷ 0.72 = $0.0058222 an hour: $0.0258222 in all, × 730 =
    // $18.850222. Past the serverless side's last free allowance (400,000 GB-s ÷ 0.03 = 13.33M), serverless −
    // EC2 = R × (0.2 + 0.03 × 13.3334 + 1.00 + 0.5 × 0.50 − 0.008 × 730 ÷ 65.7) ÷ 10^6 − (0.20 + 5.33336 + 2.50 +
    // 18.850222 + 16.425 + 7.30), the table alike on both: equal at 28,736,701.75, the nearest whole request
    // 28,736,702. Below 21,024,001 serverless is cheaper at every bend; past every later step, EC2 (derivations.py).
    const result = runCli(['breakeven', `${FIXTURES}/4-virginia-api-against-a-committed-fleet.yaml`, '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { crossovers: unknown[] }).crossovers).toEqual([
      { platforms: ['serverless', 'ec2'], requests_per_month: '28736702', cheaper_above: 'ec2' },
    ]);
  });
});

describe('provisioned streams and tables sharing the free capacity units, with the free tier on and off', () => {
  // 22.5 Ireland (eu-west-1), aws-2025-10-08. Kinesis, no free tier: (4 + 1) shards × 730 h × $0.017 = $62.05; PUT
  // payload units 30M records of 30 KB × 2 + 500,000 of 0.5 KB × 1 = 60.5M × $0.0165/M = $0.99825, $1.00. DynamoDB, one
  // pool for both tables: WCU 60 + 5 = 65 × 730 h × $0.000735; RCU 20 + 15 = 35 × 730 × $0.000147; storage 120 + 8 =
  // 128 GB × $0.283; the readings stream read by another reader, 4M units × $0.0226 / 100,000. Their reads and writes
  // fit their capacity (readings 30M WRU ÷ 2,628,000 s = 11.4 WCU), so no warning. Lambda: 800,730 requests; ingest
  // arm64 256 MB 400 ms × 300,000 = 30,000 GB-s, alerter x86_64 512 MB 150 ms × 500,000 = 37,500, rollup x86_64
  // 1,024 MB 60 s × 730 = 43,800. Logs at Ireland's $0.57: 300,000 × 2,000 B + 500,000 × 264 B + 730 × 100,000 B =
  // 0.805 GB; stored 0.0888 (30 days) + 0.2376 (never expiring) + 0.0324 (90 days) = 0.3588 GB-months at $0.03.
  const kinesis = { 'kinesis.provisioned.shard-hours': '62.05', 'kinesis.provisioned.put-payload-units': '1.00' };

  it('22.5 free tier on: $115.07, the 25 + 25 units taken once off both tables', () => {
    // Lambda and its logs inside the free allowances: $0.00 each. 65 − 25 = 40 WCU × 730 × $0.000735 = $21.462; 35 −
    // 25 = 10 RCU × 730 × $0.000147 = $1.0731; 128 − 25 = 103 GB × $0.283 = $29.149; 4M − 2.5M = 1.5M stream units
    // × $0.0226 / 100,000 = $0.339.
    expect(serverlessBill(fixtureScenario(FIXTURES, '5-ireland-telemetry-provisioned.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '21.46',
      'dynamodb.read-capacity': '1.07',
      'dynamodb.storage': '29.15',
      'dynamodb.stream-read-request-units': '0.34',
      ...kinesis,
      total: '115.07',
    });
  });

  it('22.5 with --no-free-tier: $141.20, Kinesis unchanged', () => {
    // 800,730 × $0.20/M = $0.160146; 81,300 × $0.0000166667 = $1.355003; 30,000 × $0.0000133334 = $0.400002; logs
    // 0.805 × $0.57 = $0.45885; stored 0.358767 × $0.03 = $0.010763; 65 × 730 × $0.000735 = $34.87575, halves up
    // $34.88; 35 × 730 × $0.000147 = $3.75585; 128 × $0.283 = $36.224; 40 × 100,000 units × $0.0226 = $0.904.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/5-ireland-telemetry-provisioned.yaml`, '--no-free-tier']);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '0.16',
      'lambda.duration.x86_64.tier-1': '1.36',
      'lambda.duration.arm64.tier-1': '0.40',
      'lambda-logs.ingestion.tier-1': '0.46',
      'lambda-logs.storage': '0.01',
      'dynamodb.write-capacity': '34.88',
      'dynamodb.read-capacity': '3.76',
      'dynamodb.storage': '36.22',
      'dynamodb.stream-read-request-units': '0.90',
      ...kinesis,
      total: '141.20',
    });
    expect(json.warnings.map((w) => w.id).filter((id) => id !== 'cost_bomb')).toEqual([]);
  });
});
