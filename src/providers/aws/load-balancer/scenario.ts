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
      scheme: z._default(z.enum(['internet-facing', 'internal']), 'internet-facing'),
      // An Application Load Balancer spans at least two Availability Zones; no region has more than six.
      availability_zones: z._default(z.int().check(z.gte(2), z.lte(6)), DEFAULT_AVAILABILITY_ZONES),
    }),
  ]);
}

/** The fewest an Application Load Balancer can span, and what one spans unless the scenario says otherwise. */
const DEFAULT_AVAILABILITY_ZONES = 2;

type LoadBalancerInput =
  | 'alb'
  | 'none'
  | {
      type: 'alb' | 'none';
      new_connections_per_request: number;
      processed_kb_per_request: number;
      scheme: 'internet-facing' | 'internal';
      availability_zones: number;
    }
  | undefined;

/** The load balancer a fleet gets: the one the block names, else one when an API fronts the functions (the fleet needs an endpoint too). */
export function readLoadBalancer(lb: LoadBalancerInput, apiType: string): LoadBalancer {
  const lbType = typeof lb === 'string' ? lb : (lb?.type ?? (apiType === 'none' ? 'none' : 'alb'));
  return lbType === 'none'
    ? { type: 'none' }
    : {
        type: 'alb',
        newConnectionsPerRequest: new Decimal(typeof lb === 'object' ? lb.new_connections_per_request : 1),
        processedKbPerRequest: new Decimal(typeof lb === 'object' ? lb.processed_kb_per_request : 10),
        // An internet-facing load balancer holds a public address in each of its zones, in use or not; an internal one holds none.
        publicAddresses: typeof lb !== 'object' ? DEFAULT_AVAILABILITY_ZONES : lb.scheme === 'internal' ? 0 : lb.availability_zones,
      };
}
