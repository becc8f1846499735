import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { enDate, quoted, viDate, viMonth, type Named } from "./_lib/text.js";

const CODE = "legal_basis_after_plan";
const SEVERITY = "warning";

/** `legal_basis_after_plan` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Legal basis dated after the plan",
  titleVi: "Căn cứ ban hành sau kế hoạch",
  checks:
    "No document the plan is based on (căn cứ) is dated after the plan itself (its signing day, or the month, or the year, when only that is given).",
  checksVi: "Không có văn bản căn cứ nào ban hành sau chính kế hoạch (sau ngày ký, hoặc sau tháng ký hay năm ký nếu chỉ ghi tháng hay năm).",
};

interface Data extends Named {
  readonly issuedOn: string;
  /** The plan's date as the header gives it: a day, a month ("2017-07") or a year ("2025"). */
  readonly planDate: string;
}

/** `legal_basis_after_plan` (warning): a legal basis dated after the plan. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const en = d.planDate.length === 4 ? d.planDate : enDate(d.planDate);
    const vi = d.planDate.length === 4 ? `năm ${d.planDate}` : d.planDate.length === 7 ? `tháng ${viMonth(d.planDate)}` : `ngày ${viDate(d.planDate)}`;
    return [`the legal basis ${d.name} is dated ${enDate(d.issuedOn)}, after the plan (${en})`, `căn cứ ${d.name} ban hành ngày ${viDate(d.issuedOn)}, sau kế hoạch (${vi})`];
  },
  check(c, report) {
    const { issuedOn, issuedIn, issuedYear } = c.plan.header;
    const planDate = issuedOn ?? issuedIn ?? (issuedYear === undefined ? undefined : String(issuedYear).padStart(4, "0"));
    if (planDate === undefined) return;
    c.plan.header.legalBases.forEach((basis, i) => {
      if (basis.issuedOn === undefined) return;
      // Compared at the precision the plan's date has: a basis of the same month (or year) may precede it.
      if (basis.issuedOn.slice(0, planDate.length) <= planDate) return;
      const name = basis.reference === undefined ? quoted(basis.title ?? basis.kind) : `${basis.kind} ${basis.reference}`;
      report(["header", "legalBases", i, "issuedOn"], { name, issuedOn: basis.issuedOn, planDate }, { issuedOn: basis.issuedOn, planDate });
    });
  },
});
