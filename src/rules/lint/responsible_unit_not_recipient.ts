import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { isWholeDocument } from "./_lib/provenance.js";
import { responsibleUnits } from "./_lib/responsibleUnits.js";
import type { Named } from "./_lib/text.js";

const CODE = "responsible_unit_not_recipient";
const SEVERITY = "info";

/** `responsible_unit_not_recipient` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Unit with duties not among the recipients",
  titleVi: "Đơn vị được giao trách nhiệm không có trong nơi nhận",
  checks:
    "Every unit that part V gives duties to, other than the issuer and the co-issuers, receives the plan (Nơi nhận): itself, through a unit above it, or through a group unit of its kind under the same parent; not checked where the plan is an excerpt or a news report (provenance) that gives no recipients at all.",
  checksVi:
    "Mỗi đơn vị được giao trách nhiệm ở phần V, trừ cơ quan ban hành và các cơ quan cùng ban hành, đều có trong nơi nhận: trực tiếp, qua đơn vị cấp trên, hoặc qua đơn vị đại diện cùng loại, cùng cấp trên; không kiểm tra khi kế hoạch được chép từ một đoạn trích hay một bản tin (provenance) không có phần nơi nhận.",
};

interface Data extends Named {
  readonly responsibility: string;
}

/** `responsible_unit_not_recipient` (info): a unit of part V that does not receive the plan. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `${d.name} has duties in part V (${d.responsibility}) but is not among the recipients (Nơi nhận)`,
    `${d.name} được giao trách nhiệm ở phần V (${d.responsibility}) nhưng không có trong nơi nhận`,
  ],
  check(c, report) {
    // An excerpt or a news report may simply not show the Nơi nhận.
    if (c.plan.recipients.length === 0 && !isWholeDocument(c.plan)) return;
    const recipients = new Set(c.plan.recipients.flatMap((r) => r.unitIds));
    for (const u of responsibleUnits(c)) {
      if (!c.issuers.has(u.unitId) && !c.reaches(recipients, u.unitId)) {
        report(u.path, { name: u.name, responsibility: u.responsibility }, { unitId: u.unitId, responsibilityId: u.responsibilityId });
      }
    }
  },
});
