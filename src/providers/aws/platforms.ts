// A scenario's region, its month, and its platforms priced.
import { clipped, missingPrices, PricingError } from '../../core/errors.js';
import { type PricedPlatform, platformCostOf, pricePlatform } from '../../core/estimate.js';
import type { Month } from '../../core/service.js';
import { ownEntry } from '../../core/records.js';
import { type MonthProfile, monthProfile } from '../../core/traffic.js';
import type { PlatformCost } from '../../core/types.js';
import { PLATFORMS } from './services.js';
import type { PriceBook, RegionPrices, Scenario } from './types.js';

/** The price book's prices for the scenario's region, and a label for messages. */
export function regionOf(scenario: Scenario, book: PriceBook): { prices: RegionPrices; where: string } {
  // Own regions only: a region written `toString` or `__proto__` would find what every object inherits, and crash the estimate.
  const prices = ownEntry(book.regions, scenario.region);
  if (!prices) {
    throw new PricingError(
      `pricing ${book.id} has no prices for region ${clipped(scenario.region)} (in ${scenario.file}); it covers ${Object.keys(book.regions).join(', ')}`,
      scenario.regionAt ?? null,
    );
  }
  return { prices, where: `${book.id} (${scenario.region})` };
}

export function monthOf(scenario: Scenario, where: string): Month {
  return { profile: monthProfile(scenario.traffic), where };
}

/** The platform every scenario runs on: pay per use, without a fleet. */
export const SERVERLESS = PLATFORMS[0]!;

/**
 * Each platform the scenario describes, priced, in PLATFORMS' order. When the
 * table lacks a price, every service of every platform is tried, so that the
 * one error lists every missing price, at the scenario's `region:`.
 */
export function platformCosts(scenario: Scenario, prices: RegionPrices, month: Month): PricedPlatform[] {
  const present = PLATFORMS.filter((platform) => platform.present(scenario));
  try {
    return present.map((platform) => pricePlatform(platform, scenario, prices, month));
  } catch (error) {
    if (!(error instanceof PricingError)) throw error;
    const missing: PricingError[] = [];
    for (const service of present.flatMap((platform) => platform.services)) {
      try {
        service.lineItems(scenario, prices, month);
        service.fleet?.(scenario, prices, month);
      } catch (each) {
        if (!(each instanceof PricingError)) throw each;
        missing.push(each);
      }
    }
    throw missingPrices(
      missing.length ? missing : [error],
      scenario.regionAt ?? null,
      (count) => `pricing ${month.where} lacks ${count} prices this scenario needs:`,
      `pricing ${month.where} `,
    );
  }
}

/** The serverless platform alone, priced. */
export function serverlessCost(scenario: Scenario, prices: RegionPrices, profile: MonthProfile, where: string): PlatformCost {
  return platformCostOf(SERVERLESS, scenario, prices, { profile, where });
}
