// slcost breakeven as a separate process, and the chart at widths a terminal may have.
import { describe, expect, it } from 'vitest';
import { visibleWidth as visibleLength } from '../../src/report/prose.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

describe('slcost breakeven', () => {
  it('draws the chart in 80 columns and names each crossover under it', () => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const line of result.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(80);
    // Without colour each platform's line has its own glyphs, and the legend shows them.
    expect(result.stdout).toContain('── Serverless   ══ EC2   ╌╌ Fargate');
    expect(result.stdout).not.toContain('\u001b');
    // EC2 costs $222.29 at 10K requests, on the $200 row, and Fargate $81.40, on the $100 row (nearer $100 than $50 on a log scale).
    expect(result.stdout).toMatch(/\n \$200 ┼═+/);
    expect(result.stdout).toMatch(/\n \$100 ┼╌+/);
    // The scenario's 10M requests a month, marked under the x-axis.
    expect(result.stdout).toMatch(/\n +▲ this scenario: 10M\n/);
    expect(result.stdout).toContain('Fargate becomes cheaper than Serverless above 34.6M requests/month');
    expect(result.stdout).toMatch(/\n\s+10K\s+100K\s+1M\s+10M\s+100M\s+1B\s+10B\n/);
  });

  it("names the usage file, not the template, in the note of a usage file's compare: settings the run does not use", () => {
    const template = tempFile(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n',
      'template.yaml',
    );
    const usage = tempFile('functions:\n  Fn: { requests_per_month: 1000000, duration_ms: 100 }\ncompare:\n  gcp: { region: europe-west1 }\n', 'usage.yaml');
    const result = runCli(['breakeven', template, '--usage', usage]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`slcost: note: ${usage}: compare.gcp is not used: this run compares no provider (the providers --compare names, or else compare.providers)\n`);
  });

  it('is as wide as the terminal: a 120-column one gets a wider chart than an 80-column one', () => {
    const axis = (columns: number) => {
      const lines = runCli(['breakeven', 'scenarios/growing-api.yaml'], { COLUMNS: String(columns) }).stdout.split('\n');
      expect(Math.max(...lines.map(visibleLength))).toBe(columns);
      return lines.find((line) => line.includes('└'))!.trim().length;
    };
    expect(axis(120) - axis(80)).toBe(40);
  });

  it('sums up fleets that cross again and again as the ranges where each is the cheapest, as estimate does', () => {
    // A fleet sized for the peak all month steps by a whole instance ($99.28) per 500 requests a second, and
    // Fargate by a task ($28.84) per 125: from about 1B requests a month the cheaper of the two changes at their steps.
    const file = tempFile(
      [
        'name: stepping fleets',
        'traffic: { requests_per_month: 2000000000 }',
        'lambda:',
        '  functions: [{ name: api, memory_mb: 512, duration_ms: 100, architecture: arm64 }]',
        'api_gateway: { type: http }',
        'containers:',
        '  autoscaling: false',
        '  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500 }',
        '  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 125 }',
        '',
      ].join('\n'),
    );
    const chart = runCli(['breakeven', file]).stdout;
    const estimate = runCli(['estimate', file]).stdout;
    const summary = [
      'Serverless is the cheapest from 10K to 31.6M requests/month',
      'Fargate is the cheapest from 31.6M to 986M requests/month',
      'EC2 and Fargate take turns as the cheapest from 986M to 10B requests/month,',
      '  crossing 8 times',
    ].join('\n');
    expect(chart).toContain(`╌╌ Fargate\n${summary}`);
    expect(estimate).toContain(`\n${summary}\n`);
    for (const output of [chart, estimate]) expect(output).not.toContain('becomes cheaper');
  });

  it.each([40, 60, 100])('fits a %i-column terminal', (columns) => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml'], { COLUMNS: String(columns) });
    expect(result.status).toBe(0);
    for (const line of result.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(columns);
    expect(result.stdout).toContain('Serverless');
  });

  it('a range holding fewer whole volumes than --points has a row for each, once, and says so', () => {
    // Five log-spaced volumes from 2 to 5 (2, 2.5, 3.2, 4, 5) round to 2, 3, 3, 4, 5.
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', '--from', '2', '--to', '5', '--points', '5', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(
      result.stdout
        .split(/\r?\n/)
        .filter(Boolean)
        .slice(1)
        .map((row) => row.split(',')[0]),
    ).toEqual(['2', '3', '4', '5']);
    expect(result.stderr).toBe('slcost: note: scenarios/growing-api.yaml: 4 rows, not 5: spread from 2 to 5 requests, 5 volumes round to 4 different whole numbers of requests\n');
  });

  it('--to written otherwise than --from but the same number is refused with both as written', () => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', '--from', '1K', '--to', '1000']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('slcost: --to must be above --from: "1000" and "1K" are both 1000 requests a month\n');
  });

  // The sweep is of whole requests: 1.5 was swept from 2, and 1.0000001K to 1000, the output's range not the one asked for.
  it.each([
    [['--from', '1.5', '--to', '100'], 'slcost: --from must be a whole number of requests, got "1.5"; write 1 or 2\n'],
    [['--from', '0.6'], "slcost: option '--from <n>' argument '0.6' is invalid. It must be at least 1 request.\n"],
    [['--from', '1K', '--to', '1.0000001K'], 'slcost: --to must be a whole number of requests, got "1.0000001K" (1000.0001 requests); write 1000 or 1001\n'],
  ])('a range of a fraction of a request, %j, is refused, not rounded', (args, message) => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', ...args]);
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', message]);
  });

  it('a fraction written with a multiple that makes whole requests is swept as it is', () => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', '--from', '1.5K', '--to', '2.5K', '--points', '2', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\r\n').map((row) => row.split(',')[0])).toEqual(['requests_per_month', '1500', '2500']);
  });

  it('--format json gives the sweep and the crossovers', () => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', '--from', '1M', '--to', '1B', '--points', '4', '--format', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.schema).toBe('slcost-breakeven/1');
    expect(document.platforms).toEqual(['serverless', 'ec2', 'fargate']);
    expect(document.sweep.map((point: { requests_per_month: string }) => point.requests_per_month)).toEqual(['1000000', '10000000', '100000000', '1000000000']);
    expect(document.sweep[1].monthly_usd.serverless).toBe('19.80');
    expect(document.crossovers).toEqual([
      { platforms: ['serverless', 'fargate'], requests_per_month: '34576799', cheaper_above: 'fargate' },
      { platforms: ['serverless', 'ec2'], requests_per_month: '88959635', cheaper_above: 'ec2' },
    ]);
    // EC2 crosses below serverless at 89M but stays above Fargate: Fargate is the cheapest from 34.6M to the end.
    expect(document.cheapest).toEqual([
      { platform: 'serverless', from_requests_per_month: '1000000', to_requests_per_month: '34576799' },
      { platform: 'fargate', from_requests_per_month: '34576799', to_requests_per_month: '1000000000' },
    ]);
    // The estimate's JSON gives the same ranges over its own range, and each function's trigger.
    const estimated = JSON.parse(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'json']).stdout);
    expect(estimated.breakeven.cheapest.map((range: { platform: string; to_requests_per_month: string }) => [range.platform, range.to_requests_per_month])).toEqual([
      ['serverless', '34576799'],
      ['fargate', '10000000000'],
    ]);
    expect(estimated.functions.map((fn: { trigger: string | null }) => fn.trigger)).toEqual(['api']);
    const worker = JSON.parse(runCli(['estimate', 'scenarios/queue-worker.yaml', '--format', 'json']).stdout);
    expect(worker.functions.map((fn: { trigger: string | null }) => fn.trigger)).toEqual(['sqs']);
  });

  it('--format csv gives one row per volume', () => {
    const rows = runCli(['breakeven', 'scenarios/growing-api.yaml', '--points', '3', '--format', 'csv']).stdout.trimEnd().split('\r\n');
    expect(rows).toEqual([
      'requests_per_month,serverless_usd,ec2_usd,fargate_usd',
      '10000,0.01,222.29,81.40',
      '10000000,19.80,223.17,82.28',
      // With the function's logs: 2,640 GB − 5 free = 2,635 × $0.50 = $1,317.50, 4,747 GB-months × $0.03 = $142.41: $24,357.87 + $1,459.91.
      '10000000000,25817.78,1706.85,1373.97',
    ]);
  });

  it('keeps 10,000 points', () => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', '--points', '10000', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\r\n')).toHaveLength(10_001);
  });

  it.each([
    [['--from', 'lots'], "slcost: option '--from <n>' argument 'lots' is invalid. It must be a number of requests such as 10000, 1e6, 10M or 1.5B.\n"],
    [['--to', '0.1'], "slcost: option '--to <n>' argument '0.1' is invalid. It must be at least 1 request.\n"],
    // Past a double, 1e400 was an internal error on a scenario of functions alone; 1e300 a sweep of volumes a double made up.
    [
      ['--to', '1e400'],
      "slcost: option '--to <n>' argument '1e400' is invalid. It must be at most 100,000T requests (100,000,000,000,000,000), a hundred times the most a scenario may have.\n",
    ],
    [
      ['--from', '100001T'],
      "slcost: option '--from <n>' argument '100001T' is invalid. It must be at most 100,000T requests (100,000,000,000,000,000), a hundred times the most a scenario may have.\n",
    ],
    [['--from', '1B', '--to', '1M'], 'slcost: --to (1000000) must be above --from (1000000000)\n'],
    [['--points', '1'], "slcost: option '--points <n>' argument '1' is invalid. It must be a whole number from 2 to 100000.\n"],
    [['--format', 'png'], "slcost: option '-f, --format <format>' argument 'png' is invalid. Allowed choices are chart, json, csv.\n"],
  ])('refuses %j with exit 2', (flags, message) => {
    const result = runCli(['breakeven', 'scenarios/growing-api.yaml', ...flags]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('a scenario without containers gets the serverless cost curve', () => {
    const result = runCli(['breakeven', 'scenarios/light-startup-api.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as { platforms: string[]; crossovers: unknown[]; sweep: { monthly_usd: Record<string, string> }[] };
    expect(document.platforms).toEqual(['serverless']);
    expect(document.crossovers).toEqual([]);
    // At 10,000 requests the light API is inside the free tier.
    expect(document.sweep[0]!.monthly_usd.serverless).toBe('0.00');
  });

  it('says in JSON where a concurrency limit starts to throttle on the sweep, as estimate does', () => {
    // Reserved concurrency 50 at 250 ms serves 200 requests a second, 720,000 an hour. Diurnal at its defaults, 8 busy hours
    // at 3× the day's average carry the whole day; the 730-hour month holds 242 of them (30 days of 8, and hours 8 and 9 of
    // its last 10), each with 1/242 of the month's requests: they reach the limit at 720,000 × 242 = 174,240,000 a month.
    const throttled = JSON.parse(runCli(['breakeven', 'scenarios/java-api-throttled.yaml', '--format', 'json']).stdout) as Record<string, unknown>;
    expect(throttled.throttles_above_requests_per_month).toBe('174240000');
    const growing = runCli(['breakeven', 'scenarios/growing-api.yaml', '--format', 'json']).stdout;
    const estimated = JSON.parse(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'json']).stdout) as { breakeven: Record<string, unknown> };
    expect((JSON.parse(growing) as Record<string, unknown>).throttles_above_requests_per_month).toBe(estimated.breakeven.throttles_above_requests_per_month);
  });

  it('narrows the default range as estimate does when a fleet steps too often in it, and says so', () => {
    const result = runCli(['breakeven', 'scenarios/image-resizing-api.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as { from_requests_per_month: string; to_requests_per_month: string };
    // The scenario's 327,000 requests a month, a hundredth to a hundred times.
    expect([document.from_requests_per_month, document.to_requests_per_month]).toEqual(['3270', '32700000']);
    expect(result.stderr).toMatch(/^slcost: note: scenarios\/image-resizing-api\.yaml: the range is narrowed to 3\.27K–32\.7M requests a month/);
  });

  it("a range written out is the user's, even the default one: kept or refused, never narrowed", () => {
    const result = runCli(['breakeven', 'scenarios/image-resizing-api.yaml', '--from', '10K', '--to', '10B', '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the EC2 fleet changes size more than 50,000 times; narrow the range (slcost breakeven --from --to)');
  });

  it('a price the table lacks names every function that needs it, as the estimate does, though the curve prices alike functions once', () => {
    const file = tempFile(
      'name: big\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 4096, duration_ms: 100 }\n    - { name: b, memory_mb: 4096, duration_ms: 100 }\n    - { name: c, memory_mb: 4096, duration_ms: 100 }\n',
    );
    for (const command of ['breakeven', 'estimate']) {
      const result = runCli([command, file, '--pricing', 'aws-2020-03-12']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('which functions a, b, c exceed');
    }
  });

  it('a fleet too fine for a range the user gave asks for a narrower one', () => {
    const file = tempFile(
      'name: fine\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\ncontainers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 0.001 }\n',
    );
    const result = runCli(['breakeven', file, '--from', '10K', '--to', '5B']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/between 10,000 and 5,000,000,000 requests a month the EC2 fleet changes size more than 50,000 times; narrow the range/);
  });

  it('a template without usage has no requests to sweep from, and is told how to give them; a scenario of zero requests is told no more', () => {
    const template = 'scenarios/templates/thumbnail-sam/template.yaml';
    const bare = runCli(['breakeven', template]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(
      `slcost: ${template}: needs monthly requests above zero to sweep from: a template says no requests; give them in a usage file (slcost usage init ${template} writes one) with --usage FILE\n`,
    );
    const idle = runCli(['breakeven', tempFile('name: idle\ntraffic: { requests_per_month: 0 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\n')]);
    expect(idle.status).toBe(2);
    expect(idle.stderr).toMatch(/: needs monthly requests above zero to sweep from\n$/);
  });
});
