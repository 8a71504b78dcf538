// The estimate as a pull-request comment.
import type { Estimate } from '../providers/aws/types.js';
import type { LineItem } from '../core/types.js';
import { describeGroup, describeLargest, namesJoined, savingOverNext, serviceGroups } from './services.js';
import { describeBasis, formatLineQuantity, formatBilledUsd, formatUnitPrice, formatUsd } from './format.js';
import { coldStartsListed } from './cold-starts.js';
import { memoryAdviceListed } from './memory-advice.js';
import { moreWarnings, warningsListed } from './listed.js';

import { describeBudget, describeCrossovers, platformName, platformsOf } from './crossovers.js';
import { rangesMarkdown } from './ranges.js';
import { mattersWhenQuiet } from './quiet.js';
import { markdownCode } from './escape.js';
import { breakevenMermaid } from './mermaid.js';
import { renderSummaryMarkdown, type ScenarioSummary } from './summary.js';

/** Where a reader finds what a pull-request comment leaves out. */
const EVERY_ONE = 'the JSON output (--format json) or the HTML report';

/** Markdown table cells may not hold a raw pipe or line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * `estimate` with its texts made safe by markdownText; `file`, the scenario's file as given, shown in a code span,
 * which reads no escapes (markdownCode). `quiet`: the bill and the warnings that matter, without notes, cold starts or advice.
 */
export function renderEstimateMarkdown(estimate: Estimate, { quiet = false, file }: { quiet?: boolean; file: string }): string {
  const { pricing, assumptions } = estimate;
  const platforms = platformsOf(estimate);
  const headline =
    platforms.length === 1 ? `${formatBilledUsd(estimate.platforms[0]!)} per month` : platforms.map(([id, cost]) => `${platformName(id)} ${formatBilledUsd(cost)}`).join(' · ');
  const lines = [
    `### ${cell(estimate.scenario.name)}: ${headline}`,
    '',
    `Pricing \`${pricing.id}\`, ${pricing.region}, always-free tiers ${assumptions.freeTier ? 'on' : 'off'}, ${assumptions.trafficPattern} traffic, ${assumptions.hoursPerMonth}-hour month. Source: ${markdownCode(file)}.`,
  ];
  if (platforms.length > 1) {
    const tied = savingOverNext(estimate.platforms, estimate.cheapest)?.tied ?? [];
    lines.push(
      '',
      tied.length > 1
        ? `Cheapest: **${namesJoined(tied.map((platform) => platformName(platform.id)))}** alike, ${formatUsd(tied[0]!.monthlyUsd)} a month each.`
        : `Cheapest: **${platformName(estimate.cheapest)}**.`,
    );
    const breakeven = estimate.breakeven;
    if (breakeven) lines.push(...describeCrossovers(breakeven).map((line) => `- ${line}`));
    if (breakeven && !quiet) lines.push('', ...breakevenMermaid(breakeven));
  }
  lines.push(...rangesMarkdown(estimate));
  if (estimate.budget.length) lines.push('', ...estimate.budget.map((check) => `- ${check.over ? '**Over budget.** ' : ''}${describeBudget(check)}`));
  for (const platform of estimate.platforms) {
    const groups = serviceGroups(platform);
    const grouped = groups.length > 1;
    const note = (item: LineItem) => (quiet ? '' : describeBasis(item));
    const itemRow = (item: LineItem) =>
      `| ${grouped ? '· ' : ''}${cell(item.label)}${note(item) ? `<br><sub>${cell(note(item))}</sub>` : ''} | ${formatLineQuantity(item.quantity)} | ${item.unit} | ${formatUnitPrice(item.unitPriceUsd)} | ${formatBilledUsd(item)} |`;
    lines.push(
      '',
      `| ${platformName(platform.id)} | Quantity | Unit | Unit price | Monthly |`,
      '| --- | ---: | --- | ---: | ---: |',
      ...groups.flatMap((group) => [...(grouped ? [`| **${cell(describeGroup(group))}** | | | | **${formatBilledUsd(group)}** |`] : []), ...group.items.map(itemRow)]),
      `| **Total** | | | | **${formatBilledUsd(platform)}** |`,
    );
    const largest = quiet ? null : describeLargest(groups, formatBilledUsd);
    if (largest) lines.push('', largest);
  }
  if (!quiet) {
    const cold = coldStartsListed(estimate, EVERY_ONE);
    const coldLines = cold.entries.flatMap(({ headline, options }) => [`- ${cell(headline)}`, ...options.map((option) => `  - ${cell(option)}`)]);
    if (coldLines.length) lines.push('', ...coldLines, ...(cold.leftOut ? [`- ${cold.leftOut}`] : []));
    const memory = memoryAdviceListed(estimate, EVERY_ONE);
    if (memory.lines.length) lines.push('', ...memory.lines.map((line) => `- ${cell(line)}`), ...(memory.leftOut ? [`- ${memory.leftOut}`] : []));
  }
  const warnings = quiet ? estimate.warnings.filter(mattersWhenQuiet) : estimate.warnings;
  if (warnings.length) {
    lines.push(
      '',
      ...warningsListed(warnings).map((listed) =>
        'warning' in listed
          ? `> **Warning** (\`${listed.warning.id}\`): ${cell(listed.warning.message)}`
          : `> **Warning** (\`${listed.id}\`): ${moreWarnings(listed.more, 'the JSON output (--format json)')}`,
      ),
    );
  }
  return lines.join('\n');
}

/**
 * Several estimates' summary table first (a pull-request comment is read from
 * the top; the terminal, which writes each estimate as it is made, prints its
 * table at the end), then each one's section.
 */
export function markdownDocument(sections: readonly string[], summaries: readonly ScenarioSummary[], errorCount: number): string {
  return (summaries.length ? [renderSummaryMarkdown(summaries, errorCount, cell), ...sections] : sections).join('\n\n');
}
