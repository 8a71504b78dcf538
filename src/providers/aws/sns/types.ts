// Amazon SNS's prices (standard topics) and the topics a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

/** The endpoints a topic delivers to, as slcost names them (CloudFormation's `https` is `http`, `email-json` is `email`, `application` is `mobile_push`). */
export const PROTOCOLS = ['http', 'email', 'sms', 'firehose', 'mobile_push', 'sqs', 'lambda'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
/** Protocols priced from the table; SMS is priced per message from the scenario, since its price is the destination country's. */
export type TableProtocol = Exclude<Protocol, 'sms'>;

export interface SnsPrices {
  readonly source: string;
  readonly publishPerMillion: Decimal;
  /** Each this many KB of a published payload is a publish of its own (64). */
  readonly meteringKb: number;
  readonly freePublishes: Decimal;
  readonly deliveryPerMillion: Readonly<Record<TableProtocol, Decimal>>;
  /** Always-free deliveries a month, per protocol, over all topics; zero where there are none. */
  readonly freeDeliveries: Readonly<Record<Protocol, Decimal>>;
}

/** A protocol's deliveries for the month, and how they were reached. */
export interface Deliveries {
  readonly count: MonthlyQuantity;
  /** Subscriptions of the protocol when the count is publishes × subscriptions; null when the scenario gave the count. */
  readonly subscriptions: Decimal | null;
}

export interface Topic {
  readonly name: string;
  /** Publish API calls, before payload chunks are counted. */
  readonly publishes: MonthlyQuantity;
  readonly messageKb: Decimal;
  readonly deliveries: Readonly<Partial<Record<Protocol, Deliveries>>>;
  /** What one SMS costs to the topic's destinations. */
  readonly smsUsdPerMessage: Decimal;
}
