// Amazon SQS as a priced service: queues any platform would use alike.
import { sum } from '../../../core/money.js';
import type { Meter } from '../../../core/service.js';
import type { Warning } from '../../../core/types.js';
import { bandEdges } from '../../../core/bands.js';
import { justOverStep, meteredChunks, scaleQuantity } from '../../../core/usage.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { meteredRequests, sqsLineItems } from './line-items.js';
import { type SqsSection, sqsPrices } from './prices.js';
import { sqsScenario } from './scenario.js';
import { sqsTemplate } from './template.js';
import type { Queue } from './types.js';

export type { Queue, QueueType, SqsPrices } from './types.js';
export type { SqsSection } from './prices.js';

export interface SqsUsage {
  readonly sqsQueues: readonly Queue[];
  /** The always-free allowances apply. */
  readonly freeTier: boolean;
}

export const sqs: ServiceDefinition<SqsUsage, SqsSection> = {
  id: 'sqs',
  label: 'SQS',
  warnings: { payload_just_over_step: 'advice' },
  shared: true,
  prices: sqsPrices,
  usage: sqsScenario,
  template: sqsTemplate,
  lineItems: (scenario, prices, month) => sqsLineItems(scenario.sqsQueues, prices.sqs, scenario.freeTier, month.where),
  scale: (scenario, scaled) => ({ sqsQueues: scenario.sqsQueues.map((queue) => ({ ...queue, requests: scaleQuantity(queue.requests, scaled) })) }),
  // The shared free allowance runs out where all queues' requests reach it; each type's bands where its own requests reach them.
  meters: (scenario, prices) => {
    const table = prices.sqs;
    if (!table || !scenario.sqsQueues.length) return [];
    const metered = (of: SqsUsage, type?: string) => sum(of.sqsQueues.filter((queue) => !type || queue.type === type).map((queue) => meteredRequests(queue, table.meteringKb)));
    const bounds = (type: 'standard' | 'fifo') => bandEdges(table.perMillion[type]);
    const meters: Meter<SqsUsage>[] = [
      { quantity: (scaled) => metered(scaled, 'standard'), thresholds: bounds('standard') },
      { quantity: (scaled) => metered(scaled, 'fifo'), thresholds: bounds('fifo') },
    ];
    if (scenario.freeTier)
      meters.push(
        { quantity: (scaled) => metered(scaled), thresholds: [table.freeRequests] },
        { quantity: (scaled) => metered(scaled, 'standard'), thresholds: [table.freeRequests] },
      );
    return meters;
  },
  checks: (scenario, prices) => {
    const stepKb = prices.sqs?.meteringKb ?? 64;
    return scenario.sqsQueues.flatMap((queue): Warning[] => {
      if (!justOverStep(queue.messageKb, stepKb)) return [];
      const chunks = meteredChunks(queue.messageKb, stepKb);
      return [
        {
          id: 'payload_just_over_step',
          message: `SQS queue ${queue.name}: each ${queue.messageKb} KB message is billed as ${chunks} requests (one per ${stepKb} KB); trimmed to ${chunks.minus(1).times(stepKb)} KB it would be ${chunks.minus(1)}`,
        },
      ];
    });
  },
};
