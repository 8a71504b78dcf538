// A line item whose cents round to none, though it costs something, says so wherever a person reads it: one REST API
// request ($0.0000035) read "$0.00", as a line inside the free tier does, and its quantity (0.000001 of a million
// requests) read "0". The cents stay what the totals add up; a subtotal or a total whose cents are none over such a
// line says so too, where it had read "$0.00" above a line that read "under $0.01".
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { diffEstimates } from '../../src/providers/aws/diff.js';
import { tune } from '../../src/providers/aws/tune.js';
import { renderDiffMarkdown, renderDiffTable } from '../../src/report/diff.js';
import { formatExactUsd, formatLineQuantity, formatBilledUsd } from '../../src/report/format.js';
import { renderTuneMarkdown, renderTuneTable } from '../../src/report/tune.js';
import { costEvidence } from '../../src/report/decide.js';
import { renderEstimateMarkdown } from '../../src/report/markdown.js';
import { PLAIN } from '../../src/report/style.js';
import { renderEstimateTable } from '../../src/report/table.js';
import { book, d, scenarioOf } from '../helpers/build.js';
import { tempFile } from '../helpers/files.js';
import { render } from './html/render.js';

// One request: Lambda's is inside its free tier ($0 exactly), the REST API's is not ($3.50 a million: $0.0000035).
const ONE_REQUEST = `name: one request
traffic: { requests_per_month: 1 }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 1 }] }
api_gateway: { type: rest }
`;

describe('a line that costs under half a cent', () => {
  const scenario = scenarioOf(ONE_REQUEST);
  const priced = estimate(scenario, book(scenario.pricingId));
  const items = Object.fromEntries(priced.platforms[0]!.lineItems.map((item) => [item.id, item]));

  it('is shown as under $0.01; a line of nothing, and one of whole cents, as their cents', () => {
    expect(items['api-gateway.rest.requests.tier-1']!.exactUsd.toFixed()).toBe('0.0000035');
    expect(formatBilledUsd(items['api-gateway.rest.requests.tier-1']!)).toBe('under $0.01');
    expect(formatBilledUsd(items['lambda.requests']!)).toBe('$0.00');
    expect(formatBilledUsd({ monthlyUsd: d('0.01'), exactUsd: d('0.005') })).toBe('$0.01');
    expect(formatBilledUsd({ monthlyUsd: d('0'), exactUsd: d('0.0049999') })).toBe('under $0.01');
  });

  it('has a quantity of under 0.0001 where four decimals would make it 0; nothing, and one that rounds up, as they are', () => {
    expect(formatLineQuantity(items['api-gateway.rest.requests.tier-1']!.quantity)).toBe('under 0.0001');
    expect(formatLineQuantity(items['lambda.requests']!.quantity)).toBe('0');
    expect(formatLineQuantity(d('0.00005'))).toBe('0.0001');
    expect(formatLineQuantity(d('0.0000499'))).toBe('under 0.0001');
    expect(formatLineQuantity(d('1234.56789'))).toBe('1,234.5679');
  });

  it('says so in the terminal table and in Markdown, in the subtotal and the total over it, whose cents are still none', () => {
    expect(priced.platforms[0]!.monthlyUsd.toFixed()).toBe('0');
    const table = renderEstimateTable(priced, PLAIN, { width: 100 }).split('\n');
    expect(table.find((line) => line.startsWith('· REST API requests'))).toMatch(/ under 0\.0001 +1M requests +\$3\.50 +under \$0\.01$/);
    expect(table.find((line) => line.startsWith('· Lambda requests'))).toMatch(/ \$0\.00$/);
    expect(table.find((line) => line.startsWith('API Gateway'))).toMatch(/ under \$0\.01$/);
    expect(table.find((line) => line.startsWith('Lambda'))).toMatch(/ \$0\.00$/);
    expect(table.find((line) => line.startsWith('Total'))).toMatch(/ under \$0\.01$/);
    expect(table).toContain('Monthly: Serverless under $0.01');
    expect(table.find((line) => line.includes('Largest:'))).toMatch(/Largest: API Gateway, under \$0\.01 \(100% of the month\)$/);
    const markdown = renderEstimateMarkdown(priced, { file: 'one.yaml' }).split('\n');
    expect(markdown.find((line) => line.startsWith('| · REST API requests'))).toMatch(/\| under 0\.0001 \| 1M requests \| \$3\.50 \| under \$0\.01 \|$/);
    expect(markdown.find((line) => line.startsWith('| · Lambda requests'))).toMatch(/\| \$0\.00 \|$/);
    expect(markdown.find((line) => line.startsWith('| **API Gateway'))).toMatch(/\| \*\*under \$0\.01\*\* \|$/);
    expect(markdown.find((line) => line.startsWith('| **Total'))).toBe('| **Total** | | | | **under $0.01** |');
    expect(markdown.join('\n')).toContain('under $0.01 per month');
  });

  it('says so in the HTML report, whose figure still holds the cents the JSON has, and of its quantity', () => {
    const html = render([tempFile(ONE_REQUEST)], 'html');
    const index = priced.platforms[0]!.lineItems.indexOf(items['api-gateway.rest.requests.tier-1']!);
    expect(html).toContain(`<data value="0.00" data-json="/platforms/serverless/line_items/${index}/monthly_usd">under $0.01</data>`);
    expect(html).toContain('under 0.0001');
    expect(html).toContain('<data value="0.00" data-json="/platforms/serverless/monthly_usd">under $0.01</data>');
  });

  it("says so in the HTML charts' descriptions and the bar's total, which read $0.00 beside the totals' under $0.01", () => {
    // Beside a Fargate task of 0.25 vCPU and 0.5 GB, so that there is a bar chart and a break-even chart to describe.
    const html = render([tempFile(`${ONE_REQUEST}containers: { fargate: { vcpu: 0.25, memory_gb: 0.5, requests_per_second_per_task: 10 } }\n`)], 'html');
    const descriptions = [...html.matchAll(/<desc id="[^"]+">([^<]*)<\/desc>/g)].map((match) => match[1]!);
    expect(descriptions.find((text) => text.startsWith('Serverless'))).toMatch(/^Serverless under \$0\.01\. Fargate \$\d+\.\d\d: /);
    expect(descriptions.find((text) => text.startsWith('Log scales'))).toMatch(/At this scenario&#39;s 1: Serverless under \$0\.01, Fargate \$\d+\.\d\d\./);
    expect(html).toMatch(/<\/text><text x="[\d.]+" y="[\d.]+">under \$0\.01<\/text>/);
    expect(html).not.toMatch(/Serverless \$0\.00/);
  });

  it('says so in the percentiles of a range and the months of an outlook, worked out exactly, which read $0.00 under the total of under $0.01', () => {
    const ranged = render([tempFile(`${FEW_REQUESTS(3).replace('requests_per_month: 3', 'requests_per_month: { p10: 2, p50: 3, p90: 5 }')}`)], 'table');
    expect(ranged).toContain('Monthly: Serverless under $0.01');
    expect(ranged).toContain('  Serverless under $0.01 / under $0.01 / under $0.01\n');
    // Halved each month from 1,000 requests: each month's cents are none, and its bill is not nothing.
    const shrinking = tempFile(FEW_REQUESTS(1000).replace('requests_per_month: 1000', 'requests_per_month: 1000, growth_pct_per_month: -50, months: 12'));
    const table = render([shrinking], 'table');
    expect(table).toContain('  Month 1: 1K requests · Serverless under $0.01\n');
    expect(table).toContain('  Month 12: 0.488 requests · Serverless under $0.01\n');
    const html = render([shrinking], 'html');
    expect(html).toContain('Serverless in month 12: under $0.01.</desc>');
    expect(html).toContain('<data value="0.00" data-json="/ranges/outlook/months/11/platforms/serverless/p50_usd">under $0.01</data>');
    // Their cents stay the JSON's.
    expect(JSON.parse(render([shrinking], 'json')).ranges.outlook.months[11].platforms.serverless.p50_usd).toBe('0.00');
  });

  it("says so in decide's reason, which read serverless $0.00 a month above the estimate's under $0.01", () => {
    const beside = scenarioOf(`${ONE_REQUEST}containers: { fargate: { vcpu: 0.25, memory_gb: 0.5, requests_per_second_per_task: 10 } }\n`);
    const evidence = costEvidence(estimate(beside, book(beside.pricingId)));
    expect(evidence.serverlessUsd).toBe('under $0.01');
    expect(evidence.containersUsd).toMatch(/^\$\d+\.\d\d$/);
  });
});

// Three and seven requests of 10 ms at 128 MB, no free tier: each line costs a millionth of a dollar or so.
const FEW_REQUESTS = (requests: number) => `name: few
free_tier: false
traffic: { requests_per_month: ${requests} }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 10, trigger: url }] }
`;

describe('an amount worked out exactly that is under half a cent', () => {
  it('is under $0.01; nothing, and one that rounds up, are their cents', () => {
    expect(formatExactUsd(d('0.0000006'))).toBe('under $0.01');
    expect(formatExactUsd(d('0.0049999'))).toBe('under $0.01');
    expect(formatExactUsd(d('0.005'))).toBe('$0.01');
    expect(formatExactUsd(d('0'))).toBe('$0.00');
    expect(formatExactUsd(d('12.344'))).toBe('$12.34');
  });

  it('is what tune says a function of a few requests costs and saves, where it read "$0.00 a month, saves $0.00 (2%)"', () => {
    const scenario = scenarioOf(FEW_REQUESTS(3));
    const result = tune(scenario, book(scenario.pricingId));
    const table = renderTuneTable(result, PLAIN, 120);
    expect(table).toContain('api: today 128 MB x86_64, 10 ms, under $0.01 a month');
    expect(table).toMatch(/Cheapest: 128 MB arm64, 10 ms, under \$0\.01 a month, saves under \$0\.01 \(2%\)/);
    expect(table).toMatch(/Fastest: .*, under \$0\.01 more than today/);
    expect(table).not.toContain('$0.00');
    const markdown = renderTuneMarkdown(result);
    expect(markdown).toContain('| 128 MB | 0.07 | 10 ms | under $0.01 | $0.22 | under $0.01 | $0.22 |');
    expect(markdown).not.toContain('$0.00');
  });
});

describe('the summary of several scenarios whose months are under half a cent', () => {
  // FEW_REQUESTS(3): 3 × $0.0000002 + 0.00375 GB-s × $0.0000166667 and three invocations' logs, each line under a cent;
  // ONE_REQUEST's Lambda is inside its free tier and its API's one request $0.0000035. Neither is nothing.
  const files = [tempFile(FEW_REQUESTS(3)), tempFile(ONE_REQUEST)];

  it('shows each and their total as under $0.01, where they read $0.00; the cents stay in the JSON', () => {
    const table = render(files, 'table').split('\n');
    const summary = table.slice(table.findIndex((line) => line.startsWith('Summary of 2 scenarios')));
    expect(summary.filter((line) => /^(few|one request|Total) /.test(line))).toEqual([
      expect.stringMatching(/^few +under \$0\.01$/),
      expect.stringMatching(/^one request +under \$0\.01$/),
      expect.stringMatching(/^Total +under \$0\.01$/),
    ]);
    const markdown = render(files, 'markdown');
    expect(markdown).toContain('| few | under $0.01 |');
    expect(markdown).toContain('| **Total** | **under $0.01** |');
    const html = render(files, 'html');
    expect(html).toContain('<data value="0.00" data-json="/summary/scenarios/0/monthly_usd/serverless">under $0.01</data>');
    expect(html).toContain('<data value="0.00" data-json="/summary/platforms/serverless/monthly_usd">under $0.01</data>');
    expect(JSON.parse(render(files, 'json')).summary.monthly_usd).toBe('0.00');
  });
});

describe("the HTML report's advice under half a cent", () => {
  it('reads under $0.01, as the terminal and Markdown say it, where a keep-warm ping read +$0.00 and a memory size saves $0.00', () => {
    // 300 runs of 20 ms at 2,048 MB, no free tier: the 1,769 MB that is as fast saves 300 × 0.02 s × 279 ÷ 1,024 GB =
    // 1.63 GB-s, $0.000027 a month; a ping every 5 minutes, 8,760 runs of 1 ms at 2 GB, is $0.0020 less the INIT phases it removes.
    const html = render(
      [
        tempFile(
          'name: few\nfree_tier: false\ntraffic: { requests_per_month: 300 }\nlambda: { functions: [{ name: api, memory_mb: 2048, duration_ms: 20, runtime: nodejs20.x }] }\n',
        ),
      ],
      'html',
    );
    expect(html).toMatch(/<data value="0\.00" data-json="\/advice\/\d\/monthly_usd">under \$0\.01<\/data> more<\/td>/);
    expect(html).toMatch(/saves <data value="0\.00" data-json="\/advice\/\d\/monthly_usd">under \$0\.01<\/data><\/td>/);
    expect(html).not.toMatch(/data-json="\/advice\/\d\/monthly_usd">\$0\.00</);
  });
});

describe('a diff of lines that cost under half a cent', () => {
  const priced = (requests: number) => {
    const scenario = scenarioOf(FEW_REQUESTS(requests));
    return estimate(scenario, book(scenario.pricingId));
  };
  const diff = diffEstimates(priced(3), priced(7));

  it('shows each side as the estimate does, under $0.01, where both read $0.00; the change stays in cents', () => {
    const table = renderDiffTable(diff, PLAIN, 100).split('\n');
    expect(table.find((line) => line.startsWith('Lambda requests'))).toMatch(/^Lambda requests +under \$0\.01 +under \$0\.01 +\$0\.00 +0%$/);
    expect(table.find((line) => line.startsWith('Serverless '))).toMatch(/under \$0\.01 +under \$0\.01 +\$0\.00 +0%$/);
    const markdown = renderDiffMarkdown(diff).split('\n');
    expect(markdown).toContain('| Lambda requests | under $0.01 | under $0.01 | $0.00 | 0% |');
  });

  it("gives a function's figure under a hundredth in two significant digits, where 0.00375 GB-seconds read 0", () => {
    expect(renderDiffTable(diff, PLAIN, 100)).toContain('api: requests_per_month 3 → 7; on_demand_gb_seconds 0.0038 → 0.01');
  });
});

describe('a budget and sampled percentiles of a bill under half a cent', () => {
  // 20 requests at 20 ms and 128 MB with no free tier: 20 × $0.0000002 = $0.000004 of requests, 0.05 GB-s ×
  // $0.0000166667 = $0.00000083 of duration, and the log lines' 5,280 B: each line rounds to none, the bill is not nothing.
  const TINY = `name: tiny ranged
traffic:
  requests_per_month: { p10: 10, p50: 20, p90: 60 }
free_tier: false
lambda:
  functions:
    - name: w
      memory_mb: 128
      duration_ms: { p10: 10, p50: 20, p90: 30 }
budget: { monthly_usd: 1 }
`;

  it('reads under $0.01 in the budget line and the percentiles, as the bill above them does, where they read $0.00', () => {
    const scenario = scenarioOf(TINY);
    const priced = estimate(scenario, book(scenario.pricingId));
    const table = renderEstimateTable(priced, PLAIN, { width: 120 });
    expect(table).toContain('Monthly: Serverless under $0.01');
    expect(table).toContain('Serverless under $0.01 / under $0.01 / under $0.01 (± $0.00 / $0.00 / $0.00)');
    expect(table).toContain('Budget: Serverless under $0.01 a month of $1.00, $1.00 left');
    expect(renderEstimateMarkdown(priced, { file: 'tiny.yaml' })).toContain('Budget: Serverless under $0.01 a month of $1.00, $1.00 left');
    // The check holds the cents, as the JSON gives them, beside the exact bill it was worked from.
    expect(priced.budget[0]!.monthlyUsd.toFixed()).toBe('0');
    expect(priced.budget[0]!.exactUsd.greaterThan(0)).toBe(true);
    expect(priced.budget[0]!.exactUsd.lessThan('0.005')).toBe(true);
  });

  it('reads the bill at the medians as its cents where they are whole: a budget of a scenario without ranges', () => {
    const scenario = scenarioOf(`${ONE_REQUEST}budget: { monthly_usd: 0.5 }\n`);
    const priced = estimate(scenario, book(scenario.pricingId));
    expect(renderEstimateTable(priced, PLAIN, { width: 120 })).toContain('Budget: Serverless under $0.01 a month of $0.50, $0.50 left');
    const cents = scenarioOf(`${ONE_REQUEST.replace('requests_per_month: 1 }', 'requests_per_month: 10000000 }')}budget: { monthly_usd: 0.5 }\n`);
    expect(renderEstimateTable(estimate(cents, book(cents.pricingId)), PLAIN, { width: 120 })).toMatch(/Budget: Serverless \$\d+\.\d\d a month of \$0\.50, \$\d+\.\d\d over/);
  });
});
