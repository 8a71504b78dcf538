// Whole serverless architectures, fifteenth batch: six templates, each bill derived by hand from its template and
// usage file (begun from what `slcost usage init` wrote), the unit prices of pricing/aws/2025-05-01.yaml (us-east-1,
// us-east-2, eu-west-1, eu-central-1, ap-southeast-2), pricing/gcp/2026-12-05.yaml and pricing/azure/2026-12-05.yaml,
// and the rules of README.md and docs/ (templates.md, providers.md, services/*.md), before slcost priced them. The
// derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-15/derivations.py prints
// every line and the crossing) and committed before slcost was run on them; every bill agreed when first priced. Every
// line is rounded to the cent, halves up; a total is the sum of its lines. This batch leans on templates: a SAM
// template whose Stage parameter picks its sizes through Globals' !If and a mapping, a serverless.yml of
// ${self:custom…} figures with a weekday cron, a SAM Express machine compared on Cloud Run functions and Azure
// Functions, a CloudFormation template whose !If takes its second values with the parameter's default, a SAM API
// against Fargate and where they cross, and a serverless.yml whose Standard machine is in the stepFunctions: block.
//
// Conventions (each stated by the docs, or by slcost's documented decision):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first; every figure here is inside the first band. No INIT phase is billed on aws-2025-05-01.
// - Schedules: a rate(15 minutes) runs 730 × 60 / 15 = 2,920 times; cron(0 7 ? * MON-FRI *) once a weekday, each
//   month with its first day on each weekday alike: 365 × 5 / 84 = 21.726… runs.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN with JSON, plus the application's; GB of 10^9
//   B; stored × 0.15 × retention_days ÷ (365 / 12) months, 12 when never expiring; a /aws/lambda/<function> group is
//   the function's, the others are the stated logs (the longest retention), which take the free 5 GB and 5 GB-months
//   first.
// - Step Functions Standard: one transition per state entered (Task, Pass, Wait, Choice, Parallel, Map, Succeed), a
//   Parallel's every branch, a Map's processor map_iterations times, a Choice the branch `choices` names, retries as
//   given per execution; 4,000 free. Express: executions, and ceil(duration, 100 ms) × 64 MB in GB of 1,024 MB.
// - DynamoDB: a provisioned table's global secondary indexes add their capacity; 25 RCU, 25 WCU and 25 GB free over
//   all tables. SQS: 64 KB chunks; the free million to standard queues first. SNS: each 64 KB a publish; deliveries
//   per message per subscription unless given; the Subscription list and AWS::SNS::Subscription resources counted.
// - Comparison: the functions only; Cloud Run functions on the instance size's vCPU and GiB in 100 ms steps, Azure
//   Consumption on the memory used rounded up to 128 MB, 100 ms at least.
// - Break-even: every request count in proportion; a fleet of max(min, ceil(requests a second ÷ capacity)) tasks; the
//   load balancer's capacity units each hour the larger of new connections a second ÷ 25 and GB processed (KB of
//   1,024 B, GB of 1,048,576 KB); the crossing given to the nearest whole request.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonBill } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-15';

const loadTemplate = (template: string, usage: string) => fixtureTemplateScenario(FIXTURES, template, usage);

interface JsonCrossover {
  readonly platforms: readonly string[];
  readonly requests_per_month: string;
  readonly cheaper_above: string;
}
interface JsonEstimate {
  readonly compare?: { readonly cheapest: string; readonly providers: Readonly<Record<string, JsonBill>> };
  readonly breakeven: { readonly crossovers: readonly JsonCrossover[] } | null;
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

describe('SAM and CloudFormation templates whose parameters pick their sizes', () => {
  it('15.1 a SAM order service in N. Virginia, sized by its Stage parameter: $218.09', () => {
    // Stage prod: Globals' !If [IsProd, 1024, 256] → 1,024 MB, timeout 20 from StageConfig; WorkerFn 1,536 MB arm64.
    // Requests 12.6M − 1M × $0.20/M = $2.32; x86_64 12M × 85 ms = 1,020,000 − 400,000 GB-s × $0.0000166667 = $10.33;
    // arm64 600,000 × 0.9 s × 1.5 = 810,000 GB-s × $0.0000133334 = $10.80. REST 12M × $3.50/M = $42.00. Stated logs
    // (AuditLogs, 90 days) 20 − 5 GB × $0.50 = $7.50, 8.8767 − 5 GB-months × $0.03 = $0.12; the functions' 7.2264 GB ×
    // $0.50 = $3.61, ApiFn's kept 14 days (its group by !Sub) and WorkerFn's for ever: 1.2924 GB-months × $0.03 =
    // $0.04. OrdersTable: 24M reads of 3 KB × 0.5 = 12M RRU × $0.125/M = $1.50; 6M writes × 3 WRU × 1.1 = 19.8M WRU ×
    // $0.625/M = $12.375, $12.38; 60 − 25 GB × $0.25 = $8.75. Receipts 120 GB × $0.023 = $2.76, 300,000 PUT = $1.50,
    // 1.2M GET = $0.48. DLQ 9,000 requests, free; FIFO 3M × 1.4 = 4.2M − 991,000 × $0.50/M = $1.6045, $1.60. Checkout:
    // Validate, InStock?, Fulfil + Reserve + Charge + Record, Settle, Notify, Done = 9 + 0.12 retries: 2,736,000 −
    // 4,000 × $0.025/1,000 = $68.30. NAT 730 h × $0.045 = $32.85, 250 GB = $11.25.
    expect(serverlessBill(loadTemplate('1-sam-orders/template.yaml', '1-sam-orders/usage.yaml'))).toEqual({
      'lambda.requests': '2.32',
      'lambda.duration.x86_64.tier-1': '10.33',
      'lambda.duration.arm64.tier-1': '10.80',
      'api-gateway.rest.requests.tier-1': '42.00',
      'lambda-logs.ingestion.tier-1': '3.61',
      'lambda-logs.storage': '0.04',
      'dynamodb.write-request-units': '12.38',
      'dynamodb.read-request-units': '1.50',
      'dynamodb.storage': '8.75',
      's3.storage.tier-1': '2.76',
      's3.put-requests': '1.50',
      's3.get-requests': '0.48',
      'sqs.standard.requests.tier-1': '0.00',
      'sqs.fifo.requests.tier-1': '1.60',
      'step-functions.standard.transitions.tier-1': '68.30',
      'cloudwatch-logs.ingestion.standard': '7.50',
      'cloudwatch-logs.storage': '0.12',
      'nat-gateway.hours': '32.85',
      'nat-gateway.data-processed': '11.25',
      total: '218.09',
    });
  });

  it('15.4 a CloudFormation template in Ohio whose !If takes its second values with the default Env: $245.44', () => {
    // Env staging: ReportFn 1,536 MB and 300 s, the table 50 RCU, the stream 1 shard. Requests 951,000 + 2,920 sweeps,
    // under the free million. 951,000 × 2.4 s × 1.5 + 2,920 × 3 s × 0.25 = 3,425,790 − 400,000 GB-s × $0.0000166667 =
    // $50.43; 4,096 MB of ephemeral storage, 3.5 GB above 512 MB × 2,282,400 s × $0.0000000309 = $0.25. Logs 1.6795 GB
    // and 0.4999 GB-months (60 days; the sweep's for ever), free. ReportsTable 50 + 5 − 25 RCU × 730 × $0.00013 = $2.85,
    // 20 + 5 WCU free, 30 − 25 GB × $0.25 = $1.25. Bucket 2,000 GB × $0.023 = $46.00, 720,000 PUT = $3.60, 2M GET =
    // $0.80. ReportQueue 750,000 × 3 × 2 chunks (80 KB) − 1M × $0.40/M = $1.40. ReportMachine (a DefinitionString
    // !Sub): Gather, Pages + 12 × (Render, Upload), Cooldown, Complete?, Notify = 29 + 0.35 retries: 1,761,000 − 4,000
    // × $0.025/1,000 = $43.925, $43.93. AuditStream 730 shard-hours × $0.015 = $10.95; 10M records of 30 KB × 2 units
    // × $0.014/M = $0.28. Two NAT gateways 1,460 h × $0.045 = $65.70, 400 GB = $18.00.
    expect(serverlessBill(loadTemplate('4-cloudformation-reports/template.yaml', '4-cloudformation-reports/usage.yaml'))).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '50.43',
      'lambda.ephemeral-storage': '0.25',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '0.00',
      'dynamodb.read-capacity': '2.85',
      'dynamodb.storage': '1.25',
      's3.storage.tier-1': '46.00',
      's3.put-requests': '3.60',
      's3.get-requests': '0.80',
      'sqs.standard.requests.tier-1': '1.40',
      'step-functions.standard.transitions.tier-1': '43.93',
      'kinesis.provisioned.shard-hours': '10.95',
      'kinesis.provisioned.put-payload-units': '0.28',
      'nat-gateway.hours': '65.70',
      'nat-gateway.data-processed': '18.00',
      total: '245.44',
    });
  });
});

describe('serverless.yml files', () => {
  it('15.2 a notification service in Ireland of ${self:custom} figures and a weekday cron: $109.96', () => {
    // 768 MB arm64 from the provider; fanout 256 MB; digest 2,048 MB x86_64 at 21.726… runs. Requests 41,300,021.7 −
    // 1M × $0.20/M = $8.06; the digest's 1,955.36 GB-s take the free pool first, the rest of it off arm64's 1,065,000:
    // 666,955.36 × $0.0000133334 = $8.89. HTTP 40M × $1.11/M = $44.40. Logs 19.0586 − 5 GB × $0.57 = $8.01; 2.82
    // GB-months (30 days, the digest's 7), free. SubscriptionsTable 40 + 10 − 25 RCU × 730 × $0.000147 = $2.68; 30 + 5
    // − 25 WCU × 730 × $0.000735 = $5.37; 40 − 25 GB × $0.283 = $4.245, $4.25. DigestQueue 1.5M − 1M × $0.40/M =
    // $0.20. AlertsTopic 500,000 publishes, free; HTTPS (the Subscription resource) 500,000 − 100,000 × $0.60/M =
    // $0.24; email given 20,000 − 1,000 × $20/M = $0.38; SQS $0. Stream 2 × 730 × $0.017 = $24.82, 40M units ×
    // $0.0165/M = $0.66. 2M custom events = $2.00.
    expect(serverlessBill(loadTemplate('2-serverless-notify/serverless.yml', '2-serverless-notify/usage.yaml'))).toEqual({
      'lambda.requests': '8.06',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '8.89',
      'api-gateway.http.requests.tier-1': '44.40',
      'lambda-logs.ingestion.tier-1': '8.01',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '5.37',
      'dynamodb.read-capacity': '2.68',
      'dynamodb.storage': '4.25',
      'sqs.standard.requests.tier-1': '0.20',
      'sns.publishes.tier-1': '0.00',
      'sns.deliveries.http.tier-1': '0.24',
      'sns.deliveries.email.tier-1': '0.38',
      'sns.deliveries.sqs.tier-1': '0.00',
      'eventbridge.custom-events': '2.00',
      'kinesis.provisioned.shard-hours': '24.82',
      'kinesis.provisioned.put-payload-units': '0.66',
      total: '109.96',
    });
  });

  it('15.6 on-call alerts in Frankfurt: a Standard machine in the stepFunctions: block, shards by AWS::Region: $2,589.59', () => {
    // dispatch 512 MB at WARN, escalate 1,536 MB. Requests 2.44M − 1M × $0.20/M = $0.29; 80,000 + 594,000 − 400,000
    // GB-s × $0.0000166667 = $4.57. Logs 1.156 GB, free. AlertsQueue FIFO 6M − 1M × $0.50/M = $2.50. AlertsTopic
    // 200,000 publishes of 100 KB = 400,000, free; HTTPS 200,000 − 100,000 × $0.60/M = $0.06; email-JSON 199,000 ×
    // $20/M = $3.98; Firehose 200,000 × $0.236/M = $0.05; mobile push 200,000 × $0.50/M = $0.10; SMS 29,900 × $0.0832 =
    // $2,487.68. escalation: Page, Notify + Sms + Email + Ticket + Link, Grace, Acked?, Escalate, Close = 10 + 0.2
    // retries: 2,040,000 − 4,000 × $0.025/1,000 = $50.90. AuditStream 3 shards (the mapping's eu-central-1 row) × 730 ×
    // $0.018 = $39.42; 2M units × $0.0175/M = $0.04.
    expect(serverlessBill(loadTemplate('6-serverless-alerts/serverless.yml', '6-serverless-alerts/usage.yaml'))).toEqual({
      'lambda.requests': '0.29',
      'lambda.duration.x86_64.tier-1': '4.57',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.fifo.requests.tier-1': '2.50',
      'sns.publishes.tier-1': '0.00',
      'sns.deliveries.http.tier-1': '0.06',
      'sns.deliveries.email.tier-1': '3.98',
      'sns.deliveries.firehose.tier-1': '0.05',
      'sns.deliveries.mobile-push.tier-1': '0.10',
      'sns.deliveries.sms.tier-1': '2487.68',
      'step-functions.standard.transitions.tier-1': '50.90',
      'kinesis.provisioned.shard-hours': '39.42',
      'kinesis.provisioned.put-payload-units': '0.04',
      total: '2589.59',
    });
  });
});

describe('a template compared on other providers, and one against Fargate', () => {
  it('15.3 Sydney telemetry with an Express machine: $98.36; compared, Lambda $5.90, Azure $6.70, Cloud Run $23.14', () => {
    // IngestFn 512 MB x86_64 at WARN, ProcessFn 1,024 MB arm64. Requests 20.5M − 1M × $0.20/M = $3.90; x86_64 20M × 40
    // ms × 0.5 = 400,000 GB-s, the whole free pool; arm64 150,000 × $0.0000133334 = $2.00. HTTP 20M × $1.29/M = $25.80.
    // Stated logs (the vended-logs group, 7 days) 3 GB and 0.1036 GB-months, free; the functions' 2.932 − 2 GB ×
    // $0.67 = $0.62, 5.2776 − 4.8964 GB-months × $0.033 = $0.01. Archive 800 GB × $0.025 = $20.00, 500,000 PUT ×
    // $0.0055/1,000 = $2.75, 100,000 GET = $0.04. Express 500,000 × $1.00/M = $0.50; 700 ms × 64 MB: 21,875 GB-s ×
    // $0.00001667 = $0.36 (as Standard, 125.01 transitions an execution, $1,562.53). 1M custom events = $1.00. Stream
    // 730 h × $0.049 = $35.77; 20M records of 1.5 → 2 KB = 38.147 GB × $0.098 = $3.74 in, × $0.049 = $1.87 out.
    // Cloud Run functions (us-central1): 512 MiB size 0.333 vCPU, 40 → 100 ms; 1 GiB 0.583 vCPU, 300 ms: 753,450 −
    // 180,000 vCPU-s × $0.000024 = $13.76; 1,150,000 − 360,000 GiB-s × $0.0000025 = $1.975, $1.98; 18.5M requests ×
    // $0.40/M = $7.40. Azure Consumption: 180 → 256 MB, 100 ms; 400 → 512 MB: 575,000 − 400,000 GB-s × $0.000016 =
    // $2.80; 19.5M executions × $0.20/M = $3.90.
    expect(serverlessBill(loadTemplate('3-sam-express-compare/template.yaml', '3-sam-express-compare/usage.yaml'))).toEqual({
      'lambda.requests': '3.90',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '2.00',
      'api-gateway.http.requests.tier-1': '25.80',
      'lambda-logs.ingestion.tier-1': '0.62',
      'lambda-logs.storage': '0.01',
      's3.storage.tier-1': '20.00',
      's3.put-requests': '2.75',
      's3.get-requests': '0.04',
      'step-functions.express.requests': '0.50',
      'step-functions.express.duration.tier-1': '0.36',
      'eventbridge.custom-events': '1.00',
      'kinesis.on-demand.stream-hours': '35.77',
      'kinesis.on-demand.data-in': '3.74',
      'kinesis.on-demand.data-out': '1.87',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.00',
      total: '98.36',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([
      `${FIXTURES}/3-sam-express-compare/template.yaml`,
      '--usage',
      `${FIXTURES}/3-sam-express-compare/usage.yaml`,
      '--compare',
      'gcp,azure',
    ]);
    expect(status).toBe(0);
    const providers = json.compare!.providers;
    expect(jsonBill(providers['aws']!)).toEqual({ 'lambda.requests': '3.90', 'lambda.duration.x86_64.tier-1': '0.00', 'lambda.duration.arm64.tier-1': '2.00', total: '5.90' });
    expect(jsonBill(providers['gcp']!)).toEqual({ 'run-functions.cpu': '13.76', 'run-functions.memory': '1.98', 'run-functions.requests': '7.40', total: '23.14' });
    expect(jsonBill(providers['azure']!)).toEqual({ 'functions.consumption.executions': '3.90', 'functions.consumption.execution-time': '2.80', total: '6.70' });
    expect(json.compare!.cheapest).toBe('aws');
    expect(json.warnings.map((warning) => warning.id)).not.toContain('cheaper_as_standard');
  });

  it('15.5 a SAM sessions API: serverless $52.56, Fargate $59.12 at 30M, crossing at 33,635,240 requests', () => {
    // Serverless: 29M × $0.20/M = $5.80; 900,000 − 400,000 GB-s × $0.0000133334 = $6.67; HTTP 30M × $1.00/M = $30.00;
    // logs 13.92 − 5 GB × $0.50 = $4.46; 2.06 GB-months (30 days), free. Shared: 15M RRU × $0.125/M = $1.875, $1.88;
    // 6M WRU × $0.625/M = $3.75; 10 GB free. Fargate: 11.4 requests a second, 2 tasks: 730 vCPU-hours × $0.03238 =
    // $23.64, 1,460 GB-hours × $0.00356 = $5.20; ALB 730 h × $0.0225 = $16.43; 0.1568 GB an hour over 0.0457 new
    // connections ÷ 25: 114.44 LCU-hours × $0.008 = $0.92; two addresses $7.30.
    // The crossing: between 13.33M (the end of the free GB-seconds) and 72.8M (of the free log storage) serverless is
    // $1.632001 a million less $8.03336, Fargate $52.56 + $0.0305176 a million (the table on both cancels): equal at
    // 33,635,239.51 → 33,635,240; serverless is the cheaper below it.
    const usage = '5-sam-breakeven/usage.yaml';
    const shared = { 'dynamodb.write-request-units': '3.75', 'dynamodb.read-request-units': '1.88', 'dynamodb.storage': '0.00' };
    expect(billsOf(loadTemplate('5-sam-breakeven/template.yaml', usage))).toEqual({
      serverless: {
        'lambda.requests': '5.80',
        'lambda.duration.arm64.tier-1': '6.67',
        'api-gateway.http.requests.tier-1': '30.00',
        'lambda-logs.ingestion.tier-1': '4.46',
        'lambda-logs.storage': '0.00',
        ...shared,
        total: '52.56',
      },
      fargate: {
        'fargate.vcpu.arm64': '23.64',
        'fargate.memory.arm64': '5.20',
        'load-balancer.hours': '16.43',
        'load-balancer.lcu': '0.92',
        'load-balancer.public-ipv4': '7.30',
        ...shared,
        total: '59.12',
      },
    });
    const result = runCli(['breakeven', `${FIXTURES}/5-sam-breakeven/template.yaml`, '--usage', `${FIXTURES}/${usage}`, '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { crossovers: JsonCrossover[] }).crossovers).toEqual([
      { platforms: ['serverless', 'fargate'], requests_per_month: '33635240', cheaper_above: 'fargate' },
    ]);
  });
});
