// The scenario's `containers` block: the requests a fleet serves and how it
// scales, shared by the EC2, Fargate and load-balancer services.
import type { Decimal } from '../../core/money.js';
import type { Containers } from './types.js';

export interface ContainersUsage {
  readonly containers: Containers | null;
}

/** The block with its requests multiplied by `scaled`: the only request count in it. */
export function scaleContainers(scenario: ContainersUsage, scaled: (value: Decimal) => Decimal): ContainersUsage {
  return { containers: scenario.containers && { ...scenario.containers, requestsPerMonth: scaled(scenario.containers.requestsPerMonth) } };
}
