// What CI pipelines rely on: budget exit codes, diffs, schemas, the starter
// scenario, and the jq recipes of docs/ci.md run against real output.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as loadYaml } from 'yaml';
import { starterScenario } from '../../src/commands/init.js';
import { tempDir, tempFile } from '../helpers/files.js';
import { REPO, runCli } from '../helpers/run-cli.js';

const withBudget = (usd: string) =>
  tempFile(
    `name: budgeted\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  functions: [{ name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }]\nbudget:\n  monthly_usd: ${usd}\n`,
  );
const BAD = () => tempFile('name: bad\nlambda: { functions: [{ name: f, memory_mb: 64, duration_ms: 1, requests_per_month: 1 }] }\n');

describe('budget exit codes', () => {
  // The budgeted scenario costs 9 × $0.20 + 600,000 GB-s × $0.0000133334 = $1.80 + $8.00 = $9.80.
  it('0 within a budget, for one file', () => {
    const result = runCli(['estimate', withBudget('9.80')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Budget: Serverless $9.80 a month of $9.80, $0.00 left');
  });

  it('1 over it, with one line naming the scenario, cost, budget and excess; the output is still printed', () => {
    const file = withBudget('9.79');
    const result = runCli(['estimate', file, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`slcost: over budget: budgeted (${file}): Serverless $9.80 a month of $9.79, $0.01 over\n`);
    const document = JSON.parse(result.stdout);
    expect(document.budget).toEqual({
      status: 'over',
      monthly_usd: '9.79',
      checks: [{ platform: 'serverless', budget_usd: '9.79', monthly_usd: '9.80', excess_usd: '0.01', status: 'over' }],
    });
  });

  it('names a template without a name of its own by its file, once', () => {
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: a.b, Runtime: nodejs20.x }\n',
      'template.yaml',
    );
    const usage = tempFile('functions:\n  "*": { requests_per_month: 100000000, duration_ms: 200 }\n', 'usage.yaml');
    const result = runCli(['estimate', template, '--usage', usage, '--budget', '1', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^slcost: over budget: ${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Serverless \\$[\\d,.]+ a month of \\$1\\.00`));
  });

  it('--budget wins over the scenario’s own', () => {
    expect(runCli(['estimate', withBudget('1'), '--budget', '10']).status).toBe(0);
    expect(runCli(['estimate', withBudget('100'), '--budget', '9.79']).status).toBe(1);
  });

  it('--budget replaces the amount and keeps the file’s budget.percentile: the P90 bill of every month is held to it', () => {
    // uncertain-api.yaml holds its P90 bill to $500 over a 12-month outlook; at the medians, month 1, it is $19.80.
    const result = runCli(['estimate', 'scenarios/uncertain-api.yaml', '--budget', '100', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'slcost: over budget: Uncertain product API (scenarios/uncertain-api.yaml): Serverless P90 $115.08 a month of $100.00, $15.08 over in month 2, the first of the 12 months to be over it\n',
    );
    expect(JSON.parse(result.stdout).budget.checks).toEqual([
      { platform: 'serverless', budget_usd: '100.00', monthly_usd: '115.08', excess_usd: '15.08', status: 'over', percentile: 90, month: 2, months: 12 },
    ]);
  });

  it('2 for an invalid file, which wins over a budget exceeded elsewhere', () => {
    expect(runCli(['estimate', BAD()]).status).toBe(2);
    const result = runCli(['estimate', withBudget('1'), BAD(), '--format', 'json']);
    expect(result.status).toBe(2);
    const document = JSON.parse(result.stdout);
    expect(document.summary).toMatchObject({ count: 1, error_count: 1, over_budget_count: 1 });
  });

  it('0 and 1 for many files', () => {
    expect(runCli(['estimate', 'scenarios/growing-api.yaml', 'scenarios/light-startup-api.yaml', '--budget', '20']).status).toBe(0);
    const over = runCli(['estimate', 'scenarios/growing-api.yaml', 'scenarios/high-traffic.yaml', '--budget', '20', '--format', 'json']);
    expect(over.status).toBe(1);
    expect(over.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(over.stdout).summary.over_budget_count).toBe(1);
  });

  it('per-platform budgets are checked each on its own', () => {
    const file = tempFile(`${readFileSync('scenarios/growing-api.yaml', 'utf8')}budget:\n  monthly_usd: { serverless: 20, ec2: 200, fargate: 100 }\n`);
    const result = runCli(['estimate', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/EC2 \$223\.18 a month of \$200\.00, \$23\.18 over/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a malformed --budget is exit 2', () => {
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', '--budget', '$50']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("slcost: option '--budget <usd>' argument '$50' is invalid. It must be dollars a month, such as 50 or 49.99.\n");
  });
});

describe('slcost diff', () => {
  it('of a scenario against itself is all zeros', () => {
    const result = runCli(['diff', 'scenarios/order-pipeline.yaml', 'scenarios/order-pipeline.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    for (const platform of document.platforms) {
      expect(platform.delta_usd).toBe('0.00');
      for (const line of platform.line_items) expect(line.delta_usd).toBe('0.00');
    }
    expect(document.functions.every((fn: { changed: string[] }) => fn.changed.length === 0)).toBe(true);
    // All zeros read as "no change" where nothing was compared: said, whichever way the same file and version are given.
    const note = 'slcost: note: both sides are scenarios/order-pipeline.yaml priced with aws-2025-10-08, so nothing can change';
    expect(result.stderr).toContain(note);
    expect(runCli(['diff', 'scenarios/order-pipeline.yaml', '--pricing-base', 'aws-2025-10-08']).stderr).toContain(note);
    expect(runCli(['diff', 'scenarios/order-pipeline.yaml', './scenarios/order-pipeline.yaml']).stderr).toContain('both sides are ./scenarios/order-pipeline.yaml');
    // Two versions, or two files, are a comparison.
    expect(runCli(['diff', 'scenarios/order-pipeline.yaml', '--pricing-base', 'aws-2024-02-01']).stderr).not.toContain('both sides');
    expect(runCli(['diff', 'scenarios/order-pipeline.yaml', 'scenarios/growing-api.yaml']).stderr).not.toContain('both sides');
  });

  it('shows a change in one function in that function only, and in its architecture’s lines', () => {
    const base = readFileSync('scenarios/order-pipeline.yaml', 'utf8');
    const head = tempFile(base.replace('duration_ms: 1450', 'duration_ms: 2900'));
    const result = runCli(['diff', 'scenarios/order-pipeline.yaml', head, '--format', 'json']);
    const document = JSON.parse(result.stdout);
    const changed = document.functions.filter((fn: { changed: string[] }) => fn.changed.length > 0);
    expect(changed).toEqual([{ name: 'invoice-worker', in_base: true, in_head: true, changed: ['billed_duration_ms', 'on_demand_gb_seconds'] }]);
    const serverless = document.platforms.find((p: { platform: string }) => p.platform === 'serverless');
    const moved = serverless.line_items.filter((line: { delta_usd: string }) => line.delta_usd !== '0.00').map((line: { id: string }) => line.id);
    // invoice-worker runs on x86_64 with extra ephemeral storage: its duration and storage lines change, nothing else.
    expect(moved).toEqual(['lambda.duration.x86_64.tier-1', 'lambda.ephemeral-storage']);
  });

  it("labels a line whose label differs on the two sides with both, not with the head's alone", () => {
    const base = readFileSync('scenarios/growing-api.yaml', 'utf8');
    const head = tempFile(base.replace('instance_type: c6g.xlarge', 'instance_type: t4g.micro'));
    const document = JSON.parse(runCli(['diff', 'scenarios/growing-api.yaml', head, '--format', 'json']).stdout);
    const ec2 = document.platforms.find((p: { platform: string }) => p.platform === 'ec2');
    expect(ec2.line_items[0]).toMatchObject({ label: 'EC2 c6g.xlarge (on demand) → EC2 t4g.micro (on demand)', base_usd: '198.56' });
  });

  it('takes a name written in the other Unicode form on one side for the same name, as the files do', () => {
    const file = (name: string, memory: number) =>
      tempFile(
        `name: n\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: "${name}", memory_mb: ${memory}, duration_ms: 100 }\n` +
          `services:\n  sqs: [{ name: "${name}", requests_per_month: 5000000 }]\n`,
      );
    const result = runCli(['diff', file('caf\u00e9', 128), file('cafe\u0301', 256), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.functions).toEqual([{ name: 'cafe\u0301', in_base: true, in_head: true, changed: ['memory_mb', 'on_demand_gb_seconds'] }]);
    const serverless = document.platforms.find((p: { platform: string }) => p.platform === 'serverless');
    const queue = serverless.line_items.find((line: { id: string }) => line.id.startsWith('sqs.'));
    expect(queue.label).toBe('SQS standard requests (cafe\u0301) (first 100B)');
  });

  it('names a function whose ephemeral storage alone changed, whose storage line moved, as changed', () => {
    // 28.5's renderer given 4,096 MB of storage and nothing else: its bill gained a line, 1M × 2.4 s × 3.5 GB = 8,400,000
    // GB-s × $0.0000000309 = $0.26, yet it read "unchanged".
    const file = (storage: number) =>
      tempFile(
        `name: n\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: render, memory_mb: 2048, duration_ms: 2400, ephemeral_storage_mb: ${storage}, trigger: sqs }\n`,
      );
    const result = runCli(['diff', file(512), file(4096), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.functions).toEqual([{ name: 'render', in_base: true, in_head: true, changed: ['ephemeral_storage_mb'] }]);
    const serverless = document.platforms.find((p: { platform: string }) => p.platform === 'serverless');
    expect(serverless.line_items.find((line: { id: string }) => line.id === 'lambda.ephemeral-storage')).toMatchObject({ base_usd: '0.00', head_usd: '0.26' });
    expect(runCli(['diff', file(512), file(4096)]).stdout).toMatch(/\nFunctions\nrender: ephemeral_storage_mb 512 → 4096\n?$/);
  });

  it('names the functions that changed, and the unchanged by name up to ten, else by count', () => {
    const base = readFileSync('scenarios/order-pipeline.yaml', 'utf8');
    const head = tempFile(base.replace('duration_ms: 1450', 'duration_ms: 2900'));
    const few = runCli(['diff', 'scenarios/order-pipeline.yaml', head]);
    expect(few.stdout).toMatch(
      /\nFunctions\ninvoice-worker: billed_duration_ms 1,450 → 2,900; on_demand_gb_seconds\n {2}1,001,972\.66 → 2,003,945\.31\nunchanged: orders-api, nightly-report\n?$/,
    );
    // Twelve functions alike, one of them changed: the other eleven are counted.
    const fns = (memory: (i: number) => number) =>
      `name: many\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n${Array.from({ length: 12 }, (_, i) => `    - { name: f${i}, memory_mb: ${memory(i)}, duration_ms: 100 }\n`).join('')}`;
    const many = runCli(['diff', tempFile(fns(() => 512)), tempFile(fns((i) => (i === 7 ? 1024 : 512)))]);
    expect(many.status, many.stderr).toBe(0);
    expect(many.stdout).toMatch(/\nFunctions\nf7: memory_mb 512 → 1024[^\n]*(\n {2}[^\n]+)*\n11 functions unchanged\n?$/);
  });

  it('--fail-on-increase exits 1 past the threshold, 0 below it', () => {
    // Under the 2021-09-29 table (flat prices) the high-traffic scenario's Lambda and API cost the same, but
    // aws-2021-09-29 has no CloudWatch Logs prices, so its bill leaves out the function's logs ($11.98 a month now): an increase.
    expect(runCli(['diff', 'scenarios/high-traffic.yaml', '--pricing-base', 'aws-2021-09-29', '--fail-on-increase', '0']).status).toBe(1);
    const grown = tempFile(readFileSync('scenarios/high-traffic.yaml', 'utf8').replace('requests_per_month: 100000000', 'requests_per_month: 120000000'));
    const result = runCli(['diff', 'scenarios/high-traffic.yaml', grown, '--fail-on-increase', '10']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^slcost: cost increase: Serverless \$625\.11 → \$\d+\.\d\d a month, \+\$\d+\.\d\d \(\+\d+\.\d%\)\n/);
    expect(runCli(['diff', 'scenarios/high-traffic.yaml', grown, '--fail-on-increase', '50']).status).toBe(0);
    expect(runCli(['diff', 'scenarios/high-traffic.yaml', grown, '--fail-on-increase-usd', '1000']).status).toBe(0);
    expect(runCli(['diff', 'scenarios/high-traffic.yaml', grown, '--fail-on-increase-usd', '100']).status).toBe(1);
    // A hundred times the requests: the share is grouped as the table and the Markdown group it (it read +8835%).
    const hundredfold = tempFile(readFileSync('scenarios/high-traffic.yaml', 'utf8').replace('requests_per_month: 100000000', 'requests_per_month: 10000000000'));
    const line = runCli(['diff', 'scenarios/high-traffic.yaml', hundredfold, '--fail-on-increase', '10']).stderr.split('\n')[0]!;
    const shown = /\(\+([\d,.]+)%\)$/.exec(line)?.[1];
    expect(shown).toMatch(/^\d{1,3}(,\d{3})+(\.\d)?$/);
    expect(runCli(['diff', 'scenarios/high-traffic.yaml', hundredfold, '--format', 'markdown']).stdout).toContain(`+${shown}%`);
    // A base of three requests of 10 ms reads under $0.01, as the table above the line writes it, not $0.00. 30,000:
    // 0.03M × $0.20 = $0.006, billed $0.01; 37.5 GB-s × $0.0000166667 = $0.000625 and the logs' 0.0079 GB × $0.50 =
    // $0.004 round to none: $0.01.
    const few = (requests: number) =>
      tempFile(
        `name: few\nfree_tier: false\ntraffic: { requests_per_month: ${requests} }\nlambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10, trigger: url }\n`,
      );
    const fromUnderACent = runCli(['diff', few(3), few(30000), '--fail-on-increase', '50']);
    expect(fromUnderACent.status).toBe(1);
    expect(fromUnderACent.stdout).toMatch(/\nServerless {2}under \$0\.01 {2}\$0\.01 {2}\+\$0\.01 {2}from \$0\n/);
    expect(fromUnderACent.stderr).toBe('slcost: cost increase: Serverless under $0.01 → $0.01 a month, +$0.01\n');
  });

  it('reads a template with its usage file, and says when a side has no usage', () => {
    const template = 'scenarios/templates/thumbnail-sam/template.yaml';
    const usage = 'scenarios/templates/thumbnail-sam/usage.yaml';
    const estimated = JSON.parse(runCli(['estimate', template, '--usage', usage, '--format', 'json']).stdout);
    const serverlessUsd = estimated.platforms.serverless.monthly_usd;
    expect(serverlessUsd).not.toBe('0.00');
    const priced = runCli(['diff', template, '--usage', usage, '--pricing-base', 'aws-2025-10-08', '--format', 'json']);
    expect(priced.status).toBe(0);
    expect(priced.stderr).not.toMatch(/ThumbnailFunction/);
    const serverless = JSON.parse(priced.stdout).platforms.find((p: { platform: string }) => p.platform === 'serverless');
    // The same table on both sides: the head is what estimate prices, and nothing changed.
    expect([serverless.head_usd, serverless.delta_usd]).toEqual([serverlessUsd, '0.00']);
    const unpriced = runCli(['diff', template, '--pricing-base', 'aws-2024-02-01']);
    expect(unpriced.status).toBe(0);
    expect(unpriced.stderr).toMatch(/^slcost: warning \[no_usage_given\]: no usage given for ThumbnailFunction: priced at zero requests/m);
  });

  it('diffs two versions of a template with one usage file that names a function only one of them has', () => {
    const dir = tempDir();
    const fn = (name: string) => `  ${name}: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n`;
    const template = (...names: string[]) => `Transform: AWS::Serverless-2016-10-31\nResources:\n${names.map(fn).join('')}`;
    writeFileSync(join(dir, 'base.yaml'), template('Api', 'Old'));
    writeFileSync(join(dir, 'head.yaml'), template('Api', 'New'));
    const entry = (name: string) => `  ${name}: { requests_per_month: 10000000, duration_ms: 100 }\n`;
    writeFileSync(join(dir, 'usage.yaml'), `functions:\n${['Api', 'Old', 'New'].map(entry).join('')}`);
    const [base, head, usage] = ['base.yaml', 'head.yaml', 'usage.yaml'].map((name) => join(dir, name));
    const result = runCli(['diff', base!, head!, '--usage', usage!, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const functions = JSON.parse(result.stdout).functions as { name: string; in_base: boolean; in_head: boolean }[];
    expect(functions.map((each) => [each.name, each.in_base, each.in_head])).toEqual([
      ['Api', true, true],
      ['Old', true, false],
      ['New', false, true],
    ]);
    // A name neither side has is still refused, once, at its line in the usage file, naming both sides and their functions.
    writeFileSync(usage!, `functions:\n${['Api', 'Old', 'New', 'Typo'].map(entry).join('')}`);
    const refused = runCli(['diff', base!, head!, '--usage', usage!]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`slcost: ${usage}:5:3: neither template (${base} and ${head}) has function "Typo"; their functions are: Api, Old, New (at functions.Typo)\n`);
  });

  it('says when a side’s price table leaves the functions’ log lines out, where its lines read "from $0"', () => {
    const result = runCli(['diff', 'scenarios/high-traffic.yaml', '--pricing-base', 'aws-2021-09-29']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Lambda logs ingested \(first 10K\) +\$0\.00 +\$10\.70 +\+\$10\.70 +from \$0/);
    expect(result.stderr).toBe(
      "slcost: warning [lambda_logs_not_priced]: pricing aws-2021-09-29 (us-east-1) has no CloudWatch Logs prices: the functions' own log lines (264 B an invocation and the application's) are not in the bill\n",
    );
    // Both sides priced alike: nothing left out, nothing said.
    expect(runCli(['diff', 'scenarios/high-traffic.yaml', '--pricing-base', 'aws-2025-05-01']).stderr).toBe('');
  });

  it('--format markdown puts the summary first and folds the details', () => {
    const result = runCli(['diff', 'scenarios/high-traffic.yaml', '--pricing-base', 'aws-2020-12-01', '--format', 'markdown']);
    expect(result.status).toBe(0);
    const text = result.stdout;
    expect(text.indexOf('| Platform | Base | Head | Change | % |')).toBeLessThan(text.indexOf('<details>'));
    expect(text).toContain('`scenarios/high-traffic.yaml (aws-2020-12-01)` → `scenarios/high-traffic.yaml (aws-2025-10-08)`');
  });
});

describe('slcost schema and slcost init', () => {
  it('prints the shipped schemas', () => {
    expect(runCli(['schema']).stdout).toBe(readFileSync('schemas/scenario.schema.json', 'utf8'));
    expect(runCli(['schema', '--output']).stdout).toBe(readFileSync('schemas/estimate.schema.json', 'utf8'));
    expect(runCli(['schema', 'outputs']).stdout).toBe(readFileSync('schemas/estimates.schema.json', 'utf8'));
    expect(runCli(['schema', 'nope']).status).toBe(2);
  });

  it('writes a starter that points at the schema, validates and estimates without edits', () => {
    const dir = tempDir();
    const file = join(dir, 'starter.yaml');
    const written = runCli(['init', file]);
    expect(written.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    const schemaPath = /^# yaml-language-server: \$schema=(.+)$/m.exec(text.split('\n')[0]!)?.[1];
    expect(schemaPath).toBeDefined();
    const schema = JSON.parse(readFileSync(join(dir, schemaPath!), 'utf8'));
    expect(schema.title).toBe('slcost scenario');
    const estimated = runCli(['estimate', file, '--format', 'json']);
    expect(estimated.status).toBe(0);
    expect(JSON.parse(estimated.stdout).platforms.fargate).toBeDefined();
    expect(new Ajv2020({ strict: false }).validate(schema, JSON.parse(JSON.stringify(loadYaml(text))))).toBe(true);
    // and it does not overwrite
    const again = runCli(['init', file]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`slcost: ${file}: exists already; choose another name or pass --force to overwrite it\n`);
    expect(runCli(['init', file, '--force']).status).toBe(0);
  });

  it("writes a starter whose comments line up: the function's settings to uncomment say what they do in one column", () => {
    const lines = starterScenario('schemas/scenario.schema.json').split('\n');
    const settings = lines.filter((line) => /^ {6}# (provisioned_concurrency|ephemeral_storage_mb|reserved_concurrency):/.test(line));
    expect(settings).toHaveLength(3);
    // reserved_concurrency's said it two columns left of the others'.
    expect(new Set(settings.map((line) => line.indexOf('#', 8))).size).toBe(1);
    // The trigger's list of sources ran to 138 columns, past any editor's window.
    expect(lines.filter((line) => line.startsWith('      trigger:') || line.startsWith(`${' '.repeat(31)}#`)).every((line) => line.length <= 100)).toBe(true);
  });

  it('writes a starter whose commented-out logs and services estimate as they are, once uncommented', () => {
    const file = join(tempDir(), 'starter.yaml');
    expect(runCli(['init', file]).status).toBe(0);
    const uncommented = readFileSync(file, 'utf8')
      .replace('      # logs:', '      logs:')
      .replace(/^# (services:)$/m, '$1')
      .replace(/^# {3}(dynamodb|sqs|s3|data_transfer):/gm, '  $1:');
    writeFileSync(file, uncommented);
    const estimated = runCli(['estimate', file, '--format', 'json']);
    expect(estimated.status).toBe(0);
    const services = (JSON.parse(estimated.stdout).platforms.serverless.services as { id: string }[]).map((service) => service.id);
    expect(services).toEqual(expect.arrayContaining(['lambda-logs', 'dynamodb', 's3', 'sqs', 'data-transfer']));
  });
});

describe('the jq recipes of docs/ci.md', () => {
  const recipes = readFileSync('docs/ci.md', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('npx slcost') && line.includes('| jq'));
  const hasJq = spawnSync('jq', ['--version']).status === 0;

  it('are there', () => expect(recipes.length).toBe(4));

  it.skipIf(!hasJq).each(recipes)('%s', (recipe) => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${recipe.replace(/^npx slcost/, 'node bin/slcost.js')}`], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const expected: Array<[string, RegExp]> = [
      ['.platforms.serverless.monthly_usd', /^625\.11\n$/],
      ['.cheapest', /^serverless\n$/],
      ['.summary.monthly_usd', /^\d+\.\d\d\n$/],
    ];
    if (recipe.includes('select(.budget.status')) {
      // Exit 1 and the over-budget lines on standard error are what this recipe is about; jq lists the same scenarios.
      expect(result.stdout).toMatch(/^High-traffic API: 525\.11 over$/m);
      expect(result.stdout.trim().split('\n')).toHaveLength(result.stderr.trim().split('\n').length);
    } else {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const [, pattern] = expected.find(([filter]) => recipe.includes(filter))!;
      expect(result.stdout).toMatch(pattern);
    }
  });
});
