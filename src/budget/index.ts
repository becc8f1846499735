/**
 * Money in whole đồng, exact far beyond 2^53, and the budget calculators: allocation, summaries,
 * checks of declared totals.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/budget
 */
export { Vnd, vnd, isVnd } from "./vnd.js";
export type { VndInput } from "./vnd.js";
export { formatVnd } from "./formatVnd.js";
export type { FormatVndOptions } from "./formatVnd.js";
export { vndToWords } from "./vndToWords.js";
export type { VndToWordsOptions } from "./vndToWords.js";
export { parseVnd, safeParseVnd } from "./parseVnd.js";
export { parseVndWords, safeParseVndWords } from "./parseVndWords.js";
export { parseVndRate, safeParseVndRate } from "./parseVndRate.js";
export type { VndRate } from "./parseVndRate.js";
export { formatVndRate } from "./formatVndRate.js";
export type { FormatVndRateOptions } from "./formatVndRate.js";
export { sumVnd } from "./sumVnd.js";
export { allocate, allocateCount } from "./allocate.js";
export { percentOf, ratioOf } from "./percentOf.js";
export type { RatioOptions, RoundingMode } from "./percentOf.js";
export { spreadOverMonths } from "./spreadOverMonths.js";
export type { MonthAmount } from "./spreadOverMonths.js";
export type { BudgetPlan, BudgetLineLike } from "./budgetPlan.js";
export { checkDeclaredTotals } from "./checkDeclaredTotals.js";
export { summarizeBudget } from "./summarizeBudget.js";
export type { BudgetSummary, BudgetTotal } from "./summarizeBudget.js";
export { budgetTable, renderBudgetTable, BUDGET_TABLE_HEADERS } from "./budgetTable.js";
export type { BudgetTable, BudgetTableRow, RenderBudgetTableOptions } from "./budgetTable.js";
export { budgetExecution } from "./budgetExecution.js";
export type {
  SpendingEntry,
  LineExecution,
  LinePartExecution,
  RejectedSpending,
  BudgetExecutionResult,
  BudgetExecutionOptions,
} from "./budgetExecution.js";
export { PlanError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
