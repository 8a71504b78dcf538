// EventBridge's section of a scenario file: `services.eventbridge`, one object
// for the account's events. AWS services' events on the default bus and
// scheduled rules are free, so only custom and partner events are given.
import { Decimal } from '../../../core/money.js';
import { NONE } from '../../../core/usage.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { EventBridgeEvents } from './types.js';

export const eventBridgeScenario = scenarioSection({
  key: 'eventbridge',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, positiveKb }) =>
    z.optional(
      z.strictObject({
        /** Events the workload puts on an event bus itself (PutEvents). */
        ...monthlyOrPerRequest('custom_events'),
        /** Events a SaaS partner puts on a partner event bus. */
        ...monthlyOrPerRequest('partner_events'),
        /** Each 64 KB of an event, custom or partner, is billed as an event. */
        event_kb: z._default(positiveKb, 1),
      }),
    ),
  read: (events, context): { eventBridge: EventBridgeEvents | null } => {
    if (!events) return { eventBridge: null };
    const at = ['eventbridge'];
    const customEvents = monthlyQuantity(events, 'custom_events', context, at);
    const partnerEvents = monthlyQuantity(events, 'partner_events', context, at);
    if (!customEvents && !partnerEvents) context.fail('eventbridge needs custom_events_per_month or partner_events_per_month (or their _per_request forms)', at);
    return { eventBridge: { customEvents: customEvents ?? NONE, partnerEvents: partnerEvents ?? NONE, eventKb: new Decimal(events.event_kb) } };
  },
});
