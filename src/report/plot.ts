// asciichart's plot, kept from a loop that never ends. It steps its rows from
// min × ratio to max × ratio with ++ (ratio: the rows over the values' range,
// or 1 when the values are all equal); past 2^53 a step adds nothing, so a
// chart of values that large there never ended (a tune chart of a price near
// $10^18 a month). Such values are plotted moved down by their least, which
// puts the rows near zero, and labelled as they are.
import type Asciichart from 'asciichart';

type Plot = typeof Asciichart.plot;
type PlotConfig = NonNullable<Parameters<Plot>[1]>;

/** Where asciichart's row loop still counts: every step of ++ below it adds one. */
const STEPS_COUNT = 2 ** 52;

export function plotSafely(plot: Plot, series: number[] | number[][], config: PlotConfig = {}): string {
  const all = (Array.isArray(series[0]) ? (series as number[][]) : [series as number[]]).flat();
  if (!all.length) return plot(series, config);
  // The least and the most as asciichart works them out: the config's bounds widen them, never narrow them.
  const least = Math.min(config.min ?? all[0]!, ...all);
  const most = Math.max(config.max ?? all[0]!, ...all);
  const range = Math.abs(most - least);
  const ratio = range !== 0 ? (config.height ?? range) / range : 1;
  if (Math.max(Math.abs(least * ratio), Math.abs(most * ratio)) < STEPS_COUNT) return plot(series, config);
  const down = (values: number[]) => values.map((value) => value - least);
  const moved = Array.isArray(series[0]) ? (series as number[][]).map(down) : down(series as number[]);
  const format = config.format ?? ((value: number) => value.toFixed(2));
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
