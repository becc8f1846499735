import { budgetFindings, lineMessage, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "share_of_unknown_line";
const SEVERITY = "warning";

/** `share_of_unknown_line` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Share of a line that does not exist",
  titleVi: "Khoản tính theo tỷ lệ của dòng không có",
  checks:
    "A budget line that is a share of other lines (\"bằng 70% tổng chi tiền ăn\") names lines of the budget that have an amount, and not itself, directly or through other shares; such a share is not computed; checked by checkDeclaredTotals.",
  checksVi:
    "Dòng dự trù tính theo tỷ lệ của các dòng khác (“bằng 70% tổng chi tiền ăn”) phải nêu những dòng có trong dự trù và có kinh phí, không nêu chính nó (trực tiếp hay qua các khoản tỷ lệ khác); nếu không thì không tính được; kiểm tra bằng checkDeclaredTotals.",
};

/**
 * `share_of_unknown_line` (warning): a share of a line that is not in the budget, has no amount, or is the
 * share itself: the findings of checkDeclaredTotals with that code, led by the line they concern unless
 * their message names it. @internal
 */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => lineMessage(d),
  check(c, report) {
    for (const f of budgetFindings(c, ["share_of_unknown_line"])) report(f.path, f.data, f.details);
  },
});
