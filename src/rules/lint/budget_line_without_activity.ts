import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { lineName, type Named } from "./_lib/text.js";

const CODE = "budget_line_without_activity";
const SEVERITY = "info";

/** `budget_line_without_activity` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Budget line tied to no activity",
  titleVi: "Dòng dự trù không gắn với hoạt động",
  checks: "Every budget line names the activity it pays for.",
  checksVi: "Mỗi dòng dự trù ghi rõ chi cho hoạt động nào.",
};

/** `budget_line_without_activity` (info): a budget line that names no activity. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Named) => [`budget line ${d.name} names no activity it pays for`, `dòng dự trù ${d.name} không gắn với hoạt động nào`],
  check(c, report) {
    for (const { item: line, path } of c.lines) {
      if (line.activityId === undefined) report([...path, "activityId"], { name: lineName(line) }, { lineId: line.id });
    }
  },
});
