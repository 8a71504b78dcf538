// Whole serverless architectures, twenty-fourth batch: five bills, each a template with a usage file as a team runs
// slcost in CI on its repository, derived by hand from the published pricing facts, the unit prices of the shipped
// tables (pricing/aws/2025-10-08.yaml in us-east-1, eu-central-1 and ap-southeast-2; 2025-05-01.yaml in us-east-2;
// 2024-09-06.yaml and 2024-11-01.yaml in us-east-1; pricing/cloudflare/2026-12-05.yaml) and the rules of README.md,
// docs/templates.md, docs/cold-starts.md, docs/providers.md and docs/services/*.md, before slcost priced them. The
// derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-24/derivations.py
// prints every line) and committed before slcost was run on them. All five agreed with slcost to the cent, line by
// line, when first priced, with the Workers comparison and the requests throttled. Two of the checks beside them did
// not. 24.2's template first wrote IgnoreGlobals among Fulfil's Properties, a slip of the fixture's: it is an
// attribute of the resource, beside Type and Properties, and SAM refuses it as a property. slcost did not read it
// there, so the Globals' failure queue was Fulfil's too, priced at zero for want of usage, and it said nothing of why,
// where SAM would refuse the template. Now a note says so (test/templates/readers.test.ts), and the fixture writes it
// where SAM reads it. And the check of what `usage init` writes for 24.3 expected its comment to
// name Enricher's reserved concurrency, which it did not; now it does, beside the function's sizes. The figures of the DynamoDB warning (24.4) were
// worked by hand after the first pricing, from docs/services/dynamodb.md, and agreed. Every line is rounded to the
// cent, halves up; a total is the sum of its lines. No function priced on a table that bills the INIT phase of a ZIP function on a
// managed runtime names a runtime, so no INIT phase is priced.
//
// New ground: a serverless.yml whose s3 event's bucket is `existing: true` and whose sns events name two topics by
// ARN, none of them priced, beside a bucket and a topic (with two functions subscribed) that its events have the
// Framework create; a SAM template in Frankfurt whose SNS event's SqsSubscription has SAM create the worker's queue,
// with EventInvokeConfig destinations of type SQS and SNS that name none, from Globals merged under a function's own
// and ignored by another (IgnoreGlobals); a SAM template with AWS::LanguageExtensions in Sydney whose Fn::Select,
// Fn::Length and Fn::If size its functions and its stream's shards, and whose reserved concurrency is the priced
// region's row of a mapping (Fn::FindInMap on AWS::Region), holding a queue worker below its load, compared on
// Cloudflare Workers, which prices Lambda for every request; a SAM template priced by --pricing-date on either side
// of DynamoDB's on-demand halving (2024-11-01), its Python functions' INIT unbilled on both tables; and a
// CloudFormation template in Ohio on aws-2025-05-01 whose mapping by stage sizes a provisioned table and the worker a
// FIFO queue's event source mapping invokes, beside a function whose Condition does not hold, priced all the same.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first. Every function writes 264 B of START/END/REPORT an invocation. A function over its reserved
//   concurrency serves limit × 3,600 ÷ seconds each an hour, steady traffic every hour the average.
// - Logs: GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12) months, 12 when never expiring; 5 GB and 5
//   GB-months free. SQS: 3 requests a message, 64 KB chunks, 1M free, standard first. SNS: 64 KB chunks, 1M
//   publishes and 100,000 HTTP/S deliveries free, no charge to Lambda or SQS. DynamoDB: 4 KB read units halved when
//   eventual, 1 KB write units; 25 GB, 25 RCU and 25 WCU free. Kinesis: a PUT payload unit each 25 KB of a record.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateJsonOf, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonBill, type JsonLine } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-24';

interface JsonWarning {
  readonly id: string;
  readonly message: string;
}

interface JsonEstimate {
  readonly pricing: { readonly id: string };
  readonly platforms: Readonly<Record<string, { readonly monthly_usd: string | null; readonly line_items: readonly (JsonLine & { readonly note?: string | null })[] }>>;
  readonly compare?: { readonly cheapest: string; readonly providers: Readonly<Record<string, JsonBill>>; readonly assumptions: readonly JsonWarning[] };
  readonly warnings: readonly JsonWarning[];
}

const messagesOf = (json: JsonEstimate, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

const noteOf = (json: JsonEstimate, line: string): string | null | undefined => json.platforms['serverless']!.line_items.find((item) => item.id === line)?.note;

/** What `slcost usage init TEMPLATE` writes, as CI would run it in the repository. */
function usageInit(template: string): string {
  const output = join(mkdtempSync(join(tmpdir(), 'slcost-wa24-')), 'usage.yaml');
  const result = runCli(['usage', 'init', template, '--output', output]);
  expect(result.status).toBe(0);
  return readFileSync(output, 'utf8');
}

describe('a serverless.yml whose events name resources of other stacks beside the ones they create', () => {
  const folder = `${FIXTURES}/1-serverless-existing-and-arn`;

  it('24.1 N. Virginia invoices: the ledger bucket (existing: true) and the bank’s topics (by ARN) unpriced, aws-2025-10-08: $135.51', () => {
    // Provider arm64, 512 MB, 14 days of logs. ingest 4M × 120 ms × 0.5 GB = 240,000 GB-s; render 4M × 700 ms × 1.5 =
    // 4,200,000; archive 2M × 300 ms × 0.25 = 150,000; audit 4M × 30 ms × 0.25 = 30,000; reconcile 500,000 × 2,000 ms ×
    // 0.5 = 500,000: arm64 5,120,000. notify 4M × 50 ms × 0.125 = 25,000, x86_64, free first; 5,120,000 − the 375,000
    // left × $0.0000133334 = $63.266983. 18.5M − 1M requests × $0.20/M = $3.50; HTTP 4M × $1.00/M = $4.00. Logs 4M ×
    // 764 B + 14.5M × 264 B = 6.884 − 5 GB × $0.50 = $0.942; stored 0.48 GB-months, free. S3BucketInvoicedrafts 900 GB
    // × $0.023 = $20.70; 8M PUTs × $0.005 / 1,000 = $40.00; 4M GETs × $0.0004 / 1,000 = $1.60. SNSTopicInvoiceevents 4M
    // publishes of 1 KB − 1M × $0.50/M = $1.50; notify's and audit's lambda subscriptions, 8M deliveries, no charge.
    // ledger-archive and the topics bank-feed and card-settlements are other stacks': nothing of theirs is billed here.
    expect(serverlessBill(fixtureTemplateScenario(folder, 'serverless.yml', 'usage.yaml'))).toEqual({
      'lambda.requests': '3.50',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '63.27',
      'api-gateway.http.requests.tier-1': '4.00',
      'lambda-logs.ingestion.tier-1': '0.94',
      'lambda-logs.storage': '0.00',
      's3.storage.tier-1': '20.70',
      's3.put-requests': '40.00',
      's3.get-requests': '1.60',
      'sns.publishes.tier-1': '1.50',
      'sns.deliveries.lambda.tier-1': '0.00',
      total: '135.51',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/serverless.yml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'sns.deliveries.lambda.tier-1')).toBe(
      '8,000,000 deliveries (SNSTopicInvoiceevents: publishes × 2 subscriptions; no delivery charge; the function bills its own invocations)',
    );
    // Nothing left unpriced, nothing without usage: the resources of other stacks are not the template's.
    expect(messagesOf(json, 'resources_not_priced')).toEqual([]);
    expect(messagesOf(json, 'no_usage_given')).toEqual([]);
    expect(messagesOf(json, 'usage_not_in_template')).toEqual([]);
  });

  it('24.1 usage init asks for the bucket and the topic the events create, and for none of the other stacks’', () => {
    const written = usageInit(`${folder}/serverless.yml`);
    expect(written).toContain(
      '    # S3BucketInvoicedrafts: AWS::S3::Bucket\n    - { name: S3BucketInvoicedrafts }   # add storage_gb, put_requests_per_month, get_requests_per_month\n',
    );
    expect(written).toContain('    # SNSTopicInvoiceevents: AWS::SNS::Topic\n    - { name: SNSTopicInvoiceevents }   # add publishes_per_month\n');
    expect(written).not.toMatch(/Ledgerarchive|Bankfeed|Cardsettlements/);
    expect(written).toContain('  # reconcile: 512 MB, arm64, timeout 60 s, logs kept 14 days\n');
  });
});

describe('SAM: the queue an SqsSubscription creates and the destinations EventInvokeConfig creates', () => {
  const folder = `${FIXTURES}/2-sam-sqs-subscription-destinations`;

  it('24.2 Frankfurt order events: FulfilOrderPlacedQueue, two OnFailure queues and an OnSuccess topic, aws-2025-10-08: $21.64', () => {
    // All arm64 (Globals). Fulfil 1,024 MB 600,000 × 900 ms = 540,000 GB-s; Notify 512 MB 6M × 60 ms = 180,000; Digest
    // at its 730 runs (rate(1 hour)) × 8,000 ms × 0.5 = 2,920: 722,920 − 400,000 × $0.0000133334 = $4.305622.
    // 6,600,730 − 1M requests × $0.20/M = $1.120146. Logs at Frankfurt's $0.63: 6M × 864 B + 600,730 × 264 B =
    // 5.34259272 − 5 GB = $0.215833; never expiring, 9.616667 − 5 GB-months × $0.0324 = $0.149580. SNS: OrderEvents 6M
    // publishes of 3 KB and NotifyEventInvokeConfigOnSuccessTopic 5,997,000 of 5 KB, 11,997,000 − 1M × $0.50/M =
    // $5.4985; OrderEvents' https subscription 6M − 100,000 × $0.60/M = $3.54. SQS: FulfilOrderPlacedQueue 6M of 4 KB,
    // NotifyEventInvokeConfigOnFailureQueue 3,000 and DigestEventInvokeConfigOnFailureQueue 2, × 3 = 18,009,006 − 1M
    // × $0.40/M = $6.803602. Fulfil ignores the Globals' EventInvokeConfig: no queue of its own.
    expect(serverlessBill(fixtureTemplateScenario(folder, 'template.yaml', 'usage.yaml'))).toEqual({
      'lambda.requests': '1.12',
      'lambda.duration.arm64.tier-1': '4.31',
      'lambda-logs.ingestion.tier-1': '0.22',
      'lambda-logs.storage': '0.15',
      'sns.publishes.tier-1': '5.50',
      'sns.deliveries.http.tier-1': '3.54',
      'sqs.standard.requests.tier-1': '6.80',
      total: '21.64',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'sqs.standard.requests.tier-1')).toMatch(/FulfilOrderPlacedQueue/);
    expect(messagesOf(json, 'template_assumption')).toEqual([
      'function Digest: no requests_per_month in the usage file; priced at the 730 runs a month of its schedule (rate(1 hour))',
    ]);
    expect(messagesOf(json, 'no_usage_given')).toEqual([]);
    expect(messagesOf(json, 'usage_not_in_template')).toEqual([]);
    // The queue SAM creates invokes Fulfil: its trigger is sqs, not the topic's.
    expect(messagesOf(json, 'cost_bomb').find((message) => message.includes('Fulfil'))).toMatch(/^if SQS invoked function Fulfil /);
  });

  it('24.2 usage init asks for the queue SAM creates for the subscription and for each destination', () => {
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('    - { name: FulfilOrderPlacedQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: NotifyEventInvokeConfigOnFailureQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: DigestEventInvokeConfigOnFailureQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: NotifyEventInvokeConfigOnSuccessTopic }   # add publishes_per_month\n');
    expect(written).toContain('    - { name: OrderEvents }   # add publishes_per_month\n');
    expect(written).not.toContain('FulfilEventInvokeConfig');
  });
});

describe('SAM with AWS::LanguageExtensions: sizes from lists, lengths and the priced region’s mapping', () => {
  const folder = `${FIXTURES}/3-sam-language-extensions-sydney`;

  it('24.3 Sydney clicks: Fn::Select 1,024 and 2,048 MB, Fn::Length 3 shards, FindInMap 4 reserved on AWS::Region: $385.80', () => {
    // IsProd holds (Stage's default). Ingest 1,024 MB 30M × 25 ms = 750,000 GB-s. Enricher 2,048 MB at 4 reserved:
    // 9M / 730 = 12,328.77 an hour × 1.5 s / 3,600 = a concurrency of 5.14, over 4: it serves 4 × 3,600 / 1.5 = 9,600
    // an hour, 7,008,000 (1,992,000 throttled) × 1.5 s × 2 GB = 21,024,000 GB-s. 21,774,000 − 400,000 ×
    // $0.0000133334 = $284.988092. 37,008,000 − 1M × $0.20/M = $7.2016. HTTP 30M × $1.29/M = $38.70 (the API bills
    // every request). Logs 37,008,000 × 264 B = 9.770112 − 5 GB × $0.67 = $3.195975; never expiring 17.586202 − 5
    // GB-months × $0.033 = $0.415345. ClickStream 3 shards × 730 h × $0.0184 = $40.296; 30M records of 3 KB, a unit
    // each, × $0.0195/M = $0.585, halves up $0.59. EnrichQueue 9M × 3 = 27M − 1M × $0.40/M = $10.40.
    expect(serverlessBill(fixtureTemplateScenario(folder, 'template.yaml', 'usage.yaml'))).toEqual({
      'lambda.requests': '7.20',
      'lambda.duration.arm64.tier-1': '284.99',
      'api-gateway.http.requests.tier-1': '38.70',
      'lambda-logs.ingestion.tier-1': '3.20',
      'lambda-logs.storage': '0.42',
      'kinesis.provisioned.shard-hours': '40.30',
      'kinesis.provisioned.put-payload-units': '0.59',
      'sqs.standard.requests.tier-1': '10.40',
      total: '385.80',
    });
    // Compared, Lambda is priced for every request, throttled or not: 39M − 1M × $0.20/M = $7.60; 750,000 + 9M × 1.5
    // × 2 = 27,750,000 − 400,000 GB-s × $0.0000133334 = $364.66849. Workers: $5.00; 39M − 10M requests × $0.30/M =
    // $8.70; 30M × 4 + 9M × 40 = 480M − 30M CPU ms × $0.02/M = $9.00.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`, '--compare', 'cloudflare']);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!).total).toBe('385.80');
    expect(noteOf(json, 'lambda.requests')).toMatch(/1,992,000 throttled, not billed/);
    expect(messagesOf(json, 'reserved_concurrency')).toEqual([
      'function Enricher peaks at about 5 concurrent executions, over its reserved concurrency of 4: about 1,992,000 requests a month would be throttled, which Lambda does not bill (the bill counts only the requests served)',
    ]);
    const providers = json.compare!.providers;
    expect(jsonBill(providers['aws']!)).toEqual({ 'lambda.requests': '7.60', 'lambda.duration.arm64.tier-1': '364.67', total: '372.27' });
    expect(jsonBill(providers['cloudflare']!)).toEqual({ 'workers.plan': '5.00', 'workers.requests': '8.70', 'workers.cpu': '9.00', total: '22.70' });
    expect(json.compare!.cheapest).toBe('cloudflare');
    expect(json.compare!.assumptions.find((a) => a.id === 'compare_without_limits')?.message).toMatch(/1,992,000/);
  });

  it('24.3 usage init writes the sizes the intrinsics give and asks for the stream’s records and the queue’s messages', () => {
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('  # Ingest: 1024 MB, arm64, timeout 30 s, behind an HTTP API\n');
    // The reserved concurrency is named beside the sizes: us-east-1's row (50), as init reads the template before a
    // usage file names its region; the estimate in Sydney reads that row (4).
    expect(written).toContain('  # Enricher: 2048 MB, arm64, timeout 30 s, reserved concurrency 50\n');
    expect(written).toContain('    - { name: ClickStream }   # add records_per_month\n');
    expect(written).toContain('    - { name: EnrichQueue }   # add messages_per_month\n');
  });
});

describe('a SAM template priced on either side of a dated price change, and a CloudFormation template’s conditions', () => {
  const folder = `${FIXTURES}/4-sam-sessions-pricing-dates`;

  it('24.4 N. Virginia sessions by --pricing-date: $99.19 on 2024-10-31 (aws-2024-09-06), $89.82 on 2024-11-01 (aws-2024-11-01)', () => {
    // SessionsApi 256 MB x86_64 20M × 45 ms = 225,000 GB-s; Sweeper 2,920 runs (rate(15 minutes)) × 4,000 ms × 0.25 =
    // 2,920: all free. 20,002,920 − 1M × $0.20/M = $3.800584. REST 20M × $3.50/M = $70.00. Logs flat $0.50: 20M × 500 B
    // + 2,920 × 264 B = 10.00077088 − 5 GB = $2.500385; never expiring, 18.001388 − 5 GB-months × $0.03 = $0.390042.
    // SessionsTable on demand: 6M writes of 1.5 KB × 2 WRU = 12M; 30M eventual reads × 0.5 RRU = 15M; 40 − 25 GB ×
    // $0.25 = $3.75. On 2024-10-31: 12M × $1.25/M = $15.00, 15M × $0.25/M = $3.75; on 2024-11-01, half: $7.50 and
    // $1.875, halves up $1.88. python3.12 ZIP functions: neither table bills their INIT phase.
    const args = [`${folder}/template.yaml`, '--usage', `${folder}/usage.yaml`];
    const common = {
      'lambda.requests': '3.80',
      'lambda.duration.x86_64.tier-1': '0.00',
      'api-gateway.rest.requests.tier-1': '70.00',
      'lambda-logs.ingestion.tier-1': '2.50',
      'lambda-logs.storage': '0.39',
      'dynamodb.storage': '3.75',
    };
    // The warning's provisioned figure: 15M RRU and 12M WRU over 2,628,000 s at 70% are 8.15 → 9 RCU and 6.52 → 7 WCU,
    // 9 × 730 × $0.00013 + 7 × 730 × $0.00065 = $4.1756, against $18.75 of requests before the halving and $9.375 after.
    const warning = (json: JsonEstimate) => messagesOf(json, 'dynamodb_on_demand_over_provisioned')[0];
    const before = estimateJsonOf<JsonEstimate>([...args, '--pricing-date', '2024-10-31']);
    expect(before.status).toBe(0);
    expect(before.json.pricing.id).toBe('aws-2024-09-06');
    expect(jsonBill(before.json.platforms['serverless']!)).toEqual({
      ...common,
      'dynamodb.write-request-units': '15.00',
      'dynamodb.read-request-units': '3.75',
      total: '99.19',
    });
    expect(warning(before.json)).toMatch(/^DynamoDB table SessionsTable: on-demand requests cost \$18\.75 a month; .*\(9 RCU and 7 WCU, .*\) would cost \$4\.18/);
    const after = estimateJsonOf<JsonEstimate>([...args, '--pricing-date', '2024-11-01']);
    expect(after.status).toBe(0);
    expect(after.json.pricing.id).toBe('aws-2024-11-01');
    expect(jsonBill(after.json.platforms['serverless']!)).toEqual({
      ...common,
      'dynamodb.write-request-units': '7.50',
      'dynamodb.read-request-units': '1.88',
      total: '89.82',
    });
    expect(warning(after.json)).toMatch(/^DynamoDB table SessionsTable: on-demand requests cost \$9\.38 a month; .*would cost \$4\.18/);
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('    - { name: SessionsTable }   # add reads_per_month, writes_per_month, storage_gb\n');
  });

  it('24.5 Ohio ledger on aws-2025-05-01: a mapping by stage sizes the table and worker, AuditOn does not hold, priced: $68.62', () => {
    // LedgerWorker 1,769 MB (the prod row) x86_64 2M × 180 ms = 621,914.0625 GB-s; AuditFunction 512 MB (!If IsProd)
    // 1M × 100 ms = 50,000: 671,914.0625 − 400,000 × $0.0000166667 = $4.531910. 3M − 1M × $0.20/M = $0.40. Logs 2M ×
    // 1,264 B + 1M × 264 B = 2.792 GB, free; never expiring 5.0256 − 5 GB-months × $0.03 = $0.000768. LedgerQueue FIFO
    // 20M × 3 = 60M − 1M × $0.50/M = $29.50. LedgerTable 60 RCU, 40 WCU: 35 × 730 h × $0.00013 = $3.3215; 15 × 730 ×
    // $0.00065 = $7.1175; 120 − 25 GB × $0.25 = $23.75. Its 9.5 RCU and 15.2 WCU of load are within its capacity.
    const folder5 = `${FIXTURES}/5-cfn-conditions-ohio`;
    expect(serverlessBill(fixtureTemplateScenario(folder5, 'template.yaml', 'usage.yaml'))).toEqual({
      'lambda.requests': '0.40',
      'lambda.duration.x86_64.tier-1': '4.53',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.fifo.requests.tier-1': '29.50',
      'dynamodb.write-capacity': '7.12',
      'dynamodb.read-capacity': '3.32',
      'dynamodb.storage': '23.75',
      total: '68.62',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${folder5}/template.yaml`, '--usage', `${folder5}/usage.yaml`]);
    expect(status).toBe(0);
    expect(messagesOf(json, 'template_assumption')).toContain(
      "Resources.AuditFunction: its Condition AuditOn does not hold with the parameters' defaults (and us-east-2 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
    );
    expect(messagesOf(json, 'dynamodb_capacity_below_load')).toEqual([]);
    const written = usageInit(`${folder5}/template.yaml`);
    expect(written).toContain('  # LedgerWorker: 1769 MB, x86_64, timeout 30 s');
    expect(written).toContain('  # AuditFunction: 512 MB, x86_64, timeout 10 s');
    expect(written).toContain('    - { name: LedgerQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: LedgerTable }   # add reads_per_month, writes_per_month, storage_gb\n');
  });
});
