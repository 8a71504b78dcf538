// Cloud Run functions' section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { RunFunctionsPrices } from './types.js';

export interface RunFunctionsSection {
  readonly runFunctions: RunFunctionsPrices | null;
}

export const runFunctionsPrices = priceSection({
  key: 'run_functions',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        tier: z.int().check(z.gte(1), z.lte(2)),
        billing_granularity_ms: z.int().check(z.gte(1)),
        vcpu_second_usd: priceString,
        gib_second_usd: priceString,
        requests_per_million_usd: priceString,
        free_tier: z.strictObject({
          vcpu_seconds: z.number().check(z.gte(0)),
          gib_seconds: z.number().check(z.gte(0)),
          requests: z.number().check(z.gte(0)),
          valued_at: z.strictObject({ vcpu_second_usd: priceString, gib_second_usd: priceString }),
        }),
        instance_sizes: z.array(z.strictObject({ memory_mb: z.int().check(z.gte(1)), vcpu: priceString })).check(z.minLength(1)),
        limits: z.strictObject({
          source,
          max_timeout_http_s: z.int().check(z.gte(1)),
          max_timeout_event_s: z.int().check(z.gte(1)),
          max_request_mb: z.number().check(z.gt(0)),
          max_concurrency_per_instance: z.int().check(z.gte(1)),
          min_vcpu_for_concurrency: priceString,
        }),
      }),
    ),
  check: (section, fail) => {
    section.instance_sizes.forEach((size, index) => {
      const previous = section.instance_sizes[index - 1];
      if (previous && size.memory_mb <= previous.memory_mb)
        fail(`instance sizes out of order: ${size.memory_mb} MB is not above ${previous.memory_mb} MB`, ['instance_sizes', index, 'memory_mb']);
    });
  },
  read: (section): RunFunctionsSection => ({
    runFunctions: section
      ? {
          source: section.source,
          tier: section.tier,
          billingGranularityMs: section.billing_granularity_ms,
          vcpuSecondUsd: new Decimal(section.vcpu_second_usd),
          gibSecondUsd: new Decimal(section.gib_second_usd),
          requestsPerMillionUsd: new Decimal(section.requests_per_million_usd),
          freeTier: {
            vcpuSeconds: new Decimal(section.free_tier.vcpu_seconds),
            gibSeconds: new Decimal(section.free_tier.gib_seconds),
            requests: new Decimal(section.free_tier.requests),
            vcpuSecondUsd: new Decimal(section.free_tier.valued_at.vcpu_second_usd),
            gibSecondUsd: new Decimal(section.free_tier.valued_at.gib_second_usd),
          },
          instanceSizes: section.instance_sizes.map((size) => ({ memoryMb: size.memory_mb, vcpu: new Decimal(size.vcpu) })),
          limits: {
            source: section.limits.source,
            maxTimeoutHttpSeconds: section.limits.max_timeout_http_s,
            maxTimeoutEventSeconds: section.limits.max_timeout_event_s,
            maxRequestMb: section.limits.max_request_mb,
            maxConcurrencyPerInstance: section.limits.max_concurrency_per_instance,
            minVcpuForConcurrency: new Decimal(section.limits.min_vcpu_for_concurrency),
          },
        }
      : null,
  }),
  discount: ({ runFunctions }, off) => ({
    runFunctions: runFunctions && {
      ...runFunctions,
      vcpuSecondUsd: off(runFunctions.vcpuSecondUsd),
      gibSecondUsd: off(runFunctions.gibSecondUsd),
      requestsPerMillionUsd: off(runFunctions.requestsPerMillionUsd),
    },
  }),
  list: ({ runFunctions }, add) => {
    if (!runFunctions) return;
    add('vcpu-second', `Cloud Run functions CPU (tier ${runFunctions.tier})`, runFunctions.vcpuSecondUsd, 'USD per vCPU-second');
    add('gib-second', `Cloud Run functions memory (tier ${runFunctions.tier})`, runFunctions.gibSecondUsd, 'USD per GiB-second');
    add('requests', 'Cloud Run functions requests', runFunctions.requestsPerMillionUsd, 'USD per 1M requests');
    add('free.vcpu-seconds', 'free vCPU-seconds a month (at Tier 1 prices)', runFunctions.freeTier.vcpuSeconds, 'vCPU-seconds');
    add('free.gib-seconds', 'free GiB-seconds a month (at Tier 1 prices)', runFunctions.freeTier.gibSeconds, 'GiB-seconds');
    add('free.requests', 'free requests a month', runFunctions.freeTier.requests, 'requests');
    add('granularity', 'instance time rounded up to', new Decimal(runFunctions.billingGranularityMs), 'ms');
  },
});
