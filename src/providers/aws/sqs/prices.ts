// SQS's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import { checkBands, listBands, offTiers, priceSection, toTiers } from '../../../schema/price-section.js';
import type { SqsPrices } from './types.js';

export interface SqsSection {
  readonly sqs: SqsPrices | null;
}

export const sqsPrices = priceSection({
  key: 'sqs',
  schema: ({ z, tiers, source }) =>
    z.optional(
      z.strictObject({
        source,
        standard_per_million_requests: tiers,
        fifo_per_million_requests: tiers,
        metering_kb: z.int().check(z.gte(1)),
        free_requests_per_month: z.number().check(z.gte(0)),
      }),
    ),
  check: (sqs, fail) => {
    checkBands(sqs.standard_per_million_requests, fail, 'standard_per_million_requests');
    checkBands(sqs.fifo_per_million_requests, fail, 'fifo_per_million_requests');
  },
  read: (sqs): SqsSection => ({
    sqs: sqs
      ? {
          source: sqs.source,
          perMillion: { standard: toTiers(sqs.standard_per_million_requests), fifo: toTiers(sqs.fifo_per_million_requests) },
          meteringKb: sqs.metering_kb,
          freeRequests: new Decimal(sqs.free_requests_per_month),
        }
      : null,
  }),
  discount: ({ sqs }, off) => {
    const tiers = (list: readonly Tier[]) => offTiers(list, off);
    return { sqs: sqs && { ...sqs, perMillion: { standard: tiers(sqs.perMillion.standard), fifo: tiers(sqs.perMillion.fifo) } } };
  },
  list: ({ sqs }, add) => {
    if (!sqs) return;
    listBands(sqs.perMillion.standard, 'standard', 'SQS standard requests', 'USD per 1M requests', add);
    listBands(sqs.perMillion.fifo, 'fifo', 'SQS FIFO requests', 'USD per 1M requests', add);
  },
});
