// What a function must fit on Cloud Run functions (2nd gen).
// https://cloud.google.com/functions/docs/configuring/timeout
// https://cloud.google.com/functions/quotas
import { formatCount, groupDigits } from '../../../core/numbers.js';
import type { WorkloadFunction } from '../../../core/workload.js';
import { instanceSize } from './line-items.js';
import type { RunFunctionsPrices } from './types.js';

/** Why the function does not fit, or null when it does. */
export function runFunctionsMisfit(fn: WorkloadFunction, prices: RunFunctionsPrices): string | null {
  const limits = prices.limits;
  const size = instanceSize(fn.memoryMb, prices);
  if (!size) return `${formatCount(fn.memoryMb)} MB of memory is above the largest instance, ${formatCount(prices.instanceSizes.at(-1)!.memoryMb)} MB`;
  const timeoutSeconds = fn.http ? limits.maxTimeoutHttpSeconds : limits.maxTimeoutEventSeconds;
  if (fn.durationMs.greaterThan(timeoutSeconds * 1000)) {
    return `${groupDigits(fn.durationMs)} ms is over the ${timeoutSeconds} s timeout of ${fn.http ? 'an HTTP' : 'an event-driven'} function`;
  }
  if (fn.requestKb?.greaterThan(limits.maxRequestMb * 1024)) return `a request of ${groupDigits(fn.requestKb)} KB is over the ${limits.maxRequestMb} MB HTTP request limit`;
  if (fn.concurrencyPerInstance > limits.maxConcurrencyPerInstance)
    return `${formatCount(fn.concurrencyPerInstance)} requests at once is over the ${formatCount(limits.maxConcurrencyPerInstance)} an instance may serve`;
  if (fn.concurrencyPerInstance > 1 && size.vcpu.lessThan(limits.minVcpuForConcurrency)) {
    return `serving ${formatCount(fn.concurrencyPerInstance)} requests at once needs at least ${limits.minVcpuForConcurrency.toFixed()} vCPU; ${formatCount(size.memoryMb)} MB comes with ${size.vcpu.toFixed()}`;
  }
  return null;
}
