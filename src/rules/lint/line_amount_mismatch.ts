import { budgetFindings, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";

/** The catalogue's texts of `line_amount_mismatch` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
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
  code: "line_amount_mismatch",
  severity: "error",
  message: (d: BudgetMessage) => [`budget line ${d.line}: ${d.message}`, `dòng dự trù ${d.line}: ${d.messageVi}`],
  check(c, report) {
    for (const f of budgetFindings(c, ["line_amount_mismatch"])) report(f.path, f.data, f.details);
  },
});
