// A template's functions' own logs: how long the log group Lambda writes to keeps them (serverless.yml's
// logRetentionInDays, a SAM or CloudFormation AWS::Logs::LogGroup named /aws/lambda/<function>), the system log level
// (LoggingConfig), and the usage file's `logs:` over both, key by key.
import { describe, expect, it } from 'vitest';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { parseTemplate, templateKind } from '../../src/load/read-template.js';
import { readTemplateFunctions } from '../../src/load/template-functions.js';
import { impliedSections } from '../../src/load/template-services.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { book } from '../helpers/build.js';
import { tempFile } from '../helpers/files.js';

const parse = (text: string) => parseTemplate('template.yaml', text, templateKind(text) ?? 'sam');
const load = (text: string, usage: string | null): Scenario =>
  loadTemplateScenario('template.yaml', text, templateKind(text) ?? 'sam', { usageFile: usage === null ? null : tempFile(usage, 'usage.yaml') });
/** Each function's logs as its template says them; a group's class left out where it says none (its own tests read it). */
const logsOf = (text: string) => {
  const info = readTemplateFunctions(parse(text));
  const withoutClass = ({ logClass, ...rest }: (typeof info.functions)[number]['logs']) => (logClass === null ? rest : { ...rest, logClass });
  return { logs: Object.fromEntries(info.functions.map((fn) => [fn.name, withoutClass(fn.logs)])), assumptions: info.assumptions };
};
/** The Lambda log lines of a template's bill, in cents. */
const logLines = (scenario: Scenario) =>
  Object.fromEntries(
    estimate(scenario, book(scenario.pricingId))
      .platforms[0]!.lineItems.filter((line) => line.id.startsWith('lambda-logs.'))
      .map((line) => [line.id, line.monthlyUsd.toFixed(2)]),
  );

const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: { LogFormat: JSON, SystemLogLevel: WARN } }
  ApiLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Api}', RetentionInDays: 30 }
  Worker:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: { SystemLogLevel: WARN } }
  WorkerLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Join ['', ['/aws/lambda/', !Ref Worker]], RetentionInDays: 7 }
  Named:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: orders-named, Handler: h, Runtime: nodejs20.x, Role: r, Code: { ZipFile: x } }
  NamedLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /aws/lambda/orders-named, RetentionInDays: 60 }
  Plain:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  PlainLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /aws/lambda/Plain, RetentionInDays: 14 }
  Audit:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /app/audit, RetentionInDays: 90 }
`;

describe('what a template says of its functions’ logs', () => {
  it('SAM: the group named for a function by !Sub, !Join or its FunctionName keeps its logs; LoggingConfig WARN in JSON', () => {
    const { logs, assumptions } = logsOf(SAM);
    expect(logs).toEqual({
      Api: { retentionDays: 30, systemLogLevel: 'warn' },
      Worker: { retentionDays: 7, systemLogLevel: 'info' },
      Named: { retentionDays: 60, systemLogLevel: null },
      // Without a FunctionName CloudFormation names the function itself (stack-Plain-…): /aws/lambda/Plain is another's.
      Plain: { retentionDays: null, systemLogLevel: null },
    });
    expect(assumptions).toContain('Resources.Worker.LoggingConfig.SystemLogLevel: WARN applies to the JSON log format only, and LogFormat is not JSON; priced as INFO');
  });

  it('serverless.yml: logRetentionInDays of the function, else of the provider; a value no log group keeps is said', () => {
    const { logs, assumptions } = logsOf(`service: s
provider: { name: aws, logRetentionInDays: 14 }
functions:
  a: { handler: h }
  b: { handler: h, logRetentionInDays: 90 }
  c: { handler: h, logRetentionInDays: forever }
`);
    expect(logs).toEqual({
      a: { retentionDays: 14, systemLogLevel: null },
      b: { retentionDays: 90, systemLogLevel: null },
      c: { retentionDays: null, systemLogLevel: null },
    });
    expect(assumptions).toContain('functions.c.logRetentionInDays: "forever" is not a number of days a log group keeps its logs (1 to 3653); read as never expiring');
  });

  it("serverless.yml: the system log level of the function's logs:, over provider.logs.lambda a key at a time (it went unread: WARN in JSON priced as INFO)", () => {
    const text = `service: s
provider:
  name: aws
  logs: { lambda: { logFormat: JSON, systemLogLevel: WARN } }
functions:
  a: { handler: h }
  b: { handler: h, logs: { logFormat: Text } }
  c: { handler: h, logs: { systemLogLevel: DEBUG } }
  d: { handler: h, logs: WARN }
  e: { handler: h, logs: { systemLogLevel: '\${opt:level, INFO}', logGroup: /custom } }
`;
    const { logs, assumptions } = logsOf(text);
    expect(Object.fromEntries(Object.entries(logs).map(([name, each]) => [name, each.systemLogLevel]))).toEqual({ a: 'warn', b: 'info', c: 'info', d: 'warn', e: 'info' });
    expect(assumptions).toEqual([
      'provider.logs.lambda.systemLogLevel: WARN applies to the JSON log format only, and logFormat is not JSON; priced as INFO',
      "functions.c.logs.systemLogLevel: DEBUG is priced as INFO's platform lines; the further lines it writes are not",
      'functions.d.logs: "WARN" is not a mapping of logFormat and systemLogLevel; not read',
      "functions.e.logs.logGroup: a log group of the file's choosing is not read; its logs are priced as kept as logRetentionInDays says",
    ]);
    // WARN leaves out the platform's lines: a's and d's, not b's, c's and e's.
    const lines = logLines(load(text, 'functions:\n  "*": { requests_per_month: 100000000, duration_ms: 100 }\n'));
    const without = logLines(load(text.replace('systemLogLevel: WARN }', 'systemLogLevel: INFO }'), 'functions:\n  "*": { requests_per_month: 100000000, duration_ms: 100 }\n'));
    expect(Number(lines['lambda-logs.ingestion.tier-1'] ?? 0)).toBeLessThan(Number(without['lambda-logs.ingestion.tier-1'] ?? 0));
  });

  it("!Sub's list form reads its own variables first; a group of no function, or a function's second, is said", () => {
    const { logs, assumptions } = logsOf(`Transform: AWS::Serverless-2016-10-31
Parameters:
  GroupName: { Type: String, Default: /aws/lambda/orders-named }
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  Name:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  Named:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, FunctionName: orders-named }
  ApiLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub ['/aws/lambda/\${Name}', { Name: !Ref Api }], RetentionInDays: 7 }
  NamedLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Ref GroupName, RetentionInDays: 14 }
  NamedAgain:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub ['/aws/lambda/\${N}', { N: orders-named }], RetentionInDays: 30 }
  Elsewhere:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Gone}', RetentionInDays: .inf }
`);
    // ApiLogs was Name's (the variable taken for a resource of that name), and NamedLogs, through a parameter, no one's.
    expect(logs).toEqual({
      Api: { retentionDays: 7, systemLogLevel: null },
      Name: { retentionDays: null, systemLogLevel: null },
      Named: { retentionDays: 14, systemLogLevel: null },
    });
    expect(assumptions).toEqual([
      'Resources.NamedAgain: is another log group of function Named; the retention and class of Resources.NamedLogs are used',
      "Resources.Elsewhere: a Lambda log group that refers to Gone, which is not one of the template's functions; the logs it holds are not priced",
    ]);
  });

  it('quotes a retention as the file writes it, cut short: not null for .inf, 1e+23 for 23 nines, nor 10,000 characters', () => {
    const { assumptions } = logsOf(`service: s
provider: { name: aws, logRetentionInDays: 99999999999999999999999 }
functions:
  a: { handler: h, logRetentionInDays: .inf }
  b: { handler: h, logRetentionInDays: .nan }
  c: { handler: h, logRetentionInDays: ${'x'.repeat(10_000)} }
  d: { handler: h }
`);
    // The provider's value is read once, before the functions that take it.
    expect(assumptions).toEqual([
      'provider.logRetentionInDays: 99,999,999,999,999,999,999,999 is not a number of days a log group keeps its logs (1 to 3653); read as never expiring',
      'functions.a.logRetentionInDays: .inf is not a number of days a log group keeps its logs (1 to 3653); read as never expiring',
      'functions.b.logRetentionInDays: .nan is not a number of days a log group keeps its logs (1 to 3653); read as never expiring',
      `functions.c.logRetentionInDays: "${'x'.repeat(40)}…" is not a number of days a log group keeps its logs (1 to 3653); read as never expiring`,
    ]);
  });

  it('prices a retention CloudWatch Logs does not offer at the next it does, and says so: 16 days was priced as kept 16 days, which no log group can be', () => {
    const { logs, assumptions } = logsOf(`service: s
provider: { name: aws }
functions:
  a: { handler: h, logRetentionInDays: 16 }
  b: { handler: h, logRetentionInDays: 3652 }
  c: { handler: h, logRetentionInDays: 14 }
`);
    expect([logs.a!.retentionDays, logs.b!.retentionDays, logs.c!.retentionDays]).toEqual([30, 3653, 14]);
    expect(assumptions).toEqual([
      'functions.a.logRetentionInDays: 16 days is not a retention CloudWatch Logs offers (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days), and CloudFormation refuses it; priced at the next it offers, 30 days',
      'functions.b.logRetentionInDays: 3652 days is not a retention CloudWatch Logs offers (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days), and CloudFormation refuses it; priced at the next it offers, 3,653 days',
    ]);
  });

  it("serverless.yml: a resources: group named for a function as the Framework names it, or the override of the group it makes, keeps the function's logs", () => {
    const { logs, assumptions } = logsOf(`service: shop
provider: { name: aws, logRetentionInDays: 14, stage: prod }
functions:
  api: { handler: h }
  order-worker: { handler: w }
  report: { handler: r, name: nightly-report }
  plain: { handler: p, logRetentionInDays: 90 }
  other: { handler: o }
resources:
  Resources:
    ApiLogs:
      Type: AWS::Logs::LogGroup
      Properties: { LogGroupName: '/aws/lambda/\${self:service}-\${self:provider.stage}-api', RetentionInDays: 3 }
    OrderDashworkerLogGroup:
      Properties: { RetentionInDays: 5 }
    ReportLogs:
      Type: AWS::Logs::LogGroup
      Properties: { LogGroupName: /aws/lambda/nightly-report, RetentionInDays: 7 }
    OtherLogs:
      Type: AWS::Logs::LogGroup
      Properties: { LogGroupName: '/aws/lambda/\${self:service}-\${sls:stage}-other', RetentionInDays: 1 }
    Stray:
      Type: AWS::Logs::LogGroup
      Properties: { LogGroupName: /aws/lambda/elsewhere, RetentionInDays: 30 }
    Audit:
      Type: AWS::Logs::LogGroup
      Properties: { LogGroupName: /app/audit, RetentionInDays: 7 }
`);
    // The group's retention over logRetentionInDays, as the Framework merges resources: over the group it makes.
    expect(logs).toEqual({
      api: { retentionDays: 3, systemLogLevel: null },
      'order-worker': { retentionDays: 5, systemLogLevel: null },
      report: { retentionDays: 7, systemLogLevel: null },
      plain: { retentionDays: 90, systemLogLevel: null },
      other: { retentionDays: 1, systemLogLevel: null },
    });
    expect(assumptions).toEqual([
      "resources.Resources.Stray: a Lambda function's log group, of none of the file's functions as the Framework names them (the service, the stage and the function's key, or its name:); its RetentionInDays is not read (give logs.retention_days in the usage file to price a function's logs so)",
    ]);
  });

  it('a group named through a parameter in !Sub or !Join is the group of the function that parameter names', () => {
    const { logs } = logsOf(`Transform: AWS::Serverless-2016-10-31
Parameters:
  FnName: { Type: String, Default: orders-api }
  WorkerName: { Type: String, Default: orders-worker }
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, FunctionName: !Ref FnName }
  ApiLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${FnName}', RetentionInDays: 7 }
  Worker:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, FunctionName: !Ref WorkerName }
  WorkerLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Join ['', ['/aws/lambda/', !Ref WorkerName]], RetentionInDays: 14 }
`);
    expect(logs).toEqual({ Api: { retentionDays: 7, systemLogLevel: null }, Worker: { retentionDays: 14, systemLogLevel: null } });
  });

  it('says what working out a FunctionName assumed only where a log group is named for a function: of none, it was "the default is used" of no default', () => {
    const template = (group: string) => `Transform: AWS::Serverless-2016-10-31
Parameters:
  Prefix: { Type: String, Default: shop }
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, FunctionName: !Sub '\${AWS::StackName}-api' }
  Worker:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, FunctionName: !Ref Prefix }
${group}`;
    expect(logsOf(template('')).assumptions).toEqual([]);
    const named = logsOf(template('  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties: { LogGroupName: /aws/lambda/shop, RetentionInDays: 7 }\n'));
    expect(named.logs).toEqual({ Api: { retentionDays: null, systemLogLevel: null }, Worker: { retentionDays: 7, systemLogLevel: null } });
    expect(named.assumptions).toEqual([
      'Resources.Api.FunctionName: Fn::Sub cannot be worked out from the template alone; the default is used',
      'Resources.Worker.FunctionName: used parameter Prefix\'s default, "shop"',
    ]);
  });

  it("serverless.yml: an override of the Framework's group that says no retention keeps logRetentionInDays", () => {
    const { logs } = logsOf(`service: s
provider: { name: aws, logRetentionInDays: 7 }
functions:
  api: { handler: h }
resources:
  Resources:
    ApiLogGroup:
      Properties: { LogGroupClass: INFREQUENT_ACCESS }
`);
    expect(logs).toEqual({ api: { retentionDays: 7, systemLogLevel: null, logClass: 'infrequent_access' } });
  });

  it("a function writing to a group of its choosing (LoggingConfig.LogGroup) keeps its logs as that group says, and the group is not the stated logs'", () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, LoggingConfig: { LogFormat: JSON, LogGroup: !Ref AppLogs } }
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /custom/app, RetentionInDays: 7 }
  ApiLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Api}', RetentionInDays: 3653 }
  Worker:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, LoggingConfig: { LogGroup: /custom/app } }
  Batch:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, LoggingConfig: { LogGroup: /elsewhere } }
`;
    const { logs, assumptions } = logsOf(template);
    expect(logs).toEqual({
      Api: { retentionDays: 7, systemLogLevel: null },
      Worker: { retentionDays: 7, systemLogLevel: null },
      Batch: { retentionDays: null, systemLogLevel: null },
    });
    expect(assumptions).toContain(
      'Resources.Batch.LoggingConfig.LogGroup: a log group not in the template; its logs are priced as never expiring (give logs.retention_days in the usage file)',
    );
    expect(impliedSections(parse(template), []).find((section) => section.key === 'cloudwatch_logs')).toBeUndefined();
  });

  it("serverless.yml: a provider's logRetentionInDays that is no number of days is said once, not for each function", () => {
    const { assumptions } = logsOf(`service: s
provider: { name: aws, logRetentionInDays: forever }
functions:
  a: { handler: h }
  b: { handler: h }
  c: { handler: h, logRetentionInDays: 30 }
`);
    expect(assumptions.filter((note) => note.startsWith('provider.logRetentionInDays'))).toEqual([
      'provider.logRetentionInDays: "forever" is not a number of days a log group keeps its logs (1 to 3653); read as never expiring',
    ]);
  });

  it('a LoggingConfig written as text or a list is said, not passed over', () => {
    const { logs, assumptions } = logsOf(`Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: WARN }
`);
    expect(logs).toEqual({ Api: { retentionDays: null, systemLogLevel: null } });
    expect(assumptions).toEqual(['Resources.Api.LoggingConfig: "WARN" is not a mapping of LogFormat and SystemLogLevel; priced at Lambda\'s defaults (INFO)']);
  });

  it("a function's group is not logs the user states: the stated logs' retention comes from the other groups", () => {
    const cloudwatch = impliedSections(parse(SAM), []).find((section) => section.key === 'cloudwatch_logs')!;
    // PlainLogs (/aws/lambda/Plain) is a Lambda function's group too, of a function the template does not name so.
    expect(cloudwatch.implied).toEqual({ retention_days: 90 });
    expect(cloudwatch.resources.map(({ resource }) => resource.logicalId)).toEqual(['ApiLogs', 'WorkerLogs', 'NamedLogs', 'PlainLogs', 'Audit']);
    const onlyFunctions = SAM.slice(0, SAM.indexOf('  Audit:'));
    expect(impliedSections(parse(onlyFunctions), []).find((section) => section.key === 'cloudwatch_logs')).toBeUndefined();
  });
});

describe('the bill of a function’s logs kept as its template says', () => {
  // 100,000,000 invocations of Plain2 (aws-2025-10-08, free tier off): 264 B each = 26.4 GB ingested × $0.50 = $13.20;
  // stored 26.4 × 0.15 = 3.96 GB compressed, kept 30 days = 30 ÷ (365 ÷ 12) = 0.98630137 months: 3.90575342 GB-months
  // × $0.03 = $0.1172 → $0.12. Never expiring (twelve months' ingest): 47.52 × $0.03 = $1.4256 → $1.43.
  const template = (group: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Plain2:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
${group}`;
  const usage = (logs = '') => `free_tier: false
functions:
  Plain2: { requests_per_month: 100000000, duration_ms: 20${logs} }
`;
  const group = `  Plain2Logs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Plain2}', RetentionInDays: 30 }
`;

  it('30 days from the group: $0.12 stored, not the $1.43 of logs that never expire', () => {
    expect(logLines(load(template(group), usage()))).toEqual({ 'lambda-logs.ingestion.tier-1': '13.20', 'lambda-logs.storage': '0.12' });
    expect(logLines(load(template(''), usage()))).toEqual({ 'lambda-logs.ingestion.tier-1': '13.20', 'lambda-logs.storage': '1.43' });
  });

  it("the usage file's logs win key by key: its retention over the group's, '*' and the function's merged", () => {
    // 7 days: 3.96 × 7 ÷ (365 ÷ 12) = 0.91134247 GB-months × $0.03 = $0.0273 → $0.03.
    expect(logLines(load(template(group), usage(', logs: { retention_days: 7 }')))).toEqual({ 'lambda-logs.ingestion.tier-1': '13.20', 'lambda-logs.storage': '0.03' });
    // "*" says 400 application bytes, the function WARN: 400 B × 100M = 40 GB × $0.50 = $20.00; kept the group's 30 days:
    // 40 × 0.15 = 6 GB × 0.98630137 = 5.91780822 GB-months × $0.03 = $0.1775 → $0.18.
    const merged = `free_tier: false
functions:
  '*': { logs: { app_bytes_per_invocation: 400 } }
  Plain2: { requests_per_month: 100000000, duration_ms: 20, logs: { system_log_level: warn } }
`;
    expect(logLines(load(template(group), merged))).toEqual({ 'lambda-logs.ingestion.tier-1': '20.00', 'lambda-logs.storage': '0.18' });
  });

  it("a function's stored_gb or retention_days replaces '*''s other: they say one thing two ways", () => {
    const both = (shared: string, own: string) => `free_tier: false
functions:
  '*': { logs: { ${shared} } }
  Plain2: { requests_per_month: 100000000, duration_ms: 20, logs: { ${own} } }
`;
    // Refused before as giving both. 7 days: $0.03, as above; 2 GB-months stated: $0.06.
    expect(logLines(load(template(group), both('stored_gb: 2', 'retention_days: 7')))).toEqual({ 'lambda-logs.ingestion.tier-1': '13.20', 'lambda-logs.storage': '0.03' });
    expect(logLines(load(template(group), both('retention_days: 7', 'stored_gb: 2')))).toEqual({ 'lambda-logs.ingestion.tier-1': '13.20', 'lambda-logs.storage': '0.06' });
  });

  it("a usage file's logs are checked as a scenario's are, at their line", () => {
    const error = (logs: string) => {
      try {
        load(template(group), usage(logs));
      } catch (caught) {
        return formatError(caught as SlcostError).replace(/\/\S*usage\.yaml/g, 'USAGE');
      }
      throw new Error('expected an input error');
    };
    expect(error(', logs: { retention: 7 }')).toMatch(/^USAGE:3:69: unknown key "retention"/);
    expect(error(', logs: { retention_days: 7, stored_gb: 3 }')).toMatch(/give stored_gb or retention_days, not both/);
    // A number or never: naming the word alone read "must be one of never, got \"30\"", as though no number would do.
    expect(error(', logs: { retention_days: "30" }')).toMatch(/: expected a number or "never", got string "30" \(at functions\.Plain2\.logs\.retention_days\)$/);
    expect(error(', logs: { retention_days: 30.5 }')).toMatch(/: expected a whole number or "never", got 30\.5 /);
    expect(error(', logs: { retention_days: Never }')).toMatch(/: expected a number or "never", got string "Never"; did you mean "never"\? /);
  });

  const infrequentSam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Named:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  NamedLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Named}', LogGroupClass: INFREQUENT_ACCESS }
  Configured:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: { LogGroup: !Ref Shared } }
  Shared:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: shared, LogGroupClass: INFREQUENT_ACCESS }
  Plain:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  PlainLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Plain}', LogGroupClass: STANDARD }
  Odd:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  OddLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Odd}', LogGroupClass: DELIVERY }
`;

  it("a function's log group of the Infrequent Access class puts its logs in that class, whichever way it is the function's; a class not read is said", () => {
    const { logs, assumptions } = logsOf(infrequentSam);
    expect(Object.fromEntries(Object.entries(logs).map(([name, of]) => [name, 'logClass' in of ? of.logClass : 'standard']))).toEqual({
      Named: 'infrequent_access',
      Configured: 'infrequent_access',
      Plain: 'standard',
      Odd: 'standard',
    });
    expect(assumptions.filter((note) => note.includes('LogGroupClass'))).toEqual([
      'Resources.OddLogs.Properties.LogGroupClass: "DELIVERY" is neither STANDARD nor INFREQUENT_ACCESS, the classes slcost prices; function Odd\'s logs are priced as STANDARD',
    ]);
    const serverless = logsOf(
      'service: svc\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  fn: { handler: h.h }\nresources:\n  Resources:\n    FnLogGroup:\n      Properties: { LogGroupClass: INFREQUENT_ACCESS }\n',
    );
    expect(serverless.logs.fn).toEqual({ retentionDays: null, systemLogLevel: null, logClass: 'infrequent_access' });
    expect(serverless.assumptions.filter((note) => note.includes('LogGroupClass'))).toEqual([]);
  });

  it("prices the logs of an Infrequent Access group in that class's bands, the free GB going to the Standard class first; a usage file may choose the class", () => {
    // 10,000,000 invocations a function × 264 B = 2.64 GB each, free tier on (5 GB). Standard: Plain and Odd, 5.28 GB,
    // 5 free: 0.28 × $0.50 = $0.14. Infrequent Access: Named and Configured, 5.28 GB, none free left: 5.28 × $0.25 = $1.32.
    const usage = (extra = '') => `functions:\n  "*": { requests_per_month: 10000000, duration_ms: 100 }\n${extra}free_tier: true\npricing: aws-2025-10-08\n`;
    const lines = (scenario: Scenario) => {
      const all = logLines(scenario);
      delete all['lambda-logs.storage'];
      return all;
    };
    expect(lines(load(infrequentSam, usage()))).toEqual({ 'lambda-logs.ingestion.tier-1': '0.14', 'lambda-logs.infrequent-access-ingestion.tier-1': '1.32' });
    // Plain's usage moves it to Infrequent Access: Odd alone is Standard, 2.64 GB, all free ($0.00); Infrequent Access
    // 7.92 GB, the 2.36 free GB left: 5.56 × $0.25 = $1.39.
    const moved = usage('  Plain: { logs: { log_class: infrequent_access } }\n');
    expect(lines(load(infrequentSam, moved))).toEqual({ 'lambda-logs.ingestion.tier-1': '0.00', 'lambda-logs.infrequent-access-ingestion.tier-1': '1.39' });
    // And Named's back to Standard: 5.28 GB there, 5 free, $0.14; Configured and Plain 5.28 GB, none free, $1.32.
    const back = usage('  Plain: { logs: { log_class: infrequent_access } }\n  Named: { logs: { log_class: standard } }\n');
    expect(lines(load(infrequentSam, back))).toEqual({ 'lambda-logs.ingestion.tier-1': '0.14', 'lambda-logs.infrequent-access-ingestion.tier-1': '1.32' });
    // Before 2025-05-01 the table has no such class for Lambda's logs: priced at Standard's, said.
    const old = load(infrequentSam, usage().replace('aws-2025-10-08', 'aws-2024-11-01'));
    expect(lines(old)).toEqual({ 'lambda-logs.ingestion.tier-1': '2.78' });
    expect(estimate(old, book(old.pricingId)).warnings.find((warning) => warning.id === 'lambda_logs_class_not_priced')?.message).toBe(
      "pricing aws-2024-11-01 (us-east-1) has no Infrequent Access prices for Lambda's logs (AWS bills Lambda's logs in that class from 2025-05-01): the logs of Named, Configured are priced at the Standard class's",
    );
  });

  it("a function's log group of a class slcost does not price (misspelt, DELIVERY) is said to be priced as STANDARD, as a stated group's is", () => {
    const notes = logsOf(`Transform: AWS::Serverless-2016-10-31
Resources:
  Lower:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: { LogGroup: !Ref LowerLogs } }
  LowerLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: lower, LogGroupClass: infrequent_access }
  Delivery:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  DeliveryLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Delivery}', LogGroupClass: DELIVERY }
  Plain:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  PlainLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Plain}', LogGroupClass: STANDARD }
`).assumptions.filter((note) => note.includes('LogGroupClass'));
    expect(notes).toEqual([
      'Resources.LowerLogs.Properties.LogGroupClass: "infrequent_access" is neither STANDARD nor INFREQUENT_ACCESS, the classes slcost prices; function Lower\'s logs are priced as STANDARD',
      'Resources.DeliveryLogs.Properties.LogGroupClass: "DELIVERY" is neither STANDARD nor INFREQUENT_ACCESS, the classes slcost prices; function Delivery\'s logs are priced as STANDARD',
    ]);
  });

  it("a function's log group whose class a parameter, a condition or a variable gives is of the class it works out to", () => {
    // Read as written, `!Ref LogClass` went unread (priced as STANDARD without a word), `!If` was "cannot be worked out",
    // and `${self:custom.logClass}` was "neither STANDARD nor INFREQUENT_ACCESS"; a serverless.yml group's retention
    // from a variable was "not a number of days", and never expiring.
    const sam = logsOf(`Transform: AWS::Serverless-2016-10-31
Parameters:
  LogClass: { Type: String, Default: INFREQUENT_ACCESS }
Conditions:
  Always: !Equals [a, a]
Resources:
  ByParameter:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x }
  ByParameterLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${ByParameter}', LogGroupClass: !Ref LogClass }
  ByCondition:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, LoggingConfig: { LogGroup: !Ref ConditionLogs } }
  ConditionLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: shared, LogGroupClass: !If [Always, INFREQUENT_ACCESS, STANDARD] }
`);
    expect(Object.fromEntries(Object.entries(sam.logs).map(([name, of]) => [name, 'logClass' in of ? of.logClass : 'standard']))).toEqual({
      ByParameter: 'infrequent_access',
      ByCondition: 'infrequent_access',
    });
    expect(sam.assumptions.filter((note) => note.includes('LogGroupClass'))).toEqual([
      'Resources.ByParameterLogs.Properties.LogGroupClass: used parameter LogClass\'s default, "INFREQUENT_ACCESS"',
      "Resources.ConditionLogs.Properties.LogGroupClass: condition Always is true with the parameters' defaults",
    ]);
    const serverless = logsOf(
      'service: svc\nprovider: { name: aws, runtime: nodejs20.x }\ncustom: { logClass: INFREQUENT_ACCESS, days: 14 }\nfunctions:\n  fn: { handler: h.h }\nresources:\n  Resources:\n    FnLogGroup:\n      Properties: { LogGroupClass: "${self:custom.logClass}", RetentionInDays: "${self:custom.days}" }\n',
    );
    expect(serverless.logs.fn).toEqual({ retentionDays: 14, systemLogLevel: null, logClass: 'infrequent_access' });
    expect(serverless.assumptions.filter((note) => note.includes('FnLogGroup'))).toEqual([]);
  });

  it('logs only the template sets are priced on a table without log prices as before: left out, not an error', () => {
    const old = load(template(group), usage().replace('free_tier: false', 'free_tier: false\npricing: aws-2020-12-01'));
    expect(logLines(old)).toEqual({});
  });
});
