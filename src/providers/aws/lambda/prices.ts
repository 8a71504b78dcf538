// Lambda's section of a region in the price table.
import { checkBands, eachArchitecture, listBands, offTiers, perArchitecture, priceSection, toDecimal, toTiers } from '../../../schema/price-section.js';
import { Decimal } from '../../../core/money.js';
import type { LambdaPrices } from './types.js';

export interface LambdaSection {
  readonly lambda: LambdaPrices;
}

export const lambdaPrices = priceSection({
  key: 'lambda',
  schema: ({ z, priceString, tiers, perArchitecture: perArch, source }) =>
    z.strictObject({
      source,
      notes: z.optional(z.string()),
      billing_granularity_ms: z.int().check(z.gte(1), z.lte(1000)),
      max_memory_mb: z.int().check(z.gte(128), z.lte(10_240)),
      // Memory came in 64 MB steps until 2020-12-01, and in 1 MB steps since.
      memory_step_mb: z.optional(z.int().check(z.gte(1), z.lte(1024))),
      requests_per_million_usd: priceString,
      duration_per_gb_second: perArch(tiers),
      provisioned_concurrency_per_gb_second: perArch(priceString),
      provisioned_duration_per_gb_second: perArch(priceString),
      ephemeral_storage_per_gb_second: z.optional(priceString),
      free_tier: z.strictObject({ requests: z.number().check(z.gte(0)), gb_seconds: z.number().check(z.gte(0)) }),
      // From 2025-08-01 the INIT phase of ZIP functions on managed runtimes is billed as duration too.
      init_billed_for_managed_runtimes: z.optional(z.boolean()),
      // Lambda@Edge's rates, priced from the 2024-02-01 table on: one price per request and per GB-second, no free tier.
      edge_requests_per_million_usd: z.optional(priceString),
      edge_duration_per_gb_second: z.optional(priceString),
    }),
  check: (lambda, fail) => {
    const hasArm = lambda.duration_per_gb_second.arm64 !== undefined;
    if (hasArm !== (lambda.provisioned_concurrency_per_gb_second.arm64 !== undefined) || hasArm !== (lambda.provisioned_duration_per_gb_second.arm64 !== undefined)) {
      fail('arm64 must be priced in duration and in both provisioned-concurrency rates, or in none', []);
    }
    checkBands(lambda.duration_per_gb_second.x86_64, fail, 'duration_per_gb_second', 'x86_64');
    checkBands(lambda.duration_per_gb_second.arm64, fail, 'duration_per_gb_second', 'arm64');
    if ((lambda.edge_requests_per_million_usd === undefined) !== (lambda.edge_duration_per_gb_second === undefined)) {
      fail('Lambda@Edge must be priced in both edge_requests_per_million_usd and edge_duration_per_gb_second, or in neither', []);
    }
  },
  read: (lambda): LambdaSection => ({
    lambda: {
      source: lambda.source,
      billingGranularityMs: lambda.billing_granularity_ms,
      maxMemoryMb: lambda.max_memory_mb,
      memoryStepMb: lambda.memory_step_mb ?? 1,
      requestsPerMillionUsd: new Decimal(lambda.requests_per_million_usd),
      durationPerGbSecond: perArchitecture(lambda.duration_per_gb_second, toTiers),
      provisionedConcurrencyPerGbSecond: perArchitecture(lambda.provisioned_concurrency_per_gb_second, toDecimal),
      provisionedDurationPerGbSecond: perArchitecture(lambda.provisioned_duration_per_gb_second, toDecimal),
      ephemeralStoragePerGbSecond: lambda.ephemeral_storage_per_gb_second === undefined ? null : new Decimal(lambda.ephemeral_storage_per_gb_second),
      freeTier: { requests: new Decimal(lambda.free_tier.requests), gbSeconds: new Decimal(lambda.free_tier.gb_seconds) },
      initBilledForManagedRuntimes: lambda.init_billed_for_managed_runtimes ?? false,
      edge:
        lambda.edge_requests_per_million_usd === undefined || lambda.edge_duration_per_gb_second === undefined
          ? null
          : { requestsPerMillionUsd: new Decimal(lambda.edge_requests_per_million_usd), durationPerGbSecond: new Decimal(lambda.edge_duration_per_gb_second) },
    },
  }),
  discount: ({ lambda: l }, off) => ({
    lambda: {
      ...l,
      requestsPerMillionUsd: off(l.requestsPerMillionUsd),
      durationPerGbSecond: Object.fromEntries(Object.entries(l.durationPerGbSecond).map(([arch, list]) => [arch, offTiers(list, off)])),
      provisionedConcurrencyPerGbSecond: eachArchitecture(l.provisionedConcurrencyPerGbSecond, off),
      provisionedDurationPerGbSecond: eachArchitecture(l.provisionedDurationPerGbSecond, off),
      ephemeralStoragePerGbSecond: l.ephemeralStoragePerGbSecond && off(l.ephemeralStoragePerGbSecond),
      edge: l.edge && { requestsPerMillionUsd: off(l.edge.requestsPerMillionUsd), durationPerGbSecond: off(l.edge.durationPerGbSecond) },
    },
  }),
  list: ({ lambda: l }, add) => {
    add('billing_granularity', 'duration billed in steps of', new Decimal(l.billingGranularityMs), 'ms');
    add('max_memory', 'largest memory', new Decimal(l.maxMemoryMb), 'MB');
    add('memory_step', 'memory in steps of', new Decimal(l.memoryStepMb), 'MB');
    add('requests', 'requests', l.requestsPerMillionUsd, 'USD per 1M requests');
    for (const arch of ['x86_64', 'arm64'] as const) {
      listBands(l.durationPerGbSecond[arch], `duration.${arch}`, `duration, ${arch}`, 'USD per GB-second', add);
      const pc = l.provisionedConcurrencyPerGbSecond[arch];
      if (pc) add(`provisioned_concurrency.${arch}`, `provisioned concurrency, ${arch}`, pc, 'USD per GB-second');
      const pd = l.provisionedDurationPerGbSecond[arch];
      if (pd) add(`provisioned_duration.${arch}`, `duration on provisioned concurrency, ${arch}`, pd, 'USD per GB-second');
    }
    if (l.ephemeralStoragePerGbSecond) add('ephemeral_storage', 'ephemeral storage above 512 MB', l.ephemeralStoragePerGbSecond, 'USD per GB-second');
    if (l.edge) {
      add('edge.requests', 'Lambda@Edge requests', l.edge.requestsPerMillionUsd, 'USD per 1M requests');
      add('edge.duration', 'Lambda@Edge duration', l.edge.durationPerGbSecond, 'USD per GB-second');
    }
    add('free_tier.requests', 'free tier, requests', l.freeTier.requests, 'requests a month');
    add('free_tier.gb_seconds', 'free tier, duration', l.freeTier.gbSeconds, 'GB-seconds a month');
    if (l.initBilledForManagedRuntimes)
      add(
        'init_billed_for_managed_runtimes',
        'INIT phase billed as duration for ZIP functions on managed runtimes',
        l.durationPerGbSecond.x86_64?.[0]?.usd ?? new Decimal(0),
        'USD per GB-second, as duration',
      );
  },
});
