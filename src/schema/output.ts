// The JSON output's own schema, from which the shipped JSON Schema
// (schemas/estimate.schema.json) is generated. Money is a string of cents.
import { lazily } from './lazily.js';
import { PLATFORMS } from '../providers/aws/services.js';
import { TRIGGERS } from '../providers/aws/lambda/index.js';
import { zod } from './zod.js';

/** The output schemas, built on first use (only the tests and the schema generator use them). */
export const outputSchemas = lazily(() => {
  const z = zod();
  const usd = z.string().check(z.regex(/^-?\d+\.\d{2}$/));
  const decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));

  const lineItem = z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9_-]+)*$/)),
    service: z.string(),
    label: z.string(),
    quantity: decimal,
    unit: z.string(),
    unit_price_usd: decimal,
    monthly_usd: usd,
    exact_monthly_usd: decimal,
    note: z.string(),
  });

  const serviceSubtotal = z.strictObject({
    id: z.string(),
    label: z.string(),
    shared: z.boolean(),
    monthly_usd: usd,
    exact_monthly_usd: decimal,
    share_pct: z.nullable(decimal),
  });
  const percentiles = z.optional(
    z.strictObject({
      p10_usd: usd,
      p50_usd: usd,
      p90_usd: usd,
      cheapest_probability: z.number(),
      sampling_error_usd: z.nullable(z.strictObject({ p10: decimal, p50: decimal, p90: decimal })),
    }),
  );
  const platformBill = {
    percentiles,
    monthly_usd: usd,
    exact_monthly_usd: decimal,
    services: z.array(serviceSubtotal),
    largest_service: z.nullable(z.string()),
    line_items: z.array(lineItem),
  };
  const platform = z.strictObject(platformBill);

  const [always, ...fleets] = PLATFORMS.map((platform) => platform.id) as [string, ...string[]];
  const platformId = z.enum([always, ...fleets]);
  const integerString = z.string().check(z.regex(/^\d+$/));

  const billAtPercentiles = z.strictObject({ p10_usd: usd, p50_usd: usd, p90_usd: usd });
  const perPlatformBills = z.strictObject(Object.fromEntries([always, ...fleets].map((id) => [id, z.optional(billAtPercentiles)])));

  const containerPlatform = z.strictObject({
    ...platformBill,
    fleet: z.strictObject({
      unit: z.enum(['instance', 'task']),
      description: z.string(),
      requests_per_second_per_unit: decimal,
      minimum: z.number(),
      lowest: z.number(),
      peak: z.number(),
      unit_hours: decimal,
      autoscaling: z.boolean(),
    }),
  });

  const crossover = z.strictObject({
    platforms: z.array(platformId).check(z.length(2)),
    requests_per_month: integerString,
    cheaper_above: platformId,
  });

  /** `compare`: the functions priced on other providers beside Lambda, keyed by provider id (`aws` for Lambda's own). */
  const comparison = z.strictObject({
    only_functions: z.literal(true),
    requests_per_month: integerString,
    cheapest: z.string(),
    providers: z.record(
      z.string(),
      z.strictObject({
        label: z.string(),
        pricing: z.strictObject({ id: z.string(), region: z.string() }),
        fits: z.boolean(),
        does_not_fit: z.array(z.strictObject({ function: z.string(), reason: z.string() })),
        monthly_usd: z.nullable(usd),
        exact_monthly_usd: z.nullable(decimal),
        usd_per_million_requests: z.nullable(decimal),
        line_items: z.array(lineItem),
        unconfirmed: z.array(z.string()),
      }),
    ),
    assumptions: z.array(z.strictObject({ id: z.string(), message: z.string() })),
  });
  const estimate = z.strictObject({
    schema: z.literal('slcost-estimate/1'),
    scenario: z.strictObject({ name: z.string(), file: z.string() }),
    pricing: z.strictObject({ id: z.string(), effective_date: z.string(), region: z.string(), custom_file: z.nullable(z.string()) }),
    assumptions: z.strictObject({
      free_tier: z.boolean(),
      api_gateway_free_tier: z.boolean(),
      hours_per_month: z.number(),
      traffic_pattern: z.enum(['steady', 'diurnal', 'spiky', 'custom']),
    }),
    // The first platform is priced for every scenario; the others, with their fleets, when the scenario describes them.
    platforms: z.strictObject({ [always]: platform, ...Object.fromEntries(fleets.map((id) => [id, z.optional(containerPlatform)])) }),
    cheapest: platformId,
    breakeven: z.nullable(
      z.strictObject({
        from_requests_per_month: integerString,
        to_requests_per_month: integerString,
        // Where a concurrency limit starts to throttle serverless requests on the sweep: a crossing above it is the limit, not a saving.
        throttles_above_requests_per_month: z.nullable(integerString),
        crossovers: z.array(crossover),
        // Where each platform is the cheapest, from the lowest volume up: the ranges the chart's summary names.
        cheapest: z.array(z.strictObject({ platform: platformId, from_requests_per_month: integerString, to_requests_per_month: integerString })),
      }),
    ),
    functions: z.array(
      z.strictObject({
        name: z.string(),
        architecture: z.enum(['x86_64', 'arm64']),
        memory_mb: z.number(),
        /** Its ephemeral storage; above 512 MB it is billed by the GB-second. */
        ephemeral_storage_mb: z.number(),
        /** As they arrive. */
        requests_per_month: decimal,
        /** Over the function's concurrency limit: never run, not billed. */
        throttled_requests: decimal,
        /** Held back by its concurrency limit in the busiest hours and run, and billed, in quieter ones: a queue, stream or Lambda's retries keep them. */
        deferred_requests: decimal,
        billed_duration_ms: decimal,
        on_demand_requests: decimal,
        /** Invocations' and billed INIT phases' GB-seconds on demand. */
        on_demand_gb_seconds: decimal,
        /** Of which the billed INIT phases' (cold starts × INIT duration × memory). */
        init_gb_seconds: decimal,
        /** Cold starts whose INIT phase the price table bills for this function. */
        billed_cold_starts: decimal,
        provisioned_requests: decimal,
        provisioned_gb_seconds: decimal,
        provisioned_configured_gb_seconds: decimal,
        peak_requests_per_second: decimal,
        average_concurrency: decimal,
        peak_concurrency: decimal,
        usage_given: z.boolean(),
        trigger: z.nullable(z.enum(TRIGGERS)),
        /** Runs as Lambda@Edge: billed at its rates, outside the free tier. */
        edge: z.boolean(),
        cold_starts: z.nullable(
          z.strictObject({
            per_month: z.number(),
            share_pct: z.number(),
            added_latency_ms: z.nullable(z.strictObject({ p50: z.number(), p99: z.number() })),
            peak_environments: z.number(),
            /** What the billed INIT phases add to the month; null when the table bills none for this function. */
            init_usd: z.nullable(decimal),
            /** Someone waits on the function and its cold starts reach lambda.cold_start_advice_pct: shown, with advice. */
            matter: z.boolean(),
          }),
        ),
      }),
    ),
    advice: z.array(
      z.union([
        z.strictObject({
          function: z.string(),
          kind: z.enum(['provisioned_concurrency', 'scheduled_provisioned_concurrency', 'keep_warm']),
          count: z.number(),
          hours_per_month: z.number(),
          monthly_usd: usd,
          cold_starts_removed: z.number(),
          usd_per_cold_start_avoided: z.nullable(decimal),
        }),
        // Another memory size on the same architecture, cheaper by at least lambda.memory_advice_pct and no slower by the memory model.
        z.strictObject({
          function: z.string(),
          kind: z.literal('memory_size'),
          memory_mb: z.number(),
          from_memory_mb: z.number(),
          duration_ms: decimal,
          from_duration_ms: decimal,
          /** The change to the serverless monthly total: negative, a saving. */
          monthly_usd: usd,
          saving_pct: decimal,
        }),
      ]),
    ),
    budget: z.nullable(
      z.strictObject({
        status: z.enum(['within', 'over']),
        monthly_usd: usd,
        checks: z.array(
          z.strictObject({
            platform: platformId,
            budget_usd: usd,
            monthly_usd: usd,
            excess_usd: usd,
            status: z.enum(['within', 'over']),
            percentile: z.optional(z.number()),
            month: z.optional(z.number()),
            months: z.optional(z.number()),
          }),
        ),
      }),
    ),
    warnings: z.array(
      z.strictObject({
        id: z.string(),
        message: z.string(),
        // A cost_bomb warning's figures: the worst month, and the limit that keeps it within the multiple.
        worst_month_usd: z.optional(usd),
        expected_monthly_usd: z.optional(usd),
        multiple: z.optional(z.number()),
        function: z.optional(z.nullable(z.string())),
        capped_by: z.optional(z.enum(['api_throttle', 'reserved_concurrency', 'account_concurrency_limit', 'stream_shards', 'queue_maximum_concurrency'])),
        suggested_limit: z.optional(z.nullable(decimal)),
        suggested_limit_unit: z.optional(z.enum(['requests_per_second', 'concurrent_executions'])),
        suggested_limit_setting: z.optional(z.string()),
        peak: z.optional(decimal),
      }),
    ),
    // With ranges or growth (docs/ranges.md): how the percentiles were found, from which figures, and the month-by-month outlook.
    ranges: z.optional(
      z.strictObject({
        method: z.enum(['exact', 'sampled']),
        seed: z.nullable(z.number()),
        samples: z.nullable(z.number()),
        figures: z.array(
          z.strictObject({
            field: z.string(),
            kind: z.enum(['percentiles', 'uniform']),
            p10: z.optional(z.number()),
            p50: z.optional(z.number()),
            p90: z.optional(z.number()),
            min: z.optional(z.number()),
            max: z.optional(z.number()),
          }),
        ),
        outlook: z.nullable(
          z.strictObject({
            growth_pct_per_month: decimal,
            months: z.array(
              z.strictObject({
                month: z.number(),
                requests_per_month: z.strictObject({ p10: integerString, p50: integerString, p90: integerString }),
                cheapest: platformId,
                platforms: perPlatformBills,
              }),
            ),
            changes: z.array(
              z.strictObject({
                month: z.number(),
                platform: platformId,
                previous: platformId,
                requests_per_month: integerString,
                crossover_requests_per_month: z.nullable(integerString),
              }),
            ),
          }),
        ),
      }),
    ),
    // With --compare or the scenario's compare: only.
    compare: z.optional(comparison),
  });

  /** An optional `value` for each platform, keyed by its id. */
  const perPlatform = <T extends Parameters<typeof z.optional>[0]>(value: T) => z.strictObject(Object.fromEntries([always, ...fleets].map((id) => [id, z.optional(value)])));
  const estimates = z.strictObject({
    schema: z.literal('slcost-estimates/1'),
    estimates: z.array(estimate),
    errors: z.array(z.strictObject({ file: z.string(), message: z.string() })),
    summary: z.strictObject({
      count: z.number(),
      error_count: z.number(),
      over_budget_count: z.number(),
      /** The serverless column's sum, as before the columns were added. */
      monthly_usd: usd,
      /** Each platform some scenario was priced on: its column's sum, and how many scenarios it adds up. */
      platforms: perPlatform(z.strictObject({ monthly_usd: usd, count: z.number() })),
      scenarios: z.array(
        z.strictObject({
          name: z.string(),
          file: z.string(),
          monthly_usd: perPlatform(usd),
          budget: z.nullable(z.enum(['within', 'over'])),
        }),
      ),
    }),
  });
  return { crossover, estimate, estimates };
});
