// One row per line item, for spreadsheets (RFC 4180 quoting).
import type { Estimate } from '../providers/aws/types.js';
import { terminalText } from './escape.js';
import { describeBasis, machineNumber, machineUnitPrice, machineUsd } from './format.js';

export const CSV_HEADER = ['scenario', 'file', 'pricing', 'region', 'platform', 'service', 'id', 'label', 'quantity', 'unit', 'unit_price_usd', 'monthly_usd', 'note'].join(',');

function field(raw: string): string {
  // A control character would reach a terminal the file is printed to; in a spreadsheet it is no use either.
  const value = terminalText(raw);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One estimate's rows: its line items and a total per platform. */
export function csvRows(estimate: Estimate): string {
  const rows: string[][] = [];
  for (const cost of estimate.platforms) {
    const lead = [estimate.scenario.name, estimate.scenario.file, estimate.pricing.id, estimate.pricing.region, cost.id];
    for (const item of cost.lineItems) {
      rows.push([
        ...lead,
        item.service,
        item.id,
        item.label,
        machineNumber(item.quantity),
        item.unit,
        machineUnitPrice(item.unitPriceUsd),
        machineUsd(item.monthlyUsd),
        describeBasis(item),
      ]);
    }
    rows.push([...lead, '', 'total', 'Total', '', '', '', machineUsd(cost.monthlyUsd), '']);
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}
