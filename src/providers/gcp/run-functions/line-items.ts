// Cloud Run functions (2nd gen, priced as Cloud Run with request-based
// billing): an instance's time serving requests, rounded up to 100 ms, in
// vCPU-seconds and GiB-seconds of the instance size the memory implies, and
// the requests. Several requests served at once share one instance's time.
// The free tier is a spending-based discount at Tier 1 prices, so a Tier 2
// region gets fewer free seconds for the same dollars.
// https://cloud.google.com/run/pricing
// https://cloud.google.com/functions/docs/configuring/memory
import { pricesFor } from '../../../core/errors.js';
import { allowanceLineItem } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { GB_PER_MB, MS_PER_SECOND, PER_MILLION } from '../../../core/units.js';
import type { Workload, WorkloadFunction } from '../../../core/workload.js';
import type { InstanceSize, RunFunctionsPrices } from './types.js';

/** The smallest size whose memory holds the function's; null above the largest. */
export function instanceSize(memoryMb: number, prices: RunFunctionsPrices): InstanceSize | null {
  return prices.instanceSizes.find((size) => size.memoryMb >= memoryMb) ?? null;
}

/** Instance-seconds billed for a month of the function: each request's time rounded up, shared by the requests one instance serves at once. */
export function billedInstanceSeconds(fn: WorkloadFunction, prices: RunFunctionsPrices): Decimal {
  const granularityMs = prices.billingGranularityMs;
  const roundedMs = fn.durationMs.dividedBy(granularityMs).ceil().times(granularityMs);
  return fn.requestsPerMonth.times(roundedMs).dividedBy(MS_PER_SECOND).dividedBy(fn.concurrencyPerInstance);
}

export interface RunFunctionsQuantities {
  readonly vcpuSeconds: Decimal;
  readonly gibSeconds: Decimal;
  readonly requests: Decimal;
}

/** The month's metered quantities, every function together. A function larger than every size is counted at the largest (the limits say it does not fit). */
export function runFunctionsQuantities(workload: Workload, prices: RunFunctionsPrices): RunFunctionsQuantities {
  const largest = prices.instanceSizes.at(-1)!;
  const parts = workload.functions.map((fn) => {
    const size = instanceSize(fn.memoryMb, prices) ?? largest;
    const seconds = billedInstanceSeconds(fn, prices);
    return { vcpu: seconds.times(size.vcpu), gib: seconds.times(size.memoryMb).times(GB_PER_MB) };
  });
  return {
    vcpuSeconds: sum(parts.map((part) => part.vcpu)),
    gibSeconds: sum(parts.map((part) => part.gib)),
    requests: sum(workload.functions.map((fn) => fn.requestsPerMonth)),
  };
}

/** The free tier in this region's units: its Tier 1 dollars at this region's prices. */
export function freeAllowances(prices: RunFunctionsPrices, freeTier: boolean): RunFunctionsQuantities {
  if (!freeTier) return { vcpuSeconds: ZERO, gibSeconds: ZERO, requests: ZERO };
  const { freeTier: free } = prices;
  return {
    vcpuSeconds: free.vcpuSeconds.times(free.vcpuSecondUsd).dividedBy(prices.vcpuSecondUsd),
    gibSeconds: free.gibSeconds.times(free.gibSecondUsd).dividedBy(prices.gibSecondUsd),
    requests: free.requests,
  };
}

export function runFunctionsLineItems(workload: Workload, table: RunFunctionsPrices | null, where: string): LineItem[] {
  const prices = pricesFor(table, 'Cloud Run functions', where);
  const used = runFunctionsQuantities(workload, prices);
  const free = freeAllowances(prices, workload.freeTier);
  const tier = `tier ${prices.tier}`;
  return [
    allowanceLineItem({
      id: 'run-functions.cpu',
      label: `CPU, ${tier}`,
      countedAs: 'vCPU-s',
      unit: 'vCPU-seconds',
      unitsPerCount: ONE,
      gross: used.vcpuSeconds,
      free: free.vcpuSeconds,
      usd: prices.vcpuSecondUsd,
    }),
    allowanceLineItem({
      id: 'run-functions.memory',
      label: `Memory, ${tier}`,
      countedAs: 'GiB-s',
      unit: 'GiB-seconds',
      unitsPerCount: ONE,
      gross: used.gibSeconds,
      free: free.gibSeconds,
      usd: prices.gibSecondUsd,
    }),
    allowanceLineItem({
      id: 'run-functions.requests',
      label: 'Requests',
      countedAs: 'requests',
      unit: '1M requests',
      unitsPerCount: PER_MILLION,
      gross: used.requests,
      free: free.requests,
      usd: prices.requestsPerMillionUsd,
    }),
  ];
}

const ONE = new Decimal(1);
