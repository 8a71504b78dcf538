// The scenario file format. Strict: a key the format does not know is an
// error (a typo such as `memroy_mb` must never fall back to a default).
// Defaults live here, next to the field they belong to, and in the README.
import type * as Zod from 'zod/mini';
import { lazily } from './lazily.js';
import { zod } from './zod.js';

/** Runtimes with published cold-start figures (the source documents' benchmark table). */
export const RUNTIMES = ['nodejs', 'python', 'go', 'rust', 'java', 'java_snapstart', 'dotnet_aot'] as const;

/** Every schema of the format, built on first use, once (see lazily.ts). */
export const scenarioSchemas = lazily(() => {
  const z = zod();
  /** Counts per month (requests, messages, minutes): up to 10^15, far past any real workload. */
  const perMonth = z.number().check(z.gte(0), z.lte(1e15));
  const positiveKb = z.number().check(z.gt(0), z.lte(10 * 1024 * 1024));

  const provisionedConcurrency = z.union([
    z.int().check(z.gte(0), z.lte(100_000)),
    z.strictObject({
      count: z.int().check(z.gte(0), z.lte(100_000)),
      hours_per_month: z._default(z.int().check(z.gte(0), z.lte(730)), 730),
      requests_per_month: z.optional(perMonth),
      duration_ms: z.optional(z.number().check(z.gt(0), z.lte(900_000))),
    }),
  ]);

  const functionSchema = z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(140)),
    memory_mb: z.int().check(z.gte(128), z.lte(10_240)),
    duration_ms: z.number().check(z.gt(0), z.lte(900_000)),
    architecture: z._default(z.enum(['x86_64', 'arm64']), 'x86_64'),
    requests_per_month: z.optional(perMonth),
    ephemeral_storage_mb: z._default(z.int().check(z.gte(512), z.lte(10_240)), 512),
    provisioned_concurrency: z.optional(provisionedConcurrency),
    reserved_concurrency: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
    runtime: z.optional(z.enum(RUNTIMES)),
    package_mb: z.optional(z.number().check(z.gte(0), z.lte(10_240))),
    vpc: z._default(z.boolean(), false),
  });

  const trafficSchema = z.strictObject({
    requests_per_month: z.optional(perMonth),
    pattern: z._default(z.enum(['steady', 'diurnal', 'spiky', 'custom']), 'steady'),
    diurnal: z.optional(
      z.strictObject({
        busy_hours_per_day: z._default(z.int().check(z.gte(1), z.lte(23)), 8),
        peak_to_average: z._default(z.number().check(z.gte(1), z.lte(24)), 3),
      }),
    ),
    spiky: z.optional(
      z.strictObject({
        event_days: z.int().check(z.gte(1), z.lte(30)),
        event_multiplier: z.number().check(z.gte(1), z.lte(1_000_000)),
      }),
    ),
    custom: z.optional(
      z.strictObject({
        hourly_weights: z.array(z.number().check(z.gte(0), z.lte(1e9))).check(z.length(24)),
      }),
    ),
  });

  const apiGatewaySchema = z.strictObject({
    type: z.enum(['none', 'rest', 'http', 'websocket']),
    requests_per_month: z.optional(perMonth),
    request_size_kb: z.optional(positiveKb),
    messages_per_month: z.optional(perMonth),
    message_size_kb: z.optional(z.number().check(z.gt(0), z.lte(128))),
    connection_minutes_per_month: z.optional(perMonth),
    free_tier: z._default(z.boolean(), false),
    /** As Serverless Framework users write it: requests a second, and the burst above it. */
    throttle: z.optional(z.strictObject({ rate_limit_rps: z.number().check(z.gt(0), z.lte(10_000_000)), burst_limit: z.optional(z.int().check(z.gte(0), z.lte(10_000_000))) })),
  });

  /** A budget in dollars a month: at most a trillion, with cents at most. */
  const money = z.number().check(z.gte(0), z.lte(1e12), z.multipleOf(0.01));

  const pricingChoice = ['on_demand', 'savings_plan_1yr', 'savings_plan_3yr'] as const;
  const discountPct = z.number().check(z.gte(0), z.lt(100));
  const perSecond = z.number().check(z.gt(0), z.lte(10_000_000));

  const ec2Schema = z.strictObject({
    instance_type: z.string().check(z.minLength(1)),
    requests_per_second_per_instance: perSecond,
    min_instances: z._default(z.int().check(z.gte(0), z.lte(100_000)), 1),
    pricing: z._default(z.enum(pricingChoice), 'on_demand'),
    discount_pct: z.optional(discountPct),
    public_ipv4: z._default(z.boolean(), false),
  });

  const fargateSchema = z.strictObject({
    vcpu: z.number().check(z.gt(0), z.lte(32)),
    memory_gb: z.number().check(z.gt(0), z.lte(244)),
    architecture: z._default(z.enum(['x86_64', 'arm64']), 'x86_64'),
    requests_per_second_per_task: perSecond,
    min_tasks: z._default(z.int().check(z.gte(0), z.lte(100_000)), 1),
    pricing: z._default(z.enum([...pricingChoice, 'spot']), 'on_demand'),
    discount_pct: z.optional(discountPct),
    ephemeral_storage_gb: z._default(z.int().check(z.gte(20), z.lte(200)), 20),
    public_ipv4: z._default(z.boolean(), false),
  });

  const loadBalancerType = z.enum(['alb', 'none']);
  const loadBalancerSchema = z.union([
    loadBalancerType,
    z.strictObject({
      type: loadBalancerType,
      new_connections_per_request: z._default(z.number().check(z.gte(0), z.lte(1)), 1),
      processed_kb_per_request: z._default(z.number().check(z.gte(0), z.lte(10 * 1024 * 1024)), 10),
    }),
  ]);

  const containersSchema = z.strictObject({
    requests_per_month: z.optional(perMonth),
    autoscaling: z._default(z.boolean(), true),
    load_balancer: z.optional(loadBalancerSchema),
    ec2: z.optional(ec2Schema),
    fargate: z.optional(fargateSchema),
  });

  const budgetSchema = z.strictObject({
    monthly_usd: z.union([money, z.strictObject({ serverless: z.optional(money), ec2: z.optional(money), fargate: z.optional(money) })]),
  });

  const scenarioSchema = z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    description: z.optional(z.string()),
    pricing: z.optional(z.string().check(z.minLength(1))),
    region: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
    free_tier: z._default(z.boolean(), true),
    traffic: z.optional(trafficSchema),
    lambda: z.strictObject({
      functions: z.array(functionSchema).check(z.minLength(1), z.maxLength(1000)),
      account_concurrency_limit: z._default(z.int().check(z.gte(1), z.lte(10_000_000)), 1000),
      idle_timeout_minutes: z._default(z.number().check(z.gt(0), z.lte(1440)), 10),
      cost_bomb_multiple: z._default(z.number().check(z.gt(1), z.lte(1_000_000)), 10),
      /** Size the provisioned-concurrency advice for this percentile of hours; 100 is the peak hour. */
      provisioned_concurrency_percentile: z._default(z.number().check(z.gte(50), z.lte(100)), 100),
    }),
    api_gateway: z.optional(apiGatewaySchema),
    containers: z.optional(containersSchema),
    budget: z.optional(budgetSchema),
    /** Turn a warning off by its id: `warnings: { cost_bomb: false }`. */
    warnings: z.optional(
      z.strictObject({
        concurrency_limit: z.optional(z.boolean()),
        reserved_concurrency: z.optional(z.boolean()),
        cost_bomb: z.optional(z.boolean()),
        cold_start_share: z.optional(z.boolean()),
        execution_time_limit: z.optional(z.boolean()),
        payload_limit: z.optional(z.boolean()),
        free_tier_with_provisioned_concurrency: z.optional(z.boolean()),
      }),
    ),
  });

  return { scenario: scenarioSchema, traffic: trafficSchema, containers: containersSchema, budget: budgetSchema };
});

export type ScenarioFile = Zod.output<ReturnType<typeof scenarioSchemas>['scenario']>;
