import { outletKindVi } from "../../errors/messages.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { joined, quotaName, type Named } from "./_lib/text.js";

const CODE = "quota_matches_no_outlet";
const SEVERITY = "warning";

/** `quota_matches_no_outlet` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Quota that no outlet matches",
  titleVi: "Chỉ tiêu không áp dụng cho cơ quan nào",
  checks:
    "Every quota applies to at least one outlet of the plan, by id or by outlet kind; a quota that units owe by contributing (owedBy) may name no outlet at all (the items may go to a unit), and quota_owed_by_no_unit checks its units.",
  checksVi:
    "Mỗi chỉ tiêu áp dụng cho ít nhất một cơ quan báo chí, đài của kế hoạch, theo mã hoặc theo loại cơ quan; chỉ tiêu giao cho các đơn vị gửi tin, bài (owedBy) thì có thể không nêu cơ quan nào (tin, bài có thể gửi về một đơn vị), quy tắc quota_owed_by_no_unit kiểm tra các đơn vị đó.",
};

interface Data extends Named {
  readonly outletKinds: readonly string[];
  readonly outletKindsVi: readonly string[];
}

/** `quota_matches_no_outlet` (warning): a quota that applies to no outlet of the plan. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `quota ${d.name} applies to no outlet of the plan${d.outletKinds.length > 0 ? ` (no outlet is a ${d.outletKinds.join(" or ")})` : " (it names no outlet and no outlet kind)"}`,
    `chỉ tiêu ${d.name} không áp dụng cho cơ quan nào của kế hoạch${d.outletKinds.length > 0 ? ` (không có cơ quan nào là ${d.outletKindsVi.join(" hay ")})` : " (không nêu cơ quan hay loại cơ quan nào)"}`,
  ],
  check(c, report) {
    for (const { item: quota, path } of c.quotas) {
      // A quota owed by contributing units may send the items to a unit: it need name no outlet.
      const namesNone = quota.outletIds.length === 0 && quota.outletKinds.length === 0;
      if ((quota.owedBy !== undefined && namesNone) || c.quotaOutlets(quota).length > 0) continue;
      report(
        path,
        { name: quotaName(quota), outletKinds: quota.outletKinds, outletKindsVi: quota.outletKinds.map((k) => outletKindVi(k)) },
        { quotaId: quota.id, outletKinds: joined(quota.outletKinds), outletIds: joined(quota.outletIds) },
      );
    }
  },
});
