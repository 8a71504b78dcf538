// Tables for the terminal, drawn by cli-table3: no borders, two spaces between
// columns, numbers right-aligned, text wrapped at word boundaries inside its
// column. This module only chooses the column widths that fit the width given
// (and, when no widths can, another shape of the same table); cli-table3 pads,
// aligns and wraps. It is loaded on first use (`require` is the bundle's own, as for
// zod in ../schema/zod.ts), so that JSON, CSV and Markdown runs never load it.
import type CliTable3 from 'cli-table3';
import { UNBROKEN_SPACE, visibleWidth, wrapProse } from './prose.js';

export interface Column {
  readonly header: string;
  /** `right` for numbers: a right-aligned cell is never wrapped, a left-aligned one may be, at its spaces. */
  readonly align: 'left' | 'right';
}

/** A cell's text; `hanging`: the columns its lines after the first are indented by when it wraps (a list item's under its words). */
export type CellText = string | { readonly text: string; readonly hanging: number };

/** Rows of cells, or `{ note }` rows printed indented under the row before, across all the columns. */
export type Row = readonly CellText[] | { readonly note: string };

export interface TableStyle {
  readonly header: (text: string) => string;
  readonly note: (text: string) => string;
}

/** Spaces after each column (the last column's are trimmed from the line), and a note's indent. */
const GAP = 2;
const INDENT = 2;

/**
 * The narrowest a table is laid out. Below it a listed row's header, or a
 * note, would have no room left beside its indent and gap, and cli-table3
 * wraps a text to no room forever (COLUMNS=2 to 8 ran out of memory); a
 * terminal narrower than this gets lines wider than it.
 */
export const MIN_TABLE_WIDTH = 20;

const NO_BORDERS = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map(
    (name) => [name, ''],
  ),
);

/** The longest closing parenthesis a label keeps on one line: "(first 10K)", "(on demand)", not a user's long name. */
const HELD_PARENTHESIS = 16;

/** `label` with its closing parenthesis held on one line when it wraps: "(first\n10K)" read as two things. */
export function heldTogether(label: string): string {
  return label.replace(/\([^()]*\)$/, (aside) => (aside.length <= HELD_PARENTHESIS ? aside.replaceAll(' ', UNBROKEN_SPACE) : aside));
}

let Table: typeof CliTable3 | undefined;

interface Cell {
  readonly text: string;
  readonly align: Column['align'];
  /** A number: never wrapped. */
  readonly number: boolean;
  readonly hanging?: number;
}

type Line = readonly Cell[] | { readonly note: string };

/** A table as cli-table3 is given it: rows of cells, and how each row's lines are styled. */
interface Layout {
  readonly colWidths: readonly number[];
  readonly rows: ReadonlyArray<{ readonly cells: CliTable3.Cell[]; readonly style?: (text: string) => string }>;
}

/**
 * The table in lines of at most `width` columns. When the columns do not fit,
 * the widest text columns are narrowed first, their cells wrapping at spaces;
 * numbers never are. When even that is not enough, the table is turned on its
 * side (a column per row: a few functions' figures), and when that is too wide
 * as well, each row is shown as a list of its column headers and values.
 */
export function renderColumns(columns: readonly Column[], rows: readonly Row[], style: TableStyle, asked = 80, { fill = false }: { fill?: boolean } = {}): string[] {
  const width = Math.max(asked, MIN_TABLE_WIDTH);
  const head = columns.map((column) => ({ text: column.header, align: column.align, number: false }));
  const body: Line[] = rows.map((row) =>
    isNote(row)
      ? row
      : columns.map((column, index) => {
          const given = row[index] ?? '';
          const { text, hanging } = typeof given === 'string' ? { text: given, hanging: 0 } : given;
          return { text, hanging, align: column.align, number: column.align === 'right' };
        }),
  );
  const measure = new Measure();
  const layout =
    asColumns([head, ...body], width, style, measure, fill) ?? asColumns(transposed(head, body), width, style, measure) ?? asRecords(head, body, width, style, measure);
  return draw(layout);
}

function isNote(row: Row | Line): row is { readonly note: string } {
  return !Array.isArray(row);
}

/** The widths of one table's texts and of their widest words (the bundle's string-width remembers each text's width itself). */
class Measure {
  readonly #words = new Map<string, number>();

  width(text: string): number {
    return visibleWidth(text);
  }

  /** The widest word: the narrowest a text can be wrapped to at its spaces. */
  longestWord(text: string): number {
    let width = this.#words.get(text);
    // Words held together by an unbroken space are one word.
    if (width === undefined) this.#words.set(text, (width = /\s/.test(text) ? Math.max(0, ...text.split(/[^\S\u00a0]+/).map((word) => this.width(word))) : this.width(text)));
    return width;
  }

  /**
   * `text` as a cell of `room` columns: cli-table3 wraps it only when it is
   * wider, at its spaces, or inside a word when a word is wider than the room.
   */
  cell(text: string, room: number, options: Omit<CliTable3.CellOptions, 'content'> = {}, hanging = 0): CliTable3.CellOptions {
    const wrap = this.width(text) > room;
    // Wrapped here rather than by cli-table3, which starts every line of a cell at its edge.
    // A word wider than the room is broken inside it, still under the hanging indent: from the edge, its rest began a line.
    // Without a hanging indent, a word wider than the room is wrapped here too: cli-table3 then broke every word of the
    // text, and counted UTF-16 units rather than columns, so a line of wide (CJK) characters came out twice the room
    // and was cut short with `…`, the rest of it lost.
    if (wrap && (hanging > 0 ? room - hanging >= 1 : this.longestWord(text) > room)) {
      return { ...options, content: wrapProse(text, room, hanging).join('\n'), wordWrap: false };
    }
    // cli-table3 breaks at any white space, an unbroken one too, and would print it as it is.
    return { ...options, content: text.replaceAll(UNBROKEN_SPACE, ' '), wordWrap: wrap, wrapOnWordBoundary: !wrap || this.longestWord(text) <= room };
  }
}

/**
 * Column widths (with the gap after each) that fit `width`, the first line being the header; null when none do. `fill`:
 * the last text column takes the room the table leaves, so that its notes are as wide as the lines around it, where the
 * notes are what a reader reads (each version's changes under its row) and the columns are short.
 */
function asColumns(lines: readonly Line[] | null, width: number, style: TableStyle, measure: Measure, fill = false): Layout | null {
  if (!lines) return null;
  const [head, ...body] = lines as [readonly Cell[], ...Line[]];
  const cells = body.filter((line): line is readonly Cell[] => !isNote(line));
  const natural = head.map((cell, index) => Math.max(measure.width(cell.text), ...cells.map((row) => measure.width(row[index]!.text))));
  // A header may wrap at its spaces; so may text, but a number never. A text's lines after its first are indented (a
  // row's first cell always, under the row), so a column narrower than its widest word and that indent broke words
  // apart: "report, worker, each" read "report", ", work", "er,".
  const hangingOf = (cell: Cell, index: number) => (index === 0 ? Math.max(cell.hanging ?? 0, INDENT) : (cell.hanging ?? 0));
  const least = head.map((cell, index) =>
    Math.max(
      measure.longestWord(cell.text),
      ...cells.map((row) => {
        const each = row[index]!;
        return each.number ? measure.width(each.text) : Math.min(measure.width(each.text), measure.longestWord(each.text) + hangingOf(each, index));
      }),
    ),
  );
  const text = head.map((_, index) => cells.every((row) => !row[index]!.number || !row[index]!.text));
  const widths = [...natural];
  const room = width + GAP;
  while (widths.reduce((sum, w) => sum + w + GAP, 0) > room) {
    const narrowable = widths.map((w, index) => index).filter((index) => widths[index]! > least[index]!);
    const texts = narrowable.filter((index) => text[index]);
    const pool = texts.length ? texts : narrowable;
    if (!pool.length) return null;
    const widest = pool.reduce((best, index) => (widths[index]! > widths[best]! ? index : best));
    widths[widest]!--;
  }
  const lastText = text.lastIndexOf(true);
  if (fill && lastText >= 0) widths[lastText]! += Math.max(0, room - widths.reduce((sum, w) => sum + w + GAP, 0));
  const noteRoom = widths.reduce((sum, w) => sum + w + GAP, 0) - INDENT - GAP;
  // A row's first cell wraps under an indent at least: from the edge, the rest of a name (`… FORGED Total`) read as a row of its own.
  const row = (line: readonly Cell[], first = 0) =>
    line.map((cell, index) => measure.cell(cell.text, widths[index]!, { hAlign: cell.align }, index === 0 ? Math.max(cell.hanging ?? 0, first) : cell.hanging));
  return {
    colWidths: widths.map((w) => w + GAP),
    rows: [
      { cells: row(head), style: style.header },
      ...body.map((line) => (isNote(line) ? { cells: [noteCell(line.note, head.length, noteRoom, measure)], style: style.note } : { cells: row(line, INDENT) })),
    ],
  };
}

/** The table on its side, all left-aligned: a row per column, a column per row; only for tables without notes. */
function transposed(head: readonly Cell[], body: readonly Line[]): Line[] | null {
  if (!body.length || body.some(isNote)) return null;
  const rows = body as ReadonlyArray<readonly Cell[]>;
  return head.map((cell, index) => [cell, ...rows.map((row) => row[index]!)].map((each) => ({ ...each, align: 'left' as const })));
}

/** Each row as its first cell on a line of its own, then `header  value` lines for the other cells that are not empty. */
function asRecords(head: readonly Cell[], body: readonly Line[], width: number, style: TableStyle, measure: Measure): Layout {
  const keyWidth = Math.min(INDENT + Math.max(0, ...head.slice(1).map((cell) => measure.width(cell.text))) + GAP, Math.floor(width / 2));
  const colWidths = [keyWidth, Math.max(1, width + GAP - keyWidth)];
  const keyRoom = keyWidth - INDENT - GAP;
  const valueRoom = colWidths[1]! - GAP;
  // A line across both columns has the whole width.
  const whole = (text: string) => measure.cell(text, width, { colSpan: 2 });
  const rows: Layout['rows'][number][] = [{ cells: [whole(head[0]!.text)], style: style.header }];
  for (const line of body) {
    if (isNote(line)) {
      rows.push({ cells: [noteCell(line.note, 2, width - INDENT, measure)], style: style.note });
      continue;
    }
    // Its lines after the first indented, as a row's label wraps in columns: at the edge, the rest of a name (`… FORGED Total`) read as a line of its own.
    rows.push({ cells: [measure.cell(line[0]!.text, width, { colSpan: 2 }, Math.max(line[0]!.hanging ?? 0, INDENT))] });
    line.forEach((cell, index) => {
      if (index === 0 || !cell.text) return;
      rows.push({ cells: [measure.cell(head[index]!.text, keyRoom, { style: { 'padding-left': INDENT } }), measure.cell(cell.text, valueRoom)] });
    });
  }
  return { colWidths, rows };
}

/** A note across all `span` columns, indented. */
function noteCell(note: string, span: number, room: number, measure: Measure): CliTable3.CellOptions {
  return measure.cell(note, room, { colSpan: span, style: { 'padding-left': INDENT } });
}

/**
 * Rows cli-table3 lays out at once. It checks each cell it places against every
 * cell placed before it (for spans across rows, which these tables have none
 * of), so a table's time grows with the square of its rows; drawn in blocks
 * of this many rows with the same column widths, it is the same text.
 */
const ROWS_PER_BLOCK = 100;

/** cli-table3 draws the table, a block of rows at a time; each row's lines are then trimmed and styled. */
function draw(layout: Layout): string[] {
  Table ??= require('cli-table3') as typeof CliTable3;
  const out: string[] = [];
  for (let first = 0; first < layout.rows.length; first += ROWS_PER_BLOCK) {
    const rows = layout.rows.slice(first, first + ROWS_PER_BLOCK);
    const table = new Table({
      chars: NO_BORDERS,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': GAP },
      colWidths: [...layout.colWidths],
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    for (const row of rows) table.push(row.cells);
    const lines = table.toString().split('\n');
    // cli-table3 leaves the height it gave each row in its options.
    const heights = table.options.rowHeights;
    let next = 0;
    rows.forEach((row, index) => {
      const height = heights[index] ?? 1;
      for (const line of lines.slice(next, next + height)) {
        const trimmed = line.trimEnd();
        out.push(row.style && trimmed ? row.style(trimmed) : trimmed);
      }
      next += height;
    });
  }
  return out;
}
