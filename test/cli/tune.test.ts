// slcost tune as a separate process: its formats, --function, its errors, and the README's example.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visibleWidth } from '../../src/report/prose.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

describe('slcost tune', () => {
  it('prints a table per function in 80 columns, with the choices and the saving against today', () => {
    const result = runCli(['tune', 'scenarios/order-pipeline.yaml']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const line of result.stdout.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(80);
    for (const name of ['orders-api', 'invoice-worker', 'nightly-report']) expect(result.stdout).toContain(`\n${name}: today `);
    expect(result.stdout).toContain('invoice-worker: today 1,769 MB x86_64, 1,450 ms, $12.20 a month');
    // Half of 1,450 ms on the CPU, one thread: as fast at 1,769 MB on arm64 for 80% of the x86_64 price.
    expect(result.stdout).toContain('Fastest: 1,769 MB arm64, 1,450 ms, $10.12 a month, saves $2.08 (17%)');
  });

  it('functions alike but for their names are tuned once and shown once, with the others named; JSON lists each', () => {
    // Five functions alike and one of 1,024 MB: two kinds. Alike, each adds the same to the month (the others around it the same).
    const functions = [0, 1, 2, 3, 4].map((i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n`).join('') + '  big:\n    handler: h.big\n    memorySize: 1024\n';
    const template = tempFile(`service: alike\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`, 'serverless.yml');
    const usage = tempFile('functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n', 'usage.yaml');
    const table = runCli(['tune', template, '--usage', usage]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout.match(/^\S+: today /gm)).toEqual(['f0: today ', 'big: today ']);
    expect(table.stdout).toContain('\n4 more functions alike, tuned the same: f1, f2, f3, …\n');
    const json = JSON.parse(runCli(['tune', template, '--usage', usage, '--format', 'json']).stdout) as { functions: Array<{ name: string; today: unknown; choices: unknown }> };
    expect(json.functions.map((fn) => fn.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'big']);
    for (const fn of json.functions.slice(1, 5)) expect({ today: fn.today, choices: fn.choices }).toEqual({ today: json.functions[0]!.today, choices: json.functions[0]!.choices });
    expect(json.functions[5]!.today).not.toEqual(json.functions[0]!.today);
    // The chart as the table: one chart for each kind, the others named under its first.
    const chart = runCli(['tune', template, '--usage', usage, '--format', 'chart']);
    expect(chart.status, chart.stderr).toBe(0);
    expect(chart.stdout.match(/^\S+: monthly cost by memory size/gm)).toEqual(['f0: monthly cost by memory size', 'big: monthly cost by memory size']);
    expect(chart.stdout).toContain(' is the lower line)\n4 more functions alike, tuned the same: f1, f2, f3, …\n');
  });

  it("holds a Lambda@Edge function to its trigger's memory, timeout and x86_64, and says so; a regional one to Lambda's", () => {
    const scenario = tempFile(
      'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: viewer, edge: viewer, memory_mb: 128, duration_ms: 20 }\n    - { name: origin, edge: origin, memory_mb: 512, duration_ms: 200 }\n    - { name: regional, memory_mb: 512, duration_ms: 200 }\n',
    );
    const swept = runCli(['tune', scenario], { COLUMNS: '200' })
      .stdout.split('\n')
      .filter((line) => line.startsWith('Chosen from'));
    expect(swept).toEqual([
      "Chosen from 1 size: 128 MB alone (the only size that fits and finishes within its Lambda@Edge trigger's timeout), on x86_64",
      "Chosen from 10,113 sizes: 128–10,240 MB in 1 MB steps (those that fit and finish within its Lambda@Edge trigger's timeout), on x86_64",
      'Chosen from 20,226 sizes: 128–10,240 MB in 1 MB steps (those that fit and finish within 15 minutes), on x86_64 and arm64',
    ]);
  });

  it("marks the sizes whose run is past a Lambda@Edge trigger's timeout as past it, as a regional function's past 15 minutes", () => {
    // 29 s at 1,024 MB, all on the CPU: 232 s at 128 MB, 116 s at 256, 58 s at 512, each past an origin trigger's 30 s.
    const scenario = tempFile(
      'name: t\ntraffic: { requests_per_month: 1000 }\nlambda:\n  functions:\n    - { name: origin, edge: origin, memory_mb: 1024, duration_ms: 29000, cpu_bound_pct: 100 }\n',
    );
    const rows = runCli(['tune', scenario, '--format', 'csv']).stdout.split('\r\n');
    const marked = rows.slice(1).map((row) => row.split(','));
    expect(marked.filter((row) => row[10] === 'over 30 s').map((row) => [row[3], row[6]])).toEqual([
      ['128', '232000'],
      ['256', '116000'],
      ['512', '58000'],
    ]);
    expect(marked.find((row) => row[3] === '1024')?.[10]).toBe('today');
    const table = runCli(['tune', scenario], { COLUMNS: '200' }).stdout;
    expect(table).toMatch(/ 128 MB +0\.07 +232,000 ms +\S+ +\S+ +over 30 s\n/);
    expect(table).not.toContain('over 15 min');
  });

  it('a function left one size to choose from says that size, not a range from it to itself', () => {
    // 10,240 MB from Globals, and a usage file's "*" peak_memory_mb of all of it: nothing smaller fits.
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: { MemorySize: 10240, Runtime: python3.12 }\nResources:\n  Big:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h }\n',
      'template.yaml',
    );
    const usage = tempFile('functions:\n  "*": { requests_per_month: 1000, duration_ms: 900000, cpu_bound_pct: 100, threads: 64, peak_memory_mb: 10240 }\n', 'usage.yaml');
    for (const format of ['table', 'markdown']) {
      const result = runCli(['tune', template, '--usage', usage, '--format', format]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('Chosen from 2 sizes: 10,240 MB alone (the only size that fits and finishes');
      expect(result.stdout).not.toContain('10,240–10,240');
    }
  });

  it("says a template's functions the usage file gives no requests are tuned at none, at their timeout", () => {
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: { MemorySize: 256, Runtime: python3.12, Timeout: 30 }\nResources:\n  Used:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h }\n  Idle:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h }\n',
      'template.yaml',
    );
    const bare = runCli(['tune', template]);
    expect(bare.status, bare.stderr).toBe(0);
    expect(bare.stdout).toContain('Used: today 256 MB x86_64, 30,000 ms, $0.00 a month');
    expect(bare.stderr).toContain('no usage given for Used, Idle: tuned at zero requests a month');
    const usage = tempFile('functions:\n  Used: { requests_per_month: 1000, duration_ms: 100 }\n', 'usage.yaml');
    expect(runCli(['tune', template, '--usage', usage]).stderr).toContain(
      "no usage given for Idle: tuned at zero requests a month (each size $0.00 but for what is billed by the hour), at the template's timeout",
    );
    expect(runCli(['tune', template, '--usage', usage, '--function', 'Used']).stderr).toBe('');
  });

  it("says a custom runtime's or a container image's INIT phase of no known length is in no size's cost, as estimate does", () => {
    const scenario = tempFile(
      'name: custom\nlambda:\n  functions:\n    - { name: rusty, memory_mb: 512, duration_ms: 100, requests_per_month: 1000000, runtime: provided.al2023 }\n    - { name: boxed, memory_mb: 512, duration_ms: 100, requests_per_month: 1000000, package_type: image }\n    - { name: known, memory_mb: 512, duration_ms: 100, requests_per_month: 1000000, package_type: image, init_duration_ms: 300 }\n',
      'custom.yaml',
    );
    const result = runCli(['tune', scenario]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      "a custom runtime's or a container image's INIT phase (rusty, boxed) is billed on each cold start, but its length is not known: no size's cost holds it",
    );
    expect(runCli(['tune', scenario, '--function', 'known']).stderr).toBe('');
  });

  it('a duration under a twentieth of a millisecond is under 0.1 ms, not 0 ms, today and at every size', () => {
    const scenario = tempFile('name: quick\nlambda:\n  functions:\n    - { name: quick, memory_mb: 256, duration_ms: 0.0000001, requests_per_month: 1000 }\n', 'quick.yaml');
    for (const format of ['table', 'markdown']) {
      const result = runCli(['tune', scenario, '--format', format]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('quick: today 256 MB x86_64, under 0.1 ms, ');
      expect(result.stdout).not.toMatch(/\b0 ms/);
    }
    // From half a tenth up, to its tenth as ever.
    const tenth = tempFile('name: tenth\nlambda:\n  functions:\n    - { name: tenth, memory_mb: 256, duration_ms: 0.05, requests_per_month: 1000 }\n', 'tenth.yaml');
    expect(runCli(['tune', tenth]).stdout).toContain('tenth: today 256 MB x86_64, 0.1 ms, ');
  });

  it('JSON and CSV are written a function at a time, and read as the whole document written at once', () => {
    const functions = Array.from({ length: 30 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: ${128 * (1 + (i % 3))}\n`).join('');
    const template = tempFile(`service: parts\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`, 'serverless.yml');
    const usage = tempFile('functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n', 'usage.yaml');
    const json = runCli(['tune', template, '--usage', usage, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    // The text is the document's own two-space layout, the functions spliced in at their depth, and one newline after.
    const document = JSON.parse(json.stdout) as { functions: Array<{ name: string }>; not_tuned: unknown };
    expect(json.stdout).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(document.functions.map((fn) => fn.name)).toEqual(Array.from({ length: 30 }, (_, i) => `f${i}`));
    expect(document.not_tuned).toEqual([]);
    const csv = runCli(['tune', template, '--usage', usage, '--format', 'csv']);
    expect(csv.status, csv.stderr).toBe(0);
    const rows = csv.stdout.replace(/\n$/, '').split('\r\n');
    expect(rows.every((row) => row.split(',').length === 11)).toBe(true);
    // Every function's every shown size on a row of its own, in the order of the JSON.
    const sizes = (document.functions as Array<{ name: string; sizes: unknown[] }>).flatMap((fn) => fn.sizes.map(() => fn.name));
    expect(rows.slice(1).map((row) => row.split(',')[2])).toEqual(sizes);
  });

  it('names a template without a Description by its file once, as the estimate does (it read "t.yaml  t.yaml")', () => {
    const template = tempFile('Transform: AWS::Serverless-2016-10-31\nResources:\n  A: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n', 'template.yaml');
    const usage = tempFile('functions:\n  "*": { requests_per_month: 1000000, duration_ms: 100 }\n', 'usage.yaml');
    const first = (format: string) => runCli(['tune', template, '--usage', usage, '--format', format]).stdout.split('\n')[0];
    expect(first('table')).toBe(template);
    expect(first('markdown')).toBe(`### ${template}`);
    expect(first('chart')).toBe(`${template} · pricing aws-2025-10-08`);
    expect(runCli(['estimate', template, '--usage', usage]).stdout.split('\n')[0]).toBe(template);
  });

  it('--function NAME: that function alone; an unknown name is exit 2, naming the functions there are', () => {
    const one = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'nightly-report', '--format', 'json']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).functions.map((fn: { name: string }) => fn.name)).toEqual(['nightly-report']);
    const unknown = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'nightly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      "slcost: scenarios/order-pipeline.yaml: --function nightly: no function has that name; the scenario's functions are orders-api, invoice-worker, nightly-report\n",
    );
    // Written in another case, the name meant is said: past ten functions the list is cut short.
    const miscased = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'Invoice-Worker']);
    expect(miscased.stderr).toMatch(/--function Invoice-Worker: no function has that name \(did you mean invoice-worker\?\); the scenario's functions are /);
    const empty = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', '']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe("slcost: scenarios/order-pipeline.yaml: --function is empty; name one of the scenario's functions: orders-api, invoice-worker, nightly-report\n"); // Cut short as any name quoted back is: one of 100,000 characters was a message of 100 KB.
    const long = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'k'.repeat(100_000)]);
    expect(long.stderr).toContain(`--function ${'k'.repeat(40)}…: no function has that name`);
    expect(long.stderr.length).toBeLessThan(300);
  });

  it('--function NAME in the other Unicode form of a function name (a combining accent for a precomposed one) is that function', () => {
    const scenario = tempFile(
      'name: forms\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: "caf\\u00e9", memory_mb: 512, duration_ms: 100 }\n    - { name: other, memory_mb: 1024, duration_ms: 100 }\n',
    );
    const result = runCli(['tune', scenario, '--function', 'cafe\u0301', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).functions.map((fn: { name: string }) => fn.name)).toEqual(['caf\u00e9']);
  });

  it("--function given again: each function named, in the file's order; every unknown name said at once", () => {
    // The second name once replaced the first without a word.
    const two = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'nightly-report', '--function', 'orders-api', '--function', 'nightly-report', '--format', 'json']);
    expect(two.status, two.stderr).toBe(0);
    expect(JSON.parse(two.stdout).functions.map((fn: { name: string }) => fn.name)).toEqual(['orders-api', 'nightly-report']);
    const unknown = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'orders', '--function', 'nightly-report', '--function', 'invoice']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      "slcost: scenarios/order-pipeline.yaml: --function orders, --function invoice: no function has those names; the scenario's functions are orders-api, invoice-worker, nightly-report\n",
    );
  });

  it('JSON: the choices and a row per shown size and architecture, money in cents', () => {
    const result = runCli(['tune', 'scenarios/growing-api.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.schema).toBe('slcost-tune/1');
    expect(json.memory).toEqual({ min_mb: 128, max_mb: 10240, step_mb: 1 });
    const [api] = json.functions;
    expect(api.today).toMatchObject({ memory_mb: 512, architecture: 'arm64', duration_ms: '200', monthly_usd: '9.80' });
    // Half of 200 ms on the CPU at 512 MB: 100 + 100 × 512 / 128 = 500 ms at 128 MB, the fewest GB-seconds.
    expect(api.choices.cheapest).toMatchObject({ memory_mb: 128, architecture: 'arm64', duration_ms: '500', saving_usd: '5.00' });
    expect(api.choices.fastest.memory_mb).toBe(1769);
    expect(api.sizes_compared).toBe(2 * (10240 - 128 + 1));
    expect(api.sizes.length % 2).toBe(0);
    for (const size of api.sizes) expect(size.monthly_usd).toMatch(/^\d+\.\d{2}$/);
  });

  it('Markdown, CSV and the chart', () => {
    const markdown = runCli(['tune', 'scenarios/growing-api.yaml', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^### Growing product API/);
    expect(markdown.stdout).toContain('| Memory | vCPU | Duration | x86_64 | per 1M | arm64 | per 1M |  |');
    const csv = runCli(['tune', 'scenarios/growing-api.yaml', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('scenario,file,function,memory_mb,architecture,vcpus,duration_ms,cold_start_ms,monthly_usd,per_million_usd,marks');
    expect(csv).toContain('Growing product API,scenarios/growing-api.yaml,api,512,arm64,0.2894,200,,9.80,0.980004,today');
    const chart = runCli(['tune', 'scenarios/growing-api.yaml', '--format', 'chart']);
    expect(chart.status).toBe(0);
    expect(chart.stdout).toContain('api: monthly cost by memory size (── x86_64, ══ arm64; arm64 is the lower line)');
    // Of a table of $0 prices every size costs the same on both: one line, which was "arm64 is the lower line".
    const free = tempFile(
      'extends: aws-2025-10-08\nregions:\n  us-east-1:\n    lambda:\n      requests_per_million_usd: "0"\n      duration_per_gb_second: { x86_64: [{ usd: "0" }], arm64: [{ usd: "0" }] }\n',
      'free.yaml',
    );
    const flat = runCli(['tune', 'scenarios/growing-api.yaml', '--pricing-file', free, '--format', 'chart', '--function', 'api']);
    expect(flat.stdout.replace(/\n {2}/g, ' ')).toContain('(── x86_64, ══ arm64; the lines are one: each size costs the same on both)');
    // Each architecture its own glyphs, as the break-even chart's platforms: the two lines are told apart without colour.
    const costRows = chart.stdout.split('\n').filter((line) => / \$[\d,.]+ [┤┼]/.test(line));
    expect(costRows.some((line) => line.includes('─'))).toBe(true);
    expect(costRows.some((line) => line.includes('═'))).toBe(true);
    expect(chart.stdout).toContain('api: expected duration by memory size');
    for (const line of chart.stdout.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(80);
    // Each value on the row nearest it: the second column's size (about 284 MB, 66 sizes from 128 to 10,240 MB) runs
    // about 280 ms, on the 277 ms row, not the 314 ms one, where asciichart, which rounds a value to a row from zero
    // rather than from the bottom row, had put it.
    const durations = chart.stdout.split('\n').filter((line) => / ms [┤┼]/.test(line));
    expect(durations.find((line) => line.includes('314 ms'))).toMatch(/314 ms ┤│$/);
    expect(durations.find((line) => line.includes('277 ms'))).toMatch(/277 ms ┤╰╮$/);
    // Durations past a thousand milliseconds are grouped, as every other count is: invoice-worker's 16,322 ms at 128 MB.
    const slow = runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'invoice-worker', '--format', 'chart']).stdout;
    expect(slow).toMatch(/^ +16,322 ms ┼╮$/m);
  });

  it('escapes a function name that would move the cursor', () => {
    const file = tempFile('name: x\nlambda:\n  functions: [{ name: "a\\u001b[2Jb", memory_mb: 256, duration_ms: 100, requests_per_month: 1000 }]\n');
    const result = runCli(['tune', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('tunes 100 kinds of function in a run and names the rest, for --function: 1,000 functions unlike each other took 14 s', () => {
    // 150 functions of 150 sizes, and 30 more alike but for their names to the first 30: 150 kinds; f100 to f149 are left out.
    const unlike = Array.from({ length: 150 }, (_, index) => `    - { name: f${index}, memory_mb: ${128 + index}, duration_ms: 100, requests_per_month: 1000 }`);
    const alike = Array.from({ length: 30 }, (_, index) => `    - { name: g${index}, memory_mb: ${128 + index}, duration_ms: 100, requests_per_month: 1000 }`);
    const file = tempFile(`name: many\nlambda:\n  functions:\n${[...unlike, ...alike].join('\n')}\n`);
    const result = runCli(['tune', file, '--format', 'json']);
    expect(result.status).toBe(0);
    const tuned = JSON.parse(result.stdout) as { functions: { name: string }[]; not_tuned: string[] };
    // The 100 kinds, and the 30 functions alike to the first 30 of them, which tune with them.
    expect(tuned.functions).toHaveLength(130);
    expect(tuned.not_tuned).toEqual(Array.from({ length: 50 }, (_, index) => `f${100 + index}`));
    expect(result.stderr).toMatch(
      /^slcost: note: .*scenario\.yaml: tuned the first 100 kinds of function \(functions alike but for their names tune as one\) and stopped: a run tunes at most 100, and prices at most some 20,000 sizes of functions \(a kind is every memory size on both architectures; in a full concurrency pool, each size prices every kind in it again\); not tuned: f100, f101, .* and 40 more; tune one of them with --function NAME\n$/,
    );
    const one = runCli(['tune', file, '--function', 'f149', '--format', 'json']);
    expect(one.stderr).toBe('');
    expect(JSON.parse(one.stdout)).toMatchObject({ functions: [{ name: 'f149' }], not_tuned: [] });
  }, 60_000);

  it('starts no kind past some 20,000 sizes of functions priced: with provisioned concurrency every size on both architectures is', () => {
    // Eight functions unlike each other with provisioned concurrency: each kind prices its ~3,300 sizes; after six
    // (~19,800 priced) a seventh would pass 20,000, so f6 and f7 are left to --function. 20 such functions took 10 s.
    const functions = Array.from(
      { length: 8 },
      (_, index) => `    - { name: f${index}, memory_mb: ${512 + index}, duration_ms: ${100 + index}, provisioned_concurrency: 2, requests_per_month: 10000000 }`,
    );
    const file = tempFile(`name: provisioned\nlambda:\n  functions:\n${functions.join('\n')}\n`);
    const result = runCli(['tune', file, '--format', 'json']);
    expect(result.status).toBe(0);
    const tuned = JSON.parse(result.stdout) as { functions: { name: string; sizes_compared: number }[]; not_tuned: string[] };
    expect(tuned.functions.map((fn) => fn.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    expect(tuned.not_tuned).toEqual(['f6', 'f7']);
    expect(result.stderr).toContain('tuned the first 6 kinds of function');
    // Named, the first is tuned whatever it costs and the others within the same bound: f7 and f0 fit, f1 to f6 would pass it.
    const named = runCli(['tune', file, '--format', 'json', ...['f7', 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6'].flatMap((name) => ['--function', name])]);
    expect(named.status).toBe(0);
    const tunedNamed = JSON.parse(named.stdout) as { functions: { name: string }[]; not_tuned: string[] };
    expect(tunedNamed.functions.map((fn) => fn.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    expect(tunedNamed.not_tuned).toEqual(['f6', 'f7']);
  }, 60_000);

  it('tunes no function whose kind alone would take ten runs: provisioned concurrency in a full pool of 70 kinds', () => {
    // 70 functions of 100M requests of a second each: ~38 concurrent executions each, 2,660 against the account's
    // 1,000, so the pool is full and each size of one prices all 70 kinds again: ~3,300 × 70 = 231,000 > 200,000.
    const functions = Array.from(
      { length: 70 },
      (_, index) => `    - { name: f${index}, memory_mb: ${512 + index}, duration_ms: 1000, provisioned_concurrency: 2, requests_per_month: 100000000 }`,
    );
    const file = tempFile(`name: full pool\nlambda:\n  functions:\n${functions.join('\n')}\n`);
    const result = runCli(['tune', file, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ functions: [], not_tuned: functions.map((_, index) => `f${index}`) });
    expect(result.stderr).toMatch(/: tuned no function: each alone would price more than ten runs' worth of sizes; .*; tune one with --function NAME\n$/);
  }, 60_000);

  it('the README example is what the tool prints', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /```\n(Order pipeline {2}scenarios\/order-pipeline\.yaml[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(runCli(['tune', 'scenarios/order-pipeline.yaml', '--function', 'invoice-worker']).stdout);
  });
});

describe('slcost estimate --memory-advice-pct', () => {
  it('advises 1,769 MB for a single-threaded function at 2,048 MB, and not above the threshold', () => {
    // 1 B requests of 500 ms at 2,048 MB against 1,769 MB: 13.5% of the function's Lambda cost.
    const advice = (pct: string) =>
      JSON.parse(runCli(['estimate', 'scenarios/one-billion-requests.yaml', '--format', 'json', '--memory-advice-pct', pct]).stdout).advice.filter(
        (a: { kind: string }) => a.kind === 'memory_size',
      );
    expect(advice('13')).toEqual([
      { function: 'api', kind: 'memory_size', memory_mb: 1769, from_memory_mb: 2048, duration_ms: '500', from_duration_ms: '500', monthly_usd: '-2270.51', saving_pct: '13.5' },
    ]);
    expect(advice('14')).toEqual([]);
  });
});

describe('slcost tune: the model line', () => {
  it('gives the CPU share as the file writes it, never in exponent notation (1e-300 was "1e-300%")', () => {
    const scenario = (pct: string) =>
      tempFile(`name: x\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: f, memory_mb: 512, duration_ms: 200, cpu_bound_pct: ${pct} }\n`);
    const model = (pct: string) =>
      runCli(['tune', scenario(pct)])
        .stdout.split('\n')
        .find((line) => line.startsWith('model: '));
    expect(model('1e-300')).toBe('model: under 0.000001% of 200 ms at 512 MB on the CPU, 1 thread; the memory it');
    expect(model('33.333')).toMatch(/^model: 33\.333% of 200 ms/);
  });
});
