// Amazon SNS standard topics: publishes, every 64 KB of a message counted as a
// publish of its own, and deliveries by protocol, each to each subscription.
// The always-free allowances (1M publishes, 100,000 HTTP/S, 1,000 email and
// 100 SMS deliveries) are the account's, so every topic's count is added up
// before they come off. Deliveries to SQS and Lambda carry no charge.
// https://aws.amazon.com/sns/pricing/
import { pricesFor } from '../../../core/errors.js';
import { tieredLineItems } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { LineItem } from '../../../core/types.js';
import { PER_MILLION } from '../../../core/units.js';
import { meteredChunks } from '../../../core/usage.js';
import { DELIVERY_LABELS } from './prices.js';
import type { Protocol, SnsPrices, TableProtocol, Topic } from './types.js';
import { listNames, listParts } from '../../../core/names.js';

const TABLE_PROTOCOLS: readonly TableProtocol[] = ['http', 'email', 'firehose', 'mobile_push', 'sqs', 'lambda'];
const UNPRICED: ReadonlySet<Protocol> = new Set(['sqs', 'lambda']);

/** Publishes a topic is billed for: each publish counts once per 64 KB chunk of its message. */
export function meteredPublishes(topic: Topic, meteringKb: number): Decimal {
  return topic.publishes.perMonth.times(meteredChunks(topic.messageKb, meteringKb));
}

/** A protocol's deliveries from one topic for the month. */
export function deliveriesOf(topic: Topic, protocol: Protocol): Decimal {
  return topic.deliveries[protocol]?.count.perMonth ?? ZERO;
}

/** The topics' SMS deliveries grouped by their price per message, in the order the topics first name each price: the free SMS go to the first group first. */
export function smsGroups(topics: readonly Topic[]): { usd: Decimal; topics: Topic[] }[] {
  // By the price's digits (equal Decimals write the same digits): looking each topic's price up among the groups grew
  // with the square of the topics, each of thousands priced again in every month the cost-bomb check tries.
  const groups = new Map<string, { usd: Decimal; topics: Topic[] }>();
  for (const topic of topics.filter((each) => each.deliveries.sms)) {
    const key = topic.smsUsdPerMessage.toString();
    const group = groups.get(key);
    if (group) group.topics.push(topic);
    else groups.set(key, { usd: topic.smsUsdPerMessage, topics: [topic] });
  }
  return [...groups.values()];
}

// A line's label names its topics; how its quantity was reached goes in the note under it, where a reader looks for it.
const named = (what: string, topics: readonly Topic[]) => `${what} (${listNames(topics.map((topic) => topic.name))})`;

/** What the publishes were counted as: a message over the metering size is several. */
function publishCount(topics: readonly Topic[], meteringKb: number): string {
  const parts = topics.flatMap((topic) => {
    const chunks = meteredChunks(topic.messageKb, meteringKb);
    return chunks.greaterThan(1) ? [`${topic.name}: each ${topic.messageKb} KB message is ${chunks} × ${meteringKb} KB chunks`] : [];
  });
  return parts.length ? `publishes (${listParts(parts, '; ')})` : 'publishes';
}

/** What the deliveries were counted as: each topic's publishes times its subscriptions. */
function deliveryCount(what: string, topics: readonly Topic[], protocol: Protocol, note: string | null): string {
  const parts = topics.map((topic) => {
    const subscriptions = topic.deliveries[protocol]?.subscriptions;
    return subscriptions ? `${topic.name}: publishes × ${subscriptions} subscription${subscriptions.equals(1) ? '' : 's'}` : topic.name;
  });
  return `${what} (${[listParts(parts, '; '), ...(note ? [note] : [])].join('; ')})`;
}

export function snsLineItems(topics: readonly Topic[], table: SnsPrices | null, freeTier: boolean, where: string): LineItem[] {
  if (!topics.length) return [];
  const prices = pricesFor(table, 'SNS', where);
  const free = (protocol: Protocol) => (freeTier ? prices.freeDeliveries[protocol] : ZERO);
  const items = tieredLineItems({
    id: 'sns.publishes',
    label: named('SNS publishes', topics),
    countedAs: publishCount(topics, prices.meteringKb),
    unit: '1M requests',
    unitsPerCount: PER_MILLION,
    gross: sum(topics.map((topic) => meteredPublishes(topic, prices.meteringKb))),
    free: freeTier ? prices.freePublishes : ZERO,
    tiers: [{ upTo: null, usd: prices.publishPerMillion }],
  });
  for (const protocol of TABLE_PROTOCOLS) {
    const delivering = topics.filter((topic) => topic.deliveries[protocol]);
    if (!delivering.length) continue;
    const note = UNPRICED.has(protocol) ? `no delivery charge; the ${protocol === 'sqs' ? 'queue bills its own requests' : 'function bills its own invocations'}` : null;
    items.push(
      ...tieredLineItems({
        id: `sns.deliveries.${protocol.replace('_', '-')}`,
        label: named(DELIVERY_LABELS[protocol], delivering),
        countedAs: deliveryCount('deliveries', delivering, protocol, note),
        unit: '1M notifications',
        unitsPerCount: PER_MILLION,
        gross: sum(delivering.map((topic) => deliveriesOf(topic, protocol))),
        free: free(protocol),
        tiers: [{ upTo: null, usd: prices.deliveryPerMillion[protocol] }],
      }),
    );
  }
  let freeSms = free('sms');
  smsGroups(topics).forEach((group, index) => {
    const gross = sum(group.topics.map((topic) => deliveriesOf(topic, 'sms')));
    const freeHere = Decimal.min(freeSms, gross);
    freeSms = freeSms.minus(freeHere);
    items.push(
      ...tieredLineItems({
        id: index ? `sns.deliveries.sms.price-${index + 1}` : 'sns.deliveries.sms',
        label: named(`SNS SMS deliveries at $${group.usd} each`, group.topics),
        countedAs: deliveryCount('messages', group.topics, 'sms', "the destination country's price, as the scenario gives it"),
        unit: 'messages',
        unitsPerCount: new Decimal(1),
        gross,
        free: freeHere,
        tiers: [{ upTo: null, usd: group.usd }],
      }),
    );
  });
  return items;
}
