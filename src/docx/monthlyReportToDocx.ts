import { monthlyReportLayout } from "../documents/renderMonthlyReportDocument.js";
import type { ReportDocumentOptions } from "../documents/options.js";
import type { Plan } from "../model/types.js";
import type { MonthlyReport } from "../report/monthlyReport.js";
import { layoutToDocx } from "./_lib/toDocx.js";

/**
 * Options of {@link monthlyReportToDocx} and {@link phaseReviewToDocx}: those of the report documents
 * without `format`.
 *
 * @example
 * ```ts
 * import type { ReportToDocxOptions } from "cong-doan-ke-hoach/docx";
 *
 * const options: ReportToDocxOptions = { place: "Hà Nội", date: "2017-09-02" };
 * ```
 * @category Documents
 */
export type ReportToDocxOptions = Omit<ReportDocumentOptions, "format">;

/**
 * Writes a monthly report as the official document in Word format (.docx): the layout of
 * `renderMonthlyReportDocument`, as {@link planToDocx} writes a plan.
 *
 * @param plan - the plan the report is on.
 * @param report - a report from `monthlyReport`.
 * @param options - `sender`, `recipients`, `distribution`, `signatory`, `number`, `place`, `date`.
 * @returns a promise of the .docx file's bytes.
 * @throws {@link PlanError} (the promise rejects) as `renderMonthlyReportDocument` throws.
 * @example
 * ```ts
 * import type { MonthlyReport, Plan } from "cong-doan-ke-hoach";
 * import { monthlyReportToDocx } from "cong-doan-ke-hoach/docx";
 *
 * declare const plan: Plan;
 * declare const report: MonthlyReport;
 * const bytes = await monthlyReportToDocx(plan, report, { place: "Hà Nội", date: "2017-09-02" });
 * bytes.length > 1000; //=> true
 * ```
 * @category Documents
 */
export async function monthlyReportToDocx(plan: Plan, report: MonthlyReport, options: ReportToDocxOptions = {}): Promise<Uint8Array> {
  return layoutToDocx(monthlyReportLayout(plan, report, options, false).layout);
}
