// A CSV cell a spreadsheet could run: every text starting = + - @ (after any spaces) is made text
// with a leading apostrophe, but a negative number, which is only a number.
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/report/csv.js';

describe('a CSV cell', () => {
  it.each([['=1+1'], ['+1'], ['@SUM(A1)'], ['-x'], ["-2+3+cmd|' /C calc'!A0"], ['-1+1'], ['-1e5+1'], [' =1+1'], ['  @SUM(A1)'], [' -x'], [' -5']])(
    '%s starting as a formula is made text',
    (text) => {
      expect(csvField(text).replace(/^"|"$/g, '')).toBe(`'${text}`);
    },
  );

  it.each([['-12.34'], ['-5'], ['-1e-7'], ['12'], ['0.20']])('%s, a number, is left as it is', (text) => {
    expect(csvField(text)).toBe(text);
  });
});
