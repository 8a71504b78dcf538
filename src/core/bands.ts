// Splitting a month's usage into the price bands of a tiered price
// (Lambda duration, API Gateway requests). Free units come off the bottom
// band first: the free tier is the first part of the month's usage.
import { type Decimal, ZERO, max, min } from './money.js';
import { compactCount } from './numbers.js';
import type { Tier } from './types.js';

export interface TierBucket {
  /** 1-based band number. */
  readonly band: number;
  readonly from: Decimal;
  readonly to: Decimal | null;
  /** Gross usage that falls in this band. */
  readonly usedQuantity: Decimal;
  /** The part of it that is billed, after the free units. */
  readonly billedQuantity: Decimal;
  readonly unitPriceUsd: Decimal;
}

/**
 * The bands that `grossQuantity` reaches, each with the quantity billed in it
 * once the first `freeQuantity` units are taken off. Bands the usage never
 * reaches are left out; band 1 is always returned, so a month inside the
 * free tier still shows the price it would pay.
 */
export function tierBuckets(grossQuantity: Decimal, freeQuantity: Decimal, tiers: readonly Tier[]): TierBucket[] {
  const free = min(max(freeQuantity, ZERO), grossQuantity);
  const buckets: TierBucket[] = [];
  let from = ZERO;
  tiers.forEach((tier, index) => {
    const to = tier.upTo;
    if (index > 0 && grossQuantity.lessThanOrEqualTo(from)) return;
    const top = to === null ? grossQuantity : min(to, grossQuantity);
    const usedQuantity = max(top.minus(from), ZERO);
    const billedQuantity = max(top.minus(max(from, free)), ZERO);
    buckets.push({ band: index + 1, from, to, usedQuantity, billedQuantity, unitPriceUsd: tier.usd });
    if (to !== null) from = to;
  });
  return buckets;
}

/** Where a tiered price's bands end, in its own unit: the bends a meter of it has (none for a flat price, or none given). */
export function bandEdges(tiers: readonly Tier[] | null | undefined): Decimal[] {
  return (tiers ?? []).flatMap((tier) => (tier.upTo ? [tier.upTo] : []));
}

/** `first 6B`, `6B–15B`, `over 15B` (in the line's own unit); empty for a flat price. */
export function describeBand(bucket: TierBucket, tiers: readonly Tier[]): string {
  let labels = bandLabels.get(tiers);
  if (!labels) bandLabels.set(tiers, (labels = []));
  return (labels[bucket.band] ??= bandLabel(bucket, tiers.length));
}

/** A table's bands are fixed: each is described once, not at every volume a curve is priced at. */
const bandLabels = new WeakMap<readonly Tier[], string[]>();

function bandLabel(bucket: TierBucket, tierCount: number): string {
  if (tierCount === 1) return '';
  if (bucket.to === null) return `over ${compactCount(bucket.from)}`;
  if (bucket.band === 1) return `first ${compactCount(bucket.to)}`;
  return `${compactCount(bucket.from)}–${compactCount(bucket.to)}`;
}
