// Sentences for the terminal, wrapped at word boundaries to its width. The
// measuring is string-width's, the wrapping wrap-ansi's: the same measure as
// cli-table3 uses for the tables, with colour codes counting for nothing.
// Both are loaded on first use (`require` is the bundle's own, as for zod in
// ../schema/zod.ts), so that runs that print no terminal text never load them.
import type StringWidth from 'string-width';
import type WrapAnsi from 'wrap-ansi';

let stringWidth: typeof StringWidth | undefined;
let wrapAnsi: typeof WrapAnsi | undefined;

/** The columns `text` takes in a terminal: wide characters count two, colour codes nothing. */
export function visibleWidth(text: string): number {
  return (stringWidth ??= require('string-width') as typeof StringWidth)(text);
}

/**
 * A space that `wrapProse` does not break at and prints as a space: it keeps
 * words together that read as one figure ("EC2 $222.80 / $223.31 / $226.38").
 */
export const UNBROKEN_SPACE = '\u00a0';

/**
 * `text` in lines of at most `width` columns, broken at spaces (a word longer
 * than a line is broken where it must be), never at an UNBROKEN_SPACE. The
 * text's own indent stays on its first line, and the lines after it are
 * indented `hanging` columns more, so that a wrapped line reads as one item.
 */
export function wrapProse(text: string, width: number, hanging = 2): string[] {
  const indent = /^ */.exec(text)![0];
  const words = text.slice(indent.length);
  if (indent.length + visibleWidth(words) <= width) return [text.replaceAll(UNBROKEN_SPACE, ' ')];
  const room = Math.max(1, width - indent.length - hanging);
  const lines = (wrapAnsi ??= require('wrap-ansi') as typeof WrapAnsi)(words, room, { hard: true }).split('\n');
  return lines.map((line, index) => `${indent}${index === 0 ? '' : ' '.repeat(hanging)}${line.replaceAll(UNBROKEN_SPACE, ' ')}`);
}

/** Each of `lines` wrapped by `wrapProse`, then given `style` line by line, so that no style spans a line break. */
export function proseLines(lines: readonly string[], width: number, style: (text: string) => string = (text) => text, hanging = 2): string[] {
  return lines.flatMap((line) => wrapProse(line, width, hanging).map(style));
}
