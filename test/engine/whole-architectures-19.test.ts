// Whole serverless architectures, nineteenth batch: six bills derived by hand from the published pricing facts, the
// unit prices of the shipped tables (pricing/aws/2025-05-01.yaml in eu-west-1, ap-northeast-1, us-east-2, us-west-2
// and eu-central-1; pricing/aws/2024-02-01.yaml in us-east-1) and the rules of README.md, docs/cold-starts.md,
// docs/templates.md and docs/services/*.md, before slcost priced them. The derivations were worked in Python's decimal
// at 40 digits (test/fixtures/whole-architectures-19/derivations.py prints every line) and committed before slcost was
// run on them (the first four together; 19.5 and 19.6 each before its own pricing); every bill agreed with slcost to
// the cent, line by line, when first priced. The figures of 19.2's DynamoDB warnings and of 19.4's cost bomb were
// worked by hand after that first pricing, from the docs' wording, and agreed too. Every line is rounded to the cent,
// halves up; a total is the sum of its lines. This batch leans on what no earlier batch priced: a SAM state machine
// read from the file its DefinitionUri names, with DefinitionSubstitutions, a Map inside a Map inside a Parallel
// branch, a Catch path not taken, retries given for a state with no Retry and for one not entered, beside a
// DefinitionString built by Fn::Join; payloads at and just over the 64 KB steps of SQS, SNS and EventBridge, HTTP API
// requests of exactly 512 KB and Kinesis records of exactly 1 and 25 KB, with request units from item sizes on the
// table before DynamoDB's 2024-11-01 cut; provisioned concurrency whose hours split a custom day's weight group, with
// ephemeral storage; an Express machine that loops and a distributed Map of Express children; SAM Globals under
// IgnoreGlobals and a merged LoggingConfig, a function URL, provisioned concurrency on an alias at a steady load, and
// what the bill leaves out.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first, never at the provisioned rates. Provisioned concurrency: count × GB × hours × 3,600 configured;
//   each hour it is on serves its requests less Erlang's B(count, erlangs), the rest on demand. Ephemeral storage
//   above 512 MB per GB-s of every invocation.
// - The month: 730 hours; a custom day's hours 0–9 come 31 times, 10–23 30 times; spiky event days are the first.
// - Logs: 264 B of START/END/REPORT an invocation at INFO, none at WARN with JSON; GB of 10^9 B; stored × 0.15 ×
//   retention_days ÷ (365 / 12) months, 12 when never expiring; 5 GB and 5 GB-months free.
// - Step Functions: one transition per state entered; Parallel 1 + its branches; Map 1 + iterations × its
//   processor's states, an inner Map's iterations for each outer iteration; retries per execution for each state
//   entered; Catch paths not taken. Express: 100 ms and 64 MB steps, GB of 1,024 MB, bands at 3.6M and 18M GB-s.
// - Payloads: each 64 KB chunk a request (SQS), publish (SNS) or event (EventBridge); deliveries per message; a
//   Kinesis record rounded up to 1 KB of 1,024 B (GB of 1,048,576 KB) on demand, 25 KB PUT payload units
//   provisioned; DynamoDB RRU = reads × ceil(KB ÷ 4) × 0.5 / 1 / 2, WRU = writes × ceil(KB) × (1 + transactional
//   share).
import { describe, expect, it } from 'vitest';
import { estimateJsonOf, fixtureScenario, fixtureTemplateScenario, serverlessBill } from '../helpers/bills.js';

const FIXTURES = 'test/fixtures/whole-architectures-19';

const templateBill = (folder: string, template: string): Record<string, string> =>
  serverlessBill(fixtureTemplateScenario(FIXTURES, `${folder}/${template}`, `${folder}/usage.yaml`));

interface JsonEstimate {
  readonly platforms: {
    readonly serverless: { readonly line_items: readonly { readonly id: string; readonly note: string | null }[] };
  };
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

const estimateOf = (...args: string[]): { status: number | null; json: JsonEstimate } => {
  const { status, json } = estimateJsonOf<JsonEstimate>(args);
  return { status, json };
};

const templateEstimate = (folder: string, template: string): { status: number | null; json: JsonEstimate } =>
  estimateOf(`${FIXTURES}/${folder}/${template}`, '--usage', `${FIXTURES}/${folder}/usage.yaml`);

const messagesOf = (json: JsonEstimate, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

const noteOf = (json: JsonEstimate, line: string): string | null | undefined => json.platforms.serverless.line_items.find((item) => item.id === line)?.note;

describe('state machines whose transitions are counted from their definitions', () => {
  it('19.1 a SAM machine from its DefinitionUri, a Map in a Map in a Parallel branch, beside an Fn::Join definition: $259.58', () => {
    // OrderMachine (statemachine/orders.asl.json): Validate 1; Fanout 1 + Reserve 1 + Charge 1 + Shipments 1 + 4 ×
    // (Pick 1 + Items 1 + 3 × Scan 1) = 23; Route 1, Expedite 1, Done 1: 28, + retries Validate 0.3 and Charge 0.1
    // (no Retry: counted, said); Refund, on the Catch path, not entered: its 0.5 not counted. 250,000 × 28.4 =
    // 7,100,000. AuditMachine (Fn::Join): Record, Check, Done: 1M × 3. 10,100,000 − 4,000 free × $0.025/1,000 =
    // $252.40. PaymentFn x86_64 2,048 MB 1,200 ms × 275,000 = 660,000 − 400,000 GB-s × $0.0000166667 = $4.33; OrderFn
    // arm64 512 MB 150 ms × 1,325,000 = 99,375 GB-s × $0.0000133334 = $1.325007, $1.33; 1.6M − 1M × $0.20/M = $0.12.
    // Logs: 1,325,000 × 5,264 B + 275,000 × 264 B = 7.0474 − 5 GB × $0.57 = $1.17; × 0.15 × 12 = 12.6853 − 5
    // GB-months × $0.03 = $0.23.
    expect(templateBill('1-sam-orders-machine', 'template.yaml')).toEqual({
      'lambda.requests': '0.12',
      'lambda.duration.x86_64.tier-1': '4.33',
      'lambda.duration.arm64.tier-1': '1.33',
      'lambda-logs.ingestion.tier-1': '1.17',
      'lambda-logs.storage': '0.23',
      'step-functions.standard.transitions.tier-1': '252.40',
      total: '259.58',
    });
    const { status, json } = templateEstimate('1-sam-orders-machine', 'template.yaml');
    expect(status).toBe(0);
    expect(noteOf(json, 'step-functions.standard.transitions.tier-1')).toBe(
      '10,100,000 transitions (OrderMachine: 250,000 executions × 28.4 transitions counted from its definition; AuditMachine: 1,000,000 executions × 3 transitions counted from its definition) − 4,000 free',
    );
    expect(messagesOf(json, 'transitions_assumed')).toEqual([
      'Step Functions OrderMachine: retries for "Charge" are counted as given, though its definition has no Retry, without which Step Functions does not retry a state',
      'Step Functions OrderMachine: retries for "Refund" are not counted: the walk does not enter it',
    ]);
    // OrderFn's logs: 6.9748 GB × $0.57 + 12.5546 GB-months × $0.03 = $4.35 at list prices; the function $0.265 +
    // $1.325007 = $1.59.
    expect(messagesOf(json, 'logs_cost_more_than_functions')[0]).toContain(
      'the logs of function OrderFn cost $4.35 a month at list prices before the free tier, more than the function itself ($1.59)',
    );
  });

  it('19.5 a serverless.yml: an Express machine that loops, a distributed Map of Express children, $281.70', () => {
    // pollMachine (EXPRESS) loops (Poll → Ready → Pause → Poll): no error on Express, said, not compared with
    // Standard. 20M × 2,350 → 2,400 ms × 100 → 128 MB = 6,000,000 GB-s: 3,600,000 × $0.00001667 = $60.012, $60.01;
    // 2,400,000 × $0.00000833 = $19.992, $19.99; 20M × $1.00/M = $20.00. batchMachine: Load 1, Fan 1 + 1,000 ×
    // (Transform, Store), Report 1 = 2,003 × 3,000 = 6,009,000 − 4,000 × $0.025/1,000 = $150.125, $150.13.
    // transform x86_64 256 MB 200 ms × 3M = 150,000 GB-s, free; poller arm64 (provider) 1,024 MB (the Framework's)
    // 30 ms × 50M = 1,500,000 − 250,000 × $0.0000133334 = $16.67; 53M − 1M × $0.20/M = $10.40. Logs 53M × 264 B =
    // 13.992 − 5 GB × $0.50 = $4.50; kept 7 days: 0.4830 GB-months, free.
    expect(templateBill('5-serverless-loop-and-distributed', 'serverless.yml')).toEqual({
      'lambda.requests': '10.40',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '16.67',
      'lambda-logs.ingestion.tier-1': '4.50',
      'lambda-logs.storage': '0.00',
      'step-functions.standard.transitions.tier-1': '150.13',
      'step-functions.express.requests': '20.00',
      'step-functions.express.duration.tier-1': '60.01',
      'step-functions.express.duration.tier-2': '19.99',
      total: '281.70',
    });
    const { status, json } = templateEstimate('5-serverless-loop-and-distributed', 'serverless.yml');
    expect(status).toBe(0);
    expect(messagesOf(json, 'transitions_assumed')).toEqual([
      'Step Functions pollMachine: transitions not counted, so it is not compared with Standard: definition: the walk loops (Poll → Ready → Pause → Poll); give choices for a Choice state in it to leave the loop, or give transitions_per_execution',
      'Step Functions batchMachine: Map state "Fan" is distributed with EXPRESS child workflows, which AWS bills as Express executions; their states are counted here as this machine\'s transitions',
    ]);
    expect(json.warnings.some((w) => w.id === 'cheaper_as_standard' || w.id === 'cheaper_as_express')).toBe(false);
  });
});

describe('payloads at and just over their steps', () => {
  it('19.2 N. Virginia before the DynamoDB cut: queues, topics, events, an HTTP API and tables per request of a spiky month, $167.19', () => {
    // api x86_64 256 MB 45 ms × 20M = 225,000 GB-s, free; worker arm64 1,024 MB 300 ms × 4M = 1,200,000 − 175,000 ×
    // $0.0000133334 = $13.67; 24M − 1M × $0.20/M = $4.60. HTTP API 20M of exactly 512 KB, one step: $20.00. Logs
    // 24M × 264 B = 6.336 − 5 GB × $0.50 (flat) = $0.668, $0.67; 11.4048 − 5 GB-months × $0.03 = $0.19.
    // DynamoDB (aws-2024-02-01: $1.25/M WRU, $0.25/M RRU): orders 40M strong reads of 4 KB = 40M RRU, 10M writes of
    // 4 KB a quarter transactional = 50M WRU; sessions 20M eventual reads of 4.5 KB = 20M RRU, 4M writes × 5 = 20M
    // WRU; ledger 1M transactional reads of 1 KB = 2M RRU, 1M transactional writes = 2M WRU. 72M WRU = $90.00; 62M
    // RRU = $15.50; 45 − 25 GB × $0.25 = $5.00. SQS: jobs 10M × 1 chunk (64 KB) × 3 + exports 200,000 × 2 (65 KB)
    // × 3 + archives 100,000 × 4 (256 KB) × 3 = 32.4M − 1M × $0.40/M = $12.56. SNS: events 2M × 2 (128 KB) +
    // alerts 50,000 × 3 (130 KB) = 4.15M − 1M × $0.50/M = $1.575, $1.58; HTTP 2M − 100,000 × $0.60/M = $1.14; email
    // 50,000 − 1,000 × $20/M = $0.98; SQS 4M at $0. EventBridge 1M custom + 300,000 partner of exactly 64 KB: $1.30.
    expect(serverlessBill(fixtureScenario(FIXTURES, '2-virginia-payloads-before-the-cut.yaml'))).toEqual({
      'lambda.requests': '4.60',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '13.67',
      'api-gateway.http.requests.tier-1': '20.00',
      'lambda-logs.ingestion.tier-1': '0.67',
      'lambda-logs.storage': '0.19',
      'dynamodb.write-request-units': '90.00',
      'dynamodb.read-request-units': '15.50',
      'dynamodb.storage': '5.00',
      'sqs.standard.requests.tier-1': '12.56',
      'sns.publishes.tier-1': '1.58',
      'sns.deliveries.http.tier-1': '1.14',
      'sns.deliveries.email.tier-1': '0.98',
      'sns.deliveries.sqs.tier-1': '0.00',
      'eventbridge.custom-events': '1.00',
      'eventbridge.partner-events': '0.30',
      total: '167.19',
    });
    const { status, json } = estimateOf(`${FIXTURES}/2-virginia-payloads-before-the-cut.yaml`);
    expect(status).toBe(0);
    // Only the payloads just over a step: 64, 128 and 256 KB messages and 64 KB events are on it.
    expect(messagesOf(json, 'payload_just_over_step')).toEqual([
      'SQS queue exports: each 65 KB message is billed as 2 requests (one per 64 KB); trimmed to 64 KB it would be 1',
      'SNS topic alerts: each 130 KB message is billed as 3 publishes (one per 64 KB); trimmed to 128 KB it would be 2',
    ]);
    // Worked after the first pricing (derivations.py, its last section): the 72 event hours at 20M × 4 ÷ 946 ÷ 3,600 =
    // 23.49 requests a second, the 658 others at 5.87. orders: 2 RCU and 2.5 WCU a request ÷ 0.7 = 68 and 84 units (17
    // and 21): 16,082 RCU-hours × $0.00013 + 19,866 WCU-hours × $0.00065 = $15.00 against 50M WRU + 40M RRU = $72.50.
    // sessions: 1 and 1 ÷ 0.7 = 34 and 34 (9 and 9): 8,370 × ($0.00013 + $0.00065) = $6.53 against $30.00. ledger
    // would save $2.43 a month, under the $5 a warning needs.
    expect(messagesOf(json, 'dynamodb_on_demand_over_provisioned')).toEqual([
      "DynamoDB table orders: on-demand requests cost $72.50 a month; provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to 68 RCU and 84 WCU in the busiest hours) would cost $15.00; a burst inside an hour needs more capacity than this",
      "DynamoDB table sessions: on-demand requests cost $30.00 a month; provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to 34 RCU and 34 WCU in the busiest hours) would cost $6.53; a burst inside an hour needs more capacity than this",
    ]);
  });

  it('19.4 a SAM template in Ohio: streams up part of the month, a FIFO queue after the free million, a topic by !Ref and !GetAtt, $84.30', () => {
    // StreamFn x86_64 1,024 MB 400 ms × 2M = 800,000 − 400,000 GB-s × $0.0000166667 = $6.67; 2M − 1M × $0.20/M =
    // $0.20; logs 0.528 GB, 0.9504 GB-months, free. ClickStream on demand 400 h × $0.04 = $16.00; 30M records of
    // exactly 1 KB ÷ 2^20 = 28.6102 GB in × $0.08 = $2.29, × 2 consumers × $0.04 = $2.29, × 1 EFO × $0.05 = $1.43.
    // AuditStream 3 shards × 730 h + ArchiveStream 2 × 200 h = 2,590 × $0.015 = $38.85; 40M records of 25 KB × 1 unit
    // + 8M of 25.5 KB × 2 = 56M × $0.014/M = $0.78. DeadQueue 100,000 of 64.1 KB × 2 chunks × 3 = 600,000, free;
    // OrdersQueue (FIFO) 3M of exactly 64 KB × 3 = 9M − the 400,000 left of the free million × $0.50/M = $4.30.
    // NotifyTopic 1.5M of 192 KB × 3 = 4.5M − 1M × $0.50/M = $1.75; HTTP/S 2 subscriptions (PartnerHook by !Ref,
    // OpsHook by !GetAtt; ElsewhereHook another topic's): 3M − 100,000 × $0.60/M = $1.74; Lambda 1.5M at $0.
    // OrdersBus 2M events of 200 KB × 4 chunks × $1.00/M = $8.00.
    expect(templateBill('4-sam-streams-and-steps', 'template.yaml')).toEqual({
      'lambda.requests': '0.20',
      'lambda.duration.x86_64.tier-1': '6.67',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '0.00',
      'sqs.fifo.requests.tier-1': '4.30',
      'sns.publishes.tier-1': '1.75',
      'sns.deliveries.http.tier-1': '1.74',
      'sns.deliveries.lambda.tier-1': '0.00',
      'eventbridge.custom-events': '8.00',
      'kinesis.on-demand.stream-hours': '16.00',
      'kinesis.on-demand.data-in': '2.29',
      'kinesis.on-demand.data-out': '2.29',
      'kinesis.on-demand.efo-data-out': '1.43',
      'kinesis.provisioned.shard-hours': '38.85',
      'kinesis.provisioned.put-payload-units': '0.78',
      total: '84.30',
    });
    const { status, json } = templateEstimate('4-sam-streams-and-steps', 'template.yaml');
    expect(status).toBe(0);
    // 200 KB is 8 KB over 192, more than a tenth of 64: the bus is not warned about; 64 and 192 KB are on their steps.
    expect(messagesOf(json, 'payload_just_over_step')).toEqual([
      'SQS queue DeadQueue: each 64.1 KB message is billed as 2 requests (one per 64 KB); trimmed to 64 KB it would be 1',
    ]);
    // Worked after the first pricing (derivations.py): StreamFn at the account's 1,000 all month is 1,000 ÷ 0.4 s ×
    // 2,628,000 s = 6.57B invocations: $1,313.80 of requests, 2,627,600,000 GB-s × $0.0000166667 = $43,793.42, logs
    // 1,734.48 GB − 5 × $0.50 = $864.74 and 3,122.06 − 5 GB-months × $0.03 = $93.51, with the other $77.43 of the bill:
    // $46,142.90. Reserved 16 keeps it to $805.11, within 10 × $84.30; 17 would be $851.18.
    const bomb = json.warnings.find((w) => w.id === 'cost_bomb') as unknown as { worst_month_usd: string; suggested_limit: string; function: string };
    expect(bomb).toMatchObject({ function: 'StreamFn', worst_month_usd: '46142.90', suggested_limit: '16' });
    expect(noteOf(json, 'sqs.fifo.requests.tier-1')).toBe('9,000,000 requests (OrdersQueue: 3M messages × 3 requests) − 400,000 free');
    expect(noteOf(json, 'kinesis.provisioned.put-payload-units')).toBe(
      '56,000,000 units (AuditStream: 40,000,000 records of 25 KB × 1 unit of 25 KB = 40,000,000 units; ArchiveStream: 8,000,000 records of 25.5 KB × 2 units of 25 KB = 16,000,000 units)',
    );
  });
});

describe('provisioned concurrency by Erlang’s B', () => {
  it('19.3 a custom day in Tokyo: ten environments for 300 hours that split a weight group, 1 GB of ephemeral storage, $455.51', () => {
    // Weights 1 (hours 0–5, 22–23: 246 h), 2 (6–8: 93 h), 6 (9–17: 271 h), 3 (18–21: 120 h): 2,418 in all, 20,000
    // requests an hour a weight. The 300 hours: 271 at 120,000 (8.3333 erlangs of 250 ms, B(10) = 0.136894) and 29
    // at 60,000 (4.1667, B(10) = 0.006764): 29,796,423.76 served. On demand 18,563,576.24 × 0.5 GB-s = 9,281,788.12
    // − the 150,000 the worker leaves free × $0.0000133334 = $121.76 (worker x86_64 512 MB 100 ms × 5M = 250,000,
    // free). 10 × 2 GB × 300 h × 3,600 = 21,600,000 GB-s × $0.0000043068 = $93.03; 29,796,423.76 × 0.5 GB-s ×
    // $0.0000100492 = $149.72. Ephemeral 48.36M × 0.25 s × 0.5 GB × $0.000000037 = $0.22. 53.36M − 1M × $0.20/M =
    // $10.47. HTTP 48.36M × $1.29/M = $62.38. Logs 48.36M × 564 B + 5M × 264 B = 28.595 − 5 GB × $0.76 = $17.93;
    // 1.8832 (14 days) + 2.376 GB-months, free.
    expect(serverlessBill(fixtureScenario(FIXTURES, '3-tokyo-provisioned-custom-day.yaml'))).toEqual({
      'lambda.requests': '10.47',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '121.76',
      'lambda.provisioned-concurrency.arm64': '93.03',
      'lambda.provisioned-duration.arm64': '149.72',
      'lambda.ephemeral-storage': '0.22',
      'api-gateway.http.requests.tier-1': '62.38',
      'lambda-logs.ingestion.tier-1': '17.93',
      'lambda-logs.storage': '0.00',
      total: '455.51',
    });
    const { status, json } = estimateOf(`${FIXTURES}/3-tokyo-provisioned-custom-day.yaml`);
    expect(status).toBe(0);
    expect(noteOf(json, 'lambda.provisioned-duration.arm64')).toBe('29,796,423.76 invocations served');
  });

  it('19.6 a SAM template in Frankfurt: Globals, IgnoreGlobals, a function URL provisioned on its alias at a steady load, $122.89', () => {
    // QuoteFn (Globals: 2,048 MB arm64, JSON at WARN; its LogGroup merged in): 20M ÷ 730 = 27,397.26 an hour,
    // 0.6849 erlangs of 90 ms, B(3) = 0.027143: 19,457,147.44 served by the 3 environments. 3 × 2 GB × 730 h × 3,600
    // = 15,768,000 GB-s × $0.0000040118 = $63.26; 19,457,147.44 × 0.18 GB-s × $0.0000093609 = $32.78. On demand
    // 542,852.56 × 0.18 + JobFn (IgnoreGlobals: SAM's 128 MB) 10M × 40 ms × 0.125 = 147,713.46 GB-s, free. 30M − 1M ×
    // $0.20/M = $5.80. Logs at WARN: QuoteFn's own 1,000 B × 20M = 20 − 5 GB × $0.63 = $9.45; kept 30 days, 2.9589
    // GB-months, free. JobsQueue 10M × 3 = 30M − 1M × $0.40/M = $11.60. The function URL bills no API.
    expect(templateBill('6-sam-globals-url-provisioned', 'template.yaml')).toEqual({
      'lambda.requests': '5.80',
      'lambda.duration.arm64.tier-1': '0.00',
      'lambda.provisioned-concurrency.arm64': '63.26',
      'lambda.provisioned-duration.arm64': '32.78',
      'lambda-logs.ingestion.tier-1': '9.45',
      'lambda-logs.storage': '0.00',
      'sqs.standard.requests.tier-1': '11.60',
      total: '122.89',
    });
    const { status, json } = templateEstimate('6-sam-globals-url-provisioned', 'template.yaml');
    expect(status).toBe(0);
    expect(messagesOf(json, 'resources_not_priced')).toEqual([
      'a resource that costs money of its own and that slcost does not price: QuoteCache (AWS::ElastiCache::CacheCluster); the bill leaves it out',
    ]);
    expect(messagesOf(json, 'settings_not_priced')).toEqual([
      'X-Ray tracing (Tracing: Active) of function QuoteFn records traces that slcost does not price; the bill leaves them out',
    ]);
    expect(noteOf(json, 'lambda-logs.ingestion.tier-1')).toBe('20 GB (20,000,000 invocations × 1,000 B) − 5 free');
  });
});
