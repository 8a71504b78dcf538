// The estimate as a pull-request comment.
import type { Decimal } from '../core/money.js';
import type { Estimate } from '../providers/aws/types.js';
import type { LineItem } from '../core/types.js';
import { describeGroup, describeLargest, serviceGroups } from './services.js';
import { describeBasis, formatQuantity, formatUnitPrice, formatUsd } from './format.js';
import { describeColdStarts } from './cold-starts.js';
import { describeBudget, describeCrossovers, platformName, platformsOf } from './crossovers.js';

/** Markdown table cells may not hold a raw pipe or line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderEstimateMarkdown(estimate: Estimate): string {
  const { pricing, assumptions } = estimate;
  const platforms = platformsOf(estimate);
  const headline =
    platforms.length === 1
      ? `${formatUsd(estimate.platforms[0]!.monthlyUsd)} per month`
      : platforms.map(([id, cost]) => `${platformName(id)} ${formatUsd(cost.monthlyUsd)}`).join(' · ');
  const lines = [
    `### ${cell(estimate.scenario.name)}: ${headline}`,
    '',
    `Pricing \`${pricing.id}\`, ${pricing.region}, Lambda free tier ${assumptions.freeTier ? 'on' : 'off'}, ${assumptions.trafficPattern} traffic, ${assumptions.hoursPerMonth}-hour month. Source: \`${cell(estimate.scenario.file)}\`.`,
  ];
  if (platforms.length > 1) {
    lines.push('', `Cheapest: **${platformName(estimate.cheapest)}**.`);
    const breakeven = estimate.breakeven;
    if (breakeven) lines.push(...describeCrossovers(breakeven).map((line) => `- ${line}`));
  }
  if (estimate.budget.length) lines.push('', ...estimate.budget.map((check) => `- ${check.over ? '**Over budget.** ' : ''}${describeBudget(check)}`));
  for (const platform of estimate.platforms) {
    const groups = serviceGroups(platform);
    const grouped = groups.length > 1;
    const itemRow = (item: LineItem) =>
      `| ${grouped ? '· ' : ''}${cell(item.label)}${describeBasis(item) ? `<br><sub>${cell(describeBasis(item))}</sub>` : ''} | ${formatQuantity(item.quantity)} | ${item.unit} | ${formatUnitPrice(item.unitPriceUsd)} | ${formatUsd(item.monthlyUsd)} |`;
    lines.push(
      '',
      `| ${platformName(platform.id)} | Quantity | Unit | Unit price | Monthly |`,
      '| --- | ---: | --- | ---: | ---: |',
      ...groups.flatMap((group) => [...(grouped ? [`| **${cell(describeGroup(group))}** | | | | **${formatUsd(group.monthlyUsd)}** |`] : []), ...group.items.map(itemRow)]),
      `| **Total** | | | | **${formatUsd(platform.monthlyUsd)}** |`,
    );
    const largest = describeLargest(groups, formatUsd);
    if (largest) lines.push('', largest);
  }
  const cold = describeColdStarts(estimate);
  if (cold.length) lines.push('', ...cold.flatMap(({ headline, options }) => [`- ${cell(headline)}`, ...options.map((option) => `  - ${cell(option)}`)]));
  if (estimate.warnings.length) {
    lines.push('', ...estimate.warnings.map((warning) => `> **Warning** (\`${warning.id}\`): ${cell(warning.message)}`));
  }
  return lines.join('\n');
}

/** The sum first when there are several estimates, then each one's section. */
export function markdownDocument(sections: readonly string[], totalUsd: Decimal): string {
  return (sections.length > 1 ? [`**${sections.length} scenarios, ${formatUsd(totalUsd)} per month in all**`, ...sections] : sections).join('\n\n');
}
