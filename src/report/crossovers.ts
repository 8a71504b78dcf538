// Crossovers in words, shared by the estimate table and the break-even chart.
import { Decimal } from '../core/money.js';
import type { BudgetCheck, CheapestRange, Crossover, PlatformCost, PlatformId } from '../core/types.js';
import { PLATFORMS } from '../providers/aws/services.js';
import { comparedLabel } from '../providers/compare.js';
import type { Estimate } from '../providers/aws/types.js';
import { formatBilledUsd, threeDigitCount, formatRange, formatUsd } from './format.js';

/** Every platform an estimate priced, serverless first. */
export function platformsOf(estimate: Estimate): Array<[PlatformId, PlatformCost]> {
  return estimate.platforms.map((platform): [PlatformId, PlatformCost] => [platform.id, platform]);
}

/**
 * `Budget: Serverless $19.80 a month of $25.00, $5.20 left` or `…, $9.80 over`; with an outlook, the month
 * checked: `…, $18.50 over in month 5, the first of the 12 months to be over it` or `…, $1.00 left in month 12, the highest of the 12 months`.
 */
export function describeBudget(check: BudgetCheck): string {
  const state = check.over ? `${formatUsd(check.excessUsd)} over` : `${formatUsd(check.excessUsd.negated())} left`;
  const month = check.month === undefined ? '' : ` ${budgetMonth(check)}`;
  return `Budget: ${platformName(check.platform)} ${check.percentile ? `P${check.percentile} ` : ''}${formatBilledUsd(check)} a month of ${formatUsd(check.budgetUsd)}, ${state}${month}`;
}

/** `in month 5, the first of the 12 months to be over it`: which month of an outlook a budget check is of, and why that one. */
export function budgetMonth(check: BudgetCheck): string {
  return check.over ? `in month ${check.month}, the first of the ${check.months} months to be over it` : `in month ${check.month}, the highest of the ${check.months} months`;
}

/** A platform's name as its provider's list of platforms gives it. */
export function platformName(id: PlatformId): string {
  return PLATFORMS.find((platform) => platform.id === id)?.label ?? comparedLabel(id) ?? id;
}

/** What describeCrossovers reads: the estimate's break-even, or the chart's. */
export interface BreakevenSummary {
  readonly fromRequests: Decimal;
  readonly toRequests: Decimal;
  readonly crossovers: readonly Crossover[];
  readonly cheapest: readonly CheapestRange[];
  /** Where a concurrency limit starts to throttle serverless requests on the sweep; null (or absent) where none does. */
  readonly throttlesAboveRequests?: Decimal | null;
}

/**
 * "Fargate becomes cheaper than Serverless above 31.8M requests/month", one
 * line per crossover, while no two platforms cross more than once; when they
 * do (a stepping fleet against another), a line per range where one platform
 * is the cheapest, and one for a stretch where two take turns. Without any
 * crossover, which platform is the cheapest across the whole range.
 */
export function describeCrossovers(breakeven: BreakevenSummary): string[] {
  const limit = breakeven.throttlesAboveRequests ?? null;
  if (!limit || !limit.lessThan(breakeven.toRequests)) return describeServed(breakeven);
  // Past the limit the serverless bill stops growing with the traffic it refuses: a crossing there is no saving.
  const served = breakeven.crossovers.filter((crossover) => crossover.requestsPerMonth.lessThanOrEqualTo(limit));
  const past = breakeven.crossovers.length - served.length;
  const upTo = Decimal.max(breakeven.fromRequests, limit);
  const cheapest = breakeven.cheapest
    .filter((range) => range.fromRequests.lessThan(upTo))
    .map((range) => (range.toRequests.greaterThan(upTo) ? { ...range, toRequests: upTo } : range));
  return [
    ...describeServed({ fromRequests: breakeven.fromRequests, toRequests: upTo, crossovers: served, cheapest }),
    `Above ${threeDigitCount(limit)} requests/month the functions' concurrency limits throttle requests, which are not billed: serverless serves fewer than the others there` +
      (past ? `, and the ${past === 1 ? 'crossing' : `${past} crossings`} past it ${past === 1 ? 'is' : 'are'} that limit, not a saving` : ''),
  ];
}

function describeServed(breakeven: BreakevenSummary): string[] {
  const { crossovers, cheapest, fromRequests: from, toRequests: to } = breakeven;
  if (!crossovers.length) {
    const only = cheapest[0]?.platform;
    return only ? [`${platformName(only)} is the cheapest across the whole range, ${formatRange(from, to)} requests/month: no crossover`] : [];
  }
  const pairs = new Set(crossovers.map((crossover) => crossover.platforms.join(' ')));
  if (pairs.size === crossovers.length) {
    return crossovers.map((crossover) => {
      const [a, b] = crossover.platforms;
      const other = crossover.cheaperAbove === a ? b : a;
      return `${platformName(crossover.cheaperAbove)} becomes cheaper than ${platformName(other)} above ${threeDigitCount(crossover.requestsPerMonth)} requests/month`;
    });
  }
  const lines: string[] = [];
  for (let start = 0; start < cheapest.length;) {
    // The longest stretch from here over which the cheapest goes back and forth between two platforms.
    let end = start + 1;
    while (end + 1 < cheapest.length && cheapest[end + 1]!.platform === cheapest[end - 1]!.platform) end++;
    // A range at either end of the stretch that is wider than the rest of it is a range of its own, not a turn.
    if (end - start >= 2 && decades(cheapest.slice(start, start + 1)) > decades(cheapest.slice(start + 1, end + 1))) end = start;
    if (end - start >= 2 && decades(cheapest.slice(end, end + 1)) > decades(cheapest.slice(start, end))) end -= 1;
    const first = cheapest[start]!;
    if (end - start >= 2) {
      const last = cheapest[end]!;
      const names = [first.platform, cheapest[start + 1]!.platform].map(platformName).join(' and ');
      lines.push(
        `${names} take turns as the cheapest from ${threeDigitCount(first.fromRequests)} to ${threeDigitCount(last.toRequests)} requests/month, crossing ${end - start} times`,
      );
      start = end + 1;
    } else {
      lines.push(`${platformName(first.platform)} is the cheapest from ${threeDigitCount(first.fromRequests)} to ${threeDigitCount(first.toRequests)} requests/month`);
      start += 1;
    }
  }
  return lines;
}

/** How many powers of ten the ranges span together. */
function decades(ranges: readonly CheapestRange[]): number {
  return Math.log10(ranges.at(-1)!.toRequests.dividedBy(ranges[0]!.fromRequests).toNumber());
}
