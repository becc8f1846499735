import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { dutyName, type Named } from "./_lib/text.js";

const CODE = "reporting_without_window";
const SEVERITY = "warning";

/** `reporting_without_window` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Reporting duty with no date",
  titleVi: "Nhiệm vụ báo cáo không có thời gian",
  checks:
    "Every reporting duty can be dated as expandDeadlines dates it: a window, or a phase to take one from; a one-off report or a review, a due day (dueOn); a periodic report, the plan's own window (which may be open). A periodic report in a plan with no time at all is plan_without_window instead.",
  checksVi:
    "Mỗi nhiệm vụ báo cáo xác định được hạn như expandDeadlines xác định: có thời gian, hoặc gắn với một giai đoạn để lấy thời gian; báo cáo một lần hay sơ kết thì có hạn nộp (dueOn); báo cáo định kỳ thì theo thời gian thực hiện của kế hoạch (có thể không ghi ngày kết thúc). Báo cáo định kỳ trong kế hoạch không ghi thời gian nào thì thuộc quy tắc plan_without_window.",
};

interface Data extends Named {
  /** A one-off report or a review, which a due day would date. */
  readonly oneOff: boolean;
}

/** `reporting_without_window` (warning): a reporting duty whose deadlines cannot be dated. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) =>
    d.oneOff
      ? [
          `the reporting duty ${d.name} has no window, no phase and no due day: its deadline cannot be dated`,
          `nhiệm vụ báo cáo ${d.name} không ghi thời gian hay hạn nộp, cũng không gắn với giai đoạn nào: không xác định được hạn`,
        ]
      : [
          `the reporting duty ${d.name} has no window and no phase: its deadlines cannot be dated`,
          `nhiệm vụ báo cáo ${d.name} không ghi thời gian và không gắn với giai đoạn nào: không xác định được hạn`,
        ],
  check(c, report) {
    const { window, phases } = c.plan;
    c.plan.reporting.forEach((duty, i) => {
      const oneOff = duty.kind !== "periodic-report";
      if (c.reportingWindow(duty) !== undefined) return;
      // A periodic duty runs over the plan's own window, open or not; in a plan with no time, that is plan_without_window.
      if (!oneOff && (window !== undefined || phases.length === 0)) return;
      report(["reporting", i, "window"], { name: dutyName(duty), oneOff }, { dutyId: duty.id, kind: duty.kind });
    });
  },
});
