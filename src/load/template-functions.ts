// What a template says about its functions: memory, timeout, architecture,
// ephemeral storage, provisioned concurrency, runtime and the API in front of
// each, after the tools' own defaults and `provider` / `Globals.Function`
// settings. What cannot be resolved (a parameter without a default, an SSM
// lookup, a condition) becomes a stated assumption, never a silent guess.
// Serverless Framework: https://www.serverless.com/framework/docs/providers/aws/guide/functions
// SAM: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
import type { EdgeEvent, Trigger } from '../providers/aws/lambda/types.js';
import { clipped, InputError } from '../core/errors.js';
import { ownEntry } from '../core/records.js';
import { formatCount, numberInWords, quotedNumeral } from '../core/numbers.js';
import { Decimal } from '../core/money.js';
import type { Architecture } from '../providers/aws/architecture.js';
import type { TemplateFile } from './read-template.js';
import { type FieldPath, formatPath, jsonData } from './read-yaml.js';
import { hasVisibleCharacter } from '../schema/scenario-section.js';
import { arnOf, intrinsicOf, referenceOf, shownProblem, subReferences, subText, type TemplateResource } from '../schema/template-section.js';
import { meantName, suggest } from '../suggest.js';
import { listNames, listParts, nameKey } from '../core/names.js';
import { lambdaLogGroupOf, type LogClass, offeredRetention, RETENTIONS_OFFERED, type TemplateLogSettings } from '../providers/aws/cloudwatch-logs/index.js';
import { LAMBDA_RUNTIME_ID, MAX_PARALLELIZATION_FACTOR, MAX_QUEUE_MAXIMUM_CONCURRENCY, MIN_QUEUE_MAXIMUM_CONCURRENCY, RUNTIMES } from '../providers/aws/lambda/index.js';
import { runsAMonth, scheduleRuns } from './schedule-runs.js';
import { definitionText } from '../providers/aws/step-functions/template.js';

export type TemplateApi = 'rest' | 'http' | 'websocket';

/** What invokes a function, as the model names it: read from its events. */
export type TemplateTrigger = Trigger;

/**
 * A function's trigger from its event kinds (Serverless Framework keys or SAM
 * types, lower-cased): a caller waits when any event is a request (an API's
 * before a function URL's, whose callers no API throttle holds back); a schedule
 * only when every event is one (nothing outside the account can make it run
 * more); otherwise the first other source; null with no events, or none known.
 */
export function triggerOf(kinds: readonly string[]): TemplateTrigger | null {
  // An event kind of the table's own only: `constructor` or `__proto__` is Object's, not a trigger.
  const known = kinds.flatMap((kind) => ownEntry(EVENT_TRIGGERS, kind.toLowerCase()) ?? []);
  if (known.includes('api')) return 'api';
  if (known.includes('url')) return 'url';
  if (known.length && known.length === kinds.length && known.every((trigger) => trigger === 'schedule')) return 'schedule';
  return known.find((trigger) => trigger !== 'schedule') ?? (known.length ? 'event' : null);
}

const EVENT_TRIGGERS: Readonly<Record<string, TemplateTrigger>> = {
  http: 'api',
  httpapi: 'api',
  api: 'api',
  websocket: 'api',
  alb: 'api',
  schedule: 'schedule',
  schedulev2: 'schedule',
  sqs: 'sqs',
  mq: 'event',
  stream: 'stream',
  kinesis: 'stream',
  dynamodb: 'stream',
  kafka: 'stream',
  msk: 'stream',
  selfmanagedkafka: 'stream',
  s3: 's3',
  sns: 'sns',
  eventbridge: 'eventbridge',
  eventbridgerule: 'eventbridge',
  cloudwatchevent: 'eventbridge',
  cloudwatchlog: 'event',
  cloudwatchlogs: 'event',
  iot: 'event',
  iotrule: 'event',
  documentdb: 'stream',
  // A function URL (AWS::Lambda::Url, SAM's FunctionUrlConfig, a serverless.yml's url:), and an event source mapping
  // of a source the template does not say (an imported ARN): the readers' own kinds, not an event's.
  url: 'url',
  eventsourcemapping: 'event',
  // A state machine's task: its execution waits on the function's answer.
  statemachinetask: 'step_functions',
  // A delivery stream's processor and an email receipt rule's action: no caller waits on them.
  firehoseprocessor: 'event',
  sesreceiptrule: 'event',
};

export interface TemplateFunction {
  readonly name: string;
  readonly memoryMb: number;
  /** The template gives it no memory size: `memoryMb` is the default (SAM's 128 MB, the Framework's 1,024 MB). */
  readonly memoryDefault?: true;
  readonly timeoutSeconds: number;
  readonly architecture: Architecture;
  readonly ephemeralStorageMb: number;
  readonly provisionedConcurrency: number;
  readonly runtime: string | null;
  readonly snapStart: boolean;
  /** Deployed as a container image (`PackageType: Image`, serverless.yml's `image:`), whose INIT phase is billed. */
  readonly image: boolean;
  readonly reservedConcurrency: number | null;
  readonly vpc: boolean;
  readonly api: TemplateApi | null;
  readonly trigger: TemplateTrigger | null;
  /**
   * The service of the template's that invokes it while someone waits, where no trigger names it (`Cognito` for a user
   * pool's trigger, `AppSync`, `API Gateway` for an authorizer): the cost-bomb check names it, not "anything".
   */
  readonly invokedBy?: string;
  /** What the template says of its logs: how long its log group keeps them, its system log level. */
  readonly logs: TemplateLogSettings;
  /** Its schedules that run: how often a month together, and as written; null with none. */
  readonly schedule: FunctionSchedule | null;
  /** Where the template writes it, when not at its name's key (a serverless.yml's `functions:` list: `functions[1].api`). */
  readonly at?: FieldPath;
  /** Where provisioned concurrency configured on an alias or a version of the function is written (aliasProvisioned). */
  readonly provisionedAt?: FieldPath;
  /** Its stream sources, where streams are its only way in: what bounds how many of its executions run at once. */
  readonly streams?: readonly TemplateStream[];
  /** Its SQS queues' event sources, where queues are its only way in: what bounds how many of its executions run at once. */
  readonly queues?: readonly TemplateQueue[];
}

/**
 * What an event source reads (`sourceOf`: a queue, a stream), where the source is written, and the alias or version of
 * the function it invokes (`qualifier`, empty for the function itself): Lambda takes one mapping of a source for each.
 */
interface EventSource {
  readonly source: string;
  readonly where: string;
  readonly qualifier: string;
  /** The mapping's own Condition, where the parameters' defaults make it false: a stack deployed with them has no such mapping. */
  readonly unless?: string;
  /** What it reads where that is not what its kind of source reads: a stream's enhanced fan-out consumer. */
  readonly of?: string;
  /** What it reads as a note names it, where not `<kind> "<source>"`: `the stream of table "Orders"`. */
  readonly shown?: string;
}

/** An SQS queue's event source that invokes a function, as the template says it. */
export interface TemplateQueue {
  /** Its ScalingConfig.MaximumConcurrency; null where it sets none, or one the template alone cannot tell or Lambda would refuse (said). */
  readonly maximumConcurrency: number | null;
  /** False where the source is written switched off (`Enabled: false`): Lambda polls the queue for none of its messages while it is. */
  readonly enabled: boolean;
  /** The queue it reads; absent where the template alone cannot tell it. */
  readonly source?: EventSource;
}

/** A stream that invokes a function, as the template says it. */
export interface TemplateStream {
  /** The logical id of the template's AWS::Kinesis::Stream it reads, whose shards are the stream's as priced; null for any other stream. */
  readonly kinesis: string | null;
  /** Batches Lambda reads from one shard at once (1 when not written); null where the template alone cannot tell. */
  readonly parallelizationFactor: number | null;
  /** False where the source is written switched off (`Enabled: false`): Lambda reads none of its shards while it is. */
  readonly enabled: boolean;
  /** The stream it reads, by the ARN it is written with (a consumer's is not its stream's); absent where the template alone cannot tell it. */
  readonly source?: EventSource;
  /**
   * A Kafka topic (an MSK or self-managed Kafka source): Lambda reads one batch of a partition at a time and has no
   * parallelization factor for it, so its factor is 1. Read as one it could not tell, it was taken as 10.
   */
  readonly kafka?: true;
}

/** The event kinds and mappings of a Kafka topic, by their lower-case names: a serverless.yml's `kafka` and `msk`, SAM's `MSK` and `SelfManagedKafka`. */
const KAFKA_SOURCES: ReadonlySet<string> = new Set(['kafka', 'msk', 'selfmanagedkafka']);

/**
 * An event source's `source`, of what its ARN (`arn`, written at `where`) names: the logical id of the resource it is
 * the ARN of (`!GetAtt Jobs.Arn`, or a `!Sub` whose ARN ends in it), or the ARN as written out; none where the template
 * alone cannot tell.
 */
function sourceOf(arn: Json, where: string, qualifier = '', unless: string | null = null): { source?: EventSource } {
  const joined = joinedText(arn);
  const source = typeof arn === 'string' ? (arn.startsWith('arn:') ? arn : null) : subSource(joined === null ? arn : { 'Fn::Sub': joined });
  return source === null ? {} : { source: { source, where, qualifier, ...(unless === null ? {} : { unless }) } };
}

/**
 * A stream source's `source` (sourceOf), where an enhanced fan-out consumer of the template's is read by its logical id
 * however its ARN is written: `!GetAtt Consumer.ConsumerARN`, its `!Ref` (a consumer's Ref is its ARN) or a `!Sub` or
 * `!Join` of `${Consumer.ConsumerARN}`. Read as no source, two mappings of one function to one consumer, which Lambda
 * refuses as two of one stream, went unsaid, and the stream's shards were counted for each.
 */
function streamSourceOf(arn: Json, where: string, resources: Record<string, Json>, qualifier = '', unless: string | null = null): { source?: EventSource } {
  const whole = wholeReference(arn);
  const resource = whole === null ? undefined : own(resources, whole.id);
  const conditional = unless === null ? {} : { unless };
  if (whole !== null && (whole.attribute === 'ConsumerARN' || (whole.attribute === null && isObject(resource) && resource.Type === 'AWS::Kinesis::StreamConsumer')))
    return { source: { source: whole.id, where, qualifier, of: 'stream consumer', ...conditional } };
  // A DynamoDB table's stream, `!GetAtt Table.StreamArn` or a `!Sub` of it: read as no source, three mappings of one
  // table's stream to one function, which Lambda refuses, went unsaid.
  if (whole?.attribute === 'StreamArn') return { source: { source: whole.id, where, qualifier, shown: `the stream of table ${quotedSetting(whole.id)}`, ...conditional } };
  return sourceOf(arn, where, qualifier, unless);
}

/**
 * The logical id and attribute a value names as a whole: a `Ref` or `Fn::GetAtt`, or a `!Sub` or `!Join` that is one
 * of them alone (`!Sub '${Fanout.ConsumerARN}'`); null for anything else.
 */
function wholeReference(value: Json): { id: string; attribute: string | null } | null {
  const reference = referenceOf(value);
  if (reference !== null) return reference;
  const text = (subText(value) ?? joinedText(value))?.trim();
  const whole = text === undefined ? null : /^\$\{([^}.!]+)(?:\.([^}]+))?\}$/.exec(text);
  return whole ? { id: whole[1]!, attribute: whole[2] ?? null } : null;
}

/**
 * A `Fn::Join` of texts, `Ref`s and `Fn::GetAtt`s written as the `Fn::Sub` text it equals (`${AWS::Region}`,
 * `${Jobs.QueueName}`), so that an ARN joined is read as one substituted is; null for any other value. Read as no
 * source, two joins of one queue had their maximum concurrencies added up where Lambda keeps one mapping.
 */
function joinedText(value: Json): string | null {
  const join = isObject(value) ? value['Fn::Join'] : undefined;
  if (!Array.isArray(join) || join.length !== 2 || typeof join[0] !== 'string' || !Array.isArray(join[1])) return null;
  const parts = join[1].map((part) => {
    if (typeof part === 'string') return part;
    const named = referenceOf(part);
    return named === null ? null : `\${${named.id}${named.attribute === null ? '' : `.${named.attribute}`}}`;
  });
  return parts.every((part) => part !== null) ? parts.join(join[0]) : null;
}

/**
 * What a `!Sub` ARN names: the resource whose ARN or name ends it (`${Jobs.Arn}`, `…:${Jobs.QueueName}`), or else its
 * text with its own variables put in. The one resource arnOf finds in the text is not enough: `…:${Env}-orders` and
 * `…:${Env}-payments` name one parameter and two queues.
 */
function subSource(arn: Json): string | null {
  const text = subText(arn)?.trim();
  if (text === undefined) return arnOf(arn);
  const sub = isObject(arn) ? arn['Fn::Sub'] : null;
  const variables = Array.isArray(sub) && isObject(sub[1]) ? sub[1] : {};
  const id = /\$\{([^}!.]+)(?:\.[^}]*)?\}$/.exec(text)?.[1];
  if (id !== undefined && !Object.hasOwn(variables, id) && arnOf(arn) === id) return id;
  const written = text.replace(/\$\{([^}!]+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    return value === undefined ? whole : typeof value === 'string' ? value : JSON.stringify(value);
  });
  return written.startsWith('arn:') || written.startsWith('${') ? written : null;
}

/**
 * The sources of `sources` that read a queue or a stream (`kind`) an earlier one reads into the same function (`name`),
 * said: Lambda refuses a second event source mapping of one source and function, so the deploy fails, and what caps
 * the function (`cap`) was added to the first's: one queue's maximum concurrency of 5 and 6 a cap of 11 where the
 * deployed function has one mapping of 5, one stream's shards counted twice.
 *
 * A mapping of a Condition the parameters' defaults make false (`unless`) beside a source of the same queue that the
 * stack deployed with them has is neither priced nor that stack's repeat: it is left out, and said to fail the deploy
 * where its condition holds (`setAside` gets where it is written, whose note of its condition, "priced as if
 * CloudFormation created it", would be untrue). It was said to be priced as if created and refused by Lambda at once.
 */
function repeatedSources<T extends { readonly source?: EventSource }>(
  sources: readonly T[],
  kind: string,
  cap: string,
  name: string,
  assumptions: string[],
  setAside?: Set<string>,
): ReadonlySet<T> {
  const first = new Map<string, EventSource>();
  const repeated = new Set<T>();
  let one: EventSource | undefined;
  // JSON keeps a source's ARN and an alias's name apart whatever characters they hold.
  const keyOf = (source: EventSource) => JSON.stringify([source.source, source.qualifier, source.of ?? '']);
  // The first source of each queue or stream the stack deployed with the parameters' defaults has.
  const created = new Map<string, EventSource>();
  for (const each of sources) if (each.source !== undefined && each.source.unless === undefined && !created.has(keyOf(each.source))) created.set(keyOf(each.source), each.source);
  let aside: { readonly source: EventSource; readonly beside: EventSource } | undefined;
  let asideCount = 0;
  let repeats = 0;
  for (const each of sources) {
    if (each.source === undefined) continue;
    const beside = each.source.unless === undefined ? undefined : created.get(keyOf(each.source));
    if (beside !== undefined) {
      aside ??= { source: each.source, beside };
      asideCount++;
      setAside?.add(each.source.where);
      repeated.add(each);
    } else if (!first.has(keyOf(each.source))) first.set(keyOf(each.source), each.source);
    else {
      one ??= each.source;
      repeats++;
      repeated.add(each);
    }
  }
  if (aside) {
    const { source, beside } = aside;
    const condition = clipped(source.unless!);
    const more = asideCount - 1;
    const what = source.of ?? kind;
    assumptions.push(
      `${source.where}: reads ${source.shown ?? `${what} ${quotedSetting(source.source)}`} into function ${clipped(name)}, as ${beside.where} does; its Condition ${condition} does not hold with the parameters' defaults, so a stack deployed with them has no such mapping, and it is not priced${
        more === 0 ? '' : more === 1 ? ' (nor is 1 more such mapping)' : ` (nor are ${formatCount(more)} more such mappings)`
      }; where ${condition} holds, Lambda refuses a second event source mapping of one ${what} and function, and the deploy fails`,
    );
  }
  if (one) {
    const more = repeats - 1;
    const what = one.of ?? kind;
    assumptions.push(
      `${one.where}: reads ${one.shown ?? `${what} ${quotedSetting(one.source)}`} into function ${clipped(name)}, as ${first.get(keyOf(one))!.where} does; Lambda refuses a second event source mapping of one ${what} and function, so the deploy fails, and ${cap} not added to the first's${
        more === 0 ? '' : more === 1 ? ` (nor is that of 1 more source that repeats a ${kind})` : ` (nor are those of ${formatCount(more)} more sources that repeat a ${kind})`
      }`,
    );
  }
  return repeated;
}

/**
 * A function's trigger from its ways in (`kinds`, its event kinds), the service that invokes it where no trigger names
 * it (WAITED_EVENTS), and its stream sources where streams are its only way in, or its queue sources where queues are.
 * `setAside` gets where each mapping of a false Condition is written that is left out beside a source created (repeatedSources).
 */
function waysIn(
  kinds: readonly string[],
  sources: readonly TemplateStream[],
  queueSources: readonly TemplateQueue[],
  name: string,
  assumptions: string[],
  setAside?: Set<string>,
): Pick<TemplateFunction, 'trigger' | 'invokedBy' | 'streams' | 'queues'> {
  const repeatedStreams = repeatedSources(sources, 'stream', 'its shards are', name, assumptions, setAside);
  const streams = sourcesOnly(kinds, sources, 'stream')?.filter((stream) => !repeatedStreams.has(stream));
  const repeatedQueues = repeatedSources(queueSources, 'queue', 'its maximum concurrency is', name, assumptions, setAside);
  const queues = sourcesOnly(kinds, queueSources, 'sqs')?.filter((queue) => !repeatedQueues.has(queue));
  const trigger = triggerOf(kinds);
  const invokedBy = trigger === null ? kinds.map((kind) => ownEntry(WAITED_EVENTS, kind.toLowerCase())).find((service) => service !== undefined) : undefined;
  return { trigger, ...(invokedBy === undefined ? {} : { invokedBy }), ...(streams ? { streams } : {}), ...(queues ? { queues } : {}) };
}

/**
 * The events of a service that invokes a function while someone waits, which no trigger slcost has names (SAM's Cognito
 * and AlexaSkill, a serverless.yml's cognitoUserPool, alexaSkill and alexaSmartHome): the service, for the cost bomb
 * to name where it said "if anything invoked".
 */
const WAITED_EVENTS: Readonly<Record<string, string>> = {
  cognito: 'Cognito',
  cognitouserpool: 'Cognito',
  alexaskill: 'Alexa',
  alexasmarthome: 'Alexa',
};

/** `sources`, where every way in (`kinds`, its event kinds) is of `trigger`; undefined where another way in may run it too. */
function sourcesOnly<T>(kinds: readonly string[], sources: readonly T[], trigger: 'stream' | 'sqs'): readonly T[] | undefined {
  // One source for each way in: a kind read without its source would leave its cap out of the sum.
  return kinds.length === sources.length && kinds.length && kinds.every((kind) => ownEntry(EVENT_TRIGGERS, kind.toLowerCase()) === trigger) ? sources : undefined;
}

/**
 * What a template's event sources (its queues' and streams') write that the reader cannot take, each kind's first few
 * said and the rest counted (`close`): a maximum concurrency Lambda refuses or a ScalingConfig that is none
 * (`refused`), a parallelization factor it refuses (`factor`), a property a ScalingConfig does not have
 * (`scalingKeys`), and one a queue's source does not have (`keys`). 5,000 mappings of a MaximumConcurrency its
 * parameter makes 1 wrote 10,000 notes, 2.3 MB of JSON.
 */
interface SourceNotes {
  readonly refused: ReturnType<typeof notesOfKind>;
  /** A stream's parallelization factor Lambda refuses: 5,000 mappings of a factor of 11 wrote 5,000 notes, 1.5 MB of JSON. */
  readonly factor: ReturnType<typeof notesOfKind>;
  readonly scalingKeys: ReturnType<typeof notesOfKind>;
  readonly keys: ReturnType<typeof notesOfKind>;
  /** A queue, a stream or a table an event source names by its `Ref`, which is no ARN (refRead). */
  readonly refs: ReturnType<typeof notesOfKind>;
  /**
   * `resolve` with the notes it gives (a parameter's default used, a condition taken) among the first few of their
   * kind: 10,000 mappings of `MaximumConcurrency: !Ref Most` each said "used parameter Most's default".
   */
  readonly bounded: (resolve: (value: Json, where: string) => Json) => (value: Json, where: string) => Json;
}

/** The SourceNotes of the sources under `where` (`Resources`, `functions`), and how to close them with the count of the rest. */
function sourceNotesOf(assumptions: string[], where: string): SourceNotes & { readonly close: () => void } {
  const refused = notesOfKind(assumptions);
  const factor = notesOfKind(assumptions);
  const scalingKeys = notesOfKind(assumptions);
  const keys = notesOfKind(assumptions);
  const worked = notesOfKind(assumptions);
  const refs = notesOfKind(assumptions);
  return {
    refused,
    factor,
    scalingKeys,
    keys,
    refs,
    // The resolvers push into `assumptions`: what one call adds is taken back out and said as this kind's.
    bounded: (resolve) => (value, where) => {
      const before = assumptions.length;
      const resolved = resolve(value, where);
      for (const note of assumptions.splice(before)) worked.add(() => note);
      return resolved;
    },
    close: () => {
      factor.rest(
        (more) =>
          `${where}: ${more} more stream event sources give a parallelization factor Lambda refuses; how many of their functions' executions their streams let run at once is not known`,
      );
      worked.rest((more) => `${where}: ${more} more settings of event sources are worked out from the parameters and conditions, as those above are`);
      scalingKeys.rest((more) => `${where}: ${more} more ScalingConfigs write properties other than MaximumConcurrency, which CloudFormation refuses; they are not read`);
      refused.rest(
        (more) =>
          `${where}: ${more} more SQS event sources give a maximum concurrency Lambda refuses, or a ScalingConfig that is none; their queues are read as not capping their functions' executions at once`,
      );
      keys.rest((more) => `${where}: ${more} more SQS event sources write properties they do not have, which are not read`);
      refs.rest((more) => `${where}: ${more} more event sources name their queue, stream or table by its Ref, which is no ARN and which Lambda refuses; each is read as its ARN`);
    },
  };
}

/** The ARN attribute of the resources whose `Ref` is no ARN an event source takes, and what their `Ref` is. */
const SOURCE_ARNS: Readonly<Record<string, readonly [attribute: string, ref: string, arn: string]>> = {
  'AWS::SQS::Queue': ['Arn', "the queue's URL", 'its ARN'],
  'AWS::Kinesis::Stream': ['Arn', "the stream's name", 'its ARN'],
  'AWS::DynamoDB::Table': ['StreamArn', "the table's name", "its stream's ARN"],
  'AWS::DynamoDB::GlobalTable': ['StreamArn', "the table's name", "its stream's ARN"],
};

/**
 * An event source's ARN (`arn`, written at `where`) that is the `Ref` of a queue, a stream or a table of the template
 * (`resources`), as its ARN, said: a queue's Ref is its URL and a stream's or a table's its name, which Lambda refuses as
 * an event source, so the deploy fails. It was priced as the queue in silence, and two sources of it not said to repeat.
 */
function refRead(arn: Json, resources: Record<string, Json>, where: string, notes: SourceNotes): Json {
  const reference = referenceOf(arn);
  if (reference === null || reference.attribute !== null) return arn;
  const resource = own(resources, reference.id);
  const type = isObject(resource) && typeof resource.Type === 'string' ? resource.Type : null;
  const arnOfIt = type === null ? undefined : ownEntry(SOURCE_ARNS, type);
  if (arnOfIt === undefined) return arn;
  const [attribute, ref, arnWords] = arnOfIt;
  notes.refs.add(
    () =>
      `${where}: !Ref ${clipped(reference.id)} is ${ref}, not ${arnWords} (!GetAtt ${clipped(reference.id)}.${attribute}), which Lambda refuses as an event source, so the deploy fails; read as ${arnWords}`,
  );
  return { 'Fn::GetAtt': [reference.id, attribute] };
}

/**
 * An SQS event source's ScalingConfig (SAM's and CloudFormation's), its MaximumConcurrency: null where it sets none
 * (the queue may then drive the function to its concurrency limit), or one the template alone cannot tell or Lambda
 * would refuse (said).
 */
function scalingConcurrencyOf(scaling: Json, resolve: (value: Json, where: string) => Json, where: string, notes: SourceNotes): number | null {
  if (scaling === undefined || scaling === null) return null;
  const config = resolve(scaling, where);
  if (config === undefined || config === null) return null;
  if (!isObject(config)) {
    notes.refused.add(
      () => `${where}: ${quotedSetting(config)} is no ScalingConfig (a mapping with MaximumConcurrency); the queue is read as not capping the function's executions at once`,
    );
    return null;
  }
  // Its one property is MaximumConcurrency, and CloudFormation refuses any other: `MaximumConcurency: 5` went unread in
  // silence, and the queue was read as capping nothing.
  const others = Object.keys(config).filter((key) => key !== 'MaximumConcurrency');
  if (others.length) {
    const listed = others.map((key) => {
      const meant = config.MaximumConcurrency === undefined ? meantName(key, ['MaximumConcurrency']) : null;
      return meant ? `${clipped(key)} (${meant.miscased ? 'it is spelt MaximumConcurrency' : 'did you mean MaximumConcurrency?'})` : clipped(key);
    });
    notes.scalingKeys.add(
      () =>
        `${where}: ${listNames(listed)} ${others.length === 1 ? 'is not a property' : 'are not properties'} of a ScalingConfig, whose one property is MaximumConcurrency; CloudFormation refuses ${
          others.length === 1 ? 'it' : 'them'
        }, and ${others.length === 1 ? 'it is' : 'they are'} not read`,
    );
  }
  return maximumConcurrencyOf(config.MaximumConcurrency, resolve, `${where}.MaximumConcurrency`, notes);
}

/**
 * A serverless.yml's boolean setting as the Framework reads it: its schema's validator coerces `"true"`, `1` and a list
 * of one of them to true, and `"false"`, `0` and null to false; a value it cannot coerce (`yes`, `"True"`, `2`) it warns
 * of and leaves, and the Framework's `if (disableLogs)` reads it as JavaScript does: `yes` is true. `asWritten` is false
 * for such a value, which the note quotes. A `disableLogs: yes`, `1` or `[true]` made no log group, and went unsaid.
 */
function frameworkBoolean(written: Json): { readonly read: boolean; readonly asWritten: boolean; readonly written: Json } {
  const coerced = (value: Json): boolean | undefined =>
    value === true || value === 'true' || value === 1 ? true : value === false || value === 'false' || value === 0 || value === null ? false : undefined;
  const value = Array.isArray(written) && written.length === 1 && coerced(written[0]) !== undefined ? written[0] : written;
  if (value === undefined) return { read: false, asWritten: true, written };
  const read = coerced(value);
  return read === undefined ? { read: Boolean(value) && !(typeof value === 'number' && Number.isNaN(value)), asWritten: false, written } : { read, asWritten: true, written };
}

/**
 * The properties of SAM's SQS event (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-sqs.html),
 * and of a serverless.yml's sqs event: a key a slip away from one of them (`ScallingConfig`, `maximumconcurrency`) is
 * said, where the maximum concurrency it held went unread in silence. SAM refuses a property it does not have; a key
 * near none of them is left to it.
 */
const SAM_SQS_EVENT_PROPERTIES = [
  'Queue',
  'BatchSize',
  'Enabled',
  'FilterCriteria',
  'FunctionResponseTypes',
  'KmsKeyArn',
  'MaximumBatchingWindowInSeconds',
  'MetricsConfig',
  'ProvisionedPollerConfig',
  'ScalingConfig',
];
const SERVERLESS_SQS_EVENT_PROPERTIES = [
  'arn',
  'batchSize',
  'enabled',
  'filterPatterns',
  'functionResponseType',
  'maximumBatchingWindow',
  'maximumConcurrency',
  'provisionedPollerConfig',
  'kmsKeyArn',
  'metricsConfig',
];

/** The properties of an AWS::Lambda::EventSourceMapping, against which a queue's mapping's keys are held as its event's are. */
const EVENT_SOURCE_MAPPING_PROPERTIES = [
  'AmazonManagedKafkaEventSourceConfig',
  'BatchSize',
  'BisectBatchOnFunctionError',
  'DestinationConfig',
  'DocumentDBEventSourceConfig',
  'Enabled',
  'EventSourceArn',
  'FilterCriteria',
  'FunctionName',
  'FunctionResponseTypes',
  'KmsKeyArn',
  'LoggingConfig',
  'MaximumBatchingWindowInSeconds',
  'MaximumRecordAgeInSeconds',
  'MaximumRetryAttempts',
  'MetricsConfig',
  'ParallelizationFactor',
  'ProvisionedPollerConfig',
  'Queues',
  'ScalingConfig',
  'SelfManagedEventSource',
  'SelfManagedKafkaEventSourceConfig',
  'SourceAccessConfigurations',
  'StartingPosition',
  'StartingPositionTimestamp',
  'Tags',
  'Topics',
  'TumblingWindowInSeconds',
];

/** The keys of a queue's event source (`what`) a slip away from one of `known`, said at `where` with the one meant. */
function noteSqsEventKeys(properties: Record<string, Json>, known: readonly string[], where: string, what: string, notes: SourceNotes): void {
  const misspelt = Object.keys(properties).flatMap((key) => {
    if (known.includes(key)) return [];
    const meant = meantName(key, known);
    return meant ? [`${clipped(key)} (${meant.miscased ? `it is spelt ${meant.name}` : `did you mean ${meant.name}?`})`] : [];
  });
  if (misspelt.length)
    notes.keys.add(
      () =>
        `${where}: ${listNames(misspelt)} ${misspelt.length === 1 ? 'is not a property' : 'are not properties'} of ${what}, and ${misspelt.length === 1 ? 'is' : 'are'} not read`,
    );
}

/** An SQS event source's maximum concurrency as written at `where`: null where none is, or as scalingConcurrencyOf. */
function maximumConcurrencyOf(written: Json, resolve: (value: Json, where: string) => Json, where: string, notes: SourceNotes): number | null {
  if (written === undefined || written === null) return null;
  const value = resolve(written, where);
  if (value === undefined || value === null) return null;
  const most = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(most) && most >= MIN_QUEUE_MAXIMUM_CONCURRENCY && most <= MAX_QUEUE_MAXIMUM_CONCURRENCY) return most;
  notes.refused.add(
    () =>
      `${where}: ${quotedSetting(value)} is not a maximum concurrency (a whole number from ${MIN_QUEUE_MAXIMUM_CONCURRENCY} to ${formatCount(MAX_QUEUE_MAXIMUM_CONCURRENCY)}, which Lambda refuses otherwise); the queue is read as not capping the function's executions at once`,
  );
  return null;
}

/**
 * The template's AWS::Kinesis::Stream an event source's ARN reads: `!GetAtt Stream.Arn`, or an enhanced fan-out
 * consumer of it (`!GetAtt Consumer.ConsumerARN`, or its `Ref`), which reads the same shards; null for any other.
 */
function kinesisStreamOf(arn: Json, resources: Record<string, Json>, depth = 0): string | null {
  const reference = wholeReference(arn);
  const resource = reference === null ? undefined : own(resources, reference.id);
  if (reference === null || !isObject(resource)) return null;
  if (resource.Type === 'AWS::Kinesis::Stream') return reference.attribute === 'Arn' ? reference.id : null;
  const consumer = resource.Type === 'AWS::Kinesis::StreamConsumer' && (reference.attribute === null || reference.attribute === 'ConsumerARN');
  return consumer && depth === 0 && isObject(resource.Properties) ? kinesisStreamOf(resource.Properties.StreamARN, resources, depth + 1) : null;
}

/** An event source's ParallelizationFactor: 1 when not written; null where it cannot be told or Lambda would refuse it (said). */
function parallelizationFactorOf(written: Json, resolve: (value: Json, where: string) => Json, where: string, notes: SourceNotes): number | null {
  if (written === undefined || written === null) return 1;
  const value = resolve(written, where);
  if (value === undefined || value === null) return null;
  const factor = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(factor) && factor >= 1 && factor <= MAX_PARALLELIZATION_FACTOR) return factor;
  notes.factor.add(
    () =>
      `${where}: ${quotedSetting(value)} is not a parallelization factor (a whole number from 1 to ${MAX_PARALLELIZATION_FACTOR}, which Lambda refuses otherwise); how many of the function's executions its stream lets run at once is not known`,
  );
  return null;
}

export interface FunctionSchedule {
  /** The month's average runs, exactly: a daily schedule's 30.41666…. */
  readonly runsPerMonth: Decimal;
  readonly expressions: readonly string[];
}

/** A schedule event as a template writes it: its expression, whether it is on, and where. */
interface ScheduleEvent {
  readonly expression: Json;
  readonly enabled: boolean;
  readonly where: string;
  /** An EventBridge Scheduler schedule's StartDate and EndDate, as resolved, and where its properties are. */
  readonly window?: { readonly start: Json; readonly end: Json; readonly at: string };
}

/**
 * What a Scheduler schedule's StartDate and EndDate say of its runs in a month from `now`: none once its end has
 * passed; a note where it starts later or ends. A schedule that ended in 2020 was counted as running every month.
 */
function scheduleWindow(window: NonNullable<ScheduleEvent['window']>, now: Date, assumptions: string[]): boolean {
  const dateOf = (value: Json, key: string): Date | null => {
    if (value === undefined || value === null) return null;
    const time = typeof value === 'string' ? Date.parse(value.trim()) : Number.NaN;
    if (Number.isNaN(time)) {
      assumptions.push(`${window.at}.${key}: ${quotedSetting(value)} is no date (ISO 8601, such as 2030-01-01T00:00:00Z); not read`);
      return null;
    }
    return new Date(time);
  };
  const start = dateOf(window.start, 'StartDate');
  const end = dateOf(window.end, 'EndDate');
  const shown = (date: Date) => date.toISOString().slice(0, 10);
  if (end && end <= now) {
    assumptions.push(`${window.at}.EndDate: the schedule ended on ${shown(end)}, and runs no more; its runs are not counted`);
    return false;
  }
  if (start && start > now) assumptions.push(`${window.at}.StartDate: the schedule starts on ${shown(start)}, and does not run before it; counted as a month after it`);
  if (end) assumptions.push(`${window.at}.EndDate: the schedule ends on ${shown(end)}, and does not run after it; counted as a month before it`);
  return true;
}

/**
 * A function's runs a month from its schedules that are on; one that cannot be counted is said, and adds none. A
 * schedule's runs are the template's: a function on rate(1 minute) was priced at zero requests without a usage file.
 */
function schedulesOf(events: readonly ScheduleEvent[], assumptions: string[], now = new Date()): FunctionSchedule | null {
  if (!events.length) return null;
  let runsPerMonth = new Decimal(0);
  const expressions: string[] = [];
  for (const { expression, enabled, where, window } of events) {
    // One that could not be worked out (a Fn::Sub, a variable without a value) is said where it was tried: "undefined" was quoted.
    if (expression === undefined || expression === null) {
      assumptions.push(`${where}: no schedule expression that can be read; its runs are not counted`);
      continue;
    }
    if (typeof expression !== 'string') {
      assumptions.push(`${where}: ${quotedSetting(expression)} is no schedule expression (rate(…) or cron(…)); its runs are not counted`);
      continue;
    }
    const counted = scheduleRuns(expression, now.getUTCFullYear());
    if ('problem' in counted) {
      assumptions.push(`${where}: ${quotedSetting(expression)} ${counted.problem}; its runs are not counted`);
      continue;
    }
    if (counted.note) assumptions.push(`${where}: ${quotedSetting(expression)}: ${counted.note}; counted as ${runsAMonth(counted.runs)}`);
    if (!enabled) continue;
    if (window && !scheduleWindow(window, now, assumptions)) continue;
    runsPerMonth = runsPerMonth.plus(counted.runs);
    expressions.push(expression.trim());
  }
  return expressions.length ? { runsPerMonth, expressions } : null;
}

/** A schedule's on-or-off as either tool writes it: false or "false" (and SAM's State: DISABLED) is off. */
const isOff = (value: Json): boolean => value === false || (typeof value === 'string' && ['false', 'disabled'].includes(value.trim().toLowerCase()));

export interface TemplateInfo {
  readonly kind: 'sam' | 'serverless';
  readonly name: string;
  readonly region: string | null;
  readonly functions: readonly TemplateFunction[];
  /** The API's throttle in requests a second, where the template sets one. */
  readonly throttleRps: number | null;
  /** What the reader assumed, in words, for the output. */
  readonly assumptions: readonly string[];
  /** Settings that bill on their own and that slcost does not price (an API's cache, X-Ray tracing), in words. */
  readonly notPriced?: readonly string[];
  /** The runs a month of the schedules that start each state machine, by its logical id: its executions where the usage file gives none. */
  readonly machineSchedules?: ReadonlyMap<string, FunctionSchedule>;
  /** The functions it deploys as Lambda@Edge, and what puts each there. */
  readonly edge?: readonly EdgeFunction[];
  /**
   * Names a person may take from the console or a stack for a function's (its deployed name, its resource's logical id),
   * each with the function's name and what that name is to it: a usage file that names one is told which to write.
   * Worked out when a usage file names a function the template lacks, not for every template read.
   */
  readonly otherNames?: () => ReadonlyMap<string, OtherName>;
}

/** A function's name as deployed or as its resource, and how to say so: `the name function resize is deployed as`. */
export interface OtherName {
  readonly name: string;
  readonly is: string;
}

/** The other names of functions, each once and none that is itself a function's name. */
function otherNamesOf(pairs: readonly (readonly [string, OtherName])[], functionNames: ReadonlySet<string>): ReadonlyMap<string, OtherName> {
  const names = new Map<string, OtherName>();
  for (const [other, of] of pairs) if (!functionNames.has(other) && !names.has(other)) names.set(other, of);
  return names;
}

/** A figure of a service's entry that the template gives beyond its resource's properties, and from what, in words. */
export interface TemplateFigure {
  readonly usageKey: string;
  readonly value: Decimal;
  readonly from: string;
}

/**
 * The figures the template gives the services' entries, by the section's key and the entry's name: a state machine's
 * executions_per_month from the schedules that start it. A figure the usage file gives is the one priced.
 */
export function templateFigures(info: TemplateInfo): ReadonlyMap<string, ReadonlyMap<string, readonly TemplateFigure[]>> {
  if (!info.machineSchedules) return new Map();
  const machines = new Map<string, readonly TemplateFigure[]>();
  for (const [machine, { runsPerMonth }] of info.machineSchedules) machines.set(machine, [{ usageKey: 'executions_per_month', value: runsPerMonth, from: 'its schedule' }]);
  return new Map([['step_functions', machines]]);
}

/** The tools' documented defaults. */
export const SERVERLESS_DEFAULTS = { memoryMb: 1024, timeoutSeconds: 6 } as const;
/** What the Framework gives a function of a cloudFront event that sets no memorySize or timeout of its own: a viewer trigger's most. */
export const SERVERLESS_EDGE_DEFAULTS = { memoryMb: 128, timeoutSeconds: 5 } as const;
export const SAM_DEFAULTS = { memoryMb: 128, timeoutSeconds: 3 } as const;

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `node[key]` when `node` is a mapping that has `key` itself: a name from the template (`toString`, `constructor`) must not reach what every object inherits. */
const own = (node: Json, key: string): Json => (isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined);
/**
 * One step of a `${self:a.b}` path: a mapping's own key, or a list's entry by its index, as the Framework indexes a
 * list (`${self:custom.sizes.1}`), which was "could not resolve" and the default memory priced.
 */
const selfStep = (node: Json, key: string): Json => (Array.isArray(node) ? (/^(?:0|[1-9]\d*)$/.test(key) ? node[Number(key)] : undefined) : own(node, key));

/** A function's architecture as a template writes it: arm64 or x86_64 (Lambda's default when none is written); anything else is said, and read as x86_64. */
function architectureOf(value: Json, where: string, assumptions: string[]): Architecture {
  if (value === undefined || value === null || value === 'x86_64') return 'x86_64';
  if (value === 'arm64') return 'arm64';
  assumptions.push(`${where}: ${quotedSetting(value)} is neither arm64 nor x86_64; used x86_64`);
  return 'x86_64';
}

/**
 * serverless.yml's `snapStart`, on or off. The Framework reads "false" as false (its schema coerces text to the boolean):
 * read as a truth value, "false", or a fallback `${env:SNAP, false}` (text), turned SnapStart on, its cold starts a
 * fifteenth as long and their INIT phases unbilled.
 */
function serverlessSnapStart(value: Json, where: string, assumptions: string[]): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : null;
  if (text === 'true' || text === 'false') return text === 'true';
  assumptions.push(`${where}: ${quotedSetting(value)} is neither true nor false; read as false (SnapStart off)`);
  return false;
}

/** SAM's `SnapStart: { ApplyOn: PublishedVersions }`; `None` is off, and anything else is said (read as off), not passed over. */
function samSnapStart(value: Json, resolve: (value: Json, where: string) => Json, where: string, assumptions: string[]): boolean {
  if (value === undefined || value === null) return false;
  if (!isObject(value)) {
    assumptions.push(`${where}: ${quotedSetting(value)} is not a mapping with ApplyOn; read as SnapStart off`);
    return false;
  }
  const applyOn = resolve(value.ApplyOn, `${where}.ApplyOn`);
  if (applyOn === 'PublishedVersions') return true;
  if (applyOn !== 'None' && applyOn !== undefined && applyOn !== null)
    assumptions.push(`${where}.ApplyOn: ${quotedSetting(applyOn)} is neither PublishedVersions nor None; read as None (SnapStart off)`);
  return false;
}

/**
 * A function's runtime as Lambda names it (`nodejs20.x`, `provided.al2023`), or null. One that is no Lambda identifier
 * (`NodeJS20.x`, `20`, a list) was passed over without a word, and the function's cold starts shown with no figures.
 */
function runtimeOf(value: Json, where: string, assumptions: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (LAMBDA_RUNTIME_ID.test(value) || (RUNTIMES as readonly string[]).includes(value))) return value;
  const hint = typeof value === 'string' && LAMBDA_RUNTIME_ID.test(value.trim().toLowerCase()) ? ` (did you mean ${value.trim().toLowerCase()}?)` : '';
  assumptions.push(
    `${where}: ${quotedSetting(value)} is not a Lambda runtime (nodejs20.x, python3.12, java21, provided.al2023, …)${hint}; read as none, so its cold starts have no latency figures`,
  );
  return null;
}

/** SAM's Architectures: a list of one, `[arm64]` or `[x86_64]`; a bare value is read as that one, and said. */
function samArchitecture(value: Json, resolve: (value: Json, where: string) => Json, where: string, assumptions: string[]): Architecture {
  if (value === undefined || value === null) return 'x86_64';
  if (Array.isArray(value)) {
    const architecture = architectureOf(resolve(value[0], where), where, assumptions);
    // Lambda's Architectures holds exactly one: the others were passed over in silence.
    if (value.length !== 1)
      assumptions.push(
        value.length
          ? `${where}: ${quotedSetting(value)} lists ${value.length} architectures, where a Lambda function has exactly one; priced as the first, ${architecture}`
          : `${where}: is an empty list, where a Lambda function has exactly one architecture; priced as ${architecture}, Lambda's default`,
      );
    return architecture;
  }
  const architecture = architectureOf(value, where, assumptions);
  if (value === architecture) assumptions.push(`${where}: is a list in SAM ([${architecture}]); read ${JSON.stringify(value)} as [${architecture}]`);
  return architecture;
}

/**
 * A function's setting as a number, as numberOf reads it, except that a number
 * past a double's range is one too: 1e400 (which the YAML reader keeps as the
 * text it is) and .inf were "not a number", and the default priced in their
 * place; as numbers, the limits refuse them.
 */
function settingOf(value: Json): number | null {
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  if (typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+\s*$/i.test(value) && !Number.isFinite(Number(value))) return Number(value);
  return numberOf(value);
}

/** Where a `Fn::FindInMap` lookup stops: the first of its three keys not worked out, or not in the mapping it looks in. */
function missingInMappings(mappings: Json, keys: readonly Json[]): string {
  const which = ['its map', 'its top-level key', 'its second-level key'];
  let node = mappings;
  const path: string[] = [];
  for (const [index, key] of keys.entries()) {
    if (key === undefined || key === null || typeof key === 'object') return `${which[index]} cannot be worked out from the template alone`;
    const next = own(node, String(key));
    if (next === undefined) return index === 0 ? `Mappings has no ${quotedSetting(key)}` : `${path.map((part) => clipped(part)).join('.')} has no key ${quotedSetting(key)}`;
    path.push(String(key));
    node = next;
  }
  return 'its value is not one the field takes';
}

/**
 * A template's value as a message quotes it: a number as the file writes it (JSON wrote .inf and .nan as null, and
 * 99999999999999999999999 as 1e+23), a text or a mapping cut short (one of 10,000 characters filled the screen).
 * `written`: the value's text in the file, when it is written where it is read (not through a variable).
 */
export function quotedSetting(value: Json, written?: () => string | undefined): string {
  if (typeof value === 'number') {
    const asWritten = writtenPastDouble(value, written?.());
    if (asWritten !== null) return asWritten;
    if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
    return /e/i.test(String(value)) ? value.toLocaleString('en-US', { maximumFractionDigits: 20 }) : String(value);
  }
  if (typeof value === 'string') return JSON.stringify(clipped(value));
  if (typeof value !== 'object' || value === null) return clipped(jsonOf(value) ?? String(value));
  let quoted = quotedValues.get(value);
  if (quoted === undefined) quotedValues.set(value, (quoted = clipped(jsonOf(value) ?? String(value))));
  return quoted;
}

/**
 * A mapping or list as `quotedSetting` quotes it, written out once: every function of a template may name the same
 * one (an alias, a `Fn::FindInMap` or a variable's value), and each wrote out all of its 20,000 keys to quote forty
 * characters of them.
 */
const quotedValues = new WeakMap<object, string>();

/**
 * A template's value as JSON, each mapping or list it holds again (an alias of a node around it, or of one beside
 * it) as "…": JSON.stringify threw on a value that contains itself (`&a` at the top, `memorySize: *a`), exit 3.
 */
function jsonOf(value: Json): string | undefined {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, each: unknown) => {
    if (typeof each !== 'object' || each === null) return each;
    if (seen.has(each)) return '…';
    seen.add(each);
    return each;
  });
}

/** Days CloudWatch Logs keeps a group's logs, as a template writes them; null (never expire) when it writes none, or says so when it writes what is not one. */
function retentionOf(value: Json, where: string, assumptions: string[], written?: () => string | undefined): number | null {
  if (value === undefined || value === null) return null;
  const days = settingOf(value);
  if (days !== null && Number.isInteger(days) && days >= 1 && days <= 3653) {
    // CloudWatch Logs keeps logs only so many days, and CloudFormation refuses another: 16 was priced as kept 16 days.
    const offered = offeredRetention(days);
    if (offered !== days)
      assumptions.push(
        `${where}: ${quotedSetting(value, written)} days is not a retention CloudWatch Logs offers (${RETENTIONS_OFFERED}), and CloudFormation refuses it; priced at the next it offers, ${formatCount(offered)} days`,
      );
    return offered;
  }
  assumptions.push(`${where}: ${quotedSetting(value, written)} is not a number of days a log group keeps its logs (1 to 3653); read as never expiring`);
  return null;
}

/** A number from a template value: `1536`, `"1536"`, `"1536MB"`; null when it is not one. */
function numberOf(value: Json): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:mb|MB|Mb)?\s*$/.exec(value);
    if (match) return Number(match[1]);
  }
  return null;
}

export function readTemplateFunctions(template: TemplateFile): TemplateInfo {
  try {
    // Before anything is read of them: a template of 100,000 resources was read whole, its functions resolved and
    // checked, for seconds, to be refused by the services' reader for its count.
    const doc = template.data as Record<string, Json>;
    const blocks = template.kind === 'sam' ? [{ block: doc, at: [] }] : serverlessBlocks(doc, []);
    refuseTooManyResources(template, blocks);
    const info = template.kind === 'sam' ? readSam(template) : readServerless(template, blocks);
    checkLimits(info, template);
    return info;
  } catch (error) {
    throw locatedIn(template, error);
  }
}

/**
 * What the resolvers find wrong where the template writes it: a variable or a condition that refers to itself, at
 * the value whose reference closes the loop. They know no file; the readers that call them do.
 */
export class ResolveError extends InputError {
  constructor(
    message: string,
    /** Where in the template, when the resolver can say: the value that closes a loop, the deepest of a chain. */
    readonly at: FieldPath | null,
  ) {
    super(message);
  }
}

/** `error` with the template's file and, for a resolver's, the line and column it names; anything else as it is. */
export function locatedIn(template: TemplateFile, error: unknown): unknown {
  if (!(error instanceof InputError) || error.location) return error;
  // What the readers below find wrong without a place they say of the template as a whole.
  return new InputError(error.message, error instanceof ResolveError && error.at ? template.locate(error.at) : { file: template.file });
}

/** A `${self:a.b}` path, or a condition's name under Conditions, as a path in the file. */
const selfPath = (path: string | undefined): FieldPath | null => (path === undefined ? null : path.split('.'));

// ---------------------------------------------------------------- Serverless

/** A serverless.yml's functions; `blocks`, its `resources:` blocks (serverlessBlocks), read once for all that looks in them. */
function readServerless(template: TemplateFile, blocks: readonly ServerlessBlock[]): TemplateInfo {
  const doc = template.data as Record<string, Json>;
  const assumptions = [...template.warnings];
  // The block itself may be a variable (provider: ${self:custom.provider}), which the Framework resolves as any value;
  // one that is no mapping is said, not dropped in silence (its memorySize, runtime and name went unread, unsaid).
  const providerBlock = resolveVariables(doc.provider, doc, assumptions, 'provider');
  if (providerBlock !== undefined && providerBlock !== null && !isObject(providerBlock))
    assumptions.push(`provider: ${quotedSetting(providerBlock)} is not a mapping of settings; none is read, and the Framework's defaults are used`);
  const provider = isObject(providerBlock) ? providerBlock : {};
  const providerName = resolveVariables(provider.name, doc, assumptions, 'provider.name');
  if (providerName !== undefined && providerName !== 'aws') {
    // At the name, where it is written (the provider block when a variable gave it). "AWS" written otherwise is no name
    // the Framework knows either: "for provider "AWS", which slcost does not price: it prices AWS" said nothing.
    const at = template.locate(isObject(doc.provider) && doc.provider.name !== undefined ? ['provider', 'name'] : ['provider']);
    const aws = typeof providerName === 'string' && providerName.trim().toLowerCase() === 'aws';
    throw new InputError(
      aws
        ? `the provider's name is ${quotedSetting(providerName)}; the Framework knows AWS as "aws", in lower case`
        : `is a serverless.yml for provider ${quotedSetting(providerName)}, which slcost does not price: it prices AWS`,
      at,
    );
  }
  const setting = (source: Record<string, Json>, key: string, where: string) => resolveVariables(source[key], doc, assumptions, where);
  const absent = (value: Json) => value === undefined || value === null;
  const sized = (value: Json, fallback: number, what: string, where: string): number => {
    if (value === undefined || value === null) return fallback;
    const number = settingOf(value);
    if (number === null) {
      assumptions.push(`${where}: ${what} ${quotedSetting(value)} is not a number; used ${fallback}`);
      return fallback;
    }
    if (typeof value === 'string') assumptions.push(`${where}: read ${what} ${quotedSetting(value)} as ${quotedSetting(number)}`);
    return number;
  };
  const providerMemoryWritten = setting(provider, 'memorySize', 'provider.memorySize');
  const providerMemory = sized(providerMemoryWritten, SERVERLESS_DEFAULTS.memoryMb, 'memorySize', 'provider');
  const providerTimeout = sized(setting(provider, 'timeout', 'provider.timeout'), SERVERLESS_DEFAULTS.timeoutSeconds, 'timeout', 'provider');
  const providerArch = architectureOf(setting(provider, 'architecture', 'provider.architecture'), 'provider.architecture', assumptions);
  // Read once for all the functions that take it, as the retention below: a bad one is said once.
  const providerRuntime = runtimeOf(setting(provider, 'runtime', 'provider.runtime'), 'provider.runtime', assumptions);
  const providerStorage = sized(setting(provider, 'ephemeralStorageSize', 'provider.ephemeralStorageSize'), 512, 'ephemeralStorageSize', 'provider');
  const providerLogs = setting(provider, 'logs', 'provider.logs');
  const providerLambdaLogs = isObject(providerLogs) ? resolveVariables(providerLogs.lambda, doc, assumptions, 'provider.logs.lambda') : undefined;
  const providerRetention = setting(provider, 'logRetentionInDays', 'provider.logRetentionInDays');
  // Read once for all the functions that take it: a bad value is said once, not for each of them.
  const providerRetentionDays = retentionOf(providerRetention, 'provider.logRetentionInDays', assumptions, () => template.locate(['provider', 'logRetentionInDays']).written);
  const functionsBlock = serverlessFunctionsBlock(doc.functions, doc, assumptions);
  refuseTooManyFunctions(functionsBlock.size, template, ['functions']);
  const ruled = serverlessResources(blocks);
  const functionIds = serverlessFunctionIds(doc, functionsBlock);
  const invokedBy = serverlessInvokers(doc, functionsBlock, functionIds, assumptions, ruled, blocks);
  // Two keys the Framework writes as one logical id (hello and Hello, a-b and aDashb) are one resource of the template
  // it deploys, the later replacing the earlier: priced as two without a word.
  const sameId = notesOfKind(assumptions);
  const byLogicalId = new Map<string, string>();
  for (const key of functionsBlock.keys()) {
    const id = functionLogicalId(key);
    const first = byLogicalId.get(id);
    if (first === undefined) byLogicalId.set(id, key);
    else
      sameId.add(
        () =>
          `functions.${clipped(key)}: the Framework names it ${clipped(id)} in the template it deploys, as it does function ${clipped(first)}: CloudFormation keeps one of the two; both are priced`,
      );
  }
  sameId.rest((more) => `functions: ${more} more functions share a logical id with another; both are priced`);
  // A rule or Scheduler schedule of `resources:` that runs a function (`!GetAtt WorkerLambdaFunction.Arn`) is one of its
  // schedules, as a SAM template's is: its runs went uncounted, and the function was priced at no requests.
  // So is one that starts a state machine, of the block or of the Step Functions plugin, by the logical id it is deployed
  // under: its runs went unread, and the machine was priced at no executions where a SAM template's was at its runs.
  const machineIds = serverlessMachineIds(doc, ruled.resources);
  const { byFunction: ruleSchedules, byMachine: machinesRuled } = scheduleTargets(ruled.resources, (value, at) => resolveVariables(value, doc, assumptions, at), {
    functionOf: (id) => byLogicalId.get(id) ?? null,
    machineOf: (id) => machineIds.get(id) ?? null,
    where: ruled.written,
  });
  // Two functions deployed under one name (a `name:` written twice, or as another's `<service>-<stage>-<key>`) are one
  // function to Lambda: CloudFormation fails to create the second, and both were priced without a word.
  const sameName = notesOfKind(assumptions);
  const serviceName = resolveVariables(isObject(doc.service) ? doc.service.name : doc.service, doc, [], 'service');
  const stageName = resolveVariables(isObject(provider) ? provider.stage : undefined, doc, [], 'provider.stage') ?? 'dev';
  const deployedNames = [...functionsBlock].map(([key, { value }]): [string, string | null] => {
    const named = isObject(value) ? resolveVariables(value.name, doc, [], `functions.${key}.name`) : undefined;
    return [key, typeof named === 'string' ? named : typeof serviceName === 'string' && typeof stageName === 'string' ? `${serviceName}-${stageName}-${key}` : null];
  });
  // A bucket's notification, a topic's subscription, a rule's target or a log group's subscription filter of
  // `resources:` invokes the function it names by the logical id the Framework gives it, as the SAM template's does; a
  // state machine's task, of `resources:` or the Step Functions plugin's, by that id, the plugin's `Fn::GetAtt: [worker,
  // Arn]` of its key, or the name it is deployed with.
  const taskIds: FunctionIds = {
    byId: new Map([...[...functionsBlock.keys()].map((key): [string, string] => [key, key]), ...functionIds.byId]),
    byName: functionIds.byName,
  };
  const pluginMachineResources = Object.values(pluginMachines(doc)).map((machine) => ({
    Type: 'AWS::StepFunctions::StateMachine',
    Properties: { Definition: isObject(machine) ? machine.definition : undefined },
  }));
  // A task's ARN is worked out as the Framework does (`function:${self:service}-dev-notify`) before it names a function.
  const resolveText = (value: Json, at: string): Json => (typeof value === 'string' ? (resolveVariables(value, doc, [], at) ?? value) : value);
  const taskFunction = functionNamedBy(ruled.resources, taskIds, resolveText);
  const notifiedBy = notifiers(
    [...Object.values(ruled.resources), ...pluginMachineResources],
    (id) => byLogicalId.get(id) ?? null,
    (target) => taskFunction(resolveText(target, 'Resource')),
  );
  for (const { key, name: deployed, first } of namedAgain(deployedNames))
    sameName.add(
      () =>
        `functions.${clipped(key)}: it is deployed as ${JSON.stringify(clipped(deployed))}, as function ${clipped(first)} is: a region holds one function of a name, and CloudFormation fails to create the second; both are priced`,
    );
  sameName.rest((more) => `functions: ${more} more functions are deployed under another's name; both are priced`);
  // A resources block may override the resource the Framework writes for a function (`WorkerLambdaFunction`, under
  // Resources or extensions), its properties merged over the Framework's: a MemorySize there went unread without a
  // word, the function priced at its own memorySize. So did a Lambda function the block adds of its own.
  const lambdaResources = notesOfKind(assumptions);
  const functionOfId = new Map([...functionsBlock.keys()].map((key) => [functionLogicalId(key), key]));
  for (const { block, at } of blocks) {
    for (const section of ['Resources', 'extensions'] as const) {
      for (const [id, resource] of Object.entries(isObject(block[section]) ? block[section] : {})) {
        const key = functionOfId.get(id);
        const where = `${formatPath([...at, section])}.${clipped(id)}`;
        // One that sets no properties (a DependsOn, a Condition) leaves the function as its functions: entry gives it.
        if (key !== undefined && isObject(resource) && resource.Properties !== undefined)
          lambdaResources.add(
            () =>
              `${where}: overrides the resource the Framework writes for function ${clipped(key)}; its properties are not read: the function is priced as functions.${clipped(key)} gives it`,
          );
        else if (section === 'Resources' && isObject(resource) && resource.Type === 'AWS::Lambda::Function')
          lambdaResources.add(() => `${where}: an AWS::Lambda::Function written as a resource is not priced: slcost prices a serverless.yml's functions from its functions: block`);
      }
    }
  }
  lambdaResources.rest((more) => `resources: ${more} more Lambda functions' resources are not read`);
  const groups = serverlessLogGroups(doc);
  const logGroupOf = functionLogGroups(groups, doc);
  const linked = new Set<ServerlessLogGroup>();
  const notSettings = notesOfKind(assumptions);
  const notEvents = notesOfKind(assumptions);
  const twoApis = notesOfKind(assumptions);
  const streamedUrls: string[] = [];
  const noCode = notesOfKind(assumptions);
  const miscased = notesOfKind(assumptions);
  noteMiscased(provider, SERVERLESS_SETTINGS, SERVERLESS_OTHER_SETTINGS, 'provider', miscased.add);
  const sourceNotes = sourceNotesOf(assumptions, 'functions');
  const functions = [...functionsBlock].flatMap(([name, { value: written, at }]): TemplateFunction[] => {
    const where = `functions.${name}`;
    // A function's settings may be a variable too (f: ${self:custom.f}): the function was dropped as "not a function's settings".
    // One the file alone cannot resolve (`b: ${file(./b.yml)}`) has no default to use: said once as such, where it was
    // "could not resolve …; the default is used" and then "function b is undefined".
    const resolving: string[] = [];
    const value = typeof written === 'string' ? resolveVariables(written, doc, resolving, where) : written;
    const unresolved = value === undefined && typeof written === 'string';
    if (!unresolved) assumptions.push(...resolving);
    if (!isObject(value)) {
      // `b: 5` or `b:` is no function the Framework deploys (it needs a handler): said, not dropped in silence.
      // The key cut short (one of 100,000 characters was quoted whole); a list's entry by its place.
      const entry = typeof at[1] === 'number' ? `functions[${at[1]}]` : 'functions';
      notSettings.add(() =>
        unresolved
          ? `${entry}: function ${clipped(name)} is ${quotedSetting(written)}, a variable the file alone cannot resolve; not priced`
          : `${entry}: function ${clipped(name)} is ${value === null ? 'an empty value' : quotedSetting(value)}, not a function's settings; not priced`,
      );
      return [];
    }
    noteMiscased(value, SERVERLESS_SETTINGS, SERVERLESS_OTHER_SETTINGS, `functions.${clipped(name)}`, miscased.add);
    const ownArch = setting(value, 'architecture', `${where}.architecture`);
    const arch = ownArch === undefined || ownArch === null ? providerArch : architectureOf(ownArch, `${where}.architecture`, assumptions);
    // The Framework deploys a function of a handler or of an image, one of them: with neither or both it refuses the file.
    const hasHandler = value.handler !== undefined && value.handler !== null;
    const hasImage = value.image !== undefined && value.image !== null;
    if (hasHandler === hasImage)
      noCode.add(
        () =>
          `functions.${clipped(name)}: ${hasHandler ? 'both a handler and an image' : 'neither a handler nor an image'}, which the Framework refuses to deploy; priced as written`,
      );
    // The list, or an entry of it, may be a variable (events: ${self:custom.events}), resolved as the Framework resolves
    // any value: left as written, it was "not a list of events", and the API in front of the function went unpriced.
    const eventsWritten = setting(value, 'events', `${where}.events`);
    const events = Array.isArray(eventsWritten)
      ? eventsWritten.map((event, index) => (typeof event === 'string' ? resolveVariables(event, doc, assumptions, `${where}.events[${index}]`) : event))
      : [];
    // `events: { http: … }` or an entry `- http` names no event the Framework deploys: said, as the API or trigger it meant goes unpriced.
    if (eventsWritten !== undefined && eventsWritten !== null && !Array.isArray(eventsWritten))
      notEvents.add(() => `functions.${clipped(name)}.events: ${quotedSetting(eventsWritten)} is not a list of events; none of them is read`);
    const odd = events.filter((event) => !isObject(event)).length;
    if (odd)
      notEvents.add(
        () => `functions.${clipped(name)}.events: ${formatCount(odd)} of its entries ${odd === 1 ? 'is' : 'are'} not an event (a mapping such as { http: … }); not read`,
      );
    // An eventBridge event with a schedule is a rule on a schedule, as a schedule event is: its runs went uncounted, and
    // the function was priced at no requests where `- schedule:` of the same expression priced its runs.
    const scheduledBridge = (event: Json): event is { eventBridge: Record<string, Json> } =>
      isObject(event) && isObject(event.eventBridge) && event.eventBridge.schedule !== undefined && event.eventBridge.schedule !== null;
    const kinds = events.flatMap((event) => (isObject(event) ? Object.keys(event).map((kind) => (kind === 'eventBridge' && scheduledBridge(event) ? 'schedule' : kind)) : []));
    // A function URL is a way in of its own, beside the events (`url: true`, or its settings).
    const url = setting(value, 'url', `${where}.url`);
    if (url !== undefined && url !== null && !isOff(url)) kinds.push('url');
    if (isObject(url) && streams(resolveVariables(url.invokeMode, doc, assumptions, `${where}.url.invokeMode`))) streamedUrls.push(`functions.${clipped(name)}.url`);
    const api: TemplateApi | null = kinds.includes('http') ? 'rest' : kinds.includes('httpApi') ? 'http' : kinds.includes('websocket') ? 'websocket' : null;
    const apiEvents = (['http', 'httpApi', 'websocket'] as const).filter((kind) => kinds.includes(kind));
    if (api && apiEvents.length > 1) twoApis.add(() => apisNote(`functions.${clipped(name)}.events`, apiEvents, api));
    const schedules = events.flatMap((event, index): ScheduleEvent[] => {
      if (scheduledBridge(event)) {
        const at = `${where}.events[${index}].eventBridge`;
        const enabled = !isOff(resolveVariables(event.eventBridge.enabled, doc, assumptions, `${at}.enabled`));
        return [{ expression: resolveVariables(event.eventBridge.schedule, doc, assumptions, `${at}.schedule`), enabled, where: `${at}.schedule` }];
      }
      if (!isObject(event) || !Object.hasOwn(event, 'schedule')) return [];
      const at = `${where}.events[${index}].schedule`;
      const written = resolveVariables(event.schedule, doc, assumptions, at);
      if (!isObject(written)) return [{ expression: written, enabled: true, where: at }];
      const enabled = !isOff(resolveVariables(written.enabled, doc, assumptions, `${at}.enabled`));
      const rate = resolveVariables(written.rate, doc, assumptions, `${at}.rate`);
      // The Framework takes a list of expressions, each a schedule of its own.
      return Array.isArray(rate) ? rate.map((expression, each) => ({ expression, enabled, where: `${at}.rate[${each}]` })) : [{ expression: rate, enabled, where: `${at}.rate` }];
    });
    // The Framework maps the sqs and stream events of a function of provisioned concurrency to its alias `provisioned`,
    // as a mapping of its resources that names that alias does; another to the function itself is no repeat.
    const provisionedAlias = resolveVariables(value.provisionedConcurrency, doc, [], `${where}.provisionedConcurrency`);
    const eventQualifier = provisionedAlias === undefined || provisionedAlias === null || provisionedAlias === 0 || provisionedAlias === false ? '' : 'provisioned';
    // A stream event reads a Kinesis stream or a table's stream (`stream: arn`, or `{ arn, type, parallelizationFactor }`);
    // a Kafka cluster's partitions (`kafka`, `msk`) are not read.
    const streamEvents = events.flatMap((event, index): TemplateStream[] => {
      if (!isObject(event)) return [];
      const others = Object.keys(event).filter((kind) => kind !== 'stream' && ownEntry(EVENT_TRIGGERS, kind.toLowerCase()) === 'stream');
      // A Kafka topic's partitions are the usage file's to give; it has no parallelization factor.
      const unread = others.map((kind): TemplateStream =>
        KAFKA_SOURCES.has(kind.toLowerCase())
          ? { kinesis: null, parallelizationFactor: 1, enabled: true, kafka: true }
          : { kinesis: null, parallelizationFactor: null, enabled: true },
      );
      if (!Object.hasOwn(event, 'stream')) return unread;
      const at = `${where}.events[${index}].stream`;
      const written = resolveVariables(event.stream, doc, [], at);
      const arnAt = isObject(written) && !referenceOf(written) ? `${at}.arn` : at;
      const arn = refRead(isObject(written) && !referenceOf(written) ? resolveVariables(written.arn, doc, [], `${at}.arn`) : written, ruled.resources, arnAt, sourceNotes);
      const factor = isObject(written) && !referenceOf(written) ? written.parallelizationFactor : undefined;
      const resolveFactor = sourceNotes.bounded((value: Json, each: string) => resolveVariables(value, doc, assumptions, each));
      const enabled = !(isObject(written) && !referenceOf(written) && isOff(resolveVariables(written.enabled, doc, assumptions, `${at}.enabled`)));
      return [
        ...unread,
        {
          kinesis: kinesisStreamOf(arn, ruled.resources),
          ...streamSourceOf(arn, arnAt, ruled.resources, eventQualifier),
          parallelizationFactor: parallelizationFactorOf(factor, resolveFactor, `${at}.parallelizationFactor`, sourceNotes),
          enabled,
        },
      ];
    });
    // An sqs event reads a queue (`sqs: arn`, or `{ arn, maximumConcurrency, enabled }`): its maximum concurrency caps the function.
    const queueEvents = events.flatMap((event, index): TemplateQueue[] => {
      if (!isObject(event) || !Object.hasOwn(event, 'sqs')) return [];
      const at = `${where}.events[${index}].sqs`;
      const written = resolveVariables(event.sqs, doc, [], at);
      const source =
        isObject(written) && !referenceOf(written)
          ? sourceOf(refRead(written.arn, ruled.resources, `${at}.arn`, sourceNotes), `${at}.arn`, eventQualifier)
          : sourceOf(refRead(written, ruled.resources, at, sourceNotes), at, eventQualifier);
      if (!isObject(written) || referenceOf(written)) return [{ maximumConcurrency: null, enabled: true, ...source }];
      noteSqsEventKeys(written, SERVERLESS_SQS_EVENT_PROPERTIES, at, 'an sqs event', sourceNotes);
      const resolveMost = sourceNotes.bounded((value: Json, each: string) => resolveVariables(value, doc, assumptions, each));
      return [
        {
          maximumConcurrency: maximumConcurrencyOf(written.maximumConcurrency, resolveMost, `${at}.maximumConcurrency`, sourceNotes),
          enabled: !isOff(resolveMost(written.enabled, `${at}.enabled`)),
          ...source,
        },
      ];
    });
    const ruledBy = ruleSchedules.get(name);
    if (ruledBy) {
      for (const event of ruledBy) schedules.push(event);
      if (!kinds.includes('schedule')) kinds.push('schedule');
    }
    const ownRuntime = setting(value, 'runtime', `${where}.runtime`);
    const reserved = setting(value, 'reservedConcurrency', `${where}.reservedConcurrency`);
    const ownMemory = setting(value, 'memorySize', `${where}.memorySize`);
    const ownTimeout = setting(value, 'timeout', `${where}.timeout`);
    // The Framework gives a function of a cloudFront event that sets neither of its own 128 MB and 5 s, not the
    // provider's: priced at provider.memorySize (1,024 MB by default), it billed eight times the memory it deploys.
    const edge = kinds.includes('cloudFront');
    const ownRetention = setting(value, 'logRetentionInDays', `${where}.logRetentionInDays`);
    // The Framework makes no log group for it, and the role it makes may write to groups, not create them: the function
    // writes no logs, and its logs were priced as every other function's without a word.
    const disabled = frameworkBoolean(setting(value, 'disableLogs', `${where}.disableLogs`));
    if (disabled.read)
      assumptions.push(
        `${where}.disableLogs: ${disabled.asWritten ? '' : `${quotedSetting(disabled.written)} is neither true nor false, which the Framework warns of and reads as true (it is not false to JavaScript): `}the Framework makes no log group for it, and the role it makes lets a function write to its group, not create one, so it writes no logs (unless a role of the file's own lets Lambda create the group); they are priced as if it wrote them: give it logs: { system_log_level: warn } in the usage file, with no app_bytes_per_invocation, to price none`,
      );
    const found = logGroupOf(name, value);
    if (found) linked.add(found);
    const logClass = found
      ? logClassOf(resolveVariables(found.logClass, doc, assumptions, `${found.where}.Properties.LogGroupClass`), `${found.where}.Properties`, name, assumptions)
      : null;
    // An override of the Framework's group that says no retention leaves the one logRetentionInDays gives it.
    const group = found && (found.named !== null || found.retention !== undefined) ? found : null;
    return [
      {
        name,
        memoryMb: sized(ownMemory, edge ? SERVERLESS_EDGE_DEFAULTS.memoryMb : providerMemory, 'memorySize', where),
        // A usage file's figure held to the memory is told it is the Framework's default, not a size the file gives.
        ...(absent(ownMemory) && (edge || absent(providerMemoryWritten)) ? { memoryDefault: true as const } : {}),
        timeoutSeconds: sized(ownTimeout, edge ? SERVERLESS_EDGE_DEFAULTS.timeoutSeconds : providerTimeout, 'timeout', where),
        architecture: arch,
        ephemeralStorageMb: sized(setting(value, 'ephemeralStorageSize', `${where}.ephemeralStorageSize`), providerStorage, 'ephemeralStorageSize', where),
        provisionedConcurrency: sized(setting(value, 'provisionedConcurrency', `${where}.provisionedConcurrency`), 0, 'provisionedConcurrency', where),
        // The Framework gives an image's function no Runtime (Lambda runs what the image holds): provider.runtime's priced
        // its INIT phase as a zip package's typical cold start, where an image's is not known.
        runtime: hasImage ? null : ownRuntime === undefined || ownRuntime === null ? providerRuntime : runtimeOf(ownRuntime, `${where}.runtime`, assumptions),
        snapStart: serverlessSnapStart(setting(value, 'snapStart', `${where}.snapStart`), `${where}.snapStart`, assumptions),
        image: hasImage,
        reservedConcurrency: reserved === undefined || reserved === null ? null : sized(reserved, 0, 'reservedConcurrency', where),
        vpc: isObject(setting(value, 'vpc', `${where}.vpc`) ?? setting(provider, 'vpc', 'provider.vpc')),
        api,
        // An event source mapping or a function URL of its resources: is one of its ways in, as its own event would be.
        ...waysIn(
          [...kinds, ...kindsOf(invokedBy.get(name)), ...(notifiedBy.get(name) ?? [])],
          [...streamEvents, ...streamsOf(invokedBy.get(name))],
          [...queueEvents, ...queuesOf(invokedBy.get(name))],
          name,
          assumptions,
        ),
        schedule: schedulesOf(schedules, assumptions),
        ...(at.length === 2 && at[1] === name ? {} : { at }),
        // The Framework sets the retention of the log group it makes for each function; `resources:` may override it.
        logs: {
          retentionDays: group
            ? retentionOf(
                resolveVariables(group.retention, doc, assumptions, `${group.where}.Properties.RetentionInDays`),
                `${group.where}.Properties.RetentionInDays`,
                assumptions,
              )
            : ownRetention === undefined || ownRetention === null
              ? providerRetentionDays
              : retentionOf(ownRetention, `${where}.logRetentionInDays`, assumptions, () => template.locate([...at, 'logRetentionInDays']).written),
          systemLogLevel: serverlessLogLevel(
            setting(value, 'logs', `${where}.logs`),
            providerLambdaLogs,
            where,
            (each, at) => resolveVariables(each, doc, assumptions, at),
            assumptions,
          ),
          logClass,
        },
      },
    ];
  });
  sourceNotes.close();
  notSettings.rest((more) => `functions: ${more} more are not a function's settings; not priced`);
  notEvents.rest((more) => `functions: ${more} more functions' events are not read as written`);
  twoApis.rest((more) => `functions: ${more} more functions behind APIs of more than one kind are priced behind one`);
  noCode.rest((more) => `functions: ${more} more functions have neither a handler nor an image, or both`);
  miscased.rest((more) => `functions: ${more} more settings are written in another case than the one read; not read`);
  // A REST API's usage plan (provider.apiGateway.usagePlan.throttle.rateLimit) is the throttle the Framework writes.
  const apiGateway = setting(provider, 'apiGateway', 'provider.apiGateway');
  const usagePlan = isObject(apiGateway) ? apiGateway.usagePlan : undefined;
  const throttle =
    isObject(usagePlan) && isObject(usagePlan.throttle)
      ? numberOf(resolveVariables(usagePlan.throttle.rateLimit, doc, assumptions, 'provider.apiGateway.usagePlan.throttle.rateLimit'))
      : null;
  // The Framework's list of named plans (free, paid, …) throttles each API key by its plan: no one throttle of the API,
  // which went unread without a word while the cost-bomb warning said the API had none.
  if (Array.isArray(usagePlan) && usagePlan.length)
    assumptions.push(
      `provider.apiGateway.usagePlan: a list of ${formatCount(usagePlan.length)} plans, each throttling the API keys it is given, is not read as the API's throttle; give api_gateway.throttle.rate_limit_rps in the usage file for the most the API serves`,
    );
  const region = resolveVariables(provider.region, doc, assumptions, 'provider.region');
  // A number or a mapping where the region's name goes was passed over without a word, and the bill priced in us-east-1.
  if (region !== undefined && region !== null && typeof region !== 'string')
    assumptions.push(`provider.region: ${quotedSetting(region)} is not a region's name; priced in the usage file's region, else us-east-1`);
  const service = resolveVariables(isObject(doc.service) ? doc.service.name : doc.service, doc, assumptions, 'service');
  for (const group of groups) {
    if (!linked.has(group) && group.named)
      assumptions.push(
        `${group.where}: a Lambda function's log group, of none of the file's functions as the Framework names them (the service, the stage and the function's key, or its name:); its RetentionInDays is not read (give logs.retention_days in the usage file to price a function's logs so)`,
      );
  }
  // provider.tracing.lambda: true is active tracing for every function; a function's own tracing: Active or PassThrough wins.
  const tracing = setting(provider, 'tracing', 'provider.tracing');
  const providerTraced = isObject(tracing) ? resolveVariables(tracing.lambda, doc, assumptions, 'provider.tracing.lambda') : undefined;
  const active = (value: Json) => value === true || value === 'true' || value === 'Active';
  const read = new Set(functions.map((fn) => fn.name));
  const traced = [...functionsBlock].flatMap(([name, { value }]) => {
    if (!read.has(name)) return [];
    const own = isObject(value) ? resolveVariables(value.tracing, doc, [], `functions.${name}.tracing`) : undefined;
    return (own === undefined || own === null ? active(providerTraced) : active(own)) ? [name] : [];
  });
  // The Framework's cloudFront event deploys the function as Lambda@Edge, at CloudFront's edge.
  const atTheEdge = [...functionsBlock].flatMap(([name, { value }]): EdgeFunction[] => {
    if (!read.has(name) || !isObject(value)) return [];
    const events = resolveVariables(value.events, doc, [], `functions.${name}.events`);
    const cloudFront = Array.isArray(events) ? events.flatMap((event) => (isObject(event) && Object.hasOwn(event, 'cloudFront') ? [event.cloudFront] : [])) : [];
    if (!cloudFront.length) return [];
    const types = cloudFront.map((event) => (isObject(event) ? resolveVariables(event.eventType, doc, [], `functions.${name}.events.cloudFront.eventType`) : undefined));
    return [{ name, by: `functions.${clipped(name)}.events`, what: 'cloudFront event', event: edgeEventOf(types) }];
  });
  assumptions.push(...edgeNotes(atTheEdge));
  // A user pool's trigger, an AppSync data source or authorizer, or an API Gateway authorizer of `resources:` names its
  // function by the logical id the Framework gives it, as the SAM template's does.
  const waited = waitedCallers(ruled.resources, (id) => byLogicalId.has(id), ruled.written);
  const waitedNotes = notesOfKind(assumptions);
  const called = functions.map((fn) => {
    const by = fn.trigger === null ? waited.get(functionLogicalId(fn.name)) : undefined;
    if (!by) return fn;
    waitedNotes.add(() => by.note(fn.name));
    return { ...fn, invokedBy: by.service };
  });
  waitedNotes.rest((more) => `resources: ${more} more functions are invoked by a service of the file's through no event of their own`);
  const machines = machineEvents([...serverlessMachineEvents(doc, assumptions), ...machinesRuled], assumptions);
  serverlessOwnApis(doc, ruled, assumptions);
  // An authorizer's function is invoked by API Gateway for its callers, who wait on it: no trigger, but named so.
  const authorizers = serverlessAuthorizers(doc, functionsBlock, functionIds, assumptions);
  const frameworkApis = serverlessFrameworkApis(doc, functionsBlock);
  const notPriced = [
    ...tracingNotes(traced, "provider.tracing.lambda, or a function's tracing: Active"),
    ...streamingNotes(streamedUrls),
    ...(isObject(tracing) && frameworkApis.has('restApi') && active(resolveVariables(tracing.apiGateway, doc, [], 'provider.tracing.apiGateway'))
      ? [apiTracingNote(['provider.tracing.apiGateway'])]
      : []),
    ...snapStartNotes(functions),
    ...pollerNotes(provisionedMappings(ruled.resources, ruled.written)),
    ...serverlessPluginNotes(doc),
    ...serverlessApiLogs(doc, frameworkApis),
    ...machines.notPriced,
  ];
  return {
    kind: 'serverless',
    name: typeof service === 'string' ? service : template.file,
    region: typeof region === 'string' ? region : null,
    functions: called.map((fn) => (fn.trigger === null && fn.invokedBy === undefined && authorizers.has(fn.name) ? { ...fn, invokedBy: 'API Gateway' } : fn)),
    throttleRps: throttle !== null && throttle > 0 ? throttle : null,
    assumptions,
    ...(notPriced.length ? { notPriced } : {}),
    ...(machines.schedules.size ? { machineSchedules: machines.schedules } : {}),
    ...(atTheEdge.length ? { edge: atTheEdge } : {}),
    otherNames: () =>
      otherNamesOf(
        deployedNames.flatMap(([key, deployed]) => [
          ...(deployed === null ? [] : [[deployed, { name: key, is: `the name function ${clipped(key)} is deployed as` }] as const]),
          [functionLogicalId(key), { name: key, is: `the logical id of function ${clipped(key)}'s resource` }] as const,
        ]),
        new Set(functions.map((fn) => fn.name)),
      ),
  };
}

/**
 * Serverless variables: `${self:a.b}` from the file itself, `${opt:x, 'default'}`
 * and any other source with a fallback use the fallback (a source itself, such as
 * `self:provider.stage`, worked out in turn), `${sls:stage}` is `provider.stage` or
 * `dev`, `${param:x}` is the stage's parameter (or `default`'s); anything else is unresolved (undefined), with an
 * assumption recorded.
 */
export function resolveVariables(value: Json, doc: Record<string, Json>, assumptions: string[], where: string, chain: readonly string[] = []): Json {
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const work = variableWork(doc);
  work.deepest = Math.max(work.deepest, chain.length);
  if (chain.length > MAX_VARIABLE_DEPTH)
    throw new ResolveError(`${where}: its variables nest more than ${MAX_VARIABLE_DEPTH} deep (${chain.map((path) => clipped(path)).join(' → ')})`, selfPath(chain.at(-1)));
  const whole = /^\$\{([^{}]+)\}$/.exec(value.trim());
  // A fallback may be a source of its own, written without `${}` (`${opt:stage, self:provider.stage}`, the Framework's own
  // example): each source is tried in turn. Read as text, such a fallback was the memory size "self:custom.mem", and the default priced.
  const resolveOne = (expression: string): Json => {
    const sources = splitTopLevel(expression);
    for (let index = 0; index < sources.length; index++) {
      const found = resolveSource(sources[index]!.trim());
      if (found !== NOT_FOUND) return found;
      const next = sources[index + 1]?.trim();
      if (next === undefined) break;
      if (/^[a-z][a-zA-Z0-9]*(?:\(|:)/.test(next)) continue;
      const text = sources
        .slice(index + 1)
        .join(',')
        .trim()
        .replace(/^['"]|['"]$/g, '');
      const fromNumber = numberOf(text);
      return fromNumber !== null && /^\d/.test(text) ? fromNumber : text;
    }
    assumptions.push(`${where}: could not resolve \${${clipped(expression)}}; the default is used`);
    return undefined;
  };
  /** One source's value, or NOT_FOUND when the file alone cannot tell it (the next source, or the default, is used). */
  const resolveSource = (reference: string): Json | typeof NOT_FOUND => {
    work.steps += 1;
    if (work.steps > work.bound)
      throw new ResolveError(
        `${where}: its variables take more than ${formatCount(work.bound)} steps to work out (variables that name others many times over)`,
        selfPath(chain.at(-1)),
      );
    const self = /^self:(.+)$/.exec(reference);
    if (self) {
      const path = self[1]!.trim();
      if (chain.includes(path))
        throw new ResolveError(`${where}: \${self:${clipped(path)}} refers to itself (${[...chain, path].map((each) => clipped(each)).join(' → ')})`, selfPath(chain.at(-1)));
      // A value worked out before is used again where its variables nest within the bound from here, as they would worked out again.
      const known = work.resolved.get(path);
      if (known && chain.length + 1 + known.height <= MAX_VARIABLE_DEPTH) {
        work.deepest = Math.max(work.deepest, chain.length + 1 + known.height);
        return known.value;
      }
      const found = path.split('.').reduce<Json>((node, key) => selfStep(node, key), doc);
      if (found === undefined) return NOT_FOUND;
      const before = assumptions.length;
      const outer = work.deepest;
      work.deepest = 0;
      const resolved = resolveVariables(found, doc, assumptions, where, [...chain, path]);
      const height = Math.max(0, work.deepest - (chain.length + 1));
      work.deepest = Math.max(outer, work.deepest);
      // What a value says of itself is the same wherever it is named; one that assumed something says so at each place.
      if (assumptions.length === before) work.resolved.set(path, { value: resolved, height });
      return resolved;
    }
    // A parameter of the stage deployed (`params:` of v3, `stages:` of v4), else of every stage (`default`): it was "could
    // not resolve", and the tool's default priced in place of the value the file gives for its stage.
    const param = /^param:(.+)$/.exec(reference);
    if (param) {
      const stage = resolveOne("sls:stage, 'dev'");
      const key = param[1]!.trim();
      const stages = typeof stage === 'string' ? [stage, 'default'] : ['default'];
      for (const at of stages.flatMap((each) => [`params.${each}.${key}`, `stages.${each}.params.${key}`])) {
        const found = resolveSource(`self:${at}`);
        if (found !== NOT_FOUND) return found;
      }
      return NOT_FOUND;
    }
    // The stage the Framework deploys: --stage (not known here), else provider.stage, else dev. Read as dev whatever
    // provider.stage said, `${self:custom.memory.${sls:stage}}` priced the dev stage's memory in a file that deploys prod.
    // Named in provider.stage itself (`stage: ${sls:stage}`, for --stage to set), it is dev, as it was before it read provider.stage.
    // A provider.stage the file alone cannot work out (`stage: ${env:STAGE}`) is dev too: it left every `${sls:stage}`
    // unresolved, and `${self:custom.memory.${sls:stage}}` priced the tool's default.
    if (reference === 'sls:stage') {
      if (chain.includes('provider.stage')) return 'dev';
      const stage = resolveSource('self:provider.stage');
      return stage === NOT_FOUND || stage === undefined || stage === null ? 'dev' : stage;
    }
    return NOT_FOUND;
  };
  if (whole) return resolveOne(whole[1]!);
  let unresolved = false;
  const text = value.replace(/\$\{([^{}]+)\}/g, (_match, expression: string) => {
    const resolved = resolveOne(expression);
    // A mapping or a list has no text to put inside a string (the Serverless Framework refuses it): it was "[object Object]" and "1,2".
    if (typeof resolved === 'object' && resolved !== null) {
      assumptions.push(`${where}: \${${clipped(expression)}} is ${Array.isArray(resolved) ? 'a list' : 'a mapping'}, which cannot be part of a text; the default is used`);
      unresolved = true;
      return '';
    }
    if (resolved === undefined) unresolved = true;
    return resolved === undefined ? '' : String(resolved);
  });
  // Said at the value whose text outgrew the bound (the message named no line), else at the setting that names it; a
  // variable inside another is in the chain as its text, which is no place in the file.
  if (text.length > MAX_VARIABLE_TEXT)
    throw new ResolveError(`${where}: its variables expand to more than 100,000 characters`, selfPath([...chain].reverse().find((each) => !each.includes('${')) ?? where));
  if (unresolved) return undefined;
  // A variable inside another (`${opt:mem, ${env:MEM, 512}}`, `${self:custom.${self:custom.which}}`): the inner one is worked out first, then the one around it.
  return text !== value && /\$\{[^{}]+\}/.test(text) ? resolveVariables(text, doc, assumptions, where, [...chain, clipped(value.trim())]) : text;
}

/** What a variable's source is when the file alone cannot tell it. */
const NOT_FOUND = Symbol('not found');

/** How many steps working out one value's intrinsic functions and conditions may take: real templates take tens. */
const MAX_INTRINSIC_STEPS = 10_000;

/** How deep `${self:…}` may refer through other variables, and how long the text they make may grow: a file's own values are short. */
const MAX_VARIABLE_DEPTH = 20;
const MAX_VARIABLE_TEXT = 100_000;
/**
 * How many variables one file may work out, all its values together: 100,000,
 * and 20 (the deepest they may nest) more for each `${` the file writes. Four
 * names of the next level on each of twelve levels, the last empty, make 16
 * million steps with no text to grow past the bound above (docs/performance.md);
 * each `${self:…}` is worked out once, but one whose value assumes something is
 * worked out again wherever it is named.
 */
const VARIABLE_STEPS = 100_000;
const VARIABLE_STEPS_PER_VARIABLE = MAX_VARIABLE_DEPTH;

/** Each file's variables, by its parsed document (which each read makes anew). */
const variableWorks = new WeakMap<object, VariableWork>();

/**
 * A file's variables: the steps taken so far and their bound; each `${self:…}`
 * path worked out, with how many levels its variables nested below it; and the
 * deepest a value being worked out has nested so far.
 */
interface VariableWork {
  steps: number;
  readonly bound: number;
  readonly resolved: Map<string, { readonly value: Json; readonly height: number }>;
  deepest: number;
}

function variableWork(doc: Record<string, Json>): VariableWork {
  let work = variableWorks.get(doc);
  if (!work) variableWorks.set(doc, (work = { steps: 0, bound: VARIABLE_STEPS + VARIABLE_STEPS_PER_VARIABLE * variablesIn(doc), resolved: new Map(), deepest: 0 }));
  return work;
}

/**
 * How many `${` a document's strings hold (walked without recursion: a file may nest deep). A mapping or a list
 * an alias shares is counted once: one that holds itself (`&a` at the top, `*a` among a function's events) was
 * walked round until the list of values still to walk outgrew what V8 can hold, and Node died of it.
 */
function variablesIn(doc: Json): number {
  let count = 0;
  const open: Json[] = [doc];
  const seen = new Set<object>();
  while (open.length) {
    const value = open.pop();
    if (typeof value === 'string') count += value.split('${').length - 1;
    else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      for (const each of Array.isArray(value) ? value : Object.values(value)) open.push(each);
    }
  }
  return count;
}

function splitTopLevel(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of expression) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  return [...parts, current];
}

/**
 * A serverless.yml's `functions:`: a mapping, or a list of mappings (the Framework's way to split functions across
 * files), merged in order. An entry the reader cannot read (`${file(./users.yml)}`: another file) is said, not dropped.
 * Each function comes with where it is written (`at`), so that an error about it names its own line, not the list's.
 */
function serverlessFunctionsBlock(written: Json, doc: Record<string, Json>, assumptions: string[]): Map<string, { value: Json; at: FieldPath }> {
  const functions = new Map<string, { value: Json; at: FieldPath }>();
  // The block itself may be a variable (functions: ${self:custom.functions}), resolved as the Framework resolves any
  // value: read as no functions, it was "has no Lambda functions to price". Its functions are then at the block.
  const resolving: string[] = [];
  const block = typeof written === 'string' ? resolveVariables(written, doc, resolving, 'functions') : written;
  // Unresolved, the block has no default to fall back on, as a setting has: its functions are what is lost.
  if (typeof written === 'string' && block === undefined)
    assumptions.push(`functions: ${quotedSetting(written)} is in another file or a source slcost does not read; the functions it names are not priced`);
  else assumptions.push(...resolving);
  if (isObject(block)) {
    for (const [name, value] of Object.entries(block)) functions.set(name, { value, at: block === written ? ['functions', name] : ['functions'] });
    return functions;
  }
  if (block !== undefined && block !== null && !Array.isArray(block))
    assumptions.push(`functions: ${quotedSetting(block)} is not a mapping of functions the file holds; the functions it names are not priced`);
  if (!Array.isArray(block)) return functions;
  // Each entry's note up to a bound, then one for the rest: 100,000 entries of `- 5` made as many warnings, seconds to print.
  const unread = notesOfKind(assumptions);
  const again = notesOfKind(assumptions);
  block.forEach((entry, index) => {
    const where = `functions[${index}]`;
    // Its notes only where it gives functions: "could not resolve" and "not a mapping" would say one thing twice.
    const notes: string[] = [];
    const value = typeof entry === 'string' ? resolveVariables(entry, doc, notes, where) : entry;
    if (!isObject(value)) {
      // String() of a list of mappings is "[object Object]": the entry is described, not printed.
      const shown = typeof entry === 'string' ? JSON.stringify(clipped(entry)) : Array.isArray(entry) ? 'a list' : entry === null ? 'an empty entry' : String(entry);
      unread.add(() => `${where}: ${shown} is not a mapping of functions the file holds; the functions it names are not priced`);
      return;
    }
    assumptions.push(...notes);
    for (const [name, fn] of Object.entries(value)) {
      // The Framework merges the entries in order: a later function of the same name replaces the earlier, said here.
      const earlier = functions.get(name);
      if (earlier) again.add(() => `${where}: function ${clipped(name)} is also in ${formatPath(earlier.at.slice(0, 2))}; the later one is priced, as the Framework merges them`);
      functions.delete(name);
      functions.set(name, { value: fn, at: typeof entry === 'string' ? ['functions', index] : ['functions', index, name] });
    }
  });
  unread.rest((more) => `functions: ${more} more entries are not mappings of functions the file holds; the functions they name are not priced`);
  again.rest((more) => `functions: ${more} more functions are named again by a later entry, which is priced`);
  return functions;
}

/** One of a serverless.yml's `resources:` blocks, and where it is written. */
interface ServerlessBlock {
  readonly block: Record<string, Json>;
  readonly at: FieldPath;
}

/** A serverless.yml's resources, its blocks merged, and where each is written. */
interface ServerlessResources {
  readonly resources: Record<string, Json>;
  readonly written: (id: string) => string;
}

/**
 * A serverless.yml's `resources:`, one block or a list of them, each of which may be a variable the Framework resolves
 * (`${self:custom.resources}`). One the reader cannot open (`${file(resources/tables.yml)}`, the Framework's usual way
 * to split them out) is left out, and said: its tables, queues and buckets went unpriced without a word.
 */
export function serverlessBlocks(doc: Record<string, Json>, assumptions: string[]): ServerlessBlock[] {
  const unread = notesOfKind(assumptions);
  const resolved = (written: Json, where: string) => (typeof written === 'string' ? resolveVariables(written, doc, [], where) : written);
  // `block` is `written` resolved; a note quotes what the file writes.
  const read = (written: Json, block: Json, where: string): Record<string, Json> | null => {
    if (isObject(block)) return block;
    if (written !== undefined && written !== null)
      unread.add(() => `${where}: ${quotedSetting(written)} is not a block of resources the file holds; the resources it names are not priced`);
    return null;
  };
  // A block's Resources, or one resource of it, written as a variable (`Db: ${file(./db.yml)}`, the Framework's way to
  // keep each in a file of its own) is resolved as the Framework resolves any value; those the reader cannot resolve
  // were left out unsaid, an RDS cluster and its instances among them. Named once a block: most are roles and subnets.
  const withResources = (block: Record<string, Json>, where: string): Record<string, Json> => {
    const written = block.Resources;
    const resources = resolved(written, `${where}.Resources`);
    if (typeof written === 'string' && !isObject(resources))
      assumptions.push(`${where}.Resources: ${quotedSetting(written)} is in another file or a source slcost does not read; the resources it names are not priced`);
    if (!isObject(resources)) return block;
    let copy: Record<string, Json> | null = null;
    const unresolved: string[] = [];
    // One the reader resolves to a value that is no resource (`${self:custom.name}`, a word): CloudFormation refuses it, and
    // it was said to be a variable slcost cannot resolve.
    const noResource: string[] = [];
    for (const [id, resource] of Object.entries(resources)) {
      if (typeof resource !== 'string' || !resource.includes('${')) continue;
      const value = resolved(resource, `${where}.Resources.${id}`);
      if (!isObject(value)) {
        if (value === undefined || value === null || (typeof value === 'string' && value.includes('${'))) unresolved.push(clipped(id));
        else noResource.push(`${clipped(id)} (${quotedSetting(value)})`);
        continue;
      }
      copy ??= { ...resources };
      // Defined, not assigned: a resource keyed `__proto__` is a resource, not the copy's prototype.
      Object.defineProperty(copy, id, { value, enumerable: true, configurable: true, writable: true });
    }
    if (unresolved.length)
      assumptions.push(
        `${where}.Resources: ${unresolved.length === 1 ? 'resource' : 'resources'} ${listNames(unresolved)} ${unresolved.length === 1 ? 'is a variable' : 'are variables'} slcost cannot resolve (another file's, or a source it does not read); what ${unresolved.length === 1 ? 'it deploys' : 'they deploy'} is not priced`,
      );
    if (noResource.length)
      assumptions.push(
        `${where}.Resources: ${noResource.length === 1 ? 'resource' : 'resources'} ${listNames(noResource)} ${noResource.length === 1 ? 'is a variable whose value is' : 'are variables whose values are'} no resource (a mapping with a Type), which CloudFormation refuses; not priced`,
      );
    return copy === null && resources === written ? block : { ...block, Resources: copy ?? resources };
  };
  const list = resolved(doc.resources, 'resources');
  if (!Array.isArray(list)) {
    const block = read(doc.resources, list, 'resources');
    return block ? [{ block: withResources(block, 'resources'), at: ['resources'] as FieldPath }] : [];
  }
  const blocks = list.flatMap((entry, index) => {
    const where = `resources[${index}]`;
    const block = read(entry, resolved(entry, where), where);
    return block ? [{ block: withResources(block, where), at: ['resources', index] as FieldPath }] : [];
  });
  unread.rest((more) => `resources: ${more} more entries are not blocks of resources the file holds; the resources they name are not priced`);
  return blocks;
}

/** A log group in a serverless.yml's `resources:` that may be a function's. */
interface ServerlessLogGroup {
  readonly logicalId: string;
  readonly where: string;
  /** The function name its `LogGroupName` gives (`/aws/lambda/<name>`), variables worked out; null without one. */
  readonly named: string | null;
  readonly retention: Json;
  readonly logClass: Json;
}

/**
 * The log groups of a serverless.yml's `resources:` that may hold a function's logs: those named `/aws/lambda/…`, and
 * those with a `RetentionInDays` the Framework's own group of a function takes when the logical ids match (an override
 * of `<Function>LogGroup` that needs no `Type`).
 */
function serverlessLogGroups(doc: Record<string, Json>): ServerlessLogGroup[] {
  const blocks = Array.isArray(doc.resources) ? doc.resources.map((block, index) => ({ block, at: `resources[${index}]` })) : [{ block: doc.resources, at: 'resources' }];
  return blocks.flatMap(({ block, at }) => {
    const resources = isObject(block) && isObject(block.Resources) ? block.Resources : {};
    return Object.entries(resources).flatMap(([logicalId, resource]): ServerlessLogGroup[] => {
      if (!isObject(resource) || !isObject(resource.Properties) || (resource.Type !== undefined && resource.Type !== 'AWS::Logs::LogGroup')) return [];
      const where = `${at}.Resources.${logicalId}`;
      const written = resource.Properties.LogGroupName;
      // The notes of its variables are the sections' to give: they read the name too.
      const of = lambdaLogGroupOf(typeof written === 'string' ? resolveVariables(written, doc, [], `${where}.Properties.LogGroupName`) : written);
      const named = of && 'functionName' in of ? of.functionName : null;
      return named !== null || logicalId.endsWith('LogGroup')
        ? [{ logicalId, where, named, retention: resource.Properties.RetentionInDays, logClass: resource.Properties.LogGroupClass }]
        : [];
    });
  });
}

/**
 * Which group of `resources:` holds a function's logs, by its key and settings: one named for the function as the
 * Framework names it (`<service>-<stage>-<key>`, or its `name:`), else the override of the group the Framework makes
 * for it, whose logical id is the key with `-` as `Dash` and `_` as `Underscore`, its first letter capital, then
 * `LogGroup`.
 */
function functionLogGroups(groups: readonly ServerlessLogGroup[], doc: Record<string, Json>): (key: string, settings: Record<string, Json>) => ServerlessLogGroup | null {
  if (!groups.length) return () => null;
  // The first of each name or logical id, looked up for each function (the service and stages worked out once).
  const byName = new Map<string, ServerlessLogGroup>();
  const byLogicalId = new Map<string, ServerlessLogGroup>();
  for (const group of groups) {
    if (group.named !== null && !byName.has(group.named)) byName.set(group.named, group);
    if (group.named === null && !byLogicalId.has(group.logicalId)) byLogicalId.set(group.logicalId, group);
  }
  const service = resolveVariables(isObject(doc.service) ? doc.service.name : doc.service, doc, [], 'service');
  // The stage as the provider block says it (as `${sls:stage}` reads it) and dev (the Framework's without one, and `${opt:stage, 'dev'}`'s), whichever the group's name was written with.
  const stage = resolveVariables(isObject(doc.provider) ? doc.provider.stage : undefined, doc, [], 'provider.stage');
  const stages = ['dev', ...(typeof stage === 'string' ? [stage] : [])];
  return (key, settings) => {
    const own = resolveVariables(settings.name, doc, [], `functions.${key}.name`);
    const deployed = typeof own === 'string' ? [own] : stages.map((each) => `${String(service)}-${each}-${key}`);
    // Of groups of two of its names (two stages), the first the file writes.
    const [named, ...others] = deployed.flatMap((name) => byName.get(name) ?? []);
    if (named) return others.length ? [named, ...others].sort((a, b) => groups.indexOf(a) - groups.indexOf(b))[0]! : named;
    return byLogicalId.get(`${normalizedFunctionKey(key)}LogGroup`) ?? null;
  };
}

/**
 * The most functions one template may have. CloudFormation deploys at most 500 resources a stack, so a template past
 * this is none a stack deploys; and each function is read, checked and priced, in time and memory that grow with them
 * (docs/performance.md).
 */
export const MAX_TEMPLATE_FUNCTIONS = 10_000;

/**
 * The most resources one template may have, three for each of the most functions (a log group and an alarm beside
 * each, say). CloudFormation deploys at most 500 a stack; and each is read, resolved and priced, in time and memory
 * that grow with them (docs/performance.md).
 */
export const MAX_TEMPLATE_RESOURCES = 3 * MAX_TEMPLATE_FUNCTIONS;

export function refuseTooManyResources(template: TemplateFile, blocks: readonly { readonly block: Record<string, Json>; readonly at: FieldPath }[]): void {
  let count = 0;
  for (const { block } of blocks) if (isObject(block.Resources)) count += Object.keys(block.Resources).length;
  if (count <= MAX_TEMPLATE_RESOURCES) return;
  const first = blocks.find(({ block }) => isObject(block.Resources))!;
  throw new InputError(
    `has ${formatCount(count)} resources; slcost reads at most ${formatCount(MAX_TEMPLATE_RESOURCES)} in one template (CloudFormation deploys at most 500 a stack): price the stacks it is deployed as one by one`,
    template.locate([...first.at, 'Resources'], { key: true }),
  );
}

function refuseTooManyFunctions(count: number, template: TemplateFile, at: FieldPath): void {
  if (count <= MAX_TEMPLATE_FUNCTIONS) return;
  throw new InputError(
    `has ${formatCount(count)} functions; slcost prices at most ${formatCount(MAX_TEMPLATE_FUNCTIONS)} in one template (CloudFormation deploys at most 500 resources a stack): price the stacks it is deployed as one by one`,
    template.locate(at, { key: true }),
  );
}

/** Notes of one kind a long list gives one by one, before one note for the rest. */
export const NOTES_PER_KIND = 20;

/** How a note names each kind of API. */
const API_NAMES: Readonly<Record<TemplateApi, string>> = { rest: 'the REST API', http: 'the HTTP API', websocket: 'the WebSocket API' };

/**
 * A function behind APIs of two kinds (a REST and an HTTP API) is priced behind one, REST before HTTP before WebSocket:
 * the usage gives its requests, not how they split between them. Said, as all its requests on the REST API cost up to
 * three and a half times what they would on the HTTP API.
 */
function apisNote(where: string, events: readonly string[], api: TemplateApi): string {
  const kinds = events.length === 2 ? 'two' : 'three';
  return `${where}: ${events.slice(0, -1).join(', ')} and ${events.at(-1)} events put APIs of ${kinds} kinds in front of the function; all its requests are priced on ${API_NAMES[api]}, as its usage does not say how they split`;
}

/** Notes of one kind: the first NOTES_PER_KIND one by one, then (`rest`) one note counting the others. */
export function notesOfKind(assumptions: string[]) {
  let count = 0;
  return {
    add: (note: () => string) => {
      if (++count <= NOTES_PER_KIND) assumptions.push(note());
    },
    rest: (note: (more: string) => string) => {
      if (count > NOTES_PER_KIND) assumptions.push(note(formatCount(count - NOTES_PER_KIND)));
    },
  };
}

// ---------------------------------------------------------------- SAM

/** The API Gateway APIs a SAM or CloudFormation template may declare. */
const API_TYPES: ReadonlySet<string> = new Set([
  'AWS::Serverless::Api',
  'AWS::Serverless::HttpApi',
  'AWS::Serverless::WebSocketApi',
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGatewayV2::Api',
]);

/** A value that is one of the intrinsics the reader works out from the template alone, and nothing else. */
const isWholeIntrinsic = (value: Record<string, Json>): boolean => {
  const keys = Object.keys(value);
  return keys.length === 1 && ['Ref', 'Fn::If', 'Fn::FindInMap'].includes(keys[0]!);
};

/** A SAM or CloudFormation state machine. */
const isMachineResource = (resource: Json): boolean =>
  isObject(resource) && (resource.Type === 'AWS::StepFunctions::StateMachine' || resource.Type === 'AWS::Serverless::StateMachine');

/** A SAM or CloudFormation function. */
const isFunctionResource = (resource: Json): resource is Record<string, Json> =>
  isObject(resource) && (resource.Type === 'AWS::Serverless::Function' || resource.Type === 'AWS::Lambda::Function');

function readSam(template: TemplateFile): TemplateInfo {
  const doc = template.data as Record<string, Json>;
  const assumptions = [...template.warnings];
  const resources = isObject(doc.Resources) ? doc.Resources : {};
  const globals = isObject(doc.Globals) && isObject(doc.Globals.Function) ? doc.Globals.Function : {};
  noteGlobals(doc.Globals, assumptions);
  noteTransforms(doc, assumptions);
  const resolve = (value: Json, where: string) => resolveIntrinsic(value, doc, assumptions, where);
  // CloudFormation takes an intrinsic for a resource's whole Properties (`Properties: !If [Prod, {…}, {…}]`), as the
  // services' reader works it out. Read as a mapping of one odd key, a function's MemorySize in it was priced at the
  // default without a word; worked out here once, every reader of the template's resources sees the properties chosen.
  for (const [id, resource] of Object.entries(resources))
    if (isObject(resource) && isObject(resource.Properties) && isWholeIntrinsic(resource.Properties))
      resource.Properties = resolve(resource.Properties, `Resources.${id}.Properties`);
  let count = 0;
  for (const resource of Object.values(resources)) if (isFunctionResource(resource)) count++;
  // Before any pass over the resources that reads them.
  refuseTooManyFunctions(count, template, ['Resources']);
  const groups = lambdaLogGroups(resources, doc);
  const logGroups = logGroupIndex(resources);
  const namedGroups = groups.list.some((group) => 'functionName' in group.of);
  const names: { name: string; functionName: string | null }[] = [];
  // Each kind's first few said, the rest counted: a template of 100,000 such keys would print a note for each.
  const forEach = notesOfKind(assumptions);
  const nested = notesOfKind(assumptions);
  const transform = notesOfKind(assumptions);
  const notEvents = notesOfKind(assumptions);
  const oddEvents = notesOfKind(assumptions);
  const twoApis = notesOfKind(assumptions);
  const streamedUrls: string[] = [];
  const routed = new Set<string>();
  // Each API's functions its events put behind it, by the API's logical id.
  const routedFunctions = new Map<string, Set<string>>();
  const implicit = new Set<'Api' | 'HttpApi'>();
  const traced: string[] = [];
  let tracedByConfig = false;
  const managed: string[] = [];
  const durable: string[] = [];
  const polled = provisionedMappings(resources, (id) => `Resources.${clipped(id)}`);
  // What an event source reads, the function a mapping names and a rule's or a notification's target, as the
  // parameters' defaults choose them.
  const chosen = (value: Json, where: string) => chosenValue(value, doc, assumptions, where);
  const { byFunction: scheduledBy, byMachine: machinesScheduledBy } = scheduleTargets(resources, resolve, undefined, chosen);
  const functionIds = samFunctionIds(resources, globals);
  const invokedBy = invokers(
    resources,
    functionIds,
    assumptions,
    (id) => `Resources.${clipped(id)}`,
    resolve,
    chosen,
    undefined,
    (resource, where) => unheldCondition(resource, doc, where),
  );
  const notifiedBy = notifiers(
    Object.values(resources),
    (id) => (isFunctionResource(own(resources, id)) ? id : null),
    functionNamedBy(resources, functionIds, (value) => value),
    // Quiet: the notifications are read in one pass over the resources, and the note would name no place in them.
    (value) => chosenValue(value, doc, [], 'Resources'),
  );
  // A mapping or a function URL of a Condition the parameters' defaults make false is read as a way in all the same, as
  // its function is priced: a queue's maximum concurrency capped its worker, and a stream's shards, without a word.
  // The first few said, the rest counted, as for every note a resource of thousands may give. Said here once the
  // functions are read: a mapping beside a source of the same queue the stack has is left out, and said so there
  // (repeatedSources), not "priced as if CloudFormation created it".
  const conditionalAt = assumptions.length;
  const conditionalNotes: { readonly where: string; readonly note: string }[] = [];
  for (const [id, resource] of Object.entries(resources))
    if (isObject(resource) && (resource.Type === 'AWS::Lambda::EventSourceMapping' || resource.Type === 'AWS::Lambda::Url')) {
      const said: string[] = [];
      noteResourceCondition(resource, doc, said, `Resources.${clipped(id)}`);
      for (const note of said) conditionalNotes.push({ where: `Resources.${clipped(id)}.Properties.EventSourceArn`, note });
    }
  const setAside = new Set<string>();
  const notProperties = notesOfKind(assumptions);
  const miscased = notesOfKind(assumptions);
  const undeployable = notesOfKind(assumptions);
  noteMiscased(globals, SAM_SETTINGS, SAM_OTHER_PROPERTIES, 'Globals.Function', miscased.add);
  const sourceNotes = sourceNotesOf(assumptions, 'Resources');
  // What an event reads, as the parameters choose it, each note among the first few of its kind.
  const chosenSource = sourceNotes.bounded(chosen);
  const functions = Object.entries(resources).flatMap(([name, resource]): TemplateFunction[] => {
    // What CloudFormation expands into resources of its own, which this reader does not: said, not dropped in silence.
    if (name.startsWith('Fn::ForEach::')) forEach.add(() => `Resources.${clipped(name)}: Fn::ForEach is not expanded; the functions it makes are not priced`);
    if (!isObject(resource)) return [];
    const type = resource.Type;
    if (type === 'AWS::Serverless::Application' || type === 'AWS::CloudFormation::Stack')
      nested.add(() => `Resources.${clipped(name)}: a nested stack (${type}) is not read; the functions of its template are not priced (price that template on its own)`);
    if (!isFunctionResource(resource)) return [];
    noteResourceCondition(resource, doc, assumptions, `Resources.${name}`);
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    // A list or a word where the properties go (CloudFormation refuses it): what it holds went unread in silence.
    if (resource.Properties !== undefined && resource.Properties !== null && !isObject(resource.Properties))
      notProperties.add(() => `Resources.${clipped(name)}.Properties: ${quotedSetting(resource.Properties)} is not a mapping of properties; none of it is read`);
    noteMiscased(properties, SAM_SETTINGS, SAM_OTHER_PROPERTIES, `Resources.${clipped(name)}`, miscased.add);
    // An attribute of the resource, beside Type and Properties: SAM refuses it among the properties ("property
    // IgnoreGlobals not defined"), and there it went unread in silence, Globals' destinations and sizes priced.
    if (type === 'AWS::Serverless::Function' && Object.hasOwn(properties, 'IgnoreGlobals'))
      miscased.add(
        () =>
          `Resources.${clipped(name)}.Properties.IgnoreGlobals: is not read; IgnoreGlobals is an attribute of the resource, beside Type and Properties, where SAM reads it (it refuses it as a property), so Globals apply`,
      );
    if (properties['Fn::Transform'] !== undefined)
      transform.add(() => `Resources.${clipped(name)}.Properties: Fn::Transform is not applied; the properties it would add are not read`);
    // Globals apply to AWS::Serverless::Function only.
    const { settings, globals: applied } = type === 'AWS::Serverless::Function' ? samSettings(globals, resource, properties) : { settings: properties, globals: {} };
    // A setting Globals gives is said where Globals writes it, once for every function it reaches: each function's own
    // Resources.F.Architectures was said of a key the template writes only in Globals, as many times as it has functions.
    const where = `Resources.${name}`;
    const at = (key: string) => (!Object.hasOwn(properties, key) && Object.hasOwn(applied, key) ? `Globals.Function.${key}` : `${where}.${key}`);
    // A member of a mapping the function and Globals both give, where the one it came from writes it.
    const atMember = (key: string, name: string) => (memberFromGlobals(properties[key], applied[key], name) ? `Globals.Function.${key}.${name}` : `${at(key)}.${name}`);
    const unset = new Set<string>();
    const number = (key: string, fallback: number) => {
      const value = resolve(settings[key], at(key));
      if (value === undefined || value === null) {
        unset.add(key);
        return fallback;
      }
      const parsed = settingOf(value);
      if (parsed === null) {
        assumptions.push(`${at(key)}: ${quotedSetting(value)} is not a number; used ${fallback}`);
        return fallback;
      }
      return parsed;
    };
    // A setting CloudFormation nests in a mapping of its own (EphemeralStorage.Size, ProvisionedConcurrencyConfig's count).
    // A number where the mapping goes, a word where the number goes, or the member miscased, each went unread in silence:
    // 5 environments kept warm all month, or 4 GB of storage, left off the bill.
    const member = (key: string, name: string, fallback: number) => {
      const block = resolve(settings[key], at(key));
      if (block === undefined || block === null) return fallback;
      if (!isObject(block)) {
        assumptions.push(`${at(key)}: ${quotedSetting(block)} is not a mapping with ${name}; used ${fallback}`);
        return fallback;
      }
      if (!Object.hasOwn(block, name)) {
        const miscased = Object.keys(block).find((each) => each.toLowerCase() === name.toLowerCase());
        assumptions.push(
          miscased === undefined ? `${at(key)}: has no ${name}; used ${fallback}` : `${at(key)}.${clipped(miscased)}: is not read; the setting is spelt ${name}; used ${fallback}`,
        );
        return fallback;
      }
      const value = resolve(block[name], atMember(key, name));
      if (value === undefined || value === null) return fallback;
      const parsed = settingOf(value);
      if (parsed === null) {
        assumptions.push(`${atMember(key, name)}: ${quotedSetting(value)} is not a number; used ${fallback}`);
        return fallback;
      }
      return parsed;
    };
    const architectures = resolve(settings.Architectures, at('Architectures'));
    const events = isObject(properties.Events) ? Object.values(properties.Events) : [];
    // A list of events (serverless.yml's shape) is no SAM Events block: said, as the API or trigger it meant goes unpriced.
    if (properties.Events !== undefined && properties.Events !== null && !isObject(properties.Events))
      notEvents.add(() => `Resources.${clipped(name)}.Properties.Events: ${quotedSetting(properties.Events)} is not a mapping of events; none of them is read`);
    // An SNS event with an SqsSubscription is a queue's to the function: SQS invokes it, by the batch, not SNS.
    const viaQueue = (event: Record<string, Json>) =>
      event.Type === 'SNS' &&
      isObject(event.Properties) &&
      event.Properties.SqsSubscription !== undefined &&
      event.Properties.SqsSubscription !== null &&
      event.Properties.SqsSubscription !== false;
    const eventTypes = events.flatMap((event) => (isObject(event) && typeof event.Type === 'string' ? [viaQueue(event) ? 'SQS' : event.Type] : []));
    // An event SAM cannot read (a list, a Type that is none of its event types) is refused by SAM; read as none, the API
    // or trigger it meant went unpriced without a word.
    if (type === 'AWS::Serverless::Function' && isObject(properties.Events))
      for (const [key, event] of Object.entries(properties.Events)) {
        const eventAt = `Resources.${clipped(name)}.Properties.Events.${clipped(key)}`;
        if (!isObject(event)) oddEvents.add(() => `${eventAt}: ${quotedSetting(event)} is not an event (a mapping with a Type and its Properties); not read`);
        else if (typeof event.Type !== 'string' || !SAM_EVENT_TYPES.includes(event.Type)) {
          const written = event.Type;
          const spelt = typeof written === 'string' ? SAM_EVENT_TYPES.find((each) => each.toLowerCase() === written.toLowerCase()) : undefined;
          const hint = typeof written === 'string' ? suggest(written, SAM_EVENT_TYPES) : null;
          oddEvents.add(() =>
            spelt !== undefined
              ? `${eventAt}.Type: ${quotedSetting(written)} is spelt ${spelt} in SAM's event types, which SAM refuses otherwise`
              : `${eventAt}.Type: ${written === undefined ? 'none is given' : `${quotedSetting(written)} is none of SAM's event types${hint ? ` (did you mean ${hint}?)` : ''}`}, which SAM refuses; not read`,
          );
        }
      }
    // The template's own APIs an Api or HttpApi event names (`RestApiId: !Ref Api`, `ApiId: !Ref HttpApi`, or the logical ID
    // as text, which SAM takes too); without one, SAM's implicit API.
    for (const event of events) {
      const target = isObject(event) && isObject(event.Properties) ? (event.Properties.RestApiId ?? event.Properties.ApiId) : undefined;
      const id = isObject(target) ? target.Ref : target;
      if (typeof id === 'string') {
        routed.add(id);
        const behind = routedFunctions.get(id);
        if (behind) behind.add(name);
        else routedFunctions.set(id, new Set([name]));
      } else if (isObject(event) && (event.Type === 'Api' || event.Type === 'HttpApi')) implicit.add(event.Type);
    }
    for (const [key, event] of Object.entries(isObject(properties.Events) ? properties.Events : {})) {
      const pollers = `Resources.${clipped(name)}.Properties.Events.${clipped(key)}.Properties.ProvisionedPollerConfig`;
      if (isObject(event) && isObject(event.Properties) && isSet(resolve(event.Properties.ProvisionedPollerConfig, pollers))) polled.push(pollers);
    }
    const api: TemplateApi | null = eventTypes.includes('Api') ? 'rest' : eventTypes.includes('HttpApi') ? 'http' : null;
    if (api && eventTypes.includes('Api') && eventTypes.includes('HttpApi')) twoApis.add(() => apisNote(`Resources.${clipped(name)}.Properties.Events`, ['Api', 'HttpApi'], api));
    const schedules = Object.entries(isObject(properties.Events) ? properties.Events : {}).flatMap(([key, event]): ScheduleEvent[] => {
      if (!isObject(event) || (event.Type !== 'Schedule' && event.Type !== 'ScheduleV2')) return [];
      const props = isObject(event.Properties) ? event.Properties : {};
      const member = event.Type === 'Schedule' ? 'Schedule' : 'ScheduleExpression';
      const eventAt = `${where}.Properties.Events.${clipped(key)}.Properties`;
      const enabled = !isOff(resolve(props.Enabled, `${eventAt}.Enabled`)) && !isOff(resolve(props.State, `${eventAt}.State`));
      const window =
        event.Type === 'ScheduleV2' ? { start: resolve(props.StartDate, `${eventAt}.StartDate`), end: resolve(props.EndDate, `${eventAt}.EndDate`), at: eventAt } : undefined;
      return [{ expression: resolve(props[member], `${eventAt}.${member}`), enabled, where: `${eventAt}.${member}`, ...(window ? { window } : {}) }];
    });
    schedules.push(...(scheduledBy.get(name) ?? []));
    const runtime = resolve(settings.Runtime, at('Runtime'));
    const reserved = resolve(settings.ReservedConcurrentExecutions, at('ReservedConcurrentExecutions'));
    const snapStart = resolve(settings.SnapStart, at('SnapStart'));
    // Read only to find a log group named for it: what working it out assumed is said where the template has such a group
    // ("Fn::Sub cannot be worked out; the default is used" was said of every function named by !Sub, of no default).
    const nameNotes: string[] = [];
    const functionName = resolveIntrinsic(settings.FunctionName, doc, nameNotes, `${where}.FunctionName`);
    if (namedGroups) assumptions.push(...nameNotes);
    // Since 2023 a function may write its logs to a group of its own choosing: that group's retention is its logs'.
    const writesTo = isObject(settings.LoggingConfig) && settings.LoggingConfig.LogGroup !== undefined ? settings.LoggingConfig.LogGroup : undefined;
    names.push({ name, functionName: typeof functionName === 'string' ? functionName : null });
    if (resolve(settings.Tracing, at('Tracing')) === 'Active') traced.push(name);
    // CloudFormation's own function writes SAM's Tracing as TracingConfig's Mode: its traces went unsaid.
    else if (type === 'AWS::Lambda::Function' && isObject(settings.TracingConfig) && resolve(settings.TracingConfig.Mode, `${where}.TracingConfig.Mode`) === 'Active') {
      traced.push(name);
      tracedByConfig = true;
    }
    const capacity = resolve(settings.CapacityProviderConfig, at('CapacityProviderConfig'));
    if (capacity !== undefined && capacity !== null) managed.push(name);
    const durableConfig = resolve(settings.DurableConfig, at('DurableConfig'));
    if (durableConfig !== undefined && durableConfig !== null) durable.push(name);
    const memoryMb = number('MemorySize', SAM_DEFAULTS.memoryMb);
    const urlConfig = resolve(settings.FunctionUrlConfig, at('FunctionUrlConfig'));
    const url = functionUrl(urlConfig, at('FunctionUrlConfig'), assumptions);
    if (url && isObject(urlConfig) && streams(resolve(urlConfig.InvokeMode, `${at('FunctionUrlConfig')}.InvokeMode`))) streamedUrls.push(`${at('FunctionUrlConfig')}`);
    // SAM maps a function's events to the alias AutoPublishAlias makes, which a mapping of the template's names as
    // `!Ref Fn.Alias` or by an ARN's `:live`; another mapping of the same source to the function itself is no repeat.
    const alias = settings.AutoPublishAlias;
    const eventQualifier = alias === undefined || alias === null ? '' : typeof alias === 'string' ? alias : `!Ref ${name}.Alias`;
    // Its Kinesis and DynamoDB events (and Kafka's, DocumentDB's), each the stream it reads and its parallelization factor.
    const streamEvents = Object.entries(isObject(properties.Events) ? properties.Events : {}).flatMap(([key, event]): TemplateStream[] => {
      if (!isObject(event) || typeof event.Type !== 'string' || ownEntry(EVENT_TRIGGERS, event.Type.toLowerCase()) !== 'stream' || viaQueue(event)) return [];
      const props = isObject(event.Properties) ? event.Properties : {};
      const eventAt = `${where}.Properties.Events.${clipped(key)}.Properties`;
      const stream = refRead(chosenSource(props.Stream, `${eventAt}.Stream`), resources, `${eventAt}.Stream`, sourceNotes);
      const kafka = KAFKA_SOURCES.has(event.Type.toLowerCase());
      return [
        {
          kinesis: kinesisStreamOf(stream, resources),
          ...streamSourceOf(stream, `${eventAt}.Stream`, resources, eventQualifier),
          parallelizationFactor: kafka ? 1 : parallelizationFactorOf(props.ParallelizationFactor, sourceNotes.bounded(resolve), `${eventAt}.ParallelizationFactor`, sourceNotes),
          enabled: !isOff(resolve(props.Enabled, `${eventAt}.Enabled`)),
          ...(kafka ? { kafka } : {}),
        },
      ];
    });
    // Its SQS events (and an SNS event's queue, which sets no maximum concurrency), each its event source's maximum concurrency.
    const queueEvents = Object.entries(isObject(properties.Events) ? properties.Events : {}).flatMap(([key, event]): TemplateQueue[] => {
      if (!isObject(event)) return [];
      if (viaQueue(event)) return [{ maximumConcurrency: null, enabled: true }];
      if (event.Type !== 'SQS') return [];
      const props = isObject(event.Properties) ? event.Properties : {};
      const eventAt = `${where}.Properties.Events.${clipped(key)}.Properties`;
      noteSqsEventKeys(props, SAM_SQS_EVENT_PROPERTIES, eventAt, 'an SQS event', sourceNotes);
      const resolveQueue = sourceNotes.bounded(resolve);
      return [
        {
          maximumConcurrency: scalingConcurrencyOf(props.ScalingConfig, resolveQueue, `${eventAt}.ScalingConfig`, sourceNotes),
          enabled: !isOff(resolveQueue(props.Enabled, `${eventAt}.Enabled`)),
          ...sourceOf(refRead(chosenSource(props.Queue, `${eventAt}.Queue`), resources, `${eventAt}.Queue`, sourceNotes), `${eventAt}.Queue`, eventQualifier),
        },
      ];
    });
    const read: TemplateFunction = {
      name,
      memoryMb,
      // A usage file's figure held to the memory is told it is SAM's default, not a size the template gives.
      ...(unset.has('MemorySize') ? { memoryDefault: true as const } : {}),
      timeoutSeconds: number('Timeout', SAM_DEFAULTS.timeoutSeconds),
      architecture: samArchitecture(architectures, resolve, at('Architectures'), assumptions),
      ephemeralStorageMb: member('EphemeralStorage', 'Size', 512),
      provisionedConcurrency: member('ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions', 0),
      runtime: runtimeOf(runtime, at('Runtime'), assumptions),
      snapStart: samSnapStart(snapStart, resolve, at('SnapStart'), assumptions),
      image: resolve(settings.PackageType, at('PackageType')) === 'Image',
      reservedConcurrency: reserved === undefined || reserved === null ? null : number('ReservedConcurrentExecutions', 0),
      vpc: isObject(resolve(settings.VpcConfig, at('VpcConfig'))),
      api,
      // A rule, a schedule, an event source mapping or a function URL of the template's that invokes it is one of its
      // ways in, as its own event would be.
      ...waysIn(
        [...eventTypes, ...(scheduledBy.has(name) ? ['Schedule'] : []), ...kindsOf(invokedBy.get(name)), ...(notifiedBy.get(name) ?? []), ...(url ? ['Url'] : [])],
        [...streamEvents, ...streamsOf(invokedBy.get(name))],
        [...queueEvents, ...queuesOf(invokedBy.get(name))],
        name,
        assumptions,
        setAside,
      ),
      schedule: schedulesOf(schedules, assumptions),
      logs: {
        ...(writesTo
          ? configuredGroupLogs(writesTo, logGroups, doc, where, assumptions)
          : groupLogs(template, groups, name, typeof functionName === 'string' ? functionName : null, resolve, assumptions)),
        systemLogLevel: systemLogLevelOf(resolve(settings.LoggingConfig, at('LoggingConfig')), resolve, at('LoggingConfig'), assumptions),
      },
    };
    const provisioned = read.provisionedConcurrency;
    // Priced as written, as what the template means to run, but said: the template does not deploy as it stands.
    if (provisioned > 0) {
      const kept = `priced as written, ${formatCount(provisioned)} ${provisioned === 1 ? 'environment' : 'environments'} kept warm all month`;
      if (type === 'AWS::Lambda::Function')
        undeployable.add(
          () =>
            `${where}.ProvisionedConcurrencyConfig: is no property of an AWS::Lambda::Function, which CloudFormation refuses (it is an AWS::Lambda::Alias's or Version's); ${kept}`,
        );
      else if (settings.AutoPublishAlias === undefined || settings.AutoPublishAlias === null) {
        const whose = at('ProvisionedConcurrencyConfig').startsWith('Globals.') ? ` of function ${clipped(name)}` : '';
        undeployable.add(
          () =>
            `${at('ProvisionedConcurrencyConfig')}: provisioned concurrency${whose} without AutoPublishAlias, which SAM refuses to deploy (it configures the alias AutoPublishAlias publishes); ${kept}`,
        );
      }
    }
    return [read];
  });
  sourceNotes.close();
  const conditional: string[] = [];
  const conditionalKind = notesOfKind(conditional);
  for (const { where, note } of conditionalNotes) if (!setAside.has(where)) conditionalKind.add(() => note);
  conditionalKind.rest(
    (more) =>
      `Resources: ${more} more event source mappings and function URLs are of a Condition that is no name of the template's, or that does not hold with the parameters' defaults; each is read as a way in all the same`,
  );
  assumptions.splice(conditionalAt, 0, ...conditional);
  forEach.rest((more) => `Resources: ${more} more Fn::ForEach keys are not expanded; the functions they make are not priced`);
  nested.rest((more) => `Resources: ${more} more nested stacks are not read; the functions of their templates are not priced`);
  transform.rest((more) => `Resources: ${more} more functions' Fn::Transform is not applied; the properties it would add are not read`);
  notEvents.rest((more) => `Resources: ${more} more functions' Events are not read as written`);
  oddEvents.rest((more) => `Resources: ${more} more events are not events SAM reads; not read`);
  twoApis.rest((more) => `Resources: ${more} more functions behind APIs of more than one kind are priced behind one`);
  notProperties.rest((more) => `Resources: ${more} more functions' Properties are not mappings; none of them is read`);
  miscased.rest((more) => `Resources: ${more} more properties are written in another case than the one read; not read`);
  undeployable.rest((more) => `Resources: ${more} more functions' provisioned concurrency, which SAM or CloudFormation refuses as written, is priced as written`);
  groupsOfNoFunction(groups, names, assumptions);
  // Two functions of one FunctionName are one function to Lambda: CloudFormation fails to create the second, and both were priced without a word.
  const sameName = notesOfKind(assumptions);
  for (const { key, name: functionName, first } of namedAgain(names.map(({ name, functionName }): [string, string | null] => [name, functionName])))
    sameName.add(
      () =>
        `Resources.${clipped(key)}.Properties.FunctionName: ${JSON.stringify(clipped(functionName))} is the FunctionName of ${clipped(first)} too: a region holds one function of a name, and CloudFormation fails to create the second; both are priced`,
    );
  sameName.rest((more) => `Resources: ${more} more functions share a FunctionName with another; both are priced`);
  // An API is priced by the requests of the functions its events put behind it: one no event names (a WebSocket API's
  // routes, a REST API's methods or OpenAPI definition, an integration with SQS) went unpriced without a word.
  const unrouted = notesOfKind(assumptions);
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource) || typeof resource.Type !== 'string' || !API_TYPES.has(resource.Type) || routed.has(name)) continue;
    const protocol = isObject(resource.Properties) && typeof resource.Properties.ProtocolType === 'string' ? ` ${resource.Properties.ProtocolType}` : '';
    unrouted.add(
      () =>
        `Resources.${clipped(name)}: an API (${resource.Type as string}${protocol}) that no function's Api or HttpApi event names; its requests are not priced (its routes, methods, definition and integrations are not read)`,
    );
  }
  unrouted.rest((more) => `Resources: ${more} more APIs that no function's event names are not priced`);
  // A method or integration of its own that puts another of the template's functions behind an API some function's
  // event names: the API's requests are priced for the functions its events put behind it, so that function's went
  // unpriced without a word (a REST API of one function's Api event and another's AWS_PROXY method).
  const integrated = notesOfKind(assumptions);
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || !isObject(resource.Properties)) continue;
    const [api, uri, at] =
      resource.Type === 'AWS::ApiGateway::Method'
        ? [resource.Properties.RestApiId, isObject(resource.Properties.Integration) ? resource.Properties.Integration.Uri : undefined, 'Integration.Uri']
        : resource.Type === 'AWS::ApiGatewayV2::Integration'
          ? [resource.Properties.ApiId, resource.Properties.IntegrationUri, 'IntegrationUri']
          : [undefined, undefined, ''];
    const apiId = referenceOf(api)?.id;
    const behind = apiId === undefined ? undefined : routedFunctions.get(apiId);
    if (!behind) continue;
    const fn = integratedFunction(uri, (candidate) => isFunctionResource(own(resources, candidate)));
    if (fn === null || behind.has(fn)) continue;
    integrated.add(
      () =>
        `Resources.${clipped(id)}.Properties.${at}: integrates function ${clipped(fn)} with API ${clipped(apiId!)}, whose requests are priced for the functions its events put behind it; ${clipped(fn)}'s requests through it are not priced`,
    );
  }
  integrated.rest((more) => `Resources: ${more} more methods or integrations put a function behind an API without its event; their requests are not priced`);
  // A SAM API's Lambda authorizer is invoked by the API for its callers' requests, through no event of the function's
  // own: it was priced as a function nothing invokes, its requests those the usage file gave, without a word of whose.
  const authorizers = notesOfKind(assumptions);
  const authorizing = new Set<string>();
  const functionNames = new Set(names.map(({ name }) => name));
  const apiGlobals = isObject(doc.Globals) ? doc.Globals : {};
  const apis: [string, Json][] = [
    ...(['Api', 'HttpApi'] as const).map((kind): [string, Json] => [`Globals.${kind}.Auth.Authorizers`, isObject(apiGlobals[kind]) ? apiGlobals[kind].Auth : undefined]),
    ...Object.entries(resources).flatMap(([name, resource]): [string, Json][] =>
      isObject(resource) && (resource.Type === 'AWS::Serverless::Api' || resource.Type === 'AWS::Serverless::HttpApi') && isObject(resource.Properties)
        ? [[`Resources.${clipped(name)}.Properties.Auth.Authorizers`, resource.Properties.Auth]]
        : [],
    ),
  ];
  for (const [where, auth] of apis) {
    if (!isObject(auth) || !isObject(auth.Authorizers)) continue;
    for (const [key, authorizer] of Object.entries(auth.Authorizers)) {
      const target = isObject(authorizer) ? arnOf(authorizer.FunctionArn) : null;
      if (target === null || !functionNames.has(target)) continue;
      authorizers.add(() => authorizerNote(`${where}.${clipped(key)}`, target));
      authorizing.add(target);
    }
  }
  authorizers.rest((more) => `Resources: ${more} more APIs' Lambda authorizers are invoked for their callers' requests`);
  const waited = waitedCallers(
    resources,
    (id) => isFunctionResource(own(resources, id)),
    (id) => `Resources.${clipped(id)}`,
  );
  const waitedNotes = notesOfKind(assumptions);
  const called = functions.map((fn) => {
    if (fn.trigger !== null) return fn;
    const by = waited.get(fn.name);
    if (by) waitedNotes.add(() => by.note(fn.name));
    // A SAM API's authorizer is said above; its service is named here.
    return by ? { ...fn, invokedBy: by.service } : authorizing.has(fn.name) ? { ...fn, invokedBy: 'API Gateway' } : fn;
  });
  waitedNotes.rest((more) => `Resources: ${more} more functions are invoked by a service of the template's through no event of their own`);
  const byAlias = aliasProvisioned(resources, names, resolve, assumptions, doc);
  const withAliases = byAlias.size
    ? called.map((fn) => {
        const alias = byAlias.get(fn.name);
        return alias ? { ...fn, provisionedConcurrency: fn.provisionedConcurrency + alias.count, provisionedAt: alias.at } : fn;
      })
    : called;
  const throttleRps = samThrottle(doc, resources, routed, implicit, resolve, assumptions);
  const description = typeof doc.Description === 'string' ? doc.Description.split('\n')[0]!.trim() : '';
  const machines = machineEvents([...samMachineEvents(resources, resolve), ...machinesScheduledBy], assumptions);
  const notPriced = [
    ...samCaches(doc, resources, implicit, resolve),
    ...samApiLogs(doc, resources, implicit, resolve, assumptions),
    ...samApiTracing(doc, resources, implicit, resolve),
    ...tracingNotes(traced, tracedByConfig ? "Tracing: Active, or an AWS::Lambda::Function's TracingConfig Mode: Active" : 'Tracing: Active'),
    ...streamingNotes([...streamedUrls, ...streamedUrlResources(resources, resolve)]),
    ...managedNotes(managed),
    ...durableNotes(durable),
    ...snapStartNotes(functions),
    ...pollerNotes(polled),
    ...machines.notPriced,
  ];
  const edge = samEdgeFunctions(resources, new Set(names.map(({ name }) => name)), doc, assumptions);
  assumptions.push(...edgeNotes(edge));
  // Once each: a note of a Globals setting is the same for every function it reaches.
  return {
    kind: 'sam',
    name: description || template.file,
    region: null,
    functions: withAliases,
    throttleRps,
    assumptions: [...new Set(assumptions)],
    ...(notPriced.length ? { notPriced } : {}),
    ...(machines.schedules.size ? { machineSchedules: machines.schedules } : {}),
    ...(edge.length ? { edge } : {}),
    otherNames: () =>
      otherNamesOf(
        names.flatMap(({ name, functionName }) => (functionName === null ? [] : [[functionName, { name, is: `the FunctionName of ${clipped(name)}` }] as const])),
        new Set(withAliases.map((fn) => fn.name)),
      ),
  };
}

/**
 * The functions a rule on a schedule (AWS::Events::Rule's ScheduleExpression and Targets) or an EventBridge Scheduler
 * schedule (AWS::Scheduler::Schedule's Target) invokes, by `!GetAtt Fn.Arn`, and the state machines it starts: their
 * runs are the template's as much as a function's own Schedule event's, and went unread.
 */
function scheduleTargets(
  resources: Record<string, Json>,
  resolve: (value: Json, where: string) => Json,
  ids: ScheduleTargetIds = samScheduleTargetIds(resources),
  choose: (value: Json, where: string) => Json = (value) => value,
): { byFunction: Map<string, ScheduleEvent[]>; byMachine: MachineEvent[] } {
  const byFunction = new Map<string, ScheduleEvent[]>();
  const byMachine: MachineEvent[] = [];
  // An ARN written as a Fn::Sub (`!Sub '${Fn.Arn}'`, `arn:…:function:${Fn}`), or a Fn::Join of the same, names the one
  // function or machine its text refers to: read as no target, the rule's runs went uncounted and the function was
  // priced at no requests.
  const subOf = (arn: Json, of: (id: string) => string | null): string | null => {
    const text = subText(arn) ?? joinedText(arn);
    const named =
      text === null ? [] : [...new Set(subReferences(text))].filter((id) => own(resources, id) !== undefined || ids.functionOf(id) !== null || ids.machineOf(id) !== null);
    return named.length === 1 ? of(named[0]!) : null;
  };
  // An AWS::Lambda::Alias's or Version's Ref is its ARN, which invokes its function (named by its FunctionName): read
  // as no target, a rule's runs of `!Ref Live` went uncounted.
  const functionOf = (arn: Json, depth = 0): string | null => {
    const named = referenceOf(arn);
    if (!named) return subOf(arn, ids.functionOf);
    if (named.attribute === 'Arn') return ids.functionOf(named.id);
    if (named.attribute !== null) return null;
    const published = publishedFunction(named.id);
    if (published !== null) return ids.functionOf(published);
    if (depth > 0) return ids.functionOf(named.id);
    const resource = own(resources, named.id);
    const isQualifier = isObject(resource) && (resource.Type === 'AWS::Lambda::Alias' || resource.Type === 'AWS::Lambda::Version');
    return isQualifier && isObject(resource.Properties) ? functionOf(resource.Properties.FunctionName, depth + 1) : null;
  };
  // A state machine's Ref is its ARN, as its Arn attribute is.
  const machineOf = (arn: Json): string | null => {
    const named = referenceOf(arn);
    if (!named) return subOf(arn, ids.machineOf);
    return named.attribute === null || named.attribute === 'Arn' ? ids.machineOf(named.id) : null;
  };
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource) || (resource.Type !== 'AWS::Events::Rule' && resource.Type !== 'AWS::Scheduler::Schedule')) continue;
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    if (properties.ScheduleExpression === undefined) continue;
    const where = `${ids.where(name)}.Properties`;
    const targets = resource.Type === 'AWS::Events::Rule' ? properties.Targets : [properties.Target];
    // A target's ARN of `!If`, the branch the parameters' defaults choose: read as no target, a rule's runs went uncounted.
    const written = (Array.isArray(targets) ? targets : []).filter(isObject).map((target, index) => choose(target.Arn, `${where}.Targets[${index}].Arn`));
    const invoked = new Set(written.flatMap((arn) => functionOf(arn) ?? []));
    const started = new Set(written.flatMap((arn) => machineOf(arn) ?? []));
    if (!invoked.size && !started.size) continue;
    const event: ScheduleEvent = {
      expression: resolve(properties.ScheduleExpression, `${where}.ScheduleExpression`),
      enabled: !isOff(resolve(properties.State, `${where}.State`)),
      where: `${where}.ScheduleExpression`,
      ...(resource.Type === 'AWS::Scheduler::Schedule'
        ? { window: { start: resolve(properties.StartDate, `${where}.StartDate`), end: resolve(properties.EndDate, `${where}.EndDate`), at: where } }
        : {}),
    };
    // Added to in place: a copy for each rule more was the square of the rules on one function.
    for (const id of invoked) {
      const before = byFunction.get(id);
      if (before) before.push(event);
      else byFunction.set(id, [event]);
    }
    for (const id of started) byMachine.push({ machine: id, where: ids.where(name), schedule: event });
  }
  return { byFunction, byMachine };
}

/**
 * The functions of a SAM or CloudFormation template that another of its services invokes while someone waits, through no
 * event of their own: a Cognito user pool's LambdaConfig triggers (its users wait to sign up, sign in or be sent a
 * code), an AppSync data source's or API's Lambda authorizer (its GraphQL callers wait), and an API Gateway
 * authorizer of its own (AWS::ApiGateway::Authorizer, AWS::ApiGatewayV2::Authorizer). No trigger slcost has is
 * theirs, and the cost bomb said "if anything invoked" of them; each is the service that invokes it, with its note.
 */
function waitedCallers(
  resources: Record<string, Json>,
  isFunction: (id: string) => boolean,
  at: (id: string) => string,
): Map<string, { service: string; note: (name: string) => string }> {
  const byFunction = new Map<string, { service: string; note: (name: string) => string }>();
  const add = (arn: Json, service: string, note: (fn: string) => string) => {
    const fn = integratedFunction(arn, isFunction);
    if (fn !== null && !byFunction.has(fn)) byFunction.set(fn, { service, note });
  };
  const listed = (value: Json): Json[] => (Array.isArray(value) ? value : []);
  const gives = 'through no event of its own; its requests_per_month in the usage file gives them';
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || !isObject(resource.Properties)) continue;
    const properties = resource.Properties;
    const where = `${at(id)}.Properties`;
    if (resource.Type === 'AWS::Cognito::UserPool' && isObject(properties.LambdaConfig))
      for (const [key, value] of Object.entries(properties.LambdaConfig))
        add(
          isObject(value) && value.LambdaArn !== undefined ? value.LambdaArn : value,
          'Cognito',
          (fn) =>
            `${where}.LambdaConfig.${clipped(key)}: function ${clipped(fn)} is the user pool's ${clipped(key)} trigger: Cognito invokes it as the pool's users sign up, sign in or are sent a message, while they wait, ${gives}`,
        );
    const appSync = (arn: Json, at: string, what: string) =>
      add(arn, 'AppSync', (fn) => `${where}.${at}: function ${clipped(fn)} is ${what}: AppSync invokes it for the API's GraphQL requests, while their callers wait, ${gives}`);
    if (resource.Type === 'AWS::AppSync::DataSource' && isObject(properties.LambdaConfig))
      appSync(properties.LambdaConfig.LambdaFunctionArn, 'LambdaConfig.LambdaFunctionArn', "a GraphQL API's Lambda data source");
    if (resource.Type === 'AWS::AppSync::GraphQLApi') {
      if (isObject(properties.LambdaAuthorizerConfig))
        appSync(properties.LambdaAuthorizerConfig.AuthorizerUri, 'LambdaAuthorizerConfig.AuthorizerUri', "the GraphQL API's Lambda authorizer");
      listed(properties.AdditionalAuthenticationProviders).forEach((provider, index) => {
        if (isObject(provider) && isObject(provider.LambdaAuthorizerConfig))
          appSync(
            provider.LambdaAuthorizerConfig.AuthorizerUri,
            `AdditionalAuthenticationProviders[${index}].LambdaAuthorizerConfig.AuthorizerUri`,
            "the GraphQL API's Lambda authorizer",
          );
      });
    }
    if (resource.Type === 'AWS::Serverless::GraphQLApi') {
      const lambdas = isObject(properties.DataSources) && isObject(properties.DataSources.Lambda) ? properties.DataSources.Lambda : {};
      for (const [key, source] of Object.entries(lambdas))
        if (isObject(source)) appSync(source.FunctionArn, `DataSources.Lambda.${clipped(key)}.FunctionArn`, "a GraphQL API's Lambda data source");
      const auth = isObject(properties.Auth) ? properties.Auth : {};
      if (isObject(auth.LambdaAuthorizer)) appSync(auth.LambdaAuthorizer.AuthorizerUri, 'Auth.LambdaAuthorizer.AuthorizerUri', "the GraphQL API's Lambda authorizer");
      listed(auth.Additional).forEach((provider, index) => {
        if (isObject(provider) && isObject(provider.LambdaAuthorizer))
          appSync(provider.LambdaAuthorizer.AuthorizerUri, `Auth.Additional[${index}].LambdaAuthorizer.AuthorizerUri`, "the GraphQL API's Lambda authorizer");
      });
    }
    if (resource.Type === 'AWS::ApiGateway::Authorizer' || resource.Type === 'AWS::ApiGatewayV2::Authorizer')
      add(properties.AuthorizerUri, 'API Gateway', (fn) => authorizerNote(`${where}.AuthorizerUri`, fn));
  }
  return byFunction;
}

/**
 * The function an API's integration invokes: `!GetAtt Fn.Arn` (an HTTP API's IntegrationUri), or the Lambda ARN in a
 * REST method's Uri, `${Fn.Arn}` in a `!Sub` or `!GetAtt Fn.Arn` among a `!Join`'s parts; null for anything else.
 */
function integratedFunction(uri: Json, isFunction: (id: string) => boolean): string | null {
  const join = isObject(uri) ? uri['Fn::Join'] : undefined;
  const text = subText(uri);
  const ids = [
    referenceOf(uri)?.id,
    ...(text === null ? [] : subReferences(text)),
    ...(Array.isArray(join) && Array.isArray(join[1]) ? join[1].map((part) => referenceOf(part)?.id) : []),
  ];
  return ids.find((id): id is string => id !== undefined && isFunction(id)) ?? null;
}

/**
 * The function SAM's `!Ref Fn.Alias` or `!Ref Fn.Version` names, the alias or version AutoPublishAlias publishes of Fn
 * (an ARN, as a target or a mapping takes it): the id before the dot; null for any other id. A schedule that invoked
 * the alias went uncounted, its function priced at no requests.
 */
function publishedFunction(id: string): string | null {
  return /^(.+)\.(?:Alias|Version)$/.exec(id)?.[1] ?? null;
}

/** What a rule's target names: the function or state machine of a logical id, by the name it is priced under, and where a resource is written. */
interface ScheduleTargetIds {
  readonly functionOf: (id: string) => string | null;
  readonly machineOf: (id: string) => string | null;
  readonly where: (id: string) => string;
}

/** A SAM or CloudFormation template's: its functions and state machines are its resources, named by their logical ids. */
function samScheduleTargetIds(resources: Record<string, Json>): ScheduleTargetIds {
  return {
    functionOf: (id) => (isFunctionResource(own(resources, id)) ? id : null),
    machineOf: (id) => (isMachineResource(own(resources, id)) ? id : null),
    where: (id) => `Resources.${clipped(id)}`,
  };
}

/** The names a template's resources give its functions by: their logical ids, and the names they are deployed with. */
interface FunctionIds {
  readonly byId: ReadonlyMap<string, string>;
  readonly byName: ReadonlyMap<string, string>;
  /** The alias a SAM function's AutoPublishAlias names, by its logical id, where it is written as a name (Globals' too). */
  readonly published?: ReadonlyMap<string, string>;
}

/**
 * A SAM or CloudFormation template's functions: each by its logical id, by its FunctionName where it writes one, and
 * the alias SAM publishes of it (`globals`: the Globals section's Function settings).
 */
function samFunctionIds(resources: Record<string, Json>, globals: Json = {}): FunctionIds {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  const published = new Map<string, string>();
  for (const [id, resource] of Object.entries(resources)) {
    if (!isFunctionResource(resource)) continue;
    byId.set(id, id);
    const named = isObject(resource.Properties) ? resource.Properties.FunctionName : undefined;
    if (typeof named === 'string' && !byName.has(named)) byName.set(named, id);
    if (resource.Type !== 'AWS::Serverless::Function' || !isObject(resource.Properties)) continue;
    const alias = samSettings(globals, resource, resource.Properties).settings.AutoPublishAlias;
    if (typeof alias === 'string') published.set(id, alias);
  }
  return { byId, byName, published };
}

/**
 * A serverless.yml's functions by what its resources, events and state machines name them with: the logical id the
 * Framework gives each (`WorkerLambdaFunction` for `worker`) and the alias it publishes for its provisioned concurrency
 * (`WorkerProvConcLambdaAlias`), and the name it is deployed with (its `name:`, else `<service>-<stage>-<key>` of the
 * file's stage and of `dev`, the stage it deploys to unless told). The first function to have one is the one it names.
 */
function serverlessFunctionIds(doc: Record<string, Json>, functionsBlock: ReadonlyMap<string, { value: Json }>): FunctionIds {
  const text = (value: Json, at: string) => resolveVariables(value, doc, [], at);
  const service = text(isObject(doc.service) ? doc.service.name : doc.service, 'service');
  const stage = text(isObject(doc.provider) ? doc.provider.stage : undefined, 'provider.stage');
  const stages = ['dev', ...(typeof stage === 'string' && stage !== 'dev' ? [stage] : [])];
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const [key, { value }] of functionsBlock) {
    for (const id of [functionLogicalId(key), `${normalizedFunctionKey(key)}ProvConcLambdaAlias`]) if (!byId.has(id)) byId.set(id, key);
    const named = isObject(value) ? text(value.name, `functions.${key}.name`) : undefined;
    for (const name of typeof named === 'string' ? [named] : typeof service === 'string' ? stages.map((each) => `${service}-${each}-${key}`) : [])
      if (!byName.has(name)) byName.set(name, key);
  }
  return { byId, byName };
}

/** A serverless.yml function's key as the Framework's logical ids write it: `-` as `Dash`, `_` as `Underscore`, its first letter capital. */
function normalizedFunctionKey(key: string): string {
  const normalized = key.replace(/-/g, 'Dash').replace(/_/g, 'Underscore');
  return `${normalized.charAt(0).toUpperCase()}${normalized.slice(1)}`;
}

/** The logical id the Framework gives a function's resource in the template it deploys: `WorkerLambdaFunction` for `worker`. */
function functionLogicalId(key: string): string {
  return `${normalizedFunctionKey(key)}LambdaFunction`;
}

/** A serverless.yml's `resources:` blocks as one, a later block's resource of a logical id replacing the earlier's as the Framework merges them, and where each is written. */
function serverlessResources(blocks: readonly ServerlessBlock[]): ServerlessResources {
  const resources: Record<string, Json> = {};
  const where = new Map<string, string>();
  for (const { block, at } of blocks) {
    if (!isObject(block.Resources)) continue;
    for (const [id, resource] of Object.entries(block.Resources)) {
      if (Object.hasOwn(resources, id)) delete resources[id];
      Object.defineProperty(resources, id, { value: resource, enumerable: true, configurable: true, writable: true });
      where.set(id, `${formatPath(at)}.Resources.${clipped(id)}`);
    }
  }
  return { resources, written: (id: string) => where.get(id) ?? `resources.Resources.${clipped(id)}` };
}

/** A way in a resource of the template gives a function: its event kind, and for a stream's or a queue's mapping, the source. */
interface Invocation {
  readonly kind: string;
  readonly stream?: TemplateStream;
  readonly queue?: TemplateQueue;
}

/**
 * The functions a template's own resources send events to, and the event kind each is (SAM's, or the reader's own
 * where SAM has none): a bucket's NotificationConfiguration (S3), a topic's lambda subscription (SNS), a log group's subscription filter
 * (CloudWatchLogs), a rule's targets that match events rather than fire on a schedule (EventBridgeRule; a scheduled
 * rule's are its schedule), an IoT topic rule's Lambda action (IoTRule), an SES receipt rule's LambdaAction
 * (SESReceiptRule) and a Firehose delivery stream's Lambda processor (FirehoseProcessor), each naming it by
 * `!GetAtt Fn.Arn`, and a state machine's tasks (StateMachineTask,
 * `machineTasks`). Such a function read as one nothing invokes, waited on by a caller, and was told of its cold starts
 * so. `functionOf` is the function a logical id is (a serverless.yml's `WorkerLambdaFunction` is its `worker`), and
 * `taskOf` the function a task's Resource or FunctionName names.
 */
function notifiers(
  resources: Iterable<Json>,
  functionOf: (id: string) => string | null,
  taskOf: (target: Json) => string | null,
  choose: (value: Json) => Json = (value) => value,
): Map<string, string[]> {
  const byFunction = new Map<string, string[]>();
  const addFunction = (fn: string | null, kind: string) => {
    if (fn === null) return;
    const kinds = byFunction.get(fn);
    if (!kinds) byFunction.set(fn, [kind]);
    else if (!kinds.includes(kind)) kinds.push(kind);
  };
  // The function an ARN invokes, of itself or of an alias or version: by `!GetAtt Fn.Arn` or a `!Sub` of it, SAM's
  // `!Ref Fn.Alias`, an AWS::Lambda::Alias or Version's `!Ref`, or an ARN written out that names the function's
  // FunctionName. Only `!GetAtt` was read: a function a topic invoked by `!Sub ${Fn.Arn}` was read as one a caller waits on.
  const add = (written: Json, kind: string) => {
    // An ARN of `!If`, the branch the parameters' defaults choose: a topic's subscription of one invoked no function.
    const arn = choose(written);
    const id = arnOf(arn);
    // A `!GetAtt` of another attribute (`Fn.FunctionName`) is no ARN, and one of a resource the template lacks names nothing.
    if (id !== null || referenceOf(arn)?.attribute) addFunction(id === null ? null : functionOf(id), kind);
    else addFunction(taskOf(arn), kind);
  };
  const listed = (value: Json): Json[] => (Array.isArray(value) ? value : []);
  const isLambda = (protocol: Json) => typeof protocol === 'string' && protocol.toLowerCase() === 'lambda';
  for (const resource of resources) {
    if (!isObject(resource) || !isObject(resource.Properties)) continue;
    const properties = resource.Properties;
    if (resource.Type === 'AWS::S3::Bucket' && isObject(properties.NotificationConfiguration))
      for (const config of listed(properties.NotificationConfiguration.LambdaConfigurations)) if (isObject(config)) add(config.Function, 'S3');
    if (resource.Type === 'AWS::SNS::Topic')
      for (const subscription of listed(properties.Subscription)) if (isObject(subscription) && isLambda(subscription.Protocol)) add(subscription.Endpoint, 'SNS');
    if (resource.Type === 'AWS::SNS::Subscription' && isLambda(properties.Protocol)) add(properties.Endpoint, 'SNS');
    if (resource.Type === 'AWS::Logs::SubscriptionFilter') add(properties.DestinationArn, 'CloudWatchLogs');
    if (resource.Type === 'AWS::Events::Rule' && properties.ScheduleExpression === undefined)
      for (const target of listed(properties.Targets)) if (isObject(target)) add(target.Arn, 'EventBridgeRule');
    if (resource.Type === 'AWS::IoT::TopicRule' && isObject(properties.TopicRulePayload))
      for (const action of [...listed(properties.TopicRulePayload.Actions), properties.TopicRulePayload.ErrorAction])
        if (isObject(action) && isObject(action.Lambda)) add(action.Lambda.FunctionArn, 'IoTRule');
    if (resource.Type === 'AWS::SES::ReceiptRule' && isObject(properties.Rule))
      for (const action of listed(properties.Rule.Actions)) if (isObject(action) && isObject(action.LambdaAction)) add(action.LambdaAction.FunctionArn, 'SESReceiptRule');
    // A delivery stream's processor of each destination (ExtendedS3DestinationConfiguration, HttpEndpoint…'s) transforms
    // its records in batches as they arrive.
    if (resource.Type === 'AWS::KinesisFirehose::DeliveryStream')
      for (const destination of Object.values(properties))
        for (const processor of isObject(destination) && isObject(destination.ProcessingConfiguration) ? listed(destination.ProcessingConfiguration.Processors) : [])
          for (const parameter of isObject(processor) ? listed(processor.Parameters) : [])
            if (isObject(parameter) && parameter.ParameterName === 'LambdaArn') add(parameter.ParameterValue, 'FirehoseProcessor');
    if (resource.Type === 'AWS::Serverless::StateMachine' || resource.Type === 'AWS::StepFunctions::StateMachine')
      for (const fn of machineTasks(properties, taskOf)) addFunction(fn, 'StateMachineTask');
  }
  return byFunction;
}

/**
 * The functions a state machine (its `properties`) runs as its tasks: a Task state's Resource that is the function's
 * ARN, or a `lambda:invoke` integration's FunctionName, written in its Definition or DefinitionString, or as a `${…}`
 * its DefinitionSubstitutions (or the DefinitionString's `!Sub`) fill in. A definition in a file of its own
 * (DefinitionUri, DefinitionS3Location), which the template does not hold, runs those its substitutions name; a
 * function a task reads by the SDK (`aws-sdk:lambda:getFunction`) is not run.
 */
function machineTasks(properties: Record<string, Json>, taskOf: (target: Json) => string | null): string[] {
  const written = isObject(properties.DefinitionSubstitutions) ? properties.DefinitionSubstitutions : {};
  const substitutions = new Map(Object.entries(written));
  let definition = properties.Definition;
  if (definition === undefined && properties.DefinitionString !== undefined) {
    const text = definitionText(properties.DefinitionString);
    const parsed = text === null ? null : jsonData(text);
    definition = parsed !== null && 'data' in parsed ? parsed.data : undefined;
    // A `!Sub`'s `${Fn.Arn}` and `${Fn}`, and its own variables, are the definition's before the substitutions are.
    const sub = isObject(properties.DefinitionString) ? properties.DefinitionString['Fn::Sub'] : undefined;
    if (Array.isArray(sub) && isObject(sub[1])) for (const [name, value] of Object.entries(sub[1])) substitutions.set(name, value);
    const subbed = subText(properties.DefinitionString);
    for (const [, name] of subbed === null ? [] : subbed.matchAll(/\$\{(?!AWS::)([^}!]+)\}/g))
      if (!substitutions.has(name!)) substitutions.set(name!, name!.endsWith('.Arn') ? { 'Fn::GetAtt': [name!.slice(0, -'.Arn'.length), 'Arn'] } : { Ref: name! });
  }
  // A `${…}` the substitutions fill in, as Step Functions reads it: a state's Type as well as its Resource.
  const substitutedOf = (value: Json): Json => {
    const placeholder = typeof value === 'string' ? /^\$\{([^}]+)\}$/.exec(value.trim())?.[1] : undefined;
    return placeholder !== undefined && substitutions.has(placeholder) ? substitutions.get(placeholder)! : value;
  };
  const targetOf = (value: Json): string | null => taskOf(substitutedOf(value));
  const found = new Set<string>();
  const add = (fn: string | null) => {
    if (fn !== null) found.add(fn);
  };
  // A node a YAML alias repeats is one node: walked once.
  const seen = new Set<Json>();
  const walk = (value: Json, depth: number): void => {
    if (depth > 64 || typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) for (const each of value) walk(each, depth + 1);
    if (!isObject(value)) return;
    if (substitutedOf(value.Type) === 'Task') {
      // An integration's ARN may be a `!Sub` of `${AWS::Partition}`.
      const integration = typeof value.Resource === 'string' ? value.Resource.trim() : subText(value.Resource);
      const isIntegration = integration !== null && /^arn:(?:\$\{[^}]*\}|[^:$])*:states:/.test(integration);
      if (!isIntegration) add(targetOf(value.Resource ?? null));
      else if (/:states:::lambda:invoke(?:\.|$)/.test(integration))
        for (const input of [value.Parameters, value.Arguments]) if (isObject(input)) add(targetOf(input.FunctionName ?? null));
    }
    for (const each of Object.values(value)) walk(each, depth + 1);
  };
  walk(definition ?? null, 0);
  if (properties.DefinitionUri !== undefined || properties.DefinitionS3Location !== undefined) for (const value of Object.values(written)) add(taskOf(value));
  return [...found];
}

/** The event kinds of `invocations`. */
const kindsOf = (invocations: readonly Invocation[] | undefined): string[] => (invocations ?? []).map(({ kind }) => kind);

/** The streams of `invocations` that are a stream's mappings. */
const streamsOf = (invocations: readonly Invocation[] | undefined): TemplateStream[] => (invocations ?? []).flatMap(({ stream }) => stream ?? []);

/** The queues of `invocations` that are a queue's mappings. */
const queuesOf = (invocations: readonly Invocation[] | undefined): TemplateQueue[] => (invocations ?? []).flatMap(({ queue }) => queue ?? []);

/**
 * The function of the template's `functions` a target names: by `!Ref` or `!GetAtt` of the function or of an alias or
 * version of it, or by the name it is deployed with, written out, in an ARN or by `!Sub`; `resolve` works out a
 * serverless.yml's `${…}` variables.
 */
function functionNamedBy(resources: Record<string, Json>, functions: FunctionIds, resolve: (value: Json, where: string) => Json): (target: Json) => string | null {
  const functionOf = (target: Json, depth = 0): string | null => {
    const id = referenceOf(target)?.id;
    if (id === undefined) {
      // A name, or an ARN that ends in it (and an alias or version after it), written out or by `!Sub`, whose
      // `${Fn}` is the name of the function Fn.
      const arn = subText(target) ?? joinedText(target);
      // The function's own ARN with an alias or version after it (`${Fn.Arn}:live`, or `!Join [':', [!GetAtt Fn.Arn,
      // live]]`): it named no function, and a topic's subscription of it went unread.
      const qualified = arn === null ? undefined : /^\$\{([^}.!]+)\.Arn\}(?::[^:]+)?$/.exec(arn.trim())?.[1];
      if (qualified !== undefined && functions.byId.has(qualified)) return functions.byId.get(qualified)!;
      const written = typeof target === 'string' ? target : arn;
      if (written === null) return null;
      // Or a name with an alias or version after it (`worker:live`, `${Worker}:live`), as Lambda takes a FunctionName:
      // read whole, it named no function, and the mapping was no way in.
      const name =
        /:function:((?:\$\{[^}]*\}|[^:$])+)/.exec(written)?.[1] ?? (written.startsWith('arn:') ? null : (/^((?:\$\{[^}]*\}|[^:$])+)(?::[^:]+)?$/.exec(written)?.[1] ?? null));
      if (name === null) return null;
      const referred = /^\$\{([^}]+)\}$/.exec(name)?.[1];
      if (referred !== undefined && functions.byId.has(referred)) return functions.byId.get(referred)!;
      const resolved = arn === null ? name : resolve(name, 'FunctionName');
      return typeof resolved === 'string' ? (functions.byId.get(resolved) ?? functions.byName.get(resolved) ?? null) : null;
    }
    const published = publishedFunction(id);
    const fn = functions.byId.get(id) ?? (published === null ? undefined : functions.byId.get(published));
    if (fn !== undefined) return fn;
    const resource = own(resources, id);
    const isQualifier = isObject(resource) && (resource.Type === 'AWS::Lambda::Alias' || resource.Type === 'AWS::Lambda::Version');
    return isQualifier && depth < 2 && isObject(resource.Properties) ? functionOf(resource.Properties.FunctionName, depth + 1) : null;
  };
  return (target) => functionOf(target);
}

/**
 * The ways in an `AWS::Lambda::EventSourceMapping` (its `EventSourceArn`'s service, or a Kafka cluster of its own) or
 * an `AWS::Lambda::Url` gives the template's functions, as event kinds, by the function each names: by `!Ref` or
 * `!GetAtt` of the function or of an alias or version of it, or by the name it is deployed with. They went unread: a
 * plain CloudFormation queue worker was read as one someone waits on, and its cold starts advised on. `resolve` works
 * out what a serverless.yml's `${…}` variables say of the function and the source; `hint` adds to the note of one
 * that names no function. `unheld` is a mapping's own Condition where the parameters' defaults make it false.
 */
function invokers(
  resources: Record<string, Json>,
  functions: FunctionIds,
  assumptions: string[],
  at: (id: string) => string,
  resolveNumber: (value: Json, where: string) => Json,
  resolve: (value: Json, where: string) => Json = (value) => value,
  hint: (target: Json) => string = () => '',
  unheld: (resource: Record<string, Json>, where: string) => string | null = () => null,
): Map<string, Invocation[]> {
  const functionOf = functionNamedBy(resources, functions, resolve);
  // The alias or version a mapping's FunctionName names, empty for the function itself: a mapping of one source to
  // each is two functions' to Lambda. An alias by its name where the template writes it (an Alias's Name, the alias
  // AutoPublishAlias makes, the `:live` after an ARN's or a name's function), so that each way of naming one alias is
  // one; else by its logical id (a Version's, `Fn.Alias` of an AutoPublishAlias by a parameter).
  const qualifierOf = (target: Json): string => {
    const id = referenceOf(target)?.id;
    if (id !== undefined) {
      if (functions.byId.has(id)) return '';
      const published = publishedFunction(id);
      const alias = id.endsWith('.Alias') && published !== null ? functions.published?.get(published) : undefined;
      if (alias !== undefined) return alias;
      const resource = own(resources, id);
      const name = isObject(resource) && resource.Type === 'AWS::Lambda::Alias' && isObject(resource.Properties) ? resource.Properties.Name : undefined;
      return typeof name === 'string' ? name : `!Ref ${id}`;
    }
    // A `!Join` of the ARN is read as the `!Sub` text it equals: read as the function itself, a mapping to its alias
    // live by a join was said to repeat one to the function, which Lambda takes beside it.
    const text = typeof target === 'string' ? target : (subText(target) ?? joinedText(target));
    if (text === null) return '';
    // An ARN, whole or partial (`123456789012:function:worker`, which Lambda takes too), is of the function itself
    // unless a qualifier follows its name: a partial ARN was read as of an alias "function:worker", and its mapping of
    // a queue beside one by !Ref Worker added its maximum concurrency where Lambda refuses it.
    if (text.startsWith('arn:') || /^(?:\$\{[^}]*\}|[^:$])+:function:/.test(text)) return /:function:(?:\$\{[^}]*\}|[^:$])+:(.+)$/.exec(text)?.[1] ?? '';
    return /^[^:]+:(.+)$/.exec(text)?.[1] ?? '';
  };
  const byFunction = new Map<string, Invocation[]>();
  const sourceNotes = sourceNotesOf(assumptions, 'Resources');
  // A mapping's settings, stream's and queue's alike, each said for the first few mappings only.
  const resolveSetting = sourceNotes.bounded(resolveNumber);
  // A mapping's source and function as the template's parameters choose them, each note among the first few of its kind.
  const chosen = sourceNotes.bounded(resolve);
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || !isObject(resource.Properties)) continue;
    const properties = resource.Properties;
    const where = `${at(id)}.Properties`;
    const source =
      resource.Type === 'AWS::Lambda::EventSourceMapping'
        ? refRead(chosen(properties.EventSourceArn, `${where}.EventSourceArn`), resources, `${where}.EventSourceArn`, sourceNotes)
        : undefined;
    const [target, kind, key] =
      resource.Type === 'AWS::Lambda::EventSourceMapping'
        ? [chosen(properties.FunctionName, `${where}.FunctionName`), mappingKind({ ...properties, EventSourceArn: source }, resources), 'FunctionName']
        : resource.Type === 'AWS::Lambda::Url'
          ? [chosen(properties.TargetFunctionArn, `${where}.TargetFunctionArn`), 'Url', 'TargetFunctionArn']
          : [undefined, null, null];
    if (kind === null) continue;
    const fn = functionOf(target);
    // Added to in place, as a schedule's rules are: a copy for each mapping more was the square of one function's mappings.
    if (fn !== null) {
      const unless = unheld(resource, `${at(id)}.Condition`);
      const stream =
        ownEntry(EVENT_TRIGGERS, kind.toLowerCase()) === 'stream'
          ? {
              kinesis: kinesisStreamOf(source, resources),
              ...streamSourceOf(source, `${where}.EventSourceArn`, resources, qualifierOf(target), unless),
              parallelizationFactor: KAFKA_SOURCES.has(kind.toLowerCase())
                ? 1
                : parallelizationFactorOf(properties.ParallelizationFactor, resolveSetting, `${where}.ParallelizationFactor`, sourceNotes),
              enabled: !isOff(resolveSetting(properties.Enabled, `${where}.Enabled`)),
              ...(KAFKA_SOURCES.has(kind.toLowerCase()) ? { kafka: true as const } : {}),
            }
          : undefined;
      if (ownEntry(EVENT_TRIGGERS, kind.toLowerCase()) === 'sqs' && resource.Type === 'AWS::Lambda::EventSourceMapping')
        noteSqsEventKeys(properties, EVENT_SOURCE_MAPPING_PROPERTIES, where, 'an AWS::Lambda::EventSourceMapping', sourceNotes);
      const queue =
        ownEntry(EVENT_TRIGGERS, kind.toLowerCase()) === 'sqs'
          ? {
              maximumConcurrency: scalingConcurrencyOf(properties.ScalingConfig, resolveSetting, `${where}.ScalingConfig`, sourceNotes),
              enabled: !isOff(resolveSetting(properties.Enabled, `${where}.Enabled`)),
              ...sourceOf(source, `${where}.EventSourceArn`, qualifierOf(target), unless),
            }
          : undefined;
      const invocation: Invocation = stream ? { kind, stream } : queue ? { kind, queue } : { kind };
      const before = byFunction.get(fn);
      if (before) before.push(invocation);
      else byFunction.set(fn, [invocation]);
    }
    // A way in to none of the template's functions (a name misspelt, a function of another stack) is said, not dropped.
    // One that names none at all (no TargetFunctionArn, or one the template alone cannot tell) was "undefined names none".
    else
      assumptions.push(
        `${where}.${key}: ${target === undefined || target === null ? 'names no function the template alone can tell' : `${quotedSetting(target)} names none of the template's functions${hint(target)}`}; this ${resource.Type} is not read as a way in`,
      );
  }
  sourceNotes.close();
  return byFunction;
}

/**
 * The ways in a serverless.yml's `resources:` gives its functions (`invokers`), which name a function by the logical id
 * the Framework gives it (`WorkerLambdaFunction` for `worker`, `!GetAtt WorkerLambdaFunction.Arn`) or by the name it is
 * deployed with (`<service>-<stage>-<key>`, or its `name:`). They went unread: a function a queue's mapping invokes
 * had no trigger, and one behind an AWS::Lambda::Url none of its callers.
 */
function serverlessInvokers(
  doc: Record<string, Json>,
  functionsBlock: ReadonlyMap<string, { value: Json }>,
  functionIds: FunctionIds,
  assumptions: string[],
  { resources, written }: ServerlessResources,
  blocks: readonly ServerlessBlock[] = [],
): Map<string, Invocation[]> {
  const wantsFunction = Object.values(resources).some(
    (resource) => isObject(resource) && (resource.Type === 'AWS::Lambda::EventSourceMapping' || resource.Type === 'AWS::Lambda::Url'),
  );
  if (!wantsFunction) return new Map();
  // What the file writes is worked out as the Framework does before CloudFormation sees it; a variable it cannot resolve leaves it as written.
  const resolve = (value: Json, at: string): Json => (typeof value === 'string' ? (resolveVariables(value, doc, [], at) ?? value) : value);
  // `!Ref worker` names the function's key, which is no logical id CloudFormation has: the one it meant is said. Each
  // key and logical id in lower case names the first function that has it, made at the first hint: thousands of
  // mappings naming no function each went through every function's key.
  let meantBy: Map<string, string> | null = null;
  const meantKey = (id: string): string | undefined => {
    if (!meantBy) {
      meantBy = new Map();
      for (const key of functionsBlock.keys()) for (const form of [key.toLowerCase(), functionLogicalId(key).toLowerCase()]) if (!meantBy.has(form)) meantBy.set(form, key);
    }
    return meantBy.get(id.toLowerCase());
  };
  const hint = (target: Json) => {
    const id = referenceOf(target)?.id ?? (typeof target === 'string' ? target : null);
    const meant = id === null ? undefined : meantKey(id);
    return meant === undefined ? '' : ` (the Framework names function ${clipped(meant)}'s resource ${clipped(functionLogicalId(meant))})`;
  };
  const resolveNumber = (value: Json, at: string): Json => resolveVariables(value, doc, assumptions, at);
  const conditions = serverlessConditions(doc, blocks);
  return invokers(resources, functionIds, assumptions, written, resolveNumber, resolve, hint, (resource, where) =>
    conditions === null ? null : unheldCondition(resource, conditions, where),
  );
}

/**
 * A serverless.yml's CloudFormation sections as one, as the Framework merges its resources blocks (Conditions,
 * Parameters, Mappings), with the `${…}` variables of its conditions worked out as the Framework works them out before
 * CloudFormation sees them (`!Equals ["${sls:stage}", prod]`); null where one of them cannot be, whose conditions the
 * file alone cannot tell. A mapping of the file's resources under a condition the stage makes false was said to repeat
 * an sqs event of the same queue, which a stack of that stage has alone.
 */
function serverlessConditions(doc: Record<string, Json>, blocks: readonly ServerlessBlock[]): Record<string, Json> | null {
  const merged = serverlessSections(doc, blocks);
  if (!isObject(own(merged, 'Conditions'))) return null;
  let unresolved = false;
  const worked = (value: Json, depth: number): Json => {
    if (depth > MAX_CONDITION_DEPTH) return value;
    if (typeof value === 'string') {
      if (!value.includes('${')) return value;
      const resolved = resolveVariables(value, doc, [], 'resources.Conditions');
      if (typeof resolved !== 'string' || resolved.includes('${')) unresolved = true;
      return resolved;
    }
    if (Array.isArray(value)) return value.map((each) => worked(each, depth + 1));
    // A Fn::Sub's own ${…} are CloudFormation's: left as written.
    if (isObject(value)) return Object.hasOwn(value, 'Fn::Sub') ? value : Object.fromEntries(Object.entries(value).map(([key, each]) => [key, worked(each, depth + 1)]));
    return value;
  };
  const conditions = worked(merged.Conditions, 0);
  if (unresolved) return null;
  merged.Conditions = conditions;
  return merged;
}

/**
 * A serverless.yml's CloudFormation sections (Conditions, Parameters, Mappings) as one document, as the Framework merges
 * its resources blocks, a later block's section in place of an earlier one's, priced in the file's region
 * (deployedLike). Own keys only, each defined: a block's `__proto__` key set on an object would be its prototype.
 */
export function serverlessSections(doc: Record<string, Json>, blocks: readonly { readonly block: Record<string, Json> }[]): Record<string, Json> {
  const merged: Record<string, Json> = {};
  for (const { block } of blocks)
    for (const [key, value] of Object.entries(block)) Object.defineProperty(merged, key, { value, enumerable: true, configurable: true, writable: true });
  deployedLike(doc, merged);
  return merged;
}

/** Whether SAM's FunctionUrlConfig gives the function a URL: a mapping does; anything else but nothing is said, and read as none. */
function functionUrl(config: Json, where: string, assumptions: string[]): boolean {
  if (isObject(config)) return true;
  if (config !== undefined && config !== null) assumptions.push(`${where}: ${quotedSetting(config)} is no FunctionUrlConfig (a mapping with AuthType); read as no function URL`);
  return false;
}

/** The resource types an event source mapping reads, as the event kinds SAM names them. */
const MAPPED_SOURCES: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'SQS',
  'AWS::Kinesis::Stream': 'Kinesis',
  'AWS::Kinesis::StreamConsumer': 'Kinesis',
  'AWS::DynamoDB::Table': 'DynamoDB',
  'AWS::DynamoDB::GlobalTable': 'DynamoDB',
  'AWS::MSK::Cluster': 'MSK',
  'AWS::MSK::ServerlessCluster': 'MSK',
  'AWS::AmazonMQ::Broker': 'MQ',
  'AWS::DocDB::DBCluster': 'DocumentDB',
};

/** The services whose ARNs an event source mapping reads, by the name an ARN gives them (`arn:aws:sqs:…`). */
const MAPPED_ARNS: Readonly<Record<string, string>> = { sqs: 'SQS', kinesis: 'Kinesis', dynamodb: 'DynamoDB', kafka: 'MSK', mq: 'MQ', rds: 'DocumentDB' };

/** What an event source mapping reads: a resource of the template, an ARN written out (or by `!Sub`), a Kafka cluster of its own; else a source not told. */
function mappingKind(properties: Record<string, Json>, resources: Record<string, Json>): string {
  if (properties.SelfManagedEventSource !== undefined) return 'SelfManagedKafka';
  const source = properties.EventSourceArn;
  const id = wholeReference(source)?.id;
  const resource = id === undefined ? undefined : own(resources, id);
  const type = isObject(resource) && typeof resource.Type === 'string' ? resource.Type : null;
  if (type !== null) return ownEntry(MAPPED_SOURCES, type) ?? 'EventSourceMapping';
  const text = typeof source === 'string' ? source : subText(source);
  const service = text === null ? null : /^arn:(?:\$\{[^}]*\}|[^:$]*):([a-z0-9-]+):/.exec(text)?.[1];
  return (service && ownEntry(MAPPED_ARNS, service)) ?? 'EventSourceMapping';
}

/**
 * A REST API's cache (`CacheClusterEnabled: true`, on an AWS::Serverless::Api, in Globals.Api for SAM's implicit API,
 * or on an AWS::ApiGateway::Stage) is billed by the hour whatever the traffic, from about $14 a month at 0.5 GB to
 * thousands at 237 GB; slcost has no price for it, and it went unsaid.
 */
function samCaches(doc: Record<string, Json>, resources: Record<string, Json>, implicit: ReadonlySet<'Api' | 'HttpApi'>, resolve: (value: Json, where: string) => Json): string[] {
  const section = isObject(doc.Globals) ? doc.Globals.Api : undefined;
  const globals = isObject(section) ? section : {};
  const cached: string[] = [];
  const check = (settings: Record<string, Json>, where: string) => {
    const enabled = resolve(settings.CacheClusterEnabled, `${where}.CacheClusterEnabled`);
    if (enabled !== true && enabled !== 'true') return;
    const size = resolve(settings.CacheClusterSize, `${where}.CacheClusterSize`);
    cached.push(`${where} (${typeof size === 'string' || typeof size === 'number' ? `${clipped(String(size))} GB` : '0.5 GB, the default'})`);
  };
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    if (resource.Type === 'AWS::Serverless::Api') {
      const { settings, globals: applied } = samSettings(section, resource, properties);
      const fromGlobals = !Object.hasOwn(properties, 'CacheClusterEnabled') && Object.hasOwn(applied, 'CacheClusterEnabled');
      check(settings, fromGlobals ? `Resources.${clipped(name)} (from Globals.Api)` : `Resources.${clipped(name)}`);
    } else if (resource.Type === 'AWS::ApiGateway::Stage') check(properties, `Resources.${clipped(name)}`);
  }
  if (implicit.has('Api')) check(globals, 'Globals.Api (the implicit API)');
  if (!cached.length) return [];
  return [
    `an API Gateway cache (CacheClusterEnabled) is billed by the hour whatever the traffic, and slcost does not price it: ${listParts(cached, ', ')}; the bill leaves it out`,
  ];
}

/** The note of APIs that write their requests' logs to CloudWatch Logs, which no line of the bill holds. */
const apiLogsNote = (logged: readonly string[]) =>
  `an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: ${listParts(logged, ', ')}; the bill leaves them out`;

/**
 * A SAM or CloudFormation API's logs: an access log (`AccessLogSetting` on a REST API or its stage, `AccessLogSettings`
 * on an HTTP API or its stage) or execution logs (`MethodSettings` with a `LoggingLevel` of INFO or ERROR), its own or
 * from Globals. They are ingested into CloudWatch Logs with every request, and went unsaid.
 */
function samApiLogs(
  doc: Record<string, Json>,
  resources: Record<string, Json>,
  implicit: ReadonlySet<'Api' | 'HttpApi'>,
  resolve: (value: Json, where: string) => Json,
  assumptions: string[],
): string[] {
  const logged: string[] = [];
  const check = (settings: Record<string, Json>, where: string) => {
    const written = settings.AccessLogSetting ?? settings.AccessLogSettings;
    // Access logs sent to a log group of the template's own are that group's ingest, which services.cloudwatch_logs
    // prices: "slcost does not price them" was said of logs the usage file's figures for that group price.
    const group = isObject(written) ? arnOf(written.DestinationArn) : null;
    const priced = group !== null && isObject(resources[group]) && resources[group].Type === 'AWS::Logs::LogGroup';
    if (priced)
      assumptions.push(
        `${where}: its access logs go to log group ${clipped(group)} of the template, priced as services.cloudwatch_logs' ingest_gb_per_month in the usage file gives it, which counts them`,
      );
    const access = priced ? undefined : written;
    const methods = resolve(settings.MethodSettings, `${where}.MethodSettings`);
    const level = (Array.isArray(methods) ? methods : []).some((method) => {
      const written = isObject(method) ? resolve(method.LoggingLevel, `${where}.MethodSettings.LoggingLevel`) : undefined;
      return typeof written === 'string' && ['INFO', 'ERROR'].includes(written.toUpperCase());
    });
    const kinds = [isObject(access) ? 'access logs' : '', level ? 'execution logs' : ''].filter(Boolean);
    if (kinds.length) logged.push(`${where} (${kinds.join(' and ')})`);
  };
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    const globals = resource.Type === 'AWS::Serverless::Api' ? 'Api' : resource.Type === 'AWS::Serverless::HttpApi' ? 'HttpApi' : null;
    if (globals) check(samSettings(isObject(doc.Globals) ? doc.Globals[globals] : undefined, resource, properties).settings, `Resources.${clipped(name)}`);
    else if (resource.Type === 'AWS::ApiGateway::Stage' || resource.Type === 'AWS::ApiGatewayV2::Stage') check(properties, `Resources.${clipped(name)}`);
  }
  for (const api of implicit) {
    const section = isObject(doc.Globals) ? doc.Globals[api] : undefined;
    if (isObject(section)) check(section, `Globals.${api} (the implicit API)`);
  }
  return logged.length ? [apiLogsNote(logged)] : [];
}

const apiTracingNote = (traced: readonly string[]) =>
  `X-Ray tracing of a REST API's requests (TracingEnabled, a serverless.yml's provider.tracing.apiGateway) records traces that slcost does not price: ${listParts(traced, ', ')}; the bill leaves them out`;

/**
 * A REST API's X-Ray tracing (`TracingEnabled` on a SAM API, its Globals or a stage): its traces bill as a function's
 * active tracing does, which was said, while the API's went unsaid.
 */
function samApiTracing(
  doc: Record<string, Json>,
  resources: Record<string, Json>,
  implicit: ReadonlySet<'Api' | 'HttpApi'>,
  resolve: (value: Json, where: string) => Json,
): string[] {
  const traced: string[] = [];
  const on = (settings: Record<string, Json>, where: string) => {
    const written = resolve(settings.TracingEnabled, `${where}.TracingEnabled`);
    return written === true || (typeof written === 'string' && written.trim().toLowerCase() === 'true');
  };
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    const where = `Resources.${clipped(name)}`;
    const settings =
      resource.Type === 'AWS::Serverless::Api'
        ? samSettings(isObject(doc.Globals) ? doc.Globals.Api : undefined, resource, properties).settings
        : resource.Type === 'AWS::ApiGateway::Stage'
          ? properties
          : null;
    if (settings && on(settings, where)) traced.push(where);
  }
  const section = isObject(doc.Globals) ? doc.Globals.Api : undefined;
  if (implicit.has('Api') && isObject(section) && on(section, 'Globals.Api')) traced.push('Globals.Api (the implicit API)');
  return traced.length ? [apiTracingNote(traced)] : [];
}

/** A serverless.yml's `provider.logs` for its APIs (`restApi`, `httpApi`, `websocket`): on, each logs its requests to CloudWatch Logs. */
function serverlessApiLogs(doc: Record<string, Json>, apis: ReadonlySet<string>): string[] {
  const provider = resolveVariables(doc.provider, doc, [], 'provider');
  const logs = isObject(provider) ? resolveVariables(provider.logs, doc, [], 'provider.logs') : undefined;
  if (!isObject(logs)) return [];
  const logged = ['restApi', 'httpApi', 'websocket'].filter((api) => {
    if (!apis.has(api)) return false;
    const written = resolveVariables(logs[api], doc, [], `provider.logs.${api}`);
    // An object turns on what it does not turn off: the access and execution logs both, by default.
    return written === true || written === 'true' || (isObject(written) && (!isOff(written.accessLogging ?? true) || !isOff(written.executionLogging ?? true)));
  });
  return logged.length ? [apiLogsNote(logged.map((api) => `provider.logs.${api}`))] : [];
}

/**
 * Plugins that add to the bill what the functions block does not show: a warmer function invoking the functions it
 * keeps warm on a schedule of its own, an API Gateway cache billed by the hour. They went unsaid.
 */
function serverlessPluginNotes(doc: Record<string, Json>): string[] {
  const plugins = isObject(doc.plugins) ? doc.plugins.modules : doc.plugins;
  const named = new Set(Array.isArray(plugins) ? plugins.filter((each): each is string => typeof each === 'string').map((each) => each.trim()) : []);
  const notes: string[] = [];
  if (named.has('serverless-plugin-warmup'))
    notes.push(
      "plugins: serverless-plugin-warmup invokes the functions it keeps warm on a schedule of its own (every 5 minutes by default), from a warmer function of its own; neither the warm-up invocations nor the warmer are priced (add them to the functions' requests_per_month)",
    );
  const custom = isObject(doc.custom) ? doc.custom : {};
  const caching = isObject(custom.apiGatewayCaching) ? custom.apiGatewayCaching : {};
  if (named.has('serverless-api-gateway-caching') && caching.enabled !== undefined && caching.enabled !== false && caching.enabled !== 'false')
    notes.push(
      'an API Gateway cache (serverless-api-gateway-caching, custom.apiGatewayCaching) is billed by the hour whatever the traffic, and slcost does not price it; the bill leaves it out',
    );
  // serverless-lift's constructs deploy functions and resources the functions and resources blocks do not show (a queue
  // construct's worker function and its two queues): the worker went unpriced and unasked, and usage init never listed it.
  const constructs = resolveVariables(doc.constructs, doc, [], 'constructs');
  if (named.has('serverless-lift') && isObject(constructs) && Object.keys(constructs).length) {
    const listed = Object.entries(constructs).map(([id, construct]) => {
      const type = isObject(construct) ? resolveVariables(construct.type, doc, [], `constructs.${id}.type`) : undefined;
      const deploys = typeof type === 'string' ? ownEntry(LIFT_CONSTRUCTS, type.trim()) : undefined;
      return `${clipped(id)} (${typeof type === 'string' ? `${clipped(type)}: ` : ''}${deploys ?? 'its resources'})`;
    });
    notes.push(`constructs: serverless-lift deploys ${listParts(listed, '; ')}, which slcost does not read; the bill leaves them out`);
  }
  // The block, or the pipes', kept in a file of its own (`constructs: ${file(./constructs.yml)}`): what it deploys went
  // off the bill without a word, where the same block written out is named.
  const elsewhere = (key: 'constructs' | 'pipes', plugin: string, what: string) => {
    const written = doc[key];
    const read = key === 'constructs' ? constructs : resolveVariables(written, doc, [], key);
    if (named.has(plugin) && written !== undefined && written !== null && !isObject(read))
      notes.push(
        `${key}: ${quotedSetting(written)} is ${typeof written === 'string' && written.includes('${') ? 'in another file or a source slcost does not read' : `no mapping of ${key}`}; ${plugin} deploys ${what}, which slcost does not read; the bill leaves them out`,
      );
  };
  elsewhere('constructs', 'serverless-lift', 'the functions and resources its constructs name');
  elsewhere('pipes', 'serverless-pipes', 'the EventBridge Pipes it names, each billed by the request');
  // The plugin's API is the Framework's REST API, its methods integrating SQS, SNS, Kinesis, S3 or EventBridge: the
  // requests no function serves were not priced, and nothing said so.
  if (named.has('serverless-apigateway-service-proxy') && custom.apiGatewayServiceProxies !== undefined && custom.apiGatewayServiceProxies !== null)
    notes.push(
      "API Gateway's requests to the AWS services serverless-apigateway-service-proxy integrates (custom.apiGatewayServiceProxies), which no function serves, are billed by the request, and slcost does not price them; the bill leaves them out",
    );
  return notes;
}

/**
 * A serverless.yml's Lambda authorizers of its own functions: an `http` or `websocket` event's `authorizer:` naming one
 * (`authorizer: auth`, or `{ name: auth }` without an `arn`), or an HTTP API's `provider.httpApi.authorizers` entry's
 * `functionName`. The API invokes each for its callers' requests, through no event of the function's own: it read as a
 * function nothing invokes, without a word, where a SAM API's authorizer is said. The functions so named, by key.
 */
function serverlessAuthorizers(
  doc: Record<string, Json>,
  functionsBlock: ReadonlyMap<string, { value: Json }>,
  functionIds: FunctionIds,
  assumptions: string[],
): ReadonlySet<string> {
  const resolve = (value: Json, where: string) => resolveVariables(value, doc, [], where);
  const first = new Map<string, string>();
  // An ARN of the file's own function (`arn: !GetAtt AuthLambdaFunction.Arn`, an HTTP API's functionArn) names it as
  // its key does: it went unsaid, read as a function nothing invokes.
  const byArn = (arn: Json): string | undefined => {
    const reference = referenceOf(arn);
    if (reference) return reference.attribute === null || reference.attribute === 'Arn' ? functionIds.byId.get(reference.id) : undefined;
    const name = typeof arn === 'string' ? /:function:([^:]+)(?::[^:]*)?$/.exec(arn.trim())?.[1] : undefined;
    return name === undefined ? undefined : functionIds.byName.get(name);
  };
  // A name that is none of the file's functions, where the Framework takes one (`authorizer: ghost`): it refuses the
  // file ("Function … doesn't exist in this Service"), and the name went unread in silence.
  const strays: { where: string; name: string }[] = [];
  const named = (target: Json, where: string, byName: boolean) => {
    if (typeof target !== 'string') return;
    const key = target.trim();
    if (functionsBlock.has(key)) {
      if (!first.has(key)) first.set(key, where);
      return;
    }
    const fromArn = byArn(target);
    if (fromArn !== undefined) {
      if (!first.has(fromArn)) first.set(fromArn, where);
      return;
    }
    // An ARN (of another stack's function, or a Cognito pool's), and AWS_IAM, name no function of the file.
    if (byName && !key.includes(':') && key.toUpperCase() !== 'AWS_IAM' && key !== '') strays.push({ where, name: key });
  };
  const ownArn = (arn: Json, where: string) => {
    const key = byArn(arn);
    if (key !== undefined && !first.has(key)) first.set(key, where);
  };
  for (const [name, { value }] of functionsBlock) {
    const events = isObject(value) ? resolve(value.events, `functions.${name}.events`) : undefined;
    if (!Array.isArray(events)) continue;
    events.forEach((event, index) => {
      for (const kind of ['http', 'websocket'] as const) {
        const settings = isObject(event) ? resolve(event[kind], `functions.${name}.events[${index}].${kind}`) : undefined;
        const where = `functions.${clipped(name)}.events[${index}].${kind}.authorizer`;
        const authorizer = isObject(settings) ? resolve(settings.authorizer, where) : undefined;
        if (isObject(authorizer)) {
          const arn = resolve(authorizer.arn, `${where}.arn`);
          // An authorizer of the API's own by its id (authorizerId) names no function.
          if (arn !== undefined && arn !== null) ownArn(arn, where);
          else if (authorizer.authorizerId === undefined) named(resolve(authorizer.name, `${where}.name`), where, true);
        } else named(authorizer, where, true);
      }
    });
  }
  const provider = isObject(doc.provider) ? doc.provider : {};
  const httpApi = resolve(provider.httpApi, 'provider.httpApi');
  const httpAuthorizers = isObject(httpApi) ? resolve(httpApi.authorizers, 'provider.httpApi.authorizers') : undefined;
  if (isObject(httpAuthorizers))
    for (const [key, authorizer] of Object.entries(httpAuthorizers)) {
      const where = `provider.httpApi.authorizers.${clipped(key)}`;
      if (!isObject(authorizer)) continue;
      const functionArn = resolve(authorizer.functionArn, `${where}.functionArn`);
      if (functionArn !== undefined && functionArn !== null) ownArn(functionArn, where);
      else named(resolve(authorizer.functionName, `${where}.functionName`), where, true);
    }
  const said = notesOfKind(assumptions);
  for (const [target, where] of first) {
    const { value } = functionsBlock.get(target)!;
    const events = isObject(value) ? resolve(value.events, `functions.${target}.events`) : undefined;
    const ownEvents = Array.isArray(events) && events.length > 0;
    said.add(
      () =>
        `${where}: function ${clipped(target)} is the API's Lambda authorizer, invoked for its callers' requests (each one, or once a caller while its answer is cached) ${
          ownEvents ? 'beside its own events' : 'and through no event of its own'
        }: its requests_per_month in the usage file gives them${ownEvents ? " with its events' requests" : ''}, and the API's requests are those of the functions behind it`,
    );
  }
  said.rest((more) => `functions: ${more} more functions are APIs' Lambda authorizers, invoked for their callers' requests`);
  const stray = notesOfKind(assumptions);
  const keys = [...functionsBlock.keys()];
  for (const { where, name } of strays) {
    stray.add(() => {
      const hint = suggest(name, keys);
      return `${where}: ${JSON.stringify(clipped(name))} names none of the file's functions${hint ? ` (did you mean ${clipped(hint)}?)` : ''}, which the Framework refuses (the function does not exist in the service); no function is read as its Lambda authorizer`;
    });
  }
  stray.rest((more) => `functions: ${more} more authorizers name none of the file's functions, which the Framework refuses`);
  return new Set(first.keys());
}

/** What each of serverless-lift's constructs deploys that bills. */
const LIFT_CONSTRUCTS: Readonly<Record<string, string>> = {
  queue: 'a worker function, an SQS queue and its dead-letter queue',
  storage: 'an S3 bucket',
  'static-website': 'an S3 bucket and a CloudFront distribution',
  'single-page-app': 'an S3 bucket and a CloudFront distribution',
  'server-side-website': 'an S3 bucket and a CloudFront distribution',
  'database/dynamodb-single-table': 'a DynamoDB table',
  webhook: 'an HTTP API and an EventBridge bus',
};

/**
 * The EventBridge Pipes the serverless-pipes plugin's `pipes:` block deploys, by their keys: each is billed by the
 * request, and went off the bill without a word where a SAM template's AWS::Pipes::Pipe is named as not priced.
 */
export function serverlessPluginResources(doc: Record<string, Json>): { logicalId: string; type: string }[] {
  const plugins = isObject(doc.plugins) ? doc.plugins.modules : doc.plugins;
  if (!Array.isArray(plugins) || !plugins.some((each) => typeof each === 'string' && each.trim() === 'serverless-pipes')) return [];
  const pipes = resolveVariables(doc.pipes, doc, [], 'pipes');
  return isObject(pipes) ? Object.keys(pipes).map((key) => ({ logicalId: key, type: 'AWS::Pipes::Pipe' })) : [];
}

/**
 * The APIs the Framework makes, as provider.logs names them: a REST API for the functions' and the Step Functions
 * plugin's machines' http events and serverless-apigateway-service-proxy's integrations, an HTTP API for httpApi events,
 * a WebSocket API for websocket events. Its tracing and logs settings apply to these alone: a file with none was told
 * its REST API's traces and logs went unpriced.
 */
function serverlessFrameworkApis(doc: Record<string, Json>, functionsBlock: ReadonlyMap<string, { value: Json }>): Set<string> {
  const resolve = (value: Json, where: string) => resolveVariables(value, doc, [], where);
  const apis = new Set<string>();
  const add = (events: Json) => {
    if (!Array.isArray(events)) return;
    for (const event of events)
      if (isObject(event)) {
        if (Object.hasOwn(event, 'http')) apis.add('restApi');
        if (Object.hasOwn(event, 'httpApi')) apis.add('httpApi');
        if (Object.hasOwn(event, 'websocket')) apis.add('websocket');
      }
  };
  for (const [name, { value }] of functionsBlock) if (isObject(value)) add(resolve(value.events, `functions.${name}.events`));
  for (const [name, machine] of Object.entries(pluginMachines(doc))) if (isObject(machine)) add(resolve(machine.events, `stepFunctions.stateMachines.${name}.events`));
  const custom = isObject(doc.custom) ? doc.custom : {};
  if (custom.apiGatewayServiceProxies !== undefined && custom.apiGatewayServiceProxies !== null) apis.add('restApi');
  return apis;
}

/** The logical ids under which the Framework deploys the APIs its events make: an override of one is that API. */
const FRAMEWORK_APIS: ReadonlySet<string> = new Set(['ApiGatewayRestApi', 'HttpApi', 'WebsocketsApi']);

/**
 * The APIs of a serverless.yml's `resources:` that are not the Framework's: an API of its own (a REST API whose
 * methods integrate S3, an HTTP API sending to SQS) is billed by the request, as the SAM reader says of a template's,
 * and went unpriced without a word. The Framework's own (its logical ids, or the API `provider.apiGateway.restApiId`
 * or `provider.httpApi.id` names for its events) is priced by its functions' requests.
 */
function serverlessOwnApis(doc: Record<string, Json>, ruled: ServerlessResources, assumptions: string[]): void {
  const provider = isObject(doc.provider) ? doc.provider : {};
  const named = new Set<string>();
  for (const [block, key] of [
    [provider.apiGateway, 'restApiId'],
    [provider.httpApi, 'id'],
  ] as const) {
    const id = isObject(block) ? referenceOf(block[key])?.id : undefined;
    if (id !== undefined) named.add(id);
  }
  const own = notesOfKind(assumptions);
  for (const [id, resource] of Object.entries(ruled.resources)) {
    if (!isObject(resource) || typeof resource.Type !== 'string' || !API_TYPES.has(resource.Type) || FRAMEWORK_APIS.has(id) || named.has(id)) continue;
    const protocol = isObject(resource.Properties) && typeof resource.Properties.ProtocolType === 'string' ? ` ${resource.Properties.ProtocolType}` : '';
    own.add(
      () =>
        `${ruled.written(id)}: an API (${resource.Type as string}${protocol}) of the file's own, not the one the Framework makes for its functions' http, httpApi and websocket events; its requests are not priced (its routes, methods and integrations are not read)`,
    );
  }
  own.rest((more) => `resources: ${more} more APIs of the file's own are not priced`);
}

/** An event of a state machine that the bill depends on: an API in front of it, or a schedule that starts it. */
interface MachineEvent {
  readonly machine: string;
  readonly where: string;
  readonly api?: TemplateApi;
  readonly schedule?: ScheduleEvent;
}

/**
 * A state machine's events that bill beyond its executions: an API event puts an API Gateway API in front of it, whose
 * requests are priced only behind functions, and is said; a schedule starts it by the template's own count, which is
 * its executions where the usage file gives none, as a scheduled function's runs are its requests. Both went unsaid:
 * the API left off the bill, and the scheduled executions priced at zero as "no usage given".
 */
function machineEvents(events: readonly MachineEvent[], assumptions: string[]): { notPriced: string[]; schedules: Map<string, FunctionSchedule> } {
  const notPriced: string[] = [];
  const apis = notesOfKind(notPriced);
  const started = notesOfKind(assumptions);
  // Each machine's runs and expressions added to in place: a copy of its expressions for each schedule more made the
  // read grow with the square of the schedules that start it (docs/performance.md).
  const schedules = new Map<string, { runsPerMonth: Decimal; expressions: string[] }>();
  for (const { machine, where, api, schedule } of events) {
    if (api)
      apis.add(
        () =>
          `${where}: puts state machine ${clipped(machine)} behind ${API_NAMES[api]}, whose requests slcost prices only behind functions; its requests to the state machine are not priced, and the bill leaves them out`,
      );
    const runs = schedule ? schedulesOf([schedule], assumptions) : null;
    if (!runs) continue;
    started.add(
      () =>
        `${where}: starts state machine ${clipped(machine)} on ${runs.expressions.join(', ')}, ${runsAMonth(runs.runsPerMonth)}; priced as its executions unless the usage file gives them (more if anything else starts it)`,
    );
    const before = schedules.get(machine);
    if (!before) schedules.set(machine, { runsPerMonth: runs.runsPerMonth, expressions: [...runs.expressions] });
    else {
      before.runsPerMonth = before.runsPerMonth.plus(runs.runsPerMonth);
      for (const expression of runs.expressions) before.expressions.push(expression);
    }
  }
  apis.rest((more) => `${more} more API events of state machines are not priced`);
  started.rest((more) => `${more} more schedules start state machines; their runs are priced as the machines' executions unless the usage file gives them`);
  return { notPriced, schedules };
}

/** A SAM template's state machines' events: an Api or HttpApi event an API in front, a Schedule or ScheduleV2 a start. */
function samMachineEvents(resources: Record<string, Json>, resolve: (value: Json, where: string) => Json): MachineEvent[] {
  return Object.entries(resources).flatMap(([id, resource]): MachineEvent[] => {
    if (!isObject(resource) || resource.Type !== 'AWS::Serverless::StateMachine' || !isObject(resource.Properties) || !isObject(resource.Properties.Events)) return [];
    return Object.entries(resource.Properties.Events).flatMap(([key, event]): MachineEvent[] => {
      if (!isObject(event) || typeof event.Type !== 'string') return [];
      const where = `Resources.${clipped(id)}.Properties.Events.${clipped(key)}`;
      if (event.Type === 'Api') return [{ machine: id, where, api: 'rest' }];
      if (event.Type === 'HttpApi') return [{ machine: id, where, api: 'http' }];
      if (event.Type !== 'Schedule' && event.Type !== 'ScheduleV2') return [];
      const props = isObject(event.Properties) ? event.Properties : {};
      const member = event.Type === 'Schedule' ? 'Schedule' : 'ScheduleExpression';
      const enabled = !isOff(resolve(props.Enabled, `${where}.Properties.Enabled`)) && !isOff(resolve(props.State, `${where}.Properties.State`));
      // A Scheduler schedule's dates bound its runs, as a function's ScheduleV2 event's do: one that had ended was priced as running.
      const at = `${where}.Properties`;
      const window = event.Type === 'ScheduleV2' ? { window: { start: resolve(props.StartDate, `${at}.StartDate`), end: resolve(props.EndDate, `${at}.EndDate`), at } } : {};
      return [{ machine: id, where, schedule: { expression: resolve(props[member], `${at}.${member}`), enabled, where: `${at}.${member}`, ...window } }];
    });
  });
}

/**
 * A serverless.yml's state machines by the logical ids of the template it deploys, each to the name it is priced under:
 * a machine of its `resources:` by its own; one of the Step Functions plugin by the plugin's, its `id` or `name`
 * written as the Framework writes a function's key (`-` as `Dash`, `_` as `Underscore`, the first letter capital),
 * else its key so written and `StepFunctionsStateMachine` (`NightlyDashflowStepFunctionsStateMachine` for
 * `nightly-flow`), under which it is priced by its key.
 */
function serverlessMachineIds(doc: Record<string, Json>, resources: Record<string, Json>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [key, machine] of Object.entries(pluginMachines(doc))) {
    if (!isObject(machine)) continue;
    const own = [machine.id, machine.name].map((value, index) => resolveVariables(value, doc, [], `stepFunctions.stateMachines.${key}.${index ? 'name' : 'id'}`));
    const custom = own.find((value) => typeof value === 'string' && value !== '');
    const id = typeof custom === 'string' ? normalizedFunctionKey(custom) : `${normalizedFunctionKey(key)}StepFunctionsStateMachine`;
    if (!ids.has(id)) ids.set(id, key);
  }
  for (const [id, resource] of Object.entries(resources)) if (isMachineResource(resource)) ids.set(id, id);
  return ids;
}

/** A name as the Framework writes it into a logical id: its letters and digits alone, the first capital (`S3BucketMyphotosdev` for `my-photos-dev`). */
function alphanumericName(name: string): string {
  const kept = name.replace(/[^0-9A-Za-z]/g, '');
  return `${kept.charAt(0).toUpperCase()}${kept.slice(1)}`;
}

/** A bucket's or topic's name as written, where slcost cannot work it out. */
const unworkedName = (written: Json) =>
  written === undefined || written === null || written === '' ? 'not named' : `named by ${quotedSetting(written)}, which slcost cannot work out`;

/** A resource the Framework writes for an event, and where the event is. */
export type EventResource = TemplateResource & { readonly at: FieldPath };

/**
 * What a serverless.yml's events have the Framework create, under the logical ids it gives it: an `s3` event's bucket
 * (not `existing: true`), `S3Bucket` and its name's letters and digits; an `sns` event's topic named without an ARN,
 * `SNSTopic` and its name's, each function it invokes subscribed; an `eventBridge` event's bus named without an ARN,
 * which puts custom events (`OrdersEventBridgeEventBus`); and two that no service prices, a `cognitoUserPool` event's
 * pool (not `existing: true`) and the `cloudFront` events' distribution. A bucket of `resources:` of the event's
 * `BucketName` is the one the event uses, and is not made again. They went off the bill without a word, where a SAM
 * template's, written in its Resources, are priced or said.
 */
export function serverlessEventResources(doc: Record<string, Json>, note: (message: string) => void): EventResource[] {
  const made = new Map<string, EventResource>();
  const resolve = (value: Json, where: string) => resolveVariables(value, doc, [], where);
  const named = new Set<string>();
  // A resource of resources: under the logical id the Framework gives one (S3BucketPhotos, to set the bucket's CORS) is
  // merged into it: one resource, the block's, not a second beside it.
  const declared = new Set<string>();
  for (const { block } of serverlessBlocks(doc, [])) {
    if (!isObject(block.Resources)) continue;
    for (const [id, resource] of Object.entries(block.Resources)) {
      declared.add(id);
      if (!isObject(resource) || resource.Type !== 'AWS::S3::Bucket' || !isObject(resource.Properties)) continue;
      const name = resolve(resource.Properties.BucketName, `resources.Resources.${id}.Properties.BucketName`);
      if (typeof name === 'string') named.add(name);
    }
  }
  // A bucket an s3 event names by a key of provider.s3 is deployed under that entry's `name`, its logical id the key's.
  const provider = resolve(doc.provider, 'provider');
  const providerS3 = isObject(provider) ? resolve(provider.s3, 'provider.s3') : undefined;
  const deployedBucket = (bucket: string): string => {
    const entry = isObject(providerS3) && Object.hasOwn(providerS3, bucket) ? resolve(providerS3[bucket], `provider.s3.${clipped(bucket)}`) : undefined;
    const name = isObject(entry) ? resolve(entry.name, `provider.s3.${clipped(bucket)}.name`) : undefined;
    return typeof name === 'string' && name !== '' ? name : bucket;
  };
  for (const [key, { value, at }] of serverlessFunctionsBlock(doc.functions, doc, [])) {
    const settings = resolve(value, `functions.${key}`);
    const events = isObject(settings) ? resolve(settings.events, `functions.${key}.events`) : undefined;
    if (!Array.isArray(events)) continue;
    let iotRules = 0;
    events.forEach((event, index) => {
      if (!isObject(event)) return;
      // Where the function is written at its own key; else (a block written as a variable) at the block.
      const of = (kind: string): FieldPath => (at.at(-1) === key ? [...at, 'events', index, kind] : at);
      const where = (kind: string) => `functions.${clipped(key)}.events[${index}].${kind}`;
      if (Object.hasOwn(event, 's3')) {
        const written = resolve(event.s3, where('s3'));
        const raw = isObject(written) ? written.bucket : event.s3;
        const bucket = resolve(raw, `${where('s3')}.bucket`);
        const existing = isObject(written) && resolve(written.existing, `${where('s3')}.existing`) === true;
        const deployed = typeof bucket === 'string' ? deployedBucket(bucket) : undefined;
        if (existing || (deployed !== undefined && named.has(deployed))) return;
        if (typeof bucket !== 'string' || bucket === '' || deployed === undefined) {
          note(`${where('s3')}: the bucket the Framework creates for it is ${unworkedName(raw)}; it is not priced`);
          return;
        }
        const logicalId = `S3Bucket${alphanumericName(bucket)}`;
        if (!made.has(logicalId)) made.set(logicalId, { logicalId, type: 'AWS::S3::Bucket', properties: { BucketName: deployed }, at: of('s3') });
      }
      if (Object.hasOwn(event, 'sns')) {
        const written = resolve(event.sns, where('sns'));
        // An ARN (or an intrinsic that makes one) names a topic that is there already, another stack's or one of resources:.
        if (isObject(written) ? written.arn !== undefined || intrinsicOf(written) !== null : typeof written === 'string' && written.startsWith('arn:')) return;
        const raw = isObject(written) ? written.topicName : event.sns;
        const topic = resolve(raw, `${where('sns')}.topicName`);
        if (typeof topic !== 'string' || topic === '') {
          note(`${where('sns')}: the topic the Framework creates for it is ${unworkedName(raw)}; it is not priced`);
          return;
        }
        const logicalId = `SNSTopic${alphanumericName(topic)}`;
        const subscription = { Protocol: 'lambda', Endpoint: functionLogicalId(key) };
        const earlier = made.get(logicalId);
        const subscriptions = Array.isArray(earlier?.properties.Subscription) ? earlier.properties.Subscription : [];
        made.set(logicalId, { logicalId, type: 'AWS::SNS::Topic', properties: { TopicName: topic, Subscription: [...subscriptions, subscription] }, at: earlier?.at ?? of('sns') });
      }
      // A user pool a trigger names, not `existing: true`: billed for its monthly active users, which no service here prices.
      if (Object.hasOwn(event, 'cognitoUserPool')) {
        const written = resolve(event.cognitoUserPool, where('cognitoUserPool'));
        const pool = isObject(written) ? resolve(written.pool, `${where('cognitoUserPool')}.pool`) : undefined;
        const existing = isObject(written) && resolve(written.existing, `${where('cognitoUserPool')}.existing`) === true;
        const logicalId = typeof pool === 'string' && pool !== '' && !existing ? `CognitoUserPool${alphanumericName(pool)}` : null;
        if (logicalId && !made.has(logicalId)) made.set(logicalId, { logicalId, type: 'AWS::Cognito::UserPool', properties: {}, at: of('cognitoUserPool') });
      }
      // A topic rule of IoT Core's rules engine, billed for each message it matches and each action it takes.
      if (Object.hasOwn(event, 'iot')) {
        const logicalId = `${normalizedFunctionKey(key)}IotTopicRule${++iotRules}`;
        made.set(logicalId, { logicalId, type: 'AWS::IoT::TopicRule', properties: {}, at: of('iot') });
      }
      // A Kinesis stream's enhanced fan-out consumer (`consumer: true`), billed by the shard-hour and the GB it reads.
      if (Object.hasOwn(event, 'stream')) {
        const written = resolve(event.stream, where('stream'));
        const arn = isObject(written) ? resolve(written.arn, `${where('stream')}.arn`) : undefined;
        // Its type as written, else its ARN's service, as the Framework reads it.
        const type = isObject(written) ? resolve(written.type, `${where('stream')}.type`) : undefined;
        const kinesis = (type ?? (typeof arn === 'string' ? arn.split(':')[2] : undefined)) === 'kinesis';
        if (kinesis && isObject(written) && resolve(written.consumer, `${where('stream')}.consumer`) === true) {
          // The Framework names it by the stream: an ARN's name, or the resource a Fn::GetAtt reads.
          const getAtt = isObject(arn) ? arn['Fn::GetAtt'] : undefined;
          const stream = typeof arn === 'string' ? arn.split('/')[1] : Array.isArray(getAtt) ? getAtt[0] : undefined;
          const logicalId = `${normalizedFunctionKey(`${key}${typeof stream === 'string' ? stream : ''}Consumer`)}StreamConsumer`;
          made.set(logicalId, { logicalId, type: 'AWS::Kinesis::StreamConsumer', properties: {}, at: of('stream') });
        }
      }
      // One distribution for all of them, billed for its requests and data out, which no service here prices.
      if (Object.hasOwn(event, 'cloudFront') && !made.has('CloudFrontDistribution'))
        made.set('CloudFrontDistribution', { logicalId: 'CloudFrontDistribution', type: 'AWS::CloudFront::Distribution', properties: {}, at: of('cloudFront') });
      if (Object.hasOwn(event, 'eventBridge')) {
        const written = resolve(event.eventBridge, where('eventBridge'));
        const bus = isObject(written) ? resolve(written.eventBus, `${where('eventBridge')}.eventBus`) : undefined;
        // A bus named by an ARN (or an intrinsic) is there already; the default bus is every account's.
        if (typeof bus !== 'string' || bus === '' || bus === 'default' || bus.startsWith('arn:')) return;
        const logicalId = `${normalizedFunctionKey(bus)}EventBridgeEventBus`;
        if (!made.has(logicalId)) made.set(logicalId, { logicalId, type: 'AWS::Events::EventBus', properties: { Name: bus }, at: of('eventBridge') });
      }
    });
  }
  return [...made.values()].filter(({ logicalId }) => !declared.has(logicalId));
}

/**
 * What a SAM function's events have SAM create, under the logical ids it gives them (the function's id and the event's,
 * and a suffix): an SNS event's queue (`SqsSubscription: true`, `FnEventQueue`), through which every message the topic
 * delivers is sent, received and deleted, and an IoTRule event's topic rule (`FnEvent`), which no service here prices;
 * and the queue or topic of an `EventInvokeConfig` destination of type SQS or SNS that names none. They went off the
 * bill without a word, where a queue or a rule written in Resources is priced or said.
 */
export function samEventResources(doc: Record<string, Json>, tell: (message: string) => void = () => {}): EventResource[] {
  const resources = isObject(doc.Resources) ? doc.Resources : {};
  // Globals' destination is every function's: said once, not once for each.
  const told = new Set<string>();
  const note = (message: string) => {
    if (!told.has(message)) tell(message);
    told.add(message);
  };
  const globals = isObject(doc.Globals) ? doc.Globals.Function : undefined;
  const made: EventResource[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || resource.Type !== 'AWS::Serverless::Function' || !isObject(resource.Properties)) continue;
    // A destination of an asynchronous invocation of type SQS or SNS that names none: SAM creates it
    // (FnEventInvokeConfigOnSuccessQueue), and each invocation's record is sent or published to it.
    const { settings } = samSettings(globals, resource, resource.Properties);
    const invokeConfig = settings.EventInvokeConfig;
    const destinations = isObject(invokeConfig) ? invokeConfig.DestinationConfig : undefined;
    for (const on of ['OnSuccess', 'OnFailure'] as const) {
      const destination = isObject(destinations) ? destinations[on] : undefined;
      if (!isObject(destination)) continue;
      // Where the function writes it, else Globals', merged under its own as SAM merges them.
      const own = isObject(resource.Properties.EventInvokeConfig) ? resource.Properties.EventInvokeConfig.DestinationConfig : undefined;
      const from = isObject(own) && Object.hasOwn(own, on) ? ['Resources', id, 'Properties'] : ['Globals', 'Function'];
      const where = [...from, 'EventInvokeConfig', 'DestinationConfig', on].join('.');
      const created = createdDestination(destination.Destination, doc, `${where}.Destination`, note);
      if (!created) continue;
      const type = destination.Type === 'SQS' ? 'AWS::SQS::Queue' : destination.Type === 'SNS' ? 'AWS::SNS::Topic' : null;
      // SAM refuses a Type of none of its own, and one it makes nothing for that names no destination: the queue of
      // `Type: sqs` was left off the bill without a word.
      if (!type && !['EventBridge', 'Lambda', 'S3Bucket'].includes(destination.Type as string))
        note(
          `${where}.Type: ${destination.Type === undefined ? 'not given' : quotedSetting(destination.Type)} is none of SQS, SNS, EventBridge, Lambda and S3Bucket (SAM refuses it); no queue or topic is made for it`,
        );
      if (type)
        made.push({
          logicalId: `${id}EventInvokeConfig${on}${destination.Type === 'SQS' ? 'Queue' : 'Topic'}`,
          type,
          properties: {},
          at: [...from, 'EventInvokeConfig', 'DestinationConfig', on],
        });
    }
    if (!isObject(resource.Properties.Events)) continue;
    for (const [key, event] of Object.entries(resource.Properties.Events)) {
      if (!isObject(event)) continue;
      const at: FieldPath = ['Resources', id, 'Properties', 'Events', key];
      // SAM makes a queue of `true` alone; a mapping names a queue that is there already.
      if (event.Type === 'SNS' && isObject(event.Properties) && event.Properties.SqsSubscription === true)
        made.push({ logicalId: `${id}${key}Queue`, type: 'AWS::SQS::Queue', properties: {}, at });
      if (event.Type === 'IoTRule') made.push({ logicalId: `${id}${key}`, type: 'AWS::IoT::TopicRule', properties: {}, at });
    }
  }
  return made.filter(({ logicalId }) => !Object.hasOwn(resources, logicalId));
}

/**
 * Whether SAM creates an EventInvokeConfig destination's queue or topic: where it names none, and where it is an
 * `Fn::If` one of whose branches is `AWS::NoValue`, which SAM creates under that condition (and its negation). Such a
 * destination was read as naming one, and its queue left off the bill; one of a condition the parameters' defaults do
 * not take is priced as if created, as a resource of such a Condition is, and said.
 */
function createdDestination(written: Json, doc: Record<string, Json>, where: string, note: (message: string) => void): boolean {
  if (written === undefined || written === null) return true;
  const branches = isObject(written) && Object.keys(written).length === 1 ? written['Fn::If'] : undefined;
  if (!Array.isArray(branches) || branches.length !== 3 || typeof branches[0] !== 'string') return false;
  const noValue = (value: Json | undefined) => isObject(value) && value.Ref === 'AWS::NoValue';
  const [condition, whenTrue, whenFalse] = branches;
  if (noValue(whenTrue) === noValue(whenFalse)) return false;
  const conditions = isObject(doc.Conditions) ? doc.Conditions : {};
  if (!Object.hasOwn(conditions, condition)) return true;
  const createdWhen = noValue(whenTrue);
  if (conditionHolds(condition, doc, [], where, 0, { count: 0 }) !== createdWhen)
    note(
      `${where}: SAM creates its queue or topic where condition ${clipped(condition)} ${createdWhen ? 'holds' : 'does not hold'}, which it ${createdWhen ? 'does not' : 'does'} with the parameters' defaults (and ${regionOf(doc)} for AWS::Region); priced as if CloudFormation created it, as the stack deployed may`,
    );
  return true;
}

/** The Step Functions plugin's `stepFunctions.stateMachines`, by key; none where the block is not a mapping. */
function pluginMachines(doc: Record<string, Json>): Record<string, Json> {
  const block = resolveVariables(doc.stepFunctions, doc, [], 'stepFunctions');
  const machines = isObject(block) ? resolveVariables(block.stateMachines, doc, [], 'stepFunctions.stateMachines') : undefined;
  return isObject(machines) ? machines : {};
}

/** The serverless-step-functions plugin's state machines' events: its http event an API in front, its schedule a start. */
function serverlessMachineEvents(doc: Record<string, Json>, assumptions: string[]): MachineEvent[] {
  return Object.entries(pluginMachines(doc)).flatMap(([id, machine]): MachineEvent[] => {
    const events = isObject(machine) ? machine.events : undefined;
    if (!Array.isArray(events)) return [];
    return events.flatMap((event, index): MachineEvent[] => {
      if (!isObject(event)) return [];
      const where = `stepFunctions.stateMachines.${clipped(id)}.events[${index}]`;
      if (Object.hasOwn(event, 'http')) return [{ machine: id, where: `${where}.http`, api: 'rest' }];
      if (!Object.hasOwn(event, 'schedule')) return [];
      const written = resolveVariables(event.schedule, doc, assumptions, `${where}.schedule`);
      if (!isObject(written)) return [{ machine: id, where: `${where}.schedule`, schedule: { expression: written, enabled: true, where: `${where}.schedule` } }];
      const enabled = !isOff(resolveVariables(written.enabled, doc, assumptions, `${where}.schedule.enabled`));
      const rate = resolveVariables(written.rate, doc, assumptions, `${where}.schedule.rate`);
      return [{ machine: id, where: `${where}.schedule`, schedule: { expression: rate, enabled, where: `${where}.schedule.rate` } }];
    });
  });
}

/** A function deployed as Lambda@Edge, what in the template puts it there, and the CloudFront event it answers. */
export interface EdgeFunction {
  readonly name: string;
  readonly by: string;
  readonly what: string;
  readonly event: EdgeEvent;
}

/**
 * The event a function answers, from its event types as written (`viewer-request`, `origin-response`): a viewer's
 * where any is (its limits are the narrower), the origin's where all are, else not known.
 */
function edgeEventOf(types: readonly Json[]): EdgeEvent {
  const written = types.map((type) => (typeof type === 'string' ? type.trim().toLowerCase() : ''));
  if (written.some((type) => type.startsWith('viewer-'))) return 'viewer';
  return written.length && written.every((type) => type.startsWith('origin-')) ? 'origin' : 'any';
}

/**
 * A function behind a cloudFront event or a distribution's LambdaFunctionAssociations is billed at Lambda@Edge's
 * prices, about three times a regional function's, with no free tier: it is priced so, and what puts it there said.
 */
function edgeNotes(edge: readonly EdgeFunction[]): string[] {
  const notes: string[] = [];
  const said = notesOfKind(notes);
  for (const { name, by, what } of edge)
    said.add(
      () => `function ${clipped(name)} runs at CloudFront's edge as Lambda@Edge (${what}, ${by}): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)`,
    );
  said.rest((more) => `${more} more functions run as Lambda@Edge, priced at Lambda@Edge's prices`);
  return notes;
}

/** How deep a distribution's settings are searched for LambdaFunctionAssociations: its cache behaviors are two or three levels down. */
const MAX_ASSOCIATION_DEPTH = 6;

/**
 * The functions a SAM or CloudFormation template's CloudFront distributions run as Lambda@Edge: each of their
 * LambdaFunctionAssociations names a function's version, by `!Ref Fn.Version` (AutoPublishAlias), a Ref or GetAtt of
 * an AWS::Lambda::Version of it, or the function's ARN in a Sub or a Join.
 */
function samEdgeFunctions(resources: Record<string, Json>, functions: ReadonlySet<string>, doc: Record<string, Json>, assumptions: string[]): EdgeFunction[] {
  const versionOf = new Map<string, string>();
  for (const [id, resource] of Object.entries(resources))
    if (isObject(resource) && resource.Type === 'AWS::Lambda::Version' && isObject(resource.Properties)) {
      const target = referenceOf(resource.Properties.FunctionName);
      if (target) versionOf.set(id, target.id);
    }
  // Every resource a value names, by Ref, GetAtt or a Sub's variables, as the function it is or is a version of.
  const named = (value: Json, into: Set<string>, depth = 0): void => {
    if (depth > MAX_ASSOCIATION_DEPTH || typeof value !== 'object' || value === null) return;
    const reference = referenceOf(value);
    const text = subText(value);
    // SAM's `!Ref Fn.Version` (AutoPublishAlias) names the function before its dot.
    const ids = reference ? [reference.id.split('.')[0]!] : text !== null ? subReferences(text) : [];
    for (const id of ids) {
      const fn = versionOf.get(id) ?? id;
      if (functions.has(fn)) into.add(fn);
    }
    for (const member of Object.values(value)) named(member, into, depth + 1);
  };
  const edge = new Map<string, { by: string; types: Json[] }>();
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || resource.Type !== 'AWS::CloudFront::Distribution' || !isObject(resource.Properties)) continue;
    // Each function associated, with the event types of its associations.
    const associated = new Map<string, Json[]>();
    const associate = (association: Json) => {
      const found = new Set<string>();
      named(association, found);
      // Added to in place: a copy of the list for each association was the square of a function's associations.
      for (const name of found) {
        const type = isObject(association) ? association.EventType : undefined;
        const types = associated.get(name);
        if (types) types.push(type);
        else associated.set(name, [type]);
      }
    };
    const search = (value: Json, depth: number): void => {
      if (depth > MAX_ASSOCIATION_DEPTH || typeof value !== 'object' || value === null) return;
      for (const [key, member] of Object.entries(value)) {
        if (key === 'LambdaFunctionAssociations') (Array.isArray(member) ? member : [member]).forEach(associate);
        else search(member, depth + 1);
      }
    };
    search(resource.Properties, 0);
    // A distribution of a Condition the parameters' defaults make false moved its functions to Lambda@Edge's prices
    // without a word of it, where the functions and services it prices say theirs.
    if (associated.size) noteResourceCondition(resource, doc, assumptions, `Resources.${id}`);
    for (const [name, types] of associated) {
      const before = edge.get(name);
      // One at a time: spread into push, a list of a few hundred thousand ran the stack out.
      if (before) for (const type of types) before.types.push(type);
      else edge.set(name, { by: `Resources.${clipped(id)}`, types });
    }
  }
  return [...edge].map(([name, { by, types }]) => ({ name, by, what: "a CloudFront distribution's LambdaFunctionAssociations", event: edgeEventOf(types) }));
}

/**
 * Event source mappings in provisioned mode (`ProvisionedPollerConfig`, of SQS, Kafka or Amazon MQ), by where each is
 * written: each is billed by the hour for the event pollers it keeps, its MinimumPollers at the least all month, which
 * went off the bill without a word.
 */
function pollerNotes(provisioned: readonly string[]): string[] {
  if (!provisioned.length) return [];
  return [
    `${listNames(provisioned)}: provisioned mode (ProvisionedPollerConfig) bills the event pollers ${provisioned.length === 1 ? 'its event source mapping keeps' : 'their event source mappings keep'} by the hour, MinimumPollers of them at the least all month, which slcost does not price; the bill leaves them out`,
  ];
}

const isSet = (value: Json) => value !== undefined && value !== null;

/** The `ProvisionedPollerConfig` of each AWS::Lambda::EventSourceMapping of `resources` that gives one, where it is written. */
function provisionedMappings(resources: Record<string, Json>, at: (id: string) => string): string[] {
  return Object.entries(resources).flatMap(([id, resource]) =>
    isObject(resource) && resource.Type === 'AWS::Lambda::EventSourceMapping' && isObject(resource.Properties) && isSet(resource.Properties.ProvisionedPollerConfig)
      ? [`${at(id)}.Properties.ProvisionedPollerConfig`]
      : [],
  );
}

/**
 * SnapStart on Python and .NET caches a snapshot of each published version and bills the cache by the GB-second and
 * each restore from it by the GB (on Java it bills neither): what the function's cold starts cost was said, not these.
 */
function snapStartNotes(functions: readonly TemplateFunction[]): string[] {
  const billed = functions.filter((fn) => fn.snapStart && fn.runtime !== null && /^(python|dotnet)/.test(fn.runtime));
  if (!billed.length) return [];
  return [
    `SnapStart of ${billed.length === 1 ? 'function' : 'functions'} ${listNames(billed.map((fn) => `${clipped(fn.name)} (${fn.runtime})`))} bills the cache of each published version's snapshot by the GB-second and each restore from it by the GB, which slcost does not price; the bill leaves them out`,
  ];
}

const streams = (invokeMode: Json) => typeof invokeMode === 'string' && invokeMode.trim().toUpperCase() === 'RESPONSE_STREAM';

/** The AWS::Lambda::Url resources that stream their functions' responses (InvokeMode: RESPONSE_STREAM). */
function streamedUrlResources(resources: Record<string, Json>, resolve: (value: Json, where: string) => Json): string[] {
  return Object.entries(resources).flatMap(([id, resource]) =>
    isObject(resource) &&
    resource.Type === 'AWS::Lambda::Url' &&
    isObject(resource.Properties) &&
    streams(resolve(resource.Properties.InvokeMode, `Resources.${id}.Properties.InvokeMode`))
      ? [`Resources.${clipped(id)}`]
      : [],
  );
}

/**
 * A function URL that streams its responses (RESPONSE_STREAM) bills the bytes of each response past its first 6 MB by
 * the GB, beside the function's requests and duration: it went unsaid.
 */
function streamingNotes(urls: readonly string[]): string[] {
  if (!urls.length) return [];
  return [
    `response streaming (InvokeMode: RESPONSE_STREAM) of the function ${urls.length === 1 ? 'URL' : 'URLs'} ${listParts(urls, ', ')} bills the bytes of each response past its first 6 MB by the GB, which slcost does not price; the bill leaves them out`,
  ];
}

/** X-Ray's traces of functions with active tracing, which slcost does not price (recorded and scanned by the million). */
function tracingNotes(traced: readonly string[], setting: string): string[] {
  if (!traced.length) return [];
  return [
    `X-Ray tracing (${setting}) of ${traced.length === 1 ? 'function' : 'functions'} ${listNames(traced.map((name) => clipped(name)))} records traces that slcost does not price; the bill leaves them out`,
  ];
}

/**
 * A function on Lambda Managed Instances (`CapacityProviderConfig`) is billed by its capacity provider's EC2 instances
 * and a management fee, with no duration charge; slcost prices it as an on-demand function, which is said.
 */
function managedNotes(managed: readonly string[]): string[] {
  if (!managed.length) return [];
  return [
    `${managed.length === 1 ? 'function' : 'functions'} ${listNames(managed.map((name) => clipped(name)))} ${managed.length === 1 ? 'runs' : 'run'} on Lambda Managed Instances (CapacityProviderConfig), billed by the capacity provider's EC2 instances and a management fee, not by duration; slcost prices ${managed.length === 1 ? 'it' : 'them'} as on-demand Lambda, and not the instances`,
  ];
}

/** A function an API invokes as its Lambda authorizer, through no event of the function's own. */
function authorizerNote(where: string, fn: string): string {
  return `${where}: function ${clipped(fn)} is the API's Lambda authorizer, invoked for its callers' requests (each one, or once a caller while its answer is cached) and through no event of its own: its requests_per_month in the usage file gives them, and the API's requests are those of the functions behind it`;
}

/**
 * A durable function (`DurableConfig`) bills its durable operations (each step, wait and callback checkpointed) and
 * the data it writes and keeps, beside its requests and duration: its bill went out as a plain function's, unsaid.
 */
function durableNotes(durable: readonly string[]): string[] {
  if (!durable.length) return [];
  return [
    `${durable.length === 1 ? 'function' : 'functions'} ${listNames(durable.map((name) => clipped(name)))} ${durable.length === 1 ? 'is a Lambda durable function' : 'are Lambda durable functions'} (DurableConfig), billed for ${durable.length === 1 ? 'its' : 'their'} durable operations (steps, waits, callbacks) and the data ${durable.length === 1 ? 'it writes and keeps' : 'they write and keep'}, beside requests and duration; slcost does not price those, and the bill leaves them out`,
  ];
}

/**
 * The throttle of the APIs in front of a SAM template's functions, in requests a second: an HTTP API's
 * `DefaultRouteSettings.ThrottlingRateLimit`, a REST API's `MethodSettings` entry for every path and method
 * (`ResourcePath: /*`, `HttpMethod: '*'`), a REST API's usage plan's `Auth.UsagePlan.Throttle.RateLimit`, each its own
 * or Globals' (SAM's implicit APIs take Globals'). They went unread: a template that throttled its API was told "with
 * no API throttle", and to add one. Several APIs throttled
 * cap the requests together at the sum of their limits; one of them unthrottled leaves the API unbounded, which is said.
 */
function samThrottle(
  doc: Record<string, Json>,
  resources: Record<string, Json>,
  routed: ReadonlySet<string>,
  implicit: ReadonlySet<'Api' | 'HttpApi'>,
  resolve: (value: Json, where: string) => Json,
  assumptions: string[],
): number | null {
  const globals = isObject(doc.Globals) ? doc.Globals : {};
  const rateOf = (kind: 'Api' | 'HttpApi', resource: Record<string, Json>, where: string): number | null => {
    const own = isObject(resource.Properties) ? resource.Properties : {};
    // SAM merges Globals' DefaultRouteSettings into an API's own key by key, and puts Globals' MethodSettings before its own.
    const { settings, globals: section } = samSettings(globals[kind], resource, own);
    const key = kind === 'HttpApi' ? 'DefaultRouteSettings' : 'MethodSettings';
    const ownAt = `${where}.${key}`;
    const globalAt = `Globals.${kind}.${key}`;
    if (kind === 'HttpApi') {
      const at = memberFromGlobals(own[key], section[key], 'ThrottlingRateLimit') || !Object.hasOwn(own, key) ? globalAt : ownAt;
      const routes = resolve(settings[key], at);
      return isObject(routes) ? positive(resolve(routes.ThrottlingRateLimit, `${at}.ThrottlingRateLimit`)) : null;
    }
    const globalEntries = Object.hasOwn(own, key) && Array.isArray(section[key]) ? section[key].length : 0;
    const entries = resolve(settings[key], Object.hasOwn(own, key) ? ownAt : globalAt);
    if (!Array.isArray(entries)) return null;
    for (const [index, each] of entries.entries()) {
      const at = Object.hasOwn(own, key) && index >= globalEntries ? ownAt : globalAt;
      const entry = resolve(each, at);
      if (isObject(entry) && entry.ResourcePath === '/*' && entry.HttpMethod === '*') return positive(resolve(entry.ThrottlingRateLimit, `${at}.ThrottlingRateLimit`));
    }
    return null;
  };
  // A REST API's usage plan (Auth.UsagePlan, its own over Globals'), as the Framework's usagePlan.throttle is read: SAM
  // gives it one API key, so its Throttle bounds the API's requests. PER_API is the API's own; SHARED one plan of every
  // API that says so; NONE, or none, no plan.
  const planOf = (resource: Record<string, Json>, where: string): UsagePlan | null => {
    const ownProperties = isObject(resource.Properties) ? resource.Properties : {};
    const { settings } = samSettings(globals.Api, resource, ownProperties);
    const plan = isObject(settings.Auth) ? settings.Auth.UsagePlan : undefined;
    if (!isObject(plan)) return null;
    const ownAuth = ownProperties.Auth;
    const ownPlan = isObject(ownAuth) ? ownAuth.UsagePlan : undefined;
    const ownThrottle = isObject(ownPlan) ? ownPlan.Throttle : undefined;
    const at = (owns: boolean, key: string) => `${owns ? `${where}.Auth` : 'Globals.Api.Auth'}.UsagePlan.${key}`;
    const create = resolve(plan.CreateUsagePlan, at(isObject(ownPlan) && Object.hasOwn(ownPlan, 'CreateUsagePlan'), 'CreateUsagePlan'));
    if (create !== 'PER_API' && create !== 'SHARED') return null;
    const throttle = plan.Throttle;
    const rateAt = at(isObject(ownThrottle) && Object.hasOwn(ownThrottle, 'RateLimit'), 'Throttle.RateLimit');
    return { shared: create === 'SHARED', rate: isObject(throttle) ? positive(resolve(throttle.RateLimit, rateAt)) : null };
  };
  const apis: { where: string; rate: number | null; plan: UsagePlan | null }[] = [];
  for (const id of routed) {
    const resource = own(resources, id);
    if (!isObject(resource)) continue;
    const kind = resource.Type === 'AWS::Serverless::Api' ? 'Api' : resource.Type === 'AWS::Serverless::HttpApi' ? 'HttpApi' : null;
    const where = `Resources.${clipped(id)}`;
    // A CloudFormation API (AWS::ApiGateway::RestApi, AWS::ApiGatewayV2::Api) is throttled on its stage, not read here.
    apis.push({
      where,
      rate: kind === null ? null : rateOf(kind, resource, `${where}.Properties`),
      plan: kind === 'Api' ? planOf(resource, `${where}.Properties`) : null,
    });
  }
  for (const kind of implicit)
    apis.push({
      where: kind === 'Api' ? "SAM's implicit REST API" : "SAM's implicit HTTP API",
      rate: rateOf(kind, {}, `Globals.${kind}`),
      plan: kind === 'Api' ? planOf({}, 'Globals.Api') : null,
    });
  // A stage's throttle and a plan's both bound an API, the lower first; one SHARED plan bounds its APIs together, once.
  const lower = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
  const shared = apis.filter((api) => api.plan?.shared);
  // SAM advises writing the shared plan's settings on one API; where several write a rate, the highest is read, so the worst month is not understated.
  const sharedRates = shared.flatMap((api) => api.plan!.rate ?? []);
  const sharedRate = sharedRates.length ? Math.max(...sharedRates) : null;
  const stagesOfShared = shared.every((api) => api.rate !== null) ? shared.reduce((total, api) => total + api.rate!, 0) : null;
  const bounds = apis.flatMap((api) => {
    if (!api.plan?.shared) return [{ where: api.where, rate: lower(api.rate, api.plan?.rate ?? null) }];
    return api === shared[0] ? [{ where: shared.map((each) => each.where).join(', '), rate: lower(sharedRate, stagesOfShared) }] : [];
  });
  const throttled = bounds.filter((api) => api.rate !== null);
  if (!throttled.length) return null;
  const open = bounds.filter((api) => api.rate === null);
  if (open.length) {
    assumptions.push(
      `${throttled.map((api) => api.where).join(', ')}: ${throttled.length === 1 ? 'its throttle does' : 'their throttles do'} not bound the API's requests, as ${open.map((api) => api.where).join(', ')} in front of the functions too ${open.length === 1 ? 'has' : 'have'} none`,
    );
    return null;
  }
  return throttled.reduce((total, api) => total + api.rate!, 0);
}

/** A SAM REST API's usage plan: one of its own, or the one SAM shares among every API whose plan is SHARED; its rate a second. */
interface UsagePlan {
  readonly shared: boolean;
  readonly rate: number | null;
}

/** A number above zero a template writes, or null. */
function positive(value: Json): number | null {
  const number = settingOf(value);
  return number !== null && Number.isFinite(number) && number > 0 ? number : null;
}

/**
 * Provisioned concurrency configured where CloudFormation configures it, on an `AWS::Lambda::Alias` or
 * `AWS::Lambda::Version` of a function (as the CDK writes it; a Lambda function has no such property), by the
 * function's logical id. It went unread, and the environments kept warm all month unpriced. An alias of no function
 * of the template is said.
 */
function aliasProvisioned(
  resources: Record<string, Json>,
  functions: readonly { name: string; functionName: string | null }[],
  resolve: (value: Json, where: string) => Json,
  assumptions: string[],
  doc: Record<string, Json>,
): Map<string, { count: number; at: FieldPath }> {
  const byName = new Map<string, string>();
  for (const { name, functionName } of functions) {
    byName.set(name, name);
    if (functionName !== null && !byName.has(functionName)) byName.set(functionName, name);
  }
  const total = new Map<string, { count: number; at: FieldPath }>();
  const unmatched = notesOfKind(assumptions);
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || (resource.Type !== 'AWS::Lambda::Alias' && resource.Type !== 'AWS::Lambda::Version') || !isObject(resource.Properties)) continue;
    const config = resource.Properties.ProvisionedConcurrencyConfig;
    if (!isObject(config)) continue;
    const where = `Resources.${clipped(id)}.Properties.ProvisionedConcurrencyConfig`;
    const written = config.ProvisionedConcurrentExecutions;
    const value = resolve(written, `${where}.ProvisionedConcurrentExecutions`);
    const count = settingOf(value);
    const target = resource.Properties.FunctionName;
    // `!Ref Fn`, `!GetAtt Fn.Arn` (either form), or the name the function is deployed with.
    const key = referenceOf(target)?.id ?? (typeof target === 'string' ? target : null);
    const fn = key === null ? undefined : byName.get(key);
    if (fn === undefined) {
      unmatched.add(
        () =>
          `Resources.${clipped(id)}.Properties.FunctionName: names none of the template's functions; the provisioned concurrency the ${resource.Type === 'AWS::Lambda::Alias' ? 'alias' : 'version'} configures is not priced`,
      );
      continue;
    }
    // As a function's: priced as if CloudFormation created it, and said where its condition does not hold.
    noteResourceCondition(resource, doc, assumptions, `Resources.${id}`);
    if (count === null) {
      // A config that gives none (`ProvisionedConcurrencyConfig: {}`, which CloudFormation refuses) was "undefined is not a
      // number"; a parameter without a default, `{"Ref":"Count"} is not a number`. A value worked out is quoted as such.
      unmatched.add(() =>
        written === undefined || written === null
          ? `${where}: gives no ProvisionedConcurrentExecutions; not priced`
          : value === undefined
            ? `${where}.ProvisionedConcurrentExecutions: ${shownProblem(written, 'is not a number')}; not priced`
            : `${where}.ProvisionedConcurrentExecutions: ${quotedSetting(value)} is not a number; not priced`,
      );
      continue;
    }
    // A limit it passes is said at the last alias's figure.
    total.set(fn, { count: (total.get(fn)?.count ?? 0) + count, at: ['Resources', id, 'Properties', 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'] });
  }
  unmatched.rest((more) => `Resources: ${more} more aliases' or versions' provisioned concurrency is not priced`);
  return total;
}

/** The settings of a function this reader reads, as each kind of template spells them. */
const SERVERLESS_SETTINGS = [
  'memorySize',
  'timeout',
  'architecture',
  'ephemeralStorageSize',
  'provisionedConcurrency',
  'reservedConcurrency',
  'runtime',
  'logRetentionInDays',
  'snapStart',
  'vpc',
  'events',
  'handler',
  'image',
  'name',
  'logs',
  'url',
];
const SAM_SETTINGS = [
  'MemorySize',
  'Timeout',
  'Architectures',
  'EphemeralStorage',
  'ProvisionedConcurrencyConfig',
  'ReservedConcurrentExecutions',
  'Runtime',
  'SnapStart',
  'VpcConfig',
  'Events',
  'FunctionName',
  'LoggingConfig',
  'PackageType',
  'AutoPublishAlias',
  'FunctionUrlConfig',
];

/**
 * The other properties of a function in each kind of template, which this reader does not read: a key near a setting
 * it reads is a misspelling of it only when it is none of these. SAM's AWS::Serverless::Function and CloudFormation's
 * AWS::Lambda::Function (the SAM reader reads both); the Framework's function and provider keys (its plugins add keys
 * of their own, so a key of neither list is said only where it is near a setting read).
 */
const SAM_OTHER_PROPERTIES: ReadonlySet<string> = new Set([
  'AssumeRolePolicyDocument',
  'AutoPublishAliasAllProperties',
  'AutoPublishCodeSha256',
  'CapacityProviderConfig',
  'Code',
  'CodeSigningConfigArn',
  'CodeUri',
  'DeadLetterConfig',
  'DeadLetterQueue',
  'DeploymentPreference',
  'Description',
  'DurableConfig',
  'Environment',
  'EventInvokeConfig',
  'FileSystemConfigs',
  'FunctionScalingConfig',
  'Handler',
  'ImageConfig',
  'ImageUri',
  'InlineCode',
  'KmsKeyArn',
  'Layers',
  'PermissionsBoundary',
  'Policies',
  'PropagateTags',
  'PublishToLatestPublished',
  'RecursiveLoop',
  'Role',
  'RolePath',
  'RuntimeManagementConfig',
  'SourceKMSKeyArn',
  'Tags',
  'TenancyConfig',
  'Tracing',
  'TracingConfig',
  'VersionDeletionPolicy',
  'VersionDescription',
]);
const SERVERLESS_OTHER_SETTINGS: ReadonlySet<string> = new Set([
  // A function's.
  'alarms',
  'condition',
  'dependsOn',
  'description',
  'destinations',
  'disableLogs',
  'environment',
  'fileSystemConfig',
  'iamRoleStatements',
  'iamRoleStatementsInherit',
  'iamRoleStatementsName',
  'kmsKeyArn',
  'layers',
  'logDataProtectionPolicy',
  'maximumEventAge',
  'maximumRetryAttempts',
  'onError',
  'package',
  'role',
  'runtimeManagement',
  'tags',
  'tracing',
  'versionFunction',
  // The provider's.
  'alb',
  'apiGateway',
  'apiKeys',
  'apiName',
  'cfnRole',
  'cloudFront',
  'deploymentBucket',
  'deploymentMethod',
  'deploymentPrefix',
  'disableRollback',
  'ecr',
  'endpointType',
  'eventBridge',
  'httpApi',
  'iam',
  'iamManagedPolicies',
  'lambdaHashingVersion',
  'notificationArns',
  'profile',
  'region',
  'resourcePolicy',
  'rolePermissionsBoundary',
  'rollbackConfiguration',
  's3',
  'stackName',
  'stackParameters',
  'stackPolicy',
  'stackTags',
  'stage',
  'usagePlan',
  'versionFunctions',
  'vpcEndpointIds',
  'websocketsApiName',
  'websocketsApiRouteSelectionExpression',
  'websocketsDescription',
]);

/**
 * Settings written in another case than the one read (`MemorySize` in a serverless.yml, `memorySize` in SAM, as the
 * other kind spells it), or misspelt (`MemorySiz`, `timout`), which neither CloudFormation nor the Framework reads:
 * they went unread in silence, and the default was priced. A key that is another property of the function is none.
 */
function noteMiscased(settings: Record<string, Json>, known: readonly string[], others: ReadonlySet<string>, where: string, add: (note: () => string) => void): void {
  for (const key of Object.keys(settings)) {
    if (known.includes(key) || others.has(key)) continue;
    const meant = meantName(key, known);
    if (meant) add(() => `${where}.${clipped(key)}: is not read; ${meant.miscased ? `the setting is spelt ${meant.name}` : `did you mean ${meant.name}?`}`);
  }
}

/** The event types of a SAM function's Events: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html */
const SAM_EVENT_TYPES = [
  'AlexaSkill',
  'Api',
  'CloudWatchEvent',
  'CloudWatchLogs',
  'Cognito',
  'DocumentDB',
  'DynamoDB',
  'EventBridgeRule',
  'HttpApi',
  'IoTRule',
  'Kinesis',
  'MQ',
  'MSK',
  'S3',
  'Schedule',
  'ScheduleV2',
  'SelfManagedKafka',
  'SNS',
  'SQS',
];

/** The sections SAM's Globals has (SAM refuses a template with any other). */
const GLOBALS_SECTIONS = ['Function', 'Api', 'HttpApi', 'SimpleTable', 'StateMachine', 'LayerVersion', 'CapacityProvider'];

/**
 * Globals that are no mapping, a Function section that is none, or a section SAM does not have (`Functions`): what
 * they hold went unread in silence, every function priced at SAM's defaults.
 */
function noteGlobals(globals: Json, assumptions: string[]): void {
  if (globals === undefined || globals === null) return;
  if (!isObject(globals)) {
    assumptions.push(`Globals: ${quotedSetting(globals)} is not a mapping of sections; none of it is read`);
    return;
  }
  // Each section, not Function's alone: a list where Api's goes (its cache, its throttle) went unread in silence.
  for (const section of GLOBALS_SECTIONS) {
    const value = own(globals, section);
    if (value !== undefined && value !== null && !isObject(value))
      assumptions.push(`Globals.${section}: ${quotedSetting(value)} is not a mapping of properties; none of it is read`);
    // `Function: !If [Prod, {…}, {…}]`: SAM merges Globals before CloudFormation works out any intrinsic, and takes
    // Fn::If for a property it does not have. Read as one, its MemorySize went unread and SAM's 128 MB was priced.
    const intrinsic = isObject(value) ? Object.keys(value).find((key) => key.startsWith('Fn::')) : undefined;
    if (intrinsic)
      assumptions.push(
        `Globals.${section}.${clipped(intrinsic)}: SAM takes a Globals section's properties as written, not an intrinsic function for them; it refuses the template, and the ${clipped(intrinsic)} is not read`,
      );
  }
  for (const key of Object.keys(globals)
    .filter((section) => !GLOBALS_SECTIONS.includes(section))
    .slice(0, NOTES_PER_KIND)) {
    const hint = suggest(key, GLOBALS_SECTIONS);
    assumptions.push(
      `Globals.${clipped(key)}: is not a section of SAM's Globals${hint ? ` (did you mean ${hint}?)` : ''}; SAM refuses the template, and its settings are not read`,
    );
  }
}

/** The transforms CloudFormation runs on its own whose effect this reader takes in: SAM's, and the language extensions (Fn::ForEach is said where it is written). */
const TRANSFORMS_READ = ['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions'];

/**
 * A template's `Transform`s that change what it deploys beyond what this reader reads: a macro of the account's own
 * (its Lambda rewrites the whole template before CloudFormation sees it) and AWS::Include (a snippet from S3), at the
 * top or as `Resources: { Fn::Transform: … }`. Each was passed over in silence, the functions and tables they add or
 * change priced as the template wrote them before the transform, or not at all.
 */
function noteTransforms(doc: Record<string, Json>, assumptions: string[]): void {
  const written = doc.Transform;
  const transforms = written === undefined || written === null ? [] : Array.isArray(written) ? written : [written];
  for (const transform of transforms.slice(0, NOTES_PER_KIND)) {
    const name = typeof transform === 'string' ? transform.trim() : isObject(transform) ? transform.Name : undefined;
    if (typeof name === 'string' && TRANSFORMS_READ.includes(name)) continue;
    if (name === 'AWS::Include') {
      assumptions.push(
        `Transform: AWS::Include${includedFrom(transform)} is not read; what it adds to the template is not priced (price the template it makes, which the CloudFormation console shows in its processed form)`,
      );
      continue;
    }
    assumptions.push(
      `Transform: ${quotedSetting(name ?? transform)} is a macro that slcost does not run; what it adds to or changes in the template is not priced (price the template it makes, which the CloudFormation console shows in its processed form)`,
    );
  }
  const resources = isObject(doc.Resources) ? doc.Resources : {};
  if (Object.hasOwn(resources, 'Fn::Transform')) {
    const transform = resources['Fn::Transform'];
    const name = isObject(transform) && typeof transform.Name === 'string' ? transform.Name : null;
    assumptions.push(
      `Resources.Fn::Transform: ${name === null ? 'a transform' : quotedSetting(name)}${name === 'AWS::Include' ? includedFrom(transform) : ''} is not applied; the resources it adds (functions, tables, queues) are not priced`,
    );
  }
}

/** Where an AWS::Include transform takes its snippet from, as the note names it: ` of s3://…`, or nothing. */
function includedFrom(transform: Json): string {
  const location = isObject(transform) && isObject(transform.Parameters) ? transform.Parameters.Location : undefined;
  return typeof location === 'string' ? ` of ${quotedSetting(location)}` : '';
}

/**
 * A SAM resource's properties over its Globals section, as SAM lays them (its Globals plugin): a mapping both give is
 * merged key by key, the resource's winning; a list both give is Globals' and then the resource's own, but a function's
 * Architectures, whose own replaces Globals' (it has one); anything else is the resource's own. An intrinsic function
 * is a value, not a mapping. The properties its `IgnoreGlobals` names (`'*'`: all) take nothing from Globals. Laid as
 * one over the other, a function's `LoggingConfig: { SystemLogLevel: WARN }` dropped Globals' `LogFormat: JSON` (WARN
 * was then priced as INFO), an `EphemeralStorage` without its `Size` Globals' size, and `IgnoreGlobals` went unread.
 */
function samSettings(section: Json, resource: Record<string, Json>, properties: Record<string, Json>): { settings: Record<string, Json>; globals: Record<string, Json> } {
  const globals = ignoringGlobals(isObject(section) ? section : {}, resource.IgnoreGlobals);
  return { settings: mergedMapping(globals, properties, (key) => key !== 'Architectures'), globals };
}

/** Two mappings key by key, `own` winning but where `merges(key)` has the two values merged; own keys only (a `__proto__` key is data). */
function mergedMapping(global: Record<string, Json>, own: Record<string, Json>, merges: (key: string) => boolean = () => true): Record<string, Json> {
  const merged = new Map(Object.entries(global));
  // A value written empty is refused by CloudFormation (read-template says so) and read as not written: the Globals' stands.
  for (const [key, value] of Object.entries(own))
    if (value !== null || !merged.has(key)) merged.set(key, merged.has(key) && merges(key) ? mergedGlobal(merged.get(key), value) : value);
  return Object.fromEntries(merged);
}

/** Whether `name` of a mapping a resource and its Globals may both give comes from Globals' once SAM has merged them. */
function memberFromGlobals(own: Json, global: Json, name: string): boolean {
  const ownLacks = own === undefined || (isObject(own) && intrinsicOf(own) === null && !Object.hasOwn(own, name));
  return ownLacks && isObject(global) && intrinsicOf(global) === null && Object.hasOwn(global, name);
}

/** A Globals section without the properties a resource's `IgnoreGlobals` names: all of them for `'*'`. */
function ignoringGlobals(globals: Record<string, Json>, ignored: Json): Record<string, Json> {
  if (ignored === '*') return {};
  const names = typeof ignored === 'string' ? [ignored] : Array.isArray(ignored) ? ignored.filter((each) => typeof each === 'string') : [];
  if (!names.length) return globals;
  return Object.fromEntries(Object.entries(globals).filter(([key]) => !names.includes(key)));
}

/** SAM's merge of a Globals value and a resource's own (`_do_merge`). */
function mergedGlobal(global: Json, own: Json): Json {
  const kind = (value: Json) => (Array.isArray(value) ? 'list' : isObject(value) && intrinsicOf(value) === null ? 'mapping' : 'value');
  if (kind(global) !== kind(own) || kind(own) === 'value') return own;
  if (Array.isArray(global) && Array.isArray(own)) return [...global, ...own];
  return mergedMapping(global as Record<string, Json>, own as Record<string, Json>);
}

/** A template's log groups that hold a function's logs (named `/aws/lambda/…`), with what their names say of the function. */
interface LambdaLogGroup {
  readonly logicalId: string;
  /** Its place among the template's groups: of two named for one function, the first is read. */
  readonly position: number;
  readonly of: { logicalId: string } | { functionName: string };
  readonly retention: Json;
  readonly logClass: Json;
}

/**
 * The template's log groups named for a function. A name written through a parameter or a condition (`!Ref GroupName`,
 * `!If`) is worked out first, as the sections see it: a group the stated logs leave out as a function's must be one
 * here too, or its retention applied to nothing. Its notes are the sections' to give (they read the name too).
 */
function lambdaLogGroups(resources: Record<string, Json>, doc: Record<string, Json>): LambdaLogGroups {
  const named = Object.entries(resources).flatMap(([logicalId, resource]): Omit<LambdaLogGroup, 'position'>[] => {
    if (!isObject(resource) || resource.Type !== 'AWS::Logs::LogGroup' || !isObject(resource.Properties)) return [];
    const written = resource.Properties.LogGroupName;
    const worked = isObject(written) && ['Ref', 'Fn::If', 'Fn::FindInMap'].some((key) => Object.hasOwn(written, key)) && Object.keys(written).length === 1;
    const name = worked ? resolveIntrinsic(written, doc, [], `Resources.${logicalId}.Properties.LogGroupName`) : written;
    const found = lambdaLogGroupOf(name);
    // `${FnName}` of a parameter is the function's name the parameter gives, not a resource's logical id.
    const parameter = found && 'logicalId' in found && isObject(doc.Parameters) && Object.hasOwn(doc.Parameters, found.logicalId);
    const given = parameter ? resolveIntrinsic({ Ref: found.logicalId }, doc, [], `Resources.${logicalId}.Properties.LogGroupName`) : null;
    const of = parameter ? (typeof given === 'string' ? { functionName: given } : null) : found;
    return of ? [{ logicalId, of, retention: resource.Properties.RetentionInDays, logClass: resource.Properties.LogGroupClass }] : [];
  });
  const list = named.map((group, position) => ({ ...group, position }));
  // Looked up by each function: by the logical id or the name the group's name gives, in the template's order.
  const byKey = new Map<string, LambdaLogGroup[]>();
  for (const group of list) {
    const same = byKey.get(groupKey(group.of));
    if (same) same.push(group);
    else byKey.set(groupKey(group.of), [group]);
  }
  return { list, byKey };
}

/** A template's log groups named for a function, and by what their names say of it (groupKey). */
interface LambdaLogGroups {
  readonly list: readonly LambdaLogGroup[];
  readonly byKey: ReadonlyMap<string, readonly LambdaLogGroup[]>;
}

/** What a group's name says of its function as one key: its logical id, or the name it is deployed with. */
const groupKey = (of: LambdaLogGroup['of']) => ('logicalId' in of ? `id:${of.logicalId}` : `name:${of.functionName}`);

/** The groups named for function `logicalId` (or for its `functionName`), in the template's order. */
function groupsOf(groups: LambdaLogGroups, logicalId: string, functionName: string | null): LambdaLogGroup[] {
  const byName = functionName === null ? [] : (groups.byKey.get(groupKey({ functionName })) ?? []);
  return [...(groups.byKey.get(groupKey({ logicalId })) ?? []), ...byName].sort((a, b) => a.position - b.position);
}

/** A template's log groups by logical id and by the name written for them (the first of a name): what a `LoggingConfig.LogGroup` names. */
interface LogGroupIndex {
  readonly byId: ReadonlyMap<string, IndexedLogGroup>;
  readonly byName: ReadonlyMap<string, IndexedLogGroup>;
}

interface IndexedLogGroup {
  readonly logicalId: string;
  readonly retention: Json;
  readonly logClass: Json;
}

/** Built once per template: looked up for each function, a scan of every resource made 5,000 functions 35 s. */
function logGroupIndex(resources: Record<string, Json>): LogGroupIndex {
  const byId = new Map<string, IndexedLogGroup>();
  const byName = new Map<string, IndexedLogGroup>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isObject(resource) || resource.Type !== 'AWS::Logs::LogGroup') continue;
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    const group = { logicalId, retention: properties.RetentionInDays, logClass: properties.LogGroupClass };
    byId.set(logicalId, group);
    if (typeof properties.LogGroupName === 'string' && !byName.has(properties.LogGroupName)) byName.set(properties.LogGroupName, group);
  }
  return { byId, byName };
}

/** The template's log group a function's `LoggingConfig.LogGroup` names (`!Ref Group`, or the group's name); null when none of its groups. */
function configuredGroup(target: Json, index: LogGroupIndex, doc: Record<string, Json>, where: string): IndexedLogGroup | null {
  const byId = isObject(target) && typeof target.Ref === 'string' ? index.byId.get(target.Ref) : undefined;
  if (byId) return byId;
  const name = resolveIntrinsic(target, doc, [], `${where}.LoggingConfig.LogGroup`);
  return typeof name === 'string' ? (index.byName.get(name) ?? null) : null;
}

/** How long the group a function's `LoggingConfig.LogGroup` names keeps its logs, and its class: never and Standard, said, when the template has no such group. */
function configuredGroupLogs(target: Json, index: LogGroupIndex, doc: Record<string, Json>, where: string, assumptions: string[]): GroupLogs {
  const group = configuredGroup(target, index, doc, where);
  if (!group) {
    assumptions.push(`${where}.LoggingConfig.LogGroup: a log group not in the template; its logs are priced as never expiring (give logs.retention_days in the usage file)`);
    return { retentionDays: null, logClass: null };
  }
  const ofClass = `Resources.${group.logicalId}.Properties.LogGroupClass`;
  const logClass = logClassOf(
    resolveIntrinsic(group.logClass, doc, assumptions, ofClass),
    `Resources.${clipped(group.logicalId)}.Properties`,
    where.replace(/^Resources\./, ''),
    assumptions,
  );
  const at = `Resources.${group.logicalId}.Properties.RetentionInDays`;
  return { retentionDays: retentionOf(resolveIntrinsic(group.retention, doc, assumptions, at), at, assumptions), logClass };
}

/** What a function's log group says of its logs: how long they are kept, and the class they are billed in. */
interface GroupLogs {
  readonly retentionDays: number | null;
  readonly logClass: LogClass | null;
}

/**
 * The class of a function's log group: Lambda's logs in an Infrequent Access group are ingested in that class's bands,
 * half the Standard class's in the first band. Null for Standard, the class of a group that says none; a class slcost does not
 * read is said, and priced as Standard.
 */
function logClassOf(logClass: Json, where: string, fn: string, assumptions: string[]): LogClass | null {
  if (logClass === 'INFREQUENT_ACCESS') return 'infrequent_access';
  // Any other class (`infrequent_access`, which CloudFormation refuses; DELIVERY) was priced as STANDARD in silence,
  // where a group of the logs the usage file states is said so.
  if (logClass !== undefined && logClass !== null && logClass !== 'STANDARD' && intrinsicOf(logClass) !== 'Ref')
    assumptions.push(
      `${where}.LogGroupClass: ${shownProblem(logClass, 'is neither STANDARD nor INFREQUENT_ACCESS, the classes slcost prices')}; function ${clipped(fn)}'s logs are priced as STANDARD`,
    );
  return null;
}

/**
 * The logical ids of the log groups the template's functions write to by their `LoggingConfig.LogGroup`: their logs
 * are the functions', priced with them, not logs the user states.
 */
export function configuredLogGroups(template: TemplateFile): Set<string> {
  const doc = template.data as Record<string, Json>;
  const resources = template.kind === 'sam' && isObject(doc.Resources) ? doc.Resources : {};
  const globals = isObject(doc.Globals) ? doc.Globals.Function : undefined;
  const ids = new Set<string>();
  const index = logGroupIndex(resources);
  for (const [name, resource] of Object.entries(resources)) {
    if (!isFunctionResource(resource)) continue;
    const properties = isObject(resource.Properties) ? resource.Properties : {};
    const config = (resource.Type === 'AWS::Serverless::Function' ? samSettings(globals, resource, properties).settings : properties).LoggingConfig;
    if (isObject(config) && config.LogGroup !== undefined) {
      const group = configuredGroup(config.LogGroup, index, doc, `Resources.${name}`);
      if (group) ids.add(group.logicalId);
    }
  }
  return ids;
}

/** How long the log group named for function `logicalId` (or for its `functionName`) keeps its logs, and its class; null for either without one, or never. */
function groupLogs(
  template: TemplateFile,
  groups: LambdaLogGroups,
  logicalId: string,
  functionName: string | null,
  resolve: (value: Json, where: string) => Json,
  assumptions: string[],
): GroupLogs {
  const [group, ...others] = groupsOf(groups, logicalId, functionName);
  if (!group) return { retentionDays: null, logClass: null };
  // CloudFormation would refuse a second group of one name; priced, the first is read and the others said.
  for (const other of others)
    assumptions.push(`Resources.${other.logicalId}: is another log group of function ${logicalId}; the retention and class of Resources.${group.logicalId} are used`);
  const logClass = logClassOf(
    resolve(group.logClass, `Resources.${group.logicalId}.Properties.LogGroupClass`),
    `Resources.${clipped(group.logicalId)}.Properties`,
    logicalId,
    assumptions,
  );
  const where = `Resources.${group.logicalId}.Properties.RetentionInDays`;
  const path = ['Resources', group.logicalId, 'Properties', 'RetentionInDays'];
  return { retentionDays: retentionOf(resolve(group.retention, where), where, assumptions, () => template.locate(path).written), logClass };
}

/** The groups named for a function the template does not have: their logs are not priced here (not as a function's, nor as stated logs), which is said. */
function groupsOfNoFunction(groups: LambdaLogGroups, functions: readonly { name: string; functionName: string | null }[], assumptions: string[]): void {
  const ofFunctions = new Set(functions.flatMap(({ name, functionName }) => [groupKey({ logicalId: name }), ...(functionName === null ? [] : [groupKey({ functionName })])]));
  for (const group of groups.list) {
    if (ofFunctions.has(groupKey(group.of))) continue;
    const named =
      'logicalId' in group.of
        ? `refers to ${clipped(group.of.logicalId)}, which is not`
        : `is named for ${JSON.stringify(clipped(group.of.functionName))}, which is not the FunctionName of`;
    assumptions.push(`Resources.${group.logicalId}: a Lambda log group that ${named} one of the template's functions; the logs it holds are not priced`);
  }
}

/**
 * A function's system log level from its `LoggingConfig`: WARN leaves out the platform's START, END and REPORT lines,
 * which Lambda honours in the JSON log format only; DEBUG is priced as INFO (its further lines are not modelled).
 */
function systemLogLevelOf(config: Json, resolve: (value: Json, where: string) => Json, where: string, assumptions: string[]): 'info' | 'warn' | null {
  if (config === undefined || config === null) return null;
  if (!isObject(config)) {
    // A level written in a list or as text was dropped in silence: what it says is not read, and said so.
    assumptions.push(`${where}: ${quotedSetting(config)} is not a mapping of LogFormat and SystemLogLevel; priced at Lambda's defaults (INFO)`);
    return null;
  }
  const level = resolve(config.SystemLogLevel, `${where}.SystemLogLevel`);
  if (level === undefined || level === null) return null;
  return levelOf(level, `${where}.SystemLogLevel`, resolve(config.LogFormat, `${where}.LogFormat`), 'LogFormat', assumptions);
}

/**
 * A serverless.yml function's system log level, from its `logs:` over `provider.logs.lambda` a key at a time, in the
 * Framework's words (`systemLogLevel`, `logFormat`), as LoggingConfig is read. It went unread: a file that set WARN
 * with JSON logs to save the platform's three lines an invocation had them priced all the same.
 */
function serverlessLogLevel(own: Json, provider: Json, where: string, resolve: (value: Json, where: string) => Json, assumptions: string[]): 'info' | 'warn' | null {
  const blocks: [Json, string][] = [
    [own, `${where}.logs`],
    [provider, 'provider.logs.lambda'],
  ];
  for (const [block, at] of blocks)
    if (block !== undefined && block !== null && !isObject(block)) assumptions.push(`${at}: ${quotedSetting(block)} is not a mapping of logFormat and systemLogLevel; not read`);
  const pick = (key: string): { value: Json; at: string } | null => {
    for (const [block, at] of blocks) {
      if (!isObject(block) || block[key] === undefined || block[key] === null) continue;
      const value = resolve(block[key], `${at}.${key}`);
      if (value !== undefined && value !== null) return { value, at: `${at}.${key}` };
    }
    return null;
  };
  const group = pick('logGroup');
  if (group !== null) assumptions.push(`${group.at}: a log group of the file's choosing is not read; its logs are priced as kept as logRetentionInDays says`);
  const level = pick('systemLogLevel');
  if (level === null) return null;
  return levelOf(level.value, level.at, pick('logFormat')?.value, 'logFormat', assumptions);
}

function levelOf(level: Json, where: string, format: Json, formatKey: string, assumptions: string[]): 'info' | 'warn' {
  if (level === 'WARN') {
    if (format === 'JSON') return 'warn';
    assumptions.push(`${where}: WARN applies to the JSON log format only, and ${formatKey} is not JSON; priced as INFO`);
    return 'info';
  }
  if (level === 'DEBUG') assumptions.push(`${where}: DEBUG is priced as INFO's platform lines; the further lines it writes are not`);
  else if (level !== 'INFO') assumptions.push(`${where}: ${quotedSetting(level)} is not DEBUG, INFO or WARN; priced as INFO`);
  return 'info';
}

/** The pseudo parameters read from the template alone; AWS::Region is the region priced (regionOf). */
const PSEUDO_PARAMETERS: Record<string, Json> = { 'AWS::Partition': 'aws', 'AWS::NoValue': undefined };

/** The region a template's data is priced in, where it is not us-east-1: its `AWS::Region`. */
const deployedRegions = new WeakMap<object, string>();

/**
 * Reads `AWS::Region` in the template's intrinsics as the region it is priced in. Read as us-east-1 whatever the
 * usage file said, `!FindInMap [Sizes, !Ref AWS::Region, memory]` priced us-east-1's memory in a bill for eu-west-1.
 */
export function deployIn(template: TemplateFile, region: string): void {
  if (typeof template.data === 'object' && template.data !== null) deployedRegions.set(template.data, region);
}

/** Gives `to` (a serverless.yml's resources blocks together) the region `from` (its file) is priced in. */
export function deployedLike(from: object, to: object): void {
  const region = deployedRegions.get(from);
  if (region !== undefined) deployedRegions.set(to, region);
}

const regionOf = (doc: object): string => deployedRegions.get(doc) ?? 'us-east-1';

/** Each `[key, name]` whose name an earlier pair has (a null name has none), with that earlier key: functions deployed under one name. */
function namedAgain(pairs: Iterable<readonly [string, string | null]>): { key: string; name: string; first: string }[] {
  const firstByName = new Map<string, string>();
  const again: { key: string; name: string; first: string }[] = [];
  for (const [key, name] of pairs) {
    if (name === null) continue;
    const first = firstByName.get(name);
    if (first === undefined) firstByName.set(name, key);
    else again.push({ key, name, first });
  }
  return again;
}

/**
 * A parameter whose Ref is a list: CommaDelimitedList, List<Number> and the List<…> of resource ids. Read as the text
 * of its default, `!Select [1, !Ref Sizes]` of `Default: "256,1024"` was "a list the template alone does not give",
 * and SAM's 128 MB priced where the template gives 1,024.
 */
const listParameter = (parameter: Record<string, Json>): boolean =>
  typeof parameter.Type === 'string' && (parameter.Type.trim() === 'CommaDelimitedList' || /^List<.+>$/.test(parameter.Type.trim()));

/** A list parameter's default as its Ref gives it: the text split at its commas, each member trimmed of spaces, as CloudFormation trims them. */
function listOfDefault(value: Json): Json {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
        .split(',')
        .map((member) => member.trim())
    : value;
}

/**
 * A parameter's default as a Ref to it reads it: the value (a list parameter's split at its commas) and how a note
 * quotes it, with where it is none of its AllowedValues. Worked out once per parameter: every function's Ref to a
 * parameter went through its 100,000 AllowedValues again and quoted every one of them, or split its default of
 * 80,000 members again to select one.
 */
const defaultsRead = new WeakMap<object, { readonly value: Json; readonly shown: string }>();

function defaultOf(parameter: Record<string, Json>): { readonly value: Json; readonly shown: string } {
  const known = defaultsRead.get(parameter);
  if (known !== undefined) return known;
  // CloudFormation compares a parameter's value with its AllowedValues as text, and refuses a stack whose value is none
  // of them; a list parameter's each member (its default "256,1024" against ["256", "1024"] is allowed).
  const allowed = Array.isArray(parameter.AllowedValues) ? new Set(parameter.AllowedValues.map(String)) : null;
  const value = listParameter(parameter) ? listOfDefault(parameter.Default) : parameter.Default;
  const members = Array.isArray(value) ? value : [value];
  const outside = allowed === null ? [] : members.filter((member) => !allowed.has(String(member)));
  const quotedAllowed = () => listNames((parameter.AllowedValues as Json[]).map((each) => quotedSetting(each)));
  const refusal = !outside.length
    ? ''
    : Array.isArray(value)
      ? `, whose ${listNames(
          outside.map((member) => quotedSetting(member)),
          3,
        )} ${outside.length === 1 ? 'is' : 'are'} none of its AllowedValues (${quotedAllowed()}): CloudFormation refuses a stack deployed with it`
      : `, which is none of its AllowedValues (${quotedAllowed()}): CloudFormation refuses a stack deployed with it`;
  const read = { value, shown: `${quotedSetting(parameter.Default)}${refusal}` };
  defaultsRead.set(parameter, read);
  return read;
}

/**
 * Mappings of more than one key, which are no intrinsic function: every function may resolve the same one (a
 * `Fn::FindInMap` of a mapping of 20,000 keys), and each listed all its keys again to count them.
 */
const noIntrinsic = new WeakSet<object>();

/** CloudFormation intrinsics, as far as a template alone can tell. */
export function resolveIntrinsic(value: Json, doc: Record<string, Json>, assumptions: string[], where: string, depth = 0, steps = { count: 0 }): Json {
  if (!isObject(value) || depth > 20) return value;
  if (++steps.count > MAX_INTRINSIC_STEPS)
    throw new InputError(`${where}: its intrinsic functions take more than ${MAX_INTRINSIC_STEPS} steps to work out (nested, or repeated through aliases)`);
  if (noIntrinsic.has(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    noIntrinsic.add(value);
    return value;
  }
  const [fn] = keys as [string];
  const arg = value[fn];
  const again = (next: Json) => resolveIntrinsic(next, doc, assumptions, where, depth + 1, steps);
  switch (fn) {
    case 'Ref': {
      // A Ref names a parameter or a resource by a string; any other value names neither, and is quoted, not printed as [object Object].
      if (typeof arg !== 'string') {
        assumptions.push(`${where}: a Ref to ${quotedSetting(arg)} names no parameter; the default is used`);
        return undefined;
      }
      const name = arg;
      // AWS::NoValue's entry is undefined itself: own or not is asked apart from the value.
      if (name === 'AWS::Region') return regionOf(doc);
      if (Object.hasOwn(PSEUDO_PARAMETERS, name)) return PSEUDO_PARAMETERS[name];
      const parameter = own(doc.Parameters, name);
      if (isObject(parameter) && parameter.Default !== undefined) {
        const { value: read, shown } = defaultOf(parameter);
        assumptions.push(`${where}: used parameter ${clipped(name)}'s default, ${shown}`);
        return read;
      }
      assumptions.push(`${where}: ${clipped(name)} is not known from the template alone; the default is used`);
      return undefined;
    }
    case 'Fn::If': {
      // CloudFormation refuses any other: the default stood in for the setting without a word.
      if (!Array.isArray(arg) || arg.length !== 3) {
        assumptions.push(`${where}: Fn::If takes a condition and two values, not ${quotedSetting(arg)} (CloudFormation refuses it); the default is used`);
        return undefined;
      }
      const [condition, whenTrue, whenFalse] = arg as [Json, Json, Json];
      const holds = conditionHolds(conditionName(condition), doc, assumptions, where, depth, steps);
      return again(holds ? whenTrue : whenFalse);
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length < 3) {
        assumptions.push(`${where}: Fn::FindInMap takes a mapping's name and two keys, not ${quotedSetting(arg)} (CloudFormation refuses it); the default is used`);
        return undefined;
      }
      const [map, top, second] = arg.map((part) => again(part));
      const mappings = isObject(doc.Mappings) ? doc.Mappings : {};
      const found = [map, top, second].reduce<Json>((node, key) => (key === undefined ? undefined : own(node, String(key))), mappings);
      // AWS::LanguageExtensions' fourth argument, what CloudFormation takes where the mapping has no such key: the tool's default was priced in its place.
      const fallback = isObject(arg[3]) && Object.hasOwn(arg[3], 'DefaultValue') ? arg[3].DefaultValue : undefined;
      if (found === undefined && fallback !== undefined) return again(fallback);
      if (found === undefined) assumptions.push(`${where}: could not look up Fn::FindInMap: ${missingInMappings(mappings, [map, top, second])}; the default is used`);
      return again(found);
    }
    case 'Fn::Select': {
      // `!Select [1, [128, 256]]` chose nothing: the default stood in for either size.
      const list = Array.isArray(arg) && arg.length === 2 ? again(arg[1]) : undefined;
      if (!Array.isArray(list)) {
        assumptions.push(
          `${where}: Fn::Select ${Array.isArray(arg) && arg.length === 2 ? 'of a list the template alone does not give' : `takes an index and a list, not ${quotedSetting(arg)}`}; the default is used`,
        );
        return undefined;
      }
      const index = again((arg as Json[])[0]);
      const at = typeof index === 'number' ? index : typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : Number.NaN;
      if (!Number.isInteger(at) || at < 0 || at >= list.length) {
        // An index the template alone cannot tell (a Ref to a parameter without a default) was quoted as "undefined".
        assumptions.push(
          index === undefined
            ? `${where}: Fn::Select's index cannot be worked out from the template alone; the default is used`
            : `${where}: Fn::Select's index ${quotedSetting(index)} is not one of its list of ${list.length} (CloudFormation refuses it); the default is used`,
        );
        return undefined;
      }
      return again(list[at]);
    }
    case 'Fn::Split': {
      const [delimiter, text] = Array.isArray(arg) && arg.length === 2 ? [again(arg[0]), again(arg[1])] : [undefined, undefined];
      // A list parameter's Ref is a list already, which CloudFormation refuses to split.
      if (Array.isArray(text)) {
        assumptions.push(`${where}: Fn::Split takes text, not a list (a list parameter's Ref is one already: CloudFormation refuses it); the default is used`);
        return undefined;
      }
      if (typeof delimiter !== 'string' || delimiter === '' || typeof text !== 'string') {
        assumptions.push(`${where}: Fn::Split of ${quotedSetting(arg)} cannot be worked out from the template alone; the default is used`);
        return undefined;
      }
      return text.split(delimiter);
    }
    case 'Fn::Length': {
      // AWS::LanguageExtensions' count of a list, written out or a list parameter's default: said to be beyond the
      // template, its default stood in (SAM's 3 s timeout for `Fn::Length: [1, …, 10]`, no reserved concurrency at all).
      const list = again(arg);
      if (!Array.isArray(list)) {
        assumptions.push(`${where}: Fn::Length of a list the template alone does not give; the default is used`);
        return undefined;
      }
      return list.length;
    }
    default:
      if (fn.startsWith('Fn::') || fn === 'Condition') {
        assumptions.push(`${where}: ${fn} cannot be worked out from the template alone; the default is used`);
        return undefined;
      }
      return value;
  }
}

/** A condition's name as a template writes it; a value that is no string (a mapping, a list) is quoted, so that messages never print [object Object]. */
function conditionName(value: Json): string {
  return typeof value === 'string' ? value : quotedSetting(value);
}

/**
 * A resource's own Condition, said where the parameters' defaults make it false. The resource is priced all the same:
 * the stack deployed (its parameters, its region) decides whether CloudFormation creates it, and a budget gate should not
 * pass on a guess of them. (Left out, a function for one region only vanished from a bill priced for that region.)
 */
export function noteResourceCondition(resource: Json, doc: Record<string, Json>, assumptions: string[], where: string): void {
  const condition = isObject(resource) ? resource.Condition : undefined;
  if (condition === undefined) return;
  // A Condition that is no name (`[IsProd]`), or names none of the template's, CloudFormation refuses: the resource was
  // priced as if it held, without a word.
  const conditions = isObject(doc.Conditions) ? doc.Conditions : {};
  if (typeof condition !== 'string' || !Object.hasOwn(conditions, condition)) {
    const hint = typeof condition === 'string' ? suggest(condition, Object.keys(conditions)) : null;
    assumptions.push(
      `${where}.Condition: ${typeof condition === 'string' ? `names ${clipped(condition)}, which is none of the template's conditions${hint ? ` (did you mean ${clipped(hint)}?)` : ''}` : `${quotedSetting(condition)} is not the name of a condition`} (CloudFormation refuses it); priced as if CloudFormation created it`,
    );
    return;
  }
  if (conditionHolds(condition, doc, [], `${where}.Condition`, 0, { count: 0 })) return;
  assumptions.push(
    `${where}: its Condition ${clipped(condition)} does not hold with the parameters' defaults (and ${regionOf(doc)} for AWS::Region); priced as if CloudFormation created it, as the stack deployed may`,
  );
}

/**
 * `value` as the parameters' defaults choose it where it is an `Fn::If` (its branch, worked out again) or a `Ref` of a
 * parameter (its default); else as written, a `Ref` or `Fn::GetAtt` of a resource and a `Fn::Sub` left for the readers
 * of ARNs. An event source mapping's `EventSourceArn: !If [UseExisting, !Ref QueueArn, !GetAtt Jobs.Arn]` was read as
 * a source of no kind, its function's maximum concurrency dropped and its cost bomb put at the account's 1,000, where
 * SAM's SQS event of the same `!If` reads the queue.
 */
function chosenValue(value: Json, doc: Record<string, Json>, assumptions: string[], where: string, depth = 0): Json {
  if (!isObject(value) || depth > MAX_CONDITION_DEPTH) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const branches = value['Fn::If'];
  if (Array.isArray(branches) && branches.length === 3) {
    const holds = conditionHolds(conditionName(branches[0]!), doc, assumptions, where, 0, { count: 0 });
    return chosenValue(holds ? branches[1]! : branches[2]!, doc, assumptions, where, depth + 1);
  }
  // Quietly: the ARN a parameter's default gives is quoted where a note names the source, and said of every event of an
  // ARN by a parameter, "used parameter QueueArn's default" was a note of each, read for no figure.
  const parameter = typeof value.Ref === 'string' ? value.Ref : undefined;
  return parameter !== undefined && (isObject(own(doc.Parameters, parameter)) || parameter === 'AWS::NoValue') ? resolveIntrinsic(value, doc, [], where) : value;
}

/** A resource's own Condition where it is one of the template's conditions and the parameters' defaults make it false; else null. */
function unheldCondition(resource: Json, doc: Record<string, Json>, where: string): string | null {
  const condition = isObject(resource) ? resource.Condition : undefined;
  const conditions = isObject(doc.Conditions) ? doc.Conditions : {};
  if (typeof condition !== 'string' || !Object.hasOwn(conditions, condition)) return null;
  return conditionHolds(condition, doc, [], where, 0, { count: 0 }) ? null : condition;
}

/** How many conditions CloudFormation's Fn::And and Fn::Or take. */
const FEWEST_CONDITIONS = 2;
const MOST_CONDITIONS = 10;

/**
 * How deep conditions may name conditions (`Condition: C1` inside C2, C2 inside C3, …): each level is a call deeper
 * on the stack. Real templates name a few levels.
 */
const MAX_CONDITION_DEPTH = 100;

/** A named condition worked out: its value, how many levels of conditions it is with those it names, and the first condition it names that the template lacks and the first malformed function in it. */
interface ConditionOutcome {
  readonly value: boolean | null;
  readonly height: number;
  readonly missing: string | null;
  readonly malformed: string | null;
}

/**
 * Each document's named conditions once worked out, by the region priced in and the intrinsic depth they were asked
 * at (what an Fn::Equals inside may resolve to depends on both). Every resource may name the same condition: it is
 * worked out once, not once per resource through all it names.
 */
const conditionOutcomes = new WeakMap<object, Map<string, Map<string, ConditionOutcome>>>();

function outcomesOf(doc: Record<string, Json>, depth: number): Map<string, ConditionOutcome> {
  let byContext = conditionOutcomes.get(doc);
  if (!byContext) conditionOutcomes.set(doc, (byContext = new Map()));
  const context = `${regionOf(doc)} ${depth}`;
  let outcomes = byContext.get(context);
  if (!outcomes) byContext.set(context, (outcomes = new Map()));
  return outcomes;
}

/** Whether a named condition holds, evaluated from parameter defaults; true, with an assumption, when it cannot be told. */
function conditionHolds(name: string, doc: Record<string, Json>, assumptions: string[], where: string, depth: number, steps: { count: number }): boolean {
  const conditions = isObject(doc.Conditions) ? doc.Conditions : {};
  const quiet: string[] = [];
  const outcomes = outcomesOf(doc, depth);
  // The conditions being worked out, outermost first: one met again among them is a loop.
  const chain: string[] = [];
  const working = new Set<string>();
  // The first condition named that the template does not have: CloudFormation refuses the template, which is no unknowable.
  let missing: string | null = null;
  // The first condition function of a shape CloudFormation refuses (an Fn::Or of no conditions read as false).
  let malformed: string | null = null;
  // The most levels of the conditions named so far inside the one being worked out.
  let below = 0;
  const named = (condition: string): boolean | null => {
    if (working.has(condition))
      throw new ResolveError(`${where}: condition ${clipped(condition)} refers to itself (${[...chain, condition].map((each) => clipped(each)).join(' → ')})`, [
        'Conditions',
        chain.at(-1) ?? condition,
      ]);
    let outcome = outcomes.get(condition);
    if (chain.length + (outcome?.height ?? 1) > MAX_CONDITION_DEPTH)
      throw new ResolveError(
        `${where}: condition ${clipped(name)} names conditions inside conditions more than ${MAX_CONDITION_DEPTH} deep (past ${clipped(chain.at(-1)!)}); slcost works out at most ${MAX_CONDITION_DEPTH} levels: write it with fewer`,
        ['Conditions', chain.at(-1)!],
      );
    if (!outcome) {
      // What this condition names is told of it alone, so that another resource naming it later is told the same.
      const outer = { missing, malformed, below };
      missing = Object.hasOwn(conditions, condition) ? null : condition;
      malformed = null;
      below = 0;
      chain.push(condition);
      working.add(condition);
      const value = evaluate(own(conditions, condition), 0);
      chain.pop();
      working.delete(condition);
      outcome = { value, height: below + 1, missing, malformed };
      outcomes.set(condition, outcome);
      ({ missing, malformed, below } = outer);
    }
    missing ??= outcome.missing;
    malformed ??= outcome.malformed;
    below = Math.max(below, outcome.height);
    return outcome.value;
  };
  const evaluate = (expression: Json, level: number): boolean | null => {
    if (++steps.count > MAX_INTRINSIC_STEPS) throw new InputError(`${where}: its conditions take more than ${MAX_INTRINSIC_STEPS} steps to work out`);
    if (level > 20 || !isObject(expression)) return null;
    const [fn] = Object.keys(expression);
    const arg = fn ? expression[fn] : undefined;
    const value = (part: Json) => resolveIntrinsic(part, doc, quiet, where, depth + 1, steps);
    if (fn === 'Fn::Equals' && Array.isArray(arg) && arg.length === 2) {
      const [a, b] = arg.map(value);
      return a === undefined || b === undefined ? null : String(a) === String(b);
    }
    if (fn === 'Fn::Not' && Array.isArray(arg)) {
      if (arg.length !== 1) {
        malformed ??= `its Fn::Not has ${arg.length} conditions where CloudFormation takes 1`;
        return null;
      }
      const inner = evaluate(arg[0], level + 1);
      return inner === null ? null : !inner;
    }
    if ((fn === 'Fn::And' || fn === 'Fn::Or') && Array.isArray(arg)) {
      if (arg.length < FEWEST_CONDITIONS || arg.length > MOST_CONDITIONS) {
        malformed ??= `its ${fn} has ${arg.length} conditions where CloudFormation takes ${FEWEST_CONDITIONS} to ${MOST_CONDITIONS}`;
        return null;
      }
      const parts = arg.map((part) => evaluate(part, level + 1));
      if (parts.some((part) => part === null)) return null;
      return fn === 'Fn::And' ? parts.every(Boolean) : parts.some(Boolean);
    }
    if (fn === 'Condition') return named(conditionName(arg));
    return null;
  };
  const result = named(name);
  if (result === null) {
    assumptions.push(
      `${where}: assumed condition ${clipped(name)} holds (${
        missing !== null
          ? `the template has no condition ${clipped(missing)}, which CloudFormation refuses`
          : malformed !== null
            ? `${malformed}, and refuses the template`
            : 'it cannot be told from the template alone'
      })`,
    );
    return true;
  }
  assumptions.push(`${where}: condition ${clipped(name)} is ${result} with the parameters' defaults${deployedRegions.has(doc) ? ` and ${regionOf(doc)} for AWS::Region` : ''}`);
  return result;
}

/** What Lambda accepts, by the key each kind of template spells it with: a value outside it is an error, not a price. */
const LIMITS = [
  { field: 'memoryMb', sam: 'MemorySize', serverless: 'memorySize', min: 128, max: 10_240, whole: true, unit: 'MB' },
  { field: 'timeoutSeconds', sam: 'Timeout', serverless: 'timeout', min: 1, max: 900, whole: false, unit: 's' },
  { field: 'ephemeralStorageMb', sam: 'EphemeralStorage.Size', serverless: 'ephemeralStorageSize', min: 512, max: 10_240, whole: true, unit: 'MB' },
  {
    field: 'provisionedConcurrency',
    sam: 'ProvisionedConcurrentExecutions',
    samAt: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
    serverless: 'provisionedConcurrency',
    min: 0,
    max: 1_000_000,
    whole: true,
    unit: '',
  },
  { field: 'reservedConcurrency', sam: 'ReservedConcurrentExecutions', serverless: 'reservedConcurrency', min: 0, max: 1_000_000, whole: true, unit: '' },
] as const;

/** Where a template sets a function's `key`: on the function, else in its provider block (serverless.yml) or Globals (SAM). */
export function limitPath(template: TemplateFile, kind: TemplateInfo['kind'], fn: TemplateFunction, key: string): FieldPath {
  const at = functionAt(kind, fn);
  const own = kind === 'sam' ? [...at, 'Properties', ...key.split('.')] : [...at, key];
  const shared = kind === 'sam' ? ['Globals', 'Function', ...key.split('.')] : ['provider', key];
  // A value reached some other way (a nested SAM setting) is at its function.
  return [own, shared].find((path) => valueAt(template.data, path) !== undefined) ?? at;
}

/** Where a function is written: its key in `Resources` or `functions:`, or its entry of a `functions:` list. */
const functionAt = (kind: TemplateInfo['kind'], fn: TemplateFunction): FieldPath => fn.at ?? (kind === 'sam' ? ['Resources', fn.name] : ['functions', fn.name]);

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((node, step) => (node !== null && typeof node === 'object' && Object.hasOwn(node, step) ? (node as Record<string, unknown>)[step] : undefined), data);
}

/** CloudFormation's bound on a logical ID; a serverless.yml's function key becomes one. */
const MAX_FUNCTION_KEY = 255;

/**
 * A number as the template writes it, when the double it was read as is not
 * it: 99999999999999999999999 was quoted as 100,000,000,000,000,000,000,000,
 * 400 digits as ∞, .inf as null. Null when the double is the number written.
 */
function writtenPastDouble(value: number, quoted: string | undefined): string | null {
  if (quoted === undefined) return null;
  const written = quoted.replace(/^(['"])(.*)\1$/, '$2');
  if (/^[-+]?\.inf$/i.test(written)) return written;
  const numeral = /^([-+]?)(\d+)(\.\d+)?$/.exec(written);
  if (!numeral) return /^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(written) && !Number.isFinite(value) ? written : null;
  const [, sign = '', whole = '', fraction = ''] = numeral;
  const digits = `${whole}${fraction.slice(1)}`.replace(/^0+/, '');
  if (Number.isFinite(value) && digits.length <= 15) return null;
  const named = quotedNumeral(written);
  // Grouped as written (a Decimal would drop a fraction's trailing zeros).
  return named === written ? `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}` : `(${named})`;
}

/**
 * The text a setting's number is written as, followed through what names it: `${self:custom.memory}` to custom.memory's
 * text, `${env:MEMORY, 99999999999999999999999}` (no such self: path) to its fallback's, `!Ref Memory` to the parameter's
 * Default. A number past a double reached through one was quoted as the double (100,000,000,000,000,000,000,000, .inf),
 * a number the file does not hold.
 */
function writtenThrough(template: TemplateFile, path: FieldPath, depth = 0): string | undefined {
  const value = valueAt(template.data, path);
  const written = template.locate(path).written;
  if (depth > MAX_VARIABLE_DEPTH) return written;
  if (template.kind === 'sam') {
    const ref = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 ? (value as Record<string, unknown>).Ref : undefined;
    const parameter = typeof ref === 'string' ? ['Parameters', ref, 'Default'] : null;
    return parameter && valueAt(template.data, parameter) !== undefined ? writtenThrough(template, parameter, depth + 1) : written;
  }
  const whole = typeof value === 'string' ? /^\$\{([^{}]+)\}$/.exec(value.trim()) : null;
  if (!whole) return written;
  const [reference = '', ...rest] = splitTopLevel(whole[1]!);
  const self = /^self:(.+)$/.exec(reference.trim());
  const named = self ? self[1]!.trim().split('.') : null;
  if (named && valueAt(template.data, named) !== undefined) return writtenThrough(template, named, depth + 1);
  return rest.length ? rest.join(',').trim() : written;
}

/** The first value outside what Lambda accepts, as an error where the function sets it (or at the function, for a value it takes from the provider). */
function checkLimits(info: TemplateInfo, template: TemplateFile): void {
  // By the name as a person reads it, as a scenario's: "café" written with one code point and with two printed alike, as two functions.
  const seen = new Map<string, string>();
  for (const fn of info.functions) {
    const before = seen.get(nameKey(fn.name));
    if (before !== undefined && before !== fn.name) {
      const what = info.kind === 'sam' ? 'logical ID' : 'name';
      throw new InputError(
        `the ${what} of a function "${clipped(fn.name)}" is the ${what} of another, "${clipped(before)}", written with other Unicode code points: both would print alike`,
        template.locate(functionAt(info.kind, fn), { key: true }),
      );
    }
    seen.set(nameKey(fn.name), fn.name);
    // A name is printed in every output: one of 100 KB would take the table seconds to wrap, and one of spaces alone would print as nothing.
    const invalidName =
      fn.name.length > MAX_FUNCTION_KEY
        ? `is ${fn.name.length.toLocaleString('en-US')} characters long; CloudFormation's logical IDs are at most ${MAX_FUNCTION_KEY}`
        : fn.name === '*'
          ? // A usage file's "*" is every function's defaults: a function of that name could have no entry of its own.
            `is "*", which names every function's defaults in a usage file; ${info.kind === 'sam' ? "CloudFormation's logical IDs are letters and digits only" : 'the Framework takes function names of letters, digits, - and _ only, as Lambda does'}`
          : hasVisibleCharacter(fn.name)
            ? null
            : fn.name === ''
              ? // YAML reads a key written null, ~ or nothing as no value, and a mapping's key of no value as "".
                'is empty: a key written null, ~ or nothing is no name in YAML; quote it ("null") to name a function so'
              : 'has no visible character, only spaces or invisible ones';
    if (invalidName) {
      const what = info.kind === 'sam' ? 'the logical ID of a function' : 'the name of a function';
      throw new InputError(`${what} ${invalidName}`, template.locate(functionAt(info.kind, fn), { key: true }));
    }
    for (const limit of LIMITS) {
      const value = fn[limit.field];
      if (value === null) continue;
      if (value >= limit.min && value <= limit.max && (!limit.whole || Number.isInteger(value))) continue;
      const key = info.kind === 'sam' ? limit.sam : limit.serverless;
      const unit = limit.unit ? ` ${limit.unit}` : '';
      const range = `${limit.whole ? 'a whole number ' : ''}from ${limit.min.toLocaleString('en-US')} to ${limit.max.toLocaleString('en-US')}${unit}`;
      // A value below 20 decimal places (1e-320) is written in exponent form: grouped, it was "0", refused as outside a range from 0.
      const grouped = value.toLocaleString('en-US', { maximumFractionDigits: 20 });
      const path =
        limit.field === 'provisionedConcurrency' && fn.provisionedAt
          ? fn.provisionedAt
          : limitPath(template, info.kind, fn, info.kind === 'sam' && 'samAt' in limit ? limit.samAt : key);
      const location = template.locate(path);
      // Infinite where the file writes no number (a parameter's default of 'ten' through !Ref): as YAML writes it, never "∞".
      const written = writtenThrough(template, path);
      // Below 20 decimal places, as the file writes it (4.9e-324 was quoted as 5e-324), else in plain digits.
      const tiny = () => (written !== undefined && /^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(written) ? quotedNumeral(written) : numberInWords(value));
      const shown = writtenPastDouble(value, written) ?? (!Number.isFinite(value) ? quotedSetting(value) : value !== 0 && /^-?0$/.test(grouped) ? tiny() : grouped);
      throw new InputError(`function ${fn.name}: ${key} ${shown} is not what Lambda accepts (${range})`, location);
    }
    // AWS refuses the configuration (PutProvisionedConcurrencyConfig): priced, it billed environments the function can never have.
    if (fn.reservedConcurrency !== null && fn.provisionedConcurrency > fn.reservedConcurrency) {
      const [provisioned, reserved] = info.kind === 'sam' ? ['ProvisionedConcurrentExecutions', 'ReservedConcurrentExecutions'] : ['provisionedConcurrency', 'reservedConcurrency'];
      const path = fn.provisionedAt ?? limitPath(template, info.kind, fn, info.kind === 'sam' ? 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions' : provisioned);
      throw new InputError(
        `function ${fn.name}: ${provisioned} ${formatCount(fn.provisionedConcurrency)} is more than its ${reserved} ${formatCount(fn.reservedConcurrency)}: AWS allows a function no more provisioned environments than the concurrency it reserves`,
        template.locate(path),
      );
    }
  }
}
