// NAT gateway: each gateway billed per hour it exists, and every GB it
// processes, in either direction, on top of any data transfer out. No free tier.
// https://aws.amazon.com/vpc/pricing/
import { pricesFor } from '../../../core/errors.js';
import { lineItem } from '../../../core/line-item.js';
import { groupDigits } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import type { NatGateway, NatGatewayPrices } from './types.js';

export function natGatewayLineItems(nat: NatGateway | null, table: NatGatewayPrices | null, where: string): LineItem[] {
  if (!nat) return [];
  const prices = pricesFor(table, 'NAT gateway', where);
  const gateways = `${groupDigits(nat.count)} ${nat.count.equals(1) ? 'gateway' : 'gateways'}`;
  return [
    lineItem({
      id: 'nat-gateway.hours',
      label: `NAT gateway-hours (${gateways} × ${groupDigits(nat.hoursPerMonth)} h)`,
      quantity: nat.count.times(nat.hoursPerMonth),
      unit: 'gateway-hours',
      unitPriceUsd: prices.perGatewayHour,
    }),
    lineItem({
      id: 'nat-gateway.data-processed',
      label: 'NAT gateway data processed (both directions)',
      quantity: nat.processedGb.perMonth,
      unit: 'GB',
      unitPriceUsd: prices.dataProcessedPerGb,
    }),
  ];
}
