import { DUPLICATE_ID, INVALID_DATE, INVALID_TYPE, INVALID_VALUE, INVALID_WINDOW } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { dayOf, fromDay, isoWeek, isoWeekday, pad, partsOf, periodCount, toDay } from "./_lib/days.js";
import { checkLimit, readLimit } from "./_lib/limits.js";
import { optionsOf } from "../errors/guards.js";
import { isIsoDate, type IsoDate } from "./isoDate.js";
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
  if (per === "issue") {
    checkLimit(issues.length, limit, "issues", "maxPeriods");
    return Object.freeze(issuePeriods(first, last, issues));
  }
  checkLimit(periodCount(first, last, per), limit, `${per}s`, "maxPeriods");
  const periods: Period[] = [];
  for (let day = first; day <= last; ) {
    const [key, periodFirst, periodLast] = periodOf(day, per);
    periods.push(period(key, periodFirst, periodLast, first, last));
    day = periodLast + 1;
  }
  return Object.freeze(periods);
}

function period(key: string, periodFirst: number, periodLast: number, first: number, last: number): Period {
  const from = Math.max(periodFirst, first);
  const to = Math.min(periodLast, last);
  return Object.freeze({
    key,
    start: fromDay(from),
    end: fromDay(to),
    complete: from === periodFirst && to === periodLast,
    periodStart: fromDay(periodFirst),
    periodEnd: fromDay(periodLast),
    days: to - from + 1,
    periodDays: periodLast - periodFirst + 1,
  });
}

/** The key and the first and last day numbers of the period of a kind that holds a day. */
function periodOf(day: number, per: Exclude<SplitPer, "issue">): [string, number, number] {
  switch (per) {
    case "day":
      return [fromDay(day), day, day];
    case "week": {
      const monday = day - isoWeekday(day) + 1;
      const { year, week } = isoWeek(day);
      return [`${String(year).padStart(4, "0")}-W${pad(week)}`, monday, monday + 6];
    }
    case "month": {
      const { year, month } = partsOf(day);
      return [`${String(year).padStart(4, "0")}-${pad(month)}`, dayOf(year, month, 1), dayOf(year, month + 1, 1) - 1];
    }
    case "quarter": {
      const { year, month } = partsOf(day);
      const quarter = Math.floor((month - 1) / 3) + 1;
      const firstMonth = (quarter - 1) * 3 + 1;
      return [`${String(year).padStart(4, "0")}-Q${quarter}`, dayOf(year, firstMonth, 1), dayOf(year, firstMonth + 3, 1) - 1];
    }
    case "half-year": {
      const { year, month } = partsOf(day);
      const half = month <= 6 ? 1 : 2;
      return [`${String(year).padStart(4, "0")}-H${half}`, dayOf(year, half === 1 ? 1 : 7, 1), dayOf(year, half === 1 ? 7 : 13, 1) - 1];
    }
    case "year": {
      const { year } = partsOf(day);
      return [String(year).padStart(4, "0"), dayOf(year, 1, 1), dayOf(year + 1, 1, 1) - 1];
    }
  }
}

function issuePeriods(first: number, last: number, issues: readonly Issue[]): Period[] {
  const problems: PlanIssue[] = [];
  const seen = new Set<string>();
  issues.forEach((issue, i) => {
    if (typeof issue?.id !== "string" || issue.id === "") problems.push(newIssue(INVALID_TYPE, ["issues", i, "id"], { expected: "string", received: kindOf(issue?.id) }));
    else if (seen.has(issue.id)) problems.push(newIssue(DUPLICATE_ID, ["issues", i, "id"], { kind: "issue", kindVi: "số báo", id: issue.id }));
    else seen.add(issue.id);
    if (!isIsoDate(issue?.start)) problems.push(newIssue(INVALID_DATE, ["issues", i, "start"], { value: issue?.start }));
    else if (i > 0 && isIsoDate(issues[i - 1]?.start) && issue.start <= issues[i - 1]!.start) {
      problems.push(newIssue(INVALID_WINDOW, ["issues", i, "start"], { expected: `after ${issues[i - 1]!.start}`, received: issue.start }));
    }
    if (issue?.end !== undefined && (!isIsoDate(issue.end) || (isIsoDate(issue.start) && issue.end < issue.start))) {
      problems.push(newIssue(isIsoDate(issue.end) ? INVALID_WINDOW : INVALID_DATE, ["issues", i, "end"], { value: issue.end, expected: issue.start, receivedValue: issue.end }));
    } else if (issue?.end !== undefined && isIsoDate(issues[i + 1]?.start) && issue.end >= issues[i + 1]!.start) {
      // Issues may not overlap: a day would count for two issues.
      problems.push(newIssue(INVALID_WINDOW, ["issues", i, "end"], { expected: `before ${issues[i + 1]!.start}`, received: issue.end }));
    }
  });
  if (problems.length > 0) throw new PlanError(problems);
  const periods: Period[] = [];
  issues.forEach((issue, i) => {
    const periodFirst = toDay(issue.start);
    const next = issues[i + 1];
    const periodLast = issue.end !== undefined ? toDay(issue.end) : next !== undefined ? toDay(next.start) - 1 : periodFirst;
    if (periodLast < first || periodFirst > last) return;
    periods.push(period(issue.id, periodFirst, periodLast, first, last));
  });
  return periods;
}
