// API Gateway's section of a scenario file: the one API in front of the functions.
import { Decimal } from '../../../core/money.js';
import type { FieldPath } from '../../../schema/price-section.js';
import { scenarioSection } from '../../../schema/scenario-section.js';
import type { ApiGateway, PricedApi } from './types.js';

export const apiGatewayScenario = scenarioSection({
  key: 'api_gateway',
  schema: ({ z, perMonth, positiveKb }) =>
    z.optional(
      z.strictObject({
        type: z.enum(['none', 'rest', 'http', 'websocket']),
        requests_per_month: z.optional(perMonth),
        request_size_kb: z.optional(positiveKb),
        messages_per_month: z.optional(perMonth),
        message_size_kb: z.optional(z.number().check(z.gt(0), z.lte(128))),
        connection_minutes_per_month: z.optional(perMonth),
        free_tier: z._default(z.boolean(), false),
        /** As Serverless Framework users write it: requests a second, and the burst above it. */
        throttle: z.optional(z.strictObject({ rate_limit_rps: z.number().check(z.gt(0), z.lte(10_000_000)), burst_limit: z.optional(z.int().check(z.gte(0), z.lte(10_000_000))) })),
      }),
    ),
  read: (api, { trafficRequests, fail }): { apiGateways: PricedApi[] } => {
    const gateway = ((): ApiGateway => {
      if (!api || api.type === 'none') {
        if (api) {
          for (const key of Object.keys(api)) if (key !== 'type' && key !== 'free_tier') fail(`type is none, so ${key} has no effect; remove it`, ['api_gateway', key]);
        }
        return { type: 'none' };
      }
      const at = (key: string): FieldPath => ['api_gateway', key];
      const onlyFor = (key: keyof typeof api, types: readonly string[]) => {
        if (api[key] !== undefined && !types.includes(api.type)) fail(`${key} applies to ${types.join(' and ')} APIs, not ${api.type}`, at(key));
      };
      onlyFor('request_size_kb', ['http']);
      onlyFor('requests_per_month', ['rest', 'http']);
      onlyFor('messages_per_month', ['websocket']);
      onlyFor('message_size_kb', ['websocket']);
      onlyFor('connection_minutes_per_month', ['websocket']);

      if (api.type === 'websocket') {
        const messages = api.messages_per_month ?? trafficRequests;
        if (messages === undefined) fail('a websocket API needs messages_per_month (or traffic.requests_per_month)', ['api_gateway']);
        if (api.connection_minutes_per_month === undefined) fail('a websocket API needs connection_minutes_per_month', ['api_gateway']);
        return {
          type: 'websocket',
          messagesPerMonth: new Decimal(messages ?? 0),
          messageSizeKb: new Decimal(api.message_size_kb ?? 1),
          connectionMinutesPerMonth: new Decimal(api.connection_minutes_per_month ?? 0),
          freeTier: api.free_tier,
        };
      }
      const requests = api.requests_per_month ?? trafficRequests;
      if (requests === undefined) fail(`a ${api.type} API needs requests_per_month (or traffic.requests_per_month)`, ['api_gateway']);
      const requestsPerMonth = new Decimal(requests ?? 0);
      if (api.type === 'rest') return { type: 'rest', requestsPerMonth, freeTier: api.free_tier };
      return { type: 'http', requestsPerMonth, requestSizeKb: new Decimal(api.request_size_kb ?? 1), freeTier: api.free_tier };
    })();
    return { apiGateways: pricedApis(gateway) };
  },
});

/** The APIs a scenario prices: none for `type: none`. */
export function pricedApis(api: ApiGateway): PricedApi[] {
  return api.type === 'none' ? [] : [api];
}
