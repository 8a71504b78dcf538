// A function's SQS queue: its event source's maximum concurrency in a scenario, and the cap it makes.
import { describe, expect, it } from 'vitest';
import { fn, scenarioError, scenarioOf } from '../../../../test/helpers/build.js';
import { alikeButName, alikeKinds } from './alike.js';
import { queueConcurrency } from './scenario.js';

/** A scenario of one function, `fields` written under it. */
const withFunction = (fields: string, head = '') =>
  `name: s\n${head}lambda:\n  functions:\n    - name: worker\n      memory_mb: 128\n      duration_ms: 100\n      requests_per_month: 1000\n${fields}`;

describe("a scenario's function queue", () => {
  it('is its maximum concurrency, and implies trigger: sqs, with an API in the scenario as without', () => {
    const [worker] = scenarioOf(withFunction('      queue: { maximum_concurrency: 2 }\n')).functions;
    expect(worker).toMatchObject({ trigger: 'sqs', queueMaximumConcurrency: [2] });
    expect(queueConcurrency(worker!.queueMaximumConcurrency!)).toBe(2);
    // A function with no trigger behind a scenario's API would be the API's: its queue says otherwise.
    const [behind] = scenarioOf(withFunction('      queue: { maximum_concurrency: 5 }\n', 'api_gateway: { type: http, requests_per_month: 1000 }\n')).functions;
    expect(behind).toMatchObject({ trigger: 'sqs', queueMaximumConcurrency: [5] });
    expect(scenarioOf(withFunction('      trigger: sqs\n      queue: { maximum_concurrency: 3 }\n')).functions[0]).toMatchObject({ trigger: 'sqs', queueMaximumConcurrency: [3] });
  });

  it('is none without a queue field: the queue may drive the function to its concurrency limit', () => {
    expect(scenarioOf(withFunction('      trigger: sqs\n')).functions[0]!.queueMaximumConcurrency).toBeUndefined();
  });

  it('is refused beside another trigger, beside a stream, or on Lambda@Edge, at the field', () => {
    expect(scenarioError(withFunction('      trigger: stream\n      queue: { maximum_concurrency: 4 }\n'))).toBe(
      "lambda.functions[0].queue: queue gives the maximum concurrency of the SQS queue's event source that invokes the function, but its trigger is stream; set trigger: sqs, or leave queue out",
    );
    expect(scenarioError(withFunction('      stream: { shards: 2 }\n      queue: { maximum_concurrency: 4 }\n'))).toBe(
      'lambda.functions[0].queue: queue and stream are two ways in, and a function has one trigger; leave one of them out',
    );
    expect(scenarioError(withFunction('      edge: true\n      queue: { maximum_concurrency: 4 }\n'))).toBe(
      'lambda.functions[0].queue: a Lambda@Edge function is invoked by CloudFront, not by an SQS queue; leave queue out (the function has edge: true)',
    );
  });

  it("holds the maximum concurrency to AWS's 2–1,000, whole", () => {
    expect(scenarioError(withFunction('      queue: { maximum_concurrency: 1000 }\n'))).toBe('no error');
    for (const most of ['1', '1001', '2.5', '"ten"'])
      expect(scenarioError(withFunction(`      queue: { maximum_concurrency: ${most} }\n`))).toMatch(/^lambda\.functions\[0\]\.queue\.maximum_concurrency: /);
    expect(scenarioError(withFunction('      queue: {}\n'))).toMatch(/^lambda\.functions\[0\]\.queue\.maximum_concurrency: /);
    expect(scenarioError(withFunction('      queue: { maximum_concurrency: 4, batch_size: 10 }\n'))).toMatch(/^lambda\.functions\[0\]\.queue/);
  });
});

describe("functions alike but for their names, and their queue's cap", () => {
  const worker = (name: string, most?: number) =>
    fn({ name, durationMs: 100, requestsPerMonth: 1000, trigger: 'sqs', ...(most === undefined ? {} : { queueMaximumConcurrency: [most] }) });

  it('are alike only with the same cap: their worst months differ', () => {
    expect(alikeButName(worker('a', 8))).not.toBe(alikeButName(worker('b', 4)));
    expect(alikeButName(worker('a'))).not.toBe(alikeButName(worker('b', 4)));
    expect(alikeKinds([worker('a', 8), worker('b', 4), worker('c', 8)]).kindOf).toEqual([0, 1, 0]);
  });
});
