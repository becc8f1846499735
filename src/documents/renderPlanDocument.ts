import { requireParsedPlan } from "../_lib/parsedPlan.js";
import type { Plan } from "../model/types.js";
import { readDocumentOptions } from "./_lib/options.js";
import { planLayout } from "./_lib/planLayout.js";
import { writeLayout } from "./_lib/write.js";
import type { DocumentOptions } from "./options.js";

/**
 * Options of {@link renderPlanDocument}: the format, and the number, place and date once the plan is signed
 * (instead of the header's).
 *
 * @example
 * ```ts
 * import type { RenderPlanDocumentOptions } from "cong-doan-ke-hoach";
 *
 * const options: RenderPlanDocumentOptions = { format: "html", place: "Hà Nội" };
 * ```
 * @category Documents
 */
export type RenderPlanDocumentOptions = DocumentOptions;

/**
 * Writes a plan as the official document (văn bản hành chính) that is printed for signature, in the layout of
 * Decree 30/2020/NĐ-CP (Appendix I) and the union's rules on its documents:
 *
 * - the header: the issuing body upper left, under its superior body (the parent of the issuer's unit; one
 *   column per issuer of a joint plan), with "Số: ……../KH-TLĐ" under it (dots while the number is left
 *   blank); the national title and motto upper right, with the place and date line under them ("Hà Nội,
 *   ngày …… tháng 7 năm 2017": dots for a day, or a place, that the plan leaves blank);
 * - the document type and subject ("KẾ HOẠCH", "Tuyên truyền về …");
 * - the body: the opening paragraphs (or the legal bases as "Căn cứ …;" lines), then the parts, numbered I,
 *   II, … for those the plan has: purposes, requirements, objectives, audiences and scope; content, timing
 *   and slogans; tasks; forms (the channels, their activities as the plan writes them, the quotas its text
 *   does not state); funding; responsibilities ("Đề nghị …" where the plan asks a body it does not direct);
 *   reporting duties that the closing paragraphs do not state; then the closing paragraphs;
 * - "Nơi nhận" lower left (with the "Lưu" line) and the signature blocks (TM./KT. lines, position, name) lower
 *   right; a joint plan's other blocks lower left;
 * - the budget appendix on a page of its own: its title and "(Ban hành kèm theo …)", the table of
 *   `budgetTable` with its TỔNG CỘNG row, "Bằng chữ: …", the notes on declared figures; then the other appendices.
 *
 * `"html"` is one self-contained file (no script, no external resource, every text escaped) with print CSS:
 * `@page` A4, margins 20 mm 15 mm 20 mm 30 mm, Times New Roman 13–14 pt, page numbers from page 2; a browser
 * prints it to a PDF that looks like the paper document. `"markdown"` and `"text"` carry the same blocks.
 * The same document as Word: `planToDocx` in `cong-doan-ke-hoach/docx`.
 *
 * @param plan - a plan from `parsePlan`.
 * @param options - `format` (required), `number`, `place`, `date`; see {@link DocumentOptions}.
 * @returns the document, lines ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["plan"]` for anything but a parsed plan, or at `["options"]`
 *   when options are not an object; `invalid_value` at `["options", name]` for an unknown format or
 *   language, a bad number, place or date.
 * @example
 * ```ts
 * import { renderPlanDocument, type Plan } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan; // the reference plan
 * const text = renderPlanDocument(plan, { format: "text", place: "Hà Nội" });
 * text.includes("Số: ……../KH-TLĐ"); //=> true
 * text.includes("Hà Nội, ngày …… tháng 7 năm 2017"); //=> true
 * const html = renderPlanDocument(plan, { format: "html" }); // print it to PDF from a browser
 * html.startsWith("<!DOCTYPE html>"); //=> true
 * ```
 * @category Documents
 */
export function renderPlanDocument(plan: Plan, options: RenderPlanDocumentOptions): string {
  requireParsedPlan(plan);
  const settings = readDocumentOptions(options);
  return writeLayout(planLayout(plan, settings), settings.format);
}
