// Cold starts, limits and the cost bomb as a user meets them: scenario keys in, warnings and advice out.
import { describe, expect, it } from 'vitest';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

function estimateJson(path: string) {
  const result = runCli(['estimate', path, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('cold starts, limits and the cost bomb from the CLI', () => {
  it('the throttled Java API: cold starts with latency, advice, and the bill at the throttle', () => {
    const out = estimateJson('scenarios/java-api-throttled.yaml');
    // Java p50 3,000 ms + 80 MB × 3 ms/MB + 1,000 ms for the VPC.
    expect(out.functions[0].cold_starts.added_latency_ms).toEqual({ p50: 4240, p99: 7240 });
    expect(out.functions[0].cold_starts.per_month).toBeGreaterThan(300);
    // Busy hours bring a request every few seconds, so the first environment never idles out: no keep-warm ping.
    expect(out.advice.map((a: { kind: string }) => a.kind)).toEqual(['provisioned_concurrency', 'scheduled_provisioned_concurrency']);
    const bomb = out.warnings.find((w: { id: string }) => w.id === 'cost_bomb');
    // 100 a second × 2,628,000 s = 262,800,000 requests: Lambda requests (262.8M − 1M free) × $0.20/M = $52.36;
    // (65,700,000 − 400,000) GB-s × $0.0000166667 = $1,088.34; HTTP API 262.8M × $1.00/M = $262.80. $1,403.50;
    // its logs, 262.8M × 264 B = 69.3792 GB − 5 free = 64.3792 × $0.50 = $32.19, stored 69.3792 × 0.15 × 12 − 5 =
    // 119.88256 GB-months × $0.03 = $3.60: $1,439.28 (the exact amounts add to $1,439.2815868).
    expect(bomb.message).toContain('hammered at its throttle of 100 requests a second all month, the serverless bill would be $1,439.28');
  });

  it('a scenario key turns a warning off; an unknown one is an error with its path', () => {
    const base = 'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 100 }]\n';
    // Inside the free tier the expected bill is $0, and the throttle that keeps the worst month free is the free tier's
    // 1,000,000 requests (400,000 GB-s at 0.0125 GB-s each is 32 M, so requests bind first): 0.38 a second.
    const [bomb] = estimateJson(tempFile(base)).warnings;
    expect(bomb.id).toBe('cost_bomb');
    expect(bomb.message).toContain('against the expected $0.00; an API throttle of 0.38 requests a second');
    expect(bomb.message).toContain('keeps the worst month within the free tier');
    expect(estimateJson(tempFile(`${base}warnings: { cost_bomb: false }\n`)).warnings).toEqual([]);
    const bad = runCli(['estimate', tempFile(`${base}warnings: { cost_bombs: false }\n`)]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('warnings.cost_bombs');
  });

  it('Markdown carries the cold starts and their options', () => {
    const result = runCli(['estimate', 'scenarios/java-api-throttled.yaml', '--format', 'markdown']);
    expect(result.stdout).toMatch(/^- orders: about [\d,]+ cold starts a month \(0\.\d\d% of requests\), \+4,240 ms p50/m);
    expect(result.stdout).toMatch(/^ {2}- 2 × provisioned concurrency in busy hours only \(242 h a month\)/m);
  });
});
