// The price tables as users reach them: list, show, diff, a date, and their own file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const json = (args: string[]) => {
  const result = runCli([...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('slcost pricing', () => {
  it('list names every version with its regions and sources', () => {
    const versions = json(['pricing', 'list']);
    expect(versions.map((v: { id: string }) => v.id)).toEqual([
      'aws-2020-03-12',
      'aws-2020-12-01',
      'aws-2021-09-29',
      'aws-2022-03-24',
      'aws-2022-08-01',
      'aws-2024-02-01',
      'aws-2024-09-06',
      'aws-2024-11-01',
      'aws-2025-05-01',
      'aws-2025-08-01',
      'aws-2025-10-08',
      // The providers --compare prices the functions on, beside Lambda.
      'azure-2026-12-05',
      'cloudflare-2026-12-05',
      'gcp-2026-12-05',
    ]);
    expect(versions[5]).toMatchObject({ provider: 'aws', effective_date: '2024-02-01', source_count: 22 });
    expect(versions[5].regions).toContain('ap-northeast-2');
  });

  it('list counts a version of many regions in its row and names them under it, the notes as wide as the terminal', () => {
    for (const columns of [80, 120]) {
      const { stdout, status } = runCli(['pricing', 'list'], { COLUMNS: String(columns) });
      expect(status).toBe(0);
      const lines = stdout.split('\n');
      expect(lines[0]).toMatch(/^Version +Provider +Effective +Sources +Regions$/);
      expect(lines.every((line) => line.length <= columns)).toBe(true);
      // One or two regions stay in the row; Google's 31, which stood one a line in the column at 80, are a paragraph.
      expect(lines).toContain('aws-2020-03-12         aws         2020-03-12        5  us-east-1');
      const gcp = lines.findIndex((line) => line.startsWith('gcp-2026-12-05'));
      expect(lines[gcp]).toMatch(/^gcp-2026-12-05 +gcp +2026-12-05 +31 +31 regions$/);
      const named = lines.slice(gcp).join(' ').replace(/\s+/g, ' ');
      expect(named).toMatch(/Regions: us-central1, us-east1, .* australia-southeast2, africa-south1\./);
      // The notes wrap at the terminal's width, not at the short columns'.
      expect(
        Math.max(
          ...lines
            .slice(gcp + 1)
            .filter((line) => line.startsWith('  '))
            .map((line) => line.length),
        ),
      ).toBeGreaterThan(columns - 12);
    }
  });

  it.each([
    ['us-east1', '"us-east1"; did you mean us-east-1?'],
    ['__proto__', '"__proto__"'],
  ])('show --region %s, a region the table lacks, is an error naming its regions, not an empty table', (region, named) => {
    const result = runCli(['pricing', 'show', 'aws-2020-03-12', '--region', region]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`slcost: aws-2020-03-12 has no prices for region ${named} (its regions: us-east-1)\n`);
  });

  it.each([
    [['azure-2026-12-05', '--service', 'lambda'], 'azure-2026-12-05 has no service "lambda" (its services: functions)'],
    [['aws-2020-03-12', '--service', 'dynamodb'], 'aws-2020-03-12 has no dynamodb prices'],
    [['aws-2024-11-01', '--service', 'dynamodb', '--region', 'eu-west-1'], 'aws-2024-11-01 has no dynamodb prices for eu-west-1'],
  ])('show %j, a service the table does not price, is an error, not an empty table', (args, message) => {
    const result = runCli(['pricing', 'show', ...args]);
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', `slcost: ${message}\n`]);
  });

  it('show --region and --service say what was asked once above the table, not in a column on every row', () => {
    const both = runCli(['pricing', 'show', 'aws-2025-10-08', '--service', 'lambda', '--region', 'eu-west-1']);
    expect(both.status).toBe(0);
    const lines = both.stdout.split('\n');
    const header = lines.findIndex((line) => line.startsWith('Item '));
    expect(lines[header - 2]).toBe('eu-west-1 · lambda');
    expect(lines[header]).toMatch(/^Item +Value +Per$/);
    expect(lines[header + 4]).toMatch(/^requests +\$0\.20 +USD per 1M requests$/);
    expect(lines.some((line) => line.startsWith('· '))).toBe(false);
  });

  it('show heads each service its rows are of, where the services change down the table, rather than giving them a column', () => {
    // A Service column of ids on every row left the items three words a line at 80 columns.
    const region = runCli(['pricing', 'show', 'aws-2025-10-08', '--region', 'eu-west-1'], { COLUMNS: '80' }).stdout.split('\n');
    const header = region.findIndex((line) => line.startsWith('Item '));
    expect(region[header - 2]).toBe('eu-west-1');
    expect(region[header]).toMatch(/^Item +Value +Per$/);
    expect(region[header + 1]).toBe('lambda');
    expect(region[header + 5]).toMatch(/^· requests +\$0\.20 +USD per 1M requests$/);
    expect(region.filter((line) => /^[a-z_0-9-]+$/.test(line))).toEqual([
      'eu-west-1',
      ...['lambda', 'api_gateway', 'lambda_logs', 'ec2', 'fargate', 'load_balancer', 'dynamodb', 's3', 'sqs', 'sns', 'step_functions', 'eventbridge', 'kinesis'],
      ...['cloudwatch_logs', 'nat_gateway', 'data_transfer', 'commitments'],
    ]);
    // Every row an item of its heading, and none wider than the terminal: the items kept their words together.
    expect(region.slice(header + 1).every((line) => !line || /^[a-z_0-9-]+$/.test(line) || /^(· | {2})/.test(line))).toBe(true);
    expect(region.every((line) => line.length <= 80)).toBe(true);
    expect(region).toContain('· duration, x86_64 (first 6B)    $0.0000166667  USD per GB-second');
  });

  it("show says a table's only service or only region once above it too: Google's run_functions, aws-2020-03-12's us-east-1", () => {
    // Google's table repeated run_functions in a column on each of its rows, narrowing its items to a few words a line.
    const google = runCli(['pricing', 'show', 'gcp-2026-12-05']).stdout.split('\n');
    const header = google.findIndex((line) => line.startsWith('Item '));
    expect(google[header - 2]).toBe('run_functions');
    expect(google[header]).toMatch(/^Item +Value +Per$/);
    expect(google[header + 1]).toBe('us-central1');
    expect(google[header + 2]).toMatch(/^· Cloud Run functions CPU \(tier 1\) +\$0\.000024 +USD per vCPU-second$/);
    const oldest = runCli(['pricing', 'show', 'aws-2020-03-12']).stdout.split('\n');
    const oldestHeader = oldest.findIndex((line) => line.startsWith('Item '));
    expect(oldest[oldestHeader - 2]).toBe('us-east-1');
    expect(oldest[oldestHeader]).toMatch(/^Item +Value +Per$/);
    expect(oldest[oldestHeader + 1]).toBe('lambda');
  });

  it("show --service takes the table's own provider's services: functions for Azure", () => {
    // Azure's one service is its whole table: every price is shown, each of functions.
    const shown = json(['pricing', 'show', 'azure-2026-12-05', '--service', 'functions']).prices as Array<{ service: string }>;
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((price) => price.service))).toEqual(new Set(['functions']));
    expect(shown).toEqual(json(['pricing', 'show', 'azure-2026-12-05']).prices);
  });

  it('show filters by service and region', () => {
    const shown = json(['pricing', 'show', 'aws-2024-02-01', '--service', 'lambda', '--region', 'ap-northeast-2']);
    const pc = shown.prices.find((p: { key: string }) => p.key === 'provisioned_concurrency.x86_64');
    expect(pc).toEqual({
      region: 'ap-northeast-2',
      service: 'lambda',
      key: 'provisioned_concurrency.x86_64',
      description: 'provisioned concurrency, x86_64',
      value: '0.0000051254',
      unit: 'USD per GB-second',
    });
    expect(shown.prices.every((p: { service: string; region: string }) => p.service === 'lambda' && p.region === 'ap-northeast-2')).toBe(true);
  });

  it.each([
    // 1 ms billing and 10 GB functions in 1 MB steps came on 2020-12-01; the Graviton2 instances (M6g, C6g, R6g, T4g) launched in between.
    [
      'aws-2020-03-12',
      'aws-2020-12-01',
      [
        'changed us-east-1 lambda.billing_granularity 100→1',
        'changed us-east-1 lambda.max_memory 3008→10240',
        'changed us-east-1 lambda.memory_step 64→1',
        ...[
          'c6g.large →0.068',
          'c6g.xlarge →0.136',
          'm6g.large →0.077',
          'r6g.large →0.1008',
          't4g.large →0.0672',
          't4g.medium →0.0336',
          't4g.micro →0.0084',
          't4g.small →0.0168',
        ].map((item) => `added us-east-1 ec2.instance.${item}`),
      ],
    ],
    // Ephemeral storage became configurable (and billed) on 2022-03-24; Fargate on ARM and c6i launched in between.
    [
      'aws-2021-09-29',
      'aws-2022-03-24',
      [
        'added us-east-1 lambda.ephemeral_storage →0.0000000309',
        'added us-east-1 ec2.instance.c6i.large →0.085',
        'added us-east-1 fargate.vcpu.arm64 →0.03238',
        'added us-east-1 fargate.memory.arm64 →0.00356',
      ],
    ],
  ])('diff %s %s lists exactly the real changes', (a, b, expected) => {
    const diff = json(['pricing', 'diff', a, b]);
    const changes = diff.changes.map(
      (c: { change: string; region: string; service: string; key: string; before: string | null; after: string | null }) =>
        `${c.change} ${c.region} ${c.service}.${c.key} ${c.before ?? ''}→${c.after ?? ''}`,
    );
    expect(changes.sort()).toEqual([...expected].sort());
  });

  it('diff counts its changes with their digits grouped, as every count is printed', () => {
    const result = runCli(['pricing', 'diff', 'aws-2020-03-12', 'aws-2025-10-08']);
    expect(result.status).toBe(0);
    const changes = json(['pricing', 'diff', 'aws-2020-03-12', 'aws-2025-10-08']).changes.length;
    expect(changes).toBeGreaterThan(999);
    expect(result.stdout.split('\n')[0]).toBe(`aws-2020-03-12 → aws-2025-10-08: ${String(changes).replace(/\B(?=(\d{3})+$)/g, ',')} changes`);
  });

  it('diff heads each region and service its changes are of, rather than giving them columns on every row', () => {
    // Region and Service columns on every row left the items 18 wide at 80 columns, three words a line.
    const lines = runCli(['pricing', 'diff', 'aws-2024-09-06', 'aws-2024-11-01'], { COLUMNS: '80' }).stdout.split('\n');
    expect(lines.slice(2, 9)).toEqual([
      'Item                                      Change   Before     After     %',
      'us-east-1 · ec2',
      '· c8g.large (2 vCPU, 4 GiB, arm64)        added         —  $0.07976',
      '· c8g.xlarge (4 vCPU, 8 GiB, arm64)       added         —  $0.15952',
      '· m8g.large (2 vCPU, 8 GiB, arm64)        added         —  $0.08976',
      'us-east-1 · dynamodb',
      '· DynamoDB on-demand write request units  changed   $1.25    $0.625  -50%',
    ]);
  });

  it("diff of another provider's table lists AWS's own tables alone after \"give one of AWS's\"", () => {
    const result = runCli(['pricing', 'diff', 'aws-2025-10-08', 'gcp-2025-01-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/give one of AWS's \(available: aws-2020-03-12, [a-z0-9, -]*aws-2025-10-08\)\n$/);
    expect(result.stderr).not.toMatch(/available: .*(gcp|azure|cloudflare)-/);
  });

  it('diff of the tiered-pricing version adds the bands, c7g and the other regions', () => {
    const diff = json(['pricing', 'diff', 'aws-2022-03-24', 'aws-2022-08-01']);
    const inVirginia = diff.changes.filter((c: { region: string }) => c.region === 'us-east-1').map((c: { key: string }) => c.key);
    expect(inVirginia.sort()).toEqual(['duration.arm64.band-2', 'duration.arm64.band-3', 'duration.x86_64.band-2', 'duration.x86_64.band-3', 'instance.c7g.large'].sort());
    expect(new Set(diff.changes.map((c: { region: string }) => c.region))).toEqual(
      new Set(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-2', 'ap-southeast-1']),
    );
  });
});

describe('a region whose prices the table lacks', () => {
  const growingApiIn = (region: string) => tempFile(readFileSync('scenarios/growing-api.yaml', 'utf8').replace(/^name: .*$/m, (line) => `${line}\nregion: ${region}`));

  it('is one error listing every missing price at once, at the region: line', () => {
    // aws-2024-11-01 prices Lambda alone in eu-west-1; the regions' other services start in aws-2025-05-01.
    const file = growingApiIn('eu-west-1');
    const line = readFileSync(file, 'utf8').split('\n').indexOf('region: eu-west-1') + 1;
    const result = runCli(['estimate', file, '--pricing', 'aws-2024-11-01']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `slcost: ${file}:${line}:9: pricing aws-2024-11-01 (eu-west-1) lacks 4 prices this scenario needs:`,
        'slcost:   - has no API Gateway http price; choose another region or pricing version',
        'slcost:   - has no EC2 prices; choose another region or pricing version',
        'slcost:   - has no Application Load Balancer price; choose another region or pricing version, or set containers.load_balancer: none',
        'slcost:   - has no arm64 Fargate prices; choose another region or pricing version',
        '',
      ].join('\n'),
    );
  });

  it('a region the file does not write (the default) is not located at a line the file does not have', () => {
    const file = tempFile(
      'name: x\ntraffic: { requests_per_month: 1000 }\nlambda:\n  functions: [{ name: f, memory_mb: 512, duration_ms: 100 }]\nservices:\n  dynamodb: [{ name: t, reads_per_request: 1 }]\n',
    );
    const result = runCli(['estimate', file, '--pricing', 'aws-2022-08-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`slcost: ${file}: pricing aws-2022-08-01 (us-east-1) has no DynamoDB prices; choose another region or pricing version\n`);
  });

  it('a region the table does not cover at all is located there too', () => {
    const file = growingApiIn('us-west-1');
    const result = runCli(['estimate', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^slcost: .*:\d+:9: pricing aws-2025-10-08 has no prices for region "us-west-1"; did you mean "us-west-2"\? \(it covers us-east-1, .*\) \(at region\)\n$/,
    );
  });
});

describe('the dated changes since 2024', () => {
  const changes = (a: string, b: string) =>
    json(['pricing', 'diff', a, b]).changes.map(
      (c: { change: string; region: string; service: string; key: string; before: string | null; after: string | null }) =>
        `${c.change} ${c.region} ${c.service}.${c.key} ${c.before ?? ''}→${c.after ?? ''}`,
    ) as string[];

  it("2024-02-01 adds the EC2 types of 2023, AMD's m7a and c7a among them, and the IPv4 charge", () => {
    // Karpenter's generated us-east-1 table: m7a.large $0.11592 from 2023-08-21, c7a.large $0.10264 from 2023-12-11.
    expect(
      changes('aws-2022-08-01', 'aws-2024-02-01')
        .filter((c) => c.includes(' ec2.'))
        .sort(),
    ).toEqual(
      [
        'added us-east-1 ec2.instance.c7a.large →0.10264',
        'added us-east-1 ec2.instance.c7i.large →0.08925',
        'added us-east-1 ec2.instance.m7a.large →0.11592',
        'added us-east-1 ec2.instance.m7g.large →0.0816',
        'added us-east-1 ec2.instance.m7i.large →0.1008',
        'changed us-east-1 ec2.public_ipv4 0→0.005',
      ].sort(),
    );
  });

  it('2024-02-01 adds Lambda@Edge, $0.60 per 1M requests and $0.00005001 per GB-second, in every region it prices Lambda in', () => {
    // https://aws.amazon.com/lambda/pricing/, its Lambda@Edge example; AWS Price List Lambda-Edge-Request and -GB-Second.
    const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-2', 'ap-southeast-1'];
    expect(
      changes('aws-2022-08-01', 'aws-2024-02-01')
        .filter((c) => c.includes(' lambda.'))
        .sort(),
    ).toEqual(regions.flatMap((region) => [`added ${region} lambda.edge.duration →0.00005001`, `added ${region} lambda.edge.requests →0.6`]).sort());
  });

  it('2024-09-06 adds Fargate Spot on arm64 and r8g, launched 2024-07-10, and changes nothing else', () => {
    // r8g.large $0.11782: Karpenter's us-east-1 table of 2024-07-10 and AWS's calculator data (yeo/ec2.shop).
    expect(changes('aws-2024-02-01', 'aws-2024-09-06').sort()).toEqual(
      ['added us-east-1 ec2.instance.r8g.large →0.11782', 'added us-east-1 commitments.fargate.spot.arm64 →70'].sort(),
    );
  });

  it('2024-11-01 halves DynamoDB on-demand and adds the Graviton4 m8g and c8g, launched in between', () => {
    // In Karpenter's us-east-1 table from 2024-09-30: m8g.large $0.08976, c8g.large $0.07976, c8g.xlarge $0.15952.
    expect(changes('aws-2024-09-06', 'aws-2024-11-01').sort()).toEqual(
      [
        'added us-east-1 ec2.instance.c8g.large →0.07976',
        'added us-east-1 ec2.instance.c8g.xlarge →0.15952',
        'added us-east-1 ec2.instance.m8g.large →0.08976',
        'changed us-east-1 dynamodb.on_demand.write 1.25→0.625',
        'changed us-east-1 dynamodb.on_demand.read 0.25→0.125',
      ].sort(),
    );
  });

  it('2025-05-01 adds the log bands in us-east-1 and, in the other regions, only additions: these services, this many prices', () => {
    const all = changes('aws-2024-11-01', 'aws-2025-05-01');
    expect(all.filter((c) => c.includes(' us-east-1 ')).sort()).toEqual(
      [
        'added us-east-1 lambda_logs.ingestion.band-2 →0.25',
        'added us-east-1 lambda_logs.ingestion.band-3 →0.1',
        'added us-east-1 lambda_logs.ingestion.band-4 →0.05',
        // The Infrequent Access class's own bands for Lambda's logs, new with the vended-log bands.
        'added us-east-1 lambda_logs.ingestion.infrequent-access.band-1 →0.25',
        'added us-east-1 lambda_logs.ingestion.infrequent-access.band-2 →0.15',
        'added us-east-1 lambda_logs.ingestion.infrequent-access.band-3 →0.075',
        'added us-east-1 lambda_logs.ingestion.infrequent-access.band-4 →0.05',
      ].sort(),
    );
    const counts: Record<string, number> = {};
    for (const change of all.filter((c) => !c.includes(' us-east-1 '))) {
      const [kind, where, item] = change.split(' ');
      const key = `${kind} ${where} ${item!.split('.')[0]}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    // Per region: Lambda 19 prices where new (requests, 3+3 bands, 2+2 provisioned, storage, Lambda@Edge's 2, ...), EC2 one per
    // instance type it offered in April 2025 plus the IPv4 charge, Fargate 4 rates, task storage above 20 GB and the IPv4 charge, the load
    // balancer 3, NAT 2, commitments 6, data transfer 6 (4 bands, to other regions, between zones), Step Functions 5
    // (Standard's transition and Express's requests and 3 duration bands); in every region the services around the
    // functions from AWS's calculator data: DynamoDB 6, Kinesis 6, S3 5 (3 storage bands, PUT, GET), SNS 7 (publishes
    // and 6 delivery protocols), CloudWatch Logs 4, Lambda's log bands 4 a class, SQS 6 (3 standard and 3 FIFO bands) and
    // EventBridge 2 (custom and partner events); API Gateway 9 (4 REST bands, 2 HTTP, 2 WebSocket message bands and
    // connection-minutes); Seoul and Singapore kept their Lambda, and Seoul its HTTP API, to which it adds REST's 4
    // bands and WebSocket's 3 prices.
    const around = { dynamodb: 6, kinesis: 6, s3: 5, sns: 7, cloudwatch_logs: 4, lambda_logs: 8, sqs: 6, eventbridge: 2, step_functions: 5 };
    const containers = { fargate: 6, load_balancer: 3, nat_gateway: 2, commitments: 6, data_transfer: 6 };
    const region = (where: string, sections: Record<string, number>) =>
      Object.entries({ ...sections, ...containers, ...around }).map(([service, n]) => [`added ${where} ${service}`, n]);
    expect(counts).toEqual(
      Object.fromEntries([
        ...region('us-east-2', { lambda: 19, api_gateway: 9, ec2: 26 }),
        ...region('us-west-2', { api_gateway: 9, ec2: 26 }),
        ...region('eu-west-1', { api_gateway: 9, ec2: 26 }),
        ...region('eu-west-2', { lambda: 19, api_gateway: 9, ec2: 21 }),
        ...region('eu-central-1', { api_gateway: 9, ec2: 26 }),
        ...region('ap-northeast-1', { lambda: 19, api_gateway: 9, ec2: 25 }),
        ...region('ap-northeast-2', { api_gateway: 7, ec2: 20 }),
        ...region('ap-southeast-1', { api_gateway: 9, ec2: 20 }),
        ...region('ap-southeast-2', { lambda: 19, api_gateway: 9, ec2: 22 }),
        ...region('ap-south-1', { lambda: 19, api_gateway: 9, ec2: 23 }),
      ]),
    );
  });

  it('2025-10-08 adds the 8th-generation x86 types in us-east-1 and changes nothing else', () => {
    // Karpenter's generated us-east-1 table (2026-07-20): m8i.large $0.10584, c8i.large $0.09371, m8a.large $0.12172.
    expect(changes('aws-2025-08-01', 'aws-2025-10-08').sort()).toEqual(
      ['added us-east-1 ec2.instance.c8i.large →0.09371', 'added us-east-1 ec2.instance.m8a.large →0.12172', 'added us-east-1 ec2.instance.m8i.large →0.10584'].sort(),
    );
  });

  it("a new type is a fleet's instance_type like any other, in the versions after its launch and not before", () => {
    const file = tempFile(
      'name: x\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\ncontainers:\n  load_balancer: none\n  ec2: { instance_type: m8g.large, requests_per_second_per_instance: 100, min_instances: 2 }\n',
    );
    // 2 × 730 h × $0.08976 = $131.0496 → $131.05
    const ec2 = json(['estimate', file, '--pricing', 'aws-2024-11-01']).platforms.ec2;
    expect(ec2.line_items.find((item: { id: string }) => item.id === 'ec2.instances').monthly_usd).toBe('131.05');
    const early = runCli(['estimate', file, '--pricing', 'aws-2024-09-06']);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('pricing aws-2024-09-06 (us-east-1) has no price for EC2 instance type "m8g.large"');
  });

  it('a type priced in us-east-1 only is refused elsewhere with where its price is known and how to give one', () => {
    const file = tempFile(
      'name: x\ntraffic: { requests_per_month: 1000000 }\nregion: eu-west-1\nlambda:\n  functions: [{ name: f, memory_mb: 128, duration_ms: 10 }]\ncontainers:\n  load_balancer: none\n  ec2: { instance_type: m8i.large, requests_per_second_per_instance: 100, min_instances: 2 }\n',
    );
    const refused = runCli(['estimate', file, '--pricing', 'aws-2025-10-08']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(':8:25: pricing aws-2025-10-08 (eu-west-1) has no price for EC2 instance type "m8i.large": it has the type\'s price for us-east-1 only');
    expect(refused.stderr).toContain('(a --pricing-file can add it)');
    expect(refused.stderr).not.toContain('did you mean');
  });
  it('2025-08-01 bills the INIT phase of ZIP functions on managed runtimes, in every region it prices Lambda in, and changes nothing else', () => {
    const diff = json(['pricing', 'diff', 'aws-2025-05-01', 'aws-2025-08-01']);
    const regions = json(['pricing', 'list']).find((v: { id: string }) => v.id === 'aws-2025-08-01').regions as string[];
    expect(diff.changes.map((c: { region: string; key: string }) => `${c.region} ${c.key}`)).toEqual(regions.map((region) => `${region} init_billed_for_managed_runtimes`));
  });
});

describe('choosing prices', () => {
  it('--pricing-date picks the version in force that day', () => {
    expect(json(['estimate', 'scenarios/high-traffic.yaml', '--pricing-date', '2022-01-15']).pricing.id).toBe('aws-2021-09-29');
    expect(json(['estimate', 'scenarios/high-traffic.yaml', '--pricing-date', '2022-08-01']).pricing.id).toBe('aws-2022-08-01');
    const early = runCli(['estimate', 'scenarios/high-traffic.yaml', '--pricing-date', '2019-06-01']);
    expect(early.status).toBe(2);
    expect(early.stderr).toBe('slcost: no pricing version was in force on 2019-06-01; the oldest is aws-2020-03-12 (from 2020-03-12)\n');
  });

  it('Fargate Spot on arm64 is priced from the version of 2024-09-06 on and refused before, naming the flag', () => {
    const file = tempFile(
      'name: spot\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  functions: [{ name: f, memory_mb: 512, duration_ms: 100 }]\ncontainers:\n  load_balancer: none\n  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 100, pricing: spot }\n',
    );
    const before = runCli(['estimate', file, '--pricing-date', '2024-09-05']);
    expect(before.status).toBe(2);
    expect(before.stdout).toBe('');
    expect(before.stderr).toContain(
      'pricing aws-2024-02-01 (us-east-1) has no Fargate Spot for arm64 tasks: AWS ran Fargate Spot on x86_64 alone until 2024-09-06; price with a version from that date on (--pricing-date), or choose another architecture or pricing',
    );
    // The flag that chose the table, not --pricing, which beside --pricing-date is refused; the scenario's own pricing: is chosen again with --pricing.
    const own = tempFile(readFileSync(file, 'utf8').replace('name: spot\n', 'name: spot\npricing: aws-2024-02-01\n'));
    expect(runCli(['estimate', own]).stderr).toContain('price with a version from that date on (--pricing), or');
    // 10M a month steady = 3.8 req/s: one task all month, 730 h × $0.03238 × 0.3 = $7.09 and 1,460 GB-h × $0.00356 × 0.3 = $1.56.
    const from = json(['estimate', file, '--pricing-date', '2024-09-06']);
    expect(from.pricing.id).toBe('aws-2024-09-06');
    expect(from.platforms.fargate.monthly_usd).toBe('8.65');
  });

  it('the same scenario under two versions gives what each implies', () => {
    // 60M invocations of 28 ms at 1 GB without the free tier (the 1 ms-billing blog post): $112.00 with 100 ms
    // rounding, $40.00 with 1 ms billing; requests are $12.00 in both.
    const file = tempFile('name: blog\nfree_tier: false\nlambda:\n  functions: [{ name: f, memory_mb: 1024, duration_ms: 28, requests_per_month: 60000000 }]\n');
    expect(json(['estimate', file, '--pricing', 'aws-2020-03-12']).platforms.serverless.monthly_usd).toBe('112.00');
    expect(json(['estimate', file, '--pricing', 'aws-2020-12-01']).platforms.serverless.monthly_usd).toBe('40.00');
  });

  it('--pricing-file extends a version, overrides prices and applies discounts, and says so', () => {
    const prices = tempFile(
      'extends: aws-2024-02-01\ndescription: negotiated\ndiscount_pct: { lambda: 10, api_gateway: 5 }\nregions:\n  us-east-1:\n    api_gateway:\n      http_per_million_requests:\n        - { up_to: 300000000, usd: "0.80" }\n        - { usd: "0.70" }\n',
      'prices.yaml',
    );
    const document = json(['estimate', 'scenarios/high-traffic.yaml', '--pricing-file', prices]);
    expect(document.pricing).toEqual({ id: 'aws-2024-02-01+custom', effective_date: '2024-02-01', region: 'us-east-1', custom_file: prices });
    const items = Object.fromEntries(
      document.platforms.serverless.line_items.map((i: { id: string; unit_price_usd: string; monthly_usd: string }) => [i.id, [i.unit_price_usd, i.monthly_usd]]),
    );
    // Lambda 10% off: $0.18 per million requests, $0.00001500003 per GB-s; HTTP API overridden to $0.80, then 5% off: $0.76.
    expect(items['lambda.requests']).toEqual(['0.18', '17.82']);
    expect(items['lambda.duration.x86_64.tier-1']).toEqual(['0.00001500003', '444.00']);
    expect(items['api-gateway.http.requests.tier-1']).toEqual(['0.76', '76.00']);
    // A wide terminal: the line is checked for its words, not for where it wraps.
    expect(runCli(['estimate', 'scenarios/high-traffic.yaml', '--pricing-file', prices], { COLUMNS: '400' }).stdout).toContain(
      `pricing aws-2024-02-01+custom (custom prices from ${prices})`,
    );
  });

  it('a pricing file is validated like a shipped table, with its own lines', () => {
    const bad = tempFile('extends: aws-2024-02-01\nregions:\n  us-east-1:\n    lambda:\n      requests_per_million_usd: "-1"\n', 'prices.yaml');
    const result = runCli(['estimate', 'scenarios/high-traffic.yaml', '--pricing-file', bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/prices\.yaml:5:33: a price must be a non-negative decimal written as a string/);
    const unknown = tempFile('extends: aws-2031-01-01\n', 'prices.yaml');
    expect(runCli(['estimate', 'scenarios/high-traffic.yaml', '--pricing-file', unknown]).stderr).toMatch(/prices\.yaml:1:10: extends: unknown pricing version "aws-2031-01-01"/);
  });

  it('one way of choosing prices at a time', () => {
    const result = runCli(['estimate', 'scenarios/high-traffic.yaml', '--pricing', 'aws-2022-08-01', '--pricing-date', '2023-01-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('slcost: --pricing and --pricing-date each choose the prices; give one of them\n');
  });
});
