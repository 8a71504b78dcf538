// The Application Load Balancer as a priced service of a container platform.
import type { PricedService } from '../../../core/service.js';
import type { ContainersUsage } from '../containers.js';
import { loadBalancerLineItems } from './line-items.js';
import type { LoadBalancerPrices } from './types.js';

export type { LoadBalancer, LoadBalancerPrices } from './types.js';
export { lcuHours } from './line-items.js';

export interface LoadBalancerSection {
  readonly loadBalancer: LoadBalancerPrices | null;
}

export const loadBalancer: PricedService<ContainersUsage, LoadBalancerSection> = {
  id: 'load-balancer',
  lineItems: (scenario, prices, month) => loadBalancerLineItems(scenario.containers, prices.loadBalancer, month.profile, month.where),
  // Its only volume is the containers block's requests, which that block scales.
  scale: () => ({}),
};
