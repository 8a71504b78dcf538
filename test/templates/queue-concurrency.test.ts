// How many executions a template's SQS queues let their function run at once: each event source's maximum concurrency
// (ScalingConfig.MaximumConcurrency, a serverless.yml's maximumConcurrency), added up. The cost-bomb check caps the
// function there; it had imagined the account's 1,000.
import { describe, expect, it } from 'vitest';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { queueConcurrency } from '../../src/providers/aws/lambda/index.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { tempFile } from '../helpers/files.js';

const USAGE = 'functions:\n  "*": { requests_per_month: 100000, duration_ms: 100 }\n';

const sam = (resources: string, parameters = '') =>
  loadTemplateScenario('template.yaml', `Transform: AWS::Serverless-2016-10-31\n${parameters}Resources:\n${resources}`, 'sam', {
    usageFile: tempFile(USAGE, 'usage.yaml'),
  });
const serverless = (text: string) => loadTemplateScenario('serverless.yml', text, 'serverless', { usageFile: tempFile(USAGE, 'usage.yaml') });
/** Each function's trigger and queue cap, by name. */
const caps = (scenario: Scenario) =>
  Object.fromEntries(scenario.functions.map((fn) => [fn.name, [fn.trigger, fn.queueMaximumConcurrency === undefined ? undefined : queueConcurrency(fn.queueMaximumConcurrency)]]));
const notes = (scenario: Scenario) => (scenario.notes ?? []).map((note) => note.message);

const fn = (name: string, events = '') =>
  `  ${name}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Runtime: nodejs20.x\n${events ? `      Events:\n${events}` : ''}`;
const sqsEvent = (key: string, extra = '', queue = 'Jobs') => `        ${key}: { Type: SQS, Properties: { Queue: !GetAtt ${queue}.Arn${extra} } }\n`;
// A function reads each queue by one source: Lambda refuses a second mapping of one queue and function.
const QUEUE = '  Jobs: { Type: AWS::SQS::Queue }\n  Orders: { Type: AWS::SQS::Queue }\n  Emails: { Type: AWS::SQS::Queue }\n';

describe("a SAM function's SQS events", () => {
  it('reads ScalingConfig.MaximumConcurrency, by a parameter too; an event without one caps nothing', () => {
    const scenario = sam(
      QUEUE +
        fn('Worker', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: 2 }')) +
        fn('Param', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: !Ref Most }')) +
        fn('Free', sqsEvent('In', ', BatchSize: 5')),
      'Parameters:\n  Most: { Type: Number, Default: 7 }\n',
    );
    expect(caps(scenario)).toEqual({ Worker: ['sqs', 2], Param: ['sqs', 7], Free: ['sqs', undefined] });
    expect(scenario.functions[0]!.queueMaximumConcurrency).toEqual([2]);
  });

  it('adds up several queues; one queue without a cap, or another way in, leaves the function uncapped', () => {
    // 2 + 3 = 5.
    const capped = sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 2 }') + sqsEvent('B', ', ScalingConfig: { MaximumConcurrency: 3 }', 'Orders');
    const scenario = sam(
      QUEUE +
        fn('Both', capped) +
        fn('OneFree', capped + sqsEvent('C', '', 'Emails')) +
        fn('Api', `${sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 2 }')}        Get: { Type: HttpApi }\n`) +
        fn(
          'Topic',
          `${sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 2 }')}        T: { Type: SNS, Properties: { Topic: arn:aws:sns:us-east-1:1:t, SqsSubscription: true } }\n`,
        ),
    );
    expect(caps(scenario)).toEqual({ Both: ['sqs', 5], OneFree: ['sqs', undefined], Api: ['api', undefined], Topic: ['sqs', undefined] });
  });

  it('leaves out a source switched off beside one that is on; where every one is off, counts them all', () => {
    // The 2 that is on; every one off: the runs are priced as though they were on, and so is the cap, 2 + 500.
    const sources = (on: string) =>
      QUEUE +
      fn('Worker', sqsEvent('A', `, ScalingConfig: { MaximumConcurrency: 2 }${on}`) + sqsEvent('B', ', Enabled: false, ScalingConfig: { MaximumConcurrency: 500 }', 'Orders'));
    expect(caps(sam(sources('')))).toEqual({ Worker: ['sqs', 2] });
    expect(caps(sam(sources(', Enabled: false')))).toEqual({ Worker: ['sqs', 502] });
  });

  it('says a MaximumConcurrency Lambda refuses (out of 2 to 1,000, not whole, not a number), and caps nothing by it', () => {
    const scenario = sam(
      QUEUE +
        fn('One', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: 1 }')) +
        fn('Many', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: 1001 }')) +
        fn('Half', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: 2.5 }')) +
        fn('Word', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: lots }')) +
        fn('Flat', sqsEvent('In', ', ScalingConfig: 4')),
    );
    expect(caps(scenario)).toEqual({ One: ['sqs', undefined], Many: ['sqs', undefined], Half: ['sqs', undefined], Word: ['sqs', undefined], Flat: ['sqs', undefined] });
    const refused = (name: string, value: string) =>
      `Resources.${name}.Properties.Events.In.Properties.ScalingConfig.MaximumConcurrency: ${value} is not a maximum concurrency (a whole number from 2 to 1,000, which Lambda refuses otherwise); the queue is read as not capping the function's executions at once`;
    expect(notes(scenario)).toEqual(expect.arrayContaining([refused('One', '1'), refused('Many', '1001'), refused('Half', '2.5'), refused('Word', '"lots"')]));
    expect(notes(scenario)).toContain(
      "Resources.Flat.Properties.Events.In.Properties.ScalingConfig: 4 is no ScalingConfig (a mapping with MaximumConcurrency); the queue is read as not capping the function's executions at once",
    );
  });
});

describe('a queue a function reads by two sources', () => {
  const mapping = (id: string, properties: string) => `  ${id}: { Type: AWS::Lambda::EventSourceMapping, Properties: { ${properties} } }\n`;

  it("says the second, which Lambda refuses, and adds none of its maximum concurrency: one queue's 5 + 6 was a cap of 11", () => {
    const scenario = sam(
      QUEUE +
        fn('Twice', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }') + sqsEvent('B', ', ScalingConfig: { MaximumConcurrency: 6 }')) +
        fn('Mapped', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 2 }', 'Orders')) +
        mapping('Again', 'FunctionName: !GetAtt Mapped.Arn, EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 900 }') +
        mapping('Other', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Emails.Arn, ScalingConfig: { MaximumConcurrency: 3 }'),
    );
    expect(caps(scenario)).toEqual({ Twice: ['sqs', 5], Mapped: ['sqs', 5] });
    expect(notes(scenario)).toEqual(
      expect.arrayContaining([
        'Resources.Twice.Properties.Events.B.Properties.Queue: reads queue "Jobs" into function Twice, as Resources.Twice.Properties.Events.A.Properties.Queue does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s',
        'Resources.Again.Properties.EventSourceArn: reads queue "Orders" into function Mapped, as Resources.Mapped.Properties.Events.A.Properties.Queue does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s',
      ]),
    );
  });

  it('takes a mapping to an alias or a version of the function as a mapping of its own, which Lambda allows beside one to the function', () => {
    // SAM maps the event to the alias AutoPublishAlias makes; the mappings to the function itself, to its alias blue
    // and to its version green are others: 5 + 6 + 7 + 9. The second to blue repeats the first.
    const scenario = sam(
      QUEUE +
        fn('Fn', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }')).replace('Runtime: nodejs20.x\n', 'Runtime: nodejs20.x\n      AutoPublishAlias: live\n') +
        mapping('Plain', 'FunctionName: !Ref Fn, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 6 }') +
        mapping('Blue', 'FunctionName: !Ref BlueAlias, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 7 }') +
        mapping('BlueAgain', 'FunctionName: !Ref BlueAlias, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 8 }') +
        mapping('Green', "FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:Fn:2', EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 9 }") +
        '  BlueAlias: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Fn, FunctionVersion: "1", Name: blue } }\n',
    );
    expect(caps(scenario)).toEqual({ Fn: ['sqs', 5 + 6 + 7 + 9] });
    expect(notes(scenario).filter((note) => note.includes('Lambda refuses a second'))).toEqual([
      'Resources.BlueAgain.Properties.EventSourceArn: reads queue "Jobs" into function Fn, as Resources.Blue.Properties.EventSourceArn does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s',
    ]);
  });

  it("takes a mapping to !Ref Fn.Alias as one to the alias AutoPublishAlias makes, which SAM maps the function's events to", () => {
    // Both invoke the alias live: Lambda refuses the mapping, and its 6 was added to the event's 5 as 11.
    const scenario = sam(
      QUEUE +
        fn('Fn', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }')).replace('Runtime: nodejs20.x\n', 'Runtime: nodejs20.x\n      AutoPublishAlias: live\n') +
        mapping('ByAlias', 'FunctionName: !Ref Fn.Alias, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 6 }'),
    );
    expect(caps(scenario)).toEqual({ Fn: ['sqs', 5] });
    expect(notes(scenario).filter((note) => note.includes('Lambda refuses a second'))).toEqual([
      'Resources.ByAlias.Properties.EventSourceArn: reads queue "Jobs" into function Fn, as Resources.Fn.Properties.Events.A.Properties.Queue does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s',
    ]);
  });

  it("takes each way of naming one alias as one: an ARN's :live, !Ref Fn.Alias, an AWS::Lambda::Alias of that Name, and Globals' AutoPublishAlias", () => {
    // Every source below invokes the alias live of Fn (its AutoPublishAlias from Globals): the event's 5 is the cap, the
    // mapping by an ARN's :live, by !Ref Fn.Alias and by an alias resource named live each a repeat Lambda refuses.
    // The alias resource's version 3 (!Ref V3) is another: 5 + 8.
    const scenario = loadTemplateScenario(
      'template.yaml',
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    AutoPublishAlias: live\nResources:\n' +
        QUEUE +
        fn('Fn', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }')) +
        mapping(
          'ByArn',
          "FunctionName: !Sub 'arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}:live', EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 6 }",
        ) +
        mapping('ByRef', 'FunctionName: !Ref Fn.Alias, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 7 }') +
        mapping('ByVersion', 'FunctionName: !Ref V3, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 8 }') +
        mapping('ByAliasResource', 'FunctionName: !Ref Live, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 9 }') +
        '  Live: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Fn, FunctionVersion: "1", Name: live } }\n' +
        '  V3: { Type: AWS::Lambda::Version, Properties: { FunctionName: !Ref Fn } }\n',
      'sam',
      { usageFile: tempFile(USAGE, 'usage.yaml') },
    );
    expect(caps(scenario)).toEqual({ Fn: ['sqs', 5 + 8] });
    expect(notes(scenario).filter((note) => note.includes('Lambda refuses a second'))).toEqual([
      'Resources.ByArn.Properties.EventSourceArn: reads queue "Jobs" into function Fn, as Resources.Fn.Properties.Events.A.Properties.Queue does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s (nor are those of 2 more sources that repeat a queue)',
    ]);
  });

  it('reads a queue by a !Join of its ARN as it reads one by !GetAtt or written out, where two joins of one queue were added up', () => {
    // Joined of texts: the ARN written out, 5 and not 5 + 6. Joined around !GetAtt Jobs.QueueName: Jobs, 2 and not 2 + 3.
    const joined = (key: string, most: number, parts: string) =>
      `        ${key}: { Type: SQS, Properties: { Queue: !Join [":", [${parts}]], ScalingConfig: { MaximumConcurrency: ${most} } } }\n`;
    const scenario = sam(
      QUEUE +
        fn(
          'Texts',
          joined('A', 5, 'arn, aws, sqs, us-east-1, "1", jobs') +
            sqsEvent('B', ', ScalingConfig: { MaximumConcurrency: 6 }', '').replace('!GetAtt .Arn', 'arn:aws:sqs:us-east-1:1:jobs'),
        ) +
        fn('Named', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 2 }') + joined('B', 3, 'arn, aws, sqs, !Ref AWS::Region, !Ref AWS::AccountId, !GetAtt Jobs.QueueName')) +
        fn('Two', joined('A', 4, 'arn, aws, sqs, us-east-1, "1", a') + joined('B', 7, 'arn, aws, sqs, us-east-1, "1", b')),
    );
    expect(caps(scenario)).toEqual({ Texts: ['sqs', 5], Named: ['sqs', 2], Two: ['sqs', 11] });
  });

  it('takes two !Sub ARNs around one parameter as two queues where the text about it differs, and as one where it is the same', () => {
    // ${Env}-orders and ${Env}-payments were one queue "Env": the second's 6 left out of 5 + 6 and said to be refused.
    const arn = (queue: string) => `!Sub "arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:${queue}"`;
    const scenario = sam(
      fn(
        'Two',
        sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }', '').replace('!GetAtt .Arn', arn('${Env}-orders')) +
          sqsEvent('B', ', ScalingConfig: { MaximumConcurrency: 6 }', '').replace('!GetAtt .Arn', arn('${Env}-payments')),
      ) +
        fn(
          'One',
          sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 2 }', '').replace('!GetAtt .Arn', arn('${Env}-orders')) +
            sqsEvent('B', ', ScalingConfig: { MaximumConcurrency: 3 }', '').replace('!GetAtt .Arn', arn('${Env}-orders')),
        ) +
        fn(
          'Named',
          sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 4 }') +
            sqsEvent('B', ', ScalingConfig: { MaximumConcurrency: 7 }', '').replace('!GetAtt .Arn', arn('${Jobs.QueueName}')),
        ) +
        '  Jobs: { Type: AWS::SQS::Queue }\n',
      'Parameters:\n  Env: { Type: String, Default: prod }\n',
    );
    expect(caps(scenario)).toEqual({ Two: ['sqs', 11], One: ['sqs', 2], Named: ['sqs', 4] });
    expect(
      notes(scenario)
        .filter((note) => note.includes('Lambda refuses a second'))
        .map((note) => note.split(':')[0]),
    ).toEqual(['Resources.One.Properties.Events.B.Properties.Queue', 'Resources.Named.Properties.Events.B.Properties.Queue']);
  });

  it("of a serverless.yml's function of provisioned concurrency, takes its events as its alias provisioned's, beside a mapping to the function", () => {
    // The Framework maps the event to the alias: the mapping of its resources to the function itself is another, 3 + 4.
    const text = (provisioned: string) =>
      `service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  worker:\n    handler: h\n${provisioned}    events:\n      - sqs: { arn: !GetAtt Jobs.Arn, maximumConcurrency: 3 }\nresources:\n  Resources:\n    Jobs: { Type: AWS::SQS::Queue }\n    Again: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !GetAtt WorkerLambdaFunction.Arn, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 4 } } }\n`;
    const provisioned = serverless(text('    provisionedConcurrency: 1\n'));
    expect(caps(provisioned)).toEqual({ worker: ['sqs', 7] });
    expect(notes(provisioned).filter((note) => note.includes('Lambda refuses a second'))).toEqual([]);
    // Without it both map the function itself: the second is refused, and its 4 left out.
    const plain = serverless(text(''));
    expect(caps(plain)).toEqual({ worker: ['sqs', 3] });
    expect(notes(plain).filter((note) => note.includes('Lambda refuses a second'))).toHaveLength(1);
  });

  it('leaves out a mapping of a false Condition beside a source the stack has, in either order, where it was said to be priced and refused at once', () => {
    // The stack deployed with the defaults has the event's 5 and the unconditional mapping's 3: the prod-only mappings
    // of the same queues are neither priced (their 2 and 6 were in the cap or said to be priced) nor its repeats.
    // Two mappings of one queue both of the false Condition are priced as if created, as a lone one is: 4, the second a repeat.
    const scenario = sam(
      QUEUE +
        fn('Evented', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }')) +
        `  ProdOnly: { Type: AWS::Lambda::EventSourceMapping, Condition: IsProd, Properties: { FunctionName: !Ref Evented, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 2 } } }
` +
        fn('Mapped') +
        `  ProdFirst: { Type: AWS::Lambda::EventSourceMapping, Condition: IsProd, Properties: { FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 6 } } }
` +
        mapping('Always', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 3 }') +
        fn('Both') +
        `  BothA: { Type: AWS::Lambda::EventSourceMapping, Condition: IsProd, Properties: { FunctionName: !Ref Both, EventSourceArn: !GetAtt Emails.Arn, ScalingConfig: { MaximumConcurrency: 4 } } }
` +
        `  BothB: { Type: AWS::Lambda::EventSourceMapping, Condition: IsProd, Properties: { FunctionName: !Ref Both, EventSourceArn: !GetAtt Emails.Arn, ScalingConfig: { MaximumConcurrency: 9 } } }
`,
      'Parameters:\n  Stage: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\n',
    );
    expect(caps(scenario)).toEqual({ Evented: ['sqs', 5], Mapped: ['sqs', 3], Both: ['sqs', 4] });
    const said = notes(scenario).filter((note) => /ProdOnly|ProdFirst|Always|BothA|BothB/.test(note.split(':')[0]!));
    expect(said).toEqual([
      "Resources.BothA: its Condition IsProd does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
      "Resources.BothB: its Condition IsProd does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
      'Resources.ProdOnly.Properties.EventSourceArn: reads queue "Jobs" into function Evented, as Resources.Evented.Properties.Events.A.Properties.Queue does; its Condition IsProd does not hold with the parameters\' defaults, so a stack deployed with them has no such mapping, and it is not priced; where IsProd holds, Lambda refuses a second event source mapping of one queue and function, and the deploy fails',
      'Resources.ProdFirst.Properties.EventSourceArn: reads queue "Orders" into function Mapped, as Resources.Always.Properties.EventSourceArn does; its Condition IsProd does not hold with the parameters\' defaults, so a stack deployed with them has no such mapping, and it is not priced; where IsProd holds, Lambda refuses a second event source mapping of one queue and function, and the deploy fails',
      'Resources.BothB.Properties.EventSourceArn: reads queue "Emails" into function Both, as Resources.BothA.Properties.EventSourceArn does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s',
    ]);
  });

  it('reads a mapping to an alias by a !Join of its ARN as the !Sub of it is read: the alias, not the function itself', () => {
    // To the function 2; to its alias live by !Sub 3, and by !Join of the same ARN a repeat of that, not of the function's.
    // By !Join of !GetAtt Fn.Arn and :live, and by !Sub '${Fn.Arn}:live', the alias too: each named no function.
    const arn = ['arn', '!Ref AWS::Partition', 'lambda', '!Ref AWS::Region', '!Ref AWS::AccountId', 'function', '!Ref Fn', 'live'].join(', ');
    const scenario = sam(
      QUEUE +
        fn('Fn') +
        mapping('ToFunction', 'FunctionName: !Ref Fn, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 2 }') +
        mapping(
          'BySub',
          "FunctionName: !Sub 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}:live', EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 3 }",
        ) +
        mapping('ByJoin', `FunctionName: !Join [":", [${arn}]], EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 4 }`) +
        mapping('ByJoinedArn', 'FunctionName: !Join [":", [!GetAtt Fn.Arn, blue]], EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 5 }') +
        mapping('BySubArn', "FunctionName: !Sub '${Fn.Arn}:blue', EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 6 }"),
    );
    expect(caps(scenario)).toEqual({ Fn: ['sqs', 2 + 3 + 5] });
    expect(notes(scenario).filter((note) => note.includes('Lambda refuses a second') || note.includes('names none'))).toEqual([
      'Resources.ByJoin.Properties.EventSourceArn: reads queue "Jobs" into function Fn, as Resources.BySub.Properties.EventSourceArn does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s (nor is that of 1 more source that repeats a queue)',
    ]);
  });

  it('of a serverless.yml, leaves out a mapping of its resources under a Condition its stage makes false, beside the sqs event a stack of that stage has', () => {
    // IsProd compares the Framework's ${sls:stage}, worked out before CloudFormation sees it: dev, where the mapping is
    // not created and was said to be refused by Lambda; prod, where it is, and is.
    const text = (stage: string) =>
      `service: s\nprovider: { name: aws, runtime: nodejs20.x, stage: ${stage} }\nfunctions:\n  worker:\n    handler: h\n    events:\n      - sqs: { arn: !GetAtt Jobs.Arn, maximumConcurrency: 5 }\nresources:\n  Conditions:\n    IsProd: !Equals ["\${sls:stage}", prod]\n  Resources:\n    Jobs: { Type: AWS::SQS::Queue }\n    ProdOnly: { Type: AWS::Lambda::EventSourceMapping, Condition: IsProd, Properties: { FunctionName: !GetAtt WorkerLambdaFunction.Arn, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 3 } } }\n`;
    const dev = serverless(text('dev'));
    expect(caps(dev)).toEqual({ worker: ['sqs', 5] });
    expect(notes(dev).filter((note) => note.includes('ProdOnly'))).toEqual([
      'resources.Resources.ProdOnly.Properties.EventSourceArn: reads queue "Jobs" into function worker, as functions.worker.events[0].sqs.arn does; its Condition IsProd does not hold with the parameters\' defaults, so a stack deployed with them has no such mapping, and it is not priced; where IsProd holds, Lambda refuses a second event source mapping of one queue and function, and the deploy fails',
    ]);
    const prod = serverless(text('prod'));
    expect(caps(prod)).toEqual({ worker: ['sqs', 5] });
    expect(
      notes(prod)
        .filter((note) => note.includes('ProdOnly'))
        .map((note) => note.includes('its maximum concurrency is not added')),
    ).toEqual([true]);
  });

  it('of a serverless.yml, by an ARN written out twice, says it once for the function, counting the rest', () => {
    const arn = 'arn:aws:sqs:us-east-1:123456789012:jobs';
    const scenario = serverless(
      `service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  worker:\n    handler: h\n    events:\n${[4, 7, 9, 11].map((most) => `      - sqs: { arn: ${arn}, maximumConcurrency: ${most} }\n`).join('')}`,
    );
    expect(caps(scenario)).toEqual({ worker: ['sqs', 4] });
    expect(notes(scenario).filter((note) => note.includes('Lambda refuses a second'))).toEqual([
      `functions.worker.events[1].sqs.arn: reads queue "${arn}" into function worker, as functions.worker.events[0].sqs.arn does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first's (nor are those of 2 more sources that repeat a queue)`,
    ]);
  });
});

describe("a template's AWS::Lambda::EventSourceMapping of a queue", () => {
  const mapping = (id: string, properties: string) => `  ${id}: { Type: AWS::Lambda::EventSourceMapping, Properties: { ${properties} } }\n`;

  it('reads its ScalingConfig.MaximumConcurrency, by a queue of the template or an ARN, and adds them up', () => {
    // 4 + 6 = 10; the plain function's one mapping sets none.
    const scenario = sam(
      QUEUE +
        fn('Mapped') +
        fn('Plain') +
        mapping('A', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 4 }') +
        mapping('B', 'FunctionName: !Ref Mapped, EventSourceArn: arn:aws:sqs:us-east-1:123456789012:other, ScalingConfig: { MaximumConcurrency: !Ref Most }') +
        mapping('C', 'FunctionName: !Ref Plain, EventSourceArn: !GetAtt Jobs.Arn'),
      'Parameters:\n  Most: { Type: Number, Default: 6 }\n',
    );
    expect(caps(scenario)).toEqual({ Mapped: ['sqs', 10], Plain: ['sqs', undefined] });
  });

  it("is no queue's cap on a stream's mapping, whose shards are its own", () => {
    const scenario = sam(
      '  S: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 3 } }\n' +
        fn('Reader') +
        mapping('M', 'FunctionName: !Ref Reader, EventSourceArn: !GetAtt S.Arn, StartingPosition: LATEST, ScalingConfig: { MaximumConcurrency: 2 }'),
    );
    expect(caps(scenario)).toEqual({ Reader: ['stream', undefined] });
    expect(scenario.functions[0]!.streamShards).toEqual([{ shards: 3, parallelizationFactor: 1 }]);
  });

  it("reads an EventSourceArn or a queue event's Queue of Fn::If, or of a parameter's ARN, as the parameters' defaults choose, where the mapping was a source of no kind", () => {
    // UseExisting is false: the mapping reads Jobs, capped at 3, where it was an event source of no kind capped at the
    // account's 1,000. The event and the mapping of Worker by one !If read Jobs twice, which Lambda refuses: 5 alone.
    // Reader's mapping of the parameter's queue (an ARN by its default) reads an SQS queue too.
    const chosen = '!If [UseExisting, !Ref ExistingQueueArn, !GetAtt Jobs.Arn]';
    const scenario = sam(
      QUEUE +
        fn('Mapped') +
        mapping('ByIf', `FunctionName: !Ref Mapped, EventSourceArn: ${chosen}, ScalingConfig: { MaximumConcurrency: 3 }`) +
        fn('Worker', `        A: { Type: SQS, Properties: { Queue: ${chosen}, ScalingConfig: { MaximumConcurrency: 5 } } }\n`) +
        mapping('Again', `FunctionName: !Ref Worker, EventSourceArn: ${chosen}, ScalingConfig: { MaximumConcurrency: 6 }`) +
        fn('Reader') +
        mapping('ByParameter', 'FunctionName: !Ref Reader, EventSourceArn: !Ref SharedQueueArn, ScalingConfig: { MaximumConcurrency: 4 }'),
      'Parameters:\n  ExistingQueueArn: { Type: String, Default: "" }\n  SharedQueueArn: { Type: String, Default: "arn:aws:sqs:us-east-1:123456789012:shared" }\nConditions:\n  UseExisting: !Not [!Equals [!Ref ExistingQueueArn, ""]]\n',
    );
    expect(caps(scenario)).toEqual({ Mapped: ['sqs', 3], Worker: ['sqs', 5], Reader: ['sqs', 4] });
    expect(
      notes(scenario)
        .filter((note) => note.includes('Lambda refuses a second'))
        .map((note) => note.split(':')[0]),
    ).toEqual(['Resources.Again.Properties.EventSourceArn']);
  });

  it("says a queue named by its Ref, which is its URL and which Lambda refuses as an event source, and reads it as the queue's ARN", () => {
    // The event's and the mapping's !Ref Jobs: one queue, read twice, where neither was said and the caps added up to 5 + 3.
    const scenario = sam(
      QUEUE +
        fn('Worker', sqsEvent('A', ', ScalingConfig: { MaximumConcurrency: 5 }').replace('!GetAtt Jobs.Arn', '!Ref Jobs')) +
        mapping('Again', 'FunctionName: !Ref Worker, EventSourceArn: !Ref Jobs, ScalingConfig: { MaximumConcurrency: 3 }'),
    );
    expect(caps(scenario)).toEqual({ Worker: ['sqs', 5] });
    expect(notes(scenario).filter((note) => note.includes('!Ref Jobs') || note.includes('Lambda refuses a second'))).toEqual([
      "Resources.Again.Properties.EventSourceArn: !Ref Jobs is the queue's URL, not its ARN (!GetAtt Jobs.Arn), which Lambda refuses as an event source, so the deploy fails; read as its ARN",
      "Resources.Worker.Properties.Events.A.Properties.Queue: !Ref Jobs is the queue's URL, not its ARN (!GetAtt Jobs.Arn), which Lambda refuses as an event source, so the deploy fails; read as its ARN",
      'Resources.Again.Properties.EventSourceArn: reads queue "Jobs" into function Worker, as Resources.Worker.Properties.Events.A.Properties.Queue does; Lambda refuses a second event source mapping of one queue and function, so the deploy fails, and its maximum concurrency is not added to the first\'s',
    ]);
  });

  it("reads a FunctionName of a partial ARN (123456789012:function:worker, which Lambda takes) as the function itself, not an alias 'function:worker'", () => {
    // By !Ref, by a !Sub of the partial ARN and by the partial ARN written out: one function, one mapping of the queue,
    // where the caps were 2 + 3 + 4. A partial ARN with an alias after it, and a function named function with its alias
    // live ("function:live"), are mappings of aliases, which Lambda takes beside it: + 5 + 6.
    const scenario = sam(
      QUEUE +
        fn('Worker').replace('Runtime: nodejs20.x\n', 'Runtime: nodejs20.x\n      FunctionName: worker\n') +
        mapping('ByRef', 'FunctionName: !Ref Worker, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 2 }') +
        mapping('BySub', "FunctionName: !Sub '${AWS::AccountId}:function:worker', EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 3 }") +
        mapping('ByText', "FunctionName: '123456789012:function:worker', EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 4 }") +
        mapping('ToAlias', "FunctionName: '123456789012:function:worker:live', EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 5 }") +
        fn('Named').replace('Runtime: nodejs20.x\n', 'Runtime: nodejs20.x\n      FunctionName: function\n') +
        mapping('NamedPlain', 'FunctionName: function, EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 7 }') +
        mapping('NamedLive', "FunctionName: 'function:live', EventSourceArn: !GetAtt Orders.Arn, ScalingConfig: { MaximumConcurrency: 6 }"),
    );
    expect(caps(scenario)).toEqual({ Worker: ['sqs', 2 + 5], Named: ['sqs', 7 + 6] });
    expect(
      notes(scenario)
        .filter((note) => note.includes('Lambda refuses a second'))
        .map((note) => note.split(':')[0]),
    ).toEqual(['Resources.BySub.Properties.EventSourceArn']);
  });

  it("reads an EventSourceArn of a !Sub or !Join of the queue's ARN alone as the queue, where it was a source of no kind", () => {
    const scenario = sam(
      QUEUE +
        fn('BySub') +
        mapping('A', "FunctionName: !Ref BySub, EventSourceArn: !Sub '${Jobs.Arn}', ScalingConfig: { MaximumConcurrency: 3 }") +
        fn('ByJoin') +
        mapping('B', 'FunctionName: !Ref ByJoin, EventSourceArn: !Join ["", [!GetAtt Orders.Arn]], ScalingConfig: { MaximumConcurrency: 4 }'),
    );
    expect(caps(scenario)).toEqual({ BySub: ['sqs', 3], ByJoin: ['sqs', 4] });
  });

  it('says a MaximumConcurrency Lambda refuses', () => {
    const scenario = sam(QUEUE + fn('Mapped') + mapping('A', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 0 }'));
    expect(caps(scenario)).toEqual({ Mapped: ['sqs', undefined] });
    expect(notes(scenario)).toContain(
      "Resources.A.Properties.ScalingConfig.MaximumConcurrency: 0 is not a maximum concurrency (a whole number from 2 to 1,000, which Lambda refuses otherwise); the queue is read as not capping the function's executions at once",
    );
  });
});

describe("what a queue's event source writes that the reader cannot take", () => {
  const mapping = (id: string, properties: string, extra = '') => `  ${id}: { Type: AWS::Lambda::EventSourceMapping${extra}, Properties: { ${properties} } }\n`;

  it('says a key of ScalingConfig other than MaximumConcurrency, which CloudFormation refuses, where it went unread in silence', () => {
    const scenario = sam(
      QUEUE + fn('Typo', sqsEvent('In', ', ScalingConfig: { MaximumConcurency: 5 }')) + fn('Beside', sqsEvent('In', ', ScalingConfig: { MaximumConcurrency: 5, Bogus: 1 }')),
    );
    expect(caps(scenario)).toEqual({ Typo: ['sqs', undefined], Beside: ['sqs', 5] });
    expect(notes(scenario)).toEqual(
      expect.arrayContaining([
        'Resources.Typo.Properties.Events.In.Properties.ScalingConfig: MaximumConcurency (did you mean MaximumConcurrency?) is not a property of a ScalingConfig, whose one property is MaximumConcurrency; CloudFormation refuses it, and it is not read',
        'Resources.Beside.Properties.Events.In.Properties.ScalingConfig: Bogus is not a property of a ScalingConfig, whose one property is MaximumConcurrency; CloudFormation refuses it, and it is not read',
      ]),
    );
  });

  it("says an SQS event's or a queue's mapping's property a slip away from one it has (ScallingConfig), and no other", () => {
    const scenario = sam(
      QUEUE +
        fn('Event', sqsEvent('In', ', ScallingConfig: { MaximumConcurrency: 5 }, Owner: me')) +
        fn('Mapped') +
        mapping('M', 'FunctionName: !Ref Mapped, EventSourceArn: !GetAtt Jobs.Arn, scalingConfig: { MaximumConcurrency: 5 }, BatchSize: 5'),
    );
    expect(caps(scenario)).toEqual({ Event: ['sqs', undefined], Mapped: ['sqs', undefined] });
    expect(notes(scenario)).toEqual(
      expect.arrayContaining([
        'Resources.Event.Properties.Events.In.Properties: ScallingConfig (did you mean ScalingConfig?) is not a property of an SQS event, and is not read',
        'Resources.M.Properties: scalingConfig (it is spelt ScalingConfig) is not a property of an AWS::Lambda::EventSourceMapping, and is not read',
      ]),
    );
    expect(notes(scenario).filter((note) => note.includes('Owner') || note.includes('BatchSize'))).toEqual([]);
  });

  it("says a mapping of a Condition the parameters' defaults make false, read as the function's way in and its cap all the same", () => {
    const scenario = sam(
      QUEUE + fn('Worker') + mapping('M', 'FunctionName: !Ref Worker, EventSourceArn: !GetAtt Jobs.Arn, ScalingConfig: { MaximumConcurrency: 2 }', ', Condition: Prod'),
      'Parameters:\n  Stage: { Type: String, Default: dev }\nConditions:\n  Prod: !Equals [!Ref Stage, prod]\n',
    );
    expect(caps(scenario)).toEqual({ Worker: ['sqs', 2] });
    expect(notes(scenario)).toContain(
      "Resources.M: its Condition Prod does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
    );
  });
});

describe("the notes of a template's thousands of event sources", () => {
  it('says the first few of each kind and counts the rest: 5,000 mappings wrote 10,000 notes, 2.3 MB of JSON', () => {
    const mappings = Array.from(
      { length: 1000 },
      (_, i) =>
        `  M${i}: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref Worker, EventSourceArn: !GetAtt Jobs.Arn, Enabld: true, ScalingConfig: { MaximumConcurrency: !Ref Most, Burst: 2 } } }\n` +
        `  S${i}: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref Reader, EventSourceArn: !GetAtt Clicks.Arn, StartingPosition: LATEST, ParallelizationFactor: 11 } }\n`,
    ).join('');
    const scenario = sam(
      `${QUEUE}  Clicks: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 1 } }\n${fn('Worker')}${fn('Reader')}${mappings}`,
      'Parameters:\n  Most: { Type: Number, Default: 1 }\n',
    );
    const all = notes(scenario);
    // Twenty of each of the five kinds, and a note counting the rest of each.
    expect(all.length).toBeLessThan(120);
    expect(all.filter((note) => note.startsWith('Resources: '))).toEqual([
      "Resources: 980 more stream event sources give a parallelization factor Lambda refuses; how many of their functions' executions their streams let run at once is not known",
      'Resources: 980 more settings of event sources are worked out from the parameters and conditions, as those above are',
      'Resources: 980 more ScalingConfigs write properties other than MaximumConcurrency, which CloudFormation refuses; they are not read',
      "Resources: 980 more SQS event sources give a maximum concurrency Lambda refuses, or a ScalingConfig that is none; their queues are read as not capping their functions' executions at once",
      'Resources: 980 more SQS event sources write properties they do not have, which are not read',
    ]);
    expect(all).toContain("Resources.M0.Properties.ScalingConfig.MaximumConcurrency: used parameter Most's default, 1");
  });
});

describe("a serverless.yml's sqs events", () => {
  const head = 'service: s\nprovider: { name: aws, runtime: nodejs20.x }\ncustom: { most: 8, on: false }\n';
  it('reads maximumConcurrency, by a variable too, leaves out an event switched off and says one Lambda refuses', () => {
    // worker: 3 + the variable's 8 = 11, the 900 switched off left out; plain: an ARN alone caps nothing.
    const scenario = serverless(
      `${head}functions:
  worker:
    handler: h
    events:
      - sqs: { arn: { Fn::GetAtt: [Jobs, Arn] }, maximumConcurrency: 3 }
      - sqs: { arn: arn:aws:sqs:us-east-1:123456789012:other, maximumConcurrency: '\${self:custom.most}' }
      - sqs: { arn: arn:aws:sqs:us-east-1:123456789012:off, maximumConcurrency: 900, enabled: '\${self:custom.on}' }
  plain:
    handler: h
    events:
      - sqs: arn:aws:sqs:us-east-1:123456789012:plain
  odd:
    handler: h
    events:
      - sqs: { arn: arn:aws:sqs:us-east-1:123456789012:odd, maximumConcurrency: 5000 }
resources:
  Resources:
    Jobs: { Type: AWS::SQS::Queue }
`,
    );
    expect(caps(scenario)).toEqual({ worker: ['sqs', 11], plain: ['sqs', undefined], odd: ['sqs', undefined] });
    expect(notes(scenario)).toContain(
      "functions.odd.events[0].sqs.maximumConcurrency: 5000 is not a maximum concurrency (a whole number from 2 to 1,000, which Lambda refuses otherwise); the queue is read as not capping the function's executions at once",
    );
  });

  it('says a key a slip away from one an sqs event has (maximumconcurrency, maximum_concurrency), which went unread in silence', () => {
    const scenario = serverless(
      `${head}functions:
  worker:
    handler: h
    events:
      - sqs: { arn: arn:aws:sqs:us-east-1:123456789012:a, maximumconcurrency: 3, batchSize: 10 }
      - sqs: { arn: arn:aws:sqs:us-east-1:123456789012:b, maximum_concurrency: 3 }
`,
    );
    expect(caps(scenario)).toEqual({ worker: ['sqs', undefined] });
    expect(notes(scenario)).toEqual(
      expect.arrayContaining([
        'functions.worker.events[0].sqs: maximumconcurrency (it is spelt maximumConcurrency) is not a property of an sqs event, and is not read',
        'functions.worker.events[1].sqs: maximum_concurrency (did you mean maximumConcurrency?) is not a property of an sqs event, and is not read',
      ]),
    );
  });
});
