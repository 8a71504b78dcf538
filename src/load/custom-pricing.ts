// A user's own price table: a shipped version, with some prices overridden
// and negotiated discounts (percent per service), validated like the shipped ones.
import { clipped, InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import type { PriceBook, RegionPrices } from '../providers/aws/types.js';
import { aws } from '../providers/aws/index.js';
import { validate } from '../schema/issues.js';
import { lazily } from '../schema/lazily.js';
import { zod } from '../schema/zod.js';
import { findPricingVersion, listPricingVersions, priceBookFrom, sourceOf } from './load-pricing.js';
import { readYamlFile, type YamlFile } from './read-yaml.js';
import { fileKindOf } from './file-kind.js';

const customPricingSchema = lazily(() => {
  const z = zod();
  const pct = z.number().check(z.gte(0), z.lt(100));
  return z.strictObject({
    extends: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
    discount_pct: z.optional(z.strictObject(Object.fromEntries(aws.priceSections.filter((section) => section.discount).map((section) => [section.key, z.optional(pct)])))),
    /** Parts of regions to override, in the shape of a pricing table; checked once merged. */
    regions: z.optional(z.record(z.string(), z.record(z.string(), z.unknown()))),
  });
});

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `override` laid over `base`: mappings merge key by key, anything else replaces. */
function merge(base: Json, override: Json): Json {
  if (!isObject(base) || !isObject(override)) return override;
  const merged: Record<string, Json> = { ...base };
  // Own keys only: `in` would see what every object inherits, and merge a region named toString into a function.
  for (const [key, value] of Object.entries(override)) merged[key] = Object.hasOwn(base, key) ? merge(base[key], value) : value;
  return merged;
}

export function loadCustomPriceBook(file: string, pricingDir: string): PriceBook {
  return customPriceBookFrom(readYamlFile(file), pricingDir);
}

/** A custom table already read (a file, or the text `pricing import` is about to write), checked as a price book. */
export function customPriceBookFrom(custom: YamlFile, pricingDir: string): PriceBook {
  const { file } = custom;
  const other = otherKind(custom.data);
  if (other) throw new InputError(other, { file });
  const spec = validate(customPricingSchema(), custom);
  let version;
  try {
    // A custom file lays prices over one of AWS's tables: the ones a scenario is priced with.
    version = findPricingVersion(
      pricingDir,
      spec.extends,
      listPricingVersions(pricingDir).filter((shipped) => shipped.provider === aws.id),
    );
  } catch (error) {
    throw new InputError(`extends: ${(error as Error).message}`, custom.locate(['extends']));
  }
  const base = sourceOf(version);
  for (const region of Object.keys(spec.regions ?? {})) {
    const regions = (base.data as Record<string, Json>).regions;
    if (!isObject(regions) || !Object.hasOwn(regions, region)) {
      throw new InputError(`${spec.extends} has no region ${clipped(region)} to override`, custom.locate(['regions', region], { key: true }));
    }
  }
  // The merged table is checked like a shipped one; its errors point into the user's file where the path is theirs.
  const merged: YamlFile = {
    file,
    data: merge(base.data, { regions: spec.regions ?? {}, ...(spec.description ? { description: spec.description } : {}) }),
    locate: (path, options) => custom.locate(path, options),
  };
  const book = priceBookFrom(merged, version);
  const discounts = spec.discount_pct ?? {};
  return {
    ...book,
    id: `${version.id}+custom`,
    description: spec.description ?? `${version.id} with the prices of ${file}`,
    file,
    custom: { file, extends: version.id, discountPct: Object.fromEntries(Object.entries(discounts).map(([service, value]) => [service, String(value)])) },
    regions: Object.fromEntries(Object.entries(book.regions).map(([region, prices]) => [region, discounted(prices, discounts)])),
  };
}

/** What a file given as --pricing-file is, when it is another of the files slcost reads. */
function otherKind(data: Json): string | null {
  switch (fileKindOf(data)?.kind) {
    case 'price-table': {
      // --pricing takes AWS's tables: the ones a scenario is priced with.
      const id = isObject(data) && typeof data.id === 'string' && data.provider === aws.id ? data.id : null;
      return `is a whole price table, not a price file of your own: ${id ? `price with --pricing ${id}, or ` : ''}write a file of extends: (one of AWS's tables) and the prices that differ`;
    }
    case 'offer':
      return 'is an AWS Price List offer file, not a price file: slcost pricing import makes a price file of it';
    case 'scenario':
      return 'is a scenario, not a price file: give it as the scenario, and as --pricing-file a file of extends: and prices';
    case 'usage':
      return 'is a usage file, not a price file: give it with --usage after the template whose functions it describes';
    case 'answers':
      return 'is an answers file of slcost decide, not a price file: give it as decide --answers';
    case 'serverless':
      return 'is a serverless.yml, not a price file: give it as the file to price, with --usage';
    default:
      return null;
  }
}

/** Each section's prices less its negotiated discount, as `(100 − pct) ÷ 100` of each price. */
function discounted(prices: RegionPrices, pctBy: Readonly<Record<string, number | undefined>>): RegionPrices {
  const parts = aws.priceSections.map((section) => {
    const factor = new Decimal(100).minus(pctBy[section.key] ?? 0).dividedBy(100);
    return section.discount ? section.discount(prices as never, (usd) => usd.times(factor)) : {};
  });
  return Object.assign({ ...prices }, ...parts) as RegionPrices;
}
