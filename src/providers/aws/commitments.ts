// Commitment discounts (Savings Plans, Spot) as slcost estimates them: shared
// by the EC2 and Fargate services, read from the price table's `commitments`.
import { PricingError } from '../../core/errors.js';
import type { FleetRun } from '../../core/fleet.js';
import { Decimal, ONE, ZERO } from '../../core/money.js';
import { priceSection } from '../../schema/price-section.js';
import { HOURS_PER_MONTH, PER_HUNDRED } from '../../core/units.js';
import { lineItem } from '../../core/line-item.js';
import type { LineItem } from '../../core/types.js';
import type { CommitmentDiscounts } from './types.js';
import { type Architecture, ARCHITECTURES } from './architecture.js';
import { setting } from '../../core/refer.js';

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
  if (!pct) throw new PricingError(`pricing ${where} states no ${PRICING_LABEL[fleet.pricing]} discount for ${what}; give ${setting('discount')} in the scenario`);
  return pct;
}

export function describePricing(fleet: { readonly pricing: Commitment }, pct: Decimal): string {
  return pct.isZero() ? PRICING_LABEL[fleet.pricing] : `${PRICING_LABEL[fleet.pricing]}, −${pct.toFixed()}%`;
}

export const discounted = (price: Decimal, pct: Decimal) => price.times(ONE.minus(pct.times(PER_HUNDRED)));

/** The commitment's line: every hour of the month at the committed dollars. `covered`: what the covered units are, for its note. */
export function savingsPlanCommitment(service: string, pricing: string, plan: SavingsPlanMonth, covered: string): LineItem {
  return lineItem({
    id: `${service}.savings-plan-commitment`,
    label: `Savings Plan commitment (${pricing})`,
    quantity: new Decimal(HOURS_PER_MONTH),
    unit: 'hours',
    unitPriceUsd: plan.commitmentUsdPerHour,
    basis: { used: plan.coveredUnits, free: ZERO, countedAs: covered },
  });
}

export const isSavingsPlan = (pricing: string): pricing is 'savings_plan_1yr' | 'savings_plan_3yr' => pricing === 'savings_plan_1yr' || pricing === 'savings_plan_3yr';

/** A Savings Plan's month: the commitment paid every hour, and the unit-hours above it, which run on demand. */
export interface SavingsPlanMonth {
  readonly commitmentUsdPerHour: Decimal;
  /** Units the commitment pays for each hour, at the plan's rate. */
  readonly coveredUnits: Decimal;
  readonly onDemandUnitHours: Decimal;
}

/**
 * A Savings Plan as AWS bills it: a commitment of dollars an hour at the
 * plan's rates, paid every hour whether used or not; what runs above it is
 * billed on demand. Without a stated commitment, the fleet's floor (its
 * quietest hour) is committed: the most that never goes unused.
 * `planRatePerUnitHour`: one unit-hour at the plan's rate.
 */
export function savingsPlanMonth(run: FleetRun, planRatePerUnitHour: Decimal, commitmentUsdPerHour: Decimal | null): SavingsPlanMonth {
  if (!commitmentUsdPerHour) {
    return { commitmentUsdPerHour: run.lowest.times(planRatePerUnitHour), coveredUnits: run.lowest, onDemandUnitHours: run.hoursAbove(run.lowest) };
  }
  // A rate of nothing (a price of zero) is covered by any commitment: every unit of the busiest hour.
  const coveredUnits = planRatePerUnitHour.isZero() ? run.peak : commitmentUsdPerHour.dividedBy(planRatePerUnitHour);
  return { commitmentUsdPerHour, coveredUnits, onDemandUnitHours: run.hoursAbove(coveredUnits) };
}

/** The table's `commitments` section: slcost's estimates of the discounts, shared by the EC2 and Fargate services. */
export const commitmentPrices = priceSection({
  key: 'commitments',
  schema: ({ z, pct, source }) =>
    z.optional(
      z.strictObject({
        source,
        ec2: z.strictObject({ savings_plan_1yr_pct: pct, savings_plan_3yr_pct: pct }),
        fargate: z.strictObject({
          savings_plan_1yr_pct: pct,
          savings_plan_3yr_pct: pct,
          spot_pct: pct,
          // Tables before Fargate Spot ran arm64 tasks leave it out: x86_64 alone.
          spot_architectures: z.optional(z.array(z.enum(ARCHITECTURES as [Architecture, ...Architecture[]])).check(z.minLength(1))),
        }),
      }),
    ),
  read: (commitments): CommitmentSection => ({
    commitments: commitments
      ? {
          ec2: { savingsPlan1yrPct: new Decimal(commitments.ec2.savings_plan_1yr_pct), savingsPlan3yrPct: new Decimal(commitments.ec2.savings_plan_3yr_pct) },
          fargate: {
            savingsPlan1yrPct: new Decimal(commitments.fargate.savings_plan_1yr_pct),
            savingsPlan3yrPct: new Decimal(commitments.fargate.savings_plan_3yr_pct),
            spotPct: new Decimal(commitments.fargate.spot_pct),
            spotArchitectures: commitments.fargate.spot_architectures ?? ['x86_64'],
          },
        }
      : null,
  }),
  list: ({ commitments: c }, add) => {
    if (!c) return;
    add('ec2.savings_plan_1yr', 'EC2 Savings Plan, 1 year', c.ec2.savingsPlan1yrPct, '% off');
    add('ec2.savings_plan_3yr', 'EC2 Savings Plan, 3 years', c.ec2.savingsPlan3yrPct, '% off');
    add('fargate.savings_plan_1yr', 'Fargate Savings Plan, 1 year', c.fargate.savingsPlan1yrPct, '% off');
    add('fargate.savings_plan_3yr', 'Fargate Savings Plan, 3 years', c.fargate.savingsPlan3yrPct, '% off');
    add('fargate.spot', 'Fargate Spot', c.fargate.spotPct, '% off');
    if (c.fargate.spotArchitectures.includes('arm64')) add('fargate.spot.arm64', 'Fargate Spot on arm64 tasks', c.fargate.spotPct, '% off');
  },
});
