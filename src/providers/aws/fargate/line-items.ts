// Fargate tasks sized hour by hour: vCPU-hours and GB-hours per architecture
// less any commitment discount, storage above the free part, public IPv4
// addresses. https://aws.amazon.com/fargate/pricing/
import { PricingError } from '../../../core/errors.js';
import { lineItem } from '../../../core/line-item.js';
import { type Decimal, ZERO } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { type CommitmentSection, describePricing, discounted, discountPct, isSavingsPlan, savingsPlanCommitment, savingsPlanMonth } from '../commitments.js';
import { type FleetRun, steadyRun } from '../../../core/fleet.js';
import type { FargateFleet, FargatePrices } from './types.js';
import { option } from '../../../core/refer.js';

/**
 * Fargate's own line items for `taskHours` of `fleet`'s tasks. `run`: how
 * the tasks ran hour by hour, which a Savings Plan's commitment needs (the
 * same count every hour when not given).
 */
export function fargateLineItems(
  taskHours: Decimal,
  fleet: FargateFleet,
  prices: { fargate: FargatePrices | null } & CommitmentSection,
  where: string,
  run: FleetRun = steadyRun(taskHours),
): LineItem[] {
  const table = prices.fargate;
  const vcpuPrice = table?.perVcpuHour[fleet.architecture];
  const gbPrice = table?.perGbHour[fleet.architecture];
  if (!table || !vcpuPrice || !gbPrice) throw new PricingError(`pricing ${where} has no ${fleet.architecture} Fargate prices; choose another region or pricing version`);
  // A region whose table states no commitments says nothing of Spot either: the scenario's own discount is taken as it stands.
  const spotArchitectures = prices.commitments?.fargate.spotArchitectures;
  if (fleet.pricing === 'spot' && spotArchitectures && !spotArchitectures.includes(fleet.architecture)) {
    throw new PricingError(
      `pricing ${where} has no Fargate Spot for ${fleet.architecture} tasks: AWS ran Fargate Spot on ${spotArchitectures.join(' and ')} alone until 2024-09-06; price with a version from that date on (${option('pricing')}), or choose another architecture or pricing`,
    );
  }
  const pct = discountPct(fleet, prices.commitments?.fargate, 'Fargate', where);
  const pricing = describePricing(fleet, pct);
  const computeLines = (hours: Decimal, words: string, off: Decimal) => [
    lineItem({
      id: `fargate.vcpu.${fleet.architecture}`,
      label: `Fargate vCPU, ${fleet.architecture} (${words})`,
      quantity: hours.times(fleet.vcpu),
      unit: 'vCPU-hours',
      unitPriceUsd: discounted(vcpuPrice, off),
    }),
    lineItem({
      id: `fargate.memory.${fleet.architecture}`,
      label: `Fargate memory, ${fleet.architecture} (${words})`,
      quantity: hours.times(fleet.memoryGb),
      unit: 'GB-hours',
      unitPriceUsd: discounted(gbPrice, off),
    }),
  ];
  const items: LineItem[] = [];
  if (isSavingsPlan(fleet.pricing)) {
    // One task-hour at the plan's rate: its vCPU and its memory, both discounted alike.
    const taskRate = discounted(vcpuPrice.times(fleet.vcpu).plus(gbPrice.times(fleet.memoryGb)), pct);
    const plan = savingsPlanMonth(run, taskRate, fleet.commitmentUsdPerHour);
    items.push(savingsPlanCommitment('fargate', pricing, plan, `× task of ${fleet.vcpu.toFixed()} vCPU, ${fleet.memoryGb.toFixed()} GB covered an hour`));
    if (!plan.onDemandUnitHours.isZero()) items.push(...computeLines(plan.onDemandUnitHours, 'on demand, above the commitment', ZERO));
  } else {
    items.push(...computeLines(taskHours, pricing, pct));
  }
  const extraStorageGb = Math.max(0, fleet.ephemeralStorageGb - table.freeEphemeralStorageGb);
  if (extraStorageGb > 0) {
    if (!table.ephemeralStoragePerGbHour)
      throw new PricingError(`pricing ${where} has no price for Fargate storage above ${table.freeEphemeralStorageGb} GB; choose a newer pricing version`);
    items.push(
      lineItem({
        id: 'fargate.ephemeral-storage',
        label: `Fargate storage above ${table.freeEphemeralStorageGb} GB`,
        quantity: taskHours.times(extraStorageGb),
        unit: 'GB-hours',
        unitPriceUsd: table.ephemeralStoragePerGbHour,
      }),
    );
  }
  if (fleet.publicIpv4) {
    items.push(lineItem({ id: 'fargate.public-ipv4', label: 'Public IPv4 addresses', quantity: taskHours, unit: 'address-hours', unitPriceUsd: table.publicIpv4PerHour }));
  }
  return items;
}
