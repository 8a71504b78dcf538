// slcost estimate: files in, line items out. Reads, calls the engine, renders; no arithmetic here.
import { SlcostError } from '../errors.js';
import { estimate } from '../engine/estimate.js';
import { findPricingVersion, listPricingVersions, loadPriceBook, shippedPricingDir } from '../load/load-pricing.js';
import { loadScenario } from '../load/load-scenario.js';
import type { Estimate, PriceBook } from '../model/types.js';
import { type Format, render } from '../report/index.js';
import type { FileError } from '../report/run.js';
import type { Style } from '../report/style.js';

export interface EstimateOptions {
  readonly format: Format;
  readonly pricing: string | null;
  readonly freeTier: boolean;
  readonly style: Style;
  readonly pricingDir?: string;
}

export interface CommandOutput {
  readonly stdout: string;
  readonly errors: readonly FileError[];
  readonly exitCode: number;
}

export function runEstimate(files: readonly string[], options: EstimateOptions): CommandOutput {
  const pricingDir = options.pricingDir ?? shippedPricingDir();
  // An unknown --pricing is wrong for every file: report it once, before reading any.
  if (options.pricing !== null) findPricingVersion(pricingDir, options.pricing);
  const pricingIds = listPricingVersions(pricingDir).map((version) => version.id);
  const books = new Map<string, PriceBook>();
  const bookFor = (id: string | null) => {
    const version = findPricingVersion(pricingDir, id);
    let book = books.get(version.id);
    if (!book) {
      book = loadPriceBook(version);
      books.set(version.id, book);
    }
    return book;
  };

  const estimates: Estimate[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    try {
      const scenario = loadScenario(file, { pricingIds });
      const book = bookFor(options.pricing ?? scenario.pricingId);
      estimates.push(estimate(options.freeTier ? scenario : { ...scenario, freeTier: false }, book));
    } catch (error) {
      if (!(error instanceof SlcostError)) throw error;
      errors.push({ file, error });
    }
  }
  const run = { estimates, errors };
  const stdout = estimates.length ? render(options.format, run, { style: options.style, manyFiles: files.length > 1 }) : '';
  return { stdout, errors, exitCode: errors.length ? 2 : 0 };
}
