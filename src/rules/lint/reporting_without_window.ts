import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { dutyName, type Named } from "./_lib/text.js";

/** The catalogue's texts of `reporting_without_window` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Reporting duty with no date",
  titleVi: "Nhiệm vụ báo cáo không có thời gian",
  checks:
    "Every reporting duty has a window, a due day (a one-off report, a review), or a phase to take one from, so that its deadlines can be dated; where the plan has its own window, that window dates the duties that give no time, and a plan with no time at all is plan_without_window instead.",
  checksVi:
    "Mỗi nhiệm vụ báo cáo có thời gian, hạn nộp (báo cáo một lần, sơ kết), hoặc gắn với một giai đoạn để lấy thời gian, để xác định được hạn báo cáo; kế hoạch có ghi thời gian thực hiện thì thời gian đó áp dụng cho các nhiệm vụ không ghi thời gian, còn kế hoạch không ghi thời gian nào thì thuộc quy tắc plan_without_window.",
};

/** `reporting_without_window` (warning): a reporting duty whose deadlines cannot be dated. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "reporting_without_window",
  severity: "warning",
  message: (d: Named) => [
    `the reporting duty ${d.name} has no window and no phase: its deadlines cannot be dated`,
    `nhiệm vụ báo cáo ${d.name} không ghi thời gian và không gắn với giai đoạn nào: không xác định được hạn`,
  ],
  check(c, report) {
    // A plan's own window (open or not) dates what gives no time; a plan with no time is plan_without_window.
    if (c.plan.window !== undefined || c.plan.phases.length === 0) return;
    c.plan.reporting.forEach((duty, i) => {
      if (c.reportingWindow(duty) === undefined) report(["reporting", i, "window"], { name: dutyName(duty) }, { dutyId: duty.id, kind: duty.kind });
    });
  },
});
