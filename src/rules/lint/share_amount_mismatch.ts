import { budgetFindings, lineMessage, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "share_amount_mismatch";
const SEVERITY = "error";

/** `share_amount_mismatch` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Share differs from its amount",
  titleVi: "Khoản tính theo tỷ lệ khác kinh phí ghi",
  checks:
    "A budget line that is a share of other lines and states an amount states the share: its percent of the sum of those lines, rounded half up to the đồng; checked by checkDeclaredTotals.",
  checksVi:
    "Dòng dự trù tính theo tỷ lệ của các dòng khác mà có ghi kinh phí thì kinh phí đó bằng tỷ lệ phần trăm nhân tổng các dòng ấy, làm tròn đến đồng; kiểm tra bằng checkDeclaredTotals.",
};

/**
 * `share_amount_mismatch` (error): a share whose stated amount is not its percent of the lines it is a
 * share of: the findings of checkDeclaredTotals with that code, led by the line they concern unless their
 * message names it. @internal
 */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => lineMessage(d),
  check(c, report) {
    for (const f of budgetFindings(c, ["share_amount_mismatch"])) report(f.path, f.data, f.details);
  },
});
