// Data transfer's section of a scenario file: `services.data_transfer`, one object for the workload's traffic.
import { Decimal } from '../../../core/money.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { DataTransfer } from './types.js';

export const dataTransferScenario = scenarioSection({
  key: 'data_transfer',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, positiveKb }) =>
    z.optional(
      z.strictObject({
        /** GB out to the internet. */
        ...monthlyOrPerRequest('internet_out_gb'),
        /** Or KB each request of the traffic sends back: GB = requests × KB ÷ 10^6. */
        response_kb: z.optional(positiveKb),
        /** What a GB is when response_kb is turned into GB: 10^6 KB (decimal, as AWS's GB is metered) or 2^20 KB. */
        response_kb_units: z._default(z.enum(['decimal', 'binary']), 'decimal'),
        ...monthlyOrPerRequest('inter_region_gb'),
        /** GB moved between Availability Zones, counted once: it is billed out of one and into the other. */
        ...monthlyOrPerRequest('cross_az_gb'),
      }),
    ),
  read: (transfer, context): { dataTransfer: DataTransfer | null } => {
    if (!transfer) return { dataTransfer: null };
    const at = ['data_transfer'];
    const internetOutGb = monthlyQuantity(transfer, 'internet_out_gb', context, at) ?? null;
    const interRegionGb = monthlyQuantity(transfer, 'inter_region_gb', context, at) ?? null;
    const crossAzGb = monthlyQuantity(transfer, 'cross_az_gb', context, at) ?? null;
    let responses: DataTransfer['responses'] = null;
    if (transfer.response_kb !== undefined) {
      if (internetOutGb) context.fail('give internet_out_gb or response_kb, not both: internet_out_gb is what response_kb would derive', [...at, 'response_kb']);
      if (context.trafficRequests === undefined) context.fail('response_kb needs traffic.requests_per_month to count responses against', [...at, 'response_kb']);
      responses = { perMonth: new Decimal(context.trafficRequests ?? 0), followsTraffic: true };
    }
    if (!internetOutGb && !responses && !interRegionGb && !crossAzGb)
      context.fail('data_transfer needs internet_out_gb_per_month (or response_kb), inter_region_gb_per_month or cross_az_gb_per_month', at);
    return {
      dataTransfer: {
        internetOutGb,
        responses,
        responseKb: transfer.response_kb === undefined ? null : new Decimal(transfer.response_kb),
        gbUnits: transfer.response_kb_units,
        interRegionGb,
        crossAzGb,
      },
    };
  },
});
