// API Gateway's REST and WebSocket bands in London and Seoul, and NAT gateways in us-east-2, us-west-2 and
// eu-west-1, as the three tables that price eleven regions give them (identically: these figures were read
// in 2026 and no change since 2025-05-01 was found), each checked against its source and then in a month
// derived by hand, every line rounded to the cent half up as AWS's worked examples do.
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Estimate, RegionPrices } from '../../src/providers/aws/types.js';
import { book, scenarioOf } from '../helpers/build.js';

const VERSIONS = ['aws-2025-05-01', 'aws-2025-08-01', 'aws-2025-10-08'] as const;
const region = (version: string, name: string): RegionPrices => {
  const prices = book(version).regions[name];
  if (!prices) throw new Error(`${version} has no region ${name}`);
  return prices;
};
const s = (value: { toString(): string } | null | undefined) => value?.toString();
const bands = (list: readonly { upTo: { toString(): string } | null; usd: { toString(): string } }[] | null | undefined) => list?.map((band) => [s(band.upTo), s(band.usd)]);

describe.each(VERSIONS)('%s against the sources', (version) => {
  // AmazonApiGateway-eu-west-2.csv (mooncitizen/togen, offer 20260831092134): EUW2-ApiGatewayRequest,
  // -ApiGatewayHttpRequest, -ApiGatewayMessage and -ApiGatewayMinute.
  it('eu-west-2 API Gateway: REST $3.50 / $3.33 / $2.83 / $1.80, HTTP $1.16 / $1.04, WebSocket $1.19 / $0.99 and $0.297', () => {
    const api = region(version, 'eu-west-2').apiGateway!;
    expect(bands(api.restPerMillion)).toEqual([
      ['333000000', '3.5'],
      ['1000000000', '3.33'],
      ['20000000000', '2.83'],
      [undefined, '1.8'],
    ]);
    expect(bands(api.httpPerMillion)).toEqual([
      ['300000000', '1.16'],
      [undefined, '1.04'],
    ]);
    expect(bands(api.websocketMessagesPerMillion)).toEqual([
      ['1000000000', '1.19'],
      [undefined, '0.99'],
    ]);
    expect(s(api.websocketConnectionMinutesPerMillion)).toBe('0.297');
  });

  // The Seoul Price List as the Korean study quotes it (2026-10-01).
  it('ap-northeast-2 API Gateway: REST $3.50 / $3.19 / $2.71 / $1.72, WebSocket $1.14 / $0.94 and $0.285', () => {
    const api = region(version, 'ap-northeast-2').apiGateway!;
    expect(bands(api.restPerMillion)).toEqual([
      ['333000000', '3.5'],
      ['1000000000', '3.19'],
      ['20000000000', '2.71'],
      [undefined, '1.72'],
    ]);
    expect(bands(api.websocketMessagesPerMillion)).toEqual([
      ['1000000000', '1.14'],
      [undefined, '0.94'],
    ]);
    expect(s(api.websocketConnectionMinutesPerMillion)).toBe('0.285');
  });

  it('NAT gateways: us-east-2 and us-west-2 $0.045, eu-west-1 $0.048, an hour and a GB alike', () => {
    const nat = (name: string) => [s(region(version, name).natGateway!.gatewayHour), s(region(version, name).natGateway!.dataProcessedPerGb)];
    expect(['us-east-2', 'us-west-2', 'eu-west-1'].map(nat)).toEqual([
      ['0.045', '0.045'],
      ['0.045', '0.045'],
      ['0.048', '0.048'],
    ]);
  });
});

/** A month of `yaml`'s scenario in `where`, priced with `version`. */
function month(version: string, where: string, yaml: string): Estimate {
  return estimate(scenarioOf(`name: t\nregion: ${where}\n${yaml}`), book(version));
}
/** Each line of `platform` as [id, dollars to the cent], and the platform's total. */
function bill(result: Estimate, platform: string): { lines: [string, string][]; total: string } {
  const found = result.platforms.find((p) => p.id === platform);
  if (!found) throw new Error(`no platform ${platform}`);
  return { lines: found.lineItems.map((item) => [item.id, item.monthlyUsd.toFixed(2)]), total: found.monthlyUsd.toFixed(2) };
}

// No log lines: the function's logs are priced in these regions too, and these months are about the API.
const fn = `lambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10, logs: { system_log_level: warn, app_bytes_per_invocation: 0 } }]\n`;

describe.each(VERSIONS)('%s: an API Gateway month, by hand', (version) => {
  // 1.5 billion REST requests a month, no free tier, behind a 128 MB function of 10 ms:
  //   Lambda: 1,500M × $0.20 / 1M = $300.00; 1,500M × 0.01 s × 0.125 GB = 1,875,000 GB-s × $0.0000166667 = $31.2500625 → $31.25
  //   eu-west-2: 333M × $3.50 = $1,165.50; 667M × $3.33 = $2,221.11; 500M × $2.83 = $1,415.00
  //     total $300.00 + $31.25 + $1,165.50 + $2,221.11 + $1,415.00 = $5,132.86
  //   ap-northeast-2: 333M × $3.50 = $1,165.50; 667M × $3.19 = $2,127.73; 500M × $2.71 = $1,355.00
  //     total $300.00 + $31.25 + $1,165.50 + $2,127.73 + $1,355.00 = $4,979.48
  const rest = `free_tier: false\ntraffic: { requests_per_month: 1500000000 }\n${fn}api_gateway: { type: rest }\n`;
  it.each([
    ['eu-west-2', '2221.11', '1415.00', '5132.86'],
    ['ap-northeast-2', '2127.73', '1355.00', '4979.48'],
  ])('%s: 1.5 billion REST requests, the second band $%s, the third $%s, $%s in all', (where, second, third, total) => {
    expect(bill(month(version, where, rest), 'serverless')).toEqual({
      lines: [
        ['lambda.requests', '300.00'],
        ['lambda.duration.x86_64.tier-1', '31.25'],
        ['api-gateway.rest.requests.tier-1', '1165.50'],
        ['api-gateway.rest.requests.tier-2', second],
        ['api-gateway.rest.requests.tier-3', third],
      ],
      total,
    });
  });

  // 21 billion REST requests in London reach the fourth band:
  //   333M × $3.50 = $1,165.50; 667M × $3.33 = $2,221.11; 19,000M × $2.83 = $53,770.00; 1,000M × $1.80 = $1,800.00
  it('eu-west-2: 21 billion REST requests reach the band above 20 billion, $1,800.00 for the last billion', () => {
    const lines = bill(month(version, 'eu-west-2', rest.replace('1500000000', '21000000000')), 'serverless').lines.filter(([id]) => id.startsWith('api-gateway'));
    expect(lines).toEqual([
      ['api-gateway.rest.requests.tier-1', '1165.50'],
      ['api-gateway.rest.requests.tier-2', '2221.11'],
      ['api-gateway.rest.requests.tier-3', '53770.00'],
      ['api-gateway.rest.requests.tier-4', '1800.00'],
    ]);
  });

  // A WebSocket API with 1.2 billion 2 KB messages (one 32 KB step each) and 100M connection-minutes a
  // month, no free tier, 1.2 billion function calls:
  //   Lambda: 1,200M × $0.20 / 1M = $240.00; 1,200M × 0.01 s × 0.125 GB = 1,500,000 GB-s × $0.0000166667 = $25.00005 → $25.00
  //   ap-northeast-2: 1,000M × $1.14 = $1,140.00; 200M × $0.94 = $188.00; 100M × $0.285 = $28.50
  //     total $240.00 + $25.00 + $1,140.00 + $188.00 + $28.50 = $1,621.50
  //   eu-west-2: 1,000M × $1.19 = $1,190.00; 200M × $0.99 = $198.00; 100M × $0.297 = $29.70
  //     total $240.00 + $25.00 + $1,190.00 + $198.00 + $29.70 = $1,682.70
  const websocket = `free_tier: false\ntraffic: { requests_per_month: 1200000000 }\n${fn}api_gateway: { type: websocket, messages_per_month: 1200000000, message_size_kb: 2, connection_minutes_per_month: 100000000 }\n`;
  it.each([
    ['ap-northeast-2', '1140.00', '188.00', '28.50', '1621.50'],
    ['eu-west-2', '1190.00', '198.00', '29.70', '1682.70'],
  ])('%s: 1.2 billion WebSocket messages and 100M connection-minutes, $%s + $%s + $%s', (where, first, over, minutes, total) => {
    expect(bill(month(version, where, websocket), 'serverless')).toEqual({
      lines: [
        ['lambda.requests', '240.00'],
        ['lambda.duration.x86_64.tier-1', '25.00'],
        ['api-gateway.websocket.messages.tier-1', first],
        ['api-gateway.websocket.messages.tier-2', over],
        ['api-gateway.websocket.connection-minutes', minutes],
      ],
      total,
    });
  });
});

describe.each(VERSIONS)('%s: a container month behind a NAT gateway, by hand', (version) => {
  // Two x86 Fargate tasks of 1 vCPU and 2 GB all month behind an Application Load Balancer, going out
  // through one NAT gateway (730 h) that processes 500 GB:
  //   vCPU: 2 × 730 = 1,460 task-hours × $0.04048 = $59.1008 → $59.10
  //   memory: 1,460 × 2 GB = 2,920 GB-hours × $0.004445 = $12.9794 → $12.98
  //   load balancer: 730 h × $0.0225 = $16.425 → $16.43 (us-west-2), × $0.0252 = $18.396 → $18.40 (eu-west-1);
  //     its two public IPv4 addresses 2 × 730 × $0.005 = $7.30; 1M requests, each a new connection, are
  //     1,000,000 ÷ 25 a second ÷ 3,600 = 11.11 LCU-hours × $0.008 = $0.0889 → $0.09
  //   NAT gateway: 730 h × $0.045 = $32.85 and 500 GB × $0.045 = $22.50 (us-west-2, us-east-2);
  //     730 h × $0.048 = $35.04 and 500 GB × $0.048 = $24.00 (eu-west-1)
  //   us-west-2: $59.10 + $12.98 + $16.43 + $0.09 + $7.30 + $32.85 + $22.50 = $151.25
  //   eu-west-1: $59.10 + $12.98 + $18.40 + $0.09 + $7.30 + $35.04 + $24.00 = $156.91
  const containers = `traffic: { requests_per_month: 1000000 }\n${fn}services:\n  nat_gateway: { processed_gb_per_month: 500 }\ncontainers:\n  load_balancer: alb\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 100, min_tasks: 2 }\n`;
  it.each([
    ['us-west-2', '16.43', '32.85', '22.50', '151.25'],
    ['eu-west-1', '18.40', '35.04', '24.00', '156.91'],
  ])('%s: two tasks, a load balancer at $%s and a NAT gateway at $%s + $%s, $%s', (where, alb, natHours, natGb, total) => {
    expect(bill(month(version, where, containers), 'fargate')).toEqual({
      lines: [
        ['fargate.vcpu.x86_64', '59.10'],
        ['fargate.memory.x86_64', '12.98'],
        ['load-balancer.hours', alb],
        ['load-balancer.lcu', '0.09'],
        ['load-balancer.public-ipv4', '7.30'],
        ['nat-gateway.hours', natHours],
        ['nat-gateway.data-processed', natGb],
      ],
      total,
    });
  });

  // The same NAT gateway on the functions' side in us-east-2: 730 h × $0.045 = $32.85, 500 GB × $0.045 = $22.50.
  it('us-east-2: the NAT gateway the functions share, $32.85 + $22.50', () => {
    const lines = bill(month(version, 'us-east-2', containers), 'serverless').lines.filter(([id]) => id.startsWith('nat-gateway'));
    expect(lines).toEqual([
      ['nat-gateway.hours', '32.85'],
      ['nat-gateway.data-processed', '22.50'],
    ]);
  });
});
