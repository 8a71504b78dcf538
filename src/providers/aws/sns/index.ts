// Amazon SNS as a priced service: topics any platform would use alike.
import { sum } from '../../../core/money.js';
import type { Meter } from '../../../core/service.js';
import type { Warning } from '../../../core/types.js';
import { justOverStep, meteredChunks, scaleQuantity } from '../../../core/usage.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { deliveriesOf, meteredPublishes, smsGroups, snsLineItems } from './line-items.js';
import { type SnsSection, snsPrices } from './prices.js';
import { snsScenario } from './scenario.js';
import { snsTemplate } from './template.js';
import { PROTOCOLS, type Topic } from './types.js';

export type { Protocol, SnsPrices, Topic } from './types.js';
export type { SnsSection } from './prices.js';

export interface SnsUsage {
  readonly snsTopics: readonly Topic[];
  /** The always-free allowances apply. */
  readonly freeTier: boolean;
}

export const sns: ServiceDefinition<SnsUsage, SnsSection> = {
  id: 'sns',
  label: 'SNS',
  warnings: { payload_just_over_step: 'advice' },
  shared: true,
  prices: snsPrices,
  usage: snsScenario,
  template: snsTemplate,
  lineItems: (scenario, prices, month) => snsLineItems(scenario.snsTopics, prices.sns, scenario.freeTier, month.where),
  scale: (scenario, scaled) => ({
    snsTopics: scenario.snsTopics.map((topic) => ({
      ...topic,
      publishes: scaleQuantity(topic.publishes, scaled),
      deliveries: Object.fromEntries(Object.entries(topic.deliveries).map(([protocol, given]) => [protocol, { ...given, count: scaleQuantity(given.count, scaled) }])),
    })),
  }),
  // Prices are flat per protocol: the bill bends only where a free allowance runs out. The free SMS go
  // to the price groups in order, so it bends where each group's running total reaches the allowance.
  meters: (scenario, prices) => {
    const table = prices.sns;
    if (!table || !scenario.freeTier || !scenario.snsTopics.length) return [];
    const meters: Meter<SnsUsage>[] = [
      { quantity: (scaled) => sum(scaled.snsTopics.map((topic) => meteredPublishes(topic, table.meteringKb))), thresholds: [table.freePublishes] },
    ];
    for (const protocol of PROTOCOLS) {
      if (protocol !== 'sms' && table.freeDeliveries[protocol].greaterThan(0)) {
        meters.push({ quantity: (scaled) => sum(scaled.snsTopics.map((topic) => deliveriesOf(topic, protocol))), thresholds: [table.freeDeliveries[protocol]] });
      }
    }
    const groups = smsGroups(scenario.snsTopics).map((group) => group.usd);
    groups.forEach((_usd, index) => {
      const upTo = new Set(groups.slice(0, index + 1).map((usd) => usd.toString()));
      meters.push({
        quantity: (scaled) => sum(scaled.snsTopics.filter((topic) => upTo.has(topic.smsUsdPerMessage.toString())).map((topic) => deliveriesOf(topic, 'sms'))),
        thresholds: [table.freeDeliveries.sms],
      });
    });
    return meters;
  },
  checks: (scenario, prices) => {
    const stepKb = prices.sns?.meteringKb ?? 64;
    return scenario.snsTopics.flatMap((topic): Warning[] => {
      if (!justOverStep(topic.messageKb, stepKb)) return [];
      const chunks = meteredChunks(topic.messageKb, stepKb);
      return [
        {
          id: 'payload_just_over_step',
          message: `SNS topic ${topic.name}: each ${topic.messageKb} KB message is billed as ${chunks} publishes (one per ${stepKb} KB); trimmed to ${chunks.minus(1).times(stepKb)} KB it would be ${chunks.minus(1)}`,
        },
      ];
    });
  },
};
