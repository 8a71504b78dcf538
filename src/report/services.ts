// A platform's bill by service: each service's line items under its subtotal
// and its share of the bill, and the one that costs most.
import type { PricedPlatform, ServiceLineItem, ServiceSubtotal } from '../core/estimate.js';
import { Decimal } from '../core/money.js';

export interface ServiceGroup extends ServiceSubtotal {
  /** The subtotal as a share of the platform's month, in percent; null when the month costs nothing. */
  readonly sharePct: Decimal | null;
  readonly items: readonly ServiceLineItem[];
}

export function serviceGroups(platform: PricedPlatform): ServiceGroup[] {
  return platform.services.map((service) => ({
    ...service,
    sharePct: platform.exactUsd.isZero() ? null : service.exactUsd.dividedBy(platform.exactUsd).times(100),
    items: platform.lineItems.filter((item) => item.service === service.id),
  }));
}

/** The service that costs most of `groups` (a platform's), when there is more than one and they cost anything. */
export function largestService(groups: readonly ServiceGroup[]): ServiceGroup | null {
  if (groups.length < 2 || groups.every((group) => group.exactUsd.isZero())) return null;
  return groups.reduce((best, group) => (group.exactUsd.greaterThan(best.exactUsd) ? group : best));
}

/** `62%`, or `<1%` for a share that is not zero but rounds to it, and `>99%` for one that is not all but rounds to it. */
export function formatShare(sharePct: Decimal | null): string {
  if (!sharePct) return '';
  if (!sharePct.isZero() && sharePct.lessThan(0.5)) return '<1%';
  if (sharePct.lessThan(100) && sharePct.greaterThanOrEqualTo(99.5)) return '>99%';
  return `${sharePct.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed()}%`;
}

/**
 * The cheapest platform against the next cheapest: what it saves a month, and that saving as a share of the next's
 * bill (` (41%)`, or nothing when the next costs nothing); null when there is one platform. `tied` holds the platforms
 * whose month costs what the cheapest's does, it first: more than one is a tie, which no saving of $0.00 describes.
 */
export function savingOverNext(
  platforms: readonly PricedPlatform[],
  cheapest: string,
): { best: PricedPlatform; next: PricedPlatform; savingUsd: Decimal; share: string; tied: readonly PricedPlatform[] } | null {
  const best = platforms.find((platform) => platform.id === cheapest)!;
  const next = platforms.filter((platform) => platform.id !== best.id).sort((a, b) => a.monthlyUsd.comparedTo(b.monthlyUsd))[0];
  if (!next) return null;
  const savingUsd = next.monthlyUsd.minus(best.monthlyUsd);
  const tied = [best, ...platforms.filter((platform) => platform.id !== best.id && platform.monthlyUsd.equals(best.monthlyUsd))];
  return { best, next, savingUsd, share: next.monthlyUsd.isZero() ? '' : ` (${formatShare(savingUsd.dividedBy(next.monthlyUsd).times(100))})`, tied };
}

/** `Serverless and EC2`, `Serverless, EC2 and Fargate`. */
export function namesJoined(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** `DynamoDB (shared, 62%)`: a group's heading. */
export function describeGroup(group: ServiceGroup): string {
  const share = formatShare(group.sharePct);
  const notes = [...(group.shared ? ['shared'] : []), ...(share ? [share] : [])];
  return notes.length ? `${group.label} (${notes.join(', ')})` : group.label;
}

/** `Largest: DynamoDB, $51.25 (62%)`, or null. */
export function describeLargest(groups: readonly ServiceGroup[], usd: (group: ServiceGroup) => string): string | null {
  const largest = largestService(groups);
  return largest ? `Largest: ${largest.label}, ${usd(largest)} (${formatShare(largest.sharePct)} of the month)` : null;
}
