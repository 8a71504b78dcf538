// Amazon S3 as a priced service: buckets any platform would use alike.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { scaleQuantity } from '../../../core/usage.js';
import { bandEdges } from '../../../core/bands.js';
import { s3LineItems, storedGb } from './line-items.js';
import { type S3Section, s3Prices } from './prices.js';
import { s3Scenario } from './scenario.js';
import { s3Template } from './template.js';
import type { Bucket } from './types.js';

export type { Bucket, S3Prices } from './types.js';
export type { S3Section } from './prices.js';

export interface S3Usage {
  /** Named so: other services' checks (a NAT gateway an S3 gateway endpoint would avoid) look for it. */
  readonly s3Buckets: readonly Bucket[];
}

export const s3: ServiceDefinition<S3Usage, S3Section> = {
  id: 's3',
  label: 'S3',
  shared: true,
  prices: s3Prices,
  usage: s3Scenario,
  template: s3Template,
  lineItems: (scenario, prices, month) => s3LineItems(scenario.s3Buckets, prices.s3, month.where),
  // Storage is a level, not a count of requests: it stays when the traffic changes.
  scale: (scenario, scaled) => ({
    s3Buckets: scenario.s3Buckets.map((bucket) => ({ ...bucket, putRequests: scaleQuantity(bucket.putRequests, scaled), getRequests: scaleQuantity(bucket.getRequests, scaled) })),
  }),
  // Requests are priced flat; only storage bends, where all buckets together reach a band's edge.
  meters: (scenario, prices) => {
    const table = prices.s3;
    if (!table || !scenario.s3Buckets.length) return [];
    return [{ quantity: (scaled) => storedGb(scaled.s3Buckets), thresholds: bandEdges(table.storagePerGbMonth) }];
  },
};
