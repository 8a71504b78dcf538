// The outlook as a chart: for each platform, its P10 and P90 bill month by
// month, two lines in its colour that bound the band its bill falls in eight
// months in ten. Drawn by asciichart, as the break-even chart is.
import type Asciichart from 'asciichart';
import type { Estimate } from '../providers/aws/types.js';
import { lookOf } from './chart.js';
import { platformName } from './crossovers.js';
import { wrapProse } from './prose.js';

let chartLibrary: typeof Asciichart | undefined;

const HEIGHT = 12;

/** The chart's lines, or none without an outlook of two months or more. */
export function outlookChart(estimate: Estimate, options: { width: number; color: boolean }): string[] {
  const outlook = estimate.ranges?.outlook;
  if (!outlook || outlook.months.length < 2) return [];
  // Loaded on first use (`require` is the bundle's own, as in ./chart.ts): JSON and CSV runs draw no chart.
  const asciichart = (chartLibrary ??= require('asciichart') as typeof Asciichart);
  const platforms = outlook.months[0]!.platforms.map((platform) => platform.platform);
  const labelWidth = 10;
  // Each month is as many columns as the width allows, so that a year spreads across the screen.
  const step = Math.max(1, Math.floor((options.width - labelWidth - 2) / outlook.months.length));
  const stretched = (values: number[]) => values.flatMap((value) => Array.from({ length: step }, () => value));
  const bands = platforms.map((_, index) =>
    (['p10', 'p90'] as const).map((level) => stretched(outlook.months.map((month) => month.platforms[index]!.percentiles[level].toNumber()))),
  );
  const all = bands.flat(2);
  const config = {
    height: HEIGHT,
    min: Math.min(...all),
    max: Math.max(...all),
    format: (value: number) => `$${value.toFixed(value < 10 ? 2 : 0)}`.padStart(labelWidth - 1) + ' ',
  };
  // asciichart 1.5 takes one set of symbols for all series: each platform is plotted alone with its own (the break-even
  // chart's), on the same scale, and the layers are laid over one another, a later platform over an earlier one.
  const looks = platforms.map(lookOf);
  const layers = bands.map((band, index) => asciichart.plot(band, { ...config, symbols: [...looks[index]!.symbols] }).split('\n'));
  const paint = (char: string, owner: number) => (options.color && owner >= 0 ? asciichart.colored(char, asciichart[looks[owner]!.color]) : char);
  const plot = layers[0]!
    .map((_, row) => {
      const cells = [...layers[0]![row]!].map((char, column) => ({ char, owner: column > labelWidth && char !== ' ' ? 0 : -1 }));
      layers.forEach((layer, index) => [...layer[row]!].forEach((char, column) => column > labelWidth && char !== ' ' && (cells[column] = { char, owner: index })));
      return cells.map((cell) => paint(cell.char, cell.owner)).join('');
    })
    .join('\n');
  // A month's number under its first column, where it leaves a space after the one before.
  let ticks = '';
  for (const month of outlook.months) {
    const column = (month.month - 1) * step;
    if (column >= ticks.length + (ticks ? 1 : 0)) ticks = ticks.padEnd(column) + String(month.month);
  }
  return [
    `Monthly bill, P10 to P90, months 1 to ${outlook.months.length}:`,
    '',
    ...plot.split('\n').map((row) => row.trimEnd()),
    `${' '.repeat(labelWidth)}${ticks}`.trimEnd(),
    ...wrapProse(
      `${platforms.map((platform, index) => `${looks[index]!.symbols[4]!.repeat(2)} ${platformName(platform)}`).join('   ')}: the lower line is P10, the upper P90`,
      options.width,
    ),
  ];
}
