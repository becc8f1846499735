/**
 * The official documents as Word files (.docx): the plan, the monthly report and the phase review in the
 * layout of `cong-doan-ke-hoach/documents`. This entry point needs the `docx` package (an optional peer
 * dependency: `npm install docx`); the rest of the library does not load it.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/docx
 */
export { planToDocx } from "./planToDocx.js";
export type { PlanToDocxOptions } from "./planToDocx.js";
export { monthlyReportToDocx } from "./monthlyReportToDocx.js";
export type { ReportToDocxOptions } from "./monthlyReportToDocx.js";
export { phaseReviewToDocx } from "./phaseReviewToDocx.js";
export { PlanError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode } from "../errors/index.js";
