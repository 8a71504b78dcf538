// Whole serverless architectures, eighteenth batch: four bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2025-05-01.yaml in eu-central-1 and ap-southeast-2;
// pricing/aws/2025-10-08.yaml in us-east-1; pricing/gcp/2026-12-05.yaml in us-east1; pricing/azure/2026-12-05.yaml in
// eastus) and the rules of README.md, docs/templates.md, docs/pricing.md, docs/providers.md and docs/services/*.md,
// before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-18/derivations.py prints every line) and committed before slcost was run on them;
// every bill agreed with slcost to the cent, line by line, when first priced. Every line is rounded to the cent, halves
// up; a total is the sum of its lines. This batch leans on the newest features: a serverless.yml's functions run by an
// AWS::Events::Rule and an AWS::Scheduler::Schedule of its resources: block that name them by the logical ids the
// Framework gives them, beside a schedule event of their own and a rule that is off, priced at their runs; a usage file
// that prices a template's provisioned table and stream on demand (their capacity and shards dropped with the mode)
// and its FIFO queue as standard, and one that provisions a template's on-demand table and stream; Lambda@Edge beside
// regional functions compared on Cloud Run functions and Azure Functions, where it is priced as any function of
// theirs; and budgets gone over and kept.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s for
//   the regional functions alone, x86_64 first. Lambda@Edge: $0.60 per 1M requests and $0.00005001 a GB-s, metered
//   per 1 ms, no free tier, in every region.
// - Logs: 264 B of START/END/REPORT an invocation at INFO; GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12)
//   months, 12 when never expiring; 5 GB and 5 GB-months free.
// - Schedules: runs in the 730-hour month, not rounded: rate(N minutes) 43,800 ÷ N; a daily cron 730 ÷ 24; weekdays
//   5/7 of those days. A function with a duration and no requests is priced at the runs of every schedule of it that
//   is on: its own events, and a rule or Scheduler schedule whose target is it (!GetAtt WorkerLambdaFunction.Arn, a
//   !Sub of it, an ARN written around ${Fn}).
// - A usage field replaces the template's whole; what held under the template's mode alone (a table's capacity
//   units, a stream's shards) goes with it (docs/templates.md, merge rule 2).
// - The comparison prices the functions only: Lambda's column is its lambda lines, Lambda@Edge's among them. Cloud
//   Run: memory to an instance size with its vCPU, 100 ms steps, free 180,000 vCPU-s, 360,000 GiB-s and 2M requests.
//   Azure Consumption: memory used to 128 MB steps, 100 ms at least, free 1M executions and 400,000 GB-s.
import { describe, expect, it } from 'vitest';
import { estimateJsonOf, fixtureScenario, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonBill } from '../helpers/bills.js';

const FIXTURES = 'test/fixtures/whole-architectures-18';

const templateBill = (template: string, usage: string): Record<string, string> => serverlessBill(fixtureTemplateScenario(FIXTURES, template, usage));

interface JsonBudget {
  readonly status: string;
  readonly monthly_usd: string;
  readonly checks: readonly unknown[];
}

interface JsonEstimate {
  readonly budget: JsonBudget | null;
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
  readonly compare?: {
    readonly cheapest: string;
    readonly providers: Record<string, JsonBill>;
    readonly assumptions: readonly { readonly id: string; readonly message: string }[];
  };
}

const templateEstimate = (template: string, usage: string, ...args: string[]): { status: number | null; json: JsonEstimate; stderr: string } =>
  estimateJsonOf<JsonEstimate>([`${FIXTURES}/${template}`, '--usage', `${FIXTURES}/${usage}`, ...args]);

describe('functions on the schedules of a serverless.yml’s resources: block', () => {
  it('18.1 jobs in Frankfurt: a rule and a Scheduler schedule by the Framework’s logical ids, a rule that is off, $55.24', () => {
    // worker (WorkerLambdaFunction): its own rate(1 hour) 730 + WorkerRule rate(5 minutes) 8,760 = 9,490 runs
    // (WorkerBurstRule, DISABLED, none) × 40 s × 0.5 GB = 189,800 GB-s. other-fn (OtherDashfnLambdaFunction):
    // OtherSchedule cron(0/15 8-17 ? * MON-FRI *), 40 a weekday × 30.4167 × 5/7 = 869.05 runs × 90 s × 2 GB =
    // 156,428.57 GB-s. api 30M × 50 ms × 0.5 GB = 750,000 GB-s. 1,096,228.57 − 400,000 GB-s × $0.0000166667 = $11.60;
    // 30,010,359.05 − 1M requests × $0.20/M = $5.80. HTTP 30M × $1.20/M = $36.00. Logs 264 B each, 14 days:
    // 7.9227 − 5 GB × $0.63 = $1.84; 0.5470 GB-months, free.
    expect(templateBill('1-serverless-resource-schedules/serverless.yml', '1-serverless-resource-schedules/usage.yaml')).toEqual({
      'lambda.requests': '5.80',
      'lambda.duration.x86_64.tier-1': '11.60',
      'api-gateway.http.requests.tier-1': '36.00',
      'lambda-logs.ingestion.tier-1': '1.84',
      'lambda-logs.storage': '0.00',
      total: '55.24',
    });
    const { status, json } = templateEstimate('1-serverless-resource-schedules/serverless.yml', '1-serverless-resource-schedules/usage.yaml');
    expect(status).toBe(0);
    expect(json.warnings.map((w) => w.message)).toContain(
      "no requests_per_month in the usage file for functions on a schedule; priced at their schedules' runs (worker: the 9,490 runs a month of its schedules (rate(1 hour), rate(5 minutes)); other-fn: the 869.05 runs a month of its schedule (cron(0/15 8-17 ? * MON-FRI *)))",
    );
  });
});

describe('a usage file that prices a template’s table, stream and queue otherwise', () => {
  it('18.2 a SAM click pipeline in Frankfurt: provisioned made on demand, FIFO made standard, $128.37 over a $120 budget', () => {
    // WorkerFn x86_64 1,024 MB 350 ms × 4M = 1,400,000 − 400,000 GB-s × $0.0000166667 = $16.67; IngestFn arm64 512 MB
    // 200 ms × 2M = 200,000 GB-s × $0.0000133334 = $2.67; 6M − 1M × $0.20/M = $1.00; logs 1.584 GB, 2.8512 GB-months,
    // free. OrdersTable on demand (its 60 RCU and 50 WCU, the index's among them, dropped): 6M writes of 3 KB = 18M WRU
    // × $0.7625/M = $13.725, $13.73; 30M eventual reads = 15M RRU × $0.1525/M = $2.2875, $2.29; 60 − 25 GB × $0.306 =
    // $10.71. ClickStream on demand (its 4 shards dropped): 730 h × $0.048 = $35.04; 50M × 3 KB ÷ 2^20 = 143.0511 GB
    // in × $0.096 = $13.73, × 2 consumers out × $0.048 = $13.73. JobsQueue standard: 8M × 2 chunks × 3 calls = 48M − 1M
    // × $0.40/M = $18.80.
    expect(templateBill('2-sam-usage-over-template/template.yaml', '2-sam-usage-over-template/usage.yaml')).toEqual({
      'lambda.requests': '1.00',
      'lambda.duration.x86_64.tier-1': '16.67',
      'lambda.duration.arm64.tier-1': '2.67',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-request-units': '13.73',
      'dynamodb.read-request-units': '2.29',
      'dynamodb.storage': '10.71',
      'sqs.standard.requests.tier-1': '18.80',
      'kinesis.on-demand.stream-hours': '35.04',
      'kinesis.on-demand.data-in': '13.73',
      'kinesis.on-demand.data-out': '13.73',
      total: '128.37',
    });
    const { status, json, stderr } = templateEstimate('2-sam-usage-over-template/template.yaml', '2-sam-usage-over-template/usage.yaml', '--budget', '120');
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless $128.37 a month of $120.00, $8.37 over');
    expect(json.budget).toEqual({
      status: 'over',
      monthly_usd: '120.00',
      checks: [{ platform: 'serverless', budget_usd: '120.00', monthly_usd: '128.37', excess_usd: '8.37', status: 'over' }],
    });
    expect(json.warnings.filter((w) => w.id === 'usage_over_template').map((w) => w.message)).toEqual([
      'services.dynamodb[0] (OrdersTable): capacity_mode "on_demand" where the template gives "provisioned"; priced as the usage file gives it, without the template\'s read_capacity_units 60 and write_capacity_units 50',
      'services.sqs[0] (JobsQueue): type "standard" where the template gives "fifo"; priced as the usage file gives it',
      'services.kinesis[0] (ClickStream): mode "on_demand" where the template gives "provisioned"; priced as the usage file gives it, without the template\'s shards 4',
    ]);
  });

  it('18.4 a SAM template in Sydney: on demand made provisioned, a function on two schedules, $50.17 within a $60 budget', () => {
    // ReportFn: rate(10 minutes) 4,380 + DailyReport cron(0 6 * * ? *) (its ARN around ${ReportFn}) 30.4167 = 4,410.42
    // runs × 25 s × 1.5 GB = 165,390.63 GB-s, free; StreamFn arm64 512 MB 120 ms × 10M = 600,000 − the 234,609.38 left
    // free × $0.0000133334 = $4.87; 10,004,410.42 − 1M × $0.20/M = $1.80; logs 2.6412 GB, 4.7522 GB-months, free.
    // SessionsTable provisioned: (30 − 25) WCU × 730 h × $0.00074 = $2.70; (100 − 25) RCU × 730 h × $0.000148 = $8.10;
    // 40 − 25 GB × $0.285 = $4.275, $4.28 (its reads and writes within the capacity, not billed). EventsStream
    // provisioned: 2 shards × 730 h × $0.0184 = $26.86; 40M records of 30 KB × 2 PUT payload units × $0.0195/M = $1.56.
    expect(templateBill('4-sam-sydney-provisioned-by-usage/template.yaml', '4-sam-sydney-provisioned-by-usage/usage.yaml')).toEqual({
      'lambda.requests': '1.80',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '4.87',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '2.70',
      'dynamodb.read-capacity': '8.10',
      'dynamodb.storage': '4.28',
      'kinesis.provisioned.shard-hours': '26.86',
      'kinesis.provisioned.put-payload-units': '1.56',
      total: '50.17',
    });
    const { status, json } = templateEstimate('4-sam-sydney-provisioned-by-usage/template.yaml', '4-sam-sydney-provisioned-by-usage/usage.yaml', '--budget', '60');
    expect(status).toBe(0);
    expect(json.budget).toEqual({
      status: 'within',
      monthly_usd: '60.00',
      checks: [{ platform: 'serverless', budget_usd: '60.00', monthly_usd: '50.17', excess_usd: '-9.83', status: 'within' }],
    });
    const said = json.warnings.map((w) => w.message);
    expect(said).toContain(
      'function ReportFn: no requests_per_month in the usage file; priced at the 4,410.42 runs a month of its schedules (rate(10 minutes), cron(0 6 * * ? *))',
    );
    expect(said).toContain('services.dynamodb[0] (SessionsTable): capacity_mode "provisioned" where the template gives "on_demand"; priced as the usage file gives it');
    expect(said).toContain('services.kinesis[0] (EventsStream): mode "provisioned" where the template gives "on_demand"; priced as the usage file gives it');
    expect(json.warnings.some((w) => w.id === 'dynamodb_capacity_below_load')).toBe(false);
  });
});

describe('Lambda@Edge compared on other providers', () => {
  it('18.3 a catalogue at the edge: $94.25 over a $90 budget; Lambda $77.08, Cloud Run $98.98, Azure $35.14', () => {
    // Regional: api x86_64 1,024 MB 120 ms × 12M = 1,440,000 − 400,000 GB-s × $0.0000166667 = $17.33; resize arm64
    // 2,048 MB 800 ms × 1.5M = 2,400,000 GB-s × $0.0000133334 = $32.00; 13.5M − 1M × $0.20/M = $2.50. geo (viewer) 128
    // MB 4.4 → 5 ms × 40M = 25,000 GB-s × $0.00005001 = $1.25; 40M × $0.60/M = $24.00. HTTP 12M × $1.00/M = $12.00.
    // Logs 53.5M × 264 B = 14.124 − 5 GB × $0.50 = $4.56; 25.4232 − 5 GB-months × $0.03 = $0.61.
    // Lambda's column: its five lines, $77.08. Cloud Run (us-east1, Tier 1): api 1 GiB 0.583 vCPU 200 ms, resize 2 GiB
    // 1 vCPU 800 ms, geo 0.125 GiB 0.083 vCPU 100 ms: 2,931,200 − 180,000 vCPU-s × $0.000024 = $66.03; 5,300,000 −
    // 360,000 GiB-s × $0.0000025 = $12.35; 53.5M − 2M × $0.40/M = $20.60. Azure Consumption: 300 → 384 MB 120 ms, 700
    // → 768 MB 800 ms, 128 MB 100 ms at least: 1,940,000 − 400,000 GB-s × $0.000016 = $24.64; 52.5M × $0.20/M =
    // $10.50.
    expect(serverlessBill(fixtureScenario(FIXTURES, '3-edge-compared-over-budget.yaml'))).toEqual({
      'lambda.requests': '2.50',
      'lambda.duration.x86_64.tier-1': '17.33',
      'lambda.duration.arm64.tier-1': '32.00',
      'lambda.edge.requests': '24.00',
      'lambda.edge.duration': '1.25',
      'api-gateway.http.requests.tier-1': '12.00',
      'lambda-logs.ingestion.tier-1': '4.56',
      'lambda-logs.storage': '0.61',
      total: '94.25',
    });
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/3-edge-compared-over-budget.yaml`]);
    expect(status).toBe(1);
    expect(stderr).toContain('Serverless $94.25 a month of $90.00, $4.25 over');
    expect(json.budget).toEqual({
      status: 'over',
      monthly_usd: '90.00',
      checks: [{ platform: 'serverless', budget_usd: '90.00', monthly_usd: '94.25', excess_usd: '4.25', status: 'over' }],
    });
    const providers = json.compare!.providers;
    expect(jsonBill(providers['aws']!)).toEqual({
      'lambda.requests': '2.50',
      'lambda.duration.x86_64.tier-1': '17.33',
      'lambda.duration.arm64.tier-1': '32.00',
      'lambda.edge.requests': '24.00',
      'lambda.edge.duration': '1.25',
      total: '77.08',
    });
    expect(jsonBill(providers['gcp']!)).toEqual({ 'run-functions.cpu': '66.03', 'run-functions.memory': '12.35', 'run-functions.requests': '20.60', total: '98.98' });
    expect(jsonBill(providers['azure']!)).toEqual({ 'functions.consumption.executions': '10.50', 'functions.consumption.execution-time': '24.64', total: '35.14' });
    expect(json.compare!.cheapest).toBe('azure');
    expect(json.compare!.assumptions.map((a) => a.id)).toContain('compare_edge_as_regional');
  });
});
