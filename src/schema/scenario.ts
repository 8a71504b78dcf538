// The scenario file format. Strict: a key the format does not know is an
// error (a typo such as `memroy_mb` must never fall back to a default).
// Defaults live next to the field they belong to (a service's section in its
// folder), and in the README. The services' sections come from the provider's list.
import type * as Zod from 'zod/mini';
import { lazily } from './lazily.js';
import { aws } from '../providers/aws/index.js';
import { containersSchema } from '../providers/aws/containers.js';
import { PLATFORMS } from '../providers/aws/services.js';
import { scenarioParts } from './scenario-section.js';
import { compareSchema } from './compare.js';
import { zod } from './zod.js';

/** Every schema of the format, built on first use, once (see lazily.ts). */
export const scenarioSchemas = lazily(() => {
  const z = zod();
  const parts = scenarioParts(z);
  const { perMonth } = parts;

  const trafficSchema = z.strictObject({
    requests_per_month: z.optional(perMonth),
    /** A month-by-month outlook: the requests grow by this percent each month, for `months` months (docs/ranges.md). */
    growth_pct_per_month: z.optional(z.number().check(z.gt(-100), z.lte(1000))),
    months: z.optional(z.int().check(z.gte(1), z.lte(120))),
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

  /** A budget in dollars a month: at most a trillion, with cents at most. */
  const money = z.number().check(z.gte(0), z.lte(1e12), z.multipleOf(0.01));

  const budgetSchema = z.strictObject({
    monthly_usd: z.union([
      money,
      // An empty mapping held nothing to a budget, and a percentile beside it went unread without a word.
      z.strictObject(Object.fromEntries(PLATFORMS.map((platform) => [platform.id, z.optional(money)]))).check(
        z.refine((usd) => Object.values(usd).some((amount) => amount !== undefined), {
          message: `names no platform; give a budget for one or more of ${PLATFORMS.map((platform) => platform.id).join(', ')}, or leave budget out`,
        }),
      ),
    ]),
    /** With ranges: the percentile of the bill the budget holds (docs/ranges.md); without it, the bill at the medians. */
    percentile: z.optional(z.union([z.literal(10), z.literal(50), z.literal(90)])),
  });

  /** The `services:` block, also what a template's usage file is read with once merged over the template (load/template-services.ts). */
  const servicesSchema = z.strictObject(
    Object.fromEntries(aws.scenarioSections.filter((section) => section.group === 'services').map((section) => [section.key, z.lazy(() => section.schema(parts))])),
  );

  const scenarioSchema = z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(200), parts.visible),
    description: z.optional(z.string()),
    pricing: z.optional(z.string().check(z.minLength(1))),
    region: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
    free_tier: z._default(z.boolean(), true),
    traffic: z.optional(trafficSchema),
    ...Object.fromEntries(aws.scenarioSections.filter((section) => !section.group).map((section) => [section.key, section.schema(parts)])),
    /** The services around the functions, each its own key: `dynamodb`, `sqs`, … */
    services: z.optional(servicesSchema),
    budget: z.optional(budgetSchema),
    /** The providers to price the functions on beside Lambda: `compare: [gcp, azure, cloudflare]`. */
    compare: z.optional(compareSchema(parts)),
    /** Turn a warning off by its id: `warnings: { cost_bomb: false }`. */
    warnings: z.optional(z.strictObject(Object.fromEntries(warningIds().map((id) => [id, z.optional(z.boolean())])))),
  });

  return { scenario: scenarioSchema, services: servicesSchema, traffic: trafficSchema, containers: containersSchema(parts), budget: budgetSchema };
});

/** Every warning a scenario may turn off: the functions' own, and each service's. */
function warningIds(): string[] {
  const own = [
    'concurrency_limit',
    'reserved_concurrency',
    'stream_behind',
    'queue_behind',
    'reservations_over_limit',
    'cost_bomb',
    'cold_start_share',
    'execution_time_limit',
    'payload_limit',
    'duration_under_1ms',
    'free_tier_with_provisioned_concurrency',
  ];
  return [...new Set([...own, ...aws.services.flatMap((service) => Object.keys(service.warnings ?? {}))])];
}

export type ScenarioFile = Zod.output<ReturnType<typeof scenarioSchemas>['scenario']>;
