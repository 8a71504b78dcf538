// Bad input of every kind a user can hand the CLI: each one exits 2 with one
// message naming the file (and the field or line where there is one), no stack
// trace, and nothing on standard output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const FN = 'lambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 100 }\n';
const GOOD = `name: ok\ntraffic: { requests_per_month: 1000000 }\n${FN}`;
/** A valid scenario with one line replaced or added. */
const scenario = (extra: string) => `name: ok\ntraffic: { requests_per_month: 1000000 }\n${FN}${extra}`;
const withFunction = (fields: string) => `name: ok\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: api, ${fields} }\n`;

// [label, file content, what the message must contain]
const SCENARIOS: [string, string | Buffer, string][] = [
  ['invalid YAML', 'name: [unclosed\n', 'scenario.yaml'],
  ['a bare scalar', 'just text\n', 'scenario.yaml'],
  ['a list at the top', '- a\n- b\n', 'scenario.yaml'],
  ['an empty file', '', 'scenario.yaml'],
  ['only a comment', '# nothing\n', 'scenario.yaml'],
  ['no name', `traffic: { requests_per_month: 1 }\n${FN}`, 'name'],
  ['name as a number', GOOD.replace('name: ok', 'name: 42'), 'name'],
  ['no functions', 'name: ok\nlambda: { functions: [] }\n', 'functions'],
  ['memory as a string', withFunction('memory_mb: "lots", duration_ms: 100'), 'memory_mb'],
  ['memory negative', withFunction('memory_mb: -128, duration_ms: 100'), 'memory_mb'],
  ['memory zero', withFunction('memory_mb: 0, duration_ms: 100'), 'memory_mb'],
  ['memory absurd', withFunction('memory_mb: 1e30, duration_ms: 100'), 'must be at most 10240, got 1e30 (at lambda.functions[0].memory_mb)'],
  // A number is quoted as written: not rounded to the nearest double, not put in another notation.
  ['memory past 2^53', withFunction('memory_mb: 9007199254740993, duration_ms: 100'), 'must be at most 10240, got 9007199254740993 (at'],
  ['a duration in exponent form', withFunction('memory_mb: 128, duration_ms: 3.8051750380517504e+300'), 'got 3.8051750380517504e+300 (at'],
  [
    'a load balancer mapping with a wrong type',
    `${GOOD}containers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 5 }\n  load_balancer: { type: 5 }\n`,
    'must be one of alb, none, got 5 (at containers.load_balancer.type)',
  ],
  [
    'provisioned concurrency as a word',
    withFunction('memory_mb: 128, duration_ms: 100, provisioned_concurrency: "x"'),
    'expected a number or a mapping, got string "x" (at lambda.functions[0].provisioned_concurrency)',
  ],
  ['an empty value', withFunction('memory_mb: ~, duration_ms: 100'), 'expected a number, got an empty value (at lambda.functions[0].memory_mb)'],
  ['an empty traffic block', GOOD.replace('traffic: { requests_per_month: 1000000 }', 'traffic:'), 'expected a mapping, got an empty value (at traffic)'],
  ['memory fractional', withFunction('memory_mb: 512.5, duration_ms: 100'), 'memory_mb'],
  ['duration NaN as a string', withFunction('memory_mb: 512, duration_ms: "NaN"'), 'duration_ms'],
  ['duration .nan', withFunction('memory_mb: 512, duration_ms: .nan'), 'duration_ms'],
  ['duration Infinity as a string', withFunction('memory_mb: 512, duration_ms: "Infinity"'), 'duration_ms'],
  ['duration .inf', withFunction('memory_mb: 512, duration_ms: .inf'), 'duration_ms'],
  ['duration over 15 minutes', withFunction('memory_mb: 512, duration_ms: 900001'), 'duration_ms'],
  ['duration zero', withFunction('memory_mb: 512, duration_ms: 0'), 'duration_ms'],
  ['requests negative', GOOD.replace('1000000', '-5'), 'requests_per_month'],
  ['requests as a boolean', GOOD.replace('1000000', 'true'), 'requests_per_month'],
  ['requests with underscores', GOOD.replace('1000000', '"10_000_000"'), 'requests_per_month'],
  ['misspelt top-level key', `${GOOD}fre_tier: false\n`, 'fre_tier'],
  ['misspelt function key', withFunction('memory_mb: 512, duration_ms: 100, memroy_mb: 1'), 'memroy_mb'],
  ['unknown architecture', withFunction('memory_mb: 512, duration_ms: 100, architecture: sparc'), 'architecture'],
  ['unknown runtime', withFunction('memory_mb: 512, duration_ms: 100, runtime: cobol'), 'runtime'],
  ['duplicate keys', 'name: a\nname: b\n' + FN, 'scenario.yaml:2:1: invalid YAML: Map keys must be unique'],
  [
    'duplicate function names',
    'name: ok\ntraffic: { requests_per_month: 1 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 512, duration_ms: 1 }\n    - { name: a, memory_mb: 512, duration_ms: 1 }\n',
    'a',
  ],
  ['__proto__ key', `${GOOD}__proto__: { polluted: true }\n`, '__proto__'],
  ['constructor key', `${GOOD}constructor: 1\n`, 'constructor'],
  ['unknown pattern', GOOD.replace('{ requests_per_month: 1000000 }', '{ requests_per_month: 1000000, pattern: lumpy }'), 'pattern'],
  ['unknown API type', scenario('api_gateway: { type: soap }\n'), 'type'],
  ['unknown pricing version', scenario('pricing: aws-1999-01-01\n'), 'aws-1999-01-01'],
  ['unknown region', scenario('region: mars-north-1\n'), 'mars-north-1'],
  ['negative throttle', scenario('api_gateway: { type: http, throttle: { rate_limit_rps: -1 } }\n'), 'rate_limit_rps'],
  ['unknown warning id', scenario('warnings: { everything: false }\n'), 'everything'],
  ['idle timeout zero', scenario('').replace('lambda:\n', 'lambda:\n  idle_timeout_minutes: 0\n'), 'idle_timeout_minutes'],
  ['budget negative', scenario('budget: { monthly_usd: -5 }\n'), 'monthly_usd'],
  ['tabs for indentation', 'name: ok\nlambda:\n\tfunctions: []\n', 'scenario.yaml'],
  ['a binary file', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47]), 'scenario.yaml'],
  ['CRLF with a bad value', withFunction('memory_mb: 99, duration_ms: 100').replace(/\n/g, '\r\n'), 'memory_mb'],
  ['BOM with a bad value', `\ufeff${withFunction('memory_mb: 99, duration_ms: 100')}`, 'memory_mb'],
  [
    'billion laughs',
    `name: ok\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\nj: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i]\nk: &k [*j,*j,*j,*j,*j,*j,*j,*j,*j]\nl: &l [*k,*k,*k,*k,*k,*k,*k,*k,*k]\nm: &m [*l,*l,*l,*l,*l,*l,*l,*l,*l]\n${FN}`,
    'aliases',
  ],
];

interface OfferDimension {
  beginRange?: unknown;
  endRange?: unknown;
  pricePerUnit?: unknown;
}
type OfferJson = { terms: { OnDemand: Record<string, Record<string, { priceDimensions: Record<string, OfferDimension | null> }>> } };

function expectCleanFailure(args: readonly string[], mention: string) {
  const started = Date.now();
  const result = runCli(args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(mention);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  // The user's own "NaN" may be quoted back; the tool's own blanks may not show.
  expect(result.stderr).not.toMatch(/undefined|\[object Object\]/);
  // zod's own bare words are never the message.
  expect(result.stderr).not.toContain('Invalid input');
  return Date.now() - started;
}

describe('bad scenario files', () => {
  it.each(SCENARIOS)('%s', (_label, content, mention) => {
    const path = tempFile(content);
    expectCleanFailure(['estimate', path], mention);
    // Every message names the file.
    expect(runCli(['estimate', path]).stderr).toContain(path);
  });

  it('a line and column where the fault has one', () => {
    const path = tempFile(withFunction('memory_mb: 99, duration_ms: 100'));
    expect(runCli(['estimate', path]).stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+`));
  });

  it('an alias bomb is refused within a second', () => {
    // The "billion laughs" case above: 9^12 strings if expanded; refused at yaml's alias limit (maxAliasCount) instead.
    const [, bomb] = SCENARIOS.find(([label]) => label === 'billion laughs')!;
    // A second for the refusal, and one for starting a process on a busy test machine.
    expect(expectCleanFailure(['estimate', tempFile(bomb)], 'aliases')).toBeLessThan(1000 + 1000);
  });

  it('a 50 MB file is refused within a second', () => {
    const path = tempFile(`name: ok\n# ${'x'.repeat(50 * 1024 * 1024)}\n${FN}`);
    expect(expectCleanFailure(['estimate', path], path)).toBeLessThan(1000 + 1000);
  });
});

describe('bad paths and flags', () => {
  it('a missing file', () => {
    expectCleanFailure(['estimate', 'no/such/file.yaml'], 'no/such/file.yaml');
  });
  it('a directory', () => {
    const dir = tempDir();
    expectCleanFailure(['estimate', dir], dir);
  });
  it('a named pipe is refused at once, not waited on', () => {
    const fifo = join(tempDir(), 'scenario.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(expectCleanFailure(['estimate', fifo], 'not a regular file')).toBeLessThan(2000);
  });
  it.each([
    // Each refers to itself three times: expanded, 3^10 copies before a depth cap, a crash at five.
    ['a variable that refers to itself', 'a: "${self:custom.a}${self:custom.a}${self:custom.a}"', '${self:custom.a} refers to itself (custom.a → custom.a)'],
    ['a loop through two variables', 'a: "x${self:custom.b}"\n  b: "${self:custom.a}y"', '(custom.a → custom.b → custom.a)'],
    // No loop, but each level triples the text: bounded by size.
    [
      'variables that grow the text past any real value',
      Array.from({ length: 14 }, (_, level) => `l${level}: "${level === 13 ? 'xxxxxxxxxx' : `\${self:custom.l${level + 1}}`.repeat(3)}"`).join('\n  '),
      'expand to more than 100,000 characters',
    ],
  ])('a serverless.yml with %s is refused at once', (_what, custom, mention) => {
    const file = tempFile(
      `service: x\nprovider:\n  name: aws\ncustom:\n  ${custom}\nfunctions:\n  f:\n    handler: h\n    memorySize: \${self:custom.${custom.startsWith('l0') ? 'l0' : 'a'}}\n`,
      'serverless.yml',
    );
    expect(expectCleanFailure(['estimate', file], mention)).toBeLessThan(2000);
  });
  it('a SAM template whose condition refers to itself is refused at once, with the loop', () => {
    const loop = Array.from({ length: 8 }, () => '!Condition Loop').join(', ');
    const file = tempFile(
      `Transform: AWS::Serverless-2016-10-31\nConditions:\n  Loop: !Or [${loop}]\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Runtime: nodejs20.x\n      MemorySize: !If [Loop, 512, 256]\n`,
      'template.yaml',
    );
    expect(expectCleanFailure(['estimate', file, '--usage', 'scenarios/templates/thumbnail-sam/usage.yaml'], 'condition Loop refers to itself (Loop → Loop)')).toBeLessThan(2000);
  });
  it.each([
    [
      'a custom price file with a region named __proto__',
      '--pricing-file',
      'extends: aws-2024-02-01\nregions:\n  __proto__:\n    lambda:\n      requests_per_million_usd: "9.99"\n',
    ],
    ['a usage file with a function named __proto__', '--usage', 'functions:\n  __proto__:\n    requests_per_month: 5\n'],
  ])('%s is refused at the key, not silently ignored', (_what, flag, text) => {
    const file = tempFile(text, 'extra.yaml');
    const input = flag === '--usage' ? 'scenarios/templates/thumbnail-sam/template.yaml' : 'scenarios/growing-api.yaml';
    expectCleanFailure(['estimate', input, flag, file], ':3:3: a key named "__proto__" is refused'.replace(':3:3', flag === '--usage' ? ':2:3' : ':3:3'));
  });
  it.each([
    ['a word', 'abc'],
    ['exponent notation past a double', '1e400'],
  ])('an offer file whose price is %s is refused, naming the SKU', (_what, price) => {
    const offers = readFileSync('test/fixtures/offers/AmazonEC2-us-east-1.csv', 'utf8').replace(/"0\.0816000000","USD"/, `"${price}","USD"`);
    const file = tempFile(offers, 'offers.csv');
    expectCleanFailure(['pricing', 'import', file, '--output', join(tempDir(), 'prices.yaml')], `has a price of "${price}", which is not a number of dollars`);
  });
  it.each([
    ['a price dimension that is null', (dimensions: Record<string, OfferDimension | null>, key: string) => (dimensions[key] = null), 'is not what AWS writes: expected a mapping'],
    [
      'a price that is an object',
      (dimensions: Record<string, OfferDimension | null>, key: string) => (dimensions[key]!.pricePerUnit = { USD: { cents: 1 } }),
      '.pricePerUnit.USD is not what AWS writes: expected a string',
    ],
    [
      'a range that is a word',
      (dimensions: Record<string, OfferDimension | null>, key: string) => (dimensions[key]!.beginRange = 'abc'),
      '.beginRange is not what AWS writes: a range must be',
    ],
    ['a range in exponent form', (dimensions: Record<string, OfferDimension | null>, key: string) => (dimensions[key]!.endRange = '1e400'), '.endRange is not what AWS writes'],
  ])('a well-formed JSON offer file with %s is refused, naming the offer file and the SKU', (_what, change, mention) => {
    const offer = JSON.parse(readFileSync('test/fixtures/offers/AWSLambda-us-east-1.json', 'utf8')) as OfferJson;
    const dimensions = Object.values(Object.values(offer.terms.OnDemand)[0]!)[0]!.priceDimensions;
    change(dimensions, Object.keys(dimensions)[0]!);
    const file = tempFile(JSON.stringify(offer, null, 2), 'AWSLambda-us-east-1.json');
    const args = ['pricing', 'import', file, '--region', 'us-east-1', '--output', join(tempDir(), 'prices.yaml')];
    expectCleanFailure(args, mention);
    expect(runCli(args).stderr.startsWith(`slcost: ${file}: SKU "`)).toBe(true);
  });
  it('a CSV offer file with a range that is a word is refused, naming the offer file', () => {
    const offers = readFileSync('test/fixtures/offers/AmazonEC2-us-east-1.csv', 'utf8').split('\n');
    const header = offers[5]!.split(',');
    const column = header.findIndex((name) => name.replace(/"/g, '') === 'StartingRange');
    const row = offers[6]!.split(',');
    row[column] = '"abc"';
    offers[6] = row.join(',');
    const file = tempFile(offers.join('\n'), 'offers.csv');
    expectCleanFailure(['pricing', 'import', file, '--output', join(tempDir(), 'prices.yaml')], 'beginRange is not what AWS writes: a range must be');
  });
  it('a day that is not in the calendar', () => {
    expectCleanFailure(['estimate', 'scenarios/growing-api.yaml', '--pricing-date', '2024-02-30'], '2024-02-30 is not a day of the calendar');
  });
  it.each([
    ['into a folder that does not exist', () => join(tempDir(), 'missing', 'usage.yaml'), 'does not exist'],
    ['onto a directory', () => tempDir(), 'is a directory'],
  ])('usage init --output %s', (_what, output, mention) => {
    expectCleanFailure(['usage', 'init', 'scenarios/templates/thumbnail-sam/template.yaml', '--output', output(), '--force'], mention);
  });
  it.each([
    [['estimate'], 'scenario'],
    [['estimate', 'scenarios/growing-api.yaml', '--format', 'xml'], 'xml'],
    [['estimate', 'scenarios/growing-api.yaml', '--frmat', 'json'], '--frmat'],
    [['estimate', 'scenarios/growing-api.yaml', '--budget', 'lots'], '--budget'],
    [['estimate', 'scenarios/growing-api.yaml', '--budget=-5'], '--budget'],
    [['estimate', 'scenarios/growing-api.yaml', '--pricing', 'aws-1999-01-01'], 'aws-1999-01-01'],
    [['breakeven', 'scenarios/growing-api.yaml', '--points', 'NaN'], '--points'],
    [['breakeven', 'scenarios/growing-api.yaml', '--points', '0'], '--points'],
    [['breakeven', 'scenarios/growing-api.yaml', '--from', '10B', '--to', '10K'], '--to'],
    [['breakeven', 'scenarios/growing-api.yaml', '--from', 'Infinity'], '--from'],
    [['diff', 'scenarios/growing-api.yaml'], 'diff'],
    [['diff', 'scenarios/growing-api.yaml', 'scenarios/high-traffic.yaml', '--fail-on-increase', 'much'], '--fail-on-increase'],
    [['frobnicate'], 'frobnicate'],
  ])('%j', (args, mention) => {
    expectCleanFailure(args, mention);
  });
});

describe('bad usage, answer and pricing files', () => {
  it('a usage file with an unknown function', () => {
    const usage = tempFile('functions:\n  nosuch: { requests_per_month: 1, duration_ms: 1 }\n', 'usage.yaml');
    expectCleanFailure(['estimate', 'scenarios/templates/image-processor/serverless.yml', '--usage', usage], 'nosuch');
  });
  it('a usage file with a negative duration', () => {
    const usage = tempFile("functions:\n  '*': { requests_per_month: 1, duration_ms: -1 }\n", 'usage.yaml');
    expectCleanFailure(['estimate', 'scenarios/templates/image-processor/serverless.yml', '--usage', usage], 'duration_ms');
  });
  it('an answer file with an unknown answer', () => {
    const answers = tempFile('traffic_pattern: telepathy\n', 'answers.yaml');
    expectCleanFailure(['decide', '--answers', answers], 'telepathy');
  });
  it('an answer file that is invalid YAML', () => {
    const answers = tempFile('workload: [\n', 'answers.yaml');
    expectCleanFailure(['decide', '--answers', answers], 'answers.yaml');
  });
  it('a pricing file with a negative price', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'p'), { recursive: true });
    const path = join(dir, 'p', 'prices.yaml');
    writeFileSync(path, 'lambda:\n  requests_per_million_usd: -1\n');
    expectCleanFailure(['estimate', 'scenarios/growing-api.yaml', '--pricing-file', path], 'prices.yaml');
  });
});
