/**
 * Calendar dates as `YYYY-MM-DD` strings, with no time and no time zone.
 *
 * A renewal deadline is a day on a certificate, not an instant: keeping dates as
 * plain strings means nothing shifts when the user's computer changes time zone.
 */

/** A calendar date in the form `YYYY-MM-DD`. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, with the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2200) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Compares two calendar dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // Zero-padded ISO dates sort the same as text and as time.
  return a < b ? -1 : a > b ? 1 : 0;
}

function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function make(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC arithmetic on a calendar date, no time zone involved). */
export function toDayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The calendar date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return make(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** `date` plus `months`; a day past the end of the target month becomes its last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return make(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The last day of `date`'s month. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const [y, m] = parts(date);
  return make(y, m, daysInMonth(y, m));
}

/** The year of a date. */
export function yearOf(date: CalendarDate): number {
  return parts(date)[0];
}

/** A calendar date from its parts. */
export function calendarDateOf(year: number, month: number, day: number): CalendarDate {
  return make(year, month, day);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Feb 2027": the unambiguous form used in messages, reports and the CLI. */
export function formatLongDate(date: CalendarDate): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The earlier of two dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** "Today" as a calendar date in the computer's own time zone: what the user calls today. */
export function localToday(now: Date = new Date()): CalendarDate {
  return make(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
