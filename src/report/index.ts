/**
 * Progress and reports: the records of what was done, the monthly report each reporting unit sends, and
 * the phase review, with renderers to Markdown, text and SVG.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/report
 */
export { progressRecordSchema, parseProgressRecords, safeParseProgressRecords } from "./records.js";
export type {
  ProgressRecord,
  ProgressRecordJson,
  ProgressRecordBase,
  PublicationRecord,
  DeliverableRecord,
  PostingRecord,
  EventRecord,
  TrainingRecord,
  SpendingRecord,
} from "./records.js";
export type { DeliverableStatus, DeliverableState } from "./_lib/fromRecords.js";
export { monthlyReport } from "./monthlyReport.js";
export type { MonthlyReport, MonthlyReportOptions, MonthlyQuota, MonthlySpending } from "./monthlyReport.js";
export { phaseReview } from "./phaseReview.js";
export type { PhaseReview, PhaseReviewOptions, QuotaReview } from "./phaseReview.js";
export { renderMonthlyReport, renderMonthlyReportJson } from "./renderMonthlyReport.js";
export type { RenderMonthlyReportOptions } from "./renderMonthlyReport.js";
export { renderPhaseReview, renderPhaseReviewJson } from "./renderPhaseReview.js";
export type { RenderPhaseReviewOptions } from "./renderPhaseReview.js";
export { attainmentChart, spendingChart } from "./charts.js";
export type { AttainmentChartOptions, SpendingChartOptions } from "./charts.js";
export { PlanError, PlanValidationError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
