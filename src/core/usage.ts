// A monthly quantity as a scenario gives it: a fixed figure for the month, or
// a figure per request of the scenario's traffic. Only the second follows the
// traffic when a sweep, a traffic shape or the cost-bomb check changes it.
import { Decimal, ZERO } from './money.js';

export interface MonthlyQuantity {
  readonly perMonth: Decimal;
  /** Given per request of the traffic: scaled with it. */
  readonly followsTraffic: boolean;
}

export const NONE: MonthlyQuantity = { perMonth: ZERO, followsTraffic: false };

export function fixedQuantity(perMonth: Decimal | number): MonthlyQuantity {
  return { perMonth: new Decimal(perMonth), followsTraffic: false };
}

/** `quantity` at another volume: a fixed figure stays, a per-request one is scaled. */
export function scaleQuantity(quantity: MonthlyQuantity, scaled: (value: Decimal) => Decimal): MonthlyQuantity {
  return quantity.followsTraffic ? { perMonth: scaled(quantity.perMonth), followsTraffic: true } : quantity;
}

/** How many metered units a payload of `sizeKb` counts as, at `stepKb` each (SQS, SNS and EventBridge meter in 64 KB chunks). */
export function meteredChunks(sizeKb: Decimal, stepKb: number | Decimal): Decimal {
  return Decimal.max(1, sizeKb.dividedBy(stepKb).ceil());
}

/** A payload within a tenth of a step above a metering boundary: trimming it by a few KB would save a whole unit. */
export function justOverStep(sizeKb: Decimal, stepKb: number | Decimal): boolean {
  const over = sizeKb.mod(stepKb);
  return sizeKb.greaterThan(stepKb) && over.greaterThan(0) && over.lessThanOrEqualTo(new Decimal(stepKb).dividedBy(10));
}
