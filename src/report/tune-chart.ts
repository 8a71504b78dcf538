// slcost tune's chart: per function, its monthly cost on each architecture and
// its expected duration against memory size, one size per column, drawn with
// asciichart (loaded on first use, as the break-even chart loads it).
import type Asciichart from 'asciichart';
import type { FunctionTune, TuneResult } from '../providers/aws/tune.js';
import { formatCount } from '../core/numbers.js';
import { terminalText } from './escape.js';
import { finiteUsd, lookAt } from './chart.js';
import { mb } from './memory-advice.js';
import { fixedPlain, laidOver, plotFromLeast } from './plot.js';
import { wrapProse } from './prose.js';
import { describeAlike, kindsShown } from './tune.js';

let chartLibrary: typeof Asciichart | undefined;

/** Rows of each plot. */
const HEIGHT = 10;
/** The y-axis labels' width: `$12,345.67 ┤`. */
const LABEL_COLUMNS = 13;

/** The columns a chart of `width` has for sizes: what `tune` is asked to price for it. */
export function chartColumns(width: number): number {
  return Math.max(10, width - LABEL_COLUMNS - 1);
}

export function renderTuneChart(result: TuneResult, options: { width: number; color: boolean }): string {
  const asciichart = (chartLibrary ??= require('asciichart') as typeof Asciichart);
  const named = result.scenario.name === result.scenario.file ? terminalText(result.scenario.name) : `${terminalText(result.scenario.name)}  ${terminalText(result.scenario.file)}`;
  const lines: string[] = [...wrapProse(`${named} · pricing ${result.pricing.id}`, options.width)];
  // Functions alike but for their names tune the same: one chart for each kind, as the table has one table.
  const { kinds, more } = kindsShown(result);
  for (const { fn, alike } of kinds) {
    const perArch = fn.architectures.map((architecture) => fn.curve.filter((size) => size.architecture === architecture));
    const first = perArch[0]!;
    if (!first.length) continue;
    const axis = xAxis(first[0]!.memoryMb, first[first.length - 1]!.memoryMb, first.length);
    const paint = (text: string, index: number) => (options.color ? asciichart.colored(text, asciichart[lookAt(index).color]) : text);
    const legend = fn.architectures.map((arch, index) => `${paint(lookAt(index).symbols[4]!.repeat(2), index)} ${paint(arch, index)}`).join(', ');
    // Each architecture plotted alone with its own symbols, as the break-even chart's platforms are, on one scale, laid
    // over one another: without colour, one glyph for both left the two lines to be told apart by words alone.
    const plot = (series: number[][], format: (value: number) => string) => {
      const all = series.flat();
      const config = { height: HEIGHT, min: Math.min(...all), max: Math.max(...all), format: (value: number) => format(value).padStart(LABEL_COLUMNS - 2) };
      const charts = series.map((values, index) => plotFromLeast(asciichart.plot, values, { ...config, symbols: [...lookAt(index).symbols] }));
      const axisColumn = LABEL_COLUMNS - 1;
      return laidOver(
        charts,
        axisColumn,
        series.map((_, index) => lookAt(index).symbols[4]!),
      )
        .map((cells) =>
          cells
            .map((cell) => (cell.owner < 0 ? cell.char : paint(cell.char, cell.owner)))
            .join('')
            .trimEnd(),
        )
        .join('\n');
    };
    lines.push(
      '',
      ...wrapProse(`${terminalText(fn.name)}: monthly cost by memory size (${legend}${lowerLine(fn)})`, options.width),
      ...(alike.length ? wrapProse(describeAlike(alike, terminalText), options.width) : []),
      plot(
        perArch.map((sizes) => sizes.map((size) => finiteUsd(size.monthlyUsd))),
        (usd) => `$${fixedPlain(usd, 2)}`,
      ),
      axis,
      '',
      ...wrapProse(`${terminalText(fn.name)}: expected duration by memory size (the same on each architecture)`, options.width),
      plot([first.map((size) => size.durationMs.toNumber())], (durationMs) => `${durationMs < 10 ? durationMs.toFixed(1) : formatCount(durationMs)} ms`),
      axis,
    );
  }
  if (more) lines.push('', ...wrapProse(more, options.width));
  return lines.join('\n');
}

/**
 * Without colour two lines look alike: say which is which, when one is never above the other; and that they are one
 * where every size costs the same on both (a table of $0 prices), which was "arm64 is the lower line" of a line drawn
 * once.
 */
function lowerLine(fn: FunctionTune): string {
  if (fn.architectures.length < 2) return '';
  const [a, b] = fn.architectures.map((architecture) => fn.curve.filter((size) => size.architecture === architecture));
  if (b!.every((size, index) => size.monthlyUsd.equals(a![index]!.monthlyUsd))) return '; the lines are one: each size costs the same on both';
  const bLower = b!.every((size, index) => size.monthlyUsd.lessThanOrEqualTo(a![index]!.monthlyUsd));
  return bLower ? `; ${fn.architectures[1]} is the lower line` : '';
}

/** `128 MB` under the first column and the largest size under the last. */
function xAxis(fromMb: number, toMb: number, columns: number): string {
  const left = mb(fromMb);
  const right = mb(toMb);
  return `${' '.repeat(LABEL_COLUMNS - 1)}${left}${' '.repeat(Math.max(1, columns - left.length - right.length + 1))}${right}`;
}
