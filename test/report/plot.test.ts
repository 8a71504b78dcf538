// asciichart's plot from the least value: each value on the row nearest it (the
// outlook chart's test shows the row asciichart alone would choose), and a row
// loop that ends: past 2^53 a step of ++ adds nothing, and a tune chart of
// prices near $10^18 a month never ended.
import asciichart from 'asciichart';
import { describe, expect, it } from 'vitest';
import { fixedPlain, plotFromLeast } from '../../src/report/plot.js';

const label = (value: number) => `$${fixedPlain(value, 2)}`.padStart(30);

describe('plotFromLeast', () => {
  it('plots values whose least is 0 as asciichart does', () => {
    const series = [
      [1, 5, 3, 9.5, 2],
      [0, 2, 2, 4, 8],
    ];
    for (const config of [
      { height: 10, format: label },
      { height: 4, min: 0, max: 20, format: label },
      { min: 0, format: label },
    ]) {
      expect(plotFromLeast(asciichart.plot, series, config)).toBe(asciichart.plot(series, config));
    }
  });

  it('ends, with the rows labelled by the values as given, where they are past 2^53 in its rows', () => {
    // A line rising 4,096 near 10^19 on 4 rows (its first row 10^19 × 4 ÷ 4,096, past 2^53), and a flat one (range 0: a ratio of 1) at 2^60.
    const rising = [1e19, 1e19 + 2048, 1e19 + 4096];
    const chart = plotFromLeast(asciichart.plot, rising, { height: 4, format: label }).split('\n');
    expect(chart).toHaveLength(5);
    expect(chart[0]).toContain('$10000000000000004096.00');
    expect(chart.at(-1)).toContain('$10000000000000000000.00');
    const flat = plotFromLeast(asciichart.plot, [2 ** 60, 2 ** 60], { height: 4, format: label }).split('\n');
    expect(flat).toHaveLength(1);
    expect(flat[0]).toContain(`$${(2 ** 60).toFixed(2)}`);
    // Several series, and the config's bounds, moved alike.
    const both = plotFromLeast(asciichart.plot, [rising, rising.map((value) => value + 2048)], { height: 4, min: 1e19, max: 1e19 + 8192, format: label });
    const rows = both.split('\n');
    expect(rows).toHaveLength(5);
    // The rows run from the config's min to its max, past the values' own: 10^19 to 10^19 + 8,192, 2,048 a row.
    expect(rows.map((row) => row.slice(0, 30).trim())).toEqual([8192, 6144, 4096, 2048, 0].map((over) => `$1000000000000000${String(over).padStart(4, '0')}.00`));
    // The second line climbs to its last value, 6,144 over 10^19, on the second row; nothing is drawn on the top one.
    expect(rows[1]).toContain('╭');
    expect(rows[0]!.slice(30)).not.toMatch(/[─╭╮╯╰│]/);
  });
});

describe('fixedPlain', () => {
  it('is toFixed below 10^21 and plain digits past it, never an exponent', () => {
    expect(fixedPlain(1.005, 2)).toBe((1.005).toFixed(2));
    expect(fixedPlain(12345.678, 0)).toBe('12346');
    expect(fixedPlain(9e21, 2)).toBe('9000000000000000000000.00');
    expect(fixedPlain(1.8509565584256387e23, 0)).not.toMatch(/e/);
  });
});
