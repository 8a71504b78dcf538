// Work that grows with the square of a template's functions shows only at
// scale: 5,000 functions took 25 s when the provisioned-concurrency advice
// repriced every function's month for each function.
import { describe, expect, it } from 'vitest';
import { tempDir, tempFile } from '../helpers/files.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO } from '../helpers/run-cli.js';

/** One usage default for every function: a million requests a month of 100 ms. */
const ONE_USAGE = 'functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n';

/** A serverless.yml of `count` functions, each with the settings lines `settings(i)` gives (512 MB) and the events `events(i)` gives, and its usage file; their paths. */
function template(
  count: number,
  events: (i: number) => string,
  usage = ONE_USAGE,
  settings: (i: number) => string = () => '    memorySize: 512\n',
): { serverless: string; usage: string } {
  const dir = tempDir();
  const functions = Array.from({ length: count }, (_, i) => `  f${i}:\n    handler: h.f${i}\n${settings(i)}    events:\n      - ${events(i)}\n`).join('');
  writeFileSync(join(dir, 'serverless.yml'), `service: big\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`);
  writeFileSync(join(dir, 'usage.yaml'), usage);
  return { serverless: join(dir, 'serverless.yml'), usage: join(dir, 'usage.yaml') };
}

const httpApi = (i: number) => `httpApi: GET /f${i}`;

/** slcost run as a process with `args`, and the CPU time it spent, which a loaded machine does not move (test/hostile/support/cpu-clock.cjs). */
function timed(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; cpuMs: number } {
  const result = spawnSync(process.execPath, ['--require', join(REPO, 'test/hostile/support/cpu-clock.cjs'), 'bin/slcost.js', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const clock = result.output[3] as string | null;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, cpuMs: clock ? (JSON.parse(clock) as { cpuMs: number }).cpuMs : Number.POSITIVE_INFINITY };
}

describe('a template of many functions', () => {
  it('5,000 functions are priced in seconds, each with its advice', () => {
    const files = template(5000, httpApi);
    // Their cold starts are below the default advice threshold; at 0 every function is advised, as the test means.
    const result = timed(['estimate', files.serverless, '--usage', files.usage, '--format', 'json', '--cold-start-advice-pct', '0']);
    expect(result.status).toBe(0);
    const estimate = JSON.parse(result.stdout) as { functions: unknown[]; advice: Array<{ function: string }> };
    expect(estimate.functions).toHaveLength(5000);
    // 5,000,000,000 requests − 1,000,000 free = 4,999 × $0.20
    expect(JSON.parse(result.stdout).platforms.serverless.line_items[0].monthly_usd).toBe('999.80');
    expect(new Set(estimate.advice.map((advice) => advice.function)).size).toBe(5000);
    // 1.8 s on the development machine; the square of the functions took 25 s.
    expect(result.cpuMs).toBeLessThan(12_000);
  }, 30_000);

  it('10,000 functions alike in a terminal table: one row naming the first few, in seconds of CPU', () => {
    const files = template(10_000, httpApi);
    const result = timed(['estimate', files.serverless, '--usage', files.usage], { NO_COLOR: '1', COLUMNS: '120' });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    // Every figure the row shows is each function's: a million requests of 100 ms at 512 MB.
    expect(lines.filter((line) => /^f\d+/.test(line))).toEqual([
      'f0, f1, f2 and 9,997 more, each  x86_64  512 MB       1,000,000  100 ms         0.4             <0.1              <0.1',
    ]);
    // About 3 s of CPU on the development machine, as the same in JSON; drawn whole, the table took over two minutes.
    expect(result.cpuMs).toBeLessThan(15_000);
  }, 60_000);

  it('1,000 functions unlike each other in a terminal table: the first 200 rows and a note', () => {
    const files = template(1000, httpApi, ONE_USAGE, (i) => `    memorySize: ${128 + i}\n`);
    const result = timed(['estimate', files.serverless, '--usage', files.usage], { NO_COLOR: '1', COLUMNS: '120' });
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^f\d+ /.test(line));
    expect(rows).toHaveLength(200);
    expect(rows.at(-1)).toMatch(/^f199 +x86_64 +327 MB /);
    expect(result.stdout).toContain('200 of 1,000 functions in the first 200 rows; --format json or --format html lists every one');
  }, 60_000);

  it('a usage file naming a function 3,000 functions lack is refused with ten of their names, not all', () => {
    const files = template(3000, httpApi, 'functions:\n  nope:\n    requests_per_month: 5\n');
    const result = timed(['estimate', files.serverless, '--usage', files.usage]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/the template .* has no function "nope"; its functions are: f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 2,990 more \(at functions\.nope\)\n$/);
    const tune = timed(['tune', files.serverless, '--function', 'nope']);
    expect(tune.status).toBe(2);
    expect(tune.stderr).toMatch(/--function nope: no function has that name; the scenario's functions are f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 2,990 more\n$/);
  }, 60_000);

  it('3,000 functions without usage: the warning names the first ten and counts the rest', () => {
    const files = template(3000, httpApi, 'functions: {}\n');
    const result = timed(['estimate', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const warnings = (JSON.parse(result.stdout) as { warnings: Array<{ id: string; message: string }> }).warnings;
    // A page of 3,000 names before; JSON's functions[] says of each whether its usage was given.
    expect(warnings.find((warning) => warning.id === 'no_usage_given')!.message).toBe(
      `no usage given for f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 2,990 more: priced at zero requests (their unit prices are in the line items); add them to ${files.usage}`,
    );
    expect((JSON.parse(result.stdout) as { functions: Array<{ usage_given: boolean }> }).functions.filter((fn) => !fn.usage_given)).toHaveLength(3000);
  }, 60_000);

  it('1,000 functions an event source invokes, alike: each worst month priced once per kind, in seconds of CPU', () => {
    const files = template(1000, (i) => `sqs: arn:aws:sqs:us-east-1:123456789012:q${i}`);
    const result = timed(['estimate', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const bombs = (JSON.parse(result.stdout) as { warnings: Array<{ id: string; message: string }> }).warnings.filter((warning) => warning.id === 'cost_bomb');
    // Each function, at the account's limit all month, is its own worst month: one warning each, alike but for the name.
    expect(bombs).toHaveLength(1000);
    expect(new Set(bombs.map((bomb) => bomb.message.replace(/function f\d+ /, 'function f ')))).toHaveProperty('size', 1);
    // About 1.2 s of CPU on the development machine; each function's months priced again took 38 s.
    expect(result.cpuMs).toBeLessThan(10_000);
  }, 60_000);

  it('1,000 functions an event source invokes, unlike each other: the worst months within a bound, those that could cost the most first, and a warning names the rest', () => {
    // Each of its own memory, none reserved: growing one moves every other's share of the account's concurrency, so each month is priced whole.
    const files = template(
      1000,
      (i) => `sqs: arn:aws:sqs:us-east-1:123456789012:q${i}`,
      ONE_USAGE,
      (i) => `    memorySize: ${128 + i}\n`,
    );
    const result = timed(['estimate', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const warnings = (JSON.parse(result.stdout) as { warnings: Array<{ id: string; message: string; function?: string }> }).warnings;
    const bombs = warnings.filter((warning) => warning.id === 'cost_bomb');
    const unchecked = warnings.filter((warning) => warning.id === 'cost_bomb_unchecked');
    // 40,000 functions priced: 40 months of 1,000, one a function found within the multiple and several for one over it.
    expect(bombs.length).toBeGreaterThan(5);
    expect(bombs.length).toBeLessThan(40);
    // The most memory at the same cap (the account's 1,000) first: f999 (1,127 MB) down.
    expect(bombs.map((bomb) => bomb.function)).toEqual(Array.from({ length: bombs.length }, (_, i) => `f${1000 - bombs.length + i}`));
    expect(unchecked).toHaveLength(1);
    expect(unchecked[0]!.message).toMatch(
      new RegExp(
        `^the cost-bomb check priced the worst months of ${bombs.length} of the 1,000 functions event sources invoke \\(those that could cost the most at their caps first\\) and stopped: each month is all 1,000 functions priced again; not checked: f0, f1, f2, `,
      ),
    );
    // The first ten of them named, the rest counted.
    expect(unchecked[0]!.message).toMatch(new RegExp(`not checked: f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and ${990 - bombs.length} more$`));
    // About 3 s of CPU on the development machine; without a bound, 112 s.
    expect(result.cpuMs).toBeLessThan(15_000);
  }, 60_000);

  it('a SAM template of 5,000 functions, each writing to a log group of its own: each group looked up, not searched for, in seconds of CPU', () => {
    const dir = tempDir();
    const resources = Array.from(
      { length: 5000 },
      (_, i) =>
        `  F${i}:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: { LogGroup: !Ref G${i} } }\n` +
        `  G${i}:\n    Type: AWS::Logs::LogGroup\n    Properties: { LogGroupName: /app/g${i}, RetentionInDays: 7 }\n` +
        `  L${i}:\n    Type: AWS::Logs::LogGroup\n    Properties: { LogGroupName: !Sub '/aws/lambda/\${F${i}}', RetentionInDays: 3653 }\n`,
    ).join('');
    writeFileSync(join(dir, 'template.yaml'), `Transform: AWS::Serverless-2016-10-31\nResources:\n${resources}`);
    writeFileSync(join(dir, 'usage.yaml'), ONE_USAGE);
    const result = timed(['estimate', join(dir, 'template.yaml'), '--usage', join(dir, 'usage.yaml'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    // Kept 7 days, as the groups they write to say, not the 3,653 of their /aws/lambda groups, which receive nothing.
    const stored = (JSON.parse(result.stdout) as { platforms: { serverless: { line_items: Array<{ id: string; counted_as: string }> } } }).platforms.serverless.line_items.find(
      (line) => line.id === 'lambda-logs.storage',
    );
    expect(JSON.stringify(stored)).toContain('7 days');
    // About 1.5 s of CPU on the development machine; each function scanning every resource for its group took 35 s.
    expect(result.cpuMs).toBeLessThan(10_000);
  }, 60_000);

  it('3,000 functions behind an API, each with a reserved concurrency of its own: the worst month grows each alone, in seconds of CPU', () => {
    const files = template(3000, httpApi, ONE_USAGE, (i) => `    memorySize: 512\n    reservedConcurrency: ${5 + (i % 7)}\n`);
    const result = timed(['estimate', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const bombs = (JSON.parse(result.stdout) as { warnings: Array<{ id: string; message: string }> }).warnings.filter((warning) => warning.id === 'cost_bomb');
    expect(bombs).toHaveLength(1);
    expect(bombs[0]!.message).toMatch(/^with no API throttle, if the API's functions ran at their reserved concurrency all month/);
    // About 2.5 s of CPU on the development machine; scaling every function of the scenario to grow each one took 20 s.
    expect(result.cpuMs).toBeLessThan(8_000);
  }, 60_000);

  it('5,000 functions alike, beside containers: the break-even curve prices one function of each kind, in seconds of CPU', () => {
    // Each function's billed cold starts bend the serverless curve 191 times over the sweep, and each bend priced
    // every function again: the estimate's break-even took a minute at 10,000 functions. Alike but for their
    // names, they are priced as one counted 5,000 times (a law in test/properties/laws.test.ts checks the two agree).
    const files = template(5000, httpApi, `${ONE_USAGE}containers:\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 200 }\n`);
    const estimate = timed(['estimate', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(estimate.status, estimate.stderr).toBe(0);
    const json = JSON.parse(estimate.stdout) as { breakeven: { crossovers: Array<{ requests_per_month: string }> } };
    expect(json.breakeven.crossovers.length).toBeGreaterThan(0);
    // About 1 s of CPU on the development machine; 30 s before.
    expect(estimate.cpuMs).toBeLessThan(12_000);
    const breakeven = timed(['breakeven', files.serverless, '--usage', files.usage, '--format', 'csv']);
    expect(breakeven.status, breakeven.stderr).toBe(0);
    expect(breakeven.cpuMs).toBeLessThan(12_000);
  }, 90_000);

  it("tune of 3,000 functions alike that fill the account's pool: each size priced with the others a kind at a time, in seconds of CPU", () => {
    // 3,000 × 2,000,000 requests × 0.8 s ÷ 2,628,000 s ≈ 1,826 concurrent executions, past the account's 1,000: another
    // size for one function moves every other's share of the pool, and each size priced all 3,000 again (45 s).
    const files = template(3000, httpApi, 'functions:\n  "*":\n    requests_per_month: 2000000\n    duration_ms: 800\n');
    const result = timed(['tune', files.serverless, '--usage', files.usage]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('f0');
    // About 1.5 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(15_000);
  }, 90_000);

  it('tune of 3,000 functions unlike each other with provisioned concurrency: the kinds past the budget are named, not swept, in seconds of CPU', () => {
    // Each kind prices its ~3,300 sizes, so six are tuned; the other 2,994 were each still swept (a duration at every
    // size) and asked whether a limit throttles them (every function's limit worked out again): 21 s of CPU.
    const files = template(3000, httpApi, ONE_USAGE, (i) => `    memorySize: ${128 + i}\n    provisionedConcurrency: 1\n`);
    const result = timed(['tune', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const tuned = JSON.parse(result.stdout) as { functions: Array<{ name: string }>; not_tuned: string[] };
    expect(tuned.functions.map((fn) => fn.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    expect(tuned.not_tuned).toHaveLength(2994);
    expect(result.stderr).toContain('tuned the first 6 kinds of function');
    // About 3 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(12_000);
  }, 90_000);

  it('breakeven of 10,000 functions unlike each other is refused before their bends are worked out, in seconds of CPU', () => {
    // Each function's own requests: its billed cold starts bend the bill some 130 times, each found and the 1.3 million
    // sorted (20 s of CPU and 1 GB) before the range was refused; its two ends alone price 20,000 functions.
    const usage = `functions:\n${Array.from({ length: 10_000 }, (_, i) => `  f${i}: { requests_per_month: ${100_000 + i * 13}, duration_ms: ${20 + (i % 900)} }\n`).join('')}`;
    const files = template(10_000, httpApi, usage);
    const result = timed(['breakeven', files.serverless, '--usage', files.usage]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /break-even not computed: between [\d,]+ and [\d,]+ requests a month the serverless bill is priced at 2 volumes at the least, each pricing its 10,000 functions again: 20,000 functions to price, more than 10,000; narrow the range/,
    );
    // About 2 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(10_000);
  }, 90_000);

  it('a template of 3,000 tables and 3,000 queues in a terminal table: each line names ten and counts the rest, in seconds of CPU', () => {
    // A line's label named every queue: one cell of 30,000 characters, which cli-table3 measured again for each line it
    // drew (5,000 of each took over two minutes).
    const dir = tempDir();
    const resources = Array.from(
      { length: 3000 },
      (_, i) => `    Table${i}:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        BillingMode: PAY_PER_REQUEST\n    Queue${i}:\n      Type: AWS::SQS::Queue\n`,
    ).join('');
    writeFileSync(
      join(dir, 'serverless.yml'),
      `service: res\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: h.api\n    events:\n      - httpApi: GET /\nresources:\n  Resources:\n${resources}`,
    );
    writeFileSync(join(dir, 'usage.yaml'), ONE_USAGE);
    const result = timed(['estimate', join(dir, 'serverless.yml'), '--usage', join(dir, 'usage.yaml')], { NO_COLOR: '1', COLUMNS: '120' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('2,990 more');
    const json = timed(['estimate', join(dir, 'serverless.yml'), '--usage', join(dir, 'usage.yaml'), '--format', 'json']);
    const labels = (JSON.parse(json.stdout) as { platforms: { serverless: { line_items: Array<{ label: string }> } } }).platforms.serverless.line_items.map((item) => item.label);
    expect(labels).toContain('SQS standard requests (Queue0, Queue1, Queue2, Queue3, Queue4, Queue5, Queue6, Queue7, Queue8, Queue9 and 2,990 more) (first 100B)');
    // About 1 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(12_000);
  }, 90_000);

  it("8,000 functions and 8,000 event source mappings naming none of them: each mapping's hint looked up, in seconds of CPU", () => {
    // Each mapping naming no function looked for the one it meant through every function's key and logical id: 16 s of CPU.
    const dir = tempDir();
    const functions = Array.from({ length: 8000 }, (_, i) => `  f${i}: { handler: h }\n`).join('');
    const mappings = Array.from(
      { length: 8000 },
      (_, i) => `    M${i}: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref g${i}, EventSourceArn: 'arn:aws:sqs:us-east-1:1:q' } }\n`,
    ).join('');
    writeFileSync(join(dir, 'serverless.yml'), `service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n${functions}resources:\n  Resources:\n${mappings}`);
    writeFileSync(join(dir, 'usage.yaml'), ONE_USAGE);
    const result = timed(['estimate', join(dir, 'serverless.yml'), '--usage', join(dir, 'usage.yaml'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('names none of the template');
    // About 4 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(10_000);
  }, 90_000);

  it('the break-even of 50 functions of 50 different volumes bends no more often than one function: in seconds of CPU', () => {
    // Each function's billed cold starts are counted on a grid anchored at its own volume, so every function's grid
    // points fall on the same sweep volumes. On a grid of absolute volumes, 50 volumes made 50 sets of bends: 62 s.
    const usage = Array.from({ length: 50 }, (_, i) => `  f${i}:\n    requests_per_month: ${100_000 + i * 37_717}\n    duration_ms: ${50 + i * 7}\n`).join('');
    const files = template(50, httpApi, `functions:\n${usage}`);
    const result = timed(['breakeven', files.serverless, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    // About 3.5 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(20_000);
  }, 90_000);
});

describe('services of many prices', () => {
  it('8,000 SNS topics, each with an SMS price of its own, are 8,000 line items: priced and diffed in seconds of CPU', () => {
    // Each topic's price was looked up among the groups of prices before it in every month the cost-bomb check priced,
    // and diff looked each line item up in both sides' lists: the square of the topics, 21 s of CPU for the diff.
    const dir = tempDir();
    const topics = Array.from(
      { length: 8000 },
      (_, i) => `    - { name: t${i}, publishes_per_month: ${1000 + i}, subscriptions: { sms: 1 }, sms_usd_per_message: ${(0.001 + i / 1e6).toFixed(6)} }\n`,
    ).join('');
    writeFileSync(
      join(dir, 'scenario.yaml'),
      `name: sms\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10 }\nservices:\n  sns:\n${topics}`,
    );
    const result = timed(['diff', join(dir, 'scenario.yaml'), join(dir, 'scenario.yaml'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const lines = (JSON.parse(result.stdout) as { platforms: Array<{ line_items: Array<{ id: string }> }> }).platforms[0]!.line_items.map((item) => item.id);
    expect(lines).toContain('sns.deliveries.sms.price-8000.tier-1');
    // About 3.5 s of CPU on the development machine.
    expect(result.cpuMs).toBeLessThan(12_000);
  }, 90_000);
});

describe('a scenario whose figures are ranges', () => {
  it('50 functions of a ranged duration at certain requests: 1,000 draws, each priced at its one volume, in seconds of CPU', () => {
    const functions = Array.from({ length: 50 }, (_, i) => `    - { name: f${i}, memory_mb: 512, duration_ms: { min: 5, max: 10 } }\n`).join('');
    const dir = tempDir();
    writeFileSync(join(dir, 'ranged.yaml'), `name: ranged\ntraffic: { requests_per_month: 3000000 }\nlambda:\n  functions:\n${functions}`);
    const result = timed(['estimate', join(dir, 'ranged.yaml'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const estimate = JSON.parse(result.stdout) as { ranges: { samples: number }; platforms: { serverless: { monthly_usd: string; percentiles: Record<string, string> } } };
    expect(estimate.ranges.samples).toBe(1000);
    // At the medians (7.5 ms, billed 8): requests (150M − 1M free) × $0.20 = $29.80; duration 50 × 3M × 8 ms × 0.5 GB
    // = 600,000 GB-s − 400,000 free = 200,000 × $0.0000166667 = $3.33; log lines 150M × 264 B = 39.6 GB − 5 free
    // = 34.6 × $0.50 = $17.30, stored 39.6 × 0.15 × 12 = 71.28 − 5 free = 66.28 GB-months × $0.03 = $1.99. $52.42.
    expect(estimate.platforms.serverless.monthly_usd).toBe('52.42');
    const { p10_usd: p10, p50_usd: p50, p90_usd: p90 } = estimate.platforms.serverless.percentiles;
    expect([p10, p50, p90].map(Number)).toEqual([...[p10, p50, p90].map(Number)].sort((a, b) => a - b));
    expect(Number(p50)).toBeCloseTo(52.42, 1);
    // About 2.5 s of CPU on the development machine; each draw's curves solved whole took 12 s.
    expect(result.cpuMs).toBeLessThan(8_000);
  }, 60_000);
});

describe("a template's conditions", () => {
  /** A SAM template of `resources`, its conditions `conditions` and the parameter P; with the usage file, their paths. */
  function sam(conditions: string, resources: string): { template: string; usage: string } {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'template.yaml'),
      `Transform: AWS::Serverless-2016-10-31\nParameters:\n  P: { Type: String, Default: a }\nConditions:\n${conditions}Resources:\n${resources}`,
    );
    writeFileSync(join(dir, 'usage.yaml'), ONE_USAGE);
    return { template: join(dir, 'template.yaml'), usage: join(dir, 'usage.yaml') };
  }
  const fn = (i: number, condition: string) =>
    `  F${i}:\n    Type: AWS::Serverless::Function\n    Condition: ${condition}\n    Properties: { Handler: h, Runtime: nodejs20.x, MemorySize: !If [${condition}, 512, 256] }\n`;

  it('a chain of 2,000 conditions, each naming the one before, is refused at its bound, not by a stack overflow', () => {
    const chain = `  C0: !Equals [!Ref P, a]\n${Array.from({ length: 1999 }, (_, i) => `  C${i + 1}: !And [{ Condition: C${i} }, !Equals [!Ref P, a]]\n`).join('')}`;
    const files = sam(chain, fn(0, 'C1999'));
    const result = timed(['estimate', files.template, '--usage', files.usage]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    // Said at C1900, whose value names the 101st level.
    expect(result.stderr).toBe(
      `slcost: ${files.template}:1905:15: Resources.F0.Condition: condition C1999 names conditions inside conditions more than 100 deep (past C1900); slcost works out at most 100 levels: write it with fewer (at Conditions.C1900)\n`,
    );
  }, 60_000);

  it('1,000 functions naming a condition of 800 conditions are worked out once, in seconds of CPU', () => {
    // Eighty levels of ten conditions, each level's naming every one of the level below: some 9,000 steps to work out.
    const levels = Array.from({ length: 80 }, (_, level) =>
      Array.from({ length: 10 }, (_, j) =>
        level === 0 ? `  C0x${j}: !Equals [!Ref P, a]\n` : `  C${level}x${j}: !Or [${Array.from({ length: 10 }, (_, k) => `{ Condition: C${level - 1}x${k} }`).join(', ')}]\n`,
      ).join(''),
    ).join('');
    const files = sam(levels, Array.from({ length: 1000 }, (_, i) => fn(i, 'C79x0')).join(''));
    const result = timed(['estimate', files.template, '--usage', files.usage, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const estimate = JSON.parse(result.stdout) as { functions: Array<{ memory_mb: number }> };
    expect(new Set(estimate.functions.map((each) => each.memory_mb))).toEqual(new Set([512]));
    // About 2 s of CPU on the development machine; worked out again for each function's Condition and Fn::If, 15 s.
    expect(result.cpuMs).toBeLessThan(8_000);
  }, 60_000);

  it('4,000 autoscaling targets naming their tables by TableName are matched through one map, in seconds of CPU', () => {
    const resources = Array.from(
      { length: 4000 },
      (_, i) =>
        `  T${i}: { Type: AWS::DynamoDB::Table, Properties: { TableName: t${i}, BillingMode: PROVISIONED, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } }\n` +
        `  S${i}: { Type: AWS::ApplicationAutoScaling::ScalableTarget, Properties: { MinCapacity: 1, MaxCapacity: 9, ResourceId: table/t${i}, ScalableDimension: dynamodb:table:ReadCapacityUnits } }\n`,
    ).join('');
    const template = tempFile(
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n${resources}`,
      'template.yaml',
    );
    const result = timed(['estimate', template, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const said = (JSON.parse(result.stdout) as { warnings: Array<{ message: string }> }).warnings.map((warning) => warning.message);
    expect(said).toContain(
      "Resources.S0: an Application Auto Scaling target scales the read capacity of table T0 between 1 and 9; priced at the ReadCapacityUnits of the table's ProvisionedThroughput, all month, which autoscaling does not keep (give the month's average as read_capacity_units in the usage file's services.dynamodb)",
    );
    expect(said).toContain('Resources: 3,980 more autoscaling targets scale capacity that is priced as the template writes it');
    // About 2 s of CPU on the development machine; each target searching every resource for its TableName, 16 s.
    expect(result.cpuMs).toBeLessThan(8_000);
  }, 60_000);
});

describe('Lambda@Edge', () => {
  it('one function associated 24,000 times with a CloudFront distribution: its event types gathered in one pass, in seconds of CPU', () => {
    const associations = Array.from(
      { length: 24_000 },
      (_, i) => `            - { EventType: ${i % 2 ? 'viewer-request' : 'origin-response'}, LambdaFunctionARN: !Ref F.Version }\n`,
    ).join('');
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n' +
        '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: nodejs20.x, MemorySize: 128, Timeout: 5, AutoPublishAlias: live } }\n' +
        `  D:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        DefaultCacheBehavior:\n          LambdaFunctionAssociations:\n${associations}`,
      'template.yaml',
    );
    const result = timed(['estimate', template, '--usage', tempFile(ONE_USAGE, 'usage.yaml'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const estimate = JSON.parse(result.stdout) as { functions: Array<{ name: string; edge: boolean }>; warnings: Array<{ message: string }> };
    expect(estimate.functions.map((fn) => [fn.name, fn.edge])).toEqual([['F', true]]);
    expect(estimate.warnings.map((warning) => warning.message)).toContain(
      "function F runs at CloudFront's edge as Lambda@Edge (a CloudFront distribution's LambdaFunctionAssociations, Resources.D): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)",
    );
    // About 1.5 s of CPU on the development machine; its event types copied whole at each association, 10 s.
    expect(result.cpuMs).toBeLessThan(6_000);
  }, 60_000);
});

describe('state machines started by schedules', () => {
  it('one state machine of 24,000 Schedule events: its schedules gathered in one pass, in seconds of CPU', () => {
    const events = Array.from({ length: 24_000 }, (_, i) => `        E${i}: { Type: Schedule, Properties: { Schedule: rate(1 hour) } }\n`).join('');
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n' +
        `  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }\n      Events:\n${events}`,
      'template.yaml',
    );
    const result = timed(['estimate', template, '--usage', tempFile(ONE_USAGE, 'usage.yaml'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const transitions = (JSON.parse(result.stdout) as { platforms: { serverless: { line_items: Array<{ id: string; note: string }> } } }).platforms.serverless.line_items.find(
      (item) => item.id === 'step-functions.standard.transitions.tier-1',
    );
    // 24,000 schedules of 730 runs a month each.
    expect(transitions?.note).toBe('17,520,000 transitions (M: 17,520,000 executions × 1 transition counted from its definition) − 4,000 free');
    // About 2 s of CPU on the development machine; its expressions copied whole at each schedule, 10 s.
    expect(result.cpuMs).toBeLessThan(6_000);
  }, 60_000);
});

describe('long texts read piece by piece', () => {
  it("a state machine's DefinitionString of 1.5 million `${` that no brace closes is read in seconds of CPU", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'template.yaml'),
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Runtime: nodejs20.x }\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: "${'${'.repeat(1_500_000)}"\n`,
    );
    writeFileSync(join(dir, 'usage.yaml'), `${ONE_USAGE}services:\n  step_functions:\n    - { name: M, executions_per_month: 1000 }\n`);
    const result = timed(['estimate', join(dir, 'template.yaml'), '--usage', join(dir, 'usage.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('a standard state machine needs transitions_per_execution, or a definition or definition_file to count them from');
    // Under a second of CPU on the development machine; each `${` searched to the end of the text for its brace, 28 s.
    expect(result.cpuMs).toBeLessThan(6_000);
  }, 60_000);

  it("a CSV offer file's header of 120,000 columns is checked for a name written twice in one pass", () => {
    const dir = tempDir();
    const columns = ['SKU', 'TermType', 'PricePerUnit', 'Currency', 'usageType', ...Array.from({ length: 120_000 }, (_, i) => `c${i}`), 'c7'];
    const meta = '"FormatVersion","v1.0"\n"Disclaimer","x"\n"Publication Date","2026-09-05T00:00:00Z"\n"Version","1"\n"OfferCode","AmazonEC2"\n';
    writeFileSync(join(dir, 'offer.csv'), `${meta}${columns.join(',')}\n`);
    const result = timed(['pricing', 'import', join(dir, 'offer.csv'), '--output', join(dir, 'prices.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('its header names the column "c7" twice');
    // Under a second of CPU on the development machine; each column searched for among those before it, 13 s.
    expect(result.cpuMs).toBeLessThan(6_000);
  }, 60_000);

  it('a CSV offer file of a row of 16 MB is refused at its first megabyte, not split again with each chunk', () => {
    const dir = tempDir();
    const meta = '"FormatVersion","v1.0"\n"Disclaimer","x"\n"Publication Date","2026-09-05T00:00:00Z"\n"Version","1"\n"OfferCode","AmazonEC2"\n';
    writeFileSync(join(dir, 'offer.csv'), `${meta}SKU,TermType,PricePerUnit,Currency,usageType,${'x'.repeat(16 * 1024 * 1024)}\n`);
    const result = timed(['pricing', 'import', join(dir, 'offer.csv'), '--output', join(dir, 'prices.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`slcost: ${join(dir, 'offer.csv')}:6: is not a CSV offer file as AWS writes it: this row is longer than 1,048,576 characters\n`);
  }, 60_000);

  it('a JSON offer file nested 100,000 deep outside its products is read in one pass', () => {
    const dir = tempDir();
    const depth = 100_000;
    writeFileSync(join(dir, 'AWSLambda-us-east-1.json'), `{"formatVersion":"v1.0","offerCode":"AWSLambda","version":"1","x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
    const result = timed(['pricing', 'import', join(dir, 'AWSLambda-us-east-1.json'), '--output', join(dir, 'prices.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('has no lambda prices for "us-east-1"');
    // A fifth of a second of CPU on the development machine; each key's path of keys copied whole, 157 s.
    expect(result.cpuMs).toBeLessThan(5_000);
  }, 60_000);
});
