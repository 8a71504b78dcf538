// The estimate as a person reads it in a terminal.
import { Decimal } from '../core/money.js';
import type { FleetSummary } from '../core/types.js';
import type { Estimate } from '../providers/aws/types.js';
import type { FunctionUsage } from '../providers/aws/lambda/types.js';
import type { PricedPlatform } from '../core/estimate.js';
import { formatCount as count } from '../core/numbers.js';
import { coldStartsListed } from './cold-starts.js';
import { memoryAdviceListed } from './memory-advice.js';
import { alikeEntries, alikeNames, FUNCTIONS_SHOWN, moreWarnings, warningsListed } from './listed.js';
import { describeBudget, describeCrossovers, platformName } from './crossovers.js';
import { describeRanges, outlookLines } from './ranges.js';
import { outlookChart } from './outlook-chart.js';
import { describeBasis, formatLineQuantity, formatBilledUsd, formatQuantity, formatRequests, formatUnitPrice, formatUsd } from './format.js';
import { proseLines, UNBROKEN_SPACE, wrapProse } from './prose.js';
import { PLAIN, type Style } from './style.js';
import { describeGroup, describeLargest, namesJoined, savingOverNext, serviceGroups } from './services.js';
import { mattersWhenQuiet } from './quiet.js';
import { type Column, heldTogether, type Row, renderColumns } from './terminal-table.js';

const COLUMNS: readonly Column[] = [
  { header: 'Serverless', align: 'left' },
  { header: 'Quantity', align: 'right' },
  { header: 'Unit', align: 'left' },
  { header: 'Unit price', align: 'right' },
  { header: 'Monthly', align: 'right' },
];

const FUNCTION_COLUMNS: readonly Column[] = [
  { header: 'Function', align: 'left' },
  { header: 'Arch', align: 'left' },
  { header: 'Memory', align: 'right' },
  { header: 'Requests/month', align: 'right' },
  { header: 'Billed', align: 'right' },
  { header: 'Peak req/s', align: 'right' },
  { header: 'Avg concurrency', align: 'right' },
  { header: 'Peak concurrency', align: 'right' },
];

const PROVISIONED_COLUMN: Column = { header: 'On provisioned', align: 'right' };

/** Where a reader finds what the terminal leaves out. */
const EVERY_ONE = '--format json or --format html';

function functionTable(functions: readonly FunctionUsage[], style: Style, width: number): string[] {
  // The provisioned column appears only when some function has provisioned concurrency.
  const anyProvisioned = functions.some((fn) => !fn.provisionedConfiguredGbSeconds.isZero());
  const columns = anyProvisioned ? [...FUNCTION_COLUMNS.slice(0, 4), PROVISIONED_COLUMN, ...FUNCTION_COLUMNS.slice(4)] : FUNCTION_COLUMNS;
  const figures = (fn: FunctionUsage) => {
    const row = [
      fn.architecture,
      `${count(fn.memoryMb)} MB`,
      fn.usageGiven ? formatRequests(fn.requestsPerMonth) : 'no usage given',
      fn.usageGiven ? `${formatQuantity(fn.billedDurationMs)} ms` : '—',
      small(fn.peakRequestsPerSecond),
      small(fn.averageConcurrency),
      small(fn.peakConcurrency),
    ];
    if (anyProvisioned) row.splice(3, 0, formatQuantity(fn.provisionedRequests, 0));
    return row;
  };
  // Functions whose every figure shown is the same (a template's functions under one usage default) are one row, in the
  // place of the first: ten thousand such rows say nothing the first does not. The figures are each function's own.
  const { listed, functionsListed, functionsLeftOut } = alikeEntries(
    functions.map((fn) => ({ name: fn.name, figures: figures(fn) })),
    (row) => row.name,
    (row) => row.figures.join('\u0000'),
    FUNCTIONS_SHOWN,
  );
  const rows: Row[] = listed.map(({ first, names }) => [alikeNames(names), ...first.figures]);
  if (functionsLeftOut) {
    rows.push({
      note: `${count(functionsListed)} of ${count(functions.length)} functions in the first ${count(listed.length)} rows; ${EVERY_ONE} lists every one`,
    });
  }
  return renderColumns(columns, rows, { header: style.dim, note: style.dim }, width).map(style.dim);
}

/** How much of the estimate the table shows. */
export interface TableOptions {
  /** The terminal's width (80 when not a terminal). */
  readonly width?: number;
  /** Only the bill (line items and totals), the summary and the warnings that matter: no notes, functions, cold starts or advice. */
  readonly quiet?: boolean;
}

/**
 * The estimate in lines of at most `width` columns: tables fitted to it,
 * sentences wrapped at its spaces. The summary (each platform's month, the
 * cheapest, the crossovers, the budget) comes first, so that the answer is on
 * the screen before the line items that explain it.
 */
export function renderEstimateTable(estimate: Estimate, style: Style, { width = 80, quiet = false }: TableOptions = {}): string {
  const { scenario, pricing, assumptions } = estimate;
  const prose = (texts: readonly string[], lineStyle?: (text: string) => string) => proseLines(texts, width, lineStyle);
  const lines: string[] = [];
  // A template that names no service goes by its file's name: said once.
  lines.push(...prose([scenario.name === scenario.file ? style.bold(scenario.name) : `${style.bold(scenario.name)}  ${style.dim(scenario.file)}`]));
  lines.push(
    ...prose(
      [
        `pricing ${pricing.id}${pricing.customFile ? ` (custom prices from ${pricing.customFile})` : ''} · ${pricing.region} · always-free tiers ${assumptions.freeTier ? 'on' : 'off'}` +
          (assumptions.apiGatewayFreeTier ? ' · API Gateway 12-month free tier on' : '') +
          ` · ${assumptions.trafficPattern} traffic · ${assumptions.hoursPerMonth}-hour month`,
      ],
      style.dim,
    ),
  );
  lines.push('', ...summary(estimate, style, width), ...prose(describeRanges(estimate)), ...prose(outlookLines(estimate, UNBROKEN_SPACE), style.dim));
  if (!quiet) lines.push(...outlookChart(estimate, { width, color: style !== PLAIN }));
  if (estimate.budget.length) lines.push(...estimate.budget.flatMap((check) => prose([describeBudget(check)], check.over ? style.warn : style.bold)));
  const [serverless, ...others] = estimate.platforms;
  lines.push('', ...platformTable(platformName(serverless!.id), serverless!, style, width, quiet));
  if (!quiet) lines.push('', ...functionTable(estimate.functions, style, width), ...coldStartLines(estimate, style, width), ...memoryLines(estimate, style, width));
  for (const platform of others) {
    lines.push(
      '',
      ...platformTable(platformName(platform.id), platform, style, width, quiet),
      ...(platform.fleet && !quiet ? prose([describeFleet(platform.fleet)], style.dim) : []),
    );
  }
  const warnings = quiet ? estimate.warnings.filter(mattersWhenQuiet) : estimate.warnings;
  // Joined, not spread into push: a template of 100,000 bad entries has as many warnings, and push(...lines) of their
  // 200,000 wrapped lines overflowed the call stack (an internal error).
  if (warnings.length) {
    const warningLines = prose(
      warningsListed(warnings).map((listed) =>
        'warning' in listed ? `warning [${listed.warning.id}]: ${listed.warning.message}` : `warning [${listed.id}]: ${moreWarnings(listed.more, '--format json')}`,
      ),
      style.warn,
    );
    return [...lines, '', ...warningLines].join('\n');
  }
  return lines.join('\n');
}

function platformTable(title: string, platform: PricedPlatform, style: Style, width: number, quiet: boolean): string[] {
  const rows: Row[] = [];
  const groups = serviceGroups(platform);
  // One service's items need no heading; several are grouped under their subtotals.
  const grouped = groups.length > 1;
  for (const group of groups) {
    if (grouped) rows.push([style.bold(describeGroup(group)), '', '', '', style.bold(formatBilledUsd(group))]);
    for (const item of group.items) {
      // An item under its service's row: wrapped, its label continues under its words, not under the dot.
      const label = grouped ? { text: `· ${heldTogether(item.label)}`, hanging: 2 } : heldTogether(item.label);
      rows.push([label, formatLineQuantity(item.quantity), item.unit, formatUnitPrice(item.unitPriceUsd), formatBilledUsd(item)]);
      const basis = quiet ? '' : describeBasis(item);
      if (basis) rows.push({ note: basis });
    }
  }
  rows.push(['Total', '', '', '', style.bold(formatBilledUsd(platform))]);
  const largest = quiet ? null : describeLargest(groups, formatBilledUsd);
  if (largest) rows.push({ note: largest });
  const columns = [{ header: title, align: 'left' as const }, ...COLUMNS.slice(1)];
  return renderColumns(columns, rows, { header: style.bold, note: style.dim }, width);
}

/** A function's cold starts, then its options indented under it; a wrapped headline goes on past the options' indent. */
function coldStartLines(estimate: Estimate, style: Style, width: number): string[] {
  const { entries, leftOut } = coldStartsListed(estimate, EVERY_ONE);
  const lines = entries.flatMap(({ headline, options }) => [...wrapProse(headline, width, 4), ...options.flatMap((option) => wrapProse(`  ${option}`, width))]);
  if (leftOut) lines.push(...wrapProse(leftOut, width, 4));
  return lines.length ? ['', ...lines.map(style.dim)] : [];
}

/** Each function's memory advice, after its cold starts. */
function memoryLines(estimate: Estimate, style: Style, width: number): string[] {
  const { lines: advised, leftOut } = memoryAdviceListed(estimate, EVERY_ONE);
  const lines = [...advised, ...(leftOut ? [leftOut] : [])].flatMap((line) => wrapProse(line, width, 4));
  return lines.length ? ['', ...lines.map(style.dim)] : [];
}

export function describeFleet(fleet: FleetSummary): string {
  const units = fleet.peak === 1 ? fleet.unit : `${fleet.unit}s`;
  const range = fleet.peak === fleet.lowest ? count(fleet.peak) : `${count(fleet.lowest)}–${count(fleet.peak)}`;
  const scaling = fleet.autoscaling ? 'scaled hour by hour' : 'sized for the peak hour all month';
  // Under a hundredth, two significant digits (an instance that runs one job of an hour serves 0.00028 a second): it was "0 req/s each".
  const capacity = fleet.capacityPerSecond;
  const perSecond = capacity.gte(0.01) ? formatQuantity(capacity, 2) : capacity.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed();
  return `${range} ${units} (${fleet.description}), ${perSecond} req/s each, ${scaling}`;
}

/** Each platform's month, then, when there are several, the cheapest and where the others overtake it. */
function summary(estimate: Estimate, style: Style, width: number): string[] {
  const lines = proseLines([`Monthly: ${estimate.platforms.map((p) => `${platformName(p.id)} ${formatBilledUsd(p)}`).join(' · ')}`], width, style.bold);
  const against = savingOverNext(estimate.platforms, estimate.cheapest);
  if (against) {
    const { best, next, savingUsd, share, tied } = against;
    const cheapestLine =
      tied.length > 1
        ? `Cheapest: ${namesJoined(tied.map((platform) => platformName(platform.id)))} alike, ${formatUsd(best.monthlyUsd)} a month each`
        : `Cheapest: ${platformName(best.id)}, ${formatUsd(savingUsd)} a month less than ${platformName(next.id)}${share}`;
    lines.push(...proseLines([cheapestLine], width, style.bold));
  }
  const breakeven = estimate.breakeven;
  if (breakeven) lines.push(...proseLines(describeCrossovers(breakeven), width));
  return lines;
}

/** One decimal, but `<0.1` rather than a misleading 0 for a rate that is not zero. */
export function small(value: Decimal): string {
  return !value.isZero() && value.lessThan(0.05) ? '<0.1' : formatQuantity(value, 1);
}
