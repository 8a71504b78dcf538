// The pieces every engine entry point shares: the region's prices and the serverless total.
import { PricingError } from '../errors.js';
import type { FunctionUsage, PlatformCost, PriceBook, RegionPrices, Scenario } from '../model/types.js';
import { apiGatewayLineItems } from './api-gateway.js';
import { platformCost } from './line-item.js';
import { lambdaLineItems } from './lambda.js';
import type { MonthProfile } from './traffic.js';

/** The price book's prices for the scenario's region, and a label for messages. */
export function regionOf(scenario: Scenario, book: PriceBook): { prices: RegionPrices; where: string } {
  const prices = book.regions[scenario.region];
  if (!prices) {
    throw new PricingError(
      `pricing ${book.id} has no prices for region ${scenario.region} (in ${scenario.file}); it covers ${Object.keys(book.regions).join(', ')}`,
    );
  }
  return { prices, where: `${book.id} (${scenario.region})` };
}

/** Lambda and API Gateway, priced. */
export function serverlessCost(scenario: Scenario, prices: RegionPrices, profile: MonthProfile, where: string): PlatformCost & { functions: FunctionUsage[] } {
  const lambda = lambdaLineItems(scenario.functions, prices.lambda, profile, scenario.freeTier, where);
  const api = scenario.apiGateways.flatMap((gateway) => apiGatewayLineItems(gateway, prices.apiGateway, where));
  return { ...platformCost([...lambda.lineItems, ...api]), functions: lambda.usage };
}

