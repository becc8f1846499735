import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { enDate, quoted, viDate, viMonth, type Named } from "./_lib/text.js";

/** The catalogue's texts of `legal_basis_after_plan` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Legal basis dated after the plan",
  titleVi: "Căn cứ ban hành sau kế hoạch",
  checks: "No document the plan is based on (căn cứ) is dated after the plan itself (its signing day, or the month when only the month is given).",
  checksVi: "Không có văn bản căn cứ nào ban hành sau chính kế hoạch (sau ngày ký, hoặc sau tháng ký nếu chỉ ghi tháng).",
};

interface Data extends Named {
  readonly issuedOn: string;
  readonly planDate: string;
}

/** `legal_basis_after_plan` (warning): a legal basis dated after the plan. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "legal_basis_after_plan",
  severity: "warning",
  message: (d: Data) => {
    const vi = d.planDate.length === 7 ? `tháng ${viMonth(d.planDate)}` : `ngày ${viDate(d.planDate)}`;
    return [`the legal basis ${d.name} is dated ${enDate(d.issuedOn)}, after the plan (${enDate(d.planDate)})`, `căn cứ ${d.name} ban hành ngày ${viDate(d.issuedOn)}, sau kế hoạch (${vi})`];
  },
  check(c, report) {
    const { issuedOn, issuedIn } = c.plan.header;
    const planDate = issuedOn ?? issuedIn;
    if (planDate === undefined) return;
    c.plan.header.legalBases.forEach((basis, i) => {
      if (basis.issuedOn === undefined) return;
      const after = issuedOn !== undefined ? basis.issuedOn > issuedOn : basis.issuedOn.slice(0, 7) > planDate;
      if (!after) return;
      const name = basis.reference === undefined ? quoted(basis.title ?? basis.kind) : `${basis.kind} ${basis.reference}`;
      report(["header", "legalBases", i, "issuedOn"], { name, issuedOn: basis.issuedOn, planDate }, { issuedOn: basis.issuedOn, planDate });
    });
  },
});
