// Amazon EventBridge: custom and partner events at a flat price per million,
// every 64 KB of an event counted as an event of its own. No free tier; the
// events AWS services put on the default bus and scheduled rules cost nothing.
// https://aws.amazon.com/eventbridge/pricing/
import { pricesFor } from '../../../core/errors.js';
import { lineItem } from '../../../core/line-item.js';
import type { Decimal } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { PER_MILLION } from '../../../core/units.js';
import { meteredChunks, type MonthlyQuantity } from '../../../core/usage.js';
import type { EventBridgeEvents, EventBridgePrices } from './types.js';

/** Events billed for `events` of `eventKb` each. */
export function meteredEvents(events: MonthlyQuantity, eventKb: Decimal, meteringKb: number): Decimal {
  return events.perMonth.times(meteredChunks(eventKb, meteringKb));
}

export function eventBridgeLineItems(events: EventBridgeEvents | null, table: EventBridgePrices | null, where: string): LineItem[] {
  if (!events || (events.customEvents.perMonth.isZero() && events.partnerEvents.perMonth.isZero())) return [];
  const prices = pricesFor(table, 'EventBridge', where);
  const chunks = meteredChunks(events.eventKb, prices.meteringKb);
  const how = chunks.greaterThan(1) ? ` (each ${events.eventKb} KB event is ${chunks} × ${prices.meteringKb} KB chunks)` : '';
  const line = (id: string, what: string, given: MonthlyQuantity, price: Decimal) =>
    given.perMonth.isZero()
      ? []
      : [lineItem({ id, label: `${what}${how}`, quantity: meteredEvents(given, events.eventKb, prices.meteringKb).times(PER_MILLION), unit: '1M events', unitPriceUsd: price })];
  return [
    ...line('eventbridge.custom-events', 'EventBridge custom events', events.customEvents, prices.customPerMillion),
    ...line('eventbridge.partner-events', 'EventBridge partner events', events.partnerEvents, prices.partnerPerMillion),
  ];
}
