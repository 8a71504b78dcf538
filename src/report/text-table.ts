// A small aligned-column table for the terminal: no borders, two spaces between
// columns, numbers right-aligned. Widths count characters, not colour codes.

export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
}

export type Row = readonly string[] | { readonly note: string };

const ANSI = /\u001b\[[0-9;]*m/g;

export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

function pad(text: string, width: number, align: Column['align']): string {
  const gap = ' '.repeat(Math.max(0, width - visibleLength(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** Rows of cells, or `{ note }` rows printed indented under the row before, outside the columns. */
export function renderColumns(columns: readonly Column[], rows: readonly Row[], style: { header: (s: string) => string; note: (s: string) => string }): string[] {
  const cells = rows.filter((row): row is readonly string[] => Array.isArray(row));
  const widths = columns.map((column, index) => Math.max(visibleLength(column.header), ...cells.map((row) => visibleLength(row[index] ?? ''))));
  const line = (row: readonly string[]) =>
    columns
      .map((column, index) => pad(row[index] ?? '', widths[index] ?? 0, column.align))
      .join('  ')
      .trimEnd();
  return [
    style.header(line(columns.map((column) => column.header))),
    ...rows.map((row) => (Array.isArray(row) ? line(row as readonly string[]) : style.note(`  ${(row as { note: string }).note}`))),
  ];
}
