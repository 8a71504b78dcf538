// What a function must fit on Cloudflare Workers (Paid plan).
// https://developers.cloudflare.com/workers/platform/limits/
import { formatCount, groupDigits } from '../../../core/numbers.js';
import type { WorkloadFunction } from '../../../core/workload.js';
import type { WorkersPrices } from './types.js';

/** Why the function does not fit, or null when it does. */
export function workersMisfit(fn: WorkloadFunction, prices: WorkersPrices): string | null {
  const { limits } = prices;
  if (fn.memoryUsedMb > limits.memoryMb) return `${formatCount(fn.memoryUsedMb)} MB of memory used is over an isolate's ${formatCount(limits.memoryMb)} MB`;
  const maxCpuMs = fn.http ? limits.maxCpuMs : limits.maxCpuMsEvent;
  if (fn.cpuMs.greaterThan(maxCpuMs)) return `${groupDigits(fn.cpuMs)} ms of CPU ${fn.http ? 'a request' : 'an invocation'} is over the ${maxCpuMs / 60_000}-minute CPU limit`;
  if (fn.requestKb?.greaterThan(limits.maxRequestMb * 1024)) return `a request of ${groupDigits(fn.requestKb)} KB is over the ${limits.maxRequestMb} MB request body limit`;
  return null;
}
