// The load balancer's part of a scenario's `containers` block.
import { Decimal } from '../../../core/money.js';
import type { ScenarioParts } from '../../../schema/scenario-section.js';
import type { LoadBalancer } from './types.js';

export function loadBalancerSchema({ z }: ScenarioParts) {
  const loadBalancerType = z.enum(['alb', 'none']);
  return z.union([
    loadBalancerType,
    z.strictObject({
      type: loadBalancerType,
      new_connections_per_request: z._default(z.number().check(z.gte(0), z.lte(1)), 1),
      processed_kb_per_request: z._default(z.number().check(z.gte(0), z.lte(10 * 1024 * 1024)), 10),
    }),
  ]);
}

type LoadBalancerInput = 'alb' | 'none' | { type: 'alb' | 'none'; new_connections_per_request: number; processed_kb_per_request: number } | undefined;

/** The load balancer a fleet gets: the one the block names, else one when an API fronts the functions (the fleet needs an endpoint too). */
export function readLoadBalancer(lb: LoadBalancerInput, apiType: string): LoadBalancer {
  const lbType = typeof lb === 'string' ? lb : (lb?.type ?? (apiType === 'none' ? 'none' : 'alb'));
  return lbType === 'none'
    ? { type: 'none' }
    : {
        type: 'alb',
        newConnectionsPerRequest: new Decimal(typeof lb === 'object' ? lb.new_connections_per_request : 1),
        processedKbPerRequest: new Decimal(typeof lb === 'object' ? lb.processed_kb_per_request : 10),
      };
}
