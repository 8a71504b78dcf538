// Reading serverless.yml and SAM templates: each construct on its own, the two
// templates of the source documents priced by hand, and the usage file's checks.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { Decimal } from '../../src/core/money.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { parseTemplate, templateKind } from '../../src/load/read-template.js';
import { readTemplateFunctions, type TemplateFunction } from '../../src/load/template-functions.js';
import { book } from '../helpers/build.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';
import { usageFileFor } from '../../src/commands/usage.js';

const read = (text: string) => {
  const kind = templateKind(text)!;
  return readTemplateFunctions(parseTemplate('t.yaml', text, kind));
};

/** A function's schedule with its runs to four places: a month need not hold a whole number of them. */
const scheduleOf = (fn: TemplateFunction) => fn.schedule && { ...fn.schedule, runsPerMonth: fn.schedule.runsPerMonth.toDecimalPlaces(4).toFixed() };

describe('a .json template', () => {
  const resources = '"Resources": { "F": { "Type": "AWS::Serverless::Function", "Properties": { "Handler": "h" } } }';
  const error = (text: string) => {
    try {
      parseTemplate('t.json', text, 'sam');
    } catch (caught) {
      return formatError(caught as SlcostError);
    }
    return 'read';
  };
  it('is refused where it is not JSON (a comment, a trailing comma), as CloudFormation refuses it, not read as the YAML it also is', () => {
    // The comment swallowed the key after it: `// note "Resources"`, and the template had no functions.
    expect(error(`{\n  "Transform": "AWS::Serverless-2016-10-31", // note\n  ${resources}\n}\n`)).toMatch(/^t\.json:2:46: is not valid JSON: /);
    expect(error(`{ ${resources}, }`)).toMatch(/^t\.json:1:\d+: is not valid JSON: .*without comments or trailing commas/);
    expect(error(`\uFEFF{ ${resources} }`)).toBe('read');
    // The same text named .yaml is YAML's to read.
    expect(readTemplateFunctions(parseTemplate('t.yaml', `{ ${resources}, }`, 'sam')).functions.map((fn) => fn.name)).toEqual(['F']);
  });
});

describe('telling templates from scenarios', () => {
  it.each([
    ['AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', 'sam'],
    ['Transform: AWS::Serverless-2016-10-31\n', 'sam'],
    ['Resources:\n  F: { Type: AWS::Serverless::Function }\n', 'sam'],
    ['service: x\nprovider: { name: aws }\n', 'serverless'],
    ['name: a scenario\nlambda: { functions: [] }\n', null],
    // JSON, as CloudFormation writes it, indented or on one line; before, each was read as a scenario.
    ['{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {}\n}\n', 'sam'],
    ['{"Transform": "AWS::Serverless-2016-10-31", "Resources": {}}', 'sam'],
    ['  {\n  "Resources": { "F": { "Type": "AWS::Lambda::Function" } }\n}\n', 'sam'],
    ['{ "service": "x", "provider": { "name": "aws" } }', 'serverless'],
    ['{ "name": "Resources", "services": { "sqs": [] }, "lambda": { "functions": [] } }', null],
  ])('%j is %s', (text, kind) => expect(templateKind(text)).toBe(kind));
});

describe('Serverless Framework', () => {
  it("says an API of the file's own resources, whose requests are not priced (a REST API integrating S3, an HTTP API sending to SQS went unpriced in silence); the Framework's own API, by its logical id or named by provider.apiGateway.restApiId, is not", () => {
    const info = read(
      [
        'service: s',
        'provider: { name: aws, apiGateway: { restApiId: { Ref: Shared } } }',
        'functions:',
        '  a: { handler: h, events: [{ http: { path: /, method: get } }] }',
        'resources:',
        '  - Resources:',
        '      Proxy: { Type: AWS::ApiGateway::RestApi, Properties: { Name: proxy } }',
        '      Shared: { Type: AWS::ApiGateway::RestApi }',
        '      ApiGatewayRestApi: { Type: AWS::ApiGateway::RestApi, Properties: { Name: overridden } }',
        '  - Resources:',
        '      Queue: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP } }',
        '      HttpApi: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP } }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => fn.api)).toEqual(['rest']);
    expect(info.assumptions).toEqual([
      "resources[0].Resources.Proxy: an API (AWS::ApiGateway::RestApi) of the file's own, not the one the Framework makes for its functions' http, httpApi and websocket events; its requests are not priced (its routes, methods and integrations are not read)",
      "resources[1].Resources.Queue: an API (AWS::ApiGatewayV2::Api HTTP) of the file's own, not the one the Framework makes for its functions' http, httpApi and websocket events; its requests are not priced (its routes, methods and integrations are not read)",
    ]);
  });

  it('reads a SAM function deployed as a container image (PackageType: Image)', () => {
    const template =
      'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Img:\n    Type: AWS::Serverless::Function\n    Properties: { PackageType: Image, ImageUri: x }\n  Zip:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Runtime: nodejs20.x }\n';
    expect(read(template).functions.map((fn) => [fn.name, fn.image])).toEqual([
      ['Img', true],
      ['Zip', false],
    ]);
  });
  it('reads a function deployed as a container image (image:), whose INIT phase Lambda bills, of no runtime: the Framework gives it none', () => {
    const functions = read(
      'service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  f: { image: { name: app } }\n  g: { handler: h }\n  h: { image: x, runtime: python3.12 }\n',
    ).functions;
    // provider.runtime's priced f's INIT phase as a zip package's typical Node.js cold start, and left init_not_priced unsaid.
    expect(functions.map((fn) => [fn.name, fn.image, fn.runtime])).toEqual([
      ['f', true, null],
      ['g', false, 'nodejs20.x'],
      ['h', true, null],
    ]);
  });
  it('says a function URL that streams its responses (RESPONSE_STREAM), which bills their bytes past 6 MB, in each way it is written', () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Parameters:',
        '  Mode: { Type: String, Default: RESPONSE_STREAM }',
        'Resources:',
        '  Streamed: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionUrlConfig: { AuthType: NONE, InvokeMode: !Ref Mode } } }',
        '  Buffered: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionUrlConfig: { AuthType: NONE, InvokeMode: BUFFERED } } }',
        '  Plain: { Type: AWS::Lambda::Function, Properties: { Handler: h, Runtime: nodejs20.x, Role: r, Code: { ZipFile: x } } }',
        '  Url: { Type: AWS::Lambda::Url, Properties: { TargetFunctionArn: !GetAtt Plain.Arn, AuthType: NONE, InvokeMode: RESPONSE_STREAM } }',
        '',
      ].join('\n'),
    );
    expect(sam.notPriced).toEqual([
      'response streaming (InvokeMode: RESPONSE_STREAM) of the function URLs Resources.Streamed.FunctionUrlConfig, Resources.Url bills the bytes of each response past its first 6 MB by the GB, which slcost does not price; the bill leaves them out',
    ]);
    const framework = read('service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h, url: { invokeMode: RESPONSE_STREAM } }\n  b: { handler: h, url: true }\n');
    expect(framework.notPriced).toEqual([
      'response streaming (InvokeMode: RESPONSE_STREAM) of the function URL functions.a.url bills the bytes of each response past its first 6 MB by the GB, which slcost does not price; the bill leaves them out',
    ]);
  });
  it('uses the Framework’s defaults: 1024 MB, 6 s, x86_64', () => {
    expect(read('service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h }\n').functions).toEqual([
      {
        name: 'f',
        memoryMb: 1024,
        // Said so where a usage file's figure is held to it.
        memoryDefault: true,
        timeoutSeconds: 6,
        architecture: 'x86_64',
        ephemeralStorageMb: 512,
        provisionedConcurrency: 0,
        runtime: null,
        snapStart: false,
        image: false,
        reservedConcurrency: null,
        vpc: false,
        api: null,
        trigger: null,
        logs: { retentionDays: null, systemLogLevel: null, logClass: null },
        schedule: null,
      },
    ]);
  });

  it('reads functions: as a list of mappings merged in order (the Framework splits it so across files), and says an entry it cannot read', () => {
    const info = read(`service: s
provider: { name: aws }
custom:
  more: { worker: { handler: w, memorySize: 256 } }
functions:
  - api: { handler: h, memorySize: 512 }
    constructor: { handler: p }
  - \${self:custom.more}
  - \${file(./jobs.yml)}
`);
    expect(info.functions.map((fn) => [fn.name, fn.memoryMb])).toEqual([
      ['api', 512],
      ['constructor', 1024],
      ['worker', 256],
    ]);
    expect(info.assumptions).toEqual(['functions[2]: "${file(./jobs.yml)}" is not a mapping of functions the file holds; the functions it names are not priced']);
  });

  it('says a list\'s entry of a list or a number as such (it was "[object Object]"), and a function a later entry names again', () => {
    const info = read(`service: s
provider: { name: aws }
functions:
  - - api: { handler: h }
  - 5
  - api: { handler: h, memorySize: 512 }
  - api: { handler: h, memorySize: 256 }
`);
    expect(info.functions.map((fn) => [fn.name, fn.memoryMb])).toEqual([['api', 256]]);
    expect(info.assumptions).toEqual([
      'functions[0]: a list is not a mapping of functions the file holds; the functions it names are not priced',
      'functions[1]: 5 is not a mapping of functions the file holds; the functions it names are not priced',
      'functions[3]: function api is also in functions[2]; the later one is priced, as the Framework merges them',
    ]);
  });

  it('says twenty entries that are not mappings one by one, then one note for the rest, so 100,000 are not 100,000 warnings', () => {
    const info = read(`service: s\nprovider: { name: aws }\nfunctions:\n${'  - 5\n'.repeat(100_000)}  - api: { handler: h }\n`);
    expect(info.functions.map((fn) => fn.name)).toEqual(['api']);
    expect(info.assumptions).toHaveLength(21);
    expect(info.assumptions.at(-1)).toBe('functions: 99,980 more entries are not mappings of functions the file holds; the functions they name are not priced');
  });

  it("says a function whose settings are not a mapping (b: 5, c: with nothing), in a mapping or a list's entry, not passed over", () => {
    const info = read(`service: s
provider: { name: aws }
custom:
  odd: { d: 5 }
functions:
  - a: { handler: h }
    b: 5
    c:
  - \${self:custom.odd}
`);
    expect(info.functions.map((fn) => fn.name)).toEqual(['a']);
    expect(info.assumptions).toEqual([
      "functions[0]: function b is 5, not a function's settings; not priced",
      "functions[0]: function c is an empty value, not a function's settings; not priced",
      "functions[1]: function d is 5, not a function's settings; not priced",
    ]);
  });

  it("points an error about a function of a functions: list at its own entry, not at the list's first line", () => {
    const error = (text: string) => {
      try {
        read(text);
      } catch (caught) {
        return formatError(caught as SlcostError);
      }
      throw new Error('expected an input error');
    };
    expect(
      error(`service: s
provider: { name: aws }
functions:
  - a: { handler: h }
  - b:
      handler: h
      timeout: 99999
`),
    ).toBe('t.yaml:7:16: function b: timeout 99,999 is not what Lambda accepts (from 1 to 900 s) (at functions[1].b.timeout)');
  });

  it('reads a function with only schedule events as scheduled, and one with an API event as behind the API', () => {
    const info = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h, events: [{ schedule: rate(1 day) }] }\n  b: { handler: h, events: [{ schedule: rate(1 day) }, { s3: bucket }] }\n  c: { handler: h, events: [{ httpApi: GET / }] }\n',
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.api])).toEqual([
      ['a', 'schedule', null],
      ['b', 's3', null],
      ['c', 'api', 'http'],
    ]);
  });

  it("serverless.yml: an eventBridge event with a schedule is a schedule, its runs counted (they went uncounted); one of a pattern is EventBridge's", () => {
    const info = read(
      [
        'service: s',
        'provider: { name: aws }',
        'functions:',
        '  a: { handler: h, events: [{ eventBridge: { schedule: rate(1 hour) } }, { schedule: rate(1 day) }] }',
        '  b: { handler: h, events: [{ eventBridge: { schedule: rate(1 minute), enabled: false } }, { eventBridge: { schedule: banana } }] }',
        '  c: { handler: h, events: [{ eventBridge: { schedule: rate(2 hours) } }, { eventBridge: { pattern: { source: [aws.s3] } } }] }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger, scheduleOf(fn)])).toEqual([
      // 730 + 730 ÷ 24.
      ['a', 'schedule', { runsPerMonth: '760.4167', expressions: ['rate(1 hour)', 'rate(1 day)'] }],
      ['b', 'schedule', null],
      ['c', 'eventbridge', { runsPerMonth: '365', expressions: ['rate(2 hours)'] }],
    ]);
    expect(info.assumptions).toEqual(['functions.b.events[1].eventBridge.schedule: "banana" is neither rate(…) nor cron(…); its runs are not counted']);
  });

  it('reads a SAM function with only Schedule or ScheduleV2 events as scheduled', () => {
    const sam = (events: string) =>
      read(`Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events:\n${events}`)
        .functions[0]!.trigger;
    expect(sam('        N: { Type: Schedule }\n        M: { Type: ScheduleV2 }\n')).toBe('schedule');
    expect(sam('        N: { Type: Schedule }\n        U: { Type: S3 }\n')).toBe('s3');
  });

  it("counts the runs a month of a function's schedules that are on: a list of expressions, enabled: false, SAM's Enabled and State", () => {
    const framework = read(
      [
        'service: s',
        'provider: { name: aws }',
        'custom: { every: rate(1 hour) }',
        'functions:',
        '  a: { handler: h, events: [{ schedule: rate(1 minute) }, { schedule: "${self:custom.every}" }] }',
        '  b: { handler: h, events: [{ schedule: { rate: [cron(0 0 * * ? *), rate(10 minutes)] } }] }',
        '  c: { handler: h, events: [{ schedule: { rate: rate(1 minute), enabled: false } }, { schedule: { rate: rate(1 day), enabled: "false" } }] }',
        '  d: { handler: h, events: [{ schedule: cron(* * * * *) }, { schedule: { rate: 5 } }, { http: GET / }] }',
        '',
      ].join('\n'),
    );
    expect(framework.functions.map((fn) => [fn.name, scheduleOf(fn)])).toEqual([
      ['a', { runsPerMonth: '44530', expressions: ['rate(1 minute)', 'rate(1 hour)'] }],
      // A daily run is 730 ÷ 24 = 30.41666… in the 730-hour month.
      ['b', { runsPerMonth: '4410.4167', expressions: ['cron(0 0 * * ? *)', 'rate(10 minutes)'] }],
      ['c', null],
      ['d', null],
    ]);
    expect(framework.assumptions).toEqual([
      `functions.d.events[0].schedule: "cron(* * * * *)" has 5 fields, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year); its runs are not counted`,
      'functions.d.events[1].schedule.rate: 5 is no schedule expression (rate(…) or cron(…)); its runs are not counted',
    ]);
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Parameters: { Every: { Type: String, Default: rate(5 minutes) } }',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: h',
        '      Events:',
        '        A: { Type: Schedule, Properties: { Schedule: !Ref Every } }',
        '        B: { Type: ScheduleV2, Properties: { ScheduleExpression: rate(1 hour) } }',
        '        Off: { Type: Schedule, Properties: { Schedule: rate(1 minute), Enabled: false } }',
        '        Paused: { Type: ScheduleV2, Properties: { ScheduleExpression: rate(1 minute), State: DISABLED } }',
        '        Odd: { Type: Schedule, Properties: { Schedule: rate(5 minute) } }',
        "        Sub: { Type: ScheduleV2, Properties: { ScheduleExpression: !Sub 'cron(${Every})' } }",
        '        None: { Type: Schedule }',
        '',
      ].join('\n'),
    );
    expect(scheduleOf(sam.functions[0]!)).toEqual({ runsPerMonth: '18250', expressions: ['rate(5 minutes)', 'rate(1 hour)', 'rate(5 minute)'] });
    expect(sam.assumptions).toEqual([
      `Resources.F.Properties.Events.A.Properties.Schedule: used parameter Every's default, "rate(5 minutes)"`,
      'Resources.F.Properties.Events.Sub.Properties.ScheduleExpression: Fn::Sub cannot be worked out from the template alone; the default is used',
      'Resources.F.Properties.Events.Odd.Properties.Schedule: "rate(5 minute)": EventBridge refuses a unit in the singular after a number above 1; counted as 8,760 runs a month',
      'Resources.F.Properties.Events.Sub.Properties.ScheduleExpression: no schedule expression that can be read; its runs are not counted',
      'Resources.F.Properties.Events.None.Properties.Schedule: no schedule expression that can be read; its runs are not counted',
    ]);
  });

  it('counts the runs of an AWS::Events::Rule or AWS::Scheduler::Schedule whose target is a function, by !GetAtt Fn.Arn', () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  G: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  H: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { Q: { Type: SQS } } } }',
        '  Queue: { Type: AWS::SQS::Queue }',
        '  Rule:',
        '    Type: AWS::Events::Rule',
        '    Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: a, Arn: !GetAtt F.Arn }, { Id: b, Arn: { "Fn::GetAtt": [G, Arn] } }, { Id: c, Arn: !GetAtt Queue.Arn }] }',
        '  Every:',
        '    Type: AWS::Scheduler::Schedule',
        '    Properties: { ScheduleExpression: rate(5 minutes), FlexibleTimeWindow: { Mode: "OFF" }, Target: { Arn: !GetAtt F.Arn, RoleArn: r } }',
        '  Paused:',
        '    Type: AWS::Scheduler::Schedule',
        '    Properties: { ScheduleExpression: rate(1 minute), State: DISABLED, Target: { Arn: !GetAtt G.Arn } }',
        '  OnEvents:',
        '    Type: AWS::Events::Rule',
        '    Properties: { EventPattern: { source: [aws.s3] }, Targets: [{ Id: h, Arn: !GetAtt H.Arn }] }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger, scheduleOf(fn)])).toEqual([
      ['F', 'schedule', { runsPerMonth: '9490', expressions: ['rate(1 hour)', 'rate(5 minutes)'] }],
      ['G', 'schedule', { runsPerMonth: '730', expressions: ['rate(1 hour)'] }],
      ['H', 'sqs', null],
    ]);
  });

  it("counts the runs of a Scheduler schedule whose target is the alias AutoPublishAlias publishes (!Ref Fn.Alias), and reads a queue's mapping to it (the schedule's runs went uncounted)", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Cron: { Type: AWS::Serverless::Function, Properties: { Handler: h, AutoPublishAlias: live } }',
        '  Worker: { Type: AWS::Serverless::Function, Properties: { Handler: h, AutoPublishAlias: live } }',
        '  Queue: { Type: AWS::SQS::Queue }',
        '  EveryMinute:',
        '    Type: AWS::Scheduler::Schedule',
        '    Properties: { ScheduleExpression: cron(* * * * ? *), FlexibleTimeWindow: { Mode: "OFF" }, State: ENABLED, Target: { Arn: !Ref Cron.Alias, RoleArn: r } }',
        '  Mapping:',
        '    Type: AWS::Lambda::EventSourceMapping',
        '    Properties: { EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref Worker.Version }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger, scheduleOf(fn)])).toEqual([
      ['Cron', 'schedule', { runsPerMonth: '43800', expressions: ['cron(* * * * ? *)'] }],
      ['Worker', 'sqs', null],
    ]);
    expect(info.assumptions).toEqual([]);
  });

  it('counts the runs of a rule whose target is an AWS::Lambda::Alias or Version of a function (!Ref Live), which went uncounted', () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Hourly: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Daily: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  Live: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Hourly, FunctionVersion: "1", Name: live } }',
        '  Two: { Type: AWS::Lambda::Version, Properties: { FunctionName: !GetAtt Daily.Arn } }',
        '  EveryHour: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: a, Arn: !Ref Live }] } }',
        '  EveryDay: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 day), Targets: [{ Id: a, Arn: !Ref Two }] } }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger, scheduleOf(fn)])).toEqual([
      ['Hourly', 'schedule', { runsPerMonth: '730', expressions: ['rate(1 hour)'] }],
      ['Daily', 'schedule', { runsPerMonth: '30.4167', expressions: ['rate(1 day)'] }],
    ]);
  });

  it("reads a bucket's notification, a topic's lambda subscription, a log subscription filter and an event pattern rule's target as what invokes a function, where it read as one nothing invokes", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  OnUpload: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnTopic: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnSubscription: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  OnPattern: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnLogs: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Idle: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Filter: { Type: AWS::Logs::SubscriptionFilter, Properties: { LogGroupName: /app, FilterPattern: ERROR, DestinationArn: !GetAtt OnLogs.Arn } }',
        '  Uploads:',
        '    Type: AWS::S3::Bucket',
        '    Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !GetAtt OnUpload.Arn }] } }',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties: { Subscription: [{ Protocol: lambda, Endpoint: !GetAtt OnTopic.Arn }, { Protocol: email, Endpoint: a@b.c }] }',
        '  Subscription: { Type: AWS::SNS::Subscription, Properties: { Protocol: lambda, TopicArn: !Ref Topic, Endpoint: !GetAtt OnSubscription.Arn } }',
        '  Pattern:',
        '    Type: AWS::Events::Rule',
        '    Properties: { EventPattern: { source: [orders] }, Targets: [{ Id: a, Arn: !GetAtt OnPattern.Arn }, { Id: b, Arn: !GetAtt Topic.TopicArn }] }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['OnUpload', 's3'],
      ['OnTopic', 'sns'],
      ['OnSubscription', 'sns'],
      ['OnPattern', 'eventbridge'],
      ['OnLogs', 'event'],
      ['Idle', null],
    ]);
    expect(info.assumptions).toEqual([]);
  });

  it('reads a rule, a schedule or a notification whose target is a !Join of its ARN as invoking its function, where it named none', () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Hourly: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnUpload: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Idle: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Tick:',
        '    Type: AWS::Events::Rule',
        '    Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: a, Arn: !Join ["", ["arn:aws:lambda:us-east-1:123456789012:function:", !Ref Hourly]] }] }',
        '  Uploads:',
        '    Type: AWS::S3::Bucket',
        '    Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !Join [":", ["arn:aws:lambda:us-east-1:123456789012:function", !Ref OnUpload]] }] } }',
        '',
      ].join('\n'),
    );
    // The rule's 730 runs a month went uncounted, and the function was priced as one nothing invokes.
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.schedule ? String(fn.schedule.runsPerMonth) : null])).toEqual([
      ['Hourly', 'schedule', '730'],
      ['OnUpload', 's3', null],
      ['Idle', null, null],
    ]);
  });

  it("reads a rule or a notification whose target is an !If as invoking the function the parameters' defaults choose, where it invoked none", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Parameters: { Stage: { Type: String, Default: dev } }',
        'Conditions: { IsProd: !Equals [!Ref Stage, prod] }',
        'Resources:',
        '  ProdJob: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  DevJob: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Listener: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Hourly:',
        '    Type: AWS::Events::Rule',
        '    Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: a, Arn: !If [IsProd, !GetAtt ProdJob.Arn, !GetAtt DevJob.Arn] }] }',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties: { Subscription: [{ Protocol: lambda, Endpoint: !If [IsProd, !GetAtt ProdJob.Arn, !GetAtt Listener.Arn] }] }',
        '',
      ].join('\n'),
    );
    // Dev's hourly runs went uncounted, and the topic's function was read as one a caller waits on.
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.schedule ? String(fn.schedule.runsPerMonth) : null])).toEqual([
      ['ProdJob', null, null],
      ['DevJob', 'schedule', '730'],
      ['Listener', 'sns', null],
    ]);
  });

  it("reads a rule, a schedule or a notification whose target is an alias's ARN joined or substituted as invoking its function, where the function's ARN and :live named none", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Hourly: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnUpload: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnTopic: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnLogs: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Tick:',
        '    Type: AWS::Events::Rule',
        '    Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: a, Arn: !Join [":", [arn, !Ref AWS::Partition, lambda, !Ref AWS::Region, !Ref AWS::AccountId, function, !Ref Hourly, live]] }] }',
        '  Uploads:',
        '    Type: AWS::S3::Bucket',
        '    Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !Join [":", [!GetAtt OnUpload.Arn, live]] }] } }',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        "    Properties: { Subscription: [{ Protocol: lambda, Endpoint: !Sub '${OnTopic.Arn}:live' }] }",
        '  Filter:',
        '    Type: AWS::Logs::SubscriptionFilter',
        '    Properties: { LogGroupName: g, FilterPattern: "", DestinationArn: !Join ["", [!GetAtt OnLogs.Arn, ":", "3"]] }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.schedule ? String(fn.schedule.runsPerMonth) : null])).toEqual([
      ['Hourly', 'schedule', '730'],
      ['OnUpload', 's3', null],
      ['OnTopic', 'sns', null],
      ['OnLogs', 'event', null],
    ]);
  });

  it('reads a notification, subscription or target by !Sub, by an alias or version and by an ARN written out as invoking its function, where only !GetAtt was read', () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  BySub: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  ByPublished: { Type: AWS::Serverless::Function, Properties: { Handler: h, AutoPublishAlias: live } }',
        '  ByAlias: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  ByArn: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionName: shipper } }',
        '  ByLogs: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Idle: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Live: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref ByAlias, FunctionVersion: "1", Name: live } }',
        '  Uploads:',
        '    Type: AWS::S3::Bucket',
        '    Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !Ref ByPublished.Alias }] } }',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties: { Subscription: [{ Protocol: lambda, Endpoint: !Sub "${BySub.Arn}" }, { Protocol: lambda, Endpoint: !GetAtt Idle.FunctionName }] }',
        '  Pattern:',
        '    Type: AWS::Events::Rule',
        "    Properties: { EventPattern: { source: [orders] }, Targets: [{ Id: a, Arn: !Ref Live }, { Id: b, Arn: 'arn:aws:lambda:us-east-1:123456789012:function:shipper' }] }",
        '  Filter: { Type: AWS::Logs::SubscriptionFilter, Properties: { LogGroupName: g, FilterPattern: "", DestinationArn: !Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${ByLogs}" } }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['BySub', 'sns'],
      ['ByPublished', 's3'],
      ['ByAlias', 'eventbridge'],
      ['ByArn', 'eventbridge'],
      ['ByLogs', 'event'],
      ['Idle', null],
    ]);
  });

  it("serverless.yml: a topic's lambda subscription, an event pattern rule's target and a bucket's notification of resources: invoke the function of the Framework's logical id, where it read as one nothing invokes", () => {
    const info = read(`service: s
provider: { name: aws, runtime: nodejs20.x }
functions:
  worker: { handler: h }
  other: { handler: h }
  upload-handler: { handler: h }
  idle: { handler: h }
resources:
  Resources:
    Topic: { Type: AWS::SNS::Topic, Properties: { Subscription: [{ Protocol: lambda, Endpoint: !GetAtt WorkerLambdaFunction.Arn }] } }
    Rule: { Type: AWS::Events::Rule, Properties: { EventPattern: { source: [x] }, Targets: [{ Id: a, Arn: !Sub "\${OtherLambdaFunction.Arn}" }] } }
    Uploads:
      Type: AWS::S3::Bucket
      Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !GetAtt UploadDashhandlerLambdaFunction.Arn }] } }
`);
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['worker', 'sns'],
      ['other', 'eventbridge'],
      ['upload-handler', 's3'],
      ['idle', null],
    ]);
  });

  it("reads an IoT topic rule's Lambda action, an SES receipt rule's LambdaAction and a Firehose delivery stream's Lambda processor as an event source of the function they name, where it read as one nothing invokes, a caller waiting on it", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  OnReading: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnFailure: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  OnMail: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Transform: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  Idle: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Readings:',
        '    Type: AWS::IoT::TopicRule',
        '    Properties: { TopicRulePayload: { Sql: "SELECT * FROM \'readings\'", Actions: [{ Lambda: { FunctionArn: !GetAtt OnReading.Arn } }], ErrorAction: { Lambda: { FunctionArn: !GetAtt OnFailure.Arn } } } }',
        '  Mail:',
        '    Type: AWS::SES::ReceiptRule',
        '    Properties: { RuleSetName: r, Rule: { Enabled: true, Actions: [{ S3Action: { BucketName: b } }, { LambdaAction: { FunctionArn: !GetAtt OnMail.Arn } }] } }',
        '  Delivery:',
        '    Type: AWS::KinesisFirehose::DeliveryStream',
        '    Properties:',
        '      ExtendedS3DestinationConfiguration:',
        '        BucketARN: b',
        '        RoleARN: r',
        '        ProcessingConfiguration:',
        '          Enabled: true',
        '          Processors: [{ Type: Lambda, Parameters: [{ ParameterName: BufferSizeInMBs, ParameterValue: "1" }, { ParameterName: LambdaArn, ParameterValue: !GetAtt Transform.Arn }] }]',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['OnReading', 'event'],
      ['OnFailure', 'event'],
      ['OnMail', 'event'],
      ['Transform', 'event'],
      ['Idle', null],
    ]);
    expect(info.assumptions).toEqual([]);
  });

  it("names the service that invokes a function while someone waits, through no event of its own (a Cognito user pool's trigger, an AppSync data source or authorizer, an API Gateway authorizer), which the cost bomb called anything", () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  SignUp: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: nodejs20.x, MemorySize: 1024 } }',
      '  Sender: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
      '  Resolver: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
      '  GraphGate: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
      '  Gate: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
      '  Idle: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
      '  Pool:',
      '    Type: AWS::Cognito::UserPool',
      '    Properties: { LambdaConfig: { PreSignUp: !GetAtt SignUp.Arn, CustomSMSSender: { LambdaArn: !GetAtt Sender.Arn, LambdaVersion: V1_0 }, KMSKeyID: k } }',
      '  Graph:',
      '    Type: AWS::AppSync::GraphQLApi',
      '    Properties: { Name: g, AuthenticationType: AWS_LAMBDA, LambdaAuthorizerConfig: { AuthorizerUri: !GetAtt GraphGate.Arn } }',
      '  Source: { Type: AWS::AppSync::DataSource, Properties: { ApiId: a, Name: s, Type: AWS_LAMBDA, LambdaConfig: { LambdaFunctionArn: !GetAtt Resolver.Arn } } }',
      '  Authorizer:',
      '    Type: AWS::ApiGateway::Authorizer',
      "    Properties: { RestApiId: r, Name: a, Type: TOKEN, IdentitySource: method.request.header.Authorization, AuthorizerUri: !Sub 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Gate.Arn}/invocations' }",
      '',
    ].join('\n');
    const info = read(template);
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.invokedBy])).toEqual([
      ['SignUp', null, 'Cognito'],
      ['Sender', null, 'Cognito'],
      ['Resolver', null, 'AppSync'],
      ['GraphGate', null, 'AppSync'],
      ['Gate', null, 'API Gateway'],
      ['Idle', null, undefined],
    ]);
    expect(info.assumptions).toEqual([
      "Resources.Pool.Properties.LambdaConfig.PreSignUp: function SignUp is the user pool's PreSignUp trigger: Cognito invokes it as the pool's users sign up, sign in or are sent a message, while they wait, through no event of its own; its requests_per_month in the usage file gives them",
      "Resources.Pool.Properties.LambdaConfig.CustomSMSSender: function Sender is the user pool's CustomSMSSender trigger: Cognito invokes it as the pool's users sign up, sign in or are sent a message, while they wait, through no event of its own; its requests_per_month in the usage file gives them",
      "Resources.Source.Properties.LambdaConfig.LambdaFunctionArn: function Resolver is a GraphQL API's Lambda data source: AppSync invokes it for the API's GraphQL requests, while their callers wait, through no event of its own; its requests_per_month in the usage file gives them",
      "Resources.Graph.Properties.LambdaAuthorizerConfig.AuthorizerUri: function GraphGate is the GraphQL API's Lambda authorizer: AppSync invokes it for the API's GraphQL requests, while their callers wait, through no event of its own; its requests_per_month in the usage file gives them",
      "Resources.Authorizer.Properties.AuthorizerUri: function Gate is the API's Lambda authorizer, invoked for its callers' requests (each one, or once a caller while its answer is cached) and through no event of its own: its requests_per_month in the usage file gives them, and the API's requests are those of the functions behind it",
    ]);
    const usage = tempFile('functions:\n  SignUp: { requests_per_month: 30000000, duration_ms: 2000 }\n', 'usage.yaml');
    const bombs = estimate(loadTemplateScenario('t.yaml', template, 'sam', { usageFile: usage }), book()).warnings.filter((warning) => warning.id === 'cost_bomb');
    expect(bombs.map((warning) => warning.message.slice(0, warning.message.indexOf(' all month')))).toEqual([
      "if Cognito invoked function SignUp up to the account's concurrency limit of 1,000",
    ]);
  });

  it("serverless.yml: a user pool's trigger or an API Gateway authorizer of resources: names its service as what invokes the function, by the Framework's logical id, as in SAM", () => {
    const info = read(`service: s
provider: { name: aws }
functions:
  sign-up: { handler: h }
  gate: { handler: h }
  idle: { handler: h }
resources:
  Resources:
    Pool:
      Type: AWS::Cognito::UserPool
      Properties: { LambdaConfig: { PreSignUp: !GetAtt SignDashupLambdaFunction.Arn } }
    Gate:
      Type: AWS::ApiGatewayV2::Authorizer
      Properties: { ApiId: a, Name: g, AuthorizerType: REQUEST, AuthorizerUri: !Sub 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${GateLambdaFunction.Arn}/invocations' }
`);
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.invokedBy])).toEqual([
      ['sign-up', null, 'Cognito'],
      ['gate', null, 'API Gateway'],
      ['idle', null, undefined],
    ]);
    expect(info.assumptions.filter((note) => note.includes('through no event of its own'))).toEqual([
      "resources.Resources.Pool.Properties.LambdaConfig.PreSignUp: function sign-up is the user pool's PreSignUp trigger: Cognito invokes it as the pool's users sign up, sign in or are sent a message, while they wait, through no event of its own; its requests_per_month in the usage file gives them",
      "resources.Resources.Gate.Properties.AuthorizerUri: function gate is the API's Lambda authorizer, invoked for its callers' requests (each one, or once a caller while its answer is cached) and through no event of its own: its requests_per_month in the usage file gives them, and the API's requests are those of the functions behind it",
    ]);
  });

  it("names Cognito or Alexa as what invokes a function of a Cognito or Alexa event (SAM's Cognito and AlexaSkill, a serverless.yml's cognitoUserPool, alexaSkill and alexaSmartHome), where the cost bomb said anything", () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Pool: { Type: AWS::Cognito::UserPool }',
        '  OnSignUp: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { Up: { Type: Cognito, Properties: { UserPool: !Ref Pool, Trigger: PreSignUp } } } } }',
        '  Skill: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { Ask: { Type: AlexaSkill } } } }',
        '  Both: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { Up: { Type: Cognito, Properties: { UserPool: !Ref Pool, Trigger: PostConfirmation } }, Q: { Type: SQS, Properties: { Queue: q } } } } }',
        '',
      ].join('\n'),
    );
    expect(sam.functions.map((fn) => [fn.name, fn.trigger, fn.invokedBy])).toEqual([
      ['OnSignUp', null, 'Cognito'],
      ['Skill', null, 'Alexa'],
      // A queue names its way in: no service beside it.
      ['Both', 'sqs', undefined],
    ]);
    const framework = read(`service: s
provider: { name: aws }
functions:
  signUp: { handler: h, events: [{ cognitoUserPool: { pool: users, trigger: PreSignUp } }] }
  skill: { handler: h, events: [{ alexaSkill: amzn1.ask.skill.y }] }
  home: { handler: h, events: [{ alexaSmartHome: amzn1.ask.skill.x }] }
`);
    expect(framework.functions.map((fn) => [fn.name, fn.trigger, fn.invokedBy])).toEqual([
      ['signUp', null, 'Cognito'],
      ['skill', null, 'Alexa'],
      ['home', null, 'Alexa'],
    ]);
  });

  it("reads a state machine's task that runs a function (a Task's Resource of its ARN, a lambda:invoke's FunctionName, a substitution a definition file takes) as what invokes it, where it read as one nothing invokes", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Inline: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Invoked: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Queried: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  FromFile: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Named: { Type: AWS::Lambda::Function, Properties: { FunctionName: named-fn, Handler: h } }',
        '  Served: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { Get: { Type: Api, Properties: { Path: /, Method: get } } } } }',
        '  Flow:',
        '    Type: AWS::Serverless::StateMachine',
        '    Properties:',
        '      Definition:',
        '        StartAt: A',
        '        States:',
        '          A: { Type: Task, Resource: !GetAtt Inline.Arn, Next: B }',
        '          B:',
        '            Type: Parallel',
        '            End: true',
        '            Branches:',
        '              - StartAt: C',
        '                States:',
        "                  C: { Type: Task, Resource: !Sub 'arn:${AWS::Partition}:states:::lambda:invoke', Parameters: { FunctionName: !Ref Invoked, Payload.$: $ }, Next: D }",
        '                  D: { Type: Task, Resource: arn:aws:states:::aws-sdk:lambda:getFunction, Parameters: { FunctionName: !Ref Queried }, Next: E }',
        '                  E: { Type: Task, Resource: !GetAtt Served.Arn, End: true }',
        '  FileFlow:',
        '    Type: AWS::Serverless::StateMachine',
        '    Properties: { DefinitionUri: flow.asl.json, DefinitionSubstitutions: { FileFnArn: !GetAtt FromFile.Arn } }',
        '  Plain:',
        '    Type: AWS::StepFunctions::StateMachine',
        '    Properties:',
        '      RoleArn: r',
        '      Definition: { StartAt: A, States: { A: { Type: "${TaskType}", Resource: "${NamedArn}", End: true } } }',
        "      DefinitionSubstitutions: { TaskType: Task, NamedArn: !Sub 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:named-fn' }",
        '  Stringed: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  Texted:',
        '    Type: AWS::StepFunctions::StateMachine',
        '    Properties:',
        '      RoleArn: r',
        '      DefinitionString: !Sub \'{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": { "FunctionName": "${Stringed.Arn}" }, "End": true } } }\'',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['Inline', 'step_functions'],
      ['Invoked', 'step_functions'],
      // A task that reads the function by the SDK does not run it.
      ['Queried', null],
      ['FromFile', 'step_functions'],
      ['Named', 'step_functions'],
      ['Served', 'api'],
      ['Stringed', 'step_functions'],
    ]);
  });

  it("serverless.yml: the Step Functions plugin's tasks, and a state machine's of resources:, run the functions they name by key, logical id or deployed name", () => {
    const info = read(`service: s
provider: { name: aws, runtime: nodejs20.x }
functions:
  buy-ticket: { handler: h }
  check: { handler: h }
  notify: { handler: h }
  idle: { handler: h }
stepFunctions:
  stateMachines:
    weekend:
      definition:
        StartAt: Buy
        States:
          Buy: { Type: Task, Resource: { Fn::GetAtt: [buy-ticket, Arn] }, Next: Check }
          Check: { Type: Task, Resource: arn:aws:states:::lambda:invoke.waitForTaskToken, Parameters: { FunctionName: { Fn::GetAtt: [CheckLambdaFunction, Arn] } }, End: true }
resources:
  Resources:
    Own:
      Type: AWS::StepFunctions::StateMachine
      Properties:
        RoleArn: r
        Definition: { StartAt: N, States: { N: { Type: Task, Resource: 'arn:aws:lambda:us-east-1:123456789012:function:\${self:service}-dev-notify', End: true } } }
`);
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['buy-ticket', 'step_functions'],
      ['check', 'step_functions'],
      ['notify', 'step_functions'],
      ['idle', null],
    ]);
  });

  it("serverless.yml: a state machine's task, a queue's mapping and an authorizer's ARN name a function alike: by its logical id, the alias of its provisioned concurrency, or its deployed name at the file's stage or at dev", () => {
    // Each had its own map of the names: a task knew neither the alias nor the dev name of a file of stage prod, and an
    // authorizer's ARN not the alias, so those functions read as invoked by nothing.
    const info = read(`service: s
provider: { name: aws, runtime: nodejs20.x, stage: prod }
functions:
  byAlias: { handler: h }
  byDevName: { handler: h }
  byStageName: { handler: h }
  queued: { handler: h }
  gate: { handler: h }
  devGate: { handler: h }
  login:
    handler: h
    events:
      - http: { path: /a, method: get, authorizer: { arn: { Ref: GateProvConcLambdaAlias } } }
      - http: { path: /b, method: get, authorizer: { arn: "arn:aws:lambda:us-east-1:1:function:s-dev-devGate" } }
resources:
  Resources:
    Jobs: { Type: AWS::SQS::Queue }
    Mapping:
      Type: AWS::Lambda::EventSourceMapping
      Properties: { EventSourceArn: { Fn::GetAtt: [Jobs, Arn] }, FunctionName: { Ref: QueuedProvConcLambdaAlias } }
    Flow:
      Type: AWS::StepFunctions::StateMachine
      Properties:
        RoleArn: r
        Definition:
          StartAt: A
          States:
            A: { Type: Task, Resource: { Ref: ByAliasProvConcLambdaAlias }, Next: B }
            B: { Type: Task, Resource: 'arn:aws:lambda:us-east-1:1:function:s-dev-byDevName', Next: C }
            C: { Type: Task, Resource: 'arn:aws:lambda:us-east-1:1:function:s-prod-byStageName', End: true }
`);
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['byAlias', 'step_functions'],
      ['byDevName', 'step_functions'],
      ['byStageName', 'step_functions'],
      ['queued', 'sqs'],
      ['gate', null],
      ['devGate', null],
      ['login', 'api'],
    ]);
    expect(info.assumptions.filter((note) => note.includes("is the API's Lambda authorizer")).map((note) => note.split(':')[0] + ' ' + / function (\w+) /.exec(note)![1])).toEqual([
      'functions.login.events[0].http.authorizer gate',
      'functions.login.events[1].http.authorizer devGate',
    ]);
  });

  it("serverless.yml: a bucket's notification, a topic's lambda subscription, an event pattern rule's target and a log group's subscription filter of resources: invoke the function they name by the Framework's logical id, as in SAM", () => {
    const info = read(`service: s
provider: { name: aws, runtime: nodejs20.x }
functions:
  on-upload: { handler: h }
  onTopic: { handler: h }
  on_pattern: { handler: h }
  onLogs: { handler: h }
  idle: { handler: h }
resources:
  Resources:
    Uploads:
      Type: AWS::S3::Bucket
      Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !GetAtt OnDashuploadLambdaFunction.Arn }] } }
    Topic: { Type: AWS::SNS::Topic }
    Subscription: { Type: AWS::SNS::Subscription, Properties: { Protocol: lambda, TopicArn: !Ref Topic, Endpoint: !GetAtt OnTopicLambdaFunction.Arn } }
    Pattern:
      Type: AWS::Events::Rule
      Properties: { EventPattern: { source: [orders] }, Targets: [{ Id: a, Arn: { Fn::GetAtt: [OnUnderscorepatternLambdaFunction, Arn] } }] }
    Filter: { Type: AWS::Logs::SubscriptionFilter, Properties: { LogGroupName: g, FilterPattern: '', DestinationArn: !GetAtt OnLogsLambdaFunction.Arn } }
    Elsewhere: { Type: AWS::SNS::Subscription, Properties: { Protocol: lambda, TopicArn: !Ref Topic, Endpoint: !GetAtt idle.Arn } }
`);
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['on-upload', 's3'],
      ['onTopic', 'sns'],
      ['on_pattern', 'eventbridge'],
      ['onLogs', 'event'],
      ['idle', null],
    ]);
  });

  it("serverless.yml: a rule or Scheduler schedule of resources: that runs a function by the Framework's logical id is one of its schedules, as in SAM (its runs went uncounted)", () => {
    const info = read(`service: jobs
provider: { name: aws, runtime: nodejs20.x }
functions:
  worker: { handler: h, events: [{ schedule: rate(1 day) }] }
  other-fn: { handler: h }
  idle: { handler: h }
resources:
  Resources:
    Hourly:
      Type: AWS::Events::Rule
      Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: w, Arn: !GetAtt WorkerLambdaFunction.Arn }, { Id: x, Arn: !GetAtt Elsewhere.Arn }] }
    Twice:
      Type: AWS::Scheduler::Schedule
      Properties: { ScheduleExpression: rate(30 minutes), FlexibleTimeWindow: { Mode: 'OFF' }, Target: { Arn: !Sub '\${OtherDashfnLambdaFunction.Arn}', RoleArn: r } }
    Off:
      Type: AWS::Events::Rule
      Properties: { ScheduleExpression: rate(1 minute), State: DISABLED, Targets: [{ Id: i, Arn: !GetAtt IdleLambdaFunction.Arn }] }
`);
    expect(info.functions.map((fn) => [fn.name, fn.trigger, scheduleOf(fn)])).toEqual([
      ['worker', 'schedule', { runsPerMonth: '760.4167', expressions: ['rate(1 day)', 'rate(1 hour)'] }],
      ['other-fn', 'schedule', { runsPerMonth: '1460', expressions: ['rate(30 minutes)'] }],
      ['idle', 'schedule', null],
    ]);
  });

  it("reads an EventBridge Scheduler schedule's StartDate and EndDate: one that has ended runs no more, one that starts or ends is said (each was counted as running every month)", () => {
    const event = (name: string, dates: string) =>
      `        ${name}: { Type: ScheduleV2, Properties: { ScheduleExpression: rate(1 hour), ScheduleExpressionTimezone: Europe/Paris, ${dates} } }`;
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: h',
        '      Events:',
        event('Ended', 'EndDate: "2020-01-01T00:00:00Z"'),
        event('Later', 'StartDate: "2150-01-01T00:00:00Z", EndDate: "2151-01-01T00:00:00Z"'),
        event('Odd', 'StartDate: soon'),
        '  Ended:',
        '    Type: AWS::Scheduler::Schedule',
        '    Properties: { ScheduleExpression: rate(1 minute), EndDate: "2021-06-01T00:00:00Z", FlexibleTimeWindow: { Mode: "OFF" }, Target: { Arn: !GetAtt F.Arn, RoleArn: r } }',
        '',
      ].join('\n'),
    );
    expect(scheduleOf(info.functions[0]!)).toEqual({ runsPerMonth: '1460', expressions: ['rate(1 hour)', 'rate(1 hour)'] });
    expect(info.assumptions).toEqual([
      'Resources.F.Properties.Events.Ended.Properties.EndDate: the schedule ended on 2020-01-01, and runs no more; its runs are not counted',
      'Resources.F.Properties.Events.Later.Properties.StartDate: the schedule starts on 2150-01-01, and does not run before it; counted as a month after it',
      'Resources.F.Properties.Events.Later.Properties.EndDate: the schedule ends on 2151-01-01, and does not run after it; counted as a month before it',
      'Resources.F.Properties.Events.Odd.Properties.StartDate: "soon" is no date (ISO 8601, such as 2030-01-01T00:00:00Z); not read',
      'Resources.Ended.Properties.EndDate: the schedule ended on 2021-06-01, and runs no more; its runs are not counted',
    ]);
  });

  it("prices a scheduled function with a duration and without requests_per_month at its schedule's runs, counts them without a duration, and says usage below them", () => {
    const template = tempFile(
      'service: s\nprovider: { name: aws }\nfunctions:\n  tick: { handler: h, timeout: 10, events: [{ schedule: rate(1 minute) }] }\n  nightly: { handler: h, events: [{ schedule: cron(0 3 * * ? *) }] }\n  api: { handler: h, events: [{ httpApi: GET / }] }\n',
      'serverless.yml',
    );
    const load = (usage: string) => loadTemplateScenario(template, readFileSync(template, 'utf8'), 'serverless', { usageFile: tempFile(usage, 'usage.yaml') });
    const left = load('functions:\n  nightly: { duration_ms: 200 }\n');
    // tick's runs are counted but not priced: no duration is given, and its timeout would be a guess at the bill.
    expect(left.functions.map((fn) => [fn.name, fn.requestsPerMonth.toNumber(), fn.durationMs.toNumber(), fn.usageGiven])).toEqual([
      ['tick', 0, 10_000, false],
      ['nightly', 730 / 24, 200, true],
      ['api', 0, 6_000, false],
    ]);
    expect(left.notes!.filter((note) => note.id !== 'template_assumption' || /schedule/.test(note.message))).toEqual([
      {
        id: 'template_assumption',
        message: 'function nightly: no requests_per_month in the usage file; priced at the 30.42 runs a month of its schedule (cron(0 3 * * ? *))',
      },
      {
        id: 'template_assumption',
        message:
          'counted but not priced, as the usage file gives no duration_ms: tick: the 43,800 runs a month of its schedule (rate(1 minute)); with a duration_ms the runs are priced',
      },
      {
        id: 'no_usage_given',
        message: expect.stringMatching(/^no usage given for tick, api: priced at zero requests \(their unit prices are in the line items\); add them to \S+\/usage\.yaml$/),
      },
    ]);
    const timed = load('functions:\n  "*": { duration_ms: 100 }\n  api: { requests_per_month: 5 }\n');
    expect(timed.functions.map((fn) => [fn.name, fn.requestsPerMonth.toNumber(), fn.durationMs.toNumber(), fn.usageGiven])).toEqual([
      ['tick', 43_800, 100, true],
      ['nightly', 730 / 24, 100, true],
      ['api', 5, 100, true],
    ]);
    expect(timed.notes!.filter((note) => /schedule/.test(note.message))).toEqual([
      {
        id: 'template_assumption',
        message:
          "no requests_per_month in the usage file for functions on a schedule; priced at their schedules' runs (tick: the 43,800 runs a month of its schedule (rate(1 minute)); nightly: the 30.42 runs a month of its schedule (cron(0 3 * * ? *)))",
      },
    ]);
    const one = load('functions:\n  "*": { requests_per_month: 1000, duration_ms: 100 }\n  nightly: {}\n  tick: { requests_per_month: 50000 }\n');
    expect(one.notes!.find((note) => /schedule/.test(note.message))).toBeUndefined();
    const below = load('functions:\n  "*": { requests_per_month: 1000, duration_ms: 100 }\n');
    expect(below.functions.map((fn) => fn.requestsPerMonth.toNumber())).toEqual([1_000, 1_000, 1_000]);
    expect(below.notes!.filter((note) => /schedule/.test(note.message))).toEqual([
      {
        id: 'requests_below_schedule',
        message:
          "fewer requests than the functions' schedules run them (tick: requests_per_month 1,000, against the 43,800 runs a month of its schedule (rate(1 minute))); priced as the usage file gives them",
      },
    ]);
    const alone = load('functions:\n  api: { requests_per_month: 5, duration_ms: 100 }\n  nightly: { requests_per_month: 30, duration_ms: 100 }\n');
    expect(alone.notes!.filter((note) => /schedule/.test(note.message))).toEqual([
      {
        id: 'template_assumption',
        message:
          'counted but not priced, as the usage file gives no duration_ms: tick: the 43,800 runs a month of its schedule (rate(1 minute)); with a duration_ms the runs are priced',
      },
    ]);
    // 30 for a nightly job's 30.42 runs is a month's count, not usage left out; 29 is below every month's whole runs.
    const fewer = load('functions:\n  api: { requests_per_month: 5, duration_ms: 100 }\n  nightly: { requests_per_month: 29, duration_ms: 100 }\n');
    expect(fewer.notes!.filter((note) => note.id === 'requests_below_schedule').map((note) => note.message)).toEqual([
      "fewer requests than the functions' schedules run them (nightly: requests_per_month 29, against the 30.42 runs a month of its schedule (cron(0 3 * * ? *))); priced as the usage file gives them",
    ]);
    const written = usageFileFor(template, readTemplateFunctions(parseTemplate(template, readFileSync(template, 'utf8'), 'serverless')));
    expect(written).toContain('  tick: { duration_ms: 100 }   # requests_per_month: 43,800 from its schedule (priced so when left out); more if anything else invokes it\n');
    expect(written).toContain('  api: { duration_ms: 100 }   # add requests_per_month: its invocations a month\n');
  });

  it('says events written in the wrong shape (a mapping for a list, an entry that is not a mapping), whose API or trigger goes unpriced', () => {
    const framework = read('service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h, events: { http: x } }\n  b: { handler: h, events: [http, 5, { sqs: q }] }\n');
    expect(framework.functions.map((fn) => [fn.name, fn.api, fn.trigger])).toEqual([
      ['a', null, null],
      ['b', null, 'sqs'],
    ]);
    expect(framework.assumptions).toEqual([
      'functions.a.events: {"http":"x"} is not a list of events; none of them is read',
      'functions.b.events: 2 of its entries are not an event (a mapping such as { http: … }); not read',
    ]);
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events: [{ Type: Api }]\n',
    );
    expect(sam.functions[0]!.api).toBeNull();
    expect(sam.assumptions).toContain('Resources.F.Properties.Events: [{"Type":"Api"}] is not a mapping of events; none of them is read');
  });

  it('says a function with neither a handler nor an image, or both, which the Framework refuses, and prices it as written', () => {
    const info = read('service: s\nprovider: { name: aws }\nfunctions:\n  a: { memorySize: 512 }\n  b: { handler: h, image: x }\n  c: { image: x }\n  d: { handler: h }\n');
    expect(info.functions.map((fn) => fn.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(info.assumptions).toEqual([
      'functions.a: neither a handler nor an image, which the Framework refuses to deploy; priced as written',
      'functions.b: both a handler and an image, which the Framework refuses to deploy; priced as written',
    ]);
  });

  it('applies provider settings, and the function’s own over them', () => {
    const info = read(
      'service: s\nprovider: { name: aws, memorySize: 512, timeout: 20, architecture: arm64, runtime: nodejs20.x }\nfunctions:\n  a: { handler: h }\n  b: { handler: h, memorySize: 2048 }\n',
    );
    expect(info.functions.map((f) => [f.name, f.memoryMb, f.timeoutSeconds, f.architecture, f.runtime])).toEqual([
      ['a', 512, 20, 'arm64', 'nodejs20.x'],
      ['b', 2048, 20, 'arm64', 'nodejs20.x'],
    ]);
  });

  it('maps events to APIs: http → REST, httpApi → HTTP, websocket → WebSocket, others none', () => {
    const info = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  r: { handler: h, events: [{ http: { path: /, method: get } }] }\n  h: { handler: h, events: [{ httpApi: "GET /" }] }\n  w: { handler: h, events: [{ websocket: $connect }] }\n  q: { handler: h, events: [{ sqs: arn }] }\n',
    );
    expect(info.functions.map((f) => f.api)).toEqual(['rest', 'http', 'websocket', null]);
  });

  it('reads the trigger from the events: a request waits, a schedule, queue, stream or S3 event does not; a request among them wins', () => {
    const info = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  r: { handler: h, events: [{ http: { path: /, method: get } }] }\n  c: { handler: h, events: [{ schedule: rate(1 day) }] }\n  q: { handler: h, events: [{ sqs: arn }] }\n  k: { handler: h, events: [{ stream: arn }] }\n  u: { handler: h, events: [{ s3: bucket }] }\n  m: { handler: h, events: [{ sqs: arn }, { httpApi: "GET /" }] }\n  n: { handler: h }\n',
    );
    expect(info.functions.map((f) => [f.name, f.trigger])).toEqual([
      ['r', 'api'],
      ['c', 'schedule'],
      ['q', 'sqs'],
      ['k', 'stream'],
      ['u', 's3'],
      ['m', 'api'],
      ['n', null],
    ]);
  });

  it("reads an event kind named for what every object inherits (constructor, __proto__) as a source it does not know, not Object's own", () => {
    const sam = (type: string) =>
      read(
        `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events:\n        E: { Type: ${type} }\n`,
      ).functions[0]!.trigger;
    expect(sam('constructor')).toBe(null);
    expect(sam('__proto__')).toBe(null);
    expect(sam('Constructor')).toBe(null);
  });

  it('finds nothing that every object inherits through ${self:…}', () => {
    const info = read(
      'service: x\nprovider: { name: aws }\ncustom: { a: 1 }\nfunctions:\n  f:\n    handler: h\n    memorySize: ${self:custom.constructor.name}\n    timeout: ${self:custom.toString}\n',
    );
    expect(info.functions[0]!.memoryMb).toBe(1024);
    expect(info.assumptions).toEqual([
      'functions.f.memorySize: could not resolve ${self:custom.constructor.name}; the default is used',
      'functions.f.timeout: could not resolve ${self:custom.toString}; the default is used',
    ]);
  });

  it("says a serverless.yml's resources that override a function's resource, or add a Lambda function, are not read", () => {
    const info = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  worker: { handler: h }\nresources:\n  Resources:\n    WorkerLambdaFunction: { Type: AWS::Lambda::Function, Properties: { MemorySize: 2048 } }\n    Extra: { Type: AWS::Lambda::Function, Properties: { Handler: h, MemorySize: 512 } }\n    Table: { Type: AWS::DynamoDB::Table }\n  extensions:\n    WorkerLambdaFunction: { Properties: { Timeout: 30 } }\n',
    );
    expect(info.functions.map((fn) => [fn.name, fn.memoryMb])).toEqual([['worker', 1024]]);
    expect(info.assumptions).toEqual([
      'resources.Resources.WorkerLambdaFunction: overrides the resource the Framework writes for function worker; its properties are not read: the function is priced as functions.worker gives it',
      "resources.Resources.Extra: an AWS::Lambda::Function written as a resource is not priced: slcost prices a serverless.yml's functions from its functions: block",
      'resources.extensions.WorkerLambdaFunction: overrides the resource the Framework writes for function worker; its properties are not read: the function is priced as functions.worker gives it',
    ]);
  });

  it('says nothing of an override that sets no properties, and names a list of resources blocks by its index', () => {
    const info = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  worker: { handler: h }\nresources:\n  - Resources:\n      WorkerLambdaFunction: { DependsOn: [Table] }\n  - extensions:\n      WorkerLambdaFunction: { Properties: { Timeout: 30 } }\n',
    );
    expect(info.assumptions).toEqual([
      'resources[1].extensions.WorkerLambdaFunction: overrides the resource the Framework writes for function worker; its properties are not read: the function is priced as functions.worker gives it',
    ]);
  });

  it("works out an intrinsic written for a function's whole Properties, as CloudFormation does", () => {
    const info = read(
      'Conditions:\n  Prod: !Equals [a, a]\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties: !If [Prod, { Handler: h, Runtime: nodejs20.x, MemorySize: 2048, Timeout: 30 }, { Handler: h, Runtime: nodejs20.x }]\n',
    );
    expect(info.functions.map((fn) => [fn.name, fn.memoryMb, fn.timeoutSeconds])).toEqual([['Fn', 2048, 30]]);
    expect(info.assumptions).toEqual(["Resources.Fn.Properties: condition Prod is true with the parameters' defaults"]);
  });

  it('resolves ${self:…} through a list by its index, as the Framework does, and no key a list inherits', () => {
    const info = read(
      "service: x\nprovider: { name: aws }\ncustom: { sizes: [128, 256, { big: 640 }] }\nfunctions:\n  a: { handler: h, memorySize: '${self:custom.sizes.1}' }\n  b: { handler: h, memorySize: '${self:custom.sizes.2.big}' }\n  c: { handler: h, memorySize: '${self:custom.sizes.length}' }\n  d: { handler: h, memorySize: '${self:custom.sizes.3, 896}' }\n",
    );
    expect(info.functions.map((fn) => fn.memoryMb)).toEqual([256, 640, 1024, 896]);
    expect(info.assumptions).toEqual(['functions.c.memorySize: could not resolve ${self:custom.sizes.length}; the default is used']);
  });

  it('resolves ${self:…}, takes the default of ${opt:…, default}, and says what it could not resolve', () => {
    const info = read(
      "service: s\nprovider:\n  name: aws\n  memorySize: ${self:custom.memory}\n  timeout: ${opt:timeout, 15}\n  region: ${opt:region, 'eu-west-1'}\ncustom: { memory: 768 }\nfunctions:\n  f: { handler: h, memorySize: '${ssm:/mem}' }\n",
    );
    expect(info.functions[0]).toMatchObject({ memoryMb: 768, timeoutSeconds: 15 });
    expect(info.region).toBe('eu-west-1');
    expect(info.assumptions).toContain('functions.f.memorySize: could not resolve ${ssm:/mem}; the default is used');
  });

  it("says a provider.region that is no region's name (a number, a mapping), which was passed over without a word", () => {
    for (const [region, quoted] of [
      ['42', '42'],
      ['{ name: eu-west-1 }', '{"name":"eu-west-1"}'],
    ] as const) {
      const info = read(`service: s\nprovider: { name: aws, region: ${region} }\nfunctions:\n  f: { handler: h }\n`);
      expect(info.region).toBeNull();
      expect(info.assumptions).toEqual([`provider.region: ${quoted} is not a region's name; priced in the usage file's region, else us-east-1`]);
    }
  });

  it('tries a fallback that is another source in turn, as the Framework does: it was read as text (the region "env:AWS_REGION, \'eu-central-1")', () => {
    const info = read(
      "service: s\nprovider:\n  name: aws\n  region: ${opt:region, env:AWS_REGION, 'eu-central-1'}\n  memorySize: ${opt:memory, self:custom.memory}\n  timeout: ${opt:timeout, env:TIMEOUT, ssm:/timeout}\ncustom: { memory: 512 }\nfunctions:\n  f: { handler: h, ephemeralStorageSize: \"${opt:storage, 'self:custom.memory'}\" }\n",
    );
    expect(info.region).toBe('eu-central-1');
    expect(info.functions[0]).toMatchObject({ memoryMb: 512, timeoutSeconds: 6, ephemeralStorageMb: 512 });
    // A quoted fallback is text, whatever it holds; the note names the variable as written, every source of it.
    expect(info.assumptions).toEqual([
      'provider.timeout: could not resolve ${opt:timeout, env:TIMEOUT, ssm:/timeout}; the default is used',
      'functions.f: ephemeralStorageSize "self:custom.memory" is not a number; used 512',
    ]);
  });

  it('works out a fallback that is a source itself, and ${sls:stage} as provider.stage says (both were read as text, or as dev)', () => {
    const info = read(
      "service: s\nprovider: { name: aws, stage: prod, timeout: '${opt:timeout, self:custom.timeout, 5}' }\ncustom: { mem: 2048, memory: { dev: 128, prod: 3008 } }\nfunctions:\n  a: { handler: h, memorySize: '${opt:mem, self:custom.mem}' }\n  b: { handler: h, memorySize: '${self:custom.memory.${sls:stage}}' }\n  c: { handler: h, memorySize: \"${env:MEM, 'oops'}\" }\n",
    );
    expect(info.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds])).toEqual([
      [2048, 5],
      [3008, 5],
      [1024, 5],
    ]);
    expect(info.assumptions).toEqual(['functions.c: memorySize "oops" is not a number; used 1024']);
    // In provider.stage itself (for --stage to set), dev, not a loop through provider.stage.
    expect(
      read(
        "service: s\nprovider: { name: aws, stage: '${sls:stage}' }\ncustom: { memory: { dev: 640 } }\nfunctions:\n  b: { handler: h, memorySize: '${self:custom.memory.${sls:stage}}' }\n",
      ).functions[0]!.memoryMb,
    ).toBe(640);
    // Without provider.stage, the Framework's dev.
    expect(
      read("service: s\nprovider: { name: aws }\ncustom: { memory: { dev: 640 } }\nfunctions:\n  b: { handler: h, memorySize: '${self:custom.memory.${sls:stage}}' }\n")
        .functions[0]!.memoryMb,
    ).toBe(640);
    // With a provider.stage the file alone cannot work out, dev too, and said: it left ${sls:stage} unresolved, the tool's 1024 MB priced.
    const unknown = read(
      "service: s\nprovider: { name: aws, stage: '${env:STAGE}' }\ncustom: { memory: { dev: 640 } }\nfunctions:\n  b: { handler: h, memorySize: '${self:custom.memory.${sls:stage}}' }\n",
    );
    expect(unknown.functions[0]!.memoryMb).toBe(640);
    expect(unknown.assumptions).toEqual(['functions.b.memorySize: could not resolve ${env:STAGE}; the default is used']);
  });

  it("works out ${param:x} from the stage's params (v3's params:, v4's stages:), else default's: it was not resolved, and the tool's default priced", () => {
    const info = read(
      'service: s\nparams:\n  default: { mem: 512, timeout: 20 }\n  prod: { mem: 2048 }\nstages:\n  default: { params: { arch: arm64 } }\nprovider: { name: aws, stage: prod, memorySize: "${param:mem}", timeout: "${param:timeout}", architecture: "${param:arch}" }\nfunctions:\n  a: { handler: h }\n  b: { handler: h, memorySize: "${param:missing}" }\n',
    );
    expect(info.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds, fn.architecture])).toEqual([
      [2048, 20, 'arm64'],
      [2048, 20, 'arm64'],
    ]);
    expect(info.assumptions).toEqual(['functions.b.memorySize: could not resolve ${param:missing}; the default is used']);
  });

  it('says a function behind APIs of two kinds is priced behind one, REST first: all its requests went on the REST API without a word', () => {
    const serverless = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  api:\n    handler: h\n    events:\n      - http: { path: /a, method: get }\n      - httpApi: { path: /b, method: get }\n  ws:\n    handler: h\n    events:\n      - httpApi: { path: /c, method: get }\n      - websocket: { route: $default }\n  one: { handler: h, events: [{ httpApi: { path: /d, method: get } }] }\n',
    );
    expect(serverless.functions.map((fn) => [fn.name, fn.api])).toEqual([
      ['api', 'rest'],
      ['ws', 'http'],
      ['one', 'http'],
    ]);
    expect(serverless.assumptions).toEqual([
      'functions.api.events: http and httpApi events put APIs of two kinds in front of the function; all its requests are priced on the REST API, as its usage does not say how they split',
      'functions.ws.events: httpApi and websocket events put APIs of two kinds in front of the function; all its requests are priced on the HTTP API, as its usage does not say how they split',
    ]);
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events:\n        Rest: { Type: Api, Properties: { Path: /a, Method: get } }\n        Http: { Type: HttpApi, Properties: { Path: /b, Method: get } }\n',
    );
    expect(sam.functions[0]!.api).toBe('rest');
    expect(sam.assumptions).toEqual([
      'Resources.Fn.Properties.Events: Api and HttpApi events put APIs of two kinds in front of the function; all its requests are priced on the REST API, as its usage does not say how they split',
    ]);
  });

  it('says a mapping or a list named inside a text rather than put "[object Object]" or "1,2" in it', () => {
    const info = read(
      'service: svc-${self:custom.obj}\ncustom: { obj: { a: 1 }, list: [1, 2] }\nprovider: { name: aws }\nfunctions:\n  f:\n    handler: h\n    memorySize: 5${self:custom.list}\n',
    );
    expect(info.name).toBe('t.yaml');
    expect(info.functions[0]!.memoryMb).toBe(1024);
    expect(info.assumptions).toEqual([
      'functions.f.memorySize: ${self:custom.list} is a list, which cannot be part of a text; the default is used',
      'service: ${self:custom.obj} is a mapping, which cannot be part of a text; the default is used',
    ]);
  });

  it('quotes a variable it could not resolve cut short: one of 20,000 characters was printed whole', () => {
    const info = read(`service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, memorySize: '\${self:${'a'.repeat(20_000)}}' }\n`);
    expect(info.assumptions).toEqual([`functions.f.memorySize: could not resolve \${self:${'a'.repeat(35)}…}; the default is used`]);
  });

  it("works out each ${self:} once, and bounds the steps of a file's variables: names of names, many times over, took 16 million steps", () => {
    const levels = (last: string) => Array.from({ length: 12 }, (_, level) => `  l${level}: "${`\${self:custom.l${level + 1}}`.repeat(4)}"\n`).join('') + `  l12: "${last}"\n`;
    const text = (last: string) => `service: s\nprovider: { name: aws }\ncustom:\n${levels(last)}functions:\n  f: { handler: h, memorySize: '\${self:custom.l0}' }\n`;
    // Down to an empty value, each level is worked out once: an empty memory size, the default's.
    expect(read(text('')).functions[0]!.memoryMb).toBe(1024);
    // Down to a variable that cannot be resolved, each level says so wherever it is named, and is worked out each time:
    // 4^12 steps, past the file's bound of 100,000 and 20 for each of its 50 variables.
    expect(() => read(text('${opt:nothing}'))).toThrow('functions.f.memorySize: its variables take more than 101,000 steps to work out');
    // A file of many functions naming values that name others is read (120,000 steps before each was worked out once): the bound grows with the variables it writes.
    // (10,000 functions, the most a template may have, each naming a memory size through a chain of ten.)
    const chain = Array.from({ length: 9 }, (_, i) => `m${i}: '\${self:custom.m${i + 1}}', `).join('') + "m9: '${self:custom.size}', ";
    const many = Array.from({ length: 10_000 }, (_, index) => `  f${index}: { handler: h, memorySize: '\${self:custom.memory}', timeout: '\${self:custom.timeout}' }\n`).join('');
    const info = read(
      `service: s\nprovider: { name: aws }\ncustom: { size: 768, ${chain}memory: '\${self:custom.m0}', seconds: 10, timeout: '\${self:custom.seconds}' }\nfunctions:\n${many}`,
    );
    expect(info.functions).toHaveLength(10_000);
    expect(info.functions.every((fn) => fn.memoryMb === 768)).toBe(true);
  });

  it('a value worked out once is refused where it would nest too deep, whichever function names it first', () => {
    // a0 → … → a15 (16 levels) is within the bound of 20 from a function; b0 → … → b10 → a0 is 27 deep, and is refused
    // in either order: a0 worked out for fa first must not let fb through.
    const a = Array.from({ length: 15 }, (_, i) => `  a${i}: '\${self:custom.a${i + 1}}'\n`).join('') + '  a15: 512\n';
    const b = Array.from({ length: 10 }, (_, i) => `  b${i}: '\${self:custom.b${i + 1}}'\n`).join('') + "  b10: '${self:custom.a0}'\n";
    const fa = "  fa: { handler: h, memorySize: '${self:custom.a0}' }\n";
    const fb = "  fb: { handler: h, memorySize: '${self:custom.b0}' }\n";
    for (const functions of [fa + fb, fb + fa]) {
      expect(() => read(`service: s\nprovider: { name: aws }\ncustom:\n${a}${b}functions:\n${functions}`)).toThrow('functions.fb.memorySize: its variables nest more than 20 deep');
    }
    expect(read(`service: s\nprovider: { name: aws }\ncustom:\n${a}functions:\n${fa}${fa.replace('fa', 'fc')}`).functions.map((fn) => fn.memoryMb)).toEqual([512, 512]);
  });

  it('says a variable that refers to itself at the line of the value that closes the loop (the file alone, before)', () => {
    const located = (text: string) => {
      try {
        read(text);
      } catch (caught) {
        return formatError(caught as SlcostError);
      }
      return 'read';
    };
    // custom.b's ${self:custom.a} closes custom.a → custom.b → custom.a: line 3, column 37.
    expect(
      located("service: s\nprovider: { name: aws }\ncustom: { a: '${self:custom.b}', b: '${self:custom.a}' }\nfunctions:\n  f: { handler: h, memorySize: '${self:custom.a}' }\n"),
    ).toBe('t.yaml:3:37: functions.f.memorySize: ${self:custom.a} refers to itself (custom.a → custom.b → custom.a) (at custom.b)');
    // A setting that names itself, at the setting.
    expect(located("service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, memorySize: '${self:functions.f.memorySize}' }\n")).toMatch(
      /^t\.yaml:4:32: functions\.f\.memorySize: \$\{self:functions\.f\.memorySize\} refers to itself .* \(at functions\.f\.memorySize\)$/,
    );
  });

  it('says variables whose text outgrows the bound at the value that outgrew it, or at the setting (the message named no line)', () => {
    const located = (text: string) => {
      try {
        read(text);
      } catch (caught) {
        return formatError(caught as SlcostError);
      }
      return 'read';
    };
    const long = 'x'.repeat(30_000);
    // custom.b is four times custom.a: 120,000 characters, outgrown there.
    expect(
      located(
        `service: s\nprovider: { name: aws }\ncustom:\n  a: ${long}\n  b: '\${self:custom.a}\${self:custom.a}\${self:custom.a}\${self:custom.a}'\nfunctions:\n  f: { handler: h, memorySize: '\${self:custom.b}' }\n`,
      ),
    ).toBe('t.yaml:5:6: functions.f.memorySize: its variables expand to more than 100,000 characters (at custom.b)');
    // Outgrown in the setting itself.
    expect(
      located(
        `service: s\nprovider: { name: aws }\ncustom:\n  a: ${long}\nfunctions:\n  f: { handler: h, memorySize: '\${self:custom.a}\${self:custom.a}\${self:custom.a}\${self:custom.a}' }\n`,
      ),
    ).toBe('t.yaml:6:32: functions.f.memorySize: its variables expand to more than 100,000 characters (at functions.f.memorySize)');
  });

  it('resolves a provider block given through a variable, and says one that is no mapping (its settings went unread in silence)', () => {
    const viaVariable = read('service: s\nprovider: ${self:custom.p}\ncustom: { p: { name: aws, memorySize: 3008 } }\nfunctions:\n  f: { handler: h }\n');
    expect(viaVariable.functions[0]!.memoryMb).toBe(3008);
    expect(() => read('service: s\nprovider: ${self:custom.p}\ncustom: { p: { name: gcp } }\nfunctions:\n  f: { handler: h }\n')).toThrow('for provider "gcp"');
    expect(read('service: s\nprovider: [aws]\nfunctions:\n  f: { handler: h }\n').assumptions).toEqual([
      'provider: ["aws"] is not a mapping of settings; none is read, and the Framework\'s defaults are used',
    ]);
  });

  it('resolves a functions block, or a function, given through a variable (refused as no functions, or dropped, before)', () => {
    const block = read('service: s\nprovider: { name: aws }\ncustom: { fns: { f: { handler: h, memorySize: 3008 } } }\nfunctions: ${self:custom.fns}\n');
    expect(block.functions.map((fn) => [fn.name, fn.memoryMb])).toEqual([['f', 3008]]);
    const one = read('service: s\nprovider: { name: aws }\ncustom: { f: { handler: h, memorySize: 2048 } }\nfunctions:\n  f: ${self:custom.f}\n  g: { handler: h }\n');
    expect(one.functions.map((fn) => [fn.name, fn.memoryMb])).toEqual([
      ['f', 2048],
      ['g', 1024],
    ]);
    expect(read('service: s\nprovider: { name: aws }\ncustom: { fns: 5 }\nfunctions: ${self:custom.fns}\n').assumptions).toEqual([
      'functions: 5 is not a mapping of functions the file holds; the functions it names are not priced',
    ]);
  });

  it("resolves a function's events, or an entry of them, given through a variable: the API in front of it went unpriced", () => {
    const info = read(
      'service: s\nprovider: { name: aws }\ncustom: { ev: [{ http: "GET /" }], route: { httpApi: "GET /" } }\nfunctions:\n  f: { handler: h, events: "${self:custom.ev}" }\n  g: { handler: h, events: ["${self:custom.route}"] }\n',
    );
    expect(info.functions.map((fn) => [fn.name, fn.api])).toEqual([
      ['f', 'rest'],
      ['g', 'http'],
    ]);
    expect(info.assumptions).toEqual([]);
  });

  it('counts the variables of a file that holds itself once each: an alias of the whole file among its events went round until Node died', () => {
    const info = read('&all\nservice: s\nprovider: { name: aws, region: "${opt:region, eu-west-1}" }\nfunctions:\n  f: { handler: h, memorySize: 512, events: [*all] }\n');
    expect(info.region).toBe('eu-west-1');
    expect(info.functions.map((fn) => fn.memoryMb)).toEqual([512]);
  });

  it('quotes a setting that contains itself, what it holds again as "…": JSON.stringify threw on it', () => {
    const serverless = read('&a\nservice: s\nprovider: { name: aws, memorySize: *a }\nfunctions: { f: { handler: h } }\n');
    expect(serverless.functions.map((fn) => fn.memoryMb)).toEqual([1024]);
    expect(serverless.assumptions.join('\n')).toContain('provider: memorySize {"service":"s","provider":{"name":"aws",…');
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals: &g\n  Function: { MemorySize: *g }\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n',
    );
    expect(sam.assumptions.join('\n')).toContain('{"Function":{"MemorySize":"…"}} is not a number; used 128');
  });

  it('reads "1536MB" as 1536 and says so', () => {
    const info = read('service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, memorySize: 1536MB }\n');
    expect(info.functions[0]!.memoryMb).toBe(1536);
    expect(info.assumptions).toContain('functions.f: read memorySize "1536MB" as 1536');
  });

  it('refuses other providers', () => {
    expect(() => read('service: s\nprovider: { name: google }\nfunctions: {}\n')).toThrow('is a serverless.yml for provider "google", which slcost does not price: it prices AWS');
    // "AWS" is no name the Framework knows either; it was said to be a provider "which slcost does not price: it prices AWS", with no line.
    let upper: unknown;
    try {
      read('service: s\nprovider: { name: AWS }\nfunctions: {}\n');
    } catch (error) {
      upper = error;
    }
    expect(formatError(upper as SlcostError)).toBe('t.yaml:2:19: the provider\'s name is "AWS"; the Framework knows AWS as "aws", in lower case (at provider.name)');
  });
});

describe('SAM', () => {
  it('uses SAM’s defaults: 128 MB, 3 s', () => {
    expect(read('Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n').functions[0]).toMatchObject({
      memoryMb: 128,
      timeoutSeconds: 3,
    });
  });

  it('applies Globals.Function to serverless functions, the function’s own settings winning, and not to AWS::Lambda::Function', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: { MemorySize: 1024, Timeout: 30, Architectures: [arm64] }\nResources:\n  A: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n  B: { Type: AWS::Serverless::Function, Properties: { Handler: h, MemorySize: 256 } }\n  C: { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n',
    );
    expect(info.functions.map((f) => [f.name, f.memoryMb, f.timeoutSeconds, f.architecture])).toEqual([
      ['A', 1024, 30, 'arm64'],
      ['B', 256, 30, 'arm64'],
      ['C', 128, 3, 'x86_64'],
    ]);
  });

  it("lays Globals.Function under a function's own settings as SAM does: mappings merged key by key, Architectures replaced, none IgnoreGlobals names", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function:',
        '    MemorySize: 2048',
        '    Architectures: [arm64]',
        '    LoggingConfig: { LogFormat: JSON }',
        '    EphemeralStorage: { Size: 2048 }',
        '    ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 }',
        'Resources:',
        '  Merged:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Architectures: [x86_64], LoggingConfig: { SystemLogLevel: WARN }, EphemeralStorage: {}, ProvisionedConcurrencyConfig: {} }',
        '  Whole: { Type: AWS::Serverless::Function, IgnoreGlobals: "*", Properties: { Handler: h } }',
        '  Some: { Type: AWS::Serverless::Function, IgnoreGlobals: [MemorySize, EphemeralStorage], Properties: { Handler: h } }',
        // An intrinsic function is a value, not a mapping to merge into: its own wins whole.
        '  Chosen: { Type: AWS::Serverless::Function, Properties: { Handler: h, EphemeralStorage: !If [Never, { Size: 1024 }, !Ref AWS::NoValue] } }',
        'Conditions: { Never: !Equals [a, b] }',
        '',
      ].join('\n'),
    );
    // Merged's own LoggingConfig dropped Globals' LogFormat (WARN priced as INFO), its EphemeralStorage Globals' Size, and
    // its ProvisionedConcurrencyConfig the 3 environments; IgnoreGlobals went unread.
    expect(info.functions.map((f) => [f.name, f.memoryMb, f.architecture, f.ephemeralStorageMb, f.provisionedConcurrency, f.logs.systemLogLevel])).toEqual([
      ['Merged', 2048, 'x86_64', 2048, 3, 'warn'],
      ['Whole', 128, 'x86_64', 512, 0, null],
      ['Some', 128, 'arm64', 512, 3, null],
      ['Chosen', 2048, 'arm64', 512, 3, null],
    ]);
    expect(info.assumptions.filter((note) => note.includes('EphemeralStorage') || note.includes('LoggingConfig'))).toEqual([
      "Resources.Chosen.EphemeralStorage: condition Never is false with the parameters' defaults",
    ]);
  });

  it("merges Globals' API throttles as SAM does: an HTTP API's DefaultRouteSettings key by key, Globals' MethodSettings before a REST API's own", () => {
    const api = (kind: string, properties: string, event: string) =>
      `  Api:\n    Type: AWS::Serverless::${kind}\n    Properties: ${properties}\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events: { E: { Type: ${event}, Properties: { ${event === 'Api' ? 'RestApiId' : 'ApiId'}: !Ref Api, Path: /, Method: get } } }\n`;
    const sam = (globals: string, body: string) => `Transform: AWS::Serverless-2016-10-31\nGlobals:\n${globals}Resources:\n${body}`;
    expect(
      read(sam('  HttpApi: { DefaultRouteSettings: { ThrottlingRateLimit: 40 } }\n', api('HttpApi', '{ DefaultRouteSettings: { ThrottlingBurstLimit: 10 } }', 'HttpApi')))
        .throttleRps,
    ).toBe(40);
    const rest = "  Api: { MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', ThrottlingRateLimit: 30 }] }\n";
    expect(read(sam(rest, api('Api', "{ StageName: p, MethodSettings: [{ ResourcePath: '/a', HttpMethod: GET, ThrottlingRateLimit: 5 }] }", 'Api'))).throttleRps).toBe(30);
    expect(
      read(sam(rest, api('Api', '{ StageName: p }', 'Api').replace('Type: AWS::Serverless::Api', 'Type: AWS::Serverless::Api\n    IgnoreGlobals: [MethodSettings]'))).throttleRps,
    ).toBeNull();
  });

  it('resolves !Ref to a parameter’s default and maps Api → REST, HttpApi → HTTP', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nParameters:\n  Mem: { Type: Number, Default: 640 }\nResources:\n  A:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !Ref Mem, Events: { E: { Type: Api } } }\n  B:\n    Type: AWS::Serverless::Function\n    Properties: { Events: { E: { Type: HttpApi } } }\n',
    );
    expect(info.functions.map((f) => [f.memoryMb, f.api])).toEqual([
      [640, 'rest'],
      [128, 'http'],
    ]);
    expect(info.assumptions).toContain("Resources.A.MemorySize: used parameter Mem's default, 640");
  });

  it("says each API no function's event names, whose requests are not priced (a WebSocket API's routes, a REST API's OpenAPI definition went unpriced in silence)", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Named: { Type: AWS::Serverless::Api, Properties: { StageName: prod } }',
        '  NamedHttp: { Type: AWS::Serverless::HttpApi }',
        '  Defined: { Type: AWS::Serverless::Api, Properties: { StageName: prod, DefinitionBody: { paths: {} } } }',
        '  Sockets: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action } }',
        '  Rest: { Type: AWS::ApiGateway::RestApi }',
        '  SamSockets: { Type: AWS::Serverless::WebSocketApi, Properties: { Routes: { $connect: { FunctionArn: !GetAtt F.Arn } } } }',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Events:',
        '        A: { Type: Api, Properties: { RestApiId: !Ref Named, Path: /, Method: get } }',
        '        B: { Type: HttpApi, Properties: { ApiId: { Ref: NamedHttp } } }',
        '        C: { Type: Api, Properties: { Path: /implicit, Method: get } }',
        '        D: { Type: Api, Properties: { RestApiId: ByName, Path: /, Method: get } }',
        '  ByName: { Type: AWS::Serverless::Api, Properties: { StageName: prod } }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => fn.api)).toEqual(['rest']);
    expect(info.assumptions).toEqual([
      'Resources.F.Properties.Events: Api and HttpApi events put APIs of two kinds in front of the function; all its requests are priced on the REST API, as its usage does not say how they split',
      "Resources.Defined: an API (AWS::Serverless::Api) that no function's Api or HttpApi event names; its requests are not priced (its routes, methods, definition and integrations are not read)",
      "Resources.Sockets: an API (AWS::ApiGatewayV2::Api WEBSOCKET) that no function's Api or HttpApi event names; its requests are not priced (its routes, methods, definition and integrations are not read)",
      "Resources.Rest: an API (AWS::ApiGateway::RestApi) that no function's Api or HttpApi event names; its requests are not priced (its routes, methods, definition and integrations are not read)",
      // SAM's own WebSocket API routes to functions by its Routes, which are not read: it went unsaid.
      "Resources.SamSockets: an API (AWS::Serverless::WebSocketApi) that no function's Api or HttpApi event names; its requests are not priced (its routes, methods, definition and integrations are not read)",
    ]);
  });

  it("says a method or integration of the template's own that puts another function behind an API some function's event names: that function's requests through it went unpriced in silence", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Gate: { Type: AWS::ApiGateway::RestApi, Properties: { Name: gate } }',
        '  Http: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP } }',
        '  Standard:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Events:',
        '        Get: { Type: Api, Properties: { RestApiId: !Ref Gate, Path: /standard, Method: get } }',
        '  Routed: { Type: AWS::Serverless::Function, Properties: { Events: { Http: { Type: HttpApi, Properties: { ApiId: !Ref Http } } } } }',
        '  Isolated: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Joined: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  IsolatedMethod:',
        '    Type: AWS::ApiGateway::Method',
        '    Properties:',
        '      RestApiId: !Ref Gate',
        '      HttpMethod: GET',
        '      Integration: { Type: AWS_PROXY, IntegrationHttpMethod: POST, Uri: !Sub "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Isolated.Arn}/invocations" }',
        '  StandardMethod:',
        '    Type: AWS::ApiGateway::Method',
        '    Properties:',
        '      RestApiId: !Ref Gate',
        '      Integration: { Type: AWS_PROXY, Uri: !Sub "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Standard.Arn}/invocations" }',
        '  JoinedRoute:',
        '    Type: AWS::ApiGatewayV2::Integration',
        '    Properties: { ApiId: !Ref Http, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt Joined.Arn }',
        '',
      ].join('\n'),
    );
    expect(info.assumptions).toEqual([
      "Resources.IsolatedMethod.Properties.Integration.Uri: integrates function Isolated with API Gate, whose requests are priced for the functions its events put behind it; Isolated's requests through it are not priced",
      "Resources.JoinedRoute.Properties.IntegrationUri: integrates function Joined with API Http, whose requests are priced for the functions its events put behind it; Joined's requests through it are not priced",
    ]);
  });

  it("says an API's logs in CloudWatch Logs, which bill with every request and are not priced: access logs, execution logs, a serverless.yml's provider.logs", () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  HttpApi: { AccessLogSettings: { DestinationArn: arn, Format: $context.requestId } }',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Events: { A: { Type: Api, Properties: { Path: /, Method: get, RestApiId: !Ref Rest } } } }',
        '  Rest: { Type: AWS::Serverless::Api, Properties: { StageName: prod, MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO }] } }',
        '  Quiet: { Type: AWS::Serverless::Api, Properties: { StageName: prod, MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: "OFF" }] } }',
        '  Http: { Type: AWS::Serverless::HttpApi }',
        '  Stage: { Type: AWS::ApiGateway::Stage, Properties: { AccessLogSetting: { DestinationArn: arn }, MethodSettings: [{ LoggingLevel: error }] } }',
        '',
      ].join('\n'),
    );
    expect(sam.notPriced).toEqual([
      'an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: Resources.Rest (execution logs), Resources.Http (access logs), Resources.Stage (access logs and execution logs); the bill leaves them out',
    ]);
    const framework = (logs: string, events = '{ http: { path: /, method: get } }, { httpApi: { path: /h, method: get } }, { websocket: { route: $default } }') =>
      read(`service: s\nprovider: { name: aws, logs: ${logs} }\nfunctions:\n  a: { handler: h, events: [${events}] }\n`).notPriced;
    expect(framework('{ restApi: true, httpApi: { format: x }, websocket: { accessLogging: false, executionLogging: false } }')).toEqual([
      'an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: provider.logs.restApi, provider.logs.httpApi; the bill leaves them out',
    ]);
    expect(framework('{ restApi: false, lambda: { logFormat: JSON } }')).toBeUndefined();
    // The settings of an API the Framework does not make (no event of its kind) log nothing: they were said.
    expect(framework('{ restApi: true, httpApi: true, websocket: true }', '{ httpApi: { path: /h, method: get } }')).toEqual([
      'an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: provider.logs.httpApi; the bill leaves them out',
    ]);
    expect(framework('{ restApi: true }', '{ sqs: { arn: "arn:aws:sqs:us-east-1:1:q" } }')).toBeUndefined();
    // SAM's implicit API takes its logging from Globals.Api.
    expect(
      read(
        'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Api: { AccessLogSetting: { DestinationArn: arn } }\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { A: { Type: Api, Properties: { Path: /, Method: get } } } } }\n',
      ).notPriced,
    ).toEqual([
      'an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: Globals.Api (the implicit API) (access logs); the bill leaves them out',
    ]);
    // Access logs to a log group of the template's own are its ingest, which the usage file's cloudwatch_logs prices:
    // they were said not to be priced. Execution logs go to a group API Gateway names, and still are not.
    const grouped = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Events: { A: { Type: Api, Properties: { Path: /, Method: get, RestApiId: !Ref Rest } } } }',
        '  Rest:',
        '    Type: AWS::Serverless::Api',
        '    Properties: { StageName: prod, AccessLogSetting: { DestinationArn: !GetAtt Group.Arn }, MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO }] }',
        '  Group: { Type: AWS::Logs::LogGroup, Properties: { RetentionInDays: 7 } }',
        '',
      ].join('\n'),
    );
    expect(grouped.notPriced).toEqual([
      'an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: Resources.Rest (execution logs); the bill leaves them out',
    ]);
    expect(grouped.assumptions).toContain(
      "Resources.Rest: its access logs go to log group Group of the template, priced as services.cloudwatch_logs' ingest_gb_per_month in the usage file gives it, which counts them",
    );
    // The group's ARN written out with !Sub, as SAM's examples write it, or as ${Group.Arn}: said not to be priced, as a
    // group of no template's, while the usage file's ingest for it priced them. A Sub naming two resources names neither.
    const bySub = (arn: string) =>
      read(
        [
          'Transform: AWS::Serverless-2016-10-31',
          'Resources:',
          '  F:',
          '    Type: AWS::Serverless::Function',
          '    Properties: { Handler: h, Events: { A: { Type: Api, Properties: { Path: /, Method: get, RestApiId: !Ref Rest } } } }',
          `  Rest: { Type: AWS::Serverless::Api, Properties: { StageName: prod, AccessLogSetting: { DestinationArn: !Sub "${arn}" } } }`,
          '  Group: { Type: AWS::Logs::LogGroup, Properties: { RetentionInDays: 7 } }',
          '',
        ].join('\n'),
      );
    for (const arn of ['arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Group}', '${Group.Arn}']) {
      expect(bySub(arn).notPriced).toBeUndefined();
      expect(bySub(arn).assumptions).toContain(
        "Resources.Rest: its access logs go to log group Group of the template, priced as services.cloudwatch_logs' ingest_gb_per_month in the usage file gives it, which counts them",
      );
    }
    expect(bySub('arn:aws:logs:us-east-1:1:log-group:${Group}-${F}').notPriced).toEqual([
      'an API that logs its requests to CloudWatch Logs (access logs, or execution logs at INFO or ERROR) is billed for the GB they ingest and store, and slcost does not price them: Resources.Rest (access logs); the bill leaves them out',
    ]);
  });

  it("says which function is an API's Lambda authorizer, invoked by the API through no event of its own (it went unsaid)", () => {
    const info = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Api: { Auth: { Authorizers: { Shared: { FunctionArn: !GetAtt Gate.Arn } } } }',
        'Resources:',
        '  Http:',
        '    Type: AWS::Serverless::HttpApi',
        '    Properties: { Auth: { DefaultAuthorizer: Mine, Authorizers: { Mine: { FunctionArn: { "Fn::GetAtt": [Check, Arn] } }, Elsewhere: { FunctionArn: arn:aws:lambda:us-east-1:1:function:x } } } }',
        '  Rest:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      StageName: prod',
        '      Auth: { Authorizers: { Arn: { FunctionArn: !Sub "${Token.Arn}" } , Written: { FunctionArn: !Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Header}" }, Named: { FunctionArn: !Sub "${Gate}" } } }',
        '  Check: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Gate: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Token: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Header: { Type: AWS::Serverless::Function, Properties: { Handler: h } }',
        '  Work:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Events: { Get: { Type: HttpApi, Properties: { ApiId: !Ref Http, Path: /, Method: get } } } }',
        '',
      ].join('\n'),
    );
    const authorizer = (where: string, fn: string) =>
      `${where}: function ${fn} is the API's Lambda authorizer, invoked for its callers' requests (each one, or once a caller while its answer is cached) and through no event of its own: its requests_per_month in the usage file gives them, and the API's requests are those of the functions behind it`;
    // The ARN written with !Sub, as ${Token.Arn} or out in full around ${Header}, went unsaid; a function's name is no ARN.
    expect(info.assumptions.filter((note) => note.includes('authorizer'))).toEqual([
      authorizer('Globals.Api.Auth.Authorizers.Shared', 'Gate'),
      authorizer('Resources.Http.Properties.Auth.Authorizers.Mine', 'Check'),
      authorizer('Resources.Rest.Properties.Auth.Authorizers.Arn', 'Token'),
      authorizer('Resources.Rest.Properties.Auth.Authorizers.Written', 'Header'),
    ]);
    expect(info.functions.map((fn) => [fn.name, fn.trigger, fn.invokedBy])).toEqual([
      ['Check', null, 'API Gateway'],
      ['Gate', null, 'API Gateway'],
      ['Token', null, 'API Gateway'],
      ['Header', null, 'API Gateway'],
      ['Work', 'api', undefined],
    ]);
    // A serverless.yml's: an http or websocket event's authorizer naming a function of the file, an HTTP API's request
    // authorizer by its functionName; not IAM, an ARN of another's, nor a JWT authorizer.
    const framework = read(
      [
        'service: s',
        'provider:',
        '  name: aws',
        '  httpApi: { authorizers: { byRequest: { type: request, functionName: gate }, byJwt: { type: jwt, issuerUrl: https://x, audience: [a] } } }',
        'functions:',
        '  auth: { handler: h }',
        '  gate: { handler: h }',
        '  ws: { handler: h }',
        '  hello:',
        '    handler: h',
        '    events:',
        '      - http: { path: /, method: get, authorizer: auth }',
        '      - http: { path: /b, method: get, authorizer: { name: auth, resultTtlInSeconds: 0 } }',
        '      - http: { path: /c, method: get, authorizer: aws_iam }',
        '      - http: { path: /d, method: get, authorizer: { arn: "arn:aws:lambda:us-east-1:1:function:hello" } }',
        '      - httpApi: { path: /e, method: get, authorizer: { name: byRequest } }',
        '  connect: { handler: h, events: [{ websocket: { route: $connect, authorizer: ws } }] }',
        '',
      ].join('\n'),
    );
    expect(framework.assumptions.filter((note) => note.includes('authorizer'))).toEqual([
      authorizer('functions.hello.events[0].http.authorizer', 'auth'),
      authorizer('functions.connect.events[0].websocket.authorizer', 'ws'),
      authorizer('provider.httpApi.authorizers.byRequest', 'gate'),
    ]);
    // The cost bomb names API Gateway as what invokes them, as a SAM API's authorizers: it said "if anything invoked".
    expect(framework.functions.map((fn) => [fn.name, fn.trigger, fn.invokedBy])).toEqual([
      ['auth', null, 'API Gateway'],
      ['gate', null, 'API Gateway'],
      ['ws', null, 'API Gateway'],
      ['hello', 'api', undefined],
      ['connect', 'api', undefined],
    ]);
  });

  it('says a function of disableLogs: true writes no logs, which are priced unless the usage file says so (they were priced without a word)', () => {
    const info = read('service: s\nprovider: { name: aws }\nfunctions:\n  quiet: { handler: h, disableLogs: true }\n  loud: { handler: h, disableLogs: false }\n');
    expect(info.assumptions).toEqual([
      "functions.quiet.disableLogs: the Framework makes no log group for it, and the role it makes lets a function write to its group, not create one, so it writes no logs (unless a role of the file's own lets Lambda create the group); they are priced as if it wrote them: give it logs: { system_log_level: warn } in the usage file, with no app_bytes_per_invocation, to price none",
    ]);
    // The Framework's validator coerces "true", 1 and [true] to true, "false", 0 and [false] to false; a value it cannot
    // coerce it warns of and reads as JavaScript does, `yes` and 2 as true: each of those made no log group, unsaid.
    const odd = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n' +
        ['"true"', '1', '[true]', '"false"', '0', '[false]', '""', 'yes', '2'].map((written, index) => `  f${index}: { handler: h, disableLogs: ${written} }\n`).join(''),
    );
    expect(odd.assumptions.map((note) => note.replace(/the Framework makes no log group.*$/, '…'))).toEqual([
      'functions.f0.disableLogs: …',
      'functions.f1.disableLogs: …',
      'functions.f2.disableLogs: …',
      'functions.f7.disableLogs: "yes" is neither true nor false, which the Framework warns of and reads as true (it is not false to JavaScript): …',
      'functions.f8.disableLogs: 2 is neither true nor false, which the Framework warns of and reads as true (it is not false to JavaScript): …',
    ]);
    // Given so, its invocations are not among the logs'.
    const usage = tempFile(
      'functions:\n  "*": { requests_per_month: 1000000, duration_ms: 100 }\n  quiet: { requests_per_month: 1000000, duration_ms: 100, logs: { system_log_level: warn } }\n',
      'usage.yaml',
    );
    const scenario = loadTemplateScenario(
      'serverless.yml',
      'service: s\nprovider: { name: aws }\nfunctions:\n  quiet: { handler: h, disableLogs: true }\n  loud: { handler: h }\n',
      'serverless',
      { usageFile: usage },
    );
    const ingested = estimate(scenario, book()).platforms[0]!.lineItems.find((item) => item.id === 'lambda-logs.ingestion.tier-1')!;
    // 1,000,000 invocations × 264 B = 0.264 GB: loud's alone (both would be 0.528).
    expect(ingested.basis!.used.toFixed()).toBe('0.264');
  });

  it("says which function of a serverless.yml is an API's Lambda authorizer (an http or websocket event's authorizer:, an HTTP API's functionName), which went unsaid as SAM's did", () => {
    const info = read(
      [
        'service: s',
        'provider:',
        '  name: aws',
        '  httpApi: { authorizers: { custom: { type: request, functionName: gate } } }',
        'functions:',
        '  check: { handler: h }',
        '  gate: { handler: h }',
        '  socket: { handler: h }',
        '  a: { handler: h, events: [{ http: { path: /a, method: get, authorizer: check } }, { http: { path: /b, method: get, authorizer: { name: check } } }] }',
        '  b: { handler: h, events: [{ http: { path: /c, method: get, authorizer: { name: far, arn: "arn:aws:lambda:us-east-1:1:function:far" } } }, { http: { path: /d, method: get, authorizer: aws_iam } }] }',
        '  c: { handler: h, events: [{ websocket: { route: $connect, authorizer: { name: socket } } }, { httpApi: { path: /e, method: get, authorizer: { name: custom } } }] }',
        '',
      ].join('\n'),
    );
    const authorizer = (where: string, fn: string) =>
      `${where}: function ${fn} is the API's Lambda authorizer, invoked for its callers' requests (each one, or once a caller while its answer is cached) and through no event of its own: its requests_per_month in the usage file gives them, and the API's requests are those of the functions behind it`;
    expect(info.assumptions.filter((note) => note.includes('authorizer'))).toEqual([
      authorizer('functions.a.events[0].http.authorizer', 'check'),
      authorizer('functions.c.events[0].websocket.authorizer', 'socket'),
      authorizer('provider.httpApi.authorizers.custom', 'gate'),
    ]);
  });

  it("reads a serverless.yml's authorizer given by its ARN of the file's own function, says one that names none, and one that has events of its own", () => {
    const info = read(
      [
        'service: s',
        'provider:',
        '  name: aws',
        '  httpApi: { authorizers: { byArn: { type: request, functionArn: { Fn::GetAtt: [ByArnLambdaFunction, Arn] } } } }',
        'functions:',
        '  byArn: { handler: h }',
        '  byGetAtt: { handler: h }',
        '  byName: { handler: h }',
        '  login: { handler: h, events: [{ http: { path: /login, method: post } }] }',
        '  a:',
        '    handler: h',
        '    events:',
        '      - http: { path: /a, method: get, authorizer: { name: x, arn: { Fn::GetAtt: [ByGetAttLambdaFunction, Arn] } } }',
        '      - http: { path: /b, method: get, authorizer: { arn: "arn:aws:lambda:us-east-1:1:function:s-dev-byName" } }',
        '      - http: { path: /c, method: get, authorizer: login }',
        '      - http: { path: /d, method: get, authorizer: logni }',
        '      - http: { path: /e, method: get, authorizer: { name: shared, authorizerId: abc } }',
        '      - http: { path: /f, method: get, authorizer: AWS_IAM }',
        '',
      ].join('\n'),
    );
    const notes = info.assumptions.filter((note) => note.includes('authorizer'));
    // Given by an ARN of the file's own function (its logical id, or the name the Framework deploys it under), each went unsaid.
    expect(notes.filter((note) => note.includes("is the API's Lambda authorizer")).map((note) => note.split(':')[0] + ' ' + / function (\w+) /.exec(note)![1])).toEqual([
      'functions.a.events[0].http.authorizer byGetAtt',
      'functions.a.events[1].http.authorizer byName',
      'functions.a.events[2].http.authorizer login',
      'provider.httpApi.authorizers.byArn byArn',
    ]);
    // One that has events of its own was said to be invoked "through no event of its own".
    expect(notes.find((note) => note.includes('function login'))).toContain(
      "invoked for its callers' requests (each one, or once a caller while its answer is cached) beside its own events: its requests_per_month in the usage file gives them with its events' requests",
    );
    // A name of none of the file's functions, which the Framework refuses, went unread in silence.
    expect(notes).toContain(
      'functions.a.events[3].http.authorizer: "logni" names none of the file\'s functions (did you mean login?), which the Framework refuses (the function does not exist in the service); no function is read as its Lambda authorizer',
    );
    expect(notes.filter((note) => note.includes('names none'))).toHaveLength(1);
  });

  it("says a REST API's X-Ray tracing, which bills as a function's does and went unsaid", () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Api: { TracingEnabled: true }',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Events: { A: { Type: Api, Properties: { Path: /, Method: get } }, B: { Type: Api, Properties: { Path: /, Method: get, RestApiId: !Ref Off } } } }',
        '  Own: { Type: AWS::Serverless::Api, Properties: { StageName: prod } }',
        '  Off: { Type: AWS::Serverless::Api, Properties: { StageName: prod, TracingEnabled: false } }',
        '  Stage: { Type: AWS::ApiGateway::Stage, Properties: { TracingEnabled: "true" } }',
        '',
      ].join('\n'),
    );
    expect(sam.notPriced).toEqual([
      "X-Ray tracing of a REST API's requests (TracingEnabled, a serverless.yml's provider.tracing.apiGateway) records traces that slcost does not price: Resources.Own, Resources.Stage, Globals.Api (the implicit API); the bill leaves them out",
    ]);
    expect(
      read('service: s\nprovider: { name: aws, tracing: { apiGateway: true } }\nfunctions:\n  a: { handler: h, events: [{ http: { path: /, method: get } }] }\n').notPriced,
    ).toEqual([
      "X-Ray tracing of a REST API's requests (TracingEnabled, a serverless.yml's provider.tracing.apiGateway) records traces that slcost does not price: provider.tracing.apiGateway; the bill leaves them out",
    ]);
    // The Framework makes no REST API for a file of no http event: there is nothing to trace, and it was said.
    expect(
      read('service: s\nprovider: { name: aws, tracing: { apiGateway: true } }\nfunctions:\n  a: { handler: h, events: [{ httpApi: { path: /, method: get } }] }\n').notPriced,
    ).toBeUndefined();
  });

  it("says what bills on its own and is not priced: an API's cache, X-Ray's active tracing, a function on Lambda Managed Instances", () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function: { Tracing: Active }',
        '  Api: { CacheClusterEnabled: true }',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Events: { A: { Type: Api, Properties: { Path: /, Method: get } } } }',
        '  G:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { Handler: h, Tracing: PassThrough, CapacityProviderConfig: { Arn: !GetAtt CP.Arn } }',
        "  Named: { Type: AWS::Serverless::Api, Properties: { StageName: prod, CacheClusterEnabled: true, CacheClusterSize: '6.1' } }",
        '  Off: { Type: AWS::Serverless::Api, Properties: { StageName: prod, CacheClusterEnabled: false } }',
        '  Stage: { Type: AWS::ApiGateway::Stage, Properties: { CacheClusterEnabled: "true", CacheClusterSize: 237 } }',
        '',
      ].join('\n'),
    );
    expect(sam.notPriced).toEqual([
      'an API Gateway cache (CacheClusterEnabled) is billed by the hour whatever the traffic, and slcost does not price it: Resources.Named (6.1 GB), Resources.Stage (237 GB), Globals.Api (the implicit API) (0.5 GB, the default); the bill leaves it out',
      'X-Ray tracing (Tracing: Active) of function F records traces that slcost does not price; the bill leaves them out',
      "function G runs on Lambda Managed Instances (CapacityProviderConfig), billed by the capacity provider's EC2 instances and a management fee, not by duration; slcost prices it as on-demand Lambda, and not the instances",
    ]);
    // A durable function's operations and checkpoint data bill beside its duration; Globals' DurableConfig reaches each.
    const durable = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: { DurableConfig: { ExecutionTimeout: 3600 } }\nResources:\n  W: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n  P: { Type: AWS::Lambda::Function, Properties: { Handler: h, DurableConfig: { ExecutionTimeout: 60 } } }\n',
    );
    expect(durable.notPriced).toEqual([
      'functions W, P are Lambda durable functions (DurableConfig), billed for their durable operations (steps, waits, callbacks) and the data they write and keep, beside requests and duration; slcost does not price those, and the bill leaves them out',
    ]);
    expect(read('Resources:\n  F: { Type: AWS::Lambda::Function }\n').notPriced).toBeUndefined();
    // CloudFormation's own function writes active tracing as TracingConfig's Mode, whose traces went unsaid.
    expect(
      read(
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  S: { Type: AWS::Serverless::Function, Properties: { Handler: h, Tracing: Active } }\n  C: { Type: AWS::Lambda::Function, Properties: { Handler: h, TracingConfig: { Mode: Active } } }\n  P: { Type: AWS::Lambda::Function, Properties: { Handler: h, TracingConfig: { Mode: PassThrough } } }\n',
      ).notPriced,
    ).toEqual([
      "X-Ray tracing (Tracing: Active, or an AWS::Lambda::Function's TracingConfig Mode: Active) of functions S, C records traces that slcost does not price; the bill leaves them out",
    ]);
    const framework = read(
      'service: s\nprovider: { name: aws, tracing: { lambda: true } }\nfunctions:\n  a: { handler: h }\n  b: { handler: h, tracing: PassThrough }\n  c: { handler: h }\n',
    );
    expect(framework.notPriced).toEqual([
      "X-Ray tracing (provider.tracing.lambda, or a function's tracing: Active) of functions a, c records traces that slcost does not price; the bill leaves them out",
    ]);
    expect(read('service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h, tracing: Active }\n  b: { handler: h }\n').notPriced).toEqual([
      "X-Ray tracing (provider.tracing.lambda, or a function's tracing: Active) of function a records traces that slcost does not price; the bill leaves them out",
    ]);
    expect(
      read(
        'service: s\nplugins: [serverless-plugin-warmup, serverless-api-gateway-caching]\nprovider: { name: aws }\ncustom: { apiGatewayCaching: { enabled: true } }\nfunctions:\n  a: { handler: h }\n',
      ).notPriced,
    ).toEqual([
      "plugins: serverless-plugin-warmup invokes the functions it keeps warm on a schedule of its own (every 5 minutes by default), from a warmer function of its own; neither the warm-up invocations nor the warmer are priced (add them to the functions' requests_per_month)",
      'an API Gateway cache (serverless-api-gateway-caching, custom.apiGatewayCaching) is billed by the hour whatever the traffic, and slcost does not price it; the bill leaves it out',
    ]);
    expect(
      read(
        'service: s\nplugins: { modules: [serverless-api-gateway-caching] }\nprovider: { name: aws }\ncustom: { apiGatewayCaching: { enabled: false } }\nfunctions:\n  a: { handler: h }\n',
      ).notPriced,
    ).toBeUndefined();
    // The plugin's REST API integrates AWS services directly: its requests, served by no function, went unsaid.
    expect(
      read(
        'service: s\nplugins: [serverless-apigateway-service-proxy]\nprovider: { name: aws }\ncustom: { apiGatewayServiceProxies: [{ sqs: { path: /q, method: post, queueName: q } }] }\nfunctions:\n  a: { handler: h }\n',
      ).notPriced,
    ).toEqual([
      "API Gateway's requests to the AWS services serverless-apigateway-service-proxy integrates (custom.apiGatewayServiceProxies), which no function serves, are billed by the request, and slcost does not price them; the bill leaves them out",
    ]);
    // serverless-lift's constructs: a queue's worker is a function of their own, with two queues, none of it read.
    expect(
      read(
        'service: s\nplugins: [serverless-lift]\nprovider: { name: aws }\nconstructs:\n  jobs: { type: queue, worker: { handler: w } }\n  uploads: { type: storage }\n  odd: { type: something-new }\nfunctions:\n  a: { handler: h }\n',
      ).notPriced,
    ).toEqual([
      'constructs: serverless-lift deploys jobs (queue: a worker function, an SQS queue and its dead-letter queue); uploads (storage: an S3 bucket); odd (something-new: its resources), which slcost does not read; the bill leaves them out',
    ]);
    // Without the plugin, the Framework deploys no constructs.
    expect(read('service: s\nprovider: { name: aws }\nconstructs:\n  jobs: { type: queue }\nfunctions:\n  a: { handler: h }\n').notPriced).toBeUndefined();
    // Kept in a file of their own, the constructs and the pipes went off the bill without a word.
    expect(
      read(
        'service: s\nplugins: [serverless-lift, serverless-pipes]\nprovider: { name: aws }\nconstructs: ${file(./constructs.yml)}\npipes: ${file(./pipes.yml)}\nfunctions:\n  a: { handler: h }\n',
      ).notPriced,
    ).toEqual([
      'constructs: "${file(./constructs.yml)}" is in another file or a source slcost does not read; serverless-lift deploys the functions and resources its constructs name, which slcost does not read; the bill leaves them out',
      'pipes: "${file(./pipes.yml)}" is in another file or a source slcost does not read; serverless-pipes deploys the EventBridge Pipes it names, each billed by the request, which slcost does not read; the bill leaves them out',
    ]);
    const scenario = loadTemplateScenario('t.yaml', 'service: s\nprovider: { name: aws, tracing: { lambda: true } }\nfunctions:\n  a: { handler: h }\n', 'serverless', {
      usageFile: null,
    });
    expect(scenario.notes!.filter((note) => note.id === 'settings_not_priced').map((note) => note.message)).toEqual([
      "X-Ray tracing (provider.tracing.lambda, or a function's tracing: Active) of function a records traces that slcost does not price; the bill leaves them out",
    ]);
  });

  it("says SnapStart's cache and restores on Python and .NET, which bill, and not Java's, which does not", () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function: { AutoPublishAlias: live, SnapStart: { ApplyOn: PublishedVersions } }',
        'Resources:',
        '  Py: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: python3.12 } }',
        '  Net: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: dotnet8 } }',
        '  Java: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: java21 } }',
        '  Off: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: python3.12, SnapStart: { ApplyOn: None } } }',
        '',
      ].join('\n'),
    );
    expect(sam.notPriced).toEqual([
      "SnapStart of functions Py (python3.12), Net (dotnet8) bills the cache of each published version's snapshot by the GB-second and each restore from it by the GB, which slcost does not price; the bill leaves them out",
    ]);
    expect(
      read('service: s\nprovider: { name: aws, runtime: python3.13 }\nfunctions:\n  a: { handler: h, snapStart: true }\n  b: { handler: h, runtime: java21, snapStart: true }\n')
        .notPriced,
    ).toEqual([
      "SnapStart of function a (python3.13) bills the cache of each published version's snapshot by the GB-second and each restore from it by the GB, which slcost does not price; the bill leaves them out",
    ]);
  });

  it("reads an SNS event with an SqsSubscription as the queue's trigger: SQS invokes the function, not SNS", () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Queued:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Events: { A: { Type: SNS, Properties: { Topic: arn, SqsSubscription: true } } } }\n  Pushed:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Events: { A: { Type: SNS, Properties: { Topic: arn } } } }\n',
    );
    expect(info.functions.map((fn) => [fn.name, fn.trigger])).toEqual([
      ['Queued', 'sqs'],
      ['Pushed', 'sns'],
    ]);
  });

  it('says an event source mapping in provisioned mode, whose event pollers bill by the hour', () => {
    const sam = read(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: h',
        '      Events:',
        '        Kafka: { Type: MSK, Properties: { Stream: arn, Topics: [t], StartingPosition: LATEST, ProvisionedPollerConfig: { MinimumPollers: 10 } } }',
        '        Queue: { Type: SQS, Properties: { Queue: arn } }',
        '  Mapping: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref F, EventSourceArn: arn:aws:sqs:us-east-1:1:q, ProvisionedPollerConfig: {} } }',
        '',
      ].join('\n'),
    );
    expect(sam.notPriced).toEqual([
      'Resources.Mapping.Properties.ProvisionedPollerConfig, Resources.F.Properties.Events.Kafka.Properties.ProvisionedPollerConfig: provisioned mode (ProvisionedPollerConfig) bills the event pollers their event source mappings keep by the hour, MinimumPollers of them at the least all month, which slcost does not price; the bill leaves them out',
    ]);
    expect(
      read(
        'service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h }\nresources:\n  Resources:\n    M: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref ALambdaFunction, EventSourceArn: arn:aws:kafka:us-east-1:1:cluster/c/1, ProvisionedPollerConfig: { MinimumPollers: 2 } } }\n',
      ).notPriced,
    ).toEqual([
      'resources.Resources.M.Properties.ProvisionedPollerConfig: provisioned mode (ProvisionedPollerConfig) bills the event pollers its event source mapping keeps by the hour, MinimumPollers of them at the least all month, which slcost does not price; the bill leaves them out',
    ]);
  });

  it("works out AWS::LanguageExtensions' Fn::Length of a list the template gives, written out or a list parameter's default", () => {
    const info = read(
      'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\nParameters:\n  Names: { Type: CommaDelimitedList, Default: "a,b,c" }\nResources:\n  A:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, ReservedConcurrentExecutions: { "Fn::Length": !Ref Names }, Timeout: { "Fn::Length": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, MemorySize: { "Fn::Length": !GetAtt X.Y } }\n',
    );
    expect(info.functions.map((f) => [f.reservedConcurrency, f.timeoutSeconds, f.memoryMb])).toEqual([[3, 10, 128]]);
    expect(info.assumptions).toContain('Resources.A.MemorySize: Fn::Length of a list the template alone does not give; the default is used');
  });

  it('says where a parameter’s default is none of its AllowedValues (compared as text, as CloudFormation does)', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nParameters:\n  Mem: { Type: Number, Default: 512, AllowedValues: [128, 256] }\n  Time: { Type: Number, Default: 30, AllowedValues: ["10", "30"] }\nResources:\n  A:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !Ref Mem, Timeout: !Ref Time }\n',
    );
    expect(info.functions.map((f) => [f.memoryMb, f.timeoutSeconds])).toEqual([[512, 30]]);
    expect(info.assumptions).toContain(
      "Resources.A.MemorySize: used parameter Mem's default, 512, which is none of its AllowedValues (128, 256): CloudFormation refuses a stack deployed with it",
    );
    expect(info.assumptions).toContain("Resources.A.Timeout: used parameter Time's default, 30");
  });

  it('reads the trigger from the event types: SQS is a queue, Schedule a schedule, DynamoDB a stream, Api a caller waiting', () => {
    const fn = (name: string, type: string) => `  ${name}:\n    Type: AWS::Serverless::Function\n    Properties: { Events: { E: { Type: ${type} } } }\n`;
    const info = read(`Transform: AWS::Serverless-2016-10-31\nResources:\n${fn('A', 'SQS')}${fn('B', 'Schedule')}${fn('C', 'DynamoDB')}${fn('D', 'Api')}`);
    expect(info.functions.map((f) => f.trigger)).toEqual(['sqs', 'schedule', 'stream', 'api']);
  });

  it('prices provisioned concurrency SAM refuses without AutoPublishAlias as written, and says SAM refuses it (it was priced without a word)', () => {
    const fn = (name: string, properties: string, type = 'AWS::Serverless::Function') => `  ${name}: { Type: ${type}, Properties: { Handler: h, ${properties} } }\n`;
    const info = read(
      `Transform: AWS::Serverless-2016-10-31\nGlobals: { Function: { ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } } }\nResources:\n${fn('Bare', 'ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5 }')}${fn('Aliased', 'AutoPublishAlias: live')}${fn('FromGlobals', 'MemorySize: 256')}${fn('Plain', 'ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 }', 'AWS::Lambda::Function')}`,
    );
    expect(info.functions.map((f) => [f.name, f.provisionedConcurrency])).toEqual([
      ['Bare', 5],
      ['Aliased', 2],
      ['FromGlobals', 2],
      ['Plain', 3],
    ]);
    expect(info.assumptions).toEqual([
      'Resources.Bare.ProvisionedConcurrencyConfig: provisioned concurrency without AutoPublishAlias, which SAM refuses to deploy (it configures the alias AutoPublishAlias publishes); priced as written, 5 environments kept warm all month',
      'Globals.Function.ProvisionedConcurrencyConfig: provisioned concurrency of function FromGlobals without AutoPublishAlias, which SAM refuses to deploy (it configures the alias AutoPublishAlias publishes); priced as written, 2 environments kept warm all month',
      "Resources.Plain.ProvisionedConcurrencyConfig: is no property of an AWS::Lambda::Function, which CloudFormation refuses (it is an AWS::Lambda::Alias's or Version's); priced as written, 3 environments kept warm all month",
    ]);
  });

  it("reads a function's trigger from the template's AWS::Lambda::EventSourceMapping and AWS::Lambda::Url (they went unread: a queue worker was one someone waits on)", () => {
    const fn = (name: string, properties = '') => `  ${name}: { Type: AWS::Lambda::Function, Properties: { Handler: h${properties} } }\n`;
    const mapping = (name: string, target: string, source: string) => `  ${name}: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: ${target}, ${source} } }\n`;
    const info = read(
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n' +
        '  Queue: { Type: AWS::SQS::Queue }\n  Stream: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 1 } }\n  Table: { Type: AWS::DynamoDB::Table }\n' +
        fn('Worker') +
        fn('Reader') +
        fn('Changes', ', FunctionName: changes-fn') +
        fn('ByArn') +
        fn('Kafka') +
        fn('Public') +
        fn('Both') +
        fn('Alone') +
        `  Live: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Both, FunctionVersion: '1', Name: live } }\n` +
        mapping('M1', '!Ref Worker', 'EventSourceArn: !GetAtt Queue.Arn') +
        mapping('M2', '!GetAtt Reader.Arn', 'EventSourceArn: !GetAtt Stream.Arn') +
        mapping('M3', 'changes-fn', 'EventSourceArn: !GetAtt Table.StreamArn') +
        mapping('M4', '!Ref ByArn', "EventSourceArn: !Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:jobs'") +
        mapping('M5', '!Ref Kafka', 'SelfManagedEventSource: { Endpoints: { KafkaBootstrapServers: [b:9092] } }, Topics: [t]') +
        mapping('M6', '!Ref Live', 'EventSourceArn: !GetAtt Queue.Arn') +
        `  Url: { Type: AWS::Lambda::Url, Properties: { TargetFunctionArn: !GetAtt Public.Arn, AuthType: NONE } }\n` +
        `  BothUrl: { Type: AWS::Lambda::Url, Properties: { TargetFunctionArn: !Ref Live, AuthType: NONE } }\n`,
    );
    expect(Object.fromEntries(info.functions.map((f) => [f.name, f.trigger]))).toEqual({
      Worker: 'sqs',
      Reader: 'stream',
      Changes: 'stream',
      ByArn: 'sqs',
      Kafka: 'stream',
      // Someone waits on a function URL's reply, beside any queue; the API's throttle does not stand in front of it.
      Public: 'url',
      Both: 'url',
      Alone: null,
    });
    // SAM's own FunctionUrlConfig, and a serverless.yml's url:, are the same way in.
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionUrlConfig: { AuthType: NONE }, Events: { Q: { Type: SQS } } } }\n',
    );
    expect(sam.functions[0]!.trigger).toBe('url');
    const serverless = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h, url: true }\n  b: { handler: h, url: false, events: [{ sqs: arn }] }\n  c: { handler: h, url: { authorizer: aws_iam }, events: [{ http: { path: /, method: get } }] }\n',
    );
    expect(serverless.functions.map((f) => f.trigger)).toEqual(['url', 'sqs', 'api']);
  });

  it("reads a serverless.yml's resources: AWS::Lambda::EventSourceMapping and AWS::Lambda::Url as its functions' ways in, by the Framework's logical ids and deployed names (they went unread)", () => {
    const info = read(
      'service: svc\nprovider: { name: aws, stage: prod }\ncustom: { queue: "arn:aws:sqs:us-east-1:1:q" }\nfunctions:\n' +
        '  worker: { handler: h }\n  reader: { handler: h, name: my-reader }\n  by-stage_x: { handler: h }\n  public: { handler: h }\n  aliased: { handler: h }\n  bySub: { handler: h }\n  misspelt: { handler: h }\n  alone: { handler: h }\n' +
        'resources:\n' +
        '  - Resources:\n' +
        '      Queue: { Type: AWS::SQS::Queue }\n' +
        '      M1: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !GetAtt WorkerLambdaFunction.Arn, EventSourceArn: !GetAtt Queue.Arn } }\n' +
        '      M2: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: my-reader, EventSourceArn: "arn:aws:kinesis:us-east-1:1:stream/s" } }\n' +
        '  - Resources:\n' +
        '      M3: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: "${self:service}-${sls:stage}-by-stage_x", EventSourceArn: "${self:custom.queue}" } }\n' +
        '      Url: { Type: AWS::Lambda::Url, Properties: { TargetFunctionArn: !Ref PublicLambdaFunction, AuthType: NONE } }\n' +
        '      Live: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref AliasedLambdaFunction, FunctionVersion: "1", Name: live } }\n' +
        '      LiveUrl: { Type: AWS::Lambda::Url, Properties: { TargetFunctionArn: !Ref Live, AuthType: NONE } }\n' +
        '      M4: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Sub "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${self:service}-prod-bySub", EventSourceArn: "arn:aws:dynamodb:us-east-1:1:table/t/stream/x" } }\n' +
        '      M5: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref misspelt, EventSourceArn: !GetAtt Queue.Arn } }\n',
    );
    expect(Object.fromEntries(info.functions.map((f) => [f.name, f.trigger]))).toEqual({
      worker: 'sqs',
      reader: 'stream',
      'by-stage_x': 'sqs',
      public: 'url',
      aliased: 'url',
      bySub: 'stream',
      misspelt: null,
      alone: null,
    });
    expect(info.assumptions).toEqual([
      `resources[1].Resources.M5.Properties.FunctionName: {"Ref":"misspelt"} names none of the template's functions (the Framework names function misspelt's resource MisspeltLambdaFunction); this AWS::Lambda::EventSourceMapping is not read as a way in`,
    ]);
  });

  it('says two serverless.yml functions the Framework gives one logical id (hello and Hello, a-b and aDashb): CloudFormation keeps one (both were priced without a word)', () => {
    const info = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  hello: { handler: h }\n  Hello: { handler: h }\n  a-b: { handler: h }\n  aDashb: { handler: h }\n  a_b: { handler: h }\n',
    );
    expect(info.functions.map((fn) => fn.name)).toEqual(['hello', 'Hello', 'a-b', 'aDashb', 'a_b']);
    expect(info.assumptions).toEqual([
      'functions.Hello: the Framework names it HelloLambdaFunction in the template it deploys, as it does function hello: CloudFormation keeps one of the two; both are priced',
      'functions.aDashb: the Framework names it ADashbLambdaFunction in the template it deploys, as it does function a-b: CloudFormation keeps one of the two; both are priced',
    ]);
  });

  it("says two functions deployed under one name (a serverless.yml name: written twice or as another's default name; a SAM FunctionName twice): both were priced without a word", () => {
    const sls = read(
      'service: s\nprovider: { name: aws, stage: prod }\nfunctions:\n  a: { handler: h, name: same }\n  b: { handler: h, name: same }\n  c: { handler: h, name: s-prod-d }\n  d: { handler: h }\n  e: { handler: h }\n',
    );
    expect(sls.functions.map((fn) => fn.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sls.assumptions).toEqual([
      'functions.b: it is deployed as "same", as function a is: a region holds one function of a name, and CloudFormation fails to create the second; both are priced',
      'functions.d: it is deployed as "s-prod-d", as function c is: a region holds one function of a name, and CloudFormation fails to create the second; both are priced',
    ]);
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  A: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionName: same } }\n  B: { Type: AWS::Lambda::Function, Properties: { Handler: h, FunctionName: same } }\n  C: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionName: other } }\n',
    );
    expect(sam.assumptions.filter((note) => note.includes('FunctionName'))).toEqual([
      'Resources.B.Properties.FunctionName: "same" is the FunctionName of A too: a region holds one function of a name, and CloudFormation fails to create the second; both are priced',
    ]);
  });

  it('says a function URL or an event source mapping that names none of the functions, and a FunctionUrlConfig that is no mapping (each went unsaid)', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n' +
        '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, FunctionUrlConfig: "yes" } }\n' +
        '  Url: { Type: AWS::Lambda::Url, Properties: { TargetFunctionArn: !GetAtt Ghost.Arn, AuthType: NONE } }\n' +
        '  M: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: Fnn, EventSourceArn: "arn:aws:sqs:us-east-1:1:q" } }\n',
    );
    expect(info.functions[0]!.trigger).toBeNull();
    expect(info.assumptions.filter((note) => /FunctionUrlConfig|names none/.test(note))).toEqual([
      'Resources.Url.Properties.TargetFunctionArn: {"Fn::GetAtt":["Ghost","Arn"]} names none of the template\'s functions; this AWS::Lambda::Url is not read as a way in',
      'Resources.M.Properties.FunctionName: "Fnn" names none of the template\'s functions; this AWS::Lambda::EventSourceMapping is not read as a way in',
      'Resources.F.FunctionUrlConfig: "yes" is no FunctionUrlConfig (a mapping with AuthType); read as no function URL',
    ]);
  });

  it('evaluates provisioned concurrency inside !If from the parameters’ defaults', () => {
    const template = (env: string) =>
      `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Env: { Type: String, Default: ${env} }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      ProvisionedConcurrencyConfig: !If [IsProd, { ProvisionedConcurrentExecutions: 5 }, !Ref AWS::NoValue]\n`;
    expect(read(template('prod')).functions[0]!.provisionedConcurrency).toBe(5);
    expect(read(template('dev')).functions[0]!.provisionedConcurrency).toBe(0);
  });

  it('works out Fn::Select over a list the template gives, and Fn::Split, where the default stood in for either', () => {
    const template = (memory: string) =>
      `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Sizes: { Type: String, Default: '512,1024' }\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: ${memory} }\n`;
    expect(read(template('!Select [1, [128, 256]]')).functions[0]!.memoryMb).toBe(256);
    expect(read(template('!Select [0, !Split [",", !Ref Sizes]]')).functions[0]!.memoryMb).toBe(512);
    const nested = read(template('!Select ["1", [128, !If [Never, 3008, 1]]]'));
    expect(nested.functions[0]!.memoryMb).toBe(3008);
    expect(nested.assumptions.join('\n')).toContain('assumed condition Never holds');
    // An index past the list, or a list the template alone does not give, is said, and the default used.
    const past = read(template('!Select [2, [128, 256]]'));
    expect(past.functions[0]!.memoryMb).toBe(128);
    expect(past.assumptions).toContain("Resources.F.MemorySize: Fn::Select's index 2 is not one of its list of 2 (CloudFormation refuses it); the default is used");
    expect(read(template('!Select [0, !GetAZs ""]')).assumptions).toContain('Resources.F.MemorySize: Fn::Select of a list the template alone does not give; the default is used');
  });

  it('gives a list parameter’s Ref as the list CloudFormation makes of its default, where it was its text', () => {
    const template = (type: string, memory: string) =>
      `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Sizes: { Type: '${type}', Default: '256, 1024' }\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: ${memory} }\n`;
    expect(read(template('CommaDelimitedList', '!Select [1, !Ref Sizes]')).functions[0]!.memoryMb).toBe(1024);
    expect(read(template('List<Number>', '!Select [0, !Ref Sizes]')).functions[0]!.memoryMb).toBe(256);
    // A String parameter's Ref is its text, as before; a list split again is refused by CloudFormation, and said.
    expect(read(template('String', '!Select [1, !Ref Sizes]')).functions[0]!.memoryMb).toBe(128);
    const split = read(template('CommaDelimitedList', '!Select [0, !Split [",", !Ref Sizes]]'));
    expect(split.functions[0]!.memoryMb).toBe(128);
    expect(split.assumptions).toContain(
      "Resources.F.MemorySize: Fn::Split takes text, not a list (a list parameter's Ref is one already: CloudFormation refuses it); the default is used",
    ); // Its AllowedValues hold each member, as CloudFormation checks a list's: the whole text "256, 1024" is none of them, but allowed.
    const allowed = (values: string) =>
      read(
        `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Sizes: { Type: CommaDelimitedList, Default: '256, 1024', AllowedValues: ${values} }\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !Select [1, !Ref Sizes] }\n`,
      ).assumptions;
    expect(allowed('[256, 1024, 2048]')).toEqual(['Resources.F.MemorySize: used parameter Sizes\'s default, "256, 1024"']);
    expect(allowed('["256", "512"]')).toEqual([
      'Resources.F.MemorySize: used parameter Sizes\'s default, "256, 1024", whose "1024" is none of its AllowedValues ("256", "512"): CloudFormation refuses a stack deployed with it',
    ]);
  });

  it('says a Transform it does not run, and an AWS::Include under Resources, where they went unsaid', () => {
    const info = read(
      'Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions, Defaults]\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n  Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/more.yaml } }\n',
    );
    expect(info.assumptions.filter((note) => note.includes('Transform'))).toEqual([
      'Transform: "Defaults" is a macro that slcost does not run; what it adds to or changes in the template is not priced (price the template it makes, which the CloudFormation console shows in its processed form)',
      'Resources.Fn::Transform: "AWS::Include" of "s3://b/more.yaml" is not applied; the resources it adds (functions, tables, queues) are not priced',
    ]);
    // SAM's own transform, alone, says nothing.
    expect(read('Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function }\n').assumptions.join('\n')).not.toContain('Transform');
  });

  it('finds a function run as Lambda@Edge, by a distribution of the template or a cloudFront event, with the event it answers, and says it is priced so', () => {
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  A: { Type: AWS::Serverless::Function, Properties: { AutoPublishAlias: live } }\n  B: { Type: AWS::Serverless::Function }\n  BV: { Type: AWS::Lambda::Version, Properties: { FunctionName: !Ref B } }\n  C: { Type: AWS::Serverless::Function }\n  D: { Type: AWS::Serverless::Function }\n' +
        '  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        DefaultCacheBehavior: { LambdaFunctionAssociations: [{ EventType: viewer-request, LambdaFunctionARN: !Ref A.Version }, { EventType: origin-response, LambdaFunctionARN: !GetAtt BV.FunctionArn }] }\n        CacheBehaviors: [{ LambdaFunctionAssociations: [{ LambdaFunctionARN: !Sub "${C.Arn}:3" }] }]\n',
    );
    expect(sam.edge?.map(({ name, event }) => `${name} ${event}`)).toEqual(['A viewer', 'B origin', 'C any']);
    expect(sam.assumptions.filter((note) => note.includes('Lambda@Edge')).map((note) => note.split(' runs ')[0])).toEqual(['function A', 'function B', 'function C']);
    expect(sam.notPriced ?? []).toEqual([]);
    const serverless = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  edge: { handler: h, events: [{ cloudFront: { eventType: viewer-request } }] }\n  api: { handler: h, events: [{ httpApi: GET / }] }\n',
    );
    expect(serverless.edge).toEqual([{ name: 'edge', by: 'functions.edge.events', what: 'cloudFront event', event: 'viewer' }]);
    expect(serverless.assumptions).toContain(
      "function edge runs at CloudFront's edge as Lambda@Edge (cloudFront event, functions.edge.events): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)",
    );
  });

  it('says the API in front of a state machine, and counts the runs of the schedules that start it, of SAM and of the Step Functions plugin', () => {
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function }\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Events:\n        Go: { Type: HttpApi }\n        Off: { Type: Schedule, Properties: { Schedule: rate(1 minute), Enabled: false } }\n        Daily: { Type: ScheduleV2, Properties: { ScheduleExpression: rate(1 day) } }\n        Hourly: { Type: Schedule, Properties: { Schedule: rate(1 hour) } }\n',
    );
    expect(sam.notPriced).toEqual([
      'Resources.M.Properties.Events.Go: puts state machine M behind the HTTP API, whose requests slcost prices only behind functions; its requests to the state machine are not priced, and the bill leaves them out',
    ]);
    expect(sam.assumptions).toEqual([
      'Resources.M.Properties.Events.Daily: starts state machine M on rate(1 day), 30.42 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
      'Resources.M.Properties.Events.Hourly: starts state machine M on rate(1 hour), 730 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
    ]);
    // 730 h ÷ 24 = 30.41666… a day's, and 730 an hour's; the one that is off adds none.
    const runs = sam.machineSchedules!.get('M')!;
    expect(runs.runsPerMonth.toFixed()).toBe(new Decimal(730).dividedBy(24).plus(730).toFixed());
    expect(runs.expressions).toEqual(['rate(1 day)', 'rate(1 hour)']);
    const serverless = read(
      'service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h }\nstepFunctions:\n  stateMachines:\n    m: { events: [{ http: { path: go, method: post } }, { schedule: { rate: rate(2 hours), enabled: true } }] }\n',
    );
    expect(serverless.notPriced).toEqual([
      'stepFunctions.stateMachines.m.events[0].http: puts state machine m behind the REST API, whose requests slcost prices only behind functions; its requests to the state machine are not priced, and the bill leaves them out',
    ]);
    expect(serverless.assumptions).toContain(
      'stepFunctions.stateMachines.m.events[1].schedule: starts state machine m on rate(2 hours), 365 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
    );
    expect(serverless.machineSchedules!.get('m')!.runsPerMonth.toFixed()).toBe('365');
  });

  it("holds a state machine's ScheduleV2 event to its EndDate, as a function's is", () => {
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function }\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Events:\n        Ended: { Type: ScheduleV2, Properties: { ScheduleExpression: rate(1 minute), EndDate: "2020-01-01T00:00:00Z" } }\n        Hourly: { Type: Schedule, Properties: { Schedule: rate(1 hour) } }\n',
    );
    expect(sam.assumptions).toContain('Resources.M.Properties.Events.Ended.Properties.EndDate: the schedule ended on 2020-01-01, and runs no more; its runs are not counted');
    expect(sam.machineSchedules!.get('M')!.expressions).toEqual(['rate(1 hour)']);
  });

  it("counts the runs of a rule or a Scheduler schedule that starts a state machine, by its Ref or its Arn, as the machine's", () => {
    const info = read(
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n  M: { Type: AWS::StepFunctions::StateMachine }\n  Daily: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 day), Targets: [{ Arn: !Ref M, Id: m }, { Arn: !GetAtt F.Arn, Id: f }] } }\n  Hourly: { Type: AWS::Scheduler::Schedule, Properties: { ScheduleExpression: rate(1 hour), Target: { Arn: !GetAtt M.Arn } } }\n  Off: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 minute), State: DISABLED, Targets: [{ Arn: !Ref M }] } }\n',
    );
    expect(info.machineSchedules!.get('M')!.expressions).toEqual(['rate(1 day)', 'rate(1 hour)']);
    // The rule's function target is still the function's.
    expect(info.functions[0]!.schedule!.expressions).toEqual(['rate(1 day)']);
  });

  it("counts the runs of a rule whose target's ARN is a Fn::Sub naming one function or state machine", () => {
    const info = read(
      'Resources:\n  F: { Type: AWS::Lambda::Function, Properties: { Handler: h, Runtime: nodejs20.x } }\n  M: { Type: AWS::StepFunctions::StateMachine }\n  Daily: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 day), Targets: [{ Arn: !Sub "${M}", Id: m }, { Arn: !Sub "${F.Arn}", Id: f }] } }\n  Hourly: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Arn: !Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${F}" }] } }\n  Both: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 minute), Targets: [{ Arn: !Sub "${F}-${M}" }] } }\n',
    );
    expect(info.machineSchedules!.get('M')!.expressions).toEqual(['rate(1 day)']);
    // A text naming two resources names neither.
    expect(info.functions[0]!.schedule!.expressions).toEqual(['rate(1 day)', 'rate(1 hour)']);
  });

  it("serverless.yml: a rule or Scheduler schedule of resources: that starts a state machine, its own or the Step Functions plugin's by the plugin's logical id, counts its runs (they went unread)", () => {
    const info = read(`service: s
provider: { name: aws }
functions:
  f: { handler: h }
stepFunctions:
  stateMachines:
    nightly-flow: { definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } }
    named: { id: MyFlow, definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } }
    by_name: { name: report-flow, definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } }
resources:
  Resources:
    Own: { Type: AWS::StepFunctions::StateMachine }
    Hourly: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 hour), Targets: [{ Id: a, Arn: !Ref NightlyDashflowStepFunctionsStateMachine }, { Id: b, Arn: !GetAtt Own.Arn }] } }
    Daily: { Type: AWS::Scheduler::Schedule, Properties: { ScheduleExpression: rate(1 day), Target: { Arn: !Sub '\${MyFlow}', RoleArn: r } } }
    Twice: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(12 hours), Targets: [{ Id: c, Arn: !Ref ReportDashflow }] } }
    Astray: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 minute), Targets: [{ Id: d, Arn: !Ref NamedStepFunctionsStateMachine }] } }
`);
    const runs = (machine: string) => info.machineSchedules?.get(machine)?.runsPerMonth.toFixed() ?? null;
    // 730 hours; 730 ÷ 24 days; 730 ÷ 12. A machine given an id is deployed under that id alone, so a rule naming the
    // plugin's default id for it names nothing.
    expect([runs('nightly-flow'), runs('Own'), runs('named'), runs('by_name')]).toEqual([
      '730',
      '730',
      new Decimal(730).dividedBy(24).toFixed(),
      new Decimal(730).dividedBy(12).toFixed(),
    ]);
    expect(info.assumptions).toContain(
      'resources.Resources.Hourly: starts state machine nightly-flow on rate(1 hour), 730 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
    );
  });

  it('assumes an unknowable condition holds, and says so', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nConditions:\n  Big: !Equals [!Ref Size, large]\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !If [Big, 3008, 512] }\n',
    );
    expect(info.functions[0]!.memoryMb).toBe(3008);
    expect(info.assumptions).toContain('Resources.F.MemorySize: assumed condition Big holds (it cannot be told from the template alone)');
  });

  it('says a condition the template does not have, which CloudFormation refuses, and one that is not in Properties (both went unsaid, or as unknowable)', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nConditions:\n  Big: !Condition Huge\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !If [Big, 3008, 512] }\n  G:\n    Type: AWS::Serverless::Function\n    Properties: [{ MemorySize: 1024 }]\n',
    );
    expect(info.functions.map((fn) => fn.memoryMb)).toEqual([3008, 128]);
    expect(info.assumptions).toEqual([
      'Resources.F.MemorySize: assumed condition Big holds (the template has no condition Huge, which CloudFormation refuses)',
      'Resources.G.Properties: [{"MemorySize":1024}] is not a mapping of properties; none of it is read',
    ]);
  });

  it('says an Fn::Or, Fn::And or Fn::Not of a number of conditions CloudFormation refuses, where an Fn::Or of none read as false', () => {
    const template = (expression: string) =>
      `Transform: AWS::Serverless-2016-10-31\nConditions:\n  A: !Equals [a, a]\n  Big: ${expression}\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !If [Big, 3008, 512] }\n`;
    const empty = read(template('{ "Fn::Or": [] }'));
    expect(empty.functions[0]!.memoryMb).toBe(3008);
    expect(empty.assumptions).toEqual([
      'Resources.F.MemorySize: assumed condition Big holds (its Fn::Or has 0 conditions where CloudFormation takes 2 to 10, and refuses the template)',
    ]);
    const eleven = read(template(`!And [${Array(11).fill('!Condition A').join(', ')}]`));
    expect(eleven.assumptions[0]).toContain('its Fn::And has 11 conditions where CloudFormation takes 2 to 10');
    expect(read(template('!Not [!Condition A, !Condition A]')).assumptions[0]).toContain('its Fn::Not has 2 conditions where CloudFormation takes 1');
    // Within the bounds, worked out as before: A is true, so an Or of A and not-A holds, and And of them does not.
    expect(read(template('!Or [!Condition A, !Not [!Condition A]]')).functions[0]!.memoryMb).toBe(3008);
    expect(read(template('!And [!Condition A, !Not [!Condition A]]')).functions[0]!.memoryMb).toBe(512);
  });

  it("says an event SAM cannot read: not a mapping, a Type none of SAM's, or spelt in another case; and a Globals section other than Function's that is no mapping (each went unread in silence)", () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals: { Api: [{ CacheClusterEnabled: true }] }\nResources:\n' +
        '  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events:\n' +
        '        Listed: [{ Type: Api }]\n        Kinds: { Type: [Api] }\n        Bogus: { Type: Bogus }\n        Typo: { Type: HtpApi }\n        None: { Properties: {} }\n        Lower: { Type: sqs }\n        Fine: { Type: SNS }\n' +
        '  L: { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n',
    );
    expect(info.functions.map((fn) => [fn.name, fn.api, fn.trigger])).toEqual([
      ['F', null, 'sqs'],
      ['L', null, null],
    ]);
    expect(info.assumptions).toEqual([
      'Globals.Api: [{"CacheClusterEnabled":true}] is not a mapping of properties; none of it is read',
      'Resources.F.Properties.Events.Listed: [{"Type":"Api"}] is not an event (a mapping with a Type and its Properties); not read',
      'Resources.F.Properties.Events.Kinds.Type: ["Api"] is none of SAM\'s event types, which SAM refuses; not read',
      'Resources.F.Properties.Events.Bogus.Type: "Bogus" is none of SAM\'s event types, which SAM refuses; not read',
      'Resources.F.Properties.Events.Typo.Type: "HtpApi" is none of SAM\'s event types (did you mean HttpApi?), which SAM refuses; not read',
      'Resources.F.Properties.Events.None.Type: none is given, which SAM refuses; not read',
      'Resources.F.Properties.Events.Lower.Type: "sqs" is spelt SQS in SAM\'s event types, which SAM refuses otherwise',
    ]);
  });

  it('says Globals it cannot read: not a mapping, a Function section that is none, a section SAM does not have (each went unread in silence)', () => {
    const info = (globals: string) =>
      read(`Transform: AWS::Serverless-2016-10-31\nGlobals: ${globals}\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h } }\n`);
    expect(info('{ Function: [{ MemorySize: 2048 }] }').assumptions).toEqual(['Globals.Function: [{"MemorySize":2048}] is not a mapping of properties; none of it is read']);
    expect(info('[{ Function: { MemorySize: 2048 } }]').assumptions).toEqual(['Globals: [{"Function":{"MemorySize":2048}}] is not a mapping of sections; none of it is read']);
    expect(info('{ Functions: { MemorySize: 2048 }, Api: {} }').assumptions).toEqual([
      "Globals.Functions: is not a section of SAM's Globals (did you mean Function?); SAM refuses the template, and its settings are not read",
    ]);
    expect(info('{ Function: { MemorySize: 2048 }, HttpApi: {}, SimpleTable: {} }').functions[0]!.memoryMb).toBe(2048);
    // SAM merges Globals before any intrinsic is worked out, and takes Fn::If for a property it does not have.
    const chosen = info('{ Function: !If [Prod, { MemorySize: 2048 }, { MemorySize: 512 }] }');
    expect(chosen.functions[0]!.memoryMb).toBe(128);
    expect(chosen.assumptions).toEqual([
      "Globals.Function.Fn::If: SAM takes a Globals section's properties as written, not an intrinsic function for them; it refuses the template, and the Fn::If is not read",
    ]);
  });

  it("says a setting written in the other kind's case (memorySize in SAM, MemorySize in a serverless.yml), which went unread in silence", () => {
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals: { Function: { timeout: 30 } }\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, memorySize: 2048, MemorySize: 512 } }\n',
    );
    expect(sam.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds])).toEqual([[512, 3]]);
    expect(sam.assumptions).toEqual([
      'Globals.Function.timeout: is not read; the setting is spelt Timeout',
      'Resources.F.memorySize: is not read; the setting is spelt MemorySize',
    ]);
    const serverless = read('service: s\nprovider: { name: aws, MemorySize: 2048 }\nfunctions:\n  a: { handler: h, Timeout: 30, memorysize: 512 }\n');
    expect(serverless.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds])).toEqual([[1024, 6]]);
    expect(serverless.assumptions).toEqual([
      'provider.MemorySize: is not read; the setting is spelt memorySize',
      'functions.a.Timeout: is not read; the setting is spelt timeout',
      'functions.a.memorysize: is not read; the setting is spelt memorySize',
    ]);
  });

  it('says IgnoreGlobals written among a function’s properties, where SAM refuses it and it went unread in silence', () => {
    const template = (where: string) =>
      read(`Transform: AWS::Serverless-2016-10-31\nGlobals: { Function: { MemorySize: 2048 } }\nResources:\n  F: { Type: AWS::Serverless::Function, ${where} }\n`);
    const misplaced = template('Properties: { Handler: h, IgnoreGlobals: [MemorySize] }');
    expect(misplaced.functions[0]!.memoryMb).toBe(2048);
    expect(misplaced.assumptions).toEqual([
      'Resources.F.Properties.IgnoreGlobals: is not read; IgnoreGlobals is an attribute of the resource, beside Type and Properties, where SAM reads it (it refuses it as a property), so Globals apply',
    ]);
    const attribute = template('IgnoreGlobals: [MemorySize], Properties: { Handler: h }');
    expect(attribute.functions[0]!.memoryMb).toBe(128);
    expect(attribute.assumptions).toEqual([]);
  });

  it('says a setting misspelt (MemorySiz, timout), which went unread in silence, but no other property of the function near one (Tags, logs, stage)', () => {
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals: { Function: { Timout: 30, Tracing: Active } }\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, MemorySiz: 2048, Event: {}, Tags: {}, Role: r } }\n  G: { Type: AWS::Lambda::Function, Properties: { Handler: h, Code: {}, TracingConfig: {}, MemmorySize: 512 } }\n',
    );
    expect(sam.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds])).toEqual([
      [128, 3],
      [128, 3],
    ]);
    expect(sam.assumptions).toEqual([
      'Globals.Function.Timout: is not read; did you mean Timeout?',
      'Resources.F.MemorySiz: is not read; did you mean MemorySize?',
      'Resources.F.Event: is not read; did you mean Events?',
      'Resources.G.MemmorySize: is not read; did you mean MemorySize?',
    ]);
    const serverless = read(
      'service: s\nprovider: { name: aws, stage: dev, region: us-east-1, memorySiz: 2048 }\nfunctions:\n  a: { handler: h, timout: 30, tags: {}, logs: {}, warmup: true, cors: true, node: x, urll: u }\n',
    );
    expect(serverless.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds])).toEqual([[1024, 6]]);
    // A short key two edits from a setting is another word (an http event's cors misplaced was "did you mean logs?"); one edit is a slip.
    expect(serverless.assumptions).toEqual([
      'provider.memorySiz: is not read; did you mean memorySize?',
      'functions.a.timout: is not read; did you mean timeout?',
      'functions.a.urll: is not read; did you mean url?',
    ]);
  });

  it("prices the provisioned concurrency of a function's AWS::Lambda::Alias or Version, as the CDK writes it (it went unpriced), and says one of no function", () => {
    const info = read(
      [
        'Resources:',
        '  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h, MemorySize: 1024 } }',
        '  Version: { Type: AWS::Lambda::Version, Properties: { FunctionName: !Ref Fn, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } } }',
        '  Alias: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !GetAtt Fn.Arn, Name: live, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 50 } } }',
        '  Other: { Type: AWS::Lambda::Alias, Properties: { FunctionName: elsewhere, Name: live, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 } } }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => fn.provisionedConcurrency)).toEqual([52]);
    // A figure Lambda refuses is said at the alias that writes it, not at the function.
    expect(() =>
      read(
        'Resources:\n  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n  Alias:\n    Type: AWS::Lambda::Alias\n    Properties: { FunctionName: !Ref Fn, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 0.5 } }\n',
      ),
    ).toThrow(
      expect.objectContaining({ location: expect.objectContaining({ line: 5, path: 'Resources.Alias.Properties.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions' }) }),
    );
    expect(info.assumptions).toEqual([
      "Resources.Other.Properties.FunctionName: names none of the template's functions; the provisioned concurrency the alias configures is not priced",
    ]);
    // An alias on a condition that does not hold is priced as a function on one is, and said so.
    const conditional = read(
      'Parameters: { Env: { Type: String, Default: dev } }\nConditions: { IsProd: !Equals [!Ref Env, prod] }\nResources:\n  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n  Alias: { Type: AWS::Lambda::Alias, Condition: IsProd, Properties: { FunctionName: !Ref Fn, Name: live, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 4 } } }\n',
    );
    expect(conditional.functions.map((fn) => fn.provisionedConcurrency)).toEqual([4]);
    expect(conditional.assumptions).toEqual([
      "Resources.Alias: its Condition IsProd does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
    ]);
    // A count from a parameter without a default was quoted as `{"Ref":"Count"} is not a number`; one from a parameter's
    // default is quoted as it works out, not as the Ref.
    const fromParameters = read(
      [
        'Parameters: { Count: { Type: Number }, Word: { Type: String, Default: ten } }',
        'Resources:',
        '  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  Unknown: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Fn, Name: a, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: !Ref Count } } }',
        '  Worded: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Fn, Name: b, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: !Ref Word } } }',
        '',
      ].join('\n'),
    );
    expect(fromParameters.functions.map((fn) => fn.provisionedConcurrency)).toEqual([0]);
    expect(fromParameters.assumptions.filter((note) => note.endsWith('not priced'))).toEqual([
      'Resources.Unknown.Properties.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: Ref cannot be worked out from the template alone; not priced',
      'Resources.Worded.Properties.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: "ten" is not a number; not priced',
    ]);
  });

  it("says an API declared as resources that no function's events put in front of it (as the CDK writes one): its requests went unpriced without a word", () => {
    const info = read(
      [
        'Resources:',
        '  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: h } }',
        '  Rest: { Type: AWS::ApiGateway::RestApi, Properties: { Name: r } }',
        '  Http: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP } }',
        '  Socket: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: WEBSOCKET } }',
        '',
      ].join('\n'),
    );
    const unpriced = "that no function's Api or HttpApi event names; its requests are not priced (its routes, methods, definition and integrations are not read)";
    expect(info.assumptions).toEqual([
      `Resources.Rest: an API (AWS::ApiGateway::RestApi) ${unpriced}`,
      `Resources.Http: an API (AWS::ApiGatewayV2::Api HTTP) ${unpriced}`,
      `Resources.Socket: an API (AWS::ApiGatewayV2::Api WEBSOCKET) ${unpriced}`,
    ]);
    // An API a function's events put it behind is priced with it: nothing to say.
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Api: { Type: AWS::Serverless::Api, Properties: { StageName: p } }\n  Fn: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { Get: { Type: Api, Properties: { RestApiId: !Ref Api, Path: /, Method: get } } } } }\n',
    );
    expect(sam.assumptions).toEqual([]);
  });

  it("takes !FindInMap's DefaultValue where the mapping has no such key, as CloudFormation does (the tool's default was priced in its place)", () => {
    const info = read(
      'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\nMappings:\n  Sizes: { prod: { memory: 2048, timeout: 30 } }\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !FindInMap [Sizes, dev, memory, { DefaultValue: 512 }], Timeout: !FindInMap [Sizes, prod, timeout, { DefaultValue: 5 }] }\n',
    );
    expect(info.functions.map((fn) => [fn.memoryMb, fn.timeoutSeconds])).toEqual([[512, 30]]);
    expect(info.assumptions).toEqual([]);
  });

  it.each([
    [
      '!FindInMap through __proto__',
      'Mappings:\n  M: { a: { b: 512 } }\n',
      'MemorySize: !FindInMap [M, __proto__, toString]',
      'Resources.F.MemorySize: could not look up Fn::FindInMap: M has no key "__proto__"; the default is used',
    ],
    [
      '!FindInMap through constructor',
      'Mappings:\n  M: { a: { b: 512 } }\n',
      'MemorySize: !FindInMap [M, constructor, name]',
      'Resources.F.MemorySize: could not look up Fn::FindInMap: M has no key "constructor"; the default is used',
    ],
    [
      '!FindInMap of a map the template lacks',
      'Mappings:\n  M: { a: { b: 512 } }\n',
      'MemorySize: !FindInMap [Sizes, a, b]',
      'Resources.F.MemorySize: could not look up Fn::FindInMap: Mappings has no "Sizes"; the default is used',
    ],
    [
      '!FindInMap of a second-level key the mapping lacks',
      'Mappings:\n  M: { a: { b: 512 } }\n',
      'MemorySize: !FindInMap [M, a, memory]',
      'Resources.F.MemorySize: could not look up Fn::FindInMap: M.a has no key "memory"; the default is used',
    ],
    ['!Ref of toString', '', 'MemorySize: !Ref toString', 'Resources.F.MemorySize: toString is not known from the template alone; the default is used'],
    [
      '!Ref of a parameter named hasOwnProperty',
      'Parameters: { Size: { Type: Number, Default: 512 } }\n',
      'MemorySize: !Ref hasOwnProperty',
      'Resources.F.MemorySize: hasOwnProperty is not known from the template alone; the default is used',
    ],
    [
      '!If on a condition named constructor',
      'Conditions: { Big: !Equals [a, b] }\n',
      'MemorySize: !If [constructor, 1024, 512]',
      'Resources.F.MemorySize: assumed condition constructor holds (the template has no condition constructor, which CloudFormation refuses)',
    ],
  ])('%s finds nothing that every object inherits', (_what, head, setting, assumption) => {
    // Before, the lookup reached Object.prototype: "undefined is not a number", or a condition read from the Object function.
    const info = read(`Transform: AWS::Serverless-2016-10-31\n${head}Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      ${setting}\n`);
    expect(info.assumptions).toEqual([assumption]);
  });

  it.each([
    ['a !Ref of a mapping', 'MemorySize: { Ref: { a: 1 } }', 'Resources.F.MemorySize: a Ref to {"a":1} names no parameter; the default is used'],
    ['a !Ref of a list', 'MemorySize: { Ref: [a, b] }', 'Resources.F.MemorySize: a Ref to ["a","b"] names no parameter; the default is used'],
    [
      '!If on a condition written as a mapping',
      "MemorySize: { 'Fn::If': [{ a: 1 }, 1024, 512] }",
      'Resources.F.MemorySize: assumed condition {"a":1} holds (the template has no condition {"a":1}, which CloudFormation refuses)',
    ],
    // The default stood in for these without a word.
    [
      '!If of two arguments',
      "MemorySize: { 'Fn::If': [C, 1024] }",
      'Resources.F.MemorySize: Fn::If takes a condition and two values, not ["C",1024] (CloudFormation refuses it); the default is used',
    ],
    [
      '!FindInMap of two arguments',
      "MemorySize: { 'Fn::FindInMap': [M, a] }",
      'Resources.F.MemorySize: Fn::FindInMap takes a mapping\'s name and two keys, not ["M","a"] (CloudFormation refuses it); the default is used',
    ],
  ])('%s is quoted, not printed as [object Object]', (_what, setting, assumption) => {
    const info = read(`Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      ${setting}\n`);
    expect(info.assumptions).toEqual([assumption]);
  });

  it('says a nested setting it cannot read (a number where the mapping goes, a word for the count, the member miscased): 5 environments kept warm went unpriced without a word', () => {
    const fn = (name: string, storage: string, provisioned: string) =>
      `  ${name}:\n    Type: AWS::Serverless::Function\n    Properties:\n      AutoPublishAlias: live\n      EphemeralStorage: ${storage}\n      ProvisionedConcurrencyConfig: ${provisioned}\n`;
    const info = read(
      `Transform: AWS::Serverless-2016-10-31\nResources:\n${fn('F', '{ Size: 10GB }', '{ ProvisionedConcurrentExecutions: ten }')}${fn('G', '4096', '5')}${fn('H', '{ size: 4096 }', '{ provisionedConcurrentExecutions: 5 }')}${fn('I', '{}', '{ ProvisionedConcurrentExecutions: 2 }')}`,
    );
    expect(info.functions.map((each) => [each.ephemeralStorageMb, each.provisionedConcurrency])).toEqual([
      [512, 0],
      [512, 0],
      [512, 0],
      [512, 2],
    ]);
    expect(info.assumptions).toEqual([
      'Resources.F.EphemeralStorage.Size: "10GB" is not a number; used 512',
      'Resources.F.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: "ten" is not a number; used 0',
      'Resources.G.EphemeralStorage: 4096 is not a mapping with Size; used 512',
      'Resources.G.ProvisionedConcurrencyConfig: 5 is not a mapping with ProvisionedConcurrentExecutions; used 0',
      'Resources.H.EphemeralStorage.size: is not read; the setting is spelt Size; used 512',
      'Resources.H.ProvisionedConcurrencyConfig.provisionedConcurrentExecutions: is not read; the setting is spelt ProvisionedConcurrentExecutions; used 0',
      'Resources.I.EphemeralStorage: has no Size; used 512',
    ]);
  });

  it("quotes a parameter's default of 100,000 characters cut short, as every setting (it was printed whole, twice)", () => {
    const long = 'x'.repeat(100_000);
    const info = read(
      `Transform: AWS::Serverless-2016-10-31\nParameters:\n  M: { Type: String, Default: ${long} }\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !Ref M }\n`,
    );
    expect(info.assumptions).toEqual([
      `Resources.F.MemorySize: used parameter M's default, "${'x'.repeat(40)}…"`,
      `Resources.F.MemorySize: "${'x'.repeat(40)}…" is not a number; used 128`,
    ]);
  });

  it('quotes a condition named by 100,000 characters cut short, as every name (it was printed whole)', () => {
    const long = 'C'.repeat(100_000);
    const info = read(
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: { 'Fn::If': [${long}, 1024, 512] } }\n`,
    );
    expect(info.assumptions).toEqual([
      `Resources.F.MemorySize: assumed condition ${'C'.repeat(40)}… holds (the template has no condition ${'C'.repeat(40)}…, which CloudFormation refuses)`,
    ]);
  });

  it('refuses a parameter\'s default past a double through !Ref as the default writes it, not "∞" nor .inf', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nParameters:\n  M: { Type: Number, Default: '1e400' }\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: !Ref M }\n`;
    expect(() => read(text)).toThrow('function F: MemorySize 1e400 is not what Lambda accepts');
    // 23 nines were quoted as the double they are read as, 100,000,000,000,000,000,000,000.
    expect(() => read(text.replace("'1e400'", '99999999999999999999999'))).toThrow('function F: MemorySize 99,999,999,999,999,999,999,999 is not what Lambda accepts');
  });

  it("quotes a serverless.yml's number past a double reached through a variable as the file writes it, not as the double", () => {
    const settings = (custom: string, memory: string) => `service: s\nprovider: { name: aws }\ncustom: { ${custom} }\nfunctions:\n  f: { handler: h, memorySize: '${memory}' }\n`;
    // Through ${self:}, as custom.m writes it (.inf before); through a fallback, as the fallback writes it (100,000,000,000,000,000,000,000 before).
    expect(() => read(settings('m: 1e400', '${self:custom.m}'))).toThrow('function f: memorySize 1e400 is not what Lambda accepts');
    expect(() => read(settings('m: 99999999999999999999999', '${self:custom.m}'))).toThrow('function f: memorySize 99,999,999,999,999,999,999,999 is not');
    expect(() => read(settings('n: 1', '${env:MEMORY, 99999999999999999999999}'))).toThrow('function f: memorySize 99,999,999,999,999,999,999,999 is not');
    expect(() => read(settings('n: 1', '${self:custom.none, "1e400"}'))).toThrow('function f: memorySize 1e400 is not what Lambda accepts');
  });

  it('says an Architectures list of other than one, whose others were passed over in silence', () => {
    const sam = read(
      'Resources:\n  A: { Type: AWS::Lambda::Function, Properties: { Architectures: [arm64, x86_64] } }\n  B: { Type: AWS::Serverless::Function, Properties: { Architectures: [] } }\n  C: { Type: AWS::Serverless::Function, Properties: { Architectures: [arm64] } }\n',
    );
    expect(sam.functions.map((fn) => fn.architecture)).toEqual(['arm64', 'x86_64', 'arm64']);
    expect(sam.assumptions).toEqual([
      'Resources.A.Architectures: ["arm64","x86_64"] lists 2 architectures, where a Lambda function has exactly one; priced as the first, arm64',
      "Resources.B.Architectures: is an empty list, where a Lambda function has exactly one architecture; priced as x86_64, Lambda's default",
    ]);
  });

  it('says an architecture that is neither arm64 nor x86_64, which was read as x86_64 in silence', () => {
    const serverless = read(
      'service: s\nprovider: { name: aws, architecture: ARM64 }\nfunctions:\n  a: { handler: h, architecture: arm }\n  b: { handler: h }\n  c: { handler: h, architecture: arm64 }\n',
    );
    expect(serverless.functions.map((fn) => fn.architecture)).toEqual(['x86_64', 'x86_64', 'arm64']);
    expect(serverless.assumptions).toEqual([
      'provider.architecture: "ARM64" is neither arm64 nor x86_64; used x86_64',
      'functions.a.architecture: "arm" is neither arm64 nor x86_64; used x86_64',
    ]);
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals: { Function: { Architectures: arm64 } }\nResources:\n  A: { Type: AWS::Serverless::Function }\n  B: { Type: AWS::Serverless::Function, Properties: { Architectures: [ARM64] } }\n',
    );
    expect(sam.functions.map((fn) => fn.architecture)).toEqual(['arm64', 'x86_64']);
    expect(sam.assumptions).toEqual([
      'Globals.Function.Architectures: is a list in SAM ([arm64]); read "arm64" as [arm64]',
      'Resources.B.Architectures: "ARM64" is neither arm64 nor x86_64; used x86_64',
    ]);
    // A Globals setting is said once, where Globals writes it: it was said of each function, at a key none of them has.
    const twice = read(
      'Transform: AWS::Serverless-2016-10-31\nParameters: { Mem: { Type: Number } }\nGlobals: { Function: { Architectures: [arm64, x86_64], MemorySize: !Ref Mem } }\nResources:\n  A: { Type: AWS::Serverless::Function }\n  B: { Type: AWS::Serverless::Function }\n  C: { Type: AWS::Serverless::Function, Properties: { MemorySize: !Ref Mem, Architectures: [x86_64] } }\n',
    );
    expect(twice.functions.map((fn) => fn.architecture)).toEqual(['arm64', 'arm64', 'x86_64']);
    expect(twice.assumptions).toEqual([
      'Globals.Function.MemorySize: Mem is not known from the template alone; the default is used',
      'Globals.Function.Architectures: ["arm64","x86_64"] lists 2 architectures, where a Lambda function has exactly one; priced as the first, arm64',
      'Resources.C.MemorySize: Mem is not known from the template alone; the default is used',
    ]);
  });

  it('works out a variable inside another, the inner one first (before, the outer one was left as text: "not a number")', () => {
    const info = read(
      "service: s\nprovider: { name: aws, memorySize: '${opt:mem, ${env:MEM, 512}}' }\ncustom: { which: big, big: 2048 }\nfunctions:\n  a: { handler: h }\n  b: { handler: h, memorySize: '${self:custom.${self:custom.which}}' }\n",
    );
    expect(info.functions.map((fn) => fn.memoryMb)).toEqual([512, 2048]);
    expect(info.assumptions).toEqual([]);
  });

  it('says what it does not expand: Fn::ForEach, nested stacks and Fn::Transform (before, their functions were left out in silence)', () => {
    const info = read(
      [
        'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
        'Resources:',
        '  Fn::ForEach::Fns: [Name, [a, b], { "${Name}Fn": { Type: AWS::Serverless::Function } }]',
        '  App: { Type: AWS::Serverless::Application, Properties: { Location: ./child.yaml } }',
        '  Stack: { Type: AWS::CloudFormation::Stack, Properties: { TemplateURL: ./child.yaml } }',
        '  F:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { "Fn::Transform": { Name: AWS::Include, Parameters: { Location: s3://b/p.yaml } } }',
        '',
      ].join('\n'),
    );
    expect(info.functions.map((fn) => fn.name)).toEqual(['F']);
    expect(info.assumptions).toEqual([
      'Resources.Fn::ForEach::Fns: Fn::ForEach is not expanded; the functions it makes are not priced',
      'Resources.App: a nested stack (AWS::Serverless::Application) is not read; the functions of its template are not priced (price that template on its own)',
      'Resources.Stack: a nested stack (AWS::CloudFormation::Stack) is not read; the functions of its template are not priced (price that template on its own)',
      'Resources.F.Properties: Fn::Transform is not applied; the properties it would add are not read',
    ]);
  });

  it('says twenty of each kind it does not expand one by one, and counts the rest in one note (100,000 of them took 4.4 s)', () => {
    const keys = Array.from({ length: 25 }, (_, index) => `  Fn::ForEach::L${index}: [Name, [a], {}]`);
    const stacks = Array.from({ length: 22 }, (_, index) => `  S${index}: { Type: AWS::CloudFormation::Stack }`);
    const info = read(['Resources:', '  F: { Type: AWS::Serverless::Function }', ...keys, ...stacks, ''].join('\n'));
    const forEach = info.assumptions.filter((note) => note.includes('Fn::ForEach'));
    expect(forEach).toHaveLength(21);
    expect(forEach[19]).toBe('Resources.Fn::ForEach::L19: Fn::ForEach is not expanded; the functions it makes are not priced');
    expect(forEach[20]).toBe('Resources: 5 more Fn::ForEach keys are not expanded; the functions they make are not priced');
    expect(info.assumptions.filter((note) => note.includes('nested stack')).at(-1)).toBe(
      'Resources: 2 more nested stacks are not read; the functions of their templates are not priced',
    );
  });

  it('keeps the last of duplicate keys, with a warning naming the key', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      MemorySize: 256\n      MemorySize: 512\n',
    );
    expect(info.functions[0]!.memoryMb).toBe(512);
    expect(info.assumptions[0]).toBe('duplicate key "MemorySize" at line 7 (and maybe others): the last value is used');
  });

  it('names a long duplicate key by its first 40 characters: one of 100,000 written twice was a warning of 100 KB', () => {
    const key = 'k'.repeat(100_000);
    const info = read(`Transform: AWS::Serverless-2016-10-31\n? ${key}\n: 1\n? ${key}\n: 2\nResources:\n  F: { Type: AWS::Serverless::Function }\n`);
    expect(info.assumptions[0]).toBe(`duplicate key "${'k'.repeat(40)}…" at line 4 (and maybe others): the last value is used`);
  });

  it('says a value written empty, which CloudFormation refuses, and prices the setting as not written: Globals sized at 2,048 MB was priced at 128 without a word', () => {
    const info = read(
      'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    MemorySize: 2048\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      MemorySize:\n      Timeout: ~\n      Layers: [null]\n',
    );
    expect(info.functions[0]!.memoryMb).toBe(2048);
    expect(info.assumptions).toContain(
      'Resources.F.Properties.MemorySize at line 9 is empty (and 2 more): CloudFormation refuses a template with an empty (null) value ("\'null\' values are not allowed in templates"); priced as if it were not written',
    );
  });

  it('names an empty member of a list by its index, and no serverless.yml, whose nulls the Framework drops', () => {
    expect(read('Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Layers: [a, ~] }\n').assumptions).toContain(
      'Resources.F.Properties.Layers[1] at line 5 is empty: CloudFormation refuses a template with an empty (null) value ("\'null\' values are not allowed in templates"); priced as if it were not written',
    );
    expect(read('service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  api: { handler: h, memorySize: ~ }\n').assumptions.join('\n')).not.toMatch(/empty/);
  });

  it('sends a cookiecutter template back to be rendered', () => {
    expect(() => read('Transform: AWS::Serverless-2016-10-31\nResources:\n  {{ cookiecutter.function_name }}:\n    Type: AWS::Serverless::Function\n')).toThrow(
      'is a cookiecutter template',
    );
  });
});

describe('the source documents’ templates, priced by hand', () => {
  it('image-processor serverless.yml: $93.51', () => {
    const result = runCli(['estimate', 'scenarios/templates/image-processor/serverless.yml', '--usage', 'scenarios/templates/image-processor/usage.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    const items = Object.fromEntries(JSON.parse(result.stdout).platforms.serverless.line_items.map((i: { id: string; monthly_usd: string }) => [i.id, i.monthly_usd]));
    // processImage: 5 provisioned × 2 GB × 730 h × 3,600 s = 26,280,000 GB-s × $0.0000033334 (arm64) = $87.60;
    //   its 250,000 runs × 0.8 s × 2 GB = 400,000 GB-s on the provisioned rate, × $0.0000077778 = $3.11.
    // getImage: 1,000,000 × 0.05 s × 0.25 GB = 12,500 GB-s, inside the free tier.
    // Requests: 1,250,000 − 1,000,000 free = 0.25M × $0.20 = $0.05. HTTP API (httpApi event): 1M × $1.00.
    // Logs: 1,250,000 × 264 B = 0.33 GB and 0.594 GB-months stored, inside the free 5 of each.
    // The bucket processImage's s3 event has the Framework create: 250,000 PUTs × $0.005/1,000 = $1.25 and
    // 1,250,000 GETs × $0.0004/1,000 = $0.50.
    expect(items).toEqual({
      'lambda.requests': '0.05',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda.provisioned-concurrency.arm64': '87.60',
      'lambda.provisioned-duration.arm64': '3.11',
      'api-gateway.http.requests.tier-1': '1.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      's3.put-requests': '1.25',
      's3.get-requests': '0.50',
    });
    expect(JSON.parse(result.stdout).platforms.serverless.monthly_usd).toBe('93.51');
  });

  it('thumbnail SAM template: 100,000 images of 800 ms at 512 MB without the free tier, $0.70', () => {
    // 100,000 × 0.8 s × 0.5 GB = 40,000 GB-s × $0.0000166667 = $0.67; 0.1M requests × $0.20 = $0.02;
    // logs 100,000 × 264 B = 0.0264 GB × $0.50 = $0.0132 → $0.01, stored 0.04752 GB-months × $0.03 → $0.00.
    const result = runCli(['estimate', 'scenarios/templates/thumbnail-sam/template.yaml', '--usage', 'scenarios/templates/thumbnail-sam/usage.yaml', '--format', 'json']);
    expect(JSON.parse(result.stdout).platforms.serverless.monthly_usd).toBe('0.70');
  });
});

describe('the usage file', () => {
  const template = 'scenarios/templates/image-processor/serverless.yml';
  const errorOf = (usage: string) => {
    try {
      loadTemplateScenario(template, readFileSync(template, 'utf8'), 'serverless', { usageFile: tempFile(usage, 'usage.yaml') });
    } catch (error) {
      return formatError(error as SlcostError).replace(/^.*usage\.yaml/, 'USAGE');
    }
    throw new Error('expected an error');
  };

  it('says its api_gateway settings for a kind of API the template has none of: a WebSocket message size beside an HTTP API, the whole block for no API, went unread without a word', () => {
    const notes = (templateText: string, usage: string) =>
      loadTemplateScenario('t.yaml', templateText, 'sam', { usageFile: tempFile(usage, 'usage.yaml') })
        .notes!.map((note) => note.message)
        .filter((message) => message.startsWith('api_gateway'));
    const withHttpApi = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Events: { Get: { Type: HttpApi } } }\n';
    const usage = 'functions: { F: { requests_per_month: 1000, duration_ms: 10 } }\napi_gateway: { request_size_kb: 40, message_size_kb: 4, free_tier: true }\n';
    expect(notes(withHttpApi, usage)).toEqual(['api_gateway.message_size_kb in the usage file is not read: it is for a WebSocket API, and the template has none']);
    expect(notes('Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function }\n', usage)).toEqual([
      'api_gateway in the usage file is not read (request_size_kb, message_size_kb, free_tier): the template has no API Gateway API',
    ]);
  });

  it('says "*"\'s stream where a stream invokes none of the functions, where it went unread without a word', () => {
    const notes = (events: string) =>
      loadTemplateScenario(
        't.yaml',
        `Transform: AWS::Serverless-2016-10-31\nResources:\n  S: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 2 } }\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Events: ${events} }\n`,
        'sam',
        { usageFile: tempFile('functions: { "*": { requests_per_month: 1000, duration_ms: 10, stream: { shards: 4 } } }\n', 'usage.yaml') },
      ).notes!.filter((note) => note.message.startsWith('functions."*".stream'));
    expect(notes('{ Get: { Type: HttpApi } }')).toHaveLength(1);
    expect(notes('{ Read: { Type: Kinesis, Properties: { Stream: !GetAtt S.Arn, StartingPosition: LATEST } } }')).toEqual([]);
  });

  it('says why a serverless.yml whose functions: are in another file, or are no mapping, has none to price, at that line', () => {
    const refusal = (functions: string) => {
      try {
        loadTemplateScenario('serverless.yml', `service: s\nprovider: { name: aws }\nfunctions: ${functions}\ncustom: { f: 7 }\n`, 'serverless', { usageFile: null });
      } catch (error) {
        return formatError(error as SlcostError);
      }
      throw new Error('expected an error');
    };
    // It said "has no Lambda functions to price (functions)" of the file alone, with nothing of the file it could not read.
    expect(refusal('${file(functions.yml)}')).toBe(
      'serverless.yml:3:12: has no Lambda functions to price (functions): functions: "${file(functions.yml)}" is in another file or a source slcost does not read; the functions it names are not priced (at functions)',
    );
    expect(refusal('${self:custom.f}')).toBe(
      'serverless.yml:3:12: has no Lambda functions to price (functions): functions: 7 is not a mapping of functions the file holds; the functions it names are not priced (at functions)',
    );
    // An empty block, at it (the message named no line).
    expect(refusal('{}')).toBe('serverless.yml:3:12: has no Lambda functions to price (functions) (at functions)');
  });

  it('says a SAM template without functions at its Resources, and a Resources that is a list as one (it named no line)', () => {
    const refusal = (resources: string) => {
      try {
        loadTemplateScenario('template.yaml', `Transform: AWS::Serverless-2016-10-31\nResources: ${resources}\n`, 'sam', { usageFile: null });
      } catch (error) {
        return formatError(error as SlcostError);
      }
      throw new Error('expected an error');
    };
    expect(refusal('{}')).toBe('template.yaml:2:12: has no Lambda functions to price (AWS::Serverless::Function or AWS::Lambda::Function resources) (at Resources)');
    expect(refusal('[Fn]')).toBe(
      'template.yaml:2:12: has no Lambda functions to price (AWS::Serverless::Function or AWS::Lambda::Function resources); its Resources is a list, where CloudFormation takes a mapping of logical ids (at Resources)',
    );
  });

  it('says a figure quoted with spaces around it is that, not a number written with separators (it was told to "write numbers without separators")', () => {
    expect(errorOf("functions:\n  '*': { requests_per_month: '  1000 ', duration_ms: 10 }\n")).toBe(
      'USAGE:2:30: expected a number, got the string "  1000 "; write the number without quotes or the spaces around it: 1000 (at functions.*.requests_per_month)',
    );
    // Spaces between its digits are separators, as before.
    expect(errorOf("functions:\n  '*': { requests_per_month: '1 000 000', duration_ms: 10 }\n")).toMatch(/"1 000 000"; write numbers without separators, e\.g\. 10000000 \(at/);
  });

  it('names the template’s functions when it lists one the template lacks', () => {
    expect(errorOf('functions:\n  processImg: { requests_per_month: 1, duration_ms: 1 }\n')).toBe(
      `USAGE:2:3: the template ${template} has no function "processImg"; its functions are: processImage, getImage (at functions.processImg)`,
    );
  });

  it('says which function a name from the console or the stack is, where it was told the list of functions alone', () => {
    const load = (file: string, text: string, kind: 'serverless' | 'sam', usage: string) => {
      try {
        loadTemplateScenario(file, text, kind, { usageFile: tempFile(usage, 'usage.yaml') });
      } catch (error) {
        return formatError(error as SlcostError).replace(/^.*usage\.yaml/, 'USAGE');
      }
      return 'read';
    };
    // The Framework deploys `resize` as <service>-<stage>-<key> (stage dev by default), `thumbs` as its name:, and
    // writes each as <Key>LambdaFunction, a dash as Dash.
    const framework = 'service: shop\nprovider: { name: aws }\nfunctions:\n  resize: { handler: h }\n  thumbs: { handler: h, name: custom-thumbs }\n  make-pdf: { handler: h }\n';
    const framed = (name: string) => load('serverless.yml', framework, 'serverless', `functions:\n  ${name}: { requests_per_month: 1, duration_ms: 1 }\n`);
    expect(framed('shop-dev-resize')).toBe(
      'USAGE:2:3: the template serverless.yml has no function "shop-dev-resize": that is the name function resize is deployed as; a usage file names a function by its key under functions: write resize (at functions.shop-dev-resize)',
    );
    expect(framed('custom-thumbs')).toMatch(/: that is the name function thumbs is deployed as; .*: write thumbs \(at/);
    expect(framed('MakeDashpdfLambdaFunction')).toBe(
      'USAGE:2:3: the template serverless.yml has no function "MakeDashpdfLambdaFunction": that is the logical id of function make-pdf\'s resource; a usage file names a function by its key under functions: write make-pdf (at functions.MakeDashpdfLambdaFunction)',
    );
    // The letter after a dash keeps its case, as the Framework writes it: another id is no resource of it.
    expect(framed('MakeDashPdfLambdaFunction')).toMatch(/has no function "MakeDashPdfLambdaFunction"; its functions are/);
    // A SAM function by its FunctionName; one worked out by !Sub of the stack's name is no name to match.
    const sam =
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Plain:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: a.b, Runtime: nodejs20.x, FunctionName: shop-plain }\n';
    expect(load('t.yaml', sam, 'sam', 'functions:\n  shop-plain: { requests_per_month: 1, duration_ms: 1 }\n')).toBe(
      'USAGE:2:3: the template t.yaml has no function "shop-plain": that is the FunctionName of Plain; a usage file names a function by its logical id: write Plain (at functions.shop-plain)',
    );
  });

  it('says a function named in another Unicode form than the template’s is that, not a function the template lacks, and refuses two such in a template', () => {
    // "café" with one code point in the template, with two (e + U+0301) in the usage file: the message printed "no function café; its functions are: café".
    const template = "service: s\nprovider: { name: aws }\nfunctions:\n  'caf\u00e9': { handler: h }\n";
    const load = (text: string, usage: string) => {
      try {
        loadTemplateScenario('t.yaml', text, 'serverless', { usageFile: tempFile(usage, 'usage.yaml') });
      } catch (error) {
        return formatError(error as SlcostError).replace(/^.*usage\.yaml/, 'USAGE');
      }
      return 'read';
    };
    expect(load(template, 'functions:\n  "cafe\\u0301": { requests_per_month: 1, duration_ms: 1 }\n')).toBe(
      'USAGE:2:3: the template t.yaml has no function "cafe\u0301" written so: its "caf\u00e9" is the same name in other Unicode code points; write it as the template does (at functions.cafe\u0301)',
    );
    expect(load(template, 'functions:\n  "caf\\u00e9": { requests_per_month: 1, duration_ms: 1 }\n')).toBe('read');
    expect(load(`${template}  'cafe\u0301': { handler: h }\n`, 'functions: {}\n')).toBe(
      't.yaml:5:3: the name of a function "cafe\u0301" is the name of another, "caf\u00e9", written with other Unicode code points: both would print alike (at functions.cafe\u0301)',
    );
  });

  it('says functions: written as a list of names is not a mapping, in words (it was zod\'s "expected record")', () => {
    expect(errorOf('functions: [processImage]\n')).toBe('USAGE:1:12: expected a mapping, got a list […] (at functions)');
  });

  it('needs a duration when it gives requests', () => {
    expect(errorOf('functions:\n  getImage: { requests_per_month: 10 }\n')).toBe(
      'USAGE:2:13: function getImage needs duration_ms: the template gives only its timeout (10 s) (at functions.getImage)',
    );
  });

  it('"*" gives every function its defaults', () => {
    const scenario = loadTemplateScenario(template, readFileSync(template, 'utf8'), 'serverless', {
      usageFile: tempFile('functions:\n  "*": { requests_per_month: 1000, duration_ms: 20 }\n  getImage: { requests_per_month: 5 }\n', 'usage.yaml'),
    });
    expect(scenario.functions.map((f) => [f.name, f.requestsPerMonth.toFixed(), f.durationMs.toFixed()])).toEqual([
      ['processImage', '1000', '20'],
      ['getImage', '5', '20'],
    ]);
    // The provisioned environments ($87.60) are all that costs: 1,005 requests and 40 GB-s are inside the free tier
    // or under a cent (processImage's 40 GB-s on the provisioned rate: $0.0003; 5 HTTP API requests: $0.000005).
    expect(estimate(scenario, book()).platforms[0]!.monthlyUsd.toFixed(2)).toBe('87.60');
  });

  it('slcost usage init writes one that lists every function', () => {
    const output = tempFile('', 'unused').replace(/unused$/, 'written.yaml');
    const result = runCli(['usage', 'init', template, '--output', output]);
    expect(result.status).toBe(0);
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('  processImage: { duration_ms: 100 }   # add requests_per_month: its invocations a month');
    // Left as written, every function is one without requests, and the estimate says so (not "no usage given": each has
    // its duration).
    const estimated = runCli(['estimate', template, '--usage', output, '--format', 'json']);
    const warnings = (JSON.parse(estimated.stdout) as { warnings: { id: string; message: string }[] }).warnings;
    // It names the file just written, where they go: "the usage file" and "slcost usage init writes one" sent its reader
    // back to what they had just done.
    expect(warnings.find((warning) => warning.id === 'no_usage_given')?.message).toBe(
      `no requests_per_month in the usage file for processImage, getImage: priced at zero requests (their unit prices are in the line items); add them to ${output}`,
    );
    expect(text).toContain('  # getImage: 256 MB, arm64, timeout 10 s, behind an HTTP API');
    expect(runCli(['estimate', template, '--usage', output]).status).toBe(0);
    // The template's path has a line of its own: the sentences after it fit 80 columns.
    const [first, ...next] = text.split('\n', 4);
    expect(first).toBe(`# Usage for ${template}:`);
    for (const line of next) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('slcost usage init refuses a template without functions, as the estimate does, and writes nothing (it said "fill it in, then: slcost estimate")', () => {
    const queueOnly = tempFile('Transform: AWS::Serverless-2016-10-31\nResources:\n  Jobs: { Type: AWS::SQS::Queue }\n', 'template.yaml');
    const output = tempFile('', 'unused').replace(/unused$/, 'written.yaml');
    const result = runCli(['usage', 'init', queueOnly, '--output', output]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`slcost: ${queueOnly}:3:3: has no Lambda functions to price (AWS::Serverless::Function or AWS::Lambda::Function resources) (at Resources)\n`);
    expect(existsSync(output)).toBe(false);
    expect(runCli(['estimate', queueOnly]).stderr).toBe(result.stderr);
  });

  it('slcost usage init writes a file it reads back when a function or resource name holds a line break', () => {
    const named = tempFile(
      'service: s\nprovider: { name: aws }\nfunctions:\n  "a\\nb": { handler: h }\nresources:\n  Resources:\n    "Q\\nforged: 1":\n      Type: AWS::SQS::Queue\n',
      'serverless.yml',
    );
    const output = tempFile('', 'unused').replace(/unused$/, 'written.yaml');
    expect(runCli(['usage', 'init', named, '--output', output]).status).toBe(0);
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('  # a\\nb: 1024 MB');
    expect(text.split('\n').filter((line) => line.startsWith('forged'))).toEqual([]);
    expect(runCli(['estimate', named, '--usage', output]).status).toBe(0);
  });

  it("slcost usage init quotes the template's and the output's names as text: a line break in a folder's name forged YAML in the file, an escape reached the terminal", () => {
    const template = tempFile('service: s\nprovider: { name: aws }\nfunctions:\n  a: { handler: h }\n', 'x\nforged: 1\n#\u202e\u001b[31m/serverless.yml');
    const output = tempFile('', 'unused').replace(/unused$/, 'u\u001b]52;c;Zm9v\u0007.yaml');
    const result = runCli(['usage', 'init', template, '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("x\\nforged: 1\\n#\\u202e\\x1b[31m/serverless.yml' --usage '");
    expect(result.stdout).toContain('u\\x1b]52;c;Zm9v\\x07.yaml');
    for (const raw of ['\u0007', '\u001b', '\u202e']) expect(result.stdout).not.toContain(raw);
    const text = readFileSync(output, 'utf8');
    expect(text.split('\n').filter((line) => line.startsWith('forged'))).toEqual([]);
    for (const raw of ['\u001b', '\u202e']) expect(text).not.toContain(raw);
    expect(runCli(['estimate', template, '--usage', output]).status).toBe(0);
  });

  it("slcost usage init writes a function's or resource's name with a C1 control, a bidirectional override or an invisible character as an escape: the quoted key held them raw, and a CSI acted on the terminal that showed the file", () => {
    const named = tempFile(
      'service: s\nprovider: { name: aws }\nfunctions:\n  "a\\u009b2Jb\\u202ec\\u200bd\\u007f\\u061c\\U000E0069": { handler: h }\nresources:\n  Resources:\n    "Q\\u2028\\u0085x":\n      Type: AWS::SQS::Queue\n',
      'serverless.yml',
    );
    const output = tempFile('', 'unused').replace(/unused$/, 'written.yaml');
    expect(runCli(['usage', 'init', named, '--output', output]).status).toBe(0);
    const text = readFileSync(output, 'utf8');
    for (const raw of ['\u009b', '\u202e', '\u200b', '\u007f', '\u2028', '\u0085', '\u061c', '\u{e0069}']) expect(text).not.toContain(raw);
    expect(text).toContain('"a\\u009b2Jb\\u202ec\\u200bd\\u007f\\u061c\\udb40\\udc69": { duration_ms: 100 }');
    expect(text).toContain('- { name: "Q\\u2028\\u0085x" }');
    const usage = text.replace('{ duration_ms: 100 }', '{ duration_ms: 100, requests_per_month: 5 }');
    const result = runCli(['estimate', named, '--usage', tempFile(usage, 'usage.yaml'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).functions[0]).toMatchObject({ name: 'a\u009b2Jb\u202ec\u200bd\u007f\u061c\u{e0069}', requests_per_month: '5' });
  });
});

describe('what the cold-start and limit checks read from a template', () => {
  it('serverless.yml: runtime and SnapStart, reserved concurrency, VPC and the usage plan throttle', () => {
    const text = [
      'service: s',
      'provider:',
      '  name: aws',
      '  runtime: java17',
      '  vpc: { securityGroupIds: [sg-1], subnetIds: [subnet-1] }',
      '  apiGateway: { usagePlan: { throttle: { burstLimit: 200, rateLimit: 100 } } }',
      'functions:',
      '  a: { handler: h, snapStart: true, reservedConcurrency: 5, events: [{ http: { path: /, method: get } }] }',
      '  b: { handler: h, runtime: python3.12 }',
      '',
    ].join('\n');
    const scenario = loadTemplateScenario(tempFile(text, 'serverless.yml'), text, 'serverless', { usageFile: null });
    expect(scenario.functions.map((f) => [f.name, f.runtime, f.reservedConcurrency, f.vpc])).toEqual([
      ['a', 'java_snapstart', 5, true],
      ['b', 'python', null, true],
    ]);
    expect(scenario.settings?.throttleRps?.toFixed()).toBe('100');
  });

  it('reads SnapStart off where a template writes it off: snapStart "false" (or a fallback ${env:SNAP, false}, text) turned it on, and cold starts a fifteenth as long were shown', () => {
    const serverless = read(
      "service: s\nprovider: { name: aws, runtime: java21 }\nfunctions:\n  a: { handler: h, snapStart: 'false' }\n  b: { handler: h, snapStart: '${env:SNAP, false}' }\n  c: { handler: h, snapStart: 'True' }\n  d: { handler: h, snapStart: yes }\n",
    );
    expect(serverless.functions.map((fn) => fn.snapStart)).toEqual([false, false, true, false]);
    expect(serverless.assumptions).toEqual(['functions.d.snapStart: "yes" is neither true nor false; read as false (SnapStart off)']);
    const sam = read(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  A: { Type: AWS::Serverless::Function, Properties: { SnapStart: { ApplyOn: PublishedVersion } } }\n  B: { Type: AWS::Serverless::Function, Properties: { SnapStart: PublishedVersions } }\n  C: { Type: AWS::Serverless::Function, Properties: { SnapStart: { ApplyOn: None } } }\n  D: { Type: AWS::Serverless::Function, Properties: { SnapStart: { ApplyOn: PublishedVersions } } }\n',
    );
    expect(sam.functions.map((fn) => fn.snapStart)).toEqual([false, false, false, true]);
    expect(sam.assumptions).toEqual([
      'Resources.A.SnapStart.ApplyOn: "PublishedVersion" is neither PublishedVersions nor None; read as None (SnapStart off)',
      'Resources.B.SnapStart: "PublishedVersions" is not a mapping with ApplyOn; read as SnapStart off',
    ]);
  });

  it("says a runtime that is no Lambda identifier (it was passed over, and the cold starts shown without figures), a provider's once", () => {
    const serverless = read(
      'service: s\nprovider: { name: aws, runtime: 20 }\nfunctions:\n  a: { handler: h }\n  b: { handler: h }\n  c: { handler: h, runtime: NodeJS20.x }\n  d: { handler: h, runtime: nodejs22.x }\n',
    );
    expect(serverless.functions.map((fn) => fn.runtime)).toEqual([null, null, null, 'nodejs22.x']);
    expect(serverless.assumptions).toEqual([
      'provider.runtime: 20 is not a Lambda runtime (nodejs20.x, python3.12, java21, provided.al2023, …); read as none, so its cold starts have no latency figures',
      'functions.c.runtime: "NodeJS20.x" is not a Lambda runtime (nodejs20.x, python3.12, java21, provided.al2023, …) (did you mean nodejs20.x?); read as none, so its cold starts have no latency figures',
    ]);
    const sam = read('Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: [python3.12] } }\n');
    expect(sam.functions[0]!.runtime).toBeNull();
    expect(sam.assumptions).toEqual([
      'Resources.F.Runtime: ["python3.12"] is not a Lambda runtime (nodejs20.x, python3.12, java21, provided.al2023, …); read as none, so its cold starts have no latency figures',
    ]);
  });

  it('SAM: Runtime, ReservedConcurrentExecutions and VpcConfig, Globals included', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Globals: { Function: { Runtime: nodejs20.x, VpcConfig: { SubnetIds: [s] } } }',
      'Resources:',
      '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, ReservedConcurrentExecutions: 10 } }',
      '  G: { Type: AWS::Serverless::Function, Properties: { Handler: h, Runtime: provided.al2023 } }',
      '',
    ].join('\n');
    const scenario = loadTemplateScenario(tempFile(text, 'template.yaml'), text, 'sam', { usageFile: null });
    expect(scenario.functions.map((f) => [f.name, f.runtime, f.reservedConcurrency, f.vpc])).toEqual([
      ['F', 'nodejs', 10, true],
      ['G', undefined, null, true],
    ]);
    expect(scenario.settings?.throttleRps).toBeNull();
  });
});

describe("a serverless.yml's usage plans", () => {
  it("a list of named plans is said not to be read as the API's throttle (it went unread without a word, the API said to have none)", () => {
    const info = read(
      'service: s\nprovider:\n  name: aws\n  apiGateway:\n    usagePlan:\n      - free: { throttle: { rateLimit: 5 } }\n      - paid: { throttle: { rateLimit: 50 } }\nfunctions:\n  f: { handler: h, events: [{ http: { path: /, method: get } }] }\n',
    );
    expect(info.throttleRps).toBeNull();
    expect(info.assumptions).toEqual([
      "provider.apiGateway.usagePlan: a list of 2 plans, each throttling the API keys it is given, is not read as the API's throttle; give api_gateway.throttle.rate_limit_rps in the usage file for the most the API serves",
    ]);
  });
});

describe("a SAM API's throttle", () => {
  const api = (kind: string, properties: string, event: string) =>
    `  Api:\n    Type: AWS::Serverless::${kind}\n    Properties: ${properties}\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n      Events: { E: { Type: ${event}, Properties: { ${event === 'Api' ? 'RestApiId' : 'ApiId'}: !Ref Api, Path: /, Method: get } } }\n`;
  const sam = (body: string, globals = '') => `Transform: AWS::Serverless-2016-10-31\n${globals}Resources:\n${body}`;

  it('is read where SAM writes it (it went unread: a throttled API was told it had none, and to add one)', () => {
    expect(read(sam(api('HttpApi', '{ DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 } }', 'HttpApi'))).throttleRps).toBe(50);
    expect(read(sam(api('Api', "{ StageName: p, MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', ThrottlingRateLimit: 20 }] }", 'Api'))).throttleRps).toBe(20);
    // Globals' for an API of its own that writes none, and for SAM's implicit API.
    const globals = "Globals:\n  Api:\n    MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', ThrottlingRateLimit: 30 }]\n";
    expect(read(sam(api('Api', '{ StageName: p }', 'Api'), globals)).throttleRps).toBe(30);
    expect(
      read(sam('  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { E: { Type: Api, Properties: { Path: /, Method: get } } } } }\n', globals)).throttleRps,
    ).toBe(30);
    // A setting of one path alone bounds nothing else.
    expect(read(sam(api('Api', "{ StageName: p, MethodSettings: [{ ResourcePath: '/a', HttpMethod: GET, ThrottlingRateLimit: 20 }] }", 'Api'))).throttleRps).toBeNull();
  });

  it("is read from a REST API's usage plan (Auth.UsagePlan.Throttle.RateLimit), its own or Globals', as a serverless.yml's usagePlan.throttle is (it went unread, and the API was said to have no throttle)", () => {
    const plan = (create: string, rate = '') => `{ CreateUsagePlan: ${create}${rate ? `, Throttle: { BurstLimit: 100, RateLimit: ${rate} }` : ''} }`;
    expect(read(sam(api('Api', `{ StageName: p, Auth: { UsagePlan: ${plan('PER_API', '50')} } }`, 'Api'))).throttleRps).toBe(50);
    // Globals', for an API of its own and for SAM's implicit API.
    const globals = `Globals:\n  Api:\n    Auth: { UsagePlan: ${plan('PER_API', '40')} }\n`;
    expect(read(sam(api('Api', '{ StageName: p }', 'Api'), globals)).throttleRps).toBe(40);
    const implicit = '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { E: { Type: Api, Properties: { Path: /, Method: get } } } } }\n';
    expect(read(sam(implicit, globals)).throttleRps).toBe(40);
    // An API's own NONE turns Globals' plan off; a stage throttle and a plan both bound it, the lower first.
    expect(read(sam(api('Api', `{ StageName: p, Auth: { UsagePlan: { CreateUsagePlan: NONE } } }`, 'Api'), globals)).throttleRps).toBeNull();
    const both = `{ StageName: p, MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', ThrottlingRateLimit: 20 }], Auth: { UsagePlan: ${plan('PER_API', '50')} } }`;
    expect(read(sam(api('Api', both, 'Api'))).throttleRps).toBe(20);
    // A rate through a parameter is said as the stage throttles' are, where it is written.
    const info = read(
      sam(
        api('Api', `{ StageName: p, Auth: { UsagePlan: { CreateUsagePlan: PER_API, Throttle: { RateLimit: !Ref Rate } } } }`, 'Api'),
        'Parameters: { Rate: { Type: Number, Default: 25 } }\n',
      ),
    );
    expect(info.throttleRps).toBe(25);
    expect(info.assumptions).toContain("Resources.Api.Properties.Auth.UsagePlan.Throttle.RateLimit: used parameter Rate's default, 25");
  });

  it('counts one SHARED usage plan once for every API that shares it: one plan and one API key bound their requests together', () => {
    const two = (first: string, second: string) =>
      sam(
        `  A: { Type: AWS::Serverless::Api, Properties: { StageName: p, Auth: { UsagePlan: ${first} } } }\n  B: { Type: AWS::Serverless::Api, Properties: { StageName: p, Auth: { UsagePlan: ${second} } } }\n` +
          '  F: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { E: { Type: Api, Properties: { RestApiId: !Ref A, Path: /, Method: get } } } } }\n' +
          '  G: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { E: { Type: Api, Properties: { RestApiId: !Ref B, Path: /, Method: get } } } } }\n',
      );
    // SAM's advice: the shared plan's settings on one API alone.
    expect(read(two('{ CreateUsagePlan: SHARED, Throttle: { RateLimit: 30 } }', '{ CreateUsagePlan: SHARED }')).throttleRps).toBe(30);
    // Two plans of their own add up.
    expect(read(two('{ CreateUsagePlan: PER_API, Throttle: { RateLimit: 30 } }', '{ CreateUsagePlan: PER_API, Throttle: { RateLimit: 20 } }')).throttleRps).toBe(50);
    const info = read(two('{ CreateUsagePlan: PER_API, Throttle: { RateLimit: 30 } }', '{ CreateUsagePlan: PER_API }'));
    expect(info.throttleRps).toBeNull();
    expect(info.assumptions).toContain("Resources.A: its throttle does not bound the API's requests, as Resources.B in front of the functions too has none");
  });

  it('of one API beside another without one bounds nothing, and says so', () => {
    const info = read(
      sam(
        `${api('HttpApi', '{ DefaultRouteSettings: { ThrottlingRateLimit: 50 } }', 'HttpApi')}  G: { Type: AWS::Serverless::Function, Properties: { Handler: h, Events: { E: { Type: HttpApi, Properties: { Path: /, Method: get } } } } }\n`,
      ),
    );
    expect(info.throttleRps).toBeNull();
    expect(info.assumptions).toContain("Resources.Api: its throttle does not bound the API's requests, as SAM's implicit HTTP API in front of the functions too has none");
  });
});

describe('values Lambda would not accept', () => {
  const sam = (properties: string) =>
    `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, ${properties} }\n`;
  const sls = (settings: string) => `service: s\nprovider: { name: aws }\nfunctions:\n  api: { handler: h, ${settings} }\n`;
  it.each([
    [sam('Timeout: 1e15'), 'function Fn: Timeout 1,000,000,000,000,000 is not what Lambda accepts (from 1 to 900 s)'],
    [
      sam('ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 0.4 }'),
      'function Fn: ProvisionedConcurrentExecutions 0.4 is not what Lambda accepts (a whole number from 0 to 1,000,000)',
    ],
    [sam('ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 1e12 }'), 'ProvisionedConcurrentExecutions 1,000,000,000,000 is not what Lambda accepts'],
    [sam('MemorySize: 64'), 'function Fn: MemorySize 64 is not what Lambda accepts (a whole number from 128 to 10,240 MB)'],
    [sls('timeout: 901'), 'function api: timeout 901 is not what Lambda accepts (from 1 to 900 s)'],
    [sls('memorySize: 100000'), 'function api: memorySize 100,000 is not what Lambda accepts'],
    // Grouped to 20 decimal places, 1e-320 was quoted as 0, refused as outside a range from 0.
    [sam('ReservedConcurrentExecutions: 1e-320'), 'function Fn: ReservedConcurrentExecutions 1e-320 is not what Lambda accepts (a whole number from 0 to 1,000,000)'],
    [sls('timeout: -1e-30'), 'function api: timeout -1e-30 is not what Lambda accepts (from 1 to 900 s)'],
    // As written, never as JavaScript writes the double: 4.9e-324 was quoted as 5e-324, and 22 decimal places as 1e-22.
    [sam('Timeout: 4.9e-324'), 'function Fn: Timeout 4.9e-324 is not what Lambda accepts (from 1 to 900 s)'],
    [sam('MemorySize: 0.0000000000000000000001'), 'function Fn: MemorySize 0.0000000000000000000001 is not what Lambda accepts'],
    // Past a double: 1e400 and .inf were "not a number", and the default priced in their place; more digits than a double holds were quoted as the number they were read as.
    [sam('MemorySize: 1e400'), 'function Fn: MemorySize 1e400 is not what Lambda accepts (a whole number from 128 to 10,240 MB)'],
    [sam('ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: .inf }'), 'function Fn: ProvisionedConcurrentExecutions .inf is not what Lambda accepts'],
    [sls('memorySize: "-1e400"'), 'function api: memorySize -1e400 is not what Lambda accepts'],
    [sam('Timeout: 99999999999999999999999'), 'function Fn: Timeout 99,999,999,999,999,999,999,999 is not what Lambda accepts'],
    [sls('memorySize: 12345678901234567890.5'), 'function api: memorySize 12,345,678,901,234,567,890.5 is not what Lambda accepts'],
    [sls(`memorySize: ${'9'.repeat(400)}`), 'function api: memorySize (a number of 400 digits) is not what Lambda accepts'],
  ])('%j is refused', (text, message) => expect(() => read(text)).toThrow(message));

  it('says where the value is written: on the function, or in the provider block it takes it from', () => {
    const where = (text: string) => {
      try {
        read(text);
      } catch (error) {
        return formatError(error as SlcostError).split(': function')[0];
      }
      return 'no error';
    };
    // Line 5: the one-line Properties mapping that sets MemorySize; line 2: the provider block; line 4: the function.
    expect(where(sam('MemorySize: 64'))).toMatch(/:5:\d+$/);
    expect(where('service: s\nprovider: { name: aws, memorySize: 20000 }\nfunctions:\n  api: { handler: h }\n')).toMatch(/:2:\d+$/);
    expect(where(sls('timeout: 901'))).toMatch(/:4:\d+$/);
  });

  it('accepts the edges', () => {
    expect(read(sam('Timeout: 900, MemorySize: 10240')).functions[0]).toMatchObject({ timeoutSeconds: 900, memoryMb: 10240 });
  });
});

describe('function names every output prints', () => {
  const at = (text: string) => {
    try {
      read(text);
    } catch (error) {
      return formatError(error as SlcostError).replace(/^[^:]*:/, '');
    }
    return 'no error';
  };
  it.each([
    [
      'a zero-width space',
      'service: s\nprovider: { name: aws }\nfunctions:\n  "\\u200b": { handler: h }\n',
      '4:3: the name of a function has no visible character, only spaces or invisible ones (at functions.\u200b)',
    ],
    [
      'spaces',
      'service: s\nprovider: { name: aws }\nfunctions:\n  "  ": { handler: h }\n',
      '4:3: the name of a function has no visible character, only spaces or invisible ones (at functions.  )',
    ],
    [
      'a key written null (YAML reads it as no name)',
      'service: s\nprovider: { name: aws }\nfunctions:\n  null: { handler: h }\n',
      '4:3: the name of a function is empty: a key written null, ~ or nothing is no name in YAML; quote it ("null") to name a function so (at functions[""])',
    ],
    // A usage file's "*" is every function's defaults: a function of that name took them as its own, and gave none of its own.
    [
      'a serverless.yml function named "*", the usage file\'s name for every function\'s defaults',
      'service: s\nprovider: { name: aws }\nfunctions:\n  "*": { handler: h }\n',
      '4:3: the name of a function is "*", which names every function\'s defaults in a usage file; the Framework takes function names of letters, digits, - and _ only, as Lambda does (at functions.*)',
    ],
    [
      'a SAM function whose logical ID is "*"',
      'Resources:\n  "*": { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n',
      '2:3: the logical ID of a function is "*", which names every function\'s defaults in a usage file; CloudFormation\'s logical IDs are letters and digits only (at Resources.*)',
    ],
    [
      'a logical ID of 256 characters',
      `Resources:\n  ? ${'F'.repeat(256)}\n  : { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n`,
      `2:5: the logical ID of a function is 256 characters long; CloudFormation's logical IDs are at most 255 (at Resources.${'F'.repeat(40)}…)`,
    ],
  ])('%s is refused at its key', (_what, text, message) => expect(at(text)).toBe(message));

  it('takes a logical ID of 255 characters', () => {
    expect(read(`Resources:\n  ? ${'F'.repeat(255)}\n  : { Type: AWS::Lambda::Function, Properties: { Handler: h } }\n`).functions[0]!.name).toHaveLength(255);
  });
});

describe('the most functions a template may have', () => {
  // No stack deploys more than 500 resources; each function past the bound was read, checked and priced all the same.
  const sam = (count: number) =>
    `Transform: AWS::Serverless-2016-10-31\nResources: {${Array.from({ length: count }, (_, i) => `F${i}: {Type: AWS::Serverless::Function}`).join(', ')}, Q: {Type: AWS::SQS::Queue}}\n`;
  const serverless = (count: number) => `service: s\nprovider: { name: aws }\nfunctions: {${Array.from({ length: count }, (_, i) => `f${i}: {handler: h}`).join(', ')}}\n`;
  const message = (text: string) => {
    try {
      read(text);
    } catch (caught) {
      return formatError(caught as SlcostError);
    }
    return null;
  };

  it('reads 10,000', () => {
    expect(read(sam(10_000)).functions).toHaveLength(10_000);
    expect(read(serverless(10_000)).functions).toHaveLength(10_000);
  });

  it('refuses one more, at the block that holds them', () => {
    expect(message(sam(10_001))).toBe(
      't.yaml:2:1: has 10,001 functions; slcost prices at most 10,000 in one template (CloudFormation deploys at most 500 resources a stack): price the stacks it is deployed as one by one (at Resources)',
    );
    expect(message(serverless(10_001))).toMatch(/^t\.yaml:3:1: has 10,001 functions; .* \(at functions\)$/);
  });

  it('refuses a template of more resources than it reads before reading its functions (100,000 were read whole first)', () => {
    // 10,001 functions and 20,000 queues: both bounds passed; the resources' is told, before a function is read.
    const queues = Array.from({ length: 20_000 }, (_, i) => `Q${i}: {Type: AWS::SQS::Queue}`).join(', ');
    expect(message(sam(10_001).replace('Q: {Type: AWS::SQS::Queue}}', `${queues}}`))).toBe(
      't.yaml:2:1: has 30,001 resources; slcost reads at most 30,000 in one template (CloudFormation deploys at most 500 a stack): price the stacks it is deployed as one by one (at Resources)',
    );
    const serverlessQueues = `${serverless(1)}resources: { Resources: {${Array.from({ length: 30_001 }, (_, i) => `Q${i}: {Type: AWS::SQS::Queue}`).join(', ')}} }\n`;
    expect(message(serverlessQueues)).toMatch(/^t\.yaml:4:\d+: has 30,001 resources; /);
  });
});
