// A fleet of identical units (instances, tasks) sized hour by hour for the month's traffic.
import { Decimal, ZERO, max } from './money.js';
import { type MonthProfile, requestsPerHour } from './traffic.js';
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from './units.js';

/** Requests a second in one hour of each group of the month, busiest first. */
export function requestsPerSecond(requestsPerMonth: Decimal, profile: MonthProfile): Decimal[] {
  return profile.groups.map((group) => requestsPerHour(requestsPerMonth, group, profile).dividedBy(SECONDS_PER_HOUR));
}

/**
 * Units running in each hour: `max(min, ceil(requests a second ÷ capacity))`,
 * or, without autoscaling, the busiest hour's count all month. Returns the
 * unit-hours of the month and the peak count.
 */
export function fleetHours(
  requestsPerMonth: Decimal,
  profile: MonthProfile,
  capacityPerSecond: Decimal,
  minimum: number,
  autoscaling: boolean,
): { unitHours: Decimal; peak: number; lowest: number } {
  const counts = requestsPerSecond(requestsPerMonth, profile).map((rps) => Decimal.max(minimum, rps.dividedBy(capacityPerSecond).ceil()));
  const peak = counts.reduce((a, b) => max(a, b), new Decimal(minimum));
  if (!autoscaling) return { unitHours: peak.times(HOURS_PER_MONTH), peak: peak.toNumber(), lowest: peak.toNumber() };
  const unitHours = profile.groups.reduce((total, group, index) => total.plus((counts[index] ?? ZERO).times(group.hours)), ZERO);
  const lowest = counts.reduce((a, b) => (b.lessThan(a) ? b : a), peak);
  return { unitHours, peak: peak.toNumber(), lowest: lowest.toNumber() };
}
