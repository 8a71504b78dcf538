// SNS topics in a template: `AWS::SNS::Topic`, with the subscriptions in its
// `Subscription` list and the `AWS::SNS::Subscription` resources whose
// `TopicArn` is a `Ref` to it or its `TopicArn` attribute, counted per protocol. How often the topic
// is published to only usage can tell. FIFO topics are left out: slcost prices
// standard topics only.
import { ownEntry } from '../../../core/records.js';
import {
  intrinsicOf,
  referenceOf,
  sayNotPriced,
  shownProblem,
  shownValue,
  templateBoolean,
  type TemplateResource,
  type TemplateSection,
} from '../../../schema/template-section.js';
import { listNames } from '../../../core/names.js';
import { clipped } from '../../../core/errors.js';
import { formatCount } from '../../../core/numbers.js';
import type { Protocol } from './types.js';

/** CloudFormation's protocol names as slcost's. */
const PROTOCOL_OF: Readonly<Record<string, Protocol>> = {
  http: 'http',
  https: 'http',
  email: 'email',
  'email-json': 'email',
  sms: 'sms',
  sqs: 'sqs',
  lambda: 'lambda',
  firehose: 'firehose',
  application: 'mobile_push',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A subscription's protocol as slcost names it; a name of the table's own only (`constructor` is Object's, not a protocol). */
const protocolOf = (subscription: unknown) =>
  isRecord(subscription) && typeof subscription.Protocol === 'string' ? ownEntry(PROTOCOL_OF, subscription.Protocol.toLowerCase()) : undefined;
/** Subscriptions whose protocol is said one by one; the rest are counted in one note. */
const PROTOCOLS_SAID = 10;
/** A topic's TracingConfig as SNS takes it: Active has X-Ray record its messages' traces, PassThrough records none of its own. */
const TRACING_MODES: readonly unknown[] = ['Active', 'PassThrough'];
const isFifo = (resource: TemplateResource) => templateBoolean(resource.properties.FifoTopic) === true;

export const snsTemplate: TemplateSection = {
  types: ['AWS::SNS::Topic', 'AWS::SNS::Subscription'],
  deployedName: 'TopicName',
  properties: {
    'AWS::SNS::Topic': {
      reads: ['FifoTopic', 'Subscription', 'TracingConfig'],
      others: [
        'ArchivePolicy',
        'ContentBasedDeduplication',
        'DataProtectionPolicy',
        'DeliveryStatusLogging',
        'DisplayName',
        'FifoThroughputScope',
        'KmsMasterKeyId',
        'SignatureVersion',
        'Tags',
        'TopicName',
      ],
    },
    'AWS::SNS::Subscription': {
      reads: ['Protocol', 'TopicArn'],
      others: ['DeliveryPolicy', 'Endpoint', 'FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'Region', 'ReplayPolicy', 'SubscriptionRoleArn'],
    },
  },
  section: (resources, reader) => {
    // X-Ray records the traces of an actively traced topic's messages, billed by the million, as a function's or a state
    // machine's active tracing is: said for those, and went unsaid for topics.
    const traced = resources.filter((resource) => resource.type === 'AWS::SNS::Topic' && resource.properties.TracingConfig === 'Active');
    if (traced.length)
      sayNotPriced(
        reader,
        `X-Ray tracing (TracingConfig: Active) of ${traced.length === 1 ? 'topic' : 'topics'} ${listNames(traced.map(({ logicalId }) => clipped(logicalId)))} records traces that slcost does not price; the bill leaves them out`,
      );
    // A TracingConfig SNS has not (`active`, `ACTIVE`, a mapping), which CloudFormation refuses, was read as PassThrough
    // in silence: the first few said, the rest counted.
    const untraceable = resources.filter(
      ({ type, properties }) => type === 'AWS::SNS::Topic' && properties.TracingConfig !== undefined && !TRACING_MODES.includes(properties.TracingConfig),
    );
    for (const topic of untraceable.slice(0, PROTOCOLS_SAID))
      reader?.note(
        `Resources.${clipped(topic.logicalId)}.Properties.TracingConfig: ${shownProblem(topic.properties.TracingConfig, 'is neither Active nor PassThrough (CloudFormation refuses it)')}; read as PassThrough, which records no traces of its own`,
      );
    if (untraceable.length > PROTOCOLS_SAID)
      reader?.note(`${formatCount(untraceable.length - PROTOCOLS_SAID)} more topics have a TracingConfig that is neither Active nor PassThrough; each read as PassThrough`);
    // A FIFO topic is left out and said: left out in silence, its usage would be "in the usage file but not in the template",
    // and priced as a standard topic's (leftOut below keeps the usage file's entry for it from that).
    for (const topic of resources)
      if (topic.type === 'AWS::SNS::Topic' && isFifo(topic))
        reader?.note(
          `Resources.${clipped(topic.logicalId)}: a FIFO topic (FifoTopic), which slcost does not price (it prices standard topics); its publishes and deliveries are left out`,
        );
    const topics = resources.filter((resource) => resource.type === 'AWS::SNS::Topic' && !isFifo(resource));
    const counts = new Map(topics.map((topic) => [topic.logicalId, {} as Partial<Record<Protocol, number>>]));
    // A protocol SNS has not (`htps`, a parameter's `dev`, `Https ` with a space), which CloudFormation refuses, was a
    // subscription counted as none: its deliveries left off the bill without a word.
    let unread = 0;
    const add = (topicId: string, subscription: unknown, where: string) => {
      const count = counts.get(topicId);
      if (!count) return;
      const protocol = protocolOf(subscription);
      if (protocol) count[protocol] = (count[protocol] ?? 0) + 1;
      else if (!isRecord(subscription) || intrinsicOf(subscription.Protocol) !== 'Ref') {
        if (++unread > PROTOCOLS_SAID) return;
        const written = isRecord(subscription) ? subscription.Protocol : undefined;
        reader?.note(
          !isRecord(subscription)
            ? `${where}: ${shownValue(subscription)} is not a subscription (a mapping with Protocol and Endpoint); not priced`
            : written === undefined || written === null
              ? `${where}: has no Protocol; its deliveries are not priced`
              : `${where}.Protocol: ${shownProblem(written, 'is not a protocol SNS delivers to (CloudFormation refuses it)')}; its deliveries are not priced`,
        );
      }
    };
    for (const topic of topics) {
      const inline = topic.properties.Subscription;
      if (Array.isArray(inline))
        inline.forEach((subscription, index) => add(topic.logicalId, subscription, `Resources.${clipped(topic.logicalId)}.Properties.Subscription[${index}]`));
    }
    for (const resource of resources.filter((each) => each.type === 'AWS::SNS::Subscription')) {
      // A topic's ARN is its Ref or its TopicArn attribute: both are read, so that a subscription by `!GetAtt Topic.TopicArn`
      // is counted and its deliveries billed. An ARN in text or built with Fn::Join names a topic outside the template: nothing here to count it against.
      const topic = referenceOf(resource.properties.TopicArn);
      if (topic && (topic.attribute === null || topic.attribute === 'TopicArn')) add(topic.id, resource.properties, `Resources.${clipped(resource.logicalId)}.Properties`);
    }
    if (unread > PROTOCOLS_SAID) reader?.note(`${formatCount(unread - PROTOCOLS_SAID)} more subscriptions have no protocol SNS delivers to; their deliveries are not priced`);
    return topics.map((topic) => {
      const subscriptions = counts.get(topic.logicalId)!;
      return Object.keys(subscriptions).length ? { name: topic.logicalId, subscriptions } : { name: topic.logicalId };
    });
  },
  usageKeys: ['publishes_per_month'],
  leftOut: (resource) => (resource.type === 'AWS::SNS::Topic' && isFifo(resource) ? 'a FIFO topic, which slcost does not price (it prices standard topics)' : null),
};
