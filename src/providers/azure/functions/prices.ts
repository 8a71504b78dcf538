// Azure Functions' section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { FunctionsPrices } from './types.js';

export interface FunctionsSection {
  readonly functions: FunctionsPrices | null;
}

export const functionsPrices = priceSection({
  key: 'functions',
  schema: ({ z, priceString, source }) => {
    const count = z.number().check(z.gte(0));
    const ms = z.int().check(z.gte(1));
    return z.optional(
      z.strictObject({
        source,
        consumption: z.strictObject({
          executions_per_million_usd: priceString,
          gb_second_usd: priceString,
          free_executions: count,
          free_gb_seconds: count,
          memory_step_mb: z.int().check(z.gte(1)),
          max_memory_mb: z.int().check(z.gte(1)),
          min_execution_ms: ms,
          billing_granularity_ms: ms,
          max_timeout_s: z.int().check(z.gte(1)),
        }),
        flex_consumption: z.strictObject({
          executions_per_million_usd: priceString,
          on_demand_gb_second_usd: priceString,
          always_ready_baseline_gb_second_usd: priceString,
          always_ready_execution_gb_second_usd: priceString,
          free_executions: count,
          free_gb_seconds: count,
          instance_memory_mb: z.array(z.int().check(z.gte(1))).check(z.minLength(1)),
          min_execution_ms: ms,
          billing_granularity_ms: ms,
          max_concurrency_per_instance: z.int().check(z.gte(1)),
          max_timeout_s: z.nullable(z.int().check(z.gte(1))),
        }),
        limits: z.strictObject({ source, max_http_response_s: z.int().check(z.gte(1)), max_request_mb: z.number().check(z.gt(0)) }),
        unconfirmed: z._default(z.array(z.strictObject({ plan: z.enum(['consumption', 'flex_consumption', 'all']), what: z.string().check(z.minLength(1)) })), []),
      }),
    );
  },
  read: (section): FunctionsSection => {
    if (!section) return { functions: null };
    const { consumption: c, flex_consumption: f } = section;
    return {
      functions: {
        source: section.source,
        consumption: {
          executionsPerMillionUsd: new Decimal(c.executions_per_million_usd),
          gbSecondUsd: new Decimal(c.gb_second_usd),
          freeExecutions: new Decimal(c.free_executions),
          freeGbSeconds: new Decimal(c.free_gb_seconds),
          memoryStepMb: c.memory_step_mb,
          maxMemoryMb: c.max_memory_mb,
          minExecutionMs: c.min_execution_ms,
          billingGranularityMs: c.billing_granularity_ms,
          maxTimeoutSeconds: c.max_timeout_s,
        },
        flex: {
          executionsPerMillionUsd: new Decimal(f.executions_per_million_usd),
          onDemandGbSecondUsd: new Decimal(f.on_demand_gb_second_usd),
          alwaysReadyBaselineGbSecondUsd: new Decimal(f.always_ready_baseline_gb_second_usd),
          alwaysReadyExecutionGbSecondUsd: new Decimal(f.always_ready_execution_gb_second_usd),
          freeExecutions: new Decimal(f.free_executions),
          freeGbSeconds: new Decimal(f.free_gb_seconds),
          instanceMemorySizesMb: f.instance_memory_mb,
          minExecutionMs: f.min_execution_ms,
          billingGranularityMs: f.billing_granularity_ms,
          maxConcurrencyPerInstance: f.max_concurrency_per_instance,
          maxTimeoutSeconds: f.max_timeout_s,
        },
        limits: { source: section.limits.source, maxHttpResponseSeconds: section.limits.max_http_response_s, maxRequestMb: section.limits.max_request_mb },
        unconfirmed: section.unconfirmed,
      },
    };
  },
  discount: ({ functions }, off) => ({
    functions: functions && {
      ...functions,
      consumption: { ...functions.consumption, executionsPerMillionUsd: off(functions.consumption.executionsPerMillionUsd), gbSecondUsd: off(functions.consumption.gbSecondUsd) },
      flex: {
        ...functions.flex,
        executionsPerMillionUsd: off(functions.flex.executionsPerMillionUsd),
        onDemandGbSecondUsd: off(functions.flex.onDemandGbSecondUsd),
        alwaysReadyBaselineGbSecondUsd: off(functions.flex.alwaysReadyBaselineGbSecondUsd),
        alwaysReadyExecutionGbSecondUsd: off(functions.flex.alwaysReadyExecutionGbSecondUsd),
      },
    },
  }),
  list: ({ functions }, add) => {
    if (!functions) return;
    const { consumption: c, flex: f } = functions;
    add('consumption.executions', 'Consumption executions', c.executionsPerMillionUsd, 'USD per 1M executions');
    add('consumption.gb-second', 'Consumption execution time', c.gbSecondUsd, 'USD per GB-second');
    add('consumption.free.executions', 'Consumption free executions a month', c.freeExecutions, 'executions');
    add('consumption.free.gb-seconds', 'Consumption free GB-seconds a month', c.freeGbSeconds, 'GB-seconds');
    add('flex.executions', 'Flex Consumption executions', f.executionsPerMillionUsd, 'USD per 1M executions');
    add('flex.on-demand.gb-second', 'Flex Consumption on-demand execution time', f.onDemandGbSecondUsd, 'USD per GB-second');
    add('flex.always-ready.baseline', 'Flex Consumption always-ready baseline', f.alwaysReadyBaselineGbSecondUsd, 'USD per GB-second');
    add('flex.always-ready.execution', 'Flex Consumption always-ready execution time', f.alwaysReadyExecutionGbSecondUsd, 'USD per GB-second');
    add('flex.free.executions', 'Flex Consumption free on-demand executions a month', f.freeExecutions, 'executions');
    add('flex.free.gb-seconds', 'Flex Consumption free on-demand GB-seconds a month', f.freeGbSeconds, 'GB-seconds');
  },
});
