import { INVALID_TYPE, INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError } from "../errors/PlanError.js";
import { fromDay, toDay } from "./_lib/days.js";
import { readLimit } from "./_lib/limits.js";
import { eachIssue, eachPeriod } from "./_lib/periodsOf.js";
import { optionsOf } from "../errors/guards.js";
import type { IsoDate } from "./isoDate.js";
import { checkWindow } from "./makeWindow.js";
import type { Window } from "./window.js";

/**
 * A period of a split window: a day, an ISO week, a month, a quarter, a half-year, a year or a magazine issue.
 *
 * @example
 * ```ts
 * import type { Period } from "cong-doan-ke-hoach";
 *
 * const week: Period = {
 *   key: "2017-W26", start: "2017-07-01", end: "2017-07-02", complete: false,
 *   periodStart: "2017-06-26", periodEnd: "2017-07-02", days: 2, periodDays: 7,
 * };
 * ```
 * @category Calendar
 */
export interface Period {
  /** A stable key: `"2017-07-01"`, `"2017-W27"`, `"2017-08"`, `"2017-Q3"`, or the issue's id. */
  readonly key: string;
  /** The first day of the period inside the window. */
  readonly start: IsoDate;
  /** The last day of the period inside the window. */
  readonly end: IsoDate;
  /** Whether the whole period lies inside the window (false where the window cuts it). */
  readonly complete: boolean;
  /** The first day of the whole period. */
  readonly periodStart: IsoDate;
  /** The last day of the whole period. */
  readonly periodEnd: IsoDate;
  /** Days of the period inside the window. */
  readonly days: number;
  /** Days of the whole period. */
  readonly periodDays: number;
}

/**
 * The periods a window can be split into: calendar days, ISO weeks (Monday to Sunday), calendar months,
 * calendar quarters, half-years and years, or the issues of a magazine's schedule.
 *
 * @example
 * ```ts
 * import type { SplitPer } from "cong-doan-ke-hoach";
 *
 * const per: SplitPer = "week";
 * ```
 * @category Calendar
 */
export type SplitPer = "day" | "week" | "month" | "quarter" | "half-year" | "year" | "issue";

/**
 * One issue of a magazine's schedule: its id and publication date, and optionally the last day it covers
 * (by default the day before the next issue; the last issue of a schedule without `end` covers its own day).
 *
 * @example
 * ```ts
 * import type { Issue } from "cong-doan-ke-hoach";
 *
 * const issue: Issue = { id: "2017-07", start: "2017-07-05" };
 * ```
 * @category Calendar
 */
export interface Issue {
  /** A stable id, used as the period's key. */
  readonly id: string;
  /** The publication date. */
  readonly start: IsoDate;
  /** The last day this issue covers. */
  readonly end?: IsoDate | undefined;
}

/**
 * Options of {@link splitWindow}.
 *
 * @example
 * ```ts
 * import type { SplitWindowOptions } from "cong-doan-ke-hoach";
 *
 * const options: SplitWindowOptions = { issues: [{ id: "so-1", start: "2017-07-05" }] };
 * ```
 * @category Calendar
 */
export interface SplitWindowOptions {
  /** The issue schedule, for `per: "issue"`: in publication order. */
  readonly issues?: readonly Issue[] | undefined;
  /**
   * The most periods to make (default 100,000): a longer split stops, before any work, with a PlanError
   * `too_many_periods`, so that a mistyped year ("9999-12-31") cannot exhaust memory.
   */
  readonly maxPeriods?: number | undefined;
}

const PER: readonly SplitPer[] = ["day", "week", "month", "quarter", "half-year", "year", "issue"];

/**
 * Splits a window into the periods it touches. Days, weeks, months, quarters, half-years and years cover every day of the
 * window exactly once, in order (issues cover the days from each issue to the next, which need not be
 * all); a period that the window cuts has `complete: false` and its `start`/`end` clipped to the
 * window (`periodStart`/`periodEnd` give the whole period). Weeks are ISO weeks with ISO week-years:
 * 2018-12-31 is in `"2019-W01"`.
 *
 * @param window - the window to split.
 * @param per - `"day"`, `"week"`, `"month"`, `"quarter"`, `"half-year"`, `"year"` or `"issue"`.
 * @param options - for `"issue"`, the issue schedule.
 * @returns the periods, frozen. For `"issue"`, the issues whose period touches the window.
 * @throws {@link PlanError} for a malformed window, an unknown `per` (`invalid_value` at `["per"]`), a
 *   malformed issue schedule (dates, order, overlapping issues, duplicate ids), or `too_many_periods` when
 *   the window holds more periods than `options.maxPeriods` (100,000 by default).
 * @example
 * ```ts
 * import { splitWindow } from "cong-doan-ke-hoach";
 *
 * const weeks = splitWindow({ start: "2017-07-01", end: "2018-05-31" }, "week");
 * weeks.length; //=> 49
 * weeks.filter((w) => w.complete).length; //=> 47
 * splitWindow({ start: "2017-08-01", end: "2017-09-30" }, "month").map((m) => m.key); //=> ["2017-08", "2017-09"]
 * ```
 * @category Calendar
 */
export function splitWindow(window: Window, per: SplitPer, options: SplitWindowOptions = {}): readonly Period[] {
  const { start, end } = checkWindow(window);
  if (!PER.includes(per)) {
    throw new PlanError([newIssue(INVALID_VALUE, ["per"], { expected: PER.map((p) => JSON.stringify(p)).join(", "), receivedValue: per })]);
  }
  const first = toDay(start);
  const last = toDay(end);
  const { issues = [], maxPeriods } = optionsOf(options);
  if (!Array.isArray(issues)) throw new PlanError([newIssue(INVALID_TYPE, ["issues"], { expected: "array", received: kindOf(issues) })]);
  const limit = readLimit(maxPeriods, ["maxPeriods"]);
  const periods: Period[] = [];
  const visit = (key: string, periodFirst: number, periodLast: number): void => {
    const from = Math.max(periodFirst, first);
    const to = Math.min(periodLast, last);
    periods.push(
      Object.freeze({
        key,
        start: fromDay(from),
        end: fromDay(to),
        complete: from === periodFirst && to === periodLast,
        periodStart: fromDay(periodFirst),
        periodEnd: fromDay(periodLast),
        days: to - from + 1,
        periodDays: periodLast - periodFirst + 1,
      }),
    );
  };
  if (per === "issue") eachIssue(first, last, issues, limit, visit);
  else eachPeriod(first, last, per, limit, visit);
  return Object.freeze(periods);
}
