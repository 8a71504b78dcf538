// A schedule expression's runs in slcost's 730-hour month, as EventBridge reads it.
import { describe, expect, it } from 'vitest';
import { scheduleRuns } from '../../src/load/schedule-runs.js';

describe('scheduleRuns', () => {
  it.each([
    ['rate(1 minute)', 43_800],
    ['rate(5 minutes)', 8_760],
    ['rate(10 minutes)', 4_380],
    ['rate(1 hour)', 730],
    ['rate(5 hours)', 146],
    ['rate(1 day)', 30],
    [' RATE(7 Minutes) ', 6_257],
  ])('counts %s as %i runs', (expression, runs) => {
    expect(scheduleRuns(expression)).toEqual({ runs });
  });

  it.each([
    ['cron(* * * * ? *)', 43_800],
    ['cron(0 * * * ? *)', 730],
    ['cron(0/15 * * * ? *)', 2_920],
    ['cron(0,15,30,45 * * * ? *)', 2_920],
    ['cron(0 0 * * ? *)', 30],
    ['cron(24 14 * * ? *)', 30],
    // Weekdays: 30 on the minute a day's 30 × 24, on 5 of 7 days of 30.42.
    ['cron(0/2 * ? * MON-FRI *)', 15_643],
    ['cron(0 9 ? * 2-6 *)', 22],
    ['cron(0 0 1 * ? *)', 1],
    ['cron(0 0 1,15 * ? *)', 2],
    ['cron(0 0 L * ? *)', 1],
    ['cron(0 0 ? * 2#1 *)', 1],
    ['cron(0 0 1 JAN,JUL ? *)', 0],
    ['cron(0 * * JAN-JUN ? *)', 365],
  ])('counts %s as %i runs', (expression, runs) => {
    expect(scheduleRuns(expression)).toEqual({ runs });
  });

  it('counts a rate EventBridge refuses for its unit, and says so', () => {
    expect(scheduleRuns('rate(5 minute)')).toEqual({ runs: 8_760, note: 'EventBridge refuses a unit in the singular after a number above 1' });
    expect(scheduleRuns('rate(1 hours)')).toEqual({ runs: 730, note: 'EventBridge refuses a unit in the plural after 1' });
  });

  it.each([
    ['rate()', 'is not rate(N minutes | hours | days)'],
    ['rate(0 minutes)', 'runs no time a month: its rate is not a positive whole number'],
    ['rate(1 week)', 'is not rate(N minutes | hours | days)'],
    ['cron(* * * * *)', "has 5 fields, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year)"],
    ['cron(5, 0, 1, *, ?, *)', 'has a minutes, hours or month field that cannot be read'],
    ['cron(0 0 1 * MON *)', 'gives both a day of the month and a day of the week, which EventBridge refuses (one is ?)'],
    ['cron(61 * * * ? *)', 'has a minutes, hours or month field that cannot be read'],
    ['cron(${CronSchedule})', "has 1 fields, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year)"],
    ['at(2026-01-01T00:00:00)', 'runs once, on the date it gives, not every month'],
    ['every minute', 'is neither rate(…) nor cron(…)'],
  ])('says why %s is not counted', (expression, problem) => {
    expect(scheduleRuns(expression)).toEqual({ problem });
  });
});
