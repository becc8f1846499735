import { budgetFindings, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "own_line_without_amount";
const SEVERITY = "warning";

/** `own_line_without_amount` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Own budget line without an amount",
  titleVi: "Dòng chi từ nguồn của đơn vị ban hành không có kinh phí",
  checks:
    "Every budget line that the plan's own money pays (a source funded by the issuer or a co-issuer) has an amount, a rate with its quantities, or a unit price and a quantity; checked by checkDeclaredTotals.",
  checksVi:
    "Mỗi dòng do nguồn kinh phí của chính đơn vị ban hành (hoặc đơn vị cùng ban hành) chi đều có kinh phí, hoặc có đơn giá và số lượng (kể cả đơn giá theo định mức như “300.000 đồng/người/buổi” cùng số người, số buổi); kiểm tra bằng checkDeclaredTotals.",
};

/**
 * `own_line_without_amount` (warning, formerly `central_line_without_amount`): the findings of
 * checkDeclaredTotals with that code. @internal
 */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => [d.message, d.messageVi],
  check(c, report) {
    for (const f of budgetFindings(c, ["own_line_without_amount"])) report(f.path, f.data, f.details);
  },
});
