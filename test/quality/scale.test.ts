// Work that grows with the square of a template's functions shows only at
// scale: 5,000 functions took 25 s when the provisioned-concurrency advice
// repriced every function's month for each function.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO } from '../helpers/run-cli.js';

describe('a template of many functions', () => {
  it('5,000 functions are priced in seconds, each with its advice', () => {
    const dir = tempDir();
    const functions = Array.from({ length: 5000 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n    events:\n      - httpApi: GET /f${i}\n`).join('');
    writeFileSync(join(dir, 'serverless.yml'), `service: big\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`);
    writeFileSync(join(dir, 'usage.yaml'), 'functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n');
    const started = Date.now();
    // Their cold starts are below the default advice threshold; at 0 every function is advised, as the test means.
    const result = spawnSync(
      process.execPath,
      ['bin/slcost.js', 'estimate', join(dir, 'serverless.yml'), '--usage', join(dir, 'usage.yaml'), '--format', 'json', '--cold-start-advice-pct', '0'],
      {
        cwd: REPO,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (Date.now() - started) / 1000;
    expect(result.status).toBe(0);
    const estimate = JSON.parse(result.stdout) as { functions: unknown[]; advice: Array<{ function: string }> };
    expect(estimate.functions).toHaveLength(5000);
    // 5,000,000,000 requests − 1,000,000 free = 4,999 × $0.20
    expect(JSON.parse(result.stdout).platforms.serverless.line_items[0].monthly_usd).toBe('999.80');
    expect(new Set(estimate.advice.map((advice) => advice.function)).size).toBe(5000);
    // 1.8 s on the development machine; the square of the functions took 25 s.
    expect(seconds).toBeLessThan(12);
  }, 30_000);

  it('10,000 functions in a terminal table: the first 200 rows and a note, in seconds of CPU', () => {
    const dir = tempDir();
    const functions = Array.from({ length: 10_000 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n    events:\n      - httpApi: GET /f${i}\n`).join('');
    writeFileSync(join(dir, 'serverless.yml'), `service: big\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`);
    writeFileSync(join(dir, 'usage.yaml'), 'functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n');
    // The process's own CPU time, which a loaded machine does not move (see test/hostile/support/cpu-clock.cjs).
    const result = spawnSync(
      process.execPath,
      ['--require', join(REPO, 'test/hostile/support/cpu-clock.cjs'), 'bin/slcost.js', 'estimate', join(dir, 'serverless.yml'), '--usage', join(dir, 'usage.yaml')],
      { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', COLUMNS: '120' } },
    );
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => /^f\d+ /.test(line))).toHaveLength(200);
    expect(lines.filter((line) => /^f\d+ /.test(line)).at(-1)).toMatch(/^f199 /);
    expect(result.stdout).toContain('the first 200 of 10,000 functions; --format json or --format html lists every one');
    const { cpuMs } = JSON.parse(result.output[3] as string) as { cpuMs: number };
    // About 3 s of CPU on the development machine, as the same in JSON; drawn whole, the table took over two minutes.
    expect(cpuMs).toBeLessThan(15_000);
  }, 60_000);

  it('1,000 functions an event source invokes, alike: each worst month priced once per kind, in seconds of CPU', () => {
    const dir = tempDir();
    const functions = Array.from(
      { length: 1000 },
      (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n    events:\n      - sqs: arn:aws:sqs:us-east-1:123456789012:q${i}\n`,
    ).join('');
    writeFileSync(join(dir, 'serverless.yml'), `service: events\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`);
    writeFileSync(join(dir, 'usage.yaml'), 'functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n');
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        join(REPO, 'test/hostile/support/cpu-clock.cjs'),
        'bin/slcost.js',
        'estimate',
        join(dir, 'serverless.yml'),
        '--usage',
        join(dir, 'usage.yaml'),
        '--format',
        'json',
      ],
      { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
    );
    expect(result.status, result.stderr).toBe(0);
    const bombs = (JSON.parse(result.stdout) as { warnings: Array<{ id: string; message: string }> }).warnings.filter((warning) => warning.id === 'cost_bomb');
    // Each function, at the account's limit all month, is its own worst month: one warning each, alike but for the name.
    expect(bombs).toHaveLength(1000);
    expect(new Set(bombs.map((bomb) => bomb.message.replace(/function f\d+ /, 'function f ')))).toHaveProperty('size', 1);
    const { cpuMs } = JSON.parse(result.output[3] as string) as { cpuMs: number };
    // About 1.2 s of CPU on the development machine; each function's months priced again took 38 s.
    expect(cpuMs).toBeLessThan(10_000);
  }, 60_000);

  it('the break-even of 50 functions of 50 different volumes bends no more often than one function: in seconds of CPU', () => {
    // Each function's billed cold starts are counted on a grid anchored at its own volume, so every function's grid
    // points fall on the same sweep volumes. On a grid of absolute volumes, 50 volumes made 50 sets of bends: 62 s.
    const dir = tempDir();
    const functions = Array.from({ length: 50 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n    events:\n      - httpApi: GET /f${i}\n`).join('');
    const usage = Array.from({ length: 50 }, (_, i) => `  f${i}:\n    requests_per_month: ${100_000 + i * 37_717}\n    duration_ms: ${50 + i * 7}\n`).join('');
    writeFileSync(join(dir, 'serverless.yml'), `service: varied\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`);
    writeFileSync(join(dir, 'usage.yaml'), `functions:\n${usage}`);
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        join(REPO, 'test/hostile/support/cpu-clock.cjs'),
        'bin/slcost.js',
        'breakeven',
        join(dir, 'serverless.yml'),
        '--usage',
        join(dir, 'usage.yaml'),
        '--format',
        'json',
      ],
      { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
    );
    expect(result.status, result.stderr).toBe(0);
    const { cpuMs } = JSON.parse(result.output[3] as string) as { cpuMs: number };
    // About 3.5 s of CPU on the development machine.
    expect(cpuMs).toBeLessThan(20_000);
  }, 90_000);
});
