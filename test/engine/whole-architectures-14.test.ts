// Whole serverless architectures, fourteenth batch: each bill derived by hand from the published pricing facts, the
// unit prices of the shipped tables as `slcost pricing show` lists them (pricing/aws/2024-09-06 and 2024-11-01.yaml in
// us-east-1; 2025-10-08.yaml in eu-west-1, eu-west-2, ap-northeast-2 and ap-southeast-2; pricing/cloudflare/
// 2026-12-05.yaml) and the rules of README.md ("Your own prices", "Ranges"), docs/ci.md, docs/ranges.md and
// docs/providers.md, before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-14/derivations.py prints every line and every change) and committed before slcost
// was run on them. Every line is rounded to the cent, halves up; a total is the sum of its lines; a change is the head's
// cents less the base's, its percent of the base's (null when the base is $0). This batch leans on what the first
// thirteen touched least: `slcost diff`, once of one file on both sides of DynamoDB's 2024-11-01 cut and once of two
// versions of a checkout whose line items move between ids (REST to HTTP, x86_64 to arm64, standard to FIFO), with its
// gate on an increase in dollars; a price file of one's own (`--pricing-file`: an override, then a discount per
// section, the log storage and SQS left at list price); an outlook growing past the HTTP API's 300M band in its last
// month under a median budget, with `--compare cloudflare` priced in its first month; and a WebSocket chat in Sydney
// with its router behind NAT gateways beside a bucket and a table a free gateway endpoint could serve.
//
// Conventions (each stated by the facts or, where they leave it open, by slcost's documented decision, "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band; every figure here is inside the first duration band. No function
//   names a runtime, so no INIT phase is billed. Ephemeral storage above 512 MB on every billed second.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored
//   × 0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire; 5 GB ingested and 5 GB-months stored
//   free; a flat $0.50 before aws-2025-05-01, the first band after it.
// - DynamoDB: RRU = reads × ceil(KB / 4) × 0.5 eventual, 1 strong, 2 transactional; WRU = writes × ceil(KB / 1) × (1 +
//   transactional share); the account's 25 RCU, 25 WCU (× 730 h) and 25 GB off the sums over all tables; 2.5M stream
//   reads by other consumers free, Lambda's always free.
// - SQS: messages × ceil(KB / 64) × 3 calls, one free million. API Gateway: its 12-month free tier off (the default);
//   HTTP APIs metered in 512 KB steps, WebSocket messages in 32 KB steps.
// - A price file (README, "Your own prices"): its overrides first, then each section's discount as (100 − pct) / 100
//   of every price of that section; the Lambda logs' ingestion bands are the `lambda_logs` section, their storage the
//   `cloudwatch_logs` section (docs/services/cloudwatch-logs.md). Free allowances are quantities, not discounted.
// - An outlook (docs/ranges.md): month m has (1 + g/100)^(m − 1) times month 1's requests and every per-request figure
//   with them, each month priced line by line; a budget with a percentile holds that bill in every month, naming the
//   first month over. A compared provider is priced in month 1 (docs/providers.md).
// - Data transfer: response_kb in decimal GB; the free 100 GB first, then the bands; between zones billed each way.
//   NAT: gateways × hours and GB processed, no free tier.
//
// Every one of the eight bills, and every change of the two diffs, agreed with slcost to the cent, line by line, when
// first priced.
import { describe, expect, it } from 'vitest';
import { estimateJsonOf, jsonBill, type JsonBill } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-14';

interface JsonDiffLine {
  readonly id: string;
  readonly base_usd: string;
  readonly head_usd: string;
  readonly delta_usd: string;
  readonly delta_pct: string | null;
}

interface JsonDiff {
  readonly base: { readonly pricing: string };
  readonly head: { readonly pricing: string };
  readonly platforms: readonly {
    readonly platform: string;
    readonly base_usd: string;
    readonly head_usd: string;
    readonly delta_usd: string;
    readonly delta_pct: string | null;
    readonly line_items: readonly JsonDiffLine[];
  }[];
  readonly functions: readonly { readonly name: string; readonly in_base: boolean; readonly in_head: boolean; readonly changed: readonly string[] }[];
}

/** `slcost diff ARGS --format json`: its exit status, its document, its standard error. */
function diffOf(args: readonly string[]): { status: number | null; json: JsonDiff; stderr: string } {
  const result = runCli(['diff', ...args, '--format', 'json']);
  return { status: result.status, json: JSON.parse(result.stdout) as JsonDiff, stderr: result.stderr };
}

/** A diff's serverless side as line id → [base, head, change, percent], with its total under `total`. */
function changes(json: JsonDiff): Record<string, readonly [string, string, string, string | null]> {
  const serverless = json.platforms.find((platform) => platform.platform === 'serverless')!;
  return {
    ...Object.fromEntries(serverless.line_items.map((line) => [line.id, [line.base_usd, line.head_usd, line.delta_usd, line.delta_pct] as const])),
    total: [serverless.base_usd, serverless.head_usd, serverless.delta_usd, serverless.delta_pct],
  };
}

interface JsonEstimate {
  readonly pricing: { readonly id: string; readonly region: string; readonly custom_file: string | null };
  readonly platforms: Readonly<Record<string, JsonBill>>;
  readonly budget: unknown;
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
  readonly ranges: {
    readonly outlook: {
      readonly months: readonly {
        readonly month: number;
        readonly requests_per_month: { readonly p50: string };
        readonly platforms: Readonly<Record<string, { readonly p10_usd: string; readonly p50_usd: string; readonly p90_usd: string }>>;
      }[];
    };
  } | null;
  readonly compare?: { readonly providers: Readonly<Record<string, JsonBill>> };
}

describe('diffs, a price file of your own, an outlook and a chat behind NAT gateways', () => {
  it('14.1 a ledger across the DynamoDB cut, us-east-1, diffed aws-2024-09-06 → aws-2024-11-01: $169.18 → $116.43', () => {
    // Both sides: 36M requests − 1M = $7.00. projector x86_64 1,024 MB 120 ms × 6M: 720,000 − 400,000 GB-s (x86_64
    // first) × $0.0000166667 = $5.3333 → $5.33; api arm64 512 MB 41 ms × 30M: 615,000 GB-s × $0.0000133334 = $8.2000 →
    // $8.20. HTTP API 30M × $1.00 = $30.00. Logs: 30M × 264 B + 6M × 464 B = 10.704 GB − 5 × $0.50 = $2.852 → $2.85;
    // stored 7.92 × 0.15 × 12 + 2.784 × 0.15 × 14 ÷ (365 / 12) = 14.4482 − 5 GB-months × $0.03 = $0.2834 → $0.28.
    // DynamoDB: RRU subscriptions 60M strong reads × ceil(6.5 / 4) = 120M, invoices 4M transactional × 3 × 2 = 24M:
    // 144M; WRU 6M × 7 × 1.3 + audit 1M × 1 = 55.6M. Provisioned plans: 40 − 25 free RCU × 730 h × $0.00013 = $1.4235
    // → $1.42, its 5 WCU inside the free 25: $0.00. Storage 48 + 9 + 2 − 25 = 34 GB × $0.25 = $8.50. audit's stream
    // read by another consumer: 3M − 2.5M free = 5 × 100,000 × $0.02 = $0.10; subscriptions' by Lambda: $0.
    // Base: WRU 55.6M × $1.25 = $69.50, RRU 144M × $0.25 = $36.00: $169.18. Head: $34.75 and $18.00, −50% each:
    // $116.43, −$52.75, −31.18%. Every other line unchanged, its percent 0; the $0 lines' percent null.
    const { status, json } = diffOf([`${FIXTURES}/1-ledger-across-the-cut.yaml`, '--pricing-base', 'aws-2024-09-06', '--pricing', 'aws-2024-11-01']);
    expect(status).toBe(0);
    expect([json.base.pricing, json.head.pricing]).toEqual(['aws-2024-09-06', 'aws-2024-11-01']);
    expect(changes(json)).toEqual({
      'lambda.requests': ['7.00', '7.00', '0.00', '0'],
      'lambda.duration.x86_64.tier-1': ['5.33', '5.33', '0.00', '0'],
      'lambda.duration.arm64.tier-1': ['8.20', '8.20', '0.00', '0'],
      'api-gateway.http.requests.tier-1': ['30.00', '30.00', '0.00', '0'],
      'lambda-logs.ingestion.tier-1': ['2.85', '2.85', '0.00', '0'],
      'lambda-logs.storage': ['0.28', '0.28', '0.00', '0'],
      'dynamodb.write-request-units': ['69.50', '34.75', '-34.75', '-50'],
      'dynamodb.read-request-units': ['36.00', '18.00', '-18.00', '-50'],
      'dynamodb.write-capacity': ['0.00', '0.00', '0.00', null],
      'dynamodb.read-capacity': ['1.42', '1.42', '0.00', '0'],
      'dynamodb.storage': ['8.50', '8.50', '0.00', '0'],
      'dynamodb.stream-read-request-units': ['0.10', '0.10', '0.00', '0'],
      'dynamodb.stream-read-request-units.lambda': ['0.00', '0.00', '0.00', null],
      total: ['169.18', '116.43', '-52.75', '-31.18'],
    });
  });

  // 14.2a, Ireland, aws-2025-10-08: 12.6M requests − 1M = $2.32. checkout x86_64 1,536 MB 180 ms × 12M: 3,240,000
  // GB-s, legacy-mailer 256 MB 400 ms × 600,000: 60,000; 3,300,000 − 400,000 × $0.0000166667 = $48.3334 → $48.33. REST
  // 12M × $3.50 = $42.00. Logs 12.6M × 264 B = 3.3264 GB, inside the free 5: $0.00; stored × 0.15 × 12 = 5.9875 − 5 ×
  // $0.03 = $0.0296 → $0.03. SQS standard 600,000 messages of 20 KB × 3 calls = 1.8M − 1M × $0.40 = $0.32. $93.00.
  // 14.2b: requests $2.32 as before. checkout arm64 1,024 MB 150 ms × 12M: 1,800,000 GB-s, notifier 128 MB 30 ms ×
  // 600,000: 2,250; 1,802,250 − 400,000 × $0.0000133334 = $18.6968 → $18.70. HTTP API 600 KB = 2 × 512 KB steps: 24M ×
  // $1.11 = $26.64. Logs as before. SQS FIFO 600,000 of 70 KB = 2 chunks × 3 = 3.6M − the free 1M × $0.50 = $1.30.
  // $48.99. A line on one side only is $0 on the other: its change in full, −100% or null from $0.
  const checkout = {
    'lambda.requests': ['2.32', '2.32', '0.00', '0'],
    'lambda.duration.x86_64.tier-1': ['48.33', '0.00', '-48.33', '-100'],
    'api-gateway.rest.requests.tier-1': ['42.00', '0.00', '-42.00', '-100'],
    'lambda-logs.ingestion.tier-1': ['0.00', '0.00', '0.00', null],
    'lambda-logs.storage': ['0.03', '0.03', '0.00', '0'],
    'sqs.standard.requests.tier-1': ['0.32', '0.00', '-0.32', '-100'],
    'lambda.duration.arm64.tier-1': ['0.00', '18.70', '18.70', null],
    'api-gateway.http.requests.tier-1': ['0.00', '26.64', '26.64', null],
    'sqs.fifo.requests.tier-1': ['0.00', '1.30', '1.30', null],
    total: ['93.00', '48.99', '-44.01', '-47.32'],
  } as const;

  it('14.2 a checkout before and after, Ireland, diffed: $93.00 → $48.99, within a $40 gate on increases', () => {
    const { status, json, stderr } = diffOf([`${FIXTURES}/2a-checkout-before.yaml`, `${FIXTURES}/2b-checkout-after.yaml`, '--fail-on-increase-usd', '40']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(changes(json)).toEqual(checkout);
    expect(json.functions.map((f) => [f.name, f.in_base, f.in_head])).toEqual([
      ['checkout', true, true],
      ['legacy-mailer', true, false],
      ['notifier', false, true],
    ]);
    // docs/ci.md: a function on one side only has every usage field changed (nine since edge and, from the twenty-eighth
    // batch, ephemeral storage are among them); one on both, those that differ.
    expect(json.functions.map((f) => f.changed.length)).toEqual([4, 9, 9]);
    expect(json.functions[0]!.changed).toEqual(['architecture', 'memory_mb', 'billed_duration_ms', 'on_demand_gb_seconds']);
  });

  it('14.2 undone (after → before): $48.99 → $93.00, +$44.01 (+89.83%), over a $40 gate: exit 1', () => {
    // The same lines with base and head swapped: each change negated, the percents of the other base; the total rises
    // $44.01, 44.01 ÷ 48.99 = 89.83%, more than the $40 the gate allows.
    const { status, json, stderr } = diffOf([`${FIXTURES}/2b-checkout-after.yaml`, `${FIXTURES}/2a-checkout-before.yaml`, '--fail-on-increase-usd', '40']);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless $48.99 → $93.00 a month, +$44.01');
    const swapped = changes(json);
    expect(swapped['total']).toEqual(['48.99', '93.00', '44.01', '89.83']);
    expect(swapped['lambda.duration.arm64.tier-1']).toEqual(['18.70', '0.00', '-18.70', '-100']);
    expect(swapped['lambda.duration.x86_64.tier-1']).toEqual(['0.00', '48.33', '48.33', null]);
    for (const [id, [base, head]] of Object.entries(checkout)) expect(swapped[id]!.slice(0, 2)).toEqual([head, base]);
  });

  it('14.3 an API on negotiated prices, London, aws-2025-10-08 with --pricing-file: $232.83', () => {
    // Lambda × 0.88: requests 55M − 1M × $0.20 = $9.504 → $9.50; api x86_64 2,048 MB 95 ms × 50M: 9,500,000 − 400,000
    // GB-s × $0.0000166667 × 0.88 = $133.4669 → $133.47; worker arm64 512 MB 300 ms × 5M: 750,000 GB-s ×
    // $0.0000133334 × 0.88 = $8.8000 → $8.80; ephemeral 1,024 MB: 0.5 GB × 4,750,000 s × $0.0000000358 × 0.88 =
    // $0.0748 → $0.07. HTTP API: the file's $0.95, then 5% off: 50M × $0.9025 = $45.125, halves up $45.13. Logs: 55M ×
    // 264 B = 14.52 GB − 5 × $0.5985 × 0.5 = $2.8489 → $2.85; stored 26.136 − 5 GB-months × $0.0315 (cloudwatch_logs,
    // not discounted) = $0.6658 → $0.67. DynamoDB × 0.8: WRU 5M × 2 = 10M × $0.7423 = $5.9384 → $5.94; RRU 50M × 0.5 =
    // 25M × $0.1487 = $2.974 → $2.97; storage 100 − 25 = 75 GB × $0.29715 = $17.829 → $17.83. SQS at list price: 5M
    // messages × 3 = 15M − 1M × $0.40 = $5.60.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/3-london-negotiated.yaml`, '--pricing-file', `${FIXTURES}/3-negotiated-prices.yaml`]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08+custom', region: 'eu-west-2', custom_file: `${FIXTURES}/3-negotiated-prices.yaml` });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '9.50',
      'lambda.duration.x86_64.tier-1': '133.47',
      'lambda.duration.arm64.tier-1': '8.80',
      'lambda.ephemeral-storage': '0.07',
      'api-gateway.http.requests.tier-1': '45.13',
      'lambda-logs.ingestion.tier-1': '2.85',
      'lambda-logs.storage': '0.67',
      'dynamodb.write-request-units': '5.94',
      'dynamodb.read-request-units': '2.97',
      'dynamodb.storage': '17.83',
      'sqs.standard.requests.tier-1': '5.60',
      total: '232.83',
    });
  });

  it('14.4 a growing API, Seoul: $307.40, $369.99, $445.09, $529.75 over a $450 median budget in month 4; 14.6 Workers $77.40', () => {
    // Month m: 200M × 1.2^(m − 1) requests, arm64 256 MB 20 ms, logs at WARN (none), HTTP $1.23 to 300M then $1.11,
    // 0.1 writes of 1 KB a request at $0.68 per million WRU.
    // Month 1, 200M: requests $39.80; 1,000,000 − 400,000 GB-s × $0.0000133334 = $8.00; HTTP $246.00; WRU 20M $13.60.
    // Month 2, 240M: $47.80; 800,000 GB-s → $10.67; $295.20; $16.32: $369.99.
    // Month 3, 288M: $57.40; 1,040,000 → $13.87; $354.24; $19.584 → $19.58: $445.09, $4.91 under.
    // Month 4, 345.6M: $68.92; 1,328,000 → $17.7068 → $17.71; HTTP 300M × $1.23 = $369.00 and 45.6M × $1.11 =
    // $50.616 → $50.62; $23.5008 → $23.50: $529.75, $79.75 over: exit 1, naming month 4.
    // 14.6, compared in month 1 (--compare cloudflare): $5.00; 190M requests × $0.30/M = $57.00; 800M CPU-ms − 30M ×
    // $0.02/M = $15.40: $77.40. Lambda's own compared bill is its requests and duration: $47.80.
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/4-seoul-growing.yaml`, '--compare', 'cloudflare']);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless P50 $529.75 a month of $450.00, $79.75 over in month 4, the first of the 4 months to be over it');
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '39.80',
      'lambda.duration.arm64.tier-1': '8.00',
      'api-gateway.http.requests.tier-1': '246.00',
      'dynamodb.write-request-units': '13.60',
      total: '307.40',
    });
    expect(json.ranges!.outlook.months.map((m) => [m.month, m.requests_per_month.p50, m.platforms['serverless']!.p50_usd])).toEqual([
      [1, '200000000', '307.40'],
      [2, '240000000', '369.99'],
      [3, '288000000', '445.09'],
      [4, '345600000', '529.75'],
    ]);
    expect(json.budget).toEqual({
      status: 'over',
      monthly_usd: '450.00',
      checks: [{ platform: 'serverless', budget_usd: '450.00', monthly_usd: '529.75', excess_usd: '79.75', status: 'over', percentile: 50, month: 4, months: 4 }],
    });
    expect(jsonBill(json.compare!.providers['cloudflare']!)).toEqual({ 'workers.plan': '5.00', 'workers.requests': '57.00', 'workers.cpu': '15.40', total: '77.40' });
    expect(jsonBill(json.compare!.providers['aws']!)).toEqual({ 'lambda.requests': '39.80', 'lambda.duration.arm64.tier-1': '8.00', total: '47.80' });
  });

  it('14.5 a WebSocket chat behind NAT gateways, Sydney, aws-2025-10-08: $991.73', () => {
    // 40M requests − 1M = $7.80; router x86_64 1,024 MB 25 ms: 1,000,000 − 400,000 GB-s × $0.0000166667 = $10.00.
    // WebSocket 100 KB = 4 × 32 KB: 160M messages × $1.30/M = $208.00; 300M connection-minutes × $0.325/M = $97.50.
    // Logs 10.56 GB − 5 × $0.67 = $3.7252 → $3.73; stored 19.008 − 5 GB-months × $0.033 = $0.4623 → $0.46. NAT 3 × 730
    // h × $0.059 = $129.21, 2,500 GB × $0.059 = $147.50. S3 3,000 GB × $0.025 = $75.00; PUT 400,000 × $0.0055/1,000 =
    // $2.20; GET 2M × $0.00044/1,000 = $0.88. DynamoDB 40M WRU (0.3 KB = 1) × $0.71/M = $28.40; 40M eventual reads =
    // 20M RRU × $0.1425/M = $2.85; 5 GB inside the free 25: $0.00. Out: 40M × 60 KB = 2,400 GB − 100 free × $0.114 =
    // $262.20; between zones 800 GB × 2 × $0.01 = $16.00. The NAT warns that a gateway endpoint saves $0.059 a GB.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/5-sydney-websocket-nat.yaml`]);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '7.80',
      'lambda.duration.x86_64.tier-1': '10.00',
      'api-gateway.websocket.messages.tier-1': '208.00',
      'api-gateway.websocket.connection-minutes': '97.50',
      'lambda-logs.ingestion.tier-1': '3.73',
      'lambda-logs.storage': '0.46',
      'dynamodb.write-request-units': '28.40',
      'dynamodb.read-request-units': '2.85',
      'dynamodb.storage': '0.00',
      's3.storage.tier-1': '75.00',
      's3.put-requests': '2.20',
      's3.get-requests': '0.88',
      'nat-gateway.hours': '129.21',
      'nat-gateway.data-processed': '147.50',
      'data-transfer.internet-out.tier-1': '262.20',
      'data-transfer.cross-az': '16.00',
      total: '991.73',
    });
    const endpoint = json.warnings.find((warning) => warning.id === 'nat_gateway_endpoint');
    expect(endpoint?.message).toContain('2,500 GB a month at $0.059 per GB');
    expect(endpoint?.message).toContain('saves $0.059 per GB');
  });
});
