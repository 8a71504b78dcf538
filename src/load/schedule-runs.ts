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
export function scheduleRuns(expression: string, thisYear = new Date().getUTCFullYear()): ScheduleRuns {
  const text = expression.trim();
  const rate = /^rate\((.*)\)$/is.exec(text);
  if (rate) return rateRuns(rate[1]!);
  const cron = /^cron\((.*)\)$/is.exec(text);
  if (cron) return cronRuns(cron[1]!, thisYear);
  if (/^at\(/i.test(text)) return { problem: 'runs once, on the date it gives, not every month' };
  return { problem: 'is neither rate(…) nor cron(…)' };
}

function rateRuns(body: string): ScheduleRuns {
  const match = /^\s*(\d+)\s+(minute|hour|day)(s?)\s*$/i.exec(body);
  if (!match) return { problem: 'is not rate(N minutes | hours | days)' };
  const value = Number(match[1]);
  if (value < 1) return { problem: 'runs no time a month: its rate is 0, where EventBridge takes a whole number of 1 or more' };
  // Past a double's whole numbers it is no zero, as it was said to be: it runs less than once in a billion years.
  if (!Number.isSafeInteger(value)) return { problem: 'runs less than once in a billion years: its rate is past any month' };
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

/** A day of the month as the weekdays fall in it: `weekday(day)` is 0 for a Sunday to 6 for a Saturday. */
interface MonthShape {
  readonly days: number;
  weekday(day: number): number;
}

/**
 * The days of one month a day-of-month field names, as EventBridge reads its items: a day past the month's last is
 * none; L is the last day, LW the last weekday, 15W the weekday nearest the 15th (the Friday before a Saturday, the
 * Monday after a Sunday, never outside the month: 1W on a Saturday is the 3rd, and a last day on a Sunday is the
 * Friday before). Null where an item is none of these.
 */
function monthDays(field: string): ((month: MonthShape) => Set<number>) | null {
  const items = field.split(',');
  const special = items.filter((item) => /^(L|LW|\d{1,2}W)$/i.test(item));
  // A set: each item looked up among the special ones in a list made a field's read grow with the square of its items.
  const specialItems = new Set(special);
  const rest = items.filter((item) => !specialItems.has(item));
  const listed = rest.length ? fieldValues(rest.join(','), 1, 31) : new Set<number>();
  if (!listed) return null;
  const nearest = special.filter((item) => /^\d/.test(item)).map((item) => Number(item.slice(0, -1)));
  if (nearest.some((day) => day < 1 || day > 31)) return null;
  return ({ days, weekday }) => {
    const named = new Set([...listed].filter((day) => day <= days));
    const weekdayNear = (day: number) => {
      const on = weekday(day);
      if (on === 6) return day === 1 ? 3 : day - 1;
      if (on === 0) return day === days ? day - 2 : day + 1;
      return day;
    };
    for (const item of special) {
      if (/^L$/i.test(item)) named.add(days);
      else if (/^LW$/i.test(item)) named.add(weekdayNear(days));
      else {
        const day = Number(item.slice(0, -1));
        if (day <= days) named.add(weekdayNear(day));
      }
    }
    return named;
  };
}

/**
 * The days of one month a day-of-week field names (1–7 or SUN–SAT): 2#1 is the first Monday and MON#5 the fifth, in
 * the months that have one; 6L the last Friday; L alone the last day of the week, Saturday. Null where an item is none
 * of these.
 */
function weekDays(field: string): ((month: MonthShape) => Set<number>) | null {
  const items = field.split(',');
  const special = /^([1-7]|[A-Z]{3})(#[1-5]|L)$/i;
  const rest = items.filter((item) => !special.test(item)).map((item) => (/^L$/i.test(item) ? '7' : item));
  const listed = rest.length ? fieldValues(rest.join(','), 1, 7, WEEKDAYS) : new Set<number>();
  if (!listed) return null;
  const once: { weekday: number; nth: number | 'last' }[] = [];
  for (const item of items) {
    const match = special.exec(item);
    if (!match) continue;
    const day = fieldValues(match[1]!, 1, 7, WEEKDAYS);
    if (!day) return null;
    const [weekday] = day;
    once.push({ weekday: weekday! - 1, nth: match[2]!.toUpperCase() === 'L' ? 'last' : Number(match[2]!.slice(1)) });
  }
  return ({ days, weekday }) => {
    const named = new Set<number>();
    for (let day = 1; day <= days; day++) if (listed.has(weekday(day) + 1)) named.add(day);
    for (const { weekday: wanted, nth } of once) {
      const first = 1 + ((wanted - weekday(1) + 7) % 7);
      const day = nth === 'last' ? first + 7 * Math.floor((days - first) / 7) : first + 7 * (nth - 1);
      if (day <= days) named.add(day);
    }
    return named;
  };
}

/**
 * Runs a month of a `cron(…)`, or why it cannot be counted. `thisYear` is the year it is counted in: a year field all
 * of whose years have passed runs no more.
 */
function cronRuns(body: string, thisYear: number): ScheduleRuns {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6)
    return { problem: `has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'}, where EventBridge's cron has 6 (minutes hours day-of-month month day-of-week year)` };
  const [minutesField, hoursField, domField, monthField, dowField, yearField] = fields as [string, string, string, string, string, string];
  // EventBridge refuses a year it cannot read (cron(0 0 * * ? banana) was counted as a daily job).
  const years = fieldValues(yearField, 1970, 2199);
  if (!years) return { problem: 'has a year field that cannot be read (EventBridge takes 1970–2199)' };
  const minutes = fieldValues(minutesField, 0, 59);
  const hours = fieldValues(hoursField, 0, 23);
  const months = fieldValues(monthField, 1, 12, MONTHS);
  if (!minutes || !hours || !months) return { problem: 'has a minutes, hours or month field that cannot be read' };
  const anyDom = domField === '*' || domField === '?';
  const anyDow = dowField === '*' || dowField === '?';
  if (!anyDom && !anyDow) return { problem: 'gives both a day of the month and a day of the week, which EventBridge refuses (one is ?)' };
  const notes: string[] = [];
  // A schedule of years gone was counted as running every month, as was one of a year or two to come.
  const coming = [...years].filter((year) => year >= thisYear);
  if (!coming.length) return { problem: `has a year field (${yearField}) whose years have all passed: it runs no more` };
  if (coming.length < 2199 - thisYear + 1) notes.push(`it runs only in the years its year field names (${yearField}), not every year: counted as a month of one of them`);
  if (anyDom && anyDow && domField === dowField) notes.push(`EventBridge refuses ${domField} in both day fields (one is ?, the other a day or *)`);
  if (dowField.includes('#') && dowField.includes(',')) notes.push('EventBridge refuses a day-of-week field of more than one item when one is an nth weekday (3#1,6#3)');
  const ofMonth = anyDom ? null : monthDays(domField);
  const ofWeek = anyDow ? null : weekDays(dowField);
  if (!anyDom && !ofMonth) return { problem: 'has a day-of-month field that cannot be read' };
  if (!anyDow && !ofWeek) return { problem: 'has a day-of-week field that cannot be read' };
  const named = ofMonth ?? ofWeek;
  // Each month with its first day on each of the seven weekdays, as likely as each other: days named more than once
  // are one run (L and the 31st, 1W and the 1st on a weekday), and the fifth Monday is in the months that have one.
  let days = 0;
  for (const month of months) {
    const length = DAYS_IN_MONTH[month - 1]!;
    for (let first = 0; first < 7; first++) days += named ? named({ days: length, weekday: (day) => (first + day - 1) % 7 }).size : length;
  }
  if (!days) return { problem: 'never runs: none of the months it names has the days it names' };
  const runs = new Decimal(minutes.size * hours.size * days).dividedBy(7 * 12);
  return notes.length ? { runs, note: notes.join('; ') } : { runs };
}

/** Runs a month as they are said: `43,800`, `30.42`, `0.17`, `0.0014`; an average month need not hold a whole number of them. */
export function runsInWords(runs: Decimal): string {
  return groupDigits(runs.greaterThanOrEqualTo('0.01') ? runs.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : runs.toSignificantDigits(2, Decimal.ROUND_HALF_UP));
}

/** `30.42 runs a month`; `1 run a month`, where "the 1 runs a month" was written. */
export function runsAMonth(runs: Decimal): string {
  const words = runsInWords(runs);
  return `${words} ${words === '1' ? 'run' : 'runs'} a month`;
}
