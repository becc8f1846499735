import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { isWholeDocument } from "./_lib/provenance.js";
import { enDate, viMonth } from "./_lib/text.js";

const CODE = "plan_date_missing";
const SEVERITY = "info";

/** `plan_date_missing` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Signing day left blank",
  titleVi: "Chưa ghi ngày ký",
  checks:
    "The header gives the day the plan is signed, not only the month or the year; not checked where the plan is transcribed from an excerpt or a news report (provenance), whose text may simply not show it.",
  checksVi:
    "Phần đầu kế hoạch ghi ngày ký, không chỉ ghi tháng hay năm; không kiểm tra khi kế hoạch được chép từ một đoạn trích hay một bản tin (provenance), vì văn bản đó có thể không nêu ngày ký.",
};

interface Data {
  /** The month, where only the month is given. */
  readonly issuedIn?: string | undefined;
  /** The year, where only the year is given. */
  readonly issuedYear?: number | undefined;
}

/** `plan_date_missing` (info): the header leaves the signing day blank. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `the signing day is left blank${d.issuedIn !== undefined ? ` (only the month is given: ${enDate(d.issuedIn)})` : d.issuedYear !== undefined ? ` (only the year is given: ${d.issuedYear})` : ""}`,
    `chưa ghi ngày ký kế hoạch${d.issuedIn !== undefined ? ` (chỉ ghi tháng ${viMonth(d.issuedIn)})` : d.issuedYear !== undefined ? ` (chỉ ghi năm ${d.issuedYear})` : ""}`,
  ],
  check(c, report) {
    const { issuedOn, issuedIn, issuedYear } = c.plan.header;
    // "Left blank" is true only of a whole document: an excerpt or a news report may just not show it.
    if (issuedOn !== undefined || !isWholeDocument(c.plan)) return;
    const only = issuedIn !== undefined ? { issuedIn } : issuedYear !== undefined ? { issuedYear } : {};
    report(["header", "issuedOn"], only, issuedIn !== undefined ? { issuedIn } : issuedYear !== undefined ? { issuedYear: String(issuedYear) } : {});
  },
});
