// Whole serverless architectures, twenty-fifth batch: five bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2025-10-08.yaml in ap-northeast-2, ap-northeast-1, us-west-2 and
// us-east-1; 2025-05-01.yaml in eu-west-2; pricing/gcp, azure and cloudflare 2026-12-05.yaml) and the rules of
// README.md, docs/templates.md, docs/cold-starts.md, docs/providers.md and docs/services/*.md, before slcost priced
// them. The derivations were worked in Python's decimal at 40 digits (test/fixtures/whole-architectures-25/
// derivations.py prints every line) and committed before slcost was run on them. Four agreed with slcost to the cent,
// line by line, when first priced, with the worst months and the reserved concurrency the cost bomb advises for 25.2's
// load-balancer target and renderer, 25.5's comparison on three providers and its DynamoDB warning. 25.3 did not: its
// usage file gives publishes for the template's FIFO topic, which slcost says it leaves out, and slcost billed them all
// the same, as a standard topic's (8M publishes in 64 KB chunks, $4.00 more, $73.03 for $69.03), said the topic was "in
// the usage file but not in the template", and warned that its 64.5 KB messages were just over a step.
// docs/services/sns.md says FIFO topics are not priced; the usage entry of one is now left out with a
// `usage_not_priced` note (test/templates/resources.test.ts). Two checks beside the bills found more of the same: a
// template whose only topic is FIFO implied no SNS entry at all, so the first fix missed it and its usage entry was
// still priced; and a usage entry naming 25.1's enhanced fan-out consumer, as one may to price its reads, was
// said to be "not in the template", which has it (it is priced as given, and now said to be the consumer). The worst
// months of the functions no reservation caps (25.3's three, 25.4's worker) were worked by hand after the first
// pricing, from docs/cold-starts.md, and agreed; a first working of LedgerWriter's put the Lambda log bands' edges
// after the free 5 GB, as data transfer's are, and was $1.49 high: the docs put them on the month's whole ingest, the
// free GB off the bottom band, as slcost does. Every line is rounded to the cent, halves up; a total is the sum of its
// lines. No function names a runtime, so no INIT phase is priced.
//
// New ground: a provisioned stream read by two functions, one through a Kinesis event with a parallelization factor
// and one through an enhanced fan-out consumer (AWS::Kinesis::StreamConsumer, named and not priced), whose load over
// its shards' cap makes it fall behind, beside a provisioned table under an Application Auto Scaling target and its
// stream's reader, in Seoul; a serverless.yml in Tokyo with no API Gateway, its web function a load balancer's
// target (an alb event on another stack's listener) and its webhook a function URL, each with reserved concurrency,
// and an x86_64 renderer with 4 GB of ephemeral storage, with the cost bomb's worst months (the renderer's crossing
// x86_64's 6B GB-second band at what the account leaves unreserved) and the reserved concurrency it advises; a FIFO
// topic and a standard topic of 130 KB fanned out to a FIFO queue of 64.5 KB messages and a standard queue, by email
// and HTTPS, on aws-2025-05-01 in London; one ASL file in YAML deployed as a Standard machine a rule on a custom bus
// starts and as an Express machine, with a Parallel, a Choice, a Map and retries, in Oregon; and a REST API past its
// 333M band on a diurnal day with provisioned concurrency in the busy hours alone, every service figure per request
// (transactional reads and writes, a FIFO queue just over 64 KB, responses out), compared on Cloud Run functions,
// Azure Consumption and Workers.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first, off the bottom band; never the provisioned rates. Provisioned concurrency: count × GB × hours ×
//   3,600 s, its invocations (given) at the provisioned duration rate. Ephemeral storage above 512 MB on every
//   billed second.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN with JSON; GB of 10^9 B; stored × 0.15 ×
//   retention_days ÷ (365 / 12), 12 months when never expiring; 5 GB and 5 GB-months free; the bands at 10,000,
//   30,000 and 50,000 GB of the whole ingest.
// - The cost bomb: a cap of N concurrent executions lets through N ÷ duration a second all month, only the
//   function's own lines growing; an unreserved function shares the account's 1,000, less the reservations, with
//   the others' expected traffic in proportion to demand. Over 10× the expected bill, the highest reserved
//   concurrency whose worst month is within it. A stream's consumer is capped by shards × parallelization factor.
// - Kinesis provisioned: shard-hours and PUT payload units of 25 KB. DynamoDB provisioned: capacity × 730 h, 25 RCU,
//   25 WCU and 25 GB free; on demand: RRU = reads × ceil(KB / 4) × 2 transactional, WRU = writes × ceil(KB) × (1 +
//   the transactional share). SQS: 64 KB chunks × 3 requests; the free million to standard first. SNS: 64 KB chunks
//   a publish, deliveries per message. Step Functions: one transition per state entered, a Parallel's branches, a
//   Map's iterations, retries per execution; Express in 100 ms and 64 MB steps, GB of 1,024 MB.
// - Diurnal: the busy hours 8–15 hold 2.5 times the day's hourly average, the others 0.25; 242 busy hours a month.
// - Compared: the functions alone. Cloud Run: the instance size's vCPU and GiB, 100 ms steps; Azure Consumption:
//   memory used to 128 MB steps, 100 ms at least; Workers: $5 with 10M requests and 30M CPU ms.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bombsOf, estimateJsonOf, jsonBill, type JsonBill, type JsonLine, type JsonWarning, messagesOf, noteOf } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-25';

interface JsonEstimate {
  readonly pricing: { readonly id: string; readonly region: string };
  readonly platforms: Readonly<Record<string, { readonly monthly_usd: string | null; readonly line_items: readonly (JsonLine & { readonly note?: string | null })[] }>>;
  readonly compare?: { readonly cheapest: string; readonly providers: Readonly<Record<string, JsonBill>> };
  readonly warnings: readonly JsonWarning[];
}

/** `slcost estimate FOLDER/TEMPLATE --usage FOLDER/usage.yaml --format json`, as CI runs it. */
function priced(folder: string, template: string, ...more: string[]): JsonEstimate {
  const { status, json } = estimateJsonOf<JsonEstimate>([`${folder}/${template}`, '--usage', `${folder}/usage.yaml`, ...more]);
  expect(status).toBe(0);
  return json;
}

/** What `slcost usage init TEMPLATE` writes, as CI would run it in the repository. */
function usageInit(template: string): string {
  const output = join(mkdtempSync(join(tmpdir(), 'slcost-wa25-')), 'usage.yaml');
  const result = runCli(['usage', 'init', template, '--output', output]);
  expect(result.status).toBe(0);
  return readFileSync(output, 'utf8');
}

describe('a SAM template in Seoul: one stream read through a Kinesis event and an enhanced fan-out consumer', () => {
  const folder = `${FIXTURES}/1-sam-kinesis-fan-out-seoul`;

  it('25.1 telemetry: 6 shards of 40 KB records, a consumer that falls behind, an autoscaled table at its capacity: $401.07', () => {
    // Aggregator arm64 1,024 MB 5M × 2.4 s = 12,000,000 GB-s; Alerter arm64 512 MB 20M × 0.8 s = 8,000,000; Projector
    // x86_64 256 MB 3M × 120 ms = 90,000, free first: 20,000,000 − 310,000 × $0.0000133334 = $262.534646. 28M − 1M ×
    // $0.20/M = $5.40. Logs at Seoul's $0.76: 5M × 564 B + 3M × 264 B (Alerter at WARN with JSON writes none) = 3.612
    // GB, free; never expiring 6.5016 − 5 GB-months × $0.0314 = $0.047150. Telemetry 6 × 730 × $0.0185 = $81.03; 60M
    // records of 40 KB, 2 units each, × $0.0204/M = $2.448. DeviceState 100 WCU (the autoscaling target's minimum, as
    // written, all month) − 25 × 730 × $0.0007049 = $38.593275; 40 − 25 RCU × 730 × $0.00014098 = $1.543731; 60 − 25
    // GB × $0.27075 = $9.47625, halves up $9.48. The projector's 3M stream reads cost nothing.
    const json = priced(folder, 'template.yaml');
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'ap-northeast-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '5.40',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '262.53',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.05',
      'dynamodb.write-capacity': '38.59',
      'dynamodb.read-capacity': '1.54',
      'dynamodb.storage': '9.48',
      'dynamodb.stream-read-request-units.lambda': '0.00',
      'kinesis.provisioned.shard-hours': '81.03',
      'kinesis.provisioned.put-payload-units': '2.45',
      total: '401.07',
    });
    expect(noteOf(json, 'kinesis.provisioned.put-payload-units')).toBe('120,000,000 units (Telemetry: 60,000,000 records of 40 KB × 2 units of 25 KB = 120,000,000 units)');
    // Alerter reads the 6 shards through the consumer, a factor of 1: 20M × 0.8 s over 2,628,000 s is 6.09 at once.
    expect(messagesOf(json, 'stream_behind')).toEqual([
      "function Alerter peaks at about 6.1 concurrent executions, over its 6 shards × a parallelization factor of 1 = 6 concurrent executions: its records wait in the stream and its iterator age grows; its average of about 6.1 is over them too, so it falls further behind all month and records older than the stream's retention expire unread; more shards or a higher parallelization factor (up to 10) keep up (the bill prices every run as given)",
    ]);
    expect(messagesOf(json, 'resources_not_priced')).toEqual([
      'a resource that costs money of its own and that slcost does not price: AlertsConsumer (AWS::Kinesis::StreamConsumer); the bill leaves it out',
    ]);
    expect(messagesOf(json, 'template_assumption')).toEqual([
      "Resources.DeviceStateWriteScaling: an Application Auto Scaling target scales the write capacity of table DeviceState between 100 and 400; priced at the WriteCapacityUnits of the table's ProvisionedThroughput, all month, which autoscaling does not keep (give the month's average as write_capacity_units in the usage file's services.dynamodb)",
    ]);
    // Each worst month within 10× the $401.07: Aggregator at its 6 × 2 = 12 executions 13,140,000 runs, $665.88;
    // Alerter at 6, 19,710,000 (fewer than its own); Projector at its reserved 5, 109,500,000 runs, $496.49.
    expect(messagesOf(json, 'cost_bomb')).toEqual([]);
    expect(messagesOf(json, 'dynamodb_capacity_below_load')).toEqual([]);
    expect(messagesOf(json, 'no_usage_given')).toEqual([]);
    expect(messagesOf(json, 'usage_not_in_template')).toEqual([]);
  });

  it('25.1 usage init asks for the stream’s records and the table’s figures, and names the consumer it does not price', () => {
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('  # Alerter: 512 MB, arm64, timeout 60 s, system logs at WARN\n');
    expect(written).toContain('  # Projector: 256 MB, x86_64, timeout 60 s, reserved concurrency 5\n');
    expect(written).toContain('    - { name: Telemetry }   # add records_per_month\n');
    expect(written).toContain('    - { name: DeviceState }   # add reads_per_month, writes_per_month, storage_gb\n');
    expect(written).toContain('AlertsConsumer (AWS::Kinesis::StreamConsumer)');
  });
});

describe('a serverless.yml in Tokyo with no API Gateway: a load balancer’s target, a function URL, a queue’s renderer', () => {
  const folder = `${FIXTURES}/2-serverless-alb-url-tokyo`;

  it('25.2 media portal: arm64 and x86_64 with 4 GB of ephemeral storage, logs kept 30 days, aws-2025-10-08: $427.50', () => {
    // render x86_64 3,008 MB 600,000 × 9 s = 15,862,500 GB-s − 400,000 free × $0.0000166667 = $257.708849; web arm64
    // 1,024 MB 40M × 150 ms = 6,000,000 and hook 256 MB 2M × 300 ms = 150,000: 6,150,000 × $0.0000133334 = $82.00041.
    // 42.6M − 1M × $0.20/M = $8.32. Ephemeral (4,096 − 512) / 1,024 = 3.5 GB × 5,400,000 s × $0.000000037 = $0.6993.
    // Logs at Tokyo's $0.76: 40M × 464 B + 2.6M × 264 B = 19.2464 − 5 GB = $10.827264; kept 30 days, 2.847413
    // GB-months, free. RenderQueue 600,000 × 3 − 1M × $0.40/M = $0.32. Thumbnails 2,000 GB × $0.025 = $50.00; 600,000
    // PUTs × $0.0047 / 1,000 = $2.82; 40M GETs × $0.00037 / 1,000 = $14.80. The load balancer is another stack's.
    const json = priced(folder, 'serverless.yml');
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'ap-northeast-1' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '8.32',
      'lambda.duration.x86_64.tier-1': '257.71',
      'lambda.duration.arm64.tier-1': '82.00',
      'lambda.ephemeral-storage': '0.70',
      'lambda-logs.ingestion.tier-1': '10.83',
      'lambda-logs.storage': '0.00',
      's3.storage.tier-1': '50.00',
      's3.put-requests': '2.82',
      's3.get-requests': '14.80',
      'sqs.standard.requests.tier-1': '0.32',
      total: '427.50',
    });
    // web at its reserved 200: 200 ÷ 0.15 s × 2,628,000 = 3,504,000,000 requests; its requests, 525,750,000 arm64 GB-s
    // and 1,626.5424 GB of logs make $9,277.66; 88 keeps within $4,275.00 ($4,264.30; 89 would be $4,309.07). render at
    // the 1,000 − 210 = 790 the reservations leave: 230,680,000 runs, 6,098,602,500 GB-s past x86_64's 6B band
    // ($99,993.53 + $1,479.04), $268.86 of ephemeral storage: $102,002.93; 31 keeps within ($4,164.90; 32, $4,294.02).
    // hook at its reserved 10: 87,600,000 calls, $547.43, within.
    expect(bombsOf(json)).toEqual({
      web: { worst: '9277.66', expected: '427.50', cappedBy: 'reserved_concurrency', suggested: '88' },
      render: { worst: '102002.93', expected: '427.50', cappedBy: 'account_concurrency_limit', suggested: '31' },
    });
    expect(messagesOf(json, 'cost_bomb')).toEqual([
      'if its callers, with no API in front of it, invoked function web up to its reserved concurrency of 200 all month, the serverless bill would be $9,277.66, 22× the expected $427.50; reserved concurrency of 88 (reservedConcurrency in serverless.yml) keeps the worst month within 10× the expected bill and serves its peak of 2.3 concurrent executions',
      "if SQS invoked function render up to the 790 concurrent executions the account's limit of 1,000 leaves unreserved all month, the serverless bill would be $102,002.93, 239× the expected $427.50; reserved concurrency of 31 (reservedConcurrency in serverless.yml) keeps the worst month within 10× the expected bill and serves its peak of 2.1 concurrent executions",
    ]);
    expect(messagesOf(json, 'resources_not_priced')).toEqual([]);
    expect(messagesOf(json, 'no_usage_given')).toEqual([]);
  });

  it('25.2 usage init writes each function’s sizes, reservation and retention, and asks for the queue and the bucket', () => {
    const written = usageInit(`${folder}/serverless.yml`);
    expect(written).toContain('  # web: 1024 MB, arm64, timeout 6 s, reserved concurrency 200, logs kept 30 days\n');
    expect(written).toContain('  # render: 3008 MB, x86_64, timeout 120 s, logs kept 30 days\n');
    expect(written).toContain('    - { name: RenderQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: Thumbnails }   # add storage_gb, put_requests_per_month, get_requests_per_month\n');
  });
});

describe('a SAM template in London: a FIFO topic left out, a standard topic of 130 KB, queues just past 64 KB', () => {
  const folder = `${FIXTURES}/3-sam-fifo-topic-london`;

  it('25.3 orders on aws-2025-05-01: the FIFO topic’s usage not priced, as the topic is not: $69.03', () => {
    // x86_64: Publisher 4M × 80 ms × 0.25 = 80,000; LedgerWriter 4M × 40 ms × 0.5 = 80,000; Auditor 2M × 200 ms × 1 =
    // 400,000: 560,000 − 400,000 × $0.0000166667 = $2.666672. 10M − 1M × $0.20/M = $1.80. Logs 2.64 GB and 4.752
    // GB-months, free. Uploads 800 GB × $0.024 = $19.20; 4M PUTs × $0.0053 / 1,000 = $21.20; 4M GETs × $0.00042 /
    // 1,000 = $1.68. AuditTopic 2M × 3 chunks = 6M − 1M × $0.50/M = $2.50; https 2M − 100,000 × $0.60/M = $1.14; email
    // 3,000 − 1,000 × $20/M = $0.04; sqs 2M free. AuditQueue 2M × 3 × 3 = 18M − 1M × $0.40/M = $6.80; LedgerQueue FIFO
    // 4M × 2 × 3 = 24M × $0.50/M = $12.00. OrderTopic is FIFO: nothing of it, its usage included.
    const json = priced(folder, 'template.yaml');
    expect(json.pricing).toMatchObject({ id: 'aws-2025-05-01', region: 'eu-west-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '1.80',
      'lambda.duration.x86_64.tier-1': '2.67',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      's3.storage.tier-1': '19.20',
      's3.put-requests': '21.20',
      's3.get-requests': '1.68',
      'sqs.standard.requests.tier-1': '6.80',
      'sqs.fifo.requests.tier-1': '12.00',
      'sns.publishes.tier-1': '2.50',
      'sns.deliveries.http.tier-1': '1.14',
      'sns.deliveries.email.tier-1': '0.04',
      'sns.deliveries.sqs.tier-1': '0.00',
      total: '69.03',
    });
    expect(noteOf(json, 'sns.publishes.tier-1')).toBe('6,000,000 publishes (AuditTopic: each 130 KB message is 3 × 64 KB chunks) − 1,000,000 free');
    expect(messagesOf(json, 'template_assumption')).toEqual([
      'Resources.OrderTopic: a FIFO topic (FifoTopic), which slcost does not price (it prices standard topics); its publishes and deliveries are left out',
    ]);
    expect(messagesOf(json, 'usage_not_priced')).toEqual([
      "services.sns[0]: OrderTopic is the template's AWS::SNS::Topic, a FIFO topic, which slcost does not price (it prices standard topics); its usage is not priced",
    ]);
    expect(messagesOf(json, 'usage_not_in_template')).toEqual([]);
    expect(messagesOf(json, 'payload_just_over_step')).toEqual([
      'SQS queue LedgerQueue: each 64.5 KB message is billed as 2 requests (one per 64 KB); trimmed to 64 KB it would be 1',
      'SQS queue AuditQueue: each 130 KB message is billed as 3 requests (one per 64 KB); trimmed to 128 KB it would be 2',
      'SNS topic AuditTopic: each 130 KB message is billed as 3 publishes (one per 64 KB); trimmed to 128 KB it would be 2',
    ]);
    // Each function unreserved at the account's 1,000, the others' expected 0.06 to 0.21 concurrent executions sharing
    // it in proportion: Publisher 32.85B runs a month, LedgerWriter's logs past the 10,000 GB band, each far over 10×.
    expect(bombsOf(json)).toEqual({
      Publisher: { worst: '23262.01', expected: '69.03', cappedBy: 'account_concurrency_limit', suggested: '26' },
      LedgerWriter: { worst: '44259.81', expected: '69.03', cappedBy: 'account_concurrency_limit', suggested: '13' },
      Auditor: { worst: '48752.25', expected: '69.03', cappedBy: 'account_concurrency_limit', suggested: '12' },
    });
  });

  it('25.3 usage init asks for the standard topic and both queues, and for no FIFO topic', () => {
    const written = usageInit(`${folder}/template.yaml`);
    expect(written).toContain('    - { name: AuditTopic }   # add publishes_per_month\n');
    expect(written).toContain('    - { name: LedgerQueue }   # add messages_per_month\n');
    expect(written).toContain('    - { name: AuditQueue }   # add messages_per_month\n');
    expect(written).not.toContain('OrderTopic');
  });
});

describe('a SAM template in Oregon: one ASL file in YAML as a Standard and an Express machine', () => {
  const folder = `${FIXTURES}/4-sam-claims-machines-oregon`;

  it('25.4 claims: 25.5 transitions an execution counted from the file, Express at 1,300 ms and 192 MB: $229.25', () => {
    // Validate 1, Gather 1 + FetchPolicy, ScorePolicy 2 + FetchHistory 1, Route 1, PriceItems 1 + 8 × 2, Notify 1, Done
    // 1 = 25, retries 0.1 + 0.4: 300,000 × 25.5 = 7,650,000 − 4,000 × $0.025 / 1,000 = $191.15. Express 3M × $1/M =
    // $3.00; 3M × 1.3 s × 192 / 1,024 = 731,250 GB-s × $0.00001667 = $12.1899375. Worker arm64 512 MB 41.25M × 60 ms =
    // 1,237,500 − 400,000 × $0.0000133334 = $11.166722; 40.25M × $0.20/M = $8.05. Logs 41.25M × 264 B = 10.89 − 5 GB ×
    // $0.50 = $2.945, halves up $2.95; 19.602 − 5 GB-months × $0.03 = $0.43806. ClaimsBus 300,000 events of 3 KB, $0.30.
    const json = priced(folder, 'template.yaml');
    expect(json.pricing).toMatchObject({ id: 'aws-2025-10-08', region: 'us-west-2' });
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '8.05',
      'lambda.duration.arm64.tier-1': '11.17',
      'lambda-logs.ingestion.tier-1': '2.95',
      'lambda-logs.storage': '0.44',
      'step-functions.standard.transitions.tier-1': '191.15',
      'step-functions.express.requests': '3.00',
      'step-functions.express.duration.tier-1': '12.19',
      'eventbridge.custom-events': '0.30',
      total: '229.25',
    });
    expect(noteOf(json, 'step-functions.standard.transitions.tier-1')).toBe(
      '7,650,000 transitions (ClaimsStandard: 300,000 executions × 25.5 transitions counted from its definition) − 4,000 free',
    );
    expect(noteOf(json, 'step-functions.express.duration.tier-1')).toBe('731,250 GB-seconds (ClaimsExpress: 3,000,000 × 1,300 ms billed (1,250 ms) × 192 MB billed (150 MB))');
    // As Express, ClaimsStandard is $0.30 + 300,000 × 1.3 s × 64 / 1,024 × $0.00001667 = $0.70633; as Standard, the
    // free tier aside, $191.25. ClaimsExpress as Standard would be $1,912.50 against $15.19: no cheaper_as_standard.
    expect(messagesOf(json, 'cheaper_as_express')).toEqual([
      'Step Functions ClaimsStandard: as Standard it costs $191.25 a month; as Express it would cost $0.71 (free tier aside), if its executions fit in five minutes and can run at least once',
    ]);
    expect(messagesOf(json, 'cheaper_as_standard')).toEqual([]);
    expect(messagesOf(json, 'transitions_assumed')).toEqual([]);
    // The worker is a state machine's task (read as such since this batch, where the cost bomb said "if anything
    // invoked" it; the figures are the same, someone waiting on a task as on a caller): at the account's 1,000, 43.8B
    // runs, $8,759.80 of requests, 1,314,000,000 GB-s, 11,563.2 GB of logs past the 10,000 GB band: $32,493.75.
    expect(bombsOf(json)).toEqual({ Worker: { worst: '32493.75', expected: '229.25', cappedBy: 'account_concurrency_limit', suggested: '64' } });
    expect(messagesOf(json, 'cost_bomb')[0]).toMatch(/^if Step Functions invoked function Worker /);
  });
});

describe('a scenario: a REST API on a diurnal day, busy-hours provisioned concurrency, every service per request', () => {
  const file = `${FIXTURES}/5-scenario-diurnal-provisioned-compare/scenario.yaml`;

  it('25.5 quotes in N. Virginia: $3,941.68, its functions on Azure Consumption the cheapest at $191.40', () => {
    // quote: 40 × 1.5 GB × 242 h × 3,600 = 52,272,000 GB-s × $0.0000033334 = $174.243485; its 370M provisioned
    // invocations × 45 ms × 1.5 = 24,975,000 × $0.0000077778 = $194.250555; on demand 80M × 45 ms × 1.5 = 5,400,000 ×
    // $0.0000133334 = $72.00036 (the free GB-s to settle's x86_64 first: 22.5M × 0.3 s = 6,750,000 − 400,000 ×
    // $0.0000166667 = $105.833545). 472.5M − 1M × $0.20/M = $94.30. REST 333M × $3.50/M = $1,165.50 + 117M × $2.80/M =
    // $327.60. Logs 450M × 384 B + 22.5M × 264 B = 178.74 − 5 GB × $0.50 = $86.87; 11.930301 (14 days) + 10.692
    // (never) − 5 GB-months × $0.03 = $0.528669. quotes: 900M transactional reads of 6 KB × 4 RRU = 3.6B × $0.125/M =
    // $450.00; 135M writes × 6 WRU × 1.25 = 1,012,500,000 × $0.625/M = $632.8125; 375 GB × $0.25 = $93.75.
    // settlements FIFO 22.5M × 2 × 3 = 135M − 1M × $0.50/M = $67.00. 450M × 12 KB = 5,400 − 100 GB × $0.09 = $477.00.
    const { status, json } = estimateJsonOf<JsonEstimate>([file]);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms['serverless']!)).toEqual({
      'lambda.requests': '94.30',
      'lambda.duration.x86_64.tier-1': '105.83',
      'lambda.duration.arm64.tier-1': '72.00',
      'lambda.provisioned-concurrency.arm64': '174.24',
      'lambda.provisioned-duration.arm64': '194.25',
      'api-gateway.rest.requests.tier-1': '1165.50',
      'api-gateway.rest.requests.tier-2': '327.60',
      'lambda-logs.ingestion.tier-1': '86.87',
      'lambda-logs.storage': '0.53',
      'dynamodb.write-request-units': '632.81',
      'dynamodb.read-request-units': '450.00',
      'dynamodb.storage': '93.75',
      'sqs.fifo.requests.tier-1': '67.00',
      'data-transfer.internet-out.tier-1': '477.00',
      total: '3941.68',
    });
    // Compared, the functions alone: Lambda's five lines, $640.62. Cloud Run: quote on the 2,048 MB size (1 vCPU, 2
    // GiB), settle on 1,024 MB (0.583 vCPU, 1 GiB), 100 ms steps: 48,935,250 − 180,000 vCPU-s × $0.000024 =
    // $1,170.126; 96,750,000 − 360,000 GiB-s × $0.0000025 = $240.975; 470.5M requests × $0.40/M = $188.20. Azure: 128
    // MB each, quote's 45 ms at 100: 6,468,750 − 400,000 GB-s × $0.000016 = $97.10; 471.5M × $0.20/M = $94.30.
    // Workers: $5.00; 462.5M × $0.30/M = $138.75; 4,050M + 1,125M − 30M CPU ms × $0.02/M = $102.90.
    const providers = json.compare!.providers;
    expect(jsonBill(providers['aws']!)).toEqual({
      'lambda.requests': '94.30',
      'lambda.duration.x86_64.tier-1': '105.83',
      'lambda.duration.arm64.tier-1': '72.00',
      'lambda.provisioned-concurrency.arm64': '174.24',
      'lambda.provisioned-duration.arm64': '194.25',
      total: '640.62',
    });
    expect(jsonBill(providers['gcp']!)).toEqual({ 'run-functions.cpu': '1170.13', 'run-functions.memory': '240.98', 'run-functions.requests': '188.20', total: '1599.31' });
    expect(jsonBill(providers['azure']!)).toEqual({ 'functions.consumption.executions': '94.30', 'functions.consumption.execution-time': '97.10', total: '191.40' });
    expect(jsonBill(providers['cloudflare']!)).toEqual({ 'workers.plan': '5.00', 'workers.requests': '138.75', 'workers.cpu': '102.90', total: '246.65' });
    expect(json.compare!.cheapest).toBe('azure');
    // Provisioned, following the load hour by hour at 70%: busy hours 3.6B × 2.5 / 727 / 3,600 / 0.7 → 4,913 RCU and
    // 1,382 WCU, quiet 492 and 139: (242 × 4,913 + 488 × 492) × $0.00013 + (242 × 1,382 + 488 × 139) × $0.00065 =
    // $447.25486, against $1,082.81 of requests.
    expect(messagesOf(json, 'dynamodb_on_demand_over_provisioned')).toEqual([
      "DynamoDB table quotes: on-demand requests cost $1,082.81 a month; provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to 4,913 RCU and 1,382 WCU in the busiest hours) would cost $447.25; a burst inside an hour needs more capacity than this",
    ]);
    expect(messagesOf(json, 'payload_just_over_step')).toEqual([
      'SQS queue settlements: each 64.001 KB message is billed as 2 requests (one per 64 KB); trimmed to 64 KB it would be 1',
    ]);
    // The busiest hour is 429.85 requests a second, under the throttle of 600, and 19.3 concurrent executions: the API
    // at its throttle all month grows every per-request figure some 3.5 times, within 10×; settle at its reserved 20
    // runs 175.2M times, within too.
    expect(messagesOf(json, 'cost_bomb')).toEqual([]);
    expect(messagesOf(json, 'concurrency_limit')).toEqual([]);
    expect(messagesOf(json, 'reserved_concurrency')).toEqual([]);
    expect(messagesOf(json, 'free_tier_with_provisioned_concurrency')).toHaveLength(1);
  });
});
