// Amazon EventBridge as a priced service: an event bus any platform would use alike.
import type { Warning } from '../../../core/types.js';
import { justOverStep, meteredChunks, scaleQuantity } from '../../../core/usage.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { eventBridgeLineItems } from './line-items.js';
import { type EventBridgeSection, eventBridgePrices } from './prices.js';
import { eventBridgeScenario } from './scenario.js';
import { eventBridgeTemplate } from './template.js';
import type { EventBridgeEvents } from './types.js';

export type { EventBridgeEvents, EventBridgePrices } from './types.js';
export type { EventBridgeSection } from './prices.js';

export interface EventBridgeUsage {
  readonly eventBridge: EventBridgeEvents | null;
}

export const eventBridge: ServiceDefinition<EventBridgeUsage, EventBridgeSection> = {
  id: 'eventbridge',
  label: 'EventBridge',
  warnings: { payload_just_over_step: 'advice' },
  shared: true,
  prices: eventBridgePrices,
  usage: eventBridgeScenario,
  template: eventBridgeTemplate,
  lineItems: (scenario, prices, month) => eventBridgeLineItems(scenario.eventBridge, prices.eventbridge, month.where),
  scale: (scenario, scaled) => ({
    eventBridge: scenario.eventBridge && {
      ...scenario.eventBridge,
      customEvents: scaleQuantity(scenario.eventBridge.customEvents, scaled),
      partnerEvents: scaleQuantity(scenario.eventBridge.partnerEvents, scaled),
    },
  }),
  // One flat price, no free tier: the bill is linear in the events and bends nowhere.
  meters: () => [],
  checks: (scenario, prices) => {
    const events = scenario.eventBridge;
    const stepKb = prices.eventbridge?.meteringKb ?? 64;
    if (!events || !justOverStep(events.eventKb, stepKb)) return [];
    const chunks = meteredChunks(events.eventKb, stepKb);
    const warning: Warning = {
      id: 'payload_just_over_step',
      message: `EventBridge: each ${events.eventKb} KB event is billed as ${chunks} events (one per ${stepKb} KB); trimmed to ${chunks.minus(1).times(stepKb)} KB it would be ${chunks.minus(1)}`,
    };
    return [warning];
  },
};
