/**
 * The periods of a window on day numbers, for `splitWindow` and the quota rules: one iterator, no ISO strings
 * read back, no validation of what the callers have already checked (the window, `per`, the limit).
 *
 * @internal
 */
import { DUPLICATE_ID, INVALID_DATE, INVALID_TYPE, INVALID_WINDOW } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { kindOf } from "../../errors/describe.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { isDateText, type IsoDate } from "../isoDate.js";
import { dayOf, fromDay, isoWeek, isoWeekday, pad, partsOf, periodCount, toDay } from "./days.js";
import { checkLimit } from "./limits.js";

/** The calendar periods: every kind of `SplitPer` but `"issue"`. @internal */
export type CalendarPer = "day" | "week" | "month" | "quarter" | "half-year" | "year";

/** Called for each period: its key and the first and last day numbers of the whole period. @internal */
export type VisitPeriod = (key: string, periodFirst: number, periodLast: number) => void;

/** Months in each period of months, and the letter of its key (`"2017-Q3"`, `"2017-H2"`; months and years have none). */
const MONTHS: { readonly [P in CalendarPer]?: readonly [number, string] } = { month: [1, ""], quarter: [3, "Q"], "half-year": [6, "H"], year: [12, ""] };

/**
 * Visits, in order, the periods of a kind that the days `first` to `last` touch; `too_many_periods` (path `[]`,
 * naming `maxPeriods`) before any work when they are more than `limit`.
 *
 * @internal
 */
export function eachPeriod(first: number, last: number, per: CalendarPer, limit: number, visit: VisitPeriod): void {
  checkLimit(periodCount(first, last, per), limit, `${per}s`, "maxPeriods");
  for (let day = first; day <= last; ) {
    let key: string;
    let periodFirst = day;
    let periodLast = day;
    if (per === "day") key = fromDay(day);
    else if (per === "week") {
      const { year, week } = isoWeek(day);
      periodFirst = day - isoWeekday(day) + 1;
      periodLast = periodFirst + 6;
      key = `${year4(year)}-W${pad(week)}`;
    } else {
      const [months, letter] = MONTHS[per]!;
      const { year, month } = partsOf(day);
      const firstMonth = month - ((month - 1) % months);
      periodFirst = dayOf(year, firstMonth, 1);
      periodLast = dayOf(year, firstMonth + months, 1) - 1;
      key = months === 12 ? year4(year) : `${year4(year)}-${letter === "" ? pad(month) : `${letter}${(firstMonth - 1) / months + 1}`}`;
    }
    visit(key, periodFirst, periodLast);
    day = periodLast + 1;
  }
}

/** A year as four digits. */
function year4(year: number): string {
  return String(year).padStart(4, "0");
}

/**
 * Checks an issue schedule (a list, at most `limit` issues, ids unique and not empty, real dates in order,
 * no issue overlapping the next) and visits, in order, the issues whose period touches the days `first` to
 * `last`: the id, the publication day and the last day the issue covers (its `end`, or the day before the
 * next issue, or its own day for the last one). Every problem of the schedule is reported at once, at
 * `["issues", i, field]`.
 *
 * @internal
 */
export function eachIssue(first: number, last: number, issues: unknown, limit: number, visit: VisitPeriod): void {
  if (!Array.isArray(issues)) throw new PlanError([newIssue(INVALID_TYPE, ["issues"], { expected: "array", received: kindOf(issues) })]);
  checkLimit(issues.length, limit, "issues", "maxPeriods");
  const schedule = issues as readonly (Partial<{ id: unknown; start: IsoDate; end: IsoDate }> | null | undefined)[];
  const problems: PlanIssue[] = [];
  const seen = new Set<unknown>();
  schedule.forEach((issue, i) => {
    const id = issue?.id;
    const start = issue?.start;
    const end = issue?.end;
    const before = schedule[i - 1]?.start;
    const next = schedule[i + 1]?.start;
    const at = (field: string) => ["issues", i, field];
    if (typeof id !== "string" || id === "") problems.push(newIssue(INVALID_TYPE, at("id"), { expected: "string", received: kindOf(id) }));
    else if (seen.has(id)) problems.push(newIssue(DUPLICATE_ID, at("id"), { kind: "issue", kindVi: "số báo", id }));
    else seen.add(id);
    if (!isDateText(start)) problems.push(newIssue(INVALID_DATE, at("start"), { value: start }));
    else if (i > 0 && isDateText(before) && start <= before) problems.push(newIssue(INVALID_WINDOW, at("start"), { expected: `after ${before}`, received: start }));
    if (end !== undefined && (!isDateText(end) || (isDateText(start) && end < start))) {
      problems.push(newIssue(isDateText(end) ? INVALID_WINDOW : INVALID_DATE, at("end"), { value: end, expected: start as string, receivedValue: end }));
    } else if (end !== undefined && isDateText(next) && end >= next) {
      // Issues may not overlap: a day would count for two issues.
      problems.push(newIssue(INVALID_WINDOW, at("end"), { expected: `before ${next}`, received: end }));
    }
  });
  if (problems.length > 0) throw new PlanError(problems);
  schedule.forEach((issue, i) => {
    const periodFirst = toDay(issue!.start!);
    const next = schedule[i + 1];
    const periodLast = issue!.end !== undefined ? toDay(issue!.end) : next != null ? toDay(next.start!) - 1 : periodFirst;
    if (periodLast >= first && periodFirst <= last) visit(issue!.id as string, periodFirst, periodLast);
  });
}
