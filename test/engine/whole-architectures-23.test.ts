// Whole serverless architectures, twenty-third batch: five bills, each a template with a usage file as a team runs
// slcost in CI on its repository, derived by hand from the published pricing facts, the unit prices of the shipped
// table pricing/aws/2025-10-08.yaml (us-east-1; eu-west-1 for 23.4) and the rules of README.md, docs/templates.md
// and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal at 40 digits
// (test/fixtures/whole-architectures-23/derivations.py prints every line) and each was committed before slcost was
// run on it. All five agreed with slcost to the cent, line by line, when first priced. What `slcost usage init` wrote
// for them did not: for a bucket (23.1, 23.3) and a table (23.2, 23.5) it named storage_gb as a size with a default
// instead of asking for it, so a usage file filled in as it asked priced their storage, 23.1's largest service line,
// at zero without a word; docs/services/s3.md and dynamodb.md said init asks for it. Now it does (the checks of
// init below), and a resource without usage has its storage at zero, said. Its services block also said each
// resource was priced at zero until filled in, where 23.3's gateways cost $65.70 as written; it says what is priced.
// Every line is rounded to the cent, halves up; a total is the sum of its lines. No function names a runtime, so no
// INIT phase is priced.
//
// New ground: a serverless.yml whose s3 event has the Framework create the bucket (S3BucketPhotouploads) and whose
// sns event creates the topic (SNSTopicPhotoevents), with provider settings inherited and overridden per function
// (memorySize, architecture, logRetentionInDays); a SAM template's Globals (MemorySize, Architectures, Timeout), an
// implicit HTTP API from HttpApi events, an SQS worker, a PROVISIONED table whose index's throughput is added to its
// own, a Standard state machine written inline with a Parallel and a retry, and an AWS::Logs::LogGroup that keeps a
// function's logs 14 days; functions in a VPC (Globals) behind two AWS::EC2::NatGateway, whose Elastic IPs slcost
// names and does not price; a serverless.yml in Ireland (provider.region) with the bus an eventBridge event creates
// and a provisioned stream in its resources; and a SAM template held to its usage file's budget in CI (exit 1, the
// JSON still printed), with an Infrequent Access audit group taking the free log allowances before the functions'
// logs, a function at SystemLogLevel WARN, a schedule's runs as requests and a topic's subscriptions by protocol.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first. Every function writes 264 B of START/END/REPORT an invocation, but at SystemLogLevel WARN.
// - Logs: GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12) months, 12 when never expiring; 5 GB, 5
//   GB-months and 5 GB scanned free, the stated logs first. SQS: 3 requests a message, 64 KB chunks, 1M free.
//   DynamoDB: 4 KB read units halved when eventual, 1 KB write units; 25 GB, 25 RCU and 25 WCU free. Step Functions
//   Standard: one transition per state entered, retries given per execution; 4,000 free. Data out: 100 GB free.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateJsonOf, fixtureTemplateScenario, serverlessBill, type JsonLine } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-23';

interface JsonWarning {
  readonly id: string;
  readonly message: string;
}

interface JsonEstimate {
  readonly platforms: Readonly<Record<string, { readonly monthly_usd: string | null; readonly line_items: readonly (JsonLine & { readonly note?: string | null })[] }>>;
  readonly budget?: {
    readonly status: string;
    readonly checks: readonly { readonly platform: string; readonly budget_usd: string; readonly monthly_usd: string; readonly excess_usd: string; readonly status: string }[];
  };
  readonly warnings: readonly JsonWarning[];
}

const messagesOf = (json: JsonEstimate, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

const noteOf = (json: JsonEstimate, line: string): string | null | undefined => json.platforms['serverless']!.line_items.find((item) => item.id === line)?.note;

/** What `slcost usage init TEMPLATE` writes, as CI would run it in the repository. */
function usageInit(template: string): string {
  const output = join(mkdtempSync(join(tmpdir(), 'slcost-wa23-')), 'usage.yaml');
  const result = runCli(['usage', 'init', template, '--output', output]);
  expect(result.status).toBe(0);
  return readFileSync(output, 'utf8');
}

describe('a serverless.yml whose events create the bucket and the topic', () => {
  const folder = `${FIXTURES}/1-serverless-photo-pipeline`;

  it('23.1 N. Virginia photos: S3BucketPhotouploads and SNSTopicPhotoevents priced from the usage file, aws-2025-10-08: $142.66', () => {
    // Provider arm64, 1,024 MB, 30 days of logs; upload 256 MB, thumbnail 2,048 MB, notify 128 MB x86_64 and 7 days.
    // upload 3M × 40 ms × 0.25 GB = 30,000 GB-s and thumbnail 3M × 850 ms × 2 GB = 5,100,000, arm64; notify 3M × 20 ms
    // × 0.125 GB = 7,500, x86_64, free first; arm64 5,130,000 − the 392,500 left × $0.0000133334 = $63.166982. 9M − 1M
    // requests × $0.20/M = $1.60; HTTP 3M × $1.00/M = $3.00. Logs 3M × 2,000 B + 6M × 264 B = 7.584 − 5 GB × $0.50 =
    // $1.292; stored 1.03 GB-months, free. The bucket: 1,800 GB × $0.023 = $41.40; 6M PUTs × $0.005 / 1,000 = $30.00;
    // 3M GETs × $0.0004 / 1,000 = $1.20. The topic: 3M publishes of 2 KB, one chunk each, − 1M free × $0.50/M = $1.00;
    // notify's lambda subscription, no delivery charge.
    expect(serverlessBill(fixtureTemplateScenario(folder, 'serverless.yml', 'usage.yaml'))).toEqual({
      'lambda.requests': '1.60',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '63.17',
      'api-gateway.http.requests.tier-1': '3.00',
      'lambda-logs.ingestion.tier-1': '1.29',
      'lambda-logs.storage': '0.00',
      's3.storage.tier-1': '41.40',
      's3.put-requests': '30.00',
      's3.get-requests': '1.20',
      'sns.publishes.tier-1': '1.00',
      'sns.deliveries.lambda.tier-1': '0.00',
      total: '142.66',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/serverless.yml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'lambda-logs.storage')).toBe('1.03 GB-months (ingest × 0.15 compressed, 0.99 months kept: 30 days; 0.23 months kept: 7 days) − 1.03 free');
    expect(noteOf(json, 'sns.deliveries.lambda.tier-1')).toBe(
      '3,000,000 deliveries (SNSTopicPhotoevents: publishes × 1 subscription; no delivery charge; the function bills its own invocations)',
    );
    // upload's logs, $3.00 ingested and $0.03 stored at list prices, against its $0.60 of requests and $0.40 of duration.
    expect(messagesOf(json, 'logs_cost_more_than_functions')[0]).toMatch(
      /^the logs of function upload cost \$3\.03 a month at list prices before the free tier, more than the function itself \(\$1\.00\)/,
    );
    expect(json.warnings.map((w) => w.id).filter((id) => id !== 'cost_bomb' && id !== 'logs_cost_more_than_functions')).toEqual([]);
  });

  it('23.1 usage init lists the three functions with their inherited sizes, the bucket and the topic the events create', () => {
    const written = usageInit(`${folder}/serverless.yml`);
    expect(written).toContain('  # upload: 256 MB, arm64, timeout 6 s, behind an HTTP API, logs kept 30 days\n');
    expect(written).toContain('  # notify: 128 MB, x86_64, timeout 6 s, logs kept 7 days\n');
    expect(written).toContain(
      '    # S3BucketPhotouploads: AWS::S3::Bucket\n    - { name: S3BucketPhotouploads }   # add storage_gb, put_requests_per_month, get_requests_per_month\n',
    );
    expect(written).toContain('    # SNSTopicPhotoevents: AWS::SNS::Topic\n    - { name: SNSTopicPhotoevents }   # add publishes_per_month\n');
  });
});

describe('SAM templates with Globals, their implicit APIs and the resources around them', () => {
  it('23.2 N. Virginia orders: Globals, an implicit HTTP API, a provisioned table with its index, a Standard machine inline: $187.94', () => {
    // OrdersApi 512 MB arm64 (Globals) 12M × 60 ms = 360,000 GB-s; OrderWorker 1,024 MB x86_64 400,000 × 300 ms =
    // 120,000, free first; arm64 360,000 − the 280,000 left × $0.0000133334 = $1.066672. 12.4M − 1M × $0.20/M = $2.28;
    // HTTP 12M × $1.00/M = $12.00. Logs 12M × 1,000 B + 400,000 × 264 B = 12.1056 − 5 GB × $0.50 = $3.5528; stored
    // (14 days by OrdersApiLogGroup; OrderWorker's never expire) 1.02 GB-months, free. OrderQueue 4M × 3 = 12M − 1M ×
    // $0.40/M = $4.40. OrdersTable 40 RCU and 20 WCU, byCustomer 10 and 10: 50 − 25 RCU × 730 h × $0.00013 = $2.3725
    // and 30 − 25 WCU × 730 × $0.00065 = $2.3725; 60 − 25 GB × $0.25 = $8.75. FulfilmentFlow: Reserve 1; Prepare
    // (Parallel) 1 + Charge 1 + Pack, Label 2 = 4; Notify 1: 6, and Charge's 0.05 retries an execution: 6.05 × 1M =
    // 6,050,000 − 4,000 free × $0.025 / 1,000 = $151.15.
    const folder = `${FIXTURES}/2-sam-orders-globals`;
    expect(serverlessBill(fixtureTemplateScenario(folder, 'template.yaml', 'usage.yaml'))).toEqual({
      'lambda.requests': '2.28',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '1.07',
      'api-gateway.http.requests.tier-1': '12.00',
      'lambda-logs.ingestion.tier-1': '3.55',
      'lambda-logs.storage': '0.00',
      'dynamodb.write-capacity': '2.37',
      'dynamodb.read-capacity': '2.37',
      'dynamodb.storage': '8.75',
      'sqs.standard.requests.tier-1': '4.40',
      'step-functions.standard.transitions.tier-1': '151.15',
      total: '187.94',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'dynamodb.read-capacity')).toBe('36,500 RCU-hours − 18,250 free');
    expect(noteOf(json, 'step-functions.standard.transitions.tier-1')).toBe(
      '6,050,000 transitions (FulfilmentFlow: 1,000,000 executions × 6.05 transitions counted from its definition) − 4,000 free',
    );
    expect(messagesOf(json, 'template_assumption')).toEqual([
      "Resources.OrdersTable.Properties.GlobalSecondaryIndexes: an index holds 10 RCU and 10 WCU beside the table's, added to its capacity",
    ]);
    // Every state was entered, the retry given for a state with a Retry: nothing assumed.
    expect(messagesOf(json, 'transitions_assumed')).toEqual([]);
    // What init lists: the Globals' sizes, the log group's 14 days, the three resources and what each needs.
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('  # OrdersApi: 512 MB, arm64, timeout 15 s, behind an HTTP API, logs kept 14 days\n');
    expect(written).toContain('  # OrderWorker: 1024 MB, x86_64, timeout 60 s\n');
    expect(written).toContain('    - { name: OrdersTable }   # add reads_per_month, writes_per_month, storage_gb\n');
    expect(written).toContain('    - { name: OrderQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: FulfilmentFlow }   # add executions_per_month\n');
  });

  it('23.3 N. Virginia payments in a VPC: two NAT gateways, their Elastic IPs named and not priced, held to a budget in CI: $128.38', () => {
    // Charge 1,024 MB x86_64 (Globals) 2.5M × 420 ms = 1,050,000 GB-s; Refund 512 MB 100,000 × 380 ms = 19,000;
    // 1,069,000 − 400,000 × $0.0000166667 = $11.150022. 2.6M − 1M × $0.20/M = $0.32; REST 2.6M × $3.50/M = $9.10. Logs
    // 2.5M × 3,000 B + 100,000 × 264 B = 7.5264 − 5 GB × $0.50 = $1.2632; stored (90 days by ChargeLogGroup; Refund's
    // never expire) 3.38 GB-months, free. NatA and NatB: 2 × 730 h × $0.045 = $65.70; 250 GB × $0.045 = $11.25.
    // ReceiptsBucket 400 GB × $0.023 = $9.20, 2.6M PUTs $13.00, 500,000 GETs $0.20. 180 − 100 GB out × $0.09 = $7.20.
    const folder = `${FIXTURES}/3-sam-payments-vpc-nat`;
    expect(serverlessBill(fixtureTemplateScenario(folder, 'template.yaml', 'usage.yaml'))).toEqual({
      'lambda.requests': '0.32',
      'lambda.duration.x86_64.tier-1': '11.15',
      'api-gateway.rest.requests.tier-1': '9.10',
      'lambda-logs.ingestion.tier-1': '1.26',
      'lambda-logs.storage': '0.00',
      's3.storage.tier-1': '9.20',
      's3.put-requests': '13.00',
      's3.get-requests': '0.20',
      'nat-gateway.hours': '65.70',
      'nat-gateway.data-processed': '11.25',
      'data-transfer.internet-out.tier-1': '7.20',
      total: '128.38',
    });
    const args = [`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`];
    const over = estimateJsonOf<JsonEstimate>([...args, '--budget', '120']);
    expect(over.status).toBe(1);
    expect(over.json.budget!.checks.map((check) => [check.platform, check.budget_usd, check.monthly_usd, check.excess_usd, check.status])).toEqual([
      ['serverless', '120.00', '128.38', '8.38', 'over'],
    ]);
    const within = estimateJsonOf<JsonEstimate>([...args, '--budget', '150']);
    expect(within.status).toBe(0);
    expect(within.json.budget!.status).toBe('within');
    // The gateways' addresses cost $0.005 an hour each, but slcost prices no AWS::EC2::EIP: it says so, and the bill
    // above leaves them out as it does.
    expect(messagesOf(within.json, 'resources_not_priced')).toEqual([
      'resources that cost money of their own and that slcost does not price: NatIpA (AWS::EC2::EIP), NatIpB (AWS::EC2::EIP); the bill leaves them out',
    ]);
    expect(messagesOf(within.json, 'nat_gateway_endpoint')).toHaveLength(1);
    const written = usageInit(`${folder}/template.yaml`);
    // Left as written, the file prices the gateways' hours, $65.70: init says so rather than "each resource priced at zero".
    expect(written).toContain(
      "# The services around the functions: each figure left out is priced at zero; what the template gives\n# (a NAT gateway's hours, a table's provisioned capacity, a stream's shards) is priced as it is.\nservices:\n",
    );
    expect(written).toContain('  nat_gateway:\n    # NatA: AWS::EC2::NatGateway, NatB: AWS::EC2::NatGateway\n    {}   # add processed_gb_per_month\n');
    expect(written).toContain('    - { name: ReceiptsBucket }   # add storage_gb, put_requests_per_month, get_requests_per_month\n');
    expect(written).toContain('# price: NatIpA (AWS::EC2::EIP), NatIpB (AWS::EC2::EIP); the bill leaves them\n');
  });
});

describe('a serverless.yml in its provider’s region, and a SAM template over its budget', () => {
  it('23.4 Ireland telemetry: the bus an eventBridge event creates and a provisioned stream, at eu-west-1 prices: $126.20', () => {
    // All arm64: collect 256 MB 30M × 25 ms = 187,500 GB-s; route 512 MB 30M × 15 ms = 225,000; archive 1,024 MB
    // 180,000 × 900 ms = 162,000; 574,500 − 400,000 × $0.0000133334 = $2.326678. 60.18M − 1M × $0.20/M = $11.836. HTTP
    // 30M × $1.11/M = $33.30. Logs 30M × 400 B + 30.18M × 264 B = 19.96752 − 5 GB × $0.57 = $8.531486; stored 1.38
    // GB-months, free. The bus: 30M events of 3 KB, one chunk each, × $1.00/M = $30.00. TelemetryStream: 3 shards ×
    // 730 h × $0.017 = $37.23; 90M records × ceil(30 ÷ 25) = 180M PUT payload units × $0.0165/M = $2.97.
    const folder = `${FIXTURES}/4-serverless-ireland-telemetry`;
    expect(serverlessBill(fixtureTemplateScenario(folder, 'serverless.yml', 'usage.yaml'))).toEqual({
      'lambda.requests': '11.84',
      'lambda.duration.arm64.tier-1': '2.33',
      'api-gateway.http.requests.tier-1': '33.30',
      'lambda-logs.ingestion.tier-1': '8.53',
      'lambda-logs.storage': '0.00',
      'eventbridge.custom-events': '30.00',
      'kinesis.provisioned.shard-hours': '37.23',
      'kinesis.provisioned.put-payload-units': '2.97',
      total: '126.20',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/serverless.yml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'kinesis.provisioned.put-payload-units')).toBe('180,000,000 units (TelemetryStream: 90,000,000 records of 30 KB × 2 units of 25 KB = 180,000,000 units)');
    expect(json.warnings.map((w) => w.id).filter((id) => id !== 'cost_bomb')).toEqual([]);
    const written = usageInit(`${folder}/serverless.yml`);
    expect(written).toContain('  # archive: 1024 MB, arm64, timeout 120 s, logs kept 3 days\n');
    expect(written).toContain('  eventbridge:\n    # TelemetryEventBridgeEventBus: AWS::Events::EventBus\n    {}   # add custom_events_per_month\n');
    expect(written).toContain(
      "    # TelemetryStream: AWS::Kinesis::Stream (and record_kb: the section's default when left out)\n    - { name: TelemetryStream }   # add records_per_month\n",
    );
  });

  it('23.5 N. Virginia alerts as CI reads it: over the usage file’s $35 budget, exit 1, the JSON still printed: $38.73', () => {
    // Ingest 512 MB arm64 5M × 80 ms = 200,000 GB-s; Sweeper 256 MB at its schedule's 8,760 runs (rate(5 minutes), the
    // usage file gives its duration only) × 2,000 ms = 4,380: all free. 5,008,760 − 1M × $0.20/M = $0.801752. REST
    // (the implicit API) 5M × $3.50/M = $17.50. AuditLogs, the stated logs, Infrequent Access, 365 days = 12 months:
    // 40 − 5 GB × $0.25 = $8.75; 40 × 0.15 × 12 = 72 − 5 GB-months × $0.03 = $2.01; 200 − 5 GB scanned × $0.005 =
    // $0.975, halves up $0.98. The functions' logs get what the stated logs leave of the free 5 GB and 5 GB-months:
    // nothing. Ingest at WARN writes its 300 B alone, Sweeper 264 B: 1.50231264 GB × $0.50 = $0.751156; never expiring,
    // 2.704163 GB-months × $0.03 = $0.081125. AlertsTopic 50,000 publishes and HTTPS deliveries, inside their free
    // 1M and 100,000; email 50,000 − 1,000 × $20.00/M = $0.98; SQS no delivery charge. AlertQueue 150,000 requests,
    // free. AlertsTable 5M writes × 2 WRU × $0.625/M = $6.25; 10M eventual reads × 0.5 RRU × $0.125/M = $0.625,
    // halves up $0.63; 8 GB, free.
    const folder = `${FIXTURES}/5-sam-alerts-budget`;
    expect(serverlessBill(fixtureTemplateScenario(folder, 'template.yaml', 'usage.yaml'))).toEqual({
      'lambda.requests': '0.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'api-gateway.rest.requests.tier-1': '17.50',
      'lambda-logs.ingestion.tier-1': '0.75',
      'lambda-logs.storage': '0.08',
      'dynamodb.write-request-units': '6.25',
      'dynamodb.read-request-units': '0.63',
      'dynamodb.storage': '0.00',
      'sqs.standard.requests.tier-1': '0.00',
      'sns.publishes.tier-1': '0.00',
      'sns.deliveries.http.tier-1': '0.00',
      'sns.deliveries.email.tier-1': '0.98',
      'sns.deliveries.sqs.tier-1': '0.00',
      'cloudwatch-logs.ingestion.infrequent-access': '8.75',
      'cloudwatch-logs.storage': '2.01',
      'cloudwatch-logs.insights': '0.98',
      total: '38.73',
    });
    const { status, json, stderr } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(1);
    expect(json.platforms['serverless']!.monthly_usd).toBe('38.73');
    expect(json.budget!.checks.map((check) => [check.platform, check.budget_usd, check.monthly_usd, check.excess_usd, check.status])).toEqual([
      ['serverless', '35.00', '38.73', '3.73', 'over'],
    ]);
    expect(stderr).toContain('Serverless $38.73 a month of $35.00, $3.73 over');
    expect(noteOf(json, 'lambda-logs.ingestion.tier-1')).toBe('1.5 GB (5,000,000 invocations × 300 B + 8,760 invocations × 264 B)');
    expect(messagesOf(json, 'template_assumption')).toEqual([
      'function Sweeper: no requests_per_month in the usage file; priced at the 8,760 runs a month of its schedule (rate(5 minutes))',
    ]);
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('  # Ingest: 512 MB, arm64, timeout 30 s, behind a REST API, system logs at WARN\n');
    expect(written).toContain('  Sweeper: { duration_ms: 100 }   # requests_per_month: 8,760 from its schedule (priced so when left out); more if anything else invokes it\n');
    expect(written).toContain('    - { name: AlertsTable }   # add reads_per_month, writes_per_month, storage_gb\n');
    expect(written).toContain('  cloudwatch_logs:\n    # AuditLogs: AWS::Logs::LogGroup\n    {}   # add ingest_gb_per_month, insights_scanned_gb_per_month\n');
  });
});
