// A scenario and a price book in, an estimate out: the one entry point of the engine.
import { budgetChecks } from '../../core/budget.js';
import { cheapest } from '../../core/estimate.js';
import { InputError } from '../../core/errors.js';
import { breakevenRanges, cheapestRanges, findCrossovers, TooManyStepsError } from '../../core/solver.js';
import type { FunctionUsage } from './lambda/index.js';
import type { Warning } from '../../core/types.js';
import { formatCount as count } from '../../core/numbers.js';
import { HOURS_PER_MONTH } from '../../core/units.js';
import { curvesWithin, throttlesAbove } from './breakeven.js';
import { BILLS_KEPT, monthFactors, rangeEstimate, type RangeEstimate } from './ranges.js';
import { concurrencyCeilings, concurrencyLimits, functionUsage, limitsOf } from './lambda/index.js';
import { memoryAdvice } from './memory-advice.js';
import { coldStartAdvice, coldStartChecks, costBombs, initCosts, limitWarnings, outlookLimitWarnings } from './serverless-checks.js';
import { monthOf, platformCosts, regionOf } from './platforms.js';
import { headlineRequests } from './scale.js';
import type { Estimate, PriceBook, RegionPrices, Scenario } from './types.js';
import type { Month, Outlook, PricedService } from '../../core/service.js';
import { SERVICES } from './services.js';
import { option, setting } from '../../core/refer.js';

/** Prices every platform of `scenario` with `book`. Pure: same inputs, same estimate. */
export function estimate(scenario: Scenario, book: PriceBook, options: { readonly seed?: number } = {}): Estimate {
  const { prices, where } = regionOf(scenario, book);
  const month = monthOf(scenario, where);
  const { profile } = month;
  const platforms = platformCosts(scenario, prices, month);
  const serverlessTotals = platforms[0]!;
  const fleets = platforms.filter((platform) => platform.fleet);
  const limits = concurrencyLimits(scenario.functions, limitsOf(scenario), prices.lambda, profile);
  const ceilings = concurrencyCeilings(scenario.functions, limitsOf(scenario), prices.lambda, profile);
  const functions: FunctionUsage[] = scenario.functions.map((fn, index) => {
    const { ephemeralGbSeconds: _storage, ...usage } = functionUsage(fn, prices.lambda, profile, limits[index] ?? null, ceilings[index] ?? null);
    return { ...usage, trigger: fn.trigger ?? null };
  });
  const found: Warning[] = [];
  let breakeven: Estimate['breakeven'] = null;
  const volume = headlineRequests(scenario);
  const checkCostBomb = !scenario.settings?.warningsOff.includes('cost_bomb');
  const ranges = fleets.length && !volume.isZero() ? breakevenRanges(volume) : [];
  // The wide range first; a fleet of very small instances can step too often in it, then the scenario's own neighbourhood.
  if (ranges.length) {
    try {
      const { curves, from, to } = curvesWithin(scenario, book, ranges);
      const crossovers = findCrossovers(curves);
      breakeven = {
        fromRequests: from,
        toRequests: to,
        crossovers,
        cheapest: cheapestRanges(curves, crossovers, from, to),
        curves,
        requestsPerMonth: volume,
        throttlesAboveRequests: throttlesAbove(scenario, book),
      };
    } catch (error) {
      if (!(error instanceof TooManyStepsError)) throw error;
      found.push({ id: 'breakeven_not_computed', message: error.message });
    }
  }
  let percentiles: RangeEstimate | null = null;
  try {
    percentiles = rangeEstimate(scenario, book, options.seed);
  } catch (error) {
    if (!(error instanceof TooManyStepsError)) throw error;
    // A budget held to a percentile is a gate in CI: held to the medians instead, a P90 bill far over it passed with exit 0.
    const level = scenario.budgetPercentile;
    if (level)
      throw new InputError(
        `the P${level} bill cannot be worked out, so the budget cannot be held to it: ${error.reason}; narrow the ranges, or drop ${setting('budget-percentile')} to hold the budget to the bill at the medians`,
        scenario.budgetPercentileAt ?? { file: scenario.file },
      );
    found.push({ id: 'ranges_not_computed', message: `percentiles not computed: ${error.reason}` });
  }
  const fewer = percentiles?.fewerDraws;
  if (fewer) {
    found.push({
      id: 'ranges_fewer_draws',
      message: `the percentiles are sampled from ${count(fewer.draws)} draws of the ranged figures, not ${count(fewer.usualDraws)}: ${
        fewer.bills === null
          ? `each draw prices all ${count(fewer.entries)} functions and services' entries again${fewer.curvePieces === null ? '' : `, at each end of each of the ${count(fewer.curvePieces)} pieces of its curves`}`
          : `each draw keeps a bill of each of its samples in each of the ${count(fewer.bills.months)} months on each of the ${count(fewer.bills.platforms)} platforms, and the draws keep at most ${count(BILLS_KEPT)}`
      }; the ± beside each percentile is the sampling error of those draws`,
    });
  }
  const offCurves = percentiles?.monthsOffCurves;
  if (offCurves) {
    found.push({
      id: 'outlook_off_curves',
      message: `the outlook's months ${offCurves.from} to ${offCurves.months} are read off the break-even curves, each platform's bill before its line items are rounded to the cent (so within a few cents of an estimate of that month's requests): each month priced line by line is all ${count(offCurves.entries)} functions and services' entries again; give fewer months for each priced line by line`,
    });
  }
  // Month m's requests over month 1's: a later month can pass a limit month 1 is within.
  const factors = monthFactors(scenario);
  const cold = coldStartChecks(scenario, prices);
  const initUsd = initCosts(scenario, prices, profile, where);
  // The expected bill is the total as printed, so that the warning quotes and multiplies the figure above it.
  const bombs = checkCostBomb ? costBombs(scenario, prices, where, profile, serverlessTotals) : [];
  const memory = memoryAdvice(scenario, prices.lambda, profile, where);
  return {
    scenario: { name: scenario.name, file: scenario.file },
    pricing: { id: book.id, effectiveDate: book.effectiveDate, region: scenario.region, customFile: book.custom?.file ?? null, sources: sourcesOf(prices) },
    assumptions: {
      freeTier: scenario.freeTier,
      apiGatewayFreeTier: scenario.apiGateways.some((api) => api.freeTier),
      hoursPerMonth: HOURS_PER_MONTH,
      trafficPattern: scenario.traffic.pattern,
    },
    platforms,
    cheapest: cheapest(platforms),
    breakeven,
    functions,
    coldStarts: cold.perFunction.map(({ perMonth, share, addedLatencyMs, peakEnvironments }, index) => ({
      perMonth,
      share,
      addedLatencyMs,
      peakEnvironments,
      initUsd: initUsd[index] ?? null,
      matter: cold.matter[index]!,
    })),
    advice: [...coldStartAdvice(scenario, prices, profile, where, cold.perFunction, cold.matter), ...memory.advice],
    // A budget on a percentile holds that percentile of the bill; otherwise the bill at the medians, line by line.
    budget: percentiles?.budget.length
      ? percentiles.budget
      : budgetChecks(
          platforms.map((platform) => [platform.id, platform] as const),
          scenario.budget,
        ),
    ...(percentiles ? { ranges: percentiles } : {}),
    warnings: [
      ...(scenario.notes ?? []),
      ...warnings(scenario, functions),
      ...limitWarnings(scenario, functions, profile),
      ...outlookLimitWarnings(scenario, prices, profile, factors),
      ...cold.warnings,
      ...serviceChecks(scenario, prices, month, { factors, requestsPerMonth: volume }),
      ...bombs,
      ...memory.warnings,
      ...found,
    ].filter((warning) => !(scenario.settings?.warningsOff ?? []).includes(warning.id)),
  };
}

/** Each section of the region's prices that cites its source, by the section's name. */
function sourcesOf(prices: RegionPrices): Array<{ section: string; source: string }> {
  return Object.entries(prices).flatMap(([section, value]: [string, unknown]) => {
    const source = (value as { source?: unknown } | null)?.source;
    return typeof source === 'string' ? [{ section, source }] : [];
  });
}

/** What each service finds worth saying about its own usage, month 1's and then a growing outlook's, in SERVICES' order. */
function serviceChecks(scenario: Scenario, prices: RegionPrices, month: Month, outlook: Outlook): Warning[] {
  const services: readonly PricedService<Scenario, RegionPrices>[] = SERVICES;
  return services.flatMap((service) => [...(service.checks?.(scenario, prices, month) ?? []), ...(service.outlookChecks?.(scenario, prices, month, outlook) ?? [])]);
}

function warnings(scenario: Scenario, usage: readonly FunctionUsage[]): Warning[] {
  const found: Warning[] = [];
  if (scenario.freeTier && usage.some((fn) => !fn.provisionedConfiguredGbSeconds.isZero())) {
    found.push({
      id: 'free_tier_with_provisioned_concurrency',
      message: `the free tier is applied to requests and on-demand duration of functions with provisioned concurrency, as AWS's own worked example does, though AWS's pricing page says it does not apply to them; use ${option('no-free-tier')} for the cautious figure`,
    });
  }
  return found;
}
