// asciichart's plot, each value drawn as its height over the least one and
// labelled as it is. asciichart puts a value on row round(value × ratio) −
// round(min × ratio) (ratio: the rows over the values' range), rounding each
// from zero rather than from the bottom row, so a value could be drawn a row
// from the one its label names ($223 on the $249 row, not the $209 one); and it
// steps its rows from min × ratio to max × ratio with ++, which past 2^53 adds
// nothing, so a chart of values that large never ended (a tune chart of a price
// near $10^18 a month). Moved down by their least, the rows start at zero: each
// value is on the row nearest it, and the row loop counts.
import type Asciichart from 'asciichart';

type Plot = typeof Asciichart.plot;
type PlotConfig = NonNullable<Parameters<Plot>[1]>;

/** `config.format` labels each row by its value as given (asciichart's own default would label the moved ones). */
export function plotFromLeast(plot: Plot, series: number[] | number[][], config: PlotConfig & { format: NonNullable<PlotConfig['format']> }): string {
  const all = (Array.isArray(series[0]) ? (series as number[][]) : [series as number[]]).flat();
  if (!all.length) return plot(series, config);
  // The least as asciichart works it out: the config's bound widens it, never narrows it.
  const least = Math.min(config.min ?? all[0]!, ...all);
  const down = (values: number[]) => values.map((value) => value - least);
  const moved = Array.isArray(series[0]) ? (series as number[][]).map(down) : down(series as number[]);
  const { format } = config;
  return plot(moved, {
    ...config,
    ...(config.min !== undefined ? { min: config.min - least } : {}),
    ...(config.max !== undefined ? { max: config.max - least } : {}),
    format: (value, row) => format(value + least, row),
  });
}

/** `value.toFixed(places)`, which past 10^21 writes an exponent (`9e+21`): there, the same in plain digits. */
export function fixedPlain(value: number, places: number): string {
  if (Math.abs(value) < 1e21) return value.toFixed(places);
  return value.toLocaleString('en-US', { useGrouping: false, minimumFractionDigits: places, maximumFractionDigits: places });
}

/** A cell of charts laid over one another: its character, and the index of the chart that drew it (-1: the axis or blank). */
export interface LaidCell {
  readonly char: string;
  readonly owner: number;
}

/**
 * asciichart 1.5 takes one set of symbols for all series: charts of one scale, each plotted alone with its own
 * (`horizontals[i]`: the level stretch of chart i), laid over one another row by row, a later chart over an earlier
 * one, from `axisColumn` (the y-axis's own column) on. A level stretch of one line does not hide another's turn, so
 * that a line crossing it is seen to cross; on the axis only a line's first point (`┼`) is drawn.
 */
export function laidOver(charts: readonly string[], axisColumn: number, horizontals: readonly string[]): LaidCell[][] {
  const layers = charts.map((chart) => chart.split('\n'));
  return layers[0]!.map((_, row) => {
    const cells: LaidCell[] = [...layers[0]![row]!].map((char) => ({ char, owner: -1 }));
    layers.forEach((layer, index) => {
      [...(layer[row] ?? '')].forEach((char, column) => {
        const drawn = (column > axisColumn && char !== ' ') || (column === axisColumn && char === '┼');
        const under = cells[column];
        const hides = under !== undefined && under.owner >= 0 && char === horizontals[index] && under.char !== horizontals[under.owner];
        if (drawn && !hides) cells[column] = { char, owner: index };
      });
    });
    return cells;
  });
}
