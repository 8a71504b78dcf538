// A user's own price table: a shipped version, with some prices overridden
// and negotiated discounts (percent per service), validated like the shipped ones.
import { InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import type { PriceBook, RegionPrices } from '../providers/aws/types.js';
import type { Tier } from '../core/types.js';
import { validate } from '../schema/issues.js';
import { lazily } from '../schema/lazily.js';
import { zod } from '../schema/zod.js';
import { findPricingVersion, priceBookFrom, sourceOf } from './load-pricing.js';
import { readYamlFile, type YamlFile } from './read-yaml.js';

const customPricingSchema = lazily(() => {
  const z = zod();
  const pct = z.number().check(z.gte(0), z.lt(100));
  return z.strictObject({
    extends: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
    discount_pct: z.optional(
      z.strictObject({ lambda: z.optional(pct), api_gateway: z.optional(pct), ec2: z.optional(pct), fargate: z.optional(pct), load_balancer: z.optional(pct) }),
    ),
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
  for (const [key, value] of Object.entries(override)) merged[key] = key in base ? merge(base[key], value) : value;
  return merged;
}

export function loadCustomPriceBook(file: string, pricingDir: string): PriceBook {
  const custom = readYamlFile(file);
  const spec = validate(customPricingSchema(), custom);
  let version;
  try {
    version = findPricingVersion(pricingDir, spec.extends);
  } catch (error) {
    throw new InputError(`extends: ${(error as Error).message}`, custom.locate(['extends']));
  }
  const base = sourceOf(version);
  for (const region of Object.keys(spec.regions ?? {})) {
    if (!isObject((base.data as Record<string, Json>).regions) || !((base.data as { regions: Record<string, Json> }).regions[region])) {
      throw new InputError(`${spec.extends} has no region ${region} to override`, custom.locate(['regions', region], { key: true }));
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

/** Every price of a service lowered by its percentage. */
function discounted(prices: RegionPrices, pctBy: Partial<Record<'lambda' | 'api_gateway' | 'ec2' | 'fargate' | 'load_balancer', number>>): RegionPrices {
  const factor = (service: keyof typeof pctBy) => new Decimal(100).minus(pctBy[service] ?? 0).dividedBy(100);
  const off = (value: Decimal, service: keyof typeof pctBy) => value.times(factor(service));
  const offMaybe = (value: Decimal | null, service: keyof typeof pctBy) => (value === null ? null : off(value, service));
  const tiers = (list: readonly Tier[] | null, service: keyof typeof pctBy) => list && list.map((tier) => ({ ...tier, usd: off(tier.usd, service) }));
  const perArch = <T extends Partial<Record<string, Decimal>>>(values: T, service: keyof typeof pctBy) =>
    Object.fromEntries(Object.entries(values).map(([arch, value]) => [arch, value && off(value, service)])) as T;
  const l = prices.lambda;
  const api = prices.apiGateway;
  return {
    ...prices,
    lambda: {
      ...l,
      requestsPerMillionUsd: off(l.requestsPerMillionUsd, 'lambda'),
      durationPerGbSecond: Object.fromEntries(Object.entries(l.durationPerGbSecond).map(([arch, list]) => [arch, tiers(list, 'lambda')])),
      provisionedConcurrencyPerGbSecond: perArch(l.provisionedConcurrencyPerGbSecond, 'lambda'),
      provisionedDurationPerGbSecond: perArch(l.provisionedDurationPerGbSecond, 'lambda'),
      ephemeralStoragePerGbSecond: offMaybe(l.ephemeralStoragePerGbSecond, 'lambda'),
    },
    apiGateway: api && {
      ...api,
      restPerMillion: tiers(api.restPerMillion, 'api_gateway'),
      httpPerMillion: tiers(api.httpPerMillion, 'api_gateway'),
      websocketMessagesPerMillion: tiers(api.websocketMessagesPerMillion, 'api_gateway'),
      websocketConnectionMinutesPerMillion: offMaybe(api.websocketConnectionMinutesPerMillion, 'api_gateway'),
    },
    ec2: prices.ec2 && {
      ...prices.ec2,
      instances: Object.fromEntries(Object.entries(prices.ec2.instances).map(([name, type]) => [name, { ...type, usdPerHour: off(type.usdPerHour, 'ec2') }])),
    },
    fargate: prices.fargate && {
      ...prices.fargate,
      perVcpuHour: perArch(prices.fargate.perVcpuHour, 'fargate'),
      perGbHour: perArch(prices.fargate.perGbHour, 'fargate'),
      ephemeralStoragePerGbHour: offMaybe(prices.fargate.ephemeralStoragePerGbHour, 'fargate'),
    },
    loadBalancer: prices.loadBalancer && {
      ...prices.loadBalancer,
      albPerHour: off(prices.loadBalancer.albPerHour, 'load_balancer'),
      lcuPerHour: off(prices.loadBalancer.lcuPerHour, 'load_balancer'),
    },
  };
}
