// What a function must fit on Azure Functions' Consumption and Flex Consumption plans.
// https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout
// https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#limits
import { formatCount, groupDigits } from '../../../core/numbers.js';
import type { WorkloadFunction } from '../../../core/workload.js';
import type { AzurePlanChoice, FunctionsPrices } from './types.js';

/** Why the function does not fit the chosen plan, or null when it does. */
export function functionsMisfit(fn: WorkloadFunction, prices: FunctionsPrices, choice: AzurePlanChoice): string | null {
  const { limits } = prices;
  const seconds = fn.durationMs.dividedBy(1000);
  if (fn.http && seconds.greaterThan(limits.maxHttpResponseSeconds)) {
    return `${groupDigits(fn.durationMs)} ms is over the ${limits.maxHttpResponseSeconds} s an HTTP-triggered function has to answer, whatever the timeout`;
  }
  if (fn.requestKb?.greaterThan(limits.maxRequestMb * 1024)) return `a request of ${groupDigits(fn.requestKb)} KB is over the ${limits.maxRequestMb} MB HTTP request limit`;
  if (choice.plan === 'consumption') {
    const plan = prices.consumption;
    if (seconds.greaterThan(plan.maxTimeoutSeconds)) return `${groupDigits(fn.durationMs)} ms is over the Consumption plan's ${plan.maxTimeoutSeconds / 60}-minute timeout`;
    if (fn.memoryUsedMb > plan.maxMemoryMb) return `${formatCount(fn.memoryUsedMb)} MB of memory used is over the Consumption plan's ${formatCount(plan.maxMemoryMb)} MB instance`;
    return null;
  }
  const plan = prices.flex;
  if (plan.maxTimeoutSeconds !== null && seconds.greaterThan(plan.maxTimeoutSeconds))
    return `${groupDigits(fn.durationMs)} ms is over the Flex Consumption timeout of ${plan.maxTimeoutSeconds} s`;
  if (fn.memoryUsedMb > choice.instanceMemoryMb) return `${formatCount(fn.memoryUsedMb)} MB of memory used is over the ${formatCount(choice.instanceMemoryMb)} MB instance`;
  if (fn.concurrencyPerInstance > plan.maxConcurrencyPerInstance)
    return `${formatCount(fn.concurrencyPerInstance)} requests at once is over the ${formatCount(plan.maxConcurrencyPerInstance)} an instance may serve`;
  return null;
}
