// Whole serverless architectures, thirteenth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1–§1.5, §3.1, §5, §7.3; pricing-facts-services.md §1.1, §1.2, §1.5, §4.2, §4.3, §5), the unit
// prices of the shipped tables (pricing/aws/2025-05-01 and 2025-10-08.yaml: us-east-1, eu-west-1 and ap-northeast-2;
// pricing/cloudflare/2026-12-05.yaml) and the models of docs/memory.md and docs/ranges.md, before slcost priced them.
// The derivations were worked in Python's decimal at 40 digits, the memory model in exact fractions
// (test/fixtures/whole-architectures-13/derivations.py prints every line, every tuned size and its neighbours, the
// curves and their crossings), and committed before slcost was run on them. Every line is rounded to the cent, halves
// up; a total is the sum of its lines. This batch leans on what the first twelve touched least: `tune`'s cheapest,
// fastest and balanced sizes, first for a two-threaded function whose billed-millisecond ceilings put the balanced size
// 4 MB above the smallest that qualifies, then for a single-threaded one whose paid ephemeral storage moves its
// cheapest size off the smallest, to a different size on each architecture, beside a function that takes part of the
// free tier first, then on provisioned concurrency whose environments run fewer of the invocations said to be theirs as
// a smaller size runs longer, and a scheduled Java function whose billed INIT phase scales with the model up to its
// 10-second cap; two break-even volumes solved between two bends of a curve (serverless against a fixed EC2 fleet
// between the HTTP API's second band and the end of Lambda's free GB-seconds; Lambda against Cloudflare Workers
// between the end of Workers' included requests and of its included CPU time); the same API with its requests a
// range, whose percentiles and chances of being the cheapest follow from that crossing; a SAM template of AWS's own
// (two Standard machines, a Parallel, a Choice without a Default, a .sync child) priced in Seoul; Lambda logs across
// Seoul's first three bands at INFO and WARN with Seoul's own egress bands past 150 TB; and two files in one CI run,
// one over its P90 budget.
//
// Conventions (each stated by the facts or, where they leave it open, by slcost's documented decision, "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first (decision), off the bottom band; every figure here is inside the first duration band. Only 13.10's
//   function bills an INIT phase (a java21 ZIP on aws-2025-10-08): the template's Python functions are priced on
//   aws-2025-05-01, before managed runtimes' INIT was billed, and no other function names a runtime.
// - Memory (docs/memory.md): vCPUs m / 1,769 up to 1,769 MB, then 1 + 5 (m − 1,769) / 8,471; d(m) = (1 − f) d₀ +
//   f d₀ · min(k, vCPUs(m₀)) / min(k, vCPUs(m)). A function's cost at a size is what it adds to the month's Lambda
//   bill; cheapest: the lowest cost, of equal costs the faster, then the smaller; fastest: the shortest duration, of
//   equal durations the cheaper; balanced: the cheapest whose duration is within 10% of the fastest's (exact
//   durations, not the billed ones). Sizes from peak_memory_mb (or 128 MB) up, on both architectures.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored
//   × 0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire; 5 GB ingested and 5 GB-months stored
//   free, the stated logs first (decision); Lambda's log bands from aws-2025-05-01 at 10,000 / 30,000 / 50,000 GB,
//   the free GB off the bottom band (decision).
// - Data transfer: response_kb in binary GB (2^20 KB) when response_kb_units says so; the free 100 GB first, then the
//   region's bands of 10,240 / 40,960 / 102,400 GB.
// - Break-even (README, "How the cost is computed"): every count in proportion, everything else fixed; a fleet runs
//   max(minimum, ceil(requests a second ÷ capacity)) instances; the load balancer's capacity units each hour are the
//   larger of new connections a second ÷ 25 and GB processed (KB of 1,024 B, GB of 1,048,576 KB). A crossing is where
//   the two exact (unrounded) costs are equal, given to the whole request. Workers (docs/providers.md): $5 with 10M
//   requests and 30M CPU-ms included, then $0.30 a million requests and $0.02 a million CPU-ms.
// - Ranges (docs/ranges.md): when the requests are the only range, P10 / P50 / P90 are the bills at those volumes; the
//   fit above the median is the lognormal with σ = ln(p90 / p50) / z₀.₉ (z₀.₉ the normal's 90th percentile, so that P90
//   holds exactly); the chance a platform is the cheapest is the chance the requests fall where it is. A P90 budget
//   fails on the P90 bill.
// - Step Functions Standard (docs/services/step-functions.md): one transition per state entered (Pass, Task, Choice,
//   Parallel, Fail, Succeed), a Parallel's every branch, a Choice without a Default nor a named branch taking its
//   first rule's Next (a transitions_assumed warning), retries as stated per execution; 4,000 free over all machines.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonLine } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-13';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

interface JsonSize {
  readonly memory_mb: number;
  readonly architecture: string;
  readonly duration_ms: string;
  readonly monthly_usd: string;
  readonly saving_usd?: string;
  readonly cold_start_ms: string | null;
}
interface JsonTune {
  readonly functions: readonly {
    readonly name: string;
    readonly today: JsonSize;
    readonly choices: Readonly<Record<'cheapest' | 'fastest' | 'balanced', JsonSize>>;
    readonly on_todays_architecture: Readonly<Record<'cheapest' | 'fastest' | 'balanced', JsonSize>>;
  }[];
}
interface JsonCrossover {
  readonly platforms: readonly string[];
  readonly requests_per_month: string;
  readonly cheaper_above: string;
}
interface JsonSweep {
  readonly platforms: readonly string[];
  readonly crossovers: readonly JsonCrossover[];
  readonly cheapest: readonly { readonly platform: string; readonly from_requests_per_month: string; readonly to_requests_per_month: string }[];
}
interface JsonPlatform {
  readonly monthly_usd: string;
  readonly line_items: readonly JsonLine[];
  readonly percentiles?: {
    readonly p10_usd: string;
    readonly p50_usd: string;
    readonly p90_usd: string;
    readonly cheapest_probability: number;
    readonly sampling_error_usd: string | null;
  };
}
interface JsonEstimate {
  readonly scenario: { readonly name: string };
  readonly platforms: Readonly<Record<string, JsonPlatform>>;
  readonly compare?: {
    readonly cheapest: string;
    readonly providers: Readonly<Record<string, { readonly monthly_usd: string | null; readonly line_items: readonly JsonLine[] }>>;
  };
  readonly breakeven: (JsonSweep & { readonly throttles_above_requests_per_month: string | null }) | null;
  readonly budget: { readonly status: string; readonly monthly_usd: string; readonly checks: readonly Record<string, unknown>[] } | null;
  readonly ranges?: { readonly method: string };
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}
interface JsonEstimates {
  readonly estimates: readonly JsonEstimate[];
  readonly summary: {
    readonly count: number;
    readonly over_budget_count: number;
    readonly scenarios: readonly { readonly name: string; readonly budget: string | null }[];
  };
}

/** `slcost estimate FILE --format json`, as CI reads it. */
const estimateJson = (file: string, ...options: string[]) => estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`, ...options]);

/** `slcost tune FILE --function NAME --format json`: the one function's today and choices. */
function tuned(file: string, name: string) {
  const result = runCli(['tune', `${FIXTURES}/${file}`, '--function', name, '--format', 'json']);
  expect(result.status).toBe(0);
  const fn = (JSON.parse(result.stdout) as JsonTune).functions.find((each) => each.name === name)!;
  const brief = (size: JsonSize) => [size.memory_mb, size.architecture, size.duration_ms, size.monthly_usd, size.saving_usd];
  return {
    today: brief(fn.today),
    any: { cheapest: brief(fn.choices.cheapest), fastest: brief(fn.choices.fastest), balanced: brief(fn.choices.balanced) },
    todays: {
      cheapest: brief(fn.on_todays_architecture.cheapest),
      fastest: brief(fn.on_todays_architecture.fastest),
      balanced: brief(fn.on_todays_architecture.balanced),
    },
  };
}

/** `slcost breakeven FILE --format json`: the crossings and where each platform is the cheapest. */
function sweepOf(file: string) {
  const result = runCli(['breakeven', `${FIXTURES}/${file}`, '--format', 'json']);
  expect(result.status).toBe(0);
  const sweep = JSON.parse(result.stdout) as JsonSweep;
  return {
    platforms: sweep.platforms,
    crossovers: sweep.crossovers.map((c) => [c.platforms.join('/'), c.requests_per_month, c.cheaper_above]),
    cheapest: sweep.cheapest.map((range) => [range.platform, range.from_requests_per_month, range.to_requests_per_month]),
  };
}

describe('tune: the sizes a memory model chooses, derived by hand (aws-2025-10-08)', () => {
  // 13.1. 1-tune-two-threads.yaml: resize measured 400 ms at 1,024 MB, 70% on the CPU, 2 threads, at least 300 MB,
  //    20M requests; thumb (x86_64, 512 MB, 300 ms, 3M) alone uses the whole free pool (3M > 1M requests, 450,000 >
  //    400,000 GB-s), so resize's cost at m is $4.00 + 20M × ceil(d(m)) × m / 1,024,000 GB-s × the band-1 rate, rising
  //    with the billed MB-ms, arm64 ($0.0000133334) under x86_64 ($0.0000166667): each choice is arm64, and x86_64 alone
  //    chooses the same size. d(m) = 120 + 280 × (1,024 / 1,769) / min(2, vCPUs(m)).
  //    Today: 20M × 0.4 s × 1 GB = 8,000,000 GB-s × $0.0000166667 = $133.3336 + $4.00 = $137.33.
  //    Cheapest: below 1,769 MB, d × m = 120 m + 286,720, so the fewest MB-ms are near the floor, but the ceiling adds
  //      up to m: 300 MB, d = 1,075.733 ms, billed 1,076 (322,800 MB-ms; 301 MB bills 1,073 ms, 322,973). 20M × 1.076 ×
  //      300 / 1,024 = 6,304,687.5 GB-s: arm64 $84.0629 + $4.00 = $88.06 (saves $49.27); x86_64 $109.08 (saves $28.26).
  //    Fastest: two vCPUs are reached at 3,464 MB (1 + 5 × 1,695 / 8,471 ≥ 2; 3,463 MB gives 8,470 / 8,471 short of
  //      it): d = 120 + 143,360 / 1,769 = 201.040 ms, billed 202: 14,137,500 GB-s, arm64 $186.22, x86_64 $231.78.
  //    Balanced: within 10% of 201.0401 ms is up to 221.1441 ms, first reached at 2,790 MB (d 221.1 ms, billed 222:
  //      619,380 MB-ms); 2,794 MB runs 220.984 ms, billed 221: 617,474 MB-ms, the fewest of all the sizes within (2,793
  //      bills 222 ms: 620,046). arm64 $164.80 (saves −$27.47), x86_64 $205.00 (saves −$67.67).
  it('cheapest 300 MB arm64 $88.06, fastest 3,464 MB arm64 $186.22, balanced 2,794 MB arm64 $164.80; x86_64 alone the same sizes', () => {
    expect(tuned('1-tune-two-threads.yaml', 'resize')).toEqual({
      today: [1024, 'x86_64', '400', '137.33', undefined],
      any: {
        cheapest: [300, 'arm64', '1075.733', '88.06', '49.27'],
        fastest: [3464, 'arm64', '201.04', '186.22', '-48.89'],
        balanced: [2794, 'arm64', '220.984', '164.80', '-27.47'],
      },
      todays: {
        cheapest: [300, 'x86_64', '1075.733', '109.08', '28.26'],
        fastest: [3464, 'x86_64', '201.04', '231.78', '-94.44'],
        balanced: [2794, 'x86_64', '220.984', '205.00', '-67.67'],
      },
    });
  });

  // 13.7. 7-tune-ephemeral-shared-pool.yaml (eu-west-1): encode measured 900 ms at 2,048 MB, 90% on the CPU, one
  //    thread, 4,096 MB of ephemeral storage (3.5 GB paid, $0.000000034 a GB-s in Ireland), 3M requests; ping (x86_64,
  //    128 MB, 100 ms, 600,000) takes 600,000 requests and 7,500 GB-s of the pool first, leaving 400,000 and 392,500.
  //    Without encode the bill is $0, so its cost at m is $0.52 + (G(m) − 392,500) × rate + 3.5 × 3M × billed s ×
  //    $0.000000034 ($0.000357 a billed ms), G(m) = 3M × ceil(d) × m / 1,024,000; d(m) = 90 + 1,432,890 / m to 1,769 MB,
  //    900 ms above.
  //    Today: 5,400,000 − 392,500 GB-s × $0.0000166667 = $83.4585 + $0.3213 storage + $0.52 = $84.30.
  //    The storage saves $0.000357 for each ms the size cuts, the GB-seconds cost 90 ms more for each MB: the optimum
  //      is near √(1,432,890 × 0.000357 / (90 × 3M / 1,024,000 × rate)), lower on x86_64, whose GB-s cost more. Among
  //      the neighbours, the ceilings decide: arm64 381 MB (3,850.866 ms, billed 3,851: $53.9754; 380 MB $53.9770, 382
  //      MB $53.9884) $53.98, saves $30.32; x86_64 333 MB (4,392.973 ms, billed 4,393: $66.9759; 331 MB $66.9764, 332
  //      MB $66.9768) $66.98, saves $17.32.
  //    Fastest: 900 ms from 1,769 MB (one thread): arm64 $57.80, x86_64 $72.04. Balanced: up to 990 ms, from 1,592.1
  //      MB; 1,594 MB runs 988.927 ms, billed 989 (1,593 bills 990): arm64 $57.22, x86_64 $71.31.
  it('cheapest 381 MB on arm64 but 333 MB on x86_64, with storage billed by duration and part of the free pool taken', () => {
    expect(tuned('7-tune-ephemeral-shared-pool.yaml', 'encode')).toEqual({
      today: [2048, 'x86_64', '900', '84.30', undefined],
      any: {
        cheapest: [381, 'arm64', '3850.866', '53.98', '30.32'],
        fastest: [1769, 'arm64', '900', '57.80', '26.50'],
        balanced: [1594, 'arm64', '988.927', '57.22', '27.08'],
      },
      todays: {
        cheapest: [333, 'x86_64', '4392.973', '66.98', '17.32'],
        fastest: [1769, 'x86_64', '900', '72.04', '12.26'],
        balanced: [1594, 'x86_64', '988.927', '71.31', '12.99'],
      },
    });
  });
});

describe('tune on provisioned concurrency, derived by hand (aws-2025-10-08)', () => {
  // 13.9. 9-tune-provisioned.yaml: quote measured 120 ms at 1,024 MB, 80% on the CPU, one thread, 50M requests; 2
  //    environments all month said to serve 30M. At m, d(m) = 24 + 96 × 1,024 / min(m, 1,769); the environments run at
  //    most 2 × 2,628,000 s ÷ d (the time a request runs), so they serve min(30M, that), billed at ceil(d) and the
  //    provisioned duration rate; the rest on demand with the free 400,000 GB-s; the free 1M requests off all 50M.
  //    Today (x86_64): configured 2 × 2,628,000 GB-s × $0.0000041667 = $21.90; 30M × 0.12 GB-s × $0.0000097222 =
  //      $35.00; 20M × 0.12 = 2,400,000 − 400,000 GB-s × $0.0000166667 = $33.33; 49M requests $9.80. $100.03.
  //    Cheapest, 128 MB (the floor): d = 792 ms, so the environments run 6,636,363.64 of the 30M; configured 0.25 GB
  //      × 5,256,000 s, provisioned 6,636,363.64 × 0.792 × 0.125 GB-s, on demand 43,363,636.36 × 0.099 = 4,293,000 −
  //      400,000 GB-s: arm64 $2.19 + $5.11 + $51.91 + $9.80 = $69.01 (saves $31.03); x86_64 $83.81 (saves $16.23).
  //    Fastest, 1,769 MB: 79.570 ms, billed 80; all 30M served: arm64 $103.84, x86_64 $127.34. Balanced: within 10% of
  //      79.5704 ms is up to 87.527 ms, first at 1,548 MB (87.504 ms; 1,547 MB runs 87.545), the cheapest of those:
  //      arm64 $97.47, x86_64 $119.38.
  it('cheapest 128 MB arm64 $69.01, its environments serving 6.6M of the 30M said; fastest 1,769 MB; balanced 1,548 MB', () => {
    expect(tuned('9-tune-provisioned.yaml', 'quote')).toEqual({
      today: [1024, 'x86_64', '120', '100.03', undefined],
      any: {
        cheapest: [128, 'arm64', '792', '69.01', '31.03'],
        fastest: [1769, 'arm64', '79.57', '103.84', '-3.80'],
        balanced: [1548, 'arm64', '87.504', '97.47', '2.57'],
      },
      todays: {
        cheapest: [128, 'x86_64', '792', '83.81', '16.23'],
        fastest: [1769, 'x86_64', '79.57', '127.34', '-27.31'],
        balanced: [1548, 'x86_64', '87.504', '119.38', '-19.35'],
      },
    });
    expect(bill(load('9-tune-provisioned.yaml'))).toMatchObject({
      'lambda.requests': '9.80',
      'lambda.duration.x86_64.tier-1': '33.33',
      'lambda.provisioned-concurrency.x86_64': '21.90',
      'lambda.provisioned-duration.x86_64': '35.00',
    });
  });
});

describe('tune with the INIT phase billed, scaled and capped (aws-2025-10-08)', () => {
  // 13.10. 10-tune-init-capped.yaml: report (java21 ZIP: INIT billed from aws-2025-08-01) measured 120 s at 1,024 MB,
  //    60% on the CPU, one thread, INIT 8,000 ms, at least 300 MB; every 15 minutes, 2,920 runs. One environment
  //    (ceil(120 / 900)) idle 780 s between runs, past the 600 s timeout: every run cold, 2,920 billed cold starts,
  //    2,920 × 8 s × 1 GB = 23,360 INIT GB-s today. base (x86_64, 1,024 MB, 1 s, 2M) takes the whole free pool, so
  //    report's cost at m is 2,920 × $0.20 / 1M + 2,920 × (ceil(d) + ceil(INIT)) ms × m / 1,024 GB × rate, d(m) = 48,000 +
  //    73,728,000 / min(m, 1,769), INIT(m) = min(10,000, 8,000 × d(m) / 120,000): capped below 722.8 MB.
  //    Today: 2,920 × 128 s × 1 GB = 373,760 GB-s × $0.0000166667 + $0.000584 = $6.23.
  //    Cheapest, 300 MB (the floor; per run 51,200 m + 78.6M MB-ms above the cap, 58,000 m + 73.7M below it, rising
  //      either way): d = 293,760 ms, INIT 19,584 ms capped at 10,000; 2,920 × 303.76 s × 0.29297 GB = 259,857.5 GB-s:
  //      arm64 $3.47 (saves $2.76), x86_64 $4.33 (saves $1.90). The cold-start column: java's 3,000 ms × 2.448 = 7,344 ms.
  //    Fastest, 1,769 MB: 89,677.784 ms (billed 89,678), INIT 5,978.52 (5,979), cold start 2,241.945 ms: arm64 $6.43,
  //      x86_64 $8.04. Balanced: up to 98,645.5625 ms, first at 1,456 MB (98,637.363 ms, INIT billed 6,576; 1,455 MB
  //      runs 98,672.2): arm64 $5.83, x86_64 $7.28.
  it('cheapest 300 MB arm64 $3.47 with its INIT capped at 10 s, fastest 1,769 MB, balanced 1,456 MB; 2,920 billed cold starts', () => {
    const result = runCli(['tune', `${FIXTURES}/10-tune-init-capped.yaml`, '--function', 'report', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = (JSON.parse(result.stdout) as JsonTune).functions[0]!;
    expect(Object.values(report.choices).map((size) => size.cold_start_ms)).toEqual(['7344', '2241.945', '2465.934']);
    expect(tuned('10-tune-init-capped.yaml', 'report')).toEqual({
      today: [1024, 'x86_64', '120000', '6.23', undefined],
      any: {
        cheapest: [300, 'arm64', '293760', '3.47', '2.76'],
        fastest: [1769, 'arm64', '89677.784', '6.43', '-0.20'],
        balanced: [1456, 'arm64', '98637.363', '5.83', '0.40'],
      },
      todays: {
        cheapest: [300, 'x86_64', '293760', '4.33', '1.90'],
        fastest: [1769, 'x86_64', '89677.784', '8.04', '-1.81'],
        balanced: [1456, 'x86_64', '98637.363', '7.28', '-1.05'],
      },
    });
    const { json } = estimateJsonOf<{ functions: { name: string; billed_cold_starts: string; init_gb_seconds: string }[] }>([`${FIXTURES}/10-tune-init-capped.yaml`]);
    expect(json.functions.map((fn) => [fn.name, String(fn.billed_cold_starts), String(fn.init_gb_seconds)])).toEqual([
      ['report', '2920', '23360'],
      ['base', '0', '0'],
    ]);
  });
});

describe('break-even volumes between two bends of a curve, solved by hand (aws-2025-10-08, cloudflare-2026-12-05)', () => {
  // 13.2. 2-breakeven-http-band.yaml at 400M: api (arm64, 128 MB, 9.2 ms → 10 ms) behind an HTTP API, logs at INFO
  //    never expiring; 7 × m6g.large ($0.077 an hour) whose 2,500 requests a second each outlast 10B a month (3,805 a
  //    second), behind an internet-facing ALB (0.05 new connections and 2 KB processed a request).
  //    Serverless: requests 399M → $79.80; 400M × 0.00125 = 500,000 − 400,000 GB-s × $0.0000133334 = $1.33; HTTP 300M ×
  //      $1.00 + 100M × $0.90; logs 105.6 − 5 GB × $0.50 = $50.30; stored 105.6 × 0.15 × 12 = 190.08 − 5 GB-months ×
  //      $0.03 = $5.55. $526.98, over its $500 budget by $26.98.
  //    EC2: 5,110 instance-hours × $0.077 = $393.47; ALB 730 h × $0.0225 = $16.43; each hour 547,945.2 requests × 2 KB =
  //      1.04514 GB, more than 7.6 new connections a second ÷ 25 = 0.304: 762.94 LCU-hours × $0.008 = $6.10; two
  //      addresses $7.30. $423.30, within its $450 by $26.70. Exit 1.
  //    The crossing: between 300M (the HTTP API's second band) and 320M (320M × 0.00125 = 400,000 GB-s, the end of the
  //      free duration; the free log GB ended at 18.94M and the free storage at 10.52M), serverless is $27.15 +
  //      $1.246256 a million (0.20 + 0.90 + 0.132 + 0.014256) and EC2 $417.195 + $0.0152588 a million; at 300M $401.03
  //      against $421.77, at 320M $425.95 against $422.08. Equal at 389.045 / 1.2309972 M = 316,852,870.61 → 316,852,871.
  //      Above 320M serverless grows $0.0166668 a million faster still, and below 300M it is under EC2 everywhere: the
  //      only crossing.
  it('serverless $526.98 over its $500 budget, EC2 $423.30 within $450: exit 1', () => {
    const expected = {
      serverless: {
        'lambda.requests': '79.80',
        'lambda.duration.arm64.tier-1': '1.33',
        'api-gateway.http.requests.tier-1': '300.00',
        'api-gateway.http.requests.tier-2': '90.00',
        'lambda-logs.ingestion.tier-1': '50.30',
        'lambda-logs.storage': '5.55',
        total: '526.98',
      },
      ec2: { 'ec2.instances': '393.47', 'load-balancer.hours': '16.43', 'load-balancer.lcu': '6.10', 'load-balancer.public-ipv4': '7.30', total: '423.30' },
    };
    expect(billsOf(load('2-breakeven-http-band.yaml'))).toEqual(expected);
    const { status, json, stderr } = estimateJson('2-breakeven-http-band.yaml');
    expect(status).toBe(1);
    expect({ serverless: jsonBill(json.platforms['serverless']!), ec2: jsonBill(json.platforms['ec2']!) }).toEqual(expected);
    expect(json.budget).toMatchObject({ status: 'over', monthly_usd: '500.00' });
    expect(json.budget!.checks).toEqual([
      { platform: 'serverless', budget_usd: '500.00', monthly_usd: '526.98', excess_usd: '26.98', status: 'over' },
      { platform: 'ec2', budget_usd: '450.00', monthly_usd: '423.30', excess_usd: '-26.70', status: 'within' },
    ]);
    expect(stderr).toContain('Serverless $526.98 a month of $500.00, $26.98 over');
  });
  it('EC2 overtakes serverless at 316,852,871 requests, between the HTTP band at 300M and the free duration ending at 320M', () => {
    const expected = {
      platforms: ['serverless', 'ec2'],
      crossovers: [['serverless/ec2', '316852871', 'ec2']],
      cheapest: [
        ['serverless', '10000', '316852871'],
        ['ec2', '316852871', '10000000000'],
      ],
    };
    expect(sweepOf('2-breakeven-http-band.yaml')).toEqual(expected);
    const inEstimate = estimateJson('2-breakeven-http-band.yaml').json.breakeven!;
    expect(inEstimate.crossovers.map((c) => [c.platforms.join('/'), c.requests_per_month, c.cheaper_above])).toEqual(expected.crossovers);
  });

  // 13.3. 3-breakeven-workers.yaml at 12M: lookup (x86_64, 1,024 MB, 50 ms: 0.05 GB-s a request, the free 400,000 end
  //    at 8M; 2 ms of CPU; 60 MB used) on Lambda and on Workers.
  //    Lambda: 11M × $0.20 = $2.20; 600,000 − 400,000 GB-s × $0.0000166667 = $3.33. $5.53, the cheaper. Workers: $5.00,
  //      2M requests past the 10M included × $0.30 = $0.60, 24M CPU-ms within the 30M: $0.00. $5.60.
  //    The curves, in millions x: Lambda 0.2 x − 0.2 to 8M, then 1.033335 x − 6.86668; Workers $5 to 10M, + 0.3 (x − 10)
  //      to 15M (30M CPU-ms ÷ 2), then + 0.04 (x − 15) more. Lambda reaches $5 at 11.48M, past Workers' first bend, so
  //      they meet on its middle piece: 1.033335 x − 6.86668 = 0.3 x + 2, x = 8.86668 / 0.733335 = 12,090,899.79 →
  //      12,090,900. Above it Workers grows by $0.34 a million at most, Lambda by $1.033335.
  it('Lambda $5.53 against Workers $5.60; Workers the cheaper above 12,090,900, between its two bends', () => {
    const { status, json } = estimateJson('3-breakeven-workers.yaml');
    expect(status).toBe(0);
    expect(json.compare!.cheapest).toBe('aws');
    expect(Object.fromEntries(Object.entries(json.compare!.providers).map(([id, provider]) => [id, jsonBill(provider)]))).toEqual({
      aws: { 'lambda.requests': '2.20', 'lambda.duration.x86_64.tier-1': '3.33', total: '5.53' },
      cloudflare: { 'workers.plan': '5.00', 'workers.requests': '0.60', 'workers.cpu': '0.00', total: '5.60' },
    });
    expect(sweepOf('3-breakeven-workers.yaml')).toEqual({
      platforms: ['aws', 'cloudflare'],
      crossovers: [['aws/cloudflare', '12090900', 'cloudflare']],
      cheapest: [
        ['aws', '10000', '12090900'],
        ['cloudflare', '12090900', '10000000000'],
      ],
    });
  });
});

describe('ranges whose percentiles and chances follow from the curves (aws-2025-10-08)', () => {
  // 13.8. 8-ranges-against-ec2.yaml: the API and fleet of 13.2, its requests { p10: 150M, p50: 280M, p90: 600M }.
  //    Each percentile is the bill at that volume. Serverless at 150M: requests $29.80, 187,500 GB-s within the free
  //      400,000, HTTP $150.00, logs 39.6 − 5 GB × $0.50 = $17.30, stored 71.28 − 5 × $0.03 = $1.99: $199.09; at 280M
  //      $55.80 + $0.00 + $280.00 + $34.46 + $3.84 = $374.10; at 600M $119.80 + 350,000 GB-s × $0.0000133334 = $4.67 +
  //      $300.00 + $270.00 + $76.70 + $8.40 = $779.57. EC2: $393.47 + $16.43 + $7.30 and LCUs of $0.0152588 a million
  //      requests, $2.29, $4.27 and $9.16: $419.49, $421.47 and $426.36.
  //    The chance serverless is the cheapest: P(R < 316,852,870.61); above the median, σ = ln(600 / 280) / 1.2815516 =
  //      0.5947010, P = Φ(ln(316.85287 / 280) / 0.5947010) = Φ(0.207917) = 0.58235; EC2 0.41765.
  it('serverless P10 $199.09, P50 $374.10, P90 $779.57, the cheaper 58.24% of the time; EC2 $419.49, $421.47, $426.36', () => {
    const { status, json } = estimateJson('8-ranges-against-ec2.yaml');
    expect(status).toBe(0);
    expect(json.ranges!.method).toBe('exact');
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '55.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'api-gateway.http.requests.tier-1': '280.00',
      'lambda-logs.ingestion.tier-1': '34.46',
      'lambda-logs.storage': '3.84',
      total: '374.10',
    });
    expect(jsonBill(json.platforms['ec2']!)).toEqual({
      'ec2.instances': '393.47',
      'load-balancer.hours': '16.43',
      'load-balancer.lcu': '4.27',
      'load-balancer.public-ipv4': '7.30',
      total: '421.47',
    });
    expect(json.platforms['serverless']!.percentiles).toEqual({
      p10_usd: '199.09',
      p50_usd: '374.10',
      p90_usd: '779.57',
      cheapest_probability: 0.5824,
      sampling_error_usd: null,
    });
    expect(json.platforms['ec2']!.percentiles).toEqual({
      p10_usd: '419.49',
      p50_usd: '421.47',
      p90_usd: '426.36',
      cheapest_probability: 0.4176,
      sampling_error_usd: null,
    });
  });
});

describe("a SAM template of AWS's own, its state machines counted by hand (aws-2025-05-01, ap-northeast-2)", () => {
  // 13.4. 4-sam/template.yaml (the SAM translator's state_machine_with_sam_policy_templates.yaml, unchanged) with
  //    4-sam/usage.yaml: ProcessingWorkflow 3M executions; StateOne (Pass), StateTwo (Parallel); branch one's three
  //    Tasks, its Choice (no Default, none named: the first rule's ValueIsZero, a Fail; a transitions_assumed warning)
  //    and that Fail; branch two's two Tasks and its Succeed: 10 states, + 0.05 and 0.12 retries = 10.17 an execution.
  //    NestedWorkflow, started by BranchTwo_StateOne (.sync) once an execution: a Pass and a Task, 2.
  //    Step Functions: 30.51M + 6M = 36,510,000 − 4,000 free = 36,506 thousand × $0.0271 = $989.31.
  //    Lambda (128 MB, SAM's default): 9M − 1M requests → $1.60; StarterLambda 6M × 85 ms × 0.125 = 63,750 GB-s and
  //      ResolverLambda 3M × 411 ms × 0.125 = 154,125, within the free 400,000: $0.00.
  //    Logs: 6M × 264 B + 3M × 1,464 B = 5.976 − 5 GB × $0.76 = $0.74; stored 2.8512 + 4.392 × 0.15 × 14 × 12 / 365 =
  //      3.1544 GB-months, within the free 5: $0.00.
  //    SQS: 3M messages of 96 KB (2 chunks) × 3 calls = 18M − 1M free × $0.40 = $6.80. DynamoDB (a SimpleTable without
  //      ProvisionedThroughput: on demand): 3M × ceil(2.5) = 9M WRU × $0.68 = $6.12; 31 − 25 GB × $0.27075 = $1.62.
  //    $1,006.19.
  it('$1,006.19, 10.17 transitions an execution of ProcessingWorkflow and 2 of NestedWorkflow', () => {
    const expected = {
      'lambda.requests': '1.60',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.74',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '6.12',
      'dynamodb.storage': '1.62',
      'sqs.standard.requests.tier-1': '6.80',
      'step-functions.standard.transitions.tier-1': '989.31',
      total: '1006.19',
    };
    expect(bill(fixtureTemplateScenario(FIXTURES, '4-sam/template.yaml', '4-sam/usage.yaml'))).toEqual(expected);
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/4-sam/template.yaml`, '--usage', `${FIXTURES}/4-sam/usage.yaml`]);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual(expected);
    const transitions = json.platforms['serverless']!.line_items.find((line) => line.id === 'step-functions.standard.transitions.tier-1') as JsonLine & {
      readonly note: string;
      readonly quantity: string;
    };
    expect(transitions.quantity).toBe('36506');
    expect(transitions.note).toContain('ProcessingWorkflow: 3,000,000 executions × 10.17 transitions');
    expect(transitions.note).toContain('NestedWorkflow: 3,000,000 executions × 2 transitions');
    expect(json.warnings.find((w) => w.id === 'transitions_assumed')?.message).toContain('"BranchOne_StateFour": its first choice ("ValueIsZero") taken');
  });
});

describe("Seoul's log and egress bands (aws-2025-05-01, ap-northeast-2)", () => {
  // 13.5. 5-seoul-logs-egress.yaml: 1.5B requests; api (x86_64, 512 MB, 20 ms, 12,000 B of its own logs at INFO, kept 30
  //    days) behind an HTTP API; worker (arm64, 1,024 MB, 50 ms, 600M, 25,000 B at WARN, never expiring); a stated log
  //    group of 3 GB in the Infrequent Access class kept 90 days; responses of 110 KB of 1,024 B.
  //    Lambda: 2,099M requests → $419.80; x86_64 15,000,000 − 400,000 GB-s × $0.0000166667 = $243.33; arm64 30,000,000 ×
  //      $0.0000133334 = $400.00. HTTP: 300M × $1.23 = $369.00, 1.2B × $1.11 = $1,332.00.
  //    Lambda logs: 1.5B × 12,264 B = 18,396 GB + 600M × 25,000 B = 15,000 GB = 33,396 GB; the stated 3 GB take 3 of the
  //      free 5, the other 2 off the bottom band: 9,998 × $0.76 = $7,598.48, 20,000 × $0.38 = $7,600.00, 3,396 × $0.152
  //      = $516.19. Stored: 18,396 × 0.15 × 0.98630 + 15,000 × 0.15 × 12 = 29,721.6 GB-months; the stated 3 × 0.15 ×
  //      2.9589 = 1.3315 take as much of the free 5 first; 29,721.6 − 3.6685 = 29,717.93 × $0.0314 = $933.14. The stated
  //      group: $0.00 ingested, $0.00 stored.
  //    Egress: 1.5B × 110 / 1,048,576 = 157,356.26 GB; 100 free, then 10,240 × $0.126 = $1,290.24, 40,960 × $0.122 =
  //      $4,997.12, 102,400 × $0.117 = $11,980.80, 3,656.26 × $0.108 = $394.88.
  //    $38,074.98.
  it('$38,074.98: 33,396 GB of Lambda logs in three bands, 157,356 GB out in four', () => {
    const expected = {
      'lambda.requests': '419.80',
      'lambda.duration.x86_64.tier-1': '243.33',
      'lambda.duration.arm64.tier-1': '400.00',
      'api-gateway.http.requests.tier-1': '369.00',
      'api-gateway.http.requests.tier-2': '1332.00',
      'lambda-logs.ingestion.tier-1': '7598.48',
      'lambda-logs.ingestion.tier-2': '7600.00',
      'lambda-logs.ingestion.tier-3': '516.19',
      'lambda-logs.storage': '933.14',
      'cloudwatch-logs.ingestion.infrequent-access': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'data-transfer.internet-out.tier-1': '1290.24',
      'data-transfer.internet-out.tier-2': '4997.12',
      'data-transfer.internet-out.tier-3': '11980.80',
      'data-transfer.internet-out.tier-4': '394.88',
      total: '38074.98',
    };
    expect(bill(load('5-seoul-logs-egress.yaml'))).toEqual(expected);
    const { status, json } = estimateJson('5-seoul-logs-egress.yaml');
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual(expected);
  });
});

describe('two files in one CI run, one over its P90 budget (aws-2025-10-08, eu-west-1)', () => {
  // 13.6. 6a-ranges-p90-budget.yaml: requests { p10: 700,000, p50: 6M, p90: 45M }; api (x86_64, 256 MB, 80 ms: 0.02
  //    GB-s a request, the free 400,000 end at 20M) behind a REST API ($3.50); DynamoDB: 2 eventual reads of 3 KB (1 RRU,
  //    $0.1415 a million) and 0.5 writes of 3 KB (1.5 WRU, $0.705) a request, 10 GB (free); logs 264 B at INFO, never
  //    expiring, $0.57 and $0.03 in Ireland.
  //    P10 (700,000): $0 Lambda and logs, REST $2.45, reads $0.10, writes $0.74: $3.29. P50 (6M): requests $1.00, REST
  //      $21.00, reads $0.85, writes $6.35, the rest free: $29.20, the line items. P90 (45M): requests $8.80; 900,000 −
  //      400,000 GB-s → $8.33; REST $157.50; logs 11.88 − 5 GB × $0.57 = $3.92, stored 21.384 − 5 × $0.03 = $0.49; reads
  //      $6.37; writes $47.59: $233.00, over the P90 budget of $150 by $83.00.
  //    6b-within-budget.yaml: export (x86_64, 10,240 MB, 600,000 ms, hourly: 730 runs): 4,380,000 − 400,000 GB-s ×
  //      $0.0000166667 = $66.33; requests and logs within the free tier. Within its $70 by $3.67.
  //    One run: exit 1, one of two scenarios over budget; the summary's totals are the two line-item totals, $95.53.
  it('6a P10 $3.29, P50 $29.20, P90 $233.00 over its $150 P90 budget; 6b $66.33 within $70; exit 1, one over', () => {
    const result = runCli(['estimate', `${FIXTURES}/6a-ranges-p90-budget.yaml`, `${FIXTURES}/6b-within-budget.yaml`, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('A launch in Ireland under a P90 budget');
    expect(result.stderr).toContain('Serverless P90 $233.00 a month of $150.00, $83.00 over');
    expect(result.stderr).not.toContain('An hourly export in Ireland');
    const json = JSON.parse(result.stdout) as JsonEstimates & { readonly summary: { readonly monthly_usd: string } };
    const [launch, exportJob] = json.estimates;
    expect(launch!.ranges!.method).toBe('exact');
    expect(jsonBill(launch!.platforms['serverless']!)).toEqual({
      'lambda.requests': '1.00',
      'lambda.duration.x86_64.tier-1': '0.00',
      'api-gateway.rest.requests.tier-1': '21.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '6.35',
      'dynamodb.read-request-units': '0.85',
      'dynamodb.storage': '0.00',
      total: '29.20',
    });
    expect(launch!.platforms['serverless']!.percentiles).toMatchObject({ p10_usd: '3.29', p50_usd: '29.20', p90_usd: '233.00', sampling_error_usd: null });
    expect(launch!.budget).toEqual({
      status: 'over',
      monthly_usd: '150.00',
      checks: [{ platform: 'serverless', budget_usd: '150.00', monthly_usd: '233.00', excess_usd: '83.00', status: 'over', percentile: 90 }],
    });
    expect(jsonBill(exportJob!.platforms['serverless']!)).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '66.33',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '66.33',
    });
    expect(exportJob!.budget).toEqual({
      status: 'within',
      monthly_usd: '70.00',
      checks: [{ platform: 'serverless', budget_usd: '70.00', monthly_usd: '66.33', excess_usd: '-3.67', status: 'within' }],
    });
    expect(json.summary).toMatchObject({ count: 2, over_budget_count: 1, monthly_usd: '95.53' });
    expect(json.summary.scenarios.map((s) => [s.name, s.budget])).toEqual([
      ['A launch in Ireland under a P90 budget', 'over'],
      ['An hourly export in Ireland', 'within'],
    ]);
  });
});
