// Bills as a person derives them by hand: each line in cents by its id, and the total, for the tests of whole
// architectures (test/engine/whole-architectures*.test.ts).
import { readFileSync } from 'node:fs';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { templateKind } from '../../src/load/read-template.js';
import { book, expectLineItemsAddUp, scenarioOf } from './build.js';
import { runCli } from './run-cli.js';

/** The scenario file `file` of the fixtures folder `folder`. */
export function fixtureScenario(folder: string, file: string): Scenario {
  const path = `${folder}/${file}`;
  return scenarioOf(readFileSync(path, 'utf8'), path);
}

/** Every platform's bill of `scenario`, as platform id → line id → cents, with each total under `total`; each checked to add up. */
export function billsOf(scenario: Scenario): Record<string, Record<string, string>> {
  return Object.fromEntries(
    estimate(scenario, book(scenario.pricingId)).platforms.map((platform) => {
      expectLineItemsAddUp(platform);
      const lines: Record<string, string> = Object.fromEntries(platform.lineItems.map((line) => [line.id, line.monthlyUsd.toFixed(2)]));
      return [platform.id, { ...lines, total: platform.monthlyUsd.toFixed(2) }];
    }),
  );
}

/** The serverless bill of `scenario` as line id → cents, with its total under `total`. */
export function serverlessBill(scenario: Scenario): Record<string, string> {
  return billsOf(scenario)['serverless']!;
}

/** A template and its usage file in the fixtures folder `folder`, read as `slcost estimate TEMPLATE --usage USAGE` reads them. */
export function fixtureTemplateScenario(folder: string, file: string, usage: string): Scenario {
  const path = `${folder}/${file}`;
  const text = readFileSync(path, 'utf8');
  return loadTemplateScenario(path, text, templateKind(text) ?? 'sam', { usageFile: `${folder}/${usage}` });
}

/** A line item of the JSON output. */
export interface JsonLine {
  readonly id: string;
  readonly monthly_usd: string;
}

/** A bill in the JSON output, a platform's or a compared provider's. */
export interface JsonBill {
  readonly monthly_usd: string | null;
  readonly line_items: readonly JsonLine[];
}

/** A bill of the JSON output as line id → cents, with its total under `total`. */
export function jsonBill(bill: JsonBill): Record<string, string> {
  return { ...Object.fromEntries(bill.line_items.map((line) => [line.id, line.monthly_usd])), total: bill.monthly_usd ?? '' };
}

/** `slcost estimate ARGS --format json` as a separate process, as CI reads it: its exit status, its document (read as `T`), its standard error. */
export function estimateJsonOf<T>(args: readonly string[]): { status: number | null; json: T; stderr: string } {
  const result = runCli(['estimate', ...args, '--format', 'json']);
  return { status: result.status, json: JSON.parse(result.stdout) as T, stderr: result.stderr };
}

/** A warning of the JSON output, with the figures a cost bomb's carries. */
export interface JsonWarning {
  readonly id: string;
  readonly message: string;
  readonly worst_month_usd?: string;
  readonly expected_monthly_usd?: string;
  readonly function?: string | null;
  readonly capped_by?: string;
  readonly suggested_limit?: string | null;
  readonly suggested_limit_setting?: string;
}

/** The messages of the JSON output's warnings of one id. */
export const messagesOf = (json: { readonly warnings: readonly JsonWarning[] }, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

/** The note of one of the serverless platform's line items in the JSON output. */
export const noteOf = (
  json: { readonly platforms: Readonly<Record<string, { readonly line_items: readonly (JsonLine & { readonly note?: string | null })[] }>> },
  line: string,
): string | null | undefined => json.platforms['serverless']!.line_items.find((item) => item.id === line)?.note;

/** The cost-bomb warnings' figures, by function (`api` for the API's). */
export const bombsOf = (json: { readonly warnings: readonly JsonWarning[] }) =>
  Object.fromEntries(
    json.warnings
      .filter((w) => w.id === 'cost_bomb')
      .map((w) => [w.function ?? 'api', { worst: w.worst_month_usd, expected: w.expected_monthly_usd, cappedBy: w.capped_by, suggested: w.suggested_limit }]),
  );
