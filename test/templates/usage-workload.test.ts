// What a template cannot say of a function's work, given in its usage file as a scenario's functions give it: the
// figures the comparison with other providers reads (cpu_ms, memory_used_mb, concurrency_per_instance) and the memory
// model's (cpu_bound_pct, threads, peak_memory_mb). The comparison asked for them by a scenario's key, which a usage
// file refused.
import { describe, expect, it } from 'vitest';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { compareFunctions, type ComparisonBooks } from '../../src/providers/compare.js';
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
