// Amazon API Gateway: REST and HTTP API requests and WebSocket messages, each
// in monthly price bands, and WebSocket connection minutes. The 12-month free
// tier applies only when the scenario says the account is in it.
// https://aws.amazon.com/api-gateway/pricing/
import { PricingError } from '../../../core/errors.js';
import { Decimal, ZERO } from '../../../core/money.js';
import type { ApiGateway, ApiGatewayPrices } from './types.js';
import type { LineItem, Tier } from '../../../core/types.js';
import { lineItem, tieredLineItems } from '../../../core/line-item.js';
import { PER_MILLION } from '../../../core/units.js';
import { meteredChunks } from '../../../core/usage.js';

export function apiGatewayLineItems(api: ApiGateway, prices: ApiGatewayPrices | null, where: string): LineItem[] {
  if (api.type === 'none') return [];
  const need = <T>(price: T | null, what: string): T => {
    if (price === null) throw new PricingError(`pricing ${where} has no API Gateway ${what} price; choose another region or pricing version`);
    return price;
  };
  const table = need(prices, api.type);
  const requestLines = (id: string, label: string, countedAs: string, gross: Decimal, free: Decimal, tiers: readonly Tier[]) =>
    tieredLineItems({ id, label, countedAs, unit: `1M ${countedAs}`, unitsPerCount: PER_MILLION, gross, free, tiers });

  switch (api.type) {
    case 'rest':
      return requestLines(
        'api-gateway.rest.requests',
        'REST API requests',
        'requests',
        api.requestsPerMonth,
        api.freeTier ? table.freeTier12Month.restRequests : ZERO,
        need(table.restPerMillion, 'REST'),
      );
    case 'http': {
      const units = meteredChunks(api.requestSizeKb, table.httpMeteringKb);
      return requestLines(
        'api-gateway.http.requests',
        units.greaterThan(1) ? `HTTP API requests (each metered as ${units} × ${table.httpMeteringKb} KB)` : 'HTTP API requests',
        'requests',
        api.requestsPerMonth.times(units),
        api.freeTier ? table.freeTier12Month.httpRequests : ZERO,
        need(table.httpPerMillion, 'HTTP API'),
      );
    }
    case 'websocket': {
      const units = meteredChunks(api.messageSizeKb, table.websocketMeteringKb);
      const minutePrice = need(table.websocketConnectionMinutesPerMillion, 'WebSocket connection-minute');
      const freeMinutes = api.freeTier ? table.freeTier12Month.websocketConnectionMinutes : ZERO;
      const billedMinutes = Decimal.max(ZERO, api.connectionMinutesPerMonth.minus(freeMinutes));
      return [
        ...requestLines(
          'api-gateway.websocket.messages',
          units.greaterThan(1) ? `WebSocket messages (each metered as ${units} × ${table.websocketMeteringKb} KB)` : 'WebSocket messages',
          'messages',
          api.messagesPerMonth.times(units),
          api.freeTier ? table.freeTier12Month.websocketMessages : ZERO,
          need(table.websocketMessagesPerMillion, 'WebSocket message'),
        ),
        lineItem({
          id: 'api-gateway.websocket.connection-minutes',
          label: 'WebSocket connection minutes',
          quantity: billedMinutes.times(PER_MILLION),
          unit: '1M connection-minutes',
          unitPriceUsd: minutePrice,
          basis: {
            used: api.connectionMinutesPerMonth,
            free: Decimal.min(freeMinutes, api.connectionMinutesPerMonth),
            countedAs: 'connection-minutes',
          },
        }),
      ];
    }
  }
}
