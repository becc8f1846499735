import { dayOf, fromDay, isoWeekday, partsOf, periodCount, toDay } from "../../calendar/_lib/days.js";
import { expandDeadlines } from "../../calendar/expandDeadlines.js";
import { daysInWindow } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { isPlanError } from "../../errors/PlanError.js";
import type { ReportingDuty } from "../../model/plan.js";
import type { LintContext } from "./_lib/context.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { dutyName, enDate, plural, viDate, type Named } from "./_lib/text.js";

const CODE = "deadline_after_review";
const SEVERITY = "warning";

/** `deadline_after_review` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Deadline after the review",
  titleVi: "Hạn báo cáo sau kỳ sơ kết",
  checks:
    "No reporting deadline (a periodic report for one period, a one-off report; as expandDeadlines dates them: by the duty's window, its phase, its due day or the plan's own window, and on the due day the plan gives, \"trước ngày 05 hằng tháng\") falls due after the last review that covers it has ended: the review could not use it.",
  checksVi:
    "Không có hạn báo cáo nào (báo cáo định kỳ của từng kỳ, báo cáo một lần; theo cách expandDeadlines xác định hạn: theo thời gian của nhiệm vụ, giai đoạn, hạn nộp hoặc thời gian thực hiện của kế hoạch, và theo ngày nộp kế hoạch ghi, “trước ngày 05 hằng tháng”) rơi sau khi kỳ sơ kết cuối cùng liên quan đã kết thúc: kỳ sơ kết không thể dùng báo cáo đó.",
};

interface Data extends Named {
  readonly late: number;
  readonly lastDue: string;
  readonly review: string;
  readonly reviewEnd: string;
}

/** `deadline_after_review` (warning): reporting deadlines that fall due after the review ends. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `${plural(d.late, "deadline", "deadlines")} of the reporting duty ${d.name} ${d.late === 1 ? "falls" : "fall"} due after the review ${d.review} ends on ${enDate(d.reviewEnd)} (the last on ${enDate(d.lastDue)})`,
    `${d.late} hạn báo cáo của nhiệm vụ ${d.name} rơi sau khi kỳ sơ kết ${d.review} kết thúc ngày ${viDate(d.reviewEnd)} (hạn muộn nhất ngày ${viDate(d.lastDue)})`,
  ],
  check(c, report) {
    const duties = c.plan.reporting;
    // Only the duties that can be dated (the others are reporting_without_window).
    const windowOf = (d: ReportingDuty): Window | undefined => c.reportingWindow(d);
    const reviews = duties.filter((d) => d.kind === "review" && windowOf(d) !== undefined);
    duties.forEach((duty, i) => {
      if (duty.kind === "review") return;
      const window = windowOf(duty);
      if (window === undefined) return;
      // The reviews that cover the duty: of its phase, or of no phase in particular; any when it has none.
      // A review falls due on the last day of its window, as expandDeadlines dates it.
      const covering = reviews.filter((r) => r.phaseId === undefined || duty.phaseId === undefined || r.phaseId === duty.phaseId);
      let last: { id: string; name: string; end: string } | undefined;
      for (const review of covering) {
        const due = windowOf(review)!.end;
        if (last === undefined || due > last.end) last = { id: review.id, name: dutyName(review), end: due };
      }
      if (last === undefined) return;
      const reviewEnd = last.end;
      const late = deadlinesAfter(c, duty, window, reviewEnd);
      if (late === undefined || late.count === 0) return;
      const { count, lastDue } = late;
      report(
        duty.window !== undefined ? ["reporting", i, "window"] : duty.phaseId === undefined && duty.kind !== "periodic-report" ? ["reporting", i, "dueOn"] : ["reporting", i],
        { name: dutyName(duty), late: count, lastDue, review: last.name, reviewEnd },
        {
          dutyId: duty.id,
          lateDeadlines: String(count),
          lastDue,
          reviewId: last.id,
          reviewEnd,
          daysAfter: String(daysInWindow({ start: reviewEnd, end: lastDue }) - 1),
        },
      );
    });
  },
});

/**
 * How many deadlines of one dated duty (as expandDeadlines dates them: one per reporting unit and period) fall
 * due after `after`, and the last due date. Only the periods around `after` and the last period are dated; the
 * periods beyond are counted, so that a duty that runs for centuries (a mistyped year) costs nothing and
 * stays a finding, never too many periods.
 */
function deadlinesAfter(c: LintContext, duty: ReportingDuty, window: Window, after: string): { count: number; lastDue: string } | undefined {
  try {
    return countAfter(c, duty, window, after);
  } catch (error) {
    // A duty that expandDeadlines cannot date (a due day of the month on a weekly report, which parsePlan
    // lets through) has no deadline to compare: a problem of the plan is never an exception here. A problem
    // of the caller's options (a malformed periodicDue) is still thrown.
    if (isPlanError(error) && error.issues.every((issue) => issue.path[0] === "reporting")) return undefined;
    throw error;
  }
}

/** {@link deadlinesAfter}, which may throw what expandDeadlines throws. */
function countAfter(c: LintContext, duty: ReportingDuty, window: Window, after: string): { count: number; lastDue: string } {
  const options = c.periodicDue === undefined ? {} : { periodicDue: c.periodicDue };
  const expand = (w: Window) => expandDeadlines({ ...c.plan, reporting: [{ ...duty, window: w }] }, options);
  if (duty.kind !== "periodic-report") {
    const deadlines = expand(window);
    const late = deadlines.filter((d) => d.due > after);
    return { count: late.length, lastDue: late.reduce((m, d) => (d.due > m ? d.due : m), "") };
  }
  const every = duty.every ?? "month";
  const first = toDay(window.start);
  const lastDay = toDay(window.end);
  const day = toDay(after);
  // Periods that end well before `after` cannot fall due after it (a due day is at most 28 days into the next
  // month, and the plan's due rules keep a report within a period of its own); those that start well after it
  // all do. Two periods and 40 days either side leave room for both.
  const margin = 40 + 2 * PERIOD_DAYS[every];
  const from = Math.max(first, periodBounds(day - margin, every)[0]);
  const to = Math.min(lastDay, periodBounds(day + margin, every)[1]);
  let count = from > to ? 0 : expand({ start: fromDay(from), end: fromDay(to) }).filter((d) => d.due > after).length;
  if (to < lastDay) count += periodCount(to + 1, lastDay, every) * duty.reportingUnitIds.length;
  if (count === 0) return { count, lastDue: "" };
  const tail = expand({ start: fromDay(Math.max(first, periodBounds(lastDay, every)[0])), end: window.end });
  return { count, lastDue: tail.reduce((m, d) => (d.due > m ? d.due : m), "") };
}

type Every = NonNullable<ReportingDuty["every"]>;

/** The most days a period holds. */
const PERIOD_DAYS: { readonly [P in Every]: number } = { week: 7, month: 31, quarter: 92, "half-year": 184, year: 366 };

/** The first and last day numbers of the period (ISO week, month, quarter, half-year, year) that holds a day. */
function periodBounds(day: number, every: Every): [number, number] {
  if (every === "week") {
    const monday = day - isoWeekday(day) + 1;
    return [monday, monday + 6];
  }
  const months = every === "month" ? 1 : every === "quarter" ? 3 : every === "half-year" ? 6 : 12;
  const { year, month } = partsOf(day);
  const firstMonth = Math.floor((month - 1) / months) * months + 1;
  return [dayOf(year, firstMonth, 1), dayOf(year, firstMonth + months, 1) - 1];
}
