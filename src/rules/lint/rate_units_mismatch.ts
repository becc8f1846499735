import { budgetFindings, lineMessage, type BudgetMessage } from "./_lib/budgetFindings.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";

const CODE = "rate_units_mismatch";
const SEVERITY = "warning";

/** `rate_units_mismatch` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Rate whose units do not match its quantities",
  titleVi: "Đơn vị của định mức không khớp với số lượng",
  checks:
    "A budget line priced by rate gives one quantity for each unit of its unit price, in the same units (\"300.000 đồng/người/buổi\": a number of people and a number of sessions); a rate that does not match is not priced; checked by checkDeclaredTotals.",
  checksVi:
    "Dòng dự trù tính theo định mức ghi một số lượng cho mỗi đơn vị của đơn giá, cùng đơn vị tính (“300.000 đồng/người/buổi”: số người và số buổi); định mức không khớp thì không tính được kinh phí; kiểm tra bằng checkDeclaredTotals.",
};

/**
 * `rate_units_mismatch` (warning): a rate whose units differ from its quantities' units: the findings of
 * checkDeclaredTotals with that code, led by the line they concern unless their message names it.
 * @internal
 */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: BudgetMessage) => lineMessage(d),
  check(c, report) {
    for (const f of budgetFindings(c, ["rate_units_mismatch"])) report(f.path, f.data, f.details);
  },
});
