// Azure Functions as a priced service: the Consumption plan or the Flex
// Consumption plan (on demand and always ready), the free grants, the limits.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { scaleWorkload } from '../../../core/workload.js';
import { alwaysReadyCapacitySeconds, consumptionGbSeconds, flexQuantities, functionsLineItems } from './line-items.js';
import { type FunctionsSection, functionsPrices } from './prices.js';
import type { AzureUsage } from './types.js';
import { sum, ZERO } from '../../../core/money.js';
import { GB_PER_MB } from '../../../core/units.js';

export type { FunctionsSection } from './prices.js';
export type * from './types.js';
export { consumptionGbSeconds, consumptionMemoryMb, flexActiveSeconds } from './line-items.js';
export { functionsMisfit } from './limits.js';

export const azureFunctions: ServiceDefinition<AzureUsage, FunctionsSection> = {
  id: 'functions',
  label: 'Azure Functions',
  prices: functionsPrices,
  lineItems: (usage, prices, month) => functionsLineItems(usage, prices.functions, month.where),
  scale: (usage, scaled) => scaleWorkload(usage, scaled),
  // Past the volume where the always-ready instances are busy every second, the rest runs on demand: the one place Flex bends besides its grants.
  kinks: (usage, prices, _month, base) => {
    const table = prices.functions;
    if (!table || usage.azure.plan !== 'flex_consumption' || usage.azure.alwaysReadyInstances === 0) return [];
    const active = flexQuantities(usage, table.flex).activeSeconds;
    return active.isZero() ? [] : [base.times(alwaysReadyCapacitySeconds(usage)).dividedBy(active)];
  },
  meters: (usage, prices) => {
    const table = prices.functions;
    if (!table) return [];
    const free = (value: typeof ZERO) => (usage.freeTier ? [value] : []);
    if (usage.azure.plan === 'consumption') {
      return [
        { quantity: (at) => sum(at.functions.map((fn) => fn.requestsPerMonth)), thresholds: free(table.consumption.freeExecutions) },
        { quantity: (at) => sum(at.functions.map((fn) => consumptionGbSeconds(fn, table.consumption))), thresholds: free(table.consumption.freeGbSeconds) },
      ];
    }
    const instanceGb = GB_PER_MB.times(usage.azure.instanceMemoryMb);
    return [
      { quantity: (at) => flexQuantities(at, table.flex).onDemandExecutions, thresholds: free(table.flex.freeExecutions) },
      { quantity: (at) => flexQuantities(at, table.flex).onDemandSeconds.times(instanceGb), thresholds: free(table.flex.freeGbSeconds) },
    ];
  },
};
