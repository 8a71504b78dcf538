// EventBridge's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { EventBridgePrices } from './types.js';

export interface EventBridgeSection {
  readonly eventbridge: EventBridgePrices | null;
}

export const eventBridgePrices = priceSection({
  key: 'eventbridge',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        custom_per_million_events: priceString,
        partner_per_million_events: priceString,
        metering_kb: z.int().check(z.gte(1)),
      }),
    ),
  read: (eventbridge): EventBridgeSection => ({
    eventbridge: eventbridge
      ? {
          source: eventbridge.source,
          customPerMillion: new Decimal(eventbridge.custom_per_million_events),
          partnerPerMillion: new Decimal(eventbridge.partner_per_million_events),
          meteringKb: eventbridge.metering_kb,
        }
      : null,
  }),
  discount: ({ eventbridge }, off) => ({
    eventbridge: eventbridge && { ...eventbridge, customPerMillion: off(eventbridge.customPerMillion), partnerPerMillion: off(eventbridge.partnerPerMillion) },
  }),
  list: ({ eventbridge }, add) => {
    if (!eventbridge) return;
    add('custom-events', 'EventBridge custom events (each 64 KB chunk)', eventbridge.customPerMillion, 'USD per 1M events');
    add('partner-events', 'EventBridge partner events (each 64 KB chunk)', eventbridge.partnerPerMillion, 'USD per 1M events');
  },
});
