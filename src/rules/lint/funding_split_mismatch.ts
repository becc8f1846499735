import { budgetFindings, lineMessage, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "funding_split_mismatch";
const SEVERITY = "error";

/** `funding_split_mismatch` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Funding parts do not add up",
  titleVi: "Phần kinh phí của các nguồn không khớp",
  checks:
    "Where several sources pay a budget line, the parts they pay (amounts, or percents of the line) add up to the line's amount, and the percents to no more than 100; checked by checkDeclaredTotals.",
  checksVi:
    "Dòng dự trù do nhiều nguồn cùng chi thì các phần của từng nguồn (số tiền, hoặc tỷ lệ phần trăm của dòng) cộng lại bằng kinh phí của dòng, và tổng tỷ lệ không quá 100%; kiểm tra bằng checkDeclaredTotals.",
};

/**
 * `funding_split_mismatch` (error): the parts that several sources pay of a line do not add up to it: the
 * findings of checkDeclaredTotals with that code, led by the line they concern unless their message names
 * it. @internal
 */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => lineMessage(d),
  check(c, report) {
    for (const f of budgetFindings(c, ["funding_split_mismatch"])) report(f.path, f.data, f.details);
  },
});
