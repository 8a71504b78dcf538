// AWS Fargate as a priced service: tasks of one size.
import { fleetHours } from '../../../core/fleet.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { type CommitmentSection, isSavingsPlan } from '../commitments.js';
import type { ContainersUsage } from '../containers.js';
import { fargateLineItems } from './line-items.js';
import { type FargatePriceSection, fargatePrices } from './prices.js';

export type { FargateFleet, FargatePrices, FargatePricing } from './types.js';
export { fargateLineItems } from './line-items.js';

/** Fargate's prices, and the commitment discounts it is sold at. */
export interface FargateSection extends FargatePriceSection, CommitmentSection {}

export const fargate: ServiceDefinition<ContainersUsage, FargateSection, FargatePriceSection> = {
  id: 'fargate',
  label: 'Fargate',
  prices: fargatePrices,
  lineItems: (scenario, prices, month) => {
    const containers = scenario.containers;
    const fleet = containers?.fargate;
    if (!containers || !fleet) return [];
    const { unitHours, run } = fleetHours(containers.requestsPerMonth, month.profile, fleet.requestsPerSecondPerTask, fleet.minTasks, containers.autoscaling);
    return fargateLineItems(unitHours, fleet, prices, month.where, run);
  },
  // Its only volume is the containers block's requests, which that block scales.
  scale: () => ({}),
  fleet: (scenario) => {
    const containers = scenario.containers!;
    const fleet = containers.fargate!;
    return {
      label: 'Fargate',
      unit: 'task',
      description: `${fleet.vcpu.toFixed()} vCPU, ${fleet.memoryGb.toFixed()} GB, ${fleet.architecture}`,
      requestsPerMonth: containers.requestsPerMonth,
      capacityPerSecond: fleet.requestsPerSecondPerTask,
      minimum: fleet.minTasks,
      autoscaling: containers.autoscaling,
      stepsCostAlike: !isSavingsPlan(fleet.pricing),
    };
  },
};
export { fargateFleetSchema, readFargateFleet } from './scenario.js';
