// What the estimate shows first and what it leaves out: the summary before the
// line items, the summary of several files, the CSV's kinds of rows, a cost
// diff from $0.00, cold starts only where they matter, and --quiet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../../src/core/money.js';
import { outputSchemas } from '../../src/schema/output.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

function estimate(args: readonly string[]) {
  const result = runCli(['estimate', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** A function that waits for nobody or for someone: 6,083 requests a month, so that most of them start cold. */
function quietApi(trigger: string | null, extra = '') {
  return tempFile(
    // A function behind an API needs the API in the scenario.
    `name: Signup\ntraffic: { requests_per_month: 6083 }\nlambda:\n  functions:\n    - { name: signup, memory_mb: 256, duration_ms: 400${trigger ? `, trigger: ${trigger}` : ''} }\n${trigger === 'api' ? 'api_gateway: { type: http }\n' : ''}${extra}`,
  );
}

describe('the summary comes first', () => {
  it('each platform, the cheapest and the crossovers are printed before the first line item', () => {
    const lines = estimate(['scenarios/growing-api.yaml']).split('\n');
    // The title, the pricing line wrapped in two, a blank line, then the summary.
    expect(lines.slice(4, 8)).toEqual([
      'Monthly: Serverless $19.80 · EC2 $223.18 · Fargate $82.29',
      'Cheapest: Serverless, $62.49 a month less than Fargate (76%)',
      'Fargate becomes cheaper than Serverless above 34.6M requests/month',
      'EC2 becomes cheaper than Serverless above 89M requests/month',
    ]);
    expect(lines.findIndex((line) => line.startsWith('Serverless  '))).toBeGreaterThan(8);
    expect(lines.filter((line) => line.startsWith('Monthly:'))).toHaveLength(1);
  });

  it('a budget is stated with the summary, before the line items', () => {
    const lines = estimate(['scenarios/growing-api.yaml', '--budget', '25']).split('\n');
    // $25.00 − $19.80 = $5.20 left.
    expect(lines[8]).toBe('Budget: Serverless $19.80 a month of $25.00, $5.20 left');
    expect(lines[10]).toMatch(/^Serverless {2,}Quantity/);
  });

  it('a serverless-only scenario opens with its month too', () => {
    expect(estimate(['scenarios/signup-api.yaml']).split('\n')[4]).toMatch(/^Monthly: Serverless \$\d+\.\d\d · EC2 /);
    expect(estimate(['scenarios/nightly-job.yaml']).split('\n')).toContain('Monthly: Serverless $0.12 · EC2 $6.25');
  });

  it('a saving that is nearly all of the dearer bill is not rounded to 100%, which would say the cheaper one is free', () => {
    // signup-api: $31.32 − $0.02 = $31.30, 99.94% of EC2's month.
    expect(estimate(['scenarios/signup-api.yaml']).split('\n')).toContain('Cheapest: Serverless, $31.30 a month less than EC2 (>99%)');
    expect(estimate(['scenarios/signup-api.yaml', '--format', 'html']).includes('a month less than EC2 (&gt;99%).</p>')).toBe(true);
    // light-startup-api next to a fleet: serverless is $0.00, all of the fleet's month saved.
    const free = tempFile(
      'name: Free\ntraffic: { requests_per_month: 500000 }\nlambda:\n  functions: [{ name: api, memory_mb: 256, duration_ms: 100, architecture: arm64 }]\ncontainers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 50 }\n',
    );
    expect(estimate([free]).split('\n')).toContain('Cheapest: Serverless, $7.59 a month less than EC2 (100%)');
  });

  it('platforms that cost the same are named alike, not one of them $0.00 cheaper than the next', () => {
    const idle = tempFile(
      'name: Idle\ntraffic: { requests_per_month: 0 }\nlambda:\n  functions: [{ name: api, memory_mb: 512, duration_ms: 200 }]\ncontainers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 1, min_instances: 0 }\n  fargate: { vcpu: 0.25, memory_gb: 0.5, requests_per_second_per_task: 1, min_tasks: 0 }\n',
    );
    expect(estimate([idle]).split('\n')).toContain('Cheapest: Serverless, EC2 and Fargate alike, $0.00 a month each');
    expect(estimate([idle, '--format', 'markdown'])).toContain('Cheapest: **Serverless, EC2 and Fargate** alike, $0.00 a month each.');
    const html = estimate([idle, '--format', 'html']);
    expect(html).toContain('Cheapest: <strong>Serverless, EC2 and Fargate</strong> alike,');
    expect(html.match(/<span class="badge">cheapest<\/span>/g)).toHaveLength(3);
    expect(html).not.toContain('a month less than');
  });

  it("finds a crossover below the default range when the scenario's own volume is below it", () => {
    // The nightly job runs 30 times a month, under the default range's 10K: Lambda is cheapest there, and
    // EC2's $6.25 overtakes it a little above 1K runs. Said as "EC2 is the cheapest across the whole range" before.
    const lines = estimate(['scenarios/nightly-job.yaml']).split('\n');
    expect(lines).toContain('Cheapest: Serverless, $6.13 a month less than EC2 (98%)');
    expect(lines).toContain('EC2 becomes cheaper than Serverless above 1.09K requests/month');
    expect(lines.join('\n')).not.toMatch(/no crossover/);
  });

  it('says a crossing past where a concurrency limit throttles is that limit, not a saving', () => {
    // The queue worker's 5 reserved executions of 400 ms serve 5 × 3,600 ÷ 0.4 = 45,000 jobs an hour,
    // 45,000 × 730 = 32.85M a month on its steady traffic: past that the serverless bill stops growing.
    const lines = estimate(['scenarios/queue-worker.yaml']).split('\n');
    expect(lines).toContain('Fargate becomes cheaper than Serverless above 5.98M requests/month');
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(
      "Above 32.9M requests/month the functions' concurrency limits throttle requests, which are not billed: serverless serves fewer than the others there, and the crossing past it is that limit, not a saving",
    );
    const document = JSON.parse(estimate(['scenarios/queue-worker.yaml', '--format', 'json']));
    expect(document.breakeven.throttles_above_requests_per_month).toBe('32850000');
    // growing-api: 10M × 200 ms over a 2,628,000-second month is 0.761 executions at once; the account's 1,000 are
    // reached at 1,000 ÷ 0.761 × 10M = 13.14B requests, past the sweep's 10B, so the table says nothing of it.
    expect(JSON.parse(estimate(['scenarios/growing-api.yaml', '--format', 'json'])).breakeven.throttles_above_requests_per_month).toBe('13140000000');
    expect(estimate(['scenarios/growing-api.yaml'])).not.toMatch(/throttle requests/);
  });
});

describe('several files in one call', () => {
  const files = ['scenarios/growing-api.yaml', 'scenarios/high-traffic.yaml', 'scenarios/nightly-job.yaml'];

  it('end with a labelled table of every scenario, a total per platform that says what it adds up, and the budget status', () => {
    const bad = tempFile('name: broken\nlambda: { functions: [] }\n');
    const result = runCli(['estimate', ...files, bad, '--budget', '100']);
    expect(result.status).toBe(2);
    const tail = result.stdout.trimEnd().split('\n').slice(-9);
    // Serverless $19.80 + $625.11 + $0.12 = $645.03; EC2 $223.18 + $231.18 + $6.25 = $460.61; Fargate in growing-api only.
    // Budget $100: $19.80 and $0.12 are within it, $625.11 over.
    expect(tail).toEqual([
      'Summary of 3 scenarios',
      'Scenario               Serverless      EC2  Fargate  Budget',
      'Growing product API        $19.80  $223.18   $82.29  within',
      'High-traffic API          $625.11  $231.18           over',
      'Nightly scheduled job       $0.12    $6.25           within',
      'Total                     $645.03  $460.61   $82.29',
      "Total: each column's monthly bills added up (Fargate 1 of 3 scenarios); the",
      '  columns are alternatives, not one bill',
      '1 file was not priced (see the errors on standard error)',
    ]);
    expect(result.stdout).not.toContain('per month in all');
  });

  it("the README's summary example is the end of what the tool prints", () => {
    const shown = /```\n(Summary of 3 scenarios\n[\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
    expect(shown).toBeDefined();
    expect(runCli(['estimate', ...files, '--budget', '100']).stdout.endsWith(shown!)).toBe(true);
  });

  it('a table without budgets or containers has only the columns it needs', () => {
    const lines = estimate(['scenarios/websocket-chat.yaml', 'scenarios/queue-worker.yaml']).split('\n');
    expect(lines.find((line) => line.startsWith('Scenario '))).toMatch(/^Scenario +Serverless +Fargate$/);
    expect(lines).toContain("Total: each column's monthly bills added up (Fargate 1 of 2 scenarios); the");
  });

  it('of one scenario, where another file was not priced, is a summary of 1 scenario (it read "1 scenarios")', () => {
    const missing = tempFile('name: [unclosed\n');
    for (const format of ['table', 'markdown', 'html']) {
      const result = runCli(['estimate', 'scenarios/growing-api.yaml', missing, '--format', format]);
      expect(result.status).toBe(2);
      expect(result.stdout).toMatch(format === 'html' ? /Cost estimates of 1 scenario</ : /\bSummary of 1 scenario\b(?!s)/);
      expect(result.stdout).not.toContain('1 scenarios');
    }
  });

  it('Markdown puts the same table first', () => {
    const text = estimate([...files, '--format', 'markdown']);
    expect(text.split('\n').slice(0, 9)).toEqual([
      '**Summary of 3 scenarios**',
      '',
      '| Scenario | Serverless | EC2 | Fargate |',
      '| --- | ---: | ---: | ---: |',
      '| Growing product API | $19.80 | $223.18 | $82.29 |',
      '| High-traffic API | $625.11 | $231.18 |  |',
      '| Nightly scheduled job | $0.12 | $6.25 |  |',
      '| **Total** | **$645.03** | **$460.61** | **$82.29** |',
      '',
    ]);
    expect(text).not.toContain('per month in all');
  });

  it('JSON gives the same figures: each scenario on each platform and each column summed, with monthly_usd still the serverless sum', () => {
    const result = runCli(['estimate', ...files, '--format', 'json', '--budget', '100']);
    expect(result.status).toBe(1);
    const document = outputSchemas().estimates.parse(JSON.parse(result.stdout));
    expect(document.summary.monthly_usd).toBe('645.03');
    expect(document.summary.over_budget_count).toBe(1);
    expect(document.summary.platforms).toEqual({
      serverless: { monthly_usd: '645.03', count: 3 },
      ec2: { monthly_usd: '460.61', count: 3 },
      fargate: { monthly_usd: '82.29', count: 1 },
    });
    expect(document.summary.scenarios.map((s) => [s.file, s.monthly_usd, s.budget])).toEqual([
      ['scenarios/growing-api.yaml', { serverless: '19.80', ec2: '223.18', fargate: '82.29' }, 'within'],
      ['scenarios/high-traffic.yaml', { serverless: '625.11', ec2: '231.18' }, 'over'],
      ['scenarios/nightly-job.yaml', { serverless: '0.12', ec2: '6.25' }, 'within'],
    ]);
    // Each summary figure is the estimate's own.
    document.estimates.forEach((one, index) => {
      const platforms = Object.fromEntries(Object.entries(one.platforms).map(([id, platform]) => [id, platform!.monthly_usd]));
      expect(document.summary.scenarios[index]!.monthly_usd).toEqual(platforms);
    });
  });
});

describe('CSV', () => {
  it('says of every row whether it is a line item, a subtotal or a total, and the line items add up to the totals', () => {
    const [header, ...rows] = estimate(['scenarios/image-pipeline.yaml', '--format', 'csv'])
      .trimEnd()
      .split('\r\n')
      .map((row) => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const column = (name: string) => header!.indexOf(name);
    expect(header!.at(-1)).toBe('row');
    expect(new Set(rows.map((row) => row[column('row')]))).toEqual(new Set(['line_item', 'subtotal', 'total']));
    for (const platform of new Set(rows.map((row) => row[column('platform')]))) {
      const of = (kind: string) => rows.filter((row) => row[column('platform')] === platform && row[column('row')] === kind).map((row) => new Decimal(row[column('monthly_usd')]!));
      const [total] = of('total');
      expect(sum(of('line_item')).equals(total!)).toBe(true);
      expect(sum(of('subtotal')).equals(total!)).toBe(true);
    }
  });

  it('a service subtotal is a row of its own, named for its service', () => {
    const rows = estimate(['scenarios/high-traffic.yaml', '--format', 'csv']).trimEnd().split('\r\n');
    // Lambda: requests $19.80 + duration $493.33 = $513.13.
    expect(rows).toContain('High-traffic API,scenarios/high-traffic.yaml,aws-2025-10-08,us-east-1,serverless,lambda,lambda.subtotal,Lambda subtotal,,,,513.13,,subtotal');
    expect(rows).toContain('High-traffic API,scenarios/high-traffic.yaml,aws-2025-10-08,us-east-1,serverless,,total,Total,,,,625.11,,total');
  });
});

describe('diff from $0.00', () => {
  const base = tempFile('name: Small API\ntraffic: { requests_per_month: 500000 }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 10 }]\n');
  const head = tempFile(
    'name: Small API\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  functions: [{ name: api, memory_mb: 128, duration_ms: 10 }]\napi_gateway: { type: http }\ncontainers:\n  ec2: { instance_type: t4g.micro, requests_per_second_per_instance: 50 }\n',
  );

  it('a line at $0.00 in the base, and one the base did not have, are changes "from $0"; only a platform the base does not price is new', () => {
    const lines = runCli(['diff', base, head]).stdout.split('\n');
    // 500,000 requests are inside the free million; 10M − 1M free = 9 × $0.20 = $1.80.
    expect(lines).toContain('Lambda requests                   $0.00   $1.80   +$1.80  from $0');
    // No API in the base: 10M HTTP API requests × $1.00 a million = $10.00.
    expect(lines).toContain('HTTP API requests (first 300M)    $0.00  $10.00  +$10.00  from $0');
    expect(lines.find((line) => line.startsWith('Serverless  '))).toMatch(/\$0\.00 +\$11\.80 +\+\$11\.80 +from \$0$/);
    expect(lines.find((line) => line.startsWith('EC2  '))).toMatch(/ new$/);
    expect(lines.filter((line) => / new$/.test(line)).every((line) => !line.startsWith('Serverless') && !line.includes('requests'))).toBe(true);
  });

  it('says the same in Markdown', () => {
    const text = runCli(['diff', base, head, '--format', 'markdown']).stdout;
    expect(text).toContain('| Lambda requests | $0.00 | $1.80 | +$1.80 | from $0 |');
    expect(text).not.toMatch(/Lambda requests.*\| new \|/);
  });
});

describe('cold starts where they matter', () => {
  it('a function someone waits on gets its cold starts and the options', () => {
    const text = estimate([quietApi('api')]);
    expect(text).toContain('signup: about 1,523 cold starts a month (25.0% of requests)');
    expect(text).toContain('1 × provisioned concurrency');
    // The warning names its lever, as the others do: the option priced above it.
    expect(text.replace(/\s+/g, ' ')).toContain(
      'warning [cold_start_share]: function signup: about 1,523 cold starts a month, 25.0% of its requests; provisioned concurrency removes them: the cold-start advice gives its cost a month',
    );
  });

  it.each(['schedule', 'sqs', 's3', 'sns', 'eventbridge', 'stream', 'event'])('a function triggered by %s gets no cold-start lines, options or warning', (trigger) => {
    const text = estimate([quietApi(trigger)]);
    expect(text).not.toMatch(/cold start|provisioned concurrency|keep-warm/);
    const json = JSON.parse(estimate([quietApi(trigger), '--format', 'json']));
    expect(json.advice).toEqual([]);
    // The figures stay in the JSON, marked as not mattering. A schedule's 6,083 runs come on a clock, 432 s apart, within
    // the 600 s an environment idles: none cold, where random arrivals at that rate find it gone 1,523 times.
    expect(json.functions[0].cold_starts).toMatchObject({ per_month: trigger === 'schedule' ? 0 : 1523, matter: false });
  });

  it('the shipped nightly job and queue worker get none', () => {
    expect(estimate(['scenarios/nightly-job.yaml'])).not.toMatch(/cold start/);
    expect(estimate(['scenarios/queue-worker.yaml'])).not.toMatch(/cold start/);
  });

  it('a template function is read as its events say: an S3 upload waits for nobody', () => {
    const text = estimate(['scenarios/templates/thumbnail-sam/template.yaml', '--usage', 'scenarios/templates/thumbnail-sam/usage.yaml']);
    expect(text).not.toMatch(/cold start/);
  });

  it('below the threshold there are none: 0.1% by default, lambda.cold_start_advice_pct in the scenario, --cold-start-advice-pct over it', () => {
    // Growing API: about 2,035 cold starts in 10M requests, 0.02%.
    expect(estimate(['scenarios/growing-api.yaml'])).not.toMatch(/cold start/);
    const lower = tempFile(
      'name: Growing\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  cold_start_advice_pct: 0.01\n  functions: [{ name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }]\n',
    );
    expect(estimate([lower])).toContain('api: about 2,035 cold starts a month (0.02% of requests)');
    expect(estimate([lower, '--cold-start-advice-pct', '0.05'])).not.toMatch(/cold start/);
    // Light startup API: about 1,184 in 500,000, 0.24%: shown by default, not at 1%.
    expect(estimate(['scenarios/light-startup-api.yaml'])).toContain('api: about 1,184 cold starts a month (0.24% of requests)');
    expect(estimate(['scenarios/light-startup-api.yaml', '--cold-start-advice-pct', '1'])).not.toMatch(/cold start/);
  });

  it('an option that saves money is still given below the threshold', () => {
    // One billion requests: 256 provisioned environments cost less than on-demand duration.
    expect(estimate(['scenarios/one-billion-requests.yaml'])).toContain('256 × provisioned concurrency: saves $1,331.40 a month');
  });

  it('a threshold that is not a percent is refused', () => {
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', '--cold-start-advice-pct', '101']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('It must be a percent from 0 to 100 in plain digits');
    // Over 100 by less than a double holds, and exponents, are refused as written; 100 and 0.5 are percents.
    for (const text of ['100.0000000000000000001', '1e-5', '-1', '100.5', '1000']) {
      expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--cold-start-advice-pct', text]).status, text).toBe(2);
    }
    for (const text of ['100', '100.000', '0.5', '0', '99.999999']) {
      expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--cold-start-advice-pct', text]).status, text).toBe(0);
    }
  });
});

describe('the heading', () => {
  it('names a template that names no service by its file, once', () => {
    const text = estimate(['scenarios/templates/thumbnail-sam/template.yaml', '--usage', 'scenarios/templates/thumbnail-sam/usage.yaml']);
    expect(text.split('\n')[0]).toBe('scenarios/templates/thumbnail-sam/template.yaml');
    expect(estimate(['scenarios/growing-api.yaml']).split('\n')[0]).toBe('Growing product API  scenarios/growing-api.yaml');
  });
});

describe('--quiet', () => {
  it('keeps the bill, the summary, the budget and the warnings about limits and the worst month', () => {
    const loud = estimate(['scenarios/signup-api.yaml', '--budget', '1']);
    const quiet = estimate(['scenarios/signup-api.yaml', '--budget', '1', '--quiet']);
    for (const kept of ['Monthly: Serverless', 'Budget: Serverless', 'Lambda requests', 'Total', 'warning [cost_bomb]']) {
      expect(loud).toContain(kept);
      expect(quiet).toContain(kept);
    }
    for (const dropped of ['cold starts a month', 'provisioned concurrency', 'Largest:', 'Function  ', 'warning [cold_start_share]', 'instance (t3.micro']) {
      expect(loud).toContain(dropped);
      expect(quiet).not.toContain(dropped);
    }
    // The notes under the line items (how a quantity was reached) go too.
    expect(loud).toMatch(/^ {2}\d[\d,]* requests/m);
    expect(quiet).not.toMatch(/^ {2}\d[\d,]* requests/m);
  });

  it('keeps a limit warning and drops advice in Markdown as well', () => {
    const heavy = tempFile(
      'name: Heavy\ntraffic: { requests_per_month: 1000000000 }\nlambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10, reserved_concurrency: 1, logs: { app_bytes_per_invocation: 100000 } }\n',
    );
    const loud = estimate([heavy, '--format', 'markdown']);
    const quiet = estimate([heavy, '--format', 'markdown', '--quiet']);
    expect(loud).toContain('`logs_cost_more_than_functions`');
    expect(quiet).not.toContain('`logs_cost_more_than_functions`');
    expect(quiet).toContain('`reserved_concurrency`');
  });

  it("quiets the other providers' tables too: their lines without notes, no assumptions", () => {
    const loud = estimate(['scenarios/multi-cloud-api.yaml']);
    const quiet = estimate(['scenarios/multi-cloud-api.yaml', '--quiet']);
    for (const text of [loud, quiet]) expect(text).toContain('Cheapest for the functions: Azure Functions, $1.81 a month');
    for (const dropped of ['  600,000 GB-s − 400,000 free', 'assumed [compare_functions_only]']) {
      expect(loud).toContain(dropped);
      expect(quiet).not.toContain(dropped);
    }
    const quietMarkdown = estimate(['scenarios/multi-cloud-api.yaml', '--quiet', '--format', 'markdown']);
    expect(quietMarkdown).toContain('| Cloudflare Workers | Quantity | Unit | Unit price | Monthly |');
    expect(quietMarkdown).not.toContain('<sub>');
    expect(quietMarkdown).not.toContain('**Assumed**');
  });

  it('leaves JSON, CSV and HTML whole, and says so: --quiet changed nothing there, where it was taken without a word', () => {
    for (const format of ['json', 'csv', 'html']) {
      const quiet = runCli(['estimate', 'scenarios/signup-api.yaml', '--format', format, '--quiet']);
      expect(quiet.status).toBe(0);
      expect(quiet.stdout).toBe(estimate(['scenarios/signup-api.yaml', '--format', format]));
      expect(quiet.stderr).toBe(`slcost: note: --quiet changed nothing: it shortens the table and Markdown reports, and --format ${format} writes the whole estimate\n`);
    }
    expect(runCli(['estimate', 'scenarios/signup-api.yaml', '--format', 'markdown', '--quiet']).stderr).toBe('');
  });
});
