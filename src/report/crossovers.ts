// Crossovers in words, shared by the estimate table and the break-even chart.
import type { Decimal } from '../core/money.js';
import type { BudgetCheck, Crossover, PlatformCost, PlatformId } from '../core/types.js';
import { PLATFORMS } from '../providers/aws/services.js';
import type { Estimate } from '../providers/aws/types.js';
import { formatCount, formatUsd } from './format.js';

/** Every platform an estimate priced, serverless first. */
export function platformsOf(estimate: Estimate): Array<[PlatformId, PlatformCost]> {
  return estimate.platforms.map((platform): [PlatformId, PlatformCost] => [platform.id, platform]);
}

/** `Budget: Serverless $19.80 a month of $25.00, $5.20 left` or `…, $9.80 over`. */
export function describeBudget(check: BudgetCheck): string {
  const state = check.over ? `${formatUsd(check.excessUsd)} over` : `${formatUsd(check.excessUsd.negated())} left`;
  return `Budget: ${platformName(check.platform)} ${formatUsd(check.monthlyUsd)} a month of ${formatUsd(check.budgetUsd)}, ${state}`;
}

/** A platform's name as its provider's list of platforms gives it. */
export function platformName(id: PlatformId): string {
  return PLATFORMS.find((platform) => platform.id === id)?.label ?? id;
}

/**
 * "Fargate becomes cheaper than Serverless above 48.2M requests/month", one line per crossover;
 * without any, which platform is cheapest across the whole range.
 */
export function describeCrossovers(crossovers: readonly Crossover[], from: Decimal, to: Decimal, cheapest: PlatformId): string[] {
  if (!crossovers.length) {
    return [`${platformName(cheapest)} is the cheapest across the whole range, ${formatCount(from)} to ${formatCount(to)} requests/month: no crossover`];
  }
  return crossovers.map((crossover) => {
    const [a, b] = crossover.platforms;
    const other = crossover.cheaperAbove === a ? b : a;
    return `${platformName(crossover.cheaperAbove)} becomes cheaper than ${platformName(other)} above ${formatCount(crossover.requestsPerMonth)} requests/month`;
  });
}
