// Data transfer's prices and the traffic a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export interface DataTransferPrices {
  readonly source: string;
  /** Out to the internet, in monthly GB bands. */
  readonly internetOut: readonly Tier[];
  /** GB a month out to the internet free, account-wide (all services and regions together). */
  readonly freeInternetOutGb: Decimal;
  readonly interRegionPerGb: Decimal;
  /** Charged on the way out of one Availability Zone and again on the way into the other. */
  readonly crossAzPerGbEachDirection: Decimal;
}

/** How many KB make a GB when a size per request becomes GB a month. */
export type GbUnits = 'decimal' | 'binary';

export interface DataTransfer {
  /** Given: GB out to the internet. */
  readonly internetOutGb: MonthlyQuantity | null;
  /** Or derived: responses (the traffic's requests) × `responseKb`. */
  readonly responses: MonthlyQuantity | null;
  readonly responseKb: Decimal | null;
  readonly gbUnits: GbUnits;
  readonly interRegionGb: MonthlyQuantity | null;
  /** GB moved between Availability Zones, counted once; billed each direction. */
  readonly crossAzGb: MonthlyQuantity | null;
}
