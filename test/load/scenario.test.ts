// Reading scenario files: what a user gets wrong is an error that names the
// file, line, column and field, and says what would be right.
import { describe, expect, it } from 'vitest';
import { cpuNowMs } from '../helpers/cpu.js';
import { formatError, InputError, InputErrors, type SlcostError } from '../../src/core/errors.js';
import { loadScenario } from '../../src/load/load-scenario.js';
import { tempFile } from '../helpers/files.js';
import { scenarioError } from '../helpers/build.js';
import { MAX_SCENARIO_FUNCTIONS } from '../../src/providers/aws/lambda/scenario.js';

function errorOf(yaml: string | Buffer): string {
  const file = tempFile(yaml);
  try {
    loadScenario(file);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
    return formatError(error as SlcostError).replaceAll(file, 'FILE');
  }
  throw new Error('expected the scenario to be rejected');
}

const valid = `name: ok
traffic:
  requests_per_month: 1000
lambda:
  functions:
    - name: api
      memory_mb: 512
      duration_ms: 100
`;

describe('a valid scenario', () => {
  it('gets the documented defaults', () => {
    const scenario = loadScenario(tempFile(valid));
    expect(scenario.region).toBe('us-east-1');
    expect(scenario.freeTier).toBe(true);
    expect(scenario.pricingId).toBeNull();
    expect(scenario.traffic).toEqual({ pattern: 'steady' });
    expect(scenario.apiGateways).toEqual([]);
    const [fn] = scenario.functions;
    expect(fn?.architecture).toBe('x86_64');
    expect(fn?.ephemeralStorageMb).toBe(512);
    expect(fn?.requestsPerMonth.toFixed()).toBe('1000');
    expect(fn?.provisioned).toBeNull();
  });

  it('reads CRLF line endings and a UTF-8 byte order mark', () => {
    const scenario = loadScenario(tempFile(Buffer.from(`\uFEFF${valid.replace(/\n/g, '\r\n')}`, 'utf8')));
    expect(scenario.name).toBe('ok');
  });
});

describe('errors in a scenario', () => {
  it('names a misspelt key and the key it probably meant, at its line and column', () => {
    expect(errorOf(valid.replace('memory_mb', 'memroy_mb'))).toBe(
      'FILE:6:7: missing required field (at lambda.functions[0].memory_mb)\nFILE:7:7: unknown key "memroy_mb"; did you mean "memory_mb"? (at lambda.functions[0].memroy_mb)',
    );
  });

  it("names a misspelt key inside a service's section (built when first used) and the key it probably meant", () => {
    expect(errorOf(`${valid}services:\n  dynamodb:\n    - name: t\n      storage_gbb: 5\n`)).toBe(
      'FILE:12:7: unknown key "storage_gbb"; did you mean "storage_gb"? (at services.dynamodb[0].storage_gbb)',
    );
  });

  it('takes a range for a figure inside a service section, as the schema allows there', () => {
    const scenario = loadScenario(tempFile(`${valid}services:\n  dynamodb:\n    - name: t\n      writes_per_request: { min: 1, max: 3 }\n`));
    expect(scenario.ranges?.figures.map((figure) => figure.field)).toEqual(['services.dynamodb[0].writes_per_request']);
  });

  it('refuses names that print as nothing: spaces, zero-width and blank characters alone', () => {
    expect(errorOf(valid.replace('name: ok', 'name: "\\u3000 "').replace('name: api', 'name: "\\u200b\\u2060"'))).toBe(
      'FILE:1:7: must have a visible character, not only spaces or invisible ones (at name)\nFILE:6:13: must have a visible character, not only spaces or invisible ones (at lambda.functions[0].name)',
    );
    // A name with one character to see among them is a name.
    expect(loadScenario(tempFile(valid.replace('name: api', 'name: "\\u200bx "'))).functions[0]!.name).toBe('\u200bx ');
  });

  it("refuses two of a service's resources of one name, as AWS has one, however its characters are written", () => {
    expect(errorOf(`${valid}services:\n  sqs:\n    - { name: q, requests_per_month: 1 }\n    - { name: q, requests_per_month: 2 }\n`)).toBe(
      'FILE:12:15: "q" is named twice in services.sqs (first at services.sqs[0]) (at services.sqs[1].name)',
    );
    expect(errorOf(`${valid}services:\n  s3:\n    - { name: "caf\\u00e9", storage_gb: 1 }\n    - { name: "cafe\\u0301", storage_gb: 1 }\n`)).toContain(
      'is named twice in services.s3',
    );
    // One name in two services is two resources.
    expect(loadScenario(tempFile(`${valid}services:\n  sqs: [{ name: q, requests_per_month: 1 }]\n  sns: [{ name: q, publishes_per_month: 1 }]\n`)).name).toBe('ok');
  });

  it('says an empty name once, as empty, not a second time as one without a visible character', () => {
    expect(errorOf(valid.replace('name: ok', 'name: ""').replace('name: api', "name: ''"))).toBe(
      'FILE:1:7: must not be empty (at name)\nFILE:6:13: must not be empty (at lambda.functions[0].name)',
    );
  });

  it('quotes an unknown key of thousands of characters cut to 40, in the message and its path', () => {
    const key = 'k'.repeat(5000);
    expect(errorOf(`${valid}${key}: 1\n`.replace(`${key}: 1`, `? ${key}\n: 1`))).toMatch(new RegExp(`^FILE:9:3: unknown key "k{40}…"; known keys here: .* \\(at k{40}…\\)$`));
  });

  it('names a null key as the file writes it, and its path with the key in brackets, where it was "" and a bare dot', () => {
    expect(errorOf(`${valid}      ~: 1\n`)).toMatch(/^FILE:9:7: unknown key ~ \(a null key\); known keys here: .* \(at lambda\.functions\[0\]\[""\]\)$/);
    expect(errorOf(`${valid}      null: 1\n`)).toMatch(/^FILE:9:7: unknown key null \(a null key\);/);
    expect(errorOf(`${valid}      '': 1\n`)).toMatch(/^FILE:9:7: unknown key ""; /);
  });

  it('checks the range of memory', () => {
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: 64'))).toBe('FILE:7:18: must be at least 128, got 64 (at lambda.functions[0].memory_mb)');
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: 10241'))).toBe('FILE:7:18: must be at most 10,240, got 10241 (at lambda.functions[0].memory_mb)');
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: 512.5'))).toBe('FILE:7:18: expected a whole number, got 512.5 (at lambda.functions[0].memory_mb)');
  });

  it('says memory is in MB when the value reads as GB, with the figure to write', () => {
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: 2'))).toBe(
      'FILE:7:18: must be at least 128, got 2; memory_mb is in MB (1 GB = 1024 MB): for 2 GB write 2048 (at lambda.functions[0].memory_mb)',
    );
    // 0.5 × 1024 = 512
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: 0.5'))).toBe(
      'FILE:7:18: expected a whole number, got 0.5; memory_mb is in MB (1 GB = 1024 MB): for 0.5 GB write 512 (at lambda.functions[0].memory_mb)',
    );
    expect(
      errorOf(`${valid}      ephemeral_storage_mb: 10
`),
    ).toBe('FILE:9:29: must be at least 512, got 10; ephemeral_storage_mb is in MB (1 GB = 1024 MB): for 10 GB write 10240 (at lambda.functions[0].ephemeral_storage_mb)');
  });

  it('checks the range of duration: above 0, at most 15 minutes', () => {
    expect(errorOf(valid.replace('duration_ms: 100', 'duration_ms: 0'))).toBe('FILE:8:20: must be greater than 0, got 0 (at lambda.functions[0].duration_ms)');
    expect(errorOf(valid.replace('duration_ms: 100', 'duration_ms: 900001'))).toBe('FILE:8:20: must be at most 900,000, got 900001 (at lambda.functions[0].duration_ms)');
  });

  it('checks ephemeral storage from 512 to 10,240 MB', () => {
    expect(errorOf(`${valid}      ephemeral_storage_mb: 256\n`)).toBe('FILE:9:29: must be at least 512, got 256 (at lambda.functions[0].ephemeral_storage_mb)');
  });

  it('refuses negative requests, NaN and infinity', () => {
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: -1'))).toBe('FILE:3:23: must be at least 0, got -1 (at traffic.requests_per_month)');
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: .nan'))).toBe('FILE:3:23: expected a finite number, got .nan (at traffic.requests_per_month)');
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: "Infinity"'))).toBe(
      'FILE:3:23: expected a number, got string "Infinity" (at traffic.requests_per_month)',
    );
  });

  it('suggests the nearest allowed value', () => {
    expect(errorOf(`${valid}      architecture: arm\n`)).toBe('FILE:9:21: must be one of x86_64, arm64, got "arm"; did you mean "arm64"? (at lambda.functions[0].architecture)');
  });

  it('needs requests for every function', () => {
    expect(errorOf(valid.replace('traffic:\n  requests_per_month: 1000\n', ''))).toBe(
      'FILE:4:7: needs requests_per_month, or traffic.requests_per_month for every function (at lambda.functions[0])',
    );
  });

  it('refuses provisioned concurrency above the reserved concurrency, which AWS will not configure, at the count', () => {
    expect(errorOf(`${valid}      reserved_concurrency: 5\n      provisioned_concurrency: { count: 6 }\n`)).toBe(
      'FILE:10:41: provisioned concurrency (6) is more than reserved_concurrency (5): AWS allows a function no more provisioned environments than the concurrency it reserves (at lambda.functions[0].provisioned_concurrency.count)',
    );
    expect(errorOf(`${valid}      reserved_concurrency: 0\n      provisioned_concurrency: 1\n`)).toMatch(
      /^FILE:10:32: provisioned concurrency \(1\) is more than reserved_concurrency \(0\)/,
    );
    expect(() => loadScenario(tempFile(`${valid}      reserved_concurrency: 5\n      provisioned_concurrency: 5\n`))).not.toThrow();
  });

  it('refuses two functions of the same name', () => {
    expect(errorOf(`${valid}    - name: api\n      memory_mb: 128\n      duration_ms: 1\n`)).toBe('FILE:9:13: duplicate function name "api" (at lambda.functions[1].name)');
  });

  it('refuses settings of a traffic pattern that is not chosen', () => {
    expect(errorOf(valid.replace('  requests_per_month: 1000\n', '  requests_per_month: 1000\n  spiky: { event_days: 2, event_multiplier: 3 }\n'))).toBe(
      'FILE:4:10: spiky settings are given but pattern is steady (at traffic.spiky)',
    );
  });

  it('refuses a diurnal shape whose busy hours hold more than the day', () => {
    expect(
      errorOf(valid.replace('  requests_per_month: 1000\n', '  requests_per_month: 1000\n  pattern: diurnal\n  diurnal: { busy_hours_per_day: 10, peak_to_average: 3 }\n')),
    ).toBe('FILE:5:12: busy_hours_per_day × peak_to_average must be at most 24 (a day holds 24 average hours), got 10 × 3 (at traffic.diurnal)');
  });

  it('refuses API settings that belong to another API type', () => {
    expect(errorOf(`${valid}api_gateway:\n  type: rest\n  request_size_kb: 600\n`)).toBe(
      'FILE:11:20: request_size_kb applies to http APIs, not rest (at api_gateway.request_size_kb)',
    );
  });

  it('says what is wrong with a budget in words: not "undefined undefined", zod\'s "Invalid input", or one of its three percentiles', () => {
    expect(errorOf(`${valid}budget: {}\n`)).toBe('FILE:9:9: missing required field: a number or a mapping (at budget.monthly_usd)');
    expect(errorOf(`${valid}budget: { monthly_usd: 0.001 }\n`)).toBe('FILE:9:24: must be whole cents (two decimals at most), got 0.001 (at budget.monthly_usd)');
    expect(errorOf(`${valid}budget: { monthly_usd: { serverless: 0.001 } }\n`)).toBe(
      'FILE:9:38: must be whole cents (two decimals at most), got 0.001 (at budget.monthly_usd.serverless)',
    );
    expect(errorOf(`${valid}budget: { monthly_usd: 1, percentile: 99 }\n`)).toBe('FILE:9:39: must be one of 10, 50, 90, got 99 (at budget.percentile)');
  });

  it('says a choice or a switch written in quotes is to be written without them, not "did you mean" what it wrote', () => {
    expect(errorOf(`${valid}budget: { monthly_usd: 1, percentile: '90' }\n`)).toBe(
      'FILE:9:39: must be one of 10, 50, 90, got the string "90"; write it without quotes: 90 (at budget.percentile)',
    );
    expect(errorOf(`${valid}warnings: { cost_bomb: 'false' }\n`)).toBe(
      'FILE:9:24: expected true or false, got the string "false"; write it without quotes: false (at warnings.cost_bomb)',
    );
    expect(errorOf(`${valid}warnings: { cost_bomb: no }\n`)).toBe(
      'FILE:9:24: expected true or false, got the string "no"; a YAML 1.2 file reads it as a word: write false (at warnings.cost_bomb)',
    );
  });

  it('says a name read as a boolean is to be written in quotes, and why where the file is YAML 1.1 (it was "got boolean false" for n)', () => {
    expect(errorOf(valid.replace('name: ok', 'name: true'))).toBe('FILE:1:7: expected a string, got boolean true; write it in quotes: "true" (at name)');
    // YAML 1.2 reads True as true too: no YAML 1.1 said of it.
    expect(errorOf(valid.replace('name: ok', 'name: True'))).toBe('FILE:1:7: expected a string, got boolean true; write it in quotes: "True" (at name)');
    const old = `%YAML 1.1\n---\n${valid.replace('name: ok', 'name: n').replace('name: api', 'name: Off')}`;
    expect(errorOf(old)).toBe(
      [
        'FILE:3:7: expected a string, got boolean false (YAML 1.1, which the file says it is, reads n as false); write it in quotes: "n" (at name)',
        'FILE:8:13: expected a string, got boolean false (YAML 1.1, which the file says it is, reads Off as false); write it in quotes: "Off" (at lambda.functions[0].name)',
      ].join('\n'),
    );
  });

  it('refuses a budget of no platform, which held nothing to it and left its percentile unread', () => {
    expect(errorOf(`${valid}budget: { monthly_usd: {}, percentile: 90 }\n`)).toBe(
      'FILE:9:24: names no platform; give a budget for one or more of serverless, ec2, fargate, or leave budget out (at budget.monthly_usd)',
    );
  });

  it('says a missing choice is missing, not "got undefined"', () => {
    expect(errorOf(`${valid}api_gateway: {}\n`)).toBe('FILE:9:14: missing required field: one of none, rest, http, websocket (at api_gateway.type)');
  });

  it('refuses a budget for a platform the scenario does not describe, at its key', () => {
    const fargate = 'containers:\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 100 }\n';
    expect(errorOf(`${valid}${fargate}budget:\n  monthly_usd: { serverless: 10, ec2: 20 }\n`)).toBe(
      'FILE:12:39: a budget for ec2, but containers has no ec2 to price (at budget.monthly_usd.ec2)',
    );
    expect(loadScenario(tempFile(`${valid}${fargate}budget:\n  monthly_usd: { serverless: 10, fargate: 20 }\n`)).budget.fargate?.toFixed()).toBe('20');
  });

  it('refuses __proto__ keys, and constructor keys as unknown keys', () => {
    expect(errorOf(`${valid}__proto__: { polluted: true }\n`)).toMatch(/^FILE:9:1: a key named "__proto__" is refused/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf(`${valid}constructor: 1\n`)).toMatch(/^FILE:9:1: unknown key "constructor"/);
  });
});

describe('a runtime', () => {
  it.each([
    ['nodejs20.x', 'nodejs'],
    ['python3.12', 'python'],
    ['java21', 'java'],
    ['go1.x', 'go'],
    ['nodejs', 'nodejs'],
    ['java_snapstart', 'java_snapstart'],
    // A custom runtime may run Go or Rust: no cold-start figures, as for a template.
    ['provided.al2023', null],
  ])('%s is accepted, as in a template, and read as %s', (runtime, family) => {
    expect(loadScenario(tempFile(`${valid}      runtime: ${runtime}\n`)).functions[0]?.runtime).toBe(family);
  });

  it('anything else names the families and the identifiers', () => {
    expect(errorOf(`${valid}      runtime: nodjs\n`)).toBe(
      'FILE:9:16: must be one of nodejs, python, go, rust, java, java_snapstart, dotnet_aot, or a Lambda runtime identifier such as nodejs20.x, python3.12 or java21, got "nodjs" (at lambda.functions[0].runtime)',
    );
  });
});

describe('files that are not scenarios', () => {
  it.each([
    ['an empty file', '', 'FILE: is empty'],
    ['invalid YAML', 'name: [\n', 'FILE:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['two documents', 'name: a\n---\nname: b\n', 'FILE:2:1: invalid YAML: a second document starts here, at a --- line or after a ... one; a file holds one document'],
    ['a comment alone', '# nothing here\n', 'FILE: is empty'],
    ['duplicate keys', 'name: a\nname: b\n', 'FILE:2:1: invalid YAML: Map keys must be unique'],
    // The alias's key replaced the first in silence: the name was b.
    ['a key twice, once as an alias of it', '&k name: a\n*k : b\n', 'FILE:2:1: invalid YAML: Map keys must be unique'],
    ['a list instead of a mapping', '- a\n- b\n', 'FILE:1:1: expected a mapping, got a list […]'],
    ['tabs for indentation', 'name: a\nlambda:\n\tfunctions: []\n', 'FILE:3:1: invalid YAML: Tabs are not allowed as indentation'],
  ])('%s', (_what, content, message) => {
    expect(errorOf(content).split('\n')[0]).toBe(message);
  });

  it('a binary file', () => {
    expect(errorOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe('FILE: is a binary file, not YAML');
  });

  it('a file of UTF-16 text, with its byte-order mark or without, as Windows PowerShell writes one: it was "a binary file"', () => {
    const text = 'name: a\nlambda: { functions: [] }\n';
    const utf16 = 'FILE: is UTF-16 text; slcost reads UTF-8: save it as UTF-8';
    expect(errorOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(utf16);
    expect(errorOf(Buffer.from(text, 'utf16le'))).toBe(utf16);
    expect(errorOf(Buffer.from(text, 'utf16le').swap16())).toBe(utf16);
    expect(errorOf(Buffer.from('name: a\0\n'))).toBe('FILE: is a binary file, not YAML');
  });

  /** `levels` lines, each a list of 9 aliases of the line before: 9^levels strings once expanded. */
  function aliasBomb(levels: number): string {
    const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level <= levels; level++)
      lines.push(
        `l${level}: &l${level} [${Array(9)
          .fill(`*l${level - 1}`)
          .join(',')}]`,
      );
    return `${lines.join('\n')}\n`;
  }

  it('a YAML alias bomb ("billion laughs") is refused, quickly', () => {
    const started = cpuNowMs();
    expect(errorOf(aliasBomb(12))).toMatch(/^FILE:\d+:\d+: invalid YAML: more than 100 aliases, refused as an alias bomb$/);
    expect(cpuNowMs() - started).toBeLessThan(1000);
  });

  it('a smaller alias bomb under a known key is rejected without being expanded', () => {
    const started = cpuNowMs();
    const text = `${aliasBomb(9)}name: x\nlambda:\n  functions: *l9\n`;
    // yaml's bound weighs each alias by the aliases inside what it names: the first alias of l3 passes 100.
    expect(errorOf(text)).toBe('FILE:4:10: invalid YAML: more than 100 aliases, refused as an alias bomb');
    expect(cpuNowMs() - started).toBeLessThan(1000);
  });

  it('a file too large to be a scenario is refused before it is read', () => {
    const started = cpuNowMs();
    expect(errorOf(Buffer.alloc(5 * 1024 * 1024, 0x20))).toBe('FILE: is 5 MB; files over 4 MB are refused');
    expect(cpuNowMs() - started).toBeLessThan(1000);
  });

  it('a missing file and a directory', () => {
    expect(() => loadScenario('/no/such/file.yaml')).toThrow('no such file');
    expect(() => loadScenario(tempFile('x').replace(/scenario\.yaml$/, ''))).toThrow('is a directory, not a file');
  });
});

describe('checks that need the pricing versions', () => {
  it('an unknown pricing version is an error at its line, with the nearest one', () => {
    const file = tempFile(`pricing: aws-2022-08-02\n${valid}`);
    expect(() => loadScenario(file, { pricingIds: ['aws-2021-09-29', 'aws-2022-08-01'] })).toThrow(
      'unknown pricing version "aws-2022-08-02"; did you mean "aws-2022-08-01"? (available: aws-2021-09-29, aws-2022-08-01)',
    );
    let thrown: unknown = null;
    try {
      loadScenario(file, { pricingIds: ['aws-2022-08-01'] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).location).toMatchObject({ line: 1, column: 10, path: 'pricing' });
  });

  it('an unknown pricing version, and a region the table lacks, are named by their first 40 characters: 100,000 were quoted whole', () => {
    const long = 'k'.repeat(100_000);
    expect(() => loadScenario(tempFile(`pricing: ${long}\n${valid}`), { pricingIds: ['aws-2025-10-08'] })).toThrow(
      `unknown pricing version "${'k'.repeat(40)}…" (available: aws-2025-10-08)`,
    );
  });

  it("another provider's table as pricing: is named as that provider's, not an unknown version (pricing show lists it)", () => {
    const file = tempFile(`pricing: gcp-2026-12-05\n${valid}`);
    expect(() => loadScenario(file, { pricingIds: ['aws-2025-10-08'] })).toThrow(
      '"gcp-2026-12-05" names a table of Google Cloud Run functions, which prices --compare (and compare:), not this; give one of AWS\'s (available: aws-2025-10-08)',
    );
    // A name of no provider is unknown, as before.
    expect(() => loadScenario(tempFile(`pricing: ibm-2026-12-05\n${valid}`), { pricingIds: ['aws-2025-10-08'] })).toThrow('unknown pricing version "ibm-2026-12-05"');
  });

  it('a budget written as money is told to write the number', () => {
    expect(errorOf(`${valid}budget:\n  monthly_usd: $25\n`)).toBe(
      'FILE:10:16: expected a number or a mapping, got the string "$25"; write the number alone, without the dollar sign: 25 (at budget.monthly_usd)',
    );
    expect(errorOf(`${valid}budget:\n  monthly_usd:\n    serverless: 1,000 USD\n`)).toBe(
      'FILE:11:17: expected a number, got the string "1,000 USD"; write the number alone, without the dollar sign: 1000 (at budget.monthly_usd.serverless)',
    );
  });

  it('a number written with its unit, or with a multiple, is told the number to write', () => {
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: 512MB'))).toBe(
      'FILE:7:18: expected a number, got the string "512MB"; write the number alone, without the unit (the key\'s name says it): 512 (at lambda.functions[0].memory_mb)',
    );
    expect(errorOf(valid.replace('duration_ms: 100', 'duration_ms: 100 ms'))).toMatch(
      /got the string "100 ms"; write the number alone, without the unit \(the key's name says it\): 100 \(at/,
    );
    // 1.5 × 1,000,000,000 in whole numbers: never 1499999999.9999998.
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: 1.5B'))).toMatch(
      /got the string "1\.5B"; write the number in full: 1500000000 \(at traffic\.requests_per_month\)$/,
    );
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: 2.5k'))).toMatch(/write the number in full: 2500 \(at/);
    // Words that are not a number and a unit get no guess.
    expect(errorOf(valid.replace('memory_mb: 512', 'memory_mb: large'))).toBe('FILE:7:18: expected a number, got string "large" (at lambda.functions[0].memory_mb)');
  });

  it('numbers written with separators get a hint', () => {
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: 10_000_000'))).toBe(
      'FILE:3:23: expected a number, got the string "10_000_000"; write numbers without separators, e.g. 10000000 (at traffic.requests_per_month)',
    );
  });

  it.each([
    ['1e400', 'got 1e400, too large to be read as one'],
    [`1${'0'.repeat(399)}`, 'got a number of 400 digits, too large to be read as one'],
    // Read as 0, it was priced as no requests at all without a word.
    ['1e-400', 'got 1e-400, too near zero to be read as one (it would read as 0)'],
  ])('a number past a double (%s) is a number too large, not a string with separators', (written, got) => {
    expect(errorOf(valid.replace('requests_per_month: 1000', `requests_per_month: ${written}`))).toBe(`FILE:3:23: expected a number, ${got} (at traffic.requests_per_month)`);
    // Quoted, it is the string it looks like.
    expect(errorOf(valid.replace('requests_per_month: 1000', 'requests_per_month: "1e400"'))).toBe(
      'FILE:3:23: expected a number, got string "1e400" (at traffic.requests_per_month)',
    );
  });

  it('a number made a string by quotes or a tag is a string, not a number too large (`!!str 1000` was "1000, too large to be read as one")', () => {
    for (const written of ['!!str 1000', '"1000"', "'1000'"]) {
      expect(errorOf(valid.replace('requests_per_month: 1000', `requests_per_month: ${written}`))).toMatch(
        /expected a number, got the string "1000"; write the number without quotes or a tag \(at traffic\.requests_per_month\)$/,
      );
    }
  });
});

describe('the containers block', () => {
  const withContainers = (block: string) => `${valid}containers:\n${block}`;

  it('gets its documented defaults: autoscaling, one instance, on demand, no load balancer without an API', () => {
    const scenario = loadScenario(tempFile(withContainers('  ec2: { instance_type: t3.small, requests_per_second_per_instance: 50 }\n')));
    expect(scenario.containers).toMatchObject({
      autoscaling: true,
      loadBalancer: { type: 'none' },
      ec2: { minInstances: 1, pricing: 'on_demand', publicIpv4: false },
      fargate: null,
    });
    expect(scenario.containers?.requestsPerMonth.toFixed()).toBe('1000');
  });

  it('puts a load balancer in front when the serverless side has an API', () => {
    const scenario = loadScenario(tempFile(`${valid}api_gateway: { type: http }\ncontainers:\n  ec2: { instance_type: t3.small, requests_per_second_per_instance: 50 }\n`));
    expect(scenario.containers?.loadBalancer).toMatchObject({ type: 'alb' });
    expect((scenario.containers?.loadBalancer as { newConnectionsPerRequest: { toFixed(): string } }).newConnectionsPerRequest.toFixed()).toBe('1');
  });

  it("reads the load balancer's scheme and zones: two public addresses by default, one a zone, none when internal", () => {
    const lb = (block: string) =>
      loadScenario(tempFile(withContainers(`  load_balancer: ${block}\n  ec2: { instance_type: t3.small, requests_per_second_per_instance: 50 }\n`))).containers?.loadBalancer;
    expect(lb('alb')).toMatchObject({ type: 'alb', publicAddresses: 2 });
    expect(lb('{ type: alb, availability_zones: 3 }')).toMatchObject({ type: 'alb', publicAddresses: 3 });
    expect(lb('{ type: alb, scheme: internal, availability_zones: 3 }')).toMatchObject({ type: 'alb', publicAddresses: 0 });
    expect(errorOf(withContainers('  load_balancer: { type: alb, availability_zones: 1 }\n  ec2: { instance_type: t3.small, requests_per_second_per_instance: 50 }\n'))).toMatch(
      /containers\.load_balancer\.availability_zones/,
    );
  });

  it('takes a Savings Plan commitment in dollars an hour, and only with a Savings Plan', () => {
    const fleet = (fields: string) => withContainers(`  ec2: { instance_type: t3.small, requests_per_second_per_instance: 50, ${fields} }\n`);
    expect(loadScenario(tempFile(fleet('pricing: savings_plan_3yr, commitment_usd_per_hour: 0.25'))).containers?.ec2?.commitmentUsdPerHour?.toFixed()).toBe('0.25');
    expect(loadScenario(tempFile(fleet('pricing: savings_plan_3yr'))).containers?.ec2?.commitmentUsdPerHour).toBeNull();
    expect(errorOf(fleet('commitment_usd_per_hour: 0.25'))).toContain(
      "commitment_usd_per_hour is a Savings Plan's; set pricing: savings_plan_1yr or savings_plan_3yr, or leave it out (at containers.ec2.commitment_usd_per_hour)",
    );
    expect(errorOf(fleet('pricing: savings_plan_1yr, commitment_usd_per_hour: 0'))).toMatch(/containers\.ec2\.commitment_usd_per_hour/);
  });

  it('enforces the vCPU and memory pairs Fargate offers', () => {
    expect(errorOf(withContainers('  fargate: { vcpu: 1, memory_gb: 16, requests_per_second_per_task: 10 }\n'))).toBe(
      'FILE:10:34: with 1 vCPU, Fargate offers 2, 3, 4, 5, 6, 7, 8 GB of memory, got 16 (at containers.fargate.memory_gb)',
    );
    expect(errorOf(withContainers('  fargate: { vcpu: 3, memory_gb: 6, requests_per_second_per_task: 10 }\n'))).toBe(
      'FILE:10:20: Fargate offers 0.25, 0.5, 1, 2, 4, 8, 16, 32 vCPU, got 3 (at containers.fargate.vcpu)',
    );
  });

  it('needs ec2 or fargate', () => {
    expect(errorOf(withContainers('  autoscaling: false\n'))).toBe('FILE:10:3: containers needs ec2, fargate or both (at containers)');
  });

  it('checks capacity and minimums', () => {
    expect(errorOf(withContainers('  ec2: { instance_type: t3.small, requests_per_second_per_instance: 0 }\n'))).toBe(
      'FILE:10:69: must be at least 0.000001, got 0 (at containers.ec2.requests_per_second_per_instance)',
    );
    expect(errorOf(withContainers('  ec2: { instance_type: t3.small, requests_per_second_per_instance: 5, min_instance: 2 }\n'))).toMatch(
      /unknown key "min_instance"; did you mean "min_instances"\?/,
    );
  });
});

describe('a file of another kind given as a scenario', () => {
  // Each was a screen of "missing required field (at name)", "(at lambda)" and an "unknown key" for each of its keys.
  it('is named for what it is, in one message at the key that shows it', () => {
    expect(errorOf('functions:\n  api: { requests_per_month: 1000 }\n')).toBe(
      'FILE:1:1: is a usage file, not a scenario: give it with --usage after the template whose functions it describes (at functions)',
    );
    expect(errorOf('id: aws-x\neffective_date: 2025-01-01\nregions: {}\n')).toBe(
      'FILE:3:1: is a price table, not a scenario: a scenario is priced with it by its pricing: key or --pricing (at regions)',
    );
    expect(errorOf('{"formatVersion": "v1.0", "offerCode": "AmazonEC2", "products": {}}')).toBe(
      'FILE:1:27: is an AWS Price List offer file, not a scenario: slcost pricing import makes a price file of it (at offerCode)',
    );
    expect(errorOf('description: mine\nextends: aws-2025-10-08\n')).toBe(
      'FILE:2:1: is a price file, not a scenario: give it as --pricing-file, after the scenario it prices (at extends)',
    );
    expect(errorOf('requests_per_month: 5\nneeds_gpu: false\n')).toBe(
      'FILE:2:1: is an answers file of slcost decide, not a scenario: give it as decide --answers (beside --scenario and the scenario) (at needs_gpu)',
    );
  });

  it("is a scenario that wrote a question's id out of place, not an answers file, when it has a name", () => {
    expect(errorOf('name: x\nneeds_gpu: false\ntraffic: { requests_per_month: 5 }\n')).toMatch(/unknown key "needs_gpu"/);
  });

  it('says a template whose Resources is misspelt, or missing, is one', () => {
    // SAM's own test of this mistake (tests/translator/input/error_invalid_template.yaml).
    expect(errorOf('Resource:\n  F:\n    Type: AWS::Serverless::Function\n')).toBe(
      "FILE:1:1: reads as a CloudFormation or SAM template (it has Resource), but it has no Resources section, which holds a template's functions: did you mean Resources? (at Resource)",
    );
    expect(errorOf('Parameters: {}\nOutputs: {}\n')).toMatch(/^FILE:1:1: reads as a CloudFormation or SAM template \(it has Parameters\), but it has no Resources section[^?]*$/);
  });

  it('is read as a scenario, and its own mistakes said, once it writes lambda:', () => {
    expect(errorOf('name: x\nfunctions: {}\nlambda: { functions: [] }\n')).toMatch(/unknown key "functions"/);
    expect(errorOf('name: x\nResources: {}\nlambda: { functions: [] }\n')).toMatch(/unknown key "Resources"/);
  });

  it('is a scenario that left out lambda:, not a usage file, when its functions are a list or it has a name', () => {
    // A usage file's functions are a mapping by name, and it has no name: these were told to be given with --usage.
    for (const text of ['name: x\nfunctions:\n  - { name: f, memory_mb: 512 }\n', 'functions:\n  - { name: f, memory_mb: 512 }\n', 'name: x\nfunctions: { f: {} }\n']) {
      const message = errorOf(text);
      expect(message).not.toMatch(/usage file/);
      expect(message).toMatch(/missing required field \(at lambda\)/);
    }
  });
});

describe('the most functions a scenario file lists', () => {
  const listing = (count: number) =>
    `name: many\ntraffic: { requests_per_month: 1000 }\nlambda:\n  functions:\n${Array.from({ length: count }, (_, i) => `    - { name: f${i}, memory_mb: 128, duration_ms: 10 }\n`).join('')}`;
  it('is 1,000, and past it the message says where any number goes', () => {
    expect(scenarioError(listing(MAX_SCENARIO_FUNCTIONS))).toBe('no error');
    // It read "has more than 1000 items", with no way on.
    expect(scenarioError(listing(MAX_SCENARIO_FUNCTIONS + 1))).toBe(
      'lambda.functions: has more than 1,000 functions, the most a scenario file takes; a template with a usage file takes any number',
    );
  });
});
