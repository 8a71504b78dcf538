// Whole serverless architectures, fourth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.3–§1.5, §2.2, §2.5, §6, §9; pricing-facts-services.md §1.1, §1.2, §1.5, §1.6) and the unit
// prices of the shipped tables (pricing/aws/2020-03-12, 2020-12-01, 2022-03-24, 2022-08-01, 2025-05-01 and
// 2025-10-08.yaml), before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-4/derivations.py prints every line). Every line is rounded to the cent, halves
// up; a total is the sum of its lines. This batch covers what the first three skip: the oldest tables (100 ms and
// 64 MB steps, provisioned concurrency in 100 ms steps, no log prices), the flat duration price before the tiers
// against the tiers on the same file, the INIT phase billed (a Java ZIP function from aws-2025-08-01, a container
// image under every table, a runtime's typical INIT with its package), provisioned concurrency whose share Erlang's B
// decides on a diurnal day (busy hours only and all month), a custom day with a worker held back in its peak hours
// and Fargate sized hour by hour, nested Maps inside a Parallel from an ASL file with Express machines at the 100 ms
// and 64 MB step edges, the Lambda log bands crossed with logs kept 1 day, never, or as stated, a SAM template with
// Globals (arm64, JSON logs at WARN), provisioned concurrency, ephemeral storage and a local DefinitionUri, and the
// provisioned invocations at their own duration with ephemeral storage.
//
// Conventions, as in the first three batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, the table's step: 100 ms before 2020-12-01, 1 ms after) × MB / 1024;
//   one free pool of 1M requests and 400,000 GB-s, x86_64 first (decision), off the bottom band. Before 2022-08-01 one
//   flat price per architecture (facts §9.1); from it the tiers of 6B / 15B (x86_64) and 7.5B / 18.75B (arm64).
// - Provisioned concurrency (facts §2.2): count × GB × hours × 3,600 at the configured rate; the invocations it serves
//   at the provisioned duration rate, at their own billed duration when given; the rest on demand with the free tier.
//   Unstated, the share it serves is Erlang's B hour by hour: each hour it is on serves its requests × (1 − B(count,
//   requests a second × billed seconds)) (docs/cold-starts.md). Ephemeral storage above 512 MB on every invocation's
//   own billed seconds, on-demand and provisioned (README).
// - INIT (docs/cold-starts.md): billed for container images under every table, for ZIP functions on managed runtimes
//   from aws-2025-08-01; each billed cold start is ceil(init_duration_ms) × memory, or the runtime's typical figure
//   plus 3 ms per MB of package. Cold starts an hour of steady traffic = 3,600 × Σ_k r_k e^(−r_k × 600 s), r_k = λ ×
//   P(N ≥ k − 1), N ~ Poisson(λ × billed seconds).
// - Traffic shapes: the month is 730 whole hours from midnight, 30 days and hours 0–9 of a 31st (decision, as in the
//   third batch); diurnal busy hours are the middle 8 (hours 8–15), so 242 busy and 488 quiet; a custom day's hour h
//   holds w_h ÷ Σ(occurrences × w) of the month. Throttling (docs/cold-starts.md): an hour over a reserved concurrency
//   serves limit × 3,600 ÷ billed seconds; a queue's worker has what that holds back kept by its queue and run in
//   quieter hours, its month serving up to 730 such hours' worth; a queue feeding it is priced at the full traffic
//   (decision).
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored ×
//   0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire, or stored_gb as given; the Lambda log bands
//   at 10,000 / 30,000 / 50,000 GB of all functions' logs together; three free allowances of 5 that stated logs take
//   first, the rest off the bottom band (decision, docs/services/cloudwatch-logs.md). A template's function logs at
//   WARN with LoggingConfig JSON + WARN (Globals included); its log group /aws/lambda/${Fn} sets its retention.
// - Step Functions Standard: one transition per state entered, a Map's iterations × its processor's states at every
//   level (a Map inside a Map multiplies), Catch paths not taken, retries per execution; the free 4,000 off all
//   machines' sum. Express: ceil(ms, 100) × ceil(MB, 64) / 1024, memory 64 MB when not given, bands over all machines.
// - Data transfer: the free 100 GB first, then the bands; response_kb_units: binary is 1,048,576 KB a GB. A NAT with
//   used_by: functions on the serverless side only. An ALB's capacity units each hour the larger of new connections a
//   second ÷ 25 and GB processed, KB of 1,024 B and GB of 1,048,576 KB (decision, README "Containers").
import { describe, expect, it } from 'vitest';
import { billsOf, fixtureScenario, serverlessBill, estimateJsonOf, fixtureTemplateScenario, jsonBill, type JsonLine } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';

const FIXTURES = 'test/fixtures/whole-architectures-4';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

const loadTemplate = (file: string, usage: string): Scenario => fixtureTemplateScenario(FIXTURES, file, usage);

interface JsonEstimate {
  readonly pricing: { readonly id: string };
  readonly platforms: { readonly serverless: { readonly monthly_usd: string; readonly line_items: readonly JsonLine[] } };
  readonly functions: readonly { readonly name: string; readonly billed_cold_starts: string | null; readonly init_gb_seconds: string | null }[];
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

/** `slcost estimate FILE --format json [options]`, as CI reads it: its exit status, serverless bill and the rest. */
function estimateJson(file: string, ...options: string[]): { status: number | null; bill: Record<string, string>; json: JsonEstimate } {
  const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/${file}`, ...options]);
  return { status, json, bill: jsonBill(json.platforms.serverless) };
}

const warningIds = (json: JsonEstimate): string[] => json.warnings.map((warning) => warning.id);

describe('the oldest tables, and the flat duration price before the tiers', () => {
  // 4.1. 1-legacy-100ms.yaml on aws-2020-03-12: 100 ms steps, memory in 64 MB steps (1,088 MB = 17 × 64), x86_64 only.
  //    api 30M of 100.4 ms → 200 ms, 4 environments for 100 h said to serve 1M of them at 150.2 ms → 200 ms; tick 5M of
  //    3 ms → 100 ms at 128 MB.
  //    On demand: 29M × 0.2 s × 1.0625 GB = 6,162,500 + tick 62,500 = 6,225,000 − 400,000 free = 5,825,000 ×
  //      $0.0000166667 = $97.0835 → $97.08 (flat: no tiers before 2022-08-01).
  //    Configured: 4 × 1.0625 GB × 100 h × 3,600 = 1,530,000 GB-s × $0.0000041667 = $6.375051 → $6.38.
  //    On the environments: 1M × 0.2 s × 1.0625 = 212,500 GB-s × $0.0000097222 = $2.0659675 → $2.07.
  //    Requests 35M − 1M = 34M × $0.20/M = $6.80. HTTP API: requests of 1,024 KB are 2 × 512 KB steps: 60M × $1.00/M
  //      = $60.00. No CloudWatch Logs prices in this table: the platform lines are left out (lambda_logs_not_priced).
  //    Total $172.33.
  //    On aws-2020-12-01 (1 ms steps): api 29M × 0.101 s × 1.0625 = 3,112,062.5 + tick 5M × 0.003 × 0.125 = 1,875 −
  //      400,000 = 2,713,937.5 × $0.0000166667 = $45.2324 → $45.23; on the environments 1M × 0.151 × 1.0625 = 160,437.5
  //      × $0.0000097222 = $1.5598 → $1.56. Total $119.97.
  const legacy = {
    'lambda.requests': '6.80',
    'lambda.duration.x86_64.tier-1': '97.08',
    'lambda.provisioned-concurrency.x86_64': '6.38',
    'lambda.provisioned-duration.x86_64': '2.07',
    'api-gateway.http.requests.tier-1': '60.00',
    total: '172.33',
  };
  it('aws-2020-03-12: 100 ms steps on demand and on provisioned environments, 2 × 512 KB HTTP steps, no log prices: $172.33', () => {
    expect(bill(load('1-legacy-100ms.yaml'))).toEqual(legacy);
    const { status, json } = estimateJson('1-legacy-100ms.yaml');
    expect(status).toBe(0);
    expect(warningIds(json)).toEqual(expect.arrayContaining(['lambda_logs_not_priced', 'free_tier_with_provisioned_concurrency']));
  });
  it('the same file on aws-2020-12-01: 1 ms steps: $119.97', () => {
    const { status, bill: json } = estimateJson('1-legacy-100ms.yaml', '--pricing', 'aws-2020-12-01');
    expect(status).toBe(0);
    expect(json).toEqual({ ...legacy, 'lambda.duration.x86_64.tier-1': '45.23', 'lambda.provisioned-duration.x86_64': '1.56', total: '119.97' });
  });

  // 4.2. 2-before-the-tiers.yaml on aws-2022-03-24. render (x86_64, 10,240 MB, 700 ms, 1B, 4,096 MB storage): 7B GB-s;
  //    transcode (arm64, 8,192 MB, 999.01 ms → 1,000 ms, 1B, 10,240 MB storage): 8B GB-s.
  //    Flat: (7B − 400,000) × $0.0000166667 = $116,660.23332 → $116,660.23; 8B × $0.0000133334 = $106,667.20.
  //    Storage: 1B × 0.7 s × 3.5 GB + 1B × 1 s × 9.5 GB = 11,950,000,000 GB-s × $0.0000000309 = $369.255 → $369.26.
  //    Requests 2B − 1M = 1,999M × $0.20/M = $399.80. REST 400M: 333M × $3.50 = $1,165.50; 67M × $2.80 = $187.60.
  //    Total $225,449.59.
  //    On aws-2022-08-01, the tiers: x86_64 (6B − 400,000) × $0.0000166667 = $99,993.53332 → $99,993.53 and 1B ×
  //      $0.000015 = $15,000.00; arm64 7.5B × $0.0000133334 = $100,000.50 and 0.5B × $0.0000120001 = $6,000.05.
  //      Total $223,116.24.
  const flat = {
    'lambda.requests': '399.80',
    'lambda.duration.x86_64.tier-1': '116660.23',
    'lambda.duration.arm64.tier-1': '106667.20',
    'lambda.ephemeral-storage': '369.26',
    'api-gateway.rest.requests.tier-1': '1165.50',
    'api-gateway.rest.requests.tier-2': '187.60',
    total: '225449.59',
  };
  it('aws-2022-03-24: 7B x86_64 and 8B arm64 GB-s at one flat price each, 11.95B GB-s of ephemeral storage: $225,449.59', () => {
    expect(bill(load('2-before-the-tiers.yaml'))).toEqual(flat);
  });
  it('the same file on aws-2022-08-01: the duration tiers, the free GB-s off the bottom band: $223,116.24', () => {
    const { status, bill: json } = estimateJson('2-before-the-tiers.yaml', '--pricing', 'aws-2022-08-01');
    expect(status).toBe(0);
    expect(json).toEqual({
      ...flat,
      'lambda.duration.x86_64.tier-1': '99993.53',
      'lambda.duration.x86_64.tier-2': '15000.00',
      'lambda.duration.arm64.tier-1': '100000.50',
      'lambda.duration.arm64.tier-2': '6000.05',
      total: '223116.24',
    });
  });
});

describe('the INIT phase billed (aws-2025-10-08 and aws-2025-05-01, free tier off)', () => {
  // 4.3. 3-init-phase.yaml, steady traffic, idle timeout 600 s, every function x86_64.
  //    report (java, ZIP, 10,240 MB, 30,000 ms, 730 a month, init 9,999.5 ms → 10,000 ms): λ = 1 an hour; cold starts a
  //      month 730 × 3,600 × Σ_k r_k e^(−600 r_k) = 624.0066 (r_1 = λ: e^(−1/6) = 84.6% of them cold); INIT 624.0066 ×
  //      10 s × 10 GB = 62,400.6619 GB-s.
  //    thumb (python, container image, 2,048 MB, 1,200.5 ms → 1,201 ms, 1,460 a month, init 2,500 ms): 1,047.1096 cold
  //      starts, 5,235.5482 GB-s.
  //    webhook (nodejs, ZIP, 3,008 MB, 200 ms, 2,628,000 a month = 1 a second, package 200 MB: INIT 170 + 3 × 200 = 770
  //      ms): λ × 0.2 s = 0.2 busy on average; three environments kept warm (r_k × 600 s ≥ 1), the fourth and fifth
  //      idle out now and then: 1,666.9888 cold starts, 3,770.5203 GB-s.
  //    Duration: 219,000 + 3,506.92 + 1,543,950 = 1,766,456.92 GB-s + INIT 71,406.7304 = 1,837,863.6504 × $0.0000166667
  //      = $30.6311 → $30.63. Requests 2,630,190 × $0.20/M = $0.526 → $0.53. Logs 2,630,190 × 264 B = 0.6944 GB ×
  //      $0.50 = $0.347 → $0.35; stored × 0.15 × 12 = 1.2499 GB-months × $0.03 = $0.0375 → $0.04. Total $31.55.
  //    On aws-2025-05-01 only the image's INIT is billed: 1,771,692.4682 GB-s → $29.5283 → $29.53. Total $30.45.
  const init = {
    'lambda.requests': '0.53',
    'lambda.duration.x86_64.tier-1': '30.63',
    'lambda-logs.ingestion.tier-1': '0.35',
    'lambda-logs.storage': '0.04',
    total: '31.55',
  };
  it("aws-2025-10-08: a Java ZIP function's, an image's and a Node.js function's typical INIT, from the cold-start model: $31.55", () => {
    expect(bill(load('3-init-phase.yaml'))).toEqual(init);
    const { json } = estimateJson('3-init-phase.yaml');
    expect(json.functions.map((fn) => [fn.name, Number(fn.init_gb_seconds).toFixed(2)])).toEqual([
      ['report', '62400.66'],
      ['thumb', '5235.55'],
      ['webhook', '3770.52'],
    ]);
  });
  it("aws-2025-05-01: only the container image's INIT phase: $30.45", () => {
    const { status, bill: json } = estimateJson('3-init-phase.yaml', '--pricing', 'aws-2025-05-01');
    expect(status).toBe(0);
    expect(json).toEqual({ ...init, 'lambda.duration.x86_64.tier-1': '29.53', total: '30.45' });
  });
});

describe("provisioned concurrency's share by Erlang's B, and its invocations at their own duration (aws-2025-10-08)", () => {
  // 4.4. 4-provisioned-diurnal.yaml: 100M requests, diurnal, 8 busy hours at 2.5 ×, the other 16 at 0.25 ×: a busy hour
  //    holds 2.5 ÷ 727 of the month, a quiet one 0.25 ÷ 727 (242 × 2.5 + 488 × 0.25 = 727).
  //    checkout (x86_64, 1,024 MB, 250 ms, 20M; 8 environments in the 242 busy hours): a busy hour 68,775.79 requests,
  //      a = 19.10 a second × 0.25 s = 4.7761 erlangs, B(8, a) = 0.059862: they serve 242 × 68,775.79 × (1 − B) =
  //      15,647,419.41; on demand 4,352,580.59 × 0.25 GB-s = 1,088,145.15 − 400,000 = 688,145.15 × $0.0000166667 =
  //      $11.4691 → $11.47; configured 8 × 1 GB × 242 h × 3,600 = 6,969,600 GB-s × $0.0000041667 = $29.0402 → $29.04;
  //      on them 3,911,854.85 GB-s × $0.0000097222 = $38.0318 → $38.03.
  //    search (arm64, 512 MB, 40 ms, 100M; 3 environments all month): busy a = 3.8209, B(3, a) = 0.434083; quiet a =
  //      0.38209, B = 0.006349: they serve 63,769,635.19; on demand 36,230,364.81 × 0.02 GB-s = 724,607.30 ×
  //      $0.0000133334 = $9.6615 → $9.66; configured 3 × 0.5 GB × 730 h × 3,600 = 3,942,000 × $0.0000033334 = $13.1403
  //      → $13.14; on them 1,275,392.70 GB-s × $0.0000077778 = $9.9197 → $9.92.
  //    Requests 120M − 1M = $23.80. HTTP 100M × $1.00/M = $100.00. Logs 120M × 264 B = 31.68 − 5 = 26.68 GB × $0.50 =
  //      $13.34; stored 57.024 − 5 = 52.024 × $0.03 = $1.5607 → $1.56.
  //    Per request, the shape moving nothing: carts 50M eventual reads of 2 KB = 25M RRU × $0.125/M = $3.125 → $3.13;
  //      5M writes × 2 WRU = 10M × $0.625/M = $6.25; 10 GB within the free 25. orders 20M × 3 calls = 60M − 1M = 59M ×
  //      $0.40/M = $23.60.
  //    Total $282.94.
  it('diurnal: 8 environments in the busy hours only, 3 all month, each hour their Erlang share: $282.94', () => {
    expect(bill(load('4-provisioned-diurnal.yaml'))).toEqual({
      'lambda.requests': '23.80',
      'lambda.duration.x86_64.tier-1': '11.47',
      'lambda.duration.arm64.tier-1': '9.66',
      'lambda.provisioned-concurrency.x86_64': '29.04',
      'lambda.provisioned-duration.x86_64': '38.03',
      'lambda.provisioned-concurrency.arm64': '13.14',
      'lambda.provisioned-duration.arm64': '9.92',
      'api-gateway.http.requests.tier-1': '100.00',
      'lambda-logs.ingestion.tier-1': '13.34',
      'lambda-logs.storage': '1.56',
      'dynamodb.write-request-units': '6.25',
      'dynamodb.read-request-units': '3.13',
      'dynamodb.storage': '0.00',
      'sqs.standard.requests.tier-1': '23.60',
      total: '282.94',
    });
  });

  // 4.9. 9-provisioned-own-duration.yaml: render (arm64, 3,072 MB, 12M of 420.3 ms → 421 ms, 6,656 MB storage); 10
  //    environments for 300 h said to serve 5M at 180.2 ms → 181 ms.
  //    Configured 10 × 3 GB × 300 h × 3,600 = 32,400,000 GB-s × $0.0000033334 = $108.00216 → $108.00; on them 5M ×
  //      0.181 s × 3 GB = 2,715,000 × $0.0000077778 = $21.1167 → $21.12; on demand 7M × 0.421 × 3 = 8,841,000 − 400,000
  //      = 8,441,000 × $0.0000133334 = $112.5472 → $112.55.
  //    Storage 6 GB over the free 512 MB on each invocation's own seconds: (905,000 + 2,947,000) × 6 = 23,112,000 GB-s
  //      × $0.0000000309 = $0.7142 → $0.71 (at the function's duration for all it would be $0.94).
  //    Requests 11M × $0.20/M = $2.20. Logs 3.168 GB, free; stored 5.7024 − 5 = 0.7024 × $0.03 = $0.0211 → $0.02.
  //    Total $244.60.
  it('the provisioned invocations at their own billed duration, ephemeral storage on each: $244.60', () => {
    expect(bill(load('9-provisioned-own-duration.yaml'))).toEqual({
      'lambda.requests': '2.20',
      'lambda.duration.arm64.tier-1': '112.55',
      'lambda.provisioned-concurrency.arm64': '108.00',
      'lambda.provisioned-duration.arm64': '21.12',
      'lambda.ephemeral-storage': '0.71',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.02',
      total: '244.60',
    });
  });
});

describe('a custom day against Fargate sized hour by hour (aws-2025-10-08)', () => {
  // 4.5. 5-custom-shape.yaml: 120M requests on a custom day (weights 1 ×6, 2, 4, 8, 8, 6 ×5, 8, 8, 4, 2, 2, 1, 1, 0.5,
  //    0.5); hours 0–9 occur 31 times, 10–23 30 times: Σ = 2,578; hour h holds w_h ÷ 2,578 of the month.
  //    ingest (x86_64, 1,024 MB, 800 ms, 40M, reserved 12): serves 12 × 3,600 ÷ 0.8 = 54,000 an hour; over it at
  //      weights 4 and more (4 ÷ 2,578 × 40M = 62,063.6 an hour, 13.8 concurrent). Its queue keeps what the limit holds
  //      back in those hours, so it serves up to 54,000 × 730 = 39,420,000 (580,000 throttled, not billed), where it
  //      read served 25,088,283.94 before. 31,536,000 GB-s − 400,000 = 31,136,000 × $0.0000166667 = $518.9344 → $518.93.
  //    api (arm64, 512 MB, 45 ms): 2,700,000 GB-s × $0.0000133334 = $36.0002 → $36.00.
  //    Requests 159,420,000 − 1M = × $0.20/M = $31.684 → $31.68. HTTP 120M × $1.00/M = $120.00.
  //    Logs 159,420,000 × 264 B = 42.0869 − 5 = 37.0869 GB × $0.50 = $18.5434 → $18.54; stored × 0.15 × 12 = 75.7564 −
  //      5 = 70.7564 × $0.03 = $2.1227 → $2.12.
  //    Shared: ingest-queue 40M × 3 calls − 1M = 119M × $0.40/M = $47.60 (the full traffic); items 120M strong reads of
  //      4 KB = 120M RRU × $0.125/M = $15.00; 30 − 25 = 5 GB × $0.25 = $1.25.
  //    Fargate (0.5 vCPU, 1 GB, 40 a second each, at least 2): each hour max(2, ceil(requests a second ÷ 40)): 1,582
  //      task-hours (3 tasks in the 122 hours at weight 8, 2 in the rest); 791 vCPU-h × $0.04048 = $32.0197 → $32.02; 1,582 GB-h × $0.004445 = $7.032 → $7.03.
  //    ALB: 730 h × $0.0225 = $16.425 → $16.43; each hour GB processed (20 KB a request) leads new connections (0.5 a
  //      request ÷ 25): 120M × 20 KB ÷ 1,048,576 = 2,288.8184 LCU-h × $0.008 = $18.3105 → $18.31 (decimal GB would give
  //      2,400 and $19.20: the README now says which); 2 addresses × 730 h × $0.005 = $7.30.
  //    Totals: serverless $791.12, Fargate $144.94.
  it('a worker held back at weights of 4 and more, Fargate from 2 to 3 tasks, binary GB processed by the ALB', () => {
    const shared = { 'sqs.standard.requests.tier-1': '47.60', 'dynamodb.read-request-units': '15.00', 'dynamodb.storage': '1.25' };
    expect(billsOf(load('5-custom-shape.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '31.68',
        'lambda.duration.x86_64.tier-1': '518.93',
        'lambda.duration.arm64.tier-1': '36.00',
        'api-gateway.http.requests.tier-1': '120.00',
        'lambda-logs.ingestion.tier-1': '18.54',
        'lambda-logs.storage': '2.12',
        ...shared,
        total: '791.12',
      },
      fargate: {
        'fargate.vcpu.x86_64': '32.02',
        'fargate.memory.x86_64': '7.03',
        'load-balancer.hours': '16.43',
        'load-balancer.lcu': '18.31',
        'load-balancer.public-ipv4': '7.30',
        ...shared,
        total: '144.94',
      },
    });
  });
});

describe('Step Functions, logs and a template (aws-2025-10-08; the template on aws-2025-05-01)', () => {
  // 4.6. 6-step-functions/scenario.yaml, 10M requests.
  //    orders (Standard, orders.asl.json), one execution: Validate 1; Fanout (Parallel) 1; branch 1: Lines (Map) 1 + 2.5 ×
  //      (Parts (Map) 1 + 4 × PricePart 1 + SumLine 1) = 16, Total 1; branch 2: Hold (Wait) 1, Notify 1; NeedsReview
  //      (Choice → Review) 1; Review 1; Done 1 = 24; Validate's Catch not taken; retries 0.4 + 0.25 = 24.65.
  //      0.02 a request × 10M = 200,000 × 24.65 = 4,930,000 + billing 1,000 × 3 = 4,933,000 − 4,000 = 4,929,000 ×
  //      $0.025/1,000 = $123.225 → $123.23 (a half cent, up).
  //    Express: exact-steps 50M × 0.1 s × 64 MB; just-over 200M × 0.2 s (100.01 ms) × 128 MB (65 MB); tiny 10M × 0.1 s
  //      (0.5 ms) × 64 MB (not given): 5,375,000 GB-s: 3,600,000 × $0.00001667 = $60.012 → $60.01; 1,775,000 ×
  //      $0.00000833 = $14.7858 → $14.79. Requests 260M × $1.00/M = $260.00.
  //    worker (x86_64, 256 MB, 50 ms, 10M): 9M × $0.20/M = $1.80; 125,000 GB-s, free; logs 2.64 GB, 4.752 GB-months, free.
  //    Total $459.83.
  it('nested Maps in a Parallel from an ASL file, three Express machines at the step edges past the first band: $459.83', () => {
    expect(bill(load('6-step-functions/scenario.yaml'))).toEqual({
      'lambda.requests': '1.80',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '123.23',
      'step-functions.express.requests': '260.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '14.79',
      total: '459.83',
    });
  });

  // 4.7. 7-log-bands-nat-egress.yaml, 2B requests.
  //    Logs ingested: api 2B × (264 + 4,000) B = 8,528 GB; worker (WARN) 500M × 3,000 B = 1,500 GB; audit (WARN, no
  //      application bytes) none; cron 43,800 × 364 B = 0.0159 GB: 10,028.0159 GB. The stated 3 GB take 3 of the free 5,
  //      the functions the other 2: (10,000 − 2) × $0.50 = $4,999.00; 28.0159 GB × $0.25 = $7.004 → $7.00.
  //    Stored: api 8,528 × 0.15 × 1 ÷ (365/12) = 42.0559 (1 day); worker 1,500 × 0.15 × 12 = 2,700 (never); cron 40 as
  //      stated: 2,782.0559 GB-months (the stated logs' 5.4 took the free 5) × $0.03 = $83.4617 → $83.46.
  //    Stated: 3 GB ingested, free → $0.00; stored 5.4 − 5 = 0.4 × $0.03 = $0.012 → $0.01; Logs Insights 0.000002 GB a
  //      request = 4,000 − 5 = 3,995 GB × $0.005 = $19.975 → $19.98 (a half cent, up).
  //    Lambda: requests 2,600,043,800 − 1M → $519.8088 → $519.81; x86_64 6,063,047.5 − 400,000 GB-s × $0.0000166667 =
  //      $94.3843 → $94.38; arm64 75,000,000 × $0.0000133334 = $1,000.005 → $1,000.01 (a half cent, up).
  //    HTTP 2B: 300M × $1.00 = $300.00; 1,700M × $0.90 = $1,530.00.
  //    NAT (functions only): 2 × 730 h × $0.045 = $65.70; 0.00005 GB a request = 100,000 GB × $0.045 = $4,500.00.
  //    Egress 2B × 30 KB ÷ 1,048,576 = 57,220.459 GB − 100 = 57,120.459: $921.60; $3,481.60; 5,920.459 × $0.07 =
  //      $414.4321 → $414.43.
  //    Total $17,936.98.
  it('the Lambda log bands crossed with logs kept 1 day, never and as stated, a NAT per request, binary egress: $17,936.98', () => {
    expect(bill(load('7-log-bands-nat-egress.yaml'))).toEqual({
      'lambda.requests': '519.81',
      'lambda.duration.x86_64.tier-1': '94.38',
      'lambda.duration.arm64.tier-1': '1000.01',
      'api-gateway.http.requests.tier-1': '300.00',
      'api-gateway.http.requests.tier-2': '1530.00',
      'lambda-logs.ingestion.tier-1': '4999.00',
      'lambda-logs.ingestion.tier-2': '7.00',
      'lambda-logs.storage': '83.46',
      'nat-gateway.hours': '65.70',
      'nat-gateway.data-processed': '4500.00',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.01',
      'cloudwatch-logs.insights': '19.98',
      'data-transfer.internet-out.tier-1': '921.60',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '414.43',
      total: '17936.98',
    });
  });

  // 4.8. 8-sam/template.yaml + usage.yaml, aws-2025-05-01 (the log bands; no INIT billed for ZIP managed runtimes).
  //    ApiFn (arm64 from Globals, 1,024 MB, JSON logs at WARN, 2 provisioned environments all month): 60M of 35.2 ms →
  //      36 ms billed, steady: a = 60M ÷ 2,628,000 s × 0.0352 s (busy while it runs, not for the time billed) = 0.8037
  //      erlangs, B(2, a) = 0.151854: on demand 9,111,213.51 × 0.036 GB-s × $0.0000133334 = $4.3734 → $4.37; configured
  //      2 × 1 GB × 730 h × 3,600 = 5,256,000 × $0.0000033334 = $17.5204 → $17.52; on them 50,888,786.49 × 0.036 ×
  //      $0.0000077778 = $14.2489 → $14.25.
  //    ResizeFn (x86_64, 2,048 MB, 4,096 MB storage, WARN): 3M × 1.45 s × 2 GB = 8,700,000 − 400,000 = 8,300,000 ×
  //      $0.0000166667 = $138.3336 → $138.33; storage 3M × 1.45 × 3.5 = 15,225,000 × $0.0000000309 = $0.4705 → $0.47.
  //    Requests 62M × $0.20/M = $12.40. HTTP API 60M × $1.00/M = $60.00.
  //    Logs: ApiFn 60M × 300 B = 18 GB, ResizeFn 3M × 1,500 B = 4.5 GB: 22.5 − 5 = 17.5 × $0.50 = $8.75; stored 18 × 0.15
  //      × 12 + 4.5 × 0.15 × 1 ÷ (365/12) (ResizeLogs, !Sub /aws/lambda/${ResizeFn}) = 32.4222 − 5 = 27.4222 × $0.03 =
  //      $0.8227 → $0.82.
  //    Images (SimpleTable without throughput: on demand): 60M eventual reads of 6 KB = 1 RRU → $7.50; 3M × 6 WRU = 18M
  //      × $0.625/M = $11.25; 80 − 25 = 55 GB × $0.25 = $13.75.
  //    ClickStream (ShardCount !Ref Shards, default 3): 2,190 shard-hours × $0.015 = $32.85; 3M records of 60 KB × 3
  //      units = 9M × $0.014/M = $0.126 → $0.13.
  //    Enrich (EXPRESS, DefinitionUri enrich.asl.yaml): 3M × $1.00/M = $3.00; 700 ms × 256 MB: 525,000 GB-s ×
  //      $0.00001667 = $8.7518 → $8.75.
  //    Done: 3M publishes − 1M = $1.00; https 1 + DoneAudit 1 = 2 × 3M − 100,000 = 5.9M × $0.60/M = $3.54; email 3M −
  //      1,000 = 2,999,000 × $20.00/M = $59.98; lambda $0.
  //    Nat: 730 h × $0.045 = $32.85; 420 GB × $0.045 = $18.90.
  //    Total $450.41.
  it('SAM: Globals (arm64, JSON logs at WARN), provisioned concurrency by Erlang, ephemeral storage, a DefinitionUri: $450.41', () => {
    expect(bill(loadTemplate('8-sam/template.yaml', '8-sam/usage.yaml'))).toEqual({
      'lambda.requests': '12.40',
      'lambda.duration.x86_64.tier-1': '138.33',
      'lambda.duration.arm64.tier-1': '4.37',
      'lambda.provisioned-concurrency.arm64': '17.52',
      'lambda.provisioned-duration.arm64': '14.25',
      'lambda.ephemeral-storage': '0.47',
      'api-gateway.http.requests.tier-1': '60.00',
      'lambda-logs.ingestion.tier-1': '8.75',
      'lambda-logs.storage': '0.82',
      'dynamodb.write-request-units': '11.25',
      'dynamodb.read-request-units': '7.50',
      'dynamodb.storage': '13.75',
      'sns.publishes.tier-1': '1.00',
      'sns.deliveries.http.tier-1': '3.54',
      'sns.deliveries.email.tier-1': '59.98',
      'sns.deliveries.lambda.tier-1': '0.00',
      'step-functions.express.requests': '3.00',
      'step-functions.express.duration.tier-1': '8.75',
      'kinesis.provisioned.shard-hours': '32.85',
      'kinesis.provisioned.put-payload-units': '0.13',
      'nat-gateway.hours': '32.85',
      'nat-gateway.data-processed': '18.90',
      total: '450.41',
    });
  });
});

describe('concurrency on the 100 ms table', () => {
  // 4.10. 10-legacy-throttle.yaml, aws-2020-03-12: tick (128 MB, 3 ms, 100M a month, reserved 1). Steady: 38.05 a
  //    second × 0.003 s = 0.114 concurrent executions (AWS: concurrency = requests a second × the average duration; the
  //    100 ms step is what each is billed, not how long it holds its environment), within the reserved 1: all served.
  //    Requests 99M × $0.20/M = $19.80; 100M × 0.1 s (billed) × 0.125 GB = 1,250,000 − 400,000 = 850,000 ×
  //    $0.0000166667 = $14.1667 → $14.17. Total $33.97.
  //    slcost once billed $5.06 here: it took the concurrency as requests a second × the billed 100 ms = 3.8, over the
  //    reserved 1, and throttled 73,720,000 requests it then did not bill.
  it('a 3 ms worker with reserved concurrency 1: nothing throttled, $33.97', () => {
    expect(bill(load('10-legacy-throttle.yaml'))).toEqual({
      'lambda.requests': '19.80',
      'lambda.duration.x86_64.tier-1': '14.17',
      total: '33.97',
    });
  });
});
