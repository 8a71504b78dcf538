// Finding, reading and checking the versioned pricing tables in pricing/.
// A table that is inconsistent fails loudly here, never as a wrong number later.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, inputErrors } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import type { ApiGatewayPrices } from '../providers/aws/api-gateway/types.js';
import type { Architecture } from '../providers/aws/architecture.js';
import type { LambdaPrices } from '../providers/aws/lambda/types.js';
import type { PriceBook, RegionPrices } from '../providers/aws/types.js';
import type { Tier } from '../core/types.js';
import { validate } from '../schema/issues.js';
import { suggest } from '../suggest.js';
import { type PricingFile, pricingSchema } from '../schema/pricing.js';
import { type FieldPath, parseYaml, preparsedYaml, readInputText, type YamlFile } from './read-yaml.js';

/** The region every table must cover, and the one a scenario gets when it names none. */
export const DEFAULT_REGION = 'us-east-1';

export interface PricingVersion {
  readonly id: string;
  readonly provider: string;
  readonly effectiveDate: string;
  readonly file: string;
}

/** The shipped `pricing/` folder, found from where this code runs (the bundle in dist/ or the sources in src/). */
export function shippedPricingDir(): string {
  for (const relative of ['../pricing', '../../pricing']) {
    const dir = join(import.meta.dirname, relative);
    // statSync, as every input file is read: a run asks Node for one less function.
    if (statSync(join(dir, 'aws'), { throwIfNoEntry: false })?.isDirectory()) return dir;
  }
  throw new Error('the pricing/ folder that ships with slcost is missing');
}

/** Every version in `dir`, oldest first. A version's id is `<provider>-<file name>`. */
export function listPricingVersions(dir: string): PricingVersion[] {
  const versions: PricingVersion[] = [];
  // Plain names, each tried as a folder: file types cost a run a third of a millisecond to ask for.
  for (const provider of readdirSync(dir)) {
    let entries: string[];
    try {
      entries = readdirSync(join(dir, provider));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      throw error;
    }
    for (const entry of entries) {
      const match = /^(\d{4}-\d{2}-\d{2})\.ya?ml$/.exec(entry);
      if (!match?.[1]) continue;
      versions.push({ id: `${provider}-${match[1]}`, provider, effectiveDate: match[1], file: join(dir, provider, entry) });
    }
  }
  // Plain code-unit order: localeCompare would load ICU collation data, slowly, for ASCII ids.
  return versions.sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : a.id < b.id ? -1 : 1));
}

/** The version named `id`, or the newest when `id` is null. */
export function findPricingVersion(dir: string, id: string | null, versions: readonly PricingVersion[] = listPricingVersions(dir)): PricingVersion {
  if (id === null) {
    const newest = versions.at(-1);
    if (!newest) throw new Error(`no pricing tables in ${dir}`);
    return newest;
  }
  const found = versions.find((version) => version.id === id);
  if (found) return found;
  const ids = versions.map((version) => version.id);
  const hint = suggest(id, ids);
  throw new InputError(`unknown pricing version "${id}"${hint ? `; did you mean "${hint}"?` : ''} (available: ${ids.join(', ')})`);
}

export function loadPriceBook(version: PricingVersion): PriceBook {
  return priceBookFrom(sourceOf(version), version);
}

/** A version's table as read from its file (or from the build's JSON of it). */
export function sourceOf(version: PricingVersion): YamlFile {
  const text = readInputText(version.file);
  return precompiled(version, text) ?? parseYaml(version.file, text);
}

/** A table's data, validated and checked, as a price book. */
export function priceBookFrom(source: YamlFile, version: PricingVersion): PriceBook {
  const table = checkedByBuild.has(source) ? (source.data as PricingFile) : validate(pricingSchema(), source);
  return toPriceBook(table, source, version);
}

/** Shipped tables read from the build's JSON: their data passed the schema when the build wrote it. */
const checkedByBuild = new WeakSet<YamlFile>();

/**
 * What the build writes to dist/pricing/ for a shipped table: its YAML text
 * and its data, once the data has passed every check a table must pass.
 */
export function compileShippedTable(version: PricingVersion): string {
  const text = readInputText(version.file);
  const source = parseYaml(version.file, text);
  priceBookFrom(source, version);
  return JSON.stringify({ source: text, data: source.data });
}

/** The version in force on `date` (YYYY-MM-DD): the newest whose effective date is not after it. */
export function versionOnDate(dir: string, date: string): PricingVersion {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new InputError(`--pricing-date must be a date written YYYY-MM-DD, got "${date}"`);
  const versions = listPricingVersions(dir);
  const found = versions.filter((version) => version.effectiveDate <= date).at(-1);
  if (!found) throw new InputError(`no pricing version was in force on ${date}; the oldest is ${versions[0]?.id} (from ${versions[0]?.effectiveDate})`);
  return found;
}

/**
 * The build parses and checks the shipped tables into dist/pricing/ as JSON,
 * next to the YAML text each came from; that JSON is used only when the YAML
 * is still byte for byte what it was parsed from, so an edited table is never
 * stale and is checked as it is read.
 */
function precompiled(version: PricingVersion, text: string): YamlFile | null {
  for (const relative of ['pricing', '../../dist/pricing']) {
    const path = join(import.meta.dirname, relative, version.provider, `${version.effectiveDate}.json`);
    let compiled: { source?: unknown; data?: unknown };
    try {
      compiled = JSON.parse(readFileSync(path, 'utf8')) as typeof compiled;
    } catch {
      continue;
    }
    if (compiled.source !== text) return null;
    const source = preparsedYaml(version.file, text, compiled.data);
    checkedByBuild.add(source);
    return source;
  }
  return null;
}

function toPriceBook(table: PricingFile, source: YamlFile, version: PricingVersion): PriceBook {
  const errors: InputError[] = [];
  const fail = (message: string, path: FieldPath) => errors.push(new InputError(message, source.locate(path)));
  if (table.id !== version.id) fail(`id must be "${version.id}", as the file is named`, ['id']);
  if (table.effective_date !== version.effectiveDate) fail(`effective_date must be ${version.effectiveDate}, as the file is named`, ['effective_date']);
  if (!table.regions[DEFAULT_REGION]) fail(`the table must cover ${DEFAULT_REGION}`, ['regions']);
  for (const [region, sections] of Object.entries(table.regions)) checkRegion(sections, ['regions', region], fail);
  if (errors.length) throw inputErrors(errors);
  // Every region is checked; each is turned into Decimals when a run first prices in it (most runs use one of several).
  const regions: Record<string, RegionPrices> = {};
  for (const [region, sections] of Object.entries(table.regions)) {
    Object.defineProperty(regions, region, {
      enumerable: true,
      configurable: true,
      get: () => {
        const prices = regionPrices(sections);
        Object.defineProperty(regions, region, { value: prices, enumerable: true });
        return prices;
      },
    });
  }
  return {
    id: table.id,
    provider: table.provider,
    effectiveDate: table.effective_date,
    description: table.description,
    file: version.file,
    custom: null,
    regions,
  };
}

type RegionSections = PricingFile['regions'][string];
type Bands = readonly { up_to?: number | undefined; usd: string }[];

/** What the schema cannot say about a region's prices: bands in order, arm64 priced throughout or not at all. */
function checkRegion(sections: RegionSections, at: FieldPath, fail: (message: string, path: FieldPath) => void): void {
  const bands = (list: Bands | undefined, ...path: FieldPath) => {
    list?.forEach((band, index) => {
      const last = index === list.length - 1;
      if (last && band.up_to !== undefined) fail('the last band must have no up_to: it covers everything above the band before it', [...at, ...path, index, 'up_to']);
      if (!last && band.up_to === undefined) fail('every band but the last needs up_to', [...at, ...path, index]);
      const previous = list[index - 1]?.up_to;
      if (band.up_to !== undefined && previous !== undefined && band.up_to <= previous) {
        fail(`bands out of order: up_to ${band.up_to} is not above the previous band's ${previous}`, [...at, ...path, index, 'up_to']);
      }
    });
  };
  const lambda = sections.lambda;
  const hasArm = lambda.duration_per_gb_second.arm64 !== undefined;
  if (hasArm !== (lambda.provisioned_concurrency_per_gb_second.arm64 !== undefined) || hasArm !== (lambda.provisioned_duration_per_gb_second.arm64 !== undefined)) {
    fail('arm64 must be priced in duration and in both provisioned-concurrency rates, or in none', [...at, 'lambda']);
  }
  bands(lambda.duration_per_gb_second.x86_64, 'lambda', 'duration_per_gb_second', 'x86_64');
  bands(lambda.duration_per_gb_second.arm64, 'lambda', 'duration_per_gb_second', 'arm64');
  const api = sections.api_gateway;
  if (api) {
    bands(api.rest_per_million_requests, 'api_gateway', 'rest_per_million_requests');
    bands(api.http_per_million_requests, 'api_gateway', 'http_per_million_requests');
    bands(api.websocket_per_million_messages, 'api_gateway', 'websocket_per_million_messages');
    if ((api.websocket_per_million_messages === undefined) !== (api.websocket_per_million_connection_minutes === undefined)) {
      fail('WebSocket needs both its message and its connection-minute price, or neither', [...at, 'api_gateway']);
    }
  }
}

/** A checked region's prices as Decimals. */
function regionPrices(sections: RegionSections): RegionPrices {
  const tiers = (bands: Bands): Tier[] => bands.map((band) => ({ upTo: band.up_to === undefined ? null : new Decimal(band.up_to), usd: new Decimal(band.usd) }));
  const perArch = <T, U>(values: { x86_64: T; arm64?: T | undefined }, convert: (value: T) => U) => {
    const out: Partial<Record<Architecture, U>> = { x86_64: convert(values.x86_64) };
    if (values.arm64 !== undefined) out.arm64 = convert(values.arm64);
    return out;
  };
  const decimal = (value: string | number) => new Decimal(value);
  const lambda = sections.lambda;
  const lambdaPrices: LambdaPrices = {
    source: lambda.source,
    billingGranularityMs: lambda.billing_granularity_ms,
    maxMemoryMb: lambda.max_memory_mb,
    requestsPerMillionUsd: new Decimal(lambda.requests_per_million_usd),
    durationPerGbSecond: perArch(lambda.duration_per_gb_second, tiers),
    provisionedConcurrencyPerGbSecond: perArch(lambda.provisioned_concurrency_per_gb_second, decimal),
    provisionedDurationPerGbSecond: perArch(lambda.provisioned_duration_per_gb_second, decimal),
    ephemeralStoragePerGbSecond: lambda.ephemeral_storage_per_gb_second === undefined ? null : new Decimal(lambda.ephemeral_storage_per_gb_second),
    freeTier: { requests: new Decimal(lambda.free_tier.requests), gbSeconds: new Decimal(lambda.free_tier.gb_seconds) },
  };
  const api = sections.api_gateway;
  const apiPrices: ApiGatewayPrices | null = api
    ? {
        source: api.source,
        restPerMillion: api.rest_per_million_requests ? tiers(api.rest_per_million_requests) : null,
        httpPerMillion: api.http_per_million_requests ? tiers(api.http_per_million_requests) : null,
        httpMeteringKb: api.http_metering_kb,
        websocketMessagesPerMillion: api.websocket_per_million_messages ? tiers(api.websocket_per_million_messages) : null,
        websocketMeteringKb: api.websocket_metering_kb,
        websocketConnectionMinutesPerMillion:
          api.websocket_per_million_connection_minutes === undefined ? null : new Decimal(api.websocket_per_million_connection_minutes),
        freeTier12Month: {
          restRequests: new Decimal(api.free_tier_12_month.rest_requests),
          httpRequests: new Decimal(api.free_tier_12_month.http_requests),
          websocketMessages: new Decimal(api.free_tier_12_month.websocket_messages),
          websocketConnectionMinutes: new Decimal(api.free_tier_12_month.websocket_connection_minutes),
        },
      }
    : null;
  return {
    lambda: lambdaPrices,
    apiGateway: apiPrices,
    ec2: sections.ec2
      ? {
          source: sections.ec2.source,
          publicIpv4PerHour: new Decimal(sections.ec2.public_ipv4_per_hour),
          instances: Object.fromEntries(
            Object.entries(sections.ec2.instances).map(([name, type]) => [
              name,
              { name, architecture: type.architecture, vcpu: type.vcpu, memoryGib: type.memory_gib, usdPerHour: new Decimal(type.usd_per_hour) },
            ]),
          ),
        }
      : null,
    fargate: sections.fargate
      ? {
          source: sections.fargate.source,
          perVcpuHour: perArch(sections.fargate.per_vcpu_hour, decimal),
          perGbHour: perArch(sections.fargate.per_gb_hour, decimal),
          ephemeralStoragePerGbHour:
            sections.fargate.ephemeral_storage_per_gb_hour === undefined ? null : new Decimal(sections.fargate.ephemeral_storage_per_gb_hour),
          freeEphemeralStorageGb: sections.fargate.free_ephemeral_storage_gb,
          publicIpv4PerHour: new Decimal(sections.fargate.public_ipv4_per_hour),
        }
      : null,
    loadBalancer: sections.load_balancer
      ? {
          source: sections.load_balancer.source,
          albPerHour: new Decimal(sections.load_balancer.alb_per_hour),
          lcuPerHour: new Decimal(sections.load_balancer.lcu_per_hour),
        }
      : null,
    commitments: sections.commitments
      ? {
          ec2: {
            savingsPlan1yrPct: new Decimal(sections.commitments.ec2.savings_plan_1yr_pct),
            savingsPlan3yrPct: new Decimal(sections.commitments.ec2.savings_plan_3yr_pct),
          },
          fargate: {
            savingsPlan1yrPct: new Decimal(sections.commitments.fargate.savings_plan_1yr_pct),
            savingsPlan3yrPct: new Decimal(sections.commitments.fargate.savings_plan_3yr_pct),
            spotPct: new Decimal(sections.commitments.fargate.spot_pct),
          },
        }
      : null,
  };
}
