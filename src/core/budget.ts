// Budgets: each platform's monthly total against the budget set for it.
import type { BudgetCheck, PlatformCost, PlatformId } from './types.js';
import type { Decimal } from './money.js';

/** A check per platform that has a budget, in platform order; over when the total (in cents) is above the budget. */
export function budgetChecks(
  platforms: ReadonlyArray<readonly [PlatformId, Pick<PlatformCost, 'monthlyUsd' | 'exactUsd'>]>,
  budgets: Partial<Record<PlatformId, Decimal>>,
): BudgetCheck[] {
  return platforms.flatMap(([platform, cost]) => {
    const budgetUsd = budgets[platform];
    if (!budgetUsd) return [];
    const excess = cost.monthlyUsd.minus(budgetUsd);
    return [{ platform, budgetUsd, monthlyUsd: cost.monthlyUsd, exactUsd: cost.exactUsd, excessUsd: excess, over: excess.greaterThan(0) }];
  });
}
