/**
 * Quota rules and plan lint: what a quota requires over a window, how publications measure up to it, and
 * the checks of a draft plan. A newsroom can import this module alone: `cong-doan-ke-hoach/rules`.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/rules
 */
export { QUOTA_PERIODS, EDGE_POLICIES, ITEM_KINDS } from "../model/vocabulary.js";
export type { QuotaPeriod, EdgePolicy, ItemKind } from "../model/vocabulary.js";
export type { Quota } from "../model/plan.js";
export { quotaOutlets, quotaDebtors } from "./quotaRule.js";
export type { QuotaRule } from "./quotaRule.js";
export { quotaLabel } from "./quotaLabel.js";
export type { QuotaLabelOptions } from "./quotaLabel.js";
export { requiredCount } from "./requiredCount.js";
export type { RequiredCountOptions } from "./requiredCount.js";
export { evaluateQuota } from "./evaluateQuota.js";
export type {
  PublicationEvent,
  OutletRef,
  EvaluateQuotaOptions,
  PeriodStatus,
  PeriodQuota,
  OutletQuota,
  RejectedEvent,
  QuotaEvaluation,
} from "./evaluateQuota.js";
export { mergeQuotaEvaluations } from "./mergeQuotaEvaluations.js";
export { lintPlan } from "./lintPlan.js";
export type { LintPlanOptions } from "./lintPlan.js";
export { LINT_RULES } from "./lintRules.js";
export type { LintRule, LintRuleCode } from "./lintRules.js";
export { evaluateCoverage } from "./evaluateCoverage.js";
export type {
  CoverageTarget,
  CoverageUnit,
  ReachRecord,
  EvaluateCoverageOptions,
  EvaluateCoverageResult,
  CoverageGroup,
  RejectedReach,
} from "./evaluateCoverage.js";
export type { Issue, Period } from "../calendar/splitWindow.js";
export { PlanError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
