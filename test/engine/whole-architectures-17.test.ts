// Whole serverless architectures, seventeenth batch: eight bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2025-10-08.yaml in us-east-1; pricing/aws/2025-05-01.yaml in
// us-east-1, us-west-2, eu-west-1 and ap-southeast-2) and the rules of README.md, docs/templates.md, docs/pricing.md
// and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-17/derivations.py prints every line and both crossings) and committed before
// slcost was run on them; every bill agreed with slcost to the cent, line by line, when first priced. Every line is
// rounded to the cent, halves up; a total is the sum of its lines. This batch leans on the newest features: Lambda@Edge
// beside regional functions that take the whole free pool, in a scenario, behind a CloudFront distribution's
// associations in a SAM template and by a serverless.yml's cloudFront event, and beside EC2 and Fargate, where it stays
// Lambda@Edge with its logs; state machines started by SAM Schedule and ScheduleV2 events, an AWS::Events::Rule, an
// AWS::Scheduler::Schedule and the Step Functions plugin's schedules, priced at their runs; templates in YAML 1.1
// whose octal and binary sizes and yes/no switches decide the bill; log groups in the Infrequent Access class alone
// and beside a Standard one; a budget gone over; and two crossings.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s for
//   the regional functions alone, x86_64 first. Lambda@Edge: $0.60 per 1M requests and $0.00005001 a GB-s, metered
//   per 1 ms, no free tier, in every region; a template's edge function that says arm64 priced as x86_64, and one past
//   its trigger's memory as written.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN, plus the application's, of every function,
//   edge or regional, in one pool; GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12) months, 12 when never
//   expiring; the stated logs take the free 5 GB and 5 GB-months first. A template's log groups that are no
//   function's are the stated logs: Infrequent Access when every one is, Standard for a mix, the longest retention.
// - Schedules: runs in the 730-hour month, not rounded: rate(N minutes) 43,800 ÷ N; a daily cron 730 ÷ 24; weekdays
//   5/7 of those days. A state machine without executions_per_month is priced at its schedules' runs, added over
//   every schedule that is on; one given fewer is priced as given. A function with a duration and no requests alike.
// - YAML 1.1 (a file that begins `%YAML 1.1`): 0400 is octal (256), 0b… binary, yes/on true and no/off false.
// - Step Functions: Standard one transition per state entered, a Parallel's every branch, a Map's processor
//   map_iterations times; 4,000 free. Express: 100 ms and 64 MB steps, GB of 1,024 MB.
// - Break-even: every request count in proportion; a fleet of max(min, ceil(requests a second ÷ capacity)) in each
//   hour; the load balancer's capacity units each hour the larger of new connections a second ÷ 25 and GB processed
//   (KB of 1,024 B); Lambda@Edge and its logs on the container side too; the crossing to the nearest whole request.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, serverlessBill } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-17';

const bill = (file: string): Record<string, string> => serverlessBill(fixtureScenario(FIXTURES, file));
const templateBill = (template: string, usage: string): Record<string, string> => serverlessBill(fixtureTemplateScenario(FIXTURES, template, usage));

interface JsonCrossover {
  readonly platforms: readonly string[];
  readonly requests_per_month: string;
  readonly cheaper_above: string;
}

interface JsonEstimate {
  readonly budget: unknown;
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

const crossovers = (file: string): JsonCrossover[] => {
  const result = runCli(['breakeven', `${FIXTURES}/${file}`, '--format', 'json']);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { crossovers: JsonCrossover[] }).crossovers;
};

const templateWarnings = (template: string, usage: string): JsonEstimate['warnings'] => {
  const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/${template}`, '--usage', `${FIXTURES}/${usage}`]);
  expect(status).toBe(0);
  return json.warnings;
};

describe('Lambda@Edge beside regional functions: a scenario, a CloudFront distribution, a cloudFront event', () => {
  it('17.1 a storefront at the edge in N. Virginia: the free pool the regional functions’ alone, $215.50 over a $200 budget', () => {
    // Regional: api x86_64 512 MB 30 ms × 20M = 300,000 GB-s, all free; thumbs arm64 1,024 MB 250 ms × 800,000 =
    // 200,000 GB-s, the 100,000 left free, 100,000 × $0.0000133334 = $1.33. 20.8M − 1M requests × $0.20/M = $3.96.
    // Lambda@Edge, no free tier: auth (viewer) 128 MB, 3.2 → 4 ms × 200M = 100,000 GB-s; rewrite (origin) 1,024 MB,
    // 45.5 → 46 ms × 20M = 920,000 GB-s: 1,020,000 × $0.00005001 = $51.0102, $51.01; 220M × $0.60/M = $132.00. HTTP 20M
    // × $1.00/M = $20.00. Logs, one pool: api and rewrite 20M × 264 B each (never expiring), thumbs 800,000 × 1,000 B
    // (30 days), auth at WARN 200M × 36 B (1 day): 18.56 − 5 GB × $0.50 = $6.78; 19.1619 − 5 GB-months × $0.03 =
    // $0.42. $215.50 against $200: $15.50 over.
    expect(bill('1-virginia-storefront-at-the-edge.yaml')).toEqual({
      'lambda.requests': '3.96',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '1.33',
      'lambda.edge.requests': '132.00',
      'lambda.edge.duration': '51.01',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '6.78',
      'lambda-logs.storage': '0.42',
      total: '215.50',
    });
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/1-virginia-storefront-at-the-edge.yaml`]);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless $215.50 a month of $200.00, $15.50 over');
    expect(json.budget).toEqual({
      status: 'over',
      monthly_usd: '200.00',
      checks: [{ platform: 'serverless', budget_usd: '200.00', monthly_usd: '215.50', excess_usd: '15.50', status: 'over' }],
    });
  });

  it('17.2 a SAM shop in Ireland behind a CloudFront distribution: two functions at the edge by their versions, $373.26', () => {
    // ViewerAuthFn (viewer-request, !Ref ViewerAuthFn.Version): its arm64 as x86_64, its 256 MB as written; 2.2 → 3 ms ×
    // 150M = 112,500 GB-s. OriginRouterFn (origin-request, an AWS::Lambda::Version): 2,048 MB 180 ms × 12M = 4,320,000
    // GB-s. 4,432,500 × $0.00005001 = $221.669325, $221.67; 162M × $0.60/M = $97.20. ApiFn 1,024 MB 120 ms × 10M =
    // 1,200,000 − 400,000 GB-s × $0.0000166667 = $13.33; 10M − 1M × $0.20/M = $1.80; HTTP 10M × $1.11/M = $11.10.
    // OrdersTable: 2M WRU × $0.705/M = $1.41; 20M eventual reads × 0.5 × $0.1415/M = $1.415, $1.42; 10 GB free. Logs:
    // 172M × 264 B = 45.408 − 5 GB × $0.57 = $23.03; 81.7344 − 5 GB-months × $0.03 = $2.30.
    expect(templateBill('2-sam-distribution/template.yaml', '2-sam-distribution/usage.yaml')).toEqual({
      'lambda.requests': '1.80',
      'lambda.duration.x86_64.tier-1': '13.33',
      'lambda.edge.requests': '97.20',
      'lambda.edge.duration': '221.67',
      'api-gateway.http.requests.tier-1': '11.10',
      'lambda-logs.ingestion.tier-1': '23.03',
      'lambda-logs.storage': '2.30',
      'dynamodb.write-request-units': '1.41',
      'dynamodb.read-request-units': '1.42',
      'dynamodb.storage': '0.00',
      total: '373.26',
    });
    const said = templateWarnings('2-sam-distribution/template.yaml', '2-sam-distribution/usage.yaml').map((w) => w.message);
    expect(said).toContain(
      "function ViewerAuthFn runs at CloudFront's edge as Lambda@Edge (a CloudFront distribution's LambdaFunctionAssociations, Resources.Cdn): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)",
    );
    expect(said).toContain(
      "function OriginRouterFn runs at CloudFront's edge as Lambda@Edge (a CloudFront distribution's LambdaFunctionAssociations, Resources.Cdn): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)",
    );
    expect(said).toContain('function ViewerAuthFn runs as Lambda@Edge: a viewer trigger has at most 128 MB of memory, not 256 MB; priced as written');
    expect(said.some((message) => message.startsWith('function ApiFn runs'))).toBe(false);
  });

  it('17.6 a serverless.yml media service in Oregon: a cloudFront event, a scheduled function, two scheduled machines, $277.27', () => {
    // resize (cloudFront, origin-response): 2,048 MB 320 ms × 8M = 5,120,000 GB-s × $0.00005001 = $256.0512, $256.05;
    // 8M × $0.60/M = $4.80. catalog 1,024 MB 150 ms × 5M = 750,000 GB-s; sweep rate(15 minutes) 2,920 runs × 20 s × 1
    // GB = 58,400: 808,400 − 400,000 × $0.0000166667 = $6.81; 5,002,920 − 1M requests × $0.20/M = $0.80. HTTP 5M ×
    // $1.00/M = $5.00. Logs 13,002,920 × 264 B = 3.4328 GB, 0.5079 GB-months (30 days), free. nightly cron(30 2 * * ? *)
    // 30.4167 runs × (Load, EachItem + 5,000 × Process, Finish = 5,003) = 152,174.58 − 4,000 × $0.025/1,000 =
    // $3.70. poll rate(2 minutes) 21,900 × $1.00/M = $0.0219, $0.02; 4,000 ms × 64 MB = 5,475 GB-s × $0.00001667 =
    // $0.09.
    expect(templateBill('6-serverless-edge-schedules/serverless.yml', '6-serverless-edge-schedules/usage.yaml')).toEqual({
      'lambda.requests': '0.80',
      'lambda.duration.x86_64.tier-1': '6.81',
      'lambda.edge.requests': '4.80',
      'lambda.edge.duration': '256.05',
      'api-gateway.http.requests.tier-1': '5.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '3.70',
      'step-functions.express.requests': '0.02',
      'step-functions.express.duration.tier-1': '0.09',
      total: '277.27',
    });
    const said = templateWarnings('6-serverless-edge-schedules/serverless.yml', '6-serverless-edge-schedules/usage.yaml').map((w) => w.message);
    expect(said).toContain(
      'stepFunctions.stateMachines.nightly.events[0].schedule: starts state machine nightly on cron(30 2 * * ? *), 30.42 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
    );
    expect(said).toContain(
      'stepFunctions.stateMachines.poll.events[0].schedule: starts state machine poll on rate(2 minutes), 21,900 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
    );
  });
});

describe('state machines on schedules, templates in YAML 1.1, and log groups by class', () => {
  it('17.3 SAM reports in N. Virginia: three machines priced at their schedules’ runs, an Infrequent Access group: $20.86', () => {
    // ReportMachine rate(5 minutes) 8,760 × 4 (Gather, Build, Publish, Done); DigestMachine cron(0/10 * ? * MON-FRI *)
    // 144 × 30.4167 × 5/7 = 3,128.57 × 5 (Fetch, Fanout + Summarise + Rank, Send): 50,682.86 − 4,000 × $0.025/1,000 =
    // $1.17. SyncMachine (Express) rate(1 minute) 43,800 × $1.00/M = $0.0438, $0.04; 2,350 → 2,400 ms × 130 → 192 MB =
    // 19,710 GB-s × $0.00001667 = $0.33. TaskFn 60,000 × 300 ms × 512 MB, free. AuditLogs (Infrequent Access, 60
    // days): 80 − 5 GB × $0.25 = $18.75; 23.6712 − 5 GB-months × $0.03 = $0.56. TaskFn's 0.01584 GB × $0.50 =
    // $0.0079, $0.01 (the free GB taken by the stated); its 14 days' 0.0011 GB-months, $0.00.
    expect(templateBill('3-sam-scheduled-machines/template.yaml', '3-sam-scheduled-machines/usage.yaml')).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda-logs.ingestion.tier-1': '0.01',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '1.17',
      'step-functions.express.requests': '0.04',
      'step-functions.express.duration.tier-1': '0.33',
      'cloudwatch-logs.ingestion.infrequent-access': '18.75',
      'cloudwatch-logs.storage': '0.56',
      total: '20.86',
    });
    const said = templateWarnings('3-sam-scheduled-machines/template.yaml', '3-sam-scheduled-machines/usage.yaml').map((w) => w.message);
    expect(said).toEqual(
      expect.arrayContaining([
        'Resources.ReportMachine.Properties.Events.Every5: starts state machine ReportMachine on rate(5 minutes), 8,760 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
        'Resources.SyncRule: starts state machine SyncMachine on rate(1 minute), 43,800 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
        'Resources.DigestSchedule: starts state machine DigestMachine on cron(0/10 * ? * MON-FRI *), 3,128.57 runs a month; priced as its executions unless the usage file gives them (more if anything else starts it)',
      ]),
    );
  });

  it('17.4 a CloudFormation template in YAML 1.1: octal and binary sizes, a FIFO queue by yes, a mix of log classes: $78.71', () => {
    // IngestFn MemorySize 01000 = 512 MB arm64, 85 ms × 30M = 1,275,000 GB-s; ExportFn 0b11000000000 = 1,536 MB, 700 ms
    // × 2M = 2,100,000 GB-s, the free 400,000 (x86_64 first): 1,700,000 × $0.0000166667 = $28.33; 1,275,000 ×
    // $0.0000133334 = $17.000085, $17.00. 32M − 1M × $0.20/M = $6.20. EphemeralStorage 02000 = 1,024 MB: 0.5 GB × 1,400,000
    // s × $0.0000000309 = $0.02. JobsQueue (FifoQueue: yes): 5M × 3 calls − 1M × $0.50/M = $7.00. AppLogs (Infrequent
    // Access, 0170 = 120 days) and AccessLogs (Standard, 90): Standard, 120 days: 30 − 5 GB × $0.50 = $12.50; 17.7534 − 5
    // GB-months × $0.03 = $0.38. The functions' 30M × 464 B + 2M × 264 B = 14.448 GB × $0.50 = $7.224, $7.22; IngestFn's
    // kept 016 = 14 days, ExportFn's for ever: 1.9115 GB-months × $0.03 = $0.06.
    expect(templateBill('4-yaml-1-1-cloudformation/template.yaml', '4-yaml-1-1-cloudformation/usage.yaml')).toEqual({
      'lambda.requests': '6.20',
      'lambda.duration.x86_64.tier-1': '28.33',
      'lambda.duration.arm64.tier-1': '17.00',
      'lambda.ephemeral-storage': '0.02',
      'lambda-logs.ingestion.tier-1': '7.22',
      'lambda-logs.storage': '0.06',
      'sqs.fifo.requests.tier-1': '7.00',
      'cloudwatch-logs.ingestion.standard': '12.50',
      'cloudwatch-logs.storage': '0.38',
      total: '78.71',
    });
    expect(templateWarnings('4-yaml-1-1-cloudformation/template.yaml', '4-yaml-1-1-cloudformation/usage.yaml').map((w) => w.message)).toContain(
      "Resources: 1 of the 2 log groups is of the INFREQUENT_ACCESS class, the rest STANDARD; the logs the usage file states are priced as one class, STANDARD (give log_class in the usage file's services.cloudwatch_logs to price them otherwise)",
    );
  });

  it('17.8 a SAM template in YAML 1.1 in Sydney: schedules switched by yes, no, on and off, one machine on two: $3.14', () => {
    // MemorySize 0400 = 256 MB. TickFn (Enabled: on) rate(1 minute) 43,800 runs × 45 s × 0.25 GB = 492,750 − 400,000
    // GB-s × $0.0000166667 = $1.55; its requests and 0.0116 GB of logs free. IdleFn (Enabled: off): no runs.
    // HourlyMachine rate(1 hour) (Enabled: yes) 730 + its rule's rate(30 minutes) 1,460 = 2,190 × 3 (Check, Wait,
    // Record) = 6,570 − 4,000 × $0.025/1,000 = $0.06425, $0.06. PausedMachine (Enabled: no, its rule DISABLED): none.
    // BatchMachine's 3,000 given (below its 4,380 runs): $0.003, $0.00; 61,000 ms × 512 MB = 91,500 GB-s ×
    // $0.00001667 = $1.525305, $1.53.
    expect(templateBill('8-sam-yaml-1-1-schedules/template.yaml', '8-sam-yaml-1-1-schedules/usage.yaml')).toEqual({
      'lambda.requests': '0.00',
      'lambda.duration.x86_64.tier-1': '1.55',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '0.06',
      'step-functions.express.requests': '0.00',
      'step-functions.express.duration.tier-1': '1.53',
      total: '3.14',
    });
    const warnings = templateWarnings('8-sam-yaml-1-1-schedules/template.yaml', '8-sam-yaml-1-1-schedules/usage.yaml');
    expect(warnings.find((w) => w.id === 'requests_below_schedule')?.message).toBe(
      "fewer executions than the state machines' schedules start them (BatchMachine: executions_per_month 3,000, against the 4,380 runs a month of its schedule); priced as the usage file gives them",
    );
    expect(warnings.some((w) => w.message.includes('PausedMachine on'))).toBe(false);
    expect(warnings.some((w) => w.id === 'duration_over_timeout')).toBe(false);
  });
});

describe('Lambda@Edge beside a fleet: the same lines on both sides, and where they cross', () => {
  it('17.5 an HTTP API with a viewer trigger in N. Virginia: $55.73 against two instances at $150.44, crossing at 97,674,402', () => {
    // Serverless at 30M: 29M × $0.20/M = $5.80; api 256 MB 40 ms = 300,000 GB-s, free. headers (viewer) 128 MB, 0.8 →
    // 1 ms: 3,750 GB-s × $0.00005001 = $0.1875, $0.19; 30M × $0.60/M = $18.00. HTTP 30M × $1.00/M = $30.00. Logs (headers
    // at WARN, none): 7.92 − 5 GB × $0.50 = $1.46; 14.256 − 5 GB-months × $0.03 = $0.28.
    // EC2: 11.4 requests a second, the minimum 2 c7g.large: 1,460 h × $0.0725 = $105.85; the load balancer 730 h ×
    // $0.0225 = $16.425, $16.43; N ÷ 90,000 LCU-hours (connections, above 8 KB processed) × $0.008 = $2.67; two
    // addresses $7.30; and the same Lambda@Edge lines, $18.00 and $0.19.
    // Past the free GB-seconds (40M) and while the fleet is 2 (to 1,576.8M): serverless $2.119174 a million less
    // $9.51668, EC2 $129.575 + $0.695140 a million (the edge's $0.606251 a million in both): equal at 97,674,401.84.
    expect(billsOf(fixtureScenario(FIXTURES, '5-virginia-edge-against-ec2.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '5.80',
        'lambda.duration.x86_64.tier-1': '0.00',
        'lambda.edge.requests': '18.00',
        'lambda.edge.duration': '0.19',
        'api-gateway.http.requests.tier-1': '30.00',
        'lambda-logs.ingestion.tier-1': '1.46',
        'lambda-logs.storage': '0.28',
        total: '55.73',
      },
      ec2: {
        'ec2.instances': '105.85',
        'load-balancer.hours': '16.43',
        'load-balancer.lcu': '2.67',
        'load-balancer.public-ipv4': '7.30',
        'lambda.edge.requests': '18.00',
        'lambda.edge.duration': '0.19',
        total: '150.44',
      },
    });
    expect(crossovers('5-virginia-edge-against-ec2.yaml')).toEqual([{ platforms: ['serverless', 'ec2'], requests_per_month: '97674402', cheaper_above: 'ec2' }]);
  });

  it('17.7 a REST API with two edge functions against Fargate: their logs the account’s on each side, $60.97 and $65.26', () => {
    // Serverless at 10M: 9M × $0.20/M = $1.80; api arm64 1,024 MB 100 ms = 1,000,000 − 400,000 GB-s × $0.0000133334 =
    // $8.00. Edge: headers 128 MB 2 ms × 10M = 2,500 GB-s, origin 512 MB 12.4 → 13 ms × 4M = 26,000: 28,500 ×
    // $0.00005001 = $1.425285, $1.43; 14M × $0.60/M = $8.40. REST 10M × $3.50/M = $35.00. Stated logs 3 GB (14 days,
    // 0.2071 GB-months), free, leaving 2 GB and 4.7929 GB-months. All three functions' logs: api 10 GB (7 days), headers
    // 2.64 GB (for ever), origin 2 GB (30 days): 14.64 − 2 GB × $0.50 = $6.32; 5.3931 − 4.7929 GB-months × $0.03 =
    // $0.02.
    // Fargate: 2 arm64 tasks of 0.5 vCPU, 1 GB: 730 vCPU-hours × $0.03238 = $23.64, 1,460 GB-hours × $0.00356 = $5.20;
    // the load balancer $16.43, 10M × 20 KB ÷ 1,048,576 = 190.73 LCU-hours × $0.008 = $1.53, $7.30; the edge lines
    // $8.40 and $1.43; the edge functions' logs alone: 4.64 − 2 GB × $0.50 = $1.32, 5.0479 − 4.7929 GB-months × $0.03 =
    // $0.0076, $0.01. Equal at 10,794,435.41 requests (the edge logs past what the stated leave on both sides).
    expect(billsOf(fixtureScenario(FIXTURES, '7-virginia-edge-logs-beside-fargate.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '1.80',
        'lambda.duration.arm64.tier-1': '8.00',
        'lambda.edge.requests': '8.40',
        'lambda.edge.duration': '1.43',
        'api-gateway.rest.requests.tier-1': '35.00',
        'lambda-logs.ingestion.tier-1': '6.32',
        'lambda-logs.storage': '0.02',
        'cloudwatch-logs.ingestion.standard': '0.00',
        'cloudwatch-logs.storage': '0.00',
        total: '60.97',
      },
      fargate: {
        'fargate.vcpu.arm64': '23.64',
        'fargate.memory.arm64': '5.20',
        'load-balancer.hours': '16.43',
        'load-balancer.lcu': '1.53',
        'load-balancer.public-ipv4': '7.30',
        'lambda.edge.requests': '8.40',
        'lambda.edge.duration': '1.43',
        'lambda-logs.ingestion.tier-1': '1.32',
        'lambda-logs.storage': '0.01',
        'cloudwatch-logs.ingestion.standard': '0.00',
        'cloudwatch-logs.storage': '0.00',
        total: '65.26',
      },
    });
    expect(crossovers('7-virginia-edge-logs-beside-fargate.yaml')).toEqual([{ platforms: ['serverless', 'fargate'], requests_per_month: '10794435', cheaper_above: 'fargate' }]);
  });
});
