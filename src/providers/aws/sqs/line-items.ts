// Amazon SQS: requests in monthly bands per queue type, every 64 KB of a
// payload counted as a request of its own, and one free allowance a month
// that standard and FIFO queues share.
// https://aws.amazon.com/sqs/pricing/
import { pricesFor } from '../../../core/errors.js';
import { tieredLineItems } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { PER_MILLION } from '../../../core/units.js';
import { meteredChunks } from '../../../core/usage.js';
import type { Queue, QueueType, SqsPrices } from './types.js';
import { listNames, listParts } from '../../../core/names.js';
import { usageCount } from '../../../core/numbers.js';

const TYPES: readonly QueueType[] = ['standard', 'fifo'];
const LABELS: Record<QueueType, string> = { standard: 'SQS standard requests', fifo: 'SQS FIFO requests' };

/** Requests a queue is billed for: each request counts once per 64 KB chunk of its payload. */
export function meteredRequests(queue: Queue, meteringKb: number): Decimal {
  return queue.requests.perMonth.times(meteredChunks(queue.messageKb, meteringKb));
}

/**
 * What the requests were counted as: messages given become requests at the queue's API calls each, and a payload over
 * the metering size is a request per chunk. Queues given requests of one chunk need no word.
 */
function requestCount(queues: readonly Queue[], meteringKb: number): string {
  // A queue of no requests (a template's, without usage) has nothing to say of them.
  const parts = queues.flatMap((queue) => {
    if (queue.requests.perMonth.isZero()) return [];
    const chunks = meteredChunks(queue.messageKb, meteringKb);
    const messages = queue.callsPerMessage && queue.requests.perMonth.dividedBy(queue.callsPerMessage);
    const how = [
      ...(queue.callsPerMessage && messages
        ? [
            `${usageCount(messages)} ${messages.equals(1) ? 'message' : 'messages'} × ${queue.callsPerMessage.toFixed()} ${queue.callsPerMessage.equals(1) ? 'request' : 'requests'}`,
          ]
        : []),
      ...(chunks.greaterThan(1) ? [`each ${queue.messageKb.toFixed()} KB message is ${chunks.toFixed()} × ${meteringKb} KB chunks`] : []),
    ];
    return how.length ? [`${queue.name}: ${how.join(', ')}`] : [];
  });
  return parts.length ? `requests (${listParts(parts, '; ')})` : 'requests';
}

/** Each queue type's metered requests, banded together as AWS bands them. The free allowance goes to standard requests first. */
export function sqsLineItems(queues: readonly Queue[], table: SqsPrices | null, freeTier: boolean, where: string): LineItem[] {
  if (!queues.length) return [];
  const prices = pricesFor(table, 'SQS', where);
  let free = freeTier ? prices.freeRequests : ZERO;
  return TYPES.flatMap((type) => {
    const ofType = queues.filter((queue) => queue.type === type);
    if (!ofType.length) return [];
    const gross = sum(ofType.map((queue) => meteredRequests(queue, prices.meteringKb)));
    const freeHere = Decimal.min(free, gross);
    free = free.minus(freeHere);
    const names = listNames(ofType.map((queue) => queue.name));
    return tieredLineItems({
      id: `sqs.${type}.requests`,
      label: `${LABELS[type]} (${names})`,
      // How the requests were reached goes in the note under the line, where a reader looks for it, not in the label.
      countedAs: requestCount(ofType, prices.meteringKb),
      unit: '1M requests',
      unitsPerCount: PER_MILLION,
      gross,
      free: freeHere,
      tiers: prices.perMillion[type],
    });
  });
}
