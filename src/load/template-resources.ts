// The resources of a template the priced services read: every resource in a
// SAM or CloudFormation template's `Resources`, or in a serverless.yml's
// `resources:` block(s), whose Type some service's template section names.
// Its properties are resolved as the function reader resolves its settings
// (parameter defaults, conditions, mappings, `${self:…}` variables), what it
// cannot work out left as written, and only as a section reads them: a queue's `QueueName: !Sub …` that nothing prices
// adds no note, and a huge property no section reads costs nothing.
import { serverlessStateMachines } from '../providers/aws/step-functions/index.js';
import type { TemplateFile, TemplateKind } from './read-template.js';
import { formatPath, type FieldPath } from './read-yaml.js';
import {
  serverlessSections,
  noteResourceCondition,
  notesOfKind,
  quotedSetting,
  refuseTooManyResources,
  resolveIntrinsic,
  resolveVariables,
  samEventResources,
  serverlessBlocks,
  serverlessEventResources,
  serverlessPluginResources,
  type EventResource,
} from './template-functions.js';
import { clipped } from '../core/errors.js';
import { ownEntry } from '../core/records.js';
import { referenceOf, subReferences, subText, type TemplateResource } from '../schema/template-section.js';

type Json = unknown;
type Doc = Record<string, Json>;
const isObject = (value: Json): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A resource and where it is written in the template, for errors about what it implies. */
export interface FoundResource {
  readonly resource: TemplateResource;
  readonly at: FieldPath;
}

/**
 * Resources a template describes outside `Resources`, such as the Step
 * Functions plugin's `stepFunctions: stateMachines:` block of a serverless.yml:
 * `read` turns the template's data into resources with their properties as
 * written (they are resolved here like any other), `at` is where each is written.
 */
export interface ExtraResourceSource {
  at(logicalId: string): FieldPath;
  /** `note` says what of the block it could not read. */
  read(doc: Readonly<Record<string, unknown>>, note: (message: string) => void): readonly TemplateResource[];
}

/** The extra sources of each kind of template: a plugin's block is one line here. */
export const EXTRA_RESOURCE_SOURCES: Readonly<Record<TemplateKind, readonly ExtraResourceSource[]>> = {
  sam: [eventResources(samEventResources, 'Resources')],
  // The block, or its stateMachines, may be a variable the Framework resolves (stepFunctions: ${self:custom.stepFunctions}): left as written, its machines went unpriced in silence.
  serverless: [
    {
      // Each machine at its own key: every one of them was said to be `stepFunctions.stateMachines`, whichever it was.
      at: (logicalId) => ['stepFunctions', 'stateMachines', logicalId],
      read: (doc, note) => {
        const resolved = (value: Json, where: string) => (typeof value === 'string' ? resolveVariables(value, doc, [], where) : value);
        const block = resolved(doc.stepFunctions, 'stepFunctions');
        return serverlessStateMachines(isObject(block) ? { ...block, stateMachines: resolved(block.stateMachines, 'stepFunctions.stateMachines') } : block, note);
      },
    },
    eventResources((doc, note) => serverlessEventResources(doc, note), 'functions'),
  ],
};

/**
 * What a template's functions' events have SAM or the Framework create (samEventResources, serverlessEventResources),
 * each where its event is written.
 */
function eventResources(made: (doc: Doc, note: (message: string) => void) => readonly EventResource[], block: string): ExtraResourceSource {
  let written = new Map<string, FieldPath>();
  return {
    at: (logicalId) => written.get(logicalId) ?? [block],
    read: (doc, note) => {
      const found = made(doc as Doc, note);
      written = new Map(found.map(({ logicalId, at }) => [logicalId, at]));
      return found.map(({ at: _at, ...resource }) => resource);
    },
  };
}

/**
 * A `Ref` to one of the template's own resources that a section read, kept as written: `linked` once the section read
 * its `Ref` (an AWS::SNS::Subscription's TopicArn naming its topic), else a value it wanted and the template cannot give.
 */
export interface KeptRef {
  readonly where: string;
  readonly name: string;
  linked: boolean;
}

/**
 * The resources of the types in `types`, in the order the template gives
 * them; resolution notes go to `assumptions` as the properties are read, and
 * the `Ref`s to the template's own resources a section reads to `kept`.
 */
export function findTemplateResources(
  template: TemplateFile,
  types: ReadonlySet<string>,
  assumptions: string[],
  extra: readonly ExtraResourceSource[] = EXTRA_RESOURCE_SOURCES[template.kind],
  kept: KeptRef[] = [],
): FoundResource[] {
  const doc = template.data as Doc;
  const blocks = template.kind === 'sam' ? [{ block: doc, at: [] as FieldPath }] : serverlessBlocks(doc, assumptions);
  const cfn: Doc = template.kind === 'sam' ? doc : serverlessSections(doc, blocks);
  refuseTooManyResources(template, blocks);
  const found = new Map<string, FoundResource>();
  const notProperties = notesOfKind(assumptions);
  const add = (logicalId: string, type: string, properties: Json, at: FieldPath, where: string) => {
    if (!types.has(type)) return;
    // A list or a word where the properties go (CloudFormation refuses it): what it holds went unread in silence.
    if (properties !== undefined && properties !== null && !isObject(properties))
      notProperties.add(() => `${where}: ${quotedSetting(properties)} is not a mapping of properties; none of it is read`);
    const resolve = resolver(template.kind, doc, cfn, assumptions, kept);
    const resolved = resolve(isObject(properties) ? properties : {}, where);
    // A later block's resource of the same id replaces the earlier one, as the Framework merges them.
    found.delete(logicalId);
    found.set(logicalId, { resource: { logicalId, type, properties: isObject(resolved) ? resolved : {} }, at });
  };
  for (const { block, at } of blocks) {
    const resources = isObject(block.Resources) ? block.Resources : {};
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (isObject(resource) && typeof resource.Type === 'string') {
        const path = [...at, 'Resources', logicalId];
        // A serverless.yml's conditions compare the Framework's ${…} variables, which are resolved before CloudFormation sees them.
        if (template.kind === 'sam' && types.has(resource.Type)) noteResourceCondition(resource, cfn, assumptions, `Resources.${logicalId}`);
        add(logicalId, resource.Type, resource.Properties, path, formatPath([...path, 'Properties']));
      }
    }
  }
  // A resource of the blocks that one from another source names again (a Step Functions plugin machine keyed as a
  // machine of resources:, which the plugin deploys under an id of its own beside it) was replaced without a word.
  const ofBlocks = new Map([...found].map(([logicalId, { at }]) => [logicalId, at]));
  for (const source of extra) {
    for (const resource of source.read(doc, (message) => assumptions.push(message))) {
      const at = source.at(resource.logicalId);
      const before = ofBlocks.get(resource.logicalId);
      if (before && types.has(resource.type)) {
        ofBlocks.delete(resource.logicalId);
        const [mine, theirs] = [at, before].map((path) => formatPath(path.map((part) => (typeof part === 'number' ? part : clipped(String(part))))));
        assumptions.push(`${mine}: named as ${theirs}, which is deployed beside it; priced under that name in its place, ${theirs} is left out of the bill (rename one of them)`);
      }
      add(resource.logicalId, resource.type, resource.properties, at, formatPath(at));
    }
  }
  notProperties.rest((more) => `Resources: ${more} more resources' Properties are not mappings; none of them is read`);
  return [...found.values()];
}

/**
 * The intrinsics the function reader works out from the template alone. Any
 * other (`Fn::Sub`, `Fn::GetAtt`, `Fn::Join`) is left as written, for a section
 * that reads it itself (a state machine's `DefinitionString: !Sub …`); to one
 * expecting a value it is not one, and its default applies.
 */
// Fn::Select and Fn::Length (a list the template gives, one member or its count) too: a stream's `ShardCount: !Select
// [1, [2, 40]]` was "cannot be worked out", and the stream left out of the bill.
const RESOLVED = new Set(['Ref', 'Fn::If', 'Fn::FindInMap', 'Fn::Select', 'Fn::Length']);
const isResolved = (value: Doc) => {
  const keys = Object.keys(value);
  return keys.length === 1 && RESOLVED.has(keys[0]!);
};

/**
 * A value as a section sees it: an intrinsic function (and, in a
 * serverless.yml, a `${…}` variable) is resolved by the function reader's own
 * resolvers when it is read; an object or a list becomes a view doing the same
 * to its members. Each resource shares one count of intrinsic steps, so the
 * reader's bound on them holds for the resource as a whole, and each member is
 * resolved once however often it is read.
 */
function resolver(kind: TemplateKind, doc: Doc, cfn: Doc, assumptions: string[], kept: KeptRef[]): (value: Json, where: string) => Json {
  const steps = { count: 0 };
  const views = new WeakMap<object, object>();
  const refs = new WeakMap<object, KeptRef>();
  // A Ref to one of the template's own resources is its id once deployed, which the template alone cannot tell: it is
  // kept as written, for a section that links resources by it (an AWS::SNS::Subscription's TopicArn to its topic).
  const namesResource = (value: Doc) =>
    typeof value.Ref === 'string' && isObject(cfn.Resources) && Object.hasOwn(cfn.Resources, value.Ref) && !(isObject(cfn.Parameters) && Object.hasOwn(cfn.Parameters, value.Ref));
  const resolveOne = (value: Json, where: string): Json => {
    let current = value;
    if (kind === 'serverless' && typeof current === 'string' && current.includes('${')) {
      // A variable the reader cannot resolve (`\${AWS::Region}` inside a Fn::Sub is CloudFormation's, not the Framework's) leaves the text as written.
      const notes: string[] = [];
      const resolved = resolveVariables(current, doc, notes, where);
      if (resolved !== undefined) {
        current = resolved;
        assumptions.push(...notes);
      }
    }
    if (isObject(current) && isResolved(current)) {
      if (!namesResource(current)) current = resolveIntrinsic(current, cfn, assumptions, where, 0, steps);
      else if (!refs.has(current)) {
        const ref: KeptRef = { where, name: current.Ref as string, linked: false };
        refs.set(current, ref);
        kept.push(ref);
      }
    }
    return current;
  };
  const view = (value: Json, where: string): Json => {
    const resolved = resolveOne(value, where);
    if (typeof resolved !== 'object' || resolved === null) return resolved;
    const known = views.get(resolved);
    if (known) return known;
    const members = new Map<PropertyKey, Json>();
    const ref = refs.get(resolved);
    const proxy = new Proxy(resolved, {
      get(target, key, receiver) {
        if (ref && key === 'Ref') ref.linked = true;
        if (typeof key === 'symbol' || !Object.hasOwn(target, key)) return Reflect.get(target, key, receiver) as Json;
        if (!members.has(key)) members.set(key, view((target as Doc)[key], Array.isArray(target) ? `${where}[${key}]` : `${where}.${key}`));
        return members.get(key);
      },
    });
    views.set(resolved, proxy);
    return proxy;
  };
  return view;
}

/**
 * Resource types that bill by themselves (by the hour, the month, the user or the use) and that no service's section
 * prices. A template of an ElastiCache cluster or a global table was priced without them and without a word, so that a
 * budget gate passed on a bill that left out its largest line. Types that cost nothing of their own (roles,
 * permissions, policies, an API's methods and stages, subnets) are not listed: naming them would bury these.
 */
export const BILLED_NOT_PRICED: ReadonlySet<string> = new Set([
  'AWS::ACMPCA::CertificateAuthority',
  'AWS::AmazonMQ::Broker',
  'AWS::Amplify::App',
  'AWS::AppSync::Api',
  'AWS::AppSync::GraphQLApi',
  'AWS::Batch::ComputeEnvironment',
  'AWS::BedrockAgentCore::Gateway',
  'AWS::BedrockAgentCore::Runtime',
  'AWS::CloudFront::Distribution',
  'AWS::CloudFront::RealtimeLogConfig',
  'AWS::CloudWatch::Alarm',
  'AWS::CloudWatch::CompositeAlarm',
  'AWS::CloudWatch::Dashboard',
  'AWS::CodeBuild::Project',
  'AWS::Cognito::UserPool',
  'AWS::Config::ConfigRule',
  'AWS::Config::ConfigurationRecorder',
  'AWS::DocDB::DBCluster',
  'AWS::DocDB::DBInstance',
  'AWS::DSQL::Cluster',
  'AWS::DynamoDB::GlobalTable',
  'AWS::EC2::EIP',
  'AWS::EC2::Instance',
  'AWS::EC2::TransitGateway',
  'AWS::ECR::Repository',
  'AWS::ECS::Service',
  'AWS::EFS::FileSystem',
  'AWS::EKS::Cluster',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElastiCache::ServerlessCache',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::Elasticsearch::Domain',
  'AWS::Events::ApiDestination',
  'AWS::Events::Archive',
  'AWS::Glue::Crawler',
  'AWS::Glue::Job',
  'AWS::GuardDuty::MalwareProtectionPlan',
  'AWS::IoT::TopicRule',
  'AWS::Kendra::Index',
  'AWS::Kinesis::StreamConsumer',
  'AWS::KinesisAnalytics::Application',
  'AWS::KinesisAnalyticsV2::Application',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::KMS::Key',
  'AWS::Lambda::CapacityProvider',
  'AWS::Location::PlaceIndex',
  'AWS::MemoryDB::Cluster',
  'AWS::MSK::Cluster',
  'AWS::MSK::ServerlessCluster',
  'AWS::Neptune::DBCluster',
  'AWS::Neptune::DBInstance',
  'AWS::OpenSearchServerless::Collection',
  'AWS::OpenSearchService::Domain',
  'AWS::OSIS::Pipeline',
  'AWS::Pipes::Pipe',
  'AWS::QBusiness::Index',
  'AWS::QLDB::Ledger',
  'AWS::RDS::DBCluster',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBProxy',
  'AWS::Redshift::Cluster',
  'AWS::RedshiftServerless::Workgroup',
  'AWS::Route53::HealthCheck',
  'AWS::Route53::HostedZone',
  'AWS::RUM::AppMonitor',
  'AWS::S3Express::DirectoryBucket',
  'AWS::S3Files::FileSystem',
  'AWS::S3ObjectLambda::AccessPoint',
  'AWS::SageMaker::Endpoint',
  'AWS::SecretsManager::Secret',
  'AWS::Serverless::CapacityProvider',
  'AWS::Serverless::GraphQLApi',
  'AWS::Synthetics::Canary',
  'AWS::Timestream::Table',
  'AWS::Transfer::Server',
  'AWS::VpcLattice::Service',
  'AWS::WAFv2::WebACL',
]);

/** An interface endpoint bills by the hour in each zone; a gateway endpoint (S3, DynamoDB), the default, costs nothing. */
const billedEndpoint = (properties: Json) => isObject(properties) && (properties.VpcEndpointType === 'Interface' || properties.VpcEndpointType === 'GatewayLoadBalancer');

/**
 * A trail bills by the event for what it records beyond one copy of the management events, which is free: data events
 * (an event selector's DataResources, or advanced event selectors) and Insights events. One that records management
 * events alone costs nothing while it is the account's only one.
 */
const billedTrail = (properties: Json) => {
  if (!isObject(properties)) return false;
  const listed = (value: Json) => Array.isArray(value) && value.length > 0;
  const dataEvents = Array.isArray(properties.EventSelectors) && properties.EventSelectors.some((selector) => isObject(selector) && listed(selector.DataResources));
  return dataEvents || listed(properties.AdvancedEventSelectors) || listed(properties.InsightSelectors);
};

/**
 * An ECS task definition's tasks bill by the vCPU and the GB for as long as each runs, wherever they are run from (a
 * state machine's `ecs:runTask`, a function's code): named unless one of the template's ECS services runs it, whose own
 * entry says so already.
 */
function taskDefinitionsServed(blocks: readonly { block: Doc }[]): Set<string> {
  const served = new Set<string>();
  for (const { block } of blocks) {
    if (!isObject(block.Resources)) continue;
    for (const resource of Object.values(block.Resources)) {
      if (!isObject(resource) || resource.Type !== 'AWS::ECS::Service' || !isObject(resource.Properties)) continue;
      const id = referenceOf(resource.Properties.TaskDefinition)?.id;
      if (id !== undefined) served.add(id);
    }
  }
  return served;
}

/** A task definition Fargate runs, billed by the task; one for EC2 alone runs on instances the template or the account bills. */
const onFargate = (properties: Json) => isObject(properties) && Array.isArray(properties.RequiresCompatibilities) && properties.RequiresCompatibilities.includes('FARGATE');

/** The resources of a template that cost money of their own but that no section prices, in the template's order. */
export function unpricedResources(template: TemplateFile): { logicalId: string; type: string }[] {
  const doc = template.data as Doc;
  const blocks = template.kind === 'sam' ? [{ block: doc }] : serverlessBlocks(doc, []);
  const found = new Map<string, string>();
  const served = taskDefinitionsServed(blocks);
  for (const { block } of blocks) {
    if (!isObject(block.Resources)) continue;
    for (const [logicalId, resource] of Object.entries(block.Resources)) {
      if (!isObject(resource) || typeof resource.Type !== 'string') continue;
      // A later block's resource of the same id replaces the earlier one, as the Framework merges them.
      found.delete(logicalId);
      if (
        BILLED_NOT_PRICED.has(resource.Type) ||
        (resource.Type === 'AWS::EC2::VPCEndpoint' && billedEndpoint(resource.Properties)) ||
        (resource.Type === 'AWS::CloudTrail::Trail' && billedTrail(resource.Properties)) ||
        (resource.Type === 'AWS::ECS::TaskDefinition' && onFargate(resource.Properties) && !served.has(logicalId))
      )
        found.set(logicalId, resource.Type);
    }
  }
  // What a template's events have SAM or the Framework create counts as its own: a cloudFront event's distribution, an
  // IoT event's topic rule went unsaid.
  for (const { logicalId, type } of template.kind === 'serverless' ? [...serverlessEventResources(doc, () => {}), ...serverlessPluginResources(doc)] : samEventResources(doc))
    if (BILLED_NOT_PRICED.has(type) && !found.has(logicalId)) found.set(logicalId, type);
  return [...found].map(([logicalId, type]) => ({ logicalId, type }));
}

/** The scalable dimensions of capacity a template prices as written: a table's or an index's provisioned capacity, a function's provisioned concurrency. */
const SCALED_CAPACITY: Readonly<
  Record<string, { readonly what: string; readonly priced: string; readonly instead: string; readonly of: 'table' | 'function'; readonly usageKey?: string }>
> = {
  'dynamodb:table:ReadCapacityUnits': {
    what: 'the read capacity of table',
    priced: "the ReadCapacityUnits of the table's ProvisionedThroughput",
    instead: " (give the month's average as read_capacity_units in the usage file's services.dynamodb)",
    of: 'table',
    usageKey: 'read_capacity_units',
  },
  'dynamodb:table:WriteCapacityUnits': {
    what: 'the write capacity of table',
    priced: "the WriteCapacityUnits of the table's ProvisionedThroughput",
    instead: " (give the month's average as write_capacity_units in the usage file's services.dynamodb)",
    of: 'table',
    usageKey: 'write_capacity_units',
  },
  'dynamodb:index:ReadCapacityUnits': {
    what: 'the read capacity of an index of table',
    priced: "the index's ProvisionedThroughput",
    instead: " (give the month's average, the table's and its indexes' together, as read_capacity_units in the usage file's services.dynamodb)",
    of: 'table',
    usageKey: 'read_capacity_units',
  },
  'dynamodb:index:WriteCapacityUnits': {
    what: 'the write capacity of an index of table',
    priced: "the index's ProvisionedThroughput",
    instead: " (give the month's average, the table's and its indexes' together, as write_capacity_units in the usage file's services.dynamodb)",
    of: 'table',
    usageKey: 'write_capacity_units',
  },
  'lambda:function:ProvisionedConcurrency': {
    what: 'the provisioned concurrency of function',
    priced: 'the provisioned concurrency the template gives it',
    instead: '',
    of: 'function',
  },
};

/** What names a block's tables and functions: their logical ids, the names they are given, the Framework's functions. */
interface Named {
  readonly ids: Doc;
  /** `TableName` or `FunctionName` as written → the resource's logical id. */
  readonly byName: ReadonlyMap<string, string>;
  /** A serverless.yml function's `name:` → its key; and its keys, deployed as `<service>-<stage>-<key>`. */
  readonly frameworkByName: ReadonlyMap<string, string>;
  readonly frameworkKeys: ReadonlySet<string>;
}

/**
 * The resource a ScalableTarget's ResourceId names in this template, by its logical id (`!Sub table/${Table}`,
 * `!Join ['/', [table, !Ref Table]]`, `function:${Fn}:live`) or by the name it is given (`table/orders`); null when it
 * names none here (a table of another stack's, which nothing here prices). A pseudo parameter (`${AWS::StackName}`) is
 * part of a name, not a resource.
 */
function scaledResource(resourceId: Json, named: Named, of: 'table' | 'function'): string | null {
  const text = subText(resourceId);
  const join = isObject(resourceId) ? resourceId['Fn::Join'] : undefined;
  const ids = [...(text === null ? [] : subReferences(text)), ...(Array.isArray(join) && Array.isArray(join[1]) ? join[1].map((part) => referenceOf(part)?.id) : [])];
  const byId = ids.find((id) => id !== undefined && Object.hasOwn(named.ids, id));
  if (byId !== undefined) return byId;
  // A name written out: `table/orders`, `table/orders/index/byDate`, `function:worker:live`.
  const written = typeof resourceId === 'string' ? resourceId : text !== null && !/\$\{/.test(text) ? text : null;
  const name = written === null ? undefined : (of === 'table' ? /^table\/([^/]+)/ : /^function:([^:]+)/).exec(written.trim())?.[1];
  if (name === undefined) return null;
  if (of === 'function') {
    const framework = named.frameworkByName.get(name) ?? [...name.matchAll(/-/g)].map((dash) => name.slice(dash.index + 1)).find((key) => named.frameworkKeys.has(key));
    if (framework !== undefined) return framework;
  }
  return named.byName.get(name) ?? null;
}

/**
 * Application Auto Scaling targets that scale capacity the bill prices as the template writes it: a provisioned
 * table's capacity units, a function's provisioned concurrency. Priced at what the table or the function gives, the
 * month was billed at a capacity autoscaling does not keep, between its MinCapacity and MaxCapacity, without a word.
 */
export function scaledCapacityNotes(template: TemplateFile, usageServices?: unknown): string[] {
  const doc = template.data as Doc;
  const blocks = template.kind === 'sam' ? [{ block: doc, at: [] as FieldPath }] : serverlessBlocks(doc, []);
  const notes: string[] = [];
  const scaled = notesOfKind(notes);
  const functionsBlock = template.kind === 'serverless' && isObject(doc.functions) ? doc.functions : {};
  const frameworkByName = new Map<string, string>();
  const frameworkKeys = new Set<string>();
  for (const [key, value] of Object.entries(functionsBlock)) {
    const name = isObject(value) ? resolveVariables(value.name, doc, [], `functions.${key}.name`) : undefined;
    if (typeof name === 'string') frameworkByName.set(name, key);
    else frameworkKeys.add(key);
  }
  // The tables whose capacity the usage file gives, by `name|key`.
  const tables = isObject(usageServices) ? usageServices.dynamodb : undefined;
  const given = new Set((Array.isArray(tables) ? tables : []).flatMap((entry) => (isObject(entry) ? Object.keys(entry).map((key) => `${String(entry.name)}|${key}`) : [])));
  for (const { block, at } of blocks) {
    if (!isObject(block.Resources)) continue;
    let named: Named | null = null;
    const namedOnce = (resources: Doc): Named => {
      if (named) return named;
      const byName = new Map<string, string>();
      for (const [id, resource] of Object.entries(resources))
        for (const property of ['TableName', 'FunctionName'])
          if (isObject(resource) && isObject(resource.Properties) && typeof resource.Properties[property] === 'string' && !byName.has(resource.Properties[property]))
            byName.set(resource.Properties[property], id);
      return (named = { ids: resources, byName, frameworkByName, frameworkKeys });
    };
    for (const [logicalId, resource] of Object.entries(block.Resources)) {
      if (!isObject(resource) || resource.Type !== 'AWS::ApplicationAutoScaling::ScalableTarget' || !isObject(resource.Properties)) continue;
      const { ScalableDimension: dimension, ResourceId: resourceId, MinCapacity: min, MaxCapacity: max } = resource.Properties;
      // A dimension of the table's own only: `constructor` is Object's, not a capacity.
      const dimensionName = typeof dimension === 'string' ? dimension.trim() : '';
      const capacity = ownEntry(SCALED_CAPACITY, dimensionName);
      if (capacity === undefined) continue;
      const target = scaledResource(resourceId, namedOnce(block.Resources), capacity.of);
      // Autoscaling of what this template does not price, or of capacity the usage file gives as its average: nothing to say.
      if (target === null || (capacity.usageKey !== undefined && given.has(`${target}|${capacity.usageKey}`))) continue;
      const literal = (value: Json) => typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value));
      const range = literal(min) && literal(max) ? ` between ${String(min).trim()} and ${String(max).trim()}` : '';
      const where = [...at, 'Resources', logicalId].join('.');
      scaled.add(
        () =>
          `${where}: an Application Auto Scaling target scales ${capacity.what} ${clipped(target)}${range}; priced at ${capacity.priced}, all month, which autoscaling does not keep${capacity.instead}`,
      );
    }
  }
  scaled.rest((more) => `Resources: ${more} more autoscaling targets scale capacity that is priced as the template writes it`);
  return notes;
}
