import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { responsibleUnits } from "./_lib/responsibleUnits.js";
import type { Named } from "./_lib/text.js";

/** The catalogue's texts of `responsible_unit_not_recipient` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Unit with duties not among the recipients",
  titleVi: "Đơn vị được giao trách nhiệm không có trong nơi nhận",
  checks:
    "Every unit that part V gives duties to, other than the issuer and the co-issuers, receives the plan (Nơi nhận): itself, through a unit above it, or through a group unit of its kind under the same parent.",
  checksVi:
    "Mỗi đơn vị được giao trách nhiệm ở phần V, trừ cơ quan ban hành và các cơ quan cùng ban hành, đều có trong nơi nhận: trực tiếp, qua đơn vị cấp trên, hoặc qua đơn vị đại diện cùng loại, cùng cấp trên.",
};

interface Data extends Named {
  readonly responsibility: string;
}

/** `responsible_unit_not_recipient` (info): a unit of part V that does not receive the plan. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "responsible_unit_not_recipient",
  severity: "info",
  message: (d: Data) => [
    `${d.name} has duties in part V (${d.responsibility}) but is not among the recipients (Nơi nhận)`,
    `${d.name} được giao trách nhiệm ở phần V (${d.responsibility}) nhưng không có trong nơi nhận`,
  ],
  check(c, report) {
    const recipients = new Set(c.plan.recipients.flatMap((r) => r.unitIds));
    for (const u of responsibleUnits(c)) {
      if (!c.issuers.has(u.unitId) && !c.reaches(recipients, u.unitId)) {
        report(u.path, { name: u.name, responsibility: u.responsibility }, { unitId: u.unitId, responsibilityId: u.responsibilityId });
      }
    }
  },
});
