import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";

/** The catalogue's texts of `plan_number_missing` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Plan number left blank",
  titleVi: "Chưa ghi số kế hoạch",
  checks: "The header gives the plan's own number (Kế hoạch số …/KH-TLĐ).",
  checksVi: "Phần đầu kế hoạch ghi số của chính kế hoạch (Kế hoạch số …/KH-TLĐ).",
};

/** `plan_number_missing` (info): the header leaves the plan's number blank. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "plan_number_missing",
  severity: "info",
  message: (d: { readonly pattern: string }) => [`the plan's number is left blank (Kế hoạch số ${d.pattern})`, `chưa ghi số của kế hoạch (Kế hoạch số ${d.pattern})`],
  check(c, report) {
    const { documentNumber, documentType, issuerCode } = c.plan.header;
    if (documentNumber !== undefined) return;
    const pattern = documentType !== undefined && issuerCode !== undefined ? `…/${documentType}-${issuerCode}` : "…";
    report(["header", "documentNumber"], { pattern }, {
      ...(documentType === undefined ? {} : { documentType }),
      ...(issuerCode === undefined ? {} : { issuerCode }),
    });
  },
});
