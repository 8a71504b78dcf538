// Whole serverless architectures, twelfth batch: each bill derived by hand from the published pricing facts
// (pricing-facts.md §1.1–§1.3 and its section on the INIT phase billed from 2025-08-01), the unit prices of the shipped
// tables (pricing/aws/2025-05-01, 2025-08-01 and 2025-10-08.yaml, us-east-1) and the cold-start model of
// docs/cold-starts.md, before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-12/derivations.py prints every line, and every function's billed cold starts and
// INIT GB-seconds) and committed before slcost was run on them. Every line is rounded to the cent, halves up; a total is
// the sum of its lines. This batch prices what the first eleven never did: billed cold starts. An hourly report on a
// schedule beside a queue worker alike in all else (the first cold on every run, the second on random arrivals), a job
// every five minutes that never idles out, one every 20 minutes running 10, idle exactly the timeout between its runs;
// five kinds of INIT phase (an image, a custom runtime, SnapStart, a Python and a Ruby ZIP) on aws-2025-08-01 and on
// aws-2025-05-01, before ZIP functions on managed runtimes billed it; two functions alike but for their memory on one
// diurnal traffic, whose INIT phases carry the month past the free tier; and six functions alike but for one thing
// each, in two orders that bill the same.
//
// Conventions (each stated by the facts or, where they leave it open, by slcost's documented decision, "decision"):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s, x86_64
//   first (decision), off the bottom band; every figure here is inside the first band.
// - The INIT phase: each billed cold start bills ceil(INIT, 1 ms) × MB / 1024 GB-s at the function's duration rate, in
//   the same free pool and bands. INIT is the stated init_duration_ms, else the runtime's p50 of docs/cold-starts.md
//   (nodejs 170, python 180, go 80 ms) plus 3 ms per MB of package_mb (decision); billed for an image and a custom
//   runtime (go among them) on every table, for a ZIP on a managed runtime from aws-2025-08-01; never for java_snapstart,
//   nor for a runtime of no figures (ruby3.3) unless INIT is stated (decision).
// - Cold starts (docs/cold-starts.md; idle timeout T = 600 s). At random, an hour at λ a second of d seconds each:
//   3,600 · Σ_k r_k · e^(−r_k·T), r_k = λ · P(N ≥ k − 1), N ~ Poisson(λd), summed over every k (the derivation stops
//   where P(N ≥ k) < 10^-30); plus, each hour, the environments kept warm (r_k·T ≥ 1) beyond the hour before's, the
//   month wrapping around. On a clock (trigger: schedule), runs 1/λ apart: n = ⌈λd⌉ environments, each idle n/λ − d
//   between its runs; every run cold when that is longer than T, none when it is not (and the n kept warm). At the
//   scenario's own volume the billed count is the model's own figure (the grid is anchored there).
// - Traffic shapes: the month is 730 hours from midnight, 30 days and hours 0–9 of a 31st. A diurnal day of 8 busy hours
//   (8–15) at twice the average: 242 busy hours at 2, 488 quiet at 0.5 (Σ 728); 31 quiet-to-busy turns a month.
// - Logs: 264 B of START/END/REPORT an invocation at INFO; GB of 10^9 B; stored × 0.15 for 12 months (never expire);
//   5 GB ingested and 5 GB-months stored free when the free tier is on.
//
// Every line of every bill, and every function's billed cold starts and INIT GB-seconds, agreed with slcost when first
// priced (the second figure to the thousandth: slcost's model is worked in doubles).
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { estimateJsonOf, fixtureScenario, jsonBill, serverlessBill, type JsonBill } from '../helpers/bills.js';
import { book } from '../helpers/build.js';

const FIXTURES = 'test/fixtures/whole-architectures-12';

const load = (file: string): Scenario => fixtureScenario(FIXTURES, file);
const bill = serverlessBill;

/** Each function's billed cold starts and INIT GB-seconds, to the thousandth. */
function initOf(scenario: Scenario): Record<string, [string, string]> {
  const { functions } = estimate(scenario, book(scenario.pricingId));
  return Object.fromEntries(functions.map((fn) => [fn.name, [fn.billedColdStarts.toFixed(3), fn.initGbSeconds.toFixed(3)]]));
}

interface JsonEstimate {
  readonly pricing: { readonly id: string };
  readonly platforms: Readonly<Record<string, JsonBill>>;
  readonly functions: readonly { readonly name: string; readonly billed_cold_starts: string; readonly init_gb_seconds: string }[];
}

describe('a schedule beside a queue worker', () => {
  it('12.1 an hourly report cold on each run, its twin on random arrivals, two jobs never cold, a nightly one: $11.67', () => {
    // report: 730 runs 3,600 s apart, idle 3,598 s > 600: 730 cold × 1.2 s × 1 GB = 876 GB-s. worker: λ = 1/3,600,
    // ρ = 1/1,800: 730 × (e^(−1/6) + (1 − e^(−ρ))·e^(−(1 − e^(−ρ))/6) + …) = 618.337 cold, 742.005 GB-s. ticker: 300 s
    // apart, idle 298 s: never cold. sweeper: 1,200 s apart, runs of 600 s, idle 600 s, not longer than the timeout:
    // never cold. nightly: 30 cold × (170 + 3 × 20 ms) × 3,008 MB = 20.269 GB-s. Invocations 1,460 + 1,460 + 17,520 +
    // 657,000 + 21,150 = 698,590 GB-s + INIT 1,638.273 = 700,228.273 × $0.0000166667 = $11.670, $11.67 (the free tier
    // off). 12,440 requests × $0.20/M = $0.0025; logs 3.28 MB × $0.50/GB, 5.9 MB-months × $0.03: $0.00.
    expect(bill(load('1-clock-beside-queue.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '11.67',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '11.67',
    });
    expect(initOf(load('1-clock-beside-queue.yaml'))).toEqual({
      report: ['730.000', '876.000'],
      worker: ['618.337', '742.005'],
      ticker: ['0.000', '0.000'],
      sweeper: ['0.000', '0.000'],
      nightly: ['30.000', '20.269'],
    });
  });

  it("12.1 as CI reads it: the same bill, and each function's billed cold starts in JSON", () => {
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/1-clock-beside-queue.yaml`]);
    expect(status).toBe(0);
    expect(json.pricing.id).toBe('aws-2025-10-08');
    expect(jsonBill(json.platforms['serverless']!).total).toBe('11.67');
    expect(Object.fromEntries(json.functions.map((fn) => [fn.name, fn.billed_cold_starts]))).toEqual({
      report: '730',
      worker: '618.337',
      ticker: '0',
      sweeper: '0',
      nightly: '30',
    });
  });
});

describe('five kinds of INIT phase, after and before 2025-08-01', () => {
  // Each function: 2,000 invocations of 300 ms at random, λ = 2,000 / 2,628,000 s, λT = 0.457: 1,267.297 cold starts,
  // none kept warm. Invocations: 2,000 × 0.3 s × (2 + 0.5 + 1.5 + 2) GB = 3,600 x86_64 GB-s and 600 arm64 GB-s.
  it('12.2 on aws-2025-08-01: the image, Go, Python and Ruby ZIPs bill INIT, SnapStart none: $0.12', () => {
    // thumbs 1,267.297 × 0.9 s × 2 GB = 2,281.135; notify × (180 + 15 ms) × 0.5 GB = 123.561; audit × 0.45 s × 1.5 GB =
    // 855.426: 3,600 + 3,260.122 = 6,860.122 × $0.0000166667 = $0.114, $0.11. resize (arm64) × (80 + 36 ms) × 1 GB =
    // 147.006: 747.006 × $0.0000133334 = $0.010, $0.01. 10,000 requests × $0.20/M = $0.002; logs $0.00.
    expect(bill(load('2-init-kinds-after.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '0.11',
      'lambda.duration.arm64.tier-1': '0.01',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '0.12',
    });
    expect(initOf(load('2-init-kinds-after.yaml'))).toEqual({
      thumbs: ['1267.297', '2281.135'],
      resize: ['1267.297', '147.006'],
      ledger: ['0.000', '0.000'],
      notify: ['1267.297', '123.561'],
      audit: ['1267.297', '855.426'],
    });
  });

  it('12.2b the same on aws-2025-05-01: only the image and Go bill INIT: $0.11', () => {
    // 3,600 + 2,281.135 = 5,881.135 × $0.0000166667 = $0.098, $0.10; arm64 as in 12.2, $0.01.
    expect(bill(load('2b-init-kinds-before.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '0.10',
      'lambda.duration.arm64.tier-1': '0.01',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '0.11',
    });
    expect(initOf(load('2b-init-kinds-before.yaml'))).toEqual({
      thumbs: ['1267.297', '2281.135'],
      resize: ['1267.297', '147.006'],
      ledger: ['0.000', '0.000'],
      notify: ['0.000', '0.000'],
      audit: ['0.000', '0.000'],
    });
  });
});

describe('alike but for one thing', () => {
  it('12.3 two memories of one diurnal traffic: one count of cold starts, INIT fourfold, past the free tier: $0.18', () => {
    // Busy hours 20 requests (λT = 3.33: the first environment kept warm), quiet ones 5 (λT = 0.83): 242 × 3,600 ×
    // Σ r_k e^(−r_k T) at 20/3,600 + 488 × the same at 5/3,600 = 1,319.591 from idling, + 31 scale-ups as each busy run
    // begins = 1,350.591 cold starts each. small × 2.5 s × 1 GB = 3,376.478; large × 4 GB = 13,505.914. Invocations
    // 21,840 + 87,360 + crunch's 475 × 60 s × 10 GB = 285,000: 394,200 + 16,882.392 = 411,082.392 − 400,000 free =
    // 11,082.392 × $0.0000166667 = $0.185, $0.18. 15,035 requests and 3.97 MB of logs: free.
    expect(bill(load('3-two-memories-diurnal.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '0.18',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      total: '0.18',
    });
    expect(initOf(load('3-two-memories-diurnal.yaml'))).toEqual({
      small: ['1350.591', '3376.478'],
      large: ['1350.591', '13505.914'],
      crunch: ['0.000', '0.000'],
    });
  });

  // 1,460 invocations of 1 s, λT = 1/3: at random 1,460 × (e^(−1/3) + …) = 1,046.947 cold starts; on a clock every 30
  // minutes (idle 1,799 s) all 1,460. INIT 170 + 30 ms (nodejs) or 180 + 30 (python).
  const alike = {
    'lambda.requests': '0.00',
    'lambda.duration.x86_64.tier-1': '0.08',
    'lambda.duration.arm64.tier-1': '0.01',
    'lambda-logs.ingestion.tier-1': '0.00',
    'lambda-logs.storage': '0.00',
    total: '0.09',
  };
  const alikeInit = {
    'cron-a': ['1460.000', '146.000'],
    'queue-a': ['1046.947', '104.695'],
    'queue-b': ['1046.947', '209.389'],
    'queue-c': ['1046.947', '109.929'],
    'queue-d': ['1046.947', '104.695'],
    'queue-e': ['1046.947', '104.695'],
  };

  it('12.4 six functions alike but for their trigger, memory, runtime, package type or architecture: $0.09', () => {
    // x86_64: 1,460 × (0.5 × 4 + 1) = 4,380 GB-s + INIT 146 + 104.695 + 209.389 + 109.929 + 104.695 = 5,054.708 ×
    // $0.0000166667 = $0.084, $0.08. arm64 730 + 104.695 = 834.695 × $0.0000133334 = $0.011, $0.01. 8,760 requests,
    // $0.0018; logs $0.00.
    expect(bill(load('4-alike-but-one-thing.yaml'))).toEqual(alike);
    expect(initOf(load('4-alike-but-one-thing.yaml'))).toEqual(alikeInit);
  });

  it('12.4b the same functions in the opposite order: the same bill and the same figures for each', () => {
    expect(bill(load('4b-alike-reordered.yaml'))).toEqual(alike);
    expect(initOf(load('4b-alike-reordered.yaml'))).toEqual(alikeInit);
  });
});
