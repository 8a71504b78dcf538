// An EC2 fleet sized hour by hour: instance-hours at the on-demand price less
// any commitment discount, and its public IPv4 addresses.
// https://aws.amazon.com/ec2/pricing/on-demand/
import { clipped, PricingError } from '../../../core/errors.js';
import { fleetHours } from '../../../core/fleet.js';
import { listNames } from '../../../core/names.js';
import { lineItem } from '../../../core/line-item.js';
import type { MonthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { type CommitmentSection, describePricing, discounted, discountPct, isSavingsPlan, savingsPlanCommitment, savingsPlanMonth } from '../commitments.js';
import type { Containers } from '../types.js';
import type { Ec2Fleet, Ec2InstanceType, Ec2Prices } from './types.js';
import { INSTANCE_TYPES_LISTED } from './prices.js';

/** The instance type the fleet runs, from the price table. */
export function instanceType(fleet: Ec2Fleet, prices: Ec2Prices | null, where: string): Ec2InstanceType {
  if (!prices) throw new PricingError(`pricing ${where} has no EC2 prices; choose another region or pricing version`);
  const type = prices.instances[fleet.instanceType];
  if (!type)
    throw new PricingError(
      `pricing ${where} has no price for EC2 instance type ${clipped(fleet.instanceType)}; it prices ${listNames(Object.keys(prices.instances), INSTANCE_TYPES_LISTED)}`,
    );
  return type;
}

export function ec2LineItems(containers: Containers, fleet: Ec2Fleet, prices: { ec2: Ec2Prices | null } & CommitmentSection, profile: MonthProfile, where: string): LineItem[] {
  const type = instanceType(fleet, prices.ec2, where);
  const pct = discountPct(fleet, prices.commitments?.ec2, 'EC2', where);
  const { unitHours, run } = fleetHours(containers.requestsPerMonth, profile, fleet.requestsPerSecondPerInstance, fleet.minInstances, containers.autoscaling);
  const items: LineItem[] = [];
  if (isSavingsPlan(fleet.pricing)) {
    const plan = savingsPlanMonth(run, discounted(type.usdPerHour, pct), fleet.commitmentUsdPerHour);
    items.push(savingsPlanCommitment('ec2', describePricing(fleet, pct), plan, `× ${type.name} covered an hour`));
    if (!plan.onDemandUnitHours.isZero()) {
      items.push(
        lineItem({
          id: 'ec2.instances',
          label: `EC2 ${type.name} (on demand, above the commitment)`,
          quantity: plan.onDemandUnitHours,
          unit: 'instance-hours',
          unitPriceUsd: type.usdPerHour,
        }),
      );
    }
  } else {
    items.push(
      lineItem({
        id: 'ec2.instances',
        label: `EC2 ${type.name} (${describePricing(fleet, pct)})`,
        quantity: unitHours,
        unit: 'instance-hours',
        unitPriceUsd: discounted(type.usdPerHour, pct),
      }),
    );
  }
  if (fleet.publicIpv4) {
    items.push(lineItem({ id: 'ec2.public-ipv4', label: 'Public IPv4 addresses', quantity: unitHours, unit: 'address-hours', unitPriceUsd: prices.ec2!.publicIpv4PerHour }));
  }
  return items;
}
