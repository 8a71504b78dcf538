// Commitment discounts (Savings Plans, Spot) as slcost estimates them: shared
// by the EC2 and Fargate services, read from the price table's `commitments`.
import { PricingError } from '../../core/errors.js';
import { Decimal, ONE, ZERO } from '../../core/money.js';
import { priceSection } from '../../schema/price-section.js';
import { PER_HUNDRED } from '../../core/units.js';
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
