import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { isWholeDocument } from "./_lib/provenance.js";

const CODE = "signatory_missing";
const SEVERITY = "warning";

/** `signatory_missing` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Plan without a signatory",
  titleVi: "Kế hoạch không có người ký",
  checks:
    "A whole document (no provenance, or provenance \"document\") has its signature block: the authority line, the position and the name (\"TM. ĐOÀN CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Văn Thuật\"). An excerpt or a news report may leave it out.",
  checksVi:
    "Văn bản hoàn chỉnh (không ghi provenance, hoặc provenance là “document”) có phần ký: thẩm quyền ký, chức vụ và họ tên người ký (“TM. ĐOÀN CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Văn Thuật”). Đoạn trích hay bản tin có thể không có phần này.",
};

/** `signatory_missing` (warning): a whole document without its signature block. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: () => [
    "the plan has no signatory: a whole document ends with its signature block (the authority, the position and the name)",
    "kế hoạch không ghi người ký: văn bản hoàn chỉnh phải có phần ký (thẩm quyền ký, chức vụ và họ tên người ký)",
  ],
  check(c, report) {
    if (c.plan.signatory === undefined && isWholeDocument(c.plan)) report(["signatory"], undefined, {});
  },
});
