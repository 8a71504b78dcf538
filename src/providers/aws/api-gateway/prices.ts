// API Gateway's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import { checkBands, listBands, offTiers, priceSection, toTiers } from '../../../schema/price-section.js';
import type { ApiGatewayPrices } from './types.js';

export interface ApiGatewaySection {
  readonly apiGateway: ApiGatewayPrices | null;
}

export const apiGatewayPrices = priceSection({
  key: 'api_gateway',
  schema: ({ z, priceString, tiers, source }) =>
    z.optional(
      z.strictObject({
        source,
        notes: z.optional(z.string()),
        rest_per_million_requests: z.optional(tiers),
        http_per_million_requests: z.optional(tiers),
        http_metering_kb: z.int().check(z.gte(1)),
        websocket_per_million_messages: z.optional(tiers),
        websocket_metering_kb: z.int().check(z.gte(1)),
        websocket_per_million_connection_minutes: z.optional(priceString),
        free_tier_12_month: z.strictObject({
          rest_requests: z.number().check(z.gte(0)),
          http_requests: z.number().check(z.gte(0)),
          websocket_messages: z.number().check(z.gte(0)),
          websocket_connection_minutes: z.number().check(z.gte(0)),
        }),
      }),
    ),
  check: (api, fail) => {
    checkBands(api.rest_per_million_requests, fail, 'rest_per_million_requests');
    checkBands(api.http_per_million_requests, fail, 'http_per_million_requests');
    checkBands(api.websocket_per_million_messages, fail, 'websocket_per_million_messages');
    if ((api.websocket_per_million_messages === undefined) !== (api.websocket_per_million_connection_minutes === undefined)) {
      fail('WebSocket needs both its message and its connection-minute price, or neither', []);
    }
  },
  read: (api): ApiGatewaySection => ({
    apiGateway: api
      ? {
          source: api.source,
          restPerMillion: api.rest_per_million_requests ? toTiers(api.rest_per_million_requests) : null,
          httpPerMillion: api.http_per_million_requests ? toTiers(api.http_per_million_requests) : null,
          httpMeteringKb: api.http_metering_kb,
          websocketMessagesPerMillion: api.websocket_per_million_messages ? toTiers(api.websocket_per_million_messages) : null,
          websocketMeteringKb: api.websocket_metering_kb,
          websocketConnectionMinutesPerMillion: api.websocket_per_million_connection_minutes === undefined ? null : new Decimal(api.websocket_per_million_connection_minutes),
          freeTier12Month: {
            restRequests: new Decimal(api.free_tier_12_month.rest_requests),
            httpRequests: new Decimal(api.free_tier_12_month.http_requests),
            websocketMessages: new Decimal(api.free_tier_12_month.websocket_messages),
            websocketConnectionMinutes: new Decimal(api.free_tier_12_month.websocket_connection_minutes),
          },
        }
      : null,
  }),
  discount: ({ apiGateway: api }, off) => {
    const tiers = (list: readonly Tier[] | null) => list && offTiers(list, off);
    return {
      apiGateway: api && {
        ...api,
        restPerMillion: tiers(api.restPerMillion),
        httpPerMillion: tiers(api.httpPerMillion),
        websocketMessagesPerMillion: tiers(api.websocketMessagesPerMillion),
        websocketConnectionMinutesPerMillion: api.websocketConnectionMinutesPerMillion && off(api.websocketConnectionMinutesPerMillion),
      },
    };
  },
  list: ({ apiGateway: api }, add) => {
    if (!api) return;
    listBands(api.restPerMillion, 'rest', 'REST API requests', 'USD per 1M requests', add);
    listBands(api.httpPerMillion, 'http', 'HTTP API requests', 'USD per 1M requests', add);
    listBands(api.websocketMessagesPerMillion, 'websocket.messages', 'WebSocket messages', 'USD per 1M messages', add);
    if (api.websocketConnectionMinutesPerMillion)
      add('websocket.connection_minutes', 'WebSocket connection minutes', api.websocketConnectionMinutesPerMillion, 'USD per 1M minutes');
  },
});
