// A scenario's functions as every function platform sees them: what runs, how
// often, for how long, with how much memory and CPU. Lambda's own model says
// more (architecture, provisioned concurrency); a comparison across providers
// needs this much, and what a provider needs beyond Lambda (CPU time, requests
// one instance serves at once) has a default the comparison states.
import type { Decimal } from './money.js';

export interface WorkloadFunction {
  readonly name: string;
  /** The memory the function is given (Lambda's setting): what sizes an instance. */
  readonly memoryMb: number;
  /** The memory it uses, at most: what a platform billing observed memory bills, and what an isolate must hold. */
  readonly memoryUsedMb: number;
  /** Wall time per request. */
  readonly durationMs: Decimal;
  /** CPU time per request: at most the wall time; the rest is waiting. */
  readonly cpuMs: Decimal;
  readonly requestsPerMonth: Decimal;
  /** Requests one instance serves at once, where a platform shares an instance between requests. */
  readonly concurrencyPerInstance: number;
  /** Invoked over HTTP (behind an API, or called and waited on); false for an event source or a schedule. */
  readonly http: boolean;
  /** The request's size, when the scenario says it (its API's request size). */
  readonly requestKb: Decimal | null;
}

/** What a function platform is priced for: the functions, and whether the free allowances count. */
export interface Workload {
  readonly functions: readonly WorkloadFunction[];
  readonly freeTier: boolean;
}

/** The workload with every function's requests multiplied by `scaled`: what a break-even sweep varies. */
export function scaleWorkload<W extends Workload>(workload: W, scaled: (value: Decimal) => Decimal): Pick<W, 'functions'> {
  return { functions: workload.functions.map((fn) => ({ ...fn, requestsPerMonth: scaled(fn.requestsPerMonth) })) } as Pick<W, 'functions'>;
}
