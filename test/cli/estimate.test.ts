// The CLI as a separate process: exit codes, formats, flags, and the JSON
// document CI pipelines read.
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distinctFiles } from '../../src/commands/estimate.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../../src/core/money.js';
import { outputSchemas } from '../../src/schema/output.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const ajv = new Ajv2020({ strict: false });
const validateEstimate = ajv.compile(JSON.parse(readFileSync('schemas/estimate.schema.json', 'utf8')));
const validateEstimates = ajv.compile(JSON.parse(readFileSync('schemas/estimates.schema.json', 'utf8')));

const SCENARIOS = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => `scenarios/${name}`);

function json(args: readonly string[]) {
  const result = runCli([...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('slcost estimate', () => {
  it('prints the line items and total of the README example and exits 0', () => {
    const result = runCli(['estimate', 'scenarios/growing-api.yaml']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Lambda requests');
    expect(result.stdout).toMatch(/Total\s+\$19\.80\n/);
  });

  it.each(SCENARIOS)('%s: JSON validates against the shipped JSON Schema and its line items add up to the total', (file) => {
    const output = json(['estimate', file]);
    expect(validateEstimate(output), JSON.stringify(validateEstimate.errors)).toBe(true);
    const document = outputSchemas().estimate.parse(output);
    const serverless = document.platforms.serverless!;
    expect(sum(serverless.line_items.map((item) => new Decimal(item.monthly_usd))).toFixed(2)).toBe(serverless.monthly_usd);
    expect(document.pricing.id).toBe('aws-2025-10-08');
  });

  it('prices several files in one call, each on its own, with a summary', () => {
    const output = json(['estimate', 'scenarios/growing-api.yaml', 'scenarios/high-traffic.yaml']);
    expect(validateEstimates(output), JSON.stringify(validateEstimates.errors)).toBe(true);
    const document = outputSchemas().estimates.parse(output);
    expect(document.estimates.map((e) => e.platforms.serverless!.monthly_usd)).toEqual(['19.80', '625.11']);
    // Serverless $19.80 + $625.11 = $644.91; EC2 $223.18 + $231.18 = $454.36; Fargate in growing-api only.
    expect(document.summary).toMatchObject({
      count: 2,
      error_count: 0,
      over_budget_count: 0,
      monthly_usd: '644.91',
      platforms: { serverless: { monthly_usd: '644.91', count: 2 }, ec2: { monthly_usd: '454.36', count: 2 }, fargate: { monthly_usd: '82.29', count: 1 } },
    });
  });

  // What is worked out once (a month's profile, a function's usage, its cold starts) is kept for the rest of a run: a
  // file priced after another must get its own figures, never the other's. Backwards, every pair of files swaps, so a
  // figure one file left for the next would tell.
  it('prices each file of a batch as in any other order: the shipped scenarios and the hand-derived bills, forwards and backwards', () => {
    const folders = [
      'scenarios',
      ...readdirSync('test/fixtures')
        .filter((name) => name.startsWith('whole-architectures'))
        .map((name) => join('test/fixtures', name)),
    ];
    const files = folders.flatMap((folder) =>
      readdirSync(folder)
        // Not the state machines' definitions, nor the price files given with a scenario.
        .filter((name) => name.endsWith('.yaml') && !name.includes('.asl.') && !name.endsWith('-prices.yaml'))
        .map((name) => join(folder, name)),
    );
    const priced = (list: readonly string[]) => {
      const document = JSON.parse(runCli(['estimate', ...list, '--format', 'json']).stdout) as { estimates: Array<{ scenario: { file: string } }>; errors: unknown[] };
      return { byFile: new Map(document.estimates.map((each) => [each.scenario.file, JSON.stringify(each)])), errors: document.errors.length };
    };
    const forwards = priced(files);
    const backwards = priced([...files].reverse());
    expect(forwards.byFile.size).toBeGreaterThan(100);
    // Three of the hand-derived scenarios are refused by design (a price the table lacks, more than provisioned capacity serves).
    expect(forwards.errors).toBe(3);
    expect(backwards.byFile).toEqual(forwards.byFile);
  });

  it('reports a bad file among good ones without hiding the others, and exits 2', () => {
    const bad = tempFile('name: broken\nlambda: { functions: [] }\n');
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', bad, '--format', 'json']);
    expect(result.status).toBe(2);
    const document = outputSchemas().estimates.parse(JSON.parse(result.stdout));
    expect(document.estimates).toHaveLength(1);
    expect(document.errors[0]?.message).toBe(`${bad}:2:22: needs at least 1 item (at lambda.functions)`);
    expect(result.stderr).toBe(`slcost: ${bad}:2:22: needs at least 1 item (at lambda.functions)\n`);
  });

  it('writes nothing to standard output when its only file is bad', () => {
    const result = runCli(['estimate', tempFile('name: x\n')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^slcost: .*scenario\.yaml:1:1: missing required field \(at lambda\)\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('--pricing picks an older version, and a scenario may pin one', () => {
    const older = json(['estimate', 'scenarios/high-traffic.yaml', '--pricing', 'aws-2020-12-01']);
    expect(older.pricing.id).toBe('aws-2020-12-01');
    const pinned = tempFile('name: pinned\npricing: aws-2021-09-29\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 1, requests_per_month: 1 }]\n');
    expect(json(['estimate', pinned]).pricing.id).toBe('aws-2021-09-29');
    expect(json(['estimate', pinned, '--pricing', 'aws-2022-08-01']).pricing.id).toBe('aws-2022-08-01');
  });

  it('an unknown --pricing is exit 2 with the versions that exist', () => {
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', '--pricing', 'aws-2023']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^slcost: --pricing: unknown pricing version "aws-2023".*available: aws-2020-03-12, .*aws-2025-10-08\)\n$/);
  });

  it('a date given as --pricing names the version in force that day, where it was suggested nothing', () => {
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', '--pricing', '2024-03-01']);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'slcost: --pricing: unknown pricing version "2024-03-01": an id is aws- and the day its prices took effect; the version in force on 2024-03-01 is "aws-2024-02-01"\n',
    );
    // No day of the calendar, and a day before every table, are unknown as any other id.
    for (const day of ['2024-02-30', '2019-01-01'])
      expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--pricing', day]).stderr).toMatch(/unknown pricing version "[\d-]+" \(available: /);
  });

  it('--no-free-tier bills the first million requests and 400,000 GB-s', () => {
    // Light startup API: 500,000 × $0.20/M = $0.10; 12,500 GB-s × $0.0000133334 = $0.17; the free tier made it $0.
    expect(json(['estimate', 'scenarios/light-startup-api.yaml']).platforms.serverless.monthly_usd).toBe('0.00');
    const paid = json(['estimate', 'scenarios/light-startup-api.yaml', '--no-free-tier']);
    // and the function's logs: 500,000 × 264 B = 0.132 GB × $0.50 = $0.066 → $0.07, stored 0.2376 GB-months × $0.03 → $0.01.
    expect(paid.platforms.serverless.monthly_usd).toBe('0.35');
    expect(paid.assumptions.free_tier).toBe(false);
  });

  it("the light startup API's callers reach it over its function URL: the cost bomb names them, not an event source", () => {
    // Without an API and without a trigger it was an unnamed event source, whose cold starts were shown all the same.
    const bomb = json(['estimate', 'scenarios/light-startup-api.yaml']).warnings.find((warning: { id: string }) => warning.id === 'cost_bomb');
    expect(bomb.message).toMatch(/^if its function URL's callers invoked function api up to/);
  });

  it('--format markdown gives a pull-request table', () => {
    const result = runCli(['estimate', 'scenarios/high-traffic.yaml', '--format', 'markdown']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### High-traffic API: Serverless $625.11 · EC2 $231.18');
    expect(result.stdout).toContain('| **Total** | | | | **$625.11** |');
    expect(result.stdout).toContain('- EC2 becomes cheaper than Serverless above 37M requests/month');
  });

  it('--format csv gives one row per line item, a subtotal row per service and a total row, each saying which it is', () => {
    const result = runCli(['estimate', 'scenarios/high-traffic.yaml', '--format', 'csv']);
    const rows = result.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('scenario,file,pricing,region,platform,service,id,label,quantity,unit,unit_price_usd,monthly_usd,note,row');
    expect(rows).toContain('High-traffic API,scenarios/high-traffic.yaml,aws-2025-10-08,us-east-1,serverless,,total,Total,,,,625.11,,total');
    expect(rows).toContain('High-traffic API,scenarios/high-traffic.yaml,aws-2025-10-08,us-east-1,ec2,,total,Total,,,,231.18,,total');
    // Serverless: 5 lines (2 of them the function's logs), 3 service subtotals and the total; EC2: 4 lines (the instances,
    // the load balancer's hours, capacity units and addresses), 2 subtotals (EC2, load balancer) and the total; and the header.
    expect(rows).toHaveLength(1 + 5 + 3 + 1 + 4 + 2 + 1);
  });

  it('an unknown format or option is exit 2 with a suggestion', () => {
    expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'yaml']).stderr).toBe(
      "slcost: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are table, json, markdown, csv, html.\n",
    );
    const typo = runCli(['estimate', 'scenarios/growing-api.yaml', '--formt', 'json']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe("slcost: unknown option '--formt'; did you mean --format?\n");
  });

  it('the same input gives the same bytes under another time zone, locale and terminal width', () => {
    const a = runCli(['estimate', ...SCENARIOS, '--format', 'json'], { TZ: 'UTC', LANG: 'C', COLUMNS: '80' });
    const b = runCli(['estimate', ...SCENARIOS, '--format', 'json'], { TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8', COLUMNS: '200' });
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('never prints NaN, Infinity, undefined, [object Object] or an exponent in money', () => {
    for (const format of ['table', 'json', 'markdown', 'csv']) {
      const out = runCli(['estimate', ...SCENARIOS, '--format', format]).stdout;
      expect(out).not.toMatch(/NaN|Infinity|undefined|\[object Object\]|\d[eE][+-]?\d/);
    }
  });
});

describe('a file named twice on one command line', () => {
  it('is priced once, in the place it is first named, with a note; the JSON keeps the shape of several files', () => {
    const link = tempFile('', 'unused').replace(/unused$/, 'link.yaml');
    symlinkSync(resolve('scenarios/growing-api.yaml'), link);
    expect(distinctFiles(['scenarios/nightly-job.yaml', 'scenarios/growing-api.yaml', './scenarios/growing-api.yaml', link, 'scenarios/growing-api.yaml', '-', '-'])).toEqual({
      files: ['scenarios/nightly-job.yaml', 'scenarios/growing-api.yaml', '-'],
      notes: [`scenarios/growing-api.yaml is given 4 times (as ./scenarios/growing-api.yaml, ${link}); priced once`, '<stdin> is given 2 times; priced once'],
    });
    // A file that does not exist is one file too: its error is said once.
    expect(distinctFiles(['missing.yaml', './missing.yaml']).files).toEqual(['missing.yaml']);
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', 'scenarios/growing-api.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('slcost: note: scenarios/growing-api.yaml is given 2 times; priced once\n');
    const document = JSON.parse(result.stdout) as { estimates: unknown[]; summary: { count: number } };
    expect([document.estimates.length, document.summary.count]).toEqual([1, 1]);
  });
});

describe('slcost', () => {
  it('--version prints the package version', () => {
    const result = runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('--help and estimate --help show a real example', () => {
    expect(runCli(['--help']).stdout).toContain('slcost estimate scenarios/growing-api.yaml');
    const help = runCli(['estimate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--no-free-tier');
    expect(help.stdout).toContain('slcost estimate scenarios/*.yaml --format json');
  });

  it('an unknown command is exit 2', () => {
    const result = runCli(['estimat', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("slcost: unknown command 'estimat'; did you mean estimate?\n");
  });

  it('never shows an amount as nothing: a keep-warm ping of a fraction of a cent is "under $0.01 more", and a price of 400 digits is used as written', () => {
    const price = `0.000004166${'7'.repeat(391)}`;
    const file = tempFile(
      `extends: aws-2024-02-01\nregions:\n  us-east-1:\n    lambda:\n      provisioned_concurrency_per_gb_second: { x86_64: "${price}", arm64: "0.0000033334" }\n`,
    );
    const result = runCli(['estimate', 'scenarios/signup-api.yaml', '--pricing-file', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[+ ]\$0\.00 a month/);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('under $0.01 more a month');
  });

  it('prints several errors a line each, every line starting "slcost: "', () => {
    const file = tempFile('name: x\nlambda:\n  functions:\n    - { name: a, memory_mb: -1, duration_ms: -10, requests_per_month: 5 }\n');
    const result = runCli(['breakeven', file]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.startsWith(`slcost: ${file}:4:`)).toBe(true);
  });
});

describe('a price the chosen table lacks', () => {
  it("is said at the function's architecture or memory, in a scenario and in a template (it named no line nor field)", () => {
    const scenario = tempFile(
      'name: a\nlambda:\n  functions:\n    - { name: f, memory_mb: 4000, duration_ms: 1, requests_per_month: 1, architecture: arm64 }\n    - { name: g, memory_mb: 200, duration_ms: 1, requests_per_month: 1 }\n',
    );
    expect(runCli(['estimate', scenario, '--pricing', 'aws-2020-12-01']).stderr).toBe(
      `slcost: ${scenario}:4:88: pricing aws-2020-12-01 (us-east-1) has no arm64 Lambda duration price, which function f needs; choose a newer pricing version with --pricing (at lambda.functions[0].architecture)\n`,
    );
    const oldest = runCli(['estimate', scenario, '--pricing', 'aws-2020-03-12']);
    expect(oldest.status).toBe(2);
    expect(oldest.stdout).toBe('');
    expect(oldest.stderr).toContain(`${scenario}:4:29: pricing aws-2020-03-12 (us-east-1) allows at most 3,008 MB of memory, which function f exceeds`);
    expect(oldest.stderr).toContain(
      `${scenario}:5:29: pricing aws-2020-03-12 (us-east-1) has memory in steps of 64 MB, which function g (200 MB; the nearest were 192 and 256 MB) is not`,
    );
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: { Architectures: [arm64] }\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n',
      'template.yaml',
    );
    const usage = tempFile('functions:\n  "*": { requests_per_month: 1, duration_ms: 1 }\n', 'usage.yaml');
    // Sent back to the option that chose the table: --pricing beside --pricing-date or --pricing-file is refused, and in a
    // diff it prices the head, not the base --pricing-base chose.
    expect(runCli(['estimate', template, '--usage', usage, '--pricing-date', '2021-01-01']).stderr).toBe(
      `slcost: ${template}:3:30: pricing aws-2020-12-01 (us-east-1) has no arm64 Lambda duration price, which function F needs; choose a newer pricing version with --pricing-date (at Globals.Function.Architectures)\n`,
    );
    const prices = tempFile('extends: aws-2020-12-01\n', 'prices.yaml');
    expect(runCli(['estimate', scenario, '--pricing-file', prices, '--format', 'json']).stderr).toBe(
      `slcost: ${scenario}:4:88: pricing aws-2020-12-01+custom (us-east-1) has no arm64 Lambda duration price, which function f needs; choose a newer pricing version with the extends: of ${prices} (at lambda.functions[0].architecture)\n`,
    );
    for (const command of ['tune', 'breakeven'])
      expect(runCli([command, scenario, '--pricing-date', '2021-01-01']).stderr).toContain('choose a newer pricing version with --pricing-date (at');
    expect(runCli(['diff', scenario, '--pricing-base', 'aws-2020-12-01']).stderr).toBe(
      `slcost: ${scenario}:4:88: pricing aws-2020-12-01 (us-east-1) has no arm64 Lambda duration price, which function f needs; choose a newer pricing version with --pricing-base (at lambda.functions[0].architecture)\n`,
    );
    expect(runCli(['diff', scenario, scenario, '--pricing', 'aws-2020-12-01']).stderr).toContain('choose a newer pricing version with --pricing (at');
  });

  it('ephemeral storage above 512 MB before it could be configured is said where it is set, with usage or without (it named no line nor field)', () => {
    const scenario = tempFile(
      'name: a\nlambda:\n  functions:\n    - { name: f, memory_mb: 512, duration_ms: 1, requests_per_month: 1, ephemeral_storage_mb: 2048 }\n    - { name: g, memory_mb: 512, duration_ms: 1, requests_per_month: 0, ephemeral_storage_mb: 1024 }\n',
    );
    const refused = runCli(['estimate', scenario, '--pricing', 'aws-2021-09-29']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `slcost: ${scenario}:4:95: pricing aws-2021-09-29 (us-east-1) has ephemeral storage fixed at 512 MB (configurable from 2022-03-24), which functions f, g set above; choose a newer pricing version with --pricing (at lambda.functions[0].ephemeral_storage_mb)\n`,
    );
    expect(runCli(['estimate', scenario, '--pricing', 'aws-2022-03-24']).status).toBe(0);
    const template = tempFile('service: s\nprovider:\n  name: aws\n  ephemeralStorageSize: 1024\nfunctions:\n  fn:\n    handler: h.f\n', 'serverless.yml');
    const usage = tempFile('functions:\n  "*": { requests_per_month: 1, duration_ms: 1 }\n', 'usage.yaml');
    expect(runCli(['estimate', template, '--usage', usage, '--pricing', 'aws-2021-09-29']).stderr).toBe(
      `slcost: ${template}:4:25: pricing aws-2021-09-29 (us-east-1) has ephemeral storage fixed at 512 MB (configurable from 2022-03-24), which function fn sets above; choose a newer pricing version with --pricing (at provider.ephemeralStorageSize)\n`,
    );
  });
});
