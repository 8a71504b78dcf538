import { type Decimal, roundCents, sum } from './money.js';
import type { LineItem, PlatformCost, Tier, UsageBasis } from './types.js';
import { describeBand, tierBuckets } from './bands.js';

export function lineItem(fields: { id: string; label: string; quantity: Decimal; unit: string; unitPriceUsd: Decimal; basis?: UsageBasis | null }): LineItem {
  const exactUsd = fields.quantity.times(fields.unitPriceUsd);
  return { basis: null, ...fields, exactUsd, monthlyUsd: roundCents(exactUsd) };
}

/** A platform's total is the exact sum of its line items, both in cents and unrounded. */
export function platformCost(lineItems: readonly LineItem[]): PlatformCost {
  return {
    lineItems,
    monthlyUsd: sum(lineItems.map((item) => item.monthlyUsd)),
    exactUsd: sum(lineItems.map((item) => item.exactUsd)),
  };
}

/**
 * One line item per price band that `gross` reaches.
 * @param unitsPerCount priced units per counted thing (0.000001 for a price per million requests, 1 for GB-seconds)
 */
export function tieredLineItems(spec: {
  id: string;
  label: string;
  countedAs: string;
  unit: string;
  unitsPerCount: Decimal;
  gross: Decimal;
  free: Decimal;
  tiers: readonly Tier[];
}): LineItem[] {
  const buckets = tierBuckets(spec.gross, spec.free, spec.tiers);
  return buckets.map((bucket) => {
    const band = describeBand(bucket, spec.tiers);
    return lineItem({
      id: `${spec.id}.tier-${bucket.band}`,
      label: band ? `${spec.label} (${band})` : spec.label,
      quantity: bucket.billedQuantity.times(spec.unitsPerCount),
      unit: spec.unit,
      unitPriceUsd: bucket.unitPriceUsd,
      basis: { used: bucket.usedQuantity, free: bucket.usedQuantity.minus(bucket.billedQuantity), countedAs: spec.countedAs },
    });
  });
}

/**
 * One line at one price for what a month uses past a free (or included)
 * allowance: `gross` counted, `free` of it not billed.
 * @param unitsPerCount priced units per counted thing (0.000001 for a price per million requests, 1 for GB-seconds)
 */
export function allowanceLineItem(spec: {
  id: string;
  label: string;
  countedAs: string;
  unit: string;
  unitsPerCount: Decimal;
  gross: Decimal;
  free: Decimal;
  usd: Decimal;
  /** `included` for an allowance a plan's price pays for. */
  freeAs?: string;
}): LineItem {
  const [item] = tieredLineItems({ ...spec, tiers: [{ upTo: null, usd: spec.usd }] });
  return { ...item!, id: spec.id, basis: spec.freeAs && item!.basis ? { ...item!.basis, freeAs: spec.freeAs } : item!.basis };
}
