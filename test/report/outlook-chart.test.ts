// The outlook chart: each platform's P50 bill as asciichart's line over a band
// shaded from its P10 to its P90 bill. The chart is read back here through its
// own y-axis: every shaded cell must sit between the P10 and the P90 of its
// column's months, to within one row (the axis labels are rounded to the
// dollar, and asciichart rounds each value to a row).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Estimate } from '../../src/providers/aws/types.js';
import { MAX_OUTLOOK_WIDTH, outlookChart } from '../../src/report/outlook-chart.js';
import { visibleWidth } from '../../src/report/prose.js';
import { book, scenarioOf } from '../helpers/build.js';
import { readFileSync } from 'node:fs';

const priced = (text: string): Estimate => {
  const scenario = scenarioOf(text);
  return estimate(scenario, book(scenario.pricingId));
};

/** One serverless function whose monthly requests are `requests`, growing `pct` a month for `months` months. */
const serverless = (requests: string, pct: number, months: number) =>
  priced(`
name: Outlook
traffic:
  requests_per_month: ${requests}
  growth_pct_per_month: ${pct}
  months: ${months}
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }
`);

const widest = (lines: readonly string[]) => Math.max(...lines.map(visibleWidth));

const SHADES = ['░', '▒', '▓'];
/** Serverless's line glyphs (the break-even chart's). */
const SERVERLESS_LINE = new Set(['─', '╭', '╮', '╯', '╰', '│']);

interface Plot {
  /** Each row's y-axis label, in dollars. */
  readonly labels: number[];
  /** Each row's cells right of the axis. */
  readonly cells: string[][];
  /** One row's height in dollars. */
  readonly rowUsd: number;
}

function readPlot(lines: readonly string[]): Plot {
  const rows = lines.filter((line) => /^ *\$[\d.]+ +[┤┼]/.test(line));
  const labels = rows.map((row) => Number(/\$([\d.]+)/.exec(row)![1]));
  // The axis is the 12th character of every row: a label 10 wide, a space, the axis.
  for (const row of rows) expect('┤┼').toContain(row[11]);
  const cells = rows.map((row) => [...row.slice(12)]);
  // A flat chart (every bill the same) is one row.
  return { labels, cells, rowUsd: rows.length > 1 ? (labels[0]! - labels.at(-1)!) / (rows.length - 1) : 0 };
}

/** A platform's P10 and P90 in each column of the plot: column x joins month ⌊x/step⌋ + 1 to the month of x + 1. */
function bounds(estimate: Estimate, platform: number, step: number, column: number) {
  const months = estimate.ranges!.outlook!.months;
  const at = (x: number) => months[Math.min(Math.floor(x / step), months.length - 1)]!.platforms[platform]!.percentiles;
  const sides = [at(column), at(column + 1)];
  return {
    low: Math.min(...sides.map((side) => side.p10.toNumber())),
    high: Math.max(...sides.map((side) => side.p90.toNumber())),
    middle: sides.map((side) => side.p50.toNumber()),
    flat: Math.floor(column / step) === Math.floor((column + 1) / step),
    certain: sides.every((side) => side.p10.equals(side.p90)),
  };
}

/** Every rule of one platform's band, column by column; `alone` when no other platform's line or band can cover it. */
function checkBand(estimate: Estimate, width: number, platform: number, alone: boolean) {
  const lines = outlookChart(estimate, { width, color: false });
  const plot = readPlot(lines);
  const months = estimate.ranges!.outlook!.months.length;
  const step = Math.max(1, Math.floor((width - 12) / months));
  const shade = SHADES[platform]!;
  // A row's label is the row's value to within half a row, and rounded to the dollar (to the cent below $10).
  const slack = plot.rowUsd + 1;
  for (let x = 0; x < months * step - 1; x++) {
    const { low, high, middle, flat, certain } = bounds(estimate, platform, step, x);
    const shaded = plot.cells.flatMap((row, at) => (row[x] === shade ? [at] : []));
    if (certain) expect(shaded).toEqual([]);
    for (const row of shaded) {
      expect(plot.labels[row]!).toBeGreaterThanOrEqual(low - slack);
      expect(plot.labels[row]!).toBeLessThanOrEqual(high + slack);
    }
    if (!alone) continue;
    // Alone, a column's band and line together are one unbroken run of rows from the P90's row down to the P10's,
    // and on a month's flat stretch the line is the P50's row.
    const line = plot.cells.flatMap((row, at) => (SERVERLESS_LINE.has(row[x]!) ? [at] : []));
    const band = [...shaded, ...line].sort((a, b) => a - b);
    expect(band.length).toBeGreaterThan(0);
    expect(band.at(-1)! - band[0]!).toBe(band.length - 1);
    if (!flat) continue;
    expect(line).toHaveLength(1);
    expect(Math.abs(plot.labels[line[0]!]! - middle[0]!)).toBeLessThanOrEqual(slack);
    if (certain) continue;
    // A band narrower than a row is hidden under its line (outlook-chart.ts), and only such a band: the run is then the
    // line's row alone, which is as far from the P90 and the P10 as the band is wide, besides the row's own slack.
    const hidden = shaded.length === 0;
    if (hidden) expect(high - low).toBeLessThan(plot.rowUsd + 1);
    const edge = hidden ? slack + (high - low) : slack;
    expect(Math.abs(plot.labels[band[0]!]! - high)).toBeLessThanOrEqual(edge);
    expect(Math.abs(plot.labels[band.at(-1)!]! - low)).toBeLessThanOrEqual(edge);
  }
  return lines;
}

describe('the outlook chart', () => {
  it('shades each column from the P90 down to the P10, under the P50 line, at 80 and 120 columns', () => {
    // 5M to 40M requests, doubling month by month's 50%: the band widens from $0.80–$63 to hundreds of dollars.
    const growing = serverless('{ p10: 5000000, p50: 10000000, p90: 40000000 }', 50, 6);
    for (const width of [80, 120]) {
      const lines = checkBand(growing, width, 0, true);
      expect(lines.every((line) => visibleWidth(line) <= width)).toBe(true);
      expect(lines.join('\n').split('░').length - 1).toBeGreaterThan(50);
      expect(lines[0]).toBe('Monthly bill, P50 and the P10 to P90 band, months 1 to 6:');
      expect(lines.join(' ').replace(/ +/g, ' ')).toMatch(
        /── ░░ Serverless: the line is the P50 bill, the shading the band from P10 to P90, where the bill falls eight times in ten/,
      );
    }
  });

  it('keeps every band between its own P10 and P90 with three platforms laid over one another', () => {
    const api = priced(readFileSync('scenarios/uncertain-api.yaml', 'utf8'));
    for (const width of [80, 120]) {
      for (const platform of [0, 1, 2]) checkBand(api, width, platform, false);
      const text = outlookChart(api, { width, color: false }).join('\n');
      // EC2's and Fargate's fleets stay at their minimum: only the load balancer's capacity units follow the requests, and
      // their P10 to P90 (at most $14.47, month 12's EC2) is less than a row ($40): no band of theirs shows, nor in the key,
      // though EC2's P90 passes halfway to the row above its line from month 6 ($229.44, between $209 and $249).
      expect(text).not.toMatch(/[▒▓]/);
      expect(text).toMatch(/── ░░ Serverless {3}══ EC2 {3}╌╌ Fargate: the line is the P50 bill,/);
      // Each line is on the row nearest its bill: EC2's $223.18 to $226.43 on the $209 row, not on the $249 one, where
      // asciichart, which rounds each value from zero rather than from the bottom row, had put it.
      expect(text).toMatch(/\n {5}\$209 {2}┼═+\n/);
      expect(text).toMatch(/\n {6}\$88 {2}┼╌+\n/);
    }
  });

  it('draws no wider than the break-even chart however wide the terminal says it is (COLUMNS=1000000 made arrays past what V8 allows)', () => {
    const growing = serverless('{ p10: 5000000, p50: 10000000, p90: 40000000 }', 50, 6);
    const plot = (width: number) => outlookChart(growing, { width, color: false }).filter((line) => /[┤┼]/.test(line));
    for (const width of [1_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(plot(width)).toEqual(plot(MAX_OUTLOOK_WIDTH));
      expect(widest(plot(width))).toBeLessThanOrEqual(MAX_OUTLOOK_WIDTH);
    }
  });

  it('keeps its axis in one column and within the width when a bill has more digits than its labels were made for (it wandered a column, past the width)', () => {
    // Queue requests a million per request of the traffic: the functions' are throttled at the account's limit, the queue's are not.
    const huge = priced(`
name: Outlook
traffic:
  requests_per_month: { p10: 1000000, p50: 10000000, p90: 400000000 }
  growth_pct_per_month: 50
  months: 6
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 200 }
services:
  sqs: [{ name: q, requests_per_request: 1000000 }]
`);
    const rows = outlookChart(huge, { width: 80, color: false }).filter((line) => /[┤┼]/.test(line));
    expect(new Set(rows.map((row) => row.search(/[┤┼]/))).size).toBe(1);
    expect(widest(rows)).toBeLessThanOrEqual(80);
  });

  it('draws no band where every bill is certain, and speaks of no percentile', () => {
    const certain = serverless('10000000', 20, 6);
    const lines = checkBand(certain, 80, 0, true);
    expect(lines.join('\n')).not.toMatch(/[░▒▓]/);
    expect(lines[0]).toBe('Monthly bill, months 1 to 6:');
    expect(lines.at(-1)).toMatch(/── Serverless: the line is the bill$/);
    // A range too narrow to shade a row: the line is its P50, and its P10 and P90 are said to be near it.
    const narrow = outlookChart(serverless('{ p10: 9999999, p50: 10000000, p90: 10000001 }', 20, 6), { width: 80, color: false });
    expect(narrow.join('\n')).not.toMatch(/[░▒▓]/);
    expect(narrow[0]).toBe('Monthly bill, P50, months 1 to 6:');
    expect(narrow.at(-1)).toMatch(/── Serverless: the line is the P50 bill; P10 and P90 are within a row of it$/);
  });

  it('has escape codes only in colour: the band dim in its platform colour, the line in it', () => {
    const growing = serverless('{ min: 1000000, max: 60000000 }', 30, 8);
    const plain = outlookChart(growing, { width: 80, color: false }).join('\n');
    const coloured = outlookChart(growing, { width: 80, color: true }).join('\n');
    expect(plain).not.toContain('\u001b');
    // Cyan (36), dim (2) around each shaded cell; the line cyan alone.
    expect(coloured).toContain('\u001b[36m\u001b[2m░\u001b[22m\u001b[0m');
    expect(coloured).toContain('\u001b[36m─\u001b[0m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('holds its band between P10 and P90 for any range, growth and width (law)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 50_000_000 }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.integer({ min: -20, max: 80 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 50, max: 160 }),
        (p10, below, above, pct, months, width) => {
          const p50 = Math.round(p10 * below);
          const growing = serverless(`{ p10: ${p10}, p50: ${p50}, p90: ${Math.round(p50 * above)} }`, pct, months);
          checkBand(growing, width, 0, true);
        },
      ),
      // Found by runs: $0 to $0.05 over 11 months, whose bottom row's label printed "$-0.00"; and two whose band, narrower
      // than a row in a column, was hidden under its line a row's width from the P90.
      {
        numRuns: 20,
        examples: [
          [1000, 1, 5.4055, 72, 11, 50],
          [205592, 1, 2.9242358652087628, 67, 11, 50],
          [23657360, 1, 1.667994294376042, -15, 12, 50],
        ],
      },
    );
  });
});
