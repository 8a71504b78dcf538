// slcost estimate --compare and breakeven --compare, run as a user runs them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outputSchemas } from '../../src/schema/output.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const SHIPPED = 'scenarios/multi-cloud-api.yaml';
const PLAIN = 'scenarios/growing-api.yaml';

describe('slcost estimate --compare', () => {
  it("prints the functions' cost on each provider beside Lambda's, says only the functions are compared, and lists what it assumed", () => {
    const result = runCli(['estimate', PLAIN, '--compare', 'gcp,azure,cloudflare']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Functions on other providers: only the functions are compared');
    // 10M requests of 200 ms on 512 MB (arm64): Lambda $9.80; Cloud Run functions 666,000 − 180,000 vCPU-s = $11.66,
    // 1,000,000 − 360,000 GiB-s = $1.60, 8M requests = $3.20: $16.46; Azure 600,000 GB-s = $9.60 + 9M executions $1.80 = $11.40.
    expect(result.stdout).toMatch(/AWS Lambda\s+aws-2025-10-08 · us-east-1\s+\$9\.80\s+\$0\.98/);
    expect(result.stdout).toMatch(/Cloud Run functions\s+gcp-2026-12-05 · us-central1\s+\$16\.46\s+\$1\.65/);
    expect(result.stdout).toMatch(/Azure Functions\s+azure-2026-12-05 · eastus\s+\$11\.40\s+\$1\.14/);
    // Workers has no month, and the note under its row says why: "does not fit" in the cell widened the table past 80
    // columns, and its pricing wrapped to "cloudflare-2026-12-05 ·" over "global".
    expect(result.stdout).toContain(
      "\nCloudflare Workers   cloudflare-2026-12-05 · global        —                —\n  does not fit: api: 512 MB of memory used is over an isolate's 128 MB\n",
    );
    // Sentences wrap at the terminal's width: read them unwrapped.
    const prose = result.stdout.replace(/\n\s+/g, ' ');
    expect(prose).toContain("does not fit: api: 512 MB of memory used is over an isolate's 128 MB");
    expect(prose).toContain('assumed [compare_default_cpu_ms]: CPU time per request (lambda.functions[].cpu_ms) not given for api');
    expect(prose).toContain('assumed [compare_default_plan]: Azure plan (compare.azure.plan) not given: the Consumption plan');
  });

  it('prices the providers the scenario names in compare:, and --compare takes their place', () => {
    const own = runCli(['estimate', SHIPPED]);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/Cloudflare Workers\s+cloudflare-2026-12-05 · global\s+\$6\.92/);
    const flag = runCli(['estimate', SHIPPED, '--compare', 'gcp']);
    expect(flag.stdout).toContain('Cloud Run functions');
    expect(flag.stdout).not.toContain('Cloudflare Workers');
    expect(runCli(['estimate', PLAIN]).stdout).not.toContain('Functions on other providers');
  });

  it('--compare given again names more providers, as a comma does; a provider named in both is named twice', () => {
    const both = runCli(['estimate', PLAIN, '--compare', 'gcp', '--compare', 'azure', '--format', 'json']);
    expect(both.status).toBe(0);
    expect(Object.keys(JSON.parse(both.stdout).compare.providers)).toEqual(['aws', 'gcp', 'azure']);
    const twice = runCli(['breakeven', PLAIN, '--compare', 'gcp,azure', '--compare', 'gcp']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('--compare: gcp is named twice\n');
  });

  it('JSON keeps its shape and adds compare, keyed by provider id, valid against the output schema', () => {
    const plain = JSON.parse(runCli(['estimate', PLAIN, '--format', 'json']).stdout);
    const result = runCli(['estimate', SHIPPED, '--format', 'json']);
    expect(result.status).toBe(0);
    const document = outputSchemas().estimate.parse(JSON.parse(result.stdout));
    expect(Object.keys(plain)).not.toContain('compare');
    expect(Object.keys(document)).toEqual([...Object.keys(plain), 'compare']);
    const compare = document.compare!;
    expect(compare.only_functions).toBe(true);
    expect(Object.keys(compare.providers)).toEqual(['aws', 'gcp', 'azure', 'cloudflare']);
    expect(Object.fromEntries(Object.entries(compare.providers).map(([id, p]) => [id, p.monthly_usd]))).toEqual({ aws: '5.14', gcp: '8.89', azure: '1.81', cloudflare: '6.92' });
    expect(compare.cheapest).toBe('azure');
    expect(compare.providers.cloudflare!.line_items.map((item) => item.id)).toEqual(['workers.plan', 'workers.requests', 'workers.cpu']);
    // The line items add up to the total, as every platform's do.
    for (const provider of Object.values(compare.providers)) {
      const cents = provider.line_items.reduce((total, item) => total + Math.round(Number(item.monthly_usd) * 100), 0);
      expect(cents).toBe(Math.round(Number(provider.monthly_usd) * 100));
    }
  });

  it('Markdown gives the comparison its own section', () => {
    const result = runCli(['estimate', SHIPPED, '--format', 'markdown']);
    // The heading names the comparison; the line under it said "Functions on other providers:" again.
    expect(result.stdout).toContain('#### Functions on other providers\n\nOnly the functions are compared (requests, duration, memory);');
    expect(result.stdout.match(/Functions on other providers/g)).toHaveLength(1);
    expect(result.stdout).toContain('| Cloudflare Workers | `cloudflare-2026-12-05` global | $6.92 | $0.69 |');
    expect(result.stdout).toContain('> **Assumed** (`compare_default_concurrency`)');
  });

  it("CSV adds the providers' rows, marked so that no sum of the bill counts them", () => {
    const lines = runCli(['estimate', SHIPPED, '--format', 'csv']).stdout.trim().split('\r\n');
    const compared = lines.filter((line) => line.includes(',compare:'));
    expect(compared.every((line) => /,compare_(line_item|total)$/.test(line))).toBe(true);
    expect(compared).toContain('Multi-cloud API,scenarios/multi-cloud-api.yaml,cloudflare-2026-12-05,global,compare:cloudflare,,total,Total,,,,6.92,,compare_total');
    expect(lines.filter((line) => line.endsWith(',total')).length).toBe(1);
  });

  it('a template of thousands of functions that do not fit is told in one sentence of at most ten names, alike reasons together', () => {
    // 3,000 functions of 512 MB and 2 of 256 MB: every one over a Worker isolate's 128 MB, for two reasons.
    const functions = Array.from({ length: 3000 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n    events:\n      - httpApi: GET /f${i}\n`).join('');
    const small = '  s0:\n    handler: h.s0\n    memorySize: 256\n  s1:\n    handler: h.s1\n    memorySize: 256\n';
    const template = tempFile(`service: big\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}${small}`, 'serverless.yml');
    const usage = tempFile('functions:\n  "*":\n    requests_per_month: 100000\n    duration_ms: 100\n');
    const result = runCli(['estimate', template, '--usage', usage, '--compare', 'cloudflare']);
    expect(result.status).toBe(0);
    const prose = result.stdout.replace(/\n\s+/g, ' ');
    expect(prose).toContain(
      "does not fit: f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 2,990 more: 512 MB of memory used is over an isolate's 128 MB; and 2 more functions, for another reason (--format json lists every one)",
    );
    // Two reasons, both within the names told: each group says its own.
    const few = tempFile(`service: few\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions.split('  f3:')[0]}${small}`, 'serverless.yml');
    const fewProse = runCli(['estimate', few, '--usage', usage, '--compare', 'cloudflare']).stdout.replace(/\n\s+/g, ' ');
    expect(fewProse).toContain("does not fit: f0, f1, f2: 512 MB of memory used is over an isolate's 128 MB; s0, s1: 256 MB of memory used is over an isolate's 128 MB");
    // JSON lists every one.
    const json = JSON.parse(runCli(['estimate', template, '--usage', usage, '--compare', 'cloudflare', '--format', 'json']).stdout);
    expect(json.compare.providers.cloudflare.does_not_fit).toHaveLength(3002);
  });

  it('names every provider tied at the cheapest month alike, where within the free tiers one was named the cheapest', () => {
    // 1,000 requests of 50 ms at 256 MB: inside Lambda's, Cloud Run functions' and Azure's free tiers alike.
    const file = tempFile('name: tiny\ntraffic: { requests_per_month: 1000 }\nlambda:\n  functions:\n    - { name: api, memory_mb: 256, duration_ms: 50 }\n');
    const table = runCli(['estimate', file, '--compare', 'gcp,azure'], { COLUMNS: '200' });
    expect(table.stdout).toContain('Cheapest for the functions: AWS Lambda, Cloud Run functions and Azure Functions alike, $0.00 a month each');
    const html = runCli(['estimate', file, '--compare', 'gcp', '--format', 'html']).stdout;
    expect(html).toMatch(/Cheapest for the functions: AWS Lambda and Cloud Run functions alike, <data [^>]*>\$0\.00<\/data> a month each\./);
  });

  it('an unknown provider is an input error, exit 2, naming the flag and what it compares', () => {
    const result = runCli(['estimate', PLAIN, '--compare', 'gcp,lambda2']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('slcost: --compare: slcost compares no provider "lambda2" (it compares gcp, azure, cloudflare)\n');
  });

  it("an unknown provider in the scenario's compare: is located at its line and column", () => {
    const file = tempFile('name: x\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10, requests_per_month: 10 }\ncompare: [gcp, azur]\n');
    const result = runCli(['estimate', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`slcost: ${file}:5:16: must be one of gcp, azure, cloudflare, got "azur"; did you mean "azure"? (at compare[1])\n`);
  });
});

describe('slcost breakeven --compare', () => {
  it("draws each provider's function cost on one chart and names where they cross", () => {
    const result = runCli(['breakeven', SHIPPED, '--format', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.platforms).toEqual(['aws', 'gcp', 'azure', 'cloudflare']);
    // At 10K requests a month every free tier covers the functions; Workers costs its $5 minimum.
    expect(document.sweep[0].monthly_usd).toEqual({ aws: '0.00', gcp: '0.00', azure: '0.00', cloudflare: '5.00' });
    expect(result.stderr).toBe('');
    // Lambda and Azure Functions cost the same from 1M to 6.67M requests ($0.20 a million past each one's free
    // million; at 3M, 2,015,000 × $0.20 ÷ 1M = $0.403 each), then Azure the less: they part, and cross nowhere.
    // Rounding 10^-40 apart, they were said to cross at 1M, Azure the cheaper above.
    expect(document.crossovers.map((crossover: { platforms: string[]; requests_per_month: string }) => [crossover.platforms.join('/'), crossover.requests_per_month])).toEqual([
      ['gcp/azure', '2985075'],
      ['aws/gcp', '2985075'],
      ['gcp/cloudflare', '8395643'],
      ['aws/cloudflare', '12727721'],
    ]);
    expect(document.cheapest.map((range: { platform: string; to_requests_per_month: string }) => [range.platform, range.to_requests_per_month])).toEqual([
      ['gcp', '2985075'],
      ['azure', '10000000000'],
    ]);
    expect(runCli(['breakeven', SHIPPED]).stdout).not.toContain('Azure Functions becomes cheaper than AWS Lambda');
    // A provider a function does not fit has no curve, and the note says why.
    const left = runCli(['breakeven', PLAIN, '--compare', 'gcp,cloudflare', '--format', 'csv']);
    expect(left.stdout.split('\r\n')[0]).toBe('requests_per_month,aws_usd,gcp_usd');
    expect(left.stderr).toBe(
      `slcost: note: ${PLAIN}: only the functions are compared, and Cloudflare Workers does not fit: api: 512 MB of memory used is over an isolate's 128 MB\n`,
    );
    const chart = runCli(['breakeven', SHIPPED, '--compare', 'gcp,cloudflare']);
    expect(chart.status).toBe(0);
    // Each provider keeps its own glyphs (and colour) when some are left out: the lines tell apart without colour.
    expect(chart.stdout).toContain('── AWS Lambda   ══ Cloud Run functions   ━━ Cloudflare Workers');
  });
});

describe('the README', () => {
  it('shows the worked comparison as the tool prints it: the end of the estimate', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /```\n(Functions on other providers[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeTruthy();
    expect(runCli(['estimate', SHIPPED]).stdout.endsWith(shown!)).toBe(true);
  });
});
