// What a function must fit on Azure Functions' Consumption and Flex Consumption plans.
// https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout
// https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#limits
import type { WorkloadFunction } from '../../../core/workload.js';
import type { AzurePlanChoice, FunctionsPrices } from './types.js';

/** Why the function does not fit the chosen plan, or null when it does. */
export function functionsMisfit(fn: WorkloadFunction, prices: FunctionsPrices, choice: AzurePlanChoice): string | null {
  const { limits } = prices;
  const seconds = fn.durationMs.dividedBy(1000);
  if (fn.http && seconds.greaterThan(limits.maxHttpResponseSeconds)) {
    return `${fn.durationMs.toFixed()} ms is over the ${limits.maxHttpResponseSeconds} s an HTTP-triggered function has to answer, whatever the timeout`;
  }
  if (fn.requestKb?.greaterThan(limits.maxRequestMb * 1024)) return `a request of ${fn.requestKb.toFixed()} KB is over the ${limits.maxRequestMb} MB HTTP request limit`;
  if (choice.plan === 'consumption') {
    const plan = prices.consumption;
    if (seconds.greaterThan(plan.maxTimeoutSeconds)) return `${fn.durationMs.toFixed()} ms is over the Consumption plan's ${plan.maxTimeoutSeconds / 60}-minute timeout`;
    if (fn.memoryUsedMb > plan.maxMemoryMb) return `${fn.memoryUsedMb} MB of memory used is over the Consumption plan's ${plan.maxMemoryMb} MB instance`;
    return null;
  }
  const plan = prices.flex;
  if (plan.maxTimeoutSeconds !== null && seconds.greaterThan(plan.maxTimeoutSeconds))
    return `${fn.durationMs.toFixed()} ms is over the Flex Consumption timeout of ${plan.maxTimeoutSeconds} s`;
  if (fn.memoryUsedMb > choice.instanceMemoryMb) return `${fn.memoryUsedMb} MB of memory used is over the ${choice.instanceMemoryMb} MB instance`;
  if (fn.concurrencyPerInstance > plan.maxConcurrencyPerInstance)
    return `${fn.concurrencyPerInstance} requests at once is over the ${plan.maxConcurrencyPerInstance} an instance may serve`;
  return null;
}
