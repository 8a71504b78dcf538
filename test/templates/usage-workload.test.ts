// What a template cannot say of a function's work, given in its usage file as a scenario's functions give it: the
// figures the comparison with other providers reads (cpu_ms, memory_used_mb, concurrency_per_instance) and the memory
// model's (cpu_bound_pct, threads, peak_memory_mb). The comparison asked for them by a scenario's key, which a usage
// file refused.
import { describe, expect, it } from 'vitest';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { comparedIds, compareFunctions, type ComparisonBooks } from '../../src/providers/compare.js';
import { inWords } from '../../src/report/words.js';
import { book } from '../helpers/build.js';
import { tempFile } from '../helpers/files.js';
import { tableOf } from '../helpers/workload.js';

const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, MemorySize: 1024, Timeout: 10 }
  Worker:
    Type: AWS::Serverless::Function
    Properties: { Handler: h, Runtime: nodejs20.x, MemorySize: 512, Timeout: 10 }
`;
const load = (usage: string) => loadTemplateScenario('template.yaml', SAM, 'sam', { usageFile: tempFile(usage, 'usage.yaml') });
const books = (): ComparisonBooks => ({ gcp: tableOf('gcp-2026-12-05'), azure: tableOf('azure-2026-12-05'), cloudflare: tableOf('cloudflare-2026-12-05') });
const assumptions = (usage: string) =>
  compareFunctions(load(usage), book(), books(), ['gcp', 'azure', 'cloudflare']).assumptions.map((each) => `${each.id}: ${inWords(each.message)}`);
const isWorkload = (line: string) => /^compare_default_(cpu_ms|memory_used|concurrency):/.test(line);
const refusal = (usage: string) => {
  try {
    load(usage);
    return 'no error';
  } catch (error) {
    return formatError(error as SlcostError);
  }
};

describe("a usage file's figures of a function's work", () => {
  it('are read, "*" for every function and a function\'s own over it, key by key', () => {
    const scenario = load(`functions:
  "*": { requests_per_month: 1000000, duration_ms: 200, cpu_ms: 20, cpu_bound_pct: 30 }
  Api: { memory_used_mb: 300, concurrency_per_instance: 8, threads: 2, peak_memory_mb: 400 }
`);
    const figures = scenario.functions.map((fn) => [fn.name, fn.cpuMs?.toString(), fn.memoryUsedMb, fn.concurrencyPerInstance, fn.cpuBoundPct, fn.threads, fn.peakMemoryMb]);
    expect(figures).toEqual([
      ['Api', '20', 300, 8, 30, 2, 400],
      ['Worker', '20', undefined, undefined, 30, undefined, null],
    ]);
  });

  it("the comparison asks for those it lacks by the usage file's key, and no more for those it has", () => {
    expect(assumptions('functions:\n  "*": { requests_per_month: 1000000, duration_ms: 200 }\n').filter(isWorkload)).toEqual([
      'compare_default_cpu_ms: CPU time per request (functions.<name>.cpu_ms in the usage file) not given for every function: taken as the whole duration, the most a provider that bills CPU time could bill (a function that waits on I/O uses less)',
      'compare_default_memory_used: memory used (functions.<name>.memory_used_mb in the usage file) not given for every function: taken as the memory the function is given, the most it could use',
      'compare_default_concurrency: requests one instance serves at once (functions.<name>.concurrency_per_instance in the usage file) not given for every function: taken as 1, the cautious figure',
    ]);
    const given = 'functions:\n  "*": { requests_per_month: 1000000, duration_ms: 200, cpu_ms: 20, memory_used_mb: 256, concurrency_per_instance: 4 }\n';
    expect(assumptions(given).filter(isWorkload)).toEqual([]);
  });

  it('are refused past what the template gives the function, at the key that says them', () => {
    expect(refusal('functions:\n  "*": { requests_per_month: 10, duration_ms: 200, cpu_ms: 250 }\n')).toMatch(
      /usage\.yaml:2:60: function Api: cpu_ms \(250\) cannot be above duration_ms \(200\): CPU time is part of the time a request takes; nor does it fit Worker, which takes it from "\*" too \(at functions\.\*\.cpu_ms\)$/,
    );
    expect(refusal('functions:\n  "*": { requests_per_month: 10, duration_ms: 200 }\n  Worker: { memory_used_mb: 600 }\n')).toMatch(
      /function Worker: memory_used_mb \(600\) cannot be above the 512 MB the template gives it \(at functions\.Worker\.memory_used_mb\)$/,
    );
    expect(refusal('functions:\n  "*": { requests_per_month: 10, duration_ms: 200, peak_memory_mb: 700 }\n')).toMatch(
      /function Worker: peak_memory_mb \(700\) is more than the 512 MB the template gives it: a function cannot use more memory than it has \(at functions\.\*\.peak_memory_mb\)$/,
    );
    expect(refusal('functions:\n  Api: { requests_per_month: 10, duration_ms: 200, threads: 0 }\n')).toMatch(/threads/);
  });

  it('name every function a "*" figure does not fit, once, at "*"', () => {
    // Api has 1024 MB, Worker 512: a "*" peak of 2000 fits neither; a function's own figure is its own to answer for.
    expect(refusal('functions:\n  "*": { requests_per_month: 10, duration_ms: 200, peak_memory_mb: 2000 }\n')).toMatch(
      /function Api: peak_memory_mb \(2000\) is more than the 1024 MB the template gives it: a function cannot use more memory than it has; nor does it fit Worker, which takes it from "\*" too \(at functions\.\*\.peak_memory_mb\)$/,
    );
    expect(refusal('functions:\n  "*": { requests_per_month: 10, duration_ms: 200, peak_memory_mb: 2000 }\n  Api: { peak_memory_mb: 1024 }\n')).toMatch(
      /function Worker: peak_memory_mb \(2000\) is more than the 512 MB the template gives it: a function cannot use more memory than it has \(at functions\.\*\.peak_memory_mb\)$/,
    );
  });

  it("say a memory size the template does not give is the default, SAM's or the Framework's, not the template's", () => {
    const refused = (text: string, kind: 'sam' | 'serverless', file: string) => {
      try {
        loadTemplateScenario(file, text, kind, { usageFile: tempFile('functions:\n  "*": { requests_per_month: 10, duration_ms: 200, peak_memory_mb: 2000 }\n', 'usage.yaml') });
        return 'no error';
      } catch (error) {
        return formatError(error as SlcostError);
      }
    };
    const sam = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Bare:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Runtime: nodejs20.x }\n';
    expect(refused(sam, 'sam', 'template.yaml')).toMatch(
      /function Bare: peak_memory_mb \(2000\) is more than the 128 MB it has by default \(the template gives it no memory size\):/,
    );
    // Globals' memory size is the template's own.
    expect(refused(sam.replace('Resources:', 'Globals:\n  Function: { MemorySize: 1024 }\nResources:'), 'sam', 'template.yaml')).toMatch(
      /function Bare: peak_memory_mb \(2000\) is more than the 1024 MB the template gives it:/,
    );
    const serverless = 'service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  bare:\n    handler: h.h\n';
    expect(refused(serverless, 'serverless', 'serverless.yml')).toMatch(
      /function bare: peak_memory_mb \(2000\) is more than the 1024 MB it has by default \(the template gives it no memory size\):/,
    );
    expect(refused(serverless.replace('  runtime:', '  memorySize: 1024\n  runtime:'), 'serverless', 'serverless.yml')).toMatch(
      /function bare: peak_memory_mb \(2000\) is more than the 1024 MB the template gives it:/,
    );
  });
});

// The comparison names its settings (compare.gcp.region, compare.azure.plan) where it takes a default, but a usage file
// refused `compare:` as a key it did not know, so a template's functions were compared in us-central1 and eastus
// alone, whatever region the template runs in.
describe("a usage file's compare: block", () => {
  const workload = 'functions:\n  "*": { requests_per_month: 1000000, duration_ms: 200 }\n';

  it("is read as a scenario's: its providers, and Google Cloud's region with that region's tier", () => {
    const scenario = load(`${workload}compare:\n  providers: [gcp]\n  gcp: { region: australia-southeast1 }\n`);
    expect(comparedIds(scenario, null)).toEqual(['gcp']);
    const comparison = compareFunctions(scenario, book(), books(), ['gcp']);
    const gcp = comparison.providers.find((provider) => provider.id === 'gcp')!;
    expect(gcp.pricing).toEqual({ id: 'gcp-2026-12-05', region: 'australia-southeast1' });
    // Api 1,024 MB (0.583 vCPU, 1 GiB) and Worker 512 MB (0.333 vCPU, 0.5 GiB), 1M runs of 200 ms each: 183,200 vCPU-s
    // and 300,000 GiB-s at Tier 2's $0.0000336 and $0.0000035, less the free tier valued at Tier 1's prices (180,000 ×
    // $0.000024 = $4.32 and 360,000 × $0.0000025 = $0.90): $1.83552 and $0.15; the 2M requests free. In us-central1
    // it was 3,200 vCPU-s × $0.000024 = $0.08.
    expect(gcp.cost!.lineItems.map((line) => [line.id, line.monthlyUsd.toFixed(2)])).toEqual([
      ['run-functions.cpu', '1.84'],
      ['run-functions.memory', '0.15'],
      ['run-functions.requests', '0.00'],
    ]);
    expect(gcp.cost!.monthlyUsd.toFixed(2)).toBe('1.99');
    expect(comparison.assumptions.map((each) => each.id)).not.toContain('compare_default_region');
  });

  it('is refused where it names a region the table does not price, at its line in the usage file', () => {
    const scenario = load(`${workload}compare:\n  gcp: { region: australia-east9 }\n`);
    let message = 'no error';
    try {
      compareFunctions(scenario, book(), books(), ['gcp']);
    } catch (error) {
      message = formatError(error as SlcostError);
    }
    expect(message).toMatch(/usage\.yaml:4:18: pricing gcp-2026-12-05 has no prices for region "australia-east9"/);
  });
});
