/**
 * Progress and reports: the records of what was done, the monthly report each reporting unit sends, and
 * the phase review, with renderers to Markdown, text and SVG.
 *
 * @packageDocumentation
 * @module report
 */
export { progressRecordSchema, parseProgressRecords, safeParseProgressRecords } from "./records.js";
export type { ProgressRecord, ProgressRecordJson } from "./records.js";
export type { DeliverableStatus, DeliverableState } from "./_lib/fromRecords.js";
export { monthlyReport } from "./monthlyReport.js";
export type { MonthlyReport, MonthlyReportOptions, MonthlyQuota, MonthlySpending } from "./monthlyReport.js";
export { phaseReview } from "./phaseReview.js";
export type { PhaseReview, PhaseReviewOptions, QuotaReview } from "./phaseReview.js";
export { PlanError, PlanValidationError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
