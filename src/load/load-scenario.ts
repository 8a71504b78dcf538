// A scenario file in, a model Scenario out: the schema checks each field, and
// the rules that tie fields together are checked here, each error pointing at
// the field to change.
import type { FigureBound } from '../schema/scenario-section.js';
import { clipped, InputError, inputErrors } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { ownEntry } from '../core/records.js';
import { MOST_REQUESTS_PER_MONTH } from '../core/requests-written.js';
import { aws } from '../providers/aws/index.js';
import { tableProblems, type TableField } from '../providers/aws/lambda/index.js';
import { COMPARED } from '../providers/index.js';
import { PLATFORMS } from '../providers/aws/services.js';
import { INSTANCE_TYPES_LISTED } from '../providers/aws/ec2/prices.js';
import type { PriceBook, Scenario } from '../providers/aws/types.js';
import type { TrafficShape } from '../core/types.js';
import { figureMostAt, isFigureAt, validate } from '../schema/issues.js';
import { type Growth, quantileAt, type ScenarioRanges } from '../core/ranges.js';
import { formatCount } from '../core/numbers.js';
import { fieldName, type RangedField, takeRanges, withValues } from './ranges.js';
import { suggest } from '../suggest.js';
import { listNames, nameKey } from '../core/names.js';
import { type ScenarioFile, scenarioSchemas } from '../schema/scenario.js';
import { readCompare } from '../schema/compare.js';
import { fileKindOf } from './file-kind.js';
import { anotherProvidersTable } from './load-pricing.js';
import { type FieldPath, readYamlFile, relativeFileReader, type YamlFile } from './read-yaml.js';
import { DEFAULT_REGION } from './load-pricing.js';

export interface ScenarioOptions {
  /** The pricing versions that exist, to check a scenario's `pricing:` where it is written. */
  readonly pricingIds?: readonly string[];
  /** The price book the scenario will be priced with, to check its region and instance type where they are written. */
  readonly priceBook?: (pricingId: string | null) => PriceBook;
}

export function loadScenario(file: string, options: ScenarioOptions = {}): Scenario {
  return scenarioFromYaml(readYamlFile(file), options);
}

export function scenarioFromYaml(source: YamlFile, options: ScenarioOptions = {}): Scenario {
  const other = otherKind(source.data);
  if (other) throw new InputError(other.message, source.locate([other.key], { key: true }));
  const schema = scenarioSchemas().scenario;
  const validated = validate(schema, source);
  const errors: InputError[] = [];
  const fail = (message: string, path: FieldPath) => errors.push(new InputError(message, source.locate(path)));
  // Every range at its median: the sections read numbers, and the estimate's line items are the bill at the medians.
  const { data, ranges } = takeRanges(
    validated,
    fail,
    (path) => isFigureAt(schema, path),
    (path) => {
      const [schemaMost, section] = [figureMostAt(schema, path), sectionMostAt(validated, path)];
      return section && section.most < schemaMost ? section : { most: schemaMost };
    },
  );
  const parsed = data as ScenarioFile;
  if (parsed.pricing !== undefined) pricingIdCheck(parsed.pricing, options.pricingIds, fail);
  const readFile = relativeFileReader(source.file);
  const point = toScenario(parsed, source.file, fail, readFile);
  const scenario = ranges.length && !errors.length ? { ...point, ranges: scenarioRanges(parsed, source, ranges, readFile) } : point;
  if (!errors.length) checkGrowth(scenario, fail);
  if (!errors.length && options.priceBook) {
    pricedNamesCheck(scenario, options.priceBook(scenario.pricingId), fail, {
      region: parsed.region === undefined ? null : ['region'],
      instanceType: ['containers', 'ec2', 'instance_type'],
      functionField: (index, field) => ({ fail, path: ['lambda', 'functions', index, SCENARIO_FUNCTION_FIELD[field]] }),
    });
  }
  if (errors.length) throw inputErrors(errors);
  // Where the file writes its region (the default is written nowhere), and the percentile its budget holds.
  const written = typeof source.data === 'object' && source.data !== null && 'region' in source.data;
  const budgeted = scenario.budgetPercentile ? { ...scenario, budgetPercentileAt: source.locate(['budget', 'percentile']) } : scenario;
  const located = budgeted.compare ? { ...budgeted, compare: { ...budgeted.compare, at: compareAt(parsed.compare, source) } } : budgeted;
  return written ? { ...located, regionAt: source.locate(['region']) } : located;
}

/** The most a figure at `path` may be by what its section says beside it (`mostAt`), or no bound of a section's. */
function sectionMostAt(file: unknown, path: FieldPath): FigureBound | null {
  const [first, key, ...rest] = path;
  const grouped = first === 'services';
  const section = aws.scenarioSections.find((each) => (grouped ? each.group === 'services' && each.key === key : !each.group && each.key === first));
  if (!section?.mostAt || typeof file !== 'object' || file === null) return null;
  const block = grouped ? (file as { services?: Record<string, unknown> }).services : file;
  const data = (block as Record<string, unknown> | undefined)?.[section.key];
  return data === undefined ? null : (section.mostAt(data as never, grouped ? rest : [key!, ...rest]) ?? null);
}

/** What a file given as a scenario is, when it is another of the files slcost reads, said at the key that shows it. */
function otherKind(data: unknown): { message: string; key: string } | null {
  const found = fileKindOf(data);
  if (found === null) return null;
  const { kind, key } = found;
  switch (kind) {
    case 'scenario':
      return null;
    case 'usage':
      return { key, message: 'is a usage file, not a scenario: give it with --usage after the template whose functions it describes' };
    case 'price-table':
      return { key, message: 'is a price table, not a scenario: a scenario is priced with it by its pricing: key or --pricing' };
    case 'price-file':
      return { key, message: 'is a price file, not a scenario: give it as --pricing-file, after the scenario it prices' };
    case 'offer':
      return { key, message: 'is an AWS Price List offer file, not a scenario: slcost pricing import makes a price file of it' };
    case 'answers':
      return { key, message: 'is an answers file of slcost decide, not a scenario: give it as decide --answers (beside --scenario and the scenario)' };
    case 'serverless':
      return { key, message: 'is a serverless.yml, not a scenario: slcost estimate prices it with --usage and a usage file (slcost usage init writes one)' };
    case 'template-without-resources':
      return {
        key,
        message: `reads as a CloudFormation or SAM template (it has ${key}), but it has no Resources section, which holds a template's functions${key !== 'Resources' && suggest(key, ['Resources']) ? ': did you mean Resources?' : ''}`,
      };
  }
}

/** Where `compare:` writes what another provider's table may not price (its region, Azure's Flex instance size): each provider's `located` settings. */
export function compareAt(block: unknown, source: YamlFile): NonNullable<NonNullable<Scenario['compare']>['at']> {
  const written = (id: string, key: string) => {
    const settings = typeof block === 'object' && block !== null && !Array.isArray(block) ? ownEntry(block as Record<string, unknown>, id) : undefined;
    return typeof settings === 'object' && settings !== null && ownEntry(settings as Record<string, unknown>, key) !== undefined;
  };
  return Object.fromEntries(
    COMPARED.map((provider) => [
      provider.id,
      Object.fromEntries(provider.compare.located.map((key) => [key, written(provider.id, key) ? source.locate(['compare', provider.id, key]) : null])),
    ]),
  );
}

/**
 * A region or an EC2 instance type the price table does not list is an error where it is written, with the
 * nearest one it lists: the engine would refuse it too, but could say neither where nor what was meant.
 * `at.region` is null where the region is not written (the default).
 */
export function pricedNamesCheck(scenario: Scenario, book: PriceBook, fail: Fail, at: { region: FieldPath | null; instanceType: FieldPath; functionField?: FunctionField }): void {
  const regions = Object.keys(book.regions);
  // Own regions only: `region: toString` is no region of the table, and is said so here, where it is written.
  const prices = ownEntry(book.regions, scenario.region);
  if (!prices) {
    if (!at.region) return;
    const hint = suggest(scenario.region, regions);
    fail(`pricing ${book.id} has no prices for region "${clipped(scenario.region)}"${hint ? `; did you mean "${hint}"?` : ''} (it covers ${regions.join(', ')})`, at.region);
    return;
  }
  if (at.functionField) lambdaTableCheck(scenario, book, prices.lambda, at.functionField);
  const type = scenario.containers?.ec2?.instanceType;
  const instances = Object.keys(prices.ec2?.instances ?? {});
  if (type === undefined || !prices.ec2 || instances.includes(type)) return;
  const hint = suggest(type, instances);
  // A type the table prices in other regions was found published there but not here (docs/pricing.md).
  const elsewhere = regions.filter((region) => ownEntry(book.regions[region]?.ec2?.instances ?? {}, type) !== undefined);
  const why = elsewhere.length
    ? `: it has the type's price for ${elsewhere.join(', ')} only, as the public sources it was read from give no other (a --pricing-file can add it)`
    : hint
      ? `; did you mean "${hint}"?`
      : '';
  fail(
    `pricing ${book.id} (${scenario.region}) has no price for EC2 instance type "${clipped(type)}"${why} (it prices ${listNames(instances, INSTANCE_TYPES_LISTED)} there)`,
    at.instanceType,
  );
}

export type Fail = (message: string, path: FieldPath) => void;

/** Where a function's architecture or memory is written, and how to fail there (a template's own place, or the usage file's). */
export type FunctionField = (index: number, field: PricedFunctionField) => { readonly fail: Fail; readonly path: FieldPath };

/** The settings of a function whose price a table may lack. */
export type PricedFunctionField = TableField;

const SCENARIO_FUNCTION_FIELD: Readonly<Record<PricedFunctionField, string>> = {
  architecture: 'architecture',
  memory: 'memory_mb',
  'ephemeral storage': 'ephemeral_storage_mb',
  'Lambda@Edge': 'edge',
};

/**
 * What the table cannot price of the functions (the Lambda service's tableProblems), each said at the setting of the
 * first function it holds for: the estimate found it when it priced them, and said it of the file alone, with no line
 * or field, where the README promised both.
 */
function lambdaTableCheck(scenario: Scenario, book: PriceBook, prices: PriceBook['regions'][string]['lambda'], functionField: FunctionField): void {
  for (const problem of tableProblems(scenario.functions, prices, `${book.id} (${scenario.region})`)) {
    const { fail, path } = functionField(problem.functions[0]!, problem.field);
    fail(problem.message, path);
  }
}

/** A `pricing:` that names no version is an error where it is written. */
export function pricingIdCheck(id: string, ids: readonly string[] | undefined, fail: Fail): void {
  if (!ids || ids.includes(id)) return;
  const other = anotherProvidersTable(id, aws.id, ids);
  if (other) return fail(other, ['pricing']);
  const hint = suggest(id, ids);
  fail(`unknown pricing version "${clipped(id)}"${hint ? `; did you mean "${hint}"?` : ''} (available: ${ids.join(', ')})`, ['pricing']);
}

/** The scenario's ranges, and the scenario read again with them at other values (a sample's). */
function scenarioRanges(parsed: ScenarioFile, source: YamlFile, ranges: readonly RangedField[], readFile: (relativePath: string) => unknown): ScenarioRanges<Scenario> {
  const paths = ranges.map((range) => range.path);
  const driver = paths.findIndex((at) => at.length === 2 && at[0] === 'traffic' && at[1] === 'requests_per_month');
  const fields = listNames(paths.map(fieldName));
  return {
    figures: ranges.map((range) => ({ field: fieldName(range.path), distribution: range.distribution })),
    driver: driver < 0 ? null : driver,
    at: (values) => {
      const errors: InputError[] = [];
      // What a draw breaks is an error where the file writes it, as at the medians, saying that a draw broke it: the file's figures hold.
      const fail: Fail = (message, at) =>
        errors.push(new InputError(`one of the draws the percentiles are sampled from (of ${fields}) breaks a rule: ${message}; narrow the range`, source.locate(at)));
      const scenario = toScenario(withValues(parsed, paths, values) as ScenarioFile, source.file, fail, readFile);
      if (errors.length) throw inputErrors(errors);
      return scenario;
    },
  };
}

/** `traffic.growth_pct_per_month` and `traffic.months`: 12 months when only the growth is given, no growth when only the months are. */
export function growthOf(traffic: ScenarioFile['traffic']): Growth | null {
  if (traffic?.growth_pct_per_month === undefined && traffic?.months === undefined) return null;
  return { pctPerMonth: new Decimal(traffic.growth_pct_per_month ?? 0), months: traffic.months ?? 12 };
}

function toScenario(file: ScenarioFile, path: string, fail: Fail, readFile: (relativePath: string) => unknown): Scenario {
  const trafficRequests = file.traffic?.requests_per_month;
  const context = { trafficRequests, file: file as Readonly<Record<string, unknown>>, fail, readFile };
  // Each service reads its own section; the containers block is read once for EC2, Fargate and the load balancer.
  const grouped = { ...context, fail: (message: string, at: FieldPath) => fail(message, ['services', ...at]) };
  const services = aws.scenarioSections.map((section) =>
    section.group
      ? section.read((file.services as Record<string, unknown> | undefined)?.[section.key] as never, grouped)
      : section.read((file as Record<string, unknown>)[section.key] as never, context),
  );
  const scenario: Scenario = Object.assign(
    {
      name: file.name,
      file: path,
      pricingId: file.pricing ?? null,
      region: file.region ?? DEFAULT_REGION,
      freeTier: file.free_tier,
      traffic: trafficShape(file.traffic, fail),
      trafficRequests: trafficRequests === undefined ? null : new Decimal(trafficRequests),
      budget: budgetOf(file.budget),
      growth: growthOf(file.traffic),
      budgetPercentile: file.budget?.percentile ?? null,
      compare: readCompare(file.compare, fail),
    },
    ...services,
  ) as Scenario;
  checkBudgets(scenario, fail);
  namedOnce(file.services, fail);
  return scenario;
}

/**
 * Two tables, buckets, queues, topics, streams or state machines of one name in a service's list: AWS has one of
 * each name, and the line items, named alike, could not be told apart. Refused as a function named twice is;
 * by the name as a person reads it, so that "café" written two ways is one name.
 */
function namedOnce(services: ScenarioFile['services'], fail: Fail): void {
  for (const [key, list] of Object.entries(services ?? {})) {
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    list.forEach((entry: unknown, index) => {
      const name = (entry as { name?: unknown } | null)?.name;
      if (typeof name !== 'string') return;
      const first = seen.get(nameKey(name));
      if (first === undefined) seen.set(nameKey(name), index);
      else fail(`${JSON.stringify(name)} is named twice in services.${key} (first at services.${key}[${first}])`, ['services', key, index, 'name']);
    });
  }
}

/** `monthly_usd: 50` is the serverless side's budget (the first platform's); a mapping gives one per platform. */
export function budgetOf(block: ScenarioFile['budget']): Scenario['budget'] {
  if (!block) return {};
  const usd = block.monthly_usd;
  if (typeof usd === 'number') return { [PLATFORMS[0]!.id]: new Decimal(usd) };
  return Object.fromEntries(Object.entries(usd).flatMap(([platform, value]) => (value === undefined ? [] : [[platform, new Decimal(value)]])));
}

/**
 * Growth that takes the monthly requests (their P90, for a range) past what a scenario may say of a month, within the
 * outlook's months, is an error at the growth: 1,000% a month for 120 months priced month 120 at 8.4e129 requests,
 * printed as a number of 120 digits and a T.
 */
export function checkGrowth(scenario: Scenario, fail: Fail): void {
  const { growth } = scenario;
  if (!growth || !growth.pctPerMonth.greaterThan(0)) return;
  const driver = scenario.ranges?.driver ?? null;
  // The bound is each count's, and growth scales every count alike: the largest passes it first (not the functions' sum).
  const largest = [scenario.trafficRequests, scenario.containers?.requestsPerMonth, ...scenario.functions.map((fn) => fn.requestsPerMonth)].reduce<Decimal>(
    (most, count) => (count && count.greaterThan(most) ? count : most),
    new Decimal(0),
  );
  const first = driver === null ? largest : quantileAt(scenario.ranges!.figures[driver]!.distribution, 90);
  const rate = growth.pctPerMonth.dividedBy(100).plus(1);
  let month = 1;
  for (let requests = first; month < growth.months && !requests.times(rate).greaterThan(MOST_REQUESTS_PER_MONTH); month++) requests = requests.times(rate);
  if (month === growth.months) return;
  fail(
    `${growth.pctPerMonth.toFixed()}% more requests each month takes ${driver === null ? 'the monthly requests' : 'their P90'} past ${formatCount(MOST_REQUESTS_PER_MONTH)}, the most a scenario may have of a month, in month ${month + 1} of the ${growth.months}; give fewer months or less growth`,
    ['traffic', 'growth_pct_per_month'],
  );
}

/** A budget for a platform the scenario does not describe is an error where it is written. */
export function checkBudgets(scenario: Scenario, fail: Fail): void {
  for (const platform of PLATFORMS) {
    if (scenario.budget[platform.id] && !platform.present(scenario))
      fail(`a budget for ${platform.id}, but containers has no ${platform.id} to price`, ['budget', 'monthly_usd', platform.id]);
  }
}

export function trafficShape(traffic: ScenarioFile['traffic'], fail: Fail): TrafficShape {
  if (!traffic) return { pattern: 'steady' };
  const at = (...rest: FieldPath): FieldPath => ['traffic', ...rest];
  for (const block of ['diurnal', 'spiky', 'custom'] as const) {
    if (traffic[block] !== undefined && traffic.pattern !== block) fail(`${block} settings are given but pattern is ${traffic.pattern}`, at(block));
  }
  switch (traffic.pattern) {
    case 'steady':
      return { pattern: 'steady' };
    case 'diurnal': {
      const busyHoursPerDay = traffic.diurnal?.busy_hours_per_day ?? 8;
      const peakToAverage = new Decimal(traffic.diurnal?.peak_to_average ?? 3);
      if (peakToAverage.times(busyHoursPerDay).greaterThan(24)) {
        fail(`busy_hours_per_day × peak_to_average must be at most 24 (a day holds 24 average hours), got ${busyHoursPerDay} × ${peakToAverage}`, at('diurnal'));
      }
      return { pattern: 'diurnal', busyHoursPerDay, peakToAverage };
    }
    case 'spiky':
      if (!traffic.spiky) {
        fail('pattern spiky needs spiky: { event_days, event_multiplier }', at('pattern'));
        return { pattern: 'steady' };
      }
      return { pattern: 'spiky', eventDays: traffic.spiky.event_days, eventMultiplier: new Decimal(traffic.spiky.event_multiplier) };
    case 'custom': {
      const weights = traffic.custom?.hourly_weights;
      if (!weights) {
        fail('pattern custom needs custom: { hourly_weights: [24 numbers] }', at('pattern'));
        return { pattern: 'steady' };
      }
      if (weights.every((weight) => weight === 0)) fail('hourly_weights are all zero', at('custom', 'hourly_weights'));
      return { pattern: 'custom', hourlyWeights: weights.map((weight) => new Decimal(weight)) };
    }
  }
}
