// Amazon S3 Standard: storage in bands over all buckets together, and two
// classes of request at a flat price each. The legacy 12-month free tier
// (5 GB, 20,000 GET, 2,000 PUT) is not applied: it was never always-free,
// and accounts opened since 2025-07-15 get credits instead.
// https://aws.amazon.com/s3/pricing/
import { pricesFor } from '../../../core/errors.js';
import { lineItem, tieredLineItems } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import type { MonthlyQuantity } from '../../../core/usage.js';
import type { Bucket, S3Prices } from './types.js';
import { listNames } from '../../../core/names.js';

const PER_THOUSAND = new Decimal('0.001');

/** GB-months stored in all buckets: what the storage bands are applied to. */
export function storedGb(buckets: readonly Bucket[]): Decimal {
  return sum(buckets.map((bucket) => bucket.storageGb));
}

export function s3LineItems(buckets: readonly Bucket[], table: S3Prices | null, where: string): LineItem[] {
  if (!buckets.length) return [];
  const prices = pricesFor(table, 'S3', where);
  const names = (of: readonly Bucket[]) => listNames(of.map((bucket) => bucket.name));
  const items: LineItem[] = [];
  const storing = buckets.filter((bucket) => bucket.storageGb.greaterThan(0));
  if (storing.length) {
    items.push(
      ...tieredLineItems({
        id: 's3.storage',
        label: `S3 Standard storage (${names(storing)})`,
        countedAs: 'GB-months',
        unit: 'GB-months',
        unitsPerCount: new Decimal(1),
        gross: storedGb(storing),
        free: ZERO,
        tiers: prices.storagePerGbMonth,
      }),
    );
  }
  const requests = (id: string, label: string, of: (bucket: Bucket) => MonthlyQuantity, price: Decimal) => {
    const making = buckets.filter((bucket) => of(bucket).perMonth.greaterThan(0));
    if (!making.length) return;
    const count = sum(making.map((bucket) => of(bucket).perMonth));
    items.push(lineItem({ id, label: `${label} (${names(making)})`, quantity: count.times(PER_THOUSAND), unit: '1K requests', unitPriceUsd: price }));
  };
  requests('s3.put-requests', 'S3 PUT, COPY, POST and LIST requests', (bucket) => bucket.putRequests, prices.putPerThousand);
  requests('s3.get-requests', 'S3 GET, SELECT and other requests', (bucket) => bucket.getRequests, prices.getPerThousand);
  return items;
}
