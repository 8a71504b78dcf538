import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sum } from '../../../core/money.js';
import { estimate } from '../estimate.js';
import { atVolume } from '../scale.js';
import { book, d, scenarioError, scenarioOf } from '../../../../test/helpers/build.js';
import { sqsLineItems } from './line-items.js';
import { sqsTemplate } from './template.js';
import type { Queue } from './types.js';

const prices = () => book('aws-2024-02-01').regions['us-east-1']!.sqs;
const queue = (fields: Omit<Partial<Queue>, 'requests'> & { requests: number | string }): Queue => ({
  name: 'q',
  type: 'standard',
  messageKb: d(1),
  callsPerMessage: null,
  ...fields,
  requests: { perMonth: d(fields.requests), followsTraffic: false },
});
const items = (queues: Queue[], freeTier = false) => sqsLineItems(queues, prices(), freeTier, 'test').map((item) => [item.id, item.quantity.toFixed(), item.monthlyUsd.toFixed(2)]);

describe('SQS (https://aws.amazon.com/sqs/pricing/)', () => {
  it("Infracost's golden: 1M standard requests of 128 KB are 2M billed, $0.80; 1M FIFO requests $0.50 (no free tier)", () => {
    expect(items([queue({ requests: 1_000_000, messageKb: d(128) })])).toEqual([['sqs.standard.requests.tier-1', '2', '0.80']]);
    expect(items([queue({ requests: 1_000_000, type: 'fifo' })])).toEqual([['sqs.fifo.requests.tier-1', '1', '0.50']]);
  });

  it('takes the free million off standard requests first, then FIFO: one pool for both', () => {
    // 600,000 standard (all free) and 1,000,000 FIFO, 400,000 of them free: 600,000 × $0.50/M = $0.30.
    expect(items([queue({ requests: 600_000 }), queue({ requests: 1_000_000, type: 'fifo' })], true)).toEqual([
      ['sqs.standard.requests.tier-1', '0', '0.00'],
      ['sqs.fifo.requests.tier-1', '0.6', '0.30'],
    ]);
  });

  it('bands FIFO requests as standard ones are, at 100B and 200B a month (no free tier)', () => {
    // 250B FIFO requests: 100,000M × $0.50 = $50,000; 100,000M × $0.40 = $40,000; 50,000M × $0.35 = $17,500.
    expect(items([queue({ requests: 250_000_000_000, type: 'fifo' })])).toEqual([
      ['sqs.fifo.requests.tier-1', '100000', '50000.00'],
      ['sqs.fifo.requests.tier-2', '100000', '40000.00'],
      ['sqs.fifo.requests.tier-3', '50000', '17500.00'],
    ]);
  });

  it('counts a 256 KB message as 4 requests and a 64 KB one as 1', () => {
    expect(items([queue({ requests: 1_000_000, messageKb: d(256) })])[0]![1]).toBe('4');
    expect(items([queue({ requests: 1_000_000, messageKb: d(64) })])[0]![1]).toBe('1');
  });

  it('bands standard requests at 100B and 200B', () => {
    // 100B × $0.40/M + 100B × $0.30/M + 50B × $0.24/M = 40,000 + 30,000 + 12,000
    const total = sum(sqsLineItems([queue({ requests: 250_000_000_000 })], prices(), false, 'test').map((item) => item.exactUsd));
    expect(total.toFixed()).toBe('82000');
  });

  it('messages cost 3 requests each (send, receive, delete) unless the scenario says otherwise, and per request they follow the traffic', () => {
    const text = (extra: string) =>
      `name: q\ntraffic: { requests_per_month: 2000000 }\nlambda: { functions: [{ name: f, memory_mb: 128, duration_ms: 10 }] }\nservices:\n  sqs:\n    - { name: jobs, ${extra} }\n`;
    const read = scenarioOf(text('messages_per_request: 0.5'));
    expect(read.sqsQueues[0]!.requests).toEqual({ perMonth: d(3_000_000), followsTraffic: true });
    expect(atVolume(read, d(4_000_000)).sqsQueues[0]!.requests.perMonth.toFixed()).toBe('6000000');
    const fixed = scenarioOf(text('requests_per_month: 1000'));
    expect(atVolume(fixed, d(4_000_000)).sqsQueues[0]!.requests.perMonth.toFixed()).toBe('1000');
  });

  it("says in the line's note how messages and large payloads became the requests billed", () => {
    // The page said the messages' conversion was shown in the note; the note gave only the total of requests.
    const notes = (queues: Queue[]) => sqsLineItems(queues, prices(), true, 'test').map((item) => `${item.basis!.used.toFixed()} ${item.basis!.countedAs}`);
    expect(
      notes([
        queue({ name: 'jobs', requests: 3_000_000, callsPerMessage: d(3) }),
        queue({ name: 'big', requests: 1_000_000, messageKb: d(128) }),
        queue({ name: 'plain', requests: 500_000 }),
        queue({ name: 'events', requests: 2_000_000, callsPerMessage: d(2), messageKb: d(65) }),
      ]),
    ).toEqual([
      '9500000 requests (jobs: 1M messages × 3 requests; big: each 128 KB message is 2 × 64 KB chunks; events: 1M messages × 2 requests, each 65 KB message is 2 × 64 KB chunks)',
    ]);
    // Queues given requests of one chunk each need no word; nor does a queue of none, and one is said in the singular.
    expect(notes([queue({ requests: 1_000_000, type: 'fifo' })])).toEqual(['1000000 requests']);
    expect(notes([queue({ name: 'idle', requests: 0, callsPerMessage: d(3), messageKb: d(128) }), queue({ name: 'once', requests: 1, callsPerMessage: d(1) })])).toEqual([
      '1 requests (once: 1 message × 1 request)',
    ]);
  });

  it('refuses what cannot be priced, at the field', () => {
    const text = (entry: string, traffic = 'traffic: { requests_per_month: 1000 }\n') =>
      `name: q\n${traffic}lambda: { functions: [{ name: f, memory_mb: 128, duration_ms: 10, requests_per_month: 1 }] }\nservices:\n  sqs:\n    - ${entry}\n`;
    expect(scenarioError(text('{ name: jobs }'))).toBe('services.sqs[0]: a queue needs requests_per_month or messages_per_month (or their _per_request forms)');
    expect(scenarioError(text('{ name: jobs, requests_per_month: 1, requests_per_request: 1 }'))).toBe(
      'services.sqs[0].requests_per_request: give requests_per_month or requests_per_request, not both',
    );
    expect(scenarioError(text('{ name: jobs, requests_per_request: 1 }', ''))).toMatch(
      /^services\.sqs\[0\]\.requests_per_request: requests_per_request needs traffic\.requests_per_month/,
    );
    expect(scenarioError(text('{ name: jobs, requests_per_month: 1, api_calls_per_message: 2 }'))).toBe(
      'services.sqs[0].api_calls_per_message: api_calls_per_message applies to messages, not requests',
    );
    expect(scenarioError(text('{ name: jobs, requests_per_month: 1, kind: fifo }'))).toMatch(/^services\.sqs\[0\]/);
    // SQS takes 1 MiB at most: 1,025 KB was priced as 17 chunks of a message no queue accepts.
    expect(scenarioError(text('{ name: jobs, requests_per_month: 1, message_kb: 1025 }'))).toBe('services.sqs[0].message_kb: must be at most 1,024, got 1025');
    expect(scenarioError(text('{ name: jobs, requests_per_month: 1, message_kb: 1024 }'))).toBe('no error');
  });

  it('is shared: the same lines on serverless and Fargate, and a warning for a message just over 64 KB', () => {
    const s = scenarioOf(
      'name: q\ntraffic: { requests_per_month: 1000000 }\nlambda: { functions: [{ name: f, memory_mb: 128, duration_ms: 10 }] }\n' +
        'services: { sqs: [{ name: jobs, requests_per_month: 3000000, message_kb: 66 }] }\ncontainers: { fargate: { vcpu: 0.25, memory_gb: 0.5, requests_per_second_per_task: 10 } }\n',
    );
    const result = estimate(s, book('aws-2024-02-01'));
    const sqsLines = (id: string) => result.platforms.find((platform) => platform.id === id)!.lineItems.filter((item) => item.service === 'sqs');
    // 3M requests × 2 chunks = 6M, less 1M free: 5M × $0.40/M = $2.00 on each platform.
    expect(sqsLines('serverless').map((item) => item.monthlyUsd.toFixed(2))).toEqual(['2.00']);
    expect(sqsLines('fargate')).toEqual(sqsLines('serverless'));
    expect(result.platforms[0]!.services.find((service) => service.id === 'sqs')).toMatchObject({ shared: true, label: 'SQS' });
    expect(result.warnings.map((warning) => warning.id)).toContain('payload_just_over_step');
  });

  it("its warning can be turned off by id in the scenario, as the functions' can; an unknown id is still refused", () => {
    const text = (warnings: string) =>
      `name: q\nlambda: { functions: [{ name: f, memory_mb: 128, duration_ms: 10, requests_per_month: 1 }] }\nservices: { sqs: [{ name: jobs, requests_per_month: 1, message_kb: 65 }] }\n${warnings}`;
    const ids = (s: ReturnType<typeof scenarioOf>) => estimate(s, book()).warnings.map((warning) => warning.id);
    expect(ids(scenarioOf(text('')))).toContain('payload_just_over_step');
    expect(ids(scenarioOf(text('warnings: { payload_just_over_step: false }\n')))).not.toContain('payload_just_over_step');
    expect(scenarioError(text('warnings: { payload_just_over_stp: false }\n'))).toMatch(/unknown key "payload_just_over_stp"; did you mean "payload_just_over_step"\?/);
  });

  it('names the service and the version when a table has no SQS prices', () => {
    const s = scenarioOf(
      'name: q\nlambda: { functions: [{ name: f, memory_mb: 128, duration_ms: 10, requests_per_month: 1 }] }\nservices: { sqs: [{ name: jobs, requests_per_month: 1 }] }\n',
    );
    expect(() => estimate(s, book('aws-2022-08-01'))).toThrow('pricing aws-2022-08-01 (us-east-1) has no SQS prices; choose another region or pricing version');
  });

  it('reads FIFO queues from a template', () => {
    expect(
      sqsTemplate.section([
        { logicalId: 'Jobs', type: 'AWS::SQS::Queue', properties: {} },
        { logicalId: 'Orders', type: 'AWS::SQS::Queue', properties: { FifoQueue: true } },
      ]),
    ).toEqual([
      { name: 'Jobs', type: 'standard' },
      { name: 'Orders', type: 'fifo' },
    ]);
  });

  it('laws: more requests never cost less; the free tier never raises the bill', () => {
    const size = fc.integer({ min: 1, max: 2048 });
    const count = fc.bigInt({ min: 0n, max: 10n ** 12n });
    fc.assert(
      fc.property(count, count, size, fc.boolean(), (a, b, kb, fifo) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const at = (requests: bigint, freeTier: boolean) =>
          sum(sqsLineItems([queue({ requests: String(requests), messageKb: d(kb), type: fifo ? 'fifo' : 'standard' })], prices(), freeTier, 'test').map((item) => item.exactUsd));
        expect(at(high, true).greaterThanOrEqualTo(at(low, true))).toBe(true);
        expect(at(high, true).lessThanOrEqualTo(at(high, false))).toBe(true);
      }),
    );
  });
});
