// Whole serverless architectures, twentieth batch: six bills derived by hand from the published pricing facts, the unit
// prices of the shipped tables (pricing/aws/2025-05-01.yaml in eu-central-1, us-east-1, ap-southeast-1 and eu-west-2;
// pricing/aws/2024-11-01.yaml in us-east-1) and the rules of README.md, docs/templates.md and
// docs/services/cloudwatch-logs.md, before slcost priced them. The derivations were worked in Python's decimal at 40
// digits (test/fixtures/whole-architectures-20/derivations.py prints every line) and committed before slcost was run on
// them (the first three together, 20.4, 20.5 and 20.6 each before its own pricing); every bill agreed with slcost to
// the cent, line by line, when first priced, and so did the diff of 20.2 across the two tables and 20.5's crossing with
// Fargate. The warnings' figures and the lines' notes were worked by hand after that first pricing, from the docs'
// wording, and agreed too, but for one word: 20.6's storage note said a group kept one day as "1 days", mended. Every
// line is rounded to the cent, halves up; a total is the sum of its lines. This batch leans on Lambda's logs in the
// Infrequent Access class: a ladder of their own that crosses its 10,000 GB edge while the Standard class's stays in
// its first band, in Frankfurt at the rates the data gives (Ireland's); the free GB the stated logs leave going to the
// Standard class's Lambda logs first, and the last of them off the bottom of an Infrequent Access ladder that still
// crosses its edge; stated logs of that class given per request under a spiky month; the same scenario on a table
// without the class's bands (priced at the Standard rate, and said) and the diff across it; a SAM template's groups of
// the class reached by !Sub and by LoggingConfig.LogGroup, with a usage file moving one function to Standard and
// another to Infrequent Access; a serverless.yml's <Key>LogGroup overrides naming the class, one with no retention of
// its own; and where serverless with Infrequent Access logs crosses Fargate behind a load balancer.
//
// Conventions (each stated by the docs):
// - Lambda: GB-s = invocations × ceil(duration, 1 ms) × MB / 1024; one free pool of 1M requests and 400,000 GB-s,
//   x86_64 first.
// - Logs: 264 B of START/END/REPORT an invocation at INFO; GB of 10^9 B; stored × 0.15 × retention_days ÷ (365 / 12)
//   months, 12 when never expiring; 5 GB, 5 GB-months and 5 GB scanned free, the stated logs first, then the Standard
//   class's Lambda logs, then the Infrequent Access class's. Each class's Lambda logs climb their own bands from the
//   first; storage is one line at one rate for both classes.
// - SQS: 3 requests a message, 64 KB chunks, 1M free.
import { describe, expect, it } from 'vitest';
import { billsOf, estimateJsonOf, fixtureScenario, fixtureTemplateScenario, jsonBill, serverlessBill, type JsonLine } from '../helpers/bills.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/whole-architectures-20';

const bill = (file: string): Record<string, string> => serverlessBill(fixtureScenario(FIXTURES, file));

const templateBill = (folder: string, template: string): Record<string, string> =>
  serverlessBill(fixtureTemplateScenario(FIXTURES, `${folder}/${template}`, `${folder}/usage.yaml`));

interface JsonEstimate {
  readonly platforms: { readonly serverless: { readonly monthly_usd: string | null; readonly line_items: readonly (JsonLine & { readonly note: string | null })[] } };
  readonly warnings: readonly { readonly id: string; readonly message: string }[];
}

interface JsonDiff {
  readonly base: { readonly pricing: string };
  readonly head: { readonly pricing: string };
  readonly platforms: readonly {
    readonly platform: string;
    readonly base_usd: string;
    readonly head_usd: string;
    readonly delta_usd: string;
    readonly delta_pct: string | null;
    readonly line_items: readonly { readonly id: string; readonly base_usd: string; readonly head_usd: string; readonly delta_usd: string }[];
  }[];
}

const messagesOf = (json: JsonEstimate, id: string): string[] => json.warnings.filter((w) => w.id === id).map((w) => w.message);

const noteOf = (json: JsonEstimate, line: string): string | null | undefined => json.platforms.serverless.line_items.find((item) => item.id === line)?.note;

describe('Lambda logs in the Infrequent Access class, beside the Standard class and the stated logs', () => {
  it('20.1 Frankfurt: an Infrequent Access ladder over its 10,000 GB edge beside Standard logs in their first band: $3,503.29', () => {
    // api x86_64 512 MB 80 ms × 30M = 1,200,000 GB-s − 400,000 × $0.0000166667 = $13.33336; ingest arm64 128 MB 10 ms
    // × 500M = 625,000 GB-s × $0.0000133334 = $8.333375; 530M − 1M × $0.20/M = $105.80. clicks: 50M messages of 2 KB
    // × 3 = 150M − 1M × $0.40/M = $59.60. Stated logs 3 GB and 2 GB-months (stated): inside the free 5 and 5, $0.00
    // each; 2 GB and 3 GB-months left. api 30M × 1,264 B = 37.92 GB Standard − the 2 free GB = 35.92 × $0.63 =
    // $22.6296. ingest 500M × 25,000 B = 12,500 GB Infrequent Access, no free GB left: 10,000 × $0.285 = $2,850.00,
    // 2,500 × $0.171 = $427.50 (Ireland's rates, as the data gives Frankfurt's). Stored: 37.92 × 0.15 × 12 = 68.256
    // + 12,500 × 0.15 × 7 ÷ (365 / 12) = 431.5068 = 499.7628 − 3 × $0.0324 = $16.095116.
    expect(bill('1-frankfurt-ia-over-the-edge.yaml')).toEqual({
      'lambda.requests': '105.80',
      'lambda.duration.x86_64.tier-1': '13.33',
      'lambda.duration.arm64.tier-1': '8.33',
      'sqs.standard.requests.tier-1': '59.60',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'lambda-logs.ingestion.tier-1': '22.63',
      'lambda-logs.infrequent-access-ingestion.tier-1': '2850.00',
      'lambda-logs.infrequent-access-ingestion.tier-2': '427.50',
      'lambda-logs.storage': '16.10',
      total: '3503.29',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/1-frankfurt-ia-over-the-edge.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'lambda-logs.ingestion.tier-1')).toBe('37.92 GB (30,000,000 invocations × 1,264 B) − 2 free');
    expect(noteOf(json, 'lambda-logs.infrequent-access-ingestion.tier-2')).toBe('2,500 GB (500,000,000 invocations × 25,000 B)');
    // The functions' logs, as billed: 22.6296 + 2,850 + 427.50 + 16.095116 = $3,316.22, against the functions'
    // 105.80 + 13.33336 + 8.333375 = $127.47. api alone at list prices before the free tier: 37.92 × $0.63 = 23.8896
    // + 68.256 × $0.0324 = 2.2115 = $26.10, against 30M × $0.20/M + 1,200,000 × $0.0000166667 = $26.00; its logs are
    // Standard, so the Infrequent Access class is a lever. ingest's: 12,500 GB up its own ladder $3,277.50 + 431.5068
    // × $0.0324 = 13.98 = $3,291.48, against 500M × $0.20/M + $8.33; already Infrequent Access, so not that lever.
    const costly = messagesOf(json, 'logs_cost_more_than_functions');
    expect(costly).toHaveLength(3);
    expect(costly[0]).toContain("the functions' logs cost $3,316.22 a month, more than the functions that write them ($127.47)");
    expect(costly[1]).toContain('the logs of function api cost $26.10 a month at list prices before the free tier, more than the function itself ($26.00)');
    expect(costly[1]).toContain('logs.log_class: infrequent_access');
    expect(costly[2]).toContain('the logs of function ingest cost $3,291.48 a month at list prices before the free tier, more than the function itself ($108.33)');
    expect(costly[2]).not.toContain('log_class');
  });

  // api x86_64 1,024 MB 120 ms × 40M = 4,800,000 GB-s − 400,000 × $0.0000166667 = $73.33348; audit arm64 256 MB 30 ms
  // × 8M = 60,000 GB-s × $0.0000133334 = $0.800004; 48M − 1M × $0.20/M = $9.40; HTTP API 40M × $1.00/M = $40.00. The
  // spiky shape moves none of these. Stated: 0.000001 GB × 40M = 40 GB Infrequent Access − 5 free × $0.25 = $8.75;
  // stored 40 × 0.15 × 14 ÷ (365 / 12) = 2.7616 GB-months, free; 100 GB scanned − 5 × $0.005 = $0.475, $0.48 (half
  // up). No free GB left for the functions' logs, 2.2384 GB-months. audit 8M × 764 B = 6.112 GB Standard; api 40M ×
  // 2,264 B = 90.56 GB Infrequent Access. Stored 90.56 × 0.15 × 30 ÷ (365 / 12) = 13.3979 + 6.112 × 0.15 × 90 ÷
  // (365 / 12) = 2.7127 = 16.1106 − 2.2384 × $0.03 = $0.416169.
  const virginiaShared = {
    'lambda.requests': '9.40',
    'lambda.duration.x86_64.tier-1': '73.33',
    'lambda.duration.arm64.tier-1': '0.80',
    'api-gateway.http.requests.tier-1': '40.00',
    'cloudwatch-logs.ingestion.infrequent-access': '8.75',
    'cloudwatch-logs.storage': '0.00',
    'cloudwatch-logs.insights': '0.48',
    'lambda-logs.storage': '0.42',
  };

  it('20.2 N. Virginia: Infrequent Access logs beside stated ones per request, on aws-2025-05-01: $158.88', () => {
    // audit 6.112 × $0.50 = $3.056; api 90.56 × $0.25 = $22.64.
    expect(bill('2-virginia-ia-before-and-after.yaml')).toEqual({
      ...virginiaShared,
      'lambda-logs.ingestion.tier-1': '3.06',
      'lambda-logs.infrequent-access-ingestion.tier-1': '22.64',
      total: '158.88',
    });
  });

  it('20.2 the same on aws-2024-11-01, which has no Infrequent Access bands for Lambda logs: $181.52, and the diff: −$22.64', () => {
    // Both functions' logs at the flat Standard $0.50: 6.112 + 90.56 = 96.672 × $0.50 = $48.336, said for api.
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/2-virginia-ia-before-and-after.yaml`, '--pricing', 'aws-2024-11-01']);
    expect(status).toBe(0);
    expect(jsonBill(json.platforms.serverless)).toEqual({
      ...virginiaShared,
      'lambda-logs.ingestion.tier-1': '48.34',
      total: '181.52',
    });
    expect(messagesOf(json, 'lambda_logs_class_not_priced')).toEqual([
      "pricing aws-2024-11-01 (us-east-1) has no Infrequent Access prices for Lambda's logs (AWS bills Lambda's logs in that class from 2025-05-01): the logs of api are priced at the Standard class's",
    ]);
    // audit's logs at list prices: 6.112 × $0.50 + 2.7127 × $0.03 = $3.14 > 8M × $0.20/M + $0.80 = $2.40; the table
    // has no Infrequent Access bands, so that lever is not offered.
    const costly = messagesOf(json, 'logs_cost_more_than_functions');
    expect(costly).toHaveLength(1);
    expect(costly[0]).toContain('the logs of function audit cost $3.14 a month at list prices before the free tier, more than the function itself ($2.40)');
    expect(costly[0]).not.toContain('log_class');

    // 158.88 − 181.52 = −22.64, −12.47% (22.64 ÷ 181.52); the Infrequent Access line is new on the head side.
    const result = runCli(['diff', `${FIXTURES}/2-virginia-ia-before-and-after.yaml`, '--pricing-base', 'aws-2024-11-01', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('[lambda_logs_class_not_priced]');
    const diff = JSON.parse(result.stdout) as JsonDiff;
    expect([diff.base.pricing, diff.head.pricing]).toEqual(['aws-2024-11-01', 'aws-2025-05-01']);
    const serverless = diff.platforms.find((platform) => platform.platform === 'serverless')!;
    expect([serverless.base_usd, serverless.head_usd, serverless.delta_usd, serverless.delta_pct]).toEqual(['181.52', '158.88', '-22.64', '-12.47']);
    const changed = serverless.line_items.filter((line) => line.delta_usd !== '0.00').map((line) => [line.id, line.base_usd, line.head_usd, line.delta_usd]);
    expect(changed).toEqual([
      ['lambda-logs.ingestion.tier-1', '48.34', '3.06', '-45.28'],
      ['lambda-logs.infrequent-access-ingestion.tier-1', '0.00', '22.64', '22.64'],
    ]);
  });
});

describe('the free GB shared by the stated logs and both classes', () => {
  it('20.6 Singapore: the last free GB off the bottom of an Infrequent Access ladder that still crosses its edge: $3,581.83', () => {
    // web x86_64 256 MB 20 ms × 5M = 25,000 GB-s; delivery arm64 128 MB 5 ms × 400,040,000 = 250,025 GB-s: both
    // inside the free 400,000, $0.00; 405.04M − 1M × $0.20/M = $80.808. Stated 2 GB Standard, 7 days: 2 × 0.15 × 7 ÷
    // (365 / 12) = 0.0690 GB-months, both free. The 3 free GB left: web's Standard 5M × 300 B = 1.5 GB, all free
    // ($0.00), then the last 1.5 to delivery's Infrequent Access 400,040,000 × 25,000 B = 10,001 GB, off the bottom
    // band: (10,000 − 1.5) × $0.35 = $3,499.475, $3,499.48, and the 1 GB over the edge × $0.21 = $0.21. Stored: 1.5 ×
    // 0.15 × 3 ÷ (365 / 12) = 0.0222 + 10,001 × 0.15 × 1 ÷ (365 / 12) = 49.3200 = 49.3422 − 4.9310 × $0.03 =
    // $1.332337.
    expect(bill('6-singapore-free-gb-to-both-classes.yaml')).toEqual({
      'lambda.requests': '80.81',
      'lambda.duration.x86_64.tier-1': '0.00',
      'lambda.duration.arm64.tier-1': '0.00',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'lambda-logs.ingestion.tier-1': '0.00',
      'lambda-logs.infrequent-access-ingestion.tier-1': '3499.48',
      'lambda-logs.infrequent-access-ingestion.tier-2': '0.21',
      'lambda-logs.storage': '1.33',
      total: '3581.83',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/6-singapore-free-gb-to-both-classes.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'lambda-logs.ingestion.tier-1')).toBe('1.5 GB (5,000,000 invocations × 300 B) − 1.5 free');
    expect(noteOf(json, 'lambda-logs.infrequent-access-ingestion.tier-1')).toBe('10,000 GB (400,040,000 invocations × 25,000 B) − 1.5 free');
    // A log group kept one day, said in the singular (it read "1 days" when first priced).
    expect(noteOf(json, 'lambda-logs.storage')).toBe('49.34 GB-months (ingest × 0.15 compressed, 0.1 months kept: 3 days; 0.03 months kept: 1 day) − 4.93 free');
  });
});

describe("templates whose log groups put a function's logs in the Infrequent Access class", () => {
  it('20.3 SAM in Singapore: groups of the class by !Sub and by LoggingConfig.LogGroup, a usage file moving two functions: $196.50', () => {
    // OrdersFn x86_64 512 MB 100 ms × 20M = 1,000,000 GB-s; ReportsFn x86_64 256 MB 2,000 ms × 2M = 1,000,000: 2,000,000
    // − 400,000 × $0.0000166667 = $26.66672; EventsFn arm64 1,024 MB 20 ms × 60M = 1,200,000 × $0.0000133334 =
    // $16.00008; 82M − 1M × $0.20/M = $16.20. ReportsQueue 2M × 3 − 1M × $0.40/M = $2.00. The stated logs are
    // AuditLogs' alone (the others are functions' groups): Standard, 90 days, 4 GB: free, and 4 × 0.15 × 90 ÷ (365 /
    // 12) = 1.7753 GB-months, free. OrdersFn's own group is Infrequent Access, 30 days, but the usage file's
    // log_class: standard wins (its 30 days stay): 20M × 1,764 B = 35.28 − the 1 GB left × $0.70 = $23.996. EventsFn
    // (EventsLogs: Infrequent Access, 14 days) 60M × 5,264 B = 315.84 GB, ReportsFn (no group: never expiring; the
    // usage file's Infrequent Access) 2M × 464 B = 0.928 GB: 316.768 × $0.35 = $110.8688. Stored: 35.28 × 0.15 × 30 ÷
    // (365 / 12) = 5.2195 + 315.84 × 0.15 × 14 ÷ (365 / 12) = 21.8059 + 0.928 × 0.15 × 12 = 1.6704 = 28.6958 − 3.2247
    // × $0.03 = $0.764136.
    expect(templateBill('3-sam-ia-groups', 'template.yaml')).toEqual({
      'lambda.requests': '16.20',
      'lambda.duration.x86_64.tier-1': '26.67',
      'lambda.duration.arm64.tier-1': '16.00',
      'sqs.standard.requests.tier-1': '2.00',
      'cloudwatch-logs.ingestion.standard': '0.00',
      'cloudwatch-logs.storage': '0.00',
      'lambda-logs.ingestion.tier-1': '24.00',
      'lambda-logs.infrequent-access-ingestion.tier-1': '110.87',
      'lambda-logs.storage': '0.76',
      total: '196.50',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([`${FIXTURES}/3-sam-ia-groups/template.yaml`, '--usage', `${FIXTURES}/3-sam-ia-groups/usage.yaml`]);
    expect(status).toBe(0);
    expect(noteOf(json, 'lambda-logs.infrequent-access-ingestion.tier-1')).toBe('316.77 GB (60,000,000 invocations × 5,264 B + 2,000,000 invocations × 464 B)');
    expect(noteOf(json, 'lambda-logs.storage')).toBe(
      '28.7 GB-months (ingest × 0.15 compressed, 0.99 months kept: 30 days; 0.46 months kept: 14 days; 12 months kept: never expires, the bill a year in) − 3.22 free',
    );
    // OrdersFn alone at list prices: 35.28 × $0.70 = 24.696 + 5.2195 × $0.03 = $24.85 > 20M × $0.20/M + 1,000,000 ×
    // $0.0000166667 = $20.67, and Standard now, so the class is a lever; EventsFn: 315.84 × $0.35 + 21.8059 × $0.03 =
    // $111.20 > 60M × $0.20/M + $16.00008 = $28.00, already Infrequent Access.
    const costly = messagesOf(json, 'logs_cost_more_than_functions');
    expect(costly).toHaveLength(3);
    expect(costly[1]).toContain('the logs of function OrdersFn cost $24.85 a month at list prices before the free tier, more than the function itself ($20.67)');
    expect(costly[1]).toContain('logs.log_class: infrequent_access');
    expect(costly[2]).toContain('the logs of function EventsFn cost $111.20 a month at list prices before the free tier, more than the function itself ($28.00)');
    expect(costly[2]).not.toContain('log_class');
  });

  it('20.4 serverless.yml in London: <Key>LogGroup overrides of the class, one keeping the function’s own retention: $96.72', () => {
    // api x86_64 512 MB (the provider's) 50 ms × 30M = 750,000 GB-s; report_daily 512 MB 3,000 ms × 100,000 = 150,000:
    // 900,000 − 400,000 × $0.0000166667 = $8.33335; process-jobs arm64 1,024 MB 200 ms × 6M = 1,200,000 ×
    // $0.0000133334 = $16.00008; 36.1M − 1M × $0.20/M = $7.02; HTTP API 30M × $1.16/M = $34.80; JobsQueue 6M of 8 KB
    // × 3 = 18M − 1M × $0.40/M = $6.80. No stated logs: all 5 free GB to the Standard class's (api's): 30M × 1,064 B
    // = 31.92 − 5 × $0.5985 = $16.11162. ProcessDashjobsLogGroup: Infrequent Access, 7 days (over the provider's 30);
    // ReportUnderscoredailyLogGroup: Infrequent Access, no retention of its own, so report_daily's 365 days stay. 6M ×
    // 3,264 B = 19.584 + 100,000 × 50,264 B = 5.0264 = 24.6104 GB × $0.299 = $7.3585. Stored: 31.92 × 0.15 × 30 ÷
    // (365 / 12) = 4.7226 + 19.584 × 0.15 × 7 ÷ (365 / 12) = 0.6761 + 5.0264 × 0.15 × 12 = 9.0475 = 14.4460 − 5 ×
    // $0.0315 = $0.297548.
    expect(templateBill('4-serverless-log-group-overrides', 'serverless.yml')).toEqual({
      'lambda.requests': '7.02',
      'lambda.duration.x86_64.tier-1': '8.33',
      'lambda.duration.arm64.tier-1': '16.00',
      'api-gateway.http.requests.tier-1': '34.80',
      'sqs.standard.requests.tier-1': '6.80',
      'lambda-logs.ingestion.tier-1': '16.11',
      'lambda-logs.infrequent-access-ingestion.tier-1': '7.36',
      'lambda-logs.storage': '0.30',
      total: '96.72',
    });
    const { status, json } = estimateJsonOf<JsonEstimate>([
      `${FIXTURES}/4-serverless-log-group-overrides/serverless.yml`,
      '--usage',
      `${FIXTURES}/4-serverless-log-group-overrides/usage.yaml`,
    ]);
    expect(status).toBe(0);
    expect(noteOf(json, 'lambda-logs.storage')).toBe(
      '14.45 GB-months (ingest × 0.15 compressed, 0.99 months kept: 30 days; 0.23 months kept: 7 days; 12 months kept: 365 days) − 5 free',
    );
    // api alone at list prices: 31.92 × $0.5985 = 19.1041 + 4.7226 × $0.0315 = $19.25 > 30M × $0.20/M + 750,000 ×
    // $0.0000166667 = $18.50; the others' logs cost less than they do.
    const costly = messagesOf(json, 'logs_cost_more_than_functions');
    expect(costly).toHaveLength(1);
    expect(costly[0]).toContain('the logs of function api cost $19.25 a month at list prices before the free tier, more than the function itself ($18.50)');
  });
});

describe('where serverless with Infrequent Access logs and Fargate cross', () => {
  it('20.5 N. Virginia: an HTTP API logging 10,000 B a request to an Infrequent Access group against Fargate: $18.45 and $53.33, equal at 12,079,537', () => {
    // Serverless at 5M: 5M − 1M × $0.20/M = $0.80; arm64 1,024 MB 100 ms: 500,000 − 400,000 GB-s × $0.0000133334 =
    // $1.33334; HTTP API 5M × $1.00/M = $5.00; logs 5M × 10,000 B = 50 GB Infrequent Access − 5 free × $0.25 =
    // $11.25; stored 50 × 0.15 × 30 ÷ (365 / 12) = 7.3973 − 5 × $0.03 = $0.071918. Fargate (no function, so no
    // function logs): 2 tasks of 0.5 vCPU and 1 GB × 730 h: $0.03238 × 730 = $23.6374, 2 × 730 × $0.00356 = $5.1976;
    // ALB 730 × $0.0225 = $16.425; LCU-hours by the bytes, 5M × 20 ÷ 1,048,576 = 95.367 × $0.008 = $0.762939; two
    // IPv4 addresses 2 × 730 × $0.005 = $7.30.
    expect(billsOf(fixtureScenario(FIXTURES, '5-virginia-ia-logs-against-fargate.yaml'))).toEqual({
      serverless: {
        'lambda.requests': '0.80',
        'lambda.duration.arm64.tier-1': '1.33',
        'api-gateway.http.requests.tier-1': '5.00',
        'lambda-logs.infrequent-access-ingestion.tier-1': '11.25',
        'lambda-logs.storage': '0.07',
        total: '18.45',
      },
      fargate: {
        'fargate.vcpu.arm64': '23.64',
        'fargate.memory.arm64': '5.20',
        'load-balancer.hours': '16.43',
        'load-balancer.lcu': '0.76',
        'load-balancer.public-ipv4': '7.30',
        total: '53.33',
      },
    });
    // Past every free allowance's end (4M GB-s last), serverless is N × (0.20 + 0.1 × 13.3334 + 1.00 + 0.00001 ×
    // 250,000 + 0.00001 × 0.15 × 0.98630 × 30,000) ÷ 10^6 less the free parts, Fargate $52.56 + N × 20 ÷ 1,048,576 ×
    // $0.008: bisected on the unrounded amounts, equal at 12,079,537.29, below the second task (262.8M) and the
    // 10,000 GB edge (1 billion).
    const result = runCli(['breakeven', `${FIXTURES}/5-virginia-ia-logs-against-fargate.yaml`, '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { crossovers: unknown[] }).crossovers).toEqual([
      { platforms: ['serverless', 'fargate'], requests_per_month: '12079537', cheaper_above: 'fargate' },
    ]);
  });
});
