// Reading what every pricing command needs: a scenario (or a serverless.yml /
// SAM template with its usage file) and the price book it is priced with (the
// --pricing flag, else the file's own, else the newest).
import { InputError } from '../errors.js';
import { findPricingVersion, listPricingVersions, loadPriceBook, shippedPricingDir } from '../load/load-pricing.js';
import { scenarioFromYaml } from '../load/load-scenario.js';
import { loadTemplateScenario } from '../load/load-template.js';
import { templateKind } from '../load/read-template.js';
import { decodeText, parseYaml, readInputFile } from '../load/read-yaml.js';
import type { PriceBook, Scenario } from '../model/types.js';

export interface InputOptions {
  readonly pricing: string | null;
  readonly freeTier: boolean;
  readonly pricingDir?: string;
  /** The usage file for templates (--usage). */
  readonly usage?: string | null;
}

/** A reader of scenario files and templates that loads each price book once. An unknown --pricing is reported before any file is read. */
export function scenarioReader(options: InputOptions): (file: string) => { scenario: Scenario; book: PriceBook } {
  const pricingDir = options.pricingDir ?? shippedPricingDir();
  if (options.pricing !== null) findPricingVersion(pricingDir, options.pricing);
  const pricingIds = listPricingVersions(pricingDir).map((version) => version.id);
  const books = new Map<string, PriceBook>();
  return (file) => {
    const bytes = readInputFile(file);
    const kind = templateKind(decodeText(file, bytes));
    if (!kind && options.usage) throw new InputError(`is a scenario, not a serverless.yml or SAM template; --usage applies to templates only`, { file });
    const loaded = kind
      ? loadTemplateScenario(file, decodeText(file, bytes), kind, { usageFile: options.usage ?? null, pricingIds })
      : scenarioFromYaml(parseYaml(file, bytes), { pricingIds });
    const version = findPricingVersion(pricingDir, options.pricing ?? loaded.pricingId);
    let book = books.get(version.id);
    if (!book) {
      book = loadPriceBook(version);
      books.set(version.id, book);
    }
    return { scenario: options.freeTier ? loaded : { ...loaded, freeTier: false }, book };
  };
}
