// AWS Lambda as a priced service: requests, duration per architecture and
// band, provisioned concurrency, ephemeral storage, the always-free tier, and
// Lambda@Edge's requests and duration at its own rates.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { initBends, type LambdaUsage, lambdaMeters, provisionedBends } from './kinks.js';
import { lambdaLineItems } from './line-items.js';
import { type LambdaSection, lambdaPrices } from './prices.js';
import { lambdaScenario } from './scenario.js';
import { limitsOf, throttleKinks } from './throttling.js';
import { atTheEdge } from './edge.js';

export type * from './types.js';
export type { LambdaUsage } from './kinks.js';
export type { LambdaSection } from './prices.js';
export { billedDurationMs, functionUsage, lambdaLineItems, lambdaUsdWith, servedFunctions, shapeOf } from './line-items.js';
export { alikeButName, alikeKinds, collapsedAlike, copiesOf, timesCopies } from './alike.js';
export { tableProblems, type TableField } from './table-problems.js';
export { atTheEdge, EDGE_EVENTS, edgeLimits, edgeProblems, type EdgeProblem, maxMemoryMbOf, edgeTriggerWords } from './edge.js';

export const lambda: ServiceDefinition<LambdaUsage, LambdaSection> = {
  id: 'lambda',
  label: 'Lambda',
  prices: lambdaPrices,
  usage: lambdaScenario,
  lineItems: (scenario, prices, month) => lambdaLineItems(scenario.functions, prices.lambda, month.profile, scenario.freeTier, month.where, limitsOf(scenario)).lineItems,
  scale: (scenario, scaled) => ({
    functions: scenario.functions.map((fn) => ({
      ...fn,
      requestsPerMonth: scaled(fn.requestsPerMonth),
      scenarioRequestsPerMonth: fn.scenarioRequestsPerMonth ?? fn.requestsPerMonth,
      provisioned: fn.provisioned && { ...fn.provisioned, requestsPerMonth: fn.provisioned.requestsPerMonth && scaled(fn.provisioned.requestsPerMonth) },
    })),
  }),
  kinks: (scenario, prices, month, base, range) => [
    ...provisionedBends(scenario, month, base, range),
    ...initBends(scenario, prices.lambda, base, range),
    ...throttleKinks(scenario.functions, limitsOf(scenario), prices.lambda, month.profile, base),
  ],
  meters: (scenario, prices, month) => lambdaMeters(scenario, prices.lambda, month),
};
/**
 * The Lambda@Edge functions alone, on a platform that runs the rest of the work on containers: no container runs at
 * CloudFront's edge, so they stay Lambda@Edge there, billed as on the serverless side (its lines of the same month).
 * Shared, as a table is: they add the same to every platform and move no crossover.
 */
export const edgeLambda: ServiceDefinition<LambdaUsage, LambdaSection> = {
  ...lambda,
  shared: true,
  lineItems: (scenario, prices, month) => (scenario.functions.some(atTheEdge) ? lambda.lineItems(scenario, prices, month).filter((item) => item.id.startsWith(EDGE_LINE)) : []),
  // Lambda scales the functions; a platform's services are priced from the scenario as scaled.
  scale: () => ({}),
  kinks: (scenario, prices, month, base, range) => (scenario.functions.some(atTheEdge) ? lambda.kinks!(scenario, prices, month, base, range) : []),
  meters: () => [],
};

/** What every Lambda@Edge line item's id starts with. */
const EDGE_LINE = 'lambda.edge.';

export { coldStarts, coldStartsCoveredBy, coldStartsCoveredByRun, type ColdStarts, RUNTIME_COLD_START_MS, simulateColdStarts } from './cold-starts.js';
export { DEFAULT_LAMBDA_SETTINGS, DEFAULT_MEMORY_ADVICE_PCT, fromTemplate, nobodyWaits } from './settings.js';
export {
  isCustomRuntime,
  LAMBDA_RUNTIME_ID,
  MAX_PARALLELIZATION_FACTOR,
  MAX_QUEUE_MAXIMUM_CONCURRENCY,
  MIN_QUEUE_MAXIMUM_CONCURRENCY,
  queueConcurrency,
  queueSchema,
  RUNTIMES,
  runtimeFamily,
  streamCap,
  streamConcurrency,
  streamSchema,
  TRIGGERS,
  workloadFields,
} from './scenario.js';
export { billedInitMs, initBilledOfUnknownLength } from './init-billing.js';
export {
  concurrencyCeilings,
  concurrencyLimits,
  keepsThrottled,
  type Limits,
  limitsOf,
  limitsWithReplaced,
  provisionedUnreserved,
  reservedTotal,
  servedRequests,
  throttleKinks,
  UNLIMITED,
  unreservedPool,
} from './throttling.js';
export {
  atMemory,
  DEFAULT_CPU_BOUND_PCT,
  DEFAULT_THREADS,
  durationAtMs,
  durationCurve,
  fullSpeedMb,
  MAX_DURATION_MS,
  type MemoryModel,
  memoryModelOf,
  ONE_VCPU_MB,
  usableVcpusAt,
  vcpusAt,
} from './memory.js';
