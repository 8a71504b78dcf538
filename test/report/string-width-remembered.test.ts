// The bundle's string-width (scripts/string-width-remembered.cjs): the widths string-width gives, remembered.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const stringWidth = require('string-width') as (text: string) => number;
const remembered = require('../../scripts/string-width-remembered.cjs') as ((text: string) => number) & { default: (text: string) => number };

describe("string-width, remembered as the bundle's tables measure", () => {
  const texts = ['', 'Total', '$1,234.56', '· Lambda logs ingested (first 10 TB)', '古い関数', '🚀 deploy', '\u001b[1mbold\u001b[22m', 'e\u0301', '\u0007bell'];

  it('gives string-width widths, the first time and again', () => {
    for (const text of texts) {
      expect(remembered(text)).toBe(stringWidth(text));
      expect(remembered(text)).toBe(stringWidth(text));
    }
    expect(texts.map(remembered)).toEqual([0, 5, 9, 36, 8, 9, 4, 1, 4]);
  });

  it('is required as string-width is: the function, and the same as its default', () => {
    expect(remembered.default).toBe(remembered);
  });

  it('stays right past the number of texts it keeps at once', () => {
    for (let i = 0; i < 25_000; i++) expect(remembered(`row ${i}`)).toBe(4 + String(i).length);
    expect(remembered('古い関数')).toBe(8);
  });
});
