import { describe, expect, it } from 'vitest';
import { azureFunctions, consumptionMemoryMb, functionsMisfit, type FunctionsSection } from './index.js';
import { allowanceLineItem } from '../../../core/line-item.js';
import { Decimal } from '../../../core/money.js';
import { centsOf, STEADY, tableOf, usageOf, wfn } from '../../../../test/helpers/workload.js';

const prices = () => tableOf<FunctionsSection>('azure-2026-12-05').regions['eastus']!;
const bill = (...args: Parameters<typeof usageOf>) => azureFunctions.lineItems(usageOf(...args), prices(), STEADY);
const amounts = (items: ReturnType<typeof bill>) => items.map((item) => item.monthlyUsd.toFixed(2));

describe('the Consumption plan', () => {
  it("Modal's East US example (https://modal.com/blog/azure-function-pricing-guide): 3M executions of 1 s at 1.5 GB = $66.00", () => {
    // 3M × 1 s × 1.5 GB = 4,500,000 GB-s − 400,000 free = 4,100,000 × $0.000016 = $65.60; 2M executions × $0.20 = $0.40.
    const items = bill([wfn({ memoryMb: 2048, memoryUsedMb: 1536, durationMs: 1000, requestsPerMonth: 3_000_000 })]);
    expect(items.map((item) => item.quantity.toFixed())).toEqual(['2', '4100000']);
    expect(amounts(items)).toEqual(['0.40', '65.60']);
    expect(centsOf(items)).toBe('66.00');
  });
  it("Azure's Retail Prices in Infracost's function_app test (2024-07-01): 3,540,123 executions = $0.71, 876,180.44 GB-s = $0.71 + $14.02", () => {
    const items = bill([wfn({ durationMs: 1000, requestsPerMonth: 3_540_123 })], { freeTier: false });
    expect(items[0]!.monthlyUsd.toFixed(2)).toBe('0.71');
    const rate = prices().functions!.consumption.gbSecondUsd;
    const time = allowanceLineItem({
      id: 't',
      label: 't',
      countedAs: 'GB-s',
      unit: 'GB-seconds',
      unitsPerCount: new Decimal(1),
      gross: new Decimal('876180.44'),
      free: new Decimal(0),
      usd: rate,
    });
    expect(time.monthlyUsd.toFixed(2)).toBe('14.02');
  });
  it("bills observed memory rounded up to 128 MB: 160 MB is billed as 256 MB (Microsoft's own example, https://learn.microsoft.com/azure/azure-functions/functions-consumption-costs)", () => {
    const consumption = prices().functions!.consumption;
    expect([1, 50, 128, 129, 160, 1536].map((mb) => consumptionMemoryMb(mb, consumption))).toEqual([128, 128, 128, 256, 256, 1536]);
    // 1M × 1 s × 256 MB = 250,000 GB-s, not the 156,250 of 160 MB: × $0.000016 = $4.00.
    expect(amounts(bill([wfn({ memoryMb: 512, memoryUsedMb: 160, durationMs: 1000, requestsPerMonth: 1_000_000 })], { freeTier: false }))).toEqual(['0.20', '4.00']);
  });
  it('bills 100 ms an execution at least, and rounds up to the millisecond', () => {
    // 10M × 20 ms → 100 ms × 128 MB = 125,000 GB-s × $0.000016 = $2.00; 10M × 100.2 ms → 101 ms: 126,250 GB-s = $2.02.
    expect(amounts(bill([wfn({ durationMs: 20, requestsPerMonth: 10_000_000 })], { freeTier: false }))).toEqual(['2.00', '2.00']);
    expect(bill([wfn({ durationMs: '100.2', requestsPerMonth: 10_000_000 })], { freeTier: false })[1]!.quantity.toFixed()).toBe('126250');
  });
  it('gives the free grant of 1M executions and 400,000 GB-s', () => {
    // 1M × 800 ms × 512 MB = 400,000 GB-s: exactly the grant.
    expect(centsOf(bill([wfn({ memoryMb: 512, durationMs: 800, requestsPerMonth: 1_000_000 })]))).toBe('0.00');
  });
});

describe('the Flex Consumption plan', () => {
  it('on demand: instance memory for the time it executes, 1,000 ms at least, less the grants', () => {
    // 2,048 MB instances, 1M × 1.2 s = 1,200,000 s × 2 GB = 2,400,000 GB-s − 100,000 = 2,300,000 × $0.000026 = $59.80;
    // executions 1,000,000 − 250,000 = 750,000 × $0.40/M = $0.30.
    const items = bill([wfn({ durationMs: 1200, requestsPerMonth: 1_000_000 })], { azure: { plan: 'flex_consumption' } });
    expect(amounts(items)).toEqual(['0.30', '59.80']);
    // 300 ms is billed as 1,000: 1M × 1 s × 2 GB = 2,000,000 − 100,000 = 1,900,000 × $0.000026 = $49.40.
    expect(amounts(bill([wfn({ durationMs: 300, requestsPerMonth: 1_000_000 })], { azure: { plan: 'flex_consumption' } }))).toEqual(['0.30', '49.40']);
  });
  it("shares an instance's executing time among the requests it serves at once", () => {
    // 16 at once on 4,096 MB: 1M × 1.2 s / 16 = 75,000 s × 4 GB = 300,000 GB-s − 100,000 = 200,000 × $0.000026 = $5.20.
    const items = bill([wfn({ durationMs: 1200, requestsPerMonth: 1_000_000, concurrencyPerInstance: 16 })], { azure: { plan: 'flex_consumption', instanceMemoryMb: 4096 } });
    expect(amounts(items)).toEqual(['0.30', '5.20']);
  });
  it('always ready: a baseline for every second of the month, a lower rate while executing, no grants; the rest on demand', () => {
    // 1 instance of 2,048 MB: baseline 2,628,000 s × 2 GB = 5,256,000 GB-s × $0.000004 = $21.024.
    // 3M × 1 s = 3,000,000 s: 2,628,000 on the ready instance (× 2 GB × $0.000016 = $84.10), 372,000 on demand
    // (744,000 GB-s − 100,000 = 644,000 × $0.000026 = $16.744); executions 12.4% on demand: 372,000 − 250,000 = 122,000 × $0.40/M = $0.05,
    // 2,628,000 always ready × $0.40/M = $1.05.
    const items = bill([wfn({ durationMs: 1000, requestsPerMonth: 3_000_000 })], { azure: { plan: 'flex_consumption', alwaysReadyInstances: 1 } });
    expect(items.map((item) => item.id)).toEqual([
      'functions.flex.on-demand.executions',
      'functions.flex.on-demand.execution-time',
      'functions.flex.always-ready.baseline',
      'functions.flex.always-ready.execution-time',
      'functions.flex.always-ready.executions',
    ]);
    expect(amounts(items)).toEqual(['0.05', '16.74', '21.02', '84.10', '1.05']);
  });
  it('labels the instances and their memory with digits grouped, as every count is printed: 1000 × 2048 MB was not', () => {
    const items = bill([wfn({ durationMs: 1000, requestsPerMonth: 3_000_000 })], { azure: { plan: 'flex_consumption', alwaysReadyInstances: 1000 } });
    expect(items.map((item) => item.label)).toContain('Always-ready baseline, 1,000 × 2,048 MB (Flex)');
    expect(items.map((item) => item.label)).toContain('On-demand execution time, 2,048 MB instances (Flex)');
  });
});

describe('limits', () => {
  const table = () => prices().functions!;
  const consumption = { plan: 'consumption', instanceMemoryMb: 2048, alwaysReadyInstances: 0 } as const;
  const flex = { ...consumption, plan: 'flex_consumption' } as const;
  it('settles the timeout: 10 minutes on Consumption, unbounded on Flex, 230 s to answer an HTTP request on both (https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout)', () => {
    expect(functionsMisfit(wfn({ durationMs: 600_001, requestsPerMonth: 1, http: false }), table(), consumption)).toBe(
      "600,001 ms is over the Consumption plan's 10-minute timeout",
    );
    expect(functionsMisfit(wfn({ durationMs: 900_000, requestsPerMonth: 1, http: false }), table(), flex)).toBeNull();
    expect(functionsMisfit(wfn({ durationMs: 230_001, requestsPerMonth: 1 }), table(), flex)).toBe(
      '230,001 ms is over the 230 s an HTTP-triggered function has to answer, whatever the timeout',
    );
  });
  it("holds 1,536 MB on Consumption and the instance's memory on Flex", () => {
    expect(functionsMisfit(wfn({ memoryMb: 2048, memoryUsedMb: 1537, durationMs: 10, requestsPerMonth: 1 }), table(), consumption)).toBe(
      "1,537 MB of memory used is over the Consumption plan's 1,536 MB instance",
    );
    expect(functionsMisfit(wfn({ memoryMb: 2048, memoryUsedMb: 1537, durationMs: 10, requestsPerMonth: 1 }), table(), flex)).toBeNull();
    expect(functionsMisfit(wfn({ memoryMb: 4096, memoryUsedMb: 3000, durationMs: 10, requestsPerMonth: 1 }), table(), flex)).toBe(
      '3,000 MB of memory used is over the 2,048 MB instance',
    );
  });
});
