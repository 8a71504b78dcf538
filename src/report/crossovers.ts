// Crossovers in words, shared by the estimate table and the break-even chart.
import type { Decimal } from '../model/money.js';
import type { BudgetCheck, Crossover, Estimate, PlatformCost, PlatformId } from '../model/types.js';
import { formatCount, formatUsd } from './format.js';

/** Every platform an estimate priced, serverless first. */
export function platformsOf(estimate: Estimate): Array<[PlatformId, PlatformCost]> {
  return [['serverless', estimate.serverless], ...estimate.containers.map((platform): [PlatformId, PlatformCost] => [platform.id, platform])];
}

/** `Budget: Serverless $19.80 a month of $25.00, $5.20 left` or `…, $9.80 over`. */
export function describeBudget(check: BudgetCheck): string {
  const state = check.over ? `${formatUsd(check.excessUsd)} over` : `${formatUsd(check.excessUsd.negated())} left`;
  return `Budget: ${PLATFORM_NAMES[check.platform]} ${formatUsd(check.monthlyUsd)} a month of ${formatUsd(check.budgetUsd)}, ${state}`;
}

export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = { serverless: 'Serverless', ec2: 'EC2', fargate: 'Fargate' };

/**
 * "Fargate becomes cheaper than Serverless above 48.2M requests/month", one line per crossover;
 * without any, which platform is cheapest across the whole range.
 */
export function describeCrossovers(crossovers: readonly Crossover[], from: Decimal, to: Decimal, cheapest: PlatformId): string[] {
  if (!crossovers.length) {
    return [`${PLATFORM_NAMES[cheapest]} is the cheapest across the whole range, ${formatCount(from)} to ${formatCount(to)} requests/month: no crossover`];
  }
  return crossovers.map((crossover) => {
    const [a, b] = crossover.platforms;
    const other = crossover.cheaperAbove === a ? b : a;
    return `${PLATFORM_NAMES[crossover.cheaperAbove]} becomes cheaper than ${PLATFORM_NAMES[other]} above ${formatCount(crossover.requestsPerMonth)} requests/month`;
  });
}
