// The answers file of `slcost decide --answers`: one key per question, all
// optional (only the questions on the path must be answered), strict like a scenario.
import { MOST_REQUESTS_PER_MONTH } from '../core/requests-written.js';
import { lazily } from './lazily.js';
import { zod } from './zod.js';

export const answersSchema = lazily(() => {
  const z = zod();
  return z.strictObject({
    max_execution_minutes: z.optional(z.number().check(z.gte(0), z.lte(100_000))),
    needs_gpu: z.optional(z.boolean()),
    memory_gb: z.optional(z.number().check(z.gte(0), z.lte(24_576))),
    needs_sub_10ms_latency: z.optional(z.boolean()),
    persistent_connections: z.optional(z.boolean()),
    traffic_pattern: z.optional(z.enum(['steady', 'diurnal', 'spiky', 'unpredictable'])),
    requests_per_month: z.optional(z.number().check(z.gte(0), z.lte(MOST_REQUESTS_PER_MONTH))),
    engineering_time_more_valuable: z.optional(z.boolean()),
    stateful_workflows: z.optional(z.boolean()),
    aws_committed: z.optional(z.boolean()),
    uses_relational_database: z.optional(z.boolean()),
  });
});
