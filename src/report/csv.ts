// One row per line item, for spreadsheets (RFC 4180 quoting), with each
// service's subtotal and each platform's total on rows of their own. The last
// column, `row`, says which a row is, so that a SUM over the line items (or a
// filter on them) never counts a total twice; it is last so that the columns
// before it keep their places.
import type { Estimate } from '../providers/aws/types.js';
import type { ServiceLineItem } from '../core/estimate.js';
import { terminalText } from './escape.js';
import { describeBasis, machineNumber, machineUnitPrice, machineUsd } from './format.js';
import { serviceGroups } from './services.js';
import { percentileCsvRows } from './ranges.js';

export const CSV_HEADER = ['scenario', 'file', 'pricing', 'region', 'platform', 'service', 'id', 'label', 'quantity', 'unit', 'unit_price_usd', 'monthly_usd', 'note', 'row'].join(
  ',',
);

/** What a row is: a line item of the bill, a service's subtotal, or a platform's total; a percentile of the bill (ranges); or one of the functions on another provider (--compare). */
export type CsvRowKind = 'line_item' | 'subtotal' | 'total' | 'percentile' | 'compare_line_item' | 'compare_total';

/** A line item's cells, from `service` to `note`. */
export function lineItemCells(item: ServiceLineItem): string[] {
  return [item.service, item.id, item.label, machineNumber(item.quantity), item.unit, machineUnitPrice(item.unitPriceUsd), machineUsd(item.monthlyUsd), describeBasis(item)];
}

/** A CSV field: quoted where it must be, safe to print and to open in a spreadsheet. */
export function csvField(raw: string): string {
  // A control character would reach a terminal the file is printed to; in a spreadsheet it is no use either.
  const value = terminalText(raw);
  // A leading = + - @ would make a spreadsheet run the cell as a formula; a negative number is left as it is, but only a number:
  // `-2+3+cmd|' /C calc'!A0` starts with a digit after its minus, and a spreadsheet runs it. A spreadsheet that trims
  // the spaces before a cell's text (LibreOffice's import may) would run ` =1+1` too.
  const safe = /^\s*[=+\-@]/.test(value) && !/^-\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One estimate's rows: per platform, each service's line items and its subtotal, then the platform's total. */
export function csvRows(estimate: Estimate): string {
  const rows: string[][] = [];
  for (const cost of estimate.platforms) {
    const lead = [estimate.scenario.name, estimate.scenario.file, estimate.pricing.id, estimate.pricing.region, cost.id];
    for (const group of serviceGroups(cost)) {
      for (const item of group.items) {
        rows.push([...lead, ...lineItemCells(item), 'line_item' satisfies CsvRowKind]);
      }
      rows.push([...lead, group.id, `${group.id}.subtotal`, `${group.label} subtotal`, '', '', '', machineUsd(group.monthlyUsd), '', 'subtotal' satisfies CsvRowKind]);
    }
    rows.push([...lead, '', 'total', 'Total', '', '', '', machineUsd(cost.monthlyUsd), '', 'total' satisfies CsvRowKind]);
  }
  rows.push(...percentileCsvRows(estimate));
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n');
}
