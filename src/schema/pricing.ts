// The pricing table format: one file per provider and version, region by
// region, every section naming the public source of its figures. Prices are
// decimal strings so that no digit is lost to binary floating point.
import type * as Zod from 'zod/mini';
import { lazily } from './lazily.js';
import { zod } from './zod.js';

function buildPricingSchema() {
  const z = zod();
  const priceString = z.string().check(z.regex(/^\d+(\.\d+)?$/, 'a price must be a non-negative decimal written as a string, e.g. "0.20"'));
  const bound = z.number().check(z.gt(0), z.lte(1e18));
  /** Price bands in order; every band but the last has `up_to`, the monthly quantity where it ends. */
  const tiers = z.array(z.strictObject({ up_to: z.optional(bound), usd: priceString })).check(z.minLength(1));

  const perArchitecture = <T extends Zod.core.$ZodType>(value: T) => z.strictObject({ x86_64: value, arm64: z.optional(value) });

  const lambdaPricingSchema = z.strictObject({
    source: z.string().check(z.minLength(1)),
    notes: z.optional(z.string()),
    billing_granularity_ms: z.int().check(z.gte(1), z.lte(1000)),
    max_memory_mb: z.int().check(z.gte(128), z.lte(10_240)),
    requests_per_million_usd: priceString,
    duration_per_gb_second: perArchitecture(tiers),
    provisioned_concurrency_per_gb_second: perArchitecture(priceString),
    provisioned_duration_per_gb_second: perArchitecture(priceString),
    ephemeral_storage_per_gb_second: z.optional(priceString),
    free_tier: z.strictObject({ requests: z.number().check(z.gte(0)), gb_seconds: z.number().check(z.gte(0)) }),
  });

  const apiGatewayPricingSchema = z.strictObject({
    source: z.string().check(z.minLength(1)),
    notes: z.optional(z.string()),
    rest_per_million_requests: z.optional(tiers),
    http_per_million_requests: z.optional(tiers),
    http_metering_kb: z.int().check(z.gte(1)),
    websocket_per_million_messages: z.optional(tiers),
    websocket_metering_kb: z.int().check(z.gte(1)),
    websocket_per_million_connection_minutes: z.optional(priceString),
    free_tier_12_month: z.strictObject({
      rest_requests: z.number().check(z.gte(0)),
      http_requests: z.number().check(z.gte(0)),
      websocket_messages: z.number().check(z.gte(0)),
      websocket_connection_minutes: z.number().check(z.gte(0)),
    }),
  });

  const pct = z.number().check(z.gte(0), z.lt(100));

  const ec2PricingSchema = z.strictObject({
    source: z.string().check(z.minLength(1)),
    public_ipv4_per_hour: priceString,
    instances: z.record(
      z.string().check(z.regex(/^[a-z0-9-]+\.[a-z0-9]+$/, 'an instance type is written like c6g.xlarge')),
      z.strictObject({
        architecture: z.enum(['x86_64', 'arm64']),
        vcpu: z.number().check(z.gt(0)),
        memory_gib: z.number().check(z.gt(0)),
        usd_per_hour: priceString,
      }),
    ),
  });

  const fargatePricingSchema = z.strictObject({
    source: z.string().check(z.minLength(1)),
    per_vcpu_hour: z.strictObject({ x86_64: priceString, arm64: z.optional(priceString) }),
    per_gb_hour: z.strictObject({ x86_64: priceString, arm64: z.optional(priceString) }),
    ephemeral_storage_per_gb_hour: z.optional(priceString),
    free_ephemeral_storage_gb: z.number().check(z.gte(0)),
    public_ipv4_per_hour: priceString,
  });

  const loadBalancerPricingSchema = z.strictObject({
    source: z.string().check(z.minLength(1)),
    alb_per_hour: priceString,
    lcu_per_hour: priceString,
  });

  const commitmentsSchema = z.strictObject({
    source: z.string().check(z.minLength(1)),
    ec2: z.strictObject({ savings_plan_1yr_pct: pct, savings_plan_3yr_pct: pct }),
    fargate: z.strictObject({ savings_plan_1yr_pct: pct, savings_plan_3yr_pct: pct, spot_pct: pct }),
  });

  const pricingSchema = z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes')),
    provider: z.enum(['aws']),
    effective_date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')),
    currency: z.enum(['USD']),
    description: z.string().check(z.minLength(1)),
    regions: z.record(
      z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region is written like us-east-1')),
      z.strictObject({
        lambda: lambdaPricingSchema,
        api_gateway: z.optional(apiGatewayPricingSchema),
        ec2: z.optional(ec2PricingSchema),
        fargate: z.optional(fargatePricingSchema),
        load_balancer: z.optional(loadBalancerPricingSchema),
        commitments: z.optional(commitmentsSchema),
      }),
    ),
  });
  return pricingSchema;
}

/** Built on first use: an estimate from a shipped table never needs it (the build checked the table). */
export const pricingSchema = lazily(buildPricingSchema);

export type PricingFile = Zod.output<ReturnType<typeof buildPricingSchema>>;
