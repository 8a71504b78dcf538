// SNS's section of a scenario file: `services.sns`, a list of standard topics.
import type * as Zod from 'zod/mini';
import { Decimal } from '../../../core/money.js';
import type { MonthlyQuantity } from '../../../core/usage.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import { PROTOCOLS, type Deliveries, type Protocol, type Topic } from './types.js';

/** Infracost's default for an SMS: a US message. Every country has its own price. */
export const DEFAULT_SMS_USD_PER_MESSAGE = 0.0075;

export const snsScenario = scenarioSection({
  key: 'sns',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, positiveKb, perMonth, perRequest, resourceName }) => {
    const perProtocol = <T extends Zod.core.$ZodType>(value: T) =>
      z.optional(
        z.strictObject({
          http: z.optional(value),
          email: z.optional(value),
          sms: z.optional(value),
          firehose: z.optional(value),
          mobile_push: z.optional(value),
          sqs: z.optional(value),
          lambda: z.optional(value),
        }),
      );
    return z.optional(
      z.array(
        z.strictObject({
          name: resourceName,
          /** Publish API calls; each 64 KB of a message is billed as a publish of its own. */
          ...monthlyOrPerRequest('publishes'),
          message_kb: z._default(positiveKb, 1),
          /** Subscriptions per protocol: each publish is delivered once to each. */
          subscriptions: perProtocol(z.int().check(z.gte(0), z.lte(1e6))),
          /** Deliveries per protocol, given outright: they override publishes × subscriptions. */
          deliveries_per_month: perProtocol(perMonth),
          deliveries_per_request: perProtocol(perRequest),
          sms_usd_per_message: z._default(z.number().check(z.gte(0), z.lte(100)), DEFAULT_SMS_USD_PER_MESSAGE),
        }),
      ),
    );
  },
  read: (topics, context): { snsTopics: Topic[] } => ({
    snsTopics: (topics ?? []).map((topic, index): Topic => {
      const at = ['sns', index];
      const publishes = monthlyQuantity(topic, 'publishes', context, at);
      if (!publishes) context.fail('a topic needs publishes_per_month (or publishes_per_request)', at);
      const published: MonthlyQuantity = publishes ?? { perMonth: new Decimal(0), followsTraffic: false };
      const deliveries: Partial<Record<Protocol, Deliveries>> = {};
      for (const protocol of PROTOCOLS) {
        const monthly = topic.deliveries_per_month?.[protocol];
        const proportional = topic.deliveries_per_request?.[protocol];
        const subscriptions = topic.subscriptions?.[protocol];
        if (monthly !== undefined && proportional !== undefined) {
          context.fail(`give deliveries_per_month.${protocol} or deliveries_per_request.${protocol}, not both`, [...at, 'deliveries_per_request', protocol]);
        }
        if (monthly !== undefined) {
          deliveries[protocol] = { count: { perMonth: new Decimal(monthly), followsTraffic: false }, subscriptions: null };
        } else if (proportional !== undefined) {
          if (context.trafficRequests === undefined)
            context.fail('deliveries_per_request needs traffic.requests_per_month to count against', [...at, 'deliveries_per_request', protocol]);
          deliveries[protocol] = { count: { perMonth: new Decimal(proportional).times(context.trafficRequests ?? 0), followsTraffic: true }, subscriptions: null };
        } else if (subscriptions !== undefined) {
          // Delivered once per message to each subscription, whatever its size: the chunks are a publish-side meter.
          const count = new Decimal(subscriptions);
          deliveries[protocol] = { count: { perMonth: published.perMonth.times(count), followsTraffic: published.followsTraffic }, subscriptions: count };
        }
      }
      return { name: topic.name, publishes: published, messageKb: new Decimal(topic.message_kb), deliveries, smsUsdPerMessage: new Decimal(topic.sms_usd_per_message) };
    }),
  }),
});
