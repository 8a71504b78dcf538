// A fleet of identical units (instances, tasks) sized hour by hour for the month's traffic.
import { Decimal, ZERO, max } from './money.js';
import { type MonthProfile, requestsPerHour } from './traffic.js';
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from './units.js';

/** Requests a second in one hour of each group of the month, busiest first. */
export function requestsPerSecond(requestsPerMonth: Decimal, profile: MonthProfile): Decimal[] {
  return profile.groups.map((group) => requestsPerHour(requestsPerMonth, group, profile).dividedBy(SECONDS_PER_HOUR));
}

/**
 * How a fleet ran through a month, as a commitment to so many units an hour
 * sees it: the hours above that many are the ones it does not cover.
 */
export interface FleetRun {
  readonly unitHours: Decimal;
  /** Units in the quietest hour, and in the busiest. */
  readonly lowest: Decimal;
  readonly peak: Decimal;
  /** Unit-hours above `units` running in each hour: what a commitment to `units` an hour leaves to on-demand. */
  hoursAbove(units: Decimal): Decimal;
}

/** `unitHours` spread evenly over the month: the same count every hour. */
export function steadyRun(unitHours: Decimal): FleetRun {
  const units = unitHours.dividedBy(HOURS_PER_MONTH);
  return {
    unitHours,
    lowest: units,
    peak: units,
    hoursAbove: (units) => max(ZERO, unitHours.minus(units.times(HOURS_PER_MONTH))),
  };
}

/**
 * Units running in each hour: `max(min, ceil(requests a second ÷ capacity))`,
 * or, without autoscaling, the busiest hour's count all month. Returns the
 * unit-hours of the month, the peak and lowest counts, and the run they make.
 */
export function fleetHours(
  requestsPerMonth: Decimal,
  profile: MonthProfile,
  capacityPerSecond: Decimal,
  minimum: number,
  autoscaling: boolean,
): { unitHours: Decimal; peak: number; lowest: number; run: FleetRun } {
  const counts = requestsPerSecond(requestsPerMonth, profile).map((rps) => Decimal.max(minimum, rps.dividedBy(capacityPerSecond).ceil()));
  const peak = counts.reduce((a, b) => max(a, b), new Decimal(minimum));
  if (!autoscaling) {
    const unitHours = peak.times(HOURS_PER_MONTH);
    return { unitHours, peak: peak.toNumber(), lowest: peak.toNumber(), run: steadyRun(unitHours) };
  }
  const unitHours = profile.groups.reduce((total, group, index) => total.plus((counts[index] ?? ZERO).times(group.hours)), ZERO);
  const lowest = counts.reduce((a, b) => (b.lessThan(a) ? b : a), peak);
  const run: FleetRun = {
    unitHours,
    lowest,
    peak,
    hoursAbove: (units) => profile.groups.reduce((total, group, index) => total.plus(max(ZERO, (counts[index] ?? ZERO).minus(units)).times(group.hours)), ZERO),
  };
  return { unitHours, peak: peak.toNumber(), lowest: lowest.toNumber(), run };
}
