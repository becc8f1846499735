import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { joined, names, quotaName, type Named } from "./_lib/text.js";

/** The catalogue's texts of `quota_outlet_not_reporting` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Quota outlet that sends no periodic report",
  titleVi: "Cơ quan có chỉ tiêu nhưng không báo cáo định kỳ",
  checks:
    "Every outlet a quota applies to sends periodic reports (itself, through a unit above it, or as part of a group unit of its kind), so that the quota can be followed.",
  checksVi:
    "Mỗi cơ quan có chỉ tiêu đều báo cáo định kỳ (tự báo cáo, qua đơn vị cấp trên, hoặc nằm trong một đơn vị đại diện cùng loại), để theo dõi được việc thực hiện chỉ tiêu.",
};

interface Data extends Named {
  readonly outlets: readonly string[];
}

/** `quota_outlet_not_reporting` (info): outlets with a quota that send no periodic report. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "quota_outlet_not_reporting",
  severity: "info",
  message: (d: Data) => {
    const [en, vi] = names(d.outlets);
    return [
      `quota ${d.name} applies to ${en}, which ${d.outlets.length === 1 ? "sends" : "send"} no periodic report`,
      `chỉ tiêu ${d.name} áp dụng cho ${vi} nhưng ${d.outlets.length === 1 ? "đơn vị này" : "các đơn vị này"} không có nhiệm vụ báo cáo định kỳ`,
    ];
  },
  check(c, report) {
    const reporters = new Set(c.plan.reporting.filter((d) => d.kind === "periodic-report").flatMap((d) => d.reportingUnitIds));
    for (const { item: quota, path } of c.quotas) {
      const silent = c.quotaOutlets(quota).filter((u) => !c.reaches(reporters, u.id));
      if (silent.length === 0) continue;
      report(
        path,
        { name: quotaName(quota), outlets: silent.map((u) => c.unitName(u.id)) },
        { quotaId: quota.id, outletIds: joined(silent.map((u) => u.id)), outlets: String(silent.length) },
      );
    }
  },
});
