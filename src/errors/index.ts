export { PlanError, PlanValidationError, formatPath, isPlanError } from "./PlanError.js";
export type { PlanIssue, IssueCode, SafeResult } from "./PlanError.js";
export type { Finding, Severity } from "./Finding.js";
