import { INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError } from "../errors/PlanError.js";
import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { viDayText, viMonthText } from "../_lib/dateText.js";
import type { Plan } from "../model/types.js";
import { readReport } from "../report/_lib/render.js";
import type { MonthlyReport } from "../report/monthlyReport.js";
import { monthlyReportSections } from "../report/renderMonthlyReport.js";
import type { DocumentLayout } from "./_lib/layout.js";
import { readReportOptions } from "./_lib/options.js";
import { reportLayout } from "./_lib/reportLayout.js";
import { writeLayout } from "./_lib/write.js";
import type { ReportDocumentOptions } from "./options.js";

/**
 * Options of {@link renderMonthlyReportDocument}.
 *
 * @example
 * ```ts
 * import type { RenderMonthlyReportDocumentOptions } from "cong-doan-ke-hoach";
 *
 * const options: RenderMonthlyReportDocumentOptions = { format: "html", place: "Hà Nội", date: "2017-09-02" };
 * ```
 * @category Documents
 */
export type RenderMonthlyReportDocumentOptions = ReportDocumentOptions;

/** Checks the arguments and lays the report out. @internal */
export function monthlyReportLayout(plan: Plan, report: MonthlyReport, options: unknown, withFormat: boolean): { layout: DocumentLayout; format: "html" | "markdown" | "text" } {
  requireParsedPlan(plan);
  return readReport(report, "monthly-report", "report", "monthlyReport", () => monthlyReportLayoutUnchecked(plan, report, options, withFormat));
}

function monthlyReportLayoutUnchecked(plan: Plan, report: MonthlyReport, options: unknown, withFormat: boolean): { layout: DocumentLayout; format: "html" | "markdown" | "text" } {
  if (report.plan.id !== plan.id) {
    throw new PlanError([newIssue(INVALID_VALUE, ["report", "plan", "id"], { expected: `a report on the plan "${plan.id}"`, expectedVi: `báo cáo của kế hoạch "${plan.id}"`, receivedValue: report.plan.id })]);
  }
  const settings = readReportOptions(options, plan, withFormat);
  const month = viMonthText(report.month);
  const duty = plan.reporting.find((d) => d.kind === "periodic-report" && d.every === "month" && (d.reportingUnitIds.includes(report.unit.id) || d.reportingUnitIds.includes(plan.units.find((u) => u.id === report.unit.id)?.parentId ?? "")));
  const layout = reportLayout(plan, settings, {
    defaultSender: report.unit.id,
    duty,
    subject: (name) => `Kết quả thực hiện ${name} ${month}`,
    what: `kết quả thực hiện ${month}`,
    period: `Kỳ báo cáo: từ ngày ${viDayText(report.window.start)} đến ngày ${viDayText(report.window.end)}; số liệu tính đến ngày ${viDayText(report.asOf)}`,
    sections: monthlyReportSections(report, "vi"),
  });
  return { layout, format: settings.format };
}

/**
 * Writes a monthly report as the official document that a reporting unit sends "về Tổng Liên đoàn (qua
 * Ban Tuyên giáo TLĐ)": the sender's header (the report's unit under its superior body, or `options.sender`;
 * "Số: ……../BC-…"; the place and date of the report), "BÁO CÁO" and the subject ("Kết quả thực hiện Kế
 * hoạch tuyên truyền về … tháng 8/2017"), "Kính gửi" (the plan's monthly duty: its recipient and the unit it
 * reports through, or `options.recipients`), an opening paragraph that names the plan and its number, the
 * period, then the six sections of {@link renderMonthlyReport} with the same tables and figures (quotas,
 * deliverables, coverage, spending with "Bằng chữ", other activities, upcoming deadlines), a closing line,
 * "Nơi nhận" ("Như trên; Lưu: VT." unless `options.distribution`) and the signature (`options.signatory`,
 * dots to fill in when absent). The layout and formats are those of {@link renderPlanDocument}. Units are
 * named as the plan names them; dates are written as Vietnamese documents write them; the date of the
 * report is `options.date`, never the clock.
 *
 * @param plan - the plan the report is on (the one `monthlyReport` was given).
 * @param report - a report from `monthlyReport`.
 * @param options - `format` (required), `sender`, `recipients`, `distribution`, `signatory`, `number`, `place`, `date`.
 * @returns the document, lines ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["plan"]`, `["report"]` or `["options"]` for the wrong kind of
 *   argument (at `["report"]` also for a report read back from its JSON or changed so that it cannot be written); `invalid_value` at `["report", "plan", "id"]` for a report on another plan, at
 *   `["options", name]` for a bad option (a `sender` that is no unit of the plan among them).
 * @example
 * ```ts
 * import { renderMonthlyReportDocument, type MonthlyReport, type Plan } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan;
 * declare const report: MonthlyReport; // monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" })
 * const text = renderMonthlyReportDocument(plan, report, { format: "text", place: "Hà Nội", date: "2017-09-02" });
 * text.includes("Hà Nội, ngày 02 tháng 9 năm 2017"); //=> true
 * text.includes("Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)."); //=> true
 * ```
 * @category Documents
 */
export function renderMonthlyReportDocument(plan: Plan, report: MonthlyReport, options: RenderMonthlyReportDocumentOptions): string {
  const { layout, format } = monthlyReportLayout(plan, report, options, true);
  return writeLayout(layout, format);
}
