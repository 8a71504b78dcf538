// Where a scenario comes from and what it names: `-` reads standard input, and a
// region or an instance type the price table lacks is an error at its line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempFile } from '../helpers/files.js';
import { REPO, runCli } from '../helpers/run-cli.js';

const growing = readFileSync('scenarios/growing-api.yaml', 'utf8');
const highTraffic = readFileSync('scenarios/high-traffic.yaml', 'utf8');

describe('- reads a scenario from standard input', () => {
  it('estimate prices it as the file, named <stdin>', () => {
    const piped = runCli(['estimate', '-', '--format', 'json'], {}, growing);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    const fromFile = JSON.parse(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'json']).stdout);
    const fromStdin = JSON.parse(piped.stdout);
    expect(fromStdin.scenario).toEqual({ name: 'Growing product API', file: '<stdin>' });
    expect(fromStdin.platforms).toEqual(fromFile.platforms);
    expect(runCli(['estimate', '-'], {}, growing).stdout).toMatch(/^Growing product API {2}<stdin>\n/);
  });

  it('beside other files, in its place', () => {
    const result = runCli(['estimate', 'scenarios/nightly-job.yaml', '-', '--format', 'json'], {}, growing);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).estimates.map((e: { scenario: { file: string } }) => e.scenario.file)).toEqual(['scenarios/nightly-job.yaml', '<stdin>']);
  });

  it('an error in it names <stdin>, its line and column', () => {
    const result = runCli(['estimate', '-'], {}, growing.replace('memory_mb: 512', 'memory_mb: 64'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('slcost: <stdin>:13:18: must be at least 128, got 64 (at lambda.functions[0].memory_mb)\n');
    expect(runCli(['estimate', '-'], {}, '').stderr).toBe('slcost: <stdin>: is empty\n');
  });

  it('breakeven sweeps it', () => {
    const result = runCli(['breakeven', '-', '--format', 'json'], {}, growing);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.scenario.file).toBe('<stdin>');
    expect(document.crossovers).toEqual(JSON.parse(runCli(['breakeven', 'scenarios/growing-api.yaml', '--format', 'json']).stdout).crossovers);
  });

  it('diff reads it once, as one side or as both sides under two pricing versions', () => {
    const oneSide = runCli(['diff', 'scenarios/high-traffic.yaml', '-', '--format', 'json'], {}, highTraffic.replace('memory_mb: 1024', 'memory_mb: 2048'));
    expect(oneSide.stderr).toBe('');
    expect(JSON.parse(oneSide.stdout).head.file).toBe('<stdin>');
    const bothSides = runCli(['diff', '-', '--pricing-base', 'aws-2021-09-29', '--format', 'json'], {}, highTraffic);
    // Said once, of the base's table, which has no CloudWatch Logs prices.
    expect(bothSides.stderr).toMatch(/^slcost: warning \[lambda_logs_not_priced\]: pricing aws-2021-09-29 \(us-east-1\) has no CloudWatch Logs prices[^\n]*\n$/);
    const document = JSON.parse(bothSides.stdout);
    expect([document.base.file, document.head.file]).toEqual(['<stdin>', '<stdin>']);
    expect([document.base.pricing, document.head.pricing]).toEqual(['aws-2021-09-29', 'aws-2025-10-08']);
  });

  it('decide --scenario - with an answers file; without one it says why it cannot ask', () => {
    const answered = runCli(['decide', '--scenario', '-', '--answers', 'scenarios/answers/steady-large-platform-team.yaml', '--format', 'json'], {}, highTraffic);
    // The answers' 200M overrides the scenario's 100M, and the scenario is priced there (test/cli/decide.test.ts derives it).
    expect(answered.stderr).toBe("slcost: note: <stdin>: priced at the answers' 200,000,000 requests a month in place of its own 100,000,000, every request count in proportion\n");
    expect(JSON.parse(answered.stdout).costs).toEqual({ scenario: '<stdin>', cheapest: 'ec2', monthly_usd: { serverless: '1259.74', ec2: '240.07' } });
    const asked = runCli(['decide', '--scenario', '-'], {}, highTraffic);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toBe(
      'slcost: decide --scenario - reads the scenario from standard input, so it cannot ask its questions there; give the answers in a file: slcost decide --scenario - --answers answers.yaml\n',
    );
  });

  it('decide --usage - with the answers on standard input too is refused as one file given twice; without an answers file it says why it cannot ask', () => {
    const template = 'scenarios/templates/thumbnail-sam/template.yaml';
    const usage = readFileSync('scenarios/templates/thumbnail-sam/usage.yaml', 'utf8');
    // The answers were read from the usage file's text: "is a usage file, not an answers file".
    const twice = runCli(['decide', '--scenario', template, '--usage', '-', '--answers', '-'], {}, usage);
    expect([twice.status, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toBe('slcost: - (standard input) is given for --usage and --answers: it holds one file; give the others as paths\n');
    const asked = runCli(['decide', '--scenario', template, '--usage', '-'], {}, usage);
    expect([asked.status, asked.stdout]).toEqual([2, '']);
    expect(asked.stderr).toBe(
      `slcost: decide --usage - reads the usage file from standard input, so it cannot ask its questions there; give the answers in a file: slcost decide --scenario ${template} --usage - --answers answers.yaml\n`,
    );
    // With an answers file, the usage file on standard input prices the template.
    const answered = runCli(['decide', '--scenario', template, '--usage', '-', '--answers', 'scenarios/answers/spiky-api.yaml', '--format', 'json'], {}, usage);
    expect(answered.status).toBe(0);
  });
});

describe('- when standard input is not a scenario', () => {
  // The message once said 'pipe a scenario in: slcost estimate - < scenario.yaml' whichever file - stood for.
  it.skipIf(spawnSync('python3', ['--version']).status !== 0).each(
    [
      ['estimate', '-'],
      ['breakeven', '-'],
      ['decide', '--scenario', 'scenarios/growing-api.yaml', '--answers', '-'],
      ['estimate', 'scenarios/templates/thumbnail-sam/template.yaml', '--usage', '-'],
    ].map((args) => [args.join(' '), args] as const),
  )('a terminal is refused, not waited on, in words for any file: slcost %s', (_text, args) => {
    const result = spawnSync('python3', ['test/helpers/pty-drive.py', '[]', '--', process.execPath, 'bin/slcost.js', ...args], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('slcost: <stdin>: is a terminal, which slcost does not wait on; redirect the file in (- < file.yaml) or give its path\r\n');
  });

  it('decide --answers - reads the answers there, named <stdin>', () => {
    expect(runCli(['decide', '--answers', '-', '--format', 'json'], {}, readFileSync('scenarios/answers/chat-app.yaml', 'utf8')).stdout).toContain('"recommendation": "hybrid"');
    expect(runCli(['decide', '--answers', '-'], {}, 'needs_gpu: maybe\n').stderr).toBe('slcost: <stdin>:1:12: expected true or false, got string "maybe" (at needs_gpu)\n');
  });
});

describe('- given for two files of one run', () => {
  it.each([
    // Before, the template's text was read again as its usage file ("Unresolved tag: !Ref"), and the answers as a scenario (eleven errors).
    [['estimate', '-', '--usage', '-'], 'scenarios/templates/thumbnail-sam/template.yaml', 'slcost: <stdin>: - (standard input) is given for the template and --usage'],
    [['decide', '--scenario', '-', '--answers', '-'], 'scenarios/answers/chat-app.yaml', 'slcost: - (standard input) is given for --scenario and --answers'],
    [
      ['estimate', 'scenarios/growing-api.yaml', '--usage', '-', '--pricing-file', '-'],
      'scenarios/growing-api.yaml',
      'slcost: - (standard input) is given for --usage and --pricing-file',
    ],
  ])('%j is refused: standard input holds one file', (args, piped, message) => {
    const result = runCli(args, {}, readFileSync(piped, 'utf8'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}: it holds one file; give the others as paths\n`);
  });

  it('one scenario read twice is still one file: a diff of it under two pricing versions', () => {
    const result = runCli(['diff', '-', '-', '--pricing-base', 'aws-2024-11-01', '--format', 'json'], {}, readFileSync('scenarios/growing-api.yaml', 'utf8'));
    expect([result.status, result.stderr]).toEqual([0, '']);
    const { base, head } = JSON.parse(result.stdout) as Record<'base' | 'head', { scenario: string; file: string; pricing: string }>;
    expect(base).toEqual({ scenario: 'Growing product API', file: '<stdin>', pricing: 'aws-2024-11-01' });
    expect(head).toEqual({ ...base, pricing: 'aws-2025-10-08' });
  });
});

describe('a region or an EC2 instance type the price table lacks', () => {
  it('is an error at its line and column, with the nearest one the table has', () => {
    const result = runCli(['estimate', tempFile(growing.replace('traffic:', 'region: us-est-1\ntraffic:'), 'api.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^slcost: \S+api\.yaml:7:9: pricing aws-2025-10-08 has no prices for region "us-est-1"; did you mean "us-east-1"\? \(it covers us-east-1, us-east-2, us-west-2, .*\) \(at region\)\n$/,
    );
    const instance = runCli(['estimate', tempFile(growing.replace('c6g.xlarge', 'c6g.xlarg'), 'api.yaml')]);
    expect(instance.status).toBe(2);
    expect(instance.stderr).toMatch(
      /^slcost: \S+api\.yaml:21:25: pricing aws-2025-10-08 \(us-east-1\) has no price for EC2 instance type "c6g.xlarg"; did you mean "c6g.xlarge"\? \(it prices c6g.large, .*\) \(at containers\.ec2\.instance_type\)\n$/,
    );
    // Cut short as any name quoted back is: one of 100,000 characters was a message of 100 KB.
    const long = runCli(['estimate', tempFile(growing.replace('c6g.xlarge', 'k'.repeat(100_000)), 'api.yaml')]);
    expect(long.stderr).toContain(`has no price for EC2 instance type "${'k'.repeat(40)}…" (it prices`);
    expect(long.stderr.length).toBeLessThan(1000);
  });

  it("in a serverless.yml's provider, at its line there", () => {
    const template = tempFile(readFileSync('scenarios/templates/image-processor/serverless.yml', 'utf8').replace('region: us-east-1', 'region: eu-wst-1'), 'serverless.yml');
    const result = runCli(['estimate', template, '--usage', 'scenarios/templates/image-processor/usage.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^slcost: \S+serverless\.yml:7:11: pricing aws-2025-10-08 has no prices for region "eu-wst-1"; did you mean "eu-west-1"\? .* \(at provider\.region\)\n$/,
    );
  });

  it.each(['toString', 'constructor', '__proto__'])('named %s, as every object inherits, is a region the table lacks (it crashed the estimate, exit 3)', (named) => {
    const result = runCli(['estimate', tempFile(growing.replace('traffic:', `region: "${named}"\ntraffic:`), 'api.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^slcost: \\S+api\\.yaml:7:9: pricing aws-2025-10-08 has no prices for region "${named}" \\(it covers us-east-1, .*\\) \\(at region\\)\n$`),
    );
  });

  it('in a usage file, at its line there', () => {
    const usage = tempFile('region: eu-wst-1\nfunctions:\n  "*": { requests_per_month: 1000, duration_ms: 100 }\n', 'usage.yaml');
    const result = runCli(['estimate', 'scenarios/templates/thumbnail-sam/template.yaml', '--usage', usage]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^slcost: \S+usage\.yaml:1:9: pricing aws-2025-10-08 has no prices for region "eu-wst-1"; did you mean "eu-west-1"\?/);
  });
});

describe("a scenario's compare: where a command prices Lambda alone", () => {
  const said = (command: string) =>
    `slcost: note: scenarios/multi-cloud-api.yaml: its compare: (gcp, azure, cloudflare) is not priced by slcost ${command}; slcost estimate and slcost breakeven price the functions on those providers too\n`;

  it('diff, tune and decide say it once on standard error, and their output stays as it was', () => {
    const diff = runCli(['diff', 'scenarios/growing-api.yaml', 'scenarios/multi-cloud-api.yaml', '--format', 'json']);
    expect(diff.status).toBe(0);
    expect(diff.stderr).toBe(said('diff'));
    expect(JSON.parse(diff.stdout).head.file).toBe('scenarios/multi-cloud-api.yaml');
    const tune = runCli(['tune', 'scenarios/multi-cloud-api.yaml', '--format', 'json']);
    expect(tune.status).toBe(0);
    expect(tune.stderr).toBe(said('tune'));
    const decide = runCli(['decide', '--scenario', 'scenarios/multi-cloud-api.yaml', '--answers', 'scenarios/answers/spiky-api.yaml', '--format', 'json']);
    expect(decide.status).toBe(0);
    expect(decide.stderr).toBe(said('decide'));
  });

  it("of a template's usage file is said of the usage file, which writes it, where it named the template, which has none", () => {
    const usage = tempFile(
      'functions:\n  ThumbnailFunction: { requests_per_month: 100000, duration_ms: 800 }\ncompare:\n  providers: [gcp]\n  gcp: { region: europe-west1 }\n',
      'usage.yaml',
    );
    const template = 'scenarios/templates/thumbnail-sam/template.yaml';
    const note = (command: string) =>
      `slcost: note: ${usage}: its compare: (gcp) is not priced by slcost ${command}; slcost estimate and slcost breakeven price the functions on that provider too\n`;
    const tune = runCli(['tune', template, '--usage', usage, '--format', 'json']);
    expect(tune.status).toBe(0);
    expect(tune.stderr).toBe(note('tune'));
    // Both sides read the one usage file: said once.
    const diff = runCli(['diff', template, template, '--usage', usage, '--format', 'json']);
    expect(diff.status).toBe(0);
    expect(diff.stderr.split('\n').filter((line) => line.includes('compare:'))).toEqual([note('diff').trimEnd()]);
    const decide = runCli(['decide', '--scenario', template, '--usage', usage, '--answers', 'scenarios/answers/spiky-api.yaml', '--format', 'json']);
    expect(decide.status).toBe(0);
    expect(decide.stderr).toContain(note('decide'));
    for (const result of [tune, diff, decide]) expect(result.stderr).not.toContain(`${template}: its compare`);
  });

  it('a scenario without one, or with its settings alone, gets no such note', () => {
    expect(runCli(['tune', 'scenarios/growing-api.yaml', '--format', 'json']).stderr).toBe('');
    // Settings kept for a provider only --compare names: estimate alone has a use for them, and says when it has none.
    const settingsOnly = runCli(['tune', tempFile(`${growing}\ncompare:\n  gcp: { region: europe-west1 }\n`), '--format', 'json']);
    expect(settingsOnly.status).toBe(0);
    expect(settingsOnly.stderr).toBe('');
  });
});
