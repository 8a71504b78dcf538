// The recommendation, for a terminal, a pull request and machines.
import type { CostEvidence, Decision } from '../decide/decision-tree.js';
import { Decimal, roundCents } from '../core/money.js';
import { groupDigits } from '../core/numbers.js';
import type { Estimate } from '../providers/aws/types.js';
import { describeCrossovers, platformName, platformsOf } from './crossovers.js';
import { formatBilledUsd, formatUsd, machineUsd, underSmallest } from './format.js';
import { proseLines, wrapProse } from './prose.js';
import type { Style } from './style.js';
import { markdownCode, markdownText, safeEstimate, terminalText, jsonText } from './escape.js';

export const DECISION_SCHEMA = 'slcost-decision/1';

/** What the decision tree may say of a priced scenario: the totals, in words, and what the cheapest container platform saves. */
export function costEvidence(estimate: Estimate): CostEvidence {
  const [serverless, ...others] = estimate.platforms;
  const best = [...others].sort((a, b) => a.monthlyUsd.comparedTo(b.monthlyUsd))[0];
  // The difference of the totals as printed, so that the sentence adds up with the figures beside it.
  const saving = best && roundCents(serverless!.monthlyUsd).minus(roundCents(best.monthlyUsd));
  return {
    cheapest: estimate.cheapest,
    // As the estimate under the recommendation reads them: a month of a few requests read $0.00 here and under $0.01 there.
    serverlessUsd: formatBilledUsd(serverless!),
    containersUsd: best ? formatBilledUsd(best) : null,
    containerName: best ? platformName(best.id) : null,
    containersSaveUsd: saving?.greaterThan(0) ? formatUsd(saving) : null,
  };
}

/**
 * The questions whose answer alone rules Lambda out: a run past 15 minutes or more memory than a function may have
 * is no scenario slcost can price (it refuses one), and no shipped table prices a GPU instance.
 */
const PAST_LAMBDA = new Set(['max_execution_minutes', 'memory_gb', 'needs_gpu']);

/**
 * Where a person who answered without a scenario goes next: a scenario of their own, priced. `code` marks a command.
 * None when a limit decided: the starter's functions could not be given the run or the memory that rules them out.
 */
function nextStep(decision: Decision, code: (command: string) => string): string | null {
  if (PAST_LAMBDA.has(decision.path.at(-1)?.question ?? '')) return null;
  const file = 'my-workload.yaml';
  return `Next: price your own workload: ${code(`slcost init ${file}`)} writes a starter scenario; fill in its figures, then ${code(`slcost estimate ${file}`)} (and ${code(`slcost decide --scenario ${file}`)} to decide with its costs).`;
}

/** An answer as the path shows it: yes or no, a number grouped and to the digits that tell it from its neighbours. */
export function showAnswer(answer: unknown): string {
  if (answer === null) return 'not asked';
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  if (typeof answer === 'number') {
    // A scenario's run of 200 ms is 0.0033 minutes: under a hundredth, two significant digits, not a run of 0 minutes;
    // under a millionth (a run of 1e-300 ms), so said, not hundreds of zeros.
    const value = new Decimal(answer);
    if (value.isZero() || value.abs().greaterThanOrEqualTo(0.01)) {
      // Lambda's limits are whole numbers: rounded onto one, an answer past it read as the limit itself, "15 → over
      // Lambda's 15-minute limit". It keeps the digits that tell it from the whole number.
      let places = 2;
      while (!value.isInteger() && value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).isInteger()) places++;
      return groupDigits(value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
    }
    return underSmallest(value) ?? groupDigits(value.toSignificantDigits(2, Decimal.ROUND_HALF_UP));
  }
  return String(answer);
}

function costLines(estimate: Estimate | null): string[] {
  if (!estimate) return [];
  const lines = [
    `Monthly: ${platformsOf(estimate)
      .map(([id, cost]) => `${platformName(id)} ${formatBilledUsd(cost)}`)
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
    // The arrow under the question's first word: a step numbered 10 or more is indented one more.
    lines.push(
      ...wrapProse(`  ${number}${step.prompt} ${style.bold(showAnswer(step.answer))}`, width, number.length),
      ...proseLines([`${' '.repeat(2 + number.length)}→ ${step.implies}`], width, style.dim),
    );
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
  else {
    const next = nextStep(decision, (command) => command);
    if (next) lines.push('', ...proseLines([next], width));
  }
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
  if (estimate && priced) lines.push('', `**Costs** (${markdownCode(priced.scenario.file)})`, '', ...costLines(estimate).map((line) => `- ${line}`));
  else {
    const next = nextStep(decision, (command) => `\`${command}\``);
    if (next) lines.push('', next);
  }
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
