// The usage file that goes with a serverless.yml or SAM template: what a
// template cannot say (how often each function runs, for how long), and the
// scenario-level settings, in the same words as scenario files.
import type * as Zod from 'zod/mini';
import { lazily } from './lazily.js';
import { MOST_REQUESTS_PER_MONTH } from '../core/requests-written.js';
import { aws } from '../providers/aws/index.js';
import { scenarioSchemas } from './scenario.js';
import { compareSchema } from './compare.js';
import { zod } from './zod.js';
import { scenarioParts } from './scenario-section.js';
import { usageFunctionLogsSchema } from '../providers/aws/cloudwatch-logs/index.js';
import { streamSchema, workloadFields } from '../providers/aws/lambda/index.js';

export const usageSchema = lazily(() => {
  const z = zod();
  const { traffic: trafficSchema, containers: containersSchema, budget: budgetSchema } = scenarioSchemas();
  const perMonth = z.number().check(z.gte(0), z.lte(MOST_REQUESTS_PER_MONTH));

  const workload = workloadFields(scenarioParts(z));
  const functionUsageSchema = z.strictObject({
    requests_per_month: z.optional(perMonth),
    duration_ms: z.optional(z.number().check(z.gt(0), z.lte(900_000))),
    // Lambda stops an INIT phase after 10 seconds on demand.
    init_duration_ms: z.optional(z.number().check(z.gt(0), z.lte(10_000))),
    /** Its own logs, each key over what the template says (its log group's retention, its system log level). */
    logs: usageFunctionLogsSchema(scenarioParts(z)),
    // What the comparison with other providers and the memory model read, as a scenario file's functions give them.
    cpu_ms: z.optional(workload.cpu_ms),
    memory_used_mb: z.optional(workload.memory_used_mb),
    concurrency_per_instance: z.optional(workload.concurrency_per_instance),
    cpu_bound_pct: z.optional(workload.cpu_bound_pct),
    threads: z.optional(workload.threads),
    peak_memory_mb: z.optional(workload.peak_memory_mb),
    /** The shards of the stream that invokes it, where the template cannot say them (a table's stream, an on-demand stream) or says other. */
    stream: z.optional(streamSchema(scenarioParts(z))),
  });

  return z.strictObject({
    pricing: z.optional(z.string().check(z.minLength(1))),
    region: z.optional(z.string().check(z.minLength(1))),
    free_tier: z._default(z.boolean(), true),
    traffic: z.optional(trafficSchema),
    api_gateway: z.optional(
      z.strictObject({
        free_tier: z._default(z.boolean(), false),
        request_size_kb: z.optional(z.number().check(z.gt(0), z.lte(10 * 1024 * 1024))),
        message_size_kb: z.optional(z.number().check(z.gt(0), z.lte(128))),
        connection_minutes_per_month: z.optional(perMonth),
        /** The API's throttle, where the template does not say it in a way the reader sees. */
        throttle: z.optional(z.strictObject({ rate_limit_rps: z.number().check(z.gt(0), z.lte(10_000_000)), burst_limit: z.optional(z.int().check(z.gte(0), z.lte(10_000_000))) })),
      }),
    ),
    containers: z.optional(containersSchema),
    budget: z.optional(budgetSchema),
    /** The providers the functions are compared on, and their settings (a region, Azure's plan), as a scenario's `compare:`. */
    compare: z.optional(compareSchema(scenarioParts(z))),
    /**
     * The services around the functions, by the scenario's keys. An entry here
     * is partial (the template gives the rest), so the scenario's own schema of
     * each section checks it once merged over the template (load/template-services.ts):
     * here only the keys and the shape, a list of entries or one object.
     */
    services: z.optional(
      z.strictObject(
        Object.fromEntries(
          aws.scenarioSections
            .filter((section) => section.group === 'services')
            .map((section) => [section.key, z.optional(z.union([z.array(z.record(z.string(), z.unknown())), z.record(z.string(), z.unknown())]))]),
        ),
      ),
    ),
    /** By function name as the template gives it; "*" holds defaults for every function. */
    functions: z.optional(z.record(z.string(), functionUsageSchema)),
  });
});

export type UsageFile = Zod.output<ReturnType<typeof usageSchema>>;
