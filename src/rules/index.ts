/**
 * Quota rules and plan lint. This release carries the vocabulary that quota rules are written in;
 * `requiredCount`, `evaluateQuota` and `lintPlan` come next (see the CHANGELOG).
 *
 * @packageDocumentation
 * @module rules
 */
export { QUOTA_PERIODS, EDGE_POLICIES, ITEM_KINDS } from "../model/schema.js";
export type { QuotaPeriod, EdgePolicy, ItemKind } from "../model/schema.js";
export type { Quota } from "../model/plan.js";
export { PlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
