// How a month's requests spread over its 730 hours. The shape never changes
// the monthly total; it decides the busiest hours, which is what provisioned
// concurrency (and, later, a container fleet) is sized against. Hours of equal
// load are grouped, so that the engine works per group, not per hour.
import { Decimal } from './money.js';
import type { TrafficShape } from './types.js';
import { HOURS_PER_MONTH } from './units.js';

const HOURS_PER_DAY = 24;

export interface HourGroup {
  /** Relative load of each hour in the group. */
  readonly weight: Decimal;
  readonly hours: number;
}

export interface MonthProfile {
  /** Busiest first; the hours add up to 730. */
  readonly groups: readonly HourGroup[];
  /** Sum of weight × hours over the groups: an hour's share of the month is weight / totalWeight. */
  readonly totalWeight: Decimal;
  /** The same hours in the month's order: what depends on the order (environments started as traffic climbs) reads these. */
  readonly runs: readonly HourRun[];
}

/** The relative load of an hour, as one of a few Decimal objects per shape, so that equal hours are the same object. */
function weightOfHour(shape: TrafficShape): (hour: number) => Decimal {
  const one = new Decimal(1);
  switch (shape.pattern) {
    case 'steady':
      return () => one;
    case 'diurnal': {
      // Busy hours sit in the middle of the day at `peakToAverage` times the day's
      // average; the quiet hours share what is left. Both weights are scaled by
      // (24 − busy hours) so that they stay exact decimals.
      const firstBusy = Math.floor((HOURS_PER_DAY - shape.busyHoursPerDay) / 2);
      const busy = shape.peakToAverage.times(HOURS_PER_DAY - shape.busyHoursPerDay);
      const quiet = new Decimal(HOURS_PER_DAY).minus(shape.peakToAverage.times(shape.busyHoursPerDay));
      return (hour) => {
        const hourOfDay = hour % HOURS_PER_DAY;
        return hourOfDay >= firstBusy && hourOfDay < firstBusy + shape.busyHoursPerDay ? busy : quiet;
      };
    }
    case 'spiky':
      // Event days come first in the month; only their number matters to the cost.
      return (hour) => (Math.floor(hour / HOURS_PER_DAY) < shape.eventDays ? shape.eventMultiplier : one);
    case 'custom':
      return (hour) => shape.hourlyWeights[hour % HOURS_PER_DAY] ?? one;
  }
}

/** Traffic spread evenly over the month. */
export const STEADY: TrafficShape = { pattern: 'steady' };

/** `compute` once per shape: shapes are immutable values, and those written alike are one (see canonical). */
function perShape<T>(compute: (shape: TrafficShape) => T): (shape: TrafficShape) => T {
  const known = new WeakMap<TrafficShape, T>();
  return (given) => {
    const shape = canonical(given);
    let value = known.get(shape);
    if (value === undefined) known.set(shape, (value = compute(shape)));
    return value;
  };
}

export const monthProfile: (shape: TrafficShape) => MonthProfile = perShape(profileOf);

/** Shapes written alike are one shape: a thousand scenarios of the same day share one profile and one set of shares. */
function canonical(shape: TrafficShape): TrafficShape {
  if (shape.pattern === 'steady') return STEADY;
  const key = keyOf(shape);
  let same = shapes.get(key);
  if (!same) shapes.set(key, (same = shape));
  return same;
}

const shapes = new Map<string, TrafficShape>();

function keyOf(shape: Exclude<TrafficShape, { pattern: 'steady' }>): string {
  switch (shape.pattern) {
    case 'diurnal':
      return `diurnal ${shape.busyHoursPerDay} ${shape.peakToAverage.toString()}`;
    case 'spiky':
      return `spiky ${shape.eventDays} ${shape.eventMultiplier.toString()}`;
    case 'custom':
      return `custom ${shape.hourlyWeights.map((weight) => weight.toString()).join(' ')}`;
  }
}

function profileOf(shape: TrafficShape): MonthProfile {
  // One group of 730 hours of weight 1, as the loop below would find, without its 730 steps.
  if (shape.pattern === 'steady') return { groups: [{ weight: new Decimal(1), hours: HOURS_PER_MONTH }], totalWeight: new Decimal(HOURS_PER_MONTH), runs: hourRuns(shape) };
  const weightOf = weightOfHour(shape);
  const counts = new Map<Decimal, number>();
  for (let hour = 0; hour < HOURS_PER_MONTH; hour++) {
    const weight = weightOf(hour);
    counts.set(weight, (counts.get(weight) ?? 0) + 1);
  }
  // Equal weights can still be distinct objects (custom shapes): merge them by value.
  const merged = new Map<string, HourGroup>();
  for (const [weight, hours] of counts) {
    const key = weight.toFixed();
    const previous = merged.get(key);
    merged.set(key, { weight, hours: hours + (previous?.hours ?? 0) });
  }
  const groups = [...merged.values()].sort((a, b) => b.weight.comparedTo(a.weight));
  const totalWeight = groups.reduce((total, group) => total.plus(group.weight.times(group.hours)), new Decimal(0));
  return { groups, totalWeight, runs: hourRuns(shape) };
}

/** Consecutive hours of the month that each get the same share of its requests. */
export interface HourRun {
  readonly share: number;
  readonly hours: number;
}

/**
 * The month in order, first hour first, as runs of consecutive hours of equal
 * share: what depends on the order (environments started as traffic climbs)
 * works per run, not per hour. Steady traffic is one run; a diurnal day two.
 */
export const hourRuns: (shape: TrafficShape) => readonly HourRun[] = perShape(runsOfShape);

function runsOfShape(shape: TrafficShape): readonly HourRun[] {
  // Every hour the same: 730 hours that each get 1/730, as the loop below would find, without its 730 steps.
  if (shape.pattern === 'steady') return [{ share: 1 / HOURS_PER_MONTH, hours: HOURS_PER_MONTH }];
  const weightOf = weightOfHour(shape);
  // A shape has a few distinct weight objects: convert each once, not 730 times.
  const asNumber = new Map<Decimal, number>();
  const runs: { weight: number; hours: number }[] = [];
  let total = 0;
  for (let hour = 0; hour < HOURS_PER_MONTH; hour++) {
    const weightObject = weightOf(hour);
    let weight = asNumber.get(weightObject);
    if (weight === undefined) asNumber.set(weightObject, (weight = weightObject.toNumber()));
    total += weight;
    const last = runs.at(-1);
    if (last && last.weight === weight) last.hours++;
    else runs.push({ weight, hours: 1 });
  }
  return runs.map((run) => ({ share: total > 0 ? run.weight / total : 0, hours: run.hours }));
}

/** Each hour's share of the month, in order from the first hour: the runs, hour by hour. */
export function hourShares(shape: TrafficShape): number[] {
  return hourRuns(shape).flatMap((run) => Array<number>(run.hours).fill(run.share));
}

/** Requests in one hour of `group` when the month has `requestsPerMonth`. */
export function requestsPerHour(requestsPerMonth: Decimal, group: HourGroup, profile: MonthProfile): Decimal {
  return requestsPerMonth.times(group.weight).dividedBy(profile.totalWeight);
}
