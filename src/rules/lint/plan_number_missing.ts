import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { isWholeDocument } from "./_lib/provenance.js";

const CODE = "plan_number_missing";
const SEVERITY = "info";

/** `plan_number_missing` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Plan number left blank",
  titleVi: "Chưa ghi số kế hoạch",
  checks:
    "The header gives the plan's own number (Kế hoạch số …/KH-TLĐ); not checked where the plan is transcribed from an excerpt or a news report (provenance), whose text may simply not show it.",
  checksVi:
    "Phần đầu kế hoạch ghi số của chính kế hoạch (Kế hoạch số …/KH-TLĐ); không kiểm tra khi kế hoạch được chép từ một đoạn trích hay một bản tin (provenance), vì văn bản đó có thể không nêu số.",
};

/** `plan_number_missing` (info): the header leaves the plan's number blank. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
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
