// The break-even chart: monthly cost per platform against monthly requests,
// both on log scales, drawn with asciichart; each line is labelled at its
// right end so that it reads without colour too.
import asciichart from 'asciichart';
import { Decimal } from '../core/money.js';
import type { Crossover, PlatformId } from '../core/types.js';
import { describeCrossovers, platformName } from './crossovers.js';
import { formatCount } from './format.js';

export interface ChartSeries {
  readonly platform: PlatformId;
  /** Monthly cost at each sampled volume, in dollars; only positions on the chart are computed from these. */
  readonly usd: readonly number[];
}

export interface ChartInput {
  /** The sweep's volumes, in order; the chart picks its columns among them. */
  readonly requests: readonly bigint[];
  readonly series: readonly ChartSeries[];
  readonly crossovers: readonly Crossover[];
  readonly from: Decimal;
  readonly to: Decimal;
  /** The cheapest platform at the low end of the range: the cheapest throughout when nothing crosses. */
  readonly cheapestAtFrom: PlatformId;
  /** The price table used, named under the title. */
  readonly pricingId: string;
}

const COLORS = [asciichart.cyan, asciichart.yellow, asciichart.magenta];
const HEIGHT = 14;
const LABEL_WIDTH = 8;
/** Costs below a cent are drawn at a cent: a log scale has no zero. */
const FLOOR_USD = 0.01;
/**
 * Costs above a thousand trillion dollars a month are drawn at it: a price of
 * hundreds of digits makes a cost past a double (Infinity here), which made
 * the scale infinite (a crash), and labels no person reads.
 */
const CEILING_USD = 1e15;

/** `$0`, `$0.05`, `$12`, `$1.2k`, `$15k`, `$1.2M`, `$3T`: for axis labels, where a rounded figure is the point. */
export function formatAxisUsd(usd: number): string {
  if (usd <= FLOOR_USD) return '$0';
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) if (usd >= size) return `$${trim(usd / size)}${suffix}`;
  return `$${usd < 1 ? usd.toFixed(2) : trim(usd)}`;
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
}

/**
 * The chart, in at most `width` columns: the y-axis labels, the plot and the
 * line labels share the width, and the volumes are resampled to the columns left.
 */
export function renderChart(input: ChartInput, options: { width: number; color: boolean }): string {
  const names = input.series.map((s) => platformName(s.platform));
  const labelRoom = Math.max(...names.map((name) => name.length)) + 2;
  const columns = Math.max(8, Math.min(input.requests.length, options.width - LABEL_WIDTH - 2 - labelRoom));
  const pick = (index: number) => Math.round((index * (input.requests.length - 1)) / Math.max(1, columns - 1));
  const series = input.series.map((s) => Array.from({ length: columns }, (_, i) => Math.log10(Math.min(CEILING_USD, Math.max(FLOOR_USD, s.usd[pick(i)] ?? FLOOR_USD)))));

  const config = {
    height: HEIGHT,
    padding: ' '.repeat(LABEL_WIDTH),
    format: (value: number) => formatAxisUsd(10 ** value).padStart(LABEL_WIDTH),
    ...(options.color ? { colors: COLORS } : {}),
  };
  const rows = asciichart.plot(series, config).split('\n');

  // Label each line at its right end, on the row asciichart drew its last point.
  const all = series.flat();
  const min = Math.min(...all);
  const max = Math.max(...all);
  const ratio = max === min ? 1 : HEIGHT / (max - min);
  // Two lines that end on one row get their labels on the nearest free rows instead.
  const ends = new Map<number, string>();
  series.forEach((values, index) => {
    const wanted = Math.round(max * ratio) - Math.round((values.at(-1) ?? 0) * ratio);
    const row = [0, -1, 1, -2, 2, -3, 3].map((shift) => wanted + shift).find((r) => r >= 0 && r < rows.length && !ends.has(r)) ?? wanted;
    ends.set(row, options.color ? `${COLORS[index % COLORS.length]}${names[index]}${asciichart.reset}` : names[index]!);
  });
  const plotted = rows.map((row, index) => (ends.has(index) ? `${row} ${ends.get(index)}` : row));

  // The x-axis: a tick and a label at each power of ten that has room.
  const lo = Math.log10(input.from.toNumber());
  const hi = Math.log10(input.to.toNumber());
  // asciichart puts the y-axis one column after the labels and the first point one after that.
  const axisStart = LABEL_WIDTH + 2;
  const axis = `${' '.repeat(LABEL_WIDTH)} └${'─'.repeat(columns)}`.split('');
  const labels = Array.from({ length: axisStart + columns + 8 }, () => ' ');
  let lastEnd = -1;
  for (let decade = Math.ceil(lo); decade <= Math.floor(hi); decade++) {
    const column = axisStart + Math.round(((decade - lo) / Math.max(1e-9, hi - lo)) * (columns - 1));
    const text = formatCount(new Decimal(10).pow(decade));
    const start = Math.max(0, column - Math.floor(text.length / 2));
    if (start <= lastEnd + 1) continue;
    axis[column] = '┬';
    for (let i = 0; i < text.length; i++) labels[start + i] = text[i]!;
    lastEnd = start + text.length;
  }

  const legend = names.map((name, index) => (options.color ? `${COLORS[index % COLORS.length]}──${asciichart.reset} ${name}` : `── ${name}`)).join('   ');
  const prose = (text: string) => wrap(text, options.width);
  return [
    ...prose(`Monthly cost by requests a month, ${formatCount(input.from)} to ${formatCount(input.to)}, log scales · ${input.pricingId}`),
    '',
    ...plotted,
    axis.join(''),
    labels.join('').trimEnd(),
    `${' '.repeat(LABEL_WIDTH + 2)}requests per month`,
    '',
    legend,
    ...describeCrossovers(input.crossovers, input.from, input.to, input.cheapestAtFrom).flatMap(prose),
  ].join('\n');
}

/** Words into lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}
