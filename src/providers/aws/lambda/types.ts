// AWS Lambda's prices, the functions a scenario describes, and what is worked out per function.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import type { Architecture } from '../architecture.js';
import type { FunctionLogs } from '../cloudwatch-logs/index.js';
import type { TRIGGERS } from './scenario.js';

export interface LambdaPrices {
  readonly source: string;
  /** Each invocation's duration is rounded up to a multiple of this. */
  readonly billingGranularityMs: number;
  /** The largest memory size a function could have under this table. */
  readonly maxMemoryMb: number;
  /** Memory sizes a function could have: multiples of this. */
  readonly memoryStepMb: number;
  readonly requestsPerMillionUsd: Decimal;
  readonly durationPerGbSecond: Partial<Record<Architecture, readonly Tier[]>>;
  readonly provisionedConcurrencyPerGbSecond: Partial<Record<Architecture, Decimal>>;
  readonly provisionedDurationPerGbSecond: Partial<Record<Architecture, Decimal>>;
  /** Absent before ephemeral storage above 512 MB could be configured. */
  readonly ephemeralStoragePerGbSecond: Decimal | null;
  readonly freeTier: { readonly requests: Decimal; readonly gbSeconds: Decimal };
  /**
   * The INIT phase (a cold start) is billed as duration for ZIP functions on
   * managed runtimes too, as it is from 2025-08-01; custom runtimes and
   * container images have it billed under every table.
   */
  readonly initBilledForManagedRuntimes: boolean;
  /** Lambda@Edge's own rates (no free tier, one architecture); null in a table that does not price it. */
  readonly edge: EdgePrices | null;
}

export interface EdgePrices {
  readonly requestsPerMillionUsd: Decimal;
  readonly durationPerGbSecond: Decimal;
}

/**
 * Where CloudFront runs a Lambda@Edge function: on the viewer's request or response (before the cache, on every
 * request), on the origin's (on a cache miss), or `any` when that is not said.
 */
export type EdgeEvent = 'viewer' | 'origin' | 'any';

export interface ProvisionedConcurrency {
  readonly count: number;
  readonly hoursPerMonth: number;
  /** Invocations the provisioned environments serve, when the scenario states it; otherwise derived from the traffic shape. */
  readonly requestsPerMonth: Decimal | null;
  /** Average duration of the invocations served while provisioned, when it differs from the function's. */
  readonly durationMs: Decimal | null;
}

export interface LambdaFunction {
  readonly name: string;
  readonly memoryMb: number;
  readonly durationMs: Decimal;
  readonly architecture: Architecture;
  readonly requestsPerMonth: Decimal;
  /**
   * Its requests in the scenario itself, kept by the copies a sweep scales to other volumes: where the grid its
   * provisioned share is worked out on is anchored (provisioned.ts). Absent: `requestsPerMonth`.
   */
  readonly scenarioRequestsPerMonth?: Decimal;
  readonly ephemeralStorageMb: number;
  readonly provisioned: ProvisionedConcurrency | null;
  /** Deployed as Lambda@Edge, at CloudFront's edge, and the event it answers; absent or null: a regional function. */
  readonly edge?: EdgeEvent | null;
  /** False for a template's function that the usage file says nothing about: it is priced at zero requests. */
  readonly usageGiven?: boolean;
  readonly reservedConcurrency?: number | null;
  /**
   * Each stream that invokes it, its shards and parallelization factor: Lambda reads each shard one batch at a time, up
   * to that factor, so they bound how many of its executions run at once (streamConcurrency). Null or absent: not
   * known. Read only where a stream is the way in (`trigger: stream`).
   */
  readonly streamShards?: readonly StreamShards[] | null;
  /**
   * Each SQS queue's event source that invokes it, its maximum concurrency (ScalingConfig.MaximumConcurrency): Lambda's
   * poller invokes it no more than that many at once for the queue, so together they bound its executions at once
   * (queueConcurrency). Absent: no queue's source caps it. Read only where a queue is the way in (`trigger: sqs`).
   */
  readonly queueMaximumConcurrency?: readonly number[];
  /**
   * What invokes it: `api` (behind the scenario's API), a schedule, or another
   * event source; null when not said without an API, read as someone waiting on it.
   */
  readonly trigger?: Trigger | null;
  /** The service that invokes it while someone waits, where no trigger names it (a template's Cognito user pool, AppSync, an API's authorizer). */
  readonly invokedBy?: string;
  readonly runtime?: Runtime | null;
  readonly packageMb?: number | null;
  readonly vpc?: boolean;
  /** How its code is deployed: a container image has its INIT phase billed under every table. */
  readonly packageType?: PackageType;
  /** On a custom runtime (`provided.*`, as Go, Rust and native .NET run): its INIT phase is billed under every table. */
  readonly customRuntime?: boolean;
  /** How long its INIT phase runs, as the scenario states it; otherwise the runtime's typical cold start. Zero: none billed (what a bill without its INIT phases is priced with). */
  readonly initDurationMs?: Decimal | null;
  /** The scenario's idle timeout, which its cold starts, and so its billed INIT phases, depend on. */
  readonly idleTimeoutMinutes?: number;
  /** Its own logs as stated; without them, AWS's defaults (INFO, no application bytes, never expire). */
  readonly logs?: FunctionLogs | null;
  /** CPU time per request, for a comparison with a provider that bills CPU time alone; absent: the whole duration. */
  readonly cpuMs?: Decimal;
  /** The memory it uses at most, for a provider that bills observed memory or holds less; absent: `memoryMb`. */
  readonly memoryUsedMb?: number;
  /** Requests one instance serves at once on a provider that shares instances; absent: 1. */
  readonly concurrencyPerInstance?: number;
  /** The memory model's inputs (docs/memory.md): share of the duration spent on the CPU, in percent (default 50). */
  readonly cpuBoundPct?: number;
  /** Threads the code keeps busy (default 1). */
  readonly threads?: number;
  /** The most memory an invocation uses (CloudWatch's Max Memory Used): no smaller size is advised; null when not said. */
  readonly peakMemoryMb?: number | null;
  /**
   * How many functions alike but for their names this one stands for, where a
   * sweep prices them as one (copiesOf, alike.ts): every figure above is each
   * copy's own, and the month adds them up this many times. Absent: 1.
   */
  readonly copies?: number;
}

export interface StreamShards {
  readonly shards: number;
  /** Batches Lambda reads from one shard at once: 1 to 10. */
  readonly parallelizationFactor: number;
  /** A Kafka topic's partitions (a template's MSK or self-managed Kafka source), read one batch each at a time: no factor. */
  readonly kafka?: boolean;
}

/**
 * What invokes a function. A schedule fires when it says, so nothing outside the account can make it run more. A
 * function URL is called over HTTP by someone who waits, as an API is, but no API's throttle stands in front of it.
 */
export type Trigger = (typeof TRIGGERS)[number];

export type PackageType = 'zip' | 'image';

export type Runtime = 'nodejs' | 'python' | 'go' | 'rust' | 'java' | 'java_snapstart' | 'dotnet_aot';

/** What the limits and cold-start checks need to know beyond prices. */
export interface LambdaSettings {
  readonly accountConcurrencyLimit: number;
  readonly idleTimeoutMinutes: number;
  readonly costBombMultiple: number;
  /** The percentile of hours the provisioned-concurrency advice covers; 100 is the busiest hour. */
  readonly provisionedConcurrencyPercentile: number;
  readonly throttleRps: Decimal | null;
  /** Cold starts on fewer than this percent of a function's requests get no advice. */
  readonly coldStartAdvicePct: number;
  /** Another memory size is advised when it saves at least this percent of a function's monthly cost at no longer a duration. */
  readonly memoryAdvicePct?: number;
  /** Where the limits are written, so that advice names the key the user edits: a scenario, or a template's functions. */
  readonly limitsIn?: 'scenario' | 'serverless' | 'sam';
  /** Warning ids turned off in the scenario. */
  readonly warningsOff: readonly string[];
}

export interface FunctionUsage {
  readonly name: string;
  /** What invokes the function, as the scenario or template says; null when unsaid. */
  readonly trigger?: Trigger | null;
  readonly architecture: Architecture;
  readonly memoryMb: number;
  /** Its ephemeral storage (/tmp), 512 MB free and the rest billed by the GB-second. */
  readonly ephemeralStorageMb: number;
  /** As the scenario gives them: what arrives. */
  readonly requestsPerMonth: Decimal;
  /** What runs, and is billed: the requests within its concurrency limit, hour group by hour group. */
  readonly servedRequests: Decimal;
  /** Refused for being over its concurrency limit: never run, never billed. */
  readonly throttledRequests: Decimal;
  /** Held back in its busiest hours by its concurrency limit, and run (among the served) in quieter ones: its queue, stream or Lambda's retries keep them. */
  readonly deferredRequests: Decimal;
  readonly billedDurationMs: Decimal;
  readonly onDemandRequests: Decimal;
  /** Invocations' and billed INIT phases' GB-seconds on demand. */
  readonly onDemandGbSeconds: Decimal;
  /** Of which the billed INIT phases'. */
  readonly initGbSeconds: Decimal;
  /** Cold starts whose INIT phase is billed (none when the table does not bill it for this function). */
  readonly billedColdStarts: Decimal;
  readonly provisionedRequests: Decimal;
  readonly provisionedGbSeconds: Decimal;
  readonly provisionedConfiguredGbSeconds: Decimal;
  readonly peakRequestsPerSecond: Decimal;
  /** Requests a second × billed seconds over the whole month. */
  readonly averageConcurrency: Decimal;
  readonly peakConcurrency: Decimal;
  readonly usageGiven: boolean;
  /** Runs as Lambda@Edge: billed at its rates, outside the free tier. */
  readonly edge: boolean;
}

/** A way to remove cold starts, priced: what it adds to the month and what it removes. */
export interface ColdStartSummary {
  readonly perMonth: number;
  readonly share: number;
  readonly addedLatencyMs: { readonly p50: number; readonly p99: number } | null;
  readonly peakEnvironments: number;
  /** What its billed INIT phases add to the month, or null when the table does not bill them for it. */
  readonly initUsd: Decimal | null;
  /** Someone waits on the function and its cold starts reach the advice threshold: worth showing and advising on. */
  readonly matter: boolean;
}

/** Advice on a function: a way to remove its cold starts, or another memory size. */
export type Advice = ColdStartAdvice | MemoryAdvice;

/** Another memory size on the same architecture, by the memory model (docs/memory.md): cheaper, and no slower. */
export interface MemoryAdvice {
  readonly function: string;
  readonly kind: 'memory_size';
  readonly memoryMb: number;
  readonly fromMemoryMb: number;
  /** The expected duration at `memoryMb`; no longer than `fromDurationMs`. */
  readonly durationMs: Decimal;
  readonly fromDurationMs: Decimal;
  /** What it changes in the serverless monthly total: below zero, a saving. */
  readonly monthlyUsd: Decimal;
  /** The function's share of today's monthly bill that it saves, in percent. */
  readonly savingPct: Decimal;
}

export interface ColdStartAdvice {
  readonly function: string;
  readonly kind: 'provisioned_concurrency' | 'scheduled_provisioned_concurrency' | 'keep_warm';
  /** Environments kept warm. */
  readonly count: number;
  readonly hoursPerMonth: number;
  /** What it adds to the serverless monthly total. */
  readonly monthlyUsd: Decimal;
  readonly coldStartsRemoved: number;
  readonly usdPerColdStartAvoided: Decimal | null;
}
