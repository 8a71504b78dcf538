// The pricing table format: one file per provider and version, region by
// region, every section naming the public source of its figures. Prices are
// decimal strings so that no digit is lost to binary floating point. A region
// holds one section per entry of its provider's list (see price-section.ts).
import type * as Zod from 'zod/mini';
import type { Provider } from '../providers/index.js';
import { priceParts } from './price-section.js';
import { zod } from './zod.js';

function buildPricingSchema(provider: Provider) {
  const z = zod();
  const parts = priceParts(z);
  return z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes')),
    provider: z.enum([provider.id]),
    effective_date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')),
    currency: z.enum(['USD']),
    description: z.string().check(z.minLength(1)),
    regions: z.record(
      z.string().check(z.regex(provider.regionPattern.regex, `a region is written like ${provider.regionPattern.example}`)),
      z.strictObject(Object.fromEntries(provider.priceSections.map((section) => [section.key, section.schema(parts)]))),
    ),
  });
}

const built = new Map<Provider, ReturnType<typeof buildPricingSchema>>();

/** A provider's table schema, built on first use: an estimate from a shipped table never needs it (the build checked the table). */
export function pricingSchema(provider: Provider): ReturnType<typeof buildPricingSchema> {
  let schema = built.get(provider);
  if (!schema) built.set(provider, (schema = buildPricingSchema(provider)));
  return schema;
}

export type PricingFile = Omit<Zod.output<ReturnType<typeof buildPricingSchema>>, 'regions'> & {
  readonly regions: Record<string, Record<string, unknown>>;
};
