// NAT gateway's section of a scenario file: `services.nat_gateway`, one object for all the workload's gateways.
import { Decimal } from '../../../core/money.js';
import { HOURS_PER_MONTH } from '../../../core/units.js';
import { NONE } from '../../../core/usage.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { NatGateway } from './types.js';

export const natGatewayScenario = scenarioSection({
  key: 'nat_gateway',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest }) =>
    z.optional(
      z.strictObject({
        count: z._default(z.int().check(z.gte(1), z.lte(10_000)), 1),
        hours_per_month: z._default(z.number().check(z.gt(0), z.lte(744)), HOURS_PER_MONTH),
        /** GB through the gateways, both directions together. */
        ...monthlyOrPerRequest('processed_gb'),
        /** Who goes out through them: every platform (default), or only the functions (a Lambda in a VPC), which the containers' side would not need. */
        used_by: z._default(z.enum(['all', 'functions']), 'all'),
      }),
    ),
  read: (nat, context): { natGateway: NatGateway | null } => ({
    natGateway: nat
      ? {
          count: new Decimal(nat.count),
          hoursPerMonth: new Decimal(nat.hours_per_month),
          processedGb: monthlyQuantity(nat, 'processed_gb', context, ['nat_gateway']) ?? NONE,
          usedBy: nat.used_by,
        }
      : null,
  }),
});
