// NAT gateway's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { NatGatewayPrices } from './types.js';

export interface NatGatewaySection {
  readonly natGateway: NatGatewayPrices | null;
}

export const natGatewayPrices = priceSection({
  key: 'nat_gateway',
  schema: ({ z, priceString, source }) => z.optional(z.strictObject({ source, gateway_hour: priceString, data_processed_per_gb: priceString })),
  read: (nat): NatGatewaySection => ({
    natGateway: nat ? { source: nat.source, perGatewayHour: new Decimal(nat.gateway_hour), dataProcessedPerGb: new Decimal(nat.data_processed_per_gb) } : null,
  }),
  discount: ({ natGateway }, off) => ({
    natGateway: natGateway && { ...natGateway, perGatewayHour: off(natGateway.perGatewayHour), dataProcessedPerGb: off(natGateway.dataProcessedPerGb) },
  }),
  list: ({ natGateway }, add) => {
    if (!natGateway) return;
    add('gateway-hour', 'NAT gateway-hours', natGateway.perGatewayHour, 'USD per gateway-hour');
    add('data-processed', 'NAT gateway data processed', natGateway.dataProcessedPerGb, 'USD per GB');
  },
});
