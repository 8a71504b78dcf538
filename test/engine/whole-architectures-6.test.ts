// Whole serverless architectures, sixth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1–§1.4, §2.2; pricing-facts-services.md §1.1, §1.2, §1.5) and the unit prices of the shipped
// tables (pricing/aws/2020-03-12, 2025-05-01 and 2025-10-08.yaml; pricing/azure/2026-12-05.yaml), before slcost priced
// them. The derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-6/derivations.py
// prints every line). Every line is rounded to the cent, halves up; a total is the sum of its lines. This batch covers
// what the first five skip: scheduled functions' cold starts on a clock and the INIT phases they bill (hourly, nightly,
// every 5 and every 15 minutes, on a steady and a diurnal month, on the tables before and after AWS billed the INIT
// phase of managed runtimes); reserved concurrency throttling runs of 0.4 ms and 2.5 ms, on the 1 ms and the 100 ms
// tables; two functions of unlike durations sharing a small pool in their busy hours only, and --compare pricing
// Lambda for every request; a SAM template and a serverless.yml with reserved and provisioned concurrency, schedule
// events, LoggingConfig, a log group, tables and queues; a Standard machine with retries inside a Parallel; DynamoDB's
// checks on a diurnal day; and the cost-bomb figures of a simple API and of an unreserved event-source function.
//
// Conventions, as in the first five batches (each stated by the facts or, where they leave it open, by slcost's
// documented decision, marked "decision"):
// - Lambda: GB-s = invocations × ceil(duration, the table's step: 100 ms before 2020-12-01, 1 ms after) × MB / 1024;
//   one free pool of 1M requests and 400,000 GB-s, x86_64 first (decision), off the bottom band.
// - INIT (docs/cold-starts.md, "What the cold starts cost"): billed for container images and custom runtimes under
//   every table, for ZIP functions on managed runtimes from aws-2025-08-01; each billed cold start is
//   ceil(init_duration_ms) × memory, or the runtime's typical p50 (python 180, nodejs 170, java 3,000 ms) plus 3 ms per
//   MB of package. An image or a custom runtime with no init_duration_ms has none priced.
// - A scheduled function's runs (docs/cold-starts.md, "Cold starts"): evenly spaced 1/λ apart within each hour of the
//   traffic shape; n = ceil(λ × duration) environments take them in turn, each idle n/λ − duration between runs:
//   longer than the 10-minute idle timeout, every run cold; within it, none, and the n stay warm. An hour keeping more
//   environments warm than the hour before starts the extra ones cold once (the month wraps around).
// - Provisioned concurrency (facts §2.2): count × GB × 730 h × 3,600 at the configured rate; unstated, the requests it
//   serves are each hour's less Erlang's B(count, requests a second × seconds each runs); the rest on demand with the
//   free tier.
// - Concurrency in an hour is requests a second × duration_ms (the run, not the billed duration). Throttling: a
//   function with reserved concurrency serves at most limit × 3,600 ÷ seconds each an hour; the others share the
//   account's limit less every reservation, each serving pool ÷ demand of its requests where demand (requests ×
//   duration) exceeds the pool. Only served requests are billed by Lambda and in its logs; the API and the services are
//   priced at the full traffic. --compare prices Lambda (its lambda service alone) for every request.
// - Traffic shapes: the month is 730 whole hours from midnight, 30 days and hours 0–9 of a 31st (decision); diurnal busy
//   hours are the middle 8 (hours 8–15): 242 busy at 2.5 × and 488 quiet at 0.25 ×, Σ weights 727.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's; GB of 10^9 B; stored ×
//   0.15 for retention_days ÷ (365 / 12) months, 12 when they never expire; 5 GB ingested and 5 GB-months stored free.
//   A template's function at WARN with LoggingConfig JSON + WARN; its log group /aws/lambda/${Fn} sets its retention.
// - DynamoDB: RRU = reads × ceil(KB / 4) × 0.5 eventual, 1 strong; WRU = writes × ceil(KB / 1); provisioned capacity ×
//   730 h, the free 25 RCU, 25 WCU and 25 GB off the sums over all tables; a provisioned table's reads and writes are
//   not billed. Checks (docs/services/dynamodb.md): capacity following the load hour by hour at 70%, whole units, at
//   least 1, without the free capacity; a provisioned table short where its busiest hours need more.
// - SQS: messages × ceil(KB / 64) × 3 calls; one free million. Step Functions Standard: one transition per state
//   entered, Succeed included, Catch paths not taken, plus `retries` per execution (a Retry block is not a count).
// - The cost bomb (docs/cold-starts.md, "The cost bomb"): the way in's cap all month, flat, the rest as expected; both
//   bills their lines in cents added up; the advice the highest limit (whole requests a second, or whole executions)
//   whose month is within 10 × the expected bill, never below the scenario's own peak.
// - Azure Consumption (docs/providers.md): memory used rounded up to 128 MB, 100 ms at least, $0.20 a million
//   executions and $0.000016 a GB-s, free 1M executions and 400,000 GB-s.
import { describe, expect, it } from 'vitest';
import { fixtureScenario, serverlessBill, estimateJsonOf, fixtureTemplateScenario, jsonBill, type JsonLine } from '../helpers/bills.js';
import type { Scenario } from '../../src/providers/aws/types.js';

const FIXTURES = 'test/fixtures/whole-architectures-6';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

const loadTemplate = (file: string, usage: string): Scenario => fixtureTemplateScenario(FIXTURES, file, usage);

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
  readonly suggested_limit_setting?: string;
  readonly peak?: string;
}
interface JsonProvider {
  readonly fits: boolean;
  readonly monthly_usd: string | null;
  readonly line_items: readonly JsonLine[];
}
interface JsonEstimate {
  readonly platforms: { readonly serverless: { readonly monthly_usd: string; readonly line_items: readonly JsonLine[] } };
  readonly functions: readonly {
    readonly name: string;
    readonly throttled_requests: string;
    readonly billed_cold_starts: string | null;
    readonly init_gb_seconds: string | null;
  }[];
  readonly compare?: {
    readonly cheapest: string;
    readonly requests_per_month: string;
    readonly providers: Readonly<Record<string, JsonProvider>>;
    readonly assumptions: readonly { readonly id: string; readonly message: string }[];
  };
  readonly warnings: readonly JsonWarning[];
}

/** `slcost estimate FILE --format json [options]`, as CI reads it: its exit status, serverless bill and the rest. */
function estimateJson(args: readonly string[]): { status: number | null; bill: Record<string, string>; json: JsonEstimate } {
  const { status, json } = estimateJsonOf<JsonEstimate>(args);
  return { status, json, bill: jsonBill(json.platforms.serverless) };
}
const fixture = (file: string, ...options: string[]) => estimateJson([`${FIXTURES}/${file}`, ...options]);

/** Each function's name with `field`, as the JSON gives it (numbers to two places). */
function perFunction(json: JsonEstimate, field: 'throttled_requests' | 'billed_cold_starts' | 'init_gb_seconds'): [string, string][] {
  return json.functions.map((fn) => [fn.name, Number(fn[field]).toFixed(2)]);
}

const warningIds = (json: JsonEstimate): string[] => json.warnings.map((warning) => warning.id);

describe('scheduled functions: cold starts on a clock, and the INIT phases they bill (free tier off)', () => {
  // 6.1. 1-scheduled-init.yaml, steady, aws-2025-10-08.
  //    hourly (python ZIP, 1,024 MB, 45 s, 730 runs, init 1,234.5 → 1,235 ms): 3,600 s apart, idle 3,555 s: all 730 cold,
  //      INIT 730 × 1.235 × 1 = 901.55 GB-s.
  //    nightly (java ZIP, arm64, 3,008 MB, 120 s, 30 runs, package 40 MB): 87,600 s apart: all 30 cold, INIT java's
  //      3,000 ms + 3 × 40 = 3,120 ms × 2.9375 GB × 30 = 274.95 GB-s.
  //    every5 (nodejs ZIP, 512 MB, 2 s, 8,760 runs): 300 s apart, idle 298 s: none cold.
  //    quarterly (image, 2,048 MB, 420 s, 2,920 runs, init 2,000 ms): 900 s apart, but idle 900 − 420 = 480 s between
  //      runs, within the 600 s: none cold. slcost first counted the 900 s from start to start and found all 2,920 cold
  //      (11,680 GB-s, $0.19 more: $41.92); the idle timeout counts from the end of a run, as the random-arrival model
  //      takes it too (a fix in src/providers/aws/lambda/cold-starts.ts, with its test).
  //    x86_64: 32,850 + 8,760 + 2,452,800 + INIT 901.55 = 2,495,311.55 GB-s × $0.0000166667 = $41.5886 → $41.59.
  //    arm64: 10,575 + 274.95 = 10,849.95 GB-s × $0.0000133334 = $0.1447 → $0.14. Requests 12,440 × $0.20/M and their
  //    3.28 MB of logs: $0.00 each. Total $41.73.
  //    On aws-2025-05-01 only the image's INIT would be billed, and it has none: x86_64 2,494,410 GB-s → $41.5736 →
  //    $41.57; arm64 10,575 → $0.1410 → $0.14. Total $41.71.
  const lines61 = {
    'lambda.requests': '0.00',
    'lambda.duration.x86_64.tier-1': '41.59',
    'lambda.duration.arm64.tier-1': '0.14',
    'lambda-logs.ingestion.tier-1': '0.00',
    'lambda-logs.storage': '0.00',
    total: '41.73',
  };
  it('hourly and nightly all cold, every 5 and every 15 minutes (7-minute runs, idle 8) none: $41.73', () => {
    expect(bill(load('1-scheduled-init.yaml'))).toEqual(lines61);
    const { status, json } = fixture('1-scheduled-init.yaml');
    expect(status).toBe(0);
    expect(perFunction(json, 'billed_cold_starts')).toEqual([
      ['hourly', '730.00'],
      ['nightly', '30.00'],
      ['every5', '0.00'],
      ['quarterly', '0.00'],
    ]);
    expect(perFunction(json, 'init_gb_seconds')).toEqual([
      ['hourly', '901.55'],
      ['nightly', '274.95'],
      ['every5', '0.00'],
      ['quarterly', '0.00'],
    ]);
  });
  it('aws-2025-05-01: no ZIP function on a managed runtime bills its INIT phase: $41.71', () => {
    const { status, bill: json } = fixture('1-scheduled-init.yaml', '--pricing', 'aws-2025-05-01');
    expect(status).toBe(0);
    expect(json).toEqual({ ...lines61, 'lambda.duration.x86_64.tier-1': '41.57', total: '41.71' });
  });

  // 6.2. 2-scheduled-diurnal.yaml: diurnal, 8 busy hours at 2.5 ×, two container images, aws-2025-10-08.
  //    poll (3,072 MB, 800 ms, 8,760 runs, init 4,500 ms): a busy hour holds 8,760 × 2.5 ÷ 727 = 30.12 runs, 119.5 s
  //      apart: warm; a quiet hour 3.012, 1,195 s apart: every run cold. Each day's busy hours keep one environment
  //      where the hour before kept none: 31 scale-ups (day 31's hours 8 and 9 are busy). 488 × 3.012 + 31 = 1,501.04
  //      cold starts × 4.5 s × 3 GB = 20,264.06 GB-s.
  //    rollup (1,536 MB, 30 s, 730 runs, init 3,000 ms): 2.51 runs a busy hour, 0.25 a quiet one: all 730 cold, 3,285
  //      GB-s.
  //    x86_64: 21,024 + 32,850 + 23,549.06 = 77,423.06 GB-s × $0.0000166667 = $1.2904 → $1.29 (without the 31
  //    scale-ups, $1.2834 → $1.28). Total $1.29.
  it('a job every 5 minutes cold in the quiet hours and once each morning, an hourly one always: $1.29', () => {
    expect(bill(load('2-scheduled-diurnal.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '1.29',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '1.29',
    });
    const { json } = fixture('2-scheduled-diurnal.yaml');
    expect(perFunction(json, 'billed_cold_starts')).toEqual([
      ['poll', '1501.04'],
      ['rollup', '730.00'],
    ]);
    expect(perFunction(json, 'init_gb_seconds')).toEqual([
      ['poll', '20264.06'],
      ['rollup', '3285.00'],
    ]);
  });
});

describe('reserved concurrency at sub-millisecond and fractional durations', () => {
  // 6.3. 3-reserved-fractional.yaml, steady. Concurrency is requests a second × the time a request runs.
  //    tick (128 MB, 0.4 ms, 10B, reserved 1): 3,805.18 a second × 0.0004 s = 1.52 > 1: serves 1 × 3,600 ÷ 0.0004 =
  //      9,000,000 an hour, 6,570,000,000 a month; 3,430,000,000 throttled. Billed at 1 ms: 821,250 GB-s.
  //    parse (256 MB, 2.5 ms, 4B, reserved 2): 3.81 > 2: serves 2 × 3,600 ÷ 0.0025 = 2,880,000 an hour, 2,102,400,000 a
  //      month; 1,897,600,000 throttled. Billed at 3 ms: 1,576,800 GB-s.
  //    api (1,024 MB, 100 ms, 50M): 1.9 of the pool's 997: 5,000,000 GB-s.
  //    aws-2025-10-08: requests 8,722,400,000 − 1M → $1,744.28; 7,398,050 − 400,000 GB-s → $116.6344 → $116.63; logs
  //      2,302.7136 GB − 5 → $1,148.86; stored × 1.8 = 4,144.88 − 5 GB-months → $124.1965 → $124.20. $3,133.97.
  //    aws-2020-03-12: the same requests served (the run, not the 100 ms billed, holds the environment), each billed
  //      100 ms: 82,125,000 + 52,560,000 + 5,000,000 = 139,685,000 − 400,000 → $2,321.4213 → $2,321.42; no log prices.
  //      $4,065.70.
  //    The cost bomb: api has no trigger and the scenario no API, so an event source invokes it, capped by the 997
  //      executions left unreserved: 997 ÷ 0.1 s all month = 26,201,160,000 requests. Worst month $6,974.51 + $43,701.99
  //      + $4,600.81 + $497.01 = $55,774.32; reserved concurrency 535 allows $31,334.66 ≤ 10 × $3,133.97, 536 $31,387.56.
  //      On aws-2020-03-12: $6,974.51 + $45,906.78 = $52,881.29; 747 allows $40,617.26 ≤ $40,657.00, 748 $40,666.32.
  it('aws-2025-10-08: each serves its limit × 3,600 s ÷ the time it runs, billed at 1 and 3 ms: $3,133.97', () => {
    expect(bill(load('3-reserved-fractional.yaml'))).toEqual({
      'lambda.requests': '1744.28',
      'lambda.duration.x86_64.tier-1': '116.63',
      'lambda-logs.ingestion.tier-1': '1148.86',
      'lambda-logs.storage': '124.20',
      total: '3133.97',
    });
    const { status, json } = fixture('3-reserved-fractional.yaml');
    expect(status).toBe(0);
    expect(perFunction(json, 'throttled_requests')).toEqual([
      ['tick', '3430000000.00'],
      ['parse', '1897600000.00'],
      ['api', '0.00'],
    ]);
    expect(warningIds(json)).toEqual(['reserved_concurrency', 'reserved_concurrency', 'cost_bomb']);
    expect(json.warnings[2]).toMatchObject({
      worst_month_usd: '55774.32',
      expected_monthly_usd: '3133.97',
      function: 'api',
      capped_by: 'account_concurrency_limit',
      suggested_limit: '535',
      suggested_limit_unit: 'concurrent_executions',
    });
  });
  it('aws-2020-03-12: the same requests served, each billed 100 ms: $4,065.70', () => {
    const { status, bill: json, json: doc } = fixture('3-reserved-fractional.yaml', '--pricing', 'aws-2020-03-12');
    expect(status).toBe(0);
    expect(json).toEqual({ 'lambda.requests': '1744.28', 'lambda.duration.x86_64.tier-1': '2321.42', total: '4065.70' });
    expect(perFunction(doc, 'throttled_requests').slice(0, 2)).toEqual([
      ['tick', '3430000000.00'],
      ['parse', '1897600000.00'],
    ]);
    expect(doc.warnings.find((w) => w.id === 'cost_bomb')).toMatchObject({ worst_month_usd: '52881.29', expected_monthly_usd: '4065.70', suggested_limit: '747' });
  });
});

describe('a pool shared by unlike durations in the busy hours, and --compare (aws-2025-10-08)', () => {
  // 6.4. 4-pool-diurnal-compare.yaml: account limit 40, billing's reserved 10 leave a pool of 30; diurnal, 8 busy hours
  //    at 2.5 ×. A busy hour: search 60M × 2.5 ÷ 727 ÷ 3,600 = 57.31 a second × 0.15 s = 8.60, render 28.66 × 1.2 s =
  //    34.39: 42.98 > 30, so each serves 30 ÷ 42.98 = 69.792% of its busy-hour requests; quiet hours 4.30, all served;
  //    billing 1.15 of its 10. search serves 60M × (122 + 605 × 0.69792) ÷ 727 = 44,916,775.79 (15,083,224.21
  //    throttled), render 22,458,387.90 (7,541,612.10).
  //    Requests 70,375,163.69 − 1M → $13.8750 → $13.88; GB-s 6,737,516.37 + 53,900,130.95 + 600,000 − 400,000 →
  //    $1,013.9628 → $1,013.96; HTTP API 90M → $90.00 (it bills the throttled too); logs 18.579 GB − 5 → $6.7895 →
  //    $6.79; stored 33.442 − 5 → $0.8533 → $0.85. $1,125.48.
  //    --compare azure: Lambda for all 93M: requests 92M → $18.40; GB-s 9M + 72M + 600,000 − 400,000 = 81,200,000 →
  //    $1,353.3360 → $1,353.34; $1,371.74. Azure Consumption: executions $18.40; 300 MB used → 384 MB, 1,100 → 1,152 MB,
  //    512: 3,375,000 + 40,500,000 + 600,000 − 400,000 = 44,075,000 GB-s × $0.000016 = $705.20; $723.60, the cheapest.
  it('each unreserved function serves 69.79% of its busy hours: $1,125.48; compared, Lambda for every request: $1,371.74', () => {
    expect(bill(load('4-pool-diurnal-compare.yaml'))).toEqual({
      'lambda.requests': '13.88',
      'lambda.duration.x86_64.tier-1': '1013.96',
      'api-gateway.http.requests.tier-1': '90.00',
      'lambda-logs.ingestion.tier-1': '6.79',
      'lambda-logs.storage': '0.85',
      total: '1125.48',
    });
    const { status, bill: own, json } = fixture('4-pool-diurnal-compare.yaml', '--compare', 'azure');
    expect(status).toBe(0);
    expect(own.total).toBe('1125.48');
    expect(perFunction(json, 'throttled_requests')).toEqual([
      ['search', '15083224.21'],
      ['render', '7541612.10'],
      ['billing', '0.00'],
    ]);
    const providers = Object.fromEntries(
      Object.entries(json.compare!.providers).map(([id, p]) => [id, { ...Object.fromEntries(p.line_items.map((line) => [line.id, line.monthly_usd])), total: p.monthly_usd }]),
    );
    expect(providers).toEqual({
      aws: { 'lambda.requests': '18.40', 'lambda.duration.x86_64.tier-1': '1353.34', total: '1371.74' },
      azure: { 'functions.consumption.executions': '18.40', 'functions.consumption.execution-time': '705.20', total: '723.60' },
    });
    expect(json.compare!.cheapest).toBe('azure');
    expect(json.compare!.requests_per_month).toBe('93000000');
    expect(json.compare!.assumptions.find((a) => a.id === 'compare_without_limits')!.message).toContain('(22,624,836 throttled, not billed)');
  });
});

describe('templates with reserved and provisioned concurrency and schedule events (aws-2025-10-08)', () => {
  // 6.5. 5-sam/template.yaml with usage.yaml.
  //    ApiFn (image, no INIT priced; 512 MB, 2M × 80 ms, one provisioned environment, HttpApi): a = 2M ÷ 2,628,000 ×
  //      0.08 = 0.060883 erlangs, B(1, a) = a ÷ (1 + a) = 5.7389%: 114,777.62 on demand, 1,885,222.38 on it. JSON at
  //      WARN: only its 500 B, never expiring.
  //    NightlyFn (python3.12, 1,769 MB, Schedule, 30 × 600 s, init 800 ms, ReservedConcurrentExecutions 1, never near
  //      it): all 30 cold: 41.4609 GB-s of INIT.
  //    WorkerFn (image, 1,024 MB, SQS, 20M × 300 ms, ReservedConcurrentExecutions 2): 7.61 a second × 0.3 = 2.28 > 2:
  //      24,000 an hour, 17,520,000 served, 2,480,000 throttled; 464 B each, its log group 7 days.
  //    Requests 19,520,030 − 1M → $3.7040 → $3.70; x86_64 4,591.10 + 31,095.70 + 41.46 + 5,256,000 − 400,000 →
  //      $81.5290 → $81.53; provisioned 1,314,000 GB-s × $0.0000041667 = $5.4750 → $5.48; on it 75,408.90 GB-s ×
  //      $0.0000097222 = $0.7331 → $0.73; HTTP $2.00; logs 1 + 0.0000079 + 8.1293 GB − 5 → $2.0646 → $2.06; stored
  //      1.8000 + 0.0234 GB-months, free; Jobs 20M × 2 × 3 = 120M − 1M → $47.60. $143.10.
  it('SAM: Erlang on one provisioned environment, a nightly Python job cold every night, an image worker throttled at 2: $143.10', () => {
    expect(bill(loadTemplate('5-sam/template.yaml', '5-sam/usage.yaml'))).toEqual({
      'lambda.requests': '3.70',
      'lambda.duration.x86_64.tier-1': '81.53',
      'lambda.provisioned-concurrency.x86_64': '5.48',
      'lambda.provisioned-duration.x86_64': '0.73',
      'api-gateway.http.requests.tier-1': '2.00',
      'lambda-logs.ingestion.tier-1': '2.06',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '47.60',
      total: '143.10',
    });
    const { status, json } = estimateJson([`${FIXTURES}/5-sam/template.yaml`, '--usage', `${FIXTURES}/5-sam/usage.yaml`]);
    expect(status).toBe(0);
    expect(perFunction(json, 'throttled_requests')).toEqual([
      ['ApiFn', '0.00'],
      ['NightlyFn', '0.00'],
      ['WorkerFn', '2480000.00'],
    ]);
    expect(perFunction(json, 'billed_cold_starts')[1]).toEqual(['NightlyFn', '30.00']);
    expect(perFunction(json, 'init_gb_seconds')).toEqual([
      ['ApiFn', '0.00'],
      ['NightlyFn', '41.46'],
      ['WorkerFn', '0.00'],
    ]);
  });

  // 6.6. 6-serverless/serverless.yml with usage.yaml: arm64, provided.al2023 (a custom runtime: INIT billed under every
  //    table where its duration is given).
  //    api (1,024 MB, 10M × 45 ms, provisionedConcurrency 2): a = 0.171233, B(2, a) = 1.2362%: 123,622.84 on demand,
  //      9,876,377.16 on them. ingest (512 MB, SQS, 40M × 250 ms, reservedConcurrency 3): 3.81 > 3: 43,200 an hour,
  //      31,536,000 served. cleanup (256 MB, rate(1 hour), 730 × 5 s, init 350.2 → 351 ms): all cold, 64.0575 GB-s.
  //    Requests 41,536,730 − 1M → $8.1073 → $8.11; arm64 5,563.03 + 3,942,000 + 912.5 + 64.06 − 400,000 →
  //      $47.3141 → $47.31; provisioned 5,256,000 × $0.0000033334 = $17.5204 → $17.52; on them 444,436.97 GB-s ×
  //      $0.0000077778 = $3.4567 → $3.46; HTTP $10.00; logs 10.9657 GB − 5 → $2.98; stored 19.738 − 5 → $0.4421 → $0.44.
  //    Entries: 10M writes of 2.5 KB = 3 WRU → $18.75; 40M eventual reads → 20M RRU → $2.50. Balances: 30 WCU − 25 →
  //      $2.3725 → $2.37; 40 RCU − 25 → $1.4235 → $1.42; storage 32 − 25 GB → $1.75. Inbox (FIFO): 120M − 1M × $0.50/M
  //      = $59.50. $176.11.
  //    Entries on demand ($21.25) against capacity for its steady load at 70%: 30M WRU ÷ 2,628,000 s ÷ 0.7 → 17 WCU,
  //      20M RRU → 11 RCU: 17 × 730 × $0.00065 + 11 × 730 × $0.00013 = $9.11.
  it('serverless.yml: two provisioned environments, a worker throttled at 3, an hourly custom-runtime INIT, two tables and a FIFO queue: $176.11', () => {
    expect(bill(loadTemplate('6-serverless/serverless.yml', '6-serverless/usage.yaml'))).toEqual({
      'lambda.requests': '8.11',
      'lambda.duration.arm64.tier-1': '47.31',
      'lambda.provisioned-concurrency.arm64': '17.52',
      'lambda.provisioned-duration.arm64': '3.46',
      'api-gateway.http.requests.tier-1': '10.00',
      'lambda-logs.ingestion.tier-1': '2.98',
      'lambda-logs.storage': '0.44',
      'dynamodb.write-request-units': '18.75',
      'dynamodb.read-request-units': '2.50',
      'dynamodb.write-capacity': '2.37',
      'dynamodb.read-capacity': '1.42',
      'dynamodb.storage': '1.75',
      'sqs.fifo.requests.tier-1': '59.50',
      total: '176.11',
    });
    const { status, json } = estimateJson([`${FIXTURES}/6-serverless/serverless.yml`, '--usage', `${FIXTURES}/6-serverless/usage.yaml`]);
    expect(status).toBe(0);
    expect(perFunction(json, 'throttled_requests')).toEqual([
      ['api', '0.00'],
      ['ingest', '8464000.00'],
      ['cleanup', '0.00'],
    ]);
    expect(perFunction(json, 'init_gb_seconds')).toEqual([
      ['api', '0.00'],
      ['ingest', '0.00'],
      ['cleanup', '64.06'],
    ]);
    expect(json.warnings.find((w) => w.id === 'dynamodb_on_demand_over_provisioned')!.message).toMatch(
      /Entries: on-demand requests cost \$21\.25 a month; .*\(11 RCU and 17 WCU, .*would cost \$9\.11/,
    );
  });
});

describe('a Standard machine with retries in a Parallel, and DynamoDB on a diurnal day (aws-2025-10-08)', () => {
  // 6.7. 7-parallel-retries-dynamodb.yaml, 20M requests, diurnal (8 busy hours at 2.5 ×).
  //    checkout (arm64, 256 MB, 60 ms): 300,000 GB-s, free; requests 19M → $3.80; logs 5.28 GB − 5 → $0.14; stored 9.504
  //    − 5 → $0.1351 → $0.14. REST 20M × $3.50 = $70.00.
  //    fulfil: 0.05 × 20M = 1M executions × (Validate, Split, ChargeCard, Receipt, ReserveStock, Settle, Route → Ship,
  //    Ship, Done = 9, + retries 0.3 + 0.1) = 9,400,000 − 4,000 free → $234.90.
  //    orders (on demand): 20M writes of 1 KB → $12.50; 40M eventual reads → 20M RRU → $2.50. stock (provisioned 30 RCU,
  //    10 WCU): its 16M writes and 20M strong reads not billed; RCU 30 − 25 → $0.4745 → $0.47, WCU within the free 25;
  //    storage 40 − 25 → $3.75. $328.20.
  //    The checks: orders' busy hour 19.10 WRU and 19.10 RRU a second ÷ 0.7 → 28 WCU and 28 RCU, quiet 1.91 → 3:
  //    (242 × 28 + 488 × 3) × ($0.00065 + $0.00013) = $6.43, against $15.00 on demand. stock's busy hour writes 15.28 a
  //    second: 16 WCU of its 10 (its average, 6.09, is within).
  it('9.4 transitions an execution, an on-demand table auto-scaling would bill $6.43 for, a table short in its busy hours: $328.20', () => {
    expect(bill(load('7-parallel-retries-dynamodb.yaml'))).toEqual({
      'lambda.requests': '3.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'api-gateway.rest.requests.tier-1': '70.00',
      'lambda-logs.ingestion.tier-1': '0.14',
      'lambda-logs.storage': '0.14',
      'dynamodb.write-request-units': '12.50',
      'dynamodb.read-request-units': '2.50',
      'dynamodb.write-capacity': '0.00',
      'dynamodb.read-capacity': '0.47',
      'dynamodb.storage': '3.75',
      'step-functions.standard.transitions.tier-1': '234.90',
      total: '328.20',
    });
    const { json } = fixture('7-parallel-retries-dynamodb.yaml');
    const message = (id: string) => json.warnings.find((w) => w.id === id)!.message;
    expect(message('dynamodb_on_demand_over_provisioned')).toMatch(
      /orders: on-demand requests cost \$15\.00 a month; .*\(up to 28 RCU and 28 WCU in the busiest hours\) would cost \$6\.43/,
    );
    expect(message('dynamodb_capacity_below_load')).toMatch(/stock: its writes need 16 WCU in the busiest hours .* provisioned with 10/);
  });
});

describe('the cost bomb of a simple API (aws-2025-10-08)', () => {
  // 6.8. 8-cost-bomb.yaml: api (512 MB, 100 ms) behind an HTTP API throttled at 50 a second; 3M requests, diurnal.
  //    Expected: requests 2M → $0.40; 150,000 GB-s, free; HTTP $3.00; 0.792 GB of logs, 1.43 GB-months, free: $3.40.
  //    Worst month: the throttle all month, 50 × 2,628,000 = 131,400,000 requests (the function's share of the pool,
  //    1,000 ÷ 0.1 s, is far above): requests $26.08; 6,570,000 − 400,000 GB-s → $102.8335 → $102.83; HTTP $131.40;
  //    logs 34.6896 − 5 GB → $14.8448 → $14.84; stored 62.4413 − 5 → $1.7232 → $1.72: $276.87, 81 × $3.40.
  //    The advice: 7 a second all month is $30.65, within $34.00; 8 is $36.30. The peak: a busy hour's 3M × 2.5 ÷ 727 ÷
  //    3,600 = 2.865658 a second, below 7.
  it('$276.87 at the throttle of 50 a second, 81 × the expected $3.40; a throttle of 7 keeps it within 10 ×', () => {
    const { status, bill: json, json: doc } = fixture('8-cost-bomb.yaml');
    expect(status).toBe(0);
    expect(json).toEqual({
      'lambda.requests': '0.40',
      'lambda.duration.x86_64.tier-1': '0.00',
      'api-gateway.http.requests.tier-1': '3.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '3.40',
    });
    expect(doc.warnings).toEqual([
      expect.objectContaining({
        id: 'cost_bomb',
        worst_month_usd: '276.87',
        expected_monthly_usd: '3.40',
        multiple: 10,
        function: null,
        capped_by: 'api_throttle',
        suggested_limit: '7',
        suggested_limit_unit: 'requests_per_second',
        suggested_limit_setting: 'api_gateway.throttle.rate_limit_rps',
        peak: '2.865658',
      }),
    ]);
  });
});
