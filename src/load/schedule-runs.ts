// How often a schedule expression runs a function in slcost's month of 730
// hours, as EventBridge (and EventBridge Scheduler) read it:
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
// A scheduled function's invocations are the template's, not a guess: a
// function on `rate(1 minute)` runs 43,800 times a month whatever the usage
// file says, and was priced at zero requests without one. The runs are the
// month's average, exactly, as every other figure of the 730-hour month is: a
// daily job runs 30.41666… times (rounded to 30, its bill was 1.4% short), a
// job on the first of January and July a sixth of a time (rounded, none).

import { Decimal } from '../core/money.js';
import { HOURS_PER_MONTH } from '../core/units.js';
import { groupDigits } from '../core/numbers.js';

export type ScheduleRuns = { readonly runs: Decimal; readonly note?: string } | { readonly problem: string };

const RATE_UNITS: Readonly<Record<string, number>> = { minute: 1, hour: 60, day: 1440 };

/** Runs a month of a `rate(…)` or `cron(…)` expression, or why it cannot be counted (in words, after the expression). */
export function scheduleRuns(expression: string): ScheduleRuns {
  const text = expression.trim();
  const rate = /^rate\((.*)\)$/is.exec(text);
  if (rate) return rateRuns(rate[1]!);
  const cron = /^cron\((.*)\)$/is.exec(text);
  if (cron) return cronRuns(cron[1]!);
  if (/^at\(/i.test(text)) return { problem: 'runs once, on the date it gives, not every month' };
  return { problem: 'is neither rate(…) nor cron(…)' };
}

function rateRuns(body: string): ScheduleRuns {
  const match = /^\s*(\d+)\s+(minute|hour|day)(s?)\s*$/i.exec(body);
  if (!match) return { problem: 'is not rate(N minutes | hours | days)' };
  const value = Number(match[1]);
  if (!Number.isSafeInteger(value) || value < 1) return { problem: 'runs no time a month: its rate is not a positive whole number' };
  const minutes = RATE_UNITS[match[2]!.toLowerCase()]! * value;
  const runs = new Decimal(HOURS_PER_MONTH * 60).dividedBy(minutes);
  // EventBridge refuses rate(5 minute) and rate(1 minutes); what it meant is still counted.
  const plural = match[3] !== '';
  if (plural !== value > 1) return { runs, note: `EventBridge refuses a unit ${plural ? 'in the plural after 1' : 'in the singular after a number above 1'}` };
  return { runs };
}

/** The days of each month in the 365-day year of twelve 730-hour months. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** The values a field's list of `*`, `n`, `a-b` and `…/step` items holds, within min..max; null where one is none of them. */
function fieldValues(field: string, min: number, max: number, names: readonly string[] = []): Set<number> | null {
  const valueOf = (word: string): number | null => {
    const named = names.indexOf(word.toUpperCase());
    if (named >= 0) return named + min;
    if (!/^\d+$/.test(word)) return null;
    const value = Number(word);
    return value >= min && value <= max ? value : null;
  };
  const values = new Set<number>();
  for (const item of field.split(',')) {
    const [range, stepText, extra] = item.split('/');
    if (extra !== undefined || range === undefined) return null;
    const step = stepText === undefined ? 1 : /^\d+$/.test(stepText) ? Number(stepText) : 0;
    if (step < 1) return null;
    let from: number | null;
    let to: number | null;
    if (range === '*') [from, to] = [min, max];
    else if (range.includes('-')) {
      const [a, b, more] = range.split('-');
      if (more !== undefined) return null;
      [from, to] = [valueOf(a!), valueOf(b!)];
    } else {
      from = valueOf(range);
      to = stepText === undefined ? from : max;
    }
    if (from === null || to === null || from > to) return null;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

function cronRuns(body: string): ScheduleRuns {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return { problem: `has ${fields.length} fields, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year)` };
  const [minutesField, hoursField, domField, monthField, dowField, yearField] = fields as [string, string, string, string, string, string];
  // EventBridge refuses a year it cannot read (cron(0 0 * * ? banana) was counted as a daily job).
  if (!fieldValues(yearField, 1970, 2199)) return { problem: 'has a year field that cannot be read (EventBridge takes 1970–2199)' };
  const minutes = fieldValues(minutesField, 0, 59);
  const hours = fieldValues(hoursField, 0, 23);
  const months = fieldValues(monthField, 1, 12, MONTHS);
  if (!minutes || !hours || !months) return { problem: 'has a minutes, hours or month field that cannot be read' };
  const anyDom = domField === '*' || domField === '?';
  const anyDow = dowField === '*' || dowField === '?';
  if (!anyDom && !anyDow) return { problem: 'gives both a day of the month and a day of the week, which EventBridge refuses (one is ?)' };
  // Days a month as a fraction (the month's hours ÷ 24; on k of the 7 weekdays, × k ÷ 7), divided out once at the end: 43,800 stays 43,800.
  let days: { readonly parts: number; readonly partsPerDay: number };
  if (anyDom && anyDow) days = { parts: HOURS_PER_MONTH, partsPerDay: 24 };
  else if (!anyDom) {
    // L, LW and 15W name one day a month each. A day named twice is one run: L,L and 15W,015W are one day, and L is the 31st
    // where a month has one (L,31 ran twice on the 31st of January).
    const items = domField.split(',');
    const last = items.some((item) => /^L$/i.test(item));
    const weekdays = new Set(items.filter((item) => /^(LW|\d{1,2}W)$/i.test(item)).map((item) => (/^LW$/i.test(item) ? 'LW' : `${Number(item.slice(0, -1))}W`)));
    const rest = items.filter((item) => !/^(L|LW|\d{1,2}W)$/i.test(item));
    const listed = rest.length ? fieldValues(rest.join(','), 1, 31) : new Set<number>();
    if (!listed) return { problem: 'has a day-of-month field that cannot be read' };
    // A day past a month's last (the 31st in April, the 29th in February of the 365-day year 12 × 730 hours make) is no run that month.
    const daysMonthed = [...months].reduce((total, month) => {
      const monthDays = DAYS_IN_MONTH[month - 1]!;
      const named = [...listed].filter((day) => day <= monthDays).length;
      return total + named + weekdays.size + (last && !listed.has(monthDays) ? 1 : 0);
    }, 0);
    days = { parts: daysMonthed, partsPerDay: months.size };
  } else {
    // 2#1 (the first Monday) and 6L (the last Friday) name one day a month each. A day named twice is one run: 2#1,MON#1 is
    // one Monday, and MON#1,MON no more Mondays than MON (each was counted again).
    const items = dowField.split(',');
    const special = /^([1-7]|[A-Z]{3})(#[1-5]|L)$/i;
    const rest = items.filter((item) => !special.test(item));
    const listed = rest.length ? fieldValues(rest.join(','), 1, 7, WEEKDAYS) : new Set<number>();
    if (!listed) return { problem: 'has a day-of-week field that cannot be read' };
    const onceDays = new Set<string>();
    for (const item of items) {
      const match = special.exec(item);
      if (!match) continue;
      const day = fieldValues(match[1]!, 1, 7, WEEKDAYS);
      if (!day) return { problem: 'has a day-of-week field that cannot be read' };
      const [weekday] = day;
      if (!listed.has(weekday!)) onceDays.add(`${weekday}${match[2]!.toUpperCase()}`);
    }
    const once = onceDays.size;
    days = { parts: HOURS_PER_MONTH * listed.size + once * 24 * 7, partsPerDay: 24 * 7 };
  }
  return { runs: new Decimal(minutes.size * hours.size * months.size * days.parts).dividedBy(days.partsPerDay * 12) };
}

/** Runs a month as they are said: `43,800`, `30.42`, `0.17`, `0.0014`; an average month need not hold a whole number of them. */
export function runsInWords(runs: Decimal): string {
  return groupDigits(runs.greaterThanOrEqualTo('0.01') ? runs.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : runs.toSignificantDigits(2, Decimal.ROUND_HALF_UP));
}
