import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { dutyName, type Named } from "./_lib/text.js";

/** The catalogue's texts of `reporting_without_window` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Reporting duty with no date",
  titleVi: "Nhiệm vụ báo cáo không có thời gian",
  checks: "Every reporting duty has a window, or a phase to take one from, so that its deadlines can be dated.",
  checksVi: "Mỗi nhiệm vụ báo cáo có thời gian, hoặc gắn với một giai đoạn để lấy thời gian, để xác định được hạn báo cáo.",
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
    c.plan.reporting.forEach((duty, i) => {
      if (duty.window === undefined && (duty.phaseId === undefined || !c.phaseById.has(duty.phaseId))) {
        report(["reporting", i, "window"], { name: dutyName(duty) }, { dutyId: duty.id, kind: duty.kind });
      }
    });
  },
});
