// How a month's requests spread over its 730 hours. The shape never changes
// the monthly total; it decides the busiest hours, which is what provisioned
// concurrency (and, later, a container fleet) is sized against.
import { Decimal, sum } from '../model/money.js';
import type { TrafficShape } from '../model/types.js';
import { HOURS_PER_MONTH } from './units.js';

const HOURS_PER_DAY = 24;

/** Relative weight of each hour of the month (730 values, not normalised). */
export function hourlyWeights(shape: TrafficShape): Decimal[] {
  const one = new Decimal(1);
  const weights: Decimal[] = [];
  for (let hour = 0; hour < HOURS_PER_MONTH; hour++) {
    const hourOfDay = hour % HOURS_PER_DAY;
    const day = Math.floor(hour / HOURS_PER_DAY);
    switch (shape.pattern) {
      case 'steady':
        weights.push(one);
        break;
      case 'diurnal': {
        // Busy hours sit in the middle of the day at `peakToAverage` times the day's
        // average; the quiet hours share what is left. Both weights are scaled by
        // (24 - busy hours) so that they stay exact decimals.
        const firstBusy = Math.floor((HOURS_PER_DAY - shape.busyHoursPerDay) / 2);
        const busy = hourOfDay >= firstBusy && hourOfDay < firstBusy + shape.busyHoursPerDay;
        weights.push(
          busy
            ? shape.peakToAverage.times(HOURS_PER_DAY - shape.busyHoursPerDay)
            : new Decimal(HOURS_PER_DAY).minus(shape.peakToAverage.times(shape.busyHoursPerDay)),
        );
        break;
      }
      case 'spiky':
        // Event days come first in the month; only their number matters to the cost.
        weights.push(day < shape.eventDays ? shape.eventMultiplier : one);
        break;
      case 'custom':
        weights.push(shape.hourlyWeights[hourOfDay] ?? one);
        break;
    }
  }
  return weights;
}

/** Requests in each hour of the month for a monthly total. */
export function hourlyRequests(requestsPerMonth: Decimal, weights: readonly Decimal[]): Decimal[] {
  const total = sum(weights);
  return weights.map((weight) => requestsPerMonth.times(weight).dividedBy(total));
}

/** Indices of the `count` busiest hours, earliest first among equals. */
export function busiestHours(weights: readonly Decimal[], count: number): number[] {
  return weights
    .map((weight, hour) => ({ weight, hour }))
    .sort((a, b) => b.weight.comparedTo(a.weight) || a.hour - b.hour)
    .slice(0, count)
    .map((entry) => entry.hour);
}
