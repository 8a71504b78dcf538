// How many executions a template's stream lets its consumer run at once: the shards of a provisioned Kinesis stream
// of the template × its event source's ParallelizationFactor, and what a usage file's `stream:` gives where the
// template cannot say them. The cost-bomb check caps the consumer there; it had imagined the account's 1,000.
import { describe, expect, it } from 'vitest';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { streamConcurrency } from '../../src/providers/aws/lambda/index.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { tempFile } from '../helpers/files.js';

const USAGE = 'functions:\n  "*": { requests_per_month: 100000, duration_ms: 100 }\n';

const sam = (resources: string, usage = USAGE, parameters = '') =>
  loadTemplateScenario('template.yaml', `Transform: AWS::Serverless-2016-10-31\n${parameters}Resources:\n${resources}`, 'sam', {
    usageFile: tempFile(usage, 'usage.yaml'),
  });
const serverless = (text: string, usage = USAGE) => loadTemplateScenario('serverless.yml', text, 'serverless', { usageFile: tempFile(usage, 'usage.yaml') });
const refusal = (load: () => unknown) => {
  try {
    load();
    return 'no error';
  } catch (error) {
    return formatError(error as SlcostError);
  }
};
/** Each function's trigger and stream cap, by name. */
const caps = (scenario: Scenario) =>
  Object.fromEntries(scenario.functions.map((fn) => [fn.name, [fn.trigger, fn.streamShards === undefined ? undefined : fn.streamShards && streamConcurrency(fn.streamShards)]]));

const fn = (name: string, events = '') =>
  `  ${name}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Runtime: nodejs20.x\n${events ? `      Events:\n${events}` : ''}`;
const kinesisEvent = (key: string, stream: string, extra = '') => `        ${key}: { Type: Kinesis, Properties: { Stream: ${stream}, StartingPosition: LATEST${extra} } }\n`;
const stream = (id: string, properties: string) => `  ${id}: { Type: AWS::Kinesis::Stream, Properties: { ${properties} } }\n`;
const RECORDS = 'services:\n  kinesis:\n';

describe("a SAM function's Kinesis and DynamoDB events", () => {
  it("reads a provisioned stream's ShardCount × the event's ParallelizationFactor, 1 when not written", () => {
    // 4 shards × 2 = 8; 3 shards × 1 = 3.
    const scenario = sam(
      stream('Clicks', 'ShardCount: 4') +
        stream('Orders', 'ShardCount: 3') +
        fn('Reader', kinesisEvent('In', '!GetAtt Clicks.Arn', ', ParallelizationFactor: 2')) +
        fn('Other', kinesisEvent('In', '{ "Fn::GetAtt": [Orders, Arn] }')),
    );
    expect(caps(scenario)).toEqual({ Reader: ['stream', 8], Other: ['stream', 3] });
    expect(scenario.functions[0]!.streamShards).toEqual([{ shards: 4, parallelizationFactor: 2 }]);
  });

  it('adds up several streams; a parameter gives the shards as the stream is priced with them', () => {
    // Shards: the parameter's default 6, × 10 = 60; the second stream 2 × 1: 62.
    const scenario = sam(
      stream('Big', 'ShardCount: !Ref Shards') +
        stream('Small', 'ShardCount: 2') +
        fn('Reader', kinesisEvent('A', '!GetAtt Big.Arn', ', ParallelizationFactor: 10') + kinesisEvent('B', '!GetAtt Small.Arn')),
      USAGE,
      'Parameters:\n  Shards: { Type: Number, Default: 6 }\n',
    );
    expect(caps(scenario)).toEqual({ Reader: ['stream', 62] });
  });

  it('is not known for an on-demand stream, a stream of no ShardCount, a stream of another stack or a table', () => {
    const scenario = sam(
      stream('OnDemand', 'StreamModeDetails: { StreamMode: ON_DEMAND }') +
        stream('Unsaid', 'RetentionPeriodHours: 24') +
        fn('A', kinesisEvent('In', '!GetAtt OnDemand.Arn')) +
        fn('B', kinesisEvent('In', '!GetAtt Unsaid.Arn')) +
        fn('C', kinesisEvent('In', 'arn:aws:kinesis:us-east-1:123456789012:stream/elsewhere')) +
        '  Table: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST, StreamSpecification: { StreamViewType: NEW_IMAGE } } }\n' +
        fn('D', '        In: { Type: DynamoDB, Properties: { Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST } }\n') +
        // One known stream and one not: the sum is not known.
        stream('Known', 'ShardCount: 2') +
        fn('E', kinesisEvent('A', '!GetAtt Known.Arn') + kinesisEvent('B', '!GetAtt OnDemand.Arn')),
    );
    expect(caps(scenario)).toEqual({ A: ['stream', null], B: ['stream', null], C: ['stream', null], D: ['stream', null], E: ['stream', null] });
  });

  it("takes a provisioned stream's shards from the usage file where the template gives none", () => {
    // The stream is priced with the usage file's 5 shards: its consumer runs 5 at once.
    const scenario = sam(
      stream('Unsaid', 'RetentionPeriodHours: 24') + fn('B', kinesisEvent('In', '!GetAtt Unsaid.Arn')),
      `${USAGE}${RECORDS}    - { name: Unsaid, shards: 5, records_per_month: 1000 }\n`,
    );
    expect(caps(scenario)).toEqual({ B: ['stream', 5] });
  });

  it('is none beside another way in, which the shards do not hold back', () => {
    const scenario = sam(
      stream('S', 'ShardCount: 1') + fn('Both', `${kinesisEvent('In', '!GetAtt S.Arn')}        Q: { Type: SQS, Properties: { Queue: arn:aws:sqs:us-east-1:1:q } }\n`),
    );
    expect(scenario.functions[0]!.streamShards).toBeUndefined();
  });

  it('leaves out a source switched off beside one that is on; where every one is off, counts them all', () => {
    // Beside the 2 shards × 3 = 6 that are read, the 100 shards switched off added 100: 106 at once. Every one off: the
    // usage file's runs are priced as though they were on, and so is the cap, 2 × 3 + 100 × 1 = 106.
    const sources = (on: string) =>
      stream('Read', 'ShardCount: 2') +
      stream('Off', 'ShardCount: 100') +
      fn('Reader', kinesisEvent('A', '!GetAtt Read.Arn', `, ParallelizationFactor: 3${on}`) + kinesisEvent('B', '!GetAtt Off.Arn', ', Enabled: false'));
    expect(caps(sam(sources('')))).toEqual({ Reader: ['stream', 6] });
    expect(sam(sources('')).functions[0]!.streamShards).toEqual([{ shards: 2, parallelizationFactor: 3 }]);
    expect(caps(sam(sources(', Enabled: "false"')))).toEqual({ Reader: ['stream', 106] });
  });

  it('says a ParallelizationFactor Lambda refuses, and leaves the cap not known', () => {
    const scenario = sam(stream('S', 'ShardCount: 2') + fn('Reader', kinesisEvent('In', '!GetAtt S.Arn', ', ParallelizationFactor: 20')));
    expect(caps(scenario)).toEqual({ Reader: ['stream', null] });
    expect((scenario.notes ?? []).map((note) => note.message)).toContain(
      "Resources.Reader.Properties.Events.In.Properties.ParallelizationFactor: 20 is not a parallelization factor (a whole number from 1 to 10, which Lambda refuses otherwise); how many of the function's executions its stream lets run at once is not known",
    );
  });
});

describe("a template's AWS::Lambda::EventSourceMapping", () => {
  const mapping = (id: string, properties: string) => `  ${id}: { Type: AWS::Lambda::EventSourceMapping, Properties: { ${properties} } }\n`;

  it("reads its stream's shards × its ParallelizationFactor, through an enhanced fan-out consumer too", () => {
    // 2 shards × 3 = 6; the consumer reads the same 2 shards: × 1 = 2.
    const scenario = sam(
      stream('S', 'ShardCount: 2') +
        '  Fanout: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: c, StreamARN: !GetAtt S.Arn } }\n' +
        fn('Mapped') +
        fn('Fanned') +
        mapping('M', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt S.Arn, ParallelizationFactor: 3, StartingPosition: LATEST') +
        mapping('F', 'FunctionName: !Ref Fanned, EventSourceArn: !GetAtt Fanout.ConsumerARN, StartingPosition: LATEST'),
    );
    expect(caps(scenario)).toEqual({ Mapped: ['stream', 6], Fanned: ['stream', 2] });
  });

  it("says a second mapping of one stream to one function, which Lambda refuses, and counts the stream's shards once; its consumer is a source of its own", () => {
    // 4 shards × 10, once: the event's and the mapping's 40 + 40 was over the account's 1,000 at 50 shards. The
    // consumer beside them reads the same shards by an ARN of its own, which Lambda takes: 4 × 1 more.
    const scenario = sam(
      stream('S', 'ShardCount: 4') +
        '  Fanout: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: c, StreamARN: !GetAtt S.Arn } }\n' +
        fn('Reader', kinesisEvent('In', '!GetAtt S.Arn', ', ParallelizationFactor: 10')) +
        mapping('Again', 'FunctionName: !Ref Reader, EventSourceArn: !GetAtt S.Arn, ParallelizationFactor: 10, StartingPosition: LATEST') +
        mapping('Fanned', 'FunctionName: !Ref Reader, EventSourceArn: !GetAtt Fanout.ConsumerARN, StartingPosition: LATEST'),
    );
    expect(caps(scenario)).toEqual({ Reader: ['stream', 44] });
    expect(scenario.notes?.map((note) => note.message)).toContain(
      'Resources.Again.Properties.EventSourceArn: reads stream "S" into function Reader, as Resources.Reader.Properties.Events.In.Properties.Stream does; Lambda refuses a second event source mapping of one stream and function, so the deploy fails, and its shards are not added to the first\'s',
    );
  });

  it("says a second mapping of one enhanced fan-out consumer to one function, however its ARN is written, as it says one stream's", () => {
    // !GetAtt Fanout.ConsumerARN, its !Ref (a consumer's Ref is its ARN) and a !Sub of it name one consumer: Lambda keeps
    // one mapping of it, 4 × 10 once, where the consumer was read as no source and each added its shards (120). SAM's
    // Kinesis event of the consumer is one of those mappings. Another consumer of the same stream is a source of its own.
    const scenario = sam(
      stream('S', 'ShardCount: 4') +
        '  Fanout: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: c, StreamARN: !GetAtt S.Arn } }\n' +
        '  Other: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: d, StreamARN: !GetAtt S.Arn } }\n' +
        fn('Reader', kinesisEvent('In', '!GetAtt Fanout.ConsumerARN', ', ParallelizationFactor: 10')) +
        mapping('ByRef', 'FunctionName: !Ref Reader, EventSourceArn: !Ref Fanout, ParallelizationFactor: 10, StartingPosition: LATEST') +
        mapping('BySub', "FunctionName: !Ref Reader, EventSourceArn: !Sub '${Fanout.ConsumerARN}', ParallelizationFactor: 10, StartingPosition: LATEST") +
        mapping('ByOther', 'FunctionName: !Ref Reader, EventSourceArn: !GetAtt Other.ConsumerARN, StartingPosition: LATEST'),
    );
    expect(caps(scenario)).toEqual({ Reader: ['stream', 44] });
    expect(scenario.notes?.map((note) => note.message).filter((note) => note.includes('Lambda refuses a second'))).toEqual([
      'Resources.ByRef.Properties.EventSourceArn: reads stream consumer "Fanout" into function Reader, as Resources.Reader.Properties.Events.In.Properties.Stream does; Lambda refuses a second event source mapping of one stream consumer and function, so the deploy fails, and its shards are not added to the first\'s (nor is that of 1 more source that repeats a stream)',
    ]);
  });

  it("says a second source of one DynamoDB table's stream to one function, as it says one Kinesis stream's, where it went unsaid", () => {
    // !GetAtt Orders.StreamArn by two events and a mapping, and by a !Sub of it: one stream, which Lambda maps once.
    const scenario = sam(
      '  Orders: { Type: AWS::DynamoDB::Table, Properties: { StreamSpecification: { StreamViewType: NEW_IMAGE } } }\n' +
        fn(
          'Reader',
          '        A: { Type: DynamoDB, Properties: { Stream: !GetAtt Orders.StreamArn, StartingPosition: LATEST } }\n' +
            "        B: { Type: DynamoDB, Properties: { Stream: !Sub '${Orders.StreamArn}', StartingPosition: LATEST } }\n",
        ) +
        mapping('Again', 'FunctionName: !Ref Reader, EventSourceArn: !GetAtt Orders.StreamArn, StartingPosition: LATEST'),
    );
    expect(scenario.notes?.map((note) => note.message).filter((note) => note.includes('Lambda refuses a second'))).toEqual([
      'Resources.Reader.Properties.Events.B.Properties.Stream: reads the stream of table "Orders" into function Reader, as Resources.Reader.Properties.Events.A.Properties.Stream does; Lambda refuses a second event source mapping of one stream and function, so the deploy fails, and its shards are not added to the first\'s (nor is that of 1 more source that repeats a stream)',
    ]);
  });

  it('leaves out a mapping switched off (Enabled: false, or by a parameter) beside one that is on', () => {
    // 2 shards × 1; the mapping of 4 × 10 switched off by the parameter's default added 40.
    const scenario = sam(
      stream('S', 'ShardCount: 2') +
        stream('Big', 'ShardCount: 4') +
        fn('Mapped') +
        mapping('M', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt S.Arn, StartingPosition: LATEST') +
        mapping('Off', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Big.Arn, ParallelizationFactor: 10, Enabled: !Ref On, StartingPosition: LATEST'),
      USAGE,
      'Parameters:\n  On: { Type: String, Default: "false", AllowedValues: ["true", "false"] }\n',
    );
    expect(caps(scenario)).toEqual({ Mapped: ['stream', 2] });
  });

  it("of a source the template cannot tell leaves an event function a usage file's stream may name", () => {
    const scenario = sam(
      fn('Imported') + mapping('M', 'FunctionName: !Ref Imported, EventSourceArn: !ImportValue SharedStreamArn, StartingPosition: LATEST'),
      `${USAGE}  Imported: { stream: { shards: 4, parallelization_factor: 2 } }\n`,
    );
    expect(caps(scenario)).toEqual({ Imported: ['stream', 8] });
  });
});

describe("a serverless.yml's stream events", () => {
  const head = 'service: s\nprovider: { name: aws, runtime: nodejs20.x }\n';
  it("reads a stream of its resources by Fn::GetAtt, with the parallelizationFactor; a table's stream is not known", () => {
    // 5 shards × 4 = 20.
    const scenario = serverless(
      `${head}functions:
  reader:
    handler: h
    events:
      - stream: { type: kinesis, arn: { Fn::GetAtt: [Clicks, Arn] }, parallelizationFactor: 4 }
  changes:
    handler: h
    events:
      - stream: { type: dynamodb, arn: { Fn::GetAtt: [Table, StreamArn] } }
  plain:
    handler: h
    events:
      - stream: arn:aws:kinesis:us-east-1:123456789012:stream/elsewhere
resources:
  Resources:
    Clicks: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 5 } }
    Table: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST, StreamSpecification: { StreamViewType: NEW_IMAGE } } }
`,
    );
    expect(caps(scenario)).toEqual({ reader: ['stream', 20], changes: ['stream', null], plain: ['stream', null] });
  });

  it('leaves out a stream event switched off (enabled: false, or a variable that says so) beside one that is on', () => {
    // 5 shards × 4 = 20; the 50 shards switched off added 50.
    const scenario = serverless(
      `${head}custom: { on: false }
functions:
  reader:
    handler: h
    events:
      - stream: { type: kinesis, arn: { Fn::GetAtt: [Clicks, Arn] }, parallelizationFactor: 4 }
      - stream: { type: kinesis, arn: { Fn::GetAtt: [Off, Arn] }, enabled: '\${self:custom.on}' }
resources:
  Resources:
    Clicks: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 5 } }
    Off: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 50 } }
`,
    );
    expect(caps(scenario)).toEqual({ reader: ['stream', 20] });
  });
});

describe("a usage file's stream", () => {
  const table = '  Table: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST, StreamSpecification: { StreamViewType: NEW_IMAGE } } }\n';
  const changes = fn('Changes', '        In: { Type: DynamoDB, Properties: { Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST, ParallelizationFactor: 5 } }\n');

  it("gives a table's stream its shards, at the template's parallelization factor unless it gives its own", () => {
    // 3 shards × the template's 5 = 15; 3 × the usage file's 2 = 6.
    expect(caps(sam(table + changes, `${USAGE}  Changes: { stream: { shards: 3 } }\n`))).toEqual({ Changes: ['stream', 15] });
    expect(caps(sam(table + changes, `${USAGE}  Changes: { stream: { shards: 3, parallelization_factor: 2 } }\n`))).toEqual({ Changes: ['stream', 6] });
  });

  it("takes the largest of the template's factors unlike each other, and Lambda's most where one cannot be told", () => {
    // Two tables' streams at factors 5 and 2: 3 shards × 5 = 15, where the first alone, or 1, understated the worst
    // month the cap bounds. A factor of a parameter with no default cannot be told: 3 × 10 = 30.
    const table2 = '  Table2: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST, StreamSpecification: { StreamViewType: NEW_IMAGE } } }\n';
    const two = (factor: string) =>
      fn(
        'Changes',
        '        In: { Type: DynamoDB, Properties: { Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST, ParallelizationFactor: 2 } }\n' +
          `        More: { Type: DynamoDB, Properties: { Stream: !GetAtt Table2.StreamArn, StartingPosition: LATEST, ParallelizationFactor: ${factor} } }\n`,
      );
    expect(caps(sam(table + table2 + two('5'), `${USAGE}  Changes: { stream: { shards: 3 } }\n`))).toEqual({ Changes: ['stream', 15] });
    expect(caps(sam(table + table2 + two('!Ref Factor'), `${USAGE}  Changes: { stream: { shards: 3 } }\n`, 'Parameters:\n  Factor: { Type: Number }\n'))).toEqual({
      Changes: ['stream', 30],
    });
  });

  it('overrides the shards the template gives', () => {
    expect(caps(sam(stream('S', 'ShardCount: 1') + fn('Reader', kinesisEvent('In', '!GetAtt S.Arn')), `${USAGE}  Reader: { stream: { shards: 40 } }\n`))).toEqual({
      Reader: ['stream', 40],
    });
  });

  it('under "*" reaches the functions a stream invokes, and no other', () => {
    const scenario = sam(
      table + changes + fn('Api', '        Get: { Type: HttpApi }\n'),
      'functions:\n  "*": { requests_per_month: 100000, duration_ms: 100, stream: { shards: 2 } }\n',
    );
    // 2 × the template's 5 = 10.
    expect(caps(scenario)).toEqual({ Changes: ['stream', 10], Api: ['api', undefined] });
  });

  it('is refused, where the usage file writes it, on a function another way in invokes', () => {
    expect(refusal(() => sam(fn('Api', '        Get: { Type: HttpApi }\n'), `${USAGE}  Api: { stream: { shards: 2 } }\n`))).toMatch(
      /usage\.yaml:3:18: function Api: stream gives the shards of the stream that invokes it, but the template's events make its trigger api; leave stream out \(at functions\.Api\.stream\)$/,
    );
    expect(refusal(() => sam(fn('Api'), `${USAGE}  Api: { stream: { shards: 0 } }\n`))).toMatch(/\(at functions\.Api\.stream\.shards\)$/);
  });

  it("makes a function of no way in the template can tell a stream's", () => {
    expect(caps(sam(fn('Lone'), `${USAGE}  Lone: { stream: { shards: 2 } }\n`))).toEqual({ Lone: ['stream', 2] });
  });
});

describe("a Kafka topic's partitions, which the usage file gives", () => {
  // Lambda reads one batch of a partition at a time and has no parallelization factor for Kafka: the usage file's 2
  // partitions let 2 executions run at once. A serverless.yml's msk or kafka event was read as a stream whose factor
  // cannot be told, and so the most Lambda allows a Kinesis stream, 10: 2 × 10 = 20, where its consumer at 2.3 at once
  // was not said to fall behind and its worst month was priced at 20 executions.
  const partitions = `${USAGE}  ledger: { stream: { shards: 2 } }\n`;
  it('are the executions at once of a serverless.yml msk or kafka event, each partition one', () => {
    for (const event of ['msk: { arn: arn:aws:kafka:us-east-1:1:cluster/payments/abc, topic: payments }', 'kafka: { topic: payments, bootstrapServers: [b:9092] }']) {
      const scenario = serverless(`service: s\nprovider: { name: aws }\nfunctions:\n  ledger: { handler: h, events: [{ ${event} }] }\n`, partitions);
      expect(scenario.functions[0]!.streamShards).toEqual([{ shards: 2, parallelizationFactor: 1, kafka: true }]);
    }
  });

  it("are a SAM MSK event's, and an event source mapping's of a Kafka cluster", () => {
    const msk = sam(fn('ledger', '        Pay: { Type: MSK, Properties: { Stream: arn:aws:kafka:us-east-1:1:cluster/p/1, Topics: [p], StartingPosition: LATEST } }\n'), partitions);
    expect(msk.functions[0]!.streamShards).toEqual([{ shards: 2, parallelizationFactor: 1, kafka: true }]);
    const mapping = sam(
      fn('ledger') +
        '  M: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref ledger, EventSourceArn: arn:aws:kafka:us-east-1:1:cluster/p/1, Topics: [p] } }\n',
      partitions,
    );
    expect(mapping.functions[0]!.streamShards).toEqual([{ shards: 2, parallelizationFactor: 1, kafka: true }]);
    // A Kinesis stream's event, its factor not written, is read as 1, and as no Kafka topic.
    const kinesis = sam(fn('ledger', kinesisEvent('In', 'arn:aws:kinesis:us-east-1:1:stream/s')), partitions);
    expect(kinesis.functions[0]!.streamShards).toEqual([{ shards: 2, parallelizationFactor: 1 }]);
  });
});
