// The scenario's `containers` block: the requests a fleet serves and how it
// scales, shared by the EC2, Fargate and load-balancer services.
import { Decimal } from '../../core/money.js';
import type { Fail, FieldPath } from '../../schema/price-section.js';
import { type ScenarioParts, scenarioSection } from '../../schema/scenario-section.js';
import { ec2FleetSchema, readEc2Fleet } from './ec2/index.js';
import { fargateFleetSchema, readFargateFleet } from './fargate/index.js';
import { loadBalancerSchema, readLoadBalancer } from './load-balancer/index.js';
import type { Containers } from './types.js';
import { isSavingsPlan } from './commitments.js';

export interface ContainersUsage {
  readonly containers: Containers | null;
}

/** The block with its requests multiplied by `scaled`: the only request count in it. */
export function scaleContainers(scenario: ContainersUsage, scaled: (value: Decimal) => Decimal): ContainersUsage {
  return { containers: scenario.containers && { ...scenario.containers, requestsPerMonth: scaled(scenario.containers.requestsPerMonth) } };
}

export function containersSchema(parts: ScenarioParts) {
  const { z, perMonth } = parts;
  return z.strictObject({
    requests_per_month: z.optional(perMonth),
    autoscaling: z._default(z.boolean(), true),
    load_balancer: z.optional(loadBalancerSchema(parts)),
    ec2: z.optional(ec2FleetSchema(parts)),
    fargate: z.optional(fargateFleetSchema(parts)),
  });
}

type ContainersInput = ReturnType<typeof containersSchema>['_zod']['output'];

/** The block as the model has it. `apiType`: the API in front of the functions, which decides whether the fleet gets a load balancer by default. */
export function containersOf(block: ContainersInput | undefined, trafficRequests: Decimal | number | undefined, apiType: string, fail: Fail): Containers | null {
  if (!block) return null;
  const at = (...rest: FieldPath): FieldPath => ['containers', ...rest];
  if (!block.ec2 && !block.fargate) fail('containers needs ec2, fargate or both', at());
  const requests = block.requests_per_month ?? trafficRequests;
  if (requests === undefined) fail('containers needs requests_per_month, or traffic.requests_per_month', at());
  const loadBalancer = readLoadBalancer(block.load_balancer, apiType);
  for (const [key, fleet] of [
    ['ec2', block.ec2],
    ['fargate', block.fargate],
  ] as const) {
    if (fleet?.commitment_usd_per_hour !== undefined && !isSavingsPlan(fleet.pricing)) {
      fail(`commitment_usd_per_hour is a Savings Plan's; set pricing: savings_plan_1yr or savings_plan_3yr, or leave it out`, at(key, 'commitment_usd_per_hour'));
    }
  }
  const fargate = block.fargate ? readFargateFleet(block.fargate, at('fargate'), fail) : null;
  return {
    requestsPerMonth: new Decimal(requests ?? 0),
    autoscaling: block.autoscaling,
    loadBalancer,
    ec2: block.ec2 ? readEc2Fleet(block.ec2) : null,
    fargate,
  };
}

/** The `containers` block of a scenario file: EC2, Fargate and the load balancer share it. */
export const containersScenario = scenarioSection({
  key: 'containers',
  schema: (parts) => parts.z.optional(containersSchema(parts)),
  read: (block, { trafficRequests, file, fail }): ContainersUsage => ({
    containers: containersOf(block, trafficRequests, (file.api_gateway as { type?: string } | undefined)?.type ?? 'none', fail),
  }),
});
