// Cold starts, limits and the cost bomb as a user meets them: scenario keys in, warnings and advice out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

function estimateJson(path: string, ...flags: string[]) {
  const result = runCli(['estimate', path, '--format', 'json', ...flags]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('cold starts, limits and the cost bomb from the CLI', () => {
  it('the throttled Java API: cold starts with latency, advice, and the bill at the throttle', () => {
    // Priced with the table before Lambda billed the INIT phase, so that the worst month below is derived by hand;
    // from aws-2025-08-01 its cold starts' INIT phases add to it (src/providers/aws/lambda/init-billing.test.ts).
    const out = estimateJson('scenarios/java-api-throttled.yaml', '--pricing', 'aws-2025-05-01');
    // Java p50 3,000 ms + 80 MB × 3 ms/MB + 1,000 ms for the VPC.
    expect(out.functions[0].cold_starts.added_latency_ms).toEqual({ p50: 4240, p99: 7240 });
    expect(out.functions[0].cold_starts.per_month).toBeGreaterThan(300);
    // Busy hours bring a request every few seconds, so the first environment never idles out: no keep-warm ping.
    expect(out.advice.map((a: { kind: string }) => a.kind)).toEqual(['provisioned_concurrency', 'scheduled_provisioned_concurrency']);
    const bomb = out.warnings.find((w: { id: string }) => w.id === 'cost_bomb');
    // 100 a second × 2,628,000 s = 262,800,000 requests: Lambda requests (262.8M − 1M free) × $0.20/M = $52.36;
    // (65,700,000 − 400,000) GB-s × $0.0000166667 = $1,088.34; HTTP API 262.8M × $1.00/M = $262.80. $1,403.50;
    // its logs, 262.8M × 264 B = 69.3792 GB − 5 free = 64.3792 × $0.50 = $32.19, stored 69.3792 × 0.15 × 12 − 5 =
    // 119.88256 GB-months × $0.03 = $3.60: $1,439.29, the lines in cents added up as a printed bill is (the
    // exact amounts add to $1,439.2815868). Its reserved concurrency of 50 at 250 ms lets 200 a second through:
    // the throttle caps it first.
    expect(bomb.message).toContain('hammered at its throttle of 100 requests a second all month, the serverless bill would be $1,439.29');
    expect(bomb).toMatchObject({
      worst_month_usd: '1439.29',
      expected_monthly_usd: '0.30',
      capped_by: 'api_throttle',
      function: null,
      suggested_limit_unit: 'requests_per_second',
    });
    // Under the newest table the same month also bills the INIT phases of its cold starts: a little more, never less.
    const newest = estimateJson('scenarios/java-api-throttled.yaml').warnings.find((w: { id: string }) => w.id === 'cost_bomb');
    expect(Number(newest.worst_month_usd)).toBeGreaterThan(1439.29);
    expect(Number(newest.worst_month_usd)).toBeLessThan(1439.29 * 1.01);
  });

  it('a scenario key turns a warning off; an unknown one is an error with its path', () => {
    const base = 'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 100 }]\n';
    // No API: an event source invokes it, so the advice is reserved concurrency, never an API throttle. Inside
    // the free tier the expected bill is $0; the least reserved concurrency, 1, lets 10 a second through, 26,280,000
    // runs: (26.28M − 1M free) × $0.20/M = $5.06, 328,500 GB-s inside the 400,000 free, logs 6.93792 − 5 free GB ×
    // $0.50 = $0.97 and 12.488256 − 5 free GB-months × $0.03 = $0.22: $6.25, so nothing keeps it free.
    const [bomb] = estimateJson(tempFile(base)).warnings;
    expect(bomb.id).toBe('cost_bomb');
    expect(bomb.message).not.toContain('throttle');
    expect(bomb.message).toContain('against the expected $0.00; no reserved concurrency keeps the worst month within the free tier');
    expect(bomb.message).toContain('1, the least that does, allows $6.25');
    expect(bomb).toMatchObject({ suggested_limit: null, suggested_limit_unit: 'concurrent_executions', function: 'api', peak: '0.038052' });
    expect(estimateJson(tempFile(`${base}warnings: { cost_bomb: false }\n`)).warnings).toEqual([]);
    const bad = runCli(['estimate', tempFile(`${base}warnings: { cost_bombs: false }\n`)]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('warnings.cost_bombs');
  });

  it('a bill under a cent with no free tier is no free month: the worst month is against it, not the free tier', () => {
    // 10,000 runs of 10 ms at 128 MB, no free tier: requests 0.01M × $0.20 = $0.002, 12.5 GB-s × $0.0000166667 =
    // $0.000208, logs 0.00264 GB × $0.50 = $0.00132 and 0.004752 GB-months × $0.03 = $0.000143: $0.0036716, each line
    // under a cent, printed as $0.00. The least reserved concurrency, 1, runs 100 a second all month: 262.8M runs,
    // $52.56 of requests, 328,500 GB-s $5.48, 69.3792 GB of logs $34.69 and 124.88256 GB-months $3.75: $96.48.
    const text = 'name: t\nfree_tier: false\ntraffic: { requests_per_month: 10000 }\nlambda:\n  functions: [{ name: tiny, memory_mb: 128, duration_ms: 10 }]\n';
    const [bomb] = estimateJson(tempFile(text)).warnings.filter((w: { id: string }) => w.id === 'cost_bomb');
    expect(bomb.message).toContain('against the expected under $0.01; no reserved concurrency keeps the worst month within 10× the expected bill');
    expect(bomb.message).toContain('1, the least that does, allows $96.48');
    expect(bomb.message).not.toContain('free tier');
    expect(bomb).toMatchObject({ expected_monthly_usd: '0.00', suggested_limit: null });
  });

  it('the sub-millisecond warning, which a handler of 0.4 ms really earns, can be turned off', () => {
    const base = 'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 0.4, reserved_concurrency: 1 }]\n';
    const ids = (text: string) => estimateJson(tempFile(text)).warnings.map((w: { id: string }) => w.id);
    expect(ids(base)).toContain('duration_under_1ms');
    expect(ids(`${base}warnings: { duration_under_1ms: false }\n`)).not.toContain('duration_under_1ms');
  });

  it('JSON gives the worst month and the suggested limit as figures, with its unit and setting', () => {
    // An HTTP API before 1,000,000 requests of 100 ms at 128 MB, no free tier: the engine test "without a
    // throttle, the API is capped by the concurrency limit all month" derives $38,256.62 against $1.55, and 3.
    const text =
      'name: t\nfree_tier: false\ntraffic: { requests_per_month: 1000000 }\napi_gateway: { type: http }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 100 }]\n';
    const [bomb] = estimateJson(tempFile(text)).warnings;
    expect(bomb).toEqual({
      id: 'cost_bomb',
      message: expect.stringContaining('an API throttle of 3 requests a second (api_gateway.throttle.rate_limit_rps)'),
      worst_month_usd: '38256.62',
      expected_monthly_usd: '1.55',
      multiple: 10,
      function: null,
      capped_by: 'account_concurrency_limit',
      suggested_limit: '3',
      suggested_limit_unit: 'requests_per_second',
      suggested_limit_setting: 'api_gateway.throttle.rate_limit_rps',
      // 1,000,000 ÷ 2,628,000 s, steady.
      peak: '0.380518',
    });
  });

  it("a stream's consumer is capped at its shards × its parallelization factor, which JSON names as capped_by stream_shards", () => {
    // 10 s runs at 128 MB, 100,000 a month, no free tier: $2.11 expected (test/engine/limits.test.ts). 50 shards × 10
    // = 500 at once, below the account's 1,000: 131,400,000 runs, requests $26.28 + duration $2,737.51 + logs $17.34 +
    // $1.87 stored = $2,783.00.
    const text =
      'name: t\nfree_tier: false\nlambda:\n  functions: [{ name: reader, memory_mb: 128, duration_ms: 10000, requests_per_month: 100000, stream: { shards: 50, parallelization_factor: 10 } }]\n';
    const bomb = estimateJson(tempFile(text)).warnings.find((w: { id: string }) => w.id === 'cost_bomb');
    expect(bomb).toMatchObject({ function: 'reader', capped_by: 'stream_shards', worst_month_usd: '2783.00', suggested_limit: '3', suggested_limit_unit: 'concurrent_executions' });
    expect(bomb.message).toMatch(/^if its stream invoked function reader up to its 50 shards × a parallelization factor of 10 = 500 concurrent executions all month, /);
  });

  it("a SAM function's SQS event of ScalingConfig.MaximumConcurrency is capped there, which JSON names as capped_by queue_maximum_concurrency", () => {
    // The same 10 s runs at 128 MB, 100,000 a month, no free tier: $2.11 expected. A maximum concurrency of 10, below the
    // account's 1,000: 10 × 3,600 s ÷ 10 s = 3,600 runs an hour all month, 2,628,000: requests $0.53 + duration $54.75 +
    // logs $0.35 + $0.04 stored = $55.67 (test/engine/limits.test.ts).
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Runtime: nodejs20.x\n      MemorySize: 128\n      Timeout: 30\n      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: arn:aws:sqs:us-east-1:123456789012:jobs\n            ScalingConfig: { MaximumConcurrency: 10 }\n',
      'template.yaml',
    );
    const usage = tempFile('free_tier: false\nfunctions:\n  Worker: { requests_per_month: 100000, duration_ms: 10000 }\n', 'usage.yaml');
    const bomb = estimateJson(template, '--usage', usage).warnings.find((w: { id: string }) => w.id === 'cost_bomb');
    expect(bomb).toMatchObject({
      function: 'Worker',
      capped_by: 'queue_maximum_concurrency',
      worst_month_usd: '55.67',
      expected_monthly_usd: '2.11',
      suggested_limit: '3',
      suggested_limit_unit: 'concurrent_executions',
    });
    expect(bomb.message).toMatch(/^if its queue invoked function Worker up to its queue's maximum concurrency of 10 concurrent executions all month, /);
  });

  it('a function says what invokes it; trigger api needs an API', () => {
    const text = 'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 100, trigger: api }]\n';
    const result = runCli(['estimate', tempFile(text)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/:4:71: trigger is api, but the scenario has no API \(api_gateway.type is none or absent\) \(at lambda.functions\[0\].trigger\)\n$/);
    expect(result.stdout).toBe('');
  });

  it("a template's functions are ways in by their events, and the advice names the key to set where it is read", () => {
    const template = 'scenarios/templates/image-processor/serverless.yml';
    const usage = readFileSync('scenarios/templates/image-processor/usage.yaml', 'utf8');
    const warnings = (usageFile: string) => {
      const result = runCli(['estimate', template, '--usage', usageFile, '--format', 'json']);
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout).warnings.filter((w: { id: string }) => w.id === 'cost_bomb');
    };
    const [api, processImage] = warnings('scenarios/templates/image-processor/usage.yaml');
    // getImage has an httpApi event: the API is its way in, and its throttle is recorded in the usage file.
    expect(api).toMatchObject({ function: null, suggested_limit_unit: 'requests_per_second', suggested_limit_setting: 'api_gateway.throttle.rate_limit_rps in the usage file' });
    // processImage has an S3 event and reservedConcurrency: 100, which caps it, though not within 10×.
    expect(processImage).toMatchObject({
      function: 'processImage',
      capped_by: 'reserved_concurrency',
      suggested_limit_unit: 'concurrent_executions',
      suggested_limit_setting: 'reservedConcurrency in serverless.yml',
    });
    expect(processImage.message).toContain('up to its reserved concurrency of 100 all month');
    // The throttle advised, written where the advice says, is read, accepted and silences the API's warning.
    const throttled = tempFile(`${usage}api_gateway:\n  throttle: { rate_limit_rps: ${api.suggested_limit} }\n`, 'usage.yaml');
    expect(warnings(throttled).map((w: { function: string | null }) => w.function)).toEqual(['processImage']);
  });

  it('a function on a schedule alone is no way in', () => {
    const text =
      'service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  nightly: { handler: h.h, events: [{ schedule: rate(1 day) }] }\n  upload: { handler: h.u, events: [{ s3: bucket }] }\n';
    const usageFile = tempFile('functions:\n  "*": { requests_per_month: 100000, duration_ms: 1000 }\n', 'usage.yaml');
    const result = runCli(['estimate', tempFile(text, 'serverless.yml'), '--usage', usageFile, '--format', 'json']);
    expect(result.stderr).toBe('');
    const bombs = JSON.parse(result.stdout).warnings.filter((w: { id: string }) => w.id === 'cost_bomb');
    expect(bombs.map((w: { function: string }) => w.function)).toEqual(['upload']);
  });

  it('Markdown carries the cold starts and their options', () => {
    const result = runCli(['estimate', 'scenarios/java-api-throttled.yaml', '--format', 'markdown']);
    expect(result.stdout).toMatch(/^- orders: about [\d,]+ cold starts a month \(0\.\d\d% of requests\), \+4,240 ms p50/m);
    expect(result.stdout).toMatch(/^ {2}- 2 × provisioned concurrency in busy hours only \(242 h a month\)/m);
  });
});

describe("a growing outlook's limits from the CLI", () => {
  const growing = (fields: string) => `
name: growing
traffic: { requests_per_month: 20000000, growth_pct_per_month: 20, months: 12 }
lambda:
  functions:
    - { name: w, memory_mb: 1024, duration_ms: 400, ${fields} }
`;

  it("a queue's worker within its cap in month 1 and past it by month 8: one queue_behind in warnings[], saying the month", () => {
    // 20,000,000 × 1.2^(m − 1) requests × 0.4 s ÷ 2,628,000 s at once passes 10 first in month 8: 71,663,616 requests, 10.91.
    const out = estimateJson(tempFile(growing('queue: { maximum_concurrency: 10 }')));
    const behind = out.warnings.filter((w: { id: string }) => w.id === 'queue_behind');
    expect(behind).toHaveLength(1);
    expect(behind[0].message).toMatch(
      /^from month 8 of the outlook \(71,663,616 requests\), function w peaks at about 11 concurrent executions, over its queue's maximum concurrency of 10/,
    );
    // Month 12's bill, the one whose 22.6 at once the warning is for.
    expect(out.ranges.outlook.months[11].platforms.serverless.p50_usd).toBe('1032.62');
  });

  it("a reservation the outlook outgrows: reserved_concurrency with month 8's throttled requests, kept by --quiet and dropped by warnings:", () => {
    // 10 at once serve 10 × 2,628,000 ÷ 0.4 = 65,700,000 requests; month 8's 71,663,616 lose 5,963,616.
    const path = tempFile(growing('trigger: sqs, reserved_concurrency: 10'));
    const reserved = estimateJson(path).warnings.filter((w: { id: string }) => w.id === 'reserved_concurrency');
    expect(reserved.map((w: { message: string }) => w.message.split(':')[0])).toEqual([
      'from month 8 of the outlook (71,663,616 requests), function w peaks at about 11 concurrent executions, over its reserved concurrency of 10',
    ]);
    expect(reserved[0].message).toContain('about 5,963,616 requests a month would be throttled');
    expect(runCli(['estimate', path, '--quiet']).stdout).toContain('warning [reserved_concurrency]: from month 8 of the outlook');
    const off = tempFile(growing('trigger: sqs, reserved_concurrency: 10').replace('lambda:', 'warnings: { reserved_concurrency: false }\nlambda:'));
    expect(estimateJson(off).warnings.map((w: { id: string }) => w.id)).not.toContain('reserved_concurrency');
  });
});
