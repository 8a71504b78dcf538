// Whole serverless architectures, fifth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1–§7, §9, §10; pricing-facts-services.md §1.1, §1.2, §1.5, §1.6, §3, §5) and the unit prices of
// the shipped tables (pricing/aws/2024-09-06, 2024-11-01, 2025-05-01 and 2025-10-08.yaml, us-east-1 and ap-south-1;
// pricing/gcp, azure and cloudflare 2026-12-05.yaml), before slcost priced them. The derivations were worked in
// Python's decimal at 40 digits (test/fixtures/whole-architectures-5/derivations.py prints every line). Every line is
// rounded to the cent, halves up; a total is the sum of its lines. This batch covers what the first four skip: the P10,
// P50 and P90 bills of requests given as percentiles or as a minimum and maximum, with a four-month outlook under a P90
// budget; a spiky month whose event days throttle two functions sharing what an account limit leaves after a third's
// reserved concurrency, whose queue keeps what that holds back for quieter hours; the volumes where two containers
// fleets overtake serverless, solved by hand, with a budget per platform; the functions on Cloud Run functions, Azure
// Consumption and Workers with provisioned concurrency, ephemeral storage and eight requests to an instance, with and
// without the free tiers, and a function Workers cannot hold; the volumes where three providers' curves cross; a
// region's own bands (ap-south-1); and the table in force on a day.
//
// Conventions, as in the first four batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band. No function names a runtime, so no INIT phase is billed.
// - Provisioned concurrency (facts §2.2): count × GB × hours × 3,600 at the configured rate; the invocations it serves
//   (given) at the provisioned duration rate; the rest on demand with the free tier. Ephemeral storage above 512 MB on
//   every invocation's billed seconds.
// - Logs: 264 B of START/END/REPORT an invocation plus the application's; GB of 10^9 B; stored × 0.15 for
//   retention_days ÷ (365 / 12) months, 12 when they never expire; 5 GB ingested and 5 GB-months stored free; Lambda's
//   log bands from aws-2025-05-01 at 10,000 / 30,000 / 50,000 GB, one flat price before.
// - Traffic shapes: the month is 730 whole hours from midnight, 30 days and hours 0–9 of a 31st (decision); a spiky
//   month's event days are its first (the count is what matters), each hour of them at the multiplier, the others at 1.
// - Concurrency (docs/cold-starts.md) in an hour is requests a second × duration_ms (the run, not the billed
//   duration). Throttling: a function with reserved concurrency serves at most limit × 3,600 ÷ seconds each an hour;
//   the others share the account's limit less every reservation, in proportion to demand. A function nobody waits on
//   (a queue's) has what its limit holds back kept by its queue and run in quieter hours: its month serves up to 730
//   such hours' worth. Only served requests are billed by Lambda and in its logs; the API and the services are priced
//   at the full traffic.
// - Ranges (docs/ranges.md): when the monthly requests are the only range, P10 / P50 / P90 are the bills at those
//   volumes (every count in proportion); { min, max } is uniform: P10 = min + 10% of the width; an outlook's month m
//   has (1 + g)^(m − 1) times the requests; a P90 budget fails in the first month whose P90 bill is over it.
// - Break-even (README, "How the cost is computed"): every count in proportion, everything else fixed; each fleet
//   runs max(minimum, ceil(requests a second ÷ capacity)) units an hour; a load balancer's capacity units an hour are
//   the larger of new connections a second ÷ 25 and GB processed (KB of 1,024 B, GB of 1,048,576 KB). A crossing is
//   where the two exact (unrounded) costs are equal; the JSON gives it to the whole request.
// - The other providers (docs/providers.md): Cloud Run functions bill the next instance size and its vCPU for the
//   instance's time rounded up to 100 ms, shared by the requests it serves at once, free 180,000 vCPU-s, 360,000 GiB-s
//   and 2M requests; Azure Consumption bills the memory used rounded up to 128 MB for each execution's time, 100 ms at
//   least, free 1M executions and 400,000 GB-s; Workers $5 with 10M requests and 30M CPU-ms included (also with
//   --no-free-tier), 128 MB an isolate. Lambda's column is the lambda service alone.
// - Data transfer: the free 100 GB first, then the region's bands; response_kb in decimal GB.
import { describe, expect, it } from 'vitest';
import { billsOf, fixtureScenario, serverlessBill, estimateJsonOf, jsonBill, type JsonLine } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-5';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

interface JsonPlatform {
  readonly monthly_usd: string;
  readonly line_items: readonly JsonLine[];
  readonly percentiles?: { readonly p10_usd: string; readonly p50_usd: string; readonly p90_usd: string; readonly sampling_error_usd: string | null };
}
interface JsonProvider {
  readonly fits: boolean;
  readonly does_not_fit: readonly { readonly function: string; readonly reason: string }[];
  readonly monthly_usd: string | null;
  readonly line_items: readonly JsonLine[];
}
interface JsonCrossover {
  readonly platforms: readonly string[];
  readonly requests_per_month: string;
  readonly cheaper_above: string;
}
interface JsonEstimate {
  readonly pricing: { readonly id: string };
  readonly platforms: Readonly<Record<string, JsonPlatform>>;
  readonly functions: readonly { readonly name: string; readonly throttled_requests: string }[];
  readonly compare?: { readonly cheapest: string; readonly requests_per_month: string; readonly providers: Readonly<Record<string, JsonProvider>> };
  readonly breakeven: { readonly crossovers: readonly JsonCrossover[] } | null;
  readonly budget: { readonly status: string; readonly checks: readonly Record<string, unknown>[] } | null;
  readonly ranges?: {
    readonly method: string;
    readonly outlook: {
      readonly months: readonly {
        readonly month: number;
        readonly requests_per_month: { readonly p10: string; readonly p50: string; readonly p90: string };
        readonly platforms: { readonly serverless: { readonly p10_usd: string; readonly p50_usd: string; readonly p90_usd: string } };
      }[];
    } | null;
  };
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

/** `slcost estimate FILE --format json [options]`, as CI reads it: the exit status, the document and standard error. */
const estimateJson = (file: string, ...options: string[]) => estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`, ...options]);

/** A platform's bill in the JSON as line id → cents, with its total under `total`. */
const platformJsonBill = (json: JsonEstimate, platform = 'serverless'): Record<string, string> => jsonBill(json.platforms[platform]!);

/** Each compared provider that fits, as line id → cents with its total; each that does not, as its reasons. */
function compared(json: JsonEstimate): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(json.compare!.providers).map(([id, provider]) => [
      id,
      provider.fits ? jsonBill(provider) : Object.fromEntries(provider.does_not_fit.map((reason) => [reason.function, reason.reason])),
    ]),
  );
}

const crossovers = (list: readonly JsonCrossover[]) => list.map((c) => [c.platforms.join('/'), c.requests_per_month, c.cheaper_above]);

describe('ranges: the percentiles of a bill whose only uncertain figure is the requests (aws-2025-10-08)', () => {
  // 5.1. 1-ranges-exact.yaml: requests { p10: 0.8M, p50: 4M, p90: 25M }; api (arm64, 1,024 MB, 120.5 ms → 121 ms) and
  //    worker (x86_64, 512 MB, 300 ms, logs 736 B kept 14 days) each take every request; an HTTP API; a queue of 70 KB
  //    messages (2 chunks × 3 calls), a table (3 eventual reads of 6 KB = 2 × 4 KB × 0.5, 1 write of 6 WRU, 40 GB), 40 KB
  //    a response. The line items are the P50 bill (docs/ranges.md); each percentile is the bill at its volume.
  //    At 4M: requests 8M − 1M = $1.40; x86_64 600,000 − 400,000 = 200,000 × $0.0000166667 = $3.33; arm64 484,000 ×
  //      $0.0000133334 = $6.4534 → $6.45; HTTP $4.00; logs 4M × 264 + 4M × 1,000 B = 5.056 GB − 5 = $0.028 → $0.03;
  //      stored 4M × 264 B × 0.15 × 12 + 4M × 1,000 B × 0.15 × 0.4603 months = 2.177 GB-months, free; SQS 24M − 1M × $0.40/M
  //      = $9.20; RRU 12M × $0.125/M = $1.50; WRU 24M × $0.625/M = $15.00; storage 15 GB × $0.25 = $3.75; egress 160 GB −
  //      100 free = 60 × $0.09 = $5.40. $50.06.
  //    At 0.8M: requests 0.6M → $0.12; GB-s 120,000 + 96,800, free; HTTP $0.80; logs free; SQS 4.8M − 1M → $1.52; RRU
  //      $0.30; WRU $3.00; storage $3.75; egress 32 GB, free. $9.49.
  //    At 25M: requests 49M → $9.80; x86_64 3,350,000 × $0.0000166667 = $55.83; arm64 3,025,000 × $0.0000133334 =
  //      $40.33; HTTP $25.00; logs 31.6 − 5 = 26.6 GB → $13.30; stored 13.606 − 5 = 8.606 GB-months → $0.26; SQS 149M →
  //      $59.60; RRU 75M → $9.38 ($9.375); WRU 150M → $93.75; storage $3.75; egress 1,000 − 100 = 900 GB → $81.00. $392.00.
  it('the line items at P50 ($50.06), and P10 $9.49, P50 $50.06, P90 $392.00 exactly, no sampling', () => {
    expect(bill(load('1-ranges-exact.yaml'))).toEqual({
      'lambda.requests': '1.40',
      'lambda.duration.x86_64.tier-1': '3.33',
      'lambda.duration.arm64.tier-1': '6.45',
      'api-gateway.http.requests.tier-1': '4.00',
      'lambda-logs.ingestion.tier-1': '0.03',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '15.00',
      'dynamodb.read-request-units': '1.50',
      'dynamodb.storage': '3.75',
      'sqs.standard.requests.tier-1': '9.20',
      'data-transfer.internet-out.tier-1': '5.40',
      total: '50.06',
    });
    const { status, json } = estimateJson('1-ranges-exact.yaml');
    expect(status).toBe(0);
    expect(json.ranges!.method).toBe('exact');
    expect(json.platforms['serverless']!.percentiles).toMatchObject({ p10_usd: '9.49', p50_usd: '50.06', p90_usd: '392.00', sampling_error_usd: null });
  });

  // 5.2. 2-min-max-outlook-budget.yaml: requests uniform from 2M to 6M (P10 2.4M, P50 4M, P90 5.6M), growing 25% a month
  //    for 4 months; api (x86_64, 2,048 MB, 250 ms) behind a REST API; a P90 budget of $80.
  //    Bill(R) = (R − 1M) × $0.20/M + (0.5 R − 400,000) × $0.0000166667 + R × $3.50/M; its 264 B log lines stay inside
  //    the free 5 GB and 5 GB-months up to 10.5M requests, and 10,937,500 × 264 B × 1.8 = 5.1975 GB-months → $0.01 then.
  //    Month 1 (2.4M / 4M / 5.6M): $22.01 / $41.27 / $60.52 ($0.92 + $40.00 + $19.60). Month 2 (3M / 5M / 7M): $29.23 /
  //    $53.30 / $77.37. Month 3 (3.75M / 6.25M / 8.75M): $38.26 / $68.35 / $98.43 ($1.55 + $66.25 + $30.63), over $80 by
  //    $18.43: the first month over. Month 4 (4,687,500 / 7,812,500 / 10,937,500): $49.55 / $87.14 / $124.76.
  //    At the medians of month 1: $0.60 + $26.67 + $14.00 = $41.27.
  it('P90 $60.52, $77.37, $98.43, $124.76 over four months: over the $80 P90 budget in month 3, exit 1', () => {
    const { status, json, stderr } = estimateJson('2-min-max-outlook-budget.yaml');
    expect(status).toBe(1);
    expect(platformJsonBill(json)).toEqual({
      'lambda.requests': '0.60',
      'lambda.duration.x86_64.tier-1': '26.67',
      'api-gateway.rest.requests.tier-1': '14.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '41.27',
    });
    expect(json.ranges!.method).toBe('exact');
    expect(
      json.ranges!.outlook!.months.map((m) => [
        m.month,
        m.requests_per_month.p10,
        m.requests_per_month.p50,
        m.requests_per_month.p90,
        m.platforms.serverless.p10_usd,
        m.platforms.serverless.p50_usd,
        m.platforms.serverless.p90_usd,
      ]),
    ).toEqual([
      [1, '2400000', '4000000', '5600000', '22.01', '41.27', '60.52'],
      [2, '3000000', '5000000', '7000000', '29.23', '53.30', '77.37'],
      [3, '3750000', '6250000', '8750000', '38.26', '68.35', '98.43'],
      [4, '4687500', '7812500', '10937500', '49.55', '87.14', '124.76'],
    ]);
    expect(json.budget).toMatchObject({ status: 'over', monthly_usd: '80.00' });
    expect(json.budget!.checks).toEqual([
      { platform: 'serverless', budget_usd: '80.00', monthly_usd: '98.43', excess_usd: '18.43', status: 'over', percentile: 90, month: 3, months: 4 },
    ]);
    expect(stderr).toContain('Serverless P90 $98.43 a month of $80.00, $18.43 over in month 3, the first of the 4 months');
  });
});

describe('a spiky month against a shared account limit (aws-2025-10-08)', () => {
  // 5.3. 3-shared-pool-spiky.yaml: 30M requests; 3 event days at 8 × a normal day: 72 hours of weight 8 and 658 of 1,
  //    Σ = 1,234. Account limit 40; audit reserves 2, so checkout and search share 38.
  //    An event hour: checkout 30M × 8 / 1,234 = 194,489.46 requests (54.025 a second × 0.4 s = 21.6099 at once); search
  //      60M: 108.05 a second × 0.2504 s (the run, not the 251 ms billed) = 27.0556; together 48.6656 > 38: each serves
  //      38 / 48.6656 = 78.0839% of its requests. audit 54.025 a second × 0.05 s = 2.7012 > 2: an event hour serves 2 ×
  //      3,600 ÷ 0.05 = 144,000; its queue keeps what the limit holds back in the event hours, so it serves all 30M
  //      (144,000 × 730 = 105,120,000 fit), where it read served 26,364,758.51 before. A normal hour (2.70 + 3.38 and
  //      0.34 at once) is under every limit.
  //    Served: checkout 26,931,039.15, search 53,862,078.30 (3,068,960.85 and 6,137,921.70 throttled, not billed), audit
  //      30,000,000 (3,635,241.49 of them held back into quieter hours): 110,793,117.45.
  //    Lambda: requests 109,793,117.45 × $0.20/M = $21.9586 → $21.96; GB-s 26,931,039.15 × 0.4 × 1 + 53,862,078.30 ×
  //      0.251 × 0.5 + 30,000,000 × 0.05 × 0.25 = 17,907,106.49 − 400,000 = 17,507,106.49 × $0.0000166667 = $291.79.
  //    HTTP API: all 30M (it bills the requests Lambda throttled): $30.00.
  //    Logs of the served: 56,931,039.15 × 264 B + 53,862,078.30 × 2,000 B = 122.7540 GB − 5 = $58.877 → $58.88; never
  //      expiring: × 1.8 = 220.9571 − 5 GB-months = $6.4787 → $6.48.
  //    At the full traffic: SQS 90M − 1M = $35.60; WRU 2 × 30M × 3 = 180M → $112.50; RRU 4 × 30M × 1 (strong) → $15.00.
  //    Total $572.21.
  it('event days throttle the two the API waits on and hold back the queue worker, the API and the services priced at the full traffic: $572.21', () => {
    expect(bill(load('3-shared-pool-spiky.yaml'))).toEqual({
      'lambda.requests': '21.96',
      'lambda.duration.x86_64.tier-1': '291.79',
      'api-gateway.http.requests.tier-1': '30.00',
      'lambda-logs.ingestion.tier-1': '58.88',
      'lambda-logs.storage': '6.48',
      'dynamodb.write-request-units': '112.50',
      'dynamodb.read-request-units': '15.00',
      'sqs.standard.requests.tier-1': '35.60',
      total: '572.21',
    });
    const { status, json } = estimateJson('3-shared-pool-spiky.yaml');
    expect(status).toBe(0);
    expect(json.functions.map((f) => [f.name, Number(f.throttled_requests).toFixed(2)])).toEqual([
      ['checkout', '3068960.85'],
      ['search', '6137921.70'],
      ['audit', '0.00'],
    ]);
    expect(json.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['concurrency_limit', 'reserved_concurrency']));
    const message = (id: string) => json.warnings.find((w) => w.id === id)?.message;
    expect(message('concurrency_limit')).toContain('about 9,206,883 requests a month would be throttled');
    expect(message('reserved_concurrency')).toContain('its queue keeps the messages');
    expect(message('reserved_concurrency')).toContain('about 3,635,241 requests a month held back in the busiest hours wait to run, and be billed, in quieter ones');
  });
});

describe('where the containers overtake serverless, solved by hand (aws-2025-10-08)', () => {
  // 5.5. 5-breakeven-containers.yaml at 20M requests: api (arm64, 1,024 MB, 80 ms) behind an HTTP API; against two
  //    0.5 vCPU / 1 GB arm64 tasks (400 a second each) and two t4g.small (300 a second each), both behind an
  //    internet-facing ALB (0.1 new connections and 4 KB processed a request).
  //    Serverless: requests 19M → $3.80; arm64 1,600,000 − 400,000 = 1,200,000 × $0.0000133334 = $16.00; HTTP $20.00; logs
  //      5.28 − 5 = 0.28 GB → $0.14; stored 9.504 − 5 = 4.504 GB-months → $0.14. $40.08.
  //    The load balancer: 730 h × $0.0225 = $16.425 → $16.43; each hour 27,397.26 requests × 4 KB = 0.104513 GB, more than
  //      0.761 new connections a second ÷ 25 = 0.0304: 76.2939 LCU-hours × $0.008 = $0.61; two addresses × 730 h × $0.005
  //      = $7.30.
  //    Fargate: 7.6 requests a second, so the minimum 2 tasks: 730 vCPU-hours × $0.03238 = $23.64; 1,460 GB-hours ×
  //      $0.00356 = $5.20. $53.18. EC2: 1,460 instance-hours × $0.0168 = $24.53. $48.87.
  //    Budgets: serverless $50 (within by $9.92), EC2 $60 (within by $11.13), Fargate $45 (over by $8.18): exit 1.
  //    Crossings: every bend of serverless (1M requests, 400,000 GB-s at 5M, the free log storage at 10.52M and
  //    ingestion at 18.94M) is below 20M, and both fleets keep 2 units up to 600 a second (1,576.8M), so between 20M and
  //    30M each bill is one line: serverless $2.412928/M − $8.18336, Fargate $52.56 + $0.0305176/M, EC2 $48.253 +
  //    $0.0305176/M. Fargate = serverless at 25,496,597.67 → 25,496,598; EC2 at 23,688,764.74 → 23,688,765.
  //    EC2 against Fargate ($12.264 an instance, $14.4175 a task each month, the load balancer alike): EC2 is the
  //    cheaper while n / t < 1.1756, n = ceil(x / 300), t = ceil(x / 400) at least 2 each, x requests a second: up to
  //    600, from 800 to 900 and from 2,000 to 2,100 (7 / 6), Fargate elsewhere up to 10B (3,805 a second). At 2,400 a
  //    second both step (8 → 9 instances, 6 → 7 tasks) and Fargate stays the cheaper: no crossing there.
  const at20M = {
    serverless: {
      'lambda.requests': '3.80',
      'lambda.duration.arm64.tier-1': '16.00',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '0.14',
      'lambda-logs.storage': '0.14',
      total: '40.08',
    },
    ec2: { 'ec2.instances': '24.53', 'load-balancer.hours': '16.43', 'load-balancer.lcu': '0.61', 'load-balancer.public-ipv4': '7.30', total: '48.87' },
    fargate: {
      'fargate.vcpu.arm64': '23.64',
      'fargate.memory.arm64': '5.20',
      'load-balancer.hours': '16.43',
      'load-balancer.lcu': '0.61',
      'load-balancer.public-ipv4': '7.30',
      total: '53.18',
    },
  };
  const expectedCrossovers = [
    ['serverless/ec2', '23688765', 'ec2'],
    ['serverless/fargate', '25496598', 'fargate'],
    ['ec2/fargate', '1576800000', 'fargate'],
    ['ec2/fargate', '2102400000', 'ec2'],
    ['ec2/fargate', '2365200000', 'fargate'],
    ['ec2/fargate', '5256000000', 'ec2'],
    ['ec2/fargate', '5518800000', 'fargate'],
  ];
  it('serverless $40.08, EC2 $48.87, Fargate $53.18: Fargate over its $45 budget, exit 1', () => {
    expect(billsOf(load('5-breakeven-containers.yaml'))).toEqual(at20M);
    const { status, json, stderr } = estimateJson('5-breakeven-containers.yaml');
    expect(status).toBe(1);
    expect({ serverless: platformJsonBill(json), ec2: platformJsonBill(json, 'ec2'), fargate: platformJsonBill(json, 'fargate') }).toEqual(at20M);
    expect(json.budget).toMatchObject({ status: 'over' });
    expect(json.budget!.checks).toEqual([
      { platform: 'serverless', budget_usd: '50.00', monthly_usd: '40.08', excess_usd: '-9.92', status: 'within' },
      { platform: 'ec2', budget_usd: '60.00', monthly_usd: '48.87', excess_usd: '-11.13', status: 'within' },
      { platform: 'fargate', budget_usd: '45.00', monthly_usd: '53.18', excess_usd: '8.18', status: 'over' },
    ]);
    expect(stderr).toContain('Fargate $53.18 a month of $45.00, $8.18 over');
  });
  it('EC2 overtakes serverless at 23,688,765 requests, Fargate at 25,496,598; the fleets cross where one steps alone', () => {
    expect(crossovers(estimateJson('5-breakeven-containers.yaml').json.breakeven!.crossovers)).toEqual(expectedCrossovers);
    const result = runCli(['breakeven', `${FIXTURES}/5-breakeven-containers.yaml`, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(crossovers((JSON.parse(result.stdout) as { crossovers: JsonCrossover[] }).crossovers)).toEqual(expectedCrossovers);
  });
});

describe('the functions on other providers, derived by hand (gcp, azure, cloudflare 2026-12-05)', () => {
  // 5.6. 6-compare-provisioned-arm.yaml: api (arm64, 600 MB, 64.2 ms → 65 ms, 7.5 ms CPU, 129 MB used) 12M requests, 2M
  //    of them on 2 provisioned environments for 200 h; render (x86_64, 2,048 MB, 1,450 ms, 1,100 ms CPU, 100 MB used,
  //    1,024 MB storage, 8 requests to an instance) 300,000. 12.3M requests in all. Cloud Run in us-east4 (Tier 1).
  //    Lambda: requests 11.3M → $2.26; x86_64 870,000 − 400,000 = 470,000 × $0.0000166667 = $7.83; arm64 10M × 0.065 ×
  //      0.5859375 = 380,859.375 × $0.0000133334 = $5.08; configured 2 × 0.5859375 × 200 × 3,600 = 843,750 GB-s ×
  //      $0.0000033334 = $2.8126 → $2.81; provisioned duration 2M × 0.065 × 0.5859375 = 76,171.875 × $0.0000077778 =
  //      $0.59; storage 300,000 × 1.45 × 0.5 = 217,500 GB-s × $0.0000000309 = $0.0067 → $0.01. $18.58.
  //    Cloud Run functions: 600 MB → the 1 GiB size (0.583 vCPU), 64.2 → 100 ms; render 2 GiB (1 vCPU), 1,450 → 1,500 ms
  //      shared by 8 = 187.5 ms a request. CPU 12M × 0.1 × 0.583 + 0.3M × 0.1875 = 755,850 − 180,000 = 575,850 × $0.000024
  //      = $13.82; memory 1,200,000 + 112,500 = 1,312,500 − 360,000 = 952,500 × $0.0000025 = $2.38; requests 10.3M ×
  //      $0.40/M = $4.12. $20.32.
  //    Azure Consumption: 129 MB → 256 MB and 64.2 → the 100 ms minimum: 300,000 GB-s; render 100 → 128 MB × 1.45 s:
  //      54,375; 354,375 inside the free 400,000; executions 11.3M → $2.26. $2.26, the cheapest.
  //    Workers: api uses 129 MB, over an isolate's 128 MB: does not fit.
  //    The serverless platform adds the HTTP API ($12.00) and the log lines (3.2472 GB free; 5.845 − 5 GB-months → $0.03):
  //      $30.61.
  const doesNotFit = { api: "129 MB of memory used is over an isolate's 128 MB" };
  it('Lambda $18.58 with its provisioned lines, Cloud Run functions $20.32, Azure $2.26, Workers does not fit', () => {
    const { status, json } = estimateJson('6-compare-provisioned-arm.yaml');
    expect(status).toBe(0);
    expect(json.platforms['serverless']!.monthly_usd).toBe('30.61');
    expect(json.compare!.requests_per_month).toBe('12300000');
    expect(json.compare!.cheapest).toBe('azure');
    expect(compared(json)).toEqual({
      aws: {
        'lambda.requests': '2.26',
        'lambda.duration.x86_64.tier-1': '7.83',
        'lambda.duration.arm64.tier-1': '5.08',
        'lambda.provisioned-concurrency.arm64': '2.81',
        'lambda.provisioned-duration.arm64': '0.59',
        'lambda.ephemeral-storage': '0.01',
        total: '18.58',
      },
      gcp: { 'run-functions.cpu': '13.82', 'run-functions.memory': '2.38', 'run-functions.requests': '4.12', total: '20.32' },
      azure: { 'functions.consumption.executions': '2.26', 'functions.consumption.execution-time': '0.00', total: '2.26' },
      cloudflare: doesNotFit,
    });
  });
  // 5.7. The same with --no-free-tier: Lambda requests 12.3M → $2.46, x86_64 870,000 → $14.50, the rest as above: $25.45.
  //    Cloud Run: 755,850 vCPU-s → $18.14, 1,312,500 GiB-s → $3.28, 12.3M → $4.92: $26.34. Azure: 12.3M → $2.46, 354,375
  //    GB-s × $0.000016 = $5.67: $8.13. Serverless: $25.45 + $12.00 + logs 3.2472 GB → $1.62 + 5.845 GB-months → $0.18 =
  //    $39.25.
  it('--no-free-tier: Lambda $25.45, Cloud Run functions $26.34, Azure $8.13', () => {
    const { status, json } = estimateJson('6-compare-provisioned-arm.yaml', '--no-free-tier');
    expect(status).toBe(0);
    expect(json.platforms['serverless']!.monthly_usd).toBe('39.25');
    expect(json.compare!.cheapest).toBe('azure');
    expect(compared(json)).toEqual({
      aws: {
        'lambda.requests': '2.46',
        'lambda.duration.x86_64.tier-1': '14.50',
        'lambda.duration.arm64.tier-1': '5.08',
        'lambda.provisioned-concurrency.arm64': '2.81',
        'lambda.provisioned-duration.arm64': '0.59',
        'lambda.ephemeral-storage': '0.01',
        total: '25.45',
      },
      gcp: { 'run-functions.cpu': '18.14', 'run-functions.memory': '3.28', 'run-functions.requests': '4.92', total: '26.34' },
      azure: { 'functions.consumption.executions': '2.46', 'functions.consumption.execution-time': '5.67', total: '8.13' },
      cloudflare: doesNotFit,
    });
  });

  // 5.8. 8-breakeven-compare.yaml: proxy (x86_64, 512 MB, 200 ms, 3 ms CPU) at 5M requests.
  //    Lambda: 4M → $0.80; 500,000 − 400,000 GB-s → $1.67. $2.47, the cheapest. Cloud Run: 0.333 vCPU × 0.2 s × 5M =
  //      333,000 − 180,000 → $3.67; 500,000 − 360,000 GiB-s → $0.35; 3M → $1.20. $5.22. Workers: $5.00 (5M requests, 15M
  //      CPU-ms, both included).
  //    The curves: Lambda $0.2/M − $0.2 from 1M, $1.86667/M − $6.86668 from 4M; Cloud Run $0.4/M − $0.8 from 2M,
  //      $1.9984/M − $5.12 from 2,702,703 (vCPU-s), $2.2484/M − $6.02 from 3.6M (GiB-s); Workers $5 up to 10M.
  //      Cloud Run = Lambda at 4.92 / 1.7984 M = 2,735,765.12; Cloud Run = Workers at 11.02 / 2.2484 M = 4,901,263.12;
  //      Lambda = Workers at 11.86668 / 1.86667 M = 6,357,138.65. Above 10M Workers grows by $0.36/M, less than either.
  it('Lambda $2.47, Cloud Run functions $5.22, Workers $5.00; Lambda under Cloud Run above 2,735,765, Workers under both above 4,901,263 and 6,357,139', () => {
    const { status, json } = estimateJson('8-breakeven-compare.yaml');
    expect(status).toBe(0);
    expect(json.compare!.cheapest).toBe('aws');
    expect(compared(json)).toEqual({
      aws: { 'lambda.requests': '0.80', 'lambda.duration.x86_64.tier-1': '1.67', total: '2.47' },
      gcp: { 'run-functions.cpu': '3.67', 'run-functions.memory': '0.35', 'run-functions.requests': '1.20', total: '5.22' },
      cloudflare: { 'workers.plan': '5.00', 'workers.requests': '0.00', 'workers.cpu': '0.00', total: '5.00' },
    });
    const result = runCli(['breakeven', `${FIXTURES}/8-breakeven-compare.yaml`, '--format', 'json']);
    expect(result.status).toBe(0);
    const sweep = JSON.parse(result.stdout) as { platforms: string[]; crossovers: JsonCrossover[]; cheapest: { platform: string; to_requests_per_month: string }[] };
    expect(sweep.platforms).toEqual(['aws', 'gcp', 'cloudflare']);
    expect(crossovers(sweep.crossovers)).toEqual([
      ['aws/gcp', '2735765', 'aws'],
      ['gcp/cloudflare', '4901263', 'cloudflare'],
      ['aws/cloudflare', '6357139', 'cloudflare'],
    ]);
    expect(sweep.cheapest.map((range) => [range.platform, range.to_requests_per_month])).toEqual([
      ['gcp', '2735765'],
      ['aws', '6357139'],
      ['cloudflare', '10000000000'],
    ]);
  });
});

describe("a region's own bands (aws-2025-10-08, ap-south-1)", () => {
  // 5.9. 9-ap-south-1.yaml: 400M requests; api (arm64, 256 MB, 35 ms, 236 B of its own logs kept 60 days); an HTTP API of
  //    513 KB requests (2 × 512 KB steps).
  //    Lambda: 399M → $79.80; 3,500,000 − 400,000 GB-s × $0.0000133334 = $41.33. HTTP 800M metered: 300M × $1.05 =
  //      $315.00, 500M × $0.95 = $475.00. Logs 400M × 500 B = 200 − 5 GB × $0.67 = $130.65; stored 200 × 0.15 × 1.9726
  //      months = 59.178 − 5 = 54.178 GB-months × $0.03 = $1.63.
  //    Egress 400M × 160 KB = 64,000 GB: 100 free, then 10,240 × $0.1093 = $1,119.232 → $1,119.23, 40,960 × $0.085 =
  //      $3,481.60, 12,700 × $0.082 = $1,041.40; another region 300 × $0.086 = $25.80; between zones 2 × 50 × $0.01 =
  //      $1.00.
  //    Standard 3M − 4,000 transitions × $0.0285/1,000 = $85.386 → $85.39. S3 51,200 × $0.025 = $1,280.00, 8,800 ×
  //      $0.024 = $211.20; PUT 2M × $0.005/1,000 = $10.00; GET 400M × $0.0004/1,000 = $160.00. DynamoDB 400M eventual
  //      reads of 2 KB (0.5 RRU) = 200M × $0.1425/M = $28.50; 5M writes × 2 WRU = 10M × $0.71/M = $7.10; 10 GB, free.
  //    Total $8,494.63.
  it('three egress bands at Mumbai rates, HTTP past 300M in 512 KB steps, its Step Functions, S3, DynamoDB and logs: $8,494.63', () => {
    expect(bill(load('9-ap-south-1.yaml'))).toEqual({
      'lambda.requests': '79.80',
      'lambda.duration.arm64.tier-1': '41.33',
      'api-gateway.http.requests.tier-1': '315.00',
      'api-gateway.http.requests.tier-2': '475.00',
      'lambda-logs.ingestion.tier-1': '130.65',
      'lambda-logs.storage': '1.63',
      'dynamodb.write-request-units': '7.10',
      'dynamodb.read-request-units': '28.50',
      'dynamodb.storage': '0.00',
      's3.storage.tier-1': '1280.00',
      's3.storage.tier-2': '211.20',
      's3.put-requests': '10.00',
      's3.get-requests': '160.00',
      'step-functions.standard.transitions.tier-1': '85.39',
      'data-transfer.internet-out.tier-1': '1119.23',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '1041.40',
      'data-transfer.inter-region': '25.80',
      'data-transfer.cross-az': '1.00',
      total: '8494.63',
    });
  });
});

describe('the table in force on a day (--pricing-date)', () => {
  // 5.10. 10-pricing-date.yaml: 100M requests of ingest (x86_64, 128 MB, 5 ms: 62,500 GB-s, free; 99M → $19.80), each
  //    writing 120,000 B of logs (12,000 GB) kept 3 days (12,000 × 0.15 × 36 / 365 = 177.53 − 5 GB-months × $0.03 =
  //    $5.18); a table of 1.5 KB writes (2 WRU), 10% in transactions: 220M WRU; 30 GB (5 over the free 25: $1.25);
  //    100M custom events and 3M partner events of 128.5 KB (3 × 64 KB chunks): $300.00 and $9.00.
  //    2024-10-31 → aws-2024-09-06: WRU at $1.25/M = $275.00; logs at one flat $0.50: 11,995 GB → $5,997.50. $6,607.73.
  //    2024-11-01 and 2025-04-30 → aws-2024-11-01: WRU at $0.625/M = $137.50. $6,470.23.
  //    2025-05-01 → aws-2025-05-01: Lambda's log bands: 9,995 × $0.50 = $4,997.50 and 2,000 × $0.25 = $500.00. $5,970.23;
  //    the same on the newest table, aws-2025-10-08.
  const before = {
    'lambda.requests': '19.80',
    'lambda.duration.x86_64.tier-1': '0.00',
    'lambda-logs.ingestion.tier-1': '5997.50',
    'lambda-logs.storage': '5.18',
    'dynamodb.write-request-units': '275.00',
    'dynamodb.storage': '1.25',
    'eventbridge.custom-events': '300.00',
    'eventbridge.partner-events': '9.00',
    total: '6607.73',
  };
  const afterCut = { ...before, 'dynamodb.write-request-units': '137.50', total: '6470.23' };
  const bands = { ...afterCut, 'lambda-logs.ingestion.tier-1': '4997.50', 'lambda-logs.ingestion.tier-2': '500.00', total: '5970.23' };
  it.each([
    ['2024-10-31', 'aws-2024-09-06', before],
    ['2024-11-01', 'aws-2024-11-01', afterCut],
    ['2025-04-30', 'aws-2024-11-01', afterCut],
    ['2025-05-01', 'aws-2025-05-01', bands],
  ])('--pricing-date %s prices on %s', (date, id, expected) => {
    const { status, json } = estimateJson('10-pricing-date.yaml', '--pricing-date', date);
    expect(status).toBe(0);
    expect(json.pricing.id).toBe(id);
    expect(platformJsonBill(json)).toEqual(expected);
  });
  it('without a date, the newest table: $5,970.23', () => {
    const { json } = estimateJson('10-pricing-date.yaml');
    expect(json.pricing.id).toBe('aws-2025-10-08');
    expect(platformJsonBill(json)).toEqual(bands);
  });
});
