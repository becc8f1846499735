import { budgetFindings, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "declared_total_mismatch";
const SEVERITY = "error";

/** `declared_total_mismatch` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Declared total does not add up",
  titleVi: "Tổng cộng ghi không khớp",
  checks:
    "A budget section's declared subtotal, and the declared grand total, equal the sum of the lines that the plan's own money pays (a source funded by the issuer or a co-issuer; a line paid by another funder belongs to that funder's total); checked by checkDeclaredTotals.",
  checksVi:
    "Cộng mục và tổng cộng ghi trong phụ lục dự trù bằng tổng các dòng do nguồn kinh phí của chính đơn vị ban hành (hoặc đơn vị cùng ban hành) chi (dòng do nguồn khác chi thuộc về tổng của nguồn đó); kiểm tra bằng checkDeclaredTotals.",
};

/** `declared_total_mismatch` (error): the findings of checkDeclaredTotals with that code. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => [d.message, d.messageVi],
  check(c, report) {
    for (const f of budgetFindings(c, ["declared_total_mismatch"])) report(f.path, f.data, f.details);
  },
});
