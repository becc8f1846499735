import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { quoted, type Named } from "./_lib/text.js";

const CODE = "objective_without_indicator";
const SEVERITY = "info";

/** `objective_without_indicator` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Objective without an indicator",
  titleVi: "Mục tiêu không có chỉ tiêu",
  checks:
    "Every objective of the plan (mục tiêu) has at least one indicator (chỉ tiêu: \"100% CĐCS\", \"ít nhất 60% người dân\"), so that how far it is reached can be measured.",
  checksVi:
    "Mỗi mục tiêu của kế hoạch có ít nhất một chỉ tiêu (“100% CĐCS”, “ít nhất 60% người dân”), để đo được mức độ đạt mục tiêu.",
};

/** `objective_without_indicator` (info): an objective that states no indicator. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Named) => [
    `the objective ${d.name} has no indicator: nothing says how far it is to be reached`,
    `mục tiêu ${d.name} không có chỉ tiêu cụ thể: không đo được mức độ đạt mục tiêu`,
  ],
  check(c, report) {
    c.plan.objectives.forEach((objective, i) => {
      if (objective.indicators.length > 0) return;
      const name = quoted(objective.label === undefined ? objective.text : `${objective.label}. ${objective.text}`);
      report(["objectives", i, "indicators"], { name }, { objectiveId: objective.id });
    });
  },
});
