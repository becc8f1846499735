import { budgetFindings, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "line_amount_mismatch";
const SEVERITY = "error";

/** `line_amount_mismatch` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Quantity × unit price differs from the amount",
  titleVi: "Số lượng × đơn giá khác kinh phí",
  checks:
    "Where a budget line gives a quantity (or the quantities of a rate, people × sessions), a unit price and an amount, the quantities times the unit price equal the amount; checked by checkDeclaredTotals.",
  checksVi:
    "Dòng dự trù ghi đủ số lượng (hoặc các số lượng của một định mức, số người × số buổi), đơn giá và kinh phí thì số lượng nhân đơn giá phải bằng kinh phí; kiểm tra bằng checkDeclaredTotals.",
};

/**
 * `line_amount_mismatch` (error): the findings of checkDeclaredTotals with that code, led by the line they
 * concern (a finding's path is its line's path and "amount": the line is found by its place). @internal
 */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => [`budget line ${d.line}: ${d.message}`, `dòng dự trù ${d.line}: ${d.messageVi}`],
  check(c, report) {
    for (const f of budgetFindings(c, ["line_amount_mismatch"])) report(f.path, f.data, f.details);
  },
});
