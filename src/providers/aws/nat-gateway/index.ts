// NAT gateway as a priced service: the network the workload's VPC needs to reach the internet.
import { groupDigits } from '../../../core/numbers.js';
import type { Warning } from '../../../core/types.js';
import { scaleQuantity } from '../../../core/usage.js';
import type { PricedService } from '../../../core/service.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { natGatewayLineItems } from './line-items.js';
import { type NatGatewaySection, natGatewayPrices } from './prices.js';
import { natGatewayScenario } from './scenario.js';
import { natGatewayTemplate } from './template.js';
import type { NatGateway } from './types.js';

export type { NatGateway, NatGatewayPrices } from './types.js';
export type { NatGatewaySection } from './prices.js';

export interface NatGatewayUsage {
  readonly natGateway: NatGateway | null;
}

/**
 * DynamoDB's tables and S3's buckets, read only to see whether the scenario
 * uses them: their traffic can go through a free gateway endpoint instead.
 * Their services own them; nothing here depends on what an entry holds.
 */
interface WithEndpointServices {
  readonly dynamodbTables?: readonly unknown[];
  readonly s3Buckets?: readonly unknown[];
}

export const natGateway: ServiceDefinition<NatGatewayUsage, NatGatewaySection> = {
  id: 'nat-gateway',
  label: 'NAT gateway',
  warnings: { nat_gateway_endpoint: 'advice' },
  // A VPC's way out is what the workload needs wherever it runs: a function in a VPC and a task in a private subnet alike.
  shared: true,
  prices: natGatewayPrices,
  usage: natGatewayScenario,
  template: natGatewayTemplate,
  lineItems: (scenario, prices, month) => (scenario.natGateway?.usedBy === 'all' ? natGatewayLineItems(scenario.natGateway, prices.natGateway, month.where) : []),
  scale: (scenario, scaled) => ({ natGateway: scenario.natGateway && { ...scenario.natGateway, processedGb: scaleQuantity(scenario.natGateway.processedGb, scaled) } }),
  // Flat per hour and per GB, no free tier: nothing bends.
  meters: () => [],
  checks: (scenario, prices) => {
    const nat = scenario.natGateway;
    const price = prices.natGateway?.dataProcessedPerGb;
    if (!nat || !price || nat.processedGb.perMonth.isZero()) return [];
    const around = scenario as NatGatewayUsage & WithEndpointServices;
    const services = [around.dynamodbTables?.length ? 'DynamoDB' : null, around.s3Buckets?.length ? 'S3' : null].filter((name) => name !== null);
    if (!services.length) return [];
    const named = services.join(' and ');
    const warning: Warning = {
      id: 'nat_gateway_endpoint',
      message:
        `the NAT gateway processes ${groupDigits(nat.processedGb.perMonth)} GB a month at $${price.toFixed()} per GB, and the workload also uses ${named}: ` +
        `a gateway endpoint for ${named} is free (no hourly or per-GB charge), and the traffic to ${services.length > 1 ? 'them' : 'it'} that goes through the endpoint instead of the NAT saves $${price.toFixed()} per GB`,
    };
    return [warning];
  },
};

/**
 * The gateways when only the functions use them (`used_by: functions`): the
 * serverless platform's own, not shared. Its usage and prices are the
 * shared service's; this only bills them on the one side.
 */
export const functionsNatGateway: PricedService<NatGatewayUsage, NatGatewaySection> = {
  id: 'nat-gateway',
  label: 'NAT gateway',
  lineItems: (scenario, prices, month) => (scenario.natGateway?.usedBy === 'functions' ? natGatewayLineItems(scenario.natGateway, prices.natGateway, month.where) : []),
  // The shared service scales the block; a platform's services are priced from the scenario as scaled.
  scale: () => ({}),
};
