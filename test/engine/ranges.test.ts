// Ranges: the percentiles of a bill, worked out exactly where one figure (the
// monthly requests) drives it, and sampled otherwise. docs/ranges.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { describeRanges, outlookLines, rangesJson } from '../../src/report/ranges.js';
import { book, scenarioError, scenarioOf } from '../helpers/build.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

/** A serverless scenario: one arm64 function of 512 MB and 200 ms, no API, the requests as `requests`. */
const api = (requests: string, extra = '') => `
name: Range
traffic:
  requests_per_month: ${requests}
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
${extra}`;

const priced = (text: string, seed?: number) => {
  const scenario = scenarioOf(text);
  return estimate(scenario, book(scenario.pricingId), { seed });
};
const totals = (text: string) => priced(text).platforms.map((platform) => platform.monthlyUsd.toFixed(2));

describe('exact percentiles', () => {
  it('are the bill at the percentiles of the monthly requests, to the cent', () => {
    const ranged = priced(api('{ p10: 2000000, p50: 10000000, p90: 40000000 }'));
    expect(ranged.ranges!.method).toBe('exact');
    const serverless = ranged.ranges!.platforms[0]!.percentiles;
    // P10, 2M requests: 1M billed × $0.20/M = $0.20; 2M × 0.2 s × 0.5 GB = 200,000 GB-s, under the 400,000 free: $0.00. $0.20.
    expect(serverless.p10.toFixed(2)).toBe('0.20');
    // P50, 10M: 9M × $0.20/M = $1.80; 1,000,000 − 400,000 free = 600,000 GB-s × $0.0000133334 = $8.00. $9.80.
    expect(serverless.p50.toFixed(2)).toBe('9.80');
    // Each is the point estimate of the same scenario with that many requests.
    expect(serverless.p10.toFixed(2)).toEqual(totals(api('2000000'))[0]);
    expect(serverless.p50.toFixed(2)).toEqual(totals(api('10000000'))[0]);
    expect(serverless.p90.toFixed(2)).toEqual(totals(api('40000000'))[0]);
    // The line items are the bill at the medians.
    expect(ranged.platforms[0]!.monthlyUsd.toFixed(2)).toBe('9.80');
  });

  it('hold for every platform of a comparison, and say how often each is the cheapest', () => {
    const text = (requests: string) => `${api(requests)}
containers:
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }`;
    const ranged = priced(text('{ min: 1000000, max: 101000000 }'));
    // Uniform: P10 = 1M + 10% of 100M = 11M, P50 = 51M, P90 = 91M.
    for (const [level, requests] of [
      ['p10', '11000000'],
      ['p50', '51000000'],
      ['p90', '91000000'],
    ] as const) {
      expect(ranged.ranges!.platforms.map((platform) => platform.percentiles[level].toFixed(2))).toEqual(totals(text(requests)));
    }
    const shares = ranged.ranges!.platforms.map((platform) => platform.cheapestShare);
    expect(shares.reduce((a, b) => a + b)).toBeCloseTo(1, 6);
    // Serverless is cheaper below the crossover X, Fargate above: P(serverless) = (X − 1M) / 100M.
    const crossover = ranged.breakeven!.crossovers[0]!.requestsPerMonth.toNumber();
    expect(shares[0]).toBeCloseTo((crossover - 1_000_000) / 100_000_000, 6);
  });

  it('are none for a range whose ends meet: it is the one figure it allows', () => {
    for (const point of ['{ p10: 7000000, p50: 7000000, p90: 7000000 }', '{ min: 7000000, max: 7000000 }']) {
      const certain = priced(api(point));
      expect(certain.ranges).toBeUndefined();
      expect(certain.platforms.map((platform) => platform.monthlyUsd.toFixed(2))).toEqual(totals(api('7000000')));
    }
    // Beside a range that moves, it is not sampled as a second one: the requests alone drive the bill, exactly.
    const beside = priced(api('{ p10: 2000000, p50: 10000000, p90: 40000000 }').replace('duration_ms: 200', 'duration_ms: { min: 200, max: 200 }'));
    expect(beside.ranges!.method).toBe('exact');
    expect(beside.ranges!.platforms[0]!.percentiles.p90.toFixed(2)).toBe(totals(api('40000000'))[0]);
  });

  it('keep P10 ≤ P50 ≤ P90 whatever the range (law)', () => {
    fc.assert(
      // `further` of at least 1: a range whose ends meet is a certain figure, with no percentiles (above).
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (p10, up, further) => {
        const serverless = priced(api(`{ p10: ${p10}, p50: ${p10 + up}, p90: ${p10 + up + further} }`)).ranges!.platforms[0]!.percentiles;
        return !serverless.p10.greaterThan(serverless.p50) && !serverless.p50.greaterThan(serverless.p90);
      }),
      { numRuns: 25 },
    );
  });
});

describe('an outlook', () => {
  it('grows the requests month by month and names the month another platform becomes the cheapest', () => {
    const ranged = priced(`${api('10000000').replace('requests_per_month: 10000000', 'requests_per_month: 10000000\n  growth_pct_per_month: 100\n  months: 4')}
containers:
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }`);
    const months = ranged.ranges!.outlook!.months;
    // Doubling each month: 10M, 20M, 40M, 80M requests.
    expect(months.map((month) => month.requests.p50.toFixed())).toEqual(['10000000', '20000000', '40000000', '80000000']);
    expect(months.map((month) => month.platforms[0]!.percentiles.p50.toFixed(2))).toEqual(
      ['10000000', '20000000', '40000000', '80000000'].map((requests) => totals(api(requests))[0]),
    );
    const change = ranged.ranges!.outlook!.changes[0]!;
    expect(change.platform).toBe('fargate');
    // It becomes the cheapest in the first month past the crossover.
    const crossover = change.crossoverRequests!;
    expect(months[change.month - 2]!.requests.p50.lessThan(crossover) && !months[change.month - 1]!.requests.p50.lessThan(crossover)).toBe(true);
  });

  it('over certain figures, is told as one bill a month: no percentiles, the months each platform is the cheapest counted', () => {
    // 10M requests of 200 ms at 512 MB on arm64, 60% more each month for 8 months, beside two Fargate tasks: the
    // functions cost more than the tasks from month 5 on (the crossing at 50.4M, month 5 at 10M × 1.6^4 = 65.5M).
    const growing = priced(
      api('10000000\n  growth_pct_per_month: 60\n  months: 8', 'containers:\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 250, min_tasks: 2 }\n'),
    );
    const said = describeRanges(growing);
    expect(said.some((line) => /P10|P50|P90|Chance/.test(line))).toBe(false);
    expect(said).toContain("Cheapest in the outlook's 8 months: Serverless 4, Fargate 4");
    expect(said.at(-1)).toMatch(/^Fargate becomes cheaper than Serverless in month 5, at 65\.5M requests; cheaper above /);
    expect(outlookLines(growing)[0]).toBe('Outlook, 60% more requests each month:');
    const oneMonth = priced(
      api('10000000\n  growth_pct_per_month: 60\n  months: 1', 'containers:\n  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 250, min_tasks: 2 }\n'),
    );
    expect(describeRanges(oneMonth)).toContain("Cheapest in the outlook's month: Serverless 1");
  });

  it('is told at the growth the file gives, never rounded onto -100% or 0%, and months of almost no requests without a thousand digits', () => {
    const outlook = (pct: string) => priced(api('10000000').replace('requests_per_month: 10000000', `requests_per_month: 10000000\n  growth_pct_per_month: ${pct}\n  months: 120`));
    const shrinking = outlook('-99.9999999');
    const lines = outlookLines(shrinking);
    expect(lines[0]).toBe('Outlook, 99.9999999% fewer requests each month:');
    expect(lines[2]).toMatch(/^ {2}Month 2: 0\.01 requests · /);
    expect(lines[120]).toMatch(/^ {2}Month 120: under 0\.000001 requests · /);
    expect(rangesJson(shrinking).ranges!.outlook!.growth_pct_per_month).toBe('-99.9999999');
    const slow = outlook('0.00001');
    expect(outlookLines(slow)[0]).toMatch(/^Outlook, 0\.00001% more requests each month/);
    expect(rangesJson(slow).ranges!.outlook!.growth_pct_per_month).toBe('0.00001');
  });

  it('stays within the requests a scenario may have of a month: growth past them is an error at the growth, naming the month', () => {
    const growing = (requests: string, pct: number, months: number) =>
      api(requests).replace(`requests_per_month: ${requests}`, `requests_per_month: ${requests}\n  growth_pct_per_month: ${pct}\n  months: ${months}`);
    // 1M × 11^8 = 214T in month 9, × 11 = 2.36 quadrillion in month 10: past 1e15 (month 120 was priced at 8.4e129).
    expect(scenarioError(growing('1000000', 1000, 120))).toBe(
      'traffic.growth_pct_per_month: 1000% more requests each month takes the monthly requests past 1,000,000,000,000,000, the most a scenario may have of a month, in month 10 of the 120; give fewer months or less growth',
    );
    expect(scenarioError(growing('1000000', 1000, 9))).toBe('no error');
    // A range's P90 is held to it: 100M × 1.3^62 passes 1e15 in month 63.
    expect(scenarioError(growing('{ p10: 1000, p50: 10000000, p90: 100000000 }', 30, 120))).toMatch(/takes their P90 past 1,000,000,000,000,000, .* in month 63 of the 120/);
    // Shrinking never passes it.
    expect(scenarioError(growing('1000000000000000', -50, 120))).toBe('no error');
    // The bound is each count's, not their sum's: two functions of 6e14 (1.2e15 together) at 1% a month pass it when
    // one does, 6e14 × 1.01^52 = 1.006e15 in month 53; the sum was held to it, refused "in month 2".
    const pair = (months: number) =>
      `name: g\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10, requests_per_month: 600000000000000 }\n    - { name: b, memory_mb: 128, duration_ms: 10, requests_per_month: 600000000000000 }\ntraffic:\n  growth_pct_per_month: 1\n  months: ${months}\n`;
    expect(scenarioError(pair(52))).toBe('no error');
    expect(scenarioError(pair(60))).toMatch(/ in month 53 of the 60; /);
  });
});

describe('sampled percentiles', () => {
  // Two figures move, so the bill is sampled; every draw of the duration is billed as 200 ms (rounded up to the
  // millisecond), so that the exact percentiles of the requests alone are the answer the samples come near.
  const twoRanges = api('{ p10: 2000000, p50: 10000000, p90: 40000000 }').replace('duration_ms: 200', 'duration_ms: { min: 199.5, max: 200 }');

  it('come near the exact answer where both apply', () => {
    const exact = priced(api('{ p10: 2000000, p50: 10000000, p90: 40000000 }')).ranges!.platforms[0]!;
    const sampled = priced(twoRanges).ranges!;
    expect(sampled.method).toBe('sampled');
    const platform = sampled.platforms[0]!;
    for (const level of ['p10', 'p50', 'p90'] as const) {
      // Within four standard errors, and the error said is a tenth of the figure or less.
      const gap = platform.percentiles[level].minus(exact.percentiles[level]).abs();
      expect(gap.lessThanOrEqualTo(platform.samplingErrorUsd![level].times(4).plus(0.01))).toBe(true);
      expect(platform.samplingErrorUsd![level].lessThanOrEqualTo(exact.percentiles[level].times(0.1).plus(0.01))).toBe(true);
    }
  });

  it('take a year of samples in all over a longer outlook, and still come near the exact answer', () => {
    // 12 months take 10,000 samples each, 120,000 in all; 13 take 100 draws of ⌊1,200 ÷ 13⌋ = 92 requests, 9,200 a month;
    // 120 take 100 draws of 10, 1,000 a month.
    const outlook = (months: number) => `\n  growth_pct_per_month: 1\n  months: ${months}`;
    const withMonths = (text: string, months: number) => text.replace('p90: 40000000 }', `p90: 40000000 }${outlook(months)}`);
    expect(priced(withMonths(twoRanges, 12)).ranges!.samples).toBe(10_000);
    expect(priced(withMonths(twoRanges, 13)).ranges!.samples).toBe(9_200);
    const long = priced(withMonths(twoRanges, 120)).ranges!;
    expect(long.samples).toBe(1_000);
    const exact = priced(withMonths(api('{ p10: 2000000, p50: 10000000, p90: 40000000 }'), 120)).ranges!;
    const last = (ranges: typeof long) => ranges.outlook!.months.at(-1)!.platforms[0]!.percentiles;
    // Month 120 within a tenth of the exact percentiles, its requests grown 1.01^119 = 3.27 times.
    for (const level of ['p10', 'p50', 'p90'] as const) {
      expect(last(long)[level].minus(last(exact)[level]).abs().lessThanOrEqualTo(last(exact)[level].times(0.1))).toBe(true);
    }
  });

  it("hold a draw from a tail past p90 to the most its field may be, so that a range wide past a double's prices no NaN", () => {
    // p90 / p50 of 900,000 / 1e-200 puts a draw at 0.95 at 2e64 ms and one at 0.99 at ∞ (∞ × 0: NaN, which sorted P50
    // above P90); held to duration_ms's 900,000, P90 is the bill of a draw near 900,000 ms and nothing is NaN.
    const wide = priced(api('1000000').replace('duration_ms: 200', 'duration_ms: { p10: 1e-300, p50: 1e-200, p90: 900000 }')).ranges!;
    expect(wide.method).toBe('sampled');
    const { percentiles, samplingErrorUsd } = wide.platforms[0]!;
    for (const figure of [...Object.values(percentiles), ...Object.values(samplingErrorUsd!)]) expect(figure.isFinite()).toBe(true);
    expect(percentiles.p10.lessThanOrEqualTo(percentiles.p50) && percentiles.p50.lessThanOrEqualTo(percentiles.p90)).toBe(true);
    // 1M requests of 900,000 ms at 512 MB arm64: (450M − 400,000 free) GB-s × $0.0000133334 = $5,994.69664, which no draw passes.
    expect(percentiles.p90.greaterThan(1000) && percentiles.p90.lessThanOrEqualTo('5994.69664')).toBe(true);
    // The requests' p90 / p50 of 1e15 / 1e-300 is past a double too: it made every draw above the median 1e15, the median NaN.
    const requests = priced(api('{ p10: 1e-300, p50: 1e-300, p90: 1e15 }').replace('duration_ms: 200', 'duration_ms: { min: 1, max: 2 }')).ranges!;
    expect(requests.platforms[0]!.percentiles.p50.toFixed(2)).toBe('0.00');
    expect(requests.platforms[0]!.samplingErrorUsd!.p90.isFinite()).toBe(true);
  });

  it('give the same figures for the same seed, and others for another', () => {
    const first = priced(twoRanges, 7).ranges!.platforms[0]!.percentiles.p90.toFixed();
    expect(priced(twoRanges, 7).ranges!.platforms[0]!.percentiles.p90.toFixed()).toBe(first);
    expect(priced(twoRanges, 8).ranges!.platforms[0]!.percentiles.p90.toFixed()).not.toBe(first);
  });
});

describe('a range that is wrong', () => {
  it('is an error at its line, naming the rule', () => {
    expect(scenarioError(api('{ p10: 40000000, p50: 10000000, p90: 5000000 }'))).toBe(
      'traffic.requests_per_month: p10 ≤ p50 ≤ p90 must hold, got p10 40000000, p50 10000000, p90 5000000',
    );
    expect(scenarioError(api('{ min: 9, max: 3 }'))).toBe('traffic.requests_per_month: min must be at most max, got min 9, max 3');
    // In plain digits, as the file writes them: JavaScript writes numbers under a millionth in exponent form.
    expect(scenarioError(api('{ min: 0.0000002, max: 0.0000001 }'))).toBe('traffic.requests_per_month: min must be at most max, got min 0.0000002, max 0.0000001');
    expect(scenarioError(api('{ p10: 0.0000003, p50: 0.0000002, p90: 0.0000001 }'))).toBe(
      'traffic.requests_per_month: p10 ≤ p50 ≤ p90 must hold, got p10 0.0000003, p50 0.0000002, p90 0.0000001',
    );
    expect(scenarioError(api('{ p10: 0, p50: 0, p90: 0.0000001 }'))).toContain('write { min: 0, max: 0.0000001 }');
    expect(scenarioError(api('{ min: -1, max: 3 }'))).toBe('traffic.requests_per_month.min: must be at least 0, got -1');
    expect(scenarioError(api('{ p10: 0, p50: 1, p90: 3 }'))).toMatch(/^traffic\.requests_per_month\.p10: p10 must be above zero/);
    expect(scenarioError(api('{ p10: 1, p50: 2 }'))).toBe(
      'traffic.requests_per_month: a range is { p10, p50, p90 } (the 10th, 50th and 90th percentiles) or { min, max }, got p10, p50',
    );
    expect(scenarioError(api('{}'))).toBe('traffic.requests_per_month: a range is { p10, p50, p90 } (the 10th, 50th and 90th percentiles) or { min, max }');
    expect(scenarioError(api('{ p10: 1, p50: 2, p95: 3 }'))).toMatch(/unknown key "p95"; did you mean "p90"\?/);
  });

  it('where a setting takes one number, says that a range is for usage figures: "got a mapping {…}" did not', () => {
    const ranged = api('1000000').replace('memory_mb: 512', 'memory_mb: { min: 512, max: 1024 }');
    expect(scenarioError(ranged)).toBe(
      "lambda.functions[0].memory_mb: expected a number, got a range; this setting takes one number: ranges are for a scenario's usage figures (monthly counts, per-request figures, durations), and a template's usage file takes none (docs/ranges.md)",
    );
    // A mapping of other keys is no range, and is said as a mapping.
    expect(scenarioError(api('1000000').replace('memory_mb: 512', 'memory_mb: { mb: 512 }'))).toContain('expected a number, got a mapping');
  });
});

describe('the CLI', () => {
  const budgeted = (percentile: number) => tempFile(`${api('{ p10: 2000000, p50: 10000000, p90: 40000000 }')}budget:\n  monthly_usd: 50\n  percentile: ${percentile}\n`);

  it('fails the build when the chosen percentile of the bill is over the budget (exit 1), and says so', () => {
    const over = runCli(['estimate', budgeted(90), '--quiet']);
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/over budget: Range \(.*\): Serverless P90 \$\d+\.\d\d a month of \$50\.00, \$\d+\.\d\d over/);
    expect(runCli(['estimate', budgeted(50), '--quiet']).status).toBe(0);
  });

  it('says a --seed that changed nothing, where no scenario priced is sampled; not where one is, nor without --seed', () => {
    const note = (count: string) => `slcost: note: --seed 7 changed nothing: it seeds the sampler of scenarios whose ranges are sampled (docs/ranges.md), and ${count}\n`;
    const one = runCli(['estimate', 'scenarios/growing-api.yaml', '--seed', '7', '--format', 'json']);
    expect([one.status, one.stderr]).toEqual([0, note('the scenario priced is not one')]);
    // The same bytes as without the seed: it is said because it changed nothing.
    expect(one.stdout).toBe(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'json']).stdout);
    expect(runCli(['estimate', 'scenarios/growing-api.yaml', 'scenarios/queue-worker.yaml', '--seed', '7', '--format', 'json']).stderr).toBe(
      note('none of the 2 scenarios priced is one'),
    );
    expect(runCli(['estimate', 'scenarios/uncertain-worker.yaml', 'scenarios/queue-worker.yaml', '--seed', '7', '--format', 'json']).stderr).toBe('');
    expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'json']).stderr).toBe('');
    // The default seed is 1, as the help says: --seed 1 gives what no --seed gives.
    expect(runCli(['estimate', 'scenarios/uncertain-worker.yaml', '--format', 'json', '--seed', '1']).stdout).toBe(
      runCli(['estimate', 'scenarios/uncertain-worker.yaml', '--format', 'json']).stdout,
    );
  });

  it('gives the same bytes for the same seed, and refuses a bad range with exit 2 at its line', () => {
    const once = runCli(['estimate', 'scenarios/uncertain-worker.yaml', '--format', 'json', '--seed', '3']);
    expect(once.status).toBe(0);
    expect(runCli(['estimate', 'scenarios/uncertain-worker.yaml', '--format', 'json', '--seed', '3']).stdout).toBe(once.stdout);
    expect(JSON.parse(once.stdout).platforms.serverless.percentiles).toMatchObject({ p10_usd: expect.stringMatching(/^\d+\.\d\d$/) });
    const bad = runCli(['estimate', tempFile(api('{ min: 9, max: 3 }'))]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/scenario\.yaml:4:23: min must be at most max, got min 9, max 3 \(at traffic\.requests_per_month\)/);
  });

  it('is said to be priced at the medians by the commands that price one month: breakeven, tune, diff and decide', () => {
    const note =
      'slcost: note: scenarios/uncertain-worker.yaml: traffic.requests_per_month, lambda.functions[0].duration_ms, services.dynamodb[0].writes_per_request are ranges, priced here at their medians; slcost estimate gives the bill at P10, P50 and P90\n';
    for (const args of [
      ['tune', 'scenarios/uncertain-worker.yaml', '--format', 'csv'],
      ['breakeven', 'scenarios/uncertain-worker.yaml', '--format', 'csv', '--points', '2'],
      ['diff', 'scenarios/uncertain-worker.yaml', '--pricing-base', 'aws-2025-08-01'],
      ['decide', '--scenario', 'scenarios/uncertain-worker.yaml', '--answers', 'scenarios/answers/steady-small.yaml'],
    ]) {
      const run = runCli(args);
      expect(run.status).toBe(0);
      expect(run.stderr.split('\n')[0] + '\n').toBe(note);
    }
    expect(runCli(['tune', 'scenarios/uncertain-api.yaml', '--format', 'csv']).stderr).toContain(
      'traffic.requests_per_month is a range, priced here at its median; its outlook of 12 months is priced here as month 1; slcost estimate gives the bill at P10, P50 and P90, month by month',
    );
    expect(runCli(['tune', 'scenarios/growing-api.yaml', '--format', 'csv']).stderr).toBe('');
  });

  it('shows the percentiles in every format, and charts the outlook in the table', () => {
    const table = runCli(['estimate', 'scenarios/uncertain-api.yaml']).stdout;
    expect(table).toContain('  Serverless $7.13 / $19.80 / $99.00\n');
    expect(table).toContain('Fargate becomes cheaper than Serverless in month 10, at 35.2M requests (P50);');
    // A chance averaged over the months, said as one: "Serverless is the cheapest in 64% of the 12 months" read as a count of months.
    expect(table).toContain('Chance of being the cheapest, averaged over the 12 months: Serverless 64%,\n  Fargate 36%\n');
    expect(table).toMatch(/── ░░ Serverless {3}══ EC2 {3}╌╌ Fargate: the line is the P50 bill, the shading\n {2}the band from P10 to P90/);
    expect(runCli(['estimate', 'scenarios/uncertain-api.yaml', '--format', 'markdown']).stdout).toContain('- Serverless $7.13 / $19.80 / $99.00\n');
    const csv = runCli(['estimate', 'scenarios/uncertain-api.yaml', '--format', 'csv']).stdout.split('\r\n');
    expect(csv.filter((row) => row.endsWith(',percentile')).map((row) => row.split(',').slice(4, 12).join(','))).toContain('serverless,,total.p90,Total at P90,,,,99.00');
  });

  it('says, when sampled, that the monthly total is the bill at the medians and not the P50 printed under it', () => {
    // uncertain-worker: Monthly $20.70, the bill with every range at its median; the median bill, P50, is $27.75.
    const say = 'The monthly totals and the line items are the bill with every range at its median, not the median bill (P50)';
    const table = runCli(['estimate', 'scenarios/uncertain-worker.yaml']).stdout;
    expect(table).toContain('Monthly: Serverless $20.70\n');
    expect(table).toContain('  Serverless $5.74 / $27.75 / $128.31');
    expect(table.replace(/\s+/g, ' ')).toContain(say);
    expect(runCli(['estimate', 'scenarios/uncertain-worker.yaml', '--format', 'html']).stdout).toContain(say);
    // Exact, the P50 is the bill at the median requests, the same as the monthly total: nothing to say.
    expect(runCli(['estimate', 'scenarios/uncertain-api.yaml']).stdout.replace(/\s+/g, ' ')).not.toContain(say);
  });
});

describe('Step Functions figures as ranges', () => {
  /** 10M requests a month, each one Express execution of 1,200 MB (billed as 1,216 MB, 1.1875 GB) lasting `duration`. */
  const express = (duration: string, requests = '10000000') => `
name: Express
traffic:
  requests_per_month: ${requests}
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
services:
  step_functions:
    - { name: enrich, type: express, executions_per_request: 1, duration_ms: ${duration}, memory_mb: 1200 }
`;

  it('take a range on an Express duration, sampled, near the bill at each percentile of the duration', () => {
    const ranged = priced(express('{ p10: 250, p50: 850, p90: 1950 }')).ranges!;
    expect(ranged.method).toBe('sampled');
    expect(ranged.figures.map((figure) => figure.field)).toEqual(['services.step_functions[0].duration_ms']);
    const platform = ranged.platforms[0]!;
    // The bill never falls as the duration grows, so its percentiles are the bills at the duration's; Lambda is $9.80 in each
    // (9M billed requests × $0.20/M + 600,000 GB-s × $0.0000133334) and Express's 10M requests $10.00.
    // P10, 250 ms → 300 ms billed: 0.3 s × 1.1875 GB × 10M = 3,562,500 GB-s × $0.00001667 = $59.39; $79.19.
    // P50, 850 ms → 900 ms: 10,687,500 GB-s: 3,600,000 × $0.00001667 = $60.01, 7,087,500 × $0.00000833 = $59.04; $138.85.
    // P90, 1,950 ms → 2,000 ms: 23,750,000 GB-s: $60.01, 14,400,000 × $0.00000833 = $119.95, 5,750,000 × $0.00000456 = $26.22; $225.98.
    const byHand = { p10: '79.19', p50: '138.85', p90: '225.98' } as const;
    for (const level of ['p10', 'p50', 'p90'] as const) {
      expect(totals(express(byHand[level] === '79.19' ? '250' : byHand[level] === '138.85' ? '850' : '1950'))[0]).toBe(byHand[level]);
      const gap = platform.percentiles[level].minus(byHand[level]).abs();
      expect(gap.lessThanOrEqualTo(platform.samplingErrorUsd![level].times(4).plus(0.01))).toBe(true);
    }
    expect(platform.percentiles.p10.lessThanOrEqualTo(platform.percentiles.p50) && platform.percentiles.p50.lessThanOrEqualTo(platform.percentiles.p90)).toBe(true);
  });

  it('are exact when the requests are the only range: executions follow them (checked by hand)', () => {
    const ranged = priced(express('850', '{ p10: 2000000, p50: 10000000, p90: 40000000 }')).ranges!;
    expect(ranged.method).toBe('exact');
    const serverless = ranged.platforms[0]!.percentiles;
    // P10, 2M: Lambda $0.20 (1M billed requests; 200,000 GB-s, under the free 400,000); Express 2M × $1/M = $2.00,
    // 2M × 0.9 s × 1.1875 GB = 2,137,500 GB-s × $0.00001667 = $35.63. $37.83.
    expect(serverless.p10.toFixed(2)).toBe('37.83');
    // P50, 10M: $9.80 + $10.00 + $60.01 + $59.04, as above. $138.85.
    expect(serverless.p50.toFixed(2)).toBe('138.85');
    // P90, 40M: Lambda $59.00 (its logs past their free 5 GB included); Express $40.00, 42,750,000 GB-s: $60.01,
    // $119.95, and 24,750,000 × $0.00000456 = $112.86. $391.82.
    expect(serverless.p90.toFixed(2)).toBe('391.82');
    expect(['2000000', '10000000', '40000000'].map((requests) => totals(express('850', requests))[0])).toEqual(['37.83', '138.85', '391.82']);
  });

  it('take ranges on memory, transitions, Map iterations and retries, all sampled together', () => {
    const ranged = priced(`
name: Saga
traffic:
  requests_per_month: 1000000
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
services:
  step_functions:
    - { name: enrich, type: express, executions_per_month: 1000000, duration_ms: 500, memory_mb: { min: 64, max: 512 } }
    - { name: audit, executions_per_month: 100000, transitions_per_execution: { p10: 4, p50: 6, p90: 12 } }
    - name: batch
      executions_per_month: 1000000
      definition:
        StartAt: Split
        States:
          Split: { Type: Map, ItemProcessor: { StartAt: Work, States: { Work: { Type: Task, Resource: "arn:aws:states:::lambda:invoke", End: true } } }, End: true }
      map_iterations: { Split: { min: 2, max: 10 } }
      retries: { Work: { p10: 0.1, p50: 0.2, p90: 1 } }
`).ranges!;
    expect(ranged.method).toBe('sampled');
    expect(ranged.figures.map((figure) => figure.field)).toEqual([
      'services.step_functions[0].memory_mb',
      'services.step_functions[1].transitions_per_execution',
      'services.step_functions[2].map_iterations.Split',
      'services.step_functions[2].retries.Work',
    ]);
    const { p10, p50, p90 } = ranged.platforms[0]!.percentiles;
    expect(p10.lessThan(p50) && p50.lessThan(p90)).toBe(true);
  });

  it('say a rule a draw breaks where the file writes it, and that a draw broke it', () => {
    // 2 iterations at the median; the tail above p90 reaches the field's 1,000,000, past the transitions an execution may take.
    const text = `
name: Saga
traffic:
  requests_per_month: 1000000
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
services:
  step_functions:
    - name: batch
      executions_per_month: 1000000
      map_iterations: { Split: { p10: 1, p50: 2, p90: 900000 } }
      definition: { StartAt: Split, States: { Split: { Type: Map, ItemProcessor: { StartAt: W, States: { W: { Type: Pass, End: true } } }, End: true } } }
`;
    let thrown: unknown;
    try {
      priced(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const { message, location } = thrown as InputError;
    expect(message).toMatch(/^one of the draws the percentiles are sampled from \(of services\.step_functions\[0\]\.map_iterations\.Split\) breaks a rule: .*transitions/);
    expect(location).toMatchObject({ line: 12, path: 'services.step_functions[0].map_iterations' });
  });

  it("leave a definition's own mappings alone, though their keys are a range's", () => {
    // A Pass state's Parameters are the user's payload: { min, max } there is data, and { p10: 3, p50: 1, p90: 2 } no wrong range.
    const machine = (parameters: string) => `
name: Payload
traffic:
  requests_per_month: 1000000
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
services:
  step_functions:
    - name: saga
      executions_per_month: 100000
      definition:
        StartAt: A
        States:
          A: { Type: Pass, Parameters: ${parameters}, Next: B }
          B: { Type: Pass, End: true }
`;
    for (const parameters of ['{ min: 1, max: 5 }', '{ p10: 3, p50: 1, p90: 2 }']) {
      const scenario = scenarioOf(machine(parameters));
      expect(scenario.ranges).toBeUndefined();
      // Two states entered a run, the Parameters as written.
      expect(scenario.stepFunctions[0]!.transitionsPerExecution!.toFixed()).toBe('2');
      expect(priced(machine(parameters)).ranges).toBeUndefined();
    }
  });

  it('refuse a wrong range on a duration or a memory at its line', () => {
    expect(scenarioError(express('{ p10: 900, p50: 850, p90: 1950 }'))).toBe('services.step_functions[0].duration_ms: p10 ≤ p50 ≤ p90 must hold, got p10 900, p50 850, p90 1950');
    expect(scenarioError(express('{ min: 0, max: 100 }'))).toBe('services.step_functions[0].duration_ms.min: must be greater than 0, got 0');
    expect(scenarioError(express('{ p10: 100, p50: 200 }'))).toMatch(/^services\.step_functions\[0\]\.duration_ms: a range is \{ p10, p50, p90 \}/);
  });

  it('keep P10 ≤ P50 ≤ P90 for any Express duration range (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (low, up, further) => {
        const { p10, p50, p90 } = priced(express(`{ p10: ${low}, p50: ${low + up}, p90: ${low + up + further} }`)).ranges!.platforms[0]!.percentiles;
        return !p10.greaterThan(p50) && !p50.greaterThan(p90);
      }),
      { numRuns: 8 },
    );
  });
});

describe('a percentile budget over an outlook', () => {
  /** 2M / 10M / 40M requests, 20% more each month for six months, the P90 bill held to `usd` a month. */
  const growing = (usd: number) =>
    `${api('{ p10: 2000000, p50: 10000000, p90: 40000000 }').replace(
      'requests_per_month: { p10: 2000000, p50: 10000000, p90: 40000000 }',
      'requests_per_month: { p10: 2000000, p50: 10000000, p90: 40000000 }\n  growth_pct_per_month: 20\n  months: 6',
    )}budget:\n  monthly_usd: ${usd}\n  percentile: 90\n`;

  it('holds every month to it: month 1 under, month 5 the first over, exit 1 naming it', () => {
    const check = priced(growing(110)).budget[0]!;
    // Month 5's P90 requests: 40M × 1.2⁴ = 82,944,000. Lambda: 81,944,000 billed × $0.20/M = $16.39; 8,294,400 GB-s − 400,000
    // free = 7,894,400 × $0.0000133334 = $105.26; its logs the rest of the point estimate at that volume. Month 4
    // (69,120,000 requests) is $107.91, under $110; month 1 (40M) $59.00.
    expect(totals(api('82944000'))[0]).toBe('131.13');
    expect(totals(api('69120000'))[0]).toBe('107.91');
    expect(check).toMatchObject({ over: true, month: 5, months: 6, percentile: 90 });
    expect(check.monthlyUsd.toFixed(2)).toBe('131.13');
    expect(check.excessUsd.toFixed(2)).toBe('21.13');
    const run = runCli(['estimate', tempFile(growing(110)), '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: Serverless P90 \$131\.13 a month of \$110\.00, \$21\.13 over in month 5, the first of the 6 months to be over it\n$/);
    expect(JSON.parse(runCli(['estimate', tempFile(growing(110)), '--format', 'json']).stdout).budget.checks[0]).toMatchObject({ month: 5, months: 6, monthly_usd: '131.13' });
  });

  it('says the room left in the highest month when every month is under', () => {
    // Month 6: 40M × 1.2⁵ = 99,532,800 requests.
    const check = priced(growing(200)).budget[0]!;
    expect(check).toMatchObject({ over: false, month: 6, months: 6 });
    expect(check.monthlyUsd.toFixed(2)).toBe(totals(api('99532800'))[0]);
    expect(runCli(['estimate', tempFile(growing(200)), '--quiet']).status).toBe(0);
  });

  it('is month 1 alone without growth, as before', () => {
    const check = priced(`${api('{ p10: 2000000, p50: 10000000, p90: 40000000 }')}budget:\n  monthly_usd: 50\n  percentile: 90\n`).budget[0]!;
    expect(check.month).toBeUndefined();
    expect(check.monthlyUsd.toFixed(2)).toBe('59.00');
  });
});

describe('a percentile budget whose percentiles cannot be worked out', () => {
  /** 1M / 100M / 10B requests beside a Fargate fleet of one request a second a task: it changes size too often over the range for the percentiles. */
  const wide = (budget: string) => `${api('{ p10: 1000000, p50: 100000000, p90: 10000000000 }')}containers:
  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 1 }
${budget}`;

  it('is an error at budget.percentile, not the bill at the medians held to the budget', () => {
    // The P90 bill, 10B requests of 200 ms at 512 MB on arm64, is thousands of dollars; the medians' under $200.
    expect(Number(totals(api('10000000000'))[0])).toBeGreaterThan(5000);
    const text = wide('budget:\n  monthly_usd: 5000\n  percentile: 90\n');
    expect(() => priced(text)).toThrow(
      /^the P90 bill cannot be worked out, so the budget cannot be held to it: between \d+ and [\d,]+ requests a month the Fargate fleet changes size/,
    );
    const run = runCli(['estimate', tempFile(text), '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^slcost: .*scenario\.yaml:12:15: the P90 bill cannot be worked out, .* or drop budget\.percentile to hold .* \(at budget\.percentile\)\n$/);
  });

  it('is a warning, as before, when the budget holds the bill at the medians', () => {
    const result = priced(wide('budget:\n  monthly_usd: 5000\n'));
    expect(result.ranges).toBeUndefined();
    expect(result.warnings.map((warning) => warning.id)).toContain('ranges_not_computed');
    expect(result.budget[0]).toMatchObject({ over: false });
  });
});

describe('draws, for a scenario of many functions or services', () => {
  /** `count` functions unlike each other, each with a ranged duration; the requests certain, or a range. */
  const many = (count: number, requests = '1000000', services = '') =>
    `name: many\ntraffic: { requests_per_month: ${requests} }\nlambda:\n  functions:\n${Array.from(
      { length: count },
      (_, index) => `    - { name: f${index}, memory_mb: ${128 + index}, duration_ms: { p10: 10, p50: 20, p90: ${100 + index} } }`,
    ).join('\n')}\n${services}`;

  it('are the usual 1,000 (or 100 with the requests a range) up to 50 entries a draw (20 with the requests a range), and no warning says otherwise', () => {
    const certain = priced(many(50));
    expect(certain.ranges).toMatchObject({ method: 'sampled', samples: 1000, fewerDraws: null });
    expect(certain.warnings.map((warning) => warning.id)).not.toContain('ranges_fewer_draws');
    // 100 draws of the figures, 100 of the requests on each: 10,000 samples.
    expect(priced(many(20, '{ p10: 1000000, p50: 2000000, p90: 5000000 }')).ranges).toMatchObject({ samples: 10_000, fewerDraws: null });
  });

  it('are fewer past it, whole batches of ten, and a warning says how many of how many, for how many entries', () => {
    // 300 functions: 50,000 entries priced ÷ 300 a draw = 166 draws, 16 a batch of ten: 160.
    const functions = priced(many(300));
    expect(functions.ranges).toMatchObject({ samples: 160, fewerDraws: { draws: 160, usualDraws: 1000, entries: 300 } });
    expect(functions.warnings.find((warning) => warning.id === 'ranges_fewer_draws')?.message).toBe(
      "the percentiles are sampled from 160 draws of the ranged figures, not 1,000: each draw prices all 300 functions and services' entries again; the ± beside each percentile is the sampling error of those draws",
    );
    // A service's entries count as the functions do: 1 function and 149 queues, 150 entries: 33 draws a batch, 330.
    const queues = `services:\n  sqs:\n${Array.from({ length: 149 }, (_, index) => `    - { name: q${index}, requests_per_month: ${1000 + index} }`).join('\n')}\n`;
    expect(priced(many(1, '1000000', queues)).ranges).toMatchObject({ samples: 330, fewerDraws: { draws: 330, entries: 150 } });
    // The requests a range: 2,000 entries solved ÷ 30 a draw = 66, 6 a batch: 60 draws of 100 requests each.
    expect(priced(many(30, '{ p10: 1000000, p50: 2000000, p90: 5000000 }')).ranges).toMatchObject({ samples: 6000, fewerDraws: { draws: 60, usualDraws: 100 } });
  });

  it("are bounded as curves solved when an outlook of certain requests solves each draw's curves over its months (1,000 draws of ten functions, 11 s)", () => {
    // 10 functions over 12 months: 2,000 entries solved ÷ 10 a draw = 200 draws, each one sample a month.
    const outlook = priced(many(10, '1000000, growth_pct_per_month: 5, months: 12'));
    expect(outlook.ranges).toMatchObject({ samples: 200, fewerDraws: { draws: 200, usualDraws: 1000, entries: 10 } });
    // One month prices each draw at its one volume, bounded by the entries priced: 1,000 draws.
    expect(priced(many(10)).ranges).toMatchObject({ samples: 1000, fewerDraws: null });
  });

  it("count a draw's curves' pieces: billed cold starts (a runtime given) bend each curve near a hundred times, and twenty functions took 30 s at 100 draws", () => {
    const withRuntime = (count: number, runtime: string) =>
      `name: cold\ntraffic: { requests_per_month: { p10: 1000000, p50: 5000000, p90: 20000000 } }\nlambda:\n  functions:\n${Array.from(
        { length: count },
        (_, index) => `    - { name: f${index}, memory_mb: ${256 + 64 * index}, duration_ms: { min: ${50 + index}, max: ${100 + index} }${runtime} }`,
      ).join('\n')}\n`;
    // Without a runtime the curves have a few pieces: 5 entries, the usual 100 draws.
    expect(priced(withRuntime(5, '')).ranges).toMatchObject({ samples: 10_000, fewerDraws: null });
    // With one, each curve at the medians has dozens: 5 entries × (pieces ÷ 4) ≥ 200 a draw, so 2,000 ÷ (that × 10) < 1,
    // one draw a batch: 10 draws.
    const cold = priced(withRuntime(5, ', runtime: nodejs20.x'));
    expect(cold.ranges).toMatchObject({ samples: 1000, fewerDraws: { draws: 10, usualDraws: 100, entries: 5 } });
    const pieces = (cold.ranges as { fewerDraws: { curvePieces: number } }).fewerDraws.curvePieces;
    expect(pieces).toBeGreaterThan(40);
    expect(cold.warnings.find((warning) => warning.id === 'ranges_fewer_draws')?.message).toBe(
      `the percentiles are sampled from 10 draws of the ranged figures, not 100: each draw prices all 5 functions and services' entries again, at each end of each of the ${pieces} pieces of its curves; the ± beside each percentile is the sampling error of those draws`,
    );
  });

  it('keep at most a year of samples on one platform: three platforms take fewer samples a draw, and past that fewer draws (360,000 bills, 2.5 s)', () => {
    const containers = `api_gateway: { type: http }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
`;
    const outlook = (requests: string, months: number) =>
      `name: three\ntraffic: { requests_per_month: ${requests}, growth_pct_per_month: 2, months: ${months} }\nlambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: { p10: 150, p50: 200, p90: 400 } }\n${containers}`;
    const ranged = '{ p10: 5000000, p50: 10000000, p90: 40000000 }';
    // 12 months on three platforms: 1,200 bills a draw ÷ 36 = 33 samples of the requests a draw, the usual 100 draws.
    expect(priced(outlook(ranged, 12)).ranges).toMatchObject({ samples: 3300, fewerDraws: null });
    // One platform, as before: 100 a draw.
    expect(priced(outlook(ranged, 12).replace(/containers:[^]*$/, '')).ranges).toMatchObject({ samples: 10_000, fewerDraws: null });
    // Ten years of certain requests on three platforms: 120,000 bills ÷ (120 months × 3 platforms) = 333 draws, 33 a batch.
    const certain = priced(outlook('10000000', 120));
    expect(certain.ranges).toMatchObject({ samples: 330, fewerDraws: { draws: 330, usualDraws: 1000, bills: { months: 120, platforms: 3 } } });
    expect(certain.warnings.find((warning) => warning.id === 'ranges_fewer_draws')?.message).toBe(
      'the percentiles are sampled from 330 draws of the ranged figures, not 1,000: each draw keeps a bill of each of its samples in each of the 120 months on each of the 3 platforms, and the draws keep at most 120,000; the ± beside each percentile is the sampling error of those draws',
    );
  });

  it('are one a batch at the least: 1,000 functions with ranged durations in seconds, not the 46 s of 1,000 draws', () => {
    const started = performance.now();
    const result = priced(many(1000));
    expect(result.ranges).toMatchObject({ samples: 50, fewerDraws: { draws: 50, usualDraws: 1000, entries: 1000 } });
    expect(performance.now() - started).toBeLessThan(20_000);
    // With the requests a range, ten draws of the figures (one a batch), each with its hundred draws of the requests.
    expect(priced(many(250, '{ p10: 1000000, p50: 2000000, p90: 5000000 }')).ranges).toMatchObject({ samples: 1000, fewerDraws: { draws: 10, usualDraws: 100 } });
  }, 60_000);
});
