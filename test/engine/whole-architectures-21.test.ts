// Whole serverless architectures, twenty-first batch: six bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2025-08-01.yaml in ap-south-1, ap-southeast-2 and ap-northeast-1;
// pricing/aws/2025-10-08.yaml in eu-west-2 and us-east-2; pricing/aws/2025-05-01.yaml in us-west-2; the gcp, azure and
// cloudflare tables of 2026-12-05) and the rules of README.md, docs/ranges.md, docs/cold-starts.md, docs/providers.md
// and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-21/derivations.py prints every line) and committed before slcost was run on them
// (21.1 to 21.3 together, then 21.4, 21.5 and 21.6 each before its own pricing). Four agreed with slcost to the cent,
// line by line, when first priced, with their worst months and the limits advised; two did not, and both times the
// derivation was wrong, not slcost, and was mended in a commit of its own: 21.3 took a 4 KB item's write as one write
// unit (it is four), and 21.6 held a function's own requests a month fixed at the percentiles of a range of the
// traffic, which carries every count with it. The figures of the DynamoDB and logs warnings were worked by hand after
// that first pricing, from the docs' wording, and agreed. Every line is rounded to the cent, halves up; a total is the
// sum of its lines. No function of a table that bills the INIT phase names a runtime, so none is priced.
//
// New ground: figures per request no bill had given (an on-demand stream's GB out and enhanced fan-out GB out, read
// request units, partner events, data to another region) under a custom day and a spiky month in Mumbai and London;
// fleets without autoscaling, the busiest hour's count all month, against serverless in Sydney, with a budget for
// each platform read as CI reads it and the bills read from the CSV; the worst month of each way in carrying the
// figures per request that follow it, at an API throttle with a cost-bomb multiple of 5 and at a worker's reserved
// concurrency in Tokyo, and at the lower of a SAM stage's throttle and its usage plan's, both from Globals, in
// Oregon; and a range of requests whose exact percentiles carry a function's own requests with them, compared at its
// median on Cloud Run functions in us-east5, Azure Consumption and Workers.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first.
// - Logs: 264 B of START/END/REPORT an invocation at INFO; GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12)
//   months, 12 when never expiring; 5 GB and 5 GB-months free, the Standard class's Lambda logs first.
// - SQS: 3 requests a message, 64 KB chunks, 1M free. EventBridge: 64 KB chunks, no free tier. DynamoDB: 4 KB read
//   units halved when eventual, 1 KB write units; 25 GB free. Data out: the free 100 GB first, then the bands.
// - A figure per request is per request of traffic.requests_per_month; a traffic shape moves none of the month's lines.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, serverlessBill, type JsonLine } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-21';

const bill = (file: string): Record<string, string> => serverlessBill(fixtureScenario(FIXTURES, file));

interface JsonWarning {
  readonly id: string;
  readonly message: string;
  readonly worst_month_usd?: string;
  readonly expected_monthly_usd?: string;
  readonly multiple?: number;
  readonly function?: string | null;
  readonly capped_by?: string;
  readonly suggested_limit?: string | null;
  readonly suggested_limit_unit?: string;
  readonly peak?: string;
}

interface JsonEstimate {
  readonly platforms: Readonly<
    Record<
      string,
      {
        readonly monthly_usd: string;
        readonly line_items: readonly JsonLine[];
        readonly percentiles?: { readonly p10_usd: string; readonly p50_usd: string; readonly p90_usd: string; readonly sampling_error_usd: string | null };
      }
    >
  >;
  readonly budget: {
    readonly status: string;
    readonly checks: readonly { readonly platform: string; readonly budget_usd: string; readonly monthly_usd: string; readonly excess_usd: string; readonly status: string }[];
  } | null;
  readonly ranges: { readonly method: string } | null;
  readonly warnings: readonly JsonWarning[];
  readonly compare?: {
    readonly cheapest: string;
    readonly requests_per_month: string;
    readonly providers: Readonly<Record<string, { readonly monthly_usd: string | null; readonly fits: boolean; readonly line_items: readonly JsonLine[] }>>;
    readonly assumptions: readonly { readonly id: string }[];
  };
}

const messagesOf = (json: JsonEstimate, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

const linesOf = (lines: readonly JsonLine[]): Record<string, string> => Object.fromEntries(lines.map((line) => [line.id, line.monthly_usd]));

describe('figures per request no bill had given: stream GB out and fan-out, read units, partner events, data to another region', () => {
  it('21.1 Mumbai over a custom day: every stream, table and egress figure per request, aws-2025-08-01: $217.28', () => {
    // The custom day's hours 0-9 weigh 19 and come 31 times, hours 10-23 weigh 44 and come 30 times: 1,909 in the month,
    // and the busiest hour (weight 4) takes 125,720 of the 60M, 34.9 a second: collect runs 0.7 at once, nothing
    // throttled, and the shape moves no line.
    // collect arm64 512 MB 20 ms × 60M = 600,000 GB-s; enrich x86_64 1,024 MB 150 ms × 600,000 = 90,000, free; the
    // 310,000 free left off collect's: 290,000 × $0.0000133334 = $3.866686; 60.6M − 1M × $0.20/M = $11.92; HTTP 60M ×
    // $1.05/M = $63.00. Logs 60M × 400 B = 24 GB + 600,000 × 264 B = 0.1584 − 5 free × $0.67 = $12.836128; stored
    // 24 × 0.15 × 14 ÷ (365 / 12) + 0.1584 × 0.15 × 12 = 1.94 GB-months, free. clicks (on demand): 730 h × $0.0517 =
    // $37.741; 0.000001 GB × 60M = 60 GB in × $0.1023 = $6.138; 120 GB out × $0.0517 = $6.204; 90 GB by enhanced
    // fan-out × $0.0638 = $5.742. audit (provisioned): 2 × 730 shard-hours × $0.0175 = $25.55; 30M records of 30 KB
    // × 2 units = 60M × $0.0185/M = $1.11. sessions: 15M WRU × $0.71/M = $10.65; 90M RRU × $0.1425/M = $12.825,
    // $12.83 (half up); 40 − 25 GB × $0.285 = $4.275, $4.28; 3M stream reads by a reader that is not Lambda − 2.5M
    // free × $0.0228 / 100,000 = $0.114. Out 240 GB − 100 free × $0.1093 = $15.302.
    expect(bill('1-mumbai-clickstream-per-request.yaml')).toEqual({
      'lambda.requests': '11.92',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '3.87',
      'api-gateway.http.requests.tier-1': '63.00',
      'lambda-logs.ingestion.tier-1': '12.84',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '10.65',
      'dynamodb.read-request-units': '12.83',
      'dynamodb.storage': '4.28',
      'dynamodb.stream-read-request-units': '0.11',
      'kinesis.on-demand.stream-hours': '37.74',
      'kinesis.on-demand.data-in': '6.14',
      'kinesis.on-demand.data-out': '6.20',
      'kinesis.on-demand.efo-data-out': '5.74',
      'kinesis.provisioned.shard-hours': '25.55',
      'kinesis.provisioned.put-payload-units': '1.11',
      'data-transfer.internet-out.tier-1': '15.30',
      total: '217.28',
    });
    // The table on demand against capacity that follows the custom day hour by hour at 70% (docs/services/dynamodb.md):
    // each hour max(1, ceil(units an hour ÷ 3,600 ÷ 0.7)), the busiest hour 90M × 4 ÷ 1,909 = 188,580 RRU, 75 RCU,
    // and 31,430 WRU, 13 WCU; over the month's hours × $0.000148 an RCU-hour and $0.00074 a WCU-hour, $10.101592.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/1-mumbai-clickstream-per-request.yaml`]);
    expect(status).toBe(0);
    expect(messagesOf(json, 'dynamodb_on_demand_over_provisioned')).toEqual([
      "DynamoDB table sessions: on-demand requests cost $23.48 a month; provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to 75 RCU and 13 WCU in the busiest hours) would cost $10.10; a burst inside an hour needs more capacity than this",
    ]);
  });

  it('21.2 London over a spiky month: partner events, data to another region and across zones per request, aws-2025-10-08: $275.25', () => {
    // Two event days of 24 hours at 5×: the busiest hour takes 5 ÷ 922 of a function's month, route 3.25 at once,
    // nothing throttled. receive x86_64 256 MB 40 ms × 24M = 240,000 GB-s, free; route arm64 1,024 MB 60 ms × 36M =
    // 2,160,000 − the 160,000 left × $0.0000133334 = $26.6668; 60M − 1M × $0.20/M = $11.80; REST 24M × $3.50/M =
    // $84.00. Logs: receive 24M × 1,000 B = 24 GB Standard − 5 free × $0.5985 = $11.3715, $11.37; route 36M × 500 B =
    // 18 GB Infrequent Access × $0.299 = $5.382; stored 24 × 0.15 × 30 ÷ (365 / 12) + 18 × 0.15 × 7 ÷ (365 / 12) =
    // 4.17 GB-months, free. Events of 3 KB, one chunk each: 0.25 × 24M = 6M custom, $6.00; 1.5 × 24M = 36M partner,
    // $36.00. deliveries: 12M messages of 12 KB × 3 = 36M − 1M × $0.40/M = $14.00. webhooks: 24M writes of 2.5 KB × 3
    // WRU = 72M × $0.7423/M = $53.4456; 12M strong reads × 1 RRU × $0.1487/M = $1.7844; 60 − 25 GB × $0.29715 =
    // $10.40025. Data: 0.00002 GB × 24M = 480 GB to another region × $0.02 = $9.60; 240 GB across zones, billed each
    // way, 480 × $0.01 = $4.80; 60 GB out, inside the free 100.
    expect(bill('2-london-webhooks-spiky.yaml')).toEqual({
      'lambda.requests': '11.80',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '26.67',
      'api-gateway.rest.requests.tier-1': '84.00',
      'lambda-logs.ingestion.tier-1': '11.37',
      'lambda-logs.infrequent-access-ingestion.tier-1': '5.38',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '53.45',
      'dynamodb.read-request-units': '1.78',
      'dynamodb.storage': '10.40',
      'sqs.standard.requests.tier-1': '14.00',
      'eventbridge.custom-events': '6.00',
      'eventbridge.partner-events': '36.00',
      'data-transfer.internet-out.tier-1': '0.00',
      'data-transfer.inter-region': '9.60',
      'data-transfer.cross-az': '4.80',
      total: '275.25',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/2-london-webhooks-spiky.yaml`]);
    expect(status).toBe(0);
    // receive's logs at list prices: 24 × $0.5985 + 3.5507 GB-months × $0.0315 = $14.48, against 24M × $0.20/M +
    // 240,000 × $0.0000166667 = $8.80. The table hour by hour: 48 event hours of 5 × 12M ÷ 922 RRU and 5 × 72M ÷ 922
    // WRU (26 RCU, 155 WCU), 682 of a fifth of that (6 RCU, 31 WCU), × $0.0001544 and $0.000772: $22.8898.
    expect(messagesOf(json, 'logs_cost_more_than_functions')[0]).toContain(
      'the logs of function receive cost $14.48 a month at list prices before the free tier, more than the function itself ($8.80)',
    );
    expect(messagesOf(json, 'dynamodb_on_demand_over_provisioned')[0]).toContain('on-demand requests cost $55.23 a month');
    expect(messagesOf(json, 'dynamodb_on_demand_over_provisioned')[0]).toContain('(up to 26 RCU and 155 WCU in the busiest hours) would cost $22.89');
  });
});

describe('fleets sized for the busiest hour all month, against serverless, with a budget for each platform', () => {
  // 21.3 Sydney, aws-2025-08-01. The diurnal day: hours 8-15 at 2.5 × the day's hourly average, the other 16 at
  // (24 − 20) ÷ 16 = 0.25; hours 8 and 9 come 31 times, so 242 busy hours and 488 quiet ones, weight 727, and the
  // busiest hour takes 72.7M × 2.5 ÷ 727 = 250,000 requests, 69.44 a second. Without autoscaling that hour's count runs
  // all 730 hours: ceil(69.44 ÷ 30) = 3 c7g.large, ceil(69.44 ÷ 20) = 4 Fargate tasks.
  // Serverless: 72.7M − 1M × $0.20/M = $14.34; arm64 1,024 MB 45 ms × 72.7M = 3,271,500 − 400,000 GB-s ×
  // $0.0000133334 = $38.286858; HTTP 72.7M × $1.29/M = $93.783; logs 72.7M × 300 B = 21.81 − 5 GB × $0.67 = $11.2627,
  // stored 21.81 × 0.15 × 3 ÷ (365 / 12) = 0.32 GB-months, free. carts, on every platform: 14.54M writes of 4 KB × 4
  // WRU = 58.16M × $0.71/M = $41.2936 (the derivation first took one unit a write, $10.32: its slip, mended); 72.7M
  // eventual reads × 0.5 RRU = 36.35M × $0.1425/M = $5.179875; 10 GB, free.
  // EC2 on a 1-year Savings Plan: the flat fleet is its own floor, 3 × $0.0944 × 0.72 = $0.203904 an hour committed,
  // all used, × 730 = $148.84992. Fargate arm64: 2,920 task-hours × 1 vCPU × $0.03885 = $113.442; × 2 GB × $0.00426 =
  // $24.8784; × 10 GB of storage past 20 × $0.000133 = $3.8836. The load balancer on each: 730 × $0.0252 = $18.396; LCU
  // by the bytes (16 ÷ 1,048,576 a request beats 0.5 ÷ 25 ÷ 3,600 by the connections, every hour alike), 72.7M × 16 ÷
  // 1,048,576 = 1,109.314 LCU-hours × $0.008 = $8.8745; two addresses × 730 × $0.005 = $7.30.
  const carts = { 'dynamodb.write-request-units': '41.29', 'dynamodb.read-request-units': '5.18', 'dynamodb.storage': '0.00' };
  const alb = { 'load-balancer.hours': '18.40', 'load-balancer.lcu': '8.87', 'load-balancer.public-ipv4': '7.30' };

  it('21.3 Sydney: serverless $204.14, EC2 $229.89, Fargate $223.24', () => {
    expect(billsOf(fixtureScenario(FIXTURES, '3-sydney-fleets-without-autoscaling.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '14.34',
        'lambda.duration.arm64.tier-1': '38.29',
        'api-gateway.http.requests.tier-1': '93.78',
        'lambda-logs.ingestion.tier-1': '11.26',
        'lambda-logs.storage': '0.00',
        ...carts,
        total: '204.14',
      },
      ec2: { 'ec2.savings-plan-commitment': '148.85', ...alb, ...carts, total: '229.89' },
      fargate: {
        'fargate.vcpu.arm64': '113.44',
        'fargate.memory.arm64': '24.88',
        'fargate.ephemeral-storage': '3.88',
        ...alb,
        ...carts,
        total: '223.24',
      },
    });
  });

  it('21.3 as CI reads it: each platform over its own budget, exit 1; --budget 300 a serverless budget alone, within; the CSV adds up', () => {
    const file = `${FIXTURES}/3-sydney-fleets-without-autoscaling.yaml`;
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(1);
    expect(json.budget!.status).toBe('over');
    expect(json.budget!.checks.map((check) => [check.platform, check.budget_usd, check.monthly_usd, check.excess_usd, check.status])).toEqual([
      ['serverless', '200.00', '204.14', '4.14', 'over'],
      ['ec2', '200.00', '229.89', '29.89', 'over'],
      ['fargate', '150.00', '223.24', '73.24', 'over'],
    ]);
    expect(stderr).toContain('EC2 $229.89 a month of $200.00, $29.89 over');
    // --budget takes the place of the file's amounts: one serverless budget, no EC2 or Fargate check.
    const overridden = estimateJsonOf<JsonEstimate>([file, '--budget', '300']);
    expect(overridden.status).toBe(0);
    expect(overridden.json.budget!.checks.map((check) => [check.platform, check.excess_usd, check.status])).toEqual([['serverless', '-95.86', 'within']]);
    // The CSV: each platform's line_item rows add up to its total row (a sum over every row would count each dollar three
    // times), and the exit code is the budget's there too.
    const csv = runCli(['estimate', file, '--format', 'csv']);
    expect(csv.status).toBe(1);
    const [header, ...rows] = csv.stdout
      .trimEnd()
      .split('\r\n')
      .map((row) => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const column = (name: string): number => header!.indexOf(name);
    const cents = (usd: string | undefined): number => Math.round(Number(usd) * 100);
    for (const platform of ['serverless', 'ec2', 'fargate']) {
      const of = (kind: string) => rows.filter((row) => row[column('platform')] === platform && row[column('row')] === kind).map((row) => cents(row[column('monthly_usd')]));
      expect([platform, of('line_item').reduce((sum, amount) => sum + amount, 0)]).toEqual([platform, of('total')[0]]);
    }
    const row = (platform: string, id: string) => rows.find((each) => each[column('platform')] === platform && each[column('id')] === id)!;
    const fields = (each: string[]) => ['quantity', 'unit', 'unit_price_usd', 'monthly_usd'].map((name) => each[column(name)]);
    expect(fields(row('ec2', 'ec2.savings-plan-commitment'))).toEqual(['730', 'hours', '0.203904', '148.85']);
    expect(fields(row('fargate', 'fargate.vcpu.arm64'))).toEqual(['2920', 'vCPU-hours', '0.03885', '113.44']);
  });
});

describe('the worst month of each way in, with the figures per request that follow it', () => {
  it('21.4 Tokyo: $21.38; at the API throttle of 40 a second $654.36, 7 advised; the worker at its reserved 4, $212.92, 1 advised', () => {
    // Expected, 5M requests: 5M + 1M − 1M × $0.20/M = $1.00; api arm64 512 MB 50 ms × 5M = 125,000 and fulfil x86_64
    // 1,024 MB 200 ms × 1M = 200,000 GB-s, free; HTTP 5M × $1.29/M = $6.45; logs 5 GB (1,000 B a request) + 0.264 −
    // 5 free × $0.76 = $0.20064; stored 0.74 + 0.48 GB-months, free. orders queue 1M × 3 − 1M × $0.40/M = $0.80; table
    // 1M WRU × $0.715/M = $0.715, $0.72 (half up); 10M eventual reads of 1 KB = 5M RRU × $0.1425/M = $0.7125, $0.71; 30
    // − 25 GB × $0.285 = $1.425, $1.43; receipts 200 GB × $0.025 = $5.00, 1M PUTs × $0.0047/1,000 = $4.70, 1M GETs ×
    // $0.00037/1,000 = $0.37; 5M × 20 KB = 100 GB out, free.
    // The API's worst month (docs/cold-starts.md, "The cost bomb"): 40 × 2,628,000 = 105,120,000 requests, and what
    // follows them: the queue, the writes and reads, the PUTs and the responses; the storage, the GETs and the worker
    // stay. $21.02 + $32.37 (2,428,000 arm64 GB-s) + $135.60 + $76.29 + $0.36 + $24.83 + $15.03 + $14.98 + $1.43 + $5.00
    // + $98.81 + $0.37 + $228.27 (2,002.4 GB × $0.114) = $654.36, over 5 × $21.38 = $106.90; 7 a second is $105.16
    // and 8 $121.79, and the steady peak is 5M ÷ 2,628,000 = 1.9 a second. The worker's: 4 ÷ 0.2 s = 20 a second,
    // 52,560,000 runs, only its own lines grow: $11.31 + $168.53 (10,112,000 x86_64 GB-s) + $1.67 (api's 125,000 arm64
    // GB-s, the free pool gone) + $10.55 + $0.68 + the rest as expected = $212.92; 1 at once is $65.12, 2 $114.38.
    expect(bill('4-tokyo-orders-worst-month.yaml')).toEqual({
      'lambda.requests': '1.00',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '0.00',
      'api-gateway.http.requests.tier-1': '6.45',
      'lambda-logs.ingestion.tier-1': '0.20',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '0.72',
      'dynamodb.read-request-units': '0.71',
      'dynamodb.storage': '1.43',
      's3.storage.tier-1': '5.00',
      's3.put-requests': '4.70',
      's3.get-requests': '0.37',
      'sqs.standard.requests.tier-1': '0.80',
      'data-transfer.internet-out.tier-1': '0.00',
      total: '21.38',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/4-tokyo-orders-worst-month.yaml`]);
    expect(status).toBe(0);
    expect(json.warnings.filter((w) => w.id === 'cost_bomb')).toEqual([
      expect.objectContaining({
        worst_month_usd: '654.36',
        expected_monthly_usd: '21.38',
        multiple: 5,
        function: null,
        capped_by: 'api_throttle',
        suggested_limit: '7',
        suggested_limit_unit: 'requests_per_second',
        peak: '1.902588',
      }),
      expect.objectContaining({
        worst_month_usd: '212.92',
        expected_monthly_usd: '21.38',
        multiple: 5,
        function: 'fulfil',
        capped_by: 'reserved_concurrency',
        suggested_limit: '1',
        suggested_limit_unit: 'concurrent_executions',
        peak: '0.076104',
      }),
    ]);
    // The burst limit beside the throttle changes no figure: a burst lasts seconds, the bill is a month.
    expect(messagesOf(json, 'cost_bomb')[0]).toContain('if the API were hammered at its throttle of 40 requests a second all month');
    // api's logs at list prices: 5 × $0.76 + 0.7397 × $0.033 = $3.82, against 5M × $0.20/M + 125,000 × $0.0000133334.
    expect(messagesOf(json, 'logs_cost_more_than_functions')[0]).toContain(
      'the logs of function api cost $3.82 a month at list prices before the free tier, more than the function itself ($2.67)',
    );
  });

  it('21.5 SAM in Oregon: $19.84; the lower of the stage’s 25 and the usage plan’s 12 a second, $241.09; 10 advised', () => {
    // Globals give python3.12 (no INIT billed on aws-2025-05-01), arm64 and 512 MB; PutOrder's own 1,024 MB and x86_64
    // win. GetProduct 3M × 30 ms × 0.5 = 45,000 arm64 GB-s, PutOrder 1M × 120 ms × 1 = 120,000 x86_64: free; 4M − 1M ×
    // $0.20/M = $0.60; ShopApi's requests are its functions', 4M × $3.50/M = $14.00; logs 3M × 264 B + 1M × 1,000 B =
    // 1.792 GB, 1.49 GB-months, free. OrdersTable: 1M writes of 2 KB × 2 WRU × $0.625/M = $1.25; 3M eventual reads ×
    // 0.5 RRU × $0.125/M = $0.1875, $0.19; 12 GB, free. OrderQueue: 1M messages of 70 KB, 2 chunks × 3 = 6M − 1M ×
    // $0.40/M = $2.00. 4M × 30 KB = 120 GB out − 100 free × $0.09 = $1.80.
    // The API's throttle: Globals' MethodSettings for /* and * (25) and its usage plan, one per API (12); the lower.
    // Worst month: 12 × 2,628,000 = 31,536,000, 7.884 × every request count and figure per request: $6.11 + $9.10
    // (546,080 x86_64 GB-s) + $4.73 (354,780 arm64) + $110.38 + $4.56 + $0.20 + $9.86 + $1.48 + $18.52 + $76.15 =
    // $241.09, over 10 × $19.84; 10 a second is $197.75, 11 $219.42.
    const template = `${FIXTURES}/5-sam-usage-plan-throttle/template.yaml`;
    const usage = `${FIXTURES}/5-sam-usage-plan-throttle/usage.yaml`;
    expect(serverlessBill(fixtureTemplateScenario(FIXTURES, '5-sam-usage-plan-throttle/template.yaml', '5-sam-usage-plan-throttle/usage.yaml'))).toEqual({
      'lambda.requests': '0.60',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '0.00',
      'api-gateway.rest.requests.tier-1': '14.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '1.25',
      'dynamodb.read-request-units': '0.19',
      'dynamodb.storage': '0.00',
      'sqs.standard.requests.tier-1': '2.00',
      'data-transfer.internet-out.tier-1': '1.80',
      total: '19.84',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([template, '--usage', usage]);
    expect(status).toBe(0);
    expect(json.warnings.filter((w) => w.id === 'cost_bomb')).toEqual([
      expect.objectContaining({
        worst_month_usd: '241.09',
        expected_monthly_usd: '19.84',
        multiple: 10,
        capped_by: 'api_throttle',
        suggested_limit: '10',
        peak: '1.52207',
      }),
    ]);
    expect(messagesOf(json, 'cost_bomb')[0]).toContain('if the API were hammered at its throttle of 12 requests a second all month');
  });
});

describe('a range of requests: its exact percentiles, and the functions compared at its median', () => {
  it('21.6 Ohio: P10 $5.47, P50 $30.19, P90 $87.54; Lambda $18.17, Cloud Run functions $40.42, Azure $2.24, Workers $8.82', () => {
    // The line items are the median's, 12M requests: 12.2M − 1M × $0.20/M = $2.24; api x86_64 768 MB 140 ms × 12M =
    // 1,260,000 − 400,000 GB-s × $0.0000166667 = $14.333362; transcode arm64 1,024 MB 600 ms × 200,000 = 120,000 ×
    // $0.0000133334 = $1.600008; HTTP $12.00; logs 12.2M × 264 B = 3.2208 GB, free; stored × 0.15 × 12 = 5.7974 − 5
    // GB-months × $0.03 = $0.023923. The requests the only range: each percentile the bill at that percentile, and
    // every count follows them, the transcoder's 200,000 too (the derivation first held them fixed, $6.57 and $85.04:
    // its slip, mended). P10, 4M and 66,667 runs: $0.61 + $0.33 + $0.53 + $4.00 = $5.47; P90, 30M and 500,000: $5.90 +
    // $45.83 + $4.00 + $30.00 + $1.53 (8.052 − 5 GB × $0.50) + $0.28 = $87.54.
    expect(bill('6-ohio-ranges-compared.yaml')).toEqual({
      'lambda.requests': '2.24',
      'lambda.duration.x86_64.tier-1': '14.33',
      'lambda.duration.arm64.tier-1': '1.60',
      'api-gateway.http.requests.tier-1': '12.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.02',
      total: '30.19',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/6-ohio-ranges-compared.yaml`]);
    expect(status).toBe(0);
    expect(json.ranges!.method).toBe('exact');
    expect(json.platforms['serverless']!.percentiles).toMatchObject({ p10_usd: '5.47', p50_usd: '30.19', p90_usd: '87.54', sampling_error_usd: null });
    // Compared at the median, the functions alone. Lambda: its three lines, $18.17. Cloud Run functions in us-east5
    // (Tier 1): 768 MB up to the 1 GiB size with 0.583 vCPU, 140 ms up to 200: 12M × 0.2 s and 200,000 × 0.6 s, ×
    // 0.583 = 1,469,160 − 180,000 vCPU-s × $0.000024 = $30.93984; × 1 GiB = 2,520,000 − 360,000 GiB-s × $0.0000025 =
    // $5.40; 12.2M − 2M × $0.40/M = $4.08. Azure Consumption: 120 and 110 MB used, each 128 MB: 12M × 0.14 s + 200,000
    // × 0.6 s, × 0.125 GB = 225,000 GB-s, free; 11.2M executions × $0.20/M = $2.24. Workers: $5 + 2.2M requests past
    // 10M × $0.30/M = $0.66 + (108M + 80M − 30M) CPU-ms × $0.02/M = $3.16.
    const compare = json.compare!;
    expect([compare.cheapest, compare.requests_per_month]).toEqual(['azure', '12200000']);
    expect(Object.fromEntries(Object.entries(compare.providers).map(([id, provider]) => [id, { ...linesOf(provider.line_items), total: provider.monthly_usd }]))).toEqual({
      aws: { 'lambda.requests': '2.24', 'lambda.duration.x86_64.tier-1': '14.33', 'lambda.duration.arm64.tier-1': '1.60', total: '18.17' },
      gcp: { 'run-functions.cpu': '30.94', 'run-functions.memory': '5.40', 'run-functions.requests': '4.08', total: '40.42' },
      azure: { 'functions.consumption.executions': '2.24', 'functions.consumption.execution-time': '0.00', total: '2.24' },
      cloudflare: { 'workers.plan': '5.00', 'workers.requests': '0.66', 'workers.cpu': '3.16', total: '8.82' },
    });
    expect(compare.assumptions.map((assumption) => assumption.id)).toContain('compare_at_the_medians');
  });
});
