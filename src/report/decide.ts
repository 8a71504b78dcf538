// The recommendation, for a terminal, a pull request and machines.
import type { Decision } from '../decide/decision-tree.js';
import { Decimal } from '../core/money.js';
import { groupDigits } from '../core/numbers.js';
import type { Estimate } from '../providers/aws/types.js';
import { describeCrossovers, platformName, platformsOf } from './crossovers.js';
import { formatUsd, machineUsd } from './format.js';
import { proseLines, wrapProse } from './prose.js';
import type { Style } from './style.js';
import { markdownText, safeEstimate, terminalText, jsonText } from './escape.js';

export const DECISION_SCHEMA = 'slcost-decision/1';

function showAnswer(answer: unknown): string {
  if (answer === null) return 'not asked';
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  if (typeof answer === 'number') return groupDigits(new Decimal(answer).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  return String(answer);
}

function costLines(estimate: Estimate | null): string[] {
  if (!estimate) return [];
  const lines = [
    `Monthly: ${platformsOf(estimate)
      .map(([id, cost]) => `${platformName(id)} ${formatUsd(cost.monthlyUsd)}`)
      .join(' · ')}`,
  ];
  if (estimate.breakeven) lines.push(...describeCrossovers(estimate.breakeven));
  return lines;
}

/** The recommendation in lines of at most `width` columns; a wrapped item's lines are indented under its first word. */
export function renderDecisionTable(decision: Decision, priced: Estimate | null, style: Style, width = 80): string {
  const estimate = priced && safeEstimate(priced, terminalText);
  const lines = [...proseLines([`Recommendation: ${decision.recommendation}`], width, style.bold), '', style.bold('How the answers led there')];
  decision.path.forEach((step, index) => {
    const number = `${index + 1}. `;
    lines.push(...wrapProse(`  ${number}${step.prompt} ${style.bold(showAnswer(step.answer))}`, width, number.length), ...proseLines([`     → ${step.implies}`], width, style.dim));
  });
  const items = (texts: readonly string[]) =>
    proseLines(
      texts.map((text) => `  - ${text}`),
      width,
    );
  lines.push('', style.bold('Why'), ...items(decision.reasons));
  if (decision.caveats.length) lines.push('', style.bold('Caveats'), ...items(decision.caveats));
  if (estimate)
    lines.push(
      '',
      ...proseLines([`Costs of ${estimate.scenario.file} (pricing ${estimate.pricing.id})`], width, style.bold),
      ...proseLines(
        costLines(estimate).map((line) => `  ${line}`),
        width,
      ),
    );
  return lines.join('\n');
}

export function renderDecisionMarkdown(decision: Decision, priced: Estimate | null): string {
  const estimate = priced && safeEstimate(priced, markdownText);
  const lines = [
    `### Recommendation: **${decision.recommendation}**`,
    '',
    '| # | Question | Answer | Implies |',
    '| ---: | --- | --- | --- |',
    ...decision.path.map((step, index) => `| ${index + 1} | ${step.prompt} | ${showAnswer(step.answer)} | ${step.implies} |`),
    '',
    '**Why**',
    '',
    ...decision.reasons.map((reason) => `- ${reason}`),
  ];
  if (decision.caveats.length) lines.push('', '**Caveats**', '', ...decision.caveats.map((caveat) => `- ${caveat}`));
  if (estimate) lines.push('', `**Costs** (\`${estimate.scenario.file}\`)`, '', ...costLines(estimate).map((line) => `- ${line}`));
  return lines.join('\n');
}

export function renderDecisionJson(decision: Decision, estimate: Estimate | null): string {
  return jsonText({
    schema: DECISION_SCHEMA,
    recommendation: decision.recommendation,
    path: decision.path.map((step) => ({ question: step.question, prompt: step.prompt, answer: step.answer, implies: step.implies })),
    reasons: decision.reasons,
    caveats: decision.caveats,
    costs: estimate && {
      scenario: estimate.scenario.file,
      cheapest: estimate.cheapest,
      monthly_usd: Object.fromEntries(platformsOf(estimate).map(([id, cost]) => [id, machineUsd(cost.monthlyUsd)])),
    },
  });
}
