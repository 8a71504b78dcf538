// Amazon SQS's prices and the queues a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export type QueueType = 'standard' | 'fifo';

export interface SqsPrices {
  readonly source: string;
  readonly perMillion: Readonly<Record<QueueType, readonly Tier[]>>;
  /** Each this many KB of a payload is a request of its own (64). */
  readonly meteringKb: number;
  /** Requests a month free, standard and FIFO queues together. */
  readonly freeRequests: Decimal;
}

export interface Queue {
  readonly name: string;
  readonly type: QueueType;
  /** API requests (send, receive, delete, empty receives) before payload chunks are counted. */
  readonly requests: MonthlyQuantity;
  readonly messageKb: Decimal;
  /** How `requests` was reached when the scenario gave messages instead: requests per message. */
  readonly callsPerMessage: Decimal | null;
}
