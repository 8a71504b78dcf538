// SQS's section of a scenario file: `services.sqs`, a list of queues.
import { Decimal } from '../../../core/money.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { Queue } from './types.js';

/** The largest message SQS takes, in KB (1 MiB). */
export const MAX_MESSAGE_KB = 1024;

/** Send, receive and delete: the requests one message costs when the scenario counts messages. */
export const DEFAULT_CALLS_PER_MESSAGE = 3;

export const sqsScenario = scenarioSection({
  key: 'sqs',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, positiveKb, resourceName }) =>
    z.optional(
      z.array(
        z.strictObject({
          name: resourceName,
          type: z._default(z.enum(['standard', 'fifo']), 'standard'),
          /** API requests: every send, receive (empty ones too) and delete. */
          ...monthlyOrPerRequest('requests'),
          /** Or messages, each costing `api_calls_per_message` requests. */
          ...monthlyOrPerRequest('messages'),
          api_calls_per_message: z.optional(z.number().check(z.gte(1), z.lte(1000))),
          // SQS takes a message of at most 1 MiB (1,024 KB, since 2026-01-29): a larger one was priced as chunks no queue accepts.
          message_kb: z._default(positiveKb.check(z.lte(MAX_MESSAGE_KB)), 1),
        }),
      ),
    ),
  read: (queues, context): { sqsQueues: Queue[] } => ({
    sqsQueues: (queues ?? []).map((queue, index): Queue => {
      const at = ['sqs', index];
      const requests = monthlyQuantity(queue, 'requests', context, at);
      const messages = monthlyQuantity(queue, 'messages', context, at);
      if (requests && messages) context.fail('give requests or messages, not both', at);
      if (!requests && !messages) context.fail('a queue needs requests_per_month or messages_per_month (or their _per_request forms)', at);
      if (requests && queue.api_calls_per_message !== undefined) context.fail('api_calls_per_message applies to messages, not requests', [...at, 'api_calls_per_message']);
      const callsPerMessage = messages ? new Decimal(queue.api_calls_per_message ?? DEFAULT_CALLS_PER_MESSAGE) : null;
      const counted = requests ?? (messages && callsPerMessage ? { ...messages, perMonth: messages.perMonth.times(callsPerMessage) } : undefined);
      return {
        name: queue.name,
        type: queue.type,
        requests: counted ?? { perMonth: new Decimal(0), followsTraffic: false },
        messageKb: new Decimal(queue.message_kb),
        callsPerMessage,
      };
    }),
  }),
});
