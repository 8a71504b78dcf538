// Amazon API Gateway's prices and the APIs a scenario puts in front of its functions.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';

export interface ApiGatewayPrices {
  readonly source: string;
  readonly restPerMillion: readonly Tier[] | null;
  readonly httpPerMillion: readonly Tier[] | null;
  readonly httpMeteringKb: number;
  readonly websocketMessagesPerMillion: readonly Tier[] | null;
  readonly websocketMeteringKb: number;
  readonly websocketConnectionMinutesPerMillion: Decimal | null;
  readonly freeTier12Month: {
    readonly restRequests: Decimal;
    readonly httpRequests: Decimal;
    readonly websocketMessages: Decimal;
    readonly websocketConnectionMinutes: Decimal;
  };
}

export type ApiGatewayType = 'none' | 'rest' | 'http' | 'websocket';

export type ApiGateway =
  | { readonly type: 'none' }
  | { readonly type: 'rest'; readonly requestsPerMonth: Decimal; readonly freeTier: boolean }
  | { readonly type: 'http'; readonly requestsPerMonth: Decimal; readonly requestSizeKb: Decimal; readonly freeTier: boolean }
  | {
      readonly type: 'websocket';
      readonly messagesPerMonth: Decimal;
      readonly messageSizeKb: Decimal;
      readonly connectionMinutesPerMonth: Decimal;
      readonly freeTier: boolean;
    };

export type PricedApi = Exclude<ApiGateway, { readonly type: 'none' }>;
