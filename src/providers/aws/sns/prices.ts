// SNS's section of a region in the price table: standard topics.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import { PROTOCOLS, type Protocol, type SnsPrices, type TableProtocol } from './types.js';

export interface SnsSection {
  readonly sns: SnsPrices | null;
}

const TABLE_PROTOCOLS = PROTOCOLS.filter((protocol): protocol is TableProtocol => protocol !== 'sms');
/** What each protocol's deliveries are called, in the table's listing and on the bill. */
export const DELIVERY_LABELS: Record<TableProtocol, string> = {
  http: 'SNS HTTP/S deliveries',
  email: 'SNS email deliveries',
  firehose: 'SNS Firehose deliveries',
  mobile_push: 'SNS mobile push deliveries',
  sqs: 'SNS deliveries to SQS',
  lambda: 'SNS deliveries to Lambda',
};

export const snsPrices = priceSection({
  key: 'sns',
  schema: ({ z, priceString, source }) => {
    const count = z.number().check(z.gte(0));
    return z.optional(
      z.strictObject({
        source,
        publish_per_million_requests: priceString,
        metering_kb: z.int().check(z.gte(1)),
        free_publishes_per_month: count,
        delivery_per_million: z.strictObject({ http: priceString, email: priceString, firehose: priceString, mobile_push: priceString, sqs: priceString, lambda: priceString }),
        free_deliveries_per_month: z.strictObject({ http: count, email: count, sms: count }),
      }),
    );
  },
  read: (sns): SnsSection => ({
    sns: sns
      ? {
          source: sns.source,
          publishPerMillion: new Decimal(sns.publish_per_million_requests),
          meteringKb: sns.metering_kb,
          freePublishes: new Decimal(sns.free_publishes_per_month),
          deliveryPerMillion: Object.fromEntries(TABLE_PROTOCOLS.map((protocol) => [protocol, new Decimal(sns.delivery_per_million[protocol])])) as Record<TableProtocol, Decimal>,
          freeDeliveries: Object.fromEntries(
            PROTOCOLS.map((protocol) => [protocol, new Decimal((sns.free_deliveries_per_month as Partial<Record<Protocol, number>>)[protocol] ?? 0)]),
          ) as Record<Protocol, Decimal>,
        }
      : null,
  }),
  discount: ({ sns }, off) => ({
    sns: sns && {
      ...sns,
      publishPerMillion: off(sns.publishPerMillion),
      deliveryPerMillion: Object.fromEntries(TABLE_PROTOCOLS.map((protocol) => [protocol, off(sns.deliveryPerMillion[protocol])])) as Record<TableProtocol, Decimal>,
    },
  }),
  list: ({ sns }, add) => {
    if (!sns) return;
    add('publishes', 'SNS publishes (each 64 KB chunk)', sns.publishPerMillion, 'USD per 1M requests');
    for (const protocol of TABLE_PROTOCOLS)
      add(`deliveries.${protocol.replace('_', '-')}`, DELIVERY_LABELS[protocol], sns.deliveryPerMillion[protocol], 'USD per 1M notifications');
  },
});
