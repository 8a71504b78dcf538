// The containers side: an EC2 fleet or Fargate tasks sized hour by hour for the
// scenario's traffic, and the Application Load Balancer in front of them.
// https://aws.amazon.com/ec2/pricing/on-demand/ · https://aws.amazon.com/fargate/pricing/
// https://aws.amazon.com/elasticloadbalancing/pricing/
import { PricingError } from '../errors.js';
import { Decimal, ONE, ZERO, max } from '../model/money.js';
import type { ContainerPlatformCost, Containers, Ec2Fleet, FargateFleet, LineItem, RegionPrices } from '../model/types.js';
import { lineItem, platformCost } from './line-item.js';
import { type MonthProfile, requestsPerHour } from './traffic.js';
import { GB_PER_KB, HOURS_PER_MONTH, LCU_PER_NEW_CONNECTION_A_SECOND, PER_HUNDRED, SECONDS_PER_HOUR } from './units.js';

/** Requests a second in one hour of each group of the month, busiest first. */
function requestsPerSecond(requestsPerMonth: Decimal, profile: MonthProfile): Decimal[] {
  return profile.groups.map((group) => requestsPerHour(requestsPerMonth, group, profile).dividedBy(SECONDS_PER_HOUR));
}

/**
 * Instances (or tasks) running in each hour: `max(min, ceil(requests a second ÷ capacity))`,
 * or, without autoscaling, the busiest hour's count all month. Returns the
 * unit-hours of the month and the peak count.
 */
export function fleetHours(
  requestsPerMonth: Decimal,
  profile: MonthProfile,
  capacityPerSecond: Decimal,
  minimum: number,
  autoscaling: boolean,
): { unitHours: Decimal; peak: number; lowest: number } {
  const counts = requestsPerSecond(requestsPerMonth, profile).map((rps) => Decimal.max(minimum, rps.dividedBy(capacityPerSecond).ceil()));
  const peak = counts.reduce((a, b) => max(a, b), new Decimal(minimum));
  if (!autoscaling) return { unitHours: peak.times(HOURS_PER_MONTH), peak: peak.toNumber(), lowest: peak.toNumber() };
  const unitHours = profile.groups.reduce((total, group, index) => total.plus((counts[index] ?? ZERO).times(group.hours)), ZERO);
  const lowest = counts.reduce((a, b) => (b.lessThan(a) ? b : a), peak);
  return { unitHours, peak: peak.toNumber(), lowest: lowest.toNumber() };
}

/**
 * Load balancer capacity units: per hour, the larger of new connections
 * (25 a second per LCU) and processed bytes (1 GB an hour per LCU). Active
 * connections and rule evaluations stay under those for request/response traffic.
 */
export function lcuHours(requestsPerMonth: Decimal, profile: MonthProfile, newConnectionsPerRequest: Decimal, processedKbPerRequest: Decimal): Decimal {
  const rpsByGroup = requestsPerSecond(requestsPerMonth, profile);
  return profile.groups.reduce((total, group, index) => {
    const rps = rpsByGroup[index] ?? ZERO;
    const byConnections = rps.times(newConnectionsPerRequest).times(LCU_PER_NEW_CONNECTION_A_SECOND);
    const byBytes = rps.times(SECONDS_PER_HOUR).times(processedKbPerRequest).times(GB_PER_KB);
    return total.plus(max(byConnections, byBytes).times(group.hours));
  }, ZERO);
}

function loadBalancerItems(containers: Containers, prices: RegionPrices, profile: MonthProfile, where: string): LineItem[] {
  const lb = containers.loadBalancer;
  if (lb.type === 'none') return [];
  if (!prices.loadBalancer) throw new PricingError(`pricing ${where} has no Application Load Balancer price; choose another region or pricing version, or set containers.load_balancer: none`);
  const lcu = lcuHours(containers.requestsPerMonth, profile, lb.newConnectionsPerRequest, lb.processedKbPerRequest);
  return [
    lineItem({ id: 'load-balancer.hours', label: 'Application Load Balancer', quantity: new Decimal(HOURS_PER_MONTH), unit: 'hours', unitPriceUsd: prices.loadBalancer.albPerHour }),
    lineItem({ id: 'load-balancer.lcu', label: 'Load balancer capacity units', quantity: lcu, unit: 'LCU-hours', unitPriceUsd: prices.loadBalancer.lcuPerHour }),
  ];
}

const PRICING_LABEL = { on_demand: 'on demand', savings_plan_1yr: 'Savings Plan 1 yr', savings_plan_3yr: 'Savings Plan 3 yr', spot: 'Spot' } as const;

function discountPct(
  fleet: Ec2Fleet | FargateFleet,
  table: { savingsPlan1yrPct: Decimal; savingsPlan3yrPct: Decimal; spotPct?: Decimal } | undefined,
  what: string,
  where: string,
): Decimal {
  if (fleet.discountPct) return fleet.discountPct;
  if (fleet.pricing === 'on_demand') return ZERO;
  const pct = fleet.pricing === 'spot' ? table?.spotPct : fleet.pricing === 'savings_plan_1yr' ? table?.savingsPlan1yrPct : table?.savingsPlan3yrPct;
  if (!pct) throw new PricingError(`pricing ${where} states no ${PRICING_LABEL[fleet.pricing]} discount for ${what}; give discount_pct in the scenario`);
  return pct;
}

function describePricing(fleet: Ec2Fleet | FargateFleet, pct: Decimal): string {
  return pct.isZero() ? PRICING_LABEL[fleet.pricing] : `${PRICING_LABEL[fleet.pricing]}, −${pct.toFixed()}%`;
}

const discounted = (price: Decimal, pct: Decimal) => price.times(ONE.minus(pct.times(PER_HUNDRED)));

export function ec2Cost(containers: Containers, fleet: Ec2Fleet, prices: RegionPrices, profile: MonthProfile, where: string): ContainerPlatformCost {
  if (!prices.ec2) throw new PricingError(`pricing ${where} has no EC2 prices; choose another region or pricing version`);
  const type = prices.ec2.instances[fleet.instanceType];
  if (!type) {
    throw new PricingError(
      `pricing ${where} has no price for EC2 instance type ${fleet.instanceType}; it prices ${Object.keys(prices.ec2.instances).join(', ')}`,
    );
  }
  const pct = discountPct(fleet, prices.commitments?.ec2, 'EC2', where);
  const { unitHours, peak, lowest } = fleetHours(containers.requestsPerMonth, profile, fleet.requestsPerSecondPerInstance, fleet.minInstances, containers.autoscaling);
  const items = [
    lineItem({
      id: 'ec2.instances',
      label: `EC2 ${type.name} (${describePricing(fleet, pct)})`,
      quantity: unitHours,
      unit: 'instance-hours',
      unitPriceUsd: discounted(type.usdPerHour, pct),
    }),
  ];
  if (fleet.publicIpv4) {
    items.push(lineItem({ id: 'ec2.public-ipv4', label: 'Public IPv4 addresses', quantity: unitHours, unit: 'address-hours', unitPriceUsd: prices.ec2.publicIpv4PerHour }));
  }
  items.push(...loadBalancerItems(containers, prices, profile, where));
  return {
    id: 'ec2',
    ...platformCost(items),
    fleet: {
      unit: 'instance',
      description: `${type.name}: ${type.vcpu} vCPU, ${type.memoryGib} GiB, ${type.architecture}`,
      capacityPerSecond: fleet.requestsPerSecondPerInstance,
      minimum: fleet.minInstances,
      lowest,
      peak,
      unitHours,
      autoscaling: containers.autoscaling,
    },
  };
}

export function fargateCost(containers: Containers, fleet: FargateFleet, prices: RegionPrices, profile: MonthProfile, where: string): ContainerPlatformCost {
  const { unitHours, peak, lowest } = fleetHours(containers.requestsPerMonth, profile, fleet.requestsPerSecondPerTask, fleet.minTasks, containers.autoscaling);
  const items = [...fargateLineItems(unitHours, fleet, prices, where), ...loadBalancerItems(containers, prices, profile, where)];
  return {
    id: 'fargate',
    ...platformCost(items),
    fleet: {
      unit: 'task',
      description: `${fleet.vcpu.toFixed()} vCPU, ${fleet.memoryGb.toFixed()} GB, ${fleet.architecture}`,
      capacityPerSecond: fleet.requestsPerSecondPerTask,
      minimum: fleet.minTasks,
      lowest,
      peak,
      unitHours,
      autoscaling: containers.autoscaling,
    },
  };
}

/** Fargate's own line items for `taskHours` of `fleet`'s tasks. */
export function fargateLineItems(taskHours: Decimal, fleet: FargateFleet, prices: RegionPrices, where: string): LineItem[] {
  const table = prices.fargate;
  const vcpuPrice = table?.perVcpuHour[fleet.architecture];
  const gbPrice = table?.perGbHour[fleet.architecture];
  if (!table || !vcpuPrice || !gbPrice) throw new PricingError(`pricing ${where} has no ${fleet.architecture} Fargate prices; choose another region or pricing version`);
  const pct = discountPct(fleet, prices.commitments?.fargate, 'Fargate', where);
  const pricing = describePricing(fleet, pct);
  const items = [
    lineItem({
      id: `fargate.vcpu.${fleet.architecture}`,
      label: `Fargate vCPU, ${fleet.architecture} (${pricing})`,
      quantity: taskHours.times(fleet.vcpu),
      unit: 'vCPU-hours',
      unitPriceUsd: discounted(vcpuPrice, pct),
    }),
    lineItem({
      id: `fargate.memory.${fleet.architecture}`,
      label: `Fargate memory, ${fleet.architecture} (${pricing})`,
      quantity: taskHours.times(fleet.memoryGb),
      unit: 'GB-hours',
      unitPriceUsd: discounted(gbPrice, pct),
    }),
  ];
  const extraStorageGb = Math.max(0, fleet.ephemeralStorageGb - table.freeEphemeralStorageGb);
  if (extraStorageGb > 0) {
    if (!table.ephemeralStoragePerGbHour) throw new PricingError(`pricing ${where} has no price for Fargate storage above ${table.freeEphemeralStorageGb} GB; choose a newer pricing version`);
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

/** One container platform's cost; the scenario must describe that fleet. */
export function containerCost(id: 'ec2' | 'fargate', containers: Containers, prices: RegionPrices, profile: MonthProfile, where: string): ContainerPlatformCost {
  return id === 'ec2' ? ec2Cost(containers, containers.ec2!, prices, profile, where) : fargateCost(containers, containers.fargate!, prices, profile, where);
}

/** The container platforms a scenario compares against, in a fixed order: EC2, then Fargate. */
export function containerPlatforms(containers: Containers | null): Array<'ec2' | 'fargate'> {
  return containers ? (['ec2', 'fargate'] as const).filter((id) => containers[id]) : [];
}

/** Each of the scenario's container platforms, priced. */
export function containerCosts(containers: Containers | null, prices: RegionPrices, profile: MonthProfile, where: string): ContainerPlatformCost[] {
  return containerPlatforms(containers).map((id) => containerCost(id, containers!, prices, profile, where));
}
