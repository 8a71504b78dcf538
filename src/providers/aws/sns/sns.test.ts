// SNS standard topics: publishes in 64 KB chunks, deliveries by protocol, the
// account's free allowances shared by every topic, and the section read from a
// scenario file and from a template.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PricingError } from '../../../core/errors.js';
import { Decimal, sum } from '../../../core/money.js';
import { costAt } from '../../../core/solver.js';
import { monthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { fixedQuantity, type MonthlyQuantity } from '../../../core/usage.js';
import { scenarioFromYaml } from '../../../load/load-scenario.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { serverlessCurve } from '../breakeven.js';
import { estimate } from '../estimate.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { book, d, scenario, servicesFromYaml, expectLineItemsAddUp } from '../../../../test/helpers/build.js';
import { sns } from './index.js';
import { snsLineItems } from './line-items.js';
import type { Deliveries, Protocol, Topic } from './types.js';

const prices = (id: string | null = null) => book(id).regions['us-east-1']!;
const given = (count: number | MonthlyQuantity): Deliveries => ({ count: typeof count === 'number' ? fixedQuantity(count) : count, subscriptions: null });
const topic = (fields: Partial<Topic> & { publishes?: MonthlyQuantity }): Topic => ({
  name: 't',
  publishes: fixedQuantity(0),
  messageKb: d(1),
  deliveries: {},
  smsUsdPerMessage: d('0.0075'),
  ...fields,
});
const priced = (topics: readonly Topic[], freeTier = true, id: string | null = null) => snsLineItems(topics, prices(id).sns, freeTier, 'test');
const lines = (items: readonly LineItem[]) => items.map((item) => [item.id, item.monthlyUsd.toFixed(2)]);
const total = (items: readonly LineItem[]) => sum(items.map((item) => item.monthlyUsd)).toFixed(2);

const HEAD = `name: sns test
traffic: { requests_per_month: 1000000 }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 10 }] }
`;
const { fromYaml, errorOf } = servicesFromYaml('sns.yaml', HEAD);

describe('SNS prices to the cent', () => {
  const issue = topic({ name: 'events', publishes: fixedQuantity(1_000_000), messageKb: d(2), deliveries: { http: given(2_000_000), email: given(1_000) } });

  it("the issue's topic with the always-free allowances, as the SNS page gives them", () => {
    // Publishes: 1M of 2 KB = 1M chunks, all inside the 1M free: $0.00.
    // HTTP/S: 2M − 100,000 free = 1.9M × $0.60/M = $1.14. Email: 1,000 − 1,000 free = $0.00.
    const items = priced([issue]);
    expect(lines(items)).toEqual([
      ['sns.publishes.tier-1', '0.00'],
      ['sns.deliveries.http.tier-1', '1.14'],
      ['sns.deliveries.email.tier-1', '0.00'],
    ]);
    expect(items[1]!.basis).toEqual({ used: d(2_000_000), free: d(100_000), countedAs: 'deliveries (events)' });
  });

  it('the same topic without the free tier, as Infracost would price it but for its free rows', () => {
    // 1M × $0.50/M = $0.50; 2M × $0.60/M = $1.20; 1,000 × $2.00/100,000 = $0.02
    expect(lines(priced([issue], false))).toEqual([
      ['sns.publishes.tier-1', '0.50'],
      ['sns.deliveries.http.tier-1', '1.20'],
      ['sns.deliveries.email.tier-1', '0.02'],
    ]);
  });

  it('meters a publish per 64 KB chunk and says how it counted them', () => {
    // 1M publishes of 130 KB = ceil(130 / 64) = 3 chunks each = 3M; less 1M free = 2M × $0.50/M = $1.00
    const [publishes] = priced([topic({ name: 'big', publishes: fixedQuantity(1_000_000), messageKb: d(130) })]);
    expect(publishes!.monthlyUsd.toFixed(2)).toBe('1.00');
    expect(publishes!.label).toBe('SNS publishes (big)');
    expect(publishes!.basis).toEqual({ used: d(3_000_000), free: d(1_000_000), countedAs: 'publishes (big: each 130 KB message is 3 × 64 KB chunks)' });
  });

  it('shares the free publishes between topics, as the account has one allowance', () => {
    // 600,000 + 600,000 = 1.2M − 1M free = 200,000 × $0.50/M = $0.10 (topic by topic it would be $0.00)
    const items = priced([topic({ name: 'a', publishes: fixedQuantity(600_000) }), topic({ name: 'b', publishes: fixedQuantity(600_000) })]);
    expect(lines(items)).toEqual([['sns.publishes.tier-1', '0.10']]);
    expect(items[0]!.label).toBe('SNS publishes (a, b)');
  });

  it('prices Firehose and mobile push without a free allowance, and SQS and Lambda at zero with a note', () => {
    // Firehose 1M × $0.19/M = $0.19; mobile push 2M × $0.50/M = $1.00; SQS 3M and Lambda 4M: no delivery charge.
    const items = priced([
      topic({
        name: 'fan',
        publishes: fixedQuantity(1_000),
        deliveries: { firehose: given(1_000_000), mobile_push: given(2_000_000), sqs: given(3_000_000), lambda: given(4_000_000) },
      }),
    ]);
    expect(lines(items)).toEqual([
      ['sns.publishes.tier-1', '0.00'],
      ['sns.deliveries.firehose.tier-1', '0.19'],
      ['sns.deliveries.mobile-push.tier-1', '1.00'],
      ['sns.deliveries.sqs.tier-1', '0.00'],
      ['sns.deliveries.lambda.tier-1', '0.00'],
    ]);
    expect(items[3]!.label).toBe('SNS deliveries to SQS (fan)');
    expect(items[3]!.basis?.countedAs).toBe('deliveries (fan; no delivery charge; the queue bills its own requests)');
    expect(items[3]!.quantity.toFixed()).toBe('3');
  });

  it('prices SMS at the scenario’s price per message, the 100 free going to the first price named', () => {
    // Topic a: 50 SMS at $0.0075; topic b: 200 at $0.02. The 100 free: 50 to a, the other 50 to b.
    // a: 0 billed; b: 150 × $0.02 = $3.00. Without the free tier: 50 × 0.0075 = $0.375 → $0.38; 200 × 0.02 = $4.00.
    const topics = [
      topic({ name: 'a', publishes: fixedQuantity(50), deliveries: { sms: given(50) } }),
      topic({ name: 'b', publishes: fixedQuantity(200), deliveries: { sms: given(200) }, smsUsdPerMessage: d('0.02') }),
    ];
    const items = priced(topics).filter((item) => item.id.includes('sms'));
    expect(lines(items)).toEqual([
      ['sns.deliveries.sms.tier-1', '0.00'],
      ['sns.deliveries.sms.price-2.tier-1', '3.00'],
    ]);
    expect(items[0]!.label).toBe('SNS SMS deliveries at $0.0075 each (a)');
    expect(items[0]!.basis?.countedAs).toBe("messages (a; the destination country's price, as the scenario gives it)");
    expect(lines(priced(topics, false).filter((item) => item.id.includes('sms')))).toEqual([
      ['sns.deliveries.sms.tier-1', '0.38'],
      ['sns.deliveries.sms.price-2.tier-1', '4.00'],
    ]);
  });

  it.each(['aws-2024-02-01', 'aws-2024-11-01', 'aws-2025-05-01'])('%s has the same standard-topic prices', (id) => {
    expect(total(priced([issue], false, id))).toBe('1.72');
  });
});

describe('deliveries from subscriptions', () => {
  it('are publishes × subscriptions per protocol, unless the deliveries are given', () => {
    const s = fromYaml(
      '  sns:\n    - { name: orders, publishes_per_month: 500000, subscriptions: { http: 2, email: 1, sqs: 3, lambda: 1 }, deliveries_per_month: { http: 200000 } }\n',
    );
    const [orders] = s.snsTopics;
    expect(orders!.deliveries.http).toEqual({ count: fixedQuantity(200_000), subscriptions: null });
    expect(orders!.deliveries.email).toEqual({ count: fixedQuantity(500_000), subscriptions: d(1) });
    // Publishes 500,000 < 1M free: $0.00. HTTP/S given: 200,000 − 100,000 = 100,000 × $0.60/M = $0.06.
    // Email 500,000 × 1 − 1,000 = 499,000 × $20/M = $9.98. SQS 1.5M and Lambda 500,000: $0.00.
    const items = priced(s.snsTopics);
    expect(lines(items)).toEqual([
      ['sns.publishes.tier-1', '0.00'],
      ['sns.deliveries.http.tier-1', '0.06'],
      ['sns.deliveries.email.tier-1', '9.98'],
      ['sns.deliveries.sqs.tier-1', '0.00'],
      ['sns.deliveries.lambda.tier-1', '0.00'],
    ]);
    expect(items[2]!.label).toBe('SNS email deliveries (orders)');
    expect(items[2]!.basis?.countedAs).toBe('deliveries (orders: publishes × 1 subscription)');
    expect(items[3]!.basis?.countedAs).toBe('deliveries (orders: publishes × 3 subscriptions; no delivery charge; the queue bills its own requests)');
    expect(items[3]!.basis?.used.toFixed()).toBe('1500000');
  });

  it('are one per message whatever its size: chunks are a publish-side meter', () => {
    const [orders] = fromYaml('  sns: [{ name: orders, publishes_per_month: 1000, message_kb: 200, subscriptions: { http: 2 } }]\n').snsTopics;
    expect(orders!.deliveries.http!.count.perMonth.toFixed()).toBe('2000');
  });

  it('follow the traffic when the publishes do', () => {
    const s = fromYaml('  sns: [{ name: orders, publishes_per_request: 1, subscriptions: { http: 2 }, deliveries_per_month: { email: 5000 } }]\n');
    // At 1M requests: 1M publishes (free), 2M HTTP/S − 100,000 = $1.14, email 5,000 − 1,000 = 4,000 × $20/M = $0.08.
    // At 3M: 3M − 1M = 2M × $0.50/M = $1.00; 6M − 100,000 = 5.9M × $0.60/M = $3.54; email stays $0.08.
    const at = (volume: number) => lines(estimate(atVolume(s, d(volume)), book()).platforms[0]!.lineItems.filter((item) => item.id.startsWith('sns.')));
    expect(at(1_000_000)).toEqual([
      ['sns.publishes.tier-1', '0.00'],
      ['sns.deliveries.http.tier-1', '1.14'],
      ['sns.deliveries.email.tier-1', '0.08'],
    ]);
    expect(at(3_000_000)).toEqual([
      ['sns.publishes.tier-1', '1.00'],
      ['sns.deliveries.http.tier-1', '3.54'],
      ['sns.deliveries.email.tier-1', '0.08'],
    ]);
  });
});

describe('SNS and the break-even solver', () => {
  it('declares every free allowance, so the curve is the bill at every volume', () => {
    // Everything per request, small enough that each allowance runs out inside the sweep: publishes
    // (2 chunks each) at 500,000 requests, HTTP/S at 50,000, email at 1,000, the first SMS price's at 10,000
    // and both SMS prices' together at 5,000.
    const s = scenario({
      functions: [],
      trafficRequests: d(1_000_000),
      snsTopics: [
        topic({
          name: 'a',
          publishes: { perMonth: d(1_000_000), followsTraffic: true },
          messageKb: d(100),
          deliveries: {
            http: given({ perMonth: d(2_000_000), followsTraffic: true }),
            email: given({ perMonth: d(1_000_000), followsTraffic: true }),
            sms: given({ perMonth: d(10_000), followsTraffic: true }),
          },
        }),
        topic({ name: 'b', publishes: fixedQuantity(10), deliveries: { sms: given({ perMonth: d(10_000), followsTraffic: true }) }, smsUsdPerMessage: d('0.05') }),
      ],
    });
    const curve = serverlessCurve(s, book(), d(1), d(10_000_000));
    const { prices: region, where } = regionOf(s, book());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (volume) => {
        const requests = d(volume);
        const direct = serverlessCost(atVolume(s, requests), region, monthProfile(s.traffic), where).exactUsd;
        expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
      }),
      { numRuns: 200 },
    );
    for (const volume of [1_000, 5_000, 10_000, 50_000, 500_000]) {
      const requests = d(volume);
      expect(costAt(curve, requests).equals(serverlessCost(atVolume(s, requests), region, monthProfile(s.traffic), where).exactUsd)).toBe(true);
    }
  });

  it('declares no meter without the free tier: every SNS price is flat', () => {
    const s = scenario({ functions: [], freeTier: false, snsTopics: [topic({ publishes: fixedQuantity(5) })] });
    expect(sns.meters!(s, prices(), { profile: monthProfile({ pattern: 'steady' }), where: 'test' })).toEqual([]);
  });
});

describe('SNS laws', () => {
  const protocols: Protocol[] = ['http', 'email', 'sms', 'firehose', 'mobile_push', 'sqs', 'lambda'];
  const topicArb = fc
    .record({
      publishes: fc.integer({ min: 0, max: 1e10 }),
      kb: fc.integer({ min: 1, max: 1024 }),
      deliveries: fc.dictionary(fc.constantFrom(...protocols), fc.integer({ min: 0, max: 1e9 })),
      sms: fc.constantFrom('0.0075', '0.02', '0.6'),
    })
    .map(({ publishes, kb, deliveries, sms }) =>
      topic({
        publishes: fixedQuantity(publishes),
        messageKb: d(kb),
        deliveries: Object.fromEntries(Object.entries(deliveries).map(([protocol, count]) => [protocol, given(count)])),
        smsUsdPerMessage: d(sms),
      }),
    );
  const withTopics = (topics: Topic[], freeTier = true): Scenario => scenario({ functions: [], freeTier, snsTopics: topics });
  const cost = (s: Scenario) => estimate(s, book()).platforms[0]!.exactUsd;

  it('more publishes or deliveries never cost less', () => {
    fc.assert(
      fc.property(
        fc.array(topicArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 1e7 }),
        fc.constantFrom<Protocol | 'publishes'>('publishes', ...protocols),
        fc.boolean(),
        (topics, more, what, freeTier) => {
          const [first, ...rest] = topics;
          const grown: Topic =
            what === 'publishes'
              ? { ...first!, publishes: fixedQuantity(first!.publishes.perMonth.plus(more)) }
              : { ...first!, deliveries: { ...first!.deliveries, [what]: given(fixedQuantity((first!.deliveries[what]?.count.perMonth ?? new Decimal(0)).plus(more))) } };
          expect(cost(withTopics([grown, ...rest], freeTier)).greaterThanOrEqualTo(cost(withTopics(topics, freeTier)))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('line items add up to the total, and each is its quantity times its price', () => {
    fc.assert(
      fc.property(fc.array(topicArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (topics, freeTier) => {
        const platform = estimate(withTopics(topics, freeTier), book()).platforms[0]!;
        expectLineItemsAddUp(platform);
      }),
      { numRuns: 100 },
    );
  });

  it('the free tier never raises the bill', () => {
    fc.assert(
      fc.property(fc.array(topicArb, { minLength: 1, maxLength: 3 }), (topics) => {
        expect(cost(withTopics(topics, true)).lessThanOrEqualTo(cost(withTopics(topics, false)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a payload just over a 64 KB step', () => {
  const check = (kb: number) =>
    sns.checks!(scenario({ functions: [], snsTopics: [topic({ name: 'events', messageKb: d(kb) })] }), prices(), { profile: monthProfile({ pattern: 'steady' }), where: 'test' });

  it('is worth a warning: trimmed by a few KB, each message would be a publish less', () => {
    expect(check(66)).toEqual([
      { id: 'payload_just_over_step', message: 'SNS topic events: each 66 KB message is billed as 2 publishes (one per 64 KB); trimmed to 64 KB it would be 1' },
    ]);
  });

  it('is not a payload on the step or well past it', () => {
    expect(check(64)).toEqual([]);
    expect(check(100)).toEqual([]);
  });
});

describe('services.sns in a scenario file', () => {
  it("reads the issue's topic, with the defaults", () => {
    const [events] = fromYaml('  sns: [{ name: events, publishes_per_month: 1000000, message_kb: 2, deliveries_per_month: { http: 2000000, email: 1000 } }]\n').snsTopics;
    expect(events).toEqual({
      name: 'events',
      publishes: fixedQuantity(1_000_000),
      messageKb: d(2),
      deliveries: { http: given(2_000_000), email: given(1_000) },
      smsUsdPerMessage: d('0.0075'),
    });
    expect(fromYaml('  sns: [{ name: e, publishes_per_month: 1 }]\n').snsTopics[0]!.messageKb.toFixed()).toBe('1');
  });

  it('reads deliveries per request against the traffic', () => {
    const [events] = fromYaml('  sns: [{ name: events, publishes_per_month: 1, deliveries_per_request: { sms: 0.001 }, sms_usd_per_message: 0.04 }]\n').snsTopics;
    expect(events!.deliveries.sms).toEqual({ count: { perMonth: d(1_000), followsTraffic: true }, subscriptions: null });
    expect(events!.smsUsdPerMessage.toFixed()).toBe('0.04');
  });

  it('points each mistake at services.sns[i].<field>', () => {
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1 }, { name: b }]\n')).toContain('a topic needs publishes_per_month (or publishes_per_request) (at services.sns[1])');
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1, deliveries_per_month: { pigeon: 1 } }]\n')).toContain('(at services.sns[0].deliveries_per_month.pigeon)');
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1, deliveries_per_month: { http: 1 }, deliveries_per_request: { http: 1 } }]\n')).toContain(
      'give deliveries_per_month.http or deliveries_per_request.http, not both (at services.sns[0].deliveries_per_request.http)',
    );
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1, subscriptions: { sqs: 1.5 } }]\n')).toContain('(at services.sns[0].subscriptions.sqs)');
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1, message_kb: 0 }]\n')).toContain('(at services.sns[0].message_kb)');
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1, type: fifo }]\n')).toContain('(at services.sns[0].type)');
    const noTraffic = 'name: t\nlambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 10, requests_per_month: 5 }] }\n';
    expect(errorOf('  sns: [{ name: a, publishes_per_month: 1, deliveries_per_request: { http: 1 } }]\n', noTraffic)).toContain(
      'deliveries_per_request needs traffic.requests_per_month to count against (at services.sns[0].deliveries_per_request.http)',
    );
  });
});

describe('SNS in a template', () => {
  const resources = [
    {
      logicalId: 'Orders',
      type: 'AWS::SNS::Topic',
      properties: {
        Subscription: [
          { Protocol: 'https', Endpoint: 'https://x' },
          { Protocol: 'email', Endpoint: 'a@b.c' },
        ],
      },
    },
    { logicalId: 'Quiet', type: 'AWS::SNS::Topic', properties: {} },
    { logicalId: 'Ordered', type: 'AWS::SNS::Topic', properties: { FifoTopic: true } },
    { logicalId: 'ToQueue', type: 'AWS::SNS::Subscription', properties: { Protocol: 'sqs', TopicArn: { Ref: 'Orders' }, Endpoint: { 'Fn::GetAtt': ['Q', 'Arn'] } } },
    { logicalId: 'ToQueue2', type: 'AWS::SNS::Subscription', properties: { Protocol: 'sqs', TopicArn: { Ref: 'Orders' } } },
    { logicalId: 'ToFunction', type: 'AWS::SNS::Subscription', properties: { Protocol: 'lambda', TopicArn: { Ref: 'Quiet' } } },
    { logicalId: 'Elsewhere', type: 'AWS::SNS::Subscription', properties: { Protocol: 'http', TopicArn: 'arn:aws:sns:us-east-1:123456789012:other' } },
    { logicalId: 'Joined', type: 'AWS::SNS::Subscription', properties: { Protocol: 'sms', TopicArn: { 'Fn::Join': ['', ['arn', 'x']] } } },
  ];

  it("is a standard topic per AWS::SNS::Topic, with its subscriptions counted per protocol; FIFO topics and other topics' subscriptions left out", () => {
    expect(sns.template!.section(resources)).toEqual([
      { name: 'Orders', subscriptions: { http: 1, email: 1, sqs: 2 } },
      { name: 'Quiet', subscriptions: { lambda: 1 } },
    ]);
    expect(sns.template!.types).toEqual(['AWS::SNS::Topic', 'AWS::SNS::Subscription']);
    expect(sns.template!.usageKeys).toEqual(['publishes_per_month']);
  });

  it('says why it leaves a FIFO topic out, for a usage entry that names it, and leaves out no standard topic nor a subscription', () => {
    expect(resources.map((resource) => sns.template!.leftOut!(resource))).toEqual([
      null,
      null,
      'a FIFO topic, which slcost does not price (it prices standard topics)',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('counts no subscription whose protocol is named for what every object inherits (constructor, __proto__, toString)', () => {
    const topic = { logicalId: 'T', type: 'AWS::SNS::Topic', properties: { Subscription: ['constructor', '__proto__', 'toString'].map((Protocol) => ({ Protocol })) } };
    const subscription = { logicalId: 'S', type: 'AWS::SNS::Subscription', properties: { Protocol: 'Constructor', TopicArn: { Ref: 'T' } } };
    expect(sns.template!.section([topic, subscription])).toEqual([{ name: 'T' }]);
  });

  it('says each subscription whose protocol SNS has not, which it leaves uncounted, and counts those past the tenth', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const topic = {
      logicalId: 'T',
      type: 'AWS::SNS::Topic',
      properties: { Subscription: [{ Protocol: 'htps' }, { Protocol: 'Https ' }, { Endpoint: 'x' }, 'lambda', { Protocol: { 'Fn::Sub': '${P}' } }, { Protocol: { Ref: 'Kept' } }] },
    };
    const subscription = { logicalId: 'S', type: 'AWS::SNS::Subscription', properties: { Protocol: 'carrier-pigeon', TopicArn: { Ref: 'T' } } };
    expect(sns.template!.section([topic, subscription], reader)).toEqual([{ name: 'T' }]);
    expect(notes).toEqual([
      'Resources.T.Properties.Subscription[0].Protocol: "htps" is not a protocol SNS delivers to (CloudFormation refuses it); its deliveries are not priced',
      'Resources.T.Properties.Subscription[1].Protocol: "Https " is not a protocol SNS delivers to (CloudFormation refuses it); its deliveries are not priced',
      'Resources.T.Properties.Subscription[2]: has no Protocol; its deliveries are not priced',
      'Resources.T.Properties.Subscription[3]: "lambda" is not a subscription (a mapping with Protocol and Endpoint); not priced',
      'Resources.T.Properties.Subscription[4].Protocol: Fn::Sub cannot be worked out from the template alone; its deliveries are not priced',
      'Resources.S.Properties.Protocol: "carrier-pigeon" is not a protocol SNS delivers to (CloudFormation refuses it); its deliveries are not priced',
    ]);
    notes.length = 0;
    const many = { logicalId: 'M', type: 'AWS::SNS::Topic', properties: { Subscription: Array.from({ length: 25 }, () => ({ Protocol: 'x' })) } };
    sns.template!.section([many], reader);
    expect(notes).toHaveLength(11);
    expect(notes[10]).toBe('15 more subscriptions have no protocol SNS delivers to; their deliveries are not priced');
  });

  it('says the X-Ray tracing of a topic traced actively, which it does not price (it went unsaid), and not of one passing traces through', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const topic = (logicalId: string, TracingConfig: string) => ({ logicalId, type: 'AWS::SNS::Topic', properties: { TracingConfig } });
    expect(sns.template!.section([topic('Source', 'Active'), topic('Relay', 'PassThrough')], reader)).toEqual([{ name: 'Source' }, { name: 'Relay' }]);
    expect(notes).toEqual(['X-Ray tracing (TracingConfig: Active) of topic Source records traces that slcost does not price; the bill leaves them out']);
  });

  it('says a TracingConfig that is neither Active nor PassThrough, which CloudFormation refuses and was read as PassThrough in silence', () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const topic = (logicalId: string, TracingConfig: unknown) => ({ logicalId, type: 'AWS::SNS::Topic', properties: { TracingConfig } });
    sns.template!.section([topic('Lower', 'active'), topic('Mode', { Mode: 'Active' }), topic('Ref', { Ref: 'Tracing' }), topic('Fine', 'PassThrough')], reader);
    expect(notes).toEqual([
      'Resources.Lower.Properties.TracingConfig: "active" is neither Active nor PassThrough (CloudFormation refuses it); read as PassThrough, which records no traces of its own',
      'Resources.Mode.Properties.TracingConfig: a mapping is neither Active nor PassThrough (CloudFormation refuses it); read as PassThrough, which records no traces of its own',
      'Resources.Ref.Properties.TracingConfig: Ref cannot be worked out from the template alone; read as PassThrough, which records no traces of its own',
    ]);
    notes.length = 0;
    sns.template!.section(
      Array.from({ length: 14 }, (_, index) => topic(`T${index}`, 'ACTIVE')),
      reader,
    );
    expect(notes).toHaveLength(11);
    expect(notes[10]).toBe('4 more topics have a TracingConfig that is neither Active nor PassThrough; each read as PassThrough');
  });

  it('reads, with the publishes a usage file adds, as the scenario section', () => {
    const [orders] = sns.template!.section(resources) as [Record<string, unknown>];
    const text = JSON.stringify([{ ...orders, publishes_per_month: 10_000 }]);
    const [read] = fromYaml(`  sns: ${text}\n`).snsTopics;
    expect(Object.fromEntries(Object.entries(read!.deliveries).map(([protocol, each]) => [protocol, each.count.perMonth.toFixed()]))).toEqual({
      http: '10000',
      email: '10000',
      sqs: '20000',
    });
  });
});

describe('SNS in a whole estimate', () => {
  const text = `name: fan-out and containers
traffic: { requests_per_month: 10000000 }
lambda: { functions: [{ name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }] }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
services:
  sns: [{ name: events, publishes_per_request: 0.5, message_kb: 66, subscriptions: { http: 1, sqs: 2 } }]
`;

  it('prices the topics alike on every platform, and warns of the payload once', () => {
    const result = estimate(scenarioFromYaml(parseYaml('sns.yaml', text)), book());
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'ec2', 'fargate']);
    const ofSns = result.platforms.map((platform) => lines(platform.lineItems.filter((item) => item.id.startsWith('sns.'))));
    // 10M × 0.5 = 5M publishes × 2 chunks = 10M − 1M free = 9M × $0.50/M = $4.50;
    // HTTP/S 5M × 1 − 100,000 = 4.9M × $0.60/M = $2.94; SQS 10M: $0.00.
    expect(ofSns[0]).toEqual([
      ['sns.publishes.tier-1', '4.50'],
      ['sns.deliveries.http.tier-1', '2.94'],
      ['sns.deliveries.sqs.tier-1', '0.00'],
    ]);
    expect(ofSns[1]).toEqual(ofSns[0]);
    expect(ofSns[2]).toEqual(ofSns[0]);
    expect(result.warnings.filter((warning) => warning.id === 'payload_just_over_step')).toHaveLength(1);
  });

  it('names the service and the version that has no SNS prices, and only when topics are used', () => {
    const old = scenario({ functions: [], snsTopics: [topic({ publishes: fixedQuantity(1) })] });
    expect(() => estimate(old, book('aws-2022-08-01'))).toThrow(PricingError);
    expect(() => estimate(old, book('aws-2022-08-01'))).toThrow('pricing aws-2022-08-01 (us-east-1) has no SNS prices; choose another region or pricing version');
    expect(estimate(scenario({ functions: [] }), book('aws-2022-08-01')).platforms[0]!.lineItems.some((item) => item.id.startsWith('sns.'))).toBe(false);
  });
});
