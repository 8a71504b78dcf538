// The break-even chart drawn from hand-made curves: the rows a line is drawn on,
// the y-axis's round amounts, the labels at the lines' ends, the x-axis's mark,
// the width it takes, and the glyphs that tell the lines apart without colour.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { cheapestRanges, type CostCurve, findCrossovers } from '../../src/core/solver.js';
import { formatAxisUsd, renderChart } from '../../src/report/chart.js';
import { formatRange } from '../../src/report/format.js';
import { visibleWidth } from '../../src/report/prose.js';

const FROM = new Decimal(10_000);
const TO = new Decimal(1_000_000);

/** Serverless at $1 per 10,000 requests ($1 to $100 over the range) against EC2 at a flat $20: they cross at 200,000. */
function input(scenarioRequests = 100_000) {
  const curves: CostCurve[] = [
    { platform: 'serverless', pieces: [{ from: FROM, to: TO, intercept: new Decimal(0), slope: new Decimal('0.0001') }] },
    { platform: 'ec2', pieces: [{ from: FROM, to: TO, intercept: new Decimal(20), slope: new Decimal(0) }] },
  ];
  const crossovers = findCrossovers(curves);
  return { curves, crossovers, cheapest: cheapestRanges(curves, crossovers, FROM, TO), from: FROM, to: TO, scenarioRequests: new Decimal(scenarioRequests), pricingId: 'test' };
}

describe('renderChart', () => {
  it('draws each line on the row of its round amount, labels each at its end and marks the scenario', () => {
    // 40 columns: "$100" and a space, the axis, 23 plot columns (24 volumes, a 23rd of two decades apart), " Serverless".
    // The y-axis runs $1, $2, $5 … $100: seven rows. EC2's $20 is on the $20 row all along. Serverless costs R / 10,000
    // dollars and is on the $20 row from $14.14 (10 × √2) to $31.62 (20 × √2.5), the geometric middles of the rows
    // either side: R from 141K to 316K, volumes 14 to 17 (10^(4 + 2k/23)); it comes up at column 14 (╭) and leaves at
    // column 18 (╯), and EC2's level line does not hide those turns.
    expect(renderChart(input(), { width: 40, color: false }).split('\n')).toEqual([
      'Monthly cost by requests a month, 10K',
      '  to 1M, log scales · test',
      '',
      '$100 ┤                     ╭─ Serverless',
      ' $50 ┤                 ╭───╯',
      ' $20 ┼═════════════╭═══╯═════ EC2',
      ' $10 ┤         ╭───╯',
      '  $5 ┤     ╭───╯',
      '  $2 ┤ ╭───╯',
      '  $1 ┼─╯',
      '     └───────────┬──────────┬',
      '    10K        100K        1M',
      // 100K is halfway along the 23 columns, at column 12 (11.5 rounded) after the axis.
      '                 ▲ this scenario: 100K',
      '',
      '── Serverless   ══ EC2',
      'EC2 becomes cheaper than Serverless',
      '  above 200K requests/month',
    ]);
  });

  it('takes the width it is given: the longest row is as wide as the terminal, at 80 and at 120 columns', () => {
    for (const width of [80, 120]) {
      const lines = renderChart(input(), { width, color: false }).split('\n');
      expect(Math.max(...lines.map(visibleWidth))).toBe(width);
      // The x-axis is the plot's width: the width less "$100 " and the axis, and " Serverless" at the top line's end.
      expect(lines.find((line) => line.includes('└'))!.trim()).toHaveLength(width - 5 - 11);
    }
  });

  it('fits a 20-column terminal: the names at the lines’ ends give way, and the legend wraps', () => {
    const lines = renderChart(input(), { width: 20, color: false }).split('\n');
    expect(Math.max(...lines.map(visibleWidth))).toBeLessThanOrEqual(20);
    expect(lines).toEqual(expect.arrayContaining(['── Serverless', '══ EC2']));
    for (const row of lines.filter((line) => /[┤┼]/.test(line))) expect(row).not.toMatch(/Serverless|EC2/);
  });

  it('tells the lines apart by their glyphs without colour, and colours them on a terminal', () => {
    const plain = renderChart(input(), { width: 60, color: false });
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('── Serverless   ══ EC2');
    expect(plain).toMatch(/ \$20 ┼═+╭═+╯═+ EC2\n/);
    const coloured = renderChart(input(), { width: 60, color: true });
    expect(coloured).toContain('\u001b[33m═\u001b[0m');
    expect(coloured).toContain('\u001b[36m─\u001b[0m');
    // Colour takes no room.
    expect(coloured.split('\n').map(visibleWidth)).toEqual(plain.split('\n').map(visibleWidth));
  });

  it('tells four providers’ lines apart, as breakeven --compare draws them: each its own glyphs and colour', () => {
    // Lambda's functions and the same functions on three other providers, each a flat amount: $1, $2, $5, $10.
    const curves: CostCurve[] = ['aws', 'gcp', 'azure', 'cloudflare'].map((platform, index) => ({
      platform,
      pieces: [{ from: FROM, to: TO, intercept: new Decimal([1, 2, 5, 10][index]!), slope: new Decimal(0) }],
    }));
    const four = { ...input(), curves, crossovers: [], cheapest: cheapestRanges(curves, [], FROM, TO) };
    const plain = renderChart(four, { width: 80, color: false }).split('\n');
    expect(plain).toEqual(expect.arrayContaining(['── AWS Lambda   ══ Cloud Run functions   ╌╌ Azure Functions', '━━ Cloudflare Workers']));
    expect(plain.filter((line) => /[┤┼]/.test(line)).map((line) => line.replace(/(.)\1+/, '$1$1'))).toEqual([
      '$10 ┼━━ Cloudflare Workers',
      ' $5 ┼╌╌ Azure Functions',
      ' $2 ┼══ Cloud Run functions',
      ' $1 ┼── AWS Lambda',
    ]);
    const coloured = renderChart(four, { width: 80, color: true });
    for (const code of ['36', '33', '35', '32']) expect(coloured).toContain(`\u001b[${code}m`);
  });

  it('leaves the names at the lines’ ends to the legend where they would take more than a third of the plot’s columns', () => {
    // Azure's and Cloudflare's lines end on one row, and their names together take 36 columns: at 80 columns they
    // squeezed the plot of breakeven --compare into 37, and the four lines ran into one another.
    const curves: CostCurve[] = ['aws', 'gcp', 'azure', 'cloudflare'].map((platform, index) => ({
      platform,
      pieces: [{ from: FROM, to: TO, intercept: new Decimal([1, 2, 5, 5][index]!), slope: new Decimal(0) }],
    }));
    const four = { ...input(), curves, crossovers: [], cheapest: cheapestRanges(curves, [], FROM, TO) };
    const at80 = renderChart(four, { width: 80, color: false }).split('\n');
    for (const row of at80.filter((line) => /[┤┼]/.test(line))) expect(row).not.toMatch(/[A-Za-z]/);
    // The axis runs from after "$5 " to the 80th column: the plot takes every column the y-axis leaves.
    expect(at80.find((line) => line.includes('└'))!.trim()).toHaveLength(80 - 3);
    expect(at80).toEqual(expect.arrayContaining(['── AWS Lambda   ══ Cloud Run functions   ╌╌ Azure Functions', '━━ Cloudflare Workers']));
    // At 120 columns they take less than a third, and stay.
    expect(renderChart(four, { width: 120, color: false })).toMatch(/ Azure Functions, Cloudflare Workers\n/);
  });

  it('puts two lines that end on one row on that row, both named', () => {
    const both = input();
    // Serverless ends at $100; so does an EC2 fleet at $95, on the $100 row ($70.71 to $141.42).
    const curves = [both.curves[0]!, { platform: 'ec2', pieces: [{ from: FROM, to: TO, intercept: new Decimal(95), slope: new Decimal(0) }] }];
    const crossovers = findCrossovers(curves);
    const lines = renderChart({ ...both, curves, crossovers, cheapest: cheapestRanges(curves, crossovers, FROM, TO) }, { width: 60, color: false }).split('\n');
    expect(lines.filter((line) => line.startsWith('$100'))[0]).toMatch(/═ Serverless, EC2$/);
  });

  it('steps the y-axis by $1, $3, $10 when $1, $2, $5 would take more than 22 rows', () => {
    // $0.01 to $10M is nine powers of ten: 28 rows at three a power, 19 at two.
    const from = new Decimal(1);
    const to = new Decimal(1_000_000_000);
    const curves = [{ platform: 'serverless', pieces: [{ from, to, intercept: new Decimal(0), slope: new Decimal('0.01') }] }];
    const wide = { ...input(), curves, from, to, crossovers: [], cheapest: cheapestRanges(curves, [], from, to) };
    const labels = renderChart(wide, { width: 80, color: false })
      .split('\n')
      .filter((line) => /[┤┼]/.test(line))
      .map((line) => line.split(' ').find(Boolean));
    expect(labels).toEqual(['$10M', '$3M', '$1M', '$300k', '$100k', '$30k', '$10k', '$3k', '$1k', '$300', '$100', '$30', '$10', '$3', '$1', '$0.30', '$0.10', '$0.03', '$0.01']);
  });

  it('gives zero its own row under the lowest amount, and says when the scenario is outside the range', () => {
    const free = input(5_000_000);
    const curves = [{ platform: 'serverless', pieces: [{ from: FROM, to: TO, intercept: new Decimal(0), slope: new Decimal(0) }] }];
    const lines = renderChart({ ...free, curves, crossovers: [], cheapest: cheapestRanges(curves, [], FROM, TO) }, { width: 60, color: false }).split('\n');
    expect(lines.filter((line) => /┤|┼/.test(line)).map((line) => line.slice(0, 6))).toEqual(['$0.01 ', '   $0 ']);
    expect(lines).toContain('this scenario: 5M requests/month, outside the range');
    expect(lines.slice(-2)).toEqual(['Serverless is the cheapest across the whole range, 10K to', '  1M requests/month: no crossover']);
  });
});

describe('formatAxisUsd', () => {
  it.each([
    ['0', '$0'],
    ['0.02', '$0.02'],
    ['0.3', '$0.30'],
    ['5', '$5'],
    ['200', '$200'],
    ['3000', '$3k'],
    ['50000', '$50k'],
    ['1000000', '$1M'],
  ])('%s → %s', (usd, text) => {
    expect(formatAxisUsd(new Decimal(usd))).toBe(text);
  });
});

describe('formatRange', () => {
  it('writes a range in whole digits where its ends would read the same: 1,000 to 1,001 was "1K to 1K"', () => {
    expect(formatRange(new Decimal(1000), new Decimal(1001))).toBe('1,000 to 1,001');
    expect(formatRange(new Decimal(10_000), new Decimal(10_000_000_000))).toBe('10K to 10B');
    expect(formatRange(new Decimal(1000), new Decimal(1000))).toBe('1K to 1K');
  });
});
