// Amazon EventBridge's prices (events put on an event bus) and the events a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export interface EventBridgePrices {
  readonly source: string;
  /** Custom events put on a bus (PutEvents), per million 64 KB chunks. */
  readonly customPerMillion: Decimal;
  /** Partner (SaaS) events, per million 64 KB chunks. */
  readonly partnerPerMillion: Decimal;
  /** Each this many KB of an event is an event of its own (64). */
  readonly meteringKb: number;
}

/** The account's events for the month: one object, as EventBridge bills the account, not a bus. */
export interface EventBridgeEvents {
  readonly customEvents: MonthlyQuantity;
  readonly partnerEvents: MonthlyQuantity;
  readonly eventKb: Decimal;
}
