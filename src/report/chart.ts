// The break-even chart: monthly cost per platform against monthly requests,
// both on log scales, drawn with asciichart. Each platform has its own line
// glyphs, so that the lines tell apart without colour too, and each line is
// labelled at its right end.
import type Asciichart from 'asciichart';
import { Decimal } from '../core/money.js';
import { type CostCurve, logSpaced, sweepCents } from '../core/solver.js';
import type { CheapestRange, Crossover } from '../core/types.js';
import { PLATFORMS } from '../providers/aws/services.js';
import { PROVIDERS } from '../providers/index.js';
import { describeCrossovers, platformName } from './crossovers.js';
import { threeDigitCount, formatRange } from './format.js';
import { visibleWidth, wrapProse } from './prose.js';
import { laidOver } from './plot.js';

export interface ChartInput {
  /** Each platform's cost curve over [from, to]: the chart prices it at each of its columns. */
  readonly curves: readonly CostCurve[];
  readonly crossovers: readonly Crossover[];
  readonly cheapest: readonly CheapestRange[];
  readonly from: Decimal;
  readonly to: Decimal;
  /** The scenario's own monthly requests, marked under the x-axis. */
  readonly scenarioRequests: Decimal;
  /** The price table used, named under the title. */
  readonly pricingId: string;
  /** Where a concurrency limit starts to throttle serverless requests: the crossings past it are said to be that limit. */
  readonly throttlesAboveRequests?: Decimal | null;
}

let chartLibrary: typeof Asciichart | undefined;

/**
 * A platform's look, by its place in the provider's list: asciichart's
 * symbols (first point, axis tick, two unused, horizontal, the four corners,
 * vertical), its colour on a terminal, and the character that shades a band
 * of its bills (the outlook chart's P10 to P90), lighter for the platforms
 * listed first. The axis symbols are the same for every platform: the layers
 * are laid over one another. The fourth is for the chart of the functions on
 * other providers, which draws four lines (Lambda's and three providers').
 */
const LOOKS: ReadonlyArray<{ readonly symbols: readonly string[]; readonly color: 'cyan' | 'yellow' | 'magenta' | 'green'; readonly shade: string }> = [
  { symbols: ['┼', '┤', '╶', '╴', '─', '╰', '╭', '╮', '╯', '│'], color: 'cyan', shade: '░' },
  { symbols: ['┼', '┤', '╶', '╴', '═', '╚', '╔', '╗', '╝', '║'], color: 'yellow', shade: '▒' },
  { symbols: ['┼', '┤', '╶', '╴', '╌', '╰', '╭', '╮', '╯', '╎'], color: 'magenta', shade: '▓' },
  { symbols: ['┼', '┤', '╶', '╴', '━', '┗', '┏', '┓', '┛', '┃'], color: 'green', shade: '█' },
];

/**
 * The y-axis is a ladder of round amounts, one row each: $1, $2, $5, $10 …
 * while that fits in this many rows, else $1, $3, $10 …, else $1, $10 ….
 * Between two rungs the scale is logarithmic.
 */
const MAX_ROWS = 22;
const LADDERS: readonly (readonly number[])[] = [[1, 2, 5], [1, 3], [1]];
/** The fewest columns the plot keeps; below that, or where they would take more than a third of the columns beside the y-axis, the labels at the lines' ends give way. */
const MIN_PLOT_COLUMNS = 12;

/**
 * A platform's look by its place in the provider's list, so that it is the same
 * on every chart; a provider the functions are compared on (`aws` for Lambda's
 * own curve, `gcp`, `azure`, `cloudflare`) by its place in the list of providers.
 */
export function lookOf(platform: string): (typeof LOOKS)[number] {
  const place = PLATFORMS.findIndex((known) => known.id === platform);
  const provider = PROVIDERS.findIndex((known) => known.id === platform);
  return LOOKS[Math.max(0, place >= 0 ? place : provider) % LOOKS.length]!;
}

/** The look of the `index`th line of a chart of lines that are not platforms (tune's architectures). */
export function lookAt(index: number): (typeof LOOKS)[number] {
  return LOOKS[index % LOOKS.length]!;
}

/** `$0`, `$0.05`, `$0.30`, `$2`, `$500`, `$5k`, `$20k`, `$1M`: a rung of the y-axis. */
export function formatAxisUsd(usd: Decimal): string {
  if (usd.isZero()) return '$0';
  if (usd.lessThan(1)) return `$${usd.toFixed(2)}`;
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) if (usd.greaterThanOrEqualTo(size)) return `$${usd.dividedBy(size).toFixed()}${suffix}`;
  return `$${usd.toFixed()}`;
}

/** A ladder of round amounts: rung `i` of `mantissas` (rung 0 is $1), and where an amount sits on it. */
class Ladder {
  constructor(readonly mantissas: readonly number[]) {}

  rung(index: number): Decimal {
    const per = this.mantissas.length;
    const decade = Math.floor(index / per);
    return new Decimal(this.mantissas[index - decade * per]!).times(new Decimal(10).pow(decade));
  }

  /** The rung at or below `usd`, plus how far it is towards the next, in log terms: 1.5 is halfway from rung 1 to rung 2. */
  position(usd: number): number {
    let index = Math.floor(Math.log10(usd)) * this.mantissas.length;
    while (this.rung(index + 1).toNumber() <= usd) index++;
    while (this.rung(index).toNumber() > usd) index--;
    const low = this.rung(index).toNumber();
    return index + Math.log(usd / low) / Math.log(this.rung(index + 1).toNumber() / low);
  }
}

interface Scale {
  /** Where a cost sits, in rows from the bottom: asciichart's value for it. The bottom row is 1, for asciichart marks a zero row's axis. */
  readonly position: (usd: number) => number;
  /** The top row's position. */
  readonly top: number;
  /** Each row's amount, from the top. */
  readonly axisLabels: readonly string[];
}

/** The ladder the costs fit, from the rung nearest the least to the one nearest the most, and a row under them for $0 when a cost is zero. */
function yScale(costs: readonly number[]): Scale {
  const positive = costs.filter((usd) => usd > 0);
  const zeroRow = positive.length < costs.length;
  const least = positive.length ? Math.min(...positive) : 0.01;
  const most = positive.length ? Math.max(...positive) : 0.01;
  for (const mantissas of LADDERS) {
    const ladder = new Ladder(mantissas);
    // The rows the least and the most are drawn on: the nearest rungs.
    const low = Math.round(ladder.position(least));
    // Two rows at the least: asciichart needs a range to scale.
    const high = Math.max(low + (zeroRow ? 0 : 1), Math.round(ladder.position(most)));
    if (high - low + 1 > MAX_ROWS && mantissas.length > 1) continue;
    const bottom = low - (zeroRow ? 1 : 0) - 1;
    const top = high - bottom;
    return {
      position: (usd) => (usd > 0 ? ladder.position(usd) : low - 1) - bottom,
      top,
      axisLabels: Array.from({ length: top }, (_, row) => (zeroRow && row === top - 1 ? '$0' : formatAxisUsd(ladder.rung(high - row)))),
    };
  }
  throw new Error('unreachable: the last ladder always fits');
}

/**
 * The chart, in at most `width` columns: the y-axis labels, the plot and the
 * labels at the lines' ends share the width, and the plot prices each curve at
 * one volume per column.
 */
export function renderChart(input: ChartInput, options: { width: number; color: boolean }): string {
  const looks = input.curves.map((curve) => lookOf(curve.platform));
  // Loaded on first use (`require` is the bundle's own, as for string-width in ./prose.ts): JSON and CSV runs draw no chart.
  const asciichart = (chartLibrary ??= require('asciichart') as typeof Asciichart);
  const paint = (text: string, index: number) => (options.color ? asciichart.colored(text, asciichart[looks[index]!.color]) : text);
  const names = input.curves.map((curve) => platformName(curve.platform));

  const title = wrapProse(`Monthly cost by requests a month, ${formatRange(input.from, input.to)}, log scales · ${input.pricingId}`, options.width);

  // The y-axis's labels take width from the plot, and the plot's volumes set the y-axis: from the widest
  // plot, lay out, price the columns that leaves, and again until the layout holds (once or twice).
  let layout = layoutFor(input, Math.max(MIN_PLOT_COLUMNS, options.width), options.width);
  for (let pass = 0; pass < 3 && layout.plotColumns !== layout.costs[0]!.length - 1; pass++) layout = layoutFor(input, layout.plotColumns, options.width);
  const { costs, scale, labelWidth, ends, withEnds } = layout;
  const samples = costs[0]!.length;
  const { position, top, axisLabels } = scale;

  const config = {
    min: 1,
    max: top,
    height: top - 1,
    offset: 2,
    format: (_value: number, row: number) => `${axisLabels[row]!.padStart(labelWidth)} `,
  };
  // Each platform plotted alone with its own symbols, on the same scale, laid over one another.
  const axisColumn = labelWidth + 1;
  const laid = laidOver(
    costs.map((usd, index) => asciichart.plot(usd.map(position), { ...config, symbols: [...looks[index]!.symbols] })),
    axisColumn,
    looks.map((look) => look.symbols[4]!),
  );
  const rows = laid.map((cells, row) => {
    // asciichart leaves a blank cell after the last point.
    const drawn = cells
      .slice(0, axisColumn + samples)
      .map((cell) => (cell.owner < 0 ? cell.char : paint(cell.char, cell.owner)))
      .join('');
    const label = withEnds && ends.has(row) ? ` ${(ends.get(row) ?? []).map((index) => paint(names[index]!, index)).join(', ')}` : '';
    return `${drawn}${label}`.trimEnd();
  });

  return [
    ...title,
    '',
    ...rows,
    ...xAxis(input, axisColumn, samples, options.width),
    '',
    ...legend(
      names.map((name, index) => `${paint(looks[index]!.symbols[4]!.repeat(2), index)} ${name}`),
      options.width,
    ),
    ...describeCrossovers({
      fromRequests: input.from,
      toRequests: input.to,
      crossovers: input.crossovers,
      cheapest: input.cheapest,
      throttlesAboveRequests: input.throttlesAboveRequests,
    }).flatMap((line) => wrapProse(line, options.width)),
  ].join('\n');
}

interface Layout {
  readonly costs: number[][];
  readonly scale: Scale;
  readonly labelWidth: number;
  /** The lines that end on each row, by their index. */
  readonly ends: Map<number, number[]>;
  /** Whether the lines' names fit beside their ends. */
  readonly withEnds: boolean;
  /** The plot columns the labels leave. */
  readonly plotColumns: number;
}

function layoutFor(input: ChartInput, columns: number, width: number): Layout {
  const costs = sampleCosts(input, columns);
  const scale = yScale(costs.flat());
  const labelWidth = Math.max(...scale.axisLabels.map((label) => label.length));
  const ends = new Map<number, number[]>();
  costs.forEach((usd, index) => {
    const row = scale.top - Math.round(scale.position(usd.at(-1)!));
    ends.set(row, [...(ends.get(row) ?? []), index]);
  });
  const names = input.curves.map((curve) => platformName(curve.platform));
  const endRoom = Math.max(...[...ends.values()].map((indexes) => 1 + indexes.map((index) => names[index]!).join(', ').length));
  const fixed = labelWidth + 2;
  // The legend under the chart names every line: names that would squeeze the plot (two providers' ending on one
  // row took half of 80 columns, and the four lines ran into one another) give way to it.
  const withEnds = endRoom * 3 <= width - fixed && width - fixed - endRoom >= MIN_PLOT_COLUMNS;
  return { costs, scale, labelWidth, ends, withEnds, plotColumns: Math.max(MIN_PLOT_COLUMNS, width - fixed - (withEnds ? endRoom : 0)) };
}

/** The legend's entries, three spaces apart, as many to a line as fit: an entry's glyph stays with its name. */
function legend(entries: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const entry of entries) {
    const last = lines.at(-1);
    if (last !== undefined && visibleWidth(`${last}   ${entry}`) <= width) lines[lines.length - 1] = `${last}   ${entry}`;
    else lines.push(entry);
  }
  return lines;
}

/** Each curve's cost in dollars at `columns + 1` volumes, log-spaced over the range: what the plot's columns show. */
function sampleCosts(input: ChartInput, columns: number): number[][] {
  const volumes = logSpaced(input.from, input.to, columns + 1);
  // Positions on the chart are all that is worked out from these, in binary floating point. A cost past a
  // double (a price of hundreds of digits) is drawn at the ceiling: an infinite scale has no rows, and no one reads its labels.
  return input.curves.map((curve) => sweepCents(curve, volumes).map((cents) => Math.min(CEILING_USD, Number(cents) / 100)));
}

/** A thousand trillion dollars a month: the most a chart draws. */
const CEILING_USD = 1e15;

/**
 * A cost as the HTML report's charts draw it: in binary floating point, and at most the ceiling, as this chart draws
 * it. A cost past a double (a price of hundreds of digits) was Infinity, and their lines were drawn at NaN and -Infinity.
 */
export function drawnUsd(usd: Decimal): number {
  return Math.min(CEILING_USD, usd.toNumber());
}

/**
 * A cost as the terminal's tune and outlook charts draw it, each row labelled with its dollars in full: at most 10^300,
 * past which asciichart's arithmetic over its rows overflows a double. Infinity made its rows an array of invalid
 * length (exit 3).
 */
const FINITE_CEILING_USD = 1e300;

export function finiteUsd(usd: Decimal): number {
  return Math.min(FINITE_CEILING_USD, usd.toNumber());
}

/**
 * The x-axis from the y-axis's column: a tick and a label at each power of
 * ten that has room, and a mark under the scenario's own volume.
 */
function xAxis(input: ChartInput, axisColumn: number, samples: number, width: number): string[] {
  const lo = Math.log10(input.from.toNumber());
  const hi = Math.log10(input.to.toNumber());
  const columnOf = (requests: number) => axisColumn + Math.round(((Math.log10(requests) - lo) / (hi - lo)) * (samples - 1));
  const axis = `${' '.repeat(axisColumn)}└${'─'.repeat(samples - 1)}`.split('');
  const labels = Array.from({ length: width }, () => ' ');
  let lastEnd = -1;
  for (let decade = Math.ceil(lo - 1e-9); decade <= Math.floor(hi + 1e-9); decade++) {
    const column = columnOf(10 ** decade);
    const text = threeDigitCount(new Decimal(10).pow(decade));
    const start = Math.min(width - text.length, Math.max(0, column - Math.floor(text.length / 2)));
    if (start <= lastEnd) continue;
    if (column > axisColumn) axis[column] = '┬';
    labels.splice(start, text.length, ...text);
    lastEnd = start + text.length;
  }

  const volume = input.scenarioRequests;
  const own = `this scenario: ${threeDigitCount(volume)}`;
  const head = [axis.join(''), labels.join('').trimEnd()];
  if (volume.lessThan(input.from) || volume.greaterThan(input.to)) return [...head, ...wrapProse(`${own} requests/month, outside the range`, width)];
  const column = columnOf(volume.toNumber());
  // The words go right of the mark where they fit, else left of it, else on a line of their own.
  if (column + 2 + own.length <= width) return [...head, `${' '.repeat(column)}▲ ${own}`];
  if (column >= own.length + 1) return [...head, `${' '.repeat(column - own.length - 1)}${own} ▲`];
  return [...head, `${' '.repeat(column)}▲`, ...wrapProse(own, width)];
}
