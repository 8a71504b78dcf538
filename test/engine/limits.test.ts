// Concurrency limits, throttling and the cost bomb, against hand-derived numbers.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { throttlesAbove } from '../../src/providers/aws/breakeven.js';
import type { ColdStartAdvice } from '../../src/providers/aws/lambda/types.js';
import { loadScenario } from '../../src/load/load-scenario.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { nearestRank } from '../../src/providers/aws/serverless-checks.js';
import { coldStarts, coldStartsCoveredByRun } from '../../src/providers/aws/lambda/cold-starts.js';
import { hourShares, monthProfile } from '../../src/core/traffic.js';
import { regionOf, serverlessCost } from '../../src/providers/aws/platforms.js';
import { atVolume } from '../../src/providers/aws/scale.js';
import { formatUsd } from '../../src/core/numbers.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';
import type { LambdaSettings } from '../../src/providers/aws/lambda/types.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import type { Warning } from '../../src/core/types.js';
import { inWords } from '../../src/report/words.js';
import { book, d, fn, scenario, scenarioOf } from '../helpers/build.js';

const SECONDS_PER_MONTH = 730 * 3600;

function warningsOf(s: Scenario): Map<string, string> {
  return new Map(estimate(s, book()).warnings.map((w: Warning) => [w.id, w.message]));
}
function settings(fields: Partial<LambdaSettings>): LambdaSettings {
  return { ...DEFAULT_LAMBDA_SETTINGS, ...fields };
}

describe('concurrency and throttling', () => {
  it('steady traffic over the account limit: the excess share is throttled', () => {
    // 1,500 requests a second of 1 s each: 1,500 concurrent against a limit of 1,000.
    // A month has 2,628,000 s, so 3,942,000,000 requests; a third of them, 1,314,000,000, are refused.
    const s = scenario({ freeTier: false, functions: [fn({ durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH })] });
    const message = warningsOf(s).get('concurrency_limit');
    expect(message).toContain('about 1,500 concurrent executions, over the account limit of 1,000');
    expect(message).toContain('about 1,314,000,000 requests a month would be throttled');
  });

  it('spiky traffic is throttled only in the event hours', () => {
    // 2 event days at 10×: 48 hours of weight 10 and 682 of weight 1, 1,162 in all.
    // 836,640,000 a month puts 836,640,000 × 10 / 1,162 = 7,200,000 in an event hour: 2,000 a second,
    // 2,000 concurrent at 1 s. Half are refused: 3,600,000 an hour × 48 hours = 172,800,000.
    // The quiet hours run 200 concurrent and lose nothing.
    const s = scenario({
      freeTier: false,
      traffic: { pattern: 'spiky', eventDays: 2, eventMultiplier: d(10) },
      functions: [fn({ durationMs: 1000, requestsPerMonth: 836_640_000 })],
    });
    const message = warningsOf(s).get('concurrency_limit');
    expect(message).toContain('about 2,000 concurrent executions');
    // Averaged over the month: 836,640,000 requests × 1 s ÷ 2,628,000 s = 318.356…
    const [usage] = estimate(s, book()).functions;
    expect(usage!.averageConcurrency.toFixed(3)).toBe('318.356');
    expect(usage!.peakConcurrency.toFixed(0)).toBe('2000');
    expect(message).toContain('about 172,800,000 requests a month would be throttled');
  });

  it('a raised account limit removes the warning', () => {
    const s = scenario({ settings: settings({ accountConcurrencyLimit: 3000 }), functions: [fn({ durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH })] });
    expect(warningsOf(s).has('concurrency_limit')).toBe(false);
  });

  it('reserved concurrency throttles one function on its own', () => {
    // 150 a second of 1 s: 150 concurrent against 100 reserved; a third of 394,200,000 is 131,400,000.
    const s = scenario({ functions: [fn({ name: 'worker', durationMs: 1000, requestsPerMonth: 150 * SECONDS_PER_MONTH, reservedConcurrency: 100 })] });
    const warnings = warningsOf(s);
    expect(warnings.get('reserved_concurrency')).toContain('function worker peaks at about 150 concurrent executions, over its reserved concurrency of 100');
    expect(warnings.get('reserved_concurrency')).toContain('about 131,400,000 requests a month would be throttled');
    expect(warnings.has('concurrency_limit')).toBe(false);
  });

  it("bills a queue's worker for what its reservation holds back in the busiest hours, which its queue keeps and it runs in quieter ones, up to what the limit serves in 730 hours", () => {
    // 30M jobs of 400 ms: an average of 30,000,000 × 0.4 s ÷ 2,628,000 s = 4.566 concurrent executions, under a
    // reservation of 5, which serves 5 × 3,600 s ÷ 0.4 s = 45,000 an hour, 32,850,000 in 730 hours; diurnal, its
    // busiest hours peak at about 11. Counted throttled in the hour they arrive, 14,075,612 went off the bill (10.9
    // million of its 30 million billed, before); the queue keeps them, and all 30 million are billed.
    const worker = (fields: Partial<Parameters<typeof fn>[0]>) =>
      scenario({
        freeTier: false,
        traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d('2.5') },
        functions: [fn({ name: 'worker', durationMs: 400, requestsPerMonth: 30_000_000, reservedConcurrency: 5, ...fields })],
      });
    const billed = (fields: Partial<Parameters<typeof fn>[0]>) => {
      const [usage] = estimate(worker(fields), book()).functions;
      return [usage!.requestsPerMonth.minus(usage!.throttledRequests).toFixed(0), usage!.throttledRequests.toFixed(0), usage!.deferredRequests.toFixed(0)];
    };
    expect(billed({ trigger: 'sqs' })).toEqual(['30000000', '0', '14075612']);
    expect(warningsOf(worker({ trigger: 'sqs' })).get('reserved_concurrency')).toBe(
      "function worker peaks at about 11 concurrent executions, over its reserved concurrency of 5: its queue keeps the messages, and the month's average of about 4.56 concurrent executions is within the limit, so about 14,075,612 requests a month held back in the busiest hours wait to run, and be billed, in quieter ones",
    );
    expect(warningsOf(worker({ trigger: 'stream' })).get('reserved_concurrency')).toContain(': its stream keeps the records, and');
    expect(warningsOf(worker({ trigger: 's3' })).get('reserved_concurrency')).toContain(': Lambda retries a throttled event for up to 6 hours (the bill counts each one served;');
    // Someone waits on a function URL's request: a throttled one is refused, not served later, and 14,075,612 are not billed.
    expect(billed({ trigger: 'url' })).toEqual(['15924388', '14075612', '0']);
    expect(warningsOf(worker({ trigger: 'url' })).get('reserved_concurrency')).toMatch(
      /: about 14,075,612 requests a month would be throttled, which Lambda does not bill \(the bill counts only the requests served\)$/,
    );
    // The average is rounded down, to stay under the limit: 65,673,720 × 0.4 s ÷ 2,628,000 s = 9.996 under 10 read "about 10".
    expect(warningsOf(worker({ trigger: 'sqs', requestsPerMonth: 65_673_720, reservedConcurrency: 10 })).get('reserved_concurrency')).toContain(
      "the month's average of about 9.99 concurrent executions",
    );
    // An average over the reservation: 39,420,000 × 0.4 s ÷ 2,628,000 s = 6, over 5. The month serves 32,850,000; the
    // other 6,570,000 are throttled.
    expect(billed({ trigger: 'sqs', requestsPerMonth: 39_420_000 })[0]).toBe('32850000');
    expect(warningsOf(worker({ trigger: 'sqs', requestsPerMonth: 39_420_000 })).get('reserved_concurrency')).toMatch(
      /; but the month's average of about 6 concurrent executions is over the limit too, so about 6,570,000 requests a month would be throttled, which Lambda does not bill \(the bill counts only the requests served\)$/,
    );
    // The account's pool the same: the worker without a reservation in an account of 5, all 30 million billed.
    const pooled = scenario({
      freeTier: false,
      traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d('2.5') },
      settings: settings({ accountConcurrencyLimit: 5 }),
      functions: [fn({ name: 'worker', durationMs: 400, requestsPerMonth: 30_000_000, trigger: 'sqs' })],
    });
    expect(estimate(pooled, book()).functions[0]!.throttledRequests.toFixed()).toBe('0');
    expect(warningsOf(pooled).get('concurrency_limit')).toContain(
      "the functions peak at about 11 concurrent executions, over the account limit of 5 per region: those of functions nobody waits on are kept by their queue, stream or Lambda's retries, and the month's average of about 4.56 concurrent executions is within the limit, so about 14,075,612 requests a month held back in the busiest hours wait to run, and be billed, in quieter ones; ask AWS to raise the limit (",
    );
  });

  it("says of a full pool what it throttles of a function someone waits on, beside what a queue's worker of the pool waits to run", () => {
    // The worker's 30M jobs of 400 ms (4.566 at once on average) beside a function URL's 3M of 400 ms (0.457): 5.02 on
    // average, over a pool of 6, so the worker's queue keeps all it is held back; the URL's caller is refused.
    const pooled = scenario({
      freeTier: false,
      traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d('2.5') },
      settings: settings({ accountConcurrencyLimit: 6 }),
      functions: [
        fn({ name: 'worker', durationMs: 400, requestsPerMonth: 30_000_000, trigger: 'sqs' }),
        fn({ name: 'page', durationMs: 400, requestsPerMonth: 3_000_000, trigger: 'url' }),
      ],
    });
    const [worker, page] = estimate(pooled, book()).functions;
    expect(worker!.throttledRequests.isZero()).toBe(true);
    expect(worker!.deferredRequests.isZero()).toBe(false);
    expect(page!.throttledRequests.isZero()).toBe(false);
    expect(warningsOf(pooled).get('concurrency_limit')).toContain(
      `over the account limit of 6 per region: about ${page!.throttledRequests.toDecimalPlaces(0).toNumber().toLocaleString('en-US')} requests a month would be throttled, which Lambda does not bill (the bill counts only the requests served); those of functions nobody waits on are kept by their queue, stream or Lambda's retries, so about ${worker!.deferredRequests.toDecimalPlaces(0).toNumber().toLocaleString('en-US')} requests a month held back in the busiest hours wait to run, and be billed, in quieter ones; ask AWS`,
    );
  });

  it("finds where a queue's worker starts to be throttled on the sweep where its month reaches what its limit serves in 730 hours, not where its busiest hour reaches it", () => {
    // Reserved 50 at 250 ms serves 200 a second, 720,000 an hour. Diurnal at its defaults, the month's 242 busy hours
    // carry it all, 1/242 each: a caller's function is throttled past 720,000 × 242 = 174,240,000 a month
    // (scenarios/java-api-throttled.yaml); a queue's worker catches up in the quiet hours until 720,000 × 730 =
    // 525,600,000.
    const at = (trigger: 'sqs' | 'url') =>
      throttlesAbove(
        scenario({
          traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) },
          functions: [fn({ name: 'worker', durationMs: 250, requestsPerMonth: 1_000_000, reservedConcurrency: 50, trigger })],
        }),
        book(),
      )?.toFixed();
    expect(at('url')).toBe('174240000');
    expect(at('sqs')).toBe('525600000');
  });

  it('a peak just over the limit is shown with the decimals that put it over, not rounded down onto it', () => {
    // 7.61 a second of 300 ms: 2.28 concurrent against 2 reserved ("about 2, over its reserved concurrency of 2" read
    // as no excess); 1.29 against an unreserved pool of 1 (an account limit of 3 less a reservation of 2).
    const reserved = scenario({ functions: [fn({ name: 'worker', durationMs: 300, requestsPerMonth: 20_000_000, reservedConcurrency: 2 })] });
    expect(warningsOf(reserved).get('reserved_concurrency')).toContain('function worker peaks at about 2.3 concurrent executions, over its reserved concurrency of 2');
    const pool = scenario({
      settings: settings({ accountConcurrencyLimit: 3 }),
      functions: [fn({ name: 'tick', durationMs: 0.4, requestsPerMonth: 8_500_000_000 }), fn({ name: 'held', durationMs: 100, requestsPerMonth: 1, reservedConcurrency: 2 })],
    });
    expect(warningsOf(pool).get('concurrency_limit')).toContain('peak at about 1.3 concurrent executions, over the 1 the account limit of 3 leaves unreserved');
    // 1,000 requests a month of 100 ms, 0.000038 at once, over a pool of none (an account limit of 1, reserved by another): not "about 0.000".
    const none = scenario({
      settings: settings({ accountConcurrencyLimit: 1 }),
      functions: [fn({ name: 'b', durationMs: 100, requestsPerMonth: 1000 }), fn({ name: 'a', durationMs: 100, requestsPerMonth: 1000, reservedConcurrency: 1 })],
    });
    expect(warningsOf(none).get('concurrency_limit')).toContain('peak at under 0.001 concurrent executions, over the 0 the account limit of 1 leaves unreserved');
  });

  it("requests over Lambda's 6 MB synchronous payload are flagged", () => {
    const withApi = (kb: number) =>
      scenario({ functions: [fn({ durationMs: 100, requestsPerMonth: 1000 })], apiGateways: [{ type: 'http', requestsPerMonth: d(1000), requestSizeKb: d(kb), freeTier: false }] });
    expect(warningsOf(withApi(8192)).get('payload_limit')).toContain('HTTP API requests of 8,192 KB are over');
    expect(warningsOf(withApi(6144)).has('payload_limit')).toBe(false);
  });

  it('runs close to the 15-minute limit are flagged', () => {
    const s = scenario({ functions: [fn({ name: 'batch', durationMs: 800_000, requestsPerMonth: 100 })] });
    expect(warningsOf(s).get('execution_time_limit')).toContain('function batch runs 13.3 minutes on average');
    expect(warningsOf(scenario({ functions: [fn({ durationMs: 600_000, requestsPerMonth: 100 })] })).has('execution_time_limit')).toBe(false);
  });

  it("says nothing of the 15-minute limit for a template's function without usage, whose duration is only its timeout", () => {
    const template = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Job:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Timeout: 900 }\n';
    const without = loadTemplateScenario('t.yaml', template, 'sam', { usageFile: null });
    expect(without.functions[0]!.durationMs.toNumber()).toBe(900_000);
    expect(warningsOf(without).has('execution_time_limit')).toBe(false);
    // Given, a duration that long is the function's own, and said.
    const given = { ...without, functions: without.functions.map((each) => ({ ...each, usageGiven: true })) };
    expect(warningsOf(given).get('execution_time_limit')).toContain('function Job runs 15.0 minutes on average');
  });

  it('an average under a millisecond is flagged as seconds written as milliseconds, with the figure meant', () => {
    const s = scenario({ functions: [fn({ name: 'resize', durationMs: 0.2, requestsPerMonth: 100 })] });
    // 0.2 s × 1,000 = 200 ms; the setting is a reference the edge puts in words.
    expect(inWords(warningsOf(s).get('duration_under_1ms') ?? '')).toBe(
      'function resize averages 0.2 ms, under a millisecond; duration_ms is in milliseconds: did you mean 200 ms (0.2 s)?',
    );
    expect(warningsOf(scenario({ functions: [fn({ durationMs: 1, requestsPerMonth: 100 })] })).has('duration_under_1ms')).toBe(false);
    // Under a microsecond it is no such slip, and 5e-324 written out in full is 324 digits: said as what it is under.
    const tiny = scenario({ functions: [fn({ name: 'tick', durationMs: '5e-324', requestsPerMonth: 100 })] });
    expect(inWords(warningsOf(tiny).get('duration_under_1ms') ?? '')).toBe('function tick averages less than 0.001 ms, under a microsecond; duration_ms is in milliseconds');
  });
});

describe('cost bomb', () => {
  function bombsOf(s: Scenario): Warning[] {
    return estimate(s, book()).warnings.filter((w) => w.id === 'cost_bomb');
  }

  it("the API's worst month of functions alike but for their names, priced a kind at a time, is that of the functions priced one by one", () => {
    // Three alike behind an HTTP API (and, the second time, three more alike with a reserved concurrency of their own): the worst
    // month prices each kind once, counted for each. Made unlike by a figure Lambda does not price, they are priced one by one.
    // Not counting the copies, three alike made the worst month $85,560.63 and the advised throttle 4, not $38,256.64 and 11.
    const api = { type: 'http' as const, requestsPerMonth: d(6_000_000), requestSizeKb: d(1), freeTier: false };
    const alike = (i: number, reserved: number | null) =>
      fn({ name: `f${i}`, durationMs: 100, requestsPerMonth: 1_000_000, trigger: 'api', runtime: 'nodejs', reservedConcurrency: reserved });
    // The third: a function an event source invokes after two alike, so that a kind's place is not its first function's.
    const worker = fn({ name: 'worker', durationMs: 300, requestsPerMonth: 2_000_000, trigger: 'sqs', memoryMb: 1024 });
    const lists = [[0, 1, 2].map((i) => alike(i, null)), [0, 1, 2, 3, 4, 5].map((i) => alike(i, i % 2 ? 5 : null)), [alike(0, null), alike(1, null), worker, alike(2, 7)]];
    for (const functions of lists) {
      const s = scenario({ freeTier: false, functions, apiGateways: [{ ...api, requestsPerMonth: d(3_000_000) }] });
      const apart = { ...s, functions: s.functions.map((each, i) => ({ ...each, cpuMs: d(i + 1) })) };
      const messages = (x: Scenario) => bombsOf(x).map((w) => w.message);
      expect(messages(s).length).toBeGreaterThan(0);
      expect(messages(s)).toEqual(messages(apart));
    }
    const three = scenario({ freeTier: false, functions: [0, 1, 2].map((i) => alike(i, null)), apiGateways: [{ ...api, requestsPerMonth: d(3_000_000) }] });
    expect(bombsOf(three)[0]!.message).toContain('the serverless bill would be $38,256.64');
  });

  it("a stream's consumer is told that the stream's shards bound its worst month, which the scenario does not link it to", () => {
    // Lambda reads a stream one batch per shard at a time: a 4-shard stream's consumer runs 4 at once, not the
    // account's 1,000 the worst month imagines; a queue's worker gets no such words.
    const worst = (trigger: 'stream' | 'sqs') =>
      bombsOf(scenario({ functions: [fn({ name: 'consumer', durationMs: 200, requestsPerMonth: 1_000_000, trigger })] })).map((w) => w.message);
    const [stream, ...more] = worst('stream');
    expect(more).toEqual([]);
    expect(stream).toMatch(/^if a stream invoked function consumer up to the account's concurrency limit of 1,000 all month/);
    expect(stream).toMatch(
      /\(Lambda reads a stream one batch per shard at a time, up to 10 per shard with a parallelization factor, and a Kafka topic one batch per partition: a stream whose shards or partitions allow fewer concurrent executions than this keeps the worst month lower; its shards, or a Kafka topic's partitions, given in \uE000setting:stream-shards\uE001, bound it\)$/,
    );
    expect(inWords(stream!)).toContain("its shards, or a Kafka topic's partitions, given in lambda.functions[].stream.shards, bound it)");
    const [queue] = worst('sqs');
    expect(queue).toMatch(/^if SQS invoked function consumer/);
    expect(queue).not.toContain('shard');
  });

  it('quotes the expected bill as the estimate prints it, in every shipped scenario and template it warns about', () => {
    const templates = [
      ['scenarios/templates/image-processor/serverless.yml', 'serverless', 'scenarios/templates/image-processor/usage.yaml'],
      ['scenarios/templates/thumbnail-sam/template.yaml', 'sam', 'scenarios/templates/thumbnail-sam/usage.yaml'],
    ] as const;
    const loaded = [
      ...readdirSync('scenarios')
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => [name, loadScenario(`scenarios/${name}`, {})] as const),
      ...templates.map(([file, kind, usageFile]) => [file, loadTemplateScenario(file, readFileSync(file, 'utf8'), kind, { usageFile })] as const),
    ];
    const quoted = loaded.flatMap(([name, s]) => {
      const result = estimate(s, book());
      const printed = formatUsd(result.platforms[0]!.monthlyUsd);
      return result.warnings.flatMap((w) =>
        w.id === 'cost_bomb' ? [[name, /the expected (\$[\d,.]+)/.exec(w.message)?.[1], printed, formatUsd(w.costBomb!.expectedMonthlyUsd)]] : [],
      );
    });
    // Rounding each line to the cent and adding them up can differ from rounding the exact sum: the order
    // pipeline's $15.61 was quoted as $15.60, and a template's $107.07 as $107.08.
    expect(quoted.map(([name]) => name)).toEqual(expect.arrayContaining(['order-pipeline.yaml', 'scenarios/templates/image-processor/serverless.yml']));
    for (const [name, shown, printed, figure] of quoted) expect([name, shown, figure]).toEqual([name, printed, printed]);
  });

  // An event source's function: 100,000 runs a month of 10 s at 128 MB, no free tier. Each run is
  // $0.0000002 of request and 1.25 GB-s × $0.0000166667 = $0.0000208333375 of duration, and writes 264 B of
  // logs ($0.50 a GB ingested, × 0.15 × 12 months × $0.03 stored). The month's lines in cents: requests $0.02,
  // duration 125,000 GB-s = $2.0833375 → $2.08, logs 0.0264 GB → $0.0132 → $0.01 and 0.04752 GB-months →
  // $0.0014256 → $0.00: $2.11 as printed, so 10× is $21.10. It runs 100,000 × 10 s ÷ 2,628,000 s = 0.38
  // executions at once on average (steady traffic, so at the peak too): the least reserved concurrency is 1.
  const worker = (fields: Partial<Parameters<typeof fn>[0]> = {}) =>
    scenario({ freeTier: false, functions: [fn({ name: 'worker', durationMs: 10_000, requestsPerMonth: 100_000, trigger: 'sqs', ...fields })] });

  it('an event source is capped by the concurrency the account leaves it, and the advice is reserved concurrency', () => {
    // 1,000 at once for 10 s each is 100 a second, 262,800,000 runs a month: requests $52.56; duration
    // 328,500,000 GB-s × $0.0000166667 = $5,475.01095 → $5,475.01; logs 69.3792 GB × $0.50 = $34.6896 → $34.69,
    // stored 124.88256 GB-months × $0.03 = $3.7464768 → $3.75. $5,566.01, 2,638× $2.11.
    // Reserved concurrency n lets through 262,800 n runs: n = 3 is 788,400 runs, $0.16 + 985,500 GB-s
    // ($16.42503285 → $16.43) + logs $0.10 + $0.01 = $16.70, within $21.10; n = 4 is $0.21 + $21.90 + … past it.
    const [bomb, ...rest] = bombsOf(worker());
    expect(rest).toEqual([]);
    expect(bomb!.message).toBe(
      "if SQS invoked function worker up to the account's concurrency limit of 1,000 all month, the serverless bill would be $5,566.01, 2,638× the expected $2.11; " +
        'reserved concurrency of 3 (\uE000setting:reserved-concurrency\uE001) keeps the worst month within 10× the expected bill and serves its peak of 0.38 concurrent executions',
    );
    expect(bomb!.costBomb).toMatchObject({ function: 'worker', cappedBy: 'account_concurrency_limit', unit: 'concurrent_executions', multiple: 10 });
    expect(bomb!.costBomb!.worstMonthUsd.toFixed(2)).toBe('5566.01');
    expect(bomb!.costBomb!.suggestedLimit?.toFixed()).toBe('3');
  });

  it("reserved concurrency caps an event source's worst month: within the multiple it is silent", () => {
    // Reserved 3 is the $16.70 above, within $21.10.
    expect(bombsOf(worker({ reservedConcurrency: 3 }))).toEqual([]);
    // Reserved 4: 1,051,200 runs, $0.21024 → $0.21, 1,314,000 GB-s = $21.9000438 → $21.90, logs 0.2775168 GB →
    // $0.14, 0.49953 GB-months → $0.01: $22.26, 11× $2.11; 3 is still the advice.
    const [bomb] = bombsOf(worker({ reservedConcurrency: 4 }));
    expect(bomb!.message).toContain('up to its reserved concurrency of 4 all month, the serverless bill would be $22.26, 11× the expected $2.11; reserved concurrency of 3 (');
    expect(bomb!.costBomb?.cappedBy).toBe('reserved_concurrency');
  });

  it('the account limit less what other functions reserve is what an unreserved function can take', () => {
    // Another function reserves 600 of the 1,000: the worker can take 400, 105,120,000 runs, $21.024 → $21.02
    // of requests, 131,400,000 GB-s = $2,190.00438 → $2,190.00, logs 27.75168 GB → $13.87584 → $13.88 and
    // 49.953024 GB-months → $1.49859072 → $1.50: $2,226.40. The other runs 10 times a month for 1 ms: $0.00.
    const s = scenario({
      freeTier: false,
      functions: [
        fn({ name: 'worker', durationMs: 10_000, requestsPerMonth: 100_000, trigger: 'sqs' }),
        fn({ name: 'rare', durationMs: 1, requestsPerMonth: 10, reservedConcurrency: 600, trigger: 'schedule' }),
      ],
    });
    const [bomb, ...rest] = bombsOf(s);
    expect(rest).toEqual([]);
    expect(bomb!.message).toContain("up to the 400 concurrent executions the account's limit of 1,000 leaves unreserved all month, the serverless bill would be $2,226.40,");
  });

  it("a function URL's callers are a way in of their own, capped by reserved concurrency as an event source is: no API's throttle stands in front of them", () => {
    // The worker's month above, invoked through its function URL; an API throttle of 1 a second changes nothing of it.
    const [bomb, ...rest] = bombsOf({ ...worker({ trigger: 'url' }), settings: { ...DEFAULT_LAMBDA_SETTINGS, throttleRps: d(1) } });
    expect(rest).toEqual([]);
    expect(bomb!.message).toMatch(
      /^if its function URL's callers invoked function worker up to the account's concurrency limit of 1,000 all month, the serverless bill would be \$5,566\.01, /,
    );
    expect(bomb!.costBomb).toMatchObject({ function: 'worker', unit: 'concurrent_executions' });
  });

  it("a function called over HTTP with no API in front the scenario prices (a load balancer's target) is capped by its own limit, as an event source's is", () => {
    // The worker's month above, its trigger api in a template of no API Gateway (a serverless.yml's alb event): it was not
    // checked at all, as the API's way in has no requests to grow.
    const [bomb, ...rest] = bombsOf(worker({ trigger: 'api' }));
    expect(rest).toEqual([]);
    expect(bomb!.message).toMatch(
      /^if its callers, with no API in front of it, invoked function worker up to the account's concurrency limit of 1,000 all month, the serverless bill would be \$5,566\.01, /,
    );
    expect(bomb!.costBomb).toMatchObject({ function: 'worker', unit: 'concurrent_executions', cappedBy: 'account_concurrency_limit' });
  });

  describe("a stream's shards cap its consumer", () => {
    // The worker above, invoked by a stream: Lambda runs one batch per shard at a time, times the parallelization factor.
    // `shards` at a parallelization factor of 1, or null: the shards not known.
    const consumer = (shards: number | null, fields: Partial<Parameters<typeof fn>[0]> = {}) =>
      worker({ trigger: 'stream', streamShards: shards === null ? null : [{ shards, parallelizationFactor: 1 }], ...fields });

    it('a stream of 1 shard at a parallelization factor of 1 keeps the worst month within the multiple: no warning', () => {
      // 1 execution at once for 10 s is 0.1 a second, 262,800 runs: requests $0.05256 → $0.05, 328,500 GB-s ×
      // $0.0000166667 = $5.47501095 → $5.48, logs 0.0693792 GB → $0.0346896 → $0.03 and 0.12488256 GB-months →
      // $0.0037464768 → $0.00: $5.56, within 10× $2.11 = $21.10. At the account's 1,000 it was $5,566.01.
      expect(bombsOf(consumer(1))).toEqual([]);
    });

    it("50 shards × a parallelization factor of 10, below the account's 1,000, is the worst month's cap", () => {
      // 500 at once for 10 s is 50 a second, 131,400,000 runs: requests $26.28, 164,250,000 GB-s × $0.0000166667 =
      // $2,737.505475 → $2,737.51, logs 34.6896 GB → $17.3448 → $17.34 and 62.44128 GB-months → $1.8732384 → $1.87:
      // $2,783.00, 1,319× $2.11. Reserved concurrency of 3 ($16.70 above) is still the advice: below the stream's 500.
      const [bomb, ...rest] = bombsOf(consumer(null, { streamShards: [{ shards: 50, parallelizationFactor: 10 }] }));
      expect(rest).toEqual([]);
      expect(bomb!.message).toBe(
        'if its stream invoked function worker up to its 50 shards × a parallelization factor of 10 = 500 concurrent executions all month, the serverless bill would be $2,783.00, 1,319× the expected $2.11; ' +
          'reserved concurrency of 3 (\uE000setting:reserved-concurrency\uE001) keeps the worst month within 10× the expected bill and serves its peak of 0.38 concurrent executions',
      );
      expect(bomb!.costBomb).toMatchObject({ function: 'worker', cappedBy: 'stream_shards', unit: 'concurrent_executions' });
      expect(bomb!.costBomb!.worstMonthUsd.toFixed(2)).toBe('2783.00');
      expect(bomb!.costBomb!.suggestedLimit?.toFixed()).toBe('3');
    });

    it('several streams add up', () => {
      // 40 × 10 + 100 × 1 = 500: the month of 500 at once above.
      const parts = [
        { shards: 40, parallelizationFactor: 10 },
        { shards: 100, parallelizationFactor: 1 },
      ];
      expect(bombsOf(consumer(null, { streamShards: parts }))[0]!.message).toMatch(
        /^if its stream invoked function worker up to its streams' 40 shards × a parallelization factor of 10 \+ 100 shards × a parallelization factor of 1 = 500 concurrent executions all month, the serverless bill would be \$2,783\.00, /,
      );
    });

    it('the lower limit binds: reserved concurrency below the stream, the account limit below a stream of more shards', () => {
      // Reserved 4 under 8 shards: the $22.26 month of reserved concurrency 4 above, capped by it; the shards are known, so no caveat.
      const [reserved] = bombsOf(consumer(8, { reservedConcurrency: 4 }));
      expect(reserved!.message).toMatch(
        /^if its stream invoked function worker up to its reserved concurrency of 4 all month, the serverless bill would be \$22\.26, 11× the expected \$2\.11; reserved concurrency of 3 \(/,
      );
      expect(reserved!.message).not.toContain('shard');
      expect(reserved!.costBomb?.cappedBy).toBe('reserved_concurrency');
      // 2,000 shards allow more than the account's 1,000: the $5,566.01 month at the account's limit.
      const [account] = bombsOf(consumer(2000));
      expect(account!.message).toMatch(
        /^if its stream invoked function worker up to the account's concurrency limit of 1,000 all month, the serverless bill would be \$5,566\.01, /,
      );
      expect(account!.costBomb?.cappedBy).toBe('account_concurrency_limit');
      // A stream cap is read only where a stream invokes the function: a queue's worker keeps the account's cap.
      expect(bombsOf(worker({ streamShards: [{ shards: 1, parallelizationFactor: 1 }] }))[0]!.costBomb?.cappedBy).toBe('account_concurrency_limit');
    });

    it("a template's consumer of shards not known is told where the usage file gives them", () => {
      const s = consumer(null);
      const [bomb] = bombsOf({ ...s, settings: { ...DEFAULT_LAMBDA_SETTINGS, limitsIn: 'sam' } });
      expect(inWords(bomb!.message)).toMatch(/its shards, or a Kafka topic's partitions, given in functions\.<name>\.stream\.shards in the usage file, bound it\)$/);
    });

    it('a consumer whose peak is over its shards is told its records wait: in its busy hours only, or all month', () => {
      // 1 s runs at 4 a second on average, 10,512,000 a month, under 4 shards × 2 = 8 at once. Diurnal traffic of 8 busy
      // hours at 3× the day's hourly average peaks at 4 × 3 = 12 concurrent executions; the average of 4 catches up.
      const behind = (traffic: Scenario['traffic'], requests: number) =>
        estimate(
          scenario({
            traffic,
            functions: [
              fn({
                name: 'reader',
                durationMs: 1000,
                requestsPerMonth: requests,
                trigger: 'stream',
                streamShards: [{ shards: 4, parallelizationFactor: 2 }],
              }),
            ],
          }),
          book(),
        ).warnings.filter((w) => w.id === 'stream_behind');
      const [busy, ...none] = behind({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) }, 10_512_000);
      expect(none).toEqual([]);
      expect(busy!.message).toBe(
        'function reader peaks at about 12 concurrent executions, over its 4 shards × a parallelization factor of 2 = 8 concurrent executions: its records wait in the stream and its iterator age grows, until quieter hours let it catch up; more shards or a higher parallelization factor (up to 10) keep up (the bill prices every run as given)',
      );
      // Steady at 12 a second (31,536,000 a month): the average is over the shards too.
      const [always] = behind({ pattern: 'steady' }, 31_536_000);
      expect(always!.message).toContain('peaks at about 12 concurrent executions, over its 4 shards');
      expect(always!.message).toContain(
        "; its average of about 12 is over them too, so it falls further behind all month and records older than the stream's retention expire unread;",
      );
      // At 8 a second, steady, it keeps up exactly: nothing to say.
      expect(behind({ pattern: 'steady' }, 21_024_000)).toEqual([]);
    });

    it('a consumer whose reserved concurrency is no higher than its shards is held by the reservation: no stream_behind', () => {
      // Steady at 12 a second of 1 s, reserved at 6 under 4 shards × 2 = 8: more shards would not keep up, the
      // reservation would still throttle it, and reserved_concurrency says so (31,536,000 − 6 × 2,628,000 = 15,768,000).
      const ids = (reservedConcurrency: number) =>
        estimate(
          scenario({
            functions: [
              fn({
                name: 'reader',
                durationMs: 1000,
                requestsPerMonth: 31_536_000,
                trigger: 'stream',
                reservedConcurrency,
                streamShards: [{ shards: 4, parallelizationFactor: 2 }],
              }),
            ],
          }),
          book(),
        ).warnings.map((w) => [w.id, w.message.includes('15,768,000')]);
      expect(ids(6).filter(([id]) => id === 'reserved_concurrency' || id === 'stream_behind')).toEqual([['reserved_concurrency', true]]);
      // Reserved at 8, the shards' own cap: still the reservation's; at 9, above it, the shards hold it first.
      expect(ids(8).some(([id]) => id === 'stream_behind')).toBe(false);
      expect(ids(9).filter(([id]) => id === 'stream_behind')).toHaveLength(1);
    });
  });

  describe("an SQS queue's maximum concurrency caps its worker", () => {
    // The worker above, whose queue's event source sets ScalingConfig.MaximumConcurrency: Lambda's poller invokes it no
    // more than that many at once.
    const queued = (most: readonly number[], fields: Partial<Parameters<typeof fn>[0]> = {}) => worker({ queueMaximumConcurrency: most, ...fields });

    it('a maximum concurrency of 2 keeps the worst month within the multiple: no warning', () => {
      // 2 at once for 10 s is 0.2 a second × 2,628,000 s = 525,600 runs: requests $0.10512 → $0.11, 657,000 GB-s ×
      // $0.0000166667 = $10.9500219 → $10.95, logs 0.1387584 GB → $0.0693792 → $0.07 and 0.24976512 GB-months →
      // $0.0074929536 → $0.01: $11.14, within 10× $2.11 = $21.10. At the account's 1,000 it was $5,566.01.
      expect(bombsOf(queued([2]))).toEqual([]);
    });

    it("a maximum concurrency of 10, below the account's 1,000, is the worst month's cap, named in words and in capped_by", () => {
      // 10 at once × 3,600 s ÷ 10 s = 3,600 runs an hour, 2,628,000 a month: requests $0.5256 → $0.53, 3,285,000 GB-s ×
      // $0.0000166667 = $54.7501095 → $54.75, logs 0.693792 GB → $0.346896 → $0.35 and 1.2488256 GB-months →
      // $0.037464768 → $0.04: $55.67, 26× $2.11. Reserved concurrency of 3 ($16.70 above) is the advice: below the 10.
      const [bomb, ...rest] = bombsOf(queued([10]));
      expect(rest).toEqual([]);
      expect(bomb!.message).toBe(
        "if its queue invoked function worker up to its queue's maximum concurrency of 10 concurrent executions all month, the serverless bill would be $55.67, 26× the expected $2.11; " +
          'reserved concurrency of 3 (\uE000setting:reserved-concurrency\uE001) keeps the worst month within 10× the expected bill and serves its peak of 0.38 concurrent executions',
      );
      expect(bomb!.costBomb).toMatchObject({ function: 'worker', cappedBy: 'queue_maximum_concurrency', unit: 'concurrent_executions' });
      expect(bomb!.costBomb!.worstMonthUsd.toFixed(2)).toBe('55.67');
      expect(bomb!.costBomb!.suggestedLimit?.toFixed()).toBe('3');
    });

    it('several queues add up', () => {
      // 4 + 6 = 10: the month of 10 at once above.
      const [bomb] = bombsOf(queued([4, 6]));
      expect(bomb!.message).toMatch(
        /^if its queue invoked function worker up to its queues' maximum concurrency of 4 \+ 6 = 10 concurrent executions all month, the serverless bill would be \$55\.67, /,
      );
    });

    it('the lower limit binds: reserved concurrency below the maximum, the account limit below the queues together', () => {
      // Reserved 4 under a maximum of 10: the $22.26 month of reserved concurrency 4 above.
      const [reserved] = bombsOf(queued([10], { reservedConcurrency: 4 }));
      expect(reserved!.message).toMatch(/^if its queue invoked function worker up to its reserved concurrency of 4 all month, the serverless bill would be \$22\.26, /);
      expect(reserved!.costBomb?.cappedBy).toBe('reserved_concurrency');
      // Two queues of 1,000 allow more than the account's 1,000: the $5,566.01 month at the account's limit.
      const [account] = bombsOf(queued([1000, 1000]));
      expect(account!.message).toMatch(
        /^if its queue invoked function worker up to the account's concurrency limit of 1,000 all month, the serverless bill would be \$5,566\.01, /,
      );
      expect(account!.costBomb?.cappedBy).toBe('account_concurrency_limit');
      // A queue's cap is read only where a queue invokes the function: invoked by S3, it keeps the account's cap.
      expect(bombsOf(queued([2], { trigger: 's3' }))[0]!.costBomb?.cappedBy).toBe('account_concurrency_limit');
    });

    it('a lower maximum concurrency never raises the worst month', () => {
      // At a multiple of 1 every cap's month is over the $2.11 expected (the cap of 2's is $11.14), so each is warned of.
      const worstAt = (most: number) => bombsOf({ ...queued([most]), settings: settings({ costBombMultiple: 1 }) })[0]!.costBomb!.worstMonthUsd;
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 1000 }), fc.integer({ min: 2, max: 1000 }), (a, b) => {
          const [lower, higher] = a <= b ? [a, b] : [b, a];
          expect(worstAt(lower).lessThanOrEqualTo(worstAt(higher))).toBe(true);
        }),
        { numRuns: 20 },
      );
      expect(worstAt(2).toFixed(2)).toBe('11.14');
    });

    it('a worker whose peak is over its maximum concurrency is told its messages wait: in its busy hours only, or all month', () => {
      // 1 s runs at 4 a second on average, 10,512,000 a month, under a maximum of 8. Diurnal traffic of 8 busy hours at 3×
      // the day's hourly average peaks at 4 × 3 = 12 concurrent executions; the average of 4 catches up.
      const behind = (traffic: Scenario['traffic'], requests: number) =>
        estimate(
          scenario({ traffic, functions: [fn({ name: 'worker', durationMs: 1000, requestsPerMonth: requests, trigger: 'sqs', queueMaximumConcurrency: [8] })] }),
          book(),
        ).warnings.filter((w) => w.id === 'queue_behind');
      const [busy, ...none] = behind({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) }, 10_512_000);
      expect(none).toEqual([]);
      expect(busy!.message).toBe(
        "function worker peaks at about 12 concurrent executions, over its queue's maximum concurrency of 8 concurrent executions: Lambda's poller invokes it no more at once, so its messages wait in the queue and their age grows, until quieter hours let it catch up; a higher maximum concurrency (up to 1,000) keeps up (the bill prices every run as given)",
      );
      // Steady at 12 a second (31,536,000 a month): the average is over the maximum too.
      const [always] = behind({ pattern: 'steady' }, 31_536_000);
      expect(always!.message).toContain('; its average of about 12 is over it too, so the queue grows all month and messages older than its retention period are deleted unread;');
      // At 8 a second, steady, it keeps up exactly: nothing to say.
      expect(behind({ pattern: 'steady' }, 21_024_000)).toEqual([]);
    });

    it('a worker whose reserved concurrency is no higher than its maximum concurrency is held by the reservation: no queue_behind', () => {
      // Steady at 12 a second of 1 s under a maximum of 8: reserved at 6, Lambda throttles the poller's invocations at 6,
      // so a higher maximum concurrency would not keep up; reserved_concurrency is the warning, with its 31,536,000 −
      // 6 × 2,628,000 = 15,768,000 throttled.
      const ids = (reservedConcurrency: number) =>
        estimate(
          scenario({
            functions: [fn({ name: 'worker', durationMs: 1000, requestsPerMonth: 31_536_000, trigger: 'sqs', reservedConcurrency, queueMaximumConcurrency: [8] })],
          }),
          book(),
        ).warnings.map((w) => [w.id, w.message.includes('15,768,000')]);
      expect(ids(6).filter(([id]) => id === 'reserved_concurrency' || id === 'queue_behind')).toEqual([['reserved_concurrency', true]]);
      // Reserved at 8, the queue's own maximum: still the reservation's; at 9, above it, the queue holds it first.
      expect(ids(8).some(([id]) => id === 'queue_behind')).toBe(false);
      expect(ids(9).filter(([id]) => id === 'queue_behind')).toHaveLength(1);
    });

    it("is behind only where its queue's cap binds below the function's own limit, and says what else holds it past the peak", () => {
      // Steady at 15 a second of 1 s: 15 at once, over a maximum of 10.
      const behind = (fields: Partial<Parameters<typeof fn>[0]>, limit?: number) =>
        estimate(
          scenario({
            ...(limit === undefined ? {} : { settings: settings({ accountConcurrencyLimit: limit }) }),
            functions: [fn({ name: 'worker', durationMs: 1000, requestsPerMonth: 15 * SECONDS_PER_MONTH, trigger: 'sqs', queueMaximumConcurrency: [10], ...fields })],
          }),
          book(),
        ).warnings.filter((w) => w.id === 'queue_behind');
      // A reservation of 5 holds it below the queue's 10: reserved_concurrency says so, and "a higher maximum
      // concurrency keeps up" was wrong; so with an account limit of 8.
      expect(behind({ reservedConcurrency: 5 })).toEqual([]);
      expect(behind({}, 8)).toEqual([]);
      // A reservation of 12 over the 10, under the peak of 15: the maximum binds, and raising it alone does not keep up.
      expect(behind({ reservedConcurrency: 12 })[0]!.message).toMatch(
        /; a higher maximum concurrency \(up to 1,000\) keeps up only beside a higher reserved concurrency \(its 12 is under its peak too\) \(the bill prices every run as given\)$/,
      );
      expect(behind({}, 12)[0]!.message).toContain('keeps up only beside a higher account limit (the 12 concurrent executions it allows are under its peak too)');
      // Past 1,000 at once no maximum concurrency keeps up: it was told that one "up to 1,000" did.
      const [past] = estimate(
        scenario({
          settings: settings({ accountConcurrencyLimit: 100_000 }),
          functions: [fn({ name: 'worker', durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH, trigger: 'sqs', queueMaximumConcurrency: [10] })],
        }),
        book(),
      ).warnings.filter((w) => w.id === 'queue_behind');
      expect(past!.message).toMatch(/; no maximum concurrency keeps up: Lambda allows 1,000 at the most, under its peak \(the bill prices every run as given\)$/);
    });

    it("names a few of its sources one by one and counts the rest, where 499 mappings' maxima were a warning of 499 terms", () => {
      const [bomb] = bombsOf(queued(Array.from({ length: 499 }, () => 2)));
      expect(bomb!.message).toMatch(
        /^if its queue invoked function worker up to its queues' maximum concurrency of 2 \+ 2 \+ 2 \+ 496 more = 998 concurrent executions all month, /,
      );
      const [behind] = estimate(
        scenario({
          functions: [
            fn({ name: 'worker', durationMs: 1000, requestsPerMonth: 1200 * SECONDS_PER_MONTH, trigger: 'sqs', queueMaximumConcurrency: Array.from({ length: 499 }, () => 2) }),
          ],
          settings: settings({ accountConcurrencyLimit: 5000 }),
        }),
        book(),
      ).warnings.filter((w) => w.id === 'queue_behind');
      expect(behind!.message).toContain("over its queues' maximum concurrency of 2 + 2 + 2 + 496 more = 998 concurrent executions:");
      // Four are named as they are.
      const [four] = bombsOf(queued([2, 3, 2, 3]));
      expect(four!.message).toContain("its queues' maximum concurrency of 2 + 3 + 2 + 3 = 10 concurrent executions");
    });
  });

  it('a scheduled function cannot be made to run more: no worst month to warn of', () => {
    expect(bombsOf(worker({ trigger: 'schedule' }))).toEqual([]);
  });

  it('when even the least reserved concurrency that serves the peak is over the multiple, it says so instead of advising it', () => {
    // 1,000,000 runs of 100 ms: 0.038 at once, so 1 is the least; 1 lets through 10 a second, 26,280,000 runs:
    // requests $5.256 → $5.26, 328,500 GB-s = $5.47501095 → $5.48, logs 6.93792 GB → $3.46896 → $3.47 and
    // 12.488256 GB-months → $0.37464768 → $0.37: $14.58, past 10× the expected $0.55 ($0.20 + $0.21 + $0.13 + $0.01).
    const s = scenario({ freeTier: false, functions: [fn({ name: 'resize', durationMs: 100, requestsPerMonth: 1_000_000 })] });
    const [bomb] = bombsOf(s);
    expect(bomb!.message).toContain('if anything invoked function resize up to');
    expect(bomb!.message).toContain(
      'no reserved concurrency keeps the worst month within 10× the expected bill and still serves its peak of 0.038 concurrent executions: 1, the least that does, allows $14.58',
    );
    expect(bomb!.costBomb?.suggestedLimit).toBeNull();
  });

  // Behind an HTTP API: 1,000,000 requests of 100 ms at 128 MB, no free tier. A request is $0.0000002 +
  // 0.0125 GB-s × $0.0000166667 + 264 B of logs + $0.000001 of API ($1.00 a million, the first 300M):
  // the month prints $0.20 + $0.21 + $0.13 + $0.01 + $1.00 = $1.55, so 10× is $15.50.
  const api = (fields: Partial<Scenario> = {}, fnFields: Partial<Parameters<typeof fn>[0]> = {}) =>
    scenario({
      freeTier: false,
      functions: [fn({ name: 'api', durationMs: 100, requestsPerMonth: 1_000_000, trigger: 'api', ...fnFields })],
      apiGateways: [{ type: 'http', requestsPerMonth: d(1_000_000), requestSizeKb: d(1), freeTier: false }],
      ...fields,
    });

  it('without a throttle, the API is capped by the concurrency limit all month, and the advice is a throttle', () => {
    // 1,000 at once at 0.1 s is 10,000 a second, 26,280,000,000 requests: Lambda and logs $5,256.00 + $5,475.01 +
    // $3,468.96 + $374.65 = $14,574.62; the API 300M × $1.00/M + 25,980M × $0.90/M = $23,682.00. $38,256.62,
    // 24,682× $1.55. A throttle of t a second is 2,628,000 t requests at about $0.0000015546 each: within $15.50
    // up to t ≈ 3.79, so 3 (at 3: $1.58 + $1.64 + $1.04 + $0.11 + $7.88 = $12.25), above the peak of 0.38.
    const [bomb] = bombsOf(api());
    expect(bomb!.message).toBe(
      "with no API throttle, if the API's functions ran at the account's concurrency limit of 1,000 all month, the serverless bill would be $38,256.62, 24,682× the expected $1.55; " +
        "an API throttle of 3 requests a second (\uE000setting:throttle\uE001) keeps the worst month within 10× the expected bill and is not below the API's peak of 0.38 a second",
    );
    expect(bomb!.costBomb).toMatchObject({ function: null, cappedBy: 'account_concurrency_limit', unit: 'requests_per_second' });
    expect(bomb!.costBomb!.suggestedLimit?.toFixed()).toBe('3');
  });

  it('advises a throttle of one request a second in the singular', () => {
    // 400,000 requests: 10× the month is about $6.20, which a throttle of about 1.5 a second keeps within, so 1.
    const [bomb] = bombsOf(api({ apiGateways: [{ type: 'http', requestsPerMonth: d(400_000), requestSizeKb: d(1), freeTier: false }] }, { requestsPerMonth: 400_000 }));
    expect(bomb!.costBomb!.suggestedLimit?.toFixed()).toBe('1');
    expect(bomb!.message).toContain('an API throttle of 1 request a second (');
  });

  it('a throttle bounds the worst month', () => {
    // 100 a second all month is 262,800,000 requests: $52.56 + 3,285,000 GB-s ($54.7501095 → $54.75) + logs
    // $34.69 + $3.75 + API $262.80 = $408.55, 264× $1.55.
    const [bomb] = bombsOf(api({ settings: settings({ throttleRps: d(100) }) }));
    expect(bomb!.message).toContain(
      'if the API were hammered at its throttle of 100 requests a second all month, the serverless bill would be $408.55, 264× the expected $1.55; an API throttle of 3 requests a second',
    );
    expect(bomb!.costBomb?.cappedBy).toBe('api_throttle');
  });

  it('a worst month just past the multiple is not rounded onto it ("26× the expected", then "within 26×"), and a multiple is grouped', () => {
    // A throttle of 10 a second: $40.86, 26.36× $1.55, past a multiple of 26.
    const [bomb] = bombsOf(api({ settings: settings({ throttleRps: d(10), costBombMultiple: 26 }) }));
    expect(bomb!.message).toContain('the serverless bill would be $40.86, more than 26× the expected $1.55; ');
    expect(bomb!.message).toContain('keeps the worst month within 26× the expected bill');
    // Past it by more than a half, the multiple rounds above it, and is said so.
    expect(bombsOf(api({ settings: settings({ throttleRps: d(10), costBombMultiple: 25.5 }) }))[0]!.message).toContain('$40.86, 26× the expected $1.55; ');
    // Of 1,000 and more, grouped as the multiple beside it is.
    const [big] = bombsOf(api({ settings: settings({ costBombMultiple: 1500 }) }));
    expect(big!.message).toContain('within 1,500× the expected bill');
  });

  it('a throttle within the multiple raises nothing, nor does a larger multiple', () => {
    // 1 a second: 2,628,000 requests, about $4.09.
    expect(bombsOf(api({ settings: settings({ throttleRps: d(1) }) }))).toEqual([]);
    // $408.55 is within 300× $1.55 = $465.
    expect(bombsOf(api({ settings: settings({ throttleRps: d(100), costBombMultiple: 300 }) }))).toEqual([]);
  });

  it('reserved concurrency behind the API caps it too, and a throttle above what it lets through changes nothing', () => {
    // Reserved 1 at 0.1 s lets through 10 a second, below the throttle of 50: 26,280,000 requests, $5.26 +
    // $5.48 + $3.47 + $0.37 + API $26.28 = $40.86.
    const [bomb] = bombsOf(api({ settings: settings({ throttleRps: d(50) }) }, { reservedConcurrency: 1 }));
    expect(bomb!.message).toContain(
      "with its throttle above what they can serve, if the API's functions ran at their reserved concurrency all month, the serverless bill would be $40.86,",
    );
    expect(bomb!.costBomb?.cappedBy).toBe('reserved_concurrency');
  });

  it("never advises a throttle below the API's own peak: when the peak all month is over the multiple it says so", () => {
    // 2 event days at 100×: 48 hours of weight 100 and 682 of 1, 5,482 in all; an event hour has
    // 1,000,000 × 100 ÷ 5,482 = 18,241.5 requests, 5.07 a second. That all month is 1e8 × 730 ÷ 5,482 =
    // 13,316,307.9 requests: $2.66 + 166,453.8 GB-s ($2.7742 → $2.77) + logs 3.51551 GB ($1.76) and 6.32792
    // GB-months ($0.19) + API $13.32 = $20.70, past $15.50, so no throttle both bounds it and serves the peak.
    const [bomb] = bombsOf(api({ traffic: { pattern: 'spiky', eventDays: 2, eventMultiplier: d(100) } }));
    expect(bomb!.message).toContain(
      "no API throttle keeps the worst month within 10× the expected bill without refusing the API's own peak of 5.1 requests a second: at that rate all month the bill would be $20.70",
    );
    expect(bomb!.costBomb?.suggestedLimit).toBeNull();
    expect(bomb!.costBomb?.peak.toFixed(4)).toBe('5.0671');
  });

  it('following its advice silences it in every shipped scenario, and the advice is a setting the file accepts, not below the peak', () => {
    let followed = 0;
    for (const name of readdirSync('scenarios').filter((file) => file.endsWith('.yaml'))) {
      const s = loadScenario(`scenarios/${name}`, {});
      for (const bomb of bombsOf(s)) {
        const figures = bomb.costBomb!;
        if (figures.suggestedLimit === null) continue;
        const limit = figures.suggestedLimit;
        expect(limit.greaterThanOrEqualTo(figures.peak), name).toBe(true);
        const followedIt: Scenario =
          figures.function === null
            ? { ...s, settings: { ...s.settings!, throttleRps: limit } }
            : { ...s, functions: s.functions.map((f) => (f.name === figures.function ? { ...f, reservedConcurrency: limit.toNumber() } : f)) };
        expect(
          bombsOf(followedIt).map((w) => w.costBomb!.function),
          name,
        ).not.toContain(figures.function);
        // And it is the largest that does: one more concurrent execution lets the worst month past the multiple.
        if (figures.function !== null) {
          const oneMore: Scenario = { ...s, functions: s.functions.map((f) => (f.name === figures.function ? { ...f, reservedConcurrency: limit.toNumber() + 1 } : f)) };
          expect(
            bombsOf(oneMore).map((w) => w.costBomb!.function),
            name,
          ).toContain(figures.function);
        }
        // What validation says of the value where the advice puts it.
        const setting =
          figures.function === null
            ? `api_gateway: { type: http, throttle: { rate_limit_rps: ${limit.toFixed()} } }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 100 }]\n`
            : `lambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 100, trigger: sqs, reserved_concurrency: ${limit.toFixed()} }]\n`;
        expect(() => scenarioOf(`name: t\ntraffic: { requests_per_month: 1000 }\n${setting}`), name).not.toThrow();
        // An event source's function is never told to set an API throttle.
        if (figures.function !== null) expect(bomb.message).not.toContain('throttle');
        followed += 1;
      }
    }
    expect(followed).toBeGreaterThanOrEqual(8);
  });

  it('is silent for the shipped scenarios whose functions are capped, with the check on', () => {
    for (const name of ['queue-worker.yaml', 'kinesis-consumer.yaml', 'nightly-job.yaml']) {
      const s = loadScenario(`scenarios/${name}`, {});
      expect(s.settings?.warningsOff, name).not.toContain('cost_bomb');
      expect(bombsOf(s), name).toEqual([]);
    }
  });

  it('checks each way in on its own: the API, and each function an event source invokes', () => {
    const s = api();
    const both = { ...s, functions: [...s.functions, fn({ name: 'worker', durationMs: 10_000, requestsPerMonth: 100_000, trigger: 'sqs' })] };
    expect(bombsOf(both).map((w) => w.costBomb?.function)).toEqual([null, 'worker']);
  });
});

describe('the environments a percentile of hours needs', () => {
  it('is what sorting the hours and taking the nearest rank gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 40 }), count: fc.integer({ min: 1, max: 30 }) }), { maxLength: 60 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (runs, percentile) => {
          const sorted = runs.flatMap((run) => Array<number>(run.count).fill(run.value)).sort((a, b) => a - b);
          expect(nearestRank(runs, percentile)).toBe(sorted[Math.max(0, Math.ceil((percentile / 100) * sorted.length) - 1)]);
        },
      ),
    );
  });
});

describe('the worst month under traffic that is not steady', () => {
  it('is priced as the flat month it is, also for provisioned environments on in the busiest hours only', () => {
    // Provisioned environments on 240 hours a month serve the busiest hours' share of requests: under a
    // diurnal day that share is larger than under a flat one, so the two month shapes bill differently.
    const diurnal = scenario({
      traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) },
      functions: [fn({ durationMs: 200, requestsPerMonth: 10_000_000, provisioned: { count: 2000, hoursPerMonth: 240, requestsPerMonth: null, durationMs: null } })],
      // 2,000 environments cost more than the burst adds: any worst month over the bill is a bomb here.
      settings: settings({ costBombMultiple: 1.000001 }),
    });
    // An event source's function at the account's limit: 1,000 at once of 200 ms, 5,000 a second all month.
    const worst = d(13_140_000_000);
    const { prices, where } = regionOf(diurnal, book());
    const flatMonth = atVolume({ ...diurnal, traffic: { pattern: 'steady' } }, worst);
    const flatUsd = serverlessCost(flatMonth, prices, monthProfile({ pattern: 'steady' }), where).monthlyUsd;
    const diurnalUsd = serverlessCost(flatMonth, prices, monthProfile(diurnal.traffic), where).monthlyUsd;
    expect(flatUsd.equals(diurnalUsd)).toBe(false);
    expect(warningsOf(diurnal).get('cost_bomb')).toContain(`the serverless bill would be ${formatUsd(flatUsd)},`);
  });
});

describe('turning warnings off', () => {
  it('drops exactly the named warnings', () => {
    const noisy = scenario({
      freeTier: false,
      functions: [fn({ durationMs: 1000, requestsPerMonth: 1500 * SECONDS_PER_MONTH }), fn({ name: 'rare', durationMs: 100, requestsPerMonth: 730 })],
    });
    const all = [...warningsOf(noisy).keys()];
    expect(all).toEqual(expect.arrayContaining(['concurrency_limit', 'cold_start_share']));
    const quiet = warningsOf({ ...noisy, settings: settings({ warningsOff: ['concurrency_limit', 'cold_start_share'] }) });
    expect([...quiet.keys()]).toEqual(all.filter((id) => id !== 'concurrency_limit' && id !== 'cold_start_share'));
  });
});

/** The cold-start options of an estimate's advice (memory advice has none of their fields). */
const coldAdvice = (result: ReturnType<typeof estimate>) => result.advice.filter((advice): advice is ColdStartAdvice => advice.kind !== 'memory_size');

describe('cold-start advice', () => {
  it('prices provisioned concurrency for the peak and a keep-warm ping for a quiet function', () => {
    const result = estimate(scenario({ freeTier: false, functions: [fn({ name: 'rare', durationMs: 100, requestsPerMonth: 730 })] }), book());
    const kinds = result.advice.map((a) => a.kind);
    expect(kinds).toEqual(['provisioned_concurrency', 'keep_warm']);
    const keepWarm = coldAdvice(result).find((a) => a.kind === 'keep_warm')!;
    // 8,760 pings of 1 ms at 128 MB: 8,760 × $0.0000002 + 8,760 × 0.001 × 0.125 × $0.0000166667 = $0.001752 + $0.00001825.
    expect(keepWarm.monthlyUsd.toFixed(8)).toBe('0.00177025');
    // One environment, one request an hour: nearly every request starts it cold (730 × e^(−1/6)).
    expect(keepWarm.coldStartsRemoved).toBeCloseTo(617.9, 0);
    const provisioned = coldAdvice(result).find((a) => a.kind === 'provisioned_concurrency')!;
    expect(provisioned.count).toBe(1);
  });

  it('prices a keep-warm ping less the INIT phases of the cold starts it removes, where the table bills them', () => {
    // One request an hour of 100 ms, 10 GB, an INIT of 10 s (aws-2025-10-08 bills a Java ZIP's): the first environment
    // is cold 730 × e^(−1/6) = 617.932 times, 61,793.166 INIT GB-s × $0.0000166667 = $1.029888. The pings: 8,760 ×
    // $0.0000002 + 8,760 × 0.001 s × 10 GB × $0.0000166667 = $0.003212. The ping saves $1.026676 a month.
    const big = (pricing: string) =>
      estimate(
        scenario({ freeTier: false, functions: [fn({ name: 'slow', runtime: 'java', initDurationMs: d(10000), memoryMb: 10240, durationMs: 100, requestsPerMonth: 730 })] }),
        book(pricing),
      );
    const keepWarm = (pricing: string) => coldAdvice(big(pricing)).find((a) => a.kind === 'keep_warm')!;
    expect(keepWarm('aws-2025-10-08').monthlyUsd.toNumber()).toBeCloseTo(-1.026676, 6);
    expect(keepWarm('aws-2025-10-08').coldStartsRemoved).toBeCloseTo(617.932, 3);
    // Before 2025-08-01 a Java ZIP's INIT phase was not billed: the pings alone.
    expect(keepWarm('aws-2025-05-01').monthlyUsd.toFixed(8)).toBe('0.00321200');
  });

  it('gives functions alike but for their names the same advice, each under its name, and one that differs its own', () => {
    // 730 requests of 100 ms a month each: most start cold. Three alike at 128 MB, one at 1,024 MB.
    const at = (name: string, memoryMb: number) => fn({ name, memoryMb, durationMs: 100, requestsPerMonth: 730, trigger: 'api' });
    const result = estimate(
      scenario({ freeTier: false, functions: [at('a', 128), at('b', 128), at('big', 1024), at('c', 128)], apiGateways: [], settings: settings({ coldStartAdvicePct: 0 }) }),
      book(),
    );
    const of = (name: string) =>
      coldAdvice(result)
        .filter((option) => option.function === name)
        .map((option) => [option.kind, option.monthlyUsd.toFixed(), option.count]);
    expect(of('a').length).toBeGreaterThan(0);
    expect(of('b')).toEqual(of('a'));
    expect(of('c')).toEqual(of('a'));
    // Eight times the memory: one environment kept all month costs eight times as much (128 MB against 1,024 MB, the same hours).
    const allMonth = (name: string) => result.advice.find((option) => option.function === name && option.kind === 'provisioned_concurrency')!.monthlyUsd;
    expect(allMonth('big').dividedBy(allMonth('a')).toDecimalPlaces(0).toNumber()).toBeGreaterThan(6);
  });

  it('advises only where someone waits and cold starts reach the threshold; a trigger nobody waits on gets no cold_start_share warning', () => {
    // 730 requests of 100 ms, one an hour: 730 × e^(−1/6) ≈ 618 cold starts, 84.6% of the requests.
    const rare = (fields: Partial<Parameters<typeof fn>[0]>, more: Partial<LambdaSettings> = {}) =>
      estimate(scenario({ freeTier: false, functions: [fn({ name: 'rare', durationMs: 100, requestsPerMonth: 730, ...fields })], settings: settings(more) }), book());
    expect(rare({ trigger: 'api' }).advice).toHaveLength(2);
    expect(rare({ trigger: 'api' }).warnings.map((w) => w.id)).toContain('cold_start_share');
    for (const trigger of ['schedule', 'sqs', 's3', 'sns', 'eventbridge', 'stream', 'event'] as const) {
      const result = rare({ trigger });
      expect(result.advice).toEqual([]);
      expect(result.warnings.map((w) => w.id)).not.toContain('cold_start_share');
      expect(result.coldStarts[0]).toMatchObject({ matter: false });
    }
    // 84.6% is below a threshold of 90% and above one of 80%.
    expect(rare({}, { coldStartAdvicePct: 90 }).advice).toEqual([]);
    expect(rare({}, { coldStartAdvicePct: 80 }).advice).toHaveLength(2);
  });

  it("warns of a Lambda@Edge function's cold starts without pointing to advice it cannot have", () => {
    // The same 730 requests of 100 ms, one an hour, at CloudFront's edge: no option is advised, so none is named.
    const result = estimate(
      scenario({ freeTier: false, functions: [fn({ name: 'rare', durationMs: 100, requestsPerMonth: 730, edge: 'origin' })], settings: settings({}) }),
      book(),
    );
    expect(result.advice).toEqual([]);
    const warning = result.warnings.find((w) => w.id === 'cold_start_share')!;
    expect(warning.message).toContain('Lambda@Edge has no provisioned concurrency to remove them');
    expect(warning.message).not.toContain('cold-start advice');
  });

  it("says a cold start's added latency in grouped digits, as the cold-start lines above it do", () => {
    // A Java function's 3,000 ms p50 read "about 3000 ms (p99 6000 ms)" in the warning and "+3,000 ms p50" in its line.
    const result = estimate(scenario({ functions: [fn({ name: 'rare', runtime: 'java', durationMs: 100, requestsPerMonth: 730 })], settings: settings({}) }), book());
    const warning = result.warnings.find((w) => w.id === 'cold_start_share')!;
    expect(warning.message).toContain('each adding about 3,000 ms (p99 6,000 ms)');
  });

  it('offers provisioned concurrency in the busy hours only for diurnal traffic', () => {
    const result = estimate(
      scenario({ traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) }, functions: [fn({ durationMs: 200, requestsPerMonth: 50_000 })] }),
      book(),
    );
    const scheduled = coldAdvice(result).find((a) => a.kind === 'scheduled_provisioned_concurrency')!;
    const allMonth = coldAdvice(result).find((a) => a.kind === 'provisioned_concurrency')!;
    expect(scheduled.hoursPerMonth).toBeLessThan(allMonth.hoursPerMonth);
    expect(scheduled.monthlyUsd.lessThan(allMonth.monthlyUsd)).toBe(true);
    expect(scheduled.coldStartsRemoved).toBeLessThan(allMonth.coldStartsRemoved);
  });

  it('sized for a percentile of hours, it costs less and leaves the busiest hours some cold starts', () => {
    const shape = { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(2) } as const;
    const functions = [fn({ durationMs: 2000, requestsPerMonth: 5_000_000 })];
    // Its cold starts are below the default advice threshold: the sizing is what is tested, so every function is advised.
    const atPeak = coldAdvice(estimate(scenario({ traffic: shape, functions, settings: settings({ coldStartAdvicePct: 0 }) }), book())).find(
      (a) => a.kind === 'provisioned_concurrency',
    )!;
    const atMedian = coldAdvice(
      estimate(scenario({ traffic: shape, functions, settings: settings({ provisionedConcurrencyPercentile: 50, coldStartAdvicePct: 0 }) }), book()),
    ).find((a) => a.kind === 'provisioned_concurrency')!;
    expect(atMedian.count).toBeLessThan(atPeak.count);
    expect(atMedian.monthlyUsd.lessThan(atPeak.monthlyUsd)).toBe(true);
    expect(atMedian.coldStartsRemoved).toBeLessThan(atPeak.coldStartsRemoved);
    expect(atMedian.coldStartsRemoved).toBeGreaterThan(0);
  });
});

describe('provisioned-concurrency advice over a diurnal month', () => {
  // 20 M requests a month of 1 s, busy 08:00–16:00 at 3× the day's average: the busy hours need
  // several environments, the quiet ones fewer, and each morning starts the difference cold.
  const busyDay = scenario({
    traffic: { pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: d(3) },
    functions: [fn({ durationMs: 1000, requestsPerMonth: 20_000_000 })],
  });
  // Its cold starts are below the default advice threshold; the sizing is what is tested, so every function is advised.
  const at = (percentile: number) =>
    estimate({ ...busyDay, settings: { ...DEFAULT_LAMBDA_SETTINGS, provisionedConcurrencyPercentile: percentile, coldStartAdvicePct: 0 } }, book());
  const cold = () => {
    return coldStarts(
      busyDay.functions[0]!,
      hourShares(busyDay.traffic).map((share) => ({ share, hours: 1 })),
      DEFAULT_LAMBDA_SETTINGS.idleTimeoutMinutes,
    );
  };

  it('sizes for a percentile of hours, not of runs of hours', () => {
    // 242 of the 730 hours are busy (30 days × 8 + 2), 488 quiet: up to the 66th percentile, a quiet hour's
    // environments suffice. Counted by runs instead (31 quiet, 31 busy), the 60th would be a busy hour's.
    const hourly = cold().perRun;
    const quiet = Math.min(...hourly.map((hour) => hour.environments));
    const busy = Math.max(...hourly.map((hour) => hour.environments));
    expect(busy).toBeGreaterThan(quiet);
    expect(at(60).advice[0]).toMatchObject({ kind: 'provisioned_concurrency', count: quiet });
    expect(at(100).advice[0]).toMatchObject({ kind: 'provisioned_concurrency', count: busy });
  });

  it("scheduled for the busy hours, it removes their first environments' cold starts and each morning's", () => {
    // Hour by hour: the cold starts of the first `count` environments of every hour at the busiest share, including the
    // first busy hour's scale-up up to them; the environments past them stay cold now and then.
    const hours = hourShares(busyDay.traffic).map((share) => ({ share, hours: 1 }));
    const scheduled = coldAdvice(at(100)).find((advice) => advice.kind === 'scheduled_provisioned_concurrency')!;
    const covered = coldStartsCoveredByRun(scheduled.count, busyDay.functions[0]!, hours, DEFAULT_LAMBDA_SETTINGS.idleTimeoutMinutes);
    const busiest = Math.max(...hours.map((hour) => hour.share));
    const removed = covered.reduce((total, each, at) => (hours[at]!.share >= busiest - 1e-12 ? total + each : total), 0);
    expect(removed).toBeGreaterThan(0);
    expect(Math.abs(scheduled.coldStartsRemoved - removed)).toBeLessThan(1e-6 * removed);
    // Less than the busy hours' cold starts of every environment: those past the first `count` stay.
    const hourly = cold().perRun;
    const busyCold = hourly.filter((hour) => hour.share >= busiest - 1e-12).reduce((total, hour) => total + hour.coldPerHour + hour.scaleUp, 0);
    expect(scheduled.coldStartsRemoved).toBeLessThan(busyCold);
  });

  it('removes what the estimate with that provisioned concurrency no longer counts, not every cold start', () => {
    // README's java-api-throttled.yaml: 601 cold starts a month, most of them of a third environment its busy hours need
    // now and then; the advice's 2 environments keep the first two warm, and the estimate with them still counts 539.
    // The advice said they removed all 601.
    const file = 'scenarios/java-api-throttled.yaml';
    const without = loadScenario(file, {});
    const before = estimate(without, book());
    const advised = coldAdvice(before).find((advice) => advice.kind === 'provisioned_concurrency')!;
    expect(advised.count).toBe(2);
    const withIt = {
      ...without,
      functions: without.functions.map((each) => ({ ...each, provisioned: { count: advised.count, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } })),
    };
    const after = estimate(withIt, book());
    const removed = before.coldStarts[0]!.perMonth - after.coldStarts[0]!.perMonth;
    expect(Math.round(before.coldStarts[0]!.perMonth)).toBe(601);
    expect(Math.round(after.coldStarts[0]!.perMonth)).toBe(539);
    expect(advised.coldStartsRemoved).toBeCloseTo(removed, 6);
  });
});

describe('reservations past what the account limit lets functions reserve', () => {
  const reserving = (a: number, b: number, limit = '') =>
    scenarioOf(
      `name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n${limit}  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10, reserved_concurrency: ${a} }\n    - { name: b, memory_mb: 128, duration_ms: 10, reserved_concurrency: ${b} }\n`,
    );
  const warningOf = (s: Scenario) => estimate(s, book(s.pricingId)).warnings.find((warning) => warning.id === 'reservations_over_limit');

  it('are said: AWS keeps 100 of the limit unreserved, so 900 of the default 1,000 may be reserved, and 950 is refused past 900', () => {
    expect(warningOf(reserving(450, 450))).toBeUndefined();
    expect(inWords(warningOf(reserving(500, 450))?.message ?? '')).toBe(
      "the functions reserve 950 concurrent executions between them, more than the 900 an account limit of 1,000 lets them reserve (AWS keeps 100 unreserved and refuses the reservations past it); if AWS has raised the account's limit, lambda.account_concurrency_limit records it",
    );
  });

  it('are not, where the scenario records a raised limit, nor where it turns the warning off', () => {
    expect(warningOf(reserving(500, 450, '  account_concurrency_limit: 1050\n'))).toBeUndefined();
    expect(inWords(warningOf(reserving(500, 451, '  account_concurrency_limit: 1050\n'))?.message ?? '')).toBe(
      "the functions reserve 951 concurrent executions between them, more than the 950 an account limit of 1,050 lets them reserve (AWS keeps 100 unreserved and refuses the reservations past it); if AWS has raised the account's limit, lambda.account_concurrency_limit records it",
    );
    const off = scenarioOf(
      'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10, reserved_concurrency: 2000 }\nwarnings: { reservations_over_limit: false }\n',
    );
    expect(warningOf(off)).toBeUndefined();
  });

  it('count provisioned concurrency on functions without a reservation, which comes out of the unreserved 900 too', () => {
    const provisioning = (a: string, b: string) =>
      scenarioOf(
        `name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10, ${a} }\n    - { name: b, memory_mb: 128, duration_ms: 10, ${b} }\n`,
      );
    // 600 + 300 = 900: exactly what may be set aside.
    expect(warningOf(provisioning('provisioned_concurrency: 600', 'provisioned_concurrency: 300'))).toBeUndefined();
    // 600 + 301 environments, both in the traffic's busiest hours (the same hours for every function).
    expect(inWords(warningOf(provisioning('provisioned_concurrency: 600', 'provisioned_concurrency: { count: 301, hours_per_month: 100 }'))?.message ?? '')).toBe(
      "the functions set aside 901 concurrent executions between them (901 provisioned on functions without a reservation), more than the 900 an account limit of 1,000 lets them set aside (AWS keeps 100 unreserved and refuses the reservations and provisioned concurrency past it); if AWS has raised the account's limit, lambda.account_concurrency_limit records it",
    );
    // 500 reserved (its 400 provisioned come out of them) and 401 provisioned without a reservation: 901.
    expect(inWords(warningOf(provisioning('reserved_concurrency: 500, provisioned_concurrency: 400', 'provisioned_concurrency: 401'))?.message ?? '')).toBe(
      "the functions set aside 901 concurrent executions between them (500 reserved, 401 provisioned on functions without a reservation), more than the 900 an account limit of 1,000 lets them set aside (AWS keeps 100 unreserved and refuses the reservations and provisioned concurrency past it); if AWS has raised the account's limit, lambda.account_concurrency_limit records it",
    );
    // Provisioned for no hours is none at once.
    expect(warningOf(provisioning('provisioned_concurrency: 600', 'provisioned_concurrency: { count: 400, hours_per_month: 0 }'))).toBeUndefined();
  });
});
