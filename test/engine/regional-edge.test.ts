// API Gateway's REST and WebSocket bands in London and Seoul, and NAT gateways in us-east-2, us-west-2 and
// eu-west-1, as the three tables that price eleven regions give them (identically: these figures were read
// in 2026 and no change since 2025-05-01 was found), each checked against its source and then in a month
// derived by hand, every line rounded to the cent half up as AWS's worked examples do. Then the rest of API
// Gateway, the load balancer and NAT gateways in every region, and Fargate in ap-south-1, from AWS's
// pricing-calculator data (apigateway 2025-10-20, elb 2025-06-05, natgateway 2025-10-28, ecs 2025-10-27).
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

  // The calculator's rows for each region (lamngockhuong/aws-price lib/data/pricing/apigateway.json, publication
  // 2025-10-20; QuinnyPig/aws-price-watcher raw/apigateway.json, 2025-03-10 to 2025-06-05, the same): REST "API Calls
  // Number of up to 333 million", "Next 667 million", "Next 19 billion", "Over 20 billion"; HTTP "First 300 million",
  // "more than 300 million"; WebSocket "Messages first 1 billion", "over 1 billion", "Connection Minutes".
  it.each([
    ['us-east-2', ['3.5', '2.8', '2.38', '1.51'], ['1', '0.9'], ['1', '0.8', '0.25']],
    ['us-west-2', ['3.5', '2.8', '2.38', '1.51'], ['1', '0.9'], ['1', '0.8', '0.25']],
    ['eu-west-1', ['3.5', '3.19', '2.71', '1.72'], ['1.11', '1'], ['1.14', '0.94', '0.285']],
    ['eu-central-1', ['3.7', '3.19', '2.71', '1.72'], ['1.2', '1.08'], ['1.14', '0.94', '0.285']],
    ['ap-northeast-1', ['4.25', '3.53', '3', '1.91'], ['1.29', '1.18'], ['1.26', '1.06', '0.315']],
    ['ap-southeast-1', ['4.25', '3.53', '3', '1.91'], ['1.25', '1.13'], ['1.15', '0.95', '0.288']],
    ['ap-southeast-2', ['3.5', '3.5', '2.98', '1.89'], ['1.29', '1.18'], ['1.3', '1.1', '0.325']],
    ['ap-south-1', ['3.5', '2.8', '2.38', '1.51'], ['1.05', '0.95'], ['1', '0.8', '0.25']],
  ])('%s API Gateway: REST %j, HTTP %j, WebSocket %j', (name, rest, http, websocket) => {
    const api = region(version, name).apiGateway!;
    expect(bands(api.restPerMillion)).toEqual([
      ['333000000', rest[0]],
      ['1000000000', rest[1]],
      ['20000000000', rest[2]],
      [undefined, rest[3]],
    ]);
    expect(bands(api.httpPerMillion)).toEqual([
      ['300000000', http[0]],
      [undefined, http[1]],
    ]);
    expect(bands(api.websocketMessagesPerMillion)).toEqual([
      ['1000000000', websocket[0]],
      [undefined, websocket[1]],
    ]);
    expect(s(api.websocketConnectionMinutesPerMillion)).toBe(websocket[2]);
  });

  // The calculator's "Application Load Balancer Hours" and "LCU Hours" (elb, 2025-06-05), "Hourly charge for NAT
  // Gateways" and "Charge for per GB data processed by NatGateways" (natgateway, 2025-10-28).
  it('eu-central-1, ap-southeast-2 and ap-south-1: the load balancer and the NAT gateway', () => {
    const lb = (name: string) => [
      s(region(version, name).loadBalancer!.albPerHour),
      s(region(version, name).loadBalancer!.lcuPerHour),
      s(region(version, name).loadBalancer!.publicIpv4PerHour),
    ];
    const nat = (name: string) => [s(region(version, name).natGateway!.perGatewayHour), s(region(version, name).natGateway!.dataProcessedPerGb)];
    expect(['eu-central-1', 'ap-southeast-2', 'ap-south-1'].map(lb)).toEqual([
      ['0.027', '0.008', '0.005'],
      ['0.0252', '0.008', '0.005'],
      ['0.0239', '0.008', '0.005'],
    ]);
    expect(['eu-central-1', 'ap-southeast-2', 'ap-south-1'].map(nat)).toEqual([
      ['0.052', '0.052'],
      ['0.059', '0.059'],
      ['0.056', '0.056'],
    ]);
  });

  it('NAT gateways: us-east-2 and us-west-2 $0.045, eu-west-1 $0.048, an hour and a GB alike', () => {
    const nat = (name: string) => [s(region(version, name).natGateway!.perGatewayHour), s(region(version, name).natGateway!.dataProcessedPerGb)];
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

describe.each(VERSIONS)('%s: API Gateway months in the regions the calculator data filled in, by hand', (version) => {
  // 1.5 billion REST requests, no free tier, behind the 128 MB function of 10 ms (Lambda $300.00 + $31.25 as above):
  //   eu-central-1:   333M × $3.70 = $1,232.10; 667M × $3.19 = $2,127.73; 500M × $2.71 = $1,355.00
  //     total $300.00 + $31.25 + $1,232.10 + $2,127.73 + $1,355.00 = $5,046.08
  //   ap-southeast-1: 333M × $4.25 = $1,415.25; 667M × $3.53 = $2,354.51; 500M × $3.00 = $1,500.00
  //     total $300.00 + $31.25 + $1,415.25 + $2,354.51 + $1,500.00 = $5,601.01
  //   ap-southeast-2: 333M × $3.50 = $1,165.50; 667M × $3.50 = $2,334.50; 500M × $2.98 = $1,490.00
  //     total $300.00 + $31.25 + $1,165.50 + $2,334.50 + $1,490.00 = $5,321.25
  const rest = `free_tier: false\ntraffic: { requests_per_month: 1500000000 }\n${fn}api_gateway: { type: rest }\n`;
  it.each([
    ['eu-central-1', '1232.10', '2127.73', '1355.00', '5046.08'],
    ['ap-southeast-1', '1415.25', '2354.51', '1500.00', '5601.01'],
    ['ap-southeast-2', '1165.50', '2334.50', '1490.00', '5321.25'],
  ])('%s: 1.5 billion REST requests, $%s + $%s + $%s, $%s in all', (where, first, second, third, total) => {
    expect(bill(month(version, where, rest), 'serverless')).toEqual({
      lines: [
        ['lambda.requests', '300.00'],
        ['lambda.duration.x86_64.tier-1', '31.25'],
        ['api-gateway.rest.requests.tier-1', first],
        ['api-gateway.rest.requests.tier-2', second],
        ['api-gateway.rest.requests.tier-3', third],
      ],
      total,
    });
  });

  // 1 billion HTTP API requests of 1 KB (one 512 KB step each), no free tier:
  //   Lambda: 1,000M × $0.20 / 1M = $200.00; 1,000M × 0.01 s × 0.125 GB = 1,250,000 GB-s × $0.0000166667 = $20.833375 → $20.83
  //   eu-central-1:   300M × $1.20 = $360.00; 700M × $1.08 = $756.00; total $200.00 + $20.83 + $360.00 + $756.00 = $1,336.83
  //   ap-southeast-1: 300M × $1.25 = $375.00; 700M × $1.13 = $791.00; total $1,386.83
  //   ap-northeast-1 and ap-southeast-2: 300M × $1.29 = $387.00; 700M × $1.18 = $826.00; total $1,433.83
  //   ap-south-1:     300M × $1.05 = $315.00; 700M × $0.95 = $665.00; total $1,200.83
  const http = `free_tier: false\ntraffic: { requests_per_month: 1000000000 }\n${fn}api_gateway: { type: http }\n`;
  it.each([
    ['eu-central-1', '360.00', '756.00', '1336.83'],
    ['ap-southeast-1', '375.00', '791.00', '1386.83'],
    ['ap-northeast-1', '387.00', '826.00', '1433.83'],
    ['ap-southeast-2', '387.00', '826.00', '1433.83'],
    ['ap-south-1', '315.00', '665.00', '1200.83'],
  ])('%s: 1 billion HTTP API requests, $%s for the first 300M and $%s above, $%s in all', (where, first, over, total) => {
    expect(bill(month(version, where, http), 'serverless')).toEqual({
      lines: [
        ['lambda.requests', '200.00'],
        ['lambda.duration.x86_64.tier-1', '20.83'],
        ['api-gateway.http.requests.tier-1', first],
        ['api-gateway.http.requests.tier-2', over],
      ],
      total,
    });
  });

  // The WebSocket month above (1.2 billion 2 KB messages, 100M connection-minutes; Lambda $240.00 + $25.00):
  //   eu-central-1 and eu-west-1: 1,000M × $1.14 = $1,140.00; 200M × $0.94 = $188.00; 100M × $0.285 = $28.50; $1,621.50
  //   ap-southeast-2: 1,000M × $1.30 = $1,300.00; 200M × $1.10 = $220.00; 100M × $0.325 = $32.50
  //     total $240.00 + $25.00 + $1,300.00 + $220.00 + $32.50 = $1,817.50
  //   ap-northeast-1: 1,000M × $1.26 = $1,260.00; 200M × $1.06 = $212.00; 100M × $0.315 = $31.50; $1,768.50
  //   ap-southeast-1: 1,000M × $1.15 = $1,150.00; 200M × $0.95 = $190.00; 100M × $0.288 = $28.80; $1,633.80
  //   us-east-2 and ap-south-1: 1,000M × $1.00 = $1,000.00; 200M × $0.80 = $160.00; 100M × $0.25 = $25.00; $1,450.00
  const websocket = `free_tier: false\ntraffic: { requests_per_month: 1200000000 }\n${fn}api_gateway: { type: websocket, messages_per_month: 1200000000, message_size_kb: 2, connection_minutes_per_month: 100000000 }\n`;
  it.each([
    ['eu-central-1', '1140.00', '188.00', '28.50', '1621.50'],
    ['eu-west-1', '1140.00', '188.00', '28.50', '1621.50'],
    ['ap-southeast-2', '1300.00', '220.00', '32.50', '1817.50'],
    ['ap-northeast-1', '1260.00', '212.00', '31.50', '1768.50'],
    ['ap-southeast-1', '1150.00', '190.00', '28.80', '1633.80'],
    ['us-east-2', '1000.00', '160.00', '25.00', '1450.00'],
    ['ap-south-1', '1000.00', '160.00', '25.00', '1450.00'],
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
  // and in the regions the calculator data filled in, with their own Fargate rates:
  //   eu-central-1: vCPU 1,460 × $0.04656 = $67.9776 → $67.98; memory 2,920 × $0.00511 = $14.9212 → $14.92;
  //     load balancer 730 × $0.027 = $19.71; NAT 730 × $0.052 = $37.96 and 500 × $0.052 = $26.00
  //     total $67.98 + $14.92 + $19.71 + $0.09 + $7.30 + $37.96 + $26.00 = $173.96
  //   ap-southeast-2: 1,460 × $0.04856 = $70.8976 → $70.90; 2,920 × $0.00532 = $15.5344 → $15.53;
  //     730 × $0.0252 = $18.396 → $18.40; NAT 730 × $0.059 = $43.07 and 500 × $0.059 = $29.50
  //     total $70.90 + $15.53 + $18.40 + $0.09 + $7.30 + $43.07 + $29.50 = $184.79
  //   ap-south-1: 1,460 × $0.04256 = $62.1376 → $62.14; 2,920 × $0.004655 = $13.5926 → $13.59;
  //     730 × $0.0239 = $17.447 → $17.45; NAT 730 × $0.056 = $40.88 and 500 × $0.056 = $28.00
  //     total $62.14 + $13.59 + $17.45 + $0.09 + $7.30 + $40.88 + $28.00 = $169.45
  const containers = `traffic: { requests_per_month: 1000000 }\n${fn}services:\n  nat_gateway: { processed_gb_per_month: 500 }\ncontainers:\n  load_balancer: alb\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 100, min_tasks: 2 }\n`;
  it.each([
    ['us-west-2', '59.10', '12.98', '16.43', '32.85', '22.50', '151.25'],
    ['eu-west-1', '59.10', '12.98', '18.40', '35.04', '24.00', '156.91'],
    ['eu-central-1', '67.98', '14.92', '19.71', '37.96', '26.00', '173.96'],
    ['ap-southeast-2', '70.90', '15.53', '18.40', '43.07', '29.50', '184.79'],
    ['ap-south-1', '62.14', '13.59', '17.45', '40.88', '28.00', '169.45'],
  ])('%s: two tasks at $%s + $%s, a load balancer at $%s and a NAT gateway at $%s + $%s, $%s', (where, vcpu, memory, alb, natHours, natGb, total) => {
    expect(bill(month(version, where, containers), 'fargate')).toEqual({
      lines: [
        ['fargate.vcpu.x86_64', vcpu],
        ['fargate.memory.x86_64', memory],
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
