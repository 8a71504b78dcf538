// Amazon S3 Standard's prices and the buckets a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export interface S3Prices {
  readonly source: string;
  /** S3 Standard storage per GB-month, banded over all buckets of the account together. */
  readonly storagePerGbMonth: readonly Tier[];
  /** PUT, COPY, POST and LIST requests, per 1,000. */
  readonly putPerThousand: Decimal;
  /** GET, SELECT and every other request, per 1,000. */
  readonly getPerThousand: Decimal;
}

export interface Bucket {
  readonly name: string;
  /** The average stored over the month: a level, not a count, so it stays when the traffic changes. */
  readonly storageGb: Decimal;
  readonly putRequests: MonthlyQuantity;
  readonly getRequests: MonthlyQuantity;
}
