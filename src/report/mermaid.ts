// The break-even chart for a pull-request comment: a Mermaid xychart-beta
// block, which GitHub draws (https://mermaid.js.org/syntax/xyChart.html).
// Mermaid's axes are a list of categories and a linear cost, so the block
// shows a window of round volumes around the scenario's own volume and the
// crossovers, where the lines meet, rather than the whole log range; a line
// under it names the lines, which Mermaid does not label.
import { Decimal } from '../core/money.js';
import { sweepCents } from '../core/solver.js';
import type { Estimate } from '../providers/aws/types.js';
import { centsText, threeDigitCount } from './format.js';
import { platformName } from './crossovers.js';

/**
 * The lines' colours, in the report's palette (Okabe and Ito's), by the
 * platform's place: Mermaid gives the nth line the nth colour. Vermillion and
 * green are one step off Okabe and Ito's #D55E00 and #009E73 (not a visible
 * difference), so that no digit, E, digit in the text reads as a number's exponent.
 */
const COLOURS: ReadonlyArray<readonly [string, string]> = [
  ['#0072B2', 'blue'],
  ['#D55F00', 'vermillion'],
  ['#009F73', 'green'],
  ['#CC79A7', 'pink'],
];

/** Text inside a Mermaid string: no quote to end it, no line break to end the statement. */
export function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The round volumes (1, 2, 5 in each decade) from a decade below the lowest of `marks` to a decade above the highest, within [from, to]. */
export function mermaidVolumes(from: Decimal, to: Decimal, marks: readonly Decimal[]): Decimal[] {
  const inside = marks.filter((mark) => mark.greaterThanOrEqualTo(from) && mark.lessThanOrEqualTo(to));
  const low = Decimal.max(from, inside.length ? Decimal.min(...inside).dividedBy(10) : from);
  const high = Decimal.min(to, inside.length ? Decimal.max(...inside).times(10) : to);
  const volumes: Decimal[] = [];
  for (let decade = Math.floor(Math.log10(low.toNumber())); decade <= Math.ceil(Math.log10(high.toNumber())); decade++) {
    for (const mantissa of [1, 2, 5]) {
      const volume = new Decimal(mantissa).times(new Decimal(10).pow(decade));
      if (volume.greaterThanOrEqualTo(low) && volume.lessThanOrEqualTo(high)) volumes.push(volume);
    }
  }
  return volumes;
}

/** The block's lines, fenced; none without a break-even or with fewer than two volumes to draw. */
export function breakevenMermaid(breakeven: NonNullable<Estimate['breakeven']>): string[] {
  const { curves, crossovers } = breakeven;
  const volumes = mermaidVolumes(breakeven.fromRequests, breakeven.toRequests, [breakeven.requestsPerMonth, ...crossovers.map((crossover) => crossover.requestsPerMonth)]);
  if (volumes.length < 2 || !curves.length) return [];
  const requests = volumes.map((volume) => BigInt(volume.round().toFixed(0)));
  const colours = curves.map((_, index) => COLOURS[index % COLOURS.length]!);
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.map(([hex]) => hex).join(', ')}"}}}}%%`,
    'xychart-beta',
    `  title "${mermaidText('Monthly cost (USD) by requests a month')}"`,
    `  x-axis "requests a month" [${volumes.map((volume) => `"${mermaidText(threeDigitCount(volume))}"`).join(', ')}]`,
    '  y-axis "USD a month"',
    ...curves.map((curve) => `  line [${sweepCents(curve, requests).map(centsText).join(', ')}]`),
    '```',
    '',
    `Lines: ${curves.map((curve, index) => `${platformName(curve.platform)} (${colours[index]![1]})`).join(', ')}; round volumes around this scenario's ${threeDigitCount(breakeven.requestsPerMonth)} and the crossovers.`,
  ];
}
