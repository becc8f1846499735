/**
 * Official documents: the plan, the monthly report and the phase review in the layout of Vietnamese
 * administrative documents (Decree 30/2020/NĐ-CP, Appendix I, and the union's rules on its documents), as
 * one self-contained HTML file to print, as Markdown and as text. The same documents as Word files come from
 * `cong-doan-ke-hoach/docx`.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/documents
 */
export { renderPlanDocument } from "./renderPlanDocument.js";
export type { RenderPlanDocumentOptions } from "./renderPlanDocument.js";
export { renderMonthlyReportDocument } from "./renderMonthlyReportDocument.js";
export type { RenderMonthlyReportDocumentOptions } from "./renderMonthlyReportDocument.js";
export { renderPhaseReviewDocument } from "./renderPhaseReviewDocument.js";
export type { RenderPhaseReviewDocumentOptions } from "./renderPhaseReviewDocument.js";
export type { DocumentFormat, DocumentOptions, DocumentSender, DocumentSignatory, ReportDocumentOptions } from "./options.js";
export { PlanError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult } from "../errors/index.js";
