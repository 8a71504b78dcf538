// Data transfer's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { checkBands, listBands, offTiers, priceSection, toTiers } from '../../../schema/price-section.js';
import type { DataTransferPrices } from './types.js';

export interface DataTransferSection {
  readonly dataTransfer: DataTransferPrices | null;
}

export const dataTransferPrices = priceSection({
  key: 'data_transfer',
  schema: ({ z, priceString, tiers, source }) =>
    z.optional(
      z.strictObject({
        source,
        internet_out_per_gb: tiers,
        free_internet_out_gb_per_month: z.number().check(z.gte(0)),
        inter_region_per_gb: priceString,
        cross_az_per_gb_each_direction: priceString,
      }),
    ),
  check: (transfer, fail) => checkBands(transfer.internet_out_per_gb, fail, 'internet_out_per_gb'),
  read: (transfer): DataTransferSection => ({
    dataTransfer: transfer
      ? {
          source: transfer.source,
          internetOut: toTiers(transfer.internet_out_per_gb),
          freeInternetOutGb: new Decimal(transfer.free_internet_out_gb_per_month),
          interRegionPerGb: new Decimal(transfer.inter_region_per_gb),
          crossAzPerGbEachDirection: new Decimal(transfer.cross_az_per_gb_each_direction),
        }
      : null,
  }),
  discount: ({ dataTransfer }, off) => ({
    dataTransfer: dataTransfer && {
      ...dataTransfer,
      internetOut: offTiers(dataTransfer.internetOut, off),
      interRegionPerGb: off(dataTransfer.interRegionPerGb),
      crossAzPerGbEachDirection: off(dataTransfer.crossAzPerGbEachDirection),
    },
  }),
  list: ({ dataTransfer }, add) => {
    if (!dataTransfer) return;
    listBands(dataTransfer.internetOut, 'internet-out', 'data transfer out to the internet, GB a month', 'USD per GB', add);
    add('inter-region', 'data transfer to another region', dataTransfer.interRegionPerGb, 'USD per GB');
    add('cross-az', 'data transfer between Availability Zones, each direction', dataTransfer.crossAzPerGbEachDirection, 'USD per GB');
  },
});
