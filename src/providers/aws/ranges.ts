// A scenario with ranges, or with growth, priced as percentiles: each
// platform's bill at P10, P50 and P90, the probability that each platform is
// the cheapest, and a month-by-month outlook. Every bill is read off the
// break-even solver's exact curves (the bill at every volume as straight
// pieces), never a full estimate per sample. docs/ranges.md has the rules.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { budgetChecks } from '../../core/budget.js';
import { Decimal, roundCents, sum } from '../../core/money.js';
import { atScore, cdfOf, type Distribution, type Level, LEVELS, medianOf, percentileOfSorted, quantileAt, quantileOf, type RangedFigure, stratified } from '../../core/ranges.js';
import { cheapestRanges, costAt, type CostCurve, findCrossovers } from '../../core/solver.js';
import type { BudgetCheck, PlatformId } from '../../core/types.js';
import { curvesWithin } from './breakeven.js';
import { atVolume, headlineRequests } from './scale.js';
import { monthOf, platformCosts, regionOf } from './platforms.js';
import { cheapest } from '../../core/estimate.js';
import { type AroundUsage, noServices } from './services.js';
import type { PriceBook, Scenario } from './types.js';

/** The seed of the sampler when none is given: the same input gives the same bytes. */
export const DEFAULT_SEED = 1;
/** Draws of the figures other than the monthly requests: each is a scenario read again, and its curves solved once. */
export const DRAWS = 100;
/** The same when the monthly requests are certain: each draw is then one sample. */
export const DRAWS_WITHOUT_REQUESTS = 1000;
/** Draws of the monthly requests for each of those, priced on that draw's curves: DRAWS × this = 10,000 samples. */
export const REQUEST_DRAWS = 100;
/**
 * Months of an outlook priced at REQUEST_DRAWS each. A longer one takes fewer a
 * month, so that its months together take as many samples as a year's: every
 * sample is a bill on each platform kept for its month's percentiles, so the
 * time and memory grow with the months (docs/performance.md).
 */
const MONTHS_AT_FULL_DRAWS = 12;
/** The draws are split into this many batches, whose percentiles' spread gives the sampling error. */
const BATCHES = 10;
/**
 * The most entries (functions, and the services' tables, buckets, queues …) a sampled estimate prices over its
 * draws, when each draw is priced at its one volume: each draw is the whole scenario priced again, so the work is
 * draws × entries (docs/performance.md has what it came to before the bound). Past it the draws are fewer
 * (whole batches, one draw a batch at the least), and the sampling error printed is theirs.
 */
const ENTRIES_PRICED_BY_DRAWS = 50_000;
/**
 * The most entries an exact outlook prices line by line over its months, each month (each distinct volume of
 * it) the whole scenario again, so the work is months × entries (docs/performance.md). Past it the
 * months left are read off the curves the chance of the cheapest comes from, each bill exact before its line items
 * are rounded to the cent, and rounded whole.
 */
const OUTLOOK_ENTRIES_PRICED = 20_000;
/**
 * The same when each draw's curves are solved for the ranged requests or an outlook's months: each draw solves every
 * entry's curves, many times a pricing. That is for curves of a few pieces (CURVE_PIECES_USUAL: a bill's bands and free
 * tiers); a draw's curves are priced again at each end of each piece, so an entry of a curve of more pieces counts as
 * that many times more (billed cold starts, a runtime given, bend a curve near a hundred times: bounded by their
 * entries alone, twenty such functions would pass for few; the figures are in docs/performance.md).
 */
const ENTRIES_SOLVED_BY_DRAWS = 2_000;
const CURVE_PIECES_USUAL = 4;
/**
 * The most bills a draw keeps for the percentiles: a year's months at REQUEST_DRAWS each, on one platform. Every sample
 * is a bill on each platform in each month, so a draw's samples of the requests are fewer where the platforms and months
 * together pass it: without it, the bills kept grow with platforms × months × samples (docs/performance.md).
 */
const BILLS_PER_DRAW = REQUEST_DRAWS * MONTHS_AT_FULL_DRAWS;
/** The most bills the draws keep together: a year's 120,000 samples on one platform. Past it the draws are fewer. */
export const BILLS_KEPT = DRAWS * BILLS_PER_DRAW;
/** A standard normal score 1e-6 from either end: the curves cover the requests between, the rest of the mass goes to the platform cheapest at that end. */
const TAIL_SCORE = 4.753424308822899;

export type Percentiles = Readonly<Record<`p${Level}`, Decimal>>;

export interface PlatformRange {
  readonly platform: PlatformId;
  /** The month's bill at P10, P50 and P90 (month 1's when there is an outlook). */
  readonly percentiles: Percentiles;
  /** The same before each line is rounded to the cent: a bill of a few requests reads under $0.01 by it, not $0.00. */
  readonly exactUsd: Percentiles;
  /** The probability that this platform is the cheapest, over every month described (the outlook's months, or the one). */
  readonly cheapestShare: number;
  /** Sampled: one standard error of each percentile, from the spread between batches of draws; null when exact. */
  readonly samplingErrorUsd: Percentiles | null;
}

export interface OutlookMonth {
  readonly month: number;
  /** The month's monthly requests at P10, P50, P90 (the same three when they are certain). */
  readonly requests: Percentiles;
  /** Each platform's bill at P10, P50 and P90, and the same before each line is rounded to the cent. */
  readonly platforms: ReadonlyArray<{ readonly platform: PlatformId; readonly percentiles: Percentiles; readonly exactUsd: Percentiles }>;
  /** The platform cheapest at the month's P50 requests. */
  readonly cheapest: PlatformId;
}

export interface CheapestChange {
  readonly month: number;
  readonly platform: PlatformId;
  readonly previous: PlatformId;
  /** The month's P50 monthly requests. */
  readonly requestsPerMonth: Decimal;
  /** Where the two cross, between the month before's P50 requests and this one's; null when no crossing lies there (a fleet stepping back and forth). */
  readonly crossoverRequests: Decimal | null;
}

export interface RangeEstimate {
  /** `exact` when the monthly requests are the one figure given as a range (or none is); `sampled` otherwise. */
  readonly method: 'exact' | 'sampled';
  readonly figures: readonly RangedFigure[];
  readonly seed: number | null;
  readonly samples: number | null;
  /** Sampled with fewer draws than usual, for the entries each draw prices (ENTRIES_PRICED_BY_DRAWS): how many, and of what. */
  readonly fewerDraws?: {
    readonly draws: number;
    readonly usualDraws: number;
    readonly entries: number;
    readonly curvePieces: number | null;
    /** Fewer for the bills each draw keeps (BILLS_KEPT): its months and platforms; null when the entries alone made them fewer. */
    readonly bills: { readonly months: number; readonly platforms: number } | null;
  } | null;
  /** The outlook's months from `from` on read off the curves, for the entries each month prices (OUTLOOK_ENTRIES_PRICED). */
  readonly monthsOffCurves?: { readonly from: number; readonly months: number; readonly entries: number } | null;
  readonly platforms: readonly PlatformRange[];
  readonly outlook: { readonly pctPerMonth: Decimal; readonly months: readonly OutlookMonth[]; readonly changes: readonly CheapestChange[] } | null;
  /** Each platform's budget held to `budgetPercentile`, when the scenario sets one. */
  readonly budget: readonly BudgetCheck[];
}

/** The percentiles of `scenario`'s bill, or null when it has neither ranges nor growth. */
export function rangeEstimate(scenario: Scenario, book: PriceBook, seed = DEFAULT_SEED): RangeEstimate | null {
  const ranges = scenario.ranges;
  if (!ranges && !scenario.growth) return null;
  const factors = monthFactors(scenario);
  const figures = ranges?.figures ?? [];
  const driver = ranges?.driver ?? null;
  const requests: Distribution | null = driver === null ? null : figures[driver]!.distribution;
  const onlyDriver = figures.length === (driver === null ? 0 : 1);
  if (onlyDriver) {
    const exact = exactly(scenario, book, requests, factors);
    if (exact) return finish(scenario, { method: 'exact', figures, seed: null, ...exact });
  }
  return finish(scenario, { method: 'sampled', figures, seed, ...sampled(scenario, book, requests, factors, seed) });
}

type Priced = Omit<RangeEstimate, 'method' | 'figures' | 'seed' | 'budget'>;

function finish(scenario: Scenario, priced: Omit<RangeEstimate, 'budget'>): RangeEstimate {
  const level = scenario.budgetPercentile;
  if (!level) return { ...priced, budget: [] };
  // Every month of the outlook is held to the budget, not month 1 alone: a growing bill that passes it in month 5 fails the build now.
  const months = priced.outlook?.months ?? [{ month: 1, platforms: priced.platforms }];
  const monthly = months.map((month) =>
    budgetChecks(
      month.platforms.map((platform) => {
        const percentile = platform.percentiles[`p${level}`];
        return [platform.platform, { monthlyUsd: roundCents(percentile), exactUsd: percentile }] as const;
      }),
      scenario.budget,
    ),
  );
  const checks = monthly[0]!.map((_, at) => {
    const each = monthly.map((checks, index) => ({ check: checks[at]!, month: months[index]!.month }));
    // The first month over it; when none is, the month with the least room left (the first of them), so that "left" is what the whole outlook has.
    const chosen = each.find(({ check }) => check.over) ?? each.reduce((most, next) => (next.check.monthlyUsd.greaterThan(most.check.monthlyUsd) ? next : most));
    return { ...chosen.check, percentile: level, ...(months.length > 1 ? { month: chosen.month, months: months.length } : {}) };
  });
  return { ...priced, budget: checks };
}

/** Month m's requests over month 1's: (1 + pct/100)^(m − 1); one month without growth. */
export function monthFactors(scenario: Scenario): Decimal[] {
  const growth = scenario.growth;
  if (!growth) return [new Decimal(1)];
  const rate = growth.pctPerMonth.dividedBy(100).plus(1);
  return Array.from({ length: growth.months }, (_, index) => rate.pow(index));
}

/**
 * Exactly: the bill is non-decreasing in the monthly requests, so its
 * percentile at a level is the bill at the requests' percentile at that level.
 * Null when a curve falls somewhere, where that does not hold.
 */
function exactly(scenario: Scenario, book: PriceBook, requests: Distribution | null, factors: readonly Decimal[]): Priced | null {
  const base = headlineRequests(scenario);
  const at = (level: Level) => (requests ? quantileAt(requests, level) : base);
  const low = requests ? Math.max(1, atScore(requests, -TAIL_SCORE), requests.kind === 'uniform' ? requests.min : 0) : base.toNumber();
  const high = requests ? atScore(requests, TAIL_SCORE) : base.toNumber();
  const volumes = factors.flatMap((factor) => [new Decimal(low).times(factor), new Decimal(high).times(factor), ...LEVELS.map((level) => at(level).times(factor))]);
  const curves = curvesOver(scenario, book, volumes);
  if (requests && !curves.every(nonDecreasing)) return null;
  // The bills themselves are the engine's at each volume, line items rounded as the estimate rounds them, so that each equals the estimate of the scenario at that volume to the cent.
  const { prices, where } = regionOf(scenario, book);
  const month = monthOf(scenario, where);
  const entries = entriesPriced(scenario);
  let months0Order: PlatformId[] | null = null;
  let entriesPricedSoFar = 0;
  let firstOffCurves: number | null = null;
  const months = factors.map((factor, index): OutlookMonth => {
    const volume = levels((level) => at(level).times(factor));
    const distinct = new Set(LEVELS.map((level) => volume[`p${level}`].toString())).size;
    // Past the bound, a month's bills are read off the curves above, in month 1's order of platforms.
    if (index > 0 && (firstOffCurves !== null || entriesPricedSoFar + distinct * entries > OUTLOOK_ENTRIES_PRICED)) {
      firstOffCurves ??= index + 1;
      const order = months0Order!;
      const platforms = order.map((id) => {
        const curve = curves.find((each) => each.platform === id)!;
        const exactUsd = levels((level) => costAt(curve, volume[`p${level}`]));
        return { platform: id, percentiles: levels((level) => roundCents(exactUsd[`p${level}`])), exactUsd };
      });
      const lowest = platforms.reduce((best, each) => (each.percentiles.p50.lessThan(best.percentiles.p50) ? each : best));
      return { month: index + 1, requests: volume, platforms, cheapest: lowest.platform };
    }
    entriesPricedSoFar += distinct * entries;
    // Levels at the same volume (all three, when the requests are certain) are one bill, priced once.
    const byVolume = new Map<string, ReturnType<typeof platformCosts>>();
    const priced = LEVELS.map((level) => {
      const requests = volume[`p${level}`];
      let bill = byVolume.get(requests.toString());
      if (!bill) byVolume.set(requests.toString(), (bill = platformCosts(atVolume(scenario, requests), prices, month)));
      return bill;
    });
    const platforms = priced[1]!.map((platform, at) => {
      const billAt = (level: Level) => priced[LEVELS.indexOf(level)]![at]!;
      return { platform: platform.id, percentiles: levels((level) => billAt(level).monthlyUsd), exactUsd: levels((level) => billAt(level).exactUsd) };
    });
    months0Order ??= platforms.map((platform) => platform.platform);
    return { month: index + 1, requests: volume, platforms, cheapest: cheapest(priced[1]!) };
  });
  // Each platform's probability of being the cheapest: the requests' probability of falling where it is, month by month.
  const { from, to } = span(volumes);
  const crossovers = findCrossovers(curves);
  const stretches = cheapestRanges(curves, crossovers, from, to);
  const share = new Map<PlatformId, number>();
  for (const factor of factors) {
    stretches.forEach((stretch, index) => {
      const below = (volume: Decimal) => (requests ? cdfOf(requests, volume.dividedBy(factor).toNumber()) : base.times(factor).lessThanOrEqualTo(volume) ? 1 : 0);
      const lower = index === 0 ? 0 : below(stretch.fromRequests);
      const upper = index === stretches.length - 1 ? 1 : below(stretch.toRequests);
      share.set(stretch.platform, (share.get(stretch.platform) ?? 0) + (upper - lower) / factors.length);
    });
  }
  return {
    samples: null,
    platforms: curves.map((curve) => ({
      ...months[0]!.platforms.find((each) => each.platform === curve.platform)!,
      cheapestShare: share.get(curve.platform) ?? 0,
      samplingErrorUsd: null,
    })),
    outlook: outlookOf(scenario, months, crossovers),
    monthsOffCurves: firstOffCurves === null ? null : { from: firstOffCurves, months: factors.length, entries },
  };
}

/**
 * By sampling: DRAWS draws of every figure but the monthly requests, each a
 * scenario with its curves; on each, REQUEST_DRAWS draws of the requests
 * (one, its own, when they are certain), priced on those curves in every month.
 */
function sampled(scenario: Scenario, book: PriceBook, requests: Distribution | null, factors: readonly Decimal[], seed: number): Priced {
  const ranges = scenario.ranges!;
  const rng = xoroshiro128plus(seed);
  const random = () => uniformFloat64(rng);
  const shuffled = (count: number) => {
    const order = Array.from({ length: count }, (_, index) => index);
    for (let i = count - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
  const usualDraws = requests ? DRAWS : DRAWS_WITHOUT_REQUESTS;
  const entries = entriesPriced(scenario);
  // Certain requests and one month: a draw is one volume, priced as it is (the exact bill a curve through
  // it would give); its curves, worth solving for a hundred volumes or a year's, would price every bend near it.
  const solves = requests !== null || factors.length > 1;
  // Bounded by what each draw does: an outlook of certain requests solves each draw's curves too, not one volume's
  // pricing; and a draw's curves are solved at each of their pieces, which the draw at the medians, over the volumes
  // the draws reach, tells.
  const { pieces, platforms: platformCount } = solves ? curvesAtMedians(scenario, book, requests, factors) : { pieces: 0, platforms: 1 };
  // A draw's bills are a sample of the requests in each month on each platform: a longer outlook, or more platforms,
  // take fewer samples a draw, down to one a batch's slice; past that the draws themselves are fewer (BILLS_KEPT).
  const billsPerSample = factors.length * platformCount;
  const perDraw = requests ? Math.max(BATCHES, Math.min(REQUEST_DRAWS, Math.floor(BILLS_PER_DRAW / billsPerSample))) : 1;
  const perDrawWork = entries * Math.max(1, pieces / CURVE_PIECES_USUAL);
  const byEntries = Math.min(usualDraws / BATCHES, Math.floor((solves ? ENTRIES_SOLVED_BY_DRAWS : ENTRIES_PRICED_BY_DRAWS) / (perDrawWork * BATCHES)));
  const byBills = Math.floor(BILLS_KEPT / (perDraw * billsPerSample * BATCHES));
  const perBatch = Math.max(1, Math.min(byEntries, byBills));
  const draws = perBatch * BATCHES;
  // bills[month][platform index][draw index × perDraw + request draw]: each batch's draws together, for the batches' spread.
  const bills: Decimal[][][] = factors.map(() => []);
  const cheapestCount = new Map<PlatformId, number>();
  let platforms: PlatformId[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    // Each batch is a Latin hypercube of its own over the figures but the requests: its draws replicate each other's.
    const probabilities = ranges.figures.map(() => stratified(shuffled(perBatch), random));
    for (let index = 0; index < perBatch; index++) {
      const values = ranges.figures.map((figure, at) => (at === ranges.driver ? medianOf(figure.distribution) : quantileOf(figure.distribution, probabilities[at]![index]!)));
      const drawn = ranges.at(values);
      const base = headlineRequests(drawn);
      const volumes = requests ? stratified(shuffled(perDraw), random).map((u) => new Decimal(quantileOf(requests, u))) : [base];
      const costsAt = solves ? onCurves(drawn, book, factors, volumes) : pricedAt(drawn, book);
      factors.forEach((factor, month) => {
        for (const volume of volumes) {
          const { ids, costs } = costsAt(volume.times(factor));
          platforms = ids;
          costs.forEach((cost, platform) => (bills[month]![platform] ??= []).push(cost));
          const lowest = costs.reduce((best, cost, at) => (cost.lessThan(costs[best]!) ? at : best), 0);
          cheapestCount.set(platforms[lowest]!, (cheapestCount.get(platforms[lowest]!) ?? 0) + 1);
        }
      });
    }
  }
  const samples = draws * perDraw;
  const months = factors.map((factor, month): OutlookMonth => {
    // Percentiles of the bills as drawn, whose cents are not rounded: exact as they are.
    const platformBills = platforms.map((platform, at) => {
      const percentiles = percentilesOf(bills[month]![at]!);
      return { platform, percentiles, exactUsd: percentiles };
    });
    return {
      month: month + 1,
      requests: levels((level) => (requests ? quantileAt(requests, level) : headlineRequests(scenario)).times(factor)),
      platforms: platformBills,
      cheapest: platformBills.reduce((best, each) => (each.percentiles.p50.lessThan(best.percentiles.p50) ? each : best)).platform,
    };
  });
  return {
    samples,
    fewerDraws:
      draws < usualDraws
        ? {
            draws,
            usualDraws,
            entries,
            curvePieces: pieces > CURVE_PIECES_USUAL ? pieces : null,
            bills: byBills < byEntries ? { months: factors.length, platforms: platformCount } : null,
          }
        : null,
    platforms: platforms.map((platform, at) => ({
      platform,
      percentiles: months[0]!.platforms[at]!.percentiles,
      exactUsd: months[0]!.platforms[at]!.exactUsd,
      cheapestShare: (cheapestCount.get(platform) ?? 0) / (samples * factors.length),
      samplingErrorUsd: samplingError(bills[0]![at]!),
    })),
    outlook: outlookOf(scenario, months, []),
  };
}

/**
 * The most pieces of any platform's curve at the ranged figures' medians, over the volumes the draws of the requests
 * reach (the outer of a hundred slices of their probabilities) in every month: what solving one draw's curves takes;
 * and how many platforms those curves are, each keeping a bill of every sample.
 */
function curvesAtMedians(scenario: Scenario, book: PriceBook, requests: Distribution | null, factors: readonly Decimal[]): { pieces: number; platforms: number } {
  const ranges = scenario.ranges!;
  const drawn = ranges.at(ranges.figures.map((figure) => medianOf(figure.distribution)));
  const volumes = requests ? [0.005, 0.995].map((probability) => new Decimal(quantileOf(requests, probability))) : [headlineRequests(drawn)];
  const curves = curvesOver(
    drawn,
    book,
    factors.flatMap((factor) => volumes.map((volume) => volume.times(factor))),
  );
  return { pieces: Math.max(1, ...curves.map((curve) => curve.pieces.length)), platforms: Math.max(1, curves.length) };
}

/** What one draw prices: each function, and each entry of the services' lists (a table, a bucket, a queue, a state machine). */
function entriesPriced(scenario: Scenario): number {
  const services = Object.keys(noServices()) as (keyof AroundUsage)[];
  return scenario.functions.length + services.reduce((count, key) => count + (Array.isArray(scenario[key]) ? (scenario[key] as readonly unknown[]).length : 0), 0);
}

/** Each platform's bill (exact, before rounding) at a volume. */
type CostsAt = (requests: Decimal) => { readonly ids: PlatformId[]; readonly costs: Decimal[] };

/** The bills on each platform's curve over every volume of the draw. */
function onCurves(drawn: Scenario, book: PriceBook, factors: readonly Decimal[], volumes: readonly Decimal[]): CostsAt {
  const curves = curvesOver(
    drawn,
    book,
    factors.flatMap((factor) => volumes.map((volume) => volume.times(factor))),
  );
  const ids = curves.map((curve) => curve.platform);
  return (requests) => ({ ids, costs: curves.map((curve) => costAt(curve, requests)) });
}

/** The bills of the draw priced at the volume itself. */
function pricedAt(drawn: Scenario, book: PriceBook): CostsAt {
  const { prices, where } = regionOf(drawn, book);
  const month = monthOf(drawn, where);
  return (requests) => {
    const priced = platformCosts(atVolume(drawn, requests), prices, month);
    return { ids: priced.map((platform) => platform.id), costs: priced.map((platform) => platform.exactUsd) };
  };
}

function percentilesOf(bills: readonly Decimal[]): Percentiles {
  // Floating point never puts two Decimals in the wrong order, only ties some: the ties are ordered exactly.
  const keyed = bills.map((usd) => ({ usd, key: usd.toNumber() }));
  keyed.sort((a, b) => a.key - b.key || a.usd.comparedTo(b.usd));
  const sorted = keyed.map((each) => each.usd);
  return levels((level) => percentileOfSorted(sorted, level));
}

/** One standard error of each percentile: the standard deviation of the batches' percentiles over √batches. */
function samplingError(bills: readonly Decimal[]): Percentiles {
  const size = bills.length / BATCHES;
  const batches = Array.from({ length: BATCHES }, (_, index) => percentilesOf(bills.slice(index * size, (index + 1) * size)));
  return levels((level) => {
    const values = batches.map((batch) => batch[`p${level}`]);
    const mean = sum(values).dividedBy(BATCHES);
    const variance = sum(values.map((value) => value.minus(mean).pow(2))).dividedBy(BATCHES - 1);
    return variance.dividedBy(BATCHES).sqrt();
  });
}

function outlookOf(scenario: Scenario, months: readonly OutlookMonth[], crossovers: ReturnType<typeof findCrossovers>): RangeEstimate['outlook'] {
  if (!scenario.growth) return null;
  const changes: CheapestChange[] = [];
  for (let index = 1; index < months.length; index++) {
    const before = months[index - 1]!;
    const month = months[index]!;
    if (month.cheapest === before.cheapest) continue;
    const [low, high] = [before.requests.p50, month.requests.p50].sort((a, b) => a.comparedTo(b)) as [Decimal, Decimal];
    const crossing = crossovers.find(
      (crossover) =>
        crossover.platforms.includes(month.cheapest) &&
        crossover.platforms.includes(before.cheapest) &&
        crossover.requestsPerMonth.greaterThan(low) &&
        !crossover.requestsPerMonth.greaterThan(high),
    );
    changes.push({
      month: month.month,
      platform: month.cheapest,
      previous: before.cheapest,
      requestsPerMonth: month.requests.p50,
      crossoverRequests: crossing?.requestsPerMonth ?? null,
    });
  }
  return { pctPerMonth: scenario.growth.pctPerMonth, months, changes };
}

/** Each platform's curve over every volume given (widened when they are one). */
function curvesOver(scenario: Scenario, book: PriceBook, volumes: readonly Decimal[]): CostCurve[] {
  const { from, to } = span(volumes);
  return curvesWithin(scenario, book, [{ from, to }]).curves;
}

function span(volumes: readonly Decimal[]): { from: Decimal; to: Decimal } {
  const from = Decimal.max(1, Decimal.min(...volumes)).floor();
  const to = Decimal.max(...volumes).ceil();
  return { from, to: to.greaterThan(from) ? to : from.plus(1) };
}

/**
 * A fall smaller than this (USD) is the pieces' arithmetic, not the bill: a piece's ends are worked out by
 * division to Decimal's 40 digits, so two pieces can meet a unit of the 40th digit apart (an Express
 * machine's duration bands did, and sent a scenario with the requests alone as a range to sampling).
 */
const JOIN_TOLERANCE_USD = new Decimal('1e-12');

/** No piece slopes down, and no piece starts below where the one before it ends (beyond the pieces' rounding). */
function nonDecreasing(curve: CostCurve): boolean {
  return curve.pieces.every((piece, index) => {
    if (piece.slope.isNegative()) return false;
    const before = curve.pieces[index - 1];
    return !before || !piece.intercept.plus(piece.slope.times(piece.from)).lessThan(before.intercept.plus(before.slope.times(before.to)).minus(JOIN_TOLERANCE_USD));
  });
}

function levels(at: (level: Level) => Decimal): Percentiles {
  return { p10: at(10), p50: at(50), p90: at(90) };
}
