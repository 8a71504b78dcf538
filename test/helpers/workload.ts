// Builders for the comparison's tests: a function as every provider sees it, and the shipped tables of the other providers.
import { Decimal } from '../../src/core/money.js';
import type { Month } from '../../src/core/service.js';
import { monthProfile } from '../../src/core/traffic.js';
import type { WorkloadFunction } from '../../src/core/workload.js';
import { findPricingVersion, loadPriceBook, shippedPricingDir } from '../../src/load/load-pricing.js';
import type { AzurePlanChoice, AzureUsage } from '../../src/providers/azure/functions/index.js';
import type { PriceBook } from '../../src/providers/aws/types.js';

type Given = Partial<Omit<WorkloadFunction, 'durationMs' | 'requestsPerMonth' | 'cpuMs' | 'requestKb'>> & {
  durationMs: number | string;
  requestsPerMonth: number | string;
  cpuMs?: number | string;
  requestKb?: number | string;
};

/** A function of 128 MB, using all of it, its CPU busy the whole duration, one request at a time, over HTTP; `fields` change it. */
export function wfn(fields: Given): WorkloadFunction {
  const memoryMb = fields.memoryMb ?? 128;
  return {
    name: 'fn',
    memoryMb,
    memoryUsedMb: fields.memoryUsedMb ?? memoryMb,
    concurrencyPerInstance: 1,
    http: true,
    ...fields,
    durationMs: new Decimal(fields.durationMs),
    cpuMs: new Decimal(fields.cpuMs ?? fields.durationMs),
    requestsPerMonth: new Decimal(fields.requestsPerMonth),
    requestKb: fields.requestKb === undefined ? null : new Decimal(fields.requestKb),
  };
}

const CONSUMPTION: AzurePlanChoice = { plan: 'consumption', instanceMemoryMb: 2048, alwaysReadyInstances: 0 };

/** The functions with the free tiers on, on Azure's Consumption plan unless `azure` says otherwise. */
export function usageOf(functions: readonly WorkloadFunction[], fields: { freeTier?: boolean; azure?: Partial<AzurePlanChoice> } = {}): AzureUsage {
  return { functions, freeTier: fields.freeTier ?? true, azure: { ...CONSUMPTION, ...fields.azure } };
}

const books = new Map<string, PriceBook<unknown>>();
/** A shipped table of any provider, by id. */
export function tableOf<R>(id: string): PriceBook<R> {
  let found = books.get(id);
  if (!found) books.set(id, (found = loadPriceBook(findPricingVersion(shippedPricingDir(), id)) as PriceBook<unknown>));
  return found as PriceBook<R>;
}

export const STEADY: Month = { profile: monthProfile({ pattern: 'steady' }), where: 'test' };

/** The total of line items, in cents as a bill shows them. */
export function centsOf(items: readonly { monthlyUsd: Decimal }[]): string {
  return items.reduce((total, item) => total.plus(item.monthlyUsd), new Decimal(0)).toFixed(2);
}
