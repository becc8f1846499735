import { budgetFindings, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";

/** The catalogue's texts of `central_line_without_amount` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Central budget line without an amount",
  titleVi: "Dòng chi từ ngân sách trung ương không có kinh phí",
  checks: "Every budget line that the central budget pays has an amount, or a unit price and a quantity; checked by checkDeclaredTotals.",
  checksVi: "Mỗi dòng do ngân sách trung ương chi đều có kinh phí, hoặc có đơn giá và số lượng; kiểm tra bằng checkDeclaredTotals.",
};

/** `central_line_without_amount` (warning): the findings of checkDeclaredTotals with that code. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "central_line_without_amount",
  severity: "warning",
  message: (d: BudgetMessage) => [d.message, d.messageVi],
  check(c, report) {
    for (const f of budgetFindings(c, ["central_line_without_amount"])) report(f.path, f.data, f.details);
  },
});
