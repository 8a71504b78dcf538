// Step Functions' section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { checkBands, listBands, offTiers, priceSection, toTiers } from '../../../schema/price-section.js';
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
        // Express may be left out of a region whose rates were not found: all four keys, or none.
        express_per_million_requests: z.optional(priceString),
        express_duration_per_gb_second: z.optional(tiers),
        express_duration_step_ms: z.optional(z.int().check(z.gte(1))),
        express_memory_step_mb: z.optional(z.int().check(z.gte(1))),
      }),
    ),
  check: (section, fail) => {
    const express = [section.express_per_million_requests, section.express_duration_per_gb_second, section.express_duration_step_ms, section.express_memory_step_mb];
    if (express.some((value) => value === undefined) && express.some((value) => value !== undefined)) {
      fail('give all four express_ prices or none (a region whose Express rates are not known leaves them all out)', []);
    }
    if (section.express_duration_per_gb_second) checkBands(section.express_duration_per_gb_second, fail, 'express_duration_per_gb_second');
  },
  read: (section): StepFunctionsSection => ({
    stepFunctions: section
      ? {
          source: section.source,
          perThousandTransitions: new Decimal(section.standard_per_thousand_transitions),
          freeTransitions: new Decimal(section.free_transitions_per_month),
          express:
            section.express_per_million_requests !== undefined &&
            section.express_duration_per_gb_second !== undefined &&
            section.express_duration_step_ms !== undefined &&
            section.express_memory_step_mb !== undefined
              ? {
                  perMillionRequests: new Decimal(section.express_per_million_requests),
                  perGbSecond: toTiers(section.express_duration_per_gb_second),
                  durationStepMs: section.express_duration_step_ms,
                  memoryStepMb: section.express_memory_step_mb,
                }
              : null,
        }
      : null,
  }),
  discount: ({ stepFunctions }, off) => ({
    stepFunctions: stepFunctions && {
      ...stepFunctions,
      perThousandTransitions: off(stepFunctions.perThousandTransitions),
      express: stepFunctions.express && {
        ...stepFunctions.express,
        perMillionRequests: off(stepFunctions.express.perMillionRequests),
        perGbSecond: offTiers(stepFunctions.express.perGbSecond, off),
      },
    },
  }),
  list: ({ stepFunctions }, add) => {
    if (!stepFunctions) return;
    add('standard_transitions', 'Step Functions Standard state transitions', stepFunctions.perThousandTransitions, 'USD per 1,000 transitions');
    if (!stepFunctions.express) return;
    add('express_requests', 'Step Functions Express requests', stepFunctions.express.perMillionRequests, 'USD per 1M requests');
    listBands(stepFunctions.express.perGbSecond, 'express_duration', 'Step Functions Express duration', 'USD per GB-second', add);
  },
});
