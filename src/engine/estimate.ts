// A scenario and a price book in, an estimate out: the one entry point of the engine.
import { PricingError } from '../errors.js';
import { Decimal, sum } from '../model/money.js';
import type { Estimate, PriceBook, Scenario, Warning } from '../model/types.js';
import { apiGatewayLineItems } from './api-gateway.js';
import { platformCost } from './line-item.js';
import { lambdaLineItems } from './lambda.js';
import { monthProfile } from './traffic.js';
import { HOURS_PER_MONTH } from './units.js';

/** Prices the serverless side of `scenario` with `book`. Pure: same inputs, same estimate. */
export function estimate(scenario: Scenario, book: PriceBook): Estimate {
  const region = book.regions[scenario.region];
  if (!region) {
    throw new PricingError(
      `pricing ${book.id} has no prices for region ${scenario.region} (in ${scenario.file}); it covers ${Object.keys(book.regions).join(', ')}`,
    );
  }
  const where = `${book.id} (${scenario.region})`;
  const lambda = lambdaLineItems(scenario.functions, region.lambda, monthProfile(scenario.traffic), scenario.freeTier, where);
  const api = apiGatewayLineItems(scenario.apiGateway, region.apiGateway, where);

  return {
    scenario: { name: scenario.name, file: scenario.file },
    pricing: { id: book.id, effectiveDate: book.effectiveDate, region: scenario.region },
    assumptions: {
      freeTier: scenario.freeTier,
      apiGatewayFreeTier: scenario.apiGateway.type !== 'none' && scenario.apiGateway.freeTier,
      hoursPerMonth: HOURS_PER_MONTH,
      trafficPattern: scenario.traffic.pattern,
    },
    serverless: platformCost([...lambda.lineItems, ...api]),
    functions: lambda.usage,
    warnings: warnings(scenario, lambda.usage),
  };
}

// Lambda's default account limit on concurrent executions per region.
const DEFAULT_CONCURRENCY_LIMIT = 1000;

function warnings(scenario: Scenario, usage: Estimate['functions']): Warning[] {
  const found: Warning[] = [];
  // Every function follows the scenario's one traffic shape, so their peaks fall in the same hour and add up.
  const peakConcurrency = sum(usage.map((fn) => fn.peakConcurrency));
  if (peakConcurrency.greaterThan(DEFAULT_CONCURRENCY_LIMIT)) {
    found.push({
      id: 'concurrency-over-default-limit',
      message: `peak concurrency of about ${peakConcurrency.toDecimalPlaces(0, Decimal.ROUND_UP).toFixed()} executions is over the default account limit of ${DEFAULT_CONCURRENCY_LIMIT} per region; ask AWS to raise it, or requests beyond it are throttled`,
    });
  }
  if (scenario.freeTier && usage.some((fn) => !fn.provisionedConfiguredGbSeconds.isZero())) {
    found.push({
      id: 'free-tier-with-provisioned-concurrency',
      message:
        "the free tier is applied to requests and on-demand duration of functions with provisioned concurrency, as AWS's own worked example does, though AWS's pricing page says it does not apply to them; use --no-free-tier for the cautious figure",
    });
  }
  return found;
}
