// The services around a template's functions: the resources a service reads
// (SAM, CloudFormation JSON, serverless.yml), the usage file's `services:`
// merged over them, `slcost usage init` listing them, and the estimate.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { formatError, type InputError, type SlcostError } from '../../src/core/errors.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { parseTemplate, templateKind } from '../../src/load/read-template.js';
import { readTemplateFunctions, serverlessSections } from '../../src/load/template-functions.js';
import { type ExtraResourceSource, BILLED_NOT_PRICED, findTemplateResources, scaledCapacityNotes, unpricedResources } from '../../src/load/template-resources.js';
import { isMonthlyUsage, mergeSection, readTemplateServices, templateServices, typesRead } from '../../src/load/template-services.js';
import { usageFileFor } from '../../src/commands/usage.js';
import { impliedSections } from '../../src/load/template-services.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import type { Warning } from '../../src/core/types.js';
import { scenarioSchemas } from '../../src/schema/scenario.js';
import type { TemplateResource } from '../../src/schema/template-section.js';
import { book } from '../helpers/build.js';
import { tempDir, tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const parse = (text: string, file = 'template.yaml') => parseTemplate(file, text, templateKind(text) ?? 'sam');
/** The resources some service reads, as plain data (their properties read through as a section reads them). */
const found = (text: string, extra?: readonly ExtraResourceSource[]) => {
  const assumptions: string[] = [];
  const resources = findTemplateResources(parse(text), typesRead(), assumptions, extra).map(({ resource, at }) => ({
    ...resource,
    properties: JSON.parse(JSON.stringify(resource.properties)) as unknown,
    at,
  }));
  return { resources, assumptions };
};

const load = (text: string, usage: string | null, file = 'template.yaml'): Scenario => {
  // JSON is YAML: a CloudFormation JSON template is read as one.
  const kind = templateKind(text) ?? 'sam';
  return loadTemplateScenario(file, text, kind, { usageFile: usage === null ? null : tempFile(usage, 'usage.yaml') });
};
const errorOf = (text: string, usage: string | null) => {
  try {
    load(text, usage);
  } catch (error) {
    return formatError(error as SlcostError).replace(/\/\S*usage\.yaml/g, 'USAGE');
  }
  throw new Error('expected an input error');
};
const noteIds = (scenario: Scenario) => (scenario.notes ?? []).map((note) => note.id);
const queues = (scenario: Scenario) =>
  scenario.sqsQueues.map((queue) => ({ name: queue.name, type: queue.type, requests: queue.requests.perMonth.toString(), kb: queue.messageKb.toString() }));

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Fifo: { Type: String, Default: 'true' }
Conditions:
  IsFifo: !Equals [!Ref Fifo, 'true']
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs20.x, Handler: index.handler, MemorySize: 512 }
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "\${AWS::StackName}-orders.fifo"
      FifoQueue: !If [IsFifo, true, !Ref AWS::NoValue]
  Jobs:
    Type: AWS::SQS::Queue
  Bucket:
    Type: AWS::SNS::NotAServiceType
`;

describe('finding the resources a service reads', () => {
  it("names the properties of its own types only, each once: one it reads is none of the type's others, nor another kind's spelling", () => {
    for (const { key, template } of templateServices()) {
      for (const [type, names] of Object.entries(template?.properties ?? {})) {
        expect(template!.types, `${key}: ${type}`).toContain(type);
        const all = [...names.reads, ...names.others, ...Object.keys(names.meant ?? {})];
        expect(new Set(all).size, `${key}: ${type}`).toBe(all.length);
        for (const meant of Object.values(names.meant ?? {})) expect(names.reads, `${key}: ${type}`).toContain(meant);
      }
    }
  });

  it('SAM: every resource of a type some service reads, its intrinsics resolved as the function reader resolves them', () => {
    const { resources, assumptions } = found(SAM);
    expect(resources.map(({ logicalId, type, at }) => ({ logicalId, type, at }))).toEqual([
      { logicalId: 'Orders', type: 'AWS::SQS::Queue', at: ['Resources', 'Orders'] },
      { logicalId: 'Jobs', type: 'AWS::SQS::Queue', at: ['Resources', 'Jobs'] },
    ]);
    // What the reader cannot work out (!Sub) is left as written, for a section that reads it itself.
    expect(resources[0]!.properties).toEqual({ QueueName: { 'Fn::Sub': '${AWS::StackName}-orders.fifo' }, FifoQueue: true });
    expect(resources[1]!.properties).toEqual({});
    expect(assumptions).toContain("Resources.Orders.Properties.FifoQueue: condition IsFifo is true with the parameters' defaults");
  });

  it("serverless.yml: the buckets and topics its events have the Framework create, by the logical ids it gives them; an existing one, an ARN, or a bucket of resources: of the event's name is not made again", () => {
    const { resources, assumptions } = found(`service: photos
provider: { name: aws, runtime: nodejs20.x }
custom: { bucket: my-photos-dev }
functions:
  resize:
    handler: h.resize
    events:
      - s3: \${self:custom.bucket}
      - s3: { bucket: thumbs, event: "s3:ObjectCreated:*" }
      - s3: { bucket: archive, existing: true }
      - s3: kept
      - sns: orders
  audit:
    handler: h.audit
    events:
      - s3: { bucket: "\${self:custom.bucket}", rules: [{ suffix: .png }] }
      - sns: orders
      - sns: { arn: "arn:aws:sns:us-east-1:123456789012:alerts", topicName: alerts }
      - sns: arn:aws:sns:us-east-1:123456789012:other
      - s3: \${env:NOWHERE}
resources:
  Resources:
    Kept: { Type: AWS::S3::Bucket, Properties: { BucketName: kept } }
`);
    expect(resources.map(({ logicalId, type, properties, at }) => ({ logicalId, type, properties, at }))).toEqual([
      { logicalId: 'Kept', type: 'AWS::S3::Bucket', properties: { BucketName: 'kept' }, at: ['resources', 'Resources', 'Kept'] },
      { logicalId: 'S3BucketMyphotosdev', type: 'AWS::S3::Bucket', properties: { BucketName: 'my-photos-dev' }, at: ['functions', 'resize', 'events', 0, 's3'] },
      { logicalId: 'S3BucketThumbs', type: 'AWS::S3::Bucket', properties: { BucketName: 'thumbs' }, at: ['functions', 'resize', 'events', 1, 's3'] },
      {
        logicalId: 'SNSTopicOrders',
        type: 'AWS::SNS::Topic',
        properties: {
          TopicName: 'orders',
          Subscription: [
            { Protocol: 'lambda', Endpoint: 'ResizeLambdaFunction' },
            { Protocol: 'lambda', Endpoint: 'AuditLambdaFunction' },
          ],
        },
        at: ['functions', 'resize', 'events', 4, 'sns'],
      },
    ]);
    expect(assumptions).toEqual([
      'functions.audit.events[4].s3: the bucket the Framework creates for it is named by "${env:NOWHERE}", which slcost cannot work out; it is not priced',
    ]);
  });

  it("serverless.yml: a resource of resources: under the logical id the Framework gives an event's bucket or topic is merged into it, not said to be deployed beside it", () => {
    const { resources, assumptions } = found(`service: s
provider: { name: aws }
functions:
  a: { handler: h, events: [{ s3: photos }, { sns: orders }] }
resources:
  Resources:
    S3BucketPhotos: { Type: AWS::S3::Bucket, Properties: { CorsConfiguration: { CorsRules: [] } } }
    SNSTopicOrders: { Type: AWS::SNS::Topic, Properties: { DisplayName: Orders } }
`);
    expect(resources.map(({ logicalId, at }) => [logicalId, at])).toEqual([
      ['S3BucketPhotos', ['resources', 'Resources', 'S3BucketPhotos']],
      ['SNSTopicOrders', ['resources', 'Resources', 'SNSTopicOrders']],
    ]);
    expect(assumptions).toEqual([]);
  });

  it("serverless.yml: a bucket an s3 event names by a key of provider.s3 is deployed under that entry's name, its logical id the key's; a bucket of resources: of that name is the one the event uses", () => {
    const { resources } = found(`service: s
provider:
  name: aws
  s3:
    photos: { name: acme-photos-prod, versioningConfiguration: { Status: Enabled } }
    logs: { name: acme-logs }
    plain: { versioningConfiguration: { Status: Enabled } }
functions:
  a: { handler: h, events: [{ s3: photos }, { s3: { bucket: logs } }, { s3: plain }] }
resources:
  Resources:
    Logs: { Type: AWS::S3::Bucket, Properties: { BucketName: acme-logs } }
`);
    expect(resources.map(({ logicalId, properties }) => [logicalId, properties])).toEqual([
      ['Logs', { BucketName: 'acme-logs' }],
      ['S3BucketPhotos', { BucketName: 'acme-photos-prod' }],
      ['S3BucketPlain', { BucketName: 'plain' }],
    ]);
  });

  it('serverless.yml: the bus an eventBridge event names without an ARN, which the Framework creates; not one by ARN, nor the default bus', () => {
    const { resources } = found(`service: shop
provider: { name: aws, runtime: nodejs20.x }
functions:
  fulfil:
    handler: h.fulfil
    events:
      - eventBridge: { eventBus: order_events, pattern: { source: [shop] } }
      - eventBridge: { eventBus: order_events, pattern: { source: [returns] } }
      - eventBridge: { eventBus: "arn:aws:events:us-east-1:123456789012:event-bus/shared", pattern: { source: [shop] } }
      - eventBridge: { eventBus: default, pattern: { source: [aws.s3] } }
      - eventBridge: { schedule: rate(1 hour) }
`);
    expect(resources.map(({ logicalId, type, properties, at }) => ({ logicalId, type, properties, at }))).toEqual([
      {
        logicalId: 'OrderUnderscoreeventsEventBridgeEventBus',
        type: 'AWS::Events::EventBus',
        properties: { Name: 'order_events' },
        at: ['functions', 'fulfil', 'events', 0, 'eventBridge'],
      },
    ]);
  });

  it("SAM: the queue an SNS event's SqsSubscription: true has SAM create, under the id SAM gives it; not one of a queue already there", () => {
    const { resources } = found(`Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Events:
        Orders: { Type: SNS, Properties: { Topic: !Ref Topic, SqsSubscription: true } }
        Theirs: { Type: SNS, Properties: { Topic: !Ref Topic, SqsSubscription: { QueueArn: arn, QueueUrl: url } } }
        Direct: { Type: SNS, Properties: { Topic: !Ref Topic } }
  Topic: { Type: AWS::SNS::Topic }
`);
    expect(resources.map(({ logicalId, type, at }) => ({ logicalId, type, at }))).toEqual([
      { logicalId: 'Topic', type: 'AWS::SNS::Topic', at: ['Resources', 'Topic'] },
      { logicalId: 'FnOrdersQueue', type: 'AWS::SQS::Queue', at: ['Resources', 'Fn', 'Properties', 'Events', 'Orders'] },
    ]);
  });

  it("SAM: the queue or topic of an EventInvokeConfig destination of type SQS or SNS that names none, its own or Globals'", () => {
    const { resources } = found(`Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SNS } } }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      EventInvokeConfig:
        DestinationConfig:
          OnSuccess: { Type: SQS }
          OnFailure: { Type: SQS, Destination: arn:aws:sqs:us-east-1:1:q }
  Other: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Plain: { Type: AWS::Serverless::Function, Properties: { Handler: h, EventInvokeConfig: { DestinationConfig: { OnSuccess: { Type: Lambda, Destination: arn } } } } }
`);
    expect(resources.map(({ logicalId, type, at }) => ({ logicalId, type, at }))).toEqual([
      { logicalId: 'FnEventInvokeConfigOnSuccessQueue', type: 'AWS::SQS::Queue', at: ['Resources', 'Fn', 'Properties', 'EventInvokeConfig', 'DestinationConfig', 'OnSuccess'] },
      { logicalId: 'OtherEventInvokeConfigOnFailureTopic', type: 'AWS::SNS::Topic', at: ['Globals', 'Function', 'EventInvokeConfig', 'DestinationConfig', 'OnFailure'] },
      // Globals' destination merged under the function's own EventInvokeConfig, as SAM merges them.
      { logicalId: 'PlainEventInvokeConfigOnFailureTopic', type: 'AWS::SNS::Topic', at: ['Globals', 'Function', 'EventInvokeConfig', 'DestinationConfig', 'OnFailure'] },
    ]);
  });

  it('SAM: the queue or topic of a destination written as an Fn::If of AWS::NoValue, which SAM creates under its condition; a Type SAM refuses said, not dropped', () => {
    const { resources, assumptions } = found(`Transform: AWS::Serverless-2016-10-31
Parameters: { Env: { Type: String, Default: dev } }
Conditions: { IsProd: !Equals [!Ref Env, prod] }
Globals:
  Function:
    EventInvokeConfig: { DestinationConfig: { OnSuccess: { Type: sqs } } }
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      EventInvokeConfig:
        DestinationConfig:
          OnFailure: { Type: SQS, Destination: !If [IsProd, !Ref AWS::NoValue, arn:aws:sqs:us-east-1:1:q] }
  B:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      EventInvokeConfig:
        DestinationConfig:
          OnFailure: { Type: SNS, Destination: !If [IsProd, arn:aws:sns:us-east-1:1:t, !Ref AWS::NoValue] }
  C:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      EventInvokeConfig:
        DestinationConfig:
          OnFailure: { Type: SQS, Destination: !If [IsProd, arn:aws:sqs:us-east-1:1:a, arn:aws:sqs:us-east-1:1:b] }
`);
    expect(resources.map(({ logicalId }) => logicalId)).toEqual(['AEventInvokeConfigOnFailureQueue', 'BEventInvokeConfigOnFailureTopic']);
    expect(assumptions).toEqual([
      'Globals.Function.EventInvokeConfig.DestinationConfig.OnSuccess.Type: "sqs" is none of SQS, SNS, EventBridge, Lambda and S3Bucket (SAM refuses it); no queue or topic is made for it',
      "Resources.A.Properties.EventInvokeConfig.DestinationConfig.OnFailure.Destination: SAM creates its queue or topic where condition IsProd holds, which it does not with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
    ]);
  });

  it('serverless.yml: the topic rules of iot events and the consumers of kinesis stream events with consumer: true, under the ids the Framework gives them', () => {
    const framework = parse(
      [
        'service: s',
        'provider: { name: aws }',
        'functions:',
        '  read-orders:',
        '    handler: h',
        '    events:',
        '      - iot: { sql: "SELECT * FROM \'a\'" }',
        '      - iot: { sql: "SELECT * FROM \'b\'" }',
        '      - stream: { type: kinesis, arn: "arn:aws:kinesis:us-east-1:1:stream/orders", consumer: true }',
        '      - stream: { type: kinesis, arn: { "Fn::GetAtt": [Clicks, Arn] }, consumer: true }',
        '      - stream: { type: kinesis, arn: "arn:aws:kinesis:us-east-1:1:stream/old" }',
        '      - stream: { arn: "arn:aws:kinesis:us-east-1:1:stream/typeless", consumer: true }',
        '      - stream: { type: dynamodb, arn: "arn:aws:dynamodb:us-east-1:1:table/t/stream/1", consumer: true }',
        '',
      ].join('\n'),
      'serverless.yml',
    );
    expect(unpricedResources(framework)).toEqual([
      { logicalId: 'ReadDashordersIotTopicRule1', type: 'AWS::IoT::TopicRule' },
      { logicalId: 'ReadDashordersIotTopicRule2', type: 'AWS::IoT::TopicRule' },
      { logicalId: 'ReadDashordersordersConsumerStreamConsumer', type: 'AWS::Kinesis::StreamConsumer' },
      { logicalId: 'ReadDashordersClicksConsumerStreamConsumer', type: 'AWS::Kinesis::StreamConsumer' },
      { logicalId: 'ReadDashorderstypelessConsumerStreamConsumer', type: 'AWS::Kinesis::StreamConsumer' },
    ]);
    const sam = parse(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Events: { Rule: { Type: IoTRule, Properties: { Sql: x } } } }\n',
    );
    expect(unpricedResources(sam)).toEqual([{ logicalId: 'FnRule', type: 'AWS::IoT::TopicRule' }]);
  });

  it("resolves a property written as Fn::Select or Fn::Length of a list the template gives, as a function's setting is", () => {
    const { resources, assumptions } = found(`Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
Parameters:
  Sizes: { Type: CommaDelimitedList, Default: "2, 40" }
Resources:
  Picked: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: !Select [1, !Ref Sizes] } }
  Counted: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: { "Fn::Length": [a, b, c] } } }
  Unknown: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: { "Fn::Length": !GetAtt X.Y } } }
`);
    expect(resources.map(({ properties }) => (properties as { ShardCount?: unknown }).ShardCount)).toEqual(['40', 3, undefined]);
    expect(assumptions).toContain('Resources.Unknown.Properties.ShardCount: Fn::Length of a list the template alone does not give; the default is used');
  });

  it('a property no section reads adds no note: only what is read is resolved', () => {
    const assumptions: string[] = [];
    const [orders] = findTemplateResources(parse(SAM), typesRead(), assumptions);
    expect(assumptions).toEqual([]);
    expect(orders!.resource.properties.FifoQueue).toBe(true);
    expect(assumptions).toHaveLength(1);
    // Read again: resolved once, noted once.
    expect(orders!.resource.properties.FifoQueue).toBe(true);
    expect(assumptions).toHaveLength(1);
  });

  it("a Ref to one of the template's resources is kept as written, and links a subscription to its topic", () => {
    const template = parse(`Parameters:
  Alerts: { Type: String, Default: email }
Resources:
  Events: { Type: AWS::SNS::Topic }
  Audit: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref Events, Protocol: https, Endpoint: https://audit.example } }
  Ops: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref Events, Protocol: !Ref Alerts, Endpoint: ops@example.com } }
  Outside: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref Elsewhere, Protocol: sms, Endpoint: '+15550100' } }
`);
    const assumptions: string[] = [];
    const sns = impliedSections(template, assumptions).find((section) => section.key === 'sns')!;
    // A parameter is still worked out (Ops: email); a name neither a resource nor a parameter is still not known.
    expect(sns.implied).toEqual([{ name: 'Events', subscriptions: { http: 1, email: 1 } }]);
    expect(assumptions).toEqual([
      'Resources.Ops.Properties.Protocol: used parameter Alerts\'s default, "email"',
      'Resources.Outside.Properties.TopicArn: Elsewhere is not known from the template alone; the default is used',
    ]);
  });

  it("links a subscription by its topic's TopicArn attribute, in either form, as by its Ref (its deliveries went uncounted)", () => {
    const template = parse(`Resources:
  Events: { Type: AWS::SNS::Topic }
  Audit: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !GetAtt Events.TopicArn, Protocol: https, Endpoint: https://audit.example } }
  Ops: { Type: AWS::SNS::Subscription, Properties: { TopicArn: { 'Fn::GetAtt': [Events, TopicArn] }, Protocol: email, Endpoint: ops@example.com } }
  Named: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !GetAtt Events.TopicName, Protocol: sms, Endpoint: '+15550100' } }
`);
    const sns = impliedSections(template, []).find((section) => section.key === 'sns')!;
    // A topic's name is no ARN (CloudFormation refuses the subscription): not counted.
    expect(sns.implied).toEqual([{ name: 'Events', subscriptions: { http: 1, email: 1 } }]);
  });

  it("a state machine's DefinitionSubstitutions fill its Definition through the template reader: a parameter's default is put in, a resource's name or ARN is a link, unsaid", () => {
    const template = parse(`Transform: AWS::Serverless-2016-10-31
Parameters:
  HoldType: { Type: String, Default: Wait }
Resources:
  Table: { Type: AWS::DynamoDB::Table }
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Hold
        States:
          Hold: { Type: '\${HoldType}', Seconds: 1, Next: Put }
          Put: { Type: Task, Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: '\${TableName}' }, End: true }
      DefinitionSubstitutions: { HoldType: !Ref HoldType, TableName: !Ref Table }
`);
    const assumptions: string[] = [];
    const machines = impliedSections(template, assumptions).find((section) => section.key === 'step_functions')!.implied as { definition: { States: Record<string, unknown> } }[];
    expect(machines[0]!.definition.States).toEqual({
      Hold: { Type: 'Wait', Seconds: 1, Next: 'Put' },
      Put: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: '${TableName}' }, End: true },
    });
    // The table's Ref, a link the walk does not read, was said to be "one of the template's resources, whose value the template alone cannot tell".
    expect(assumptions.filter((note) => note.includes('TableName'))).toEqual([]);
  });

  it('a Ref to one of its resources read as a value, not as a link, is said as any other value the template cannot tell', () => {
    const template = parse(`Resources:
  Orders: { Type: AWS::SQS::Queue, Properties: { FifoQueue: !Ref Jobs } }
  Jobs: { Type: AWS::SQS::Queue }
  Events: { Type: AWS::SNS::Topic, Properties: { Subscription: [{ Protocol: !Ref Jobs, Endpoint: x }] } }
  Audit: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref Events, Protocol: sqs, Endpoint: x } }
`);
    const assumptions: string[] = [];
    const sections = impliedSections(template, assumptions);
    expect(sections.find((section) => section.key === 'sqs')!.implied).toEqual([
      { name: 'Orders', type: 'standard' },
      { name: 'Jobs', type: 'standard' },
    ]);
    expect(sections.find((section) => section.key === 'sns')!.implied).toEqual([{ name: 'Events', subscriptions: { sqs: 1 } }]);
    // Kept as written for Audit's TopicArn, the Refs went unsaid where a section wanted a value: FIFO or not, a protocol.
    expect(assumptions).toEqual([
      "Resources.Orders.Properties.FifoQueue: Jobs is one of the template's resources, whose value the template alone cannot tell; the default is used",
      "Resources.Events.Properties.Subscription[0].Protocol: Jobs is one of the template's resources, whose value the template alone cannot tell; the default is used",
    ]);
  });

  it('CloudFormation JSON, with Fn::FindInMap and a parameter default nested inside a property', () => {
    const json = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Stage: { Type: 'String', Default: 'prod' } },
      Mappings: { Queues: { prod: { Fifo: 'true' } } },
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'python3.12' } },
        Q: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: { 'Fn::FindInMap': ['Queues', { Ref: 'Stage' }, 'Fifo'] }, Tags: [{ Key: 'stage', Value: { Ref: 'Stage' } }] } },
      },
    });
    const { resources } = found(json);
    expect(resources.map((resource) => resource.properties)).toEqual([{ FifoQueue: 'true', Tags: [{ Key: 'stage', Value: 'prod' }] }]);
    expect(queues(load(json, null))).toEqual([{ name: 'Q', type: 'fifo', requests: '0', kb: '1' }]);
  });

  it('serverless.yml: resources.Resources, with ${self:} variables and the blocks’ own Conditions', () => {
    const text = `service: shop
provider: { name: aws, runtime: nodejs20.x }
custom: { fifo: true }
functions:
  worker: { handler: h.worker }
resources:
  Conditions:
    Always: !Equals [a, a]
  Resources:
    Orders:
      Type: AWS::SQS::Queue
      Properties: { FifoQueue: '\${self:custom.fifo}' }
    Dead:
      Type: AWS::SQS::Queue
      Properties: { FifoQueue: !If [Always, false, true] }
    Table: { Type: AWS::IAM::Role }
`;
    const { resources } = found(text);
    expect(resources.map(({ logicalId, properties, at }) => ({ logicalId, properties, at }))).toEqual([
      { logicalId: 'Orders', properties: { FifoQueue: true }, at: ['resources', 'Resources', 'Orders'] },
      { logicalId: 'Dead', properties: { FifoQueue: false }, at: ['resources', 'Resources', 'Dead'] },
    ]);
  });

  it('serverless.yml: resources as a list of blocks, a later block’s resource replacing an earlier one of the same id; a ${file()} block left out', () => {
    const text = `service: shop
provider: { name: aws }
functions:
  worker: { handler: h.worker }
resources:
  - \${file(resources/other.yml)}
  - Resources:
      Orders: { Type: AWS::SQS::Queue }
      Jobs: { Type: AWS::SQS::Queue }
  - Resources:
      Orders: { Type: AWS::SQS::Queue, Properties: { FifoQueue: true } }
`;
    const { resources } = found(text);
    expect(resources.map(({ logicalId, properties, at }) => ({ logicalId, properties, at }))).toEqual([
      { logicalId: 'Jobs', properties: {}, at: ['resources', 1, 'Resources', 'Jobs'] },
      { logicalId: 'Orders', properties: { FifoQueue: true }, at: ['resources', 2, 'Resources', 'Orders'] },
    ]);
  });

  it('an extra resource source (a plugin block) plugs in as one entry, its properties resolved like the others', () => {
    const text = 'service: s\nprovider: { name: aws }\ncustom: { fifo: true }\nfunctions: { f: { handler: h } }\nplugin: { queues: [A] }\n';
    const source: ExtraResourceSource = {
      at: () => ['plugin', 'queues'],
      read: (doc) =>
        ((doc.plugin as { queues: string[] }).queues ?? []).map((name): TemplateResource => ({
          logicalId: name,
          type: 'AWS::SQS::Queue',
          properties: { FifoQueue: '${self:custom.fifo}' },
        })),
    };
    expect(found(text, [source]).resources).toEqual([{ logicalId: 'A', type: 'AWS::SQS::Queue', properties: { FifoQueue: true }, at: ['plugin', 'queues'] }]);
  });

  it('says a Step Functions plugin machine keyed as a machine of resources:, which it replaced in silence, though both are deployed', () => {
    const { resources, assumptions } = found(
      [
        'service: s',
        'provider: { name: aws }',
        'functions: { f: { handler: h } }',
        'stepFunctions:',
        '  stateMachines:',
        '    Flow: { definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } }',
        '    Other: { definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } }',
        'resources:',
        '  Resources:',
        '    Flow: { Type: AWS::StepFunctions::StateMachine, Properties: { Definition: { StartAt: B, States: { B: { Type: Pass, End: true } } } } }',
        '',
      ].join('\n'),
    );
    expect(resources.map((resource) => [resource.logicalId, resource.at.join('.')])).toEqual([
      ['Flow', 'stepFunctions.stateMachines.Flow'],
      ['Other', 'stepFunctions.stateMachines.Other'],
    ]);
    expect(assumptions).toEqual([
      'stepFunctions.stateMachines.Flow: named as resources.Resources.Flow, which is deployed beside it; priced under that name in its place, resources.Resources.Flow is left out of the bill (rename one of them)',
    ]);
  });

  it('every service’s monthly usage keys accept zero: what a resource without usage is given', () => {
    // The contract the merge relies on. A resource of no properties may lack what its section needs (a stream's shards): only the usage keys are judged.
    for (const { key, template } of templateServices()) {
      if (!template) continue;
      for (const type of template.types) {
        const implied = template.section([{ logicalId: 'R', type, properties: {} }]) ?? {};
        const zeros = Object.fromEntries(template.usageKeys.filter(isMonthlyUsage).map((usageKey) => [usageKey, 0]));
        const section = Array.isArray(implied) ? implied.map((entry) => ({ ...(entry as object), ...zeros })) : { ...(implied as object), ...zeros };
        const parsed = (scenarioSchemas().services as unknown as { safeParse(data: unknown): { error?: { issues: { path: PropertyKey[] }[] } } }).safeParse({ [key]: section });
        const onUsageKeys = (parsed.error?.issues ?? []).filter((issue) => template.usageKeys.includes(String(issue.path.at(-1))));
        expect(onUsageKeys, `${key} ${type}`).toEqual([]);
      }
    }
  });
});

describe('capacity autoscaling moves', () => {
  it('says an autoscaling target of a table’s capacity or a function’s provisioned concurrency, of SAM and of a serverless.yml', () => {
    const sam = parse(
      'Resources:\n  T: { Type: AWS::DynamoDB::Table }\n  R:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties: { MinCapacity: 5, MaxCapacity: 50, ResourceId: !Sub "table/${T}/index/g", ScalableDimension: dynamodb:index:ReadCapacityUnits }\n  Other:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties: { ResourceId: service/c/s, ScalableDimension: ecs:service:DesiredCount }\n  Odd:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties: { ScalableDimension: constructor }\n',
    );
    expect(scaledCapacityNotes(sam)).toEqual([
      "Resources.R: an Application Auto Scaling target scales the read capacity of an index of table T between 5 and 50; priced at the index's ProvisionedThroughput, all month, which autoscaling does not keep (give the month's average, the table's and its indexes' together, as read_capacity_units in the usage file's services.dynamodb)",
    ]);
    const serverless = parse(
      "service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, provisionedConcurrency: 2 }\nresources:\n  Resources:\n    P:\n      Type: AWS::ApplicationAutoScaling::ScalableTarget\n      Properties: { MinCapacity: !Ref Min, MaxCapacity: 9, ResourceId: 'function:s-dev-f:provisioned', ScalableDimension: lambda:function:ProvisionedConcurrency }\n",
      'serverless.yml',
    );
    expect(scaledCapacityNotes(serverless)).toEqual([
      'resources.Resources.P: an Application Auto Scaling target scales the provisioned concurrency of function f; priced at the provisioned concurrency the template gives it, all month, which autoscaling does not keep',
    ]);
  });

  it('says nothing of a target of what the template does not price, nor of capacity the usage file gives as its average', () => {
    const target = (resourceId: string, dimension = 'dynamodb:table:WriteCapacityUnits') =>
      parse(
        `Resources:\n  T: { Type: AWS::DynamoDB::Table, Properties: { TableName: orders } }\n  R:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties: { MinCapacity: 1, MaxCapacity: 9, ResourceId: ${resourceId}, ScalableDimension: ${dimension} }\n`,
      );
    const said = (resourceId: string, usage?: unknown) => scaledCapacityNotes(target(resourceId), usage).map((note) => /capacity of table (\S+)/.exec(note)?.[1]);
    // A table of another stack's, and a stack's own name in a name (a pseudo parameter, which was taken for the table).
    expect(said('table/orders-in-another-stack')).toEqual([]);
    expect(said('!Sub "table/${AWS::StackName}-orders"')).toEqual([]);
    // The table by the name it is given, and by its logical id.
    expect(said('table/orders')).toEqual(['T']);
    expect(said('!Sub "table/${T}"')).toEqual(['T']);
    // Given its average write capacity, as the note advises, the table is priced at it: nothing more to say of writes.
    expect(said('!Sub "table/${T}"', { dynamodb: [{ name: 'T', write_capacity_units: 20 }] })).toEqual([]);
    expect(said('!Sub "table/${T}"', { dynamodb: [{ name: 'T', read_capacity_units: 20 }] })).toEqual(['T']);
  });
});

describe('hostile resources stay bounded', () => {
  it('a queue with a huge property that nothing reads costs nothing to find; read whole, the reader’s bound on intrinsic steps holds for the resource', () => {
    const tags = Array.from({ length: 20_000 }, (_, index) => ({ Key: `k${index}`, Value: { Ref: 'Missing' } }));
    const json = JSON.stringify({ Resources: { F: { Type: 'AWS::Lambda::Function' }, Q: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: true, Tags: tags } } } });
    const scenario = load(json, null);
    expect(queues(scenario)).toEqual([{ name: 'Q', type: 'fifo', requests: '0', kb: '1' }]);
    expect((scenario.notes ?? []).filter((note) => note.id === 'template_assumption')).toEqual([]);
    const assumptions: string[] = [];
    const [queue] = findTemplateResources(parse(json), typesRead(), assumptions);
    expect((queue!.resource.properties.Tags as unknown[]).length).toBe(20_000);
    expect(() => JSON.stringify(queue!.resource.properties)).toThrow('Resources.Q.Properties.Tags[10000].Value: its intrinsic functions take more than 10000 steps to work out');
    expect(assumptions).toHaveLength(10_000);
  });

  it("says a serverless.yml's resources block it cannot open (${file(…)}), and reads one given through ${self:} (one went unsaid, the other unread)", () => {
    const text = `service: s
provider: { name: aws }
custom: { queues: { Resources: { Jobs: { Type: AWS::SQS::Queue } } } }
resources:
  - \${file(resources/tables.yml)}
  - \${self:custom.queues}
functions: { f: { handler: h } }
`;
    const assumptions: string[] = [];
    const found = findTemplateResources(parseTemplate('serverless.yml', text, 'serverless'), typesRead(), assumptions);
    expect(found.map(({ resource }) => resource.logicalId)).toEqual(['Jobs']);
    expect(assumptions).toEqual(['resources[0]: "${file(resources/tables.yml)}" is not a block of resources the file holds; the resources it names are not priced']);
  });

  it('says the resources of a block written as variables it cannot resolve (Db: ${file(./db.yml)}, an RDS cluster left out unsaid), and reads a resource or a Resources given through ${self:}, which went unread', () => {
    const text = `service: s
provider: { name: aws }
custom: { queue: { Type: AWS::SQS::Queue }, more: { Jobs: { Type: AWS::SQS::Queue } } }
resources:
  - Resources:
      Db: \${file(./resource/db.yml)}
      Role: \${file(./resource/role.yml)}
      Orders: \${self:custom.queue}
      Plain: { Type: AWS::SQS::Queue }
  - Resources: \${self:custom.more}
  - Resources: \${file(./resource/all.yml)}
functions: { f: { handler: h } }
`;
    const assumptions: string[] = [];
    const template = parseTemplate('serverless.yml', text, 'serverless');
    const found = findTemplateResources(template, typesRead(), assumptions);
    expect(found.map(({ resource, at }) => [resource.logicalId, resource.type, at.join('.')])).toEqual([
      ['Orders', 'AWS::SQS::Queue', 'resources.0.Resources.Orders'],
      ['Plain', 'AWS::SQS::Queue', 'resources.0.Resources.Plain'],
      ['Jobs', 'AWS::SQS::Queue', 'resources.1.Resources.Jobs'],
    ]);
    expect(assumptions).toEqual([
      "resources[0].Resources: resources Db, Role are variables slcost cannot resolve (another file's, or a source it does not read); what they deploy is not priced",
      'resources[2].Resources: "${file(./resource/all.yml)}" is in another file or a source slcost does not read; the resources it names are not priced',
    ]);
    // The estimate says it once, as a template_assumption note.
    const notes = loadTemplateScenario('serverless.yml', text, 'serverless', { usageFile: null }).notes ?? [];
    expect(notes.filter((note) => note.message.includes('cannot resolve')).map((note) => note.id)).toEqual(['template_assumption']);
  });

  it('says a resource written as a variable it resolves to no resource (a word, a number) as such, where it was one "slcost cannot resolve"', () => {
    const text = `service: s
provider: { name: aws }
custom: { word: hello }
resources:
  Resources:
    Word: \${self:custom.word}
    Number: \${self:custom.missing, 5}
    Db: \${file(./resource/db.yml)}
functions: { f: { handler: h } }
`;
    const assumptions: string[] = [];
    findTemplateResources(parseTemplate('serverless.yml', text, 'serverless'), typesRead(), assumptions);
    expect(assumptions).toEqual([
      "resources.Resources: resource Db is a variable slcost cannot resolve (another file's, or a source it does not read); what it deploys is not priced",
      'resources.Resources: resources Word ("hello"), Number (5) are variables whose values are no resource (a mapping with a Type), which CloudFormation refuses; not priced',
    ]);
  });

  it('reads the serverless-step-functions block given through ${self:}, whose machines went unpriced in silence', () => {
    const text = `service: s
provider: { name: aws }
custom: { sf: { stateMachines: { Flow: { definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } } } } }
stepFunctions: \${self:custom.sf}
functions: { f: { handler: h } }
`;
    const found = findTemplateResources(parseTemplate('serverless.yml', text, 'serverless'), typesRead(), []);
    expect(found.map(({ resource }) => [resource.logicalId, resource.type])).toEqual([['Flow', 'AWS::StepFunctions::StateMachine']]);
  });

  it('a condition that refers to itself is refused, as for a function, at the condition that closes the loop', () => {
    const text = `Resources:
  F: { Type: AWS::Lambda::Function }
  Q:
    Type: AWS::SQS::Queue
    Properties: { FifoQueue: !If [A, true, false] }
Conditions:
  A: !Condition B
  B: !Not [!Condition A]
`;
    // B's !Condition A closes the loop: line 8, where B is written (the file said no line before).
    expect(errorOf(text, null)).toBe('template.yaml:8:11: Resources.Q.Properties.FifoQueue: condition A refers to itself (A → B → A) (at Conditions.B)');
  });

  it('intrinsics nested past the reader’s bound on depth are not followed', () => {
    let value: unknown = true;
    for (let level = 0; level < 25; level++) value = { 'Fn::If': ['Yes', value, false] };
    const json = JSON.stringify({
      Conditions: { Yes: { 'Fn::Equals': ['a', 'a'] } },
      Resources: { F: { Type: 'AWS::Lambda::Function' }, Q: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: value } } },
    });
    // The reader's depth bound (20) stops the nesting first: what is left is not a value, and the queue stays standard.
    expect(queues(load(json, null))).toEqual([{ name: 'Q', type: 'standard', requests: '0', kb: '1' }]);
  });

  it('an alias bomb in a property is refused by yaml’s own bound on aliases, before any resource is read', () => {
    const lines = ['Resources:', '  F: { Type: AWS::Lambda::Function }', '  Q:', '    Type: AWS::SQS::Queue', '    Properties:', '      L0: &a0 [x, x]'];
    for (let level = 1; level < 30; level++) lines.push(`      L${level}: &a${level} [*a${level - 1}, *a${level - 1}]`);
    lines.push('      FifoQueue: true');
    expect(errorOf(`${lines.join('\n')}\n`, null)).toMatch(/alias/);
  });
});

describe('the usage file’s services merged over the template', () => {
  const usage = `functions:
  Api: { requests_per_month: 1000000, duration_ms: 100 }
services:
  sqs:
    - { name: Orders, messages_per_month: 10000000, message_kb: 70 }
`;

  it('an entry by name: the template’s structure (FIFO) with the usage file’s figures', () => {
    const scenario = load(SAM, usage);
    expect(queues(scenario)).toEqual([
      { name: 'Orders', type: 'fifo', requests: '30000000', kb: '70' },
      { name: 'Jobs', type: 'standard', requests: '0', kb: '1' },
    ]);
    expect(scenario.notes).toContainEqual({
      id: 'no_usage_given',
      // The usage file given is where they go, by its name: "slcost usage init writes one" sent its reader back to it.
      message: expect.stringMatching(/^no usage given for Jobs \(services\.sqs\): messages_per_month priced at zero; add them to \S+\/usage\.yaml$/),
    });
  });

  it('a field the usage file gives replaces the template’s', () => {
    const scenario = load(SAM, 'services:\n  sqs:\n    - { name: Orders, type: standard, requests_per_month: 5 }\n    - { name: Jobs, requests_per_month: 7 }\n');
    expect(queues(scenario)).toEqual([
      { name: 'Orders', type: 'standard', requests: '5', kb: '1' },
      { name: 'Jobs', type: 'standard', requests: '7', kb: '1' },
    ]);
    expect(noteIds(scenario)).not.toContain('usage_not_in_template');
    // The usage file's type wins, and is said: the bill is not what the template deploys (it went unsaid).
    expect((scenario.notes ?? []).filter((note) => note.message.includes('services.sqs'))).toEqual([
      { id: 'usage_over_template', message: 'services.sqs[0] (Orders): type "standard" where the template gives "fifo"; priced as the usage file gives it' },
    ]);
  });

  it("a usage file that changes a table's or a stream's mode drops the template's capacity with it, and says so", () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  Users:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PROVISIONED
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
  Clicks:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 4 }
`;
    // It was refused: "read_capacity_units applies to provisioned tables", of capacity the user never wrote.
    const scenario = load(
      template,
      `services:
  dynamodb: [{ name: Users, capacity_mode: on_demand, reads_per_month: 1000, writes_per_month: 1000, storage_gb: 1 }]
  kinesis: [{ name: Clicks, mode: on_demand, records_per_month: 1000 }]
`,
    );
    expect((scenario.notes ?? []).filter((note) => note.id === 'usage_over_template').map((note) => note.message)).toEqual([
      'services.dynamodb[0] (Users): capacity_mode "on_demand" where the template gives "provisioned"; priced as the usage file gives it, without the template\'s read_capacity_units 5 and write_capacity_units 5',
      'services.kinesis[0] (Clicks): mode "on_demand" where the template gives "provisioned"; priced as the usage file gives it, without the template\'s shards 4',
    ]);
    const ids = estimate(scenario, book(scenario.pricingId)).platforms[0]!.lineItems.map((item) => item.id);
    // As the template gives them, they bill dynamodb.read-capacity, dynamodb.write-capacity and kinesis.provisioned.shard-hours.
    expect(ids.filter((id) => id.endsWith('-capacity'))).toEqual([]);
    expect(ids.some((id) => id.startsWith('dynamodb.read-request-units'))).toBe(true);
    expect(ids.some((id) => id.startsWith('kinesis.') && id.includes('shard'))).toBe(false);
  });

  it('an entry naming only a resource says nothing of its usage: zero, and the note', () => {
    const scenario = load(SAM, 'services:\n  sqs:\n    - { name: Orders }\n');
    expect(queues(scenario)[0]).toEqual({ name: 'Orders', type: 'fifo', requests: '0', kb: '1' });
    expect((scenario.notes ?? []).find((note) => note.id === 'no_usage_given' && note.message.includes('services.sqs'))?.message).toMatch(
      /^no usage given for Orders, Jobs \(services\.sqs\)/,
    );
  });

  it('a usage entry naming no resource is kept, priced as given, with a note and a suggestion', () => {
    const scenario = load(SAM, 'services:\n  sqs:\n    - { name: Order, messages_per_month: 1000 }\n    - { name: External, requests_per_month: 2000 }\n');
    expect(queues(scenario).map((queue) => [queue.name, queue.requests])).toEqual([
      ['Orders', '0'],
      ['Jobs', '0'],
      ['Order', '3000'],
      ['External', '2000'],
    ]);
    expect((scenario.notes ?? []).filter((note) => note.id === 'usage_not_in_template').map((note) => note.message)).toEqual([
      'services.sqs: Order is in the usage file but not in the template; priced as the usage file gives it (did you mean Orders?)',
      'services.sqs: External is in the usage file but not in the template; priced as the usage file gives it',
    ]);
  });

  it('a usage entry written with the name a resource is deployed under is told the logical id that names it: a bucket a serverless.yml event makes, or a BucketName', () => {
    const framework = 'service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, events: [{ s3: my-photos }] }\n';
    const scenario = load(framework, 'functions:\n  f: { requests_per_month: 1, duration_ms: 1 }\nservices:\n  s3:\n    - { name: my-photos, storage_gb: 10 }\n', 'serverless.yml');
    expect((scenario.notes ?? []).filter((note) => note.id === 'usage_not_in_template').map((note) => note.message)).toEqual([
      'services.s3: my-photos is in the usage file but not in the template; priced as the usage file gives it (did you mean S3BucketMyphotos, deployed as my-photos? a usage entry names a resource by its logical id)',
    ]);
    const sam =
      'Resources:\n  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n  Uploads: { Type: AWS::S3::Bucket, Properties: { BucketName: acme-uploads } }\n';
    expect((load(sam, 'services:\n  s3:\n    - { name: acme-uploads, storage_gb: 10 }\n').notes ?? []).map((note) => note.message)).toContain(
      'services.s3: acme-uploads is in the usage file but not in the template; priced as the usage file gives it (did you mean Uploads, deployed as acme-uploads? a usage entry names a resource by its logical id)',
    );
  });

  it("the name a resource is deployed under is the property its service's template section names: a topic's TopicName, a queue's QueueName", () => {
    const sam =
      'Resources:\n  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n' +
      '  Alerts: { Type: AWS::SNS::Topic, Properties: { TopicName: acme-alerts } }\n  Jobs: { Type: AWS::SQS::Queue, Properties: { QueueName: acme-jobs } }\n';
    const usage = 'services:\n  sns:\n    - { name: acme-alerts, publishes_per_month: 10 }\n  sqs:\n    - { name: acme-jobs, messages_per_month: 10 }\n';
    expect((load(sam, usage).notes ?? []).filter((note) => note.id === 'usage_not_in_template').map((note) => note.message)).toEqual([
      'services.sqs: acme-jobs is in the usage file but not in the template; priced as the usage file gives it (did you mean Jobs, deployed as acme-jobs? a usage entry names a resource by its logical id)',
      'services.sns: acme-alerts is in the usage file but not in the template; priced as the usage file gives it (did you mean Alerts, deployed as acme-alerts? a usage entry names a resource by its logical id)',
    ]);
  });

  it('a usage entry naming a resource another service reads says whose it is: a queue\'s usage under step_functions was "not in the template"', () => {
    const scenario = load(SAM, 'services:\n  dynamodb:\n    - { name: Jobs, reads_per_month: 1000 }\n');
    expect((scenario.notes ?? []).filter((note) => note.id === 'usage_not_in_template').map((note) => note.message)).toEqual([
      "services.dynamodb: Jobs is the template's AWS::SQS::Queue, whose usage goes under services.sqs, not services.dynamodb; priced here as the usage file gives it",
    ]);
    expect(errorOf(SAM, 'services:\n  step_functions:\n    - { name: Orders, executions_per_month: 1 }\n')).toBe(
      "USAGE:3:7: a standard state machine needs transitions_per_execution, or a definition or definition_file to count them from; Orders is the template's AWS::SQS::Queue, whose usage goes under services.sqs, not services.step_functions (at services.step_functions[0])",
    );
  });

  it('a resource of the template named twice in the usage file is refused at the second: it was merged once and priced again as "not in the template (did you mean Orders?)"', () => {
    const usage = 'services:\n  sqs:\n    - { name: Orders, messages_per_month: 1000 }\n    - { name: Orders, messages_per_month: 2000 }\n';
    expect(errorOf(SAM, usage)).toBe("USAGE:4:15: the template's Orders is named twice in services.sqs (first at services.sqs[0]); give it one entry (at services.sqs[1].name)");
    // A second entry incomplete on its own was refused as a queue of its own too: "Orders is not in the template (did you mean Orders?)".
    const partial = 'services:\n  sqs:\n    - { name: Orders, messages_per_month: 1000 }\n    - { name: Orders, message_kb: 3 }\n';
    expect(errorOf(SAM, partial)).toBe("USAGE:4:15: the template's Orders is named twice in services.sqs (first at services.sqs[0]); give it one entry (at services.sqs[1].name)");
    // A name the template does not have is the usage file's own, as a scenario file's may be.
    const own = load(SAM, 'services:\n  sqs:\n    - { name: Shared, messages_per_month: 1 }\n    - { name: Shared, messages_per_month: 2 }\n');
    expect(queues(own).filter((queue) => queue.name === 'Shared')).toHaveLength(2);
  });

  it('a service the template has no resource of, given in the usage file, is priced as a scenario file’s', () => {
    const text = 'Resources:\n  F: { Type: AWS::Lambda::Function }\n';
    const scenario = load(text, 'services:\n  sqs:\n    - { name: Shared, requests_per_month: 2000000 }\n');
    expect(queues(scenario)).toEqual([{ name: 'Shared', type: 'standard', requests: '2000000', kb: '1' }]);
    expect(noteIds(scenario)).toContain('usage_not_in_template');
  });

  it('data transfer, which no template resource holds, is given in the usage file without a note that the template lacks it', () => {
    const text = 'Resources:\n  F: { Type: AWS::Lambda::Function }\n';
    const scenario = load(text, 'functions:\n  F: { requests_per_month: 1, duration_ms: 1 }\nservices:\n  data_transfer: { internet_out_gb_per_month: 200 }\n');
    expect(scenario.dataTransfer?.internetOutGb?.perMonth.toString()).toBe('200');
    expect(noteIds(scenario)).not.toContain('usage_not_in_template');
    // A service a template can hold is still said to be missing from it.
    const nat = load(text, 'functions:\n  F: { requests_per_month: 1, duration_ms: 1 }\nservices:\n  nat_gateway: { count: 1, processed_gb_per_month: 10 }\n');
    expect((nat.notes ?? []).find((note) => note.id === 'usage_not_in_template')?.message).toBe(
      'services.nat_gateway is in the usage file but the template has no resource of it; priced as the usage file gives it',
    );
  });

  it("says a resource's setting its section does not price as settings_not_priced, as a function's are (retention and point-in-time recovery went unsaid)", () => {
    const scenario = load(
      'Resources:\n  F: { Type: AWS::Lambda::Function }\n  S: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 1, RetentionPeriodHours: 168 } }\n  T: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } } }\n',
      'functions:\n  F: { requests_per_month: 1, duration_ms: 1 }\nservices:\n  kinesis: [{ name: S, records_per_month: 1 }]\n  dynamodb: [{ name: T, reads_per_month: 1, writes_per_month: 1, storage_gb: 1 }]\n',
    );
    expect((scenario.notes ?? []).filter((note) => note.id === 'settings_not_priced').map((note) => note.message.split(':')[0])).toEqual([
      'Resources.T.Properties.PointInTimeRecoverySpecification',
      'Resources.S.Properties.RetentionPeriodHours',
    ]);
    expect(noteIds(scenario)).not.toContain('template_assumption');
  });

  it("reads the template's AWS::Region as the region priced: the usage file's, else a serverless.yml's provider.region (it was us-east-1, and priced us-east-1's mapping in another region's bill)", () => {
    const sam =
      'Mappings: { Sizes: { us-east-1: { mem: 512, mode: PAY_PER_REQUEST }, eu-west-1: { mem: 4096, mode: PROVISIONED } } }\nConditions: { InEu: !Equals [!Ref AWS::Region, eu-west-1] }\nResources:\n' +
      '  F: { Type: AWS::Lambda::Function, Properties: { MemorySize: !FindInMap [Sizes, !Ref AWS::Region, mem], Timeout: !If [InEu, 60, 3] } }\n' +
      '  T: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: !FindInMap [Sizes, !Ref AWS::Region, mode], ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } }\n';
    const usage = (region: string) =>
      `${region}functions:\n  F: { requests_per_month: 1, duration_ms: 1 }\nservices:\n  dynamodb: [{ name: T, reads_per_month: 1, writes_per_month: 1, storage_gb: 1 }]\n`;
    const shape = (scenario: Scenario) => [scenario.region, scenario.functions[0]!.memoryMb, scenario.dynamodbTables[0]!.capacityMode];
    expect(shape(load(sam, usage('region: eu-west-1\n')))).toEqual(['eu-west-1', 4096, 'provisioned']);
    expect(shape(load(sam, usage('')))).toEqual(['us-east-1', 512, 'on_demand']);
    expect(load(sam, usage('region: eu-west-1\n')).notes).toContainEqual({
      id: 'template_assumption',
      message: "Resources.F.Timeout: condition InEu is true with the parameters' defaults and eu-west-1 for AWS::Region",
    });
    const serverless =
      'service: s\nprovider: { name: aws, region: eu-west-1 }\nfunctions:\n  f: { handler: h }\nresources:\n  Mappings: { Modes: { us-east-1: { mode: PAY_PER_REQUEST }, eu-west-1: { mode: PROVISIONED } } }\n  Resources:\n    T: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: !FindInMap [Modes, !Ref AWS::Region, mode], ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } }\n';
    expect(load(serverless, 'functions:\n  f: { requests_per_month: 1, duration_ms: 1 }\n', 'serverless.yml').dynamodbTables[0]!.capacityMode).toBe('provisioned');
  });

  it('a template without resources and a usage file without services: no services, no notes about them', () => {
    const scenario = load('Resources:\n  F: { Type: AWS::Lambda::Function }\n', 'functions:\n  F: { requests_per_month: 1, duration_ms: 1 }\n');
    expect(scenario.sqsQueues).toEqual([]);
    expect(scenario.notes).toEqual([]);
  });

  it('errors in a figure point at the usage file where it was written', () => {
    expect(errorOf(SAM, 'services:\n  sqs:\n    - { name: Jobs }\n    - { name: Orders, messages_per_month: -5 }\n')).toBe(
      'USAGE:4:43: must be at least 0, got -5 (at services.sqs[1].messages_per_month)',
    );
    expect(errorOf(SAM, 'services:\n  sqs:\n    - name: Orders\n      mesages_per_month: 5\n')).toBe(
      'USAGE:4:7: unknown key "mesages_per_month"; did you mean "messages_per_month"? (at services.sqs[0].mesages_per_month)',
    );
    // A section's own reader: requests and messages both given.
    expect(errorOf(SAM, 'services:\n  sqs:\n    - { name: Orders, messages_per_month: 5, requests_per_month: 5 }\n')).toBe(
      'USAGE:3:7: give requests or messages, not both (at services.sqs[0])',
    );
  });

  it('the usage file’s services block: unknown service keys and a wrong shape are refused where written', () => {
    expect(errorOf(SAM, 'services:\n  sqss: []\n')).toMatch(/^USAGE:2:3: unknown key "sqss"; did you mean "sqs"\?/);
    expect(errorOf(SAM, 'services:\n  sqs: 5\n')).toMatch(/^USAGE:2:8: /);
  });

  it('an error in what the template implies points at the resource in the template', () => {
    // SQS's own section cannot imply a wrong value; one that does stands in for a service whose resource holds what its schema refuses.
    const [sqs] = templateServices().filter((service) => service.key === 'sqs');
    const wrong = {
      ...sqs!,
      template: { ...sqs!.template!, section: (resources: readonly TemplateResource[]) => resources.map((resource) => ({ name: resource.logicalId, type: 'priority' })) },
    };
    const errors: InputError[] = [];
    const template = parse(SAM);
    readTemplateServices({ template, usageSource: null, usageServices: undefined, file: {}, trafficRequests: undefined, errors, assumptions: [], services: [wrong] });
    expect(errors.map((error) => formatError(error))).toEqual([
      'template.yaml:11:3: must be one of standard, fifo, got "priority" (at services.sqs[0].type (from Resources.Orders))',
      'template.yaml:16:3: must be one of standard, fifo, got "priority" (at services.sqs[1].type (from Resources.Jobs))',
    ]);
  });
});

describe('a resource its structure alone cannot price', () => {
  const text = `Resources:
  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  Flow: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: s3://bucket/flow.json } }
  Q: { Type: AWS::SQS::Queue }
`;

  it('without usage: left out with a note naming what it lacks, the rest priced', () => {
    const scenario = load(text, null);
    expect(scenario.stepFunctions).toEqual([]);
    expect(queues(scenario).map((queue) => queue.name)).toEqual(['Q']);
    expect(scenario.notes).toContainEqual({
      id: 'not_priced_without_usage',
      message:
        "Resources.Flow is not priced: a standard state machine needs transitions_per_execution, or a definition or definition_file to count them from; give what it lacks in the usage file's services.step_functions",
    });
  });

  it('with usage that gives what it lacks: priced; with usage that does not: the usage file’s error', () => {
    const given = load(text, 'services:\n  step_functions:\n    - { name: Flow, executions_per_month: 1000, transitions_per_execution: 5 }\n');
    expect(given.stepFunctions.map((machine) => machine.name)).toEqual(['Flow']);
    expect(errorOf(text, 'services:\n  step_functions:\n    - { name: Flow, executions_per_month: 1000 }\n')).toMatch(
      /^USAGE:3:7: a standard state machine needs transitions_per_execution/,
    );
  });
});

describe('a state machine whose DefinitionUri is a file beside the template', () => {
  it('is read relative to the template and its transitions counted (before, every such template was refused: "definition_file can only be read from a scenario file")', () => {
    const template = tempFile(
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  Flow: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: statemachine/flow.asl.json } }\n',
      'template.yaml',
    );
    mkdirSync(join(dirname(template), 'statemachine'));
    writeFileSync(join(dirname(template), 'statemachine', 'flow.asl.json'), readFileSync('scenarios/state-machines/order-processing.asl.json'));
    const usage = tempFile('services:\n  step_functions:\n    - { name: Flow, executions_per_month: 1000 }\n', 'usage.yaml');
    const scenario = loadTemplateScenario(template, readFileSync(template, 'utf8'), 'sam', { usageFile: usage });
    expect(scenario.stepFunctions.map((machine) => [machine.name, machine.transitionsPerExecution?.toFixed(), machine.transitionsFrom])).toEqual([['Flow', '4', 'definition']]);
  });

  it('that loops is asked for transitions_per_execution by usage init, and the file filled in as it asks is priced (it asked for executions alone, then was refused)', () => {
    const folder = tempDir();
    const template = join(folder, 'template.yaml');
    writeFileSync(
      template,
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  Polls: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: poll.asl.json } }\n  Counted: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: flow.asl.json } }\n  Unread: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: missing.asl.json } }\n',
    );
    writeFileSync(join(folder, 'poll.asl.json'), '{"StartAt": "Poll", "States": {"Poll": {"Type": "Wait", "Seconds": 5, "Next": "Poll"}}}');
    writeFileSync(join(folder, 'flow.asl.json'), readFileSync('scenarios/state-machines/order-processing.asl.json'));
    const usage = join(folder, 'usage.yaml');
    expect(runCli(['usage', 'init', template, '--output', usage]).status).toBe(0);
    const written = readFileSync(usage, 'utf8');
    expect(written).toContain('- { name: Polls }   # add executions_per_month, transitions_per_execution\n');
    expect(written).toContain('- { name: Counted }   # add executions_per_month\n');
    // A file that cannot be read is the estimate's to say, at that file.
    expect(written).toContain('- { name: Unread }   # add executions_per_month\n');
    writeFileSync(usage, written.replace('- { name: Polls }', '- { name: Polls, executions_per_month: 10, transitions_per_execution: 7 }'));
    const scenario = loadTemplateScenario(template, readFileSync(template, 'utf8'), 'sam', { usageFile: usage });
    expect(scenario.stepFunctions.filter((machine) => machine.name === 'Polls').map((machine) => machine.transitionsPerExecution?.toFixed())).toEqual(['7']);
  });
});

describe('a service whose resources imply no entry', () => {
  it('is left out of what usage init writes: a subscription to a topic another stack owns wrote `sns:` with nothing under it, which the estimate refused', () => {
    const folder = tempDir();
    const template = join(folder, 'template.yaml');
    writeFileSync(
      template,
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  Sub: { Type: AWS::SNS::Subscription, Properties: { Protocol: sqs, Endpoint: q, TopicArn: "arn:aws:sns:us-east-1:123456789012:orders" } }\n  Fifo: { Type: AWS::SNS::Topic, Properties: { FifoTopic: true } }\n',
    );
    const usage = join(folder, 'usage.yaml');
    expect(runCli(['usage', 'init', template, '--output', usage]).status).toBe(0);
    expect(readFileSync(usage, 'utf8')).not.toContain('sns:');
    const estimated = runCli(['estimate', template, '--usage', usage]);
    expect(estimated.stderr).toBe('');
    expect(estimated.status).toBe(0);
  });
});

describe('a figure the template implies that its section refuses', () => {
  it('is quoted in plain digits: with no text of its own in the usage file, 1e21 was quoted as 1e+21 and 0.0000001 as 1e-7', () => {
    const text =
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  T: { Type: AWS::DynamoDB::Table, Properties: { ProvisionedThroughput: { ReadCapacityUnits: 1e21, WriteCapacityUnits: 0.0000001 } } }\n';
    const message = errorOf(text, null);
    expect(message).toContain('must be at most 100,000,000, got 1000000000000000000000 (at services.dynamodb[0].read_capacity_units (from Resources.T))');
    expect(message).toContain('expected a whole number, got 0.0000001 (at services.dynamodb[0].write_capacity_units (from Resources.T))');
  });
});

describe("a state machine's definition_file in the usage file", () => {
  it("is read beside the usage file, as a scenario's is beside the scenario: a file of that name beside the template was counted in its place", () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'usage'));
    const template = join(folder, 'template.yaml');
    writeFileSync(
      template,
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  Flow: { Type: AWS::Serverless::StateMachine, Properties: {} }\n',
    );
    const pass = (count: number) =>
      JSON.stringify({
        StartAt: 'S0',
        States: Object.fromEntries(Array.from({ length: count }, (_, i) => [`S${i}`, i < count - 1 ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Succeed' }])),
      });
    writeFileSync(join(folder, 'flow.asl.json'), pass(1));
    writeFileSync(join(folder, 'usage', 'flow.asl.json'), pass(3));
    const usage = join(folder, 'usage', 'usage.yaml');
    writeFileSync(usage, 'services:\n  step_functions:\n    - { name: Flow, executions_per_month: 1000, definition_file: flow.asl.json }\n');
    const scenario = loadTemplateScenario(template, readFileSync(template, 'utf8'), 'sam', { usageFile: usage });
    expect(scenario.stepFunctions.map((machine) => machine.transitionsPerExecution?.toFixed())).toEqual(['3']);
    writeFileSync(usage, 'services:\n  step_functions:\n    - { name: Flow, executions_per_month: 1000, definition_file: missing.asl.json }\n');
    expect(() => loadTemplateScenario(template, readFileSync(template, 'utf8'), 'sam', { usageFile: usage })).toThrow(
      `cannot read definition_file: ${join(folder, 'usage', 'missing.asl.json')}: no such file`,
    );
  });
});

describe('merging a section written as one object', () => {
  // No service in main writes its section as one object yet (a NAT gateway's or the logs' may): the rules, on their own.
  const resource = { resource: { logicalId: 'Nat', type: 'AWS::EC2::NatGateway', properties: {} }, at: ['Resources', 'Nat'] };
  const implied = {
    key: 'nat',
    template: { types: ['AWS::EC2::NatGateway'], section: () => ({ count: 1 }), usageKeys: ['data_gb_per_month', 'hours_per_month'] },
    resources: [resource],
    implied: { count: 1, hours_per_month: 730 },
  };

  it('key by key, the usage file’s over the template’s', () => {
    const notes: Warning[] = [];
    const merged = mergeSection('nat', implied, { count: 2, data_gb_per_month: 100 }, notes);
    expect(merged.data).toEqual({ count: 2, hours_per_month: 730, data_gb_per_month: 100 });
    expect(merged.origins).toEqual({ usage: { at: ['services', 'nat'], fields: new Set(['count', 'data_gb_per_month']) }, resource });
    expect(notes).toEqual([{ id: 'usage_over_template', message: 'services.nat: count 2 where the template gives 1; priced as the usage file gives it' }]);
    // A setting given as the template gives it is no change, and not said.
    const alike: Warning[] = [];
    mergeSection('nat', implied, { count: 1, data_gb_per_month: 100 }, alike);
    expect(alike).toEqual([]);
  });

  it('without usage: the usage keys the template does not give at zero, and the note naming them', () => {
    const notes: Warning[] = [];
    expect(mergeSection('nat', implied, undefined, notes).data).toEqual({ count: 1, hours_per_month: 730, data_gb_per_month: 0 });
    expect(notes).toEqual([
      { id: 'no_usage_given', message: 'no usage given for nat (services.nat): data_gb_per_month priced at zero; give them in a usage file (slcost usage init writes one)' },
    ]);
  });

  it('a usage section in another form replaces the template’s, with a note', () => {
    const notes: Warning[] = [];
    expect(mergeSection('nat', implied, [{ name: 'x' }], notes).data).toEqual([{ name: 'x' }]);
    expect(notes.map((note) => note.id)).toEqual(['usage_not_in_template']);
  });
});

describe('the estimate of a template with an SQS queue', () => {
  it('prices the queue from the template’s structure and the usage file’s figures', () => {
    const scenario = load(
      SAM,
      'free_tier: true\nfunctions:\n  Api: { requests_per_month: 0, duration_ms: 100 }\nservices:\n  sqs:\n    - { name: Orders, messages_per_month: 10000000, message_kb: 70 }\n',
    );
    const serverless = estimate(scenario, book()).platforms[0]!;
    const sqsItems = serverless.lineItems.filter((item) => item.id.startsWith('sqs.'));
    // Orders is FIFO (the condition on the parameter's default): 10M messages × 3 requests (send, receive, delete)
    // × 2 chunks (70 KB over 64 KB steps) = 60M requests; the 1M free go to standard first, Jobs has none, so FIFO
    // gets them: 59M × $0.50 = $29.50. Jobs, without usage, is priced at zero requests.
    expect(sqsItems.map((item) => [item.id, item.monthlyUsd.toFixed(2)])).toEqual([
      ['sqs.standard.requests.tier-1', '0.00'],
      ['sqs.fifo.requests.tier-1', '29.50'],
    ]);
    expect(serverless.monthlyUsd.toFixed(2)).toBe('29.50');
  });

  it('a serverless.yml’s resources, with a usage file, priced the same way', () => {
    const text = `service: shop
provider: { name: aws, runtime: nodejs20.x }
functions:
  worker: { handler: h.worker, events: [{ sqs: { arn: !GetAtt Jobs.Arn } }] }
resources:
  Resources:
    Jobs: { Type: AWS::SQS::Queue }
`;
    const scenario = load(text, 'free_tier: false\nservices:\n  sqs:\n    - { name: Jobs, requests_per_month: 3000000 }\n', 'serverless.yml');
    // 3M standard requests, no free tier: 3 × $0.40 = $1.20; the worker has no usage (zero, with its note).
    const sqsItems = estimate(scenario, book()).platforms[0]!.lineItems.filter((item) => item.id.startsWith('sqs.'));
    expect(sqsItems.map((item) => [item.id, item.monthlyUsd.toFixed(2)])).toEqual([['sqs.standard.requests.tier-1', '1.20']]);
  });

  it('without a usage file every resource is priced at zero and said to be', () => {
    const scenario = load(SAM, null);
    const priced = estimate(scenario, book());
    expect(priced.platforms[0]!.monthlyUsd.toFixed(2)).toBe('0.00');
    expect(priced.warnings.filter((warning) => warning.id === 'no_usage_given').map((warning) => warning.message)).toEqual([
      'no usage given for Api: priced at zero requests (its unit prices are in the line items); give it in a usage file (slcost usage init writes one)',
      'no usage given for Orders, Jobs (services.sqs): messages_per_month priced at zero; give them in a usage file (slcost usage init writes one)',
    ]);
  });
});

describe('what a resource writes that its section cannot read as written', () => {
  it('says a FifoQueue no truth value, a .fifo queue without it, a FIFO topic left out, and a log group retention not in days (each was passed over in silence)', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Upper: { Type: AWS::SQS::Queue, Properties: { FifoQueue: 'True' } }
  Yes: { Type: AWS::SQS::Queue, Properties: { FifoQueue: yes } }
  Named: { Type: AWS::SQS::Queue, Properties: { QueueName: jobs.fifo } }
  Ordered: { Type: AWS::SNS::Topic, Properties: { FifoTopic: true, TopicName: t.fifo } }
  Audit: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: /app/audit, RetentionInDays: 30d } }
`;
    const scenario = load(text, null);
    expect(scenario.sqsQueues.map((queue) => [queue.name, queue.type])).toEqual([
      ['Upper', 'fifo'],
      ['Yes', 'standard'],
      ['Named', 'standard'],
    ]);
    expect((scenario.notes ?? []).filter((note) => note.id === 'template_assumption').map((note) => note.message)).toEqual([
      'Resources.Yes.Properties.FifoQueue: "yes" is neither true nor false; priced as a standard queue',
      'Resources.Named.Properties.QueueName: ends in .fifo, but FifoQueue is not true (CloudFormation refuses such a queue); priced as a standard queue',
      'Resources.Ordered: a FIFO topic (FifoTopic), which slcost does not price (it prices standard topics); its publishes and deliveries are left out',
      'Resources.Audit.Properties.RetentionInDays: "30d" is not a number of days a log group keeps its logs; read as never expiring',
    ]);
  });
});

describe('a usage entry for a resource its section leaves out', () => {
  it("is not priced and says so: a FIFO topic's publishes were billed as a standard topic's, said to be of a resource not in the template", () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Orders: { Type: AWS::SNS::Topic, Properties: { FifoTopic: true, TopicName: orders.fifo } }
  Audit: { Type: AWS::SNS::Topic }
`;
    const usage = `services:
  sns:
    - { name: Orders, publishes_per_month: 4000000, message_kb: 64.5 }
    - { name: Audit, publishes_per_month: 2000000 }
    - { name: Elswhere, publishes_per_month: 1000 }
`;
    const scenario = load(text, usage);
    expect(scenario.snsTopics.map((topic) => topic.name)).toEqual(['Audit', 'Elswhere']);
    const notes = (id: string) => (scenario.notes ?? []).filter((note) => note.id === id).map((note) => note.message);
    expect(notes('usage_not_priced')).toEqual([
      "services.sns[0]: Orders is the template's AWS::SNS::Topic, a FIFO topic, which slcost does not price (it prices standard topics); its usage is not priced",
    ]);
    // A name no resource has is still priced as the usage file gives it.
    expect(notes('usage_not_in_template')).toEqual(['services.sns: Elswhere is in the usage file but not in the template; priced as the usage file gives it']);
    expect(notes('template_assumption')).toContain(
      'Resources.Orders: a FIFO topic (FifoTopic), which slcost does not price (it prices standard topics); its publishes and deliveries are left out',
    );
  });

  it("is not priced where the FIFO topic is the template's only topic, whose section then implies no entry at all", () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Orders: { Type: AWS::SNS::Topic, Properties: { FifoTopic: true, TopicName: orders.fifo } }
`;
    const scenario = load(text, 'services:\n  sns:\n    - { name: Orders, publishes_per_month: 4000000 }\n');
    expect(scenario.snsTopics).toEqual([]);
    expect((scenario.notes ?? []).filter((note) => note.id.startsWith('usage_')).map((note) => [note.id, note.message])).toEqual([
      [
        'usage_not_priced',
        "services.sns[0]: Orders is the template's AWS::SNS::Topic, a FIFO topic, which slcost does not price (it prices standard topics); its usage is not priced",
      ],
    ]);
  });

  it('is not priced where it names the FIFO topic by the name it is deployed under, which was billed as a standard topic', () => {
    // orders.fifo: 1,000,000,000 publishes billed at $0.50 a million, $499.50, with a hint to write Orders, under which none is.
    const deployed = `services:\n  sns:\n    - { name: orders.fifo, publishes_per_month: 1000000000 }\n`;
    const only = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Orders: { Type: AWS::SNS::Topic, Properties: { FifoTopic: true, TopicName: orders.fifo } }
`;
    for (const text of [only, `${only}  Audit: { Type: AWS::SNS::Topic }\n`]) {
      const scenario = load(text, deployed);
      expect(scenario.snsTopics.map((topic) => topic.name)).not.toContain('orders.fifo');
      expect((scenario.notes ?? []).filter((note) => note.id.startsWith('usage_')).map((note) => [note.id, note.message])).toEqual([
        [
          'usage_not_priced',
          "services.sns[0]: orders.fifo is the name the template's AWS::SNS::Topic Orders is deployed under, a FIFO topic, which slcost does not price (it prices standard topics); its usage is not priced",
        ],
      ]);
    }
  });
});

describe('a usage entry naming a resource of the template that no service prices', () => {
  const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Reader: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Clicks: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 2 } }
  Fanout: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: fanout, StreamARN: !GetAtt Clicks.Arn } }
`;

  it('is priced as the usage file gives it, and said to be that resource: it was said to be "not in the template", which has it', () => {
    const scenario = load(text, 'services:\n  kinesis:\n    - { name: Fanout, mode: on_demand, data_in_gb_per_month: 100 }\n');
    expect(scenario.kinesisStreams.map((stream) => stream.name)).toEqual(['Clicks', 'Fanout']);
    expect((scenario.notes ?? []).filter((note) => note.id === 'usage_not_in_template').map((note) => note.message)).toEqual([
      "services.kinesis: Fanout is the template's AWS::Kinesis::StreamConsumer, which slcost does not price; its entry is priced as the usage file gives it, as services.kinesis prices one",
    ]);
  });

  it('that its section refuses is said to be that resource in the error, not "not in the template"', () => {
    expect(errorOf(text, 'services:\n  kinesis:\n    - { name: Fanout, mode: provisioned }\n')).toContain(
      "Fanout is the template's AWS::Kinesis::StreamConsumer, which slcost does not price, so the usage file gives all of it (at services.kinesis[0])",
    );
  });
});

describe("a table's billing mode and a stream's mode and shards CloudFormation would refuse", () => {
  it('are said and read as CloudFormation\'s default, provisioned: a provisioned bill without a word, or "needs shards" of a stream written as on-demand', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: h } }
  Lower: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: pay_per_request, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } }
  Subbed: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: !Sub PAY_PER_REQUEST, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } }
  Word: { Type: AWS::Kinesis::Stream, Properties: { StreamModeDetails: ON_DEMAND, ShardCount: 2 } }
  Miscased: { Type: AWS::Kinesis::Stream, Properties: { StreamModeDetails: { StreamMode: on_demand }, ShardCount: 4 } }
  Hex: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: '0x10' } }
  Half: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 2.5 } }
  Spaced: { Type: AWS::Kinesis::Stream, Properties: { StreamModeDetails: { StreamMode: PROVISIONED }, ShardCount: ' 3 ' } }
`;
    const sections = impliedSections(parse(text), []);
    expect(sections.find((section) => section.key === 'dynamodb')!.implied).toEqual([
      { name: 'Lower', capacity_mode: 'provisioned', read_capacity_units: 5, write_capacity_units: 5 },
      { name: 'Subbed', capacity_mode: 'provisioned', read_capacity_units: 1, write_capacity_units: 1 },
    ]);
    // Number() read "0x10" as 16 shards.
    expect(sections.find((section) => section.key === 'kinesis')!.implied).toEqual([
      { name: 'Word', mode: 'provisioned', shards: 2 },
      { name: 'Miscased', mode: 'provisioned', shards: 4 },
      { name: 'Hex', mode: 'provisioned' },
      { name: 'Half', mode: 'provisioned' },
      { name: 'Spaced', mode: 'provisioned', shards: 3 },
    ]);
    const scenario = load(text, null);
    expect((scenario.notes ?? []).filter((note) => note.id === 'template_assumption').map((note) => note.message)).toEqual([
      'Resources.Lower.Properties.BillingMode: "pay_per_request" is neither PROVISIONED nor PAY_PER_REQUEST (CloudFormation refuses it); priced as provisioned, CloudFormation\'s default',
      "Resources.Subbed.Properties.BillingMode: Fn::Sub cannot be worked out from the template alone; priced as provisioned, CloudFormation's default",
      'Resources.Word.Properties.StreamModeDetails: "ON_DEMAND" is not a mapping with StreamMode; priced as provisioned, CloudFormation\'s default',
      'Resources.Miscased.Properties.StreamModeDetails.StreamMode: "on_demand" is neither ON_DEMAND nor PROVISIONED (CloudFormation refuses it); priced as provisioned, CloudFormation\'s default',
      'Resources.Hex.Properties.ShardCount: "0x10" is not a number of shards (a whole number, 1 or more); not read',
      'Resources.Half.Properties.ShardCount: 2.5 is not a number of shards (a whole number, 1 or more); not read',
    ]);
  });
});

describe('resources that cost money but that no service prices', () => {
  const text = [
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
    '  Global: { Type: AWS::DynamoDB::GlobalTable, Properties: { Replicas: [{ Region: us-east-1 }, { Region: eu-west-1 }] } }',
    '  Cache: { Type: AWS::ElastiCache::CacheCluster, Properties: { CacheNodeType: cache.r6g.large, NumCacheNodes: 2 } }',
    '  Role: { Type: AWS::IAM::Role }',
    '  Table: { Type: AWS::DynamoDB::Table }',
    '  Interface: { Type: AWS::EC2::VPCEndpoint, Properties: { VpcEndpointType: Interface } }',
    '  Gateway: { Type: AWS::EC2::VPCEndpoint, Properties: { ServiceName: com.amazonaws.us-east-1.s3 } }',
    '',
  ].join('\n');

  it("are named, each with its type, in the template's order; a type some section reads never is", () => {
    expect(unpricedResources(parse(text))).toEqual([
      { logicalId: 'Global', type: 'AWS::DynamoDB::GlobalTable' },
      { logicalId: 'Cache', type: 'AWS::ElastiCache::CacheCluster' },
      { logicalId: 'Interface', type: 'AWS::EC2::VPCEndpoint' },
    ]);
    // A service added for one of them takes it off the list: a resource both priced and said to be left out is neither.
    expect([...BILLED_NOT_PRICED].filter((type) => typesRead().has(type))).toEqual([]);
  });

  it('a private CA, an SFTP server, a search index, a canary and the like are named too: they went off the bill without a word', () => {
    const more = [
      'Resources:',
      '  F: { Type: AWS::Lambda::Function }',
      '  Ca: { Type: AWS::ACMPCA::CertificateAuthority, Properties: { Type: ROOT, KeyAlgorithm: RSA_2048 } }',
      '  Sftp: { Type: AWS::Transfer::Server, Properties: { Protocols: [SFTP] } }',
      '  Search: { Type: AWS::Kendra::Index, Properties: { Edition: DEVELOPER_EDITION } }',
      '  Canary: { Type: AWS::Synthetics::Canary }',
      '  Ingest: { Type: AWS::OSIS::Pipeline }',
      '  Ledger: { Type: AWS::QLDB::Ledger }',
      '  Repo: { Type: AWS::ECR::Repository }',
      '  Attachment: { Type: AWS::ACMPCA::CertificateAuthorityActivation }',
      '',
    ].join('\n');
    expect(unpricedResources(parse(more))).toEqual([
      { logicalId: 'Ca', type: 'AWS::ACMPCA::CertificateAuthority' },
      { logicalId: 'Sftp', type: 'AWS::Transfer::Server' },
      { logicalId: 'Search', type: 'AWS::Kendra::Index' },
      { logicalId: 'Canary', type: 'AWS::Synthetics::Canary' },
      { logicalId: 'Ingest', type: 'AWS::OSIS::Pipeline' },
      { logicalId: 'Ledger', type: 'AWS::QLDB::Ledger' },
      { logicalId: 'Repo', type: 'AWS::ECR::Repository' },
    ]);
  });

  it('an S3 Object Lambda access point, and a trail that records data or Insights events, are named; a trail of management events alone is not', () => {
    const more = [
      'Resources:',
      '  F: { Type: AWS::Lambda::Function }',
      '  Olap: { Type: AWS::S3ObjectLambda::AccessPoint, Properties: { ObjectLambdaConfiguration: { SupportingAccessPoint: ap } } }',
      '  Invokes: { Type: AWS::CloudTrail::Trail, Properties: { EventSelectors: [{ DataResources: [{ Type: AWS::Lambda::Function, Values: [arn] }] }] } }',
      '  Advanced: { Type: AWS::CloudTrail::Trail, Properties: { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: eventCategory, Equals: [Data] }] }] } }',
      '  Insights: { Type: AWS::CloudTrail::Trail, Properties: { InsightSelectors: [{ InsightType: ApiCallRateInsight }] } }',
      '  Management: { Type: AWS::CloudTrail::Trail, Properties: { IsLogging: true, EventSelectors: [{ IncludeManagementEvents: true, DataResources: [] }] } }',
      '',
    ].join('\n');
    expect(unpricedResources(parse(more))).toEqual([
      { logicalId: 'Olap', type: 'AWS::S3ObjectLambda::AccessPoint' },
      { logicalId: 'Invokes', type: 'AWS::CloudTrail::Trail' },
      { logicalId: 'Advanced', type: 'AWS::CloudTrail::Trail' },
      { logicalId: 'Insights', type: 'AWS::CloudTrail::Trail' },
    ]);
  });

  it("an S3 Files file system, an AgentCore gateway, and a Fargate task definition no ECS service of the template runs are named; a service's own task definition is not, the service being named, nor one for EC2 alone, whose instances bill", () => {
    const more = [
      'Resources:',
      '  Reader: { Type: AWS::Serverless::Function, Properties: { FileSystemConfigs: [{ Arn: !GetAtt Point.AccessPointArn, LocalMountPath: /mnt/data }] } }',
      '  Files: { Type: AWS::S3Files::FileSystem, Properties: { Bucket: !GetAtt Data.Arn, RoleArn: !GetAtt Role.Arn } }',
      '  Point: { Type: AWS::S3Files::AccessPoint, Properties: { FileSystemId: !GetAtt Files.FileSystemId } }',
      '  Tools: { Type: AWS::BedrockAgentCore::Gateway, Properties: { ProtocolType: MCP } }',
      "  Job: { Type: AWS::ECS::TaskDefinition, Properties: { RequiresCompatibilities: [FARGATE], Cpu: '256', Memory: '512' } }",
      "  Web: { Type: AWS::ECS::TaskDefinition, Properties: { RequiresCompatibilities: [FARGATE], Cpu: '256', Memory: '512' } }",
      '  WebService: { Type: AWS::ECS::Service, Properties: { LaunchType: FARGATE, TaskDefinition: !Ref Web, DesiredCount: 2 } }',
      "  OnInstances: { Type: AWS::ECS::TaskDefinition, Properties: { RequiresCompatibilities: [EC2], Memory: '512' } }",
      '',
    ].join('\n');
    expect(unpricedResources(parse(more))).toEqual([
      { logicalId: 'Files', type: 'AWS::S3Files::FileSystem' },
      { logicalId: 'Tools', type: 'AWS::BedrockAgentCore::Gateway' },
      { logicalId: 'Job', type: 'AWS::ECS::TaskDefinition' },
      { logicalId: 'WebService', type: 'AWS::ECS::Service' },
    ]);
  });

  it("in a serverless.yml's resources: blocks, a later block's resource of the same id replacing the earlier", () => {
    const framework = parse(
      'service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h }\nresources:\n  - Resources:\n      Db: { Type: AWS::RDS::DBInstance }\n      Q: { Type: AWS::KMS::Key }\n  - Resources:\n      Q: { Type: AWS::SQS::Queue }\n',
      'serverless.yml',
    );
    expect(unpricedResources(framework)).toEqual([{ logicalId: 'Db', type: 'AWS::RDS::DBInstance' }]);
  });

  it("in a serverless.yml, the EventBridge Pipes the serverless-pipes plugin's pipes: block deploys (they went unsaid)", () => {
    const pipes =
      'service: s\nplugins: [serverless-pipes]\nprovider: { name: aws }\nfunctions:\n  f: { handler: h }\npipes:\n  Orders: { source: { sqs: { arn: x } }, target: { lambda: { name: f } } }\n';
    expect(unpricedResources(parse(pipes, 'serverless.yml'))).toEqual([{ logicalId: 'Orders', type: 'AWS::Pipes::Pipe' }]);
    expect(unpricedResources(parse(pipes.replace('plugins: [serverless-pipes]\n', ''), 'serverless.yml'))).toEqual([]);
  });

  it("in a serverless.yml, the distribution its cloudFront events and the user pool a cognitoUserPool event have the Framework create, each once (they went unsaid where a SAM template's are said)", () => {
    const framework = parse(
      'service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, events: [{ cloudFront: { eventType: viewer-request, origin: "s3://b.s3.amazonaws.com" } }, { cognitoUserPool: { pool: my-users, trigger: PreSignUp } }] }\n  g: { handler: h, events: [{ cloudFront: { eventType: origin-request, origin: "s3://b.s3.amazonaws.com" } }, { cognitoUserPool: { pool: theirs, trigger: PreSignUp, existing: true } }] }\n',
      'serverless.yml',
    );
    expect(unpricedResources(framework)).toEqual([
      { logicalId: 'CloudFrontDistribution', type: 'AWS::CloudFront::Distribution' },
      { logicalId: 'CognitoUserPoolMyusers', type: 'AWS::Cognito::UserPool' },
    ]);
  });

  it('are said by the estimate (they were left out of the bill without a word) and by usage init', () => {
    const scenario = loadTemplateScenario('template.yaml', text, 'sam', { usageFile: null });
    expect(scenario.notes!.filter((note) => note.id === 'resources_not_priced')).toEqual([
      {
        id: 'resources_not_priced',
        message:
          'resources that cost money of their own and that slcost does not price: Global (AWS::DynamoDB::GlobalTable), Cache (AWS::ElastiCache::CacheCluster), Interface (AWS::EC2::VPCEndpoint); the bill leaves them out',
      },
    ]);
    const template = parse(text);
    expect(usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []), unpricedResources(template))).toMatch(
      /\n\n# Not priced: resources that cost money of their own and that slcost does not\n# price: Global \(AWS::DynamoDB::GlobalTable\), Cache\n# \(AWS::ElastiCache::CacheCluster\), Interface \(AWS::EC2::VPCEndpoint\); the bill\n# leaves them out\.\n$/,
    );
    const one = loadTemplateScenario('template.yaml', 'Resources:\n  F: { Type: AWS::Lambda::Function }\n  S: { Type: AWS::SecretsManager::Secret }\n', 'sam', { usageFile: null });
    expect(one.notes!.find((note) => note.id === 'resources_not_priced')!.message).toBe(
      'a resource that costs money of its own and that slcost does not price: S (AWS::SecretsManager::Secret); the bill leaves it out',
    );
  });
});

describe('slcost usage init with resources', () => {
  it('lists each resource under services → its key, its usage keys as placeholders, a comment naming its type', () => {
    const template = parse(SAM);
    const text = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(text).toContain(
      [
        'services:',
        '  sqs:',
        '    # Orders: AWS::SQS::Queue',
        '    - { name: Orders }   # add messages_per_month',
        '    # Jobs: AWS::SQS::Queue',
        '    - { name: Jobs }   # add messages_per_month',
        '',
      ].join('\n'),
    );
  });

  it('a template with no resource a service reads gets no services block', () => {
    const template = parse('Resources:\n  F: { Type: AWS::Lambda::Function }\n');
    expect(usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []))).not.toContain('services:');
  });

  it('asks for the shards of a provisioned stream whose ShardCount the template does not state: filled in as init asked (its records alone), the file was refused for them', () => {
    const text = 'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  S: { Type: AWS::Kinesis::Stream }\n';
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain('    - { name: S }   # add records_per_month, shards\n');
    const filled = written.replace('- { name: S }', '- { name: S, records_per_month: 1000, shards: 2 }');
    expect(load(text, filled).kinesisStreams.map((stream) => [stream.name, stream.mode === 'provisioned' ? stream.shards.toFixed() : null])).toEqual([['S', '2']]);
  });

  it('asks for a bucket’s and a table’s storage_gb, and a resource without usage has it at zero, said: init named it as a size with a default, so a file filled in as it asked priced the storage at zero without a word', () => {
    const text =
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  B: { Type: AWS::S3::Bucket }\n  T: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST } }\n';
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain('    # B: AWS::S3::Bucket\n    - { name: B }   # add storage_gb, put_requests_per_month, get_requests_per_month\n');
    expect(written).toContain('    # T: AWS::DynamoDB::Table\n    - { name: T }   # add reads_per_month, writes_per_month, storage_gb\n');
    expect((load(text, written).notes ?? []).map((note) => note.message)).toContainEqual(
      expect.stringMatching(/^no usage given for B \(services\.s3\): storage_gb, put_requests_per_month, get_requests_per_month priced at zero; add them to \S+\/usage\.yaml$/),
    );
    // Filled in as it now asks, the storage is on the bill.
    const filled = written.replace('- { name: B }', '- { name: B, storage_gb: 100, put_requests_per_month: 0, get_requests_per_month: 0 }');
    const storage = estimate(load(text, filled), book()).platforms[0]!.lineItems.find((item) => item.id === 's3.storage.tier-1');
    expect(storage?.monthlyUsd.toFixed(2)).toBe('2.30');
  });

  it('asks for the capacity of a provisioned table the template leaves to a parameter without a default, and sends the user to the usage file for it: "mend the template" was said, and the file filled in as init asked refused', () => {
    const text =
      'Parameters:\n  Units: { Type: Number }\nResources:\n  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }\n  T: { Type: AWS::DynamoDB::Table, Properties: { ProvisionedThroughput: { ReadCapacityUnits: !Ref Units, WriteCapacityUnits: !Ref Units } } }\n';
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain('    - { name: T }   # add reads_per_month, writes_per_month, storage_gb, read_capacity_units, write_capacity_units\n');
    expect((load(text, written).notes ?? []).map((note) => note.message)).toContain(
      "Resources.T is not priced: a provisioned table needs read_capacity_units and write_capacity_units; give what it lacks in the usage file's services.dynamodb",
    );
    const filled = written.replace('- { name: T }', '- { name: T, reads_per_month: 1000, writes_per_month: 1000, read_capacity_units: 5, write_capacity_units: 7 }');
    expect(load(text, filled).dynamodbTables.map((table) => [table.name, table.capacityMode])).toEqual([['T', 'provisioned']]);
  });

  it('round trip with every kind of resource in main: what init writes is read back, each resource without usage at zero and named in a note', () => {
    const text = `Resources:
  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  Q: { Type: AWS::SQS::Queue }
  T: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST } }
  S: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 2 } }
  N: { Type: AWS::EC2::NatGateway }
  M:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionString: !Sub '{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "\${F.Arn}", "End": true}}}'
`;
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain("    # S: AWS::Kinesis::Stream (and record_kb: the section's default when left out)\n    - { name: S }   # add records_per_month");
    expect(written).toContain('  nat_gateway:\n    # N: AWS::EC2::NatGateway\n    {}   # add processed_gb_per_month\n');
    expect(written).toContain('    # M: AWS::StepFunctions::StateMachine\n    - { name: M }   # add executions_per_month');
    const scenario = load(text, written);
    // A file left as init wrote it gives no usage, and says so: a budget gate is not passed on a placeholder without a word.
    expect(noteIds(scenario)).toContain('no_usage_given');
    const priced = estimate(scenario, book());
    const services = new Set(priced.platforms[0]!.lineItems.map((item) => item.id.split('.')[0]));
    // The stream's shard-hours and the gateway's hours are priced from the template alone.
    expect([...services].filter((id) => id !== 'lambda')).toEqual(expect.arrayContaining(['sqs', 'kinesis', 'nat-gateway']));
    expect(priced.platforms[0]!.monthlyUsd.greaterThan(0)).toBe(true);
  });

  it("says which log group is a function's own, priced with it, and a function's WARN system logs: one read as the account's logs beside the others", () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Runtime: nodejs20.x, LoggingConfig: { LogFormat: JSON, SystemLogLevel: WARN } } }
  ApiLogs: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub '/aws/lambda/\${Api}', RetentionInDays: 14 } }
  Audit: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: /orders/audit, RetentionInDays: 90 } }
`;
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain('  # Api: 128 MB, x86_64, timeout 3 s, logs kept 14 days, system logs at WARN\n');
    expect(written).toContain('    # ApiLogs: AWS::Logs::LogGroup (the logs of function Api, priced with it, not here), Audit: AWS::Logs::LogGroup\n');
  });

  it('asks for what each state machine needs: filled in as init says, the usage file is priced', () => {
    const text = `Resources:
  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  Counted: { Type: AWS::StepFunctions::StateMachine, Properties: { Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } } }
  Quick: { Type: AWS::StepFunctions::StateMachine, Properties: { StateMachineType: EXPRESS, Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } } }
  InS3: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: s3://bucket/flow.json } }
  Polls: { Type: AWS::StepFunctions::StateMachine, Properties: { Definition: { StartAt: A, States: { A: { Type: Wait, Seconds: 5, Next: A } } } } }
`;
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain('- { name: Counted }   # add executions_per_month\n');
    // A definition that loops is counted by hand: filled in with executions alone, it was refused ("the walk loops …").
    expect(written).toContain('- { name: Polls }   # add executions_per_month, transitions_per_execution\n');
    expect(written).toContain('- { name: Quick }   # add executions_per_month, duration_ms\n');
    expect(written).toContain('- { name: InS3 }   # add executions_per_month, transitions_per_execution\n');
    // What a user does with the hint: each key it names, given a figure.
    const filled = written.replace(
      /- \{ name: (\w+) \} {3}# add (.+)/g,
      (_line, name: string, keys: string) =>
        `- { name: ${name}, ${keys
          .split(', ')
          .map((key) => `${key}: 5`)
          .join(', ')} }`,
    );
    const priced = estimate(load(text, filled), book());
    expect(priced.platforms[0]!.lineItems.filter((item) => item.id.startsWith('step-functions.')).map((item) => item.id)).toEqual(
      expect.arrayContaining(['step-functions.standard.transitions.tier-1', 'step-functions.express.requests']),
    );
  });

  it('quotes a name that would read back as a number, a boolean or nothing, so the usage file names the same resource', () => {
    const text = `Resources:
  "null": { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  "1e3": { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  "True": { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  "123": { Type: AWS::StepFunctions::StateMachine, Properties: { Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } } }
  "0x1F": { Type: AWS::SQS::Queue }
  Plain: { Type: AWS::SQS::Queue }
`;
    const template = parse(text);
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    for (const line of ['  "null": {', '  "1e3": {', '  "True": {', '- { name: "123" }', '- { name: "0x1F" }', '- { name: Plain }']) expect(written).toContain(line);
    const filled = written
      .replaceAll('{ duration_ms: 100 }', '{ duration_ms: 100, requests_per_month: 5 }')
      .replace(/ \} {3}# add executions_per_month/, ', executions_per_month: 3 }')
      .replaceAll(/ \} {3}# add messages_per_month/g, ', messages_per_month: 3 }');
    const scenario = load(text, filled);
    expect(scenario.functions.map((fn) => [fn.name, fn.requestsPerMonth.toFixed()])).toEqual([
      ['null', '5'],
      ['1e3', '5'],
      ['True', '5'],
    ]);
    expect(noteIds(scenario)).not.toContain('usage_not_in_template');
  });

  it('an error in a usage entry the template has no resource of says so, with the name it may mean', () => {
    const text = 'Resources:\n  F: { Type: AWS::Lambda::Function }\n  Flow: { Type: AWS::StepFunctions::StateMachine }\n';
    expect(() => load(text, 'services:\n  step_functions:\n    - { name: Flw, executions_per_month: 1 }\n')).toThrow(
      'a standard state machine needs transitions_per_execution, or a definition or definition_file to count them from; Flw is not in the template, so the usage file gives all of it (did you mean Flow?)',
    );
  });

  it('serverless.yml: the Step Functions plugin’s state machines come through the extra resource source', () => {
    const text = `service: flow
provider: { name: aws }
functions:
  step: { handler: h.step }
stepFunctions:
  stateMachines:
    Flow:
      type: EXPRESS
      definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }
`;
    expect(found(text).resources.map(({ logicalId, type, at }) => ({ logicalId, type, at }))).toEqual([
      { logicalId: 'Flow', type: 'AWS::StepFunctions::StateMachine', at: ['stepFunctions', 'stateMachines', 'Flow'] },
    ]);
    const scenario = load(text, 'services:\n  step_functions:\n    - { name: Flow, executions_per_month: 1000, duration_ms: 100 }\n', 'serverless.yml');
    expect(noteIds(scenario)).not.toContain('usage_not_in_template');
    expect(estimate(scenario, book()).platforms[0]!.lineItems.some((item) => item.id.startsWith('step-functions.'))).toBe(true);
  });

  it('round trip: init, fill in, estimate', () => {
    const template = tempFile(SAM, 'template.yaml');
    const output = template.replace(/template\.yaml$/, 'usage.yaml');
    const result = runCli(['usage', 'init', template, '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('with 1 function and 2 resources');
    // As written: valid, every figure zero, and a note that usage is missing.
    const written = load(SAM, readFileSync(output, 'utf8'));
    expect(queues(written).map((queue) => queue.requests)).toEqual(['0', '0']);
    expect(noteIds(written)).toContain('no_usage_given');
    expect(runCli(['estimate', template, '--usage', output]).status).toBe(0);
    // Filled in: priced.
    writeFileSync(output, readFileSync(output, 'utf8').replace('{ name: Orders }', '{ name: Orders, messages_per_month: 10000000, message_kb: 70 }'));
    const filled = runCli(['estimate', template, '--usage', output, '--format', 'json']);
    expect(filled.status).toBe(0);
    expect(filled.stdout).toContain('sqs.fifo.requests.tier-1');
  });
});

describe('a resource’s own Condition', () => {
  // Env defaults to dev, so IsProd does not hold; AWS::Region is taken as us-east-1, so InEurope does not either.
  const template = `Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  InEurope: !Equals [!Ref 'AWS::Region', eu-west-1]
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: a.b, Runtime: nodejs20.x } }
  EuOnly: { Type: AWS::Serverless::Function, Condition: InEurope, Properties: { Handler: a.b, Runtime: nodejs20.x } }
  Jobs: { Type: AWS::SQS::Queue, Condition: IsProd }
  Always: { Type: AWS::SQS::Queue, Condition: NoSuchCondition }
`;

  it('is priced all the same, and said where the parameters’ defaults make it false: the stack deployed decides, and a bill priced for eu-west-1 lost its eu-west-1 function', () => {
    const usage = tempFile(
      'region: eu-west-1\nfunctions:\n  "*": { requests_per_month: 1000000, duration_ms: 100 }\nservices:\n  sqs:\n    - { name: Jobs, requests_per_month: 5000000 }\n    - { name: Always, requests_per_month: 1000 }\n',
      'usage.yaml',
    );
    const scenario = loadTemplateScenario('template.yaml', template, 'sam', { usageFile: usage });
    expect(scenario.functions.map((fn) => fn.name)).toEqual(['Api', 'EuOnly']);
    expect(scenario.sqsQueues.map((queue) => queue.name)).toEqual(['Jobs', 'Always']);
    const notes = (scenario.notes ?? []).map((note) => note.message).filter((message) => message.includes('Condition'));
    // Priced in eu-west-1, the function for Europe is the stack's: its condition holds in the region priced.
    expect(notes).toEqual([
      "Resources.Jobs: its Condition IsProd does not hold with the parameters' defaults (and eu-west-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
      // A condition the template lacks, which CloudFormation refuses: priced, and said (it went unsaid).
      "Resources.Always.Condition: names NoSuchCondition, which is none of the template's conditions (CloudFormation refuses it); priced as if CloudFormation created it",
    ]);
    const inUsEast = loadTemplateScenario('template.yaml', template, 'sam', {
      usageFile: tempFile('functions:\n  "*": { requests_per_month: 1000000, duration_ms: 100 }\n', 'usage.yaml'),
    });
    expect(inUsEast.functions.map((fn) => fn.name)).toEqual(['Api', 'EuOnly']);
    expect((inUsEast.notes ?? []).map((note) => note.message).filter((message) => message.includes('Condition'))).toEqual([
      "Resources.EuOnly: its Condition InEurope does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
      "Resources.Jobs: its Condition IsProd does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
      "Resources.Always.Condition: names NoSuchCondition, which is none of the template's conditions (CloudFormation refuses it); priced as if CloudFormation created it",
    ]);
  });

  it('says a Condition that is no name, which CloudFormation refuses, and prices the resource as if it were created (it went unsaid)', () => {
    const listed = `${template.replace('Condition: NoSuchCondition', 'Condition: [IsProd]')}`;
    const usage = tempFile('functions:\n  "*": { requests_per_month: 1000000, duration_ms: 100 }\n', 'usage.yaml');
    const scenario = loadTemplateScenario('template.yaml', listed, 'sam', { usageFile: usage });
    expect(scenario.sqsQueues.map((queue) => queue.name)).toEqual(['Jobs', 'Always']);
    expect((scenario.notes ?? []).map((note) => note.message).filter((message) => message.startsWith('Resources.Always'))).toEqual([
      'Resources.Always.Condition: ["IsProd"] is not the name of a condition (CloudFormation refuses it); priced as if CloudFormation created it',
    ]);
  });
});

describe("a state machine a schedule starts: the schedule's runs are its executions where the usage file gives none", () => {
  const text = (type = 'STANDARD') => `Resources:
  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  Nightly:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineType: ${type}
      Definition: { StartAt: A, States: { A: { Type: Pass, Next: B }, B: { Type: Pass, End: true } } }
  Every5:
    Type: AWS::Events::Rule
    Properties: { ScheduleExpression: rate(5 minutes), Targets: [{ Arn: !Ref Nightly, Id: n }] }
`;
  const transitions = (scenario: Scenario) => estimate(scenario, book()).platforms[0]!.lineItems.find((item) => item.id === 'step-functions.standard.transitions.tier-1')!;

  it('priced at its runs without a usage file, with a note; no "no usage given"', () => {
    const scenario = load(text(), null);
    // rate(5 minutes): 730 h × 12 = 8,760 executions × 2 transitions = 17,520 − 4,000 free = 13,520 × $0.025 / 1,000 = $0.338, a line's $0.34.
    expect(scenario.stepFunctions.map((machine) => machine.executions.perMonth.toFixed())).toEqual(['8760']);
    expect(transitions(scenario).monthlyUsd.toFixed()).toBe('0.34');
    expect(scenario.notes).toContainEqual({
      id: 'template_assumption',
      message:
        'Resources.Every5: starts state machine Nightly on rate(5 minutes), 8,760 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
    });
    expect(
      (scenario.notes ?? [])
        .filter((note) => note.id === 'no_usage_given')
        .map((note) => note.message)
        .join(),
    ).not.toContain('Nightly');
  });

  it("the usage file's executions are priced where it gives them; below the runs, said", () => {
    const more = load(text(), 'services:\n  step_functions:\n    - { name: Nightly, executions_per_month: 20000 }\n');
    expect(more.stepFunctions[0]!.executions.perMonth.toFixed()).toBe('20000');
    expect(noteIds(more)).not.toContain('requests_below_schedule');
    const fewer = load(text(), 'services:\n  step_functions:\n    - { name: Nightly, executions_per_month: 5 }\n');
    expect(fewer.stepFunctions[0]!.executions.perMonth.toFixed()).toBe('5');
    expect(fewer.notes).toContainEqual({
      id: 'requests_below_schedule',
      message:
        "fewer executions than the state machines' schedules start them (Nightly: executions_per_month 5, against the 8,760 runs a month of its schedule); priced as the usage file gives them",
    });
    // A usage entry of other figures keeps the schedule's executions.
    const counted = load(text(), 'services:\n  step_functions:\n    - { name: Nightly, transitions_per_execution: 3 }\n');
    expect(counted.stepFunctions[0]!.executions.perMonth.toFixed()).toBe('8760');
    // Executions per request are the file's figure in place of the schedule's, not beside it ("not both").
    const perRequest = load(text(), 'traffic: { requests_per_month: 1000 }\nservices:\n  step_functions:\n    - { name: Nightly, executions_per_request: 2 }\n');
    expect(perRequest.stepFunctions[0]!.executions.perMonth.toFixed()).toBe('2000');
  });

  it('an Express machine is priced at its runs once the usage file gives its duration, and left out with a note before', () => {
    expect(load(text('EXPRESS'), null).stepFunctions).toEqual([]);
    const timed = load(text('EXPRESS'), 'services:\n  step_functions:\n    - { name: Nightly, duration_ms: 1000 }\n');
    expect(timed.stepFunctions[0]!.executions.perMonth.toFixed()).toBe('8760');
  });

  it('usage init says the runs in place of asking for them', () => {
    const template = parse(text('EXPRESS'));
    const written = usageFileFor('template.yaml', readTemplateFunctions(template), impliedSections(template, []));
    expect(written).toContain('    - { name: Nightly }   # add duration_ms; executions_per_month: 8,760 from its schedule (priced so when left out)\n');
  });
});

describe('a resource left out for what the template itself writes wrong', () => {
  it('sends the user to the template, not to the usage file: "give what it lacks in the usage file" of a definition going to a state it lacks', () => {
    const text = `Resources:
  F: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x } }
  Broken:
    Type: AWS::StepFunctions::StateMachine
    Properties: { Definition: { StartAt: A, States: { A: { Type: Pass, Next: Missing } } } }
  InS3: { Type: AWS::Serverless::StateMachine, Properties: { DefinitionUri: s3://bucket/flow.json } }
`;
    const scenario = load(text, null);
    expect(scenario.stepFunctions).toEqual([]);
    expect((scenario.notes ?? []).filter((note) => note.id === 'not_priced_without_usage').map((note) => note.message)).toEqual([
      'Resources.Broken is not priced: cannot count the transitions: definition: state "A" goes to "Missing", which is not a state there; mend the template',
      "Resources.InS3 is not priced: a standard state machine needs transitions_per_execution, or a definition or definition_file to count them from; give what it lacks in the usage file's services.step_functions",
    ]);
  });
});

describe("a serverless.yml's CloudFormation sections", () => {
  it("are its resources blocks' own keys, a later block's in place of an earlier one's; a block's __proto__ key is a key, not the document's prototype", () => {
    const blocks = [
      { block: parseYamlText('Conditions: { A: x }\nMappings: { M: {} }\n') as Record<string, never> },
      { block: parseYamlText('__proto__: { Parameters: { P: y } }\nConditions: { B: z }\n') as Record<string, never> },
    ];
    const merged = serverlessSections({}, blocks);
    expect(merged.Conditions).toEqual({ B: 'z' });
    expect(merged.Mappings).toEqual({ M: {} });
    // Merged with Object.assign, the block's __proto__ became the document's prototype, and its Parameters read as the file's.
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.Parameters).toBeUndefined();
  });
});
