// What `--compare` needs besides the scenario: the providers it names, checked,
// and each provider's newest price table, loaded once for the run.
import { InputError } from '../core/errors.js';
import { listPricingVersions, loadPriceBook, shippedPricingDir } from '../load/load-pricing.js';
import type { PriceBook, Scenario } from '../providers/aws/types.js';
import { type Comparison, compareFunctions, comparedIds, type ComparisonBooks } from '../providers/compare.js';
import { COMPARED_PROVIDERS } from '../providers/index.js';
import { suggest } from '../suggest.js';

/** `gcp,azure` → the ids, each one slcost compares; an unknown one is an input error naming the flag. */
export function parseCompare(text: string): string[] {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (!ids.length) throw new InputError(`--compare needs one or more of ${COMPARED_PROVIDERS.join(', ')}, separated by commas`);
  for (const id of ids) {
    if ((COMPARED_PROVIDERS as readonly string[]).includes(id)) continue;
    const hint = suggest(id, COMPARED_PROVIDERS);
    throw new InputError(`--compare: slcost compares no provider "${id}"${hint ? `; did you mean "${hint}"?` : ''} (it compares ${COMPARED_PROVIDERS.join(', ')})`);
  }
  // As a scenario's compare.providers: a provider named twice is a slip the run should not hide.
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) throw new InputError(`--compare: ${twice} is named twice`);
  return ids;
}

/** Each of `ids`' newest price table, by provider id. */
export function comparisonBooks(pricingDir: string, ids: readonly string[], books: Record<string, PriceBook<unknown>> = {}): ComparisonBooks {
  let versions: ReturnType<typeof listPricingVersions> | undefined;
  for (const id of ids) {
    if (books[id]) continue;
    versions ??= listPricingVersions(pricingDir);
    const newest = versions.filter((version) => version.provider === id).at(-1);
    if (!newest) throw new InputError(`no ${id} price table in ${pricingDir}`);
    books[id] = loadPriceBook(newest) as PriceBook<unknown>;
  }
  return books;
}

/** Compares a scenario's functions on the providers `--compare` names (`ids`), or else on those its `compare:` names; null when neither names any. Each provider's newest table is loaded once. */
export function comparer(pricingDir = shippedPricingDir()): (scenario: Scenario, book: PriceBook, ids: readonly string[] | null) => Comparison | null {
  // Loaded once for the run, whichever scenarios ask for them.
  const books: Record<string, PriceBook<unknown>> = {};
  return (scenario, book, flag) => {
    const ids = comparedIds(scenario, flag);
    return ids.length ? compareFunctions(scenario, book, comparisonBooks(pricingDir, ids, books), ids) : null;
  };
}
