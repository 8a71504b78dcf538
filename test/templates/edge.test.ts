// A template's function deployed as Lambda@Edge (a serverless.yml's cloudFront event, a CloudFront distribution's
// LambdaFunctionAssociations in SAM or CloudFormation) priced at Lambda@Edge's rates, with no free tier, where it was
// priced as a regional function at about a third of its bill.
import { describe, expect, it } from 'vitest';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Estimate } from '../../src/providers/aws/types.js';
import { book } from '../helpers/build.js';
import { tempFile } from '../helpers/files.js';

const lines = (result: Estimate) =>
  Object.fromEntries(result.platforms[0]!.lineItems.filter((item) => item.id.startsWith('lambda.')).map((item) => [item.id, item.monthlyUsd.toFixed(2)]));
const notes = (result: Estimate) =>
  result.warnings.filter((warning) => warning.id !== 'cost_bomb' && warning.message.includes('Lambda@Edge')).map((warning) => `${warning.id}: ${warning.message}`);

const SERVERLESS = `service: edge
provider: { name: aws, runtime: nodejs20.x }
functions:
  rewrite:
    handler: h.h
    memorySize: 128
    timeout: 5
    events:
      - cloudFront: { eventType: viewer-request, origin: s3://bucket.s3.amazonaws.com/files }
  api:
    handler: h.h
    memorySize: 512
    events:
      - httpApi: GET /
`;

const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Resize:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: python3.12, MemorySize: 1024, Timeout: 30, AutoPublishAlias: live, Architectures: [arm64] }
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: python3.12, MemorySize: 512, Events: { Get: { Type: HttpApi } } }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: o
          ViewerProtocolPolicy: allow-all
          LambdaFunctionAssociations:
            - { EventType: origin-response, LambdaFunctionARN: !Ref Resize.Version }
`;

// Under aws-2024-02-01, which bills no INIT phase of a ZIP function on a managed runtime: the figures are the runs alone.
const priced = (text: string, kind: 'sam' | 'serverless', usage: string) =>
  estimate(loadTemplateScenario('template.yaml', text, kind, { usageFile: tempFile(usage, 'usage.yaml') }), book('aws-2024-02-01'));

describe("a template's Lambda@Edge functions", () => {
  it("a serverless.yml's cloudFront event: priced at Lambda@Edge's rates, the free tier left to the regional function", () => {
    const result = priced(
      SERVERLESS,
      'serverless',
      'functions:\n  rewrite: { requests_per_month: 10000000, duration_ms: 10 }\n  api: { requests_per_month: 3000000, duration_ms: 200 }\n',
    );
    // rewrite: 10M × $0.60/M = $6.00; 10M × 0.01 s × 0.125 GB = 12,500 GB-s × $0.00005001 = $0.625125 → $0.63 (EDGE-EX1).
    // api: 3M − 1M free = 2M × $0.20/M = $0.40; 3M × 0.2 s × 0.5 GB = 300,000 GB-s, all free.
    expect(lines(result)).toEqual({ 'lambda.requests': '0.40', 'lambda.duration.x86_64.tier-1': '0.00', 'lambda.edge.requests': '6.00', 'lambda.edge.duration': '0.63' });
    expect(notes(result)).toEqual([
      "template_assumption: function rewrite runs at CloudFront's edge as Lambda@Edge (cloudFront event, functions.rewrite.events): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)",
    ]);
  });

  it("a SAM distribution's association: priced at Lambda@Edge's rates, x86_64, with what CloudFront would not run said", () => {
    const result = priced(
      SAM,
      'sam',
      'free_tier: false\nfunctions:\n  Resize: { requests_per_month: 1000000, duration_ms: 800 }\n  Api: { requests_per_month: 1000000, duration_ms: 100 }\n',
    );
    // Resize: 1M × $0.60/M = $0.60; 1M × 0.8 s × 1 GB = 800,000 GB-s × $0.00005001 = $40.008 → $40.01, at x86_64's one
    // Lambda@Edge price though the template says arm64. Api: 1M × $0.20/M = $0.20; 50,000 GB-s × $0.0000166667 = $0.83.
    expect(lines(result)).toEqual({ 'lambda.requests': '0.20', 'lambda.duration.x86_64.tier-1': '0.83', 'lambda.edge.requests': '0.60', 'lambda.edge.duration': '40.01' });
    expect(result.functions.find((fn) => fn.name === 'Resize')!.architecture).toBe('x86_64');
    expect(notes(result)).toEqual([
      "template_assumption: function Resize runs at CloudFront's edge as Lambda@Edge (a CloudFront distribution's LambdaFunctionAssociations, Resources.Cdn): priced at Lambda@Edge's prices, with no free tier (none is confirmed for it)",
      'template_assumption: function Resize runs as Lambda@Edge: Lambda@Edge runs x86_64 functions only, not arm64; priced at x86_64',
    ]);
  });

  it("a distribution of a Condition the parameters' defaults make false says so, as the resources it prices do: its function is priced at the edge all the same", () => {
    const text = SAM.replace('Resources:\n', 'Parameters:\n  Stage: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\nResources:\n').replace(
      '    Type: AWS::CloudFront::Distribution\n',
      '    Type: AWS::CloudFront::Distribution\n    Condition: IsProd\n',
    );
    const result = priced(text, 'sam', 'free_tier: false\nfunctions:\n  Resize: { requests_per_month: 1000000, duration_ms: 800 }\n');
    expect(lines(result)).toMatchObject({ 'lambda.edge.requests': '0.60', 'lambda.edge.duration': '40.01' });
    expect(result.warnings.map((warning) => warning.message)).toContain(
      "Resources.Cdn: its Condition IsProd does not hold with the parameters' defaults (and us-east-1 for AWS::Region); priced as if CloudFormation created it, as the stack deployed may",
    );
    // With no Condition, or one that holds, nothing is said of it.
    expect(priced(SAM, 'sam', 'functions:\n  Resize: { requests_per_month: 1, duration_ms: 800 }\n').warnings.filter((warning) => warning.message.includes('Condition'))).toEqual(
      [],
    );
  });

  it("a timeout past the trigger's, which CloudFront refuses to associate, is said though the runs are within it", () => {
    const text = SAM.replace('Timeout: 30,', 'Timeout: 60,');
    const result = priced(text, 'sam', 'functions:\n  Resize: { requests_per_month: 1000000, duration_ms: 800 }\n  Api: { requests_per_month: 1000000, duration_ms: 100 }\n');
    expect(notes(result)).toContain(
      "template_assumption: function Resize runs as Lambda@Edge: its timeout of 60 s is past an origin trigger's 30 s, which CloudFront refuses to associate; its runs are priced as the usage file gives them",
    );
    // At the trigger's 30 s, nothing is said of it.
    expect(notes(priced(SAM, 'sam', 'functions:\n  Resize: { requests_per_month: 1, duration_ms: 800 }\n')).filter((note) => note.includes('timeout'))).toEqual([]);
  });

  it('what CloudFront would not run is said of the first functions, then counted (thousands of edge functions each wrote several lines)', () => {
    const functions = Array.from(
      { length: 25 },
      (_, i) =>
        `  f${i}:\n    handler: h.h\n    memorySize: 256\n    timeout: 5\n    events:\n      - cloudFront: { eventType: viewer-request, origin: s3://b.s3.amazonaws.com/x }\n`,
    ).join('');
    const result = priced(
      `service: edge\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n${functions}`,
      'serverless',
      'functions:\n  "*": { requests_per_month: 1000, duration_ms: 10 }\n',
    );
    const said = notes(result).filter((note) => note.includes('at most 128 MB'));
    // One note a function: 25 of them, the first 20 said one by one.
    expect(said).toHaveLength(20);
    expect(said[0]).toBe('template_assumption: function f0 runs as Lambda@Edge: a viewer trigger has at most 128 MB of memory, not 256 MB; priced as written');
    expect(result.warnings.map((warning) => warning.message)).toContain(
      '5 more settings of Lambda@Edge functions that CloudFront would not run at its edge; priced as the ones above',
    );
  });

  it('a function in a VPC at the edge, which CloudFront does not run, is said', () => {
    const text = SAM.replace('Architectures: [arm64] }', 'Architectures: [arm64], VpcConfig: { SubnetIds: [s], SecurityGroupIds: [g] } }');
    const result = priced(text, 'sam', 'functions:\n  Resize: { requests_per_month: 1000000, duration_ms: 800 }\n  Api: { requests_per_month: 1000000, duration_ms: 100 }\n');
    expect(notes(result)).toContain(
      'template_assumption: function Resize runs as Lambda@Edge: Lambda@Edge cannot reach resources inside a VPC: a function at the edge is configured with none; priced as written',
    );
  });

  it('a container image at the edge, which CloudFront does not run, is said', () => {
    const text = SAM.replace(
      'Properties: { Handler: h, Runtime: python3.12, MemorySize: 1024, Timeout: 30, AutoPublishAlias: live, Architectures: [arm64] }',
      'Properties: { PackageType: Image, ImageUri: x, MemorySize: 1024, Timeout: 30, AutoPublishAlias: live }',
    );
    const result = priced(text, 'sam', 'functions:\n  Resize: { requests_per_month: 1000000, duration_ms: 800 }\n  Api: { requests_per_month: 1000000, duration_ms: 100 }\n');
    expect(notes(result)).toContain(
      'template_assumption: function Resize runs as Lambda@Edge: Lambda@Edge runs functions deployed as .zip archives only, not container images; priced as written',
    );
  });

  it("a serverless.yml's cloudFront function of no memorySize or timeout of its own has the Framework's 128 MB and 5 s, not the provider's", () => {
    const text = SERVERLESS.replace('provider: { name: aws, runtime: nodejs20.x }', 'provider: { name: aws, runtime: nodejs20.x, memorySize: 2048, timeout: 20 }')
      .replace('    memorySize: 128\n    timeout: 5\n', '')
      .replace('    memorySize: 512\n', '');
    const result = priced(text, 'serverless', 'functions:\n  rewrite: { requests_per_month: 10000000, duration_ms: 10 }\n  api: { requests_per_month: 1000, duration_ms: 100 }\n');
    // 10M × 0.01 s × 0.125 GB = 12,500 GB-s × $0.00005001 → $0.63, as at the 128 MB the function deploys with; at the
    // provider's 2,048 MB it was $10.00, and said to be past the viewer trigger's memory.
    expect(lines(result)['lambda.edge.duration']).toBe('0.63');
    expect(result.functions.find((fn) => fn.name === 'api')!.memoryMb).toBe(2048);
    expect(notes(result)).toHaveLength(1);
    // Its timeout is the Framework's 5 s: a run of 6 s is over it, not within the provider's 20.
    const longer = priced(text, 'serverless', 'functions:\n  rewrite: { requests_per_month: 1000, duration_ms: 6000 }\n');
    expect(longer.warnings.map((warning) => warning.message)).toContain('function rewrite: duration_ms 6000 is over its timeout of 5 s; invocations would be cut off there');
  });

  it('a viewer trigger past its limits is said, and priced as written', () => {
    const result = priced(SERVERLESS.replace('memorySize: 128', 'memorySize: 256'), 'serverless', 'functions:\n  rewrite: { requests_per_month: 1000, duration_ms: 6000 }\n');
    expect(notes(result).slice(1)).toEqual([
      'template_assumption: function rewrite runs as Lambda@Edge: a viewer trigger has at most 128 MB of memory, not 256 MB; priced as written',
      'template_assumption: function rewrite runs as Lambda@Edge: a viewer trigger times out after 5 s, so an average run of 6,000 ms cannot be; priced as the usage file gives it',
      'cold_start_share: function rewrite: about 798 cold starts a month, 79.8% of its requests, each adding about 170 ms (p99 350 ms); Lambda@Edge has no provisioned concurrency to remove them',
    ]);
  });
});
