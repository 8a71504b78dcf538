// The Application Load Balancer as a priced service of a container platform.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import type { ContainersUsage } from '../containers.js';
import { loadBalancerLineItems } from './line-items.js';
import { type LoadBalancerSection, loadBalancerPrices } from './prices.js';

export type { LoadBalancer, LoadBalancerPrices } from './types.js';
export { lcuHours } from './line-items.js';
export type { LoadBalancerSection } from './prices.js';

export const loadBalancer: ServiceDefinition<ContainersUsage, LoadBalancerSection> = {
  id: 'load-balancer',
  label: 'Load balancer',
  prices: loadBalancerPrices,
  lineItems: (scenario, prices, month) => loadBalancerLineItems(scenario.containers, prices.loadBalancer, month.profile, month.where),
  // Its only volume is the containers block's requests, which that block scales.
  scale: () => ({}),
};
export { loadBalancerSchema, readLoadBalancer } from './scenario.js';
