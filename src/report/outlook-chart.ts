// The outlook as a chart: for each platform, its P50 bill month by month, a
// line in its colour, over a shaded band from its P10 to its P90 bill, where
// the month's bill falls eight times in ten. asciichart draws the y-axis and
// every line, as it does the break-even chart's; the band is read off its
// output: the P10 and P90 series are plotted on the same scale (the same min,
// max and height, so the rows align), and in each column the cells from the
// P90 line's top down to the P10 line's bottom are shaded. The band's edges
// are therefore where asciichart would draw those two lines.
import type Asciichart from 'asciichart';
import type { Level } from '../core/ranges.js';
import { certainOutlook } from './ranges.js';
import type { Estimate } from '../providers/aws/types.js';
import { finiteUsd, lookOf } from './chart.js';
import { platformName } from './crossovers.js';
import { fixedPlain, plotFromLeast } from './plot.js';
import { wrapProse } from './prose.js';
import { ANSI_STYLE } from './style.js';

let chartLibrary: typeof Asciichart | undefined;

const HEIGHT = 12;
/** The widest the chart is drawn, as the break-even chart: wider, a year is no easier to read, and COLUMNS=1000000 made arrays past what V8 allows. */
export const MAX_OUTLOOK_WIDTH = 160;
/** The y-axis labels' width: `$12345678` and a space, or a longer bill's label and a space. */
const LABEL_WIDTH = 10;

/** A cell of the plot: a platform's line or shading (owner, its index), or nothing of any platform's (owner −1). */
interface Cell {
  readonly char: string;
  readonly owner: number;
  readonly shade: boolean;
}

/** The chart's lines, or none without an outlook of two months or more. */
export function outlookChart(estimate: Estimate, options: { width: number; color: boolean }): string[] {
  const outlook = estimate.ranges?.outlook;
  if (!outlook || outlook.months.length < 2) return [];
  // Loaded on first use (`require` is the bundle's own, as in ./chart.ts): JSON and CSV runs draw no chart.
  const asciichart = (chartLibrary ??= require('asciichart') as typeof Asciichart);
  const platforms = outlook.months[0]!.platforms.map((platform) => platform.platform);
  // Each month is as many columns as the width allows, so that a year spreads across the screen.
  const width = Math.min(options.width, MAX_OUTLOOK_WIDTH);
  // A bill past $99,999,999 a month has a longer label: every row's is as long, so that the axis stays one column.
  const label = (value: number) => `$${fixedPlain(Math.max(0, value), value < 10 ? 2 : 0)}`;
  const mostUsd = Math.max(...outlook.months.flatMap((month) => month.platforms.map((platform) => finiteUsd(platform.percentiles.p90))));
  const labelWidth = Math.max(LABEL_WIDTH, label(mostUsd).length + 1);
  const step = Math.max(1, Math.floor((width - labelWidth - 2) / outlook.months.length));
  const series = (index: number, level: `p${Level}`) =>
    outlook.months.flatMap((month) => Array.from({ length: step }, () => finiteUsd(month.platforms[index]!.percentiles[level])));
  const bands = platforms.map((_, index) => ({ p10: series(index, 'p10'), p50: series(index, 'p50'), p90: series(index, 'p90') }));
  const all = bands.flatMap((band) => [...band.p10, ...band.p90]);
  // A band narrower than a row is hidden under its line (below).
  const rowUsd = (Math.max(...all) - Math.min(...all)) / HEIGHT;
  const config = {
    height: HEIGHT,
    min: Math.min(...all),
    max: Math.max(...all),
    // A bill is never below zero: asciichart's bottom row at a minimum of $0 can come out a hair under it, which printed "$-0.00".
    format: (value: number) => label(value).padStart(labelWidth - 1) + ' ',
  };
  // asciichart 1.5 takes one set of symbols for all series: each series is plotted alone, with its platform's symbols
  // (the break-even chart's), on the one scale, and the layers are laid over one another.
  const looks = platforms.map(lookOf);
  const plot = (values: number[], index: number) =>
    plotFromLeast(asciichart.plot, values, { ...config, symbols: [...looks[index]!.symbols] })
      .split('\n')
      .map((row) => [...row]);
  const columns = bands[0]!.p50.length;
  // A row is its label, a space, the axis, then one cell per value: the plot starts `columns` from the row's end.
  const start = (row: readonly string[]) => row.length - columns;
  const lines = bands.map((band, index) => plot(band.p50, index));
  const grid: Cell[][] = lines[0]!.map(() => Array.from({ length: columns }, () => ({ char: ' ', owner: -1, shade: false })));
  bands.forEach((band, index) => {
    const low = plot(band.p10, index);
    const high = plot(band.p90, index);
    // Column x joins value x to value x + 1; the last column is asciichart's blank end.
    for (let x = 0; x < columns - 1; x++) {
      // A certain bill (P10 = P90 on both sides) has no band: its line alone. Nor has a band less than a row high: it is
      // hidden under its line, where shaded it would show a row off the line only where P10 and P90 fall either side
      // of the middle between two rows.
      if (band.p10[x] === band.p90[x] && band.p10[x + 1] === band.p90[x + 1]) continue;
      if (Math.max(band.p90[x]!, band.p90[x + 1]!) - Math.min(band.p10[x]!, band.p10[x + 1]!) < rowUsd) continue;
      const top = high.findIndex((row) => row[start(row) + x] !== ' ');
      const bottom = low.length - 1 - [...low].reverse().findIndex((row) => row[start(row) + x] !== ' ');
      for (let row = top; row <= bottom; row++) grid[row]![x] = { char: looks[index]!.shade, owner: index, shade: true };
    }
  });
  lines.forEach((layer, index) => layer.forEach((row, at) => row.slice(start(row)).forEach((char, x) => char !== ' ' && (grid[at]![x] = { char, owner: index, shade: false }))));
  const paint = (cell: Cell) => {
    if (!options.color || cell.owner < 0) return cell.char;
    const color = asciichart[looks[cell.owner]!.color];
    return asciichart.colored(cell.shade ? ANSI_STYLE.dim(cell.char) : cell.char, color);
  };
  const rows = lines[0]!.map((row, at) => {
    // The axis: asciichart's, with a P50 line's first point (┼) where one starts.
    const axis = lines.some((layer) => layer[at]![start(layer[at]!) - 1] === '┼') ? '┼' : row[start(row) - 1]!;
    return `${row.slice(0, start(row) - 1).join('')}${axis}${grid[at]!.map(paint).join('')}`.trimEnd();
  });
  // A month's number under its first column, where it leaves a space after the one before.
  let ticks = '';
  for (const month of outlook.months) {
    const column = (month.month - 1) * step;
    if (column >= ticks.length + (ticks ? 1 : 0)) ticks = ticks.padEnd(column) + String(month.month);
  }
  // A band that shows somewhere: one a row high is under its line, and a bill certain to the cent has none.
  const banded = platforms.map((_, index) => grid.some((row) => row.some((cell) => cell.shade && cell.owner === index)));
  const key = platforms.map((platform, index) => {
    const line = paint({ char: looks[index]!.symbols[4]!.repeat(2), owner: index, shade: false });
    const shade = banded[index] ? ` ${paint({ char: looks[index]!.shade.repeat(2), owner: index, shade: true })}` : '';
    return `${line}${shade} ${platformName(platform)}`;
  });
  const anyBand = banded.some(Boolean);
  const certain = certainOutlook(estimate);
  return [
    ...wrapProse(`Monthly bill${certain ? '' : `, P50${anyBand ? ' and the P10 to P90 band' : ''}`}, months 1 to ${outlook.months.length}:`, options.width),
    '',
    ...rows,
    `${' '.repeat(labelWidth)}${ticks}`.trimEnd(),
    ...wrapProse(
      `${key.join('   ')}: ${certain ? 'the line is the bill' : `the line is the P50 bill${anyBand ? ', the shading the band from P10 to P90, where the bill falls eight times in ten' : '; P10 and P90 are within a row of it'}`}`,
      options.width,
    ),
  ];
}
