// The part of an AWS Price List offer file's terms that the importer reads:
// each price dimension's range, unit and price. The file is AWS's, so keys
// this tool does not read (rateCode, description, appliesTo) are let through;
// the values it does read must be what AWS writes.
import { lazily } from './lazily.js';
import { zod } from './zod.js';

export const offerSchemas = lazily(() => {
  const z = zod();
  const quantity = z.string().check(z.regex(/^\d{1,18}(\.\d{1,15})?$/, 'a range must be a whole or decimal number of units, e.g. "0" or "6000000000"'));
  const dimension = z.object({
    beginRange: z.optional(quantity),
    endRange: z.optional(z.union([quantity, z.literal('Inf')])),
    unit: z.optional(z.string()),
    pricePerUnit: z.record(z.string(), z.string()),
  });
  // A product's attributes are strings in every offer file AWS publishes: a mapping there was read as "[object Object]".
  const product = z.object({
    sku: z.optional(z.string()),
    productFamily: z.optional(z.string()),
    attributes: z.optional(z.record(z.string(), z.string())),
  });
  const priceDimensions = z.record(z.string(), dimension);
  // A term AWS writes always has its price dimensions: one without them was read as no price at all.
  const term = z.object({ priceDimensions });
  // An offer's version and publication date are digits and ISO times (20260905000000, 2026-09-05T00:00:00Z); the import
  // writes them into its price file, comments and all, where a control character would reach whoever reads it.
  const stamp = z.string().check(z.regex(/^[\w.:+-]{0,64}$/, 'letters, digits and . : + - _, at most 64 of them'));
  const meta = z.object({ offerCode: z.string(), version: stamp, publicationDate: stamp });
  return { priceDimensions, term, product, meta };
});
