// EC2's part of a scenario's `containers` block: the fleet to compare against.
import { Decimal } from '../../../core/money.js';
import type { ScenarioParts } from '../../../schema/scenario-section.js';
import type { Ec2Fleet } from './types.js';

export function ec2FleetSchema({ z, perSecond, discountPct, pricingChoice, commitmentUsdPerHour }: ScenarioParts) {
  return z.strictObject({
    instance_type: z.string().check(z.minLength(1)),
    requests_per_second_per_instance: perSecond,
    min_instances: z._default(z.int().check(z.gte(0), z.lte(100_000)), 1),
    pricing: z._default(z.enum(pricingChoice), 'on_demand'),
    discount_pct: z.optional(discountPct),
    commitment_usd_per_hour: z.optional(commitmentUsdPerHour),
    public_ipv4: z._default(z.boolean(), false),
  });
}

type Ec2FleetInput = {
  instance_type: string;
  requests_per_second_per_instance: number;
  min_instances: number;
  pricing: Ec2Fleet['pricing'];
  discount_pct?: number | undefined;
  commitment_usd_per_hour?: number | undefined;
  public_ipv4: boolean;
};

export function readEc2Fleet(e: Ec2FleetInput): Ec2Fleet {
  return {
    instanceType: e.instance_type,
    requestsPerSecondPerInstance: new Decimal(e.requests_per_second_per_instance),
    minInstances: e.min_instances,
    pricing: e.pricing,
    discountPct: e.discount_pct === undefined ? null : new Decimal(e.discount_pct),
    commitmentUsdPerHour: e.commitment_usd_per_hour === undefined ? null : new Decimal(e.commitment_usd_per_hour),
    publicIpv4: e.public_ipv4,
  };
}
