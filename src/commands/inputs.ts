// Reading what every pricing command needs: a scenario and the price book it
// is priced with (the --pricing flag, else the scenario's own, else the newest).
import { findPricingVersion, listPricingVersions, loadPriceBook, shippedPricingDir } from '../load/load-pricing.js';
import { loadScenario } from '../load/load-scenario.js';
import type { PriceBook, Scenario } from '../model/types.js';

export interface InputOptions {
  readonly pricing: string | null;
  readonly freeTier: boolean;
  readonly pricingDir?: string;
}

/** A reader of scenario files that loads each price book once. An unknown --pricing is reported before any file is read. */
export function scenarioReader(options: InputOptions): (file: string) => { scenario: Scenario; book: PriceBook } {
  const pricingDir = options.pricingDir ?? shippedPricingDir();
  if (options.pricing !== null) findPricingVersion(pricingDir, options.pricing);
  const pricingIds = listPricingVersions(pricingDir).map((version) => version.id);
  const books = new Map<string, PriceBook>();
  return (file) => {
    const loaded = loadScenario(file, { pricingIds });
    const version = findPricingVersion(pricingDir, options.pricing ?? loaded.pricingId);
    let book = books.get(version.id);
    if (!book) {
      book = loadPriceBook(version);
      books.set(version.id, book);
    }
    return { scenario: options.freeTier ? loaded : { ...loaded, freeTier: false }, book };
  };
}
