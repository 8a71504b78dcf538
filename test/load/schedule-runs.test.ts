// A schedule expression's runs in slcost's 730-hour month, as EventBridge reads it.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { runsAMonth, runsInWords, scheduleRuns } from '../../src/load/schedule-runs.js';

describe('scheduleRuns', () => {
  // The runs are the 730-hour month's average, exactly: a fraction where a month holds no whole number of them.
  const runsOf = (expression: string) => {
    const counted = scheduleRuns(expression, 2026);
    if (!('runs' in counted)) throw new Error(counted.problem);
    return counted.runs;
  };

  it.each([
    ['rate(1 minute)', 43_800, 1],
    ['rate(5 minutes)', 8_760, 1],
    ['rate(10 minutes)', 4_380, 1],
    ['rate(1 hour)', 730, 1],
    ['rate(5 hours)', 146, 1],
    // 730 hours ÷ 24: 30.41666… (a daily job was counted 30 times, its bill 1.4% short).
    ['rate(1 day)', 730, 24],
    [' RATE(7 Minutes) ', 43_800, 7],
  ])('counts %s as %i ÷ %i runs', (expression, numerator, denominator) => {
    expect(runsOf(expression).toFixed()).toBe(new Decimal(numerator).dividedBy(denominator).toFixed());
    expect(scheduleRuns(expression)).not.toHaveProperty('note');
  });

  it.each([
    ['cron(* * * * ? *)', 43_800, 1],
    ['cron(0 * * * ? *)', 730, 1],
    ['cron(0/15 * * * ? *)', 2_920, 1],
    ['cron(0,15,30,45 * * * ? *)', 2_920, 1],
    ['cron(0 0 * * ? *)', 730, 24],
    ['cron(24 14 * * ? *)', 730, 24],
    // Weekdays: 30 a hour, 24 hours, on 5 of 7 days of 730 ÷ 24: 30 × 24 × 5 × 730 ÷ (7 × 24) = 15,642.857….
    ['cron(0/2 * ? * MON-FRI *)', 30 * 5 * 730, 7],
    ['cron(0 9 ? * 2-6 *)', 5 * 730, 7 * 24],
    ['cron(0 0 1 * ? *)', 1, 1],
    ['cron(0 0 1,15 * ? *)', 2, 1],
    ['cron(0 0 L * ? *)', 1, 1],
    ['cron(0 0 ? * 2#1 *)', 1, 1],
    // Two runs a year: a sixth of a run in an average month, which whole was none.
    ['cron(0 0 1 JAN,JUL ? *)', 2, 12],
    // The 181 days of January to June, every hour, over the twelve months: each was counted as a 730-hour month, February's 28 days too.
    ['cron(0 * * JAN-JUN ? *)', 181 * 24, 12],
    ['cron(0 0 * FEB ? *)', 28, 12],
    // The 31st is in seven months of twelve; the 30th in eleven; the 29th of February is not in a 365-day year.
    ['cron(0 0 31 * ? *)', 7, 12],
    ['cron(0 0 30 * ? *)', 11, 12],
    // L is the 31st of January: one run that day, not two.
    ['cron(0 0 L,31 JAN-FEB ? *)', 2, 12],
    // A day named twice is one run: each was counted again.
    ['cron(0 0 L,L * ? *)', 1, 1],
    ['cron(0 0 31,L * ? *)', 12, 12],
    ['cron(0 0 15W,15w * ? *)', 1, 1],
    ['cron(0 0 ? * 2#1,MON#1 *)', 1, 1],
    ['cron(0 0 ? * 6L,fril *)', 1, 1],
    ['cron(0 0 ? * MON#1,MON *)', 730, 7 * 24],
    ['cron(0 0 ? * 2#1,3#1 *)', 2, 1],
    // A year EventBridge reads: the months' runs as before.
    ['cron(0 0 1 JAN ? 2026,2030-2199/2)', 1, 12],
  ])('counts %s as %i ÷ %i runs', (expression, numerator, denominator) => {
    expect(runsOf(expression).toFixed()).toBe(new Decimal(numerator).dividedBy(denominator).toFixed());
  });

  it('keeps a whole month whole: every minute of the month is 43,800 runs, not 43,800 and a rounding', () => {
    for (const expression of ['rate(1 minute)', 'cron(* * * * ? *)', 'cron(0/1 * ? * 1-7 *)']) expect(runsOf(expression).toFixed()).toBe('43800');
  });

  it('says runs in words as the month holds them', () => {
    expect(['rate(1 minute)', 'rate(1 day)', 'cron(0 0 1 JAN,JUL ? *)', 'cron(0 0 1 JAN ? *)'].map((expression) => runsInWords(runsOf(expression)))).toEqual([
      '43,800',
      '30.42',
      '0.17',
      '0.08',
    ]);
    expect(runsInWords(new Decimal('0.0013888'))).toBe('0.0014');
  });

  it('says one run a month as one run, where it was "1 runs a month"', () => {
    expect(runsAMonth(runsOf('cron(0 0 LW * ? *)'))).toBe('1 run a month');
    expect(runsAMonth(new Decimal('0.999'))).toBe('1 run a month');
    expect(runsAMonth(runsOf('rate(1 day)'))).toBe('30.42 runs a month');
    expect(runsAMonth(new Decimal('0.35'))).toBe('0.35 runs a month');
  });

  it.each([
    // The weekday nearest the 1st is the 1st itself on five days of seven: one run then, two when the 1st is a weekend day (each was two).
    ['cron(0 0 1W,1 * ? *)', 9, 7],
    ['cron(0 0 L,LW * ? *)', 9, 7],
    // A fifth Monday is in a 31-day month when it starts on a Saturday, Sunday or Monday, in a 30-day one on a Sunday or Monday, never in February: 7 × 3 + 4 × 2 times in 84 (it was every month).
    ['cron(0 0 ? * MON#5 *)', 7 * 3 + 4 * 2, 84],
    ['cron(0 0 ? * 2#4 *)', 1, 1],
    // The weekday nearest the 31st is in the seven months that have one.
    ['cron(0 0 31W * ? *)', 7, 12],
    // L alone in the day-of-week field is the last day of the week, Saturday (it was not counted).
    ['cron(0 0 ? * L *)', 365, 84],
    ['cron(0 0 ? * L,SUN *)', 2 * 365, 84],
  ])('counts %s as %i ÷ %i runs, as the weekdays fall', (expression, numerator, denominator) => {
    expect(runsOf(expression).toFixed()).toBe(new Decimal(numerator).dividedBy(denominator).toFixed());
  });

  it('says a year field that leaves years out, and both day fields * or ?, beside the runs (each was counted as every month without a word)', () => {
    expect(scheduleRuns('cron(0 0 1 * ? 2026-2030)', 2026)).toEqual({
      runs: new Decimal(1),
      note: 'it runs only in the years its year field names (2026-2030), not every year: counted as a month of one of them',
    });
    expect(scheduleRuns('cron(0 0 1 * ? 2020-2199)', 2026)).toEqual({ runs: new Decimal(1) });
    expect(scheduleRuns('cron(0 0 * * * *)', 2026)).toHaveProperty('note', 'EventBridge refuses * in both day fields (one is ?, the other a day or *)');
    expect(scheduleRuns('cron(0 0 ? * ? *)', 2026)).toHaveProperty('note', 'EventBridge refuses ? in both day fields (one is ?, the other a day or *)');
    expect(scheduleRuns('cron(0 0 ? * 3#1,6#3 *)', 2026)).toEqual({
      runs: new Decimal(2),
      note: 'EventBridge refuses a day-of-week field of more than one item when one is an nth weekday (3#1,6#3)',
    });
  });

  it('counts a rate EventBridge refuses for its unit, and says so', () => {
    expect(runsOf('rate(5 minute)').toFixed()).toBe('8760');
    expect(scheduleRuns('rate(5 minute)')).toHaveProperty('note', 'EventBridge refuses a unit in the singular after a number above 1');
    expect(runsOf('rate(1 hours)').toFixed()).toBe('730');
    expect(scheduleRuns('rate(1 hours)')).toHaveProperty('note', 'EventBridge refuses a unit in the plural after 1');
  });

  it.each([
    ['rate()', 'is not rate(N minutes | hours | days)'],
    ['rate(0 minutes)', 'runs no time a month: its rate is 0, where EventBridge takes a whole number of 1 or more'],
    ['rate(00 hours)', 'runs no time a month: its rate is 0, where EventBridge takes a whole number of 1 or more'],
    // It was "not a positive whole number", which it is.
    ['rate(99999999999999999999 minutes)', 'runs less than once in a billion years: its rate is past any month'],
    ['rate(1 week)', 'is not rate(N minutes | hours | days)'],
    ['cron(* * * * *)', "has 5 fields, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year)"],
    ['cron(5, 0, 1, *, ?, *)', 'has a minutes, hours or month field that cannot be read'],
    ['cron(0 0 * * ? banana)', 'has a year field that cannot be read (EventBridge takes 1970–2199)'],
    ['cron(0 0 * * ? 1969)', 'has a year field that cannot be read (EventBridge takes 1970–2199)'],
    ['cron(0 0 29-31 FEB ? *)', 'never runs: none of the months it names has the days it names'],
    ['cron(0 0 31 APR,JUN,SEP,NOV ? *)', 'never runs: none of the months it names has the days it names'],
    ['cron(0 0 * * ? 2019)', 'has a year field (2019) whose years have all passed: it runs no more'],
    ['cron(0 0 * * ? 1999-2025)', 'has a year field (1999-2025) whose years have all passed: it runs no more'],
    ['cron(0 0 32W * ? *)', 'has a day-of-month field that cannot be read'],
    ['cron(0 0 0W * ? *)', 'has a day-of-month field that cannot be read'],
    ['cron(0 0 ? * MON#6 *)', 'has a day-of-week field that cannot be read'],
    ['cron(0 0 1 * MON *)', 'gives both a day of the month and a day of the week, which EventBridge refuses (one is ?)'],
    ['cron(61 * * * ? *)', 'has a minutes, hours or month field that cannot be read'],
    ['cron(${CronSchedule})', "has 1 field, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year)"],
    ['at(2026-01-01T00:00:00)', 'runs once, on the date it gives, not every month'],
    ['every minute', 'is neither rate(…) nor cron(…)'],
  ])('says why %s is not counted', (expression, problem) => {
    expect(scheduleRuns(expression, 2026)).toEqual({ problem });
  });
});
