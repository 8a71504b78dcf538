// Google Cloud Run functions as a priced service: CPU and memory of the
// instance the memory implies, requests, the free tier, the limits.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { scaleWorkload, type Workload } from '../../../core/workload.js';
import { freeAllowances, runFunctionsLineItems, runFunctionsQuantities } from './line-items.js';
import { type RunFunctionsSection, runFunctionsPrices } from './prices.js';

export type { RunFunctionsSection } from './prices.js';
export type * from './types.js';
export { billedInstanceSeconds, instanceSize } from './line-items.js';
export { runFunctionsMisfit } from './limits.js';

export const runFunctions: ServiceDefinition<Workload, RunFunctionsSection> = {
  id: 'run-functions',
  label: 'Cloud Run functions',
  prices: runFunctionsPrices,
  lineItems: (workload, prices, month) => runFunctionsLineItems(workload, prices.runFunctions, month.where),
  scale: (workload, scaled) => scaleWorkload(workload, scaled),
  meters: (workload, prices) => {
    const table = prices.runFunctions;
    if (!table) return [];
    const free = freeAllowances(table, workload.freeTier);
    return [
      { quantity: (at) => runFunctionsQuantities(at, table).vcpuSeconds, thresholds: [free.vcpuSeconds] },
      { quantity: (at) => runFunctionsQuantities(at, table).gibSeconds, thresholds: [free.gibSeconds] },
      { quantity: (at) => runFunctionsQuantities(at, table).requests, thresholds: [free.requests] },
    ];
  },
};
