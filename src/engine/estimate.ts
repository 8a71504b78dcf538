// A scenario and a price book in, an estimate out: the one entry point of the engine.
import { Decimal } from '../model/money.js';
import type { ContainerPlatformCost, Estimate, FunctionUsage, PlatformCost, PlatformId, PriceBook, Scenario, Warning } from '../model/types.js';
import { breakevenRanges, clip, costCurves, findCrossovers, serverlessCurve, TooManyStepsError } from './breakeven.js';
import { headlineRequests } from './scale.js';
import { budgetChecks } from './budget.js';
import { containerCosts } from './containers.js';
import { coldStartAdvice, coldStartChecks, costBomb, limitWarnings, worstMonthRequests } from './limits.js';
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
  const checkCostBomb = !scenario.settings?.warningsOff.includes('cost_bomb');
  const worstRequests = checkCostBomb ? worstMonthRequests(scenario) : null;
  const ranges = containers.length && !volume.isZero() ? breakevenRanges(volume) : [];
  // Under steady traffic the cost-bomb check and the break-even search price the same serverless
  // bill: fit it once, over a range that holds both the first search range and the worst month.
  const shared =
    scenario.traffic.pattern === 'steady' && worstRequests && ranges[0]
      ? serverlessCurve(scenario, book, Decimal.min(ranges[0].from, volume), Decimal.max(ranges[0].to, worstRequests))
      : null;
  // The wide range first; a fleet of very small instances can step too often in it, then the scenario's own neighbourhood.
  for (const [index, range] of ranges.entries()) {
    try {
      const curves = costCurves(scenario, book, range.from, range.to, index === 0 ? shared : null);
      breakeven = { fromRequests: range.from, toRequests: range.to, crossovers: findCrossovers(curves) };
      break;
    } catch (error) {
      if (!(error instanceof TooManyStepsError)) throw error;
      if (index === ranges.length - 1) found.push({ id: 'breakeven_not_computed', message: error.message });
    }
  }
  const { functions, ...serverlessTotals } = serverless;
  const cold = coldStartChecks(scenario, prices);
  const bomb = checkCostBomb ? costBomb(scenario, book, prices, where, serverlessTotals.exactUsd, shared && worstRequests ? clip(shared, volume, worstRequests) : null) : null;
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
    coldStarts: cold.perFunction.map(({ perMonth, share, addedLatencyMs, peakEnvironments }) => ({ perMonth, share, addedLatencyMs, peakEnvironments })),
    advice: coldStartAdvice(scenario, prices, profile, where, serverlessTotals.exactUsd, cold.perFunction),
    budget: budgetChecks([['serverless', serverlessTotals], ...containers.map((c): [PlatformId, PlatformCost] => [c.id, c])], scenario.budget),
    warnings: [
      ...(scenario.notes ?? []),
      ...warnings(scenario, functions),
      ...limitWarnings(scenario, functions, profile),
      ...cold.warnings,
      ...(bomb ? [bomb] : []),
      ...found,
    ].filter((warning) => !(scenario.settings?.warningsOff ?? []).includes(warning.id)),
  };
}

function cheapest(serverless: PlatformCost, containers: readonly ContainerPlatformCost[]): PlatformId {
  let best: { id: PlatformId; usd: Decimal } = { id: 'serverless', usd: serverless.monthlyUsd };
  for (const platform of containers) if (platform.monthlyUsd.lessThan(best.usd)) best = { id: platform.id, usd: platform.monthlyUsd };
  return best.id;
}

function warnings(scenario: Scenario, usage: readonly FunctionUsage[]): Warning[] {
  const found: Warning[] = [];
  if (scenario.freeTier && usage.some((fn) => !fn.provisionedConfiguredGbSeconds.isZero())) {
    found.push({
      id: 'free_tier_with_provisioned_concurrency',
      message:
        "the free tier is applied to requests and on-demand duration of functions with provisioned concurrency, as AWS's own worked example does, though AWS's pricing page says it does not apply to them; use --no-free-tier for the cautious figure",
    });
  }
  return found;
}
