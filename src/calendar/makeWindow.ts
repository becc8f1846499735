import { INVALID_DATE, INVALID_MONTH, INVALID_TYPE, INVALID_WINDOW } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { dayOf, fromDay, periodCount, toDay } from "./_lib/days.js";
import { checkLimit, readLimit } from "./_lib/limits.js";
import { optionsOf } from "../errors/guards.js";
import { daysInMonth, isDateText, isYearMonth, type IsoDate, type YearMonth } from "./isoDate.js";
import type { Window } from "./window.js";

/**
 * Makes a checked, frozen {@link Window}.
 *
 * @param start - the first day, included.
 * @param end - the last day, included.
 * @returns `{ start, end }`, frozen.
 * @throws {@link PlanError} `invalid_date` at `["start"]` or `["end"]` for a date that does not exist,
 *   `invalid_window` at `["end"]` when the window ends before it starts. Both problems are reported at once.
 * @example
 * ```ts
 * import { makeWindow } from "cong-doan-ke-hoach";
 *
 * makeWindow("2017-07-01", "2018-05-31"); //=> { start: "2017-07-01", end: "2018-05-31" }
 * ```
 * @category Calendar
 */
export function makeWindow(start: IsoDate, end: IsoDate): Window {
  return windowOf(start, end, []);
}

/** The checked, frozen window from `start` to `end`, its problems reported at `[...at, "start"]` and `[...at, "end"]`. */
function windowOf(start: IsoDate, end: IsoDate, at: readonly (string | number)[]): Window {
  const issues: PlanIssue[] = [];
  if (!isDateText(start)) issues.push(newIssue(INVALID_DATE, [...at, "start"], { value: start }));
  if (!isDateText(end)) issues.push(newIssue(INVALID_DATE, [...at, "end"], { value: end }));
  if (issues.length === 0 && end < start) issues.push(newIssue(INVALID_WINDOW, [...at, "end"], { expected: start, received: end }));
  if (issues.length > 0) throw new PlanError(issues);
  return Object.freeze({ start, end });
}

/**
 * Checks a window that came from elsewhere, as {@link makeWindow} does, its problems reported under `at`.
 *
 * @internal
 */
export function checkWindow(window: Window, at: readonly (string | number)[] = []): Window {
  if (window === null || typeof window !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, [...at], { expected: "object", received: kindOf(window) })]);
  }
  return windowOf(window.start, window.end, at);
}

/**
 * The window of a calendar month.
 *
 * @param month - `"YYYY-MM"`.
 * @returns the first to the last day of the month.
 * @throws {@link PlanError} `invalid_month` when `month` is not a calendar month.
 * @example
 * ```ts
 * import { monthWindow } from "cong-doan-ke-hoach";
 *
 * monthWindow("2018-02"); //=> { start: "2018-02-01", end: "2018-02-28" }
 * ```
 * @category Calendar
 */
export function monthWindow(month: YearMonth): Window {
  if (!isYearMonth(month)) throw new PlanError([newIssue(INVALID_MONTH, [], { value: month })]);
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return Object.freeze({ start: `${month}-01`, end: `${month}-${String(days).padStart(2, "0")}` });
}

/**
 * The number of days in a window, both ends included.
 *
 * @param window - a window.
 * @returns at least 1.
 * @throws {@link PlanError} for a malformed window, as {@link makeWindow}.
 * @example
 * ```ts
 * import { daysInWindow } from "cong-doan-ke-hoach";
 *
 * daysInWindow({ start: "2017-07-01", end: "2018-05-31" }); //=> 335
 * ```
 * @category Calendar
 */
export function daysInWindow(window: Window): number {
  const { start, end } = checkWindow(window);
  return toDay(end) - toDay(start) + 1;
}

/**
 * Every day of a window, in order.
 *
 * @param window - a window.
 * @param options - `maxPeriods`: the most days to list (default 100,000).
 * @returns the ISO dates from start to end, frozen.
 * @throws {@link PlanError} for a malformed window, as {@link makeWindow}; `too_many_periods` for a window
 *   of more than `maxPeriods` days.
 * @example
 * ```ts
 * import { eachDayOfWindow } from "cong-doan-ke-hoach";
 *
 * eachDayOfWindow({ start: "2017-12-30", end: "2018-01-01" }); //=> ["2017-12-30", "2017-12-31", "2018-01-01"]
 * ```
 * @category Calendar
 */
export function eachDayOfWindow(window: Window, options: { readonly maxPeriods?: number | undefined } = {}): readonly IsoDate[] {
  const { start, end } = checkWindow(window);
  checkLimit(toDay(end) - toDay(start) + 1, readLimit(optionsOf(options).maxPeriods, ["options", "maxPeriods"]), "days", "maxPeriods");
  const days: IsoDate[] = [];
  for (let day = toDay(start), last = toDay(end); day <= last; day++) days.push(fromDay(day));
  return Object.freeze(days);
}

/**
 * The calendar months that a window touches, as `"YYYY-MM"`.
 *
 * @param window - a window.
 * @param options - `maxPeriods`: the most months to list (default 100,000).
 * @returns the months in order, frozen.
 * @throws {@link PlanError} for a malformed window, as {@link makeWindow}; `too_many_periods` for a window
 *   that touches more than `maxPeriods` months.
 * @example
 * ```ts
 * import { monthsOfWindow } from "cong-doan-ke-hoach";
 *
 * monthsOfWindow({ start: "2017-08-15", end: "2017-10-01" }); //=> ["2017-08", "2017-09", "2017-10"]
 * ```
 * @category Calendar
 */
export function monthsOfWindow(window: Window, options: { readonly maxPeriods?: number | undefined } = {}): readonly YearMonth[] {
  const { start, end } = checkWindow(window);
  checkLimit(periodCount(toDay(start), toDay(end), "month"), readLimit(optionsOf(options).maxPeriods, ["options", "maxPeriods"]), "months", "maxPeriods");
  const months: YearMonth[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return Object.freeze(months);
}

/**
 * Whether a date lies in a window, both ends included.
 *
 * @param window - a window.
 * @param date - an ISO date.
 * @throws {@link PlanError} for a malformed window or date.
 * @example
 * ```ts
 * import { isWithinWindow } from "cong-doan-ke-hoach";
 *
 * isWithinWindow({ start: "2017-07-01", end: "2018-05-31" }, "2018-05-31"); //=> true
 * ```
 * @category Calendar
 */
export function isWithinWindow(window: Window, date: IsoDate): boolean {
  const { start, end } = checkWindow(window);
  if (!isDateText(date)) throw new PlanError([newIssue(INVALID_DATE, [], { value: date })]);
  return start <= date && date <= end;
}

/**
 * Whether two windows share at least one day.
 *
 * @param a - a window.
 * @param b - another window.
 * @throws {@link PlanError} for a malformed window.
 * @example
 * ```ts
 * import { windowsOverlap } from "cong-doan-ke-hoach";
 *
 * windowsOverlap({ start: "2017-08-01", end: "2017-09-30" }, { start: "2017-09-30", end: "2017-10-31" }); //=> true
 * ```
 * @category Calendar
 */
export function windowsOverlap(a: Window, b: Window): boolean {
  return intersectWindows(a, b) !== undefined;
}

/**
 * The days two windows share.
 *
 * @param a - a window.
 * @param b - another window.
 * @returns the common window, or `undefined` when they share no day.
 * @throws {@link PlanError} for a malformed window.
 * @example
 * ```ts
 * import { intersectWindows } from "cong-doan-ke-hoach";
 *
 * intersectWindows({ start: "2017-07-01", end: "2018-05-31" }, { start: "2018-05-01", end: "2018-07-31" });
 * //=> { start: "2018-05-01", end: "2018-05-31" }
 * ```
 * @category Calendar
 */
export function intersectWindows(a: Window, b: Window): Window | undefined {
  const x = checkWindow(a);
  const y = checkWindow(b);
  const start = x.start > y.start ? x.start : y.start;
  const end = x.end < y.end ? x.end : y.end;
  return start <= end ? Object.freeze({ start, end }) : undefined;
}

/** The window of a year's quarter (1–4). @internal */
export function quarterWindow(year: number, quarter: number): Window {
  const first = (quarter - 1) * 3 + 1;
  return Object.freeze({ start: fromDay(dayOf(year, first, 1)), end: fromDay(dayOf(year, first + 3, 1) - 1) });
}
