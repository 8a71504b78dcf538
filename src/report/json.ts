// The JSON document CI pipelines read. Versioned by `schema`: fields may be
// added without changing it; renaming, removing or changing the meaning of a
// field changes it. Money is a decimal string in USD, never a binary float.
import type { CheapestRange, CostBombFigures, Crossover } from '../core/types.js';
import type { PricedPlatform, ServiceLineItem } from '../core/estimate.js';
import { largestService, serviceGroups } from './services.js';
import type { FleetSummary } from '../core/types.js';
import type { Estimate } from '../providers/aws/types.js';
import type { FunctionUsage } from '../providers/aws/lambda/types.js';
import { describeBasis, machineNumber, machineUnitPrice, machineUsd } from './format.js';
import { inWords } from './words.js';
import { jsonText } from './escape.js';
import { platformPercentilesJson, rangesJson } from './ranges.js';
import { memoryAdviceJson } from './memory-advice.js';

export const ESTIMATE_SCHEMA = 'slcost-estimate/1';
export const ESTIMATES_SCHEMA = 'slcost-estimates/1';

/** The estimate's JSON document, whole; a run writes it in parts (estimateJsonParts). */
export function estimateJson(estimate: Estimate) {
  return estimateDocument(
    estimate,
    estimate.functions.map((_, index) => estimateFunctionJson(estimate, index)),
  );
}

/**
 * estimateJson's text in parts, each function's on its own (`more`'s keys
 * after the document's): the same bytes as the whole document stringified,
 * without holding the JSON of thousands of functions, and their text, at once.
 */
export function* estimateJsonParts(estimate: Estimate, more: object = {}): Generator<string> {
  const document = { ...estimateDocument(estimate, []), ...more };
  if (!estimate.functions.length) {
    yield jsonText(document);
    return;
  }
  // jsonText escapes every quote inside a string, so the key is the one place this text stands.
  const [head, tail] = jsonText(document).split('"functions": [],') as [string, string];
  yield `${head}"functions": [\n`;
  for (let index = 0; index < estimate.functions.length; index++) {
    yield `${index ? ',\n' : ''}    ${jsonText(estimateFunctionJson(estimate, index)).replaceAll('\n', '\n    ')}`;
  }
  yield `\n  ],${tail}`;
}

function estimateFunctionJson(estimate: Estimate, index: number) {
  return { ...functionJson(estimate.functions[index]!), cold_starts: coldStartJson(estimate.coldStarts[index]) };
}

function estimateDocument(estimate: Estimate, functions: readonly unknown[]) {
  return {
    schema: ESTIMATE_SCHEMA,
    scenario: { name: estimate.scenario.name, file: estimate.scenario.file },
    pricing: {
      id: estimate.pricing.id,
      effective_date: estimate.pricing.effectiveDate,
      region: estimate.pricing.region,
      custom_file: estimate.pricing.customFile,
    },
    assumptions: {
      free_tier: estimate.assumptions.freeTier,
      api_gateway_free_tier: estimate.assumptions.apiGatewayFreeTier,
      hours_per_month: estimate.assumptions.hoursPerMonth,
      traffic_pattern: estimate.assumptions.trafficPattern,
    },
    platforms: Object.fromEntries(
      estimate.platforms.map((platform) => [
        platform.id,
        {
          ...(platform.fleet ? { ...platformJson(platform), fleet: fleetJson(platform.fleet) } : platformJson(platform)),
          ...platformPercentilesJson(estimate, platform.id),
        },
      ]),
    ),
    cheapest: estimate.cheapest,
    breakeven: estimate.breakeven && {
      from_requests_per_month: machineNumber(estimate.breakeven.fromRequests, 0),
      to_requests_per_month: machineNumber(estimate.breakeven.toRequests, 0),
      throttles_above_requests_per_month: estimate.breakeven.throttlesAboveRequests && machineNumber(estimate.breakeven.throttlesAboveRequests, 0),
      crossovers: estimate.breakeven.crossovers.map(crossoverJson),
      cheapest: estimate.breakeven.cheapest.map(cheapestRangeJson),
    },
    functions,
    advice: estimate.advice.map((advice) =>
      advice.kind === 'memory_size'
        ? memoryAdviceJson(advice)
        : {
            function: advice.function,
            kind: advice.kind,
            count: advice.count,
            hours_per_month: advice.hoursPerMonth,
            monthly_usd: machineUsd(advice.monthlyUsd),
            cold_starts_removed: Math.round(advice.coldStartsRemoved),
            usd_per_cold_start_avoided: advice.usdPerColdStartAvoided === null ? null : machineNumber(advice.usdPerColdStartAvoided, 6),
          },
    ),
    budget: budgetJson(estimate.budget),
    ...rangesJson(estimate),
    warnings: estimate.warnings.map((warning) =>
      warning.costBomb ? { id: warning.id, message: warning.message, ...costBombJson(warning.costBomb) } : { id: warning.id, message: warning.message },
    ),
  };
}

/** The cost bomb's figures beside its message: the worst month, and the limit that bounds it (null when none both bounds it and serves the peak). */
function costBombJson(figures: CostBombFigures) {
  return {
    worst_month_usd: machineUsd(figures.worstMonthUsd),
    expected_monthly_usd: machineUsd(figures.expectedMonthlyUsd),
    multiple: figures.multiple,
    function: figures.function,
    capped_by: figures.cappedBy,
    suggested_limit: figures.suggestedLimit === null ? null : machineNumber(figures.suggestedLimit, 6),
    suggested_limit_unit: figures.unit,
    suggested_limit_setting: inWords(figures.setting),
    peak: machineNumber(figures.peak, 6),
  };
}

function coldStartJson(cold: Estimate['coldStarts'][number] | undefined) {
  if (!cold) return null;
  return {
    per_month: Math.round(cold.perMonth),
    share_pct: Number((cold.share * 100).toFixed(3)),
    added_latency_ms: cold.addedLatencyMs,
    peak_environments: cold.peakEnvironments,
    init_usd: cold.initUsd === null ? null : machineUsd(cold.initUsd),
    matter: cold.matter,
  };
}

function budgetJson(checks: Estimate['budget']) {
  if (!checks.length) return null;
  const serverless = checks.find((check) => check.platform === 'serverless') ?? checks[0]!;
  return {
    status: checks.some((check) => check.over) ? ('over' as const) : ('within' as const),
    monthly_usd: machineUsd(serverless.budgetUsd),
    checks: checks.map((check) => ({
      platform: check.platform,
      budget_usd: machineUsd(check.budgetUsd),
      monthly_usd: machineUsd(check.monthlyUsd),
      excess_usd: machineUsd(check.excessUsd),
      status: check.over ? ('over' as const) : ('within' as const),
      ...(check.percentile ? { percentile: check.percentile } : {}),
      // With an outlook, every month is held to the budget: the month checked (the first over, else the highest) and how many there are.
      ...(check.month === undefined ? {} : { month: check.month, months: check.months }),
    })),
  };
}

/** Where one platform is the cheapest: a range of monthly requests. */
export function cheapestRangeJson(range: CheapestRange) {
  return {
    platform: range.platform,
    from_requests_per_month: machineNumber(range.fromRequests, 0),
    to_requests_per_month: machineNumber(range.toRequests, 0),
  };
}

export function crossoverJson(crossover: Crossover) {
  return {
    platforms: [...crossover.platforms],
    requests_per_month: machineNumber(crossover.requestsPerMonth, 0),
    cheaper_above: crossover.cheaperAbove,
  };
}

function fleetJson(fleet: FleetSummary) {
  return {
    unit: fleet.unit,
    description: fleet.description,
    requests_per_second_per_unit: machineNumber(fleet.capacityPerSecond),
    minimum: fleet.minimum,
    lowest: fleet.lowest,
    peak: fleet.peak,
    unit_hours: machineNumber(fleet.unitHours),
    autoscaling: fleet.autoscaling,
  };
}

function platformJson(platform: PricedPlatform) {
  const groups = serviceGroups(platform);
  return {
    monthly_usd: machineUsd(platform.monthlyUsd),
    exact_monthly_usd: machineNumber(platform.exactUsd),
    services: groups.map((group) => ({
      id: group.id,
      label: group.label,
      shared: group.shared,
      monthly_usd: machineUsd(group.monthlyUsd),
      exact_monthly_usd: machineNumber(group.exactUsd),
      share_pct: group.sharePct === null ? null : machineNumber(group.sharePct, 2),
    })),
    largest_service: largestService(groups)?.id ?? null,
    line_items: platform.lineItems.map(lineItemJson),
  };
}

export function lineItemJson(item: ServiceLineItem) {
  return {
    id: item.id,
    service: item.service,
    label: item.label,
    quantity: machineNumber(item.quantity),
    unit: item.unit,
    unit_price_usd: machineUnitPrice(item.unitPriceUsd),
    monthly_usd: machineUsd(item.monthlyUsd),
    exact_monthly_usd: machineNumber(item.exactUsd),
    note: describeBasis(item),
  };
}

function functionJson(usage: FunctionUsage) {
  return {
    name: usage.name,
    architecture: usage.architecture,
    memory_mb: usage.memoryMb,
    ephemeral_storage_mb: usage.ephemeralStorageMb,
    requests_per_month: machineNumber(usage.requestsPerMonth),
    throttled_requests: machineNumber(usage.throttledRequests),
    deferred_requests: machineNumber(usage.deferredRequests),
    billed_duration_ms: machineNumber(usage.billedDurationMs),
    on_demand_requests: machineNumber(usage.onDemandRequests),
    on_demand_gb_seconds: machineNumber(usage.onDemandGbSeconds),
    init_gb_seconds: machineNumber(usage.initGbSeconds),
    billed_cold_starts: machineNumber(usage.billedColdStarts, 3),
    provisioned_requests: machineNumber(usage.provisionedRequests),
    provisioned_gb_seconds: machineNumber(usage.provisionedGbSeconds),
    provisioned_configured_gb_seconds: machineNumber(usage.provisionedConfiguredGbSeconds),
    peak_requests_per_second: machineNumber(usage.peakRequestsPerSecond, 3),
    average_concurrency: machineNumber(usage.averageConcurrency, 3),
    peak_concurrency: machineNumber(usage.peakConcurrency, 3),
    usage_given: usage.usageGiven,
    trigger: usage.trigger ?? null,
    edge: usage.edge,
  };
}
