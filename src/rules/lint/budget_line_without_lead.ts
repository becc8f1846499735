import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { joined, lineName, names, type Named } from "./_lib/text.js";

const CODE = "budget_line_without_lead";
const SEVERITY = "warning";

/** `budget_line_without_lead` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Budget line without a lead unit",
  titleVi: "Dòng dự trù không có đơn vị chủ trì",
  checks: "Every budget line names a lead unit (the appendix's \"Đơn vị chủ trì\" column), or pays for an activity that names one.",
  checksVi: "Mỗi dòng dự trù ghi đơn vị chủ trì (cột “Đơn vị chủ trì” của phụ lục), hoặc chi cho một hoạt động có đơn vị chủ trì.",
};

interface Data extends Named {
  readonly coordinating: readonly string[];
}

/** `budget_line_without_lead` (warning): a budget line that no unit leads. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const [en, vi] = names(d.coordinating);
    return [
      `budget line ${d.name} names no lead unit${d.coordinating.length > 0 ? ` (only coordinating: ${en})` : ""}`,
      `dòng dự trù ${d.name} không ghi đơn vị chủ trì${d.coordinating.length > 0 ? ` (chỉ có cơ quan phối hợp: ${vi})` : ""}`,
    ];
  },
  check(c, report) {
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      if (line.leadUnitIds.length > 0 || (activity !== undefined && activity.leadUnitIds.length > 0)) continue;
      report(
        [...path, "leadUnitIds"],
        { name: lineName(line), coordinating: line.coordinatingUnitIds.map((id) => c.unitName(id)) },
        { lineId: line.id, coordinatingUnitIds: joined(line.coordinatingUnitIds) },
      );
    }
  },
});
