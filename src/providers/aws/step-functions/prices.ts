// Step Functions' section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { checkBands, listBands, priceSection, toTiers } from '../../../schema/price-section.js';
import type { StepFunctionsPrices } from './types.js';

export interface StepFunctionsSection {
  readonly stepFunctions: StepFunctionsPrices | null;
}

export const stepFunctionsPrices = priceSection({
  key: 'step_functions',
  schema: ({ z, priceString, tiers, source }) =>
    z.optional(
      z.strictObject({
        source,
        standard_per_thousand_transitions: priceString,
        free_transitions_per_month: z.number().check(z.gte(0)),
        express_per_million_requests: priceString,
        express_duration_per_gb_second: tiers,
        express_duration_step_ms: z.int().check(z.gte(1)),
        express_memory_step_mb: z.int().check(z.gte(1)),
      }),
    ),
  check: (section, fail) => checkBands(section.express_duration_per_gb_second, fail, 'express_duration_per_gb_second'),
  read: (section): StepFunctionsSection => ({
    stepFunctions: section
      ? {
          source: section.source,
          perThousandTransitions: new Decimal(section.standard_per_thousand_transitions),
          freeTransitions: new Decimal(section.free_transitions_per_month),
          expressPerMillionRequests: new Decimal(section.express_per_million_requests),
          expressPerGbSecond: toTiers(section.express_duration_per_gb_second),
          expressDurationStepMs: section.express_duration_step_ms,
          expressMemoryStepMb: section.express_memory_step_mb,
        }
      : null,
  }),
  discount: ({ stepFunctions }, off) => ({
    stepFunctions: stepFunctions && {
      ...stepFunctions,
      perThousandTransitions: off(stepFunctions.perThousandTransitions),
      expressPerMillionRequests: off(stepFunctions.expressPerMillionRequests),
      expressPerGbSecond: stepFunctions.expressPerGbSecond.map((tier) => ({ ...tier, usd: off(tier.usd) })),
    },
  }),
  list: ({ stepFunctions }, add) => {
    if (!stepFunctions) return;
    add('standard_transitions', 'Step Functions Standard state transitions', stepFunctions.perThousandTransitions, 'USD per 1,000 transitions');
    add('express_requests', 'Step Functions Express requests', stepFunctions.expressPerMillionRequests, 'USD per 1M requests');
    listBands(stepFunctions.expressPerGbSecond, 'express_duration', 'Step Functions Express duration', 'USD per GB-second', add);
  },
});
