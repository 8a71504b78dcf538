import { describe, expect, it } from 'vitest';
import { instanceSize, runFunctions, runFunctionsMisfit, type RunFunctionsSection } from './index.js';
import { centsOf, STEADY, tableOf, usageOf, wfn } from '../../../../test/helpers/workload.js';

const region = (name: string) => tableOf<RunFunctionsSection>('gcp-2026-12-05').regions[name]!;
const bill = (name: string, ...args: Parameters<typeof usageOf>) => runFunctions.lineItems(usageOf(...args), region(name), STEADY);
const amounts = (items: ReturnType<typeof bill>) => items.map((item) => item.monthlyUsd.toFixed(2));

// Google publishes no worked example for request-based Cloud Run functions; these are derived by hand from
// https://cloud.google.com/run/pricing (rates, free tier, 100 ms rounding, concurrency sharing) and
// https://cloud.google.com/functions/docs/configuring/memory (the vCPU each memory size comes with).
describe('Cloud Run functions, request-based billing', () => {
  it('10M requests of 100 ms on 512 MB in a Tier 1 region: $3.67 + $0.35 + $3.20 = $7.22', () => {
    // 512 MiB comes with 0.333 vCPU. 10M × 0.1 s = 1,000,000 instance-seconds:
    // CPU 333,000 − 180,000 free = 153,000 vCPU-s × $0.000024 = $3.672;
    // memory 500,000 − 360,000 free = 140,000 GiB-s × $0.0000025 = $0.35; requests 8M × $0.40 = $3.20.
    const items = bill('us-central1', [wfn({ memoryMb: 512, durationMs: 100, requestsPerMonth: 10_000_000 })]);
    expect(items.map((item) => item.quantity.toFixed())).toEqual(['153000', '140000', '8']);
    expect(amounts(items)).toEqual(['3.67', '0.35', '3.20']);
    expect(centsOf(items)).toBe('7.22');
  });
  it("rounds each request's instance time up to the next 100 ms", () => {
    // 1M × 120 ms → 200 ms: 200,000 instance-seconds × 1 vCPU (2 GiB) = 200,000 vCPU-s, 400,000 GiB-s.
    const items = bill('us-central1', [wfn({ memoryMb: 2048, durationMs: 120, requestsPerMonth: 1_000_000 })], { freeTier: false });
    expect(items.map((item) => item.quantity.toFixed())).toEqual(['200000', '400000', '1']);
    expect(amounts(items)).toEqual(['4.80', '1.00', '0.40']);
  });
  it("shares an instance's billed time among the requests it serves at once", () => {
    // 80 at once: 10M × 0.2 s / 80 = 25,000 instance-seconds × 1 vCPU and 2 GiB: 25,000 vCPU-s and 50,000 GiB-s, within the free tier;
    // the requests are billed each: 8M × $0.40 = $3.20.
    const shared = bill('us-central1', [wfn({ memoryMb: 2048, durationMs: 200, requestsPerMonth: 10_000_000, concurrencyPerInstance: 80 })]);
    expect(shared.map((item) => item.basis!.used.toFixed())).toEqual(['25000', '50000', '10000000']);
    expect(centsOf(shared)).toBe('3.20');
    // One at a time: 2,000,000 vCPU-s − 180,000 = 1,820,000 × $0.000024 = $43.68; 4,000,000 − 360,000 GiB-s × $0.0000025 = $9.10.
    const alone = bill('us-central1', [wfn({ memoryMb: 2048, durationMs: 200, requestsPerMonth: 10_000_000 })]);
    expect(amounts(alone)).toEqual(['43.68', '9.10', '3.20']);
  });
  it('prices a Tier 2 region higher, and values its free tier at Tier 1 prices', () => {
    // europe-west3: free CPU = 180,000 × $0.000024 / $0.0000336 = 128,571.43 vCPU-s; free memory = 360,000 × 0.0000025 / 0.0000035 = 257,142.86 GiB-s.
    // 1,000,000 instance-seconds at 1 GiB (0.583 vCPU): CPU 583,000 − 128,571.43 = 454,428.57 × $0.0000336 = $15.27;
    // memory 1,000,000 − 257,142.86 = 742,857.14 × $0.0000035 = $2.60; requests 8M × $0.40 = $3.20.
    const items = bill('europe-west3', [wfn({ memoryMb: 1024, durationMs: 100, requestsPerMonth: 10_000_000 })]);
    expect(items[0]!.label).toBe('CPU, tier 2');
    expect(items[0]!.basis!.free.toFixed(2)).toBe('128571.43');
    expect(amounts(items)).toEqual(['15.27', '2.60', '3.20']);
  });
  it("puts each region in the tier Google's location pages give it", () => {
    // https://cloud.google.com/run/docs/locations and https://cloud.google.com/functions/docs/locations: Tier 1 at
    // $0.000024 a vCPU-second, Tier 2 at $0.0000336 (the Tier 2 rate as Google's Firebase CLI transcribes the pricing page).
    const TIER_1 = [
      'us-central1',
      'us-east1',
      'us-east4',
      'us-east5',
      'us-south1',
      'us-west1',
      'europe-north1',
      'europe-southwest1',
      'europe-west1',
      'europe-west4',
      'europe-west8',
      'europe-west9',
      'asia-east1',
      'asia-northeast1',
      'asia-northeast2',
      'me-west1',
    ];
    const TIER_2 = [
      'europe-west2',
      'europe-west3',
      'europe-west6',
      'europe-west10',
      'europe-west12',
      'europe-central2',
      'asia-east2',
      'asia-northeast3',
      'asia-south1',
      'asia-south2',
      'asia-southeast1',
      'asia-southeast2',
      'australia-southeast1',
      'australia-southeast2',
      'africa-south1',
    ];
    const regions = tableOf<RunFunctionsSection>('gcp-2026-12-05').regions;
    expect(Object.keys(regions).sort()).toEqual([...TIER_1, ...TIER_2].sort());
    for (const name of TIER_1) expect([region(name).runFunctions!.tier, region(name).runFunctions!.vcpuSecondUsd.toString()]).toEqual([1, '0.000024']);
    for (const name of TIER_2) expect([region(name).runFunctions!.tier, region(name).runFunctions!.vcpuSecondUsd.toString()]).toEqual([2, '0.0000336']);
  });
  it('sizes an instance by the memory, rounded up to the next size', () => {
    const sizes = region('us-central1').runFunctions!;
    expect([128, 129, 1769, 2048, 10_240].map((mb) => `${instanceSize(mb, sizes)!.memoryMb}:${instanceSize(mb, sizes)!.vcpu.toFixed()}`)).toEqual([
      '128:0.083',
      '256:0.167',
      '2048:1',
      '2048:1',
      '16384:4',
    ]);
  });
  it('leaves the free tier out with the free tiers off', () => {
    const items = bill('us-central1', [wfn({ memoryMb: 512, durationMs: 100, requestsPerMonth: 10_000_000 })], { freeTier: false });
    // 333,000 × $0.000024 = $7.992; 500,000 × $0.0000025 = $1.25; 10M × $0.40 = $4.00.
    expect(amounts(items)).toEqual(['7.99', '1.25', '4.00']);
  });
});

describe('limits', () => {
  const table = () => region('us-central1').runFunctions!;
  it('allows an HTTP function 60 minutes and an event-driven one 9 (https://cloud.google.com/functions/docs/configuring/timeout)', () => {
    expect(runFunctionsMisfit(wfn({ durationMs: 900_000, requestsPerMonth: 1 }), table())).toBeNull();
    expect(runFunctionsMisfit(wfn({ durationMs: 540_001, requestsPerMonth: 1, http: false }), table())).toBe('540,001 ms is over the 540 s timeout of an event-driven function');
  });
  it('serves more than one request at a time only with at least 1 vCPU', () => {
    expect(runFunctionsMisfit(wfn({ memoryMb: 512, durationMs: 10, requestsPerMonth: 1, concurrencyPerInstance: 2 }), table())).toBe(
      'serving 2 requests at once needs at least 1 vCPU; 512 MB comes with 0.333',
    );
    expect(runFunctionsMisfit(wfn({ memoryMb: 2048, durationMs: 10, requestsPerMonth: 1, concurrencyPerInstance: 1000 }), table())).toBeNull();
  });
  it('takes an HTTP request of 32 MB at most (https://cloud.google.com/functions/quotas)', () => {
    expect(runFunctionsMisfit(wfn({ durationMs: 10, requestsPerMonth: 1, requestKb: 32 * 1024 + 1 }), table())).toBe('a request of 32,769 KB is over the 32 MB HTTP request limit');
  });
});
