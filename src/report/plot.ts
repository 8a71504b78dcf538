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
