// Where platforms' monthly costs cross as monthly requests R grow. Every cost
// here is piecewise linear in R: a pay-per-use platform bends where its
// services say (a free allowance running out, a price band's edge,
// provisioned capacity filling up); a fleet steps up by one unit where an
// hour's traffic passes a multiple of a unit's capacity. The solver finds
// every such point exactly, fits each platform's cost on each piece between
// them from exact evaluations (a continuous bill at every breakpoint, a
// fleet's at three points in all), and solves the crossings of those lines;
// nothing is read off a sampled sweep.
import { SlcostError } from './errors.js';
import { Decimal, fixedPointCents, toFixedPoint, ZERO } from './money.js';
import type { Fleet, Meter } from './service.js';
import type { MonthProfile } from './traffic.js';
import type { CheapestRange, Crossover, PlatformId } from './types.js';
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from './units.js';
import { formatCount, groupDigits } from './numbers.js';
import { option } from './refer.js';

/** Cost = intercept + slope × R for R in (from, to]. */
export interface Piece {
  readonly from: Decimal;
  readonly to: Decimal;
  readonly intercept: Decimal;
  readonly slope: Decimal;
  /** The same piece in binary floating point, where building it is cheaper than converting it (see crossingsOf). */
  readonly approximately?: Approximately;
}

/** A piece in binary floating point: good for telling which side of zero a difference is on when it is not near zero. */
interface Approximately {
  readonly from: number;
  readonly to: number;
  readonly intercept: number;
  readonly slope: number;
}

export interface CostCurve {
  readonly platform: PlatformId;
  readonly pieces: readonly Piece[];
}

/** More fleet-size steps than this in one range would make the solver slow; the range is then refused. */
export const MAX_STEPS = 50_000;

/**
 * A continuous bill is priced again at every volume where it bends, and each
 * pricing works out each of its functions anew: more volumes times functions
 * than this in one range (a few seconds of CPU) and the range is refused,
 * as a fleet's steps are. A function's cold starts and provisioned concurrency
 * bend it hundreds of times over a sweep, so 1,000 functions unlike each other
 * would be hundreds of thousands of pricings.
 */
export const MAX_BEND_PRICINGS = 10_000;

export class TooManyStepsError extends SlcostError {
  /** What stepped too often where, without the advice: for a caller that narrows the range itself. */
  readonly reason: string;
  constructor(reason: string) {
    super(`break-even not computed: ${reason}; narrow the range (${option('breakeven-range')})`);
    this.reason = reason;
  }
}

/**
 * Two costs within this share of their size are one: far above what 40
 * significant digits lose in a curve's divisions (10^-39 of it), far below a
 * cent of any bill.
 */
const TIE = new Decimal('1e-30');

/** The default sweep of monthly requests, and the first range an estimate looks for crossovers in. */
export const DEFAULT_RANGE = { from: new Decimal(10_000), to: new Decimal(10_000_000_000) } as const;

/**
 * The ranges an estimate tries, in order: the default one, then a
 * hundredth to a hundred times the scenario's own volume, for fleets that
 * step too often in the default one. A volume outside the default range
 * widens it to a hundredth below (or a hundred times above) the volume, so
 * that what is cheapest at the scenario's own volume is on the curves.
 */
export function breakevenRanges(requestsPerMonth: Decimal): Array<{ from: Decimal; to: Decimal }> {
  // A range starts at 1 request and reaches 100 at least: under 0.005 requests a month, a hundred times the volume rounds to 0,
  // and an own range of 1 to 1 would give curves of no pieces for the crossover search to run on.
  const own = { from: Decimal.max(1, requestsPerMonth.dividedBy(100).round()), to: Decimal.max(100, requestsPerMonth.times(100).round()) };
  const wide = {
    from: requestsPerMonth.lessThan(DEFAULT_RANGE.from) ? own.from : DEFAULT_RANGE.from,
    to: requestsPerMonth.greaterThan(DEFAULT_RANGE.to) ? own.to : DEFAULT_RANGE.to,
  };
  return [wide, own];
}

/**
 * Refuses a range before its bends are worked out when its two ends alone would
 * price more functions than MAX_BEND_PRICINGS: a bill of more than half that many
 * functions is refused however few its bends, and working out each function's
 * bends first (a hundred or so each) would cost 10,000 functions unlike each
 * other seconds and a gigabyte only to be refused.
 */
export function refuseBeforeBends(from: Decimal, to: Decimal, priced: PricedFunctions): void {
  const ends = to.greaterThan(from) ? 2 : 1;
  refusePricings(from, to, ends, priced, `is priced at ${formatCount(ends)} volumes at the least`);
}

/** A bill that prices several functions at each volume: how many, and what it is called in the refusal. */
export interface PricedFunctions {
  readonly functions: number;
  readonly bill: string;
}

/** A TooManyStepsError when `volumes` pricings of every function of the bill pass MAX_BEND_PRICINGS; `how` says how it comes to so many. */
function refusePricings(from: Decimal, to: Decimal, volumes: number, priced: PricedFunctions, how: string): void {
  if (volumes * priced.functions <= MAX_BEND_PRICINGS) return;
  throw new TooManyStepsError(
    `between ${groupDigits(from)} and ${groupDigits(to)} requests a month the ${priced.bill} ${how}, each pricing its ${formatCount(priced.functions)} functions again: ${formatCount(volumes * priced.functions)} functions to price, more than ${formatCount(MAX_BEND_PRICINGS)}`,
  );
}

/**
 * The volumes in (from, to) where a continuous bill changes slope: the kinks
 * its services declare, and, on each piece between them (where every meter
 * is linear in R), where a meter reaches one of its thresholds. `at`: the
 * scenario at a volume; `priced`, when the bill prices several functions at
 * each volume, how many and what the bill is called, for the bound on the work
 * (MAX_BEND_PRICINGS).
 */
export function bendsOf<S>(kinks: readonly Decimal[], meters: readonly Meter<S>[], from: Decimal, to: Decimal, at: (requests: Decimal) => S, priced?: PricedFunctions): Decimal[] {
  const segments = piecePoints(kinks, from, to);
  if (priced) refusePricings(from, to, segments.length, priced, `bends at ${formatCount(segments.length)} volumes`);
  const points = [...segments];
  let previous = meters.map((meter) => meter.quantity(at(segments[0]!)));
  for (let i = 0; i + 1 < segments.length; i++) {
    const a = segments[i]!;
    const b = segments[i + 1]!;
    const scaled = at(b);
    const next = meters.map((meter) => meter.quantity(scaled));
    meters.forEach((meter, index) => {
      for (const threshold of meter.thresholds) {
        const root = linearRoot(a, previous[index]!, b, next[index]!, threshold);
        if (root) points.push(root);
      }
    });
    previous = next;
  }
  return points;
}

/**
 * A continuous bill as exact linear pieces over [from, to]: the line of each
 * piece is the one through its ends, each breakpoint priced once for the two
 * pieces it joins.
 */
export function continuousCurve(platform: PlatformId, bends: readonly Decimal[], from: Decimal, to: Decimal, costAt: (requests: Decimal) => Decimal): CostCurve {
  const points = piecePoints(bends, from, to);
  const costs = points.map(costAt);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < costs.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const slope = costs[i + 1]!.minus(costs[i]!).dividedBy(b.minus(a));
    pieces.push({ from: a, to: b, intercept: costs[i]!.minus(slope.times(a)), slope });
  }
  return { platform, pieces };
}

/** A fleet's bill over [from, to] as exact pieces between its steps. `base`: the sweep's volume at the scenario's own; `costAt`: the bill at a volume. */
export function fleetCurve(
  platform: PlatformId,
  fleet: Fleet,
  profile: MonthProfile,
  base: Decimal,
  from: Decimal,
  to: Decimal,
  costAt: (requests: Decimal) => Decimal,
): CostCurve {
  return { platform, pieces: fleetPieces(fleetSteps(fleet, profile, base, from, to), costAt, from, to, fleet.stepsCostAlike ?? true) };
}

/**
 * A fleet's cost between steps rises only with the load balancer's capacity
 * units, at the same rate per request on every piece, and each step adds one
 * instance (or task) for the hours of the group that stepped: the fleet's
 * cost is linear in its unit-hours. So three evaluations fix the whole curve:
 * the slope and intercept on the first piece, and the price of a unit-hour
 * across the first step; every later piece adds its steps' hours at that price.
 * `steps` lie strictly inside (from, to), each group's in ascending order.
 * When steps do not cost alike (`stepsCostAlike` false), each piece past the
 * first is priced once more: its line has the first piece's slope, and its
 * intercept comes from one evaluation inside it.
 */
function fleetPieces(steps: readonly FleetStep[], costAt: (requests: Decimal) => Decimal, from: Decimal, to: Decimal, stepsCostAlike: boolean): Piece[] {
  // Steps of several groups interleave (and may coincide): one point per distinct volume, with the hours added there.
  const sorted = [...steps].sort((x, y) => ordered(x.requests, x.approximately, y.requests, y.approximately));
  const points: Decimal[] = [from];
  const approximatePoints: number[] = [from.toNumber()];
  const hoursAt: number[] = [0];
  for (const step of sorted) {
    if (points.length > 1 && ordered(step.requests, step.approximately, points.at(-1)!, approximatePoints.at(-1)!) === 0) hoursAt[hoursAt.length - 1]! += step.hours;
    else {
      points.push(step.requests);
      approximatePoints.push(step.approximately);
      hoursAt.push(step.hours);
    }
  }
  points.push(to);
  approximatePoints.push(to.toNumber());
  const point = (a: Decimal, b: Decimal, third: number) => a.plus(b.minus(a).times(third).dividedBy(3));
  const r1 = point(points[0]!, points[1]!, 1);
  const r2 = point(points[0]!, points[1]!, 2);
  const c1 = costAt(r1);
  const slope = costAt(r2).minus(c1).dividedBy(r2.minus(r1));
  const firstIntercept = c1.minus(slope.times(r1));
  let intercept = firstIntercept;
  let unitHourUsd: Decimal | null = null;
  // What a step of so many hours adds: the steps of one hour group all add the same.
  const stepUsd = new Map<number, Decimal>();
  // The same walk in floating point, for the pieces' shadows: the first piece's line and the hours added since.
  const float = { intercept: firstIntercept.toNumber(), slope: slope.toNumber(), unitHourUsd: 0, hours: 0 };
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (i > 0 && !stepsCostAlike) {
      const r = point(a, b, 1);
      intercept = costAt(r).minus(slope.times(r));
    } else if (i > 0) {
      if (!unitHourUsd) {
        const r = point(a, b, 1);
        unitHourUsd = costAt(r).minus(slope.times(r)).minus(intercept).dividedBy(hoursAt[i]!);
        float.unitHourUsd = unitHourUsd.toNumber();
      }
      const hours = hoursAt[i]!;
      let added = stepUsd.get(hours);
      if (!added) stepUsd.set(hours, (added = unitHourUsd.times(hours)));
      intercept = intercept.plus(added);
      float.hours += hoursAt[i]!;
    }
    pieces.push({
      from: a,
      to: b,
      intercept,
      slope,
      approximately: {
        from: approximatePoints[i]!,
        to: approximatePoints[i + 1]!,
        // From the first piece and the whole hours added since: two roundings, not one per step.
        intercept: stepsCostAlike ? float.intercept + float.unitHourUsd * float.hours : intercept.toNumber(),
        slope: float.slope,
      },
    });
  }
  return pieces;
}

/**
 * Two bills over the same range added together, a piece wherever either has
 * one: a fleet's own curve and the continuous curve of the services it shares
 * with every platform. `b`'s pieces, having no floating-point shadows, get
 * theirs converted once each.
 */
export function addCurves(platform: PlatformId, a: CostCurve, b: CostCurve): CostCurve {
  const pieces: Piece[] = [];
  let i = 0;
  let j = 0;
  let from = a.pieces[0]!.from;
  const shadows: Array<{ intercept: number; slope: number }> = [];
  while (i < a.pieces.length && j < b.pieces.length) {
    const pa = a.pieces[i]!;
    const pb = b.pieces[j]!;
    const to = Decimal.min(pa.to, pb.to);
    const shadow = pa.approximately ? (shadows[j] ??= { intercept: pb.intercept.toNumber(), slope: pb.slope.toNumber() }) : null;
    pieces.push({
      from,
      to,
      intercept: pa.intercept.plus(pb.intercept),
      slope: pa.slope.plus(pb.slope),
      ...(pa.approximately && shadow
        ? {
            approximately: {
              from: from.toNumber(),
              to: to.toNumber(),
              intercept: pa.approximately.intercept + shadow.intercept,
              slope: pa.approximately.slope + shadow.slope,
            },
          }
        : {}),
    });
    from = to;
    if (!pa.to.greaterThan(to)) i++;
    if (!pb.to.greaterThan(to)) j++;
  }
  return { platform, pieces };
}

/** `from`, the points strictly inside (from, to), and `to`, sorted and without repeats. */
function piecePoints(inner: readonly Decimal[], from: Decimal, to: Decimal): Decimal[] {
  return uniqueSorted([from, ...inner.filter((point) => point.greaterThan(from) && point.lessThan(to)), to]);
}

/** Where the line through (a, qa) and (b, qb) reaches `threshold`, strictly between a and b. */
function linearRoot(a: Decimal, qa: Decimal, b: Decimal, qb: Decimal, threshold: Decimal): Decimal | null {
  if (qa.equals(qb)) return null;
  const low = Decimal.min(qa, qb);
  const high = Decimal.max(qa, qb);
  if (!threshold.greaterThan(low) || !threshold.lessThan(high)) return null;
  return a.plus(threshold.minus(qa).times(b.minus(a)).dividedBy(qb.minus(qa)));
}

interface FleetStep {
  /** Just above this many monthly requests the fleet runs one more instance or task… */
  readonly requests: Decimal;
  /** …for this many hours of the month. */
  readonly hours: number;
  /** `requests` in binary floating point. */
  readonly approximately: number;
}

/** The monthly requests where the fleet grows by one unit in some hour. */
function fleetSteps(fleet: Fleet, profile: MonthProfile, base: Decimal, from: Decimal, to: Decimal): FleetStep[] {
  const groups = fleet.autoscaling ? profile.groups : profile.groups.slice(0, 1);
  const steps: FleetStep[] = [];
  for (const group of groups) {
    if (group.weight.isZero() || fleet.requestsPerMonth.isZero()) continue;
    // requests a second in this group's hours, per monthly request of the sweep
    const perRequest = fleet.requestsPerMonth.dividedBy(base).times(group.weight).dividedBy(profile.totalWeight).dividedBy(SECONDS_PER_HOUR);
    // Its inverse, the monthly requests per request a second there, in one division (exact whenever it can be): a step
    // of n units is at n × capacity × this, so two fleets whose steps coincide (8 × 300 and 6 × 400 requests a second)
    // step at the same volume to the last digit. (capacity ÷ perRequest × n, rounded apart, put one 10^-30 above the
    // other, and in that sliver the fleets crossed and crossed back.) A multiplication a step, no division.
    const requestsPerRequestPerSecond = new Decimal(SECONDS_PER_HOUR).times(profile.totalWeight).times(base).dividedBy(fleet.requestsPerMonth.times(group.weight));
    const requestsPerStep = fleet.capacityPerSecond.times(requestsPerRequestPerSecond);
    // The first and last fleet sizes, and how many steps lie between them, in decimals: a fleet of more units than a double holds
    // (a capacity of 1e-310 requests a second) made both Infinity, their difference NaN, and the loop below endless.
    const first = Decimal.max(fleet.minimum, 1, from.times(perRequest).dividedBy(fleet.capacityPerSecond).floor());
    const last = to.times(perRequest).dividedBy(fleet.capacityPerSecond).ceil();
    if (last.minus(first).greaterThan(MAX_STEPS)) {
      throw new TooManyStepsError(
        `between ${groupDigits(from)} and ${groupDigits(to)} requests a month the ${fleet.label} fleet changes size more than ${formatCount(MAX_STEPS)} times`,
      );
    }
    // Without autoscaling the busiest hour's fleet runs all month.
    const hours = fleet.autoscaling ? group.hours : HOURS_PER_MONTH;
    // The i-th step from the first, counted in whole numbers while the sizes are exact in a double (nearly always), else in decimals.
    const span = last.minus(first).toNumber();
    const exact = last.lessThanOrEqualTo(Number.MAX_SAFE_INTEGER);
    const firstSize = first.toNumber();
    const stepApproximately = requestsPerStep.toNumber();
    const requestsAtStep = (i: number) => fleet.capacityPerSecond.times(exact ? firstSize + i : first.plus(i)).times(requestsPerRequestPerSecond);
    // Only the first and last steps can fall outside (from, to): compare there, not at every step.
    let i = 0;
    let requests = requestsAtStep(i);
    while (i <= span && !requests.greaterThan(from)) requests = requestsAtStep(++i);
    for (; i <= span; requests = requestsAtStep(++i)) {
      if (i > span - 2 && !requests.lessThan(to)) break;
      steps.push({ requests, hours, approximately: exact ? (firstSize + i) * stepApproximately : requests.toNumber() });
    }
  }
  return steps;
}

function uniqueSorted(values: readonly Decimal[]): Decimal[] {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return sorted.filter((value, index) => index === 0 || !value.equals(sorted[index - 1]!));
}

/** The cost of `curve` at `requests`; at a step, the value just above it. */
export function costAt(curve: CostCurve, requests: Decimal): Decimal {
  const piece = pieceAt(curve, requests);
  return piece.intercept.plus(piece.slope.times(requests));
}

function pieceAt(curve: CostCurve, requests: Decimal): Piece {
  const pieces = curve.pieces;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid]!.to.lessThan(requests)) low = mid + 1;
    else high = mid;
  }
  return pieces[low]!;
}

/**
 * The costs of `curve` at ascending whole-request volumes, in whole cents:
 * what a sweep prints. Each is worked out in binary floating point, and again
 * exactly, in fixed point, wherever floating point cannot be sure of the cent:
 * within a trillionth of the amount (and a billionth of a cent) of a half
 * cent, or past 2^52 cents. Either way the
 * cent is the one the exact line rounds to, halves away from zero.
 */
export function sweepCents(curve: CostCurve, ascending: readonly bigint[]): bigint[] {
  const pieces = curve.pieces;
  const approximations = pieces.map(approximately);
  // For whole requests R, "R is beyond the piece's end" is R > floor(end).
  const lastWhole = pieces.map((piece) => BigInt(piece.to.floor().toFixed(0)));
  const exactLines = new Map<number, { intercept: bigint; slope: bigint }>();
  const exactly = (index: number, requests: bigint) => {
    let line = exactLines.get(index);
    if (!line) exactLines.set(index, (line = { intercept: toFixedPoint(pieces[index]!.intercept), slope: toFixedPoint(pieces[index]!.slope) }));
    return fixedPointCents(line.intercept + line.slope * requests);
  };
  let index = 0;
  return ascending.map((requests) => {
    while (index < pieces.length - 1 && lastWhole[index]! < requests) index++;
    const line = approximations[index]!;
    const volume = Number(requests);
    const cents = (line.intercept + line.slope * volume) * 100;
    // Floating point is off by far less than this; nearer a half than this, or this large, it is worked out exactly.
    const doubt = (Math.abs(line.intercept) + Math.abs(line.slope * volume)) * 100 * 1e-12 + 1e-9;
    const magnitude = Math.abs(cents);
    // A price of hundreds of digits is past a double altogether (Infinity, or NaN from Infinity × 0): exactly too.
    if (!Number.isFinite(cents) || magnitude > 2 ** 52 || Math.abs(magnitude - Math.floor(magnitude) - 0.5) <= doubt) return exactly(index, requests);
    const rounded = Math.floor(magnitude + 0.5);
    return BigInt(cents < 0 ? -rounded : rounded);
  });
}

/** A curve's cost at a volume, and the size of the terms it was added up from (what its rounding is a share of). */
interface Priced {
  readonly usd: Decimal;
  readonly termsUsd: Decimal;
}

function pricedAt(curve: CostCurve, requests: Decimal): Priced {
  const piece = pieceAt(curve, requests);
  const perRequest = piece.slope.times(requests);
  return { usd: piece.intercept.plus(perRequest), termsUsd: piece.intercept.abs().plus(perRequest.abs()) };
}

/**
 * Whether two costs are one: the same to within the rounding of 40 significant
 * digits of the terms they were added up from. Two curves of the same prices,
 * one derived through 1 ÷ 1.005, came out 10^-40 apart: Lambda and Azure
 * Functions, alike from 1M to 6.67M requests, were said to cross at 1M.
 */
function sameCost(a: Priced, b: Priced): boolean {
  return a.usd.minus(b.usd).abs().lessThanOrEqualTo(a.termsUsd.plus(b.termsUsd).times(TIE));
}

/** The platform whose curve is lowest just above `requests`; the first on a tie. */
export function cheapestAt(curves: readonly CostCurve[], requests: Decimal): PlatformId {
  let best = curves[0]!;
  let bestPriced = pricedAt(best, requests);
  for (const curve of curves.slice(1)) {
    const priced = pricedAt(curve, requests);
    if (priced.usd.lessThan(bestPriced.usd) && !sameCost(priced, bestPriced)) [best, bestPriced] = [curve, priced];
  }
  return best.platform;
}

/**
 * The cheapest over a stretch no two curves cross in: the lowest at its middle;
 * of curves tied there, the lowest at its end, since curves tied at first part
 * without crossing (two providers free up to 1M requests, one the cheaper past
 * its free tier): a tie at the middle that parts before the end was the
 * cheaper one's from the middle on.
 */
function cheapestIn(curves: readonly CostCurve[], from: Decimal, to: Decimal): PlatformId {
  const middle = from.plus(to).dividedBy(2);
  const least = pricedAt(
    curves.find((curve) => curve.platform === cheapestAt(curves, middle))!,
    middle,
  );
  return cheapestAt(
    curves.filter((curve) => sameCost(pricedAt(curve, middle), least)),
    to,
  );
}

/**
 * Which platform is the cheapest where, over [from, to], in order. Between two
 * consecutive crossings no pair of curves changes order, so the cheapest is
 * told once inside each stretch; neighbouring stretches with the same
 * cheapest are one range.
 */
export function cheapestRanges(curves: readonly CostCurve[], crossovers: readonly Crossover[], from: Decimal, to: Decimal): CheapestRange[] {
  const cuts = [from];
  for (const crossover of crossovers) {
    const at = crossover.requestsPerMonth;
    // Two crossings a rounding apart are one (three curves through one point, solved pair by pair, 10^-33 apart):
    // between them a stretch of no width had a cheapest of its own.
    if (at.minus(cuts.at(-1)!).greaterThan(at.times(TIE)) && at.lessThan(to)) cuts.push(at);
  }
  cuts.push(to);
  const ranges: CheapestRange[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const platform = cheapestIn(curves, cuts[i]!, cuts[i + 1]!);
    const last = ranges.at(-1);
    if (last?.platform === platform) ranges[ranges.length - 1] = { ...last, toRequests: cuts[i + 1]! };
    else ranges.push({ platform, fromRequests: cuts[i]!, toRequests: cuts[i + 1]! });
  }
  return ranges;
}

/** Every crossing of every pair of curves, in order of monthly requests. */
export function findCrossovers(curves: readonly CostCurve[]): Crossover[] {
  const found: Crossover[] = [];
  for (let i = 0; i < curves.length; i++) {
    for (let j = i + 1; j < curves.length; j++) found.push(...crossingsOf(curves[i]!, curves[j]!));
  }
  return found.sort((a, b) => a.requestsPerMonth.comparedTo(b.requestsPerMonth));
}

/**
 * Every crossing of two curves. A fleet's curve can have tens of thousands of
 * pieces, so the sign of the difference at each piece end is told in binary
 * floating point, and worked out exactly only where it is within a
 * billionth of the costs of zero (floating point is off by far less than
 * that); where the sign changes, the crossing is solved exactly.
 */
function crossingsOf(a: CostCurve, b: CostCurve): Crossover[] {
  const ax = a.pieces.map(approximately);
  const bx = b.pieces.map(approximately);
  const aEnds = endsOf(a.pieces, ax);
  const bEnds = endsOf(b.pieces, bx);
  const bounds = mergeEnds(aEnds, bEnds);
  const found: Crossover[] = [];
  let lastSign = 0;
  let zeroSince: Decimal | null = null;
  // Walk the difference a − b through each piece of the merged breakpoints, left end then right end.
  let pa = 0;
  let pb = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const left = bounds[i]!;
    const right = bounds[i + 1]!;
    while (compareEnds(aEnds[pa + 1]!, right) < 0) pa++;
    while (compareEnds(bEnds[pb + 1]!, right) < 0) pb++;
    const A = ax[pa]!;
    const B = bx[pb]!;
    let exact: { intercept: Decimal; slope: Decimal } | null = null;
    const exactly = () => (exact ??= { intercept: a.pieces[pa]!.intercept.minus(b.pieces[pb]!.intercept), slope: a.pieces[pa]!.slope.minus(b.pieces[pb]!.slope) });
    for (const [at, inside] of [
      [left, false],
      [right, true],
    ] as const) {
      const value = A.intercept - B.intercept + (A.slope - B.slope) * at.approximately;
      const scale = Math.abs(A.intercept) + Math.abs(B.intercept) + (Math.abs(A.slope) + Math.abs(B.slope)) * Math.abs(at.approximately);
      let sign = Math.sign(value);
      if (!(Math.abs(value) > scale * 1e-9)) {
        const line = exactly();
        const exactValue = line.intercept.plus(line.slope.times(at.exact));
        const size = [a.pieces[pa]!, b.pieces[pb]!].reduce((total, piece) => total.plus(piece.intercept.abs()).plus(piece.slope.times(at.exact).abs()), ZERO);
        sign = exactValue.abs().lessThanOrEqualTo(size.times(TIE)) ? 0 : exactValue.isNegative() ? -1 : 1;
      }
      if (sign === 0) {
        zeroSince ??= at.exact;
        continue;
      }
      if (lastSign !== 0 && sign !== lastSign) {
        // A crossing inside this piece is where its line meets zero; at a fleet step it is the step itself.
        const line = exactly();
        const point = zeroSince ?? (inside && !line.slope.isZero() ? line.intercept.negated().dividedBy(line.slope) : left.exact);
        found.push({ platforms: [a.platform, b.platform], requestsPerMonth: point, cheaperAbove: sign < 0 ? a.platform : b.platform });
      }
      lastSign = sign;
      zeroSince = null;
    }
  }
  return found;
}

function approximately(piece: Piece): Approximately {
  return piece.approximately ?? { from: piece.from.toNumber(), to: piece.to.toNumber(), intercept: piece.intercept.toNumber(), slope: piece.slope.toNumber() };
}

interface End {
  readonly exact: Decimal;
  readonly approximately: number;
}

/** A curve's piece ends in order: its pieces are contiguous and ascending. */
function endsOf(pieces: readonly Piece[], approximations: readonly Approximately[]): End[] {
  return [{ exact: pieces[0]!.from, approximately: approximations[0]!.from }, ...pieces.map((piece, index) => ({ exact: piece.to, approximately: approximations[index]!.to }))];
}

/** Two ascending lists of ends as one, without repeats. */
function mergeEnds(xs: readonly End[], ys: readonly End[]): End[] {
  const merged: End[] = [];
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    const order = i === xs.length ? 1 : j === ys.length ? -1 : compareEnds(xs[i]!, ys[j]!);
    const next = order <= 0 ? xs[i++]! : ys[j++]!;
    if (order === 0) j++;
    if (!merged.length || compareEnds(merged.at(-1)!, next) !== 0) merged.push(next);
  }
  return merged;
}

function compareEnds(x: End, y: End): number {
  return ordered(x.exact, x.approximately, y.exact, y.approximately);
}

/**
 * The order of two volumes, told by their floating-point shadows (each within
 * a few units in the last place of the exact volume) and worked out exactly
 * only where those lie within a billionth of each other.
 */
function ordered(x: Decimal, xApproximately: number, y: Decimal, yApproximately: number): number {
  if (x === y) return 0;
  const gap = xApproximately - yApproximately;
  if (Math.abs(gap) > 1e-9 * Math.max(Math.abs(xApproximately), Math.abs(yApproximately))) return Math.sign(gap);
  return x.comparedTo(y);
}

/** `count` whole monthly-request values from `from` to `to`, evenly spaced on a log scale. */
export function logSpaced(from: Decimal, to: Decimal, count: number): bigint[] {
  const first = BigInt(from.round().toFixed(0));
  if (count === 1) return [first];
  const lo = Math.log10(from.toNumber());
  const hi = Math.log10(to.toNumber());
  const values: bigint[] = [first];
  for (let k = 1; k < count - 1; k++) values.push(BigInt(Math.round(10 ** (lo + ((hi - lo) * k) / (count - 1)))));
  values.push(BigInt(to.round().toFixed(0)));
  return values;
}
