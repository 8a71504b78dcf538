// A scenario and a price book in, an estimate out: the one entry point of the engine.
import { Decimal, sum } from '../model/money.js';
import type { ContainerPlatformCost, Estimate, FunctionUsage, PlatformCost, PlatformId, PriceBook, Scenario, Warning } from '../model/types.js';
import { breakevenRanges, costCurves, findCrossovers, TooManyStepsError } from './breakeven.js';
import { headlineRequests } from './scale.js';
import { budgetChecks } from './budget.js';
import { containerCosts } from './containers.js';
import { regionOf, serverlessCost } from './platforms.js';
import { monthProfile } from './traffic.js';
import { HOURS_PER_MONTH } from './units.js';

/** Prices every platform of `scenario` with `book`. Pure: same inputs, same estimate. */
export function estimate(scenario: Scenario, book: PriceBook): Estimate {
  const { prices, where } = regionOf(scenario, book);
  const profile = monthProfile(scenario.traffic);
  const serverless = serverlessCost(scenario, prices, profile, where);
  const containers = containerCosts(scenario.containers, prices, profile, where);
  const found: Warning[] = [];
  let breakeven: Estimate['breakeven'] = null;
  const volume = headlineRequests(scenario);
  if (containers.length && !volume.isZero()) {
    // The wide range first; a fleet of very small instances can step too often in it, then the scenario's own neighbourhood.
    const ranges = breakevenRanges(volume);
    for (const [index, range] of ranges.entries()) {
      try {
        breakeven = { fromRequests: range.from, toRequests: range.to, crossovers: findCrossovers(costCurves(scenario, book, range.from, range.to)) };
        break;
      } catch (error) {
        if (!(error instanceof TooManyStepsError)) throw error;
        if (index === ranges.length - 1) found.push({ id: 'breakeven_not_computed', message: error.message });
      }
    }
  }
  const { functions, ...serverlessTotals } = serverless;
  return {
    scenario: { name: scenario.name, file: scenario.file },
    pricing: { id: book.id, effectiveDate: book.effectiveDate, region: scenario.region, customFile: book.custom?.file ?? null },
    assumptions: {
      freeTier: scenario.freeTier,
      apiGatewayFreeTier: scenario.apiGateways.some((api) => api.freeTier),
      hoursPerMonth: HOURS_PER_MONTH,
      trafficPattern: scenario.traffic.pattern,
    },
    serverless: serverlessTotals,
    containers,
    cheapest: cheapest(serverlessTotals, containers),
    breakeven,
    functions,
    budget: budgetChecks([['serverless', serverlessTotals], ...containers.map((c): [PlatformId, PlatformCost] => [c.id, c])], scenario.budget),
    warnings: [...(scenario.notes ?? []), ...warnings(scenario, functions), ...found],
  };
}

function cheapest(serverless: PlatformCost, containers: readonly ContainerPlatformCost[]): PlatformId {
  let best: { id: PlatformId; usd: Decimal } = { id: 'serverless', usd: serverless.monthlyUsd };
  for (const platform of containers) if (platform.monthlyUsd.lessThan(best.usd)) best = { id: platform.id, usd: platform.monthlyUsd };
  return best.id;
}

// Lambda's default account limit on concurrent executions per region.
const DEFAULT_CONCURRENCY_LIMIT = 1000;

function warnings(scenario: Scenario, usage: readonly FunctionUsage[]): Warning[] {
  const found: Warning[] = [];
  // Every function follows the scenario's one traffic shape, so their peaks fall in the same hour and add up.
  const peakConcurrency = sum(usage.map((fn) => fn.peakConcurrency));
  if (peakConcurrency.greaterThan(DEFAULT_CONCURRENCY_LIMIT)) {
    found.push({
      id: 'concurrency_limit',
      message: `peak concurrency of about ${peakConcurrency.toDecimalPlaces(0, Decimal.ROUND_UP).toFixed()} executions is over the default account limit of ${DEFAULT_CONCURRENCY_LIMIT} per region; ask AWS to raise it, or requests beyond it are throttled`,
    });
  }
  if (scenario.freeTier && usage.some((fn) => !fn.provisionedConfiguredGbSeconds.isZero())) {
    found.push({
      id: 'free_tier_with_provisioned_concurrency',
      message:
        "the free tier is applied to requests and on-demand duration of functions with provisioned concurrency, as AWS's own worked example does, though AWS's pricing page says it does not apply to them; use --no-free-tier for the cautious figure",
    });
  }
  return found;
}
