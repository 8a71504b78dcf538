// The HTML report: valid HTML, every amount equal to the JSON output's, nothing
// loaded from outside the file, and a user's text shown as text.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../src/report/escape.js';
import { tempFile } from '../../helpers/files.js';
import { render, SHIPPED } from './render.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function expectValid(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
  expect(messages).toEqual([]);
  expect(report.valid).toBe(true);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);

/** The value at a JSON Pointer (RFC 6901). */
function at(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], document);
}

/** `$1,234.56` → 1234.56 as a string of digits: the figure a person reads; `under $0.01`, a line's cents that round to none, 0.00. */
const figure = (shown: string) => (shown === 'under $0.01' ? '0.00' : shown.replace(/[$,+]/g, ''));

const places = (text: string) => (text.includes('.') ? text.split('.')[1]!.length : 0);

/**
 * Decimal strings compared to the places both have: the JSON value rounded to
 * the places shown, or the amount shown rounded to the JSON's (a cost per cold
 * start is shown to two significant digits, which may be more than the JSON's
 * six places). A saving or an amount left is shown without the JSON's minus sign.
 */
function sameAmount(shown: string, json: string): boolean {
  const digits = Math.min(places(shown), places(json));
  const a = Number(shown).toFixed(digits);
  const b = Math.abs(Number(json)).toFixed(digits);
  return a === b;
}

/**
 * Every amount the report shows, checked against the JSON output of the same
 * run: each marked amount equals the field it names (or the difference of the
 * two it names), to the places it shows; each warning is the JSON's message;
 * and no other dollar amount appears outside the charts and the chart tables'
 * rows at other volumes.
 */
function expectMoneyAsJson(html: string, json: unknown): number {
  let checked = 0;
  for (const match of html.matchAll(/<data value="([^"]*)" data-json="([^"]*)">([^<]*)<\/data>/g)) {
    const [, value, pointers, shown] = match as unknown as [string, string, string, string];
    expect(figure(shown), `${pointers} shows its value`).toBe(value);
    const [a, b] = pointers.split(' - ').map((pointer) => at(json, pointer));
    expect(typeof a, `${pointers} names a field of the JSON`).toBe('string');
    const jsonValue = b === undefined ? String(a) : (Math.round((Number(a) - Number(b)) * 100) / 100).toFixed(2);
    expect(sameAmount(value, jsonValue), `${pointers}: ${value} against ${jsonValue}`).toBe(true);
    checked++;
  }
  for (const match of html.matchAll(/<div class="warning" data-warning="([^"]*)"><code>[^<]*<\/code>: <span>([^<]*)<\/span><\/div>/g)) {
    // Control characters are shown as escapes, as in a terminal.
    expect(unescape(match[2]!)).toBe(terminalText(at(json, `${match[1]!}/message`) as string));
  }
  const rest = html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<tr[^>]*data-derived[^>]*>[\s\S]*?<\/tr>/g, '')
    .replace(/<div class="warning" data-warning[\s\S]*?<\/div>/g, '')
    // The price table's sources are quoted as they are written: what a page said, not an amount of this estimate.
    .replace(/<details class="sources">[\s\S]*?<\/details>/g, '')
    .replace(/<data [^>]*>[^<]*<\/data>/g, '');
  expect(rest.match(/.{0,60}\$\d.{0,20}/g) ?? [], 'amounts that name no JSON field').toEqual([]);
  return checked;
}

/** What would make the page load something from elsewhere, or run anything. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|<embed/i);
  expect(html).not.toMatch(/\ssrc\s*=/i);
  expect(html).not.toMatch(/@import|url\(/i);
  for (const match of html.matchAll(/href\s*=\s*"([^"]*)"/gi)) expect(match[1]).toMatch(/^#[\w-]+$/);
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
}

describe('the HTML report of each shipped scenario', () => {
  it.each(SHIPPED)('%s: valid, self-contained, with every amount as in the JSON', async (file) => {
    const html = render([file], 'html');
    await expectValid(html);
    expectSelfContained(html);
    const json = JSON.parse(render([file], 'json'));
    const checked = expectMoneyAsJson(html, json);
    // Each platform's total at least twice (the summary and its table), and every line item once.
    const lines = Object.values(json.platforms as Record<string, { line_items: unknown[] }>).reduce((count, platform) => count + platform.line_items.length, 0);
    expect(checked).toBeGreaterThanOrEqual(lines + 2 * Object.keys(json.platforms).length);
    // A chart for the bill, one for the break-even where the scenario compares platforms, and one for the outlook where it grows.
    const billed = Object.values(json.platforms as Record<string, { monthly_usd: string }>).some((platform) => Number(platform.monthly_usd) > 0);
    const outlook = (json.ranges?.outlook?.months.length ?? 0) > 1;
    // And one of the cost by memory size for each function the estimate advises another size for.
    const memory = (json.advice as Array<{ kind: string }>).filter((advice) => advice.kind === 'memory_size').length;
    expect(html.match(/<svg class="chart" role="img"/g)?.length ?? 0).toBe((json.breakeven ? 1 : 0) + (billed ? 1 : 0) + (outlook ? 1 : 0) + memory);
  });

  it('of every shipped scenario at once: an overview first, each section after it, amounts as in the JSON document of all of them', async () => {
    const html = render(SHIPPED, 'html');
    await expectValid(html);
    expectSelfContained(html);
    const json = JSON.parse(render(SHIPPED, 'json'));
    expectMoneyAsJson(html, json);
    expect(html.indexOf('<h2>Overview</h2>')).toBeLessThan(html.indexOf('<section id="scenario-1"'));
    expect(html.match(/<section id="scenario-\d+"/g)).toHaveLength(SHIPPED.length);
    // The overview links each scenario to its section, by an id that is there.
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
  });
});

describe('ranges in the HTML report', () => {
  it('shows each platform at P10, P50 and P90 as the JSON has them, and the outlook as a P10-to-P90 band around each P50 line', () => {
    const file = 'scenarios/uncertain-api.yaml';
    const html = render([file], 'html');
    const json = JSON.parse(render([file], 'json'));
    for (const id of Object.keys(json.platforms)) {
      for (const level of ['p10', 'p50', 'p90']) {
        const value = json.platforms[id].percentiles[`${level}_usd`];
        expect(html).toContain(`<data value="${value}" data-json="/platforms/${id}/percentiles/${level}_usd">`);
      }
    }
    // One shaded band and one P50 line a platform, and a table of every month.
    const platforms = Object.keys(json.platforms).length;
    expect(html.match(/<polygon class="band f\d+"/g)).toHaveLength(platforms);
    expect(html).toContain('Monthly bill by month, P10 to P90 shaded around the P50 line');
    expect(html.match(/<th scope="row">Month \d+<\/th>/g)).toHaveLength(json.ranges.outlook.months.length);
    expect(html).toContain('Budget (P90): Serverless');
    // The chance of being the cheapest is averaged over the 12 months; the column, under a caption of month 1, said
    // "Cheapest" alone.
    expect(html).toContain('<caption>The bill at P10, P50 and P90 (month 1)</caption>');
    expect(html).toContain('<th scope="col"  class="num">Cheapest, months 1 to 12</th>');
    expect(html).toContain('Chance of being the cheapest, averaged over the 12 months: Serverless 64%, Fargate 36%');
    expect(json.platforms.serverless.percentiles.cheapest_probability).toBe(0.6406);
  });
  it('is left out for a scenario whose figures are certain', () => {
    expect(render(['scenarios/growing-api.yaml'], 'html')).not.toContain('P10');
  });
});

describe('an outlook of certain figures in the HTML report', () => {
  it('is headed Outlook and shows one bill a month, no percentile', async () => {
    const file = tempFile(
      'name: grows\ntraffic:\n  requests_per_month: 10000000\n  growth_pct_per_month: 60\n  months: 8\nlambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 100 }\napi_gateway:\n  type: http\ncontainers:\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 250, min_tasks: 2 }\n',
    );
    const html = render([file], 'html');
    expect(html).toContain('<h3>Outlook</h3>');
    expect(html).not.toMatch(/P10|P50|P90/);
    expect(html).toContain('Cheapest in the outlook&#39;s 8 months: Serverless 4, Fargate 4');
    expect(html).toContain('<p class="note">Each line is the bill.</p>');
    await expectValid(html);
  });
});

describe('memory sizes in the HTML report', () => {
  it("draws an advised function's monthly cost by memory size on each architecture, today's size and the advised one marked", () => {
    const file = 'scenarios/order-pipeline.yaml';
    const html = render([file], 'html');
    const json = JSON.parse(render([file], 'json'));
    const advice = (json.advice as Array<{ kind: string; function: string; memory_mb: number; from_memory_mb: number }>).find((one) => one.kind === 'memory_size')!;
    expect(html).toContain('<h3>Cost by memory size</h3>');
    expect(html).toContain(`<title id="scenario-1-memory-0-title">${advice.function}: monthly cost by memory size</title>`);
    expect(html).toContain(`Dashed: today's ${advice.from_memory_mb.toLocaleString('en-US')} MB and the advised ${advice.memory_mb.toLocaleString('en-US')} MB`);
    // The saving, as the JSON has it, in the memory table of the advice.
    expect(html).toContain(`data-json="/advice/${json.advice.indexOf(advice)}/monthly_usd"`);
    // Its duration as the terminal tells it: the nightly report's 240,000 ms is the same at the advised size, which
    // read "240,000 ms instead of 240,000 ms".
    expect(html).toContain('<td>as fast (240,000 ms)</td>');
    expect(html).not.toMatch(/([\d,.]+ ms) instead of \1/);
  });
  it('is left out where nothing is advised', () => {
    expect(render(['scenarios/growing-api.yaml'], 'html')).not.toContain('Cost by memory size');
  });

  it('charts functions alike but for their names once, naming them all, and at most twenty kinds', async () => {
    // 22 kinds (each its own duration) of 3,008 MB, every one advised a smaller size; the first kind has three functions.
    // A chart a function took 39 s and 1.2 GB for 2,000 functions alike: one tune each, and a chart each.
    const kinds = Array.from({ length: 22 }, (_, i) => `    - { name: k${i}, memory_mb: 3008, duration_ms: ${800 + i}, requests_per_month: 1000000 }\n`).join('');
    const copies = [1, 2].map((i) => `    - { name: k0-copy${i}, memory_mb: 3008, duration_ms: 800, requests_per_month: 1000000 }\n`).join('');
    const file = tempFile(`name: many\nlambda:\n  functions:\n${kinds}${copies}`);
    const html = render([file], 'html');
    const json = JSON.parse(render([file], 'json'));
    expect((json.advice as Array<{ kind: string }>).filter((one) => one.kind === 'memory_size')).toHaveLength(24);
    expect(html).toContain('<h4>k0, k0-copy1, k0-copy2</h4>');
    expect(html.match(/: monthly cost by memory size<\/title>/g)).toHaveLength(20);
    expect(html).not.toContain('<h4>k20</h4>');
    expect(html).toContain(
      'Charts for 22 of the 24 functions given memory advice, one for functions alike but for their names: each prices every memory size (in a full concurrency pool, every function again at each), and past a bound the rest are not drawn. The advice above lists each one.',
    );
    await expectValid(html);
  });

  it('charts no more than its bound prices where the concurrency pool is full (40 functions took 80 s, their JSON half a second)', () => {
    // 40 functions unlike each other of 100M requests a month each at 400 ms and more: about 1,500 concurrent on
    // average against the account's 1,000, so each size a chart prices reprices all 40 of them.
    const functions = Array.from(
      { length: 40 },
      (_, i) =>
        `    - { name: f${i}, memory_mb: ${1024 + i * 64}, duration_ms: ${400 + i}, requests_per_month: ${100_000_000 + i * 1000}${i % 10 === 3 ? ', reserved_concurrency: 30' : ''}${i % 20 === 7 ? ', provisioned_concurrency: 5' : ''} }\n`,
    ).join('');
    const file = tempFile(`name: full pool\ntraffic:\n  pattern: diurnal\n  diurnal: { busy_hours_per_day: 8, peak_to_average: 2 }\nlambda:\n  functions:\n${functions}`);
    const started = process.hrtime.bigint();
    const html = render([file], 'html');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    expect(seconds).toBeLessThan(20);
    const charts = html.match(/: monthly cost by memory size<\/title>/g)?.length ?? 0;
    expect(charts).toBeGreaterThan(0);
    expect(charts).toBeLessThan(10);
    expect(html).toMatch(/Charts for \d+ of the \d+ functions given memory advice, one for functions alike but for their names: each prices every memory size/);
  });

  it('names an advised function with control characters as escapes in its chart, and still marks the advised size', async () => {
    // The charts' names came from the scenario as written: ESC, BEL and a zero-width space raw in the heading, title and caption.
    const name = 'x\u200by\u001b[31mred\u0007\nFORGED';
    const file = tempFile(`name: odd\nlambda:\n  functions:\n    - { name: ${JSON.stringify(name)}, memory_mb: 3008, duration_ms: 800, requests_per_month: 1000000 }\n`);
    const html = render([file], 'html');
    const shown = 'x\\u200by\\x1b[31mred\\x07\\nFORGED';
    expect(html).toContain(`<h4>${shown}</h4>`);
    expect(html).toContain(`<title id="scenario-1-memory-0-title">${shown}: monthly cost by memory size</title>`);
    expect(html).toMatch(/Dashed: today's 3,008 MB and the advised [\d,]+ MB/);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b]/);
    expect(html).not.toMatch(/^FORGED/m);
    await expectValid(html);
  });
});

describe('functions on other providers in the HTML report', () => {
  it("shows each provider's month and line items as the JSON's compare has them", () => {
    const file = 'scenarios/multi-cloud-api.yaml';
    const html = render([file], 'html');
    const json = JSON.parse(render([file], 'json'));
    for (const [id, provider] of Object.entries(json.compare.providers as Record<string, { monthly_usd: string; line_items: unknown[] }>)) {
      expect(html).toContain(`<data value="${provider.monthly_usd}" data-json="/compare/providers/${id}/monthly_usd">`);
      expect(html.match(new RegExp(`data-json="/compare/providers/${id}/line_items/\\d+/monthly_usd"`, 'g'))).toHaveLength(provider.line_items.length);
    }
    expect(html).toContain('<h3>Functions on other providers</h3><p>Only the functions are compared (requests, duration, memory);');
    expect(html.match(/Functions on other providers/g)).toHaveLength(1);
  });
});

describe('the line under a scenario’s title', () => {
  it('keeps the pricing id and the region whole: on a phone "aws-2025-10-08" broke after "aws-"', () => {
    const html = render(['scenarios/growing-api.yaml'], 'html');
    expect(html).toContain('<p class="meta">scenarios/growing-api.yaml · pricing <span class="id">aws-2025-10-08</span> · <span class="id">us-east-1</span></p>');
    expect(html).toContain('.meta .id { white-space: nowrap; }');
  });
});

describe('the break-even chart', () => {
  it('draws one line per platform, rings each crossover and marks the scenario’s own volume (growing-api: crossovers at 34.6M and 89M)', () => {
    const html = render(['scenarios/growing-api.yaml'], 'html');
    const chart = html.match(/<svg class="chart" role="img" aria-labelledby="scenario-1-breakeven-title[\s\S]*?<\/svg>/)![0];
    expect(chart.match(/<path class="line /g)).toHaveLength(3);
    expect(chart.match(/<circle class="crossing"/g)).toHaveLength(2);
    expect(chart).toContain('>34.6M</text>');
    expect(chart).toContain('>89M</text>');
    expect(chart).toContain('this scenario: 10M');
    // Lines tell apart without colour: each its own dash, each its own marker shape.
    expect(chart).toMatch(/class="line s0"/);
    expect(chart).toMatch(/class="line s1 d1"/);
    expect(chart).toMatch(/class="line s2 d2"/);
    expect(chart).toMatch(/<title id="scenario-1-breakeven-title">/);
    expect(chart).toContain('Fargate becomes cheaper than Serverless above 34.6M requests/month');
    // Round ticks on both axes.
    for (const tick of ['10K', '100K', '1M', '10M', '100M', '1B', '10B', '$1', '$10', '$100', '$1k', '$10k']) expect(chart).toContain(`>${tick}</text>`);
  });

  it("labels each crossover by its own ring: growing-api's 34.6M under its ring, 89M over its ring", () => {
    // Both labels sat between the two rings, 34.6M nearer the 89M ring and 89M nearer the 34.6M one.
    const rings = (file: string) =>
      [...render([file], 'html').matchAll(/<circle class="crossing" cx="([\d.]+)" cy="([\d.]+)" r="8"\/><text class="label" x="[\d.]+" y="([\d.]+)"[^>]*>([^<]+)</g)].map(
        ([, x, y, labelY, label]) => ({ label: label!, x: Number(x), y: Number(y), labelY: Number(labelY) }),
      );
    const growing = rings('scenarios/growing-api.yaml');
    expect(growing.map((ring) => [ring.label, ring.labelY - ring.y])).toEqual([
      ['34.6M', 26],
      ['89M', -14],
    ]);
    // In every shipped scenario, a label (its middle, 4 px above its baseline) is nearer its own ring than any other.
    for (const file of SHIPPED) {
      const all = rings(file);
      const distance = (ring: (typeof all)[number], labelled: (typeof all)[number]) => Math.hypot(ring.x - labelled.x, ring.y - (labelled.labelY - 4));
      for (const labelled of all)
        for (const other of all) if (other !== labelled) expect(distance(labelled, labelled), `${file}: ${labelled.label}`).toBeLessThan(distance(other, labelled));
    }
  });

  it("draws the service a platform is named for in the platform's colour on the bill chart, the others in the colours left", () => {
    const html = render(['scenarios/growing-api.yaml'], 'html');
    const bars = html.match(/<svg class="chart" role="img" aria-labelledby="scenario-1-bars-title[\s\S]*?<\/figure>/)![0];
    const colour = (service: string) => new RegExp(`<rect class="f(\\d)" [^>]*/></svg>${service}</li>`).exec(bars)?.[1];
    // Serverless, EC2 and Fargate are lines s0, s1 and s2 on the break-even chart.
    expect([colour('Lambda'), colour('EC2'), colour('Fargate')]).toEqual(['0', '1', '2']);
    expect([colour('API Gateway'), colour('Load balancer')]).toEqual(['3', '4']);
  });

  it('is left out, and the bill chart kept, for a scenario without containers', () => {
    const html = render(['scenarios/provisioned-api.yaml'], 'html');
    expect(html).not.toContain('Cost against requests a month');
    expect(html).toContain('The bill by service');
  });
});

describe('text a user wrote, in the HTML report', () => {
  const hostile = `<script>alert("x")</script> & 'quoted' "double" \u001b[2J\u202e`;
  const scenario = [
    `name: ${JSON.stringify(hostile)}`,
    'traffic: { requests_per_month: 1000000 }',
    'lambda:',
    `  functions: [{ name: ${JSON.stringify(`fn ${hostile}`)}, memory_mb: 128, duration_ms: 100 }]`,
    `services:`,
    `  sqs: [{ name: ${JSON.stringify(`q ${hostile}`)}, requests_per_month: 5000000 }]`,
    'containers:',
    '  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 50 }',
    '',
  ].join('\n');

  it('is shown as text: no tag opened, no attribute closed, control characters as escapes, still valid', async () => {
    const file = tempFile(scenario, 'a "quoted" <b>file</b> & more.yaml');
    const html = render([file], 'html');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;double&quot; \\x1b[2J\\u202e');
    expect(html).toContain('a &quot;quoted&quot; &lt;b&gt;file&lt;/b&gt; &amp; more.yaml');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    await expectValid(html);
    expectSelfContained(html);
    expectMoneyAsJson(html, JSON.parse(render([file], 'json')));
  });
});
