// A scenario's functions priced on other providers next to Lambda's own
// function cost: the requests, durations and memory the scenario gives, each
// provider's billing rules, and what each needs that Lambda does not (CPU
// time, requests served at once) at a stated default where the scenario says
// nothing. Only the functions move: the API, the logs and the services around
// them are AWS's and stay out of every total here.
import { clipped, PricingError, type SourceLocation } from '../core/errors.js';
import { platformCostOf, type PricedPlatform, pricePlatform } from '../core/estimate.js';
import { Decimal, sum } from '../core/money.js';
import { option, setting } from '../core/refer.js';
import { ownEntry } from '../core/records.js';
import type { Month, Platform, PricedService } from '../core/service.js';
import { bendsOf, continuousCurve, type CostCurve, type PricedFunctions, refuseBeforeBends } from '../core/solver.js';
import { leftOutOfOneMonth } from '../core/ranges.js';
import { monthProfile } from '../core/traffic.js';
import type { Warning } from '../core/types.js';
import type { WorkloadFunction } from '../core/workload.js';
import { atTheEdge, DEFAULT_LAMBDA_SETTINGS, fromTemplate, lambda, lambdaLineItems, type LambdaFunction, limitsOf, timesCopies } from './aws/lambda/index.js';
import { groupDigits } from '../core/numbers.js';
import type { CompareRequest } from './aws/compare-request.js';
import type { PriceBook, RegionPrices, Scenario } from './aws/types.js';
import type { ComparedPart, DefaultsRead } from './compared.js';
import { COMPARED, type Compared, type ComparedSettings, type ComparedUsageParts } from './index.js';
import { listNames } from '../core/names.js';
import { scaleWorkload, type Workload } from '../core/workload.js';
import { suggest } from '../suggest.js';

/** The id Lambda's own function cost goes by in a comparison, beside the other providers' ids. */
export const LAMBDA_ID = 'aws';

/** What a comparison reads of each provider, all from its folder: its part to compare (compared.ts), its label, default region and one service. */
interface ComparedProvider {
  readonly id: string;
  readonly label: string;
  readonly service: PricedService<ComparedUsage, never>;
  readonly defaultRegion: string;
  readonly part: ComparedPart<unknown, unknown, never>;
}

/** The workload as every compared provider reads it: the functions, the free tiers, and what a provider adds under its id (Azure's plan). */
export type ComparedUsage = Workload & ComparedUsageParts;

/** What a provider's own folder says of it: its id, its default region, its one platform's label and service, its compared part. */
function ownPart(provider: Compared): ComparedProvider {
  const platform = provider.platforms[0]!;
  return {
    id: provider.id,
    label: platform.label,
    service: platform.services[0] as PricedService<ComparedUsage, never>,
    defaultRegion: provider.defaultRegion,
    part: provider.compare as ComparedPart<unknown, unknown, never>,
  };
}

/** Every provider a comparison prices beside Lambda, in PROVIDERS' order, as the comparison reads it. */
const COMPARED_LIST: readonly ComparedProvider[] = COMPARED.map(ownPart);

/** A provider's settings in the request, by its id. */
const settingsOf = (request: CompareRequest, id: string): unknown => (request as unknown as Readonly<Record<string, unknown>>)[id];

/** A provider's part of the workload, by its id (undefined for one that adds nothing). */
const partOf = (usage: ComparedUsage, id: string): unknown => (usage as unknown as Readonly<Record<string, unknown>>)[id];

/** A provider's label by its id, Lambda's included. */
export function comparedLabel(id: string): string | null {
  return id === LAMBDA_ID ? 'AWS Lambda' : (COMPARED_LIST.find((provider) => provider.id === id)?.label ?? null);
}

export interface ProviderComparison {
  readonly id: string;
  readonly label: string;
  readonly pricing: { readonly id: string; readonly region: string };
  /** Null when a function does not fit: a total without it would not compare. */
  readonly cost: PricedPlatform | null;
  readonly usdPerMillionRequests: Decimal | null;
  readonly doesNotFit: readonly { readonly function: string; readonly reason: string }[];
  readonly unconfirmed: readonly string[];
}

export interface Comparison {
  /** The functions' requests in the month, together. */
  readonly requestsPerMonth: Decimal;
  /** Lambda first, then each provider in the order asked. */
  readonly providers: readonly ProviderComparison[];
  /** The cheapest of those that fit; Lambda on a tie. */
  readonly cheapest: string;
  /** Every default the comparison filled in, and each way it reads the workload. */
  readonly assumptions: readonly Warning[];
}

/** The books a comparison prices with, by provider id. */
export type ComparisonBooks = Readonly<Record<string, PriceBook<unknown>>>;

/** The scenario's functions as every provider sees them, with the defaults for what the scenario leaves out. */
export function workloadOf(scenario: Scenario): ComparedUsage {
  const http = scenario.apiGateways.find((api) => 'requestSizeKb' in api);
  const requestKb = http && 'requestSizeKb' in http ? http.requestSizeKb : null;
  const request = scenario.compare ?? emptyRequest();
  const parts = COMPARED_LIST.flatMap((provider) => (provider.part.usage ? [[provider.id, provider.part.usage(settingsOf(request, provider.id))]] : []));
  return {
    freeTier: scenario.freeTier,
    ...(Object.fromEntries(parts) as ComparedUsageParts),
    functions: scenario.functions.map((fn: LambdaFunction): WorkloadFunction => ({
      name: fn.name,
      memoryMb: fn.memoryMb,
      memoryUsedMb: fn.memoryUsedMb ?? fn.memoryMb,
      durationMs: fn.durationMs,
      cpuMs: fn.cpuMs ?? fn.durationMs,
      requestsPerMonth: fn.requestsPerMonth,
      concurrencyPerInstance: fn.concurrencyPerInstance ?? 1,
      // Unsaid without an API is read as someone waiting on it, as the cold-start checks read it.
      http: fn.trigger === 'api' || fn.trigger === 'url' || fn.trigger === null || fn.trigger === undefined,
      requestKb: fn.trigger === 'api' ? requestKb : null,
    })),
  };
}

/** A request of no providers, every setting left out: each provider's settings read from no block. */
export function emptyRequest(): CompareRequest {
  const settings = COMPARED_LIST.map((provider) => [provider.id, provider.part.read(undefined as never, () => undefined)]);
  return { providers: [], ...(Object.fromEntries(settings) as ComparedSettings) };
}

/** The providers a comparison prices: `ids` when given (the command line's), else the scenario's own. */
export function comparedIds(scenario: Scenario, ids: readonly string[] | null): readonly string[] {
  return ids ?? scenario.compare?.providers ?? [];
}

/**
 * The settings `compare:` writes for providers a run does not compare (`ids`, as comparedIds gives them): a block may
 * keep them for a provider only the command line names, and they were passed over without a word when it did not.
 */
export function unusedCompareSettings(scenario: Scenario, ids: readonly string[]): Warning | null {
  const unused = (scenario.compare?.written ?? []).filter((id) => !ids.includes(id));
  if (!unused.length) return null;
  const blocks = unused.map((id) => `compare.${id}`).join(' and ');
  return {
    id: 'compare_settings_unused',
    message: `${blocks} ${unused.length === 1 ? 'is' : 'are'} not used: this run compares ${ids.length ? ids.join(', ') : 'no provider'} (the providers ${option('compare')} names, or else ${setting('compare-providers')})`,
  };
}

/**
 * The scenario's functions priced on Lambda and on each of `ids`, with
 * `books` (each provider's table) beside the scenario's own AWS `book`.
 */
export function compareFunctions(scenario: Scenario, book: PriceBook, books: ComparisonBooks, ids: readonly string[]): Comparison {
  const request = scenario.compare ?? emptyRequest();
  const usage = workloadOf(scenario);
  const profile = monthProfile(scenario.traffic);
  const awsPrices = regionPrices(book as PriceBook<unknown>, scenario.region, scenario.regionAt ?? null) as RegionPrices;
  const requestsPerMonth = sum(usage.functions.map((fn) => fn.requestsPerMonth));
  const lambdaCost = pricePlatform(lambdaPlatform(), unlimited(scenario), awsPrices, { profile, where: `${book.id} (${scenario.region})` });
  const providers: ProviderComparison[] = [
    {
      id: LAMBDA_ID,
      label: 'AWS Lambda',
      pricing: { id: book.id, region: scenario.region },
      cost: lambdaCost,
      usdPerMillionRequests: perMillion(lambdaCost.exactUsd, requestsPerMonth),
      doesNotFit: [],
      unconfirmed: [],
    },
  ];
  for (const id of ids) {
    const provider = comparedOf(id);
    const providerBook = books[id]!;
    const settings = settingsOf(request, id);
    const part = partOf(usage, id);
    const at = request.at?.[id as keyof ComparedSettings] ?? {};
    const chosen = provider.part.region ? { region: provider.part.region.of(settings), at: at[provider.part.region.key] } : null;
    const region = chosen?.region ?? provider.defaultRegion;
    const prices = regionPrices(providerBook, region, chosen?.at ?? null) as never;
    const month: Month = { profile, where: `${providerBook.id} (${region})` };
    provider.part.check?.(part, prices, providerBook.id, at);
    const doesNotFit = usage.functions.flatMap((fn) => {
      const reason = provider.part.misfit(fn, prices, part);
      return reason === null ? [] : [{ function: fn.name, reason }];
    });
    const cost = doesNotFit.length ? null : pricePlatform(platformOf(provider), usage, prices, month);
    providers.push({
      id,
      label: provider.label,
      pricing: { id: providerBook.id, region },
      cost,
      usdPerMillionRequests: cost && perMillion(cost.exactUsd, requestsPerMonth),
      doesNotFit,
      unconfirmed: provider.part.unconfirmed(prices, part),
    });
  }
  let cheapest = providers[0]!;
  for (const each of providers.slice(1)) if (each.cost && each.cost.monthlyUsd.lessThan(cheapest.cost!.monthlyUsd)) cheapest = each;
  const { usage: served } = lambdaLineItems(scenario.functions, awsPrices.lambda, profile, scenario.freeTier, `${book.id} (${scenario.region})`, limitsOf(scenario));
  const throttled = sum(served.map((each, index) => timesCopies(each.throttledRequests, scenario.functions[index]!)));
  return {
    requestsPerMonth,
    providers,
    cheapest: cheapest.id,
    assumptions: [...assumptionsOf(scenario, usage, ids, request), ...unlimitedAssumption(throttled, requestsPerMonth), ...oneMonthAssumption(scenario)],
  };
}

/**
 * A scenario of ranges or an outlook is compared at its medians in month 1, as the line items are priced: said, since
 * a comparison that names the cheapest at a month of 1,000 requests reads as the answer for a P90 or a month 60 of millions.
 */
function oneMonthAssumption(scenario: Scenario): Warning[] {
  const { rangedFields: fields, outlookMonths } = leftOutOfOneMonth(scenario);
  const said = [
    fields.length ? `${listNames(fields)} at ${fields.length === 1 ? 'its median' : 'their medians'}` : null,
    outlookMonths !== null ? `month 1 of the outlook of ${outlookMonths} months` : null,
  ].filter(Boolean);
  if (!said.length) return [];
  return [
    {
      id: 'compare_at_the_medians',
      message: `the functions are compared in one month: ${said.join(', in ')}; the P10, P50 and P90 of the bill${outlookMonths !== null ? ' and its outlook' : ''} are AWS's alone`,
    },
  ];
}

/**
 * The scenario without its concurrency limits (the account's, and each function's reserved concurrency): the other
 * providers' limits are not modelled, so Lambda is priced for every request asked of it too, the same work on each.
 */
function unlimited(scenario: Scenario): Scenario {
  return {
    ...scenario,
    settings: { ...(scenario.settings ?? DEFAULT_LAMBDA_SETTINGS), accountConcurrencyLimit: Number.MAX_SAFE_INTEGER },
    functions: scenario.functions.map((fn) => (fn.reservedConcurrency == null ? fn : { ...fn, reservedConcurrency: null })),
  };
}

/** Where the limits throttle requests in the estimate, what the comparison prices instead. */
function unlimitedAssumption(throttled: Decimal, requestsPerMonth: Decimal): Warning[] {
  if (throttled.isZero()) return [];
  return [
    {
      id: 'compare_without_limits',
      message: `AWS Lambda is priced here for all ${groupDigits(requestsPerMonth.round())} requests a month, as the other providers are, whose limits are not modelled; the estimate's Lambda bill counts the requests its concurrency limits serve (${groupDigits(throttled.round())} throttled, not billed)`,
    },
  ];
}

/**
 * Each provider's function cost as a curve over the scenario's headline requests, Lambda's first; a provider a function
 * does not fit (in `comparison`, the scenario's compareFunctions) is left out.
 */
export function comparisonCurves(
  scenario: Scenario,
  book: PriceBook,
  books: ComparisonBooks,
  comparison: Comparison,
  range: { from: Decimal; to: Decimal; base: Decimal; at: (requests: Decimal) => Scenario },
): CostCurve[] {
  const profile = monthProfile(scenario.traffic);
  const awsPrices = regionPrices(book as PriceBook<unknown>, scenario.region, scenario.regionAt ?? null) as RegionPrices;
  const lambdaMonth = { profile, where: `${book.id} (${scenario.region})` };
  // Every provider's bill prices each of the functions at each volume where it bends.
  const functions = scenario.functions.length;
  const curves = [
    curve(LAMBDA_ID, lambda as PricedService<Scenario, RegionPrices>, unlimited(scenario), awsPrices, lambdaMonth, range, (requests) => unlimited(range.at(requests)), {
      functions,
      bill: 'AWS Lambda bill',
    }),
  ];
  const usage = workloadOf(scenario);
  const factor = (requests: Decimal) => (range.base.isZero() ? new Decimal(0) : requests.dividedBy(range.base));
  const usageAt = (requests: Decimal): ComparedUsage => ({ ...usage, ...scaleWorkload(usage, (value) => value.times(factor(requests))) });
  for (const compared of comparison.providers.slice(1)) {
    if (!compared.cost) continue;
    const provider = comparedOf(compared.id);
    const prices = regionPrices(books[compared.id]!, compared.pricing.region);
    curves.push(
      curve(compared.id, provider.service, usage, prices as never, { profile, where: compared.pricing.id }, range, usageAt, { functions, bill: `${compared.label} bill` }),
    );
  }
  return curves;
}

function curve<S, P>(
  id: string,
  service: PricedService<S, P>,
  usage: S,
  prices: P,
  month: Month,
  range: { from: Decimal; to: Decimal; base: Decimal },
  at: (requests: Decimal) => S,
  priced: PricedFunctions,
): CostCurve {
  const platform: Platform<S, P> = { id, label: id, services: [service], present: () => true };
  refuseBeforeBends(range.from, range.to, priced);
  const kinks = service.kinks?.(usage, prices, month, range.base, range) ?? [];
  const meters = service.meters?.(usage, prices, month) ?? [];
  return continuousCurve(
    id,
    bendsOf(kinks, meters, range.from, range.to, at, priced),
    range.from,
    range.to,
    (requests) => platformCostOf(platform, at(requests), prices, month).exactUsd,
  );
}

function lambdaPlatform(): Platform<Scenario, RegionPrices> {
  return { id: LAMBDA_ID, label: 'AWS Lambda', services: [lambda as PricedService<Scenario, RegionPrices>], present: () => true };
}

function platformOf(provider: ComparedProvider): Platform<ComparedUsage, never> {
  return { id: provider.id, label: provider.label, services: [provider.service], present: () => true };
}

function comparedOf(id: string): ComparedProvider {
  const provider = COMPARED_LIST.find((each) => each.id === id);
  if (!provider) throw new PricingError(`slcost compares no provider "${id}"; it compares ${COMPARED_LIST.map((each) => each.id).join(', ')}`);
  return provider;
}

/** The table's prices for `region`; a region it lacks is an error where the scenario writes it (`at`), with the nearest it has. */
function regionPrices(book: PriceBook<unknown>, region: string, at: SourceLocation | null = null): unknown {
  // Own regions only: a region written `__proto__` or `toString` names no table's region.
  const prices = ownEntry(book.regions, region);
  if (prices === undefined) {
    const regions = Object.keys(book.regions);
    const hint = suggest(region, regions);
    throw new PricingError(
      `pricing ${book.id} has no prices for region ${JSON.stringify(clipped(region))}${hint ? `; did you mean "${hint}"?` : ''} (it covers ${regions.join(', ')})`,
      at,
    );
  }
  return prices;
}

// Of the month's exact amount: its cents, divided by ten thousand requests, read $0.00 a million for Lambda's $0.22 and a
// cent's rounding as a dollar a million.
const perMillion = (usd: Decimal, requests: Decimal): Decimal | null => (requests.isZero() ? null : usd.dividedBy(requests).times(1_000_000));

/** Every default filled in for the providers asked, and how the comparison reads the workload. */
function assumptionsOf(scenario: Scenario, usage: ComparedUsage, ids: readonly string[], request: CompareRequest): Warning[] {
  const found: Warning[] = [
    { id: 'compare_functions_only', message: "only the functions are compared: the API, the logs and the services around the functions are AWS's and are not moved" },
  ];
  const unsaid = (pick: (fn: LambdaFunction) => unknown) => scenario.functions.filter((fn) => pick(fn) === undefined).map((fn) => fn.name);
  const names = (list: readonly string[]) => (list.length === scenario.functions.length && list.length > 1 ? 'every function' : listNames(list));
  // Lambda@Edge runs at CloudFront's locations, at its own rates: the other providers' bills are of a function in one
  // region, not the same thing at another price, and read as one they named another provider cheapest without a word.
  const edgeNames = scenario.functions.filter(atTheEdge).map((fn) => fn.name);
  if (edgeNames.length)
    found.push({
      id: 'compare_edge_as_regional',
      message: `${names(edgeNames)} ${edgeNames.length === 1 ? 'runs' : 'run'} at CloudFront's edge, priced on AWS at Lambda@Edge's rates; the other providers price ${edgeNames.length === 1 ? 'it' : 'them'} as any function of theirs, not as a trigger of CloudFront`,
    });
  // The providers asked, in the order slcost lists them, each with the workload's defaults it reads.
  const asked = COMPARED_LIST.filter((provider) => ids.includes(provider.id));
  const read = (which: keyof DefaultsRead) => asked.some((provider) => provider.part.defaultsRead(partOf(usage, provider.id))[which] === true);
  // A template's functions take these figures from its usage file, a scenario's from its functions.
  const inUsageFile = fromTemplate(scenario.settings);
  const key = (name: 'cpu-ms' | 'memory-used-mb' | 'concurrency-per-instance') => setting(inUsageFile ? `${name}-usage` : name);
  const noCpu = unsaid((fn) => fn.cpuMs);
  if (read('cpuMs') && noCpu.length) {
    found.push({
      id: 'compare_default_cpu_ms',
      message: `CPU time per request (${key('cpu-ms')}) not given for ${names(noCpu)}: taken as the whole duration, the most a provider that bills CPU time could bill (a function that waits on I/O uses less)`,
    });
  }
  const noMemory = unsaid((fn) => fn.memoryUsedMb);
  if (read('memoryUsed') && noMemory.length) {
    found.push({
      id: 'compare_default_memory_used',
      message: `memory used (${key('memory-used-mb')}) not given for ${names(noMemory)}: taken as the memory the function is given, the most it could use`,
    });
  }
  const noConcurrency = unsaid((fn) => fn.concurrencyPerInstance);
  if (read('concurrency') && noConcurrency.length) {
    found.push({
      id: 'compare_default_concurrency',
      message: `requests one instance serves at once (${key('concurrency-per-instance')}) not given for ${names(noConcurrency)}: taken as 1, the cautious figure`,
    });
  }
  if (usage.functions.some((fn) => fn.concurrencyPerInstance > 1)) {
    found.push({
      id: 'compare_concurrency_sharing',
      message:
        "requests served at once by one instance are taken to overlap fully: each shares the instance's billed time with as many others as the instance serves at once (at low traffic they overlap less and cost more)",
    });
  }
  for (const provider of asked) found.push(...provider.part.assumptions(settingsOf(request, provider.id), partOf(usage, provider.id)));
  return found;
}
