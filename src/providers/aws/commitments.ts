// Commitment discounts (Savings Plans, Spot) as slcost estimates them: shared
// by the EC2 and Fargate services, read from the price table's `commitments`.
import { PricingError } from '../../core/errors.js';
import { type Decimal, ONE, ZERO } from '../../core/money.js';
import { PER_HUNDRED } from '../../core/units.js';
import type { CommitmentDiscounts } from './types.js';

export type Commitment = 'on_demand' | 'savings_plan_1yr' | 'savings_plan_3yr' | 'spot';

export interface CommitmentSection {
  readonly commitments: CommitmentDiscounts | null;
}

const PRICING_LABEL: Readonly<Record<Commitment, string>> = { on_demand: 'on demand', savings_plan_1yr: 'Savings Plan 1 yr', savings_plan_3yr: 'Savings Plan 3 yr', spot: 'Spot' };

/** The discount a fleet gets, in percent: its own, else the price table's estimate for its commitment. */
export function discountPct(
  fleet: { readonly pricing: Commitment; readonly discountPct: Decimal | null },
  table: { savingsPlan1yrPct: Decimal; savingsPlan3yrPct: Decimal; spotPct?: Decimal } | undefined,
  what: string,
  where: string,
): Decimal {
  if (fleet.discountPct) return fleet.discountPct;
  if (fleet.pricing === 'on_demand') return ZERO;
  const pct = fleet.pricing === 'spot' ? table?.spotPct : fleet.pricing === 'savings_plan_1yr' ? table?.savingsPlan1yrPct : table?.savingsPlan3yrPct;
  if (!pct) throw new PricingError(`pricing ${where} states no ${PRICING_LABEL[fleet.pricing]} discount for ${what}; give {setting:discount} in the scenario`);
  return pct;
}

export function describePricing(fleet: { readonly pricing: Commitment }, pct: Decimal): string {
  return pct.isZero() ? PRICING_LABEL[fleet.pricing] : `${PRICING_LABEL[fleet.pricing]}, −${pct.toFixed()}%`;
}

export const discounted = (price: Decimal, pct: Decimal) => price.times(ONE.minus(pct.times(PER_HUNDRED)));
