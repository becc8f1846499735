import { civilDay } from "./_lib/days.js";

/**
 * An ISO 8601 calendar date, `"YYYY-MM-DD"`, that names a real day (`"2017-02-30"` is not one).
 * Plan dates are calendar dates in Vietnam (UTC+07:00).
 *
 * @example
 * ```ts
 * import type { IsoDate } from "cong-doan-ke-hoach";
 *
 * const issued: IsoDate = "2017-03-09";
 * ```
 * @category Calendar
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is an ISO calendar date string that names a real day, years 0001 to 9999.
 *
 * @param value - anything.
 * @returns `true` for `"2016-02-29"`, `false` for `"2017-02-29"`, `"2017-2-3"` or a `Date`.
 * @example
 * ```ts
 * import { isIsoDate } from "cong-doan-ke-hoach";
 *
 * isIsoDate("2017-08-01"); //=> true
 * isIsoDate("2017-02-30"); //=> false
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * {@link isIsoDate} by character codes, through {@link readDateDay}: for the code that also reads dates as day
 * numbers (windows, issue schedules, the quota checker), so that its bundle carries one date reader, not two.
 *
 * @internal
 */
export function isDateText(value: unknown): value is IsoDate {
  return typeof value === "string" && value.length === 10 && !Number.isNaN(readDateDay(value));
}

/** Two ASCII digits at `i` as a number, or −1 (also past the end of the text). @internal */
export function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The day number of the `"YYYY-MM-DD"` at the start of a text when it names a real day of the years
 * 0001–9999; `NaN` otherwise. Reads character codes: no regular expression, no `Date`.
 *
 * @internal
 */
export function readDateDay(text: string): number {
  const hi = twoDigits(text, 0);
  const lo = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = hi * 100 + lo;
  if (year < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return civilDay(year, month, day);
}

/**
 * The number of days in a month of the proleptic Gregorian calendar.
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A calendar month, `"YYYY-MM"`, such as `"2017-08"`.
 *
 * @example
 * ```ts
 * import type { YearMonth } from "cong-doan-ke-hoach";
 *
 * const reviewMonth: YearMonth = "2018-04";
 * ```
 * @category Calendar
 */
export type YearMonth = string;

/**
 * Tells whether a value is a calendar month string `"YYYY-MM"` (years 0001 to 9999).
 *
 * @param value - anything.
 * @returns `true` for `"2018-04"`, `false` for `"2018-13"` or `"2018-4"`.
 * @example
 * ```ts
 * import { isYearMonth } from "cong-doan-ke-hoach";
 *
 * isYearMonth("2018-04"); //=> true
 * isYearMonth("2018-13"); //=> false
 * ```
 * @category Calendar
 */
export function isYearMonth(value: unknown): value is YearMonth {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1 && month >= 1 && month <= 12;
}
