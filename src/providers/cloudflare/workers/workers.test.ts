import { describe, expect, it } from 'vitest';
import { workers, workersMisfit, type WorkersSection } from './index.js';
import { centsOf, STEADY, tableOf, usageOf, wfn } from '../../../../test/helpers/workload.js';

const prices = () => tableOf<WorkersSection>('cloudflare-2026-12-05').regions['global']!;
const bill = (...args: Parameters<typeof usageOf>) => workers.lineItems(usageOf(...args), prices(), STEADY);

describe("Cloudflare Workers' own examples (https://developers.cloudflare.com/workers/platform/pricing/#example-pricing)", () => {
  it('example 1: 15M requests at 7 ms of CPU: $5.00 + $1.50 + $1.50 = $8.00', () => {
    const items = bill([wfn({ durationMs: 50, cpuMs: 7, requestsPerMonth: 15_000_000 })]);
    expect(items.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['5.00', '1.50', '1.50']);
    expect(centsOf(items)).toBe('8.00');
  });
  it('example 3: a cron trigger, 720 runs of 180,000 ms of CPU: $5.00 + $0.00 + $1.99 = $6.99', () => {
    const items = bill([wfn({ durationMs: 200_000, cpuMs: 180_000, requestsPerMonth: 720, http: false })]);
    expect(items.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['5.00', '0.00', '1.99']);
    expect(centsOf(items)).toBe('6.99');
  });
  it('example 4: 100M requests at 7 ms: $5.00 + $27.00 + $13.40 = $45.40', () => {
    const items = bill([wfn({ durationMs: 20, cpuMs: 7, requestsPerMonth: 100_000_000 })]);
    expect(items.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['5.00', '27.00', '13.40']);
    expect(centsOf(items)).toBe('45.40');
  });
});

describe('the included amounts and the minimum', () => {
  it('a month inside the included amounts costs the $5.00 minimum', () => {
    // 10,000,000 requests × 3 ms = 30,000,000 CPU-ms: both exactly at the included amounts.
    const items = bill([wfn({ durationMs: 3, requestsPerMonth: 10_000_000 })]);
    expect(items.map((item) => item.quantity.toFixed())).toEqual(['1', '0', '0']);
    expect(centsOf(items)).toBe('5.00');
  });
  it('a month with no requests still costs the minimum', () => {
    expect(centsOf(bill([wfn({ durationMs: 3, requestsPerMonth: 0 })]))).toBe('5.00');
  });
  it('is shared by every function of the account', () => {
    // 6M + 6M = 12M requests, 2M past the included: $0.60; CPU 6M × 4 + 6M × 2 = 36M CPU-ms, 6M past: $0.12.
    const items = bill([wfn({ durationMs: 40, cpuMs: 4, requestsPerMonth: 6_000_000 }), wfn({ name: 'b', durationMs: 40, cpuMs: 2, requestsPerMonth: 6_000_000 })]);
    expect(items.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['5.00', '0.60', '0.12']);
  });
  it("comes with the plan, so it counts without the other providers' free tiers too", () => {
    expect(centsOf(bill([wfn({ durationMs: 20, cpuMs: 7, requestsPerMonth: 15_000_000 })], { freeTier: false }))).toBe('8.00');
  });
  it('bills CPU time, not the time spent waiting', () => {
    const waiting = bill([wfn({ durationMs: 900, cpuMs: 7, requestsPerMonth: 15_000_000 })]);
    expect(centsOf(waiting)).toBe('8.00');
  });
});

describe('limits (https://developers.cloudflare.com/workers/platform/limits/)', () => {
  it('holds 128 MB an isolate', () => {
    expect(workersMisfit(wfn({ durationMs: 10, requestsPerMonth: 1, memoryMb: 512, memoryUsedMb: 128 }), prices().workers!)).toBeNull();
    expect(workersMisfit(wfn({ durationMs: 10, requestsPerMonth: 1, memoryMb: 512, memoryUsedMb: 129 }), prices().workers!)).toBe(
      "129 MB of memory used is over an isolate's 128 MB",
    );
  });
  it('allows 5 minutes of CPU a request, 15 an invocation of a cron trigger or queue consumer', () => {
    expect(workersMisfit(wfn({ durationMs: 400_000, cpuMs: 300_001, requestsPerMonth: 1 }), prices().workers!)).toBe('300,001 ms of CPU a request is over the 5-minute CPU limit');
    expect(workersMisfit(wfn({ durationMs: 400_000, cpuMs: 300_001, requestsPerMonth: 1, http: false }), prices().workers!)).toBeNull();
  });
  it('takes a request body of 100 MB at most', () => {
    expect(workersMisfit(wfn({ durationMs: 10, requestsPerMonth: 1, requestKb: 102_401 }), prices().workers!)).toBe(
      'a request of 102,401 KB is over the 100 MB request body limit',
    );
  });
});
