// Whole serverless architectures, twenty-sixth batch: five bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2025-10-08.yaml in eu-west-1, eu-central-1, ap-southeast-1 and
// ap-south-1; 2025-08-01.yaml in us-east-2) and the rules of README.md, docs/ranges.md, docs/cold-starts.md,
// docs/templates.md and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal
// at 40 digits (test/fixtures/whole-architectures-26/derivations.py prints every line) and committed before slcost was
// run on them. All five agreed with slcost to the cent, line by line, when first priced, with 26.1's worst month at its
// queue's maximum concurrency and the reserved concurrency it advises, 26.2's P10, P50 and P90 bills and its budget,
// 26.3's fleets and both crossovers, and 26.4's INIT GB-seconds. The APIs' worst months of 26.2 and 26.3, the volume
// where 26.3's functions are throttled and what 26.4's INIT phases add were worked by hand after the first pricing,
// from the README's cost-bomb section and docs/cold-starts.md, and agreed. A check beside 26.1 found a defect in a
// warning, not a price: a worker whose reserved concurrency (3) was below its queue's maximum concurrency (5) was
// told, beside reserved_concurrency, that "a higher maximum concurrency keeps up". Reserved concurrency is the most a
// function runs at once whatever invokes it, and the poller's invocations past it are throttled (AWS Lambda Developer
// Guide, https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html and
// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html), so no higher maximum would keep up:
// queue_behind, and stream_behind for a consumer reserved at or below its shards, are now said only where the
// reservation is above the cap (test/engine/limits.test.ts). Every line is rounded to the cent, halves up; a total is the sum of its lines.
//
// New ground: two queue workers of one SAM template each held by its SQS event's ScalingConfig.MaximumConcurrency, one
// below its load (queue_behind, its average over the cap too) and one far above it, whose worst month is at the cap
// (capped_by: queue_maximum_concurrency) with the reserved concurrency advised below it, in Ireland; an HTTP API
// whose only range is its monthly requests as percentiles, priced exactly at P10, P50 and P90 with figures per
// request following them, over a P90 budget (exit 1, the JSON still printed) in Frankfurt; a diurnal API against an
// autoscaled EC2 fleet and arm64 Fargate tasks held at their minimum of two, with both crossovers of `slcost
// breakeven` and the volume where the account's limit throttles, in Singapore; a SAM template on aws-2025-08-01 whose
// Python, Java and Node.js functions name their runtimes, two on schedules cold on every run and one on random
// arrivals, their INIT phases in the duration lines' notes, in Ohio; and Mumbai's own first egress band crossed into
// the third, two NAT gateways, and the functions' logs of both classes after an Infrequent Access audit group took
// the free GB first.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first. INIT (2025-08-01 on, ZIP on managed runtimes): each billed cold start × the runtime's p50 (python
//   180 ms, java 3,000, nodejs 170) × memory; a schedule's run is cold when its idle gap passes 600 s, random arrivals
//   3,600 · Σ r_k e^(−r_k · 600) an hour (docs/cold-starts.md).
// - Logs: 264 B of START/END/REPORT an invocation at INFO; GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12),
//   12 months when never expiring; 5 GB and 5 GB-months free, the stated logs first, then the Standard class's Lambda
//   logs, then the Infrequent Access class's, whose bands are their own.
// - The cost bomb: a cap of N concurrent executions lets through N ÷ duration a second all month; a queue's worker is
//   capped by its event sources' maximum concurrency, and only its own lines grow; the API's functions at the
//   account's 1,000 carry the figures per request with them. Over 10× the expected bill, the highest limit within it.
// - Ranges: with the monthly requests the only range, P10, P50 and P90 are the bills at those volumes.
// - Fleets: each hour max(minimum, ceil(requests a second ÷ capacity)); diurnal busy hours 8–15 at 2.5, the others
//   0.25, the month 30 days and hours 0–9 of a 31st (weights 727). Break-even: the exact volumes, whole requests.
// - Data transfer: the free 100 GB first, then the bands on what is left.
import { describe, expect, it } from 'vitest';
import { bombsOf, estimateJsonOf, jsonBill, type JsonLine, type JsonWarning, noteOf } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-26';

type JsonPlatform = {
  readonly monthly_usd: string | null;
  readonly line_items: readonly (JsonLine & { readonly note?: string | null })[];
  readonly percentiles?: { readonly p10_usd: string; readonly p50_usd: string; readonly p90_usd: string };
  readonly fleet?: { readonly lowest: number; readonly peak: number; readonly unit_hours: string };
};

interface JsonEstimate {
  readonly pricing: { readonly id: string; readonly region: string };
  readonly platforms: Readonly<Record<string, JsonPlatform>>;
  readonly breakeven?: {
    readonly throttles_above_requests_per_month: string | null;
    readonly crossovers: readonly { readonly platforms: readonly string[]; readonly requests_per_month: string; readonly cheaper_above: string }[];
  };
  readonly budget?: {
    readonly status: string;
    readonly checks: readonly { readonly platform: string; readonly monthly_usd: string; readonly excess_usd: string; readonly percentile?: number }[];
  };
  readonly ranges?: { readonly method: string };
  readonly functions: readonly {
    readonly name: string;
    readonly init_gb_seconds: string | null;
    readonly billed_cold_starts: string | null;
    readonly cold_starts: { readonly init_usd: string | null };
  }[];
  readonly warnings: readonly JsonWarning[];
}

describe('a SAM template in Ireland: two queue workers held by their queues’ maximum concurrency', () => {
  const folder = `${FIXTURES}/1-sam-queue-caps-ireland`;

  it('26.1 a settler over its maximum of 5 and a thumbnailer far under its 50: $279.02, the worst month at the 50', () => {
    // Settler x86_64 1,024 MB 8M × 2 s = 16,000,000 GB-s − 400,000 free × $0.0000166667 = $260.00052; Thumbnailer arm64
    // 2,048 MB 300,000 × 1 s = 600,000 × $0.0000133334 = $8.00004. 8.3M − 1M × $0.20/M = $1.46. Logs 8.3M × 264 B =
    // 2.1912 GB and 3.94416 GB-months, free. SQS (8M + 300,000) × 3 = 24.9M − 1M × $0.40/M = $9.56.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'eu-west-1' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '1.46',
      'lambda.duration.x86_64.tier-1': '260.00',
      'lambda.duration.arm64.tier-1': '8.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '9.56',
      total: '279.02',
    });
    // 8M × 2 s over 2,628,000 s is 6.09 at once, over the 5 all month.
    expect(json.warnings.filter((w) => w.id === 'queue_behind').map((w) => w.message)).toEqual([
      "function Settler peaks at about 6 concurrent executions, over its queue's maximum concurrency of 5 concurrent executions: Lambda's poller invokes it no more at once, so its messages wait in the queue and their age grows; its average of about 6 is over it too, so the queue grows all month and messages older than its retention period are deleted unread; a higher maximum concurrency (up to 1,000) keeps up (the bill prices every run as given)",
    ]);
    // The settler at its 5: 5 ÷ 2 s × 2,628,000 = 6,570,000 runs, fewer than its 8M: no worst month. The thumbnailer at
    // its 50: 131,400,000 runs; requests 138.4M × $0.20/M = $27.68; 262,800,000 GB-s × $0.0000133334 = $3,504.02; logs
    // 36.8016 − 5 GB × $0.57 = $18.13, 66.24288 − 5 GB-months × $0.03 = $1.84; the rest as expected: $3,821.23, 13.7×.
    // Reserved concurrency of 35 gives $2,755.64, within $2,790.20; 36 gives $2,826.67.
    expect(bombsOf(json)).toEqual({ Thumbnailer: { worst: '3821.23', expected: '279.02', cappedBy: 'queue_maximum_concurrency', suggested: '35' } });
  });
});

describe('an HTTP API in Frankfurt whose monthly requests are a range, under a P90 budget', () => {
  const file = `${FIXTURES}/2-scenario-ranges-budget-frankfurt/scenario.yaml`;

  it('26.2 P10 $72.37, P50 $225.58 (the line items), P90 $953.37 over the $400 budget: exit 1, the JSON printed', () => {
    // At 60M: HTTP × $1.20/M = $72.00; 59M × $0.20/M = $11.80; 3,600,000 − 400,000 GB-s × $0.0000133334 = $42.67; logs
    // 15.84 − 5 GB × $0.63 = $6.83, 28.512 − 5 GB-months × $0.0324 = $0.76; 120M strong reads of 3 KB, 1 RRU each ×
    // $0.1525/M = $18.30; 30M writes × 3 WRU × $0.7625/M = $68.63; 40 − 25 GB × $0.306 = $4.59. At 20M: $72.37; at
    // 250M: $953.37 (derivations.py prints each line).
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless P90 $953.37 a month of $400.00, $553.37 over');
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'eu-central-1' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '11.80',
      'lambda.duration.arm64.tier-1': '42.67',
      'api-gateway.http.requests.tier-1': '72.00',
      'lambda-logs.ingestion.tier-1': '6.83',
      'lambda-logs.storage': '0.76',
      'dynamodb.write-request-units': '68.63',
      'dynamodb.read-request-units': '18.30',
      'dynamodb.storage': '4.59',
      total: '225.58',
    });
    expect(json.ranges!.method).toBe('exact');
    expect(json.platforms['serverless']!.percentiles).toMatchObject({ p10_usd: '72.37', p50_usd: '225.58', p90_usd: '953.37' });
    expect(json.budget!.status).toBe('over');
    expect(json.budget!.checks).toEqual([expect.objectContaining({ platform: 'serverless', monthly_usd: '953.37', excess_usd: '553.37', percentile: 90 })]);
    // No throttle: 1,000 ÷ 0.12 s × 2,628,000 = 21.9B requests with their reads and writes: HTTP 300M × $1.20 + 21.6B ×
    // $1.08 = $23,688.00; $4,379.80; 1,314,000,000 − 400,000 GB-s = $17,514.75; logs 5,781.6 GB: $3,639.26 and $337.02;
    // RRU $6,679.50, WRU $25,048.13, $4.59: $81,291.05. A throttle of 228 a second: $2,255.01; of 229: $2,264.74.
    expect(bombsOf(json)).toEqual({ api: { worst: '81291.05', expected: '225.58', cappedBy: 'account_concurrency_limit', suggested: '228' } });
  });
});

describe('a diurnal API in Singapore against an EC2 fleet and Fargate tasks, and where they cross', () => {
  const file = `${FIXTURES}/3-scenario-fleets-breakeven-singapore/scenario.yaml`;

  it('26.3 serverless $126.60, EC2 $228.93, Fargate $71.97 at 50M; the crossovers at 29,880,297 and 87,678,648', () => {
    // HTTP 50M × $1.25/M = $62.50; 49M × $0.20/M = $9.80; 4,000,000 − 400,000 GB-s × $0.0000133334 = $48.00; logs 13.2
    // − 5 GB × $0.70 = $5.74, 23.76 − 5 GB-months × $0.03 = $0.56. A busy hour holds 50M × 2.5 ÷ 727 ÷ 3,600 = 47.76
    // requests a second: one c6g.xlarge of 200 or one task of 100, so each fleet stays at its two: 1,460 unit-hours ×
    // $0.1568 = $228.93; × $0.04045 = $59.06 and × 2 GB × $0.00442 = $12.91.
    const { status, json } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(0);
    expect(Object.fromEntries(Object.entries(json.platforms).map(([id, bill]) => [id, jsonBill(bill)]))).toEqual({
      serverless: {
        'lambda.requests': '9.80',
        'lambda.duration.arm64.tier-1': '48.00',
        'api-gateway.http.requests.tier-1': '62.50',
        'lambda-logs.ingestion.tier-1': '5.74',
        'lambda-logs.storage': '0.56',
        total: '126.60',
      },
      ec2: { 'ec2.instances': '228.93', total: '228.93' },
      fargate: { 'fargate.vcpu.arm64': '59.06', 'fargate.memory.arm64': '12.91', total: '71.97' },
    });
    expect(json.platforms['ec2']!.fleet).toMatchObject({ lowest: 2, peak: 2, unit_hours: '1460' });
    expect(json.platforms['fargate']!.fleet).toMatchObject({ lowest: 2, peak: 2, unit_hours: '1460' });
    // Past every free allowance (the last, the logs' 5 GB, at 18.9M) serverless is $2.715728 a million − $9.18336: it
    // meets Fargate's $71.9634 at 29,880,297.29 and EC2's $228.928 at 87,678,648.23, both fleets still at two (a third
    // EC2 instance at 418,752,000, a third task at 209,376,000). The account's 1,000 at 80 ms is 12,500 a second, a
    // busy hour's at 12,500 × 3,600 × 727 ÷ 2.5 = 13,086,000,000 a month.
    const expected = {
      throttles_above_requests_per_month: '13086000000',
      crossovers: [
        { platforms: ['serverless', 'fargate'], requests_per_month: '29880297', cheaper_above: 'fargate' },
        { platforms: ['serverless', 'ec2'], requests_per_month: '87678648', cheaper_above: 'ec2' },
      ],
    };
    expect(json.breakeven).toMatchObject(expected);
    const sweep = runCli(['breakeven', file, '--format', 'json']);
    expect(sweep.status).toBe(0);
    expect(JSON.parse(sweep.stdout)).toMatchObject(expected);
    // 1,000 ÷ 0.08 s × 2,628,000 = 32.85B requests: HTTP $375.00 + $36,781.50; $6,569.80; 2,628,000,000 − 400,000 GB-s
    // $35,034.84; logs 8,672.4 GB $6,067.18 and $468.16: $85,296.48. A throttle of 181: $1,261.51; of 182: $1,268.34.
    expect(bombsOf(json)).toEqual({ api: { worst: '85296.48', expected: '126.60', cappedBy: 'account_concurrency_limit', suggested: '181' } });
  });
});

describe('a SAM template in Ohio on aws-2025-08-01 whose functions name their runtimes', () => {
  const folder = `${FIXTURES}/4-sam-init-phases-ohio`;

  it('26.4 an hourly Python report, a Java digest every 30 minutes and a Node.js worker, INIT billed: $31.02', () => {
    // Report x86_64 10,240 MB: 730 runs of 300 s = 2,190,000 GB-s, each cold (idle 3,300 s), 730 × 180 ms × 10 GB =
    // 1,314: 2,191,314 − 400,000 × $0.0000166667 = $29.855293. Digest arm64 2,048 MB: 1,460 runs of 20 s = 58,400, each
    // cold (idle 1,780 s), 1,460 × 3 s × 2 = 8,760. Worker arm64 512 MB: 100,000 × 0.4 s = 20,000; at 0.038 a second
    // 1,081.429285 cold starts × 170 ms × 0.5 = 91.921489. arm64 87,251.921489 × $0.0000133334 = $1.163365. 102,190
    // requests and their 0.027 GB of logs are free; SQS 300,000 requests, free.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-08-01', region: 'us-east-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '29.86',
      'lambda.duration.arm64.tier-1': '1.16',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '0.00',
      total: '31.02',
    });
    expect(noteOf(json, 'lambda.duration.x86_64.tier-1')).toBe('2,191,314 GB-s (1,314 of them INIT phases) − 400,000 free');
    expect(noteOf(json, 'lambda.duration.arm64.tier-1')).toBe('87,251.92 GB-s (8,851.92 of them INIT phases)');
    // What each function's INIT phases add: 1,314 × $0.0000166667 = $0.02; 8,760 × $0.0000133334 = $0.12; 91.92 GB-s,
    // $0.0012, $0.00.
    expect(json.functions.map((f) => [f.name, f.billed_cold_starts, Number(f.init_gb_seconds).toFixed(6), f.cold_starts.init_usd])).toEqual([
      ['Report', '730', '1314.000000', '0.02'],
      ['Digest', '1460', '8760.000000', '0.12'],
      ['Worker', '1081.429', '91.921489', '0.00'],
    ]);
  });
});

describe('an export service in Mumbai: egress through three bands, two NAT gateways, logs of both classes', () => {
  const file = `${FIXTURES}/5-scenario-egress-nat-mumbai/scenario.yaml`;

  it('26.5 the free 100 GB before the bands, the audit group first to the free logs: $5,804.44', () => {
    // ingest x86_64 1,024 MB 30M × 250 ms = 7,500,000 − 400,000 GB-s × $0.0000166667 = $118.33; exporter arm64 512 MB
    // 5M × 600 ms = 1,500,000 × $0.0000133334 = $20.00; 34M × $0.20/M = $6.80. The audit group's 3 GB take 3 of the
    // free 5; the exporter's Standard 2.82 GB take the other 2: 0.82 × $0.67 = $0.55; the ingest's Infrequent Access
    // 31.92 GB × $0.335 = $10.69. Stored: the audit 3 × 0.15 × 30 ÷ 30.4167 = 0.44 GB-months, free; the functions
    // 31.92 × 0.15 × 14 ÷ 30.4167 + 2.82 × 0.15 × 12 = 7.28 − 4.56 free × $0.03 = $0.08. NAT 2 × 730 h × $0.056 =
    // $81.76, 4,500 GB × $0.056 = $252.00. Egress 59,900 GB after the free 100: 10,240 × $0.1093 = $1,119.23, 40,960 ×
    // $0.085 = $3,481.60, 8,700 × $0.082 = $713.40.
    const { status, json } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(0);
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'ap-south-1' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '6.80',
      'lambda.duration.x86_64.tier-1': '118.33',
      'lambda.duration.arm64.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '0.55',
      'lambda-logs.infrequent-access-ingestion.tier-1': '10.69',
      'lambda-logs.storage': '0.08',
      'cloudwatch-logs.ingestion.infrequent-access': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'nat-gateway.hours': '81.76',
      'nat-gateway.data-processed': '252.00',
      'data-transfer.internet-out.tier-1': '1119.23',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '713.40',
      total: '5804.44',
    });
    expect(noteOf(json, 'lambda-logs.ingestion.tier-1')).toBe('2.82 GB (5,000,000 invocations × 564 B) − 2 free');
    expect(noteOf(json, 'data-transfer.internet-out.tier-1')).toBe('10,340 GB − 100 free');
  });
});
