// A service's section of a region in a price table: its zod schema, what the
// schema cannot say, and how it becomes the engine's prices. Each service
// folder declares its own; the table's schema is built from the provider's list.
import type * as Zod from 'zod/mini';
import type { FieldPath } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { compactCount, numberInWords } from '../core/numbers.js';
import type { PricedService } from '../core/service.js';
import type { Tier } from '../core/types.js';
import type { ScenarioSection } from './scenario-section.js';
import type { TemplateSection } from './template-section.js';
import { zod, type ZodFunctions } from './zod.js';

export type { FieldPath };
/** Reports a problem at `path`, under the section. */
export type Fail = (message: string, path: FieldPath) => void;
/** Adds one named unit price to a listing of the table. */
export type AddEntry = (key: string, description: string, value: Decimal, unit: string) => void;

/** The building blocks every section's schema shares. */
export function priceParts(z: ZodFunctions = zod()) {
  const priceString = z.string().check(z.regex(/^\d+(\.\d+)?$/, 'a price must be a non-negative decimal written as a string, e.g. "0.20"'));
  const bound = z.number().check(z.gt(0), z.lte(1e18));
  return {
    z,
    priceString,
    /** Price bands in order; every band but the last has `up_to`, the monthly quantity where it ends. */
    tiers: z.array(z.strictObject({ up_to: z.optional(bound), usd: priceString })).check(z.minLength(1)),
    perArchitecture: <T extends Zod.core.$ZodType>(value: T) => z.strictObject({ x86_64: value, arm64: z.optional(value) }),
    pct: z.number().check(z.gte(0), z.lt(100)),
    source: z.string().check(z.minLength(1)),
  };
}
export type PriceParts = ReturnType<typeof priceParts>;

export interface PriceSection<P> {
  /** The section's key in a region of the table, e.g. `api_gateway`. */
  readonly key: string;
  /** Its schema, optional where a region may leave the section out. */
  schema(parts: PriceParts): Zod.core.$ZodType;
  /** What the schema cannot say (bands in order, prices that come in pairs). */
  check?(data: never, fail: Fail): void;
  /** The checked section (undefined when left out) as the engine's prices. */
  read(data: never): P;
  /** The prices less a negotiated discount: `off` takes it off one price. */
  discount?(prices: P, off: (usd: Decimal) => Decimal): P;
  /** Every unit price of the section, for `pricing show` and `pricing diff`. */
  list?(prices: P, add: AddEntry): void;
}

/** A section, typed by its schema: `check` and `read` get the data the schema gives. */
export function priceSection<S extends Zod.core.$ZodType, P>(section: {
  key: string;
  schema: (parts: PriceParts) => S;
  check?: (data: NonNullable<Zod.output<S>>, fail: Fail) => void;
  read: (data: Zod.output<S>) => P;
  discount?: (prices: P, off: (usd: Decimal) => Decimal) => P;
  list?: (prices: P, add: AddEntry) => void;
}): PriceSection<P> {
  return section as PriceSection<P>;
}

/**
 * What a warning tells: `limit` (requests that would fail or be throttled),
 * `left-out` (a bill without something it was not told or cannot price) or
 * `advice` (anything else: a cheaper setting, a lever, an assumption made). Where the reports keep only what
 * may make the bill wrong or a request fail, they keep the last two.
 */
export type WarningKind = 'advice' | 'limit' | 'left-out';

/**
 * A priced service with its section of the price table: what a provider
 * lists. `Own`: what its section gives, when the service also reads a section
 * it shares with others (EC2 and Fargate read the commitment discounts).
 */
export interface ServiceDefinition<S, P, Own extends Partial<P> = P> extends PricedService<S, P> {
  readonly prices: PriceSection<Own>;
  /** Its section of a scenario file; a service whose usage sits in a block it shares with others (EC2 in `containers`) has none. */
  readonly usage?: ScenarioSection<Partial<S>>;
  /** The warnings its checks may give, by id, each with what it tells; a scenario's `warnings:` block may turn any off. */
  readonly warnings?: Readonly<Record<string, WarningKind>>;
  /** How its resources are found in a template, for a service in the `services:` block. */
  readonly template?: TemplateSection;
}

type Bands = readonly { up_to?: number | undefined; usd: string }[];

/** Bands in order: every band but the last ends, the last does not, each ends above the one before. */
export function checkBands(list: Bands | undefined, fail: Fail, ...path: FieldPath): void {
  list?.forEach((band, index) => {
    const last = index === list.length - 1;
    if (last && band.up_to !== undefined) fail('the last band must have no up_to: it covers everything above the band before it', [...path, index, 'up_to']);
    if (!last && band.up_to === undefined) fail('every band but the last needs up_to', [...path, index]);
    const previous = list[index - 1]?.up_to;
    if (band.up_to !== undefined && previous !== undefined && band.up_to <= previous) {
      fail(`bands out of order: up_to ${numberInWords(band.up_to)} is not above the previous band's ${numberInWords(previous)}`, [...path, index, 'up_to']);
    }
  });
}

export const toTiers = (bands: Bands): Tier[] => bands.map((band) => ({ upTo: band.up_to === undefined ? null : new Decimal(band.up_to), usd: new Decimal(band.usd) }));

/** A section's bands less a negotiated discount, for its `discount`: `off` takes it off each band's price. */
export const offTiers = (tiers: readonly Tier[], off: (usd: Decimal) => Decimal): Tier[] => tiers.map((tier) => ({ ...tier, usd: off(tier.usd) }));

export const toDecimal = (value: string | number) => new Decimal(value);

/** `{ x86_64, arm64? }` with each value converted; arm64 left out when the table leaves it out. */
export function perArchitecture<T, U>(values: { x86_64: T; arm64?: T | undefined }, convert: (value: T) => U): Partial<Record<'x86_64' | 'arm64', U>> {
  const out: Partial<Record<'x86_64' | 'arm64', U>> = { x86_64: convert(values.x86_64) };
  if (values.arm64 !== undefined) out.arm64 = convert(values.arm64);
  return out;
}

/** Each value of a per-architecture record with `change` applied. */
export function eachArchitecture<T extends Partial<Record<string, Decimal>>>(values: T, change: (usd: Decimal) => Decimal): T {
  return Object.fromEntries(Object.entries(values).map(([arch, value]) => [arch, value && change(value)])) as T;
}

/** One entry per band, described by its range: `duration, arm64 (first 7.5B)`. */
export function listBands(tiers: readonly Tier[] | null | undefined, key: string, what: string, unit: string, add: AddEntry): void {
  let from = new Decimal(0);
  const all = tiers ?? [];
  all.forEach((tier, index) => {
    const range =
      all.length === 1
        ? ''
        : !tier.upTo
          ? ` (over ${compactCount(from)})`
          : index === 0
            ? ` (first ${compactCount(tier.upTo)})`
            : ` (${compactCount(from)}–${compactCount(tier.upTo)})`;
    add(`${key}.band-${index + 1}`, `${what}${range}`, tier.usd, unit);
    if (tier.upTo) from = tier.upTo;
  });
}
