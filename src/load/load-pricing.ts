// Finding, reading and checking the versioned pricing tables in pricing/.
// A table that is inconsistent fails loudly here, never as a wrong number later.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clipped, InputError, inputErrors } from '../core/errors.js';
import { aws } from '../providers/aws/index.js';
import type { PriceBook, RegionPrices } from '../providers/aws/types.js';
import { PROVIDERS, type Provider, providerOf } from '../providers/index.js';
import { validate } from '../schema/issues.js';
import { suggest } from '../suggest.js';
import { type PricingFile, pricingSchema } from '../schema/pricing.js';
import { type FieldPath, noteFileRead, parseYaml, preparsedYaml, readInputText, type YamlFile } from './read-yaml.js';

/** The region a scenario gets when it names none: AWS's, the one every AWS table covers. */
export const DEFAULT_REGION = aws.defaultRegion;

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

/**
 * Why `id` is no table of `provider` when it names another provider's (`gcp-2026-12-05` given to --pricing): it was
 * "unknown", which a table `pricing show` lists is not. Null for any other id.
 */
export function anotherProvidersTable(id: string, provider: string, ids: readonly string[]): string | null {
  const named = /^([a-z]+)-\d{4}-\d{2}-\d{2}$/.exec(id)?.[1];
  const of = named === undefined || named === provider ? undefined : PROVIDERS.find((each) => each.id === named);
  if (!of) return null;
  const own = PROVIDERS.find((each) => each.id === provider)?.label ?? provider;
  // Its own tables alone: the list went on to the other providers' after "give one of AWS's".
  const owned = ids.filter((each) => each.startsWith(`${provider}-`));
  return `"${id}" names a table of ${of.label}, which prices --compare (and compare:), not this; give one of ${own}'s (available: ${owned.join(', ')})`;
}

/** The version named `id`, or the newest of `provider` (AWS's, which a scenario is priced with) when `id` is null. */
export function findPricingVersion(dir: string, id: string | null, versions: readonly PricingVersion[] = listPricingVersions(dir), provider = aws.id): PricingVersion {
  if (id === null) {
    const newest = versions.filter((version) => version.provider === provider).at(-1);
    if (!newest) throw new Error(`no pricing tables in ${dir}`);
    return newest;
  }
  const found = versions.find((version) => version.id === id);
  if (found) return found;
  const ids = versions.map((version) => version.id);
  const other = anotherProvidersTable(id, provider, ids);
  if (other) throw new InputError(other);
  // A date alone (2024-03-01) is no id, and was suggested nothing: the version in force that day is the one meant.
  const inForce = isCalendarDay(id) ? versions.filter((version) => version.provider === provider && version.effectiveDate <= id).at(-1) : undefined;
  if (inForce) {
    throw new InputError(`unknown pricing version "${clipped(id)}": an id is ${provider}- and the day its prices took effect; the version in force on ${id} is "${inForce.id}"`);
  }
  const hint = suggest(id, ids);
  // Cut short: a file's `pricing:` or `extends:` of 100,000 characters was quoted whole.
  throw new InputError(`unknown pricing version "${clipped(id)}"${hint ? `; did you mean "${hint}"?` : ''} (available: ${ids.join(', ')})`);
}

export function loadPriceBook(version: PricingVersion): PriceBook {
  return priceBookFrom(sourceOf(version), version);
}

/** A version's table as read from its file (or from the build's JSON of it). */
export function sourceOf(version: PricingVersion): YamlFile {
  noteFileRead(version.file);
  return precompiled(version) ?? parseYaml(version.file, readInputText(version.file));
}

/** A table's data, validated and checked, as a price book. */
export function priceBookFrom(source: YamlFile, version: PricingVersion): PriceBook {
  const provider = providerOf(version.provider);
  if (!provider) throw new InputError(`slcost prices no provider "${version.provider}"; it knows ${PROVIDERS.map((known) => known.id).join(', ')}`, { file: version.file });
  const checked = checkedByBuild.has(source);
  const table = checked ? (source.data as PricingFile) : (validate(pricingSchema(provider), source) as PricingFile);
  return toPriceBook(provider, table, source, version, checked);
}

/** Shipped tables read from the build's JSON: their data passed the schema when the build wrote it. */
const checkedByBuild = new WeakSet<YamlFile>();

/**
 * What the build writes to dist/pricing/ for a shipped table, beside a copy of
 * its YAML file: its data, once the data has passed every check a table must
 * pass, each region as JSON text of its own (a run reads the one it prices in),
 * and in ASCII (which V8 reads into a one-byte string).
 */
export function compileShippedTable(version: PricingVersion): string {
  const source = parseYaml(version.file, readInputText(version.file));
  priceBookFrom(source, version);
  const { regions, ...rest } = source.data as PricingFile;
  const compiled: CompiledTable = { data: rest, regions: Object.fromEntries(Object.entries(regions).map(([region, sections]) => [region, JSON.stringify(sections)])) };
  return JSON.stringify(compiled).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface CompiledTable {
  readonly data: Omit<PricingFile, 'regions'>;
  readonly regions: Record<string, string>;
}

// Date.parse takes 2024-02-30 for 1 March: a day that exists comes back as itself.
const isCalendarDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/** The version in force on `date` (YYYY-MM-DD): the newest whose effective date is not after it. */
export function versionOnDate(dir: string, date: string): PricingVersion {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new InputError(`--pricing-date must be a date written YYYY-MM-DD, got "${date}"`);
  if (!isCalendarDay(date)) throw new InputError(`--pricing-date ${date} is not a day of the calendar`);
  const versions = listPricingVersions(dir).filter((version) => version.provider === aws.id);
  const found = versions.filter((version) => version.effectiveDate <= date).at(-1);
  if (!found) throw new InputError(`no pricing version was in force on ${date}; the oldest is ${versions[0]?.id} (from ${versions[0]?.effectiveDate})`);
  return found;
}

/**
 * The build parses and checks the shipped tables into dist/pricing/ as JSON,
 * next to a copy of the YAML file each came from; that JSON is used only when
 * the YAML is still byte for byte the copy, so an edited table is never stale
 * and is checked as it is read. A region's prices are parsed when first asked for.
 */
function precompiled(version: PricingVersion): YamlFile | null {
  for (const relative of ['pricing', '../../dist/pricing']) {
    const base = join(import.meta.dirname, relative, version.provider, version.effectiveDate);
    let compiled: CompiledTable;
    let bytes: Buffer;
    try {
      if (!readFileSync(`${base}.yaml`).equals((bytes = readFileSync(version.file)))) return null;
      compiled = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as CompiledTable;
    } catch {
      continue;
    }
    const regions: Record<string, unknown> = {};
    for (const [region, json] of Object.entries(compiled.regions)) {
      Object.defineProperty(regions, region, {
        enumerable: true,
        configurable: true,
        get: () => {
          const sections: unknown = JSON.parse(json);
          Object.defineProperty(regions, region, { value: sections, enumerable: true, writable: true, configurable: true });
          return sections;
        },
      });
    }
    // The text only for an error's position; the build read it as every input is read (a byte-order mark left out).
    const text = () => {
      const decoded = bytes.toString('utf8');
      return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    };
    const source = preparsedYaml(version.file, text, { ...compiled.data, regions });
    checkedByBuild.add(source);
    return source;
  }
  return null;
}

function toPriceBook(provider: Provider, table: PricingFile, source: YamlFile, version: PricingVersion, checked: boolean): PriceBook {
  const errors: InputError[] = [];
  const fail = (message: string, path: FieldPath) => errors.push(new InputError(message, source.locate(path)));
  if (table.id !== version.id) fail(`id must be "${version.id}", as the file is named`, ['id']);
  if (table.effective_date !== version.effectiveDate) fail(`effective_date must be ${version.effectiveDate}, as the file is named`, ['effective_date']);
  if (!Object.hasOwn(table.regions, provider.defaultRegion)) fail(`the table must cover ${provider.defaultRegion}`, ['regions']);
  // A shipped table's regions were checked by the build.
  if (!checked) for (const [region, sections] of Object.entries(table.regions)) checkRegion(provider, sections, ['regions', region], fail);
  if (errors.length) throw inputErrors(errors);
  // Each region is turned into Decimals when a run first prices in it (most runs use one of several).
  const regions: Record<string, RegionPrices> = {};
  for (const region of Object.keys(table.regions)) {
    Object.defineProperty(regions, region, {
      enumerable: true,
      configurable: true,
      get: () => {
        const prices = regionPrices(provider, table.regions[region]!);
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

/** What the schema cannot say about a region's prices, section by section. */
function checkRegion(provider: Provider, sections: RegionSections, at: FieldPath, fail: (message: string, path: FieldPath) => void): void {
  for (const section of provider.priceSections) {
    const data = sections[section.key];
    if (data !== undefined) section.check?.(data as never, (message, path) => fail(message, [...at, section.key, ...path]));
  }
}

/** A checked region's prices as Decimals: every section's, together. */
function regionPrices(provider: Provider, sections: RegionSections): RegionPrices {
  return Object.assign({}, ...provider.priceSections.map((section) => section.read(sections[section.key] as never))) as RegionPrices;
}
