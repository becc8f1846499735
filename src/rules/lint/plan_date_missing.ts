import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { enDate, viMonth } from "./_lib/text.js";

/** The catalogue's texts of `plan_date_missing` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Signing day left blank",
  titleVi: "Chưa ghi ngày ký",
  checks: "The header gives the day the plan is signed, not only the month.",
  checksVi: "Phần đầu kế hoạch ghi ngày ký, không chỉ ghi tháng.",
};

/** `plan_date_missing` (info): the header leaves the signing day blank. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "plan_date_missing",
  severity: "info",
  message: (d: { readonly issuedIn?: string | undefined }) => [
    `the signing day is left blank${d.issuedIn === undefined ? "" : ` (only the month is given: ${enDate(d.issuedIn)})`}`,
    `chưa ghi ngày ký kế hoạch${d.issuedIn === undefined ? "" : ` (chỉ ghi tháng ${viMonth(d.issuedIn)})`}`,
  ],
  check(c, report) {
    const { issuedOn, issuedIn } = c.plan.header;
    if (issuedOn !== undefined) return;
    report(["header", "issuedOn"], { issuedIn }, issuedIn === undefined ? {} : { issuedIn });
  },
});
