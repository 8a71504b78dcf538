// The pieces every part of the report is built of: an amount of money that
// names the JSON field it shows, and a table that scrolls in its own box.
import type { Decimal } from '../../core/money.js';
import { formatUsd, machineUsd, UNDER_A_CENT } from '../format.js';
import { markup, type Html, trusted as trustedAttribute } from './markup.js';

/**
 * Where a figure sits in the JSON output of the same run, as a JSON Pointer
 * (RFC 6901): `/platforms/serverless/monthly_usd`, or under
 * `/estimates/0` when the run priced several files.
 */
export class JsonPath {
  constructor(readonly pointer: string) {}

  at(...keys: ReadonlyArray<string | number>): JsonPath {
    return new JsonPath(this.pointer + keys.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''));
  }
}

/**
 * An amount, in dollars and cents unless `shown` says otherwise, marked with
 * the value shown and the JSON field (or the difference of two) that holds it:
 * `<data value="19.80" data-json="/platforms/serverless/monthly_usd">$19.80</data>`.
 */
export function money(usd: Decimal, field: JsonPath | readonly [JsonPath, JsonPath], shown = formatUsd(usd)): Html {
  const json = field instanceof JsonPath ? field.pointer : `${field[0].pointer} - ${field[1].pointer}`;
  // Words for cents that round to none (`under $0.01`) hold the cents, as the JSON does; a figure of more digits, itself.
  const value = shown === formatUsd(usd) || shown === UNDER_A_CENT ? machineUsd(usd) : shown.replace(/[$,]/g, '');
  return markup`<data value="${value}" data-json="${json}">${shown}</data>`;
}

export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
  /** Kept on one line where the page is wide enough: a unit such as `GB-seconds` broke at its hyphen beside a wide line-item column. */
  readonly nowrap?: boolean;
}

export interface Row {
  /** The row's first cell, a header for the cells after it. */
  readonly head: Html;
  readonly cells: readonly Html[];
  /** `group`: a subtotal above its items; `total`: the sum of the table; `item`: a line under a group. */
  readonly kind?: 'group' | 'total' | 'item';
  /** Figures worked out for the report (costs at other volumes), which no field of the JSON output holds. */
  readonly derived?: boolean;
}

/** A table under its caption, in a box of its own that scrolls sideways on a narrow screen. */
export function table(caption: string | Html, columns: readonly Column[], rows: readonly Row[]): Html {
  const cellClass = (index: number) => (columns[index]?.numeric ? ' class="num"' : columns[index]?.nowrap ? ' class="nowrap"' : '');
  return markup`<div class="scroll"><table><caption>${caption}</caption><thead><tr>${columns.map((column, index) => markup`<th scope="col" ${trustedAttribute(cellClass(index))}>${column.label}</th>`)}</tr></thead><tbody>${rows.map(
    (row) =>
      markup`<tr${trustedAttribute(row.kind && row.kind !== 'item' ? ` class="${row.kind}"` : '')}${trustedAttribute(row.derived ? ' data-derived=""' : '')}><th scope="row"${trustedAttribute(
        row.kind === 'item' ? ' class="item"' : '',
      )}>${row.head}</th>${row.cells.map((cell, index) => markup`<td${trustedAttribute(cellClass(index + 1))}>${cell}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}
