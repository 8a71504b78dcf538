// The break-even sweep as numbers: JSON for machines, CSV for spreadsheets.
import { jsonText } from './escape.js';
import type { Decimal } from '../core/money.js';
import type { CheapestRange, Crossover, PlatformId } from '../core/types.js';
import type { PriceBook, Scenario } from '../providers/aws/types.js';
import { centsText, machineNumber } from './format.js';
import { cheapestRangeJson, crossoverJson } from './json.js';

export const BREAKEVEN_SCHEMA = 'slcost-breakeven/1';

export interface BreakevenReport {
  readonly scenario: Scenario;
  readonly book: PriceBook;
  readonly from: Decimal;
  readonly to: Decimal;
  /** Where a concurrency limit starts to throttle serverless requests on the sweep (a crossing above it is that limit, not a saving); null where none does. */
  readonly throttlesAboveRequests: Decimal | null;
  readonly platforms: readonly PlatformId[];
  /** Whole requests, and each platform's cost there in whole cents (a column per platform, in `platforms`' order). */
  readonly sweep: { readonly requests: readonly bigint[]; readonly cents: readonly (readonly bigint[])[] };
  readonly crossovers: readonly Crossover[];
  /** Where each platform is the cheapest, from the lowest volume up. */
  readonly cheapest: readonly CheapestRange[];
}

export function breakevenJson(report: BreakevenReport): string {
  return jsonText({
    schema: BREAKEVEN_SCHEMA,
    scenario: { name: report.scenario.name, file: report.scenario.file },
    pricing: { id: report.book.id, effective_date: report.book.effectiveDate, region: report.scenario.region },
    from_requests_per_month: machineNumber(report.from, 0),
    to_requests_per_month: machineNumber(report.to, 0),
    throttles_above_requests_per_month: report.throttlesAboveRequests && machineNumber(report.throttlesAboveRequests, 0),
    platforms: report.platforms,
    sweep: report.sweep.requests.map((requests, row) => ({
      requests_per_month: String(requests),
      monthly_usd: Object.fromEntries(report.platforms.map((platform, index) => [platform, centsText(report.sweep.cents[index]![row]!)])),
    })),
    crossovers: report.crossovers.map(crossoverJson),
    cheapest: report.cheapest.map(cheapestRangeJson),
  });
}

export function breakevenCsv(report: BreakevenReport): string {
  const { requests, cents } = report.sweep;
  const lines = [['requests_per_month', ...report.platforms.map((platform) => `${platform}_usd`)].join(',')];
  // Each line joined flat: a line of pieces added one by one is kept as the chain of its pieces
  // until the end, and ten thousand such chains cost the garbage collector more than the arithmetic.
  const cells: string[] = new Array<string>(cents.length + 1);
  for (let row = 0; row < requests.length; row++) {
    cells[0] = String(requests[row]);
    for (let column = 0; column < cents.length; column++) cells[column + 1] = centsText(cents[column]![row]!);
    lines.push(cells.join(','));
  }
  return lines.join('\r\n');
}
