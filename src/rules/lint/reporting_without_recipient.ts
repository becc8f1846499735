import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { dutyName, type Named } from "./_lib/text.js";

const CODE = "reporting_without_recipient";
const SEVERITY = "warning";

/** `reporting_without_recipient` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Report without a recipient",
  titleVi: "Báo cáo không ghi nơi nhận",
  checks: "Every periodic or one-off report names the unit it is sent to.",
  checksVi: "Mỗi báo cáo định kỳ hoặc báo cáo một lần đều ghi rõ gửi về đơn vị nào.",
};

/** `reporting_without_recipient` (warning): a report that names no recipient. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Named) => [`the reporting duty ${d.name} does not say whom the reports go to`, `nhiệm vụ báo cáo ${d.name} không ghi gửi báo cáo về đơn vị nào`],
  check(c, report) {
    c.plan.reporting.forEach((duty, i) => {
      if (duty.kind !== "review" && duty.recipientUnitId === undefined) {
        report(["reporting", i, "recipientUnitId"], { name: dutyName(duty) }, { dutyId: duty.id, kind: duty.kind });
      }
    });
  },
});
