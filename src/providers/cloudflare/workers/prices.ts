// Cloudflare Workers' section of the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { WorkersPrices } from './types.js';

export interface WorkersSection {
  readonly workers: WorkersPrices | null;
}

export const workersPrices = priceSection({
  key: 'workers',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        monthly_minimum_usd: priceString,
        included_requests: z.number().check(z.gte(0)),
        included_cpu_ms: z.number().check(z.gte(0)),
        requests_per_million_usd: priceString,
        cpu_ms_per_million_usd: priceString,
        limits: z.strictObject({
          source,
          max_cpu_ms: z.int().check(z.gte(1)),
          max_cpu_ms_event: z.int().check(z.gte(1)),
          memory_mb: z.int().check(z.gte(1)),
          max_request_mb: z.number().check(z.gt(0)),
        }),
      }),
    ),
  read: (section): WorkersSection => ({
    workers: section
      ? {
          source: section.source,
          monthlyMinimumUsd: new Decimal(section.monthly_minimum_usd),
          includedRequests: new Decimal(section.included_requests),
          includedCpuMs: new Decimal(section.included_cpu_ms),
          requestsPerMillionUsd: new Decimal(section.requests_per_million_usd),
          cpuMsPerMillionUsd: new Decimal(section.cpu_ms_per_million_usd),
          limits: {
            source: section.limits.source,
            maxCpuMs: section.limits.max_cpu_ms,
            maxCpuMsEvent: section.limits.max_cpu_ms_event,
            memoryMb: section.limits.memory_mb,
            maxRequestMb: section.limits.max_request_mb,
          },
        }
      : null,
  }),
  discount: ({ workers }, off) => ({
    workers: workers && {
      ...workers,
      monthlyMinimumUsd: off(workers.monthlyMinimumUsd),
      requestsPerMillionUsd: off(workers.requestsPerMillionUsd),
      cpuMsPerMillionUsd: off(workers.cpuMsPerMillionUsd),
    },
  }),
  list: ({ workers }, add) => {
    if (!workers) return;
    add('minimum', 'Workers Paid plan, a month', workers.monthlyMinimumUsd, 'USD per month');
    add('requests', 'Workers requests past the included', workers.requestsPerMillionUsd, 'USD per 1M requests');
    add('cpu-ms', 'Workers CPU time past the included', workers.cpuMsPerMillionUsd, 'USD per 1M CPU-ms');
    add('included.requests', 'requests included a month', workers.includedRequests, 'requests');
    add('included.cpu-ms', 'CPU milliseconds included a month', workers.includedCpuMs, 'CPU-ms');
  },
});
