// EventBridge: custom and partner events at $1.00 a million, each 64 KB an
// event, no free tier; one object in a scenario file; custom buses in a template.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PricingError } from '../../../core/errors.js';
import { monthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { fixedQuantity, NONE } from '../../../core/usage.js';
import { scenarioFromYaml } from '../../../load/load-scenario.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { estimate } from '../estimate.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { book, d, scenario, servicesFromYaml, expectLineItemsAddUp } from '../../../../test/helpers/build.js';
import { eventBridge } from './index.js';
import { eventBridgeLineItems } from './line-items.js';
import type { EventBridgeEvents } from './types.js';

const prices = (id: string | null = null) => book(id).regions['us-east-1']!;
const events = (fields: Partial<EventBridgeEvents>): EventBridgeEvents => ({ customEvents: NONE, partnerEvents: NONE, eventKb: d(1), ...fields });
const priced = (given: EventBridgeEvents, id: string | null = null) => eventBridgeLineItems(given, prices(id).eventbridge, 'test');
const lines = (items: readonly LineItem[]) => items.map((item) => [item.id, item.monthlyUsd.toFixed(2)]);

const HEAD = `name: eventbridge test
traffic: { requests_per_month: 1000000 }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 10 }] }
`;
const { fromYaml, errorOf } = servicesFromYaml('eventbridge.yaml', HEAD);

describe('EventBridge prices to the cent', () => {
  it.each(['aws-2024-02-01', 'aws-2024-11-01', 'aws-2025-05-01'])('%s: Infracost golden (2024-07-01): 2M third-party events = $2.00', (id) => {
    expect(lines(priced(events({ partnerEvents: fixedQuantity(2_000_000) }), id))).toEqual([['eventbridge.partner-events', '2.00']]);
  });

  it("the issue's 2M custom events of 1 KB: $2.00", () => {
    const items = priced(events({ customEvents: fixedQuantity(2_000_000), eventKb: d(1) }));
    expect(lines(items)).toEqual([['eventbridge.custom-events', '2.00']]);
    expect(items[0]!.label).toBe('EventBridge custom events');
    expect(items[0]!.quantity.toFixed()).toBe('2');
  });

  it('meters an event per 64 KB chunk, custom and partner alike, and says how it counted them', () => {
    // 1M custom of 200 KB = ceil(200 / 64) = 4 chunks = 4M × $1.00/M = $4.00; 250,000 partner × 4 = 1M = $1.00
    const items = priced(events({ customEvents: fixedQuantity(1_000_000), partnerEvents: fixedQuantity(250_000), eventKb: d(200) }));
    expect(lines(items)).toEqual([
      ['eventbridge.custom-events', '4.00'],
      ['eventbridge.partner-events', '1.00'],
    ]);
    expect(items[0]!.label).toBe('EventBridge custom events (each 200 KB event is 4 × 64 KB chunks)');
  });

  it('has no free tier: 1 event costs its millionth of a dollar', () => {
    expect(priced(events({ customEvents: fixedQuantity(1) }))[0]!.exactUsd.toFixed()).toBe('0.000001');
  });

  it('gives nothing for a month without billed events', () => {
    expect(priced(events({}))).toEqual([]);
    expect(eventBridgeLineItems(null, null, 'test')).toEqual([]);
  });
});

describe('EventBridge at another volume', () => {
  it('scales events given per request and keeps monthly ones', () => {
    const s = fromYaml('  eventbridge: { custom_events_per_request: 2, partner_events_per_month: 3000000 }\n');
    // 1M requests × 2 = 2M custom = $2.00; at 5M requests 10M = $10.00. Partner 3M = $3.00 at both.
    const at = (volume: number) => lines(estimate(atVolume(s, d(volume)), book()).platforms[0]!.lineItems.filter((item) => item.id.startsWith('eventbridge.')));
    expect(at(1_000_000)).toEqual([
      ['eventbridge.custom-events', '2.00'],
      ['eventbridge.partner-events', '3.00'],
    ]);
    expect(at(5_000_000)).toEqual([
      ['eventbridge.custom-events', '10.00'],
      ['eventbridge.partner-events', '3.00'],
    ]);
  });
});

describe('EventBridge laws', () => {
  const eventsArb = fc
    .record({ custom: fc.integer({ min: 0, max: 1e11 }), partner: fc.integer({ min: 0, max: 1e11 }), kb: fc.integer({ min: 1, max: 1024 }) })
    .map(({ custom, partner, kb }) => events({ customEvents: fixedQuantity(custom), partnerEvents: fixedQuantity(partner), eventKb: d(kb) }));
  const withEvents = (given: EventBridgeEvents, freeTier = true): Scenario => scenario({ functions: [], freeTier, eventBridge: given });
  const cost = (s: Scenario) => estimate(s, book()).platforms[0]!.exactUsd;

  it('more events, or bigger ones, never cost less', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 1, max: 1e7 }), fc.constantFrom('custom', 'partner', 'kb'), (given, more, what) => {
        const grown =
          what === 'custom'
            ? { ...given, customEvents: fixedQuantity(given.customEvents.perMonth.plus(more)) }
            : what === 'partner'
              ? { ...given, partnerEvents: fixedQuantity(given.partnerEvents.perMonth.plus(more)) }
              : { ...given, eventKb: given.eventKb.plus(more % 1000) };
        expect(cost(withEvents(grown)).greaterThanOrEqualTo(cost(withEvents(given)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('line items add up to the total, and each is its quantity times its price', () => {
    fc.assert(
      fc.property(eventsArb, (given) => {
        const platform = estimate(withEvents(given), book()).platforms[0]!;
        expectLineItemsAddUp(platform);
      }),
      { numRuns: 100 },
    );
  });

  it('the free tier never raises the bill (EventBridge has none: it is the same)', () => {
    fc.assert(
      fc.property(eventsArb, (given) => {
        expect(cost(withEvents(given, true)).equals(cost(withEvents(given, false)))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('a payload just over a 64 KB step', () => {
  const check = (kb: number) =>
    eventBridge.checks!(scenario({ functions: [], eventBridge: events({ customEvents: fixedQuantity(1), eventKb: d(kb) }) }), prices(), {
      profile: monthProfile({ pattern: 'steady' }),
      where: 'test',
    });

  it('is worth a warning: trimmed by a few KB, each event would be billed once less', () => {
    expect(check(130)).toEqual([
      { id: 'payload_just_over_step', message: 'EventBridge: each 130 KB event is billed as 3 events (one per 64 KB); trimmed to 128 KB it would be 2' },
    ]);
  });

  it('is not a payload on the step or well past it', () => {
    expect(check(128)).toEqual([]);
    expect(check(100)).toEqual([]);
    expect(eventBridge.checks!(scenario({ functions: [] }), prices(), { profile: monthProfile({ pattern: 'steady' }), where: 'test' })).toEqual([]);
  });
});

describe('services.eventbridge in a scenario file', () => {
  it("reads the issue's one object, with the defaults", () => {
    expect(fromYaml('  eventbridge: { custom_events_per_month: 2000000, event_kb: 1 }\n').eventBridge).toEqual(events({ customEvents: fixedQuantity(2_000_000), eventKb: d(1) }));
    expect(fromYaml('  eventbridge: { partner_events_per_request: 0.5 }\n').eventBridge).toEqual(events({ partnerEvents: { perMonth: d(500_000), followsTraffic: true } }));
  });

  it('is null when the file has no eventbridge section', () => {
    expect(fromYaml('  sqs: [{ name: q, requests_per_month: 5 }]\n').eventBridge).toBeNull();
  });

  it('points each mistake at services.eventbridge.<field>', () => {
    expect(errorOf('  eventbridge: { event_kb: 3 }\n')).toContain(
      'eventbridge needs custom_events_per_month or partner_events_per_month (or their _per_request forms) (at services.eventbridge)',
    );
    expect(errorOf('  eventbridge: [{ custom_events_per_month: 1 }]\n')).toContain('(at services.eventbridge)');
    expect(errorOf('  eventbridge: { custom_events_per_month: -1 }\n')).toContain('(at services.eventbridge.custom_events_per_month)');
    expect(errorOf('  eventbridge: { custom_events_per_month: 1, custom_events_per_request: 1 }\n')).toContain(
      'give custom_events_per_month or custom_events_per_request, not both (at services.eventbridge.custom_events_per_request)',
    );
    expect(errorOf('  eventbridge: { custom_events_per_month: 1, aws_events_per_month: 5 }\n')).toContain('(at services.eventbridge.aws_events_per_month)');
  });
});

describe('EventBridge in a template', () => {
  const rule = (logicalId: string, properties: Record<string, unknown>) => ({ logicalId, type: 'AWS::Events::Rule', properties });

  it('implies no billed events for rules on a schedule or on the default bus', () => {
    expect(
      eventBridge.template!.section([rule('Nightly', { ScheduleExpression: 'cron(0 2 * * ? *)' }), rule('OnUpload', { EventPattern: { source: ['aws.s3'] } })]),
    ).toBeUndefined();
    expect(eventBridge.template!.section([rule('Explicit', { EventBusName: 'default', EventPattern: { source: ['aws.ec2'] } })])).toBeUndefined();
    expect(eventBridge.template!.section([])).toBeUndefined();
  });

  it('implies custom events, one object to fill from usage, for a custom bus or a rule on one', () => {
    expect(
      eventBridge.template!.section([{ logicalId: 'Bus', type: 'AWS::Events::EventBus', properties: { Name: 'orders' } }, rule('Nightly', { ScheduleExpression: 'rate(1 day)' })]),
    ).toEqual({});
    expect(eventBridge.template!.section([rule('OnOrder', { EventBusName: 'orders', EventPattern: { source: ['shop'] } })])).toEqual({});
    expect(eventBridge.template!.usageKeys).toEqual(['custom_events_per_month']);
  });
});

describe('EventBridge in a whole estimate', () => {
  const text = `name: events and containers
traffic: { requests_per_month: 10000000 }
lambda: { functions: [{ name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }] }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
services:
  eventbridge: { custom_events_per_request: 0.2, partner_events_per_month: 2000000, event_kb: 1 }
`;

  it('prices the events alike on every platform', () => {
    const result = estimate(scenarioFromYaml(parseYaml('eventbridge.yaml', text)), book());
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'ec2', 'fargate']);
    const ofEvents = result.platforms.map((platform) => lines(platform.lineItems.filter((item) => item.id.startsWith('eventbridge.'))));
    // 10M × 0.2 = 2M custom = $2.00; 2M partner = $2.00
    expect(ofEvents[0]).toEqual([
      ['eventbridge.custom-events', '2.00'],
      ['eventbridge.partner-events', '2.00'],
    ]);
    expect(ofEvents[1]).toEqual(ofEvents[0]);
    expect(ofEvents[2]).toEqual(ofEvents[0]);
  });

  it('names the service and the version that has no EventBridge prices, and only when events are used', () => {
    const old = scenario({ functions: [], eventBridge: events({ customEvents: fixedQuantity(1) }) });
    expect(() => estimate(old, book('aws-2022-08-01'))).toThrow(PricingError);
    expect(() => estimate(old, book('aws-2022-08-01'))).toThrow('pricing aws-2022-08-01 (us-east-1) has no EventBridge prices; choose another region or pricing version');
    expect(estimate(scenario({ functions: [] }), book('aws-2022-08-01')).platforms[0]!.lineItems.some((item) => item.id.startsWith('eventbridge.'))).toBe(false);
  });
});
