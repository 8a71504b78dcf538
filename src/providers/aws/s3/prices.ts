// S3's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { checkBands, listBands, offTiers, priceSection, toTiers } from '../../../schema/price-section.js';
import type { S3Prices } from './types.js';

export interface S3Section {
  readonly s3: S3Prices | null;
}

export const s3Prices = priceSection({
  key: 's3',
  schema: ({ z, tiers, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        storage_per_gb_month: tiers,
        put_per_thousand_requests: priceString,
        get_per_thousand_requests: priceString,
      }),
    ),
  check: (s3, fail) => checkBands(s3.storage_per_gb_month, fail, 'storage_per_gb_month'),
  read: (s3): S3Section => ({
    s3: s3
      ? {
          source: s3.source,
          storagePerGbMonth: toTiers(s3.storage_per_gb_month),
          putPerThousand: new Decimal(s3.put_per_thousand_requests),
          getPerThousand: new Decimal(s3.get_per_thousand_requests),
        }
      : null,
  }),
  discount: ({ s3 }, off) => ({
    s3: s3 && {
      ...s3,
      storagePerGbMonth: offTiers(s3.storagePerGbMonth, off),
      putPerThousand: off(s3.putPerThousand),
      getPerThousand: off(s3.getPerThousand),
    },
  }),
  list: ({ s3 }, add) => {
    if (!s3) return;
    listBands(s3.storagePerGbMonth, 'storage', 'S3 Standard storage', 'USD per GB-month', add);
    add('put-requests', 'S3 PUT, COPY, POST and LIST requests', s3.putPerThousand, 'USD per 1K requests');
    add('get-requests', 'S3 GET, SELECT and other requests', s3.getPerThousand, 'USD per 1K requests');
  },
});
