import { phaseReviewLayout } from "../documents/renderPhaseReviewDocument.js";
import type { Plan } from "../model/types.js";
import type { PhaseReview } from "../report/phaseReview.js";
import { layoutToDocx } from "./_lib/toDocx.js";
import type { ReportToDocxOptions } from "./monthlyReportToDocx.js";

/**
 * Writes the phase review as the official document in Word format (.docx): the layout of
 * `renderPhaseReviewDocument`, as {@link planToDocx} writes a plan.
 *
 * @param plan - the plan the review is of.
 * @param review - a review from `phaseReview`.
 * @param options - `sender`, `recipients`, `distribution`, `signatory`, `number`, `place`, `date`.
 * @returns a promise of the .docx file's bytes.
 * @throws {@link PlanError} (the promise rejects) as `renderPhaseReviewDocument` throws.
 * @example
 * ```ts
 * import type { PhaseReview, Plan } from "cong-doan-ke-hoach";
 * import { phaseReviewToDocx } from "cong-doan-ke-hoach/docx";
 *
 * declare const plan: Plan;
 * declare const review: PhaseReview;
 * const bytes = await phaseReviewToDocx(plan, review, { date: "2018-04-27" });
 * bytes.length > 1000; //=> true
 * ```
 * @category Documents
 */
export async function phaseReviewToDocx(plan: Plan, review: PhaseReview, options: ReportToDocxOptions = {}): Promise<Uint8Array> {
  return layoutToDocx(phaseReviewLayout(plan, review, options, false).layout);
}
