// A growing outlook's later months can pass a limit month 1 is within: each such limit warning is given once, from the
// first month past it, against hand-derived months and counts.
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Warning } from '../../src/core/types.js';
import { inWords } from '../../src/report/words.js';
import { book, scenarioOf } from '../helpers/build.js';

function warningsOf(text: string): readonly Warning[] {
  const scenario = scenarioOf(text);
  return estimate(scenario, book(scenario.pricingId)).warnings;
}

/** A warning's words before its first colon: what is over what. */
const head = (warning: Warning) => warning.message.split(':')[0];

const outlook = (fields: { requests?: string; growth?: string; pattern?: string; functions: string }) => `
name: outlook
traffic: { requests_per_month: ${fields.requests ?? '20000000'}, growth_pct_per_month: ${fields.growth ?? '20'}, months: 12${fields.pattern ? `, pattern: ${fields.pattern}` : ''} }
lambda:
  functions:
${fields.functions}
`;

// Month m has 20,000,000 × 1.2^(m − 1) requests; a steady month runs requests × 0.4 s ÷ 2,628,000 s at once, 3.04 in
// month 1. Past 10 at once takes 10 × 2,628,000 ÷ 0.4 = 65,700,000 requests, 3.285 times month 1's: 1.2^6 = 2.986 is
// under it, 1.2^7 = 3.583 over, so month 8, of 71,663,616 requests and 10.91 at once (about 11).
const MONTH_8 = 'from month 8 of the outlook (71,663,616 requests), ';

describe("a growing outlook's limit warnings", () => {
  it("says from which month a queue's worker outruns its maximum concurrency", () => {
    const warnings = warningsOf(outlook({ functions: '    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }' }));
    const behind = warnings.filter((warning) => warning.id === 'queue_behind');
    expect(behind).toHaveLength(1);
    // Steady traffic: its average is its peak, over the cap too.
    expect(behind[0]!.message).toBe(
      `${MONTH_8}function w peaks at about 11 concurrent executions, over its queue's maximum concurrency of 10 concurrent executions: Lambda's poller invokes it no more at once, so its messages wait in the queue and their age grows; its average of about 11 is over it too, so the queue grows all month and messages older than its retention period are deleted unread; a higher maximum concurrency (up to 1,000) keeps up (the bill prices every run as given)`,
    );
  });

  it('counts the requests a reservation throttles in its first month past it', () => {
    // 10 at once for 2,628,000 s at 0.4 s each serve 65,700,000; month 8's 71,663,616 lose 5,963,616.
    const warnings = warningsOf(outlook({ functions: '    - { name: w, memory_mb: 1024, duration_ms: 400, trigger: sqs, reserved_concurrency: 10 }' }));
    expect(warnings.filter((warning) => warning.id === 'reserved_concurrency').map((warning) => warning.message)).toEqual([
      `${MONTH_8}function w peaks at about 11 concurrent executions, over its reserved concurrency of 10: about 5,963,616 requests a month would be throttled, which Lambda does not bill (the bill counts only the requests served)`,
    ]);
  });

  it("says from which month a stream's consumer outruns its shards", () => {
    const warnings = warningsOf(outlook({ functions: '    - { name: w, memory_mb: 1024, duration_ms: 400, stream: { shards: 5, parallelization_factor: 2 } }' }));
    const behind = warnings.filter((warning) => warning.id === 'stream_behind');
    expect(behind.map(head)).toEqual([
      `${MONTH_8}function w peaks at about 11 concurrent executions, over its 5 shards × a parallelization factor of 2 = 10 concurrent executions`,
    ]);
  });

  it("says from which month the functions outrun the account's limit", () => {
    // 100 times the requests of the cases above: past 1,000 at once from month 8, of 7,166,361,600 requests, 1,090.77 at
    // once; 1,000 at once serve 6,570,000,000, so 596,361,600 are throttled.
    const warnings = warningsOf(outlook({ requests: '2000000000', functions: '    - { name: w, memory_mb: 1024, duration_ms: 400 }' }));
    expect(warnings.filter((warning) => warning.id === 'concurrency_limit').map((warning) => inWords(warning.message))).toEqual([
      'from month 8 of the outlook (7,166,361,600 requests), the functions peak at about 1,091 concurrent executions, over the account limit of 1,000 per region: about 596,361,600 requests a month would be throttled, which Lambda does not bill (the bill counts only the requests served); ask AWS to raise the limit (lambda.account_concurrency_limit records it)',
    ]);
  });

  it("finds the month by the busiest hour's peak, not the month's average", () => {
    // Diurnal: 8 busy hours at 3 times the day's hourly average, so the peak is 3 × 3.04 = 9.13 in month 1, and
    // 3 × 24,000,000 × 0.4 ÷ 2,628,000 = 10.96 in month 2, whose average of 3.65 is within the cap.
    const warnings = warningsOf(outlook({ pattern: 'diurnal', functions: '    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }' }));
    const behind = warnings.filter((warning) => warning.id === 'queue_behind').map((warning) => warning.message);
    expect(behind[0]).toMatch(/^from month 2 of the outlook \(24,000,000 requests\), function w peaks at about 11 concurrent executions, .*, until quieter hours let it catch up;/);
  });

  it("gives a later month's warning again from the month its average passes the limit too, and its words turn", () => {
    // The diurnal worker above: its busy hours pass the queue's 10 in month 2, which is told it catches up in quieter
    // hours; its average, 3.04 at once in month 1, passes 10 in month 8 as a steady month's does (71,663,616 requests,
    // 10.91 at once), from when the queue grows all month. It was said in month 2 alone, and held for every month.
    const diurnal = (functions: string) => warningsOf(outlook({ pattern: 'diurnal', functions }));
    const behind = diurnal('    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }').filter((warning) => warning.id === 'queue_behind');
    expect(behind.map((warning) => warning.message.slice(0, 61))).toEqual(['from month 2 of the outlook (24,000,000 requests), function w', `${MONTH_8}function w`]);
    expect(behind[0]!.message).toContain(', until quieter hours let it catch up;');
    expect(behind[1]!.message).toContain('; its average of about 11 is over it too, so the queue grows all month');
    // Under a reservation of 10, 10 × 3,600 s ÷ 0.4 s = 90,000 an hour: the diurnal day's 8 busy hours hold all of it
    // (3 × 8 = 24), 242 of them in the month's 730, each 3 ÷ 726 of the month. Month 2's 99,173.55 a busy hour serve
    // 90,000 × 242 = 21,780,000 in their own hours; the queue keeps the other 2,220,000 and they run in quieter hours
    // (24,000,000 within 90,000 × 730 = 65,700,000; an average of 3.65), none throttled. From month 8 the average is
    // over it too: 65,700,000 served of 71,663,616, so 43,920,000 wait and 5,963,616 are throttled.
    const reserved = diurnal('    - { name: w, memory_mb: 1024, duration_ms: 400, trigger: sqs, reserved_concurrency: 10 }').filter(
      (warning) => warning.id === 'reserved_concurrency',
    );
    expect(reserved.map((warning) => [warning.message.slice(0, 40), warning.message.includes('is within the limit'), warning.message.includes('would be throttled')])).toEqual([
      ['from month 2 of the outlook (24,000,000 ', true, false],
      ['from month 8 of the outlook (71,663,616 ', false, true],
    ]);
    expect(reserved[0]!.message).toContain(
      "its queue keeps the messages, and the month's average of about 3.65 concurrent executions is within the limit, so about 2,220,000 requests a month held back in the busiest hours wait to run, and be billed, in quieter ones",
    );
    expect(reserved[1]!.message).toContain(
      "its queue keeps the messages, so about 43,920,000 requests a month held back in the busiest hours wait to run, and be billed, in quieter ones; but the month's average of about 11 concurrent executions is over the limit too, so about 5,963,616 requests a month would be throttled, which Lambda does not bill",
    );
    // A steady worker's average is its peak: one warning, from month 8, as before.
    expect(
      warningsOf(outlook({ functions: '    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }' })).filter(
        (warning) => warning.id === 'queue_behind',
      ),
    ).toHaveLength(1);
  });

  it("does not repeat a warning month 1 gives, and gives each function's its own first month", () => {
    // v: 3.04 at once in month 1 over its reservation of 2, said as month 1's. w: past 10 in month 8, as above. x: past 5
    // at once takes 32,850,000 requests, 1.6425 times month 1's: 1.2^2 = 1.44 under, 1.2^3 = 1.728 over, so month 4, of
    // 34,560,000 requests, 5.26 at once; 5 at once serve 32,850,000, so 1,710,000 are throttled.
    const warnings = warningsOf(
      outlook({
        functions: [
          '    - { name: v, memory_mb: 1024, duration_ms: 400, trigger: sqs, reserved_concurrency: 2 }',
          '    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }',
          '    - { name: x, memory_mb: 1024, duration_ms: 400, trigger: sqs, reserved_concurrency: 5 }',
        ].join('\n'),
      }),
    );
    const limits = warnings.filter((warning) => ['reserved_concurrency', 'queue_behind', 'concurrency_limit'].includes(warning.id));
    expect(limits.map((warning) => [warning.id, head(warning)])).toEqual([
      ['reserved_concurrency', 'function v peaks at about 3 concurrent executions, over its reserved concurrency of 2'],
      ['reserved_concurrency', 'from month 4 of the outlook (34,560,000 requests), function x peaks at about 5.3 concurrent executions, over its reserved concurrency of 5'],
      ['queue_behind', `${MONTH_8}function w peaks at about 11 concurrent executions, over its queue's maximum concurrency of 10 concurrent executions`],
    ]);
    expect(limits[1]!.message).toContain('about 1,710,000 requests a month would be throttled');
  });

  it('gives no later month a warning when the outlook shrinks: month 1 is its largest', () => {
    const functions = '    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }';
    expect(warningsOf(outlook({ growth: '-20', functions })).map((warning) => warning.id)).not.toContain('queue_behind');
    // Ten times the requests: 30.4 at once in month 1, said once, as month 1's.
    const shrinking = warningsOf(outlook({ requests: '200000000', growth: '-20', functions })).filter((warning) => warning.id === 'queue_behind');
    expect(shrinking.map(head)).toEqual(["function w peaks at about 30 concurrent executions, over its queue's maximum concurrency of 10 concurrent executions"]);
  });

  it('is turned off by the same id as month 1 warnings', () => {
    const text = outlook({ functions: '    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }' }).replace(
      'lambda:',
      'warnings: { queue_behind: false }\nlambda:',
    );
    expect(warningsOf(text).map((warning) => warning.id)).not.toContain('queue_behind');
  });
  it("says from which month a provisioned DynamoDB table's load needs more capacity than it has", () => {
    // Steady: a month's units ÷ 2,628,000 s, rounded up. Reads: 20,000,000 need 8 RCU in month 1, over 5: month 1's.
    // Writes: past 20 WCU takes more than 52,560,000 units, 2.628 times month 1's: 1.2^5 = 2.488 under, 1.2^6 = 2.986
    // over, so month 7, of 59,719,680 units, 22.7 a second: 23 WCU.
    const text = outlook({ functions: '    - { name: w, memory_mb: 1024, duration_ms: 40 }' }).concat(
      'services:\n  dynamodb: [{ name: orders, write_request_units_per_month: 20000000, write_capacity_units: 20, read_request_units_per_month: 20000000, read_capacity_units: 5 }]\n',
    );
    expect(
      warningsOf(text)
        .filter((warning) => warning.id === 'dynamodb_capacity_below_load')
        .map((warning) => warning.message),
    ).toEqual([
      'DynamoDB table orders: its reads need 8 RCU on average over the month, but it is provisioned with 5; requests above the capacity are throttled',
      'from month 7 of the outlook (59,719,680 requests), DynamoDB table orders: its writes need 23 WCU on average over the month, but it is provisioned with 20; requests above the capacity are throttled',
    ]);
  });
  it("quotes a later month's own average in the account pool's warning given again, not month 1's", () => {
    // A worker without a reservation in an account of 10: diurnal, 40,000,000 × 0.4 s ÷ 2,628,000 s = 6.09 at once on
    // average in month 1, its busy hours over the pool; month 4's 69,120,000 are 10.52 on average, over it: the pool
    // serves 10 × 3,600 s ÷ 0.4 s × 730 = 65,700,000, and 3,420,000 are throttled. Month 1's average (6.09, "just over
    // 10" against the limit) was quoted.
    const pool = warningsOf(`
name: outlook
traffic: { requests_per_month: 40000000, growth_pct_per_month: 20, months: 12, pattern: diurnal }
lambda:
  account_concurrency_limit: 10
  functions:
    - { name: w, memory_mb: 1024, duration_ms: 400, trigger: sqs }
`).filter((warning) => warning.id === 'concurrency_limit');
    expect(pool.map((warning) => warning.message.slice(0, 20))).toEqual(['the functions peak a', 'from month 4 of the ']);
    expect(pool[1]!.message).toContain("the month's average of about 11 concurrent executions is over the limit too, so about 3,420,000 requests a month would be throttled");
  });
  it('gives a month 1 warning again from the month its average passes the limit too, and its words turn', () => {
    // Diurnal, 40,000,000 × 0.4 s ÷ 2,628,000 s = 6.09 at once on average in month 1, under the queue's 10, its busy
    // hours over it: "until quieter hours let it catch up". Past 10 on average takes 65,700,000 requests, 1.6425 times
    // month 1's: 1.2^2 = 1.44 is under it, 1.2^3 = 1.728 over, so month 4, of 69,120,000 requests and 10.52 on average.
    const diurnal = (functions: string) => warningsOf(outlook({ requests: '40000000', pattern: 'diurnal', functions }));
    const behind = diurnal('    - { name: w, memory_mb: 1024, duration_ms: 400, queue: { maximum_concurrency: 10 } }').filter((warning) => warning.id === 'queue_behind');
    expect(behind.map((warning) => warning.message.startsWith('from month 4 of the outlook (69,120,000 requests), function w'))).toEqual([false, true]);
    expect(behind[0]!.message).toContain(', until quieter hours let it catch up;');
    expect(behind[1]!.message).toContain('; its average of about 11 is over it too, so the queue grows all month');
    // A worker under a reservation of 10: month 1 says its queue keeps what the reservation holds back, all of it run in
    // quieter hours and nothing throttled; from month 4 that the average is over it too, and what is throttled: 10 ×
    // 3,600 s ÷ 0.4 s = 90,000 an hour, 65,700,000 in 730 hours, so 69,120,000 − 65,700,000 = 3,420,000.
    const reserved = diurnal('    - { name: w, memory_mb: 1024, duration_ms: 400, trigger: sqs, reserved_concurrency: 10 }').filter(
      (warning) => warning.id === 'reserved_concurrency',
    );
    expect(reserved.map((warning) => [warning.message.slice(0, 40), warning.message.includes('is within the limit'), warning.message.includes('would be throttled')])).toEqual([
      ['function w peaks at about 18 concurrent ', true, false],
      ['from month 4 of the outlook (69,120,000 ', false, true],
    ]);
    expect(reserved[1]!.message).toContain(
      "the month's average of about 11 concurrent executions is over the limit too, so about 3,420,000 requests a month would be throttled, which Lambda does not bill",
    );
    // Someone waits on a function URL's caller: its words do not turn on its average, and nothing more is said.
    const api = diurnal('    - { name: w, memory_mb: 1024, duration_ms: 400, trigger: url, reserved_concurrency: 10 }').filter((warning) => warning.id === 'reserved_concurrency');
    expect(api).toHaveLength(1);
  });
});
