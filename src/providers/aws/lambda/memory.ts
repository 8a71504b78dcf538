// How a function's duration changes with its memory size: Lambda gives CPU in
// proportion to memory, one vCPU at 1,769 MB and six at 10,240 MB. The model,
// its sources and its limits are in docs/memory.md.
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html
import { Decimal } from '../../../core/money.js';
import { PER_HUNDRED } from '../../../core/units.js';
import type { LambdaFunction } from './types.js';
import { initDurationOf, MAX_INIT_MS } from './init-billing.js';

/** "At 1,769 MB, a function has the equivalent of one vCPU." */
export const ONE_VCPU_MB = 1769;
/** "At 10,240 MB, it has 6 vCPUs." */
export const SIX_VCPU_MB = 10_240;
const SIX_VCPUS = 6;

/** Lambda stops an invocation at 15 minutes: a size slower than that cannot run the function. */
export const MAX_DURATION_MS = 900_000;

/** What the model assumes of a function that says nothing: as much time on the CPU as waiting, on one thread. */
export const DEFAULT_CPU_BOUND_PCT = 50;
export const DEFAULT_THREADS = 1;

/** The model's inputs for one function, with its defaults filled in. */
export interface MemoryModel {
  /** The measured average duration at `memoryMb`. */
  readonly durationMs: Decimal;
  readonly memoryMb: number;
  /** Share of `durationMs` spent on the CPU, in percent; the rest (the network, a database) does not speed up. */
  readonly cpuBoundPct: number;
  /** Threads the code keeps busy at once: a single-threaded function gains nothing past one vCPU. */
  readonly threads: number;
}

export function memoryModelOf(fn: LambdaFunction): MemoryModel {
  return { durationMs: fn.durationMs, memoryMb: fn.memoryMb, cpuBoundPct: fn.cpuBoundPct ?? DEFAULT_CPU_BOUND_PCT, threads: fn.threads ?? DEFAULT_THREADS };
}

/**
 * vCPUs in whole units of 1 / (1,769 × 8,471) of one, so that every ratio of
 * two sizes is exact: in proportion to memory up to one vCPU at 1,769 MB,
 * then on a straight line to six at 10,240 MB, so that both points AWS
 * documents hold exactly (the second line's slope is 4% steeper than the first's).
 */
const ABOVE_ONE_MB = SIX_VCPU_MB - ONE_VCPU_MB;
const UNITS_PER_VCPU = ONE_VCPU_MB * ABOVE_ONE_MB;

function vcpuUnitsAt(memoryMb: number, threads = Infinity): number {
  const units = memoryMb <= ONE_VCPU_MB ? memoryMb * ABOVE_ONE_MB : UNITS_PER_VCPU + (SIX_VCPUS - 1) * ONE_VCPU_MB * (memoryMb - ONE_VCPU_MB);
  return Math.min(units, threads * UNITS_PER_VCPU);
}

/**
 * The vCPUs `memoryMb` buys: `memoryMb / 1,769` up to 1,769 MB, then
 * `1 + 5 × (memoryMb − 1,769) / 8,471`, six at 10,240 MB.
 * @param memoryMb 128 to 10,240
 */
export function vcpusAt(memoryMb: number): Decimal {
  return new Decimal(vcpuUnitsAt(memoryMb)).dividedBy(UNITS_PER_VCPU);
}

/** The vCPUs the code can use at `memoryMb`: no more than it has threads. */
export function usableVcpusAt(memoryMb: number, threads: number): Decimal {
  return new Decimal(vcpuUnitsAt(memoryMb, threads)).dividedBy(UNITS_PER_VCPU);
}

/**
 * The expected duration at each memory size: the part spent waiting stays as
 * it is; the CPU-bound part runs as many times faster as the usable vCPUs
 * grow. At the measured memory it is the measured duration, exactly.
 */
export function durationCurve(model: MemoryModel, durationMs: Decimal = model.durationMs): (memoryMb: number) => Decimal {
  if (model.cpuBoundPct === 0) return () => durationMs;
  const cpuMs = durationMs.times(model.cpuBoundPct).times(PER_HUNDRED);
  const waitingMs = durationMs.minus(cpuMs);
  // The product first, then one division: a ratio that comes out whole stays whole.
  const cpuAtMeasured = cpuMs.times(vcpuUnitsAt(model.memoryMb, model.threads));
  return (memoryMb) => (memoryMb === model.memoryMb ? durationMs : waitingMs.plus(cpuAtMeasured.dividedBy(vcpuUnitsAt(memoryMb, model.threads))));
}

/**
 * The expected duration at `memoryMb` (see durationCurve).
 * @param memoryMb the memory size to predict for
 */
export function durationAtMs(model: MemoryModel, memoryMb: number, durationMs: Decimal = model.durationMs): Decimal {
  return durationCurve(model, durationMs)(memoryMb);
}

/** The smallest memory size at which the code stops getting faster: where the vCPUs reach its threads (never, under six). */
export function fullSpeedMb(threads: number): number {
  if (threads >= SIX_VCPUS) return SIX_VCPU_MB;
  if (threads <= 1) return ONE_VCPU_MB;
  return ONE_VCPU_MB + Math.ceil(((threads - 1) * ABOVE_ONE_MB) / (SIX_VCPUS - 1));
}

/**
 * `fn` at another memory size and architecture, its durations (its own and its
 * provisioned environments') scaled by the model: what the Lambda line items
 * price, so that the bill at that size has every band, free tier and
 * provisioned-concurrency rate it would have.
 */
export function atMemory(fn: LambdaFunction, memoryMb: number, architecture: LambdaFunction['architecture'], model: MemoryModel = memoryModelOf(fn)): LambdaFunction {
  const pc = fn.provisioned;
  const initMs = initDurationOf(fn);
  return {
    ...fn,
    memoryMb,
    architecture,
    durationMs: durationAtMs(model, memoryMb),
    provisioned: pc && { ...pc, durationMs: pc.durationMs && durationAtMs(model, memoryMb, pc.durationMs) },
    // Its INIT phase speeds up with the CPU the same way, within the 10 seconds Lambda allows it; a billed cold start costs that.
    initDurationMs: initMs && Decimal.min(MAX_INIT_MS, durationAtMs(model, memoryMb, initMs)),
  };
}
