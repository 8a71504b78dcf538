// A function's stream: its shards and parallelization factor in a scenario, and the cap they make.
import { describe, expect, it } from 'vitest';
import { fn, scenarioError, scenarioOf } from '../../../../test/helpers/build.js';
import { alikeButName, alikeKinds } from './alike.js';
import { streamConcurrency } from './scenario.js';
import type { StreamShards } from './types.js';

/** A scenario of one function, `fields` written under it. */
const withFunction = (fields: string, head = '') =>
  `name: s\n${head}lambda:\n  functions:\n    - name: reader\n      memory_mb: 128\n      duration_ms: 100\n      requests_per_month: 1000\n${fields}`;

describe("a scenario's function stream", () => {
  it('is shards × parallelization factor, and implies trigger: stream', () => {
    // 4 shards, each read 2 batches at a time: 8 executions at once.
    const [reader] = scenarioOf(withFunction('      stream: { shards: 4, parallelization_factor: 2 }\n')).functions;
    expect(reader).toMatchObject({ trigger: 'stream', streamShards: [{ shards: 4, parallelizationFactor: 2 }] });
    expect(streamConcurrency(reader!.streamShards!)).toBe(8);
  });

  it("takes Lambda's default parallelization factor of 1, with an API in the scenario as without", () => {
    // A function with no trigger behind a scenario's API would be the API's: its stream says otherwise.
    const [reader] = scenarioOf(withFunction('      stream: { shards: 3 }\n', 'api_gateway: { type: http, requests_per_month: 1000 }\n')).functions;
    expect(reader).toMatchObject({ trigger: 'stream', streamShards: [{ shards: 3, parallelizationFactor: 1 }] });
    expect(streamConcurrency(scenarioOf(withFunction('      trigger: stream\n      stream: { shards: 3 }\n')).functions[0]!.streamShards!)).toBe(3);
  });

  it('is none without a stream field: not known', () => {
    const [reader] = scenarioOf(withFunction('      trigger: stream\n')).functions;
    expect(reader!.streamShards).toBeUndefined();
  });

  it('is refused beside another trigger, or on Lambda@Edge, at the field', () => {
    expect(scenarioError(withFunction('      trigger: sqs\n      stream: { shards: 4 }\n'))).toBe(
      'lambda.functions[0].stream: stream gives the shards of the stream that invokes the function, but its trigger is sqs; set trigger: stream, or leave stream out',
    );
    expect(scenarioError(withFunction('      edge: true\n      stream: { shards: 4 }\n'))).toBe(
      'lambda.functions[0].stream: a Lambda@Edge function is invoked by CloudFront, not by a stream; leave stream out (the function has edge: true)',
    );
  });

  it('holds shards to 1–100,000 and the parallelization factor to 1–10, whole', () => {
    expect(scenarioError(withFunction('      stream: { shards: 100000, parallelization_factor: 10 }\n'))).toBe('no error');
    for (const [stream, at] of [
      ['{ shards: 0 }', 'shards'],
      ['{ shards: 100001 }', 'shards'],
      ['{ shards: 1.5 }', 'shards'],
      ['{ shards: 4, parallelization_factor: 0 }', 'parallelization_factor'],
      ['{ shards: 4, parallelization_factor: 11 }', 'parallelization_factor'],
      ['{ parallelization_factor: 2 }', 'shards'],
    ] as const)
      expect(scenarioError(withFunction(`      stream: ${stream}\n`))).toMatch(new RegExp(`^lambda\\.functions\\[0\\]\\.stream\\.${at}: `));
    expect(scenarioError(withFunction('      stream: { shards: 4, batch_size: 100 }\n'))).toMatch(/^lambda\.functions\[0\]\.stream/);
  });
});

describe("functions alike but for their names, and their stream's cap", () => {
  // A stream of `shards` at a factor of 1, or null: shards not known.
  const reader = (name: string, shards?: number | null) => {
    const streamShards: StreamShards[] | null | undefined = shards === undefined || shards === null ? shards : [{ shards, parallelizationFactor: 1 }];
    return fn({ name, durationMs: 100, requestsPerMonth: 1000, trigger: 'stream', ...(streamShards === undefined ? {} : { streamShards }) });
  };

  it('are alike only with the same cap: their worst months differ', () => {
    expect(alikeButName(reader('a', 8))).not.toBe(alikeButName(reader('b', 4)));
    expect(alikeButName(reader('a', 8))).toBe(alikeButName(reader('b', 8)));
    expect(alikeKinds([reader('a', 8), reader('b', 4), reader('c', 8)]).kindOf).toEqual([0, 1, 0]);
  });

  it('are alike with a cap absent and one not known: neither bounds them', () => {
    expect(alikeButName(reader('a'))).toBe(alikeButName(reader('b', null)));
  });
});
