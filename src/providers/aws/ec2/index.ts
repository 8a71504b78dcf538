// Amazon EC2 as a priced service: a fleet of one instance type.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { type CommitmentSection, isSavingsPlan } from '../commitments.js';
import type { ContainersUsage } from '../containers.js';
import { ec2LineItems, instanceType } from './line-items.js';
import { type Ec2PriceSection, ec2Prices } from './prices.js';

export type { Ec2Fleet, Ec2InstanceType, Ec2Prices, Ec2Pricing } from './types.js';

/** EC2's prices, and the commitment discounts it is sold at. */
export interface Ec2Section extends Ec2PriceSection, CommitmentSection {}

export const ec2: ServiceDefinition<ContainersUsage, Ec2Section, Ec2PriceSection> = {
  id: 'ec2',
  label: 'EC2',
  prices: ec2Prices,
  lineItems: (scenario, prices, month) => (scenario.containers?.ec2 ? ec2LineItems(scenario.containers, scenario.containers.ec2, prices, month.profile, month.where) : []),
  // Its only volume is the containers block's requests, which that block scales.
  scale: () => ({}),
  fleet: (scenario, prices, month) => {
    const containers = scenario.containers!;
    const fleet = containers.ec2!;
    const type = instanceType(fleet, prices.ec2, month.where);
    return {
      label: 'EC2',
      unit: 'instance',
      description: `${type.name}: ${type.vcpu} vCPU, ${type.memoryGib} GiB, ${type.architecture}`,
      requestsPerMonth: containers.requestsPerMonth,
      capacityPerSecond: fleet.requestsPerSecondPerInstance,
      minimum: fleet.minInstances,
      autoscaling: containers.autoscaling,
      stepsCostAlike: !isSavingsPlan(fleet.pricing),
    };
  },
};
export { ec2FleetSchema, readEc2Fleet } from './scenario.js';
