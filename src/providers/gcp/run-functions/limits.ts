// What a function must fit on Cloud Run functions (2nd gen).
// https://cloud.google.com/functions/docs/configuring/timeout
// https://cloud.google.com/functions/quotas
import type { WorkloadFunction } from '../../../core/workload.js';
import { instanceSize } from './line-items.js';
import type { RunFunctionsPrices } from './types.js';

/** Why the function does not fit, or null when it does. */
export function runFunctionsMisfit(fn: WorkloadFunction, prices: RunFunctionsPrices): string | null {
  const limits = prices.limits;
  const size = instanceSize(fn.memoryMb, prices);
  if (!size) return `${fn.memoryMb} MB of memory is above the largest instance, ${prices.instanceSizes.at(-1)!.memoryMb} MB`;
  const timeoutSeconds = fn.http ? limits.maxTimeoutHttpSeconds : limits.maxTimeoutEventSeconds;
  if (fn.durationMs.greaterThan(timeoutSeconds * 1000)) {
    return `${fn.durationMs.toFixed()} ms is over the ${timeoutSeconds} s timeout of ${fn.http ? 'an HTTP' : 'an event-driven'} function`;
  }
  if (fn.requestKb?.greaterThan(limits.maxRequestMb * 1024)) return `a request of ${fn.requestKb.toFixed()} KB is over the ${limits.maxRequestMb} MB HTTP request limit`;
  if (fn.concurrencyPerInstance > limits.maxConcurrencyPerInstance)
    return `${fn.concurrencyPerInstance} requests at once is over the ${limits.maxConcurrencyPerInstance} an instance may serve`;
  if (fn.concurrencyPerInstance > 1 && size.vcpu.lessThan(limits.minVcpuForConcurrency)) {
    return `serving ${fn.concurrencyPerInstance} requests at once needs at least ${limits.minVcpuForConcurrency.toFixed()} vCPU; ${size.memoryMb} MB comes with ${size.vcpu.toFixed()}`;
  }
  return null;
}
