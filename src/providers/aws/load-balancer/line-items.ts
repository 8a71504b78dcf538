// The Application Load Balancer in front of a fleet: its hours and its load
// balancer capacity units. https://aws.amazon.com/elasticloadbalancing/pricing/
import { PricingError } from '../../../core/errors.js';
import { requestsPerSecond } from '../../../core/fleet.js';
import { lineItem } from '../../../core/line-item.js';
import { Decimal, ZERO, max } from '../../../core/money.js';
import type { MonthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { GB_PER_KB, HOURS_PER_MONTH, PER_TWENTY_FIVE, SECONDS_PER_HOUR } from '../../../core/units.js';

/** A capacity unit is 25 new connections a second. */
const LCU_PER_NEW_CONNECTION_A_SECOND = PER_TWENTY_FIVE;
import type { Containers } from '../types.js';
import type { LoadBalancerPrices } from './types.js';
import { setting } from '../../../core/refer.js';

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

export function loadBalancerLineItems(containers: Containers | null, prices: LoadBalancerPrices | null, profile: MonthProfile, where: string): LineItem[] {
  const lb = containers?.loadBalancer;
  if (!containers || !lb || lb.type === 'none') return [];
  if (!prices) throw new PricingError(`pricing ${where} has no Application Load Balancer price; choose another region or pricing version, or set ${setting('no-load-balancer')}`);
  const lcu = lcuHours(containers.requestsPerMonth, profile, lb.newConnectionsPerRequest, lb.processedKbPerRequest);
  const items = [
    lineItem({ id: 'load-balancer.hours', label: 'Application Load Balancer', quantity: new Decimal(HOURS_PER_MONTH), unit: 'hours', unitPriceUsd: prices.albPerHour }),
    lineItem({ id: 'load-balancer.lcu', label: 'Load balancer capacity units', quantity: lcu, unit: 'LCU-hours', unitPriceUsd: prices.lcuPerHour }),
  ];
  // Every public IPv4 address is billed by the hour since 2024-02-01, a load balancer's among them.
  if (prices.publicIpv4PerHour && lb.publicAddresses > 0) {
    items.push(
      lineItem({
        id: 'load-balancer.public-ipv4',
        label: 'Public IPv4 addresses',
        quantity: new Decimal(lb.publicAddresses).times(HOURS_PER_MONTH),
        unit: 'address-hours',
        unitPriceUsd: prices.publicIpv4PerHour,
        basis: { used: new Decimal(lb.publicAddresses), free: ZERO, countedAs: 'addresses, one per Availability Zone, all month' },
      }),
    );
  }
  return items;
}
