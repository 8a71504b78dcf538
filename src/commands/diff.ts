// slcost diff: two versions of a scenario, or one under two pricing versions, priced and compared.
import { diffEstimates, increasesPast } from '../engine/diff.js';
import { estimate } from '../engine/estimate.js';
import type { Decimal } from '../model/money.js';
import { PLATFORM_NAMES } from '../report/crossovers.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffTable } from '../report/diff.js';
import { formatUsd } from '../report/format.js';
import type { Style } from '../report/style.js';
import { scenarioReader } from './inputs.js';

export const DIFF_FORMATS = ['table', 'json', 'markdown'] as const;

export interface DiffOptions {
  readonly pricingBase: string | null;
  readonly pricing: string | null;
  readonly freeTier: boolean;
  readonly format: (typeof DIFF_FORMATS)[number];
  readonly style: Style;
  readonly failOnIncreasePct: Decimal | null;
  readonly failOnIncreaseUsd: Decimal | null;
}

export function runDiff(baseFile: string, headFile: string, options: DiffOptions): { stdout: string; failures: string[]; exitCode: number } {
  const base = scenarioReader({ pricing: options.pricingBase ?? options.pricing, freeTier: options.freeTier })(baseFile);
  const head = scenarioReader({ pricing: options.pricing, freeTier: options.freeTier })(headFile);
  const diff = diffEstimates(estimate(base.scenario, base.book), estimate(head.scenario, head.book));
  const stdout = options.format === 'json' ? renderDiffJson(diff) : options.format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffTable(diff, options.style);
  const failures = increasesPast(diff, { pct: options.failOnIncreasePct, usd: options.failOnIncreaseUsd }).map(
    (platform) =>
      `cost increase: ${PLATFORM_NAMES[platform.platform]} ${formatUsd(platform.baseUsd)} → ${formatUsd(platform.headUsd)} a month, +${formatUsd(platform.deltaUsd)}` +
      (platform.deltaPct === null ? '' : ` (+${platform.deltaPct.toDecimalPlaces(1).toFixed()}%)`),
  );
  return { stdout, failures, exitCode: failures.length ? 1 : 0 };
}
