// Amazon API Gateway as a priced service: REST, HTTP and WebSocket APIs in
// front of the functions. Its bills bend where a band ends and where the
// 12-month free tier runs out, both counted in metered requests.
import { Decimal } from '../../../core/money.js';
import type { Meter } from '../../../core/service.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { bandEdges } from '../../../core/bands.js';
import { meteredChunks } from '../../../core/usage.js';
import { apiGatewayLineItems } from './line-items.js';
import { type ApiGatewaySection, apiGatewayPrices } from './prices.js';
import { apiGatewayScenario } from './scenario.js';
import type { PricedApi } from './types.js';

export type { ApiGateway, ApiGatewayPrices, ApiGatewayType, PricedApi } from './types.js';
export type { ApiGatewaySection } from './prices.js';
export { pricedApis } from './scenario.js';

export interface ApiGatewayUsage {
  /** The APIs in front of the functions, at most one per type (AWS bands each type's requests together). */
  readonly apiGateways: readonly PricedApi[];
}

export const apiGateway: ServiceDefinition<ApiGatewayUsage, ApiGatewaySection> = {
  id: 'api-gateway',
  label: 'API Gateway',
  prices: apiGatewayPrices,
  usage: apiGatewayScenario,
  lineItems: (scenario, prices, month) => scenario.apiGateways.flatMap((api) => apiGatewayLineItems(api, prices.apiGateway, month.where)),
  scale: (scenario, scaled) => ({
    apiGateways: scenario.apiGateways.map((api) =>
      api.type === 'websocket' ? { ...api, messagesPerMonth: scaled(api.messagesPerMonth) } : { ...api, requestsPerMonth: scaled(api.requestsPerMonth) },
    ),
  }),
  // Bands and free tiers count metered requests: a large HTTP request or WebSocket message counts as several.
  meters: (scenario, prices) => {
    const table = prices.apiGateway;
    if (!table) return [];
    const free = table.freeTier12Month;
    return scenario.apiGateways.map((api, index): Meter<ApiGatewayUsage> => {
      const [tiers, freeUnits, meter] =
        api.type === 'rest'
          ? [table.restPerMillion, free.restRequests, new Decimal(1)]
          : api.type === 'http'
            ? [table.httpPerMillion, free.httpRequests, meteredChunks(api.requestSizeKb, table.httpMeteringKb)]
            : [table.websocketMessagesPerMillion, free.websocketMessages, meteredChunks(api.messageSizeKb, table.websocketMeteringKb)];
      return {
        quantity: (scaled) => {
          const at = scaled.apiGateways[index]!;
          return at.type === 'websocket' ? at.messagesPerMonth : at.requestsPerMonth;
        },
        thresholds: [...bandEdges(tiers), ...(api.freeTier ? [freeUnits] : [])].map((threshold) => threshold.dividedBy(meter)),
      };
    });
  },
};
