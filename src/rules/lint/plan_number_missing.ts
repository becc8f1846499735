import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { isWholeDocument } from "./_lib/provenance.js";

/** The catalogue's texts of `plan_number_missing` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Plan number left blank",
  titleVi: "Chưa ghi số kế hoạch",
  checks:
    "The header gives the plan's own number (Kế hoạch số …/KH-TLĐ); not checked where the plan is transcribed from an excerpt or a news report (provenance), whose text may simply not show it.",
  checksVi:
    "Phần đầu kế hoạch ghi số của chính kế hoạch (Kế hoạch số …/KH-TLĐ); không kiểm tra khi kế hoạch được chép từ một đoạn trích hay một bản tin (provenance), vì văn bản đó có thể không nêu số.",
};

/** `plan_number_missing` (info): the header leaves the plan's number blank. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "plan_number_missing",
  severity: "info",
  message: (d: { readonly pattern: string }) => [`the plan's number is left blank (Kế hoạch số ${d.pattern})`, `chưa ghi số của kế hoạch (Kế hoạch số ${d.pattern})`],
  check(c, report) {
    const { documentNumber, documentType, issuerCode } = c.plan.header;
    // "Left blank" is true only of a whole document: an excerpt or a news report may just not show it.
    if (documentNumber !== undefined || !isWholeDocument(c.plan)) return;
    const pattern = documentType !== undefined && issuerCode !== undefined ? `…/${documentType}-${issuerCode}` : "…";
    report(["header", "documentNumber"], { pattern }, {
      ...(documentType === undefined ? {} : { documentType }),
      ...(issuerCode === undefined ? {} : { issuerCode }),
    });
  },
});
