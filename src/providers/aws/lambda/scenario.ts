// Lambda's section of a scenario file: the functions, and the account's limits the checks use.
import { nameKey } from '../../../core/names.js';
import { Decimal } from '../../../core/money.js';
import type { FieldPath } from '../../../schema/price-section.js';
import { type ScenarioContext, type ScenarioParts, scenarioSection } from '../../../schema/scenario-section.js';
import { functionLogsSchema, readFunctionLogs } from '../cloudwatch-logs/index.js';
import { DEFAULT_CPU_BOUND_PCT, DEFAULT_THREADS } from './memory.js';
import { DEFAULT_MEMORY_ADVICE_PCT } from './settings.js';
import { provisionedCapacity } from './provisioned.js';
import { formatCount, groupDigits, numberInWords } from '../../../core/numbers.js';
import type { LambdaFunction, LambdaSettings, ProvisionedConcurrency, Runtime, StreamShards } from './types.js';
import { EDGE_EVENTS, edgeEventOf, edgeLimits, edgeProblems, edgeTimeoutWords } from './edge.js';

/**
 * What a function's work is like beyond what Lambda bills, in a scenario file's functions and a usage file's alike
 * (a template cannot say it): what another provider bills (slcost estimate --compare, docs/providers.md), and the
 * memory model's inputs (docs/memory.md).
 */
export function workloadFields({ z }: ScenarioParts) {
  return {
    cpu_ms: z.number().check(z.gt(0), z.lte(900_000)),
    memory_used_mb: z.int().check(z.gte(1), z.lte(10_240)),
    concurrency_per_instance: z.int().check(z.gte(1), z.lte(1000)),
    /** Share of duration_ms spent on the CPU, in percent; the rest (waiting on the network, a database) does not speed up with memory. */
    cpu_bound_pct: z.number().check(z.gte(0), z.lte(100)),
    /** Threads the code keeps busy at once: a single-threaded function gains nothing past one vCPU (1,769 MB). */
    threads: z.int().check(z.gte(1), z.lte(64)),
    /** The most memory an invocation uses (CloudWatch's Max Memory Used): no smaller memory size is advised. */
    peak_memory_mb: z.int().check(z.gte(1), z.lte(10_240)),
  };
}

/** Lambda's bounds on a Kinesis or DynamoDB stream's event source: batches read from one shard at once. */
export const MAX_PARALLELIZATION_FACTOR = 10;
/** The most shards a function's `stream` takes: as many as its reserved concurrency may be. */
export const MAX_STREAM_SHARDS = 100_000;

/** Lambda's bounds on an SQS event source's maximum concurrency (ScalingConfig.MaximumConcurrency). */
export const MIN_QUEUE_MAXIMUM_CONCURRENCY = 2;
export const MAX_QUEUE_MAXIMUM_CONCURRENCY = 1000;

/** The SQS event source that invokes a function: the most of its executions Lambda's poller runs at once for the queue. */
export function queueSchema({ z }: ScenarioParts) {
  return z.strictObject({
    maximum_concurrency: z.int().check(z.gte(MIN_QUEUE_MAXIMUM_CONCURRENCY), z.lte(MAX_QUEUE_MAXIMUM_CONCURRENCY)),
  });
}

/**
 * The shards of the stream that invokes a function, and its event source's parallelization factor: in a scenario
 * file's functions and a usage file's alike (a template cannot say a DynamoDB or on-demand stream's shards). Without
 * a factor: 1, Lambda's default, in a scenario; the template's in a usage file.
 */
export function streamSchema({ z }: ScenarioParts) {
  return z.strictObject({
    shards: z.int().check(z.gte(1), z.lte(MAX_STREAM_SHARDS)),
    parallelization_factor: z.optional(z.int().check(z.gte(1), z.lte(MAX_PARALLELIZATION_FACTOR))),
  });
}

/** Runtimes with published cold-start figures (the source documents' benchmark table). */
/** The most functions a scenario file lists (README: the scenario file's keys). */
export const MAX_SCENARIO_FUNCTIONS = 1000;

export const RUNTIMES = ['nodejs', 'python', 'go', 'rust', 'java', 'java_snapstart', 'dotnet_aot'] as const;

/**
 * What may invoke a function: its API, or an event source (`stream` is
 * Kinesis, DynamoDB Streams or Kafka; `event` any other AWS source, such as
 * IoT rules or CloudWatch Logs subscriptions).
 */
export const TRIGGERS = ['api', 'url', 's3', 'sqs', 'sns', 'eventbridge', 'stream', 'step_functions', 'schedule', 'event'] as const;

/** Lambda's own runtime identifiers, as a template writes them: `nodejs20.x`, `python3.12`, `java21`, `go1.x`, `provided.al2023`, `dotnet8`, `ruby3.3`. */
export const LAMBDA_RUNTIME_ID = /^(nodejs\d+\.x|python\d+\.\d+|java\d+(\.al2)?|go1\.x|provided(\.al2(023)?)?|dotnet(core)?\d+(\.\d+)?|ruby\d+\.\d+)$/;

// zod reports the identifier's form alone when both alternatives refuse a word: the message names both.
const RUNTIME_CHOICES = `must be one of ${RUNTIMES.join(', ')}, or a Lambda runtime identifier such as nodejs20.x, python3.12 or java21`;

/**
 * The family whose cold-start figures apply: a family name as it is, `nodejs20.x` → `nodejs`, `java21` with
 * SnapStart → `java_snapstart`. A custom runtime (`provided.al2`, which may run Go or Rust alike), .NET without
 * AOT and Ruby have no figures.
 */
export function runtimeFamily(runtime: string | null | undefined, snapStart = false): Runtime | null {
  if (!runtime) return null;
  if ((RUNTIMES as readonly string[]).includes(runtime)) return runtime === 'java' && snapStart ? 'java_snapstart' : (runtime as Runtime);
  if (runtime.startsWith('nodejs')) return 'nodejs';
  if (runtime.startsWith('python')) return 'python';
  if (runtime.startsWith('go')) return 'go';
  if (runtime.startsWith('java')) return snapStart ? 'java_snapstart' : 'java';
  return null;
}

/**
 * Runs on a custom runtime (`provided.*`), whose INIT phase Lambda has always billed: Rust and
 * native-AOT .NET only run there, and Go has since the `go1.x` runtime was retired (2023-12-31).
 */
export function isCustomRuntime(runtime: string | null | undefined): boolean {
  if (!runtime) return false;
  return runtime.startsWith('provided') || runtime === 'rust' || runtime === 'dotnet_aot' || runtime === 'go';
}

export const lambdaScenario = scenarioSection({
  key: 'lambda',
  schema: (parts) => {
    const { z, perMonth, figure } = parts;
    const workload = workloadFields(parts);
    const provisionedConcurrency = z.union([
      z.int().check(z.gte(0), z.lte(100_000)),
      z.strictObject({
        count: z.int().check(z.gte(0), z.lte(100_000)),
        hours_per_month: z._default(z.int().check(z.gte(0), z.lte(730)), 730),
        requests_per_month: z.optional(perMonth),
        duration_ms: z.optional(z.number().check(z.gt(0), z.lte(900_000))),
      }),
    ]);
    const functionSchema = z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(140), parts.visible),
      memory_mb: z.int().check(z.gte(128), z.lte(10_240)),
      duration_ms: figure(z.number().check(z.gt(0), z.lte(900_000))),
      architecture: z._default(z.enum(['x86_64', 'arm64']), 'x86_64'),
      requests_per_month: z.optional(perMonth),
      ephemeral_storage_mb: z._default(z.int().check(z.gte(512), z.lte(10_240)), 512),
      provisioned_concurrency: z.optional(provisionedConcurrency),
      reserved_concurrency: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
      trigger: z.optional(z.enum(TRIGGERS)),
      // The stream that invokes it: what bounds its worst month.
      stream: z.optional(streamSchema(parts)),
      // The SQS queue's event source that invokes it, and its maximum concurrency: what bounds its worst month.
      queue: z.optional(queueSchema(parts)),
      // A family, or the identifier a template gives Lambda (`nodejs20.x`), as templates are read.
      runtime: z.optional(z.union([z.enum(RUNTIMES), z.string().check(z.regex(LAMBDA_RUNTIME_ID, RUNTIME_CHOICES))])),
      package_mb: z.optional(z.number().check(z.gte(0), z.lte(10_240))),
      package_type: z._default(z.enum(['zip', 'image']), 'zip'),
      // Lambda stops an INIT phase after 10 seconds on demand.
      init_duration_ms: z.optional(z.number().check(z.gt(0), z.lte(10_000))),
      vpc: z._default(z.boolean(), false),
      logs: functionLogsSchema(parts),
      cpu_ms: z.optional(workload.cpu_ms),
      memory_used_mb: z.optional(workload.memory_used_mb),
      concurrency_per_instance: z.optional(workload.concurrency_per_instance),
      cpu_bound_pct: z._default(workload.cpu_bound_pct, DEFAULT_CPU_BOUND_PCT),
      threads: z._default(workload.threads, DEFAULT_THREADS),
      peak_memory_mb: z.optional(workload.peak_memory_mb),
      // Deployed as Lambda@Edge: true, or the CloudFront event it answers (viewer or origin), whose limits differ.
      edge: z._default(z.union([z.boolean(), z.enum(EDGE_EVENTS)]), false),
    });
    return z.strictObject({
      functions: z.array(functionSchema).check(
        z.minLength(1),
        // The way past the bound is said: a template's functions have none (each ranged or outlook figure multiplies a scenario's work).
        z.maxLength(MAX_SCENARIO_FUNCTIONS, {
          error: `has more than ${formatCount(MAX_SCENARIO_FUNCTIONS)} functions, the most a scenario file takes; a template with a usage file takes any number`,
        }),
      ),
      account_concurrency_limit: z._default(z.int().check(z.gte(1), z.lte(10_000_000)), 1000),
      idle_timeout_minutes: z._default(z.number().check(z.gt(0), z.lte(1440)), 10),
      cost_bomb_multiple: z._default(z.number().check(z.gt(1), z.lte(1_000_000)), 10),
      /** Size the provisioned-concurrency advice for this percentile of hours; 100 is the peak hour. */
      provisioned_concurrency_percentile: z._default(z.number().check(z.gte(50), z.lte(100)), 100),
      /** Cold-start advice only for functions whose cold starts are at least this percent of their requests. */
      cold_start_advice_pct: z._default(z.number().check(z.gte(0), z.lte(100)), 0.1),
      /** Advise another memory size when it saves at least this percent of a function's monthly cost at no longer a duration. */
      memory_advice_pct: z._default(z.number().check(z.gte(0), z.lte(100)), DEFAULT_MEMORY_ADVICE_PCT),
    });
  },
  // A range of a Lambda@Edge function's durations is held to its trigger's timeout, as a Lambda duration's is to fifteen
  // minutes: a draw of its tail past the timeout refused the file for a figure it never wrote.
  mostAt: (lambda, [key, index, field]) => {
    if (key !== 'functions' || field !== 'duration_ms' || typeof index !== 'number') return undefined;
    const edge = edgeEventOf(lambda?.functions?.[index]?.edge);
    return edge ? { most: edgeLimits(edge).maxDurationMs, why: edgeTimeoutWords(edge) } : undefined;
  },
  read: (lambda, { trafficRequests, file, fail }): { functions: LambdaFunction[]; settings: LambdaSettings } => {
    // By the name as a person reads it: "café" written with one code point or with two is one name, printed alike.
    const seen = new Map<string, string>();
    const apiType = (file.api_gateway as { type?: string } | undefined)?.type;
    const hasApi = apiType !== undefined && apiType !== 'none';
    const functions = lambda.functions.map((fn, index): LambdaFunction => {
      const at: FieldPath = ['lambda', 'functions', index];
      const before = seen.get(nameKey(fn.name));
      if (before === fn.name) fail(`duplicate function name "${fn.name}"`, [...at, 'name']);
      else if (before !== undefined) fail(`duplicate function name "${fn.name}": the same name as "${before}", written with other Unicode code points`, [...at, 'name']);
      else seen.set(nameKey(fn.name), fn.name);
      const requests = fn.requests_per_month ?? trafficRequests;
      if (requests === undefined) fail('needs requests_per_month, or traffic.requests_per_month for every function', at);
      const requestsPerMonth = new Decimal(requests ?? 0);
      if (fn.cpu_ms !== undefined && fn.cpu_ms > fn.duration_ms)
        fail(`cpu_ms (${numberInWords(fn.cpu_ms)}) cannot be above duration_ms (${numberInWords(fn.duration_ms)}): CPU time is part of the time a request takes`, [
          ...at,
          'cpu_ms',
        ]);
      if (fn.memory_used_mb !== undefined && fn.memory_used_mb > fn.memory_mb)
        fail(`memory_used_mb (${fn.memory_used_mb}) cannot be above memory_mb (${fn.memory_mb})`, [...at, 'memory_used_mb']);
      if (fn.peak_memory_mb !== undefined && fn.peak_memory_mb > fn.memory_mb) {
        fail(`peak_memory_mb (${fn.peak_memory_mb}) is more than memory_mb (${fn.memory_mb}): a function cannot use more memory than it has`, [...at, 'peak_memory_mb']);
      }
      const edge = edgeEventOf(fn.edge);
      // CloudFront invokes a Lambda@Edge function, and nothing else can: priced with an API's or a queue's way in, it
      // was billed behind both, its cold starts weighed as that trigger's.
      if (edge && fn.trigger !== undefined)
        fail(
          `a Lambda@Edge function is invoked by CloudFront, not by ${fn.trigger === 'api' ? 'an API' : `its ${fn.trigger} trigger`}; leave trigger out (the function has edge: ${String(fn.edge)})`,
          [...at, 'trigger'],
        );
      else if (fn.trigger === 'api' && !hasApi) fail('trigger is api, but the scenario has no API (api_gateway.type is none or absent)', [...at, 'trigger']);
      // A stream's shards bound only what the stream invokes: beside another trigger they were a cap on traffic they do not hold back.
      if (fn.stream && edge)
        fail(`a Lambda@Edge function is invoked by CloudFront, not by a stream; leave stream out (the function has edge: ${String(fn.edge)})`, [...at, 'stream']);
      else if (fn.stream && fn.trigger !== undefined && fn.trigger !== 'stream')
        fail(`stream gives the shards of the stream that invokes the function, but its trigger is ${fn.trigger}; set trigger: stream, or leave stream out`, [...at, 'stream']);
      // A queue's maximum concurrency, as a stream's shards, bounds only what the queue invokes.
      if (fn.queue && edge)
        fail(`a Lambda@Edge function is invoked by CloudFront, not by an SQS queue; leave queue out (the function has edge: ${String(fn.edge)})`, [...at, 'queue']);
      else if (fn.queue && fn.stream) fail('queue and stream are two ways in, and a function has one trigger; leave one of them out', [...at, 'queue']);
      else if (fn.queue && fn.trigger !== undefined && fn.trigger !== 'sqs')
        fail(
          `queue gives the maximum concurrency of the SQS queue's event source that invokes the function, but its trigger is ${fn.trigger}; set trigger: sqs, or leave queue out`,
          [...at, 'queue'],
        );
      // AWS refuses the configuration (PutProvisionedConcurrencyConfig): priced, it billed environments the function can never have.
      const provisionedCount = typeof fn.provisioned_concurrency === 'number' ? fn.provisioned_concurrency : fn.provisioned_concurrency?.count;
      if (provisionedCount !== undefined && fn.reserved_concurrency !== undefined && provisionedCount > fn.reserved_concurrency) {
        const countAt: FieldPath = typeof fn.provisioned_concurrency === 'number' ? [...at, 'provisioned_concurrency'] : [...at, 'provisioned_concurrency', 'count'];
        fail(
          `provisioned concurrency (${formatCount(provisionedCount)}) is more than reserved_concurrency (${formatCount(fn.reserved_concurrency)}): AWS allows a function no more provisioned environments than the concurrency it reserves`,
          countAt,
        );
      }
      const provisionedConcurrency = provisioned(fn.provisioned_concurrency, requestsPerMonth, new Decimal(fn.duration_ms), [...at, 'provisioned_concurrency'], fail);
      // CloudFront refuses to run such a function at its edge: priced, it billed a deployment that cannot be.
      if (edge) {
        const written = {
          architecture: fn.architecture,
          packageType: fn.package_type,
          vpc: fn.vpc,
          provisioned: provisionedConcurrency,
          ephemeralStorageMb: fn.ephemeral_storage_mb,
          memoryMb: fn.memory_mb,
          durationMs: new Decimal(fn.duration_ms),
        };
        for (const problem of edgeProblems(written, edge)) fail(`${problem.message} (the function has edge: ${String(fn.edge)})`, [...at, problem.field]);
      }
      return {
        name: fn.name,
        memoryMb: fn.memory_mb,
        durationMs: new Decimal(fn.duration_ms),
        architecture: fn.architecture,
        requestsPerMonth,
        ephemeralStorageMb: fn.ephemeral_storage_mb,
        provisioned: provisionedConcurrency,
        ...(edge ? { edge } : {}),
        reservedConcurrency: fn.reserved_concurrency ?? null,
        ...(fn.stream ? streamCap(fn.stream.shards, fn.stream.parallelization_factor ?? 1) : {}),
        ...(fn.queue ? { queueMaximumConcurrency: [fn.queue.maximum_concurrency] } : {}),
        // Behind the API when the scenario has one and says nothing else: what the API's requests reach. CloudFront, not
        // the API, invokes a Lambda@Edge function, and a viewer waits on it. A stream's shards say a stream invokes it, a
        // queue's maximum concurrency a queue.
        trigger: fn.trigger ?? (fn.stream ? 'stream' : fn.queue ? 'sqs' : hasApi && !edge ? 'api' : null),
        runtime: runtimeFamily(fn.runtime),
        packageMb: fn.package_mb ?? null,
        packageType: fn.package_type,
        customRuntime: isCustomRuntime(fn.runtime),
        initDurationMs: fn.init_duration_ms === undefined ? null : new Decimal(fn.init_duration_ms),
        idleTimeoutMinutes: lambda.idle_timeout_minutes,
        vpc: fn.vpc,
        logs: readFunctionLogs(fn.logs, fail, [...at, 'logs']),
        ...(fn.cpu_ms === undefined ? {} : { cpuMs: new Decimal(fn.cpu_ms) }),
        ...(fn.memory_used_mb === undefined ? {} : { memoryUsedMb: fn.memory_used_mb }),
        ...(fn.concurrency_per_instance === undefined ? {} : { concurrencyPerInstance: fn.concurrency_per_instance }),
        cpuBoundPct: fn.cpu_bound_pct,
        threads: fn.threads,
        peakMemoryMb: fn.peak_memory_mb ?? null,
      };
    });
    // The cost-bomb check reads the API's throttle; every check reads which warnings are off.
    const throttle = (file.api_gateway as { throttle?: { rate_limit_rps: number } } | undefined)?.throttle;
    const warnings = (file.warnings ?? {}) as Record<string, boolean | undefined>;
    return {
      functions,
      settings: {
        accountConcurrencyLimit: lambda.account_concurrency_limit,
        idleTimeoutMinutes: lambda.idle_timeout_minutes,
        costBombMultiple: lambda.cost_bomb_multiple,
        provisionedConcurrencyPercentile: lambda.provisioned_concurrency_percentile,
        throttleRps: throttle ? new Decimal(throttle.rate_limit_rps) : null,
        coldStartAdvicePct: lambda.cold_start_advice_pct,
        memoryAdvicePct: lambda.memory_advice_pct,
        warningsOff: Object.entries(warnings).flatMap(([id, on]) => (on === false ? [id] : [])),
      },
    };
  },
});

/** A function's stream from its shards and parallelization factor. */
export function streamCap(shards: number, parallelizationFactor: number, kafka = false): Pick<LambdaFunction, 'streamShards'> {
  return { streamShards: [kafka ? { shards, parallelizationFactor, kafka } : { shards, parallelizationFactor }] };
}

/** The most executions `streams` let run at once: each one's shards × its parallelization factor, added up. */
export function streamConcurrency(streams: readonly StreamShards[]): number {
  return streams.reduce((total, stream) => total + stream.shards * stream.parallelizationFactor, 0);
}

/** The most executions the SQS sources of `maximumConcurrency` let run at once: each one's maximum concurrency, added up. */
export function queueConcurrency(maximumConcurrency: readonly number[]): number {
  return maximumConcurrency.reduce((total, each) => total + each, 0);
}

type ProvisionedInput = number | { count: number; hours_per_month: number; requests_per_month?: number | undefined; duration_ms?: number | undefined } | undefined;

function provisioned(value: ProvisionedInput, functionRequests: Decimal, durationMs: Decimal, at: FieldPath, fail: ScenarioContext['fail']): ProvisionedConcurrency | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return { count: value, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null };
  const served = value.requests_per_month === undefined ? null : new Decimal(value.requests_per_month);
  const runMs = value.duration_ms === undefined ? durationMs : new Decimal(value.duration_ms);
  const capacity = provisionedCapacity(value.count, value.hours_per_month, runMs);
  if (served?.greaterThan(functionRequests)) {
    fail(`serves more invocations (${groupDigits(served)}) than the function has (${groupDigits(functionRequests)})`, [...at, 'requests_per_month']);
  } else if (served?.greaterThan(capacity)) {
    const environments = value.count === 1 ? '1 environment' : `${formatCount(value.count)} environments`;
    const hours = value.hours_per_month === 1 ? '1 hour' : `${groupDigits(new Decimal(value.hours_per_month))} hours`;
    fail(`serves more invocations (${groupDigits(served)}) than ${environments} can run in ${hours} at ${groupDigits(runMs)} ms each (${groupDigits(capacity.floor())})`, [
      ...at,
      'requests_per_month',
    ]);
  }
  return {
    count: value.count,
    hoursPerMonth: value.hours_per_month,
    requestsPerMonth: served,
    durationMs: value.duration_ms === undefined ? null : new Decimal(value.duration_ms),
  };
}
