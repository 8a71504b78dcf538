import { describe, expect, it } from 'vitest';
import { apiGatewayLineItems } from './line-items.js';
import { meteredChunks } from '../../../core/usage.js';
import { sum } from '../../../core/money.js';
import type { ApiGateway } from './types.js';
import { book, d } from '../../../../test/helpers/build.js';

const prices = () => book().regions['us-east-1']!.apiGateway;
const total = (api: ApiGateway) => sum(apiGatewayLineItems(api, prices(), 'test').map((item) => item.exactUsd)).toFixed();

describe('API Gateway (https://aws.amazon.com/api-gateway/pricing/)', () => {
  it('HTTP API page example: 300M at $1.00 plus 132M at $0.90 is $418.80', () => {
    const items = apiGatewayLineItems({ type: 'http', requestsPerMonth: d(432_000_000), requestSizeKb: d(1), freeTier: false }, prices(), 'test');
    expect(items.map((item) => [item.id, item.quantity.toFixed(), item.monthlyUsd.toFixed(2)])).toEqual([
      ['api-gateway.http.requests.tier-1', '300', '300.00'],
      ['api-gateway.http.requests.tier-2', '132', '118.80'],
    ]);
  });

  it('REST: 5M calls at $3.50 per million are $17.50 (the page example without its data transfer)', () => {
    expect(total({ type: 'rest', requestsPerMonth: d(5_000_000), freeTier: false })).toBe('17.5');
  });

  it('REST bands switch at 333M, 1B and 20B', () => {
    // 333M × 3.50 + 667M × 2.80 + 19B × 2.38 + 1B × 1.51 = 1,165.5 + 1,867.6 + 45,220 + 1,510
    expect(total({ type: 'rest', requestsPerMonth: d(21_000_000_000), freeTier: false })).toBe('49763.1');
    expect(total({ type: 'rest', requestsPerMonth: d(333_000_000), freeTier: false })).toBe('1165.5');
    expect(total({ type: 'rest', requestsPerMonth: d(333_000_001), freeTier: false })).toBe('1165.5000028');
  });

  it('HTTP APIs meter in 512 KB steps: a 513 KB request counts as two', () => {
    expect(meteredChunks(d(512), 512).toFixed()).toBe('1');
    expect(meteredChunks(d(513), 512).toFixed()).toBe('2');
    expect(meteredChunks(d('0.5'), 512).toFixed()).toBe('1');
    expect(total({ type: 'http', requestsPerMonth: d(1_000_000), requestSizeKb: d(513), freeTier: false })).toBe('2');
  });

  it('WebSocket messages meter in 32 KB steps: a 33 KB message counts as two', () => {
    const items = apiGatewayLineItems(
      { type: 'websocket', messagesPerMonth: d(1_000_000), messageSizeKb: d(33), connectionMinutesPerMonth: d(2_000_000), freeTier: false },
      prices(),
      'test',
    );
    // 2M metered messages × $1.00/M; 2M connection-minutes × $0.25/M
    expect(items.map((item) => [item.id, item.exactUsd.toFixed()])).toEqual([
      ['api-gateway.websocket.messages.tier-1', '2'],
      ['api-gateway.websocket.connection-minutes', '0.5'],
    ]);
  });

  it('applies the 12-month free tier only when asked: 1M calls, 1M messages, 750,000 minutes', () => {
    expect(total({ type: 'rest', requestsPerMonth: d(1_500_000), freeTier: true })).toBe('1.75');
    expect(total({ type: 'http', requestsPerMonth: d(1_000_000), requestSizeKb: d(1), freeTier: true })).toBe('0');
    expect(total({ type: 'websocket', messagesPerMonth: d(1_000_000), messageSizeKb: d(1), connectionMinutesPerMonth: d(1_750_000), freeTier: true })).toBe('0.25');
  });

  it('adds nothing when there is no API', () => {
    expect(apiGatewayLineItems({ type: 'none' }, prices(), 'test')).toEqual([]);
  });
});
