// Cloudflare Workers, Standard usage model: the Workers Paid plan's monthly
// price, which includes 10 million requests and 30 million CPU milliseconds,
// then requests and CPU milliseconds past them. Only CPU time is billed: time
// spent waiting on I/O is free. The included amounts come with the plan, so
// they count with or without the free tiers of the other providers.
// https://developers.cloudflare.com/workers/platform/pricing/
import { pricesFor } from '../../../core/errors.js';
import { allowanceLineItem, lineItem } from '../../../core/line-item.js';
import { Decimal, sum } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { PER_MILLION } from '../../../core/units.js';
import type { Workload } from '../../../core/workload.js';
import type { WorkersPrices } from './types.js';

export function workersRequests(workload: Workload): Decimal {
  return sum(workload.functions.map((fn) => fn.requestsPerMonth));
}

export function workersCpuMs(workload: Workload): Decimal {
  return sum(workload.functions.map((fn) => fn.requestsPerMonth.times(fn.cpuMs)));
}

export function workersLineItems(workload: Workload, table: WorkersPrices | null, where: string): LineItem[] {
  const prices = pricesFor(table, 'Cloudflare Workers', where);
  return [
    lineItem({ id: 'workers.plan', label: 'Workers Paid subscription', quantity: new Decimal(1), unit: 'month', unitPriceUsd: prices.monthlyMinimumUsd }),
    allowanceLineItem({
      id: 'workers.requests',
      label: 'Requests past the included',
      countedAs: 'requests',
      unit: '1M requests',
      unitsPerCount: PER_MILLION,
      gross: workersRequests(workload),
      free: prices.includedRequests,
      freeAs: 'included',
      usd: prices.requestsPerMillionUsd,
    }),
    allowanceLineItem({
      id: 'workers.cpu',
      label: 'CPU time past the included',
      countedAs: 'CPU-ms',
      unit: '1M CPU-ms',
      unitsPerCount: PER_MILLION,
      gross: workersCpuMs(workload),
      free: prices.includedCpuMs,
      freeAs: 'included',
      usd: prices.cpuMsPerMillionUsd,
    }),
  ];
}
