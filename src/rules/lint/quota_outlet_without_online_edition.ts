import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { joined, names, quotaName, type Named } from "./_lib/text.js";

const CODE = "quota_outlet_without_online_edition";
const SEVERITY = "info";

/** `quota_outlet_without_online_edition` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Online copies required of outlets without an electronic edition",
  titleVi: "Yêu cầu đăng bản điện tử với cơ quan không có bản điện tử",
  checks: "A quota that requires online copies applies to outlets that have an electronic edition; for the others the requirement cannot apply.",
  checksVi: "Chỉ tiêu yêu cầu đăng cả trên bản điện tử áp dụng cho các cơ quan có bản điện tử; với cơ quan không có bản điện tử, yêu cầu này không áp dụng được.",
};

interface Data extends Named {
  readonly outlets: readonly string[];
}

/** `quota_outlet_without_online_edition` (info): online copies asked of outlets that have no electronic edition. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const [en, vi] = names(d.outlets);
    return [
      `quota ${d.name} requires online copies, but ${en} ${d.outlets.length === 1 ? "has" : "have"} no electronic edition`,
      `chỉ tiêu ${d.name} yêu cầu đăng cả trên bản điện tử, nhưng ${vi} không có bản điện tử`,
    ];
  },
  check(c, report) {
    for (const { item: quota, path } of c.quotas) {
      if (!quota.requireOnlineCopy) continue;
      const offline = c.quotaOutlets(quota).filter((u) => u.outlet?.electronicEdition !== true);
      if (offline.length === 0) continue;
      report(
        [...path, "requireOnlineCopy"],
        { name: quotaName(quota), outlets: offline.map((u) => c.unitName(u.id)) },
        { quotaId: quota.id, outletIds: joined(offline.map((u) => u.id)), outlets: String(offline.length) },
      );
    }
  },
});
