// How the 730-hour month lies over days, as the README states it: 30 days and hours 0–9 of a 31st, a traffic
// shape's day repeated over them; diurnal busy hours in the middle of each day; spiky event days first.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { hourShares, monthProfile } from '../../src/core/traffic.js';

const hoursOf = (profile: ReturnType<typeof monthProfile>) => profile.groups.map((group) => [group.weight.toString(), group.hours]);

describe('the month of 730 hours, day by day', () => {
  it('custom weights: hours 0–9 of the day come 31 times, hours 10–23 30 times', () => {
    // Weight 1 on hour 9 of the day and 2 on hour 10, none elsewhere: 31 hours of weight 1, 30 of weight 2, 669 of none.
    const hourlyWeights = Array.from({ length: 24 }, (_, hour) => new Decimal(hour === 9 ? 1 : hour === 10 ? 2 : 0));
    expect(hoursOf(monthProfile({ pattern: 'custom', hourlyWeights }))).toEqual([
      ['2', 30],
      ['1', 31],
      ['0', 669],
    ]);
  });

  it('diurnal: 8 busy hours are hours 8–15 of each day, 242 of the month (30 × 8, and hours 8 and 9 of the 31st)', () => {
    const shares = hourShares({ pattern: 'diurnal', busyHoursPerDay: 8, peakToAverage: new Decimal(3) });
    const busiest = Math.max(...shares);
    expect(shares.filter((share) => share === busiest)).toHaveLength(242);
    // The 31st day's hours are the month's last ten: 00:00–07:59 quiet, 08:00–09:59 busy.
    expect(shares.slice(720).map((share) => share === busiest)).toEqual([false, false, false, false, false, false, false, false, true, true]);
    expect(
      shares
        .slice(0, 24)
        .map((share, hour) => (share === busiest ? hour : -1))
        .filter((hour) => hour >= 0),
    ).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('diurnal: an odd count starts at hour ⌊(24 − busy hours) ÷ 2⌋: 5 busy hours are hours 9–13, 151 of the month (30 × 5, and hour 9 of the 31st)', () => {
    const shares = hourShares({ pattern: 'diurnal', busyHoursPerDay: 5, peakToAverage: new Decimal(3) });
    const busiest = Math.max(...shares);
    expect(shares.filter((share) => share === busiest)).toHaveLength(151);
    expect(
      shares
        .slice(0, 24)
        .map((share, hour) => (share === busiest ? hour : -1))
        .filter((hour) => hour >= 0),
    ).toEqual([9, 10, 11, 12, 13]);
  });

  it('spiky: the event days are the first days of the month, whole days of 24 hours', () => {
    const shares = hourShares({ pattern: 'spiky', eventDays: 3, eventMultiplier: new Decimal(10) });
    const busiest = Math.max(...shares);
    expect(shares.findIndex((share) => share !== busiest)).toBe(72);
    expect(shares.filter((share) => share === busiest)).toHaveLength(72);
  });
});
