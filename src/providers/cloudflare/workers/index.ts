// Cloudflare Workers as a priced service: the monthly minimum, requests and
// CPU milliseconds past the included amounts, the limits.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { scaleWorkload, type Workload } from '../../../core/workload.js';
import { workersCpuMs, workersLineItems, workersRequests } from './line-items.js';
import { type WorkersSection, workersPrices } from './prices.js';

export type { WorkersSection } from './prices.js';
export type * from './types.js';
export { workersMisfit } from './limits.js';

export const workers: ServiceDefinition<Workload, WorkersSection> = {
  id: 'workers',
  label: 'Cloudflare Workers',
  prices: workersPrices,
  lineItems: (workload, prices, month) => workersLineItems(workload, prices.workers, month.where),
  scale: (workload, scaled) => scaleWorkload(workload, scaled),
  meters: (_workload, prices) => {
    const table = prices.workers;
    if (!table) return [];
    return [
      { quantity: workersRequests, thresholds: [table.includedRequests] },
      { quantity: workersCpuMs, thresholds: [table.includedCpuMs] },
    ];
  },
};
