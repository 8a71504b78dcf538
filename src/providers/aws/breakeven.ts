// Each AWS platform's monthly cost as a curve over monthly requests, for the
// core's solver: a fleet's from its steps, the others' from the bends their
// services declare.
import { Decimal } from '../../core/money.js';
import type { Month, Platform } from '../../core/service.js';
import { addCurves, bendsOf, continuousCurve, type CostCurve, fleetCurve, refuseBeforeBends, TooManyStepsError } from '../../core/solver.js';
import { platformCostOf } from '../../core/estimate.js';
import { PricingError, SlcostError } from '../../core/errors.js';
import { monthOf, regionOf, SERVERLESS } from './platforms.js';
import { atVolume, headlineRequests } from './scale.js';
import { PLATFORMS } from './services.js';
import type { PriceBook, RegionPrices, Scenario } from './types.js';
import { collapsedAlike, limitsOf, throttleKinks } from './lambda/index.js';

/**
 * Each platform's monthly cost as exact linear pieces over [from, to] monthly
 * requests. `serverless`, when given, is the serverless curve over a range
 * that holds [from, to], fitted already.
 */
export function costCurves(scenario: Scenario, book: PriceBook, from: Decimal, to: Decimal): CostCurve[] {
  const { prices, where } = regionOf(scenario, book);
  const month = monthOf(scenario, where);
  return pricedAlike(scenario, (priced) => {
    const at = scaledOnce(priced);
    return PLATFORMS.filter((platform) => platform.present(priced)).map((platform) => curveOf(platform, priced, prices, month, from, to, at));
  });
}

/**
 * `scenario` at a volume (atVolume), each volume scaled once: the curves meter a
 * volume and then price it, and price it on each platform, and what is worked
 * out of a scaled scenario (its functions' usage, their share of the pool, the
 * requests they serve) is kept by the scenario's and its functions' identity.
 */
function scaledOnce(scenario: Scenario): (requests: Decimal) => Scenario {
  const scaled = new Map<string, Scenario>();
  return (requests) => {
    const key = requests.toString();
    let found = scaled.get(key);
    if (!found) scaled.set(key, (found = atVolume(scenario, requests)));
    return found;
  };
}

/**
 * `price` of `scenario` with its functions alike but for their names collapsed
 * (alikeCollapsed); a price the table lacks is refused with every function
 * that needs it named, as the whole list names them.
 */
function pricedAlike<T>(scenario: Scenario, price: (priced: Scenario) => T): T {
  const priced = alikeCollapsed(scenario);
  try {
    return price(priced);
  } catch (error) {
    if (priced === scenario || !(error instanceof PricingError)) throw error;
    return price(scenario);
  }
}

/**
 * `scenario` with its functions alike but for their names priced as one,
 * counted for each (collapsedAlike): a curve prices the scenario at every
 * bend, and a template's thousands of such functions made each bend
 * thousands of functions' work.
 */
function alikeCollapsed(scenario: Scenario): Scenario {
  const functions = collapsedAlike(scenario.functions);
  return functions === scenario.functions ? scenario : { ...scenario, functions };
}

/**
 * The curves over the first of `ranges` in which no fleet steps too often
 * (the default range first, then the scenario's own neighbourhood), with the
 * range used and, when it is not the first, why the first was given up.
 * Throws the last range's TooManyStepsError when none will do.
 */
export function curvesWithin(
  scenario: Scenario,
  book: PriceBook,
  ranges: ReadonlyArray<{ from: Decimal; to: Decimal }>,
): { curves: CostCurve[]; from: Decimal; to: Decimal; narrowedBecause: string | null } {
  let firstReason: string | null = null;
  for (const [index, range] of ranges.entries()) {
    try {
      return { curves: costCurves(scenario, book, range.from, range.to), from: range.from, to: range.to, narrowedBecause: firstReason };
    } catch (error) {
      if (!(error instanceof TooManyStepsError) || index === ranges.length - 1) throw error;
      firstReason ??= error.reason;
    }
  }
  throw new SlcostError('no range to find the break-even in');
}

/** The serverless bill alone as exact linear pieces over [from, to] monthly requests. */
export function serverlessCurve(scenario: Scenario, book: PriceBook, from: Decimal, to: Decimal): CostCurve {
  if (headlineRequests(scenario).isZero()) throw new SlcostError(`${scenario.file}: a sweep needs monthly requests above zero to scale from`);
  const { prices, where } = regionOf(scenario, book);
  return pricedAlike(scenario, (priced) => curveOf(SERVERLESS, priced, prices, monthOf(scenario, where), from, to, scaledOnce(priced)));
}

function curveOf(
  platform: Platform<Scenario, RegionPrices>,
  scenario: Scenario,
  prices: RegionPrices,
  month: Month,
  from: Decimal,
  to: Decimal,
  at: (requests: Decimal) => Scenario,
): CostCurve {
  const base = headlineRequests(scenario);
  const costAt = (requests: Decimal) => platformCostOf(platform, at(requests), prices, month).exactUsd;
  const sized = platform.services.find((service) => service.fleet);
  if (sized?.fleet) {
    // A fleet's own bill steps; the services it shares with every platform bend where their meters say. Each is fitted its own way, then added.
    const own = { ...platform, services: platform.services.filter((service) => !service.shared) };
    const shared = { ...platform, services: platform.services.filter((service) => service.shared) };
    const ownCost = (requests: Decimal) => platformCostOf(own, at(requests), prices, month).exactUsd;
    const fleet = fleetCurve(platform.id, sized.fleet(scenario, prices, month), month.profile, base, from, to, ownCost);
    if (platformCostOf(shared, at(to), prices, month).exactUsd.isZero()) return fleet;
    return addCurves(platform.id, fleet, curveOf(shared, scenario, prices, month, from, to, at));
  }
  // The functions are priced again at each bend (alike ones once, collapsed above); the services every platform shares price none.
  const pricesFunctions = platform.services.some((service) => !service.shared);
  const priced = pricesFunctions ? { functions: scenario.functions.length, bill: `${platform.label.toLowerCase()} bill` } : undefined;
  if (priced) refuseBeforeBends(from, to, priced);
  const kinks = platform.services.flatMap((service) => service.kinks?.(scenario, prices, month, base, { from, to }) ?? []);
  const meters = platform.services.flatMap((service) => service.meters?.(scenario, prices, month) ?? []);
  return continuousCurve(platform.id, bendsOf(kinks, meters, from, to, at, priced), from, to, costAt);
}

/**
 * The monthly requests (on the scenario's sweep) above which a concurrency
 * limit throttles some of them: past it the serverless bill is for fewer
 * requests than a fleet serves, so a crossing there is the limit, not a
 * saving. Null where no function has a limit the sweep can reach.
 */
export function throttlesAbove(scenario: Scenario, book: PriceBook): Decimal | null {
  const base = headlineRequests(scenario);
  if (base.isZero()) return null;
  const { prices, where } = regionOf(scenario, book);
  const kinks = throttleKinks(scenario.functions, limitsOf(scenario), prices.lambda, monthOf(scenario, where).profile, base, true);
  return kinks.length ? Decimal.min(...kinks) : null;
}
