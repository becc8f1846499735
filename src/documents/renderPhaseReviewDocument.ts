import { INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError } from "../errors/PlanError.js";
import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { viDayText, viWindowText } from "../_lib/dateText.js";
import type { Plan } from "../model/types.js";
import { readReport } from "../report/_lib/render.js";
import type { PhaseReview } from "../report/phaseReview.js";
import { phaseReviewSections } from "../report/renderPhaseReview.js";
import type { DocumentLayout } from "./_lib/layout.js";
import { readReportOptions } from "./_lib/options.js";
import { reportLayout } from "./_lib/reportLayout.js";
import { lowerFirst } from "./_lib/words.js";
import { writeLayout } from "./_lib/write.js";
import type { ReportDocumentOptions } from "./options.js";

/**
 * Options of {@link renderPhaseReviewDocument}.
 *
 * @example
 * ```ts
 * import type { RenderPhaseReviewDocumentOptions } from "cong-doan-ke-hoach";
 *
 * const options: RenderPhaseReviewDocumentOptions = { format: "html", sender: "ban-tuyen-giao", date: "2018-04-27" };
 * ```
 * @category Documents
 */
export type RenderPhaseReviewDocumentOptions = ReportDocumentOptions;

/** Checks the arguments and lays the review out. @internal */
export function phaseReviewLayout(plan: Plan, review: PhaseReview, options: unknown, withFormat: boolean): { layout: DocumentLayout; format: "html" | "markdown" | "text" } {
  requireParsedPlan(plan);
  return readReport(review, "phase-review", "review", "phaseReview", () => phaseReviewLayoutUnchecked(plan, review, options, withFormat));
}

function phaseReviewLayoutUnchecked(plan: Plan, review: PhaseReview, options: unknown, withFormat: boolean): { layout: DocumentLayout; format: "html" | "markdown" | "text" } {
  if (review.plan.id !== plan.id) {
    throw new PlanError([newIssue(INVALID_VALUE, ["review", "plan", "id"], { expected: `a review of the plan "${plan.id}"`, expectedVi: `báo cáo sơ kết của kế hoạch "${plan.id}"`, receivedValue: review.plan.id })]);
  }
  const settings = readReportOptions(options, plan, withFormat);
  // A plan without phases is reviewed over its own window: the review is of the plan, not of a phase.
  const reviewed = review.phase;
  const phase = reviewed === undefined ? undefined : lowerFirst(reviewed.name);
  const duty = plan.reporting.find((d) => d.kind === "report" && (d.phaseId === undefined || d.phaseId === reviewed?.id));
  const layout = reportLayout(plan, settings, {
    defaultSender: plan.header.issuerId,
    duty,
    subject: (name) => (phase === undefined ? `Sơ kết thực hiện ${name}` : `Sơ kết ${phase} thực hiện ${name}`),
    what: phase === undefined ? "sơ kết" : `sơ kết ${phase}`,
    period: `${reviewed === undefined ? "Thời gian" : reviewed.name}: ${lowerFirst(viWindowText(review.window))}; số liệu tính đến ngày ${viDayText(review.asOf)}`,
    sections: phaseReviewSections(review, "vi"),
  });
  return { layout, format: settings.format };
}

/**
 * Writes the phase review as the official report that is filed at the end of a phase ("BÁO CÁO / Sơ kết
 * giai đoạn 1 thực hiện Kế hoạch tuyên truyền về …"): the sender's header (the plan's issuer, or
 * `options.sender`), "Kính gửi" (the recipient of the plan's phase report, or `options.recipients`), an
 * opening paragraph naming the plan, the phase and the day the figures stand at, the six sections of
 * {@link renderPhaseReview} with the same tables and figures (channels, quotas, deliverables, coverage, the
 * budget executed with "Bằng chữ", the plan's open findings), a closing line, "Nơi nhận" and the signature.
 * The layout, formats and options are those of {@link renderMonthlyReportDocument}.
 *
 * @param plan - the plan the review is of (the one `phaseReview` was given).
 * @param review - a review from `phaseReview`.
 * @param options - `format` (required), `sender`, `recipients`, `distribution`, `signatory`, `number`, `place`, `date`.
 * @returns the document, lines ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["plan"]`, `["review"]` or `["options"]` for the wrong kind
 *   of argument (at `["review"]` also for a review read back from its JSON or changed so that it cannot be written); `invalid_value` at `["review", "plan", "id"]` for a review of another plan, at
 *   `["options", name]` for a bad option (a `sender` that is no unit of the plan among them).
 * @example
 * ```ts
 * import { renderPhaseReviewDocument, type PhaseReview, type Plan } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan;
 * declare const review: PhaseReview; // phaseReview(plan, records, { asOf: "2018-04-30" })
 * const md = renderPhaseReviewDocument(plan, review, { format: "markdown", date: "2018-04" });
 * md.includes("# BÁO CÁO"); //=> true
 * md.includes("**Sơ kết giai đoạn 1 thực hiện Kế hoạch tuyên truyền về"); //=> true
 * ```
 * @category Documents
 */
export function renderPhaseReviewDocument(plan: Plan, review: PhaseReview, options: RenderPhaseReviewDocumentOptions): string {
  const { layout, format } = phaseReviewLayout(plan, review, options, true);
  return writeLayout(layout, format);
}
