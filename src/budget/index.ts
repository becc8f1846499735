/**
 * Money in whole đồng, exact far beyond 2^53.
 *
 * @packageDocumentation
 * @module budget
 */
export { Vnd, vnd, isVnd } from "./vnd.js";
export type { VndInput } from "./vnd.js";
export { amountSchema } from "./amountSchema.js";
export { formatVnd } from "./formatVnd.js";
export { PlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult } from "../errors/index.js";
