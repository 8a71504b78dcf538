// Several estimates in one call, side by side: each scenario's monthly total
// on each platform it was priced on, its budget status, and each platform's
// column added up. A platform's alternatives are never added to each other:
// the serverless and the container bills of one workload are two answers to
// one question, not two bills.
import { type Decimal, sum, ZERO } from '../core/money.js';
import type { PlatformId } from '../core/types.js';
import type { Estimate } from '../providers/aws/types.js';
import { PLATFORMS } from '../providers/aws/services.js';
import { platformName } from './crossovers.js';
import { formatBilledUsd, machineUsd } from './format.js';
import { proseLines } from './prose.js';
import type { Style } from './style.js';
import { type Column, renderColumns } from './terminal-table.js';

export type BudgetStatus = 'within' | 'over';

/** One estimate as the summary needs it: small enough to keep for every file of a run. */
export interface ScenarioSummary {
  readonly name: string;
  readonly file: string;
  /** Each platform's month as billed, and before its lines are rounded: a month of a few requests is under $0.01, not $0.00. */
  readonly months: ReadonlyMap<PlatformId, Billed>;
  /** Null when the scenario has no budget. */
  readonly budget: BudgetStatus | null;
}

export function summarize(estimate: Estimate): ScenarioSummary {
  return {
    name: estimate.scenario.name,
    file: estimate.scenario.file,
    months: new Map(estimate.platforms.map(({ id, monthlyUsd, exactUsd }) => [id, { monthlyUsd, exactUsd }])),
    budget: estimate.budget.length ? (estimate.budget.some((check) => check.over) ? 'over' : 'within') : null,
  };
}

/** A month as billed (each line in cents, added up) and before its lines are rounded. */
export interface Billed {
  readonly monthlyUsd: Decimal;
  readonly exactUsd: Decimal;
}

/** The platform's monthly totals added up, over the scenarios priced on it. */
export interface PlatformTotal extends Billed {
  readonly platform: PlatformId;
  /** How many scenarios were priced on it. */
  readonly count: number;
}

/** Each platform some scenario was priced on, in the provider's order, with its column's sum. */
export function platformTotals(scenarios: readonly ScenarioSummary[]): PlatformTotal[] {
  return PLATFORMS.flatMap(({ id }) => {
    const priced = scenarios.flatMap((scenario) => scenario.months.get(id) ?? []);
    return priced.length
      ? [{ platform: id, monthlyUsd: sum(priced.map((month) => month.monthlyUsd)), exactUsd: sum(priced.map((month) => month.exactUsd)), count: priced.length }]
      : [];
  });
}

/** What the total row adds up: each column alone, over the scenarios priced on its platform. */
export function describeTotals(totals: readonly PlatformTotal[], count: number): string {
  const partial = totals.filter((total) => total.count < count).map((total) => `${platformName(total.platform)} ${total.count} of ${count}`);
  return `Total: each column's monthly bills added up${partial.length ? ` (${partial.join(', ')} scenarios)` : ''}; the columns are alternatives, not one bill`;
}

/** So many scenarios, in words. A summary of one is shown when another file of the run was not priced: it read "1 scenarios". */
export function scenariosCounted(count: number): string {
  return `${count} ${count === 1 ? 'scenario' : 'scenarios'}`;
}

function summaryTitle(count: number): string {
  return `Summary of ${scenariosCounted(count)}`;
}

function notPriced(errorCount: number): string[] {
  return errorCount ? [`${errorCount} ${errorCount === 1 ? 'file was' : 'files were'} not priced (see the errors on standard error)`] : [];
}

/** A scenario's month on a platform as its own report shows it (`under $0.01`, not `$0.00`, for a few requests); blank where not priced there. */
export function scenarioUsd(scenario: ScenarioSummary, platform: PlatformId): string {
  const month = scenario.months.get(platform);
  return month ? formatBilledUsd(month) : '';
}

/** The terminal's summary table, under a heading, in lines of at most `width` columns. */
export function renderSummaryTable(scenarios: readonly ScenarioSummary[], errorCount: number, style: Style, width = 80): string {
  const totals = platformTotals(scenarios);
  const withBudget = scenarios.some((scenario) => scenario.budget);
  const columns: Column[] = [
    { header: 'Scenario', align: 'left' },
    ...totals.map((total): Column => ({ header: platformName(total.platform), align: 'right' })),
    ...(withBudget ? [{ header: 'Budget', align: 'left' } as const] : []),
  ];
  const rows = [
    ...scenarios.map((scenario) => [scenario.name, ...totals.map((total) => scenarioUsd(scenario, total.platform)), ...(withBudget ? [scenario.budget ?? ''] : [])]),
    ['Total', ...totals.map((total) => style.bold(formatBilledUsd(total))), ...(withBudget ? [''] : [])],
  ];
  return [
    ...proseLines([summaryTitle(scenarios.length)], width, style.bold),
    ...renderColumns(columns, rows, { header: style.bold, note: style.dim }, width),
    ...proseLines([describeTotals(totals, scenarios.length), ...notPriced(errorCount)], width, style.dim),
  ].join('\n');
}

/** The same table for a pull-request comment; `cell` makes a user's text safe in a table cell. */
export function renderSummaryMarkdown(scenarios: readonly ScenarioSummary[], errorCount: number, cell: (text: string) => string): string {
  const totals = platformTotals(scenarios);
  const withBudget = scenarios.some((scenario) => scenario.budget);
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    `**${summaryTitle(scenarios.length)}**`,
    '',
    row(['Scenario', ...totals.map((total) => platformName(total.platform)), ...(withBudget ? ['Budget'] : [])]),
    row(['---', ...totals.map(() => '---:'), ...(withBudget ? ['---'] : [])]),
    ...scenarios.map((scenario) =>
      row([
        cell(scenario.name),
        ...totals.map((total) => scenarioUsd(scenario, total.platform)),
        ...(withBudget ? [scenario.budget ? (scenario.budget === 'over' ? '**over**' : 'within') : ''] : []),
      ]),
    ),
    row(['**Total**', ...totals.map((total) => `**${formatBilledUsd(total)}**`), ...(withBudget ? [''] : [])]),
    '',
    ...[describeTotals(totals, scenarios.length), ...notPriced(errorCount)].map((line) => `${line}.`),
  ].join('\n');
}

/** The many-estimates JSON document's summary: `monthly_usd` stays the serverless column's sum, as it always was. */
export function summaryJson(scenarios: readonly ScenarioSummary[], errorCount: number) {
  const totals = platformTotals(scenarios);
  return {
    count: scenarios.length,
    error_count: errorCount,
    over_budget_count: scenarios.filter((scenario) => scenario.budget === 'over').length,
    monthly_usd: machineUsd(totals.find((total) => total.platform === PLATFORMS[0]!.id)?.monthlyUsd ?? ZERO),
    platforms: Object.fromEntries(totals.map((total) => [total.platform, { monthly_usd: machineUsd(total.monthlyUsd), count: total.count }])),
    scenarios: scenarios.map((scenario) => ({
      name: scenario.name,
      file: scenario.file,
      monthly_usd: Object.fromEntries([...scenario.months].map(([platform, month]) => [platform, machineUsd(month.monthlyUsd)])),
      budget: scenario.budget,
    })),
  };
}
