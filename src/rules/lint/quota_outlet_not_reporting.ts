import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { joined, names, quotaName, type Named } from "./_lib/text.js";

const CODE = "quota_outlet_not_reporting";
const SEVERITY = "info";

/** `quota_outlet_not_reporting` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Quota outlet that sends no periodic report",
  titleVi: "Cơ quan có chỉ tiêu nhưng không báo cáo định kỳ",
  checks:
    "Every outlet a quota applies to sends periodic reports (itself, through a unit above it, or as part of a group unit of its kind), so that the quota can be followed; for a quota that units owe by contributing (owedBy), those units report, not the outlet that publishes.",
  checksVi:
    "Mỗi cơ quan có chỉ tiêu đều báo cáo định kỳ (tự báo cáo, qua đơn vị cấp trên, hoặc nằm trong một đơn vị đại diện cùng loại), để theo dõi được việc thực hiện chỉ tiêu; chỉ tiêu giao cho các đơn vị gửi tin, bài (owedBy) thì các đơn vị đó báo cáo, không phải cơ quan đăng tải.",
};

interface Data extends Named {
  /** The outlets, or the debtor units of a quota with `owedBy`, that send no periodic report. */
  readonly outlets: readonly string[];
  /** Whether they are the units that owe the quota (`owedBy`) rather than its outlets. */
  readonly owed: boolean;
}

/** `quota_outlet_not_reporting` (info): outlets (or debtor units) of a quota that send no periodic report. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const [en, vi] = names(d.outlets);
    const one = d.outlets.length === 1;
    return d.owed
      ? [
          `quota ${d.name} is owed by ${en}, which ${one ? "sends" : "send"} no periodic report`,
          `chỉ tiêu ${d.name} giao cho ${vi} nhưng ${one ? "đơn vị này" : "các đơn vị này"} không có nhiệm vụ báo cáo định kỳ`,
        ]
      : [
          `quota ${d.name} applies to ${en}, which ${one ? "sends" : "send"} no periodic report`,
          `chỉ tiêu ${d.name} áp dụng cho ${vi} nhưng ${one ? "đơn vị này" : "các đơn vị này"} không có nhiệm vụ báo cáo định kỳ`,
        ];
  },
  check(c, report) {
    const reporters = new Set(c.plan.reporting.filter((d) => d.kind === "periodic-report").flatMap((d) => d.reportingUnitIds));
    for (const { item: quota, path } of c.quotas) {
      const owed = quota.owedBy !== undefined;
      const silent = (owed ? c.quotaDebtors(quota) : c.quotaOutlets(quota)).filter((u) => !c.reaches(reporters, u.id));
      if (silent.length === 0) continue;
      const ids = silent.map((u) => u.id);
      report(
        path,
        { name: quotaName(quota), outlets: ids.map((id) => c.unitName(id)), owed },
        owed ? { quotaId: quota.id, unitIds: joined(ids), units: String(ids.length) } : { quotaId: quota.id, outletIds: joined(ids), outlets: String(ids.length) },
      );
    }
  },
});
