import { INVALID_DATE, INVALID_VALUE, MISSING } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";

import { PlanError } from "../errors/PlanError.js";
import { dayOf, fromDay, pad, partsOf, periodCount, toDay } from "./_lib/days.js";
import { LAST_ISO_DAY } from "./_lib/instant.js";
import { checkLimit, DEFAULT_MAX_PERIODS, readLimit } from "./_lib/limits.js";
import { optionsOf } from "../errors/guards.js";

/** The periods of periodic reports, as the plan model has them (REPORTING_PERIODS). */
const REPORTING_EVERY = ["week", "month", "quarter", "half-year", "year"] as const;
import { isDateText, type IsoDate } from "./isoDate.js";
import { checkWindow } from "./makeWindow.js";
import { checkCalendarPlan, type CalendarPlan } from "./planLike.js";
import { splitWindow } from "./splitWindow.js";
import type { Window } from "./window.js";

/**
 * Where a deadline stands on a given day (`asOf`): not yet open, open and not past its due date, or past it.
 * The calendar knows dates only: whether a report was sent is for the caller's records.
 *
 * @example
 * ```ts
 * import type { DeadlineStatus } from "cong-doan-ke-hoach";
 *
 * const status: DeadlineStatus = "overdue";
 * ```
 * @category Calendar
 */
export type DeadlineStatus = "upcoming" | "due" | "overdue";

/**
 * A dated deadline of a reporting duty: one unit's monthly report for one month, the phase review report,
 * the review itself.
 *
 * @example
 * ```ts
 * import { expandDeadlines, type CalendarPlan, type Deadline } from "cong-doan-ke-hoach";
 *
 * declare const plan: CalendarPlan; // the reference plan
 * const overdue: Deadline[] = expandDeadlines(plan, { asOf: "2017-09-15" }).filter((d) => d.status === "overdue");
 * ```
 * @category Calendar
 */
export interface Deadline {
  /** Stable: `"<duty id>:<unit id>:<period key>"` (`"-"` where there is no unit or period). */
  readonly id: string;
  /** The reporting duty it comes from. */
  readonly dutyId: string;
  /** The duty's kind. */
  readonly kind: "periodic-report" | "report" | "review";
  /** The reporting unit; absent for a review, which no single unit sends. */
  readonly unitId?: string;
  /** For a periodic report, the period reported on (`"2017-08"`, `"2017-Q3"`). */
  readonly periodKey?: string;
  /** The days the deadline is about: the month reported on, or the window in which a report is due. */
  readonly window: Window;
  /** The last day to meet it. */
  readonly due: IsoDate;
  /** The first day it is open (from then until `due` it is `"due"`). */
  readonly opens: IsoDate;
  /** With `asOf`: where it stands. */
  readonly status?: DeadlineStatus;
  /** With `asOf`: days from `asOf` to `due` (negative once overdue). */
  readonly daysLeft?: number;
}

/**
 * Options of {@link expandDeadlines}.
 *
 * @example
 * ```ts
 * import type { ExpandDeadlinesOptions } from "cong-doan-ke-hoach";
 *
 * const options: ExpandDeadlinesOptions = { asOf: "2017-09-15", periodicDue: { dayOfNextPeriod: 5 } };
 * ```
 * @category Calendar
 */
export interface ExpandDeadlinesOptions {
  /** "Today": when given, each deadline carries `status` and `daysLeft`. */
  readonly asOf?: IsoDate | undefined;
  /**
   * When a periodic report falls due: on the last day of the period reported on (`"end-of-period"`, the
   * default; the report is open all through the period), or on a day of the following month
   * (`{ dayOfNextPeriod: 5 }`: the report on August is due on 5 September and open from 1 September).
   */
  readonly periodicDue?: "end-of-period" | { readonly dayOfNextPeriod: number } | undefined;
  /**
   * The last day to expand an open window to: a plan whose own window has no end ("Từ năm 2025 trở đi")
   * has periodic deadlines only up to a day the caller chooses. Without it, a periodic duty over an open
   * window is refused (`missing` at `["window", "end"]`).
   */
  readonly until?: IsoDate | undefined;
  /**
   * The most deadlines to make (default 100,000): a plan whose duties would make more (a mistyped year such as
   * "9999-12-31") stops, before any work, with a PlanError `too_many_periods`.
   */
  readonly maxDeadlines?: number | undefined;
}

/**
 * Expands the reporting duties of a plan into dated deadlines: one per reporting unit and period for a
 * periodic report (every week, month, quarter, half-year or year over the duty's window, else its phase's,
 * else the plan's own window), one per reporting unit for a report due in a window (due on its last day) or
 * on a day (`dueOn`), one for a review. In order of due date, then of the duties and units as the plan lists
 * them. An undated one-off report or review has no deadline.
 *
 * When a periodic report falls due is read from the plan, in the document's terms (`due` and `covers`, as
 * {@link parseTimeExpression} reads "trước ngày 05 hằng tháng" or "trước ngày 15/12 hằng năm"):
 * - `due.day` without a month: that day of the month after the period (the report covers the period
 *   before: the report on August is due on 5 September), or of the period's last month with
 *   `covers: "current-period"`;
 * - `due.day` and `due.month`: the month names the place of the due date within a period, in the first
 *   period of a year (quarterly "15/3": 15 March, June, September, December; yearly "15/12"), and the report
 *   covers the period it falls in, or the one before with `covers: "previous-period"` (yearly "15/01": the
 *   report on 2025 is due on 15 January 2026);
 * - a day past the end of its month is the month's last day (31 → 30 April); without `due.day`, the last
 *   day of the month named.
 * A duty without `due` falls due as `options.periodicDue` says (the caller's rule for plans that give
 * none), by default on the last day of the period.
 *
 * @param plan - a plan, or anything with its phases and reporting duties ({@link CalendarPlan}).
 * @param options - `asOf` for statuses; when reports fall due where the plan does not say; `until` for an
 *   open window.
 * @returns the deadlines, frozen.
 * @throws {@link PlanError} for a malformed `asOf`, `until` or `periodicDue`; a periodic duty with no
 *   window, no phase and no plan window to take one from (`missing` at `["reporting", i, "window"]`), or
 *   whose only window is open and no `until` is given (`missing` at `["window", "end"]`); a due rule that
 *   is not whole numbers of days and months (`invalid_value` at `["reporting", i, "due"]`), or a day of the
 *   month on a weekly report; `too_many_periods` when the duties would make more than
 *   `options.maxDeadlines` deadlines (100,000 by default).
 * @example
 * ```ts
 * import { expandDeadlines, type CalendarPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: CalendarPlan; // the reference plan
 * const deadlines = expandDeadlines(plan, { asOf: "2018-04-10" });
 * deadlines.find((d) => d.kind === "report")?.due; //=> "2018-04-30"
 * ```
 * @category Calendar
 */
export function expandDeadlines(plan: CalendarPlan, options: ExpandDeadlinesOptions = {}): readonly Deadline[] {
  checkCalendarPlan(plan);
  const { asOf, maxDeadlines, until } = optionsOf(options);
  const limit = readLimit(maxDeadlines, ["maxDeadlines"]);
  if (asOf !== undefined && !isDateText(asOf)) throw new PlanError([newIssue(INVALID_DATE, ["asOf"], { value: asOf })]);
  if (until !== undefined && !isDateText(until)) throw new PlanError([newIssue(INVALID_DATE, ["until"], { value: until })]);
  const dueDay = dueDayOf(options?.periodicDue);
  const phases = new Map(plan.phases.map((p, i) => [p.id, { window: p.window, index: i }] as const));
  /** The window a duty runs over (its own, its phase's, or for a periodic duty the plan's), and where it is. */
  const windowOf = (duty: CalendarPlan["reporting"][number], i: number): { window: Window; at: (string | number)[] } | undefined => {
    if (duty.window !== undefined) return { window: duty.window, at: ["reporting", i, "window"] };
    const phase = duty.phaseId === undefined ? undefined : phases.get(duty.phaseId);
    if (phase !== undefined) return { window: phase.window, at: ["phases", phase.index, "window"] };
    if (duty.kind !== "periodic-report" || plan.window === undefined || plan.window === null) return undefined;
    const own = plan.window;
    if (own.end === undefined) {
      if (until === undefined) {
        throw new PlanError([newIssue(MISSING, ["window", "end"], { expected: "options.until (the plan's window has no end)", expectedVi: "options.until (thời gian thực hiện của kế hoạch chưa có ngày kết thúc)" })]);
      }
      return { window: { start: own.start, end: until }, at: ["window"] };
    }
    return { window: { start: own.start, end: own.end }, at: ["window"] };
  };
  const out: Deadline[] = [];
  /** Each deadline's due date as a day number, beside it (NaN past 9999, where the text decides the order). */
  const dues: number[] = [];
  const asOfDay = asOf === undefined ? 0 : toDay(asOf);
  const add = (deadline: Omit<Deadline, "id" | "status" | "daysLeft">): void => {
    const id = `${deadline.dutyId}:${deadline.unitId ?? "-"}:${deadline.periodKey ?? "-"}`;
    const status = asOf === undefined ? {} : statusOf(deadline, asOf);
    out.push(Object.freeze({ id, ...deadline, ...status }));
    dues.push(isDateText(deadline.due) ? toDay(deadline.due) : Number.NaN);
  };

  // Count first, so that an absurd window stops before any work.
  let total = 0;
  plan.reporting.forEach((duty, i) => {
    const units = Math.max(1, duty.reportingUnitIds.length);
    const span = windowOf(duty, i);
    if (span === undefined) {
      if (duty.kind !== "periodic-report" && duty.dueOn !== undefined) total += units;
      return;
    }
    const { start, end } = checkWindow(span.window, span.at);
    const every = (REPORTING_EVERY as readonly unknown[]).includes(duty.every) ? (duty.every as (typeof REPORTING_EVERY)[number]) : "month";
    total += duty.kind === "periodic-report" ? periodCount(toDay(start), toDay(end), every) * units : units;
  });
  checkLimit(total, limit, "deadlines", "maxDeadlines");

  /** Where each duty's deadlines begin in `out`: each duty makes them in order of due date. */
  const runs: number[] = [];
  plan.reporting.forEach((duty, i) => {
    runs.push(out.length);
    const span = windowOf(duty, i);
    const dueOn = duty.kind === "periodic-report" ? undefined : duty.dueOn;
    if (dueOn !== undefined && !isDateText(dueOn)) throw new PlanError([newIssue(INVALID_DATE, ["reporting", i, "dueOn"], { value: dueOn })]);
    if (span === undefined) {
      if (duty.kind === "periodic-report") {
        throw new PlanError([newIssue(MISSING, ["reporting", i, "window"], { expected: "window, phaseId or the plan's window", expectedVi: "khoảng thời gian (window), giai đoạn (phaseId) hoặc thời gian thực hiện của kế hoạch" })]);
      }
      if (dueOn === undefined) return; // an undated report or review has no deadline
      const window = Object.freeze({ start: dueOn, end: dueOn });
      if (duty.kind === "report" && duty.reportingUnitIds.length > 0) {
        for (const unitId of duty.reportingUnitIds) add({ dutyId: duty.id, kind: duty.kind, unitId, window, due: dueOn, opens: dueOn });
      } else add({ dutyId: duty.id, kind: duty.kind, window, due: dueOn, opens: dueOn });
      return;
    }
    const window = checkWindow(span.window, span.at);
    if (duty.kind === "periodic-report") {
      const every = duty.every ?? "month";
      if (!(REPORTING_EVERY as readonly unknown[]).includes(every)) {
        throw new PlanError([newIssue(INVALID_VALUE, ["reporting", i, "every"], { expected: REPORTING_EVERY.map((p) => JSON.stringify(p)).join(", "), receivedValue: every })]);
      }
      const rule = dueRuleOf(duty, i, every);
      for (const { key, from, to, year, month } of spansOf(window, every)) {
        // The plan's own rule first; else a report is due at the end of the period as the duty's window
        // holds it (a cut last month ends with the window), or on the caller's day of the following month.
        const due = rule !== undefined ? dueByRule(rule, year, month, every) : dueDay === undefined ? to : dueInNextPeriod(to, dueDay);
        const opens = rule !== undefined ? (rule.covers === "current-period" ? from : to + 1) : dueDay === undefined ? from : to + 1;
        const periodWindow = Object.freeze({ start: fromDay(from), end: fromDay(to) });
        const dueDate = due === to ? periodWindow.end : fromDay(due);
        const opensDate = opens === from ? periodWindow.start : fromDay(opens);
        const inRange = due <= LAST_ISO_DAY; // a due date past 9999 is read back as its text always was
        const daysLeft = (inRange ? due : toDay(dueDate)) - asOfDay;
        const status: DeadlineStatus = daysLeft < 0 ? "overdue" : asOf! < opensDate ? "upcoming" : "due";
        for (const unitId of duty.reportingUnitIds) {
          const id = `${duty.id}:${unitId ?? "-"}:${key}`;
          const deadline: Deadline =
            asOf === undefined
              ? { id, dutyId: duty.id, kind: duty.kind, unitId, periodKey: key, window: periodWindow, due: dueDate, opens: opensDate }
              : { id, dutyId: duty.id, kind: duty.kind, unitId, periodKey: key, window: periodWindow, due: dueDate, opens: opensDate, status, daysLeft };
          out.push(Object.freeze(deadline));
          dues.push(inRange ? due : Number.NaN);
        }
      }
    } else {
      // Due on its day where the plan gives one, else on the window's last day; open from the window's start.
      const due = dueOn ?? window.end;
      const opens = window.start <= due ? window.start : due;
      const frozen = Object.freeze({ ...window });
      if (duty.kind === "report" && duty.reportingUnitIds.length > 0) {
        for (const unitId of duty.reportingUnitIds) add({ dutyId: duty.id, kind: duty.kind, unitId, window: frozen, due, opens });
      } else add({ dutyId: duty.id, kind: duty.kind, window: frozen, due, opens });
    }
  });

  return Object.freeze(byDueDate(out, dues, runs));
}

/**
 * The deadlines in order of due date, those due the same day in the order they were made (a stable
 * sort): each duty's run is already in order, so the runs are merged, two by two; a run out of order
 * (which no duty makes) falls back to sorting.
 */
function byDueDate(out: Deadline[], dues: number[], starts: readonly number[]): Deadline[] {
  const byText = () => out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const bounds = [...starts.filter((start, i) => start < out.length && start !== starts[i + 1]), out.length];
  for (let r = 0; r + 1 < bounds.length; r++) {
    for (let k = bounds[r]!; k < bounds[r + 1]!; k++) {
      // Day numbers order the dates of the years 0001–9999 as their texts do.
      if (dues[k] !== dues[k]) return byText();
      if (k > bounds[r]! && dues[k - 1]! > dues[k]!) return byText();
    }
  }
  let from = out;
  let to = new Array<Deadline>(out.length);
  let fromDues = dues;
  let toDues = new Array<number>(out.length);
  let edges = bounds;
  while (edges.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < edges.length; r += 2) {
      const lo = edges[r]!;
      const mid = edges[r + 1]!;
      const hi = r + 2 < edges.length ? edges[r + 2]! : mid;
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        if (fromDues[b]! < fromDues[a]!) (toDues[k] = fromDues[b]!), (to[k++] = from[b++]!);
        else (toDues[k] = fromDues[a]!), (to[k++] = from[a++]!);
      }
      while (a < mid) (toDues[k] = fromDues[a]!), (to[k++] = from[a++]!);
      while (b < hi) (toDues[k] = fromDues[b]!), (to[k++] = from[b++]!);
      next.push(hi);
    }
    [from, to] = [to, from];
    [fromDues, toDues] = [toDues, fromDues];
    edges = next;
  }
  return from;
}

/**
 * The periods of a window as splitWindow gives them (key, first and last day inside the window), by
 * arithmetic for months, quarters, half-years and years; weeks through splitWindow. A window of more
 * periods than splitWindow's default limit is refused as splitWindow refuses it.
 */
function spansOf(window: Window, every: (typeof REPORTING_EVERY)[number]): { key: string; from: number; to: number; year: number; month: number }[] {
  if (every === "week") return splitWindow(window, every).map((p) => ({ key: p.key, from: toDay(p.start), to: toDay(p.end), year: 0, month: 0 }));
  const { start, end } = checkWindow(window);
  const first = toDay(start);
  const last = toDay(end);
  if (periodCount(first, last, every) > DEFAULT_MAX_PERIODS) splitWindow(window, every);
  const step = every === "month" ? 1 : every === "quarter" ? 3 : every === "half-year" ? 6 : 12;
  const { year: firstYear, month: firstMonth } = partsOf(first);
  let year = firstYear;
  let month = firstMonth - ((firstMonth - 1) % step);
  const spans: { key: string; from: number; to: number; year: number; month: number }[] = [];
  for (let periodFirst = dayOf(year, month, 1); periodFirst <= last; ) {
    const nextYear = month + step > 12 ? year + 1 : year;
    const nextMonth = month + step > 12 ? month + step - 12 : month + step;
    const periodNext = dayOf(nextYear, nextMonth, 1);
    const y = String(year).padStart(4, "0");
    const key = step === 1 ? `${y}-${pad(month)}` : step === 3 ? `${y}-Q${(month + 2) / 3}` : step === 6 ? `${y}-H${month === 1 ? 1 : 2}` : y;
    spans.push({ key, from: Math.max(periodFirst, first), to: Math.min(periodNext - 1, last), year, month });
    year = nextYear;
    month = nextMonth;
    periodFirst = periodNext;
  }
  return spans;
}

/** A duty's own due rule, checked: the day and the month it names, and the period a report covers. */
interface DueRule {
  readonly day: number | undefined;
  readonly month: number | undefined;
  readonly covers: "previous-period" | "current-period";
}

function dueRuleOf(duty: CalendarPlan["reporting"][number], i: number, every: (typeof REPORTING_EVERY)[number]): DueRule | undefined {
  const due: unknown = duty.due;
  if (due === undefined) return undefined;
  const at = ["reporting", i, "due"];
  const bad = (expected: string, expectedVi: string) => new PlanError([newIssue(INVALID_VALUE, at, { expected, expectedVi, receivedValue: due })]);
  if (due === null || typeof due !== "object") throw bad("{ day?, month? }", "{ day?, month? } (ngày, tháng đến hạn)");
  const { day, month } = due as { day?: unknown; month?: unknown };
  const whole = (v: unknown, max: number) => v === undefined || (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= max);
  if (!whole(day, 31) || !whole(month, 12) || (day === undefined && month === undefined)) {
    throw bad("a day 1–31 and/or a month 1–12", "ngày từ 1 đến 31 và/hoặc tháng từ 1 đến 12");
  }
  if (every === "week") throw bad("no day of the month for a weekly report", "không có ngày trong tháng cho báo cáo hằng tuần");
  const covers = duty.covers ?? (month === undefined ? "previous-period" : "current-period");
  if (covers !== "previous-period" && covers !== "current-period") {
    throw new PlanError([newIssue(INVALID_VALUE, ["reporting", i, "covers"], { expected: '"previous-period", "current-period"', receivedValue: covers })]);
  }
  return { day: day as number | undefined, month: month as number | undefined, covers };
}

/**
 * The due day of the report on the period that starts in `month` of `year`, by the plan's rule: in the
 * period itself or the one after, at the place within the period that the rule's month names (its last
 * month without one, or the first month after the period for a report on the period before).
 */
function dueByRule(rule: DueRule, year: number, month: number, every: (typeof REPORTING_EVERY)[number]): number {
  const step = every === "month" ? 1 : every === "quarter" ? 3 : every === "half-year" ? 6 : 12;
  const base = rule.covers === "current-period" ? month : month + step;
  const offset = rule.month !== undefined ? (rule.month - 1) % step : rule.covers === "current-period" ? step - 1 : 0;
  const dueMonth = base + offset;
  const lastOfMonth = dayOf(year, dueMonth + 1, 0);
  return rule.day === undefined ? lastOfMonth : Math.min(dayOf(year, dueMonth, rule.day), lastOfMonth);
}

function dueDayOf(option: ExpandDeadlinesOptions["periodicDue"]): number | undefined {
  if (option === undefined || option === "end-of-period") return undefined;
  const day = typeof option === "object" && option !== null ? option.dayOfNextPeriod : undefined;
  if (typeof day !== "number" || !Number.isInteger(day) || day < 1 || day > 28) {
    throw new PlanError([newIssue(INVALID_VALUE, ["periodicDue"], { expected: '"end-of-period" or { dayOfNextPeriod: 1–28 }', receivedValue: option })]);
  }
  return day;
}

/** The given day of the month after the one holding `lastDay`. */
function dueInNextPeriod(lastDay: number, day: number): number {
  const { year, month } = partsOf(lastDay + 1);
  return dayOf(year, month, day);
}

function statusOf(deadline: { due: IsoDate; opens: IsoDate }, asOf: IsoDate): { status: DeadlineStatus; daysLeft: number } {
  const daysLeft = toDay(deadline.due) - toDay(asOf);
  const status: DeadlineStatus = daysLeft < 0 ? "overdue" : asOf < deadline.opens ? "upcoming" : "due";
  return { status, daysLeft };
}
